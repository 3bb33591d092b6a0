"""Stray glyphs: a lone speck between two words removed, punctuation the text uses kept."""

from __future__ import annotations

from variorum.clean import CleanContext
from variorum.clean.glyphs import remove_stray_glyphs


def test_a_lone_glyph_between_words_goes_and_signs_between_numbers_stay() -> None:
    text = "An important ~ non-governmental actor, and ¬ others; but x ~ 5 and a - b & c stay.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    # the glyph and the space before it: one space is left between the words
    assert [text[e.start:e.end] for e in edits] == [" ~", " ¬"]
    assert {(e.replacement, e.rule) for e in edits} == {("", "stray-glyph")}
