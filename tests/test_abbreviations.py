"""variorum.abbreviations: the stops that end no sentence, one reading for the cleanup and the collation."""

from __future__ import annotations

import pytest

from variorum.abbreviations import abbreviation_stop, after_abbreviation


@pytest.mark.parametrize("word", ["Mr.", "mrs.", "Dr.", "St.", "(Prof.", "e.g.", "i.e.", "etc.", "vol.", "J.", "p.",
                                  "Mr.\u201d", "Dr.)"])
def test_an_abbreviation_s_or_an_initial_s_stop(word):
    assert abbreviation_stop(word)


@pytest.mark.parametrize("word", ["house.", "Mr", "Mr,", "end!", "so?", "Mister.", ""])
def test_a_sentence_s_stop_or_no_stop(word):
    assert not abbreviation_stop(word)


def test_the_word_before_a_place():
    text = "Then Mr. Ab out; and \u201cDr. (Ab it was late. Ab"
    assert after_abbreviation(text, text.index("Ab"))
    assert after_abbreviation(text, text.index("(Ab") + 1)
    assert not after_abbreviation(text, text.rindex("Ab"))
    assert not after_abbreviation("Ab", 0)


def test_a_word_the_window_cuts_is_no_initial():
    # (a long run of white space after a sentence's stop: the window holds only the word's tail)
    text = "It rained on the house." + " " * 22 + "Ab"
    assert not after_abbreviation(text, text.index("Ab"))
    text = "It rained on Mr." + " " * 4 + "Ab"
    assert after_abbreviation(text, text.index("Ab"))
