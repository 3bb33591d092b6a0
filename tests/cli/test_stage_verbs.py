"""clean, collate and render used alone, as a script or make would call them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from variorum.cli import main
from variorum.model import Variorum

DATA = Path(__file__).resolve().parent.parent / "data" / "cli"
# the characters that must come through every stage verbatim
VERBATIM = ["<b>", "&", "$ 1.4", "*stars*", "_under_", "# not a heading", "back\\slash"]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cleaned")
    for siglum, name in (("A", "witness-a.txt"), ("B", "witness-b.txt")):
        assert main(["clean", str(DATA / name), "-o", str(out / f"{siglum}.md"), "--format", "text",
                     "--siglum", siglum, "--emendations", str(out / f"{siglum}.json")]) == 0
    return out


def test_clean_writes_markdown_and_emendations(cleaned: Path) -> None:
    text = (cleaned / "A.md").read_text(encoding="utf-8")
    assert "torrents" in text and "tor-" not in text
    assert "\n\n\n" not in text and text.endswith("\n")
    data = json.loads((cleaned / "A.json").read_text(encoding="utf-8"))
    assert data["witness"] == "A"
    joins = [e for e in data["emendations"] if e["rule"] == "dehyphenate"]
    assert [(e["line"], e["column"]) for e in joins] == [(3, 53)], "the join is recorded at its raw place"


def test_clean_rejects_bad_utf8_naming_the_byte(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.md"
    assert main(["clean", str(DATA / "not-utf8.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "not-utf8.txt" in err and "byte offset 3" in err
    assert not out.exists(), "nothing is written when the input is bad"


def test_clean_missing_input(tmp_path: Path, capsys) -> None:
    assert main(["clean", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.md")]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_collate_is_lossless_and_exports(cleaned: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.json"
    assert main(["collate", str(cleaned / "A.md"), str(cleaned / "B.md"), "--sigla", "A,B",
                 "--base", "A", "-o", str(out), "--tei", str(tmp_path / "v.xml"),
                 "--tsv", str(tmp_path / "v.tsv"), "--stats", str(tmp_path / "s.json")]) == 0
    v = Variorum.loads(out.read_text(encoding="utf-8"))
    assert v.text_of("A") == (cleaned / "A.md").read_text(encoding="utf-8")
    assert v.text_of("B") == (cleaned / "B.md").read_text(encoding="utf-8")
    kinds = {u.kind for u in v.variants()}
    assert "substantive" in kinds
    assert kinds & {"addition", "omission"}
    tei = (tmp_path / "v.xml").read_text(encoding="utf-8")
    assert "&lt;b&gt;" in tei and "back\\slash" in tei and "$ 1.4" in tei
    assert (tmp_path / "v.tsv").read_text(encoding="utf-8").count("\n") >= 3
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("argv, message", [
    (["--sigla", "A"], "2 files but 1 sigla"),
    (["--sigla", "A,A"], "duplicate siglum"),
    (["--sigla", "A,B", "--base", "C"], "base 'C' is not one of the sigla"),
])
def test_collate_bad_usage(cleaned: Path, tmp_path: Path, capsys, argv, message) -> None:
    files = [str(cleaned / "A.md"), str(cleaned / "B.md")]
    assert main(["collate", *files, *argv, "-o", str(tmp_path / "v.json")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "v.json").exists()


def test_render_html_keeps_text_verbatim(cleaned: Path, tmp_path: Path) -> None:
    v = tmp_path / "v.json"
    assert main(["collate", str(cleaned / "A.md"), str(cleaned / "B.md"), "--sigla", "A,B",
                 "--base", "A", "-o", str(v)]) == 0
    assert main(["render", str(v), "--html", str(tmp_path / "html")]) == 0
    from lxml import html as lxml_html

    page = lxml_html.fromstring((tmp_path / "html" / "index.html").read_bytes())
    for bad in page.xpath("//script|//style"):
        bad.drop_tree()
    text = " ".join(page.text_content().split())
    for piece in VERBATIM:
        assert piece in text, piece


def test_render_rejects_broken_json(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"witnesses": [\n  {"siglum": "A"},\n  oops\n]}\n')
    assert main(["render", str(bad), "--html", str(tmp_path / "html")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3:" in err and "not valid JSON" in err
    assert not (tmp_path / "html").exists()


def test_render_needs_an_output(tmp_path: Path, capsys) -> None:
    assert main(["render", str(tmp_path / "v.json")]) == 2
    assert "nothing to render" in capsys.readouterr().err
