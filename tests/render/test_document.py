"""Variorum to Pandoc Markdown: block markup kept outside the marks, notes, boxes, no base."""

from __future__ import annotations

import re
import subprocess

import pypandoc
import pytest
from hypothesis import given, settings, strategies as st

from tests.render.helpers import load, missing_in_order, plain_words_of_markdown, words
from variorum.model import Unit, Variorum, WitnessInfo
from variorum.render.document import (abbreviate, inline_reading, make_entries, md_escape,
                                      render_markdown, split_prefix)
from variorum.render.pandoc import READER
from variorum.render.settings import RenderSettings


def to_plain(md: str) -> str:
    proc = subprocess.run([pypandoc.get_pandoc_path(), "-f", READER, "-t", "plain", "--wrap=none"],
                          input=md.encode(), capture_output=True, check=True)
    return proc.stdout.decode()


@pytest.mark.parametrize("line, prefix, rest", [
    ("# Heading", "# ", "Heading"),
    ("## Sub", "## ", "Sub"),
    ("- item", "- ", "item"),
    ("12. item", "12. ", "item"),
    ("> - quoted item", "> - ", "quoted item"),
    ("plain # not a heading", "", "plain # not a heading"),
    ("\\# escaped", "", "\\# escaped"),
])
def test_split_prefix_keeps_block_markup_apart(line: str, prefix: str, rest: str) -> None:
    assert split_prefix(line) == (prefix, rest)


def test_md_escape_reads_back_verbatim() -> None:
    text = "a <b> & $c$ *d* _e_ #f \\g [h] `i` ~j~ ^k^ @l"
    assert to_plain(md_escape(text)).strip() == text


def test_inline_reading_shows_block_breaks_and_drops_block_markup() -> None:
    assert inline_reading("end.\n\n# New part\n\n- item") == "end. ¶ New part ¶ item"


def test_inline_reading_escapes_a_lone_bracket() -> None:
    assert to_plain(f"[{inline_reading('see [1')}]{{.x}}").strip() == "see [1"


def test_abbreviate_keeps_first_and_last_words() -> None:
    assert abbreviate("one two three four five six seven", 4) == "one two … six seven"


def test_every_variant_unit_gets_a_numbered_entry_in_document_order() -> None:
    v = load()
    entries = make_entries(v, RenderSettings())
    assert [e.unit.id for e in sorted(entries.values(), key=lambda e: e.n)] == [u.id for u in v.variants()]
    moved = [e for e in entries.values() if e.kind == "transposition"]
    assert {e.link for e in moved} == {e.anchor for e in moved}, "both ends of the move link to each other"


def test_hidden_kinds_leave_the_apparatus_but_not_the_text() -> None:
    v = load()
    r = render_markdown(v, "html", RenderSettings(hide_kinds=["punctuation", "orthographic"]))
    assert all(e.kind not in ("punctuation", "orthographic") for e in r.entries)
    assert not missing_in_order(plain_words_of_markdown(v.text_of("A")), words(to_plain(r.body)))


def test_multi_paragraph_addition_is_one_marked_passage() -> None:
    r = render_markdown(load(), "html", RenderSettings())
    assert "[Only in B]{.alt-label}" in r.body
    # its heading is shown, but not as a heading of the edition (it would enter the contents)
    assert "# Only in B" not in r.body


def test_heading_variant_keeps_heading_and_has_no_id_inside_it() -> None:
    r = render_markdown(load(), "html", RenderSettings())
    heading = next(line for line in r.body.splitlines() if "Part" in line and line.startswith("# "))
    assert heading.startswith("# [Second]{.app") and "#app-" not in heading


def test_without_a_base_the_first_witness_is_the_reading_text_and_the_edition_says_so() -> None:
    v = load()
    nobase = Variorum(v.witnesses, None, v.units, v.metadata)
    r = render_markdown(nobase, "html", RenderSettings())
    assert r.reading_siglum == "A"
    assert "No witness was chosen as base" in r.front


def test_print_target_puts_notes_in_footnotes_with_their_number() -> None:
    r = render_markdown(load(), "print", RenderSettings(pdf_apparatus="footnotes"))
    assert "{.fn .group}" in r.body
    # each note is keyed by the number of the variant it explains
    assert "[[1](#app-1)]{.n .k-substantive #n-app-1} quick\\] A C; swift B *subst.*" in r.body


def _variorum(rows: list[tuple[str, str, str]]) -> Variorum:
    units = tuple(Unit(f"u{i}", kind, {"A": a, "B": b})
                  for i, (kind, a, b) in enumerate(rows))
    return Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", units)


_WORD = st.text(alphabet="abcxyz<&$*_#\\[]`~^@", min_size=1, max_size=6)


def _escape(word: str) -> str:
    return md_escape(word)


@st.composite
def variorums(draw) -> Variorum:
    rows = []
    for _ in range(draw(st.integers(1, 8))):
        a = " ".join(_escape(w) for w in draw(st.lists(_WORD, min_size=0, max_size=4)))
        kind = draw(st.sampled_from(["agreement", "substantive", "omission", "addition", "rewrite"]))
        sep = draw(st.sampled_from([" ", "\n\n", "\n\n# ", "\n\n- "]))
        if kind == "agreement":
            rows.append(("agreement", a + sep, a + sep))
        else:
            b = " ".join(_escape(w) for w in draw(st.lists(_WORD, min_size=0, max_size=4)))
            if a == b:
                b += " more"
            rows.append((kind, a, b))
            rows.append(("agreement", sep, sep))
    return _variorum(rows)


@settings(max_examples=25, deadline=None)
@given(variorums())
def test_every_base_word_reaches_the_output(v: Variorum) -> None:
    body = render_markdown(v, "html", RenderSettings()).body
    missing = missing_in_order(plain_words_of_markdown(v.text_of("A")), words(to_plain(body)))
    assert not missing, body


def _em(i: int, rule: str, before: str, after: str, status: str = "applied"):
    from variorum.model import Emendation

    return Emendation(id=f"e{i}", witness="B", line=i, column=3, offset=10 * i, before=before,
                      after=after, rule=rule, evidence="test", confidence=0.9, status=status)


def test_emendations_are_counted_per_rule_and_the_non_trivial_ones_listed() -> None:
    ems = {"B": [_em(1, "linejoin", "-\n", ""), _em(2, "linejoin", "\n", " "),
                 _em(3, "misread.digit", "c0lour", "colour"), _em(4, "hyphen.keep", "self-\n", "self-"),
                 _em(5, "misread.digit", "<1>", "<l> & $", status="suggested")]}
    r = render_markdown(load(), "html", RenderSettings(), emendations=ems)
    plain = to_plain(r.back)
    assert "Editorial emendations" in plain
    assert re.search(r"linejoin\s+2", plain) and re.search(r"misread\.digit\s+1", plain)
    assert re.search(r"c0lour\s+colour\s+misread\.digit", plain)
    assert re.search(r"self-⏎\s+self-\s+hyphen\.keep", plain)
    assert not re.search(r"^\s*[12]:3 ", plain, re.M), "trivial line joins are counted, not listed"
    assert "1 further change(s) were suggested" in plain


def test_removed_control_characters_are_shown_by_their_pictures_not_written() -> None:
    # a page's form feed removed with its page number: XML (the EPUB) refuses the character
    ems = {"B": [_em(1, "page-number", "\f12\n", ""), _em(2, "control", "\x1b", ""),
                 _em(3, "zero-width", "\u200b", "")]}
    r = render_markdown(load(), "epub", RenderSettings(), emendations=ems)
    assert not any(c in r.back for c in "\f\x1b\u200b")
    plain = to_plain(r.back)
    assert "\u240c12⏎" in plain and "\u241b" in plain and "‹U+200B›" in plain


def test_statistics_come_from_the_collator_and_name_every_pair() -> None:
    plain = to_plain(render_markdown(load(), "html", RenderSettings()).back)
    assert "Statistics" in plain
    for pair in ("A – B", "A – C", "B – C"):
        assert pair in plain
    assert "Statistics" not in render_markdown(load(), "html", RenderSettings(show_stats=False)).back


def test_a_unit_cut_inside_heading_markup_keeps_the_heading() -> None:
    v = _variorum([("agreement", "Intro.\n\n#", "Intro.\n\n#"),
                   ("substantive", "# Second part", "# Next part"),
                   ("agreement", "\n\nText.\n", "\n\nText.\n")])
    body = render_markdown(v, "html", RenderSettings()).body
    assert "\n## [Second part]{.app" in body
    assert "Second part" in to_plain(body) and "#" not in to_plain(body)


def test_auto_apparatus_takes_footnotes_only_when_the_notes_fit_at_the_foot() -> None:
    dense = render_markdown(load(), "print", RenderSettings())
    assert "{.fn .group}" not in dense.body and "{.apparatus" in dense.body
    sparse = render_markdown(load(), "print", RenderSettings(footnotes_max_per_1000_words=1000))
    assert "{.fn .group}" in sparse.body


def test_a_lemma_that_is_only_heading_markup_stays_markup() -> None:
    v = _variorum([("agreement", "Intro.\n\n", "Intro.\n\n"),
                   ("structure", "##", "#"),
                   ("agreement", " Part two\n\nText.\n", " Part two\n\nText.\n")])
    body = render_markdown(v, "html", RenderSettings()).body
    assert "\n## Part two\n" in body
    assert "[##]{.app" not in body and "{.apparatus" in body


@st.composite
def cut_documents(draw) -> Variorum:
    """A Markdown text cut into units at arbitrary places, even inside block markup or escapes."""
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        # (no ordered lists: a note between two items restarts Pandoc's numbering, so the
        # numbers, which are not words of the witness, would differ)
        prefix = draw(st.sampled_from(["", "", "# ", "## ", "- ", "> "]))
        words_ = draw(st.lists(_WORD, min_size=1, max_size=5))
        blocks.append(prefix + " ".join(_escape(w) for w in words_))
    text = "\n\n".join(blocks) + "\n"
    # the collator never cuts inside a word (a cut there would rightly split it in the
    # output); anywhere else goes, even inside ``## `` or between a backslash and ``<``
    allowed = [i for i in range(1, len(text))
               if not (re.match(r"[\w\\]", text[i - 1]) and re.match(r"[\w\\]", text[i]))]
    cuts = sorted(set(draw(st.lists(st.sampled_from(allowed), max_size=10)))) if allowed else []
    rows = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        piece = text[a:b]
        kind = draw(st.sampled_from(["agreement", "substantive", "omission", "rewrite", "structure"]))
        if kind == "agreement":
            rows.append(("agreement", piece, piece))
        else:
            other = draw(st.sampled_from(["", "other words", "\n\n# other heading\n\n", " "]))
            rows.append((kind, piece, other if other != piece else other + "x"))
    return _variorum(rows)


@settings(max_examples=25, deadline=None)
@given(cut_documents())
def test_every_base_word_survives_any_cut(v: Variorum) -> None:
    for target in ("html", "print", "epub"):
        body = render_markdown(v, target, RenderSettings()).body
        plain = to_plain(body)
        # the oracle: the base text alone, as Pandoc reads it
        assert not missing_in_order(words(to_plain(v.text_of("A"))), words(plain)), (target, body)


def test_a_moved_passage_of_several_paragraphs_is_boxed_and_linked_to_its_other_place() -> None:
    moved = "A moved paragraph of some length here.\n\nAnd its second paragraph too.\n\n"
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", (
        Unit("u0", "transposition", {"A": moved, "B": ""}, link="u2"),
        Unit("u1", "agreement", {"A": "Middle text.\n\n", "B": "Middle text.\n\n"}),
        Unit("u2", "transposition", {"A": "", "B": moved}, link="u0"),
        Unit("u3", "agreement", {"A": "End.\n", "B": "End.\n"})))
    body = render_markdown(v, "html", RenderSettings()).body
    assert "B has here the passage that the reading text has at [1](#app-1)" in body
    assert "(moved: see [2](#app-2))" in body
    assert "::: {.alt .k-transposition #n-app-2}\n[]{#app-2}" in body, "the boxed end is a link target"


def test_an_entry_with_a_passage_and_a_short_reading_has_unique_ids() -> None:
    long = "A whole other paragraph of some length in B.\n\nAnd a second one here in B."
    v = Variorum((WitnessInfo("A"), WitnessInfo("B"), WitnessInfo("C")), "A", (
        Unit("u0", "agreement", {s: "Start. " for s in "ABC"}),
        Unit("u1", "rewrite", {"A": "One sentence of A.", "B": long, "C": "One sentence of C."}),
        Unit("u2", "agreement", {s: "\n" for s in "ABC"})))
    for target in ("html", "print", "epub"):
        body = render_markdown(v, target, RenderSettings()).body
        ids = re.findall(r"#([\w-]+)[ }]", body.replace("](#", "]("))
        assert len(ids) == len(set(ids)), (target, ids)
        assert "#n-app-1" in body


@pytest.mark.parametrize("markup, tag", [("# ", "h1"), ("## ", "h2"), ("- ", "li")])
def test_addition_before_a_block_keeps_the_block_markup(markup: str, tag: str) -> None:
    # a witness adds words just before a heading or list item of the base: the mark of the
    # empty lemma must not stand before the block's markup, or the block becomes a paragraph
    units = (
        Unit("u1", "agreement", {"A": "End.\n\n", "B": "End.\n\n"}),
        Unit("u2", "addition", {"A": "", "B": "Added words. "}),
        Unit("u3", "agreement", {"A": f"{markup}Title words\n", "B": f"{markup}Title words\n"}),
    )
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", units)
    body = render_markdown(v, "html", RenderSettings()).body
    html = pypandoc.convert_text(body, "html5", format=READER)
    assert re.search(rf"<{tag}[^>]*>((?!</{tag}>).)*Title words", html, re.S), html
    assert f"{markup.strip()} Title" not in html and "Added words" in html
    if tag != "li":
        # no marks in headings: the table of contents (EPUB nav) would copy them
        assert "app" not in re.search(rf"<{tag}.*?</{tag}>", html, re.S).group(0)
