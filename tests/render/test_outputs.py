"""HTML, PDF and EPUB of the fixture variorum: whole base text, variants shown, verbatim, deterministic."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from tests.render.helpers import (META, VERBATIM_BASE, VERBATIM_VARIANTS, assert_epubcheck_passes, load,
                                  missing_in_order, plain_words_of_markdown, squash, words)
from variorum.render import RenderSettings, render_epub, render_html, render_pdf


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("render")
    v = load()
    s = RenderSettings()
    return {
        "html": render_html(v, out / "html", meta=META, settings=s),
        "pdf": render_pdf(v, out / "edition.pdf", meta=META, settings=s),
        "epub": render_epub(v, out / "edition.epub", meta=META, settings=s),
        "dir": out,
    }


def _page_text(path: Path) -> tuple[lxml_html.HtmlElement, str]:
    page = lxml_html.fromstring(path.read_bytes())
    for node in page.xpath("//script|//style"):
        node.drop_tree()
    return page, squash(page.text_content())


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    # words hyphenated at a line end come out in two pieces
    return re.sub(r"(\w)-\n(\w)", r"\1\2", text)


def _epub_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        spine = _spine(z)
        return squash(" ".join(lxml_html.fromstring(z.read(n)).text_content() for n in spine))


def _spine(z: zipfile.ZipFile) -> list[str]:
    ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf"}
    container = etree.fromstring(z.read("META-INF/container.xml"))
    opf_path = container.find(".//c:rootfile", ns).get("full-path")
    opf = etree.fromstring(z.read(opf_path))
    base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
    items = {i.get("id"): i.get("href") for i in opf.findall(".//o:manifest/o:item", ns)}
    return [base + items[r.get("idref")] for r in opf.findall(".//o:spine/o:itemref", ns)]


BASE_WORDS = plain_words_of_markdown(load().text_of("A"))


def test_html_has_the_whole_base_text_in_order(outputs) -> None:
    page, text = _page_text(outputs["html"])
    main_text = squash(page.xpath("//main")[0].text_content())
    assert not missing_in_order(BASE_WORDS, words(main_text))
    for piece in VERBATIM_BASE + VERBATIM_VARIANTS:
        assert piece in text, piece


def test_html_marks_every_variant_and_links_it_to_its_note(outputs) -> None:
    page, _ = _page_text(outputs["html"])
    v = load()
    refs = page.xpath("//a[contains(concat(' ', @class, ' '), ' app-ref ')]")
    assert refs, "no variant mark"
    for ref in refs:
        target = ref.get("href")[1:]
        assert page.xpath(f"//*[@id='{target}']"), f"mark points to a missing note {target}"
    notes = " ".join(squash(n.text_content()) for n in page.xpath(
        "//*[contains(@class, 'apparatus') or contains(@class, 'alt')]"))
    for unit in v.variants():
        for s, reading in unit.readings.items():
            shown = squash(re.sub(r"\\(.)", r"\1", reading.replace("# ", "")))
            if s != "A" and shown and reading != unit.readings["A"]:
                assert all(w in words(notes) for w in words(shown)), (unit.id, s)
    # the kinds are named in words, not only coloured
    assert page.xpath("//span[contains(@class, 'kind') and normalize-space() = 'subst.']")


def test_html_ships_its_assets_and_loads_nothing_from_outside(outputs) -> None:
    folder = outputs["html"].parent
    for name in ("edition.css", "edition.js"):
        assert (folder / name).is_file()
    for f in folder.rglob("*"):
        if f.suffix in (".html", ".css", ".js"):
            # a link the reader may follow is fine; nothing may be loaded from outside
            assert not re.search(r"src=[\"']?(?:https?:)?//|url\([\"']?(?:https?:)?//|@import|"
                                 r"<link[^>]+href=[\"']?(?:https?:)?//",
                                 f.read_text(encoding="utf-8")), f.name
    page, text = _page_text(outputs["html"])
    assert not page.xpath("//img") and "a picture" in text, "an image is given by its description"
    assert page.xpath("//a[@href='https://example.org/']"), "web links stay links"
    assert not page.xpath("//a[@href='notes.html#x' or @href='']"), "dead links are text"


def test_html_is_written_whole_and_is_deterministic(outputs, tmp_path: Path) -> None:
    again = render_html(load(), tmp_path / "html", meta=META, settings=RenderSettings())
    assert again.read_bytes() == outputs["html"].read_bytes()
    # rendering over an existing folder replaces it and leaves no temporary folder behind
    render_html(load(), tmp_path / "html", meta=META, settings=RenderSettings())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["html"]


def test_pdf_has_the_whole_base_text_and_the_variants(outputs) -> None:
    text = _pdf_text(outputs["pdf"])
    assert not missing_in_order(BASE_WORDS, words(text))
    flat = squash(text)
    for piece in ["<Things>", "$5", "snake_case", "C#", "back\\slash", "swift", "<angle> & #hash",
                  "Closing words of B."]:
        assert piece in flat, piece


def test_pdf_is_print_ready(outputs) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(outputs["pdf"]))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842), "A4"
    assert reader.metadata.title.startswith(META["title"])
    assert reader.metadata.author == "Ann <Author>, Bob & Co"
    assert "/StructTreeRoot" in reader.trailer["/Root"], "tagged PDF"
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "The Test of <Things> & $5" in titles, titles
    # page numbers and running heads: the title page has none, text pages have both
    second = reader.pages[3].extract_text()
    assert re.search(r"^\s*4\s*$", second, re.M) or second.rstrip().endswith("4")
    toc = reader.pages[1].extract_text()
    assert "Contents" in toc and re.search(r"Second Part\W*\d", toc)


def test_pdf_is_deterministic_and_honours_page_size(outputs, tmp_path: Path) -> None:
    again = render_pdf(load(), tmp_path / "e.pdf", meta=META, settings=RenderSettings())
    assert again.read_bytes() == outputs["pdf"].read_bytes()
    from pypdf import PdfReader

    a5 = render_pdf(load(), tmp_path / "a5.pdf", meta=META,
                    settings=RenderSettings(page_size="A5", pdf_apparatus="footnotes"))
    box = PdfReader(str(a5)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)
    # the footnote apparatus: whole text, and the notes at the foot
    text = _pdf_text(a5)
    assert not missing_in_order(BASE_WORDS, words(text))
    assert "quick] A C; swift B subst." in squash(text)


def test_epub_structure(outputs) -> None:
    with zipfile.ZipFile(outputs["epub"]) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/epub+zip"
        spine = _spine(z)
        assert spine and all(n in z.namelist() for n in spine)
        opf = next(n for n in z.namelist() if n.endswith(".opf"))
        opf_xml = z.read(opf).decode()
        assert 'properties="nav"' in opf_xml
        assert "urn:uuid:" in opf_xml and "<dc:date" in opf_xml
        for name in z.namelist():
            if name.endswith(".xhtml"):
                etree.fromstring(z.read(name))  # well-formed XML
        notes = [n for n in spine if b'epub:type="footnote"' in z.read(n)]
        assert notes, "no footnote in the EPUB"


def test_epub_has_the_whole_base_text_and_the_variants(outputs) -> None:
    text = _epub_text(outputs["epub"])
    assert not missing_in_order(BASE_WORDS, words(text))
    for piece in VERBATIM_BASE + VERBATIM_VARIANTS:
        assert piece in text, piece


def test_epub_is_deterministic(outputs, tmp_path: Path) -> None:
    again = render_epub(load(), tmp_path / "e.epub", meta=META, settings=RenderSettings())
    assert again.read_bytes() == outputs["epub"].read_bytes()


@pytest.mark.java
@pytest.mark.slow
def test_epubcheck_finds_no_error(outputs) -> None:
    assert_epubcheck_passes(outputs["epub"])


def test_html_links_all_lead_somewhere(outputs) -> None:
    page, _ = _page_text(outputs["html"])
    ids = set(page.xpath("//@id"))
    broken = [h for h in page.xpath("//a/@href") if h.startswith("#") and h[1:] not in ids]
    assert not broken
    assert len(ids) == len(page.xpath("//@id")), "ids are unique"


def test_without_a_base_every_output_says_which_text_it_shows(tmp_path: Path) -> None:
    from variorum.model import Variorum

    v = load()
    nobase = Variorum(v.witnesses, None, v.units, v.metadata)
    _, text = _page_text(render_html(nobase, tmp_path / "html", meta=META, settings=RenderSettings()))
    assert "the first witness: no base was chosen" in text
    assert not missing_in_order(BASE_WORDS, words(text))


def test_without_a_date_the_pdf_and_epub_are_still_reproducible(tmp_path: Path) -> None:
    import time

    meta = {k: v for k, v in META.items() if k != "date"}
    first = [render_pdf(load(), tmp_path / "a.pdf", meta=meta, settings=RenderSettings()).read_bytes(),
             render_epub(load(), tmp_path / "a.epub", meta=meta, settings=RenderSettings()).read_bytes()]
    time.sleep(1.1)  # a timestamp from the clock would now differ
    second = [render_pdf(load(), tmp_path / "b.pdf", meta=meta, settings=RenderSettings()).read_bytes(),
              render_epub(load(), tmp_path / "b.epub", meta=meta, settings=RenderSettings()).read_bytes()]
    assert first == second
