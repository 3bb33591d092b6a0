"""Glued titles: a numbered title a column break glued to a paragraph gets its own block."""

from __future__ import annotations

from variorum.clean import CleanContext
from variorum.clean.titles import split_glued_titles

CTX = CleanContext("W", "text")


def test_a_numbered_title_after_a_sentence_end_becomes_its_own_block() -> None:
    text = "The end of the abstract.\n 1.Introduction\n\nIn the last two decades much changed.\n"
    [edit] = split_glued_titles(text, CTX)
    # the line break and the column's leading space go; the title's wording stays
    assert (text[edit.start:edit.end], edit.replacement, edit.rule) == ("\n ", "\n\n", "heading")


def test_numbers_in_running_text_and_continued_sentences_untouched() -> None:
    assert split_glued_titles("The abstract ends\n 1.Introduction\n\nText.\n", CTX) == []
    assert split_glued_titles("The abstract ends.\n 1.Introduction\n\nand it went on.\n", CTX) == []
    assert split_glued_titles("It went on as in\n1.5 Million people\n\nmore text.\n", CTX) == []


# --------------------------------------------------------------------------- the last two lines

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from variorum.clean.base import Edit  # noqa: E402
from variorum.clean.blocks import ends_sentence, first_char, numbered_heading, split_blocks  # noqa: E402


def _by_splitting_each_block(text: str) -> list[Edit]:
    """The filter as first written: every block split into its lines."""
    edits = []
    blocks = split_blocks(text)
    for k, blk in enumerate(blocks):
        lines = blk.text(text).split("\n")
        if len(lines) < 2:
            continue
        last, before = lines[-1], lines[-2]
        num = numbered_heading(last)
        nxt = blocks[k + 1].text(text) if k + 1 < len(blocks) else None
        if num is None or not ends_sentence(before) or (nxt is not None and first_char(nxt).islower()):
            continue
        line_start = blk.end - len(last)
        edits.append(Edit(line_start - 1, line_start + num.offset, "\n\n", "heading",
                          "a numbered title after a sentence end: a block of its own", 0.85))
    return edits


@given(st.lists(st.sampled_from(["1.Introduction", " 2.1 Methods", "3 Kings", "It ends.", "goes on", "\n", "\n\n",
                                 " ", "  \n", "x"]), max_size=14).map("".join))
def test_the_last_two_lines_found_from_the_end_are_the_split_lines(text):
    assert split_glued_titles(text, CTX) == _by_splitting_each_block(text)
