"""Filter 5: a letter confusion no table lists, learned from the witness's own readings no lexicon knows."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st

from tests.clean.edits import changes
from variorum.clean.misread.learned import _neighbours_by_gap, _neighbours_by_letter, _one_letter_neighbours
from variorum.clean.misread.tables import CONTEXT_EVIDENCE
from variorum.clean.misread.vocabulary import Vocabulary

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


def test_both_roads_to_a_reading_s_one_letter_neighbours_find_the_same_words() -> None:
    # (a few readings try every letter at every place, many look the witness's frequent
    # words up among them: the verdicts must not depend on which road was taken)
    words = "the cat sat mat rat hat and ate bat fat pat vat tan man can fan pan ran van ban car bar far jar tar war"
    # ('cot' three times, the least that counts, and counted before 'cat')
    text = "near the cot " * 3 + f"{words} " * 4
    vocab = Vocabulary.build(text, ())
    readings = ["tbe", "cst", "rot", "Hst", "mct", "thé"]
    frequent = [w for w, n in vocab.own.items() if n >= 3 and len(w) == 3]
    by_gap = _neighbours_by_gap({t: t.lower() for t in readings}, frequent)
    # (the premise: one reading takes the road of every letter at every place, all six the gaps')
    letters_of_frequent = sum(map(len, frequent))
    assert 26 * max(map(len, readings)) <= letters_of_frequent < 26 * sum(map(len, readings))
    one_by_one = {t: _one_letter_neighbours([t], vocab)[t] for t in readings}
    assert one_by_one == by_gap == _one_letter_neighbours(readings, vocab)
    assert by_gap["tbe"] == [("b", "h", "the")]
    assert ("s", "o", "cot") in by_gap["cst"] and ("s", "a", "cat") in by_gap["cst"]


_LETTERS = st.text("abcé", min_size=1, max_size=4)


@given(st.dictionaries(_LETTERS, st.integers(1, 5), max_size=30), st.lists(_LETTERS, max_size=12))
@example({"cab": 3, "cat": 4, "bat": 3}, ["cat", "Cab", "aat"])  # (a reading the witness writes often too)
def test_the_frequent_words_looked_up_among_the_readings_by_their_gaps_are_every_letter_tried(own, readings):
    # (one-letter neighbours place by place, then by letter and word: the same lists, order included)
    readings = [r.capitalize() if i % 3 == 0 else r for i, r in enumerate(readings)]
    lows = {t: t.lower() for t in readings}
    frequent = [w for w, n in own.items() if n >= CONTEXT_EVIDENCE and len(w) in set(map(len, lows.values()))]
    assert _neighbours_by_gap(lows, frequent) == _neighbours_by_letter(lows, Counter(own))
