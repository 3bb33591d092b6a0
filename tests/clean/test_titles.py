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
