"""Filter 5: long unknown readings one confusion from a rare word; a lost letter of any shape."""

from __future__ import annotations

import pytest

from variorum.clean import clean_text, misread
from variorum.clean.base import CleanContext

from tests.clean.edits import changes, ctx


# --------------------------------------------------------------------------- a shape into a rare word

@pytest.mark.parametrize("reading, word", [
    ("wretcheclness", "wretchedness"), ("precipiccs", "precipices"), ("belongetli", "belongeth"),
    ("distrustiug", "distrusting"), ("exccration", "execration"), ("pitiabIe", "pitiable"),
])
def test_a_long_unknown_reading_one_shape_from_a_rare_word_is_repaired(reading: str, word: str) -> None:
    assert changes(f"In all his {reading} he stood.\n") == [(reading, word, "misread-letters", True)]


def test_a_short_reading_or_a_word_with_an_ending_is_kept() -> None:
    # 'sleepest' is 'sleep' and an old verb's ending, not a faint 'steepest'
    assert changes("Simon, sleepest thou?\n") == []
    # six letters are too few: 'moiith' may be 'month' or 'mouth', the editor decides
    assert [c[3] for c in changes("He opened his moiith wide.\n")] == [False]


def test_a_capitalised_long_reading_into_the_only_rare_word_any_confusion_reaches_is_no_name() -> None:
    # a name the lexicon does not know is seldom one shape from one it knows and from nothing else
    assert changes("They met the Galilcan there.\n") == [("Galilcan", "Galilean", "misread-letters", True)]


def test_a_capitalised_long_reading_into_a_rare_word_among_others_is_only_suggested() -> None:
    # 'Moiith': the shapes reach 'Month' and 'Mouth', two words: the editor decides
    [(before, after, rule, applied)] = changes("They met the Moiith there.\n")
    assert (before, applied) == ("Moiith", False)


# --------------------------------------------------------------------------- a lost letter of any shape

def test_a_letter_of_any_shape_is_put_back_into_a_word_the_witness_writes() -> None:
    text = "He altered it. The plan was altered and then altred again.\n"
    assert changes(text) == [("altred", "altered", "misread-dropped", True)]


def test_a_letter_is_not_put_back_into_a_word_the_witness_never_writes() -> None:
    # Shelley's 'doated' is an old spelling of 'doted': the book never writes 'donated'
    assert changes("how the father doated on the child.\n") == []
    # a letter at the end makes another form of the reading, not a slip: the singular stays
    assert changes("His schoolfellows came; one schoolfellow stayed.\n") == []


def test_two_words_a_lost_letter_could_make_are_the_editor_s_choice() -> None:
    text = "They became friends and became old, to become wise and become good; then becme wise.\n"
    [(reading, word, rule, applied)] = changes(text)
    assert (reading, rule, applied) == ("becme", "misread-dropped", False) and word in ("became", "become")


def test_a_rare_reading_of_six_letters_or_more_a_word_the_witness_writes_dwarfs_is_repaired() -> None:
    text = "The children played, and the children slept; the childen woke.\n"
    assert changes(text) == [("childen", "children", "misread-dropped", True)]


@pytest.mark.parametrize("text", [
    # an old word the lexicon knows, short: 'chid' (of chide) is no lost 'child'
    "The child wept; the child slept. And he chid them for it.\n",
    # a prefix and a word: no letter lost from 'overweight', which the book writes
    "He was overweight, and overweight still, but let no fear overweigh him.\n",
])
def test_an_old_word_or_a_formation_keeps_its_letters(text: str) -> None:
    assert [c for c in changes(text) if c[2] == "misread-dropped"] == []


def test_the_shape_rule_and_the_lost_letter_rule_apply_at_the_default_review_threshold() -> None:
    from variorum.clean import clean_text
    text = "He altered it and altered it, then altred it in his wretcheclness.\n"
    assert clean_text(text, ctx()).text.startswith(
        "He altered it and altered it, then altered it in his wretchedness.")


def test_a_letter_read_twice_is_dropped_where_the_witness_writes_the_word() -> None:
    text = "Strange sensations came, and the sensations passed; new seensations came.\n"
    assert changes(text) == [("seensations", "sensations", "misread-doubled", True)]


def test_a_repeated_reading_is_repaired_only_where_the_witness_writes_the_word_far_more_often() -> None:
    text = "They altered it. " * 40 + "Then it was altred, and altred again.\n"
    assert changes(text) == [("altred", "altered", "misread-dropped", True)] * 2
    text = "They altered it. " * 39 + "Then it was altred, and altred again.\n"
    assert changes(text) == []


def test_a_name_only_the_edition_writes_is_no_repair_a_witness_s_variant_stays() -> None:
    # the lexicon does not know 'Montanvert': 'Montavert' may be this witness's own form
    other = "We climbed the Montanvert that day, and the Montanvert again.\n"
    assert changes("He went up Montavert alone.\n", V=other) == []


# --------------------------------------------------------------------------- a vowel read for a vowel

@pytest.mark.parametrize("reading, word", [
    ("protoctors", "protectors"), ("dissipote", "dissipate"), ("buildors", "builders"), ("wrotched", "wretched"),
    ("sevor", "sever"),
])
def test_an_unknown_reading_one_vowel_from_exactly_one_word_is_repaired(reading: str, word: str) -> None:
    assert changes(f"They would not {reading} it then.\n") == [(reading, word, "misread-letters", True)]


def test_a_short_reading_one_vowel_from_a_rarer_word_is_repaired_only_where_the_witness_writes_it() -> None:
    assert changes("And he boheld the sea.\n") == []
    assert changes("And he boheld the sea. All that he beheld was grey.\n") == [
        ("boheld", "beheld", "misread-letters", True)]


def test_a_reading_one_vowel_from_two_words_is_the_editor_s_choice() -> None:
    assert [c[1:] for c in changes("It began to dissipato slowly.\n")] == [("dissipate", "misread-letters", False)]


@pytest.mark.parametrize("text", [
    "He did shew them the compleat work.\n",          # old spellings the lexicon knows
    "He wrote sevor here, and sevor there.\n",        # a reading the witness repeats
    "what characters are of generic valua- tions being at present\n",  # a word's head
    "the traces of the winter avelanche, and the crowd began to dissipete.\n",  # a for e: a spelling
])
def test_a_known_spelling_a_repeated_reading_or_a_word_s_head_keeps_its_vowels(text: str) -> None:
    assert [c for c in changes(text) if c[3]] == []


def test_a_capitalised_reading_one_vowel_from_a_word_is_only_suggested() -> None:
    assert changes("They met Agotha there.\n") == [("Agotha", "Agatha", "misread-letters", False)]


def test_a_capitalised_reading_into_a_known_name_the_witness_writes_once_is_repaired() -> None:
    assert changes("It was late in Aiigust then. In August the rains came.\n") == [
        ("Aiigust", "August", "misread-letters", True)]
    # a name the lexicon does not know, written once, may be the witness's own variant
    assert not any(c[3] for c in changes("They came to Jolinâ then. Johnâ was there.\n"))


def test_a_letter_put_back_into_a_word_another_repair_makes_is_put_back_at_once() -> None:
    # 'rnyself' repaired makes 'myself' a word the witness writes: a second cleaning would
    # put the letter back into 'myslf', so the first does
    text = "I said to rnyself that it was late. Then I told myslf to go home.\n"
    assert changes(text) == [("rnyself", "myself", "misread-letters", True),
                             ("myslf", "myself", "misread-dropped", True)]
    cleaned = clean_text(text, CleanContext("W", "text")).text
    assert clean_text(cleaned, CleanContext("W", "markdown")).text == cleaned


def test_a_lost_letter_in_quoted_speech_is_only_suggested() -> None:
    # a character's speech is where an author spells as people speak
    text = "The regular army came and stayed. \u201cIt was a reglar thing,\u201d he said.\n"
    assert changes(text) == [("reglar", "regular", "misread-dropped", False)]
    assert changes(text.replace("\u201c", "").replace("\u201d", "")) == [("reglar", "regular", "misread-dropped", True)]


def test_the_strokes_no_spelling_makes_are_strokes_of_the_tables() -> None:
    # (a repair by them is one the unknown reading's confusions already weigh)
    for read, meant in misread.tables._SHAPES_AND_STROKES.items():
        assert set(meant) <= set(misread.tables.UNKNOWN_READING_CONFUSIONS[read]), read
    assert "v" not in misread.tables._SHAPES_AND_STROKES.get("u", ()) and "s" not in misread.tables._SHAPES_AND_STROKES.get("z", ())
    # nor f for t, the weak strokes' vowels, or any vowel for a vowel that the shapes alone do not make
    strokes = misread.tables._SHAPES_AND_STROKES
    assert "t" not in strokes.get("f", ()) and "f" not in strokes.get("t", ())
    for vowel in "aeiou":
        assert set(strokes.get(vowel, ())) & set("aeiou") <= set(misread.tables._SHAPES.get(vowel, ())), vowel
