"""The sample edition built end to end, as 'make' builds it, in a temporary directory."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from lxml import etree, html as lxml_html

from variorum.cli import main
from variorum.model import Variorum

pytestmark = pytest.mark.slow

SOURCE = Path(__file__).resolve().parent.parent / "source"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def plain_words_of_markdown(md: str) -> list[str]:
    # the Markdown markup (escapes, link targets, emphasis, heading and list markers) is not text
    md = re.sub(r"\]\((?:[^()\s]|\([^()\s]*\))*\)", "]", md)
    return words(re.sub(r"\\(.)", r"\1", md))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("edition")
    shutil.copytree(SOURCE, work / "source")
    before = {p.name: p.read_bytes() for p in (work / "source").iterdir()}
    assert main(["build", str(work / "source" / "edition.yaml"), "-o", str(work / "build")]) == 0
    after = {p.name: p.read_bytes() for p in (work / "source").iterdir()}
    assert before == after, "the build modified its sources"
    return work / "build"


def test_every_output_is_written(built: Path) -> None:
    for name in ["clean/P.md", "clean/E.md", "clean/P.emendations.json", "clean/E.emendations.json",
                 "variorum.json", "variorum.tei.xml", "apparatus.tsv", "stats.json",
                 "html/index.html", "edition.pdf", "edition.epub", "report/cleanup.html"]:
        assert (built / name).is_file() and (built / name).stat().st_size > 0, name
    leftovers = [p for p in built.rglob("*") if p.name.endswith(".tmp")]
    assert not leftovers, leftovers


def test_variorum_is_valid_and_lossless(built: Path) -> None:
    data = json.loads((built / "variorum.json").read_text(encoding="utf-8"))
    schema = json.loads(resources.files("variorum").joinpath("schema/variorum.schema.json").read_text())
    jsonschema.validate(data, schema)
    v = Variorum.from_json(data)
    assert v.base == "P"
    for siglum in ("P", "E"):
        assert v.text_of(siglum) == (built / "clean" / f"{siglum}.md").read_text(encoding="utf-8")
    assert sum(1 for _ in v.variants()) > 50


def test_tei_is_well_formed_and_declares_witnesses(built: Path) -> None:
    tree = etree.parse(str(built / "variorum.tei.xml"))
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    assert len(tree.findall(".//tei:listWit/tei:witness", ns)) == 2
    assert tree.findall(".//tei:app", ns)


def test_html_has_the_whole_base_text_and_the_variants(built: Path) -> None:
    page = lxml_html.fromstring((built / "html" / "index.html").read_bytes())
    for script in page.xpath("//script|//style"):
        script.drop_tree()
    text_words = words(page.text_content())
    base_words = plain_words_of_markdown((built / "clean" / "P.md").read_text(encoding="utf-8"))
    missing = _missing(base_words, text_words)
    assert not missing, f"base words missing from the HTML: {missing[:20]}"
    assert page.xpath("//*[contains(concat(' ', @class, ' '), ' app ')]"), "no variant is marked"


def test_pdf_has_the_whole_base_text(built: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(built / "edition.pdf"))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # words hyphenated at a line end in the PDF come out as two pieces
    text = re.sub(r"(\w)[-\u2010\u00ad]\n(\w)", r"\1\2", text)
    base_words = plain_words_of_markdown((built / "clean" / "P.md").read_text(encoding="utf-8"))
    missing = _missing(base_words, words(text))
    assert not missing, f"base words missing from the PDF: {missing[:20]}"


def test_epub_has_the_whole_base_text(built: Path) -> None:
    with zipfile.ZipFile(built / "edition.epub") as z:
        assert z.namelist()[0] == "mimetype"
        xhtml = [n for n in z.namelist() if n.endswith(".xhtml")]
        text = " ".join(lxml_html.fromstring(z.read(n)).text_content() for n in xhtml)
    base_words = plain_words_of_markdown((built / "clean" / "P.md").read_text(encoding="utf-8"))
    missing = _missing(base_words, words(text))
    assert not missing, f"base words missing from the EPUB: {missing[:20]}"


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    work = tmp_path / "again"
    shutil.copytree(SOURCE, work / "source")
    assert main(["build", str(work / "source" / "edition.yaml"), "-o", str(work / "build")]) == 0
    # compare digests: a failing byte comparison of a PDF makes pytest diff megabytes
    differ = [str(path.relative_to(built)) for path in sorted(built.rglob("*"))
              if path.is_file() and _digest(path) != _digest(work / "build" / path.relative_to(built))]
    assert not differ, f"differ between two builds: {differ}"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def _missing(expected: list[str], actual: list[str]) -> list[str]:
    from collections import Counter

    have = Counter(actual)
    need = Counter(expected)
    return sorted(w for w, n in need.items() if have[w] < n)


@pytest.mark.java
def test_sample_epub_passes_epubcheck(built: Path) -> None:
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on this machine: epubcheck needs one (Debian default-jre-headless)")
    import subprocess
    import sys

    epubcheck = str(Path(sys.executable).parent / "epubcheck")
    proc = subprocess.run([epubcheck, str(built / "edition.epub")], capture_output=True, text=True)
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "ERROR" not in report and "FATAL" not in report, report
