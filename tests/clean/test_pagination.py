"""Page breaks carried through the chain to where they land in the cleaned Markdown."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from variorum import pipeline
from variorum.clean import CleanContext, Edit, apply_edits, clean_text, registry
from variorum.clean.chain import run_chain
from variorum.clean.markdown import emit
from variorum.clean.pagination import emit_with_breaks, forward
from variorum.model import PageBreak

DATA = Path(__file__).resolve().parents[1] / "data" / "clean"
HYPHENATED = DATA / "pagebreaks--word-hyphenated-across-a-page-and-page-heads-between-paragraphs.text.in"


def _words_at(text: str, offset: int, n: int = 3) -> str:
    return " ".join(text[offset:].split()[:n])


def test_breaks_land_on_the_first_word_each_page_begins() -> None:
    raw = HYPHENATED.read_text(encoding="utf-8")
    result = clean_text(raw, CleanContext("X", "text"))
    got = [(p.page, _words_at(result.text, p.clean_offset)) for p in result.pagebreaks]
    assert got == [
        # "exam-" / "ple" joined across the page: the first word begun on page 12 is "of"
        ("12", "of the old"),
        # a page head between two paragraphs: the break is at the start of the next block
        ("13", "Then came a"),
        # the page's first word is escaped in the Markdown: the offset is at its backslash
        ("14", "\\$5 was the"),
        ("15", "of the mill"),
        ("16", "the end came."),
    ]
    assert result.text[result.pagebreaks[1].clean_offset - 2:result.pagebreaks[1].clean_offset] == "\n\n"
    assert "example" in result.text


def test_the_cleaned_text_is_the_same_with_and_without_page_breaks() -> None:
    raw = HYPHENATED.read_text(encoding="utf-8")
    ctx = CleanContext("X", "text")
    with_breaks = run_chain(raw, ctx)
    without = run_chain(raw, ctx, [dataclasses.replace(s, pagebreaks=None) for s in registry()])
    assert with_breaks.pagebreaks and not without.pagebreaks
    assert with_breaks.text == without.text
    assert with_breaks.emendations == without.emendations


def test_forward_moves_positions_through_edits() -> None:
    text = "abcdefghij"
    new, m = apply_edits(text, [Edit(2, 5, "X", "r"), Edit(7, 7, "++", "r")])
    assert new == "abXfg++hij"
    # copied; at a replaced span's start; inside it (to its replacement's end); at an
    # insertion (before what is inserted); after it; the very end
    assert forward([1, 2, 3, 5, 7, 8, 10], m, len(new)) == [1, 2, 3, 3, 5, 8, 10]


def test_forward_inside_a_final_deletion_goes_to_the_end() -> None:
    new, m = apply_edits("abc  \n", [Edit(3, 6, "", "r")])
    assert forward([4, 6], m, len(new)) == [3, 3]


def test_a_break_inside_a_word_snaps_to_the_next_word() -> None:
    text = "one example two"
    out, [at] = emit_with_breaks(text, [text.index("ample")], lambda t: emit(t, "text"))
    assert out == emit(text, "text")
    assert out[at:].startswith("two")


def test_a_break_in_a_block_separator_goes_to_the_next_block() -> None:
    text = "first block.\n \n\n\nsecond block"
    out, offsets = emit_with_breaks(text, [13, 14, 16], lambda t: emit(t, "text"))
    assert out == "first block.\n\nsecond block\n"
    assert offsets == [out.index("second")] * 3


def test_a_word_a_line_start_escape_looks_past_is_not_marked() -> None:
    # a sentinel after "1." would hide the ordered-list marker from the escape
    text = "intro\n\n1. first item\n\n- second"
    out, offsets = emit_with_breaks(text, [text.index("first"), text.index("second")],
                                    lambda t: emit(t, "text"))
    assert out == emit(text, "text") == "intro\n\n1\\. first item\n\n\\- second\n"
    assert [out[o:o + 5] for o in offsets] == ["first", "secon"]


def test_breaks_at_the_ends_of_the_text() -> None:
    text = "\n\nalpha beta\n\n"
    out, offsets = emit_with_breaks(text, [0, 2, len(text)], lambda t: emit(t, "text"))
    assert out == "alpha beta\n"
    assert offsets == [0, 0, len(out)]


def test_no_free_sentinel_is_an_error() -> None:
    import pytest

    text = "".join(chr(c) for c in range(0xE001, 0xF900)) + " word"
    with pytest.raises(ValueError):
        emit_with_breaks(text, [len(text) - 4], lambda t: emit(t, "text"))


# (the filters put their markup sign only at a line's start, before a heading's or an item's mark)
_CHARS = st.sampled_from(list("ab 1.-#*_$\\<>[]&@:~=%()\n\n\t") + ["\n\ue000# ", "\n\ue000- ", "  \n", "i.", "B. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join), st.lists(st.integers(0, 60), max_size=6),
       st.sampled_from(["text", "markdown"]))
# (a whitespace line after the leading newlines is its block's first line, so the markup
# sign below opens no item and '-' is escaped: the sentinel after '-' would unescape it)
@example("\n\t\n\ue000- a", [5], "text")
def test_marking_breaks_never_changes_the_markdown(text: str, positions: list[int], fmt: str) -> None:
    positions = [min(p, len(text)) for p in positions]
    out, offsets = emit_with_breaks(text, positions, lambda t: emit(t, fmt))
    assert out == emit(text, fmt)
    for p, o in zip(positions, offsets):
        assert 0 <= o <= len(out)
        assert o == len(out) or not out[o].isspace()  # at a word's start
        assert o == 0 or out[o - 1].isspace()
        # the words before the offset: every word that begins before the position
        assert len(out[:o].split()) == len([w for w in text[:p].split() if w.strip("\ue000")])
    ordered = sorted(zip(positions, offsets))
    assert [o for _, o in ordered] == sorted(o for _, o in ordered)


def test_emendation_files_keep_clean_offsets_and_old_files_still_load(tmp_path: Path) -> None:
    raw = HYPHENATED.read_text(encoding="utf-8")
    result = clean_text(raw, CleanContext("X", "text"))
    path = tmp_path / "X.emendations.json"
    path.write_text(pipeline.emendations_json("X", "x.txt", result), encoding="utf-8")
    assert pipeline.load_emendations(path)[2] == list(result.pagebreaks)
    data = json.loads(path.read_text(encoding="utf-8"))
    for p in data["pagebreaks"]:
        del p["clean_offset"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert pipeline.load_emendations(path)[2] == [dataclasses.replace(p, clean_offset=None)
                                                  for p in result.pagebreaks]
    assert PageBreak("3", 1, 0).clean_offset is None


def test_a_break_right_after_the_filters_markup_sign_is_before_the_mark_it_opens() -> None:
    # found by the property above: the sign is no letter of the word after it
    out, offsets = emit_with_breaks("\ue000# ", [1], lambda t: emit(t, "text"))
    assert (out, offsets) == ("\\#\n", [0])


MARKDOWN_BITS = ["1.", "a.", "A.", "iv)", "(1)", "#", "-", "+", "=", "---", ":", "~", "%", "word", "B.", "$5",
                 "&amp;", "@me", "x@", "*", "_", "\ue000# ", "\ue000- ", "&#1"]
SPACES = [" ", " ", "\n", "\n\n", "  \n", "\t", "\xa0"]
markdownish = st.lists(st.tuples(st.sampled_from(MARKDOWN_BITS), st.sampled_from(SPACES)), max_size=12).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=300, deadline=None)
@given(markdownish, st.sampled_from(["text", "markdown"]))
def test_a_sentinel_after_a_later_word_of_its_line_is_inert(text, fmt) -> None:
    # what lets emit_with_breaks skip emitting a block to know its sentinel is harmless
    from variorum.clean.pagination import _block_spans, _follows_a_word_on_its_line, _gap

    spans = _block_spans(text)
    for end in range(1, len(text) + 1):
        if not _gap(text, end - 1) and (end == len(text) or text[end].isspace()) \
                and _follows_a_word_on_its_line(text, end):
            i = max(k for k, (start, _) in enumerate(spans) if start <= end - 1)
            start, stop = spans[i]
            block = text[start:stop]
            k = end - start
            assert emit(block[:k] + "\ue001" + block[k:], fmt).replace("\ue001", "") == emit(block, fmt)
