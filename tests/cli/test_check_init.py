"""The check and init verbs."""

from __future__ import annotations

from pathlib import Path

from variorum.cli import main

CONFIG = Path(__file__).resolve().parent.parent / "data" / "config"


def test_check_valid(capsys) -> None:
    assert main(["check", str(CONFIG / "valid.yaml")]) == 0
    assert "ok — 2 witnesses (A, B), base A" in capsys.readouterr().out


def test_check_invalid_names_file_line(capsys) -> None:
    assert main(["check", str(CONFIG / "duplicate-siglum.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"{CONFIG / 'duplicate-siglum.yaml'}:6:" in err


def test_check_writes_make_deps(tmp_path: Path) -> None:
    deps = tmp_path / "edition.mk"
    assert main(["check", str(CONFIG / "valid.yaml"), "--deps", str(deps), "-q"]) == 0
    text = deps.read_text()
    assert "SIGLA := A B" in text and "BASE := A" in text
    assert "build/clean/B.md build/clean/B.emendations.json &:" in text


def test_init_creates_an_edition_to_fill_in(tmp_path: Path, capsys) -> None:
    target = tmp_path / "new"
    assert main(["init", str(target), "--title", 'A "quoted" title']) == 0
    text = (target / "edition.yaml").read_text()
    assert 'title: "A \\"quoted\\" title"' in text
    # an empty edition is not yet valid: check says what is missing, naming the place
    assert main(["check", str(target / "edition.yaml")]) == 2
    assert "at least one witness" in capsys.readouterr().err


def test_init_never_overwrites(tmp_path: Path, capsys) -> None:
    (tmp_path / "edition.yaml").write_text("keep me")
    assert main(["init", str(tmp_path)]) == 2
    assert (tmp_path / "edition.yaml").read_text() == "keep me"
    assert "already exists" in capsys.readouterr().err
