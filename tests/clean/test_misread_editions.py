"""misread: another witness's wording is a variant for the collation, never alone the evidence to repair this one's."""

from __future__ import annotations

from tests.clean.edits import changes, repaired

PROSE = ("And he said unto them, Go ye into all the world, and preach the word to every man that will "
         "hear it; and they went forth, and preached every where, and the people heard them gladly. ")


def test_a_formed_word_another_witness_writes_one_confusion_away_is_only_suggested():
    # one translation's 'willest' (will-est) beside another's 'wiliest' (ll and li, one
    # confusion apart), neither known to the lexicon: the other's word is no evidence
    a = PROSE + "Not what I will, but what thou willest."
    b = PROSE + "Not what I will, but what thou wiliest."
    assert repaired(a, B=b) == a
    assert changes(a, B=b) == [("willest", "wiliest", "misread-letters", False)]


def test_a_formed_word_another_witness_writes_with_a_letter_more_is_only_suggested():
    # an older word ('saltness') beside another translation's ('saltiness')
    a = PROSE + "If the salt have lost its saltness, wherewith will ye season it?"
    b = PROSE + "If the salt have lost its saltiness, wherewith will ye season it? Its saltiness is gone."
    assert repaired(a, B=b) == a
    assert [c[1:] for c in changes(a, B=b)] == [("saltiness", "misread-dropped", False)]


def test_a_reading_no_formation_is_repaired_by_another_witness_s_rare_word():
    a = PROSE + "The wings were variegatecl with gold."
    b = PROSE + "The wings were variegated with gold."
    assert repaired(a, B=b) == b


def test_a_misreading_of_a_word_the_language_knows_well_is_repaired_whoever_writes_it():
    a = PROSE + "For the kingdorn of God is at hand."
    b = PROSE + "For the kingdom of God is at hand."
    assert repaired(a, B=b) == b
