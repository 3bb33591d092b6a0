"""Filter 5: letters read twice or lost — in the commonest words, in runs of three, where no one could say the reading."""

from __future__ import annotations

import pytest

from variorum.clean import CleanContext, clean_text
from variorum.clean.misread.context import WEAKER
from variorum.clean.misread.letters import _capital_kept, _opening, _speakable, _unspoken_runs, _vowel_lost_unspoken

from tests.clean.edits import changes

# a witness that writes the commonest words as books do
_PROSE = "The man was at the door, and the dog was with him, and he went from the house. " * 30


# --------------------------------------------------------------------------- a letter read twice in a commonest word

def test_a_doubled_letter_in_one_of_the_commonest_words_is_dropped_even_when_repeated() -> None:
    text = _PROSE + "He is not thhe God of thhe dead, annd he wass there.\n"
    assert [c for c in changes(text) if c[0] != c[1]] == [
        ("thhe", "the", "misread-doubled", True), ("thhe", "the", "misread-doubled", True),
        ("annd", "and", "misread-doubled", True), ("wass", "was", "misread-doubled", True)]


def test_a_doubled_reading_is_kept_where_the_witness_writes_the_word_not_far_more_often() -> None:
    # an author who spells the word so writes it about as often as the word
    text = "Then wass he there, and he was glad; wass it so? It was.\n"
    assert not any(c[3] for c in changes(text))


def test_a_capitalised_doubled_reading_may_be_a_name() -> None:
    assert not any(c[3] and c[0] == "Fromm" for c in changes(_PROSE + "He read Fromm that year.\n"))


# --------------------------------------------------------------------------- three letters alike

@pytest.mark.parametrize("reading, word, rule", [
    ("possssion", "possession", "misread-dropped"),  # a letter lost inside the run
    ("oppresssed", "oppressed", "misread-doubled"),  # one of the run read twice
])
def test_three_letters_alike_in_a_row_are_put_right_into_the_only_word(reading: str, word: str, rule: str) -> None:
    assert changes(f"The {word} wait. They took {reading} of it.\n") == [(reading, word, rule, True)]


def test_three_letters_alike_are_no_name_a_capital_does_not_hold_the_repair() -> None:
    assert changes("The oppressed wait. The Oppresssed came.\n") == [
        ("Oppresssed", "Oppressed", "misread-doubled", True)]


def test_a_sound_drawn_out_in_a_word_the_witness_writes_nowhere_else_is_only_suggested() -> None:
    assert changes("The wind went whooosh past.\n") == [("whooosh", "whoosh", "misread-doubled", False)]
    # a word the witness writes elsewhere: the OCR's
    assert changes("It went whoosh and stopped. Then it went whooosh again.\n") == [
        ("whooosh", "whoosh", "misread-doubled", True)]


def test_a_short_run_of_three_is_kept() -> None:
    assert changes("Hmmm, he said; brrr, it is cold.\n") == []


# --------------------------------------------------------------------------- a doubled letter in a long reading

def test_a_doubled_letter_in_a_long_unknown_reading_is_dropped_into_the_only_word() -> None:
    assert changes("And it was manifestted to them.\n") == [
        ("manifestted", "manifested", "misread-doubled", True)]


# --------------------------------------------------------------------------- a vowel lost where no one could say it

@pytest.mark.parametrize("word, speakable", [
    ("myslf", False), ("bfore", False), ("wth", False), ("prtotype", False), ("markt", False),
    ("myself", True), ("reglar", True), ("genlemen", True), ("chid", True), ("stedfastly", True),
    ("mph", True), ("lbs", True), ("vertebræ", True),
])
def test_speakable_readings_have_only_runs_of_consonants_everyday_words_have(word: str, speakable: bool) -> None:
    assert _speakable(word, "en") is speakable
    assert bool(_unspoken_runs(word, "en")) is not speakable


def test_a_vowel_lost_unspoken_is_one_vowel_lost_in_a_run_no_word_has() -> None:
    assert _vowel_lost_unspoken("wth", "with", "en") and _vowel_lost_unspoken("hme", "home", "en")
    assert not _vowel_lost_unspoken("tem", "them", "en")      # spoken
    assert not _vowel_lost_unspoken("fifh", "fifth", "en")    # a consonant lost
    assert not _vowel_lost_unspoken("wth", "wrath", "en")     # two letters lost


@pytest.mark.parametrize("reading, word", [("prtotype", "prototype"), ("govrnors", "governors"), ("bshel", "bushel")])
def test_a_vowel_lost_where_no_one_could_say_the_reading_is_put_back(reading: str, word: str) -> None:
    assert changes(f"They saw the {reading} there.\n") == [(reading, word, "misread-dropped", True)]


def test_an_unspeakable_reading_the_lexicon_has_is_put_back_only_in_a_witness_the_ocr_misread() -> None:
    # 'wth' is a word of the lexicon's texting: in a witness whose repairs show the OCR at
    # work ('sornething', 'otber', 'wbole'), where no other word is a letter from it
    ocr = _PROSE + "It was sornething otber than the wbole story. It was replete wth ideas.\n"
    (e,) = [e for e in clean_text(ocr, CleanContext("W", "text")).emendations if e.before == "wth"]
    assert (e.after, e.rule, e.status, e.confidence) == ("with", "misread-context", "applied", WEAKER)
    assert "letters no word has together there" in e.evidence
    clean = ocr.replace("sornething otber than the wbole", "something other than the whole")
    assert [e for e in clean_text(clean, CleanContext("W", "text")).emendations if e.before == "wth"] == []
    # (a reading one letter from another word too stays a suggestion: 'late tht morning',
    # test_misread.py)


def test_an_unspeakable_reading_one_vowel_from_several_words_is_not_repaired() -> None:
    # 'lst': last, list, lest (and the lexicon's 'lst' is not dwarfed by any of them)
    assert not any(c[3] for c in changes("He feared lst it fall.\n"))


def test_a_vowel_lost_where_no_one_could_say_it_is_put_back_in_quoted_speech_too() -> None:
    # a dialect's spelling is spoken ('reglar' stays a suggestion there); 'myslf' is not
    text = "I told myself so. \u201cI said to myslf that it was a reglar thing,\u201d he said. The regular came.\n"
    assert changes(text) == [("myslf", "myself", "misread-dropped", True), ("reglar", "regular", "misread-dropped", False)]


@pytest.mark.parametrize("text", [
    "And they chid her harshly; the child wept.\n",   # an old word, spoken
    "He looked stedfastly at him.\n",                  # an old spelling
    "The weight was ten lbs, the speed ten mph.\n",   # abbreviations everyday words have
])
def test_spoken_old_words_spellings_and_abbreviations_keep_their_letters(text: str) -> None:
    assert [c for c in changes(text) if c[3]] == []


def test_a_possessive_s_word_is_repaired_as_the_word() -> None:
    assert changes(_PROSE + "It was my fathr\u2019s house.\n") == [("fathr\u2019s", "father\u2019s", "misread-dropped", True)]


def test_a_long_unknown_capitalised_reading_one_doubled_letter_from_an_everyday_word_is_no_name() -> None:
    assert changes("Then the Governmennt fell.\n") == [("Governmennt", "Government", "misread-doubled", True)]
    # a short one may be a name ('Joohn' is a suggestion)
    assert [c[3] for c in changes("Then Joohn fell.\n")] == [False]


def test_a_lost_letter_in_a_quotation_of_several_paragraphs_is_put_back() -> None:
    # a tale told in quotation marks (each paragraph opens one, only the last closes it) is
    # the narration, not a character's line of dialect
    text = ("The regular army came and stayed.\n\n\u201cIt was a reglar thing, and we went on.\n\n"
            "\u201cThen we came home.\u201d\n")
    assert changes(text) == [("reglar", "regular", "misread-dropped", True)]
    line = "The regular army came and stayed.\n\n\u201cIt was a reglar thing,\u201d he said.\n"
    assert changes(line) == [("reglar", "regular", "misread-dropped", False)]


def test_a_long_vowel_doubled_at_a_word_s_end_is_only_suggested() -> None:
    # an early printer set 'shee' beside 'she' as the line's width wanted: an old spelling
    # as well as a glyph read twice, however much more often the witness writes 'she'
    text = "Then she came to the house, and she was glad of it. " * 40 + "And shee said so; shee went home.\n"
    shee = [c for c in changes(text) if c[0] == "shee"]
    assert shee and not any(applied for *_, applied in shee)
    # a consonant read twice is no spelling, nor a vowel doubled after a word of two syllables
    assert ("thhe", "the", "misread-doubled", True) in changes(_PROSE + "He is not thhe God.\n")
    text = "He went into the house. " * 40 + "He went intoo it.\n"
    assert ("intoo", "into", "misread-doubled", True) in changes(text)


@pytest.mark.parametrize("text, opening, kept", [
    ("We met him. Wood", "a sentence's", "a sentence's"),
    ("We met Mr. Wood", "", "a name's"),
    ("We met J. Wood", "", "a name's"),
    ("such as e.g. Wood", "", "a name's"),
    ("We met Mr.\n\nWood", "a sentence's", "a sentence's"),  # (a paragraph opens whatever ends the last)
    ("We met the Wood", "", ""),
])
def test_an_abbreviation_s_stop_opens_no_sentence_and_keeps_a_name_s_capital(text: str, opening: str, kept: str) -> None:
    start = text.rindex("Wood")
    assert (_opening(text, start), _capital_kept(text, start)) == (opening, kept)


_PROSE_AT_INN = "We went to the inn in the evening, and we sat by the fire with the old men of the village. " * 3


def test_a_repair_made_only_at_a_sentence_s_opening_is_not_made_after_mr() -> None:
    # ('ln' is 'In' only where a sentence opens; 'IIe' is 'He' there, a name's elsewhere)
    assert changes(f"{_PROSE_AT_INN}We met Mr. ln at the inn. {_PROSE_AT_INN}") == []
    assert changes(f"{_PROSE_AT_INN}We met Mr. IIe at the inn. {_PROSE_AT_INN}") == [
        ("IIe", "He", "misread-letters", False)]
    assert changes(f"{_PROSE_AT_INN}We met him. IIe was at the inn. {_PROSE_AT_INN}") == [
        ("IIe", "He", "misread-letters", True)]
