"""Filter 5: a letter confusion no table lists, learned from the witness's own readings no lexicon knows."""

from __future__ import annotations

from tests.clean.edits import changes

# a witness that writes its everyday words often enough to be their evidence
_BODY = ("It was not the time of the year when we took a walk in the garden and talked of more things "
         "with my family, who could look at you and me and not say a word. ") * 20


def test_a_substitution_the_witness_s_unknown_readings_show_again_and_again_is_repaired():
    # b read for o (the bowl's left side broken) in four readings no lexicon knows, each one
    # substitution from a word the witness writes twenty times as often, and from no other
    text = _BODY + "We cbuld not go. Ybu are here. He tbok it. I lbok at it.\n" + _BODY
    assert changes(text) == [("cbuld", "could", "misread-letters", True), ("Ybu", "You", "misread-letters", True),
                             ("tbok", "took", "misread-letters", True), ("lbok", "look", "misread-letters", True)]


def test_one_or_two_such_readings_are_no_habit():
    assert changes(_BODY + "We cbuld not go. He tbok it.\n" + _BODY) == []


def test_a_spelling_written_as_often_as_the_word_is_no_habit():
    # an old spelling's letter (y for i) is written throughout, not once beside the word
    body = "And Pilate said to the scribes, this is the wise king of the kingdom. " * 4
    text = body + "And Pylate sayde to the Scrybes, this is the wyse kyng of the kyngdom. " * 4
    assert [c for c in changes(text) if c[2] == "misread-letters"] == []


def test_a_reading_the_lexicon_knows_only_as_its_noise_takes_part():
    # 'nbt' is in the lexicon (OCR'd books' noise), ten thousand times rarer than 'not'
    assert changes(_BODY + "We cbuld nbt go. He tbok it.\n" + _BODY) == [
        ("cbuld", "could", "misread-letters", True), ("nbt", "not", "misread-letters", True),
        ("tbok", "took", "misread-letters", True)]
