"""Each witness's original pages in the rendered edition: marks placed at words, never in markup."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pypandoc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from tests.render.helpers import DATA, META, assert_epubcheck_passes, load, words
from tests.pages import with_random_pages
from tests.render.test_document import cut_documents, to_plain
from variorum.model import PAGEBREAKS, Unit, Variorum, WitnessInfo
from variorum.render import RenderSettings, render_epub, render_html, render_pdf
from variorum.render.document import render_markdown
from variorum.render.pandoc import READER

PAGED = DATA / "pages_of_three_witnesses_at_block_starts_and_in_variants.json"
MARK = re.compile(r'\[\]\{\.pb \.pb-(?:base|other) wit="([^"]*)" page="([^"]*)" label="[^"]*" title="[^"]*"\}')


def _body(v: Variorum, pagination: str, target: str = "html") -> str:
    return render_markdown(v, target, RenderSettings(pagination=pagination)).body


def _html(md: str) -> str:
    return pypandoc.convert_text(md, "html5", format=READER, extra_args=["--wrap=none"])


def test_marks_follow_the_pagination_setting() -> None:
    v = load(PAGED)
    shown = {p: [m.groups() for m in MARK.finditer(_body(v, p))] for p in ("all", "base", "none")}
    assert shown["none"] == []
    assert [page for wit, page in shown["base"]] == ["1", "3", "2", "4", "5", "6", "7"]
    assert {wit for wit, _ in shown["base"]} == {"A"}
    # every page of every witness but B's last, which begins after B's last word
    assert sorted(shown["all"]) == sorted(shown["base"] + [("B", "xi"), ("B", "xii"), ("B", "xiii"),
                                                            ("C", "[2]"), ("C", "40")])


def test_an_unnumbered_page_gets_a_number_in_brackets() -> None:
    from variorum.render.document import _labelled

    # after a numbered page, the next number; else the page's place in the file
    assert [p for p, _ in _labelled([("12", 1), ("", 2), ("", 3)])] == ["12", "[13]", "[14]"]
    assert [p for p, _ in _labelled([("", 1), ("5", 2), ("", 3)])] == ["[2]", "5", "[6]"]
    assert [p for p, _ in _labelled([("xi", 1), ("", 2)])] == ["xi", "[3]"]


def test_marks_change_no_character_of_the_text() -> None:
    v = load(PAGED)
    for target in ("html", "print", "epub"):
        assert MARK.sub("", _body(v, "all", target)) == _body(v, "none", target), target


def test_marks_stand_before_their_word_and_never_in_headings() -> None:
    html = _html(_body(load(PAGED), "all"))
    for tag in ("h1", "h2"):
        for head in re.findall(rf"<{tag}.*?</{tag}>", html, re.S):
            assert 'class="pb' not in head
    # a page beginning at a list item: after the item's marker, before its first word
    assert re.search(r'<li>(?:<p>)?<span class="pb pb-base" data-wit="A" data-page="4" data-label="A 4"[^>]*>'
                     r'</span>Second', html)
    # a page beginning at a heading: at the first word of the paragraph under it
    assert re.search(r'Part</h1>.*?<p><span class="pb pb-base" data-wit="A" data-page="5"[^>]*></span>'
                     r'<span [^>]*class="app k-transposition"[^>]*>Moved', html, re.S)
    # at an escaped word: the word as written, after the mark
    assert re.search(r'data-page="6"[^>]*></span>_underscores_', html)
    # a page of a witness inside a passage shown whole: in the passage, at its word
    assert re.search(r'data-page="xii"[^>]*></span>This section', html)
    # a page of a witness whose reading differs: at the start of the variant
    assert re.search(r'data-page="xi"[^>]*></span><span [^>]*class="app k-substantive"[^>]*>quick', html)


def test_a_page_inside_a_lemma_is_marked_inside_it() -> None:
    units = (Unit("u1", "agreement", {"A": "One ", "B": "One "}),
             Unit("u2", "substantive", {"A": "two three four", "B": "five"}),
             Unit("u3", "agreement", {"A": " end.\n", "B": " end.\n"}))
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", units,
                 {PAGEBREAKS: {"A": [{"page": "9", "offset": len("One two ")}]}})
    body = _body(v, "all")
    assert re.search(r'\[two \[\]\{\.pb [^}]*page="9"[^}]*\}three four\]\{\.app', body), body


def test_html_offers_toggles_for_the_pages_of_the_base_and_of_the_others(tmp_path: Path) -> None:
    index = render_html(load(PAGED), tmp_path / "html", meta=META, settings=RenderSettings())
    page = index.read_text(encoding="utf-8")
    assert 'id="show-pages-base"' in page and 'id="show-pages-other"' in page
    assert "of B, C" in page
    # the label is drawn by CSS: no page number in the text a reader copies or searches
    text = lxml_html.fromstring(page.encode("utf-8")).xpath("string(//main)")
    assert "A 4" not in text and "B xi" not in text
    index = render_html(load(PAGED), tmp_path / "none", meta=META, settings=RenderSettings(pagination="none"))
    assert "show-pages" not in index.read_text(encoding="utf-8")



@settings(max_examples=25, deadline=None)
@given(cut_documents(), st.data())
def test_random_pages_cost_no_word(v: Variorum, data: st.DataObject) -> None:
    paged = with_random_pages(v, data)
    pages = paged.metadata[PAGEBREAKS]
    for target in ("html", "epub"):
        with_marks = _body(paged, "all", target)
        plain = to_plain(with_marks)
        assert words(plain) == words(to_plain(_body(paged, "none", target))), with_marks
        assert "{.pb" not in plain and "pb-" not in plain, with_marks
        assert len(MARK.findall(with_marks)) == sum(len(p) for p in pages.values()), with_marks


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pages")
    v = load(PAGED)
    s = RenderSettings()
    return {"pdf": render_pdf(v, out / "edition.pdf", meta=META, settings=s),
            "epub": render_epub(v, out / "edition.epub", meta=META, settings=s)}


@pytest.mark.slow
def test_the_pdf_prints_each_label(outputs) -> None:
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(outputs["pdf"])).pages)
    for label in ("A 4", "B xii", "C 40"):
        assert label in text


def test_the_epub_carries_the_marks(outputs) -> None:
    with zipfile.ZipFile(outputs["epub"]) as z:
        pages = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
        css = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))
    assert pages.count('class="pb ') == 12
    assert ".pb::before" in css


@pytest.mark.java
@pytest.mark.slow
def test_epubcheck_accepts_the_marks(outputs) -> None:
    assert_epubcheck_passes(outputs["epub"])


@pytest.mark.parametrize("hide", [[], ["substantive"]])
def test_a_page_inside_a_differing_reading_is_marked_at_the_variants_first_word(hide: list[str]) -> None:
    units = (Unit("u1", "agreement", {"A": "One", "B": "One"}),
             Unit("u2", "substantive", {"A": " two three", "B": " deux trois"}),
             Unit("u3", "agreement", {"A": " end.\n", "B": " end.\n"}))
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", units,
                 {PAGEBREAKS: {"B": [{"page": "4", "offset": len("One deux ")}]}})
    body = render_markdown(v, "html", RenderSettings(hide_kinds=hide)).body
    # after the space, never glued to the word before
    assert re.match(r'One \[\]\{\.pb \.pb-other wit="B" page="4"[^}]*\}\[?two', body), body
