"""Filter 5 decides alike on its own output: the evidence its repairs change is weighed in the same pass."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.clean.edits import changes, repaired


def _settled(text: str) -> str:
    """The filter's output on ``text``, asserted to be one a second cleaning leaves as it is."""
    once = repaired(text)
    assert [c for c in changes(once) if c[3]] == []
    return once


def test_a_held_name_is_decided_on_the_count_the_repairs_leave() -> None:
    # 'ORIG1N' -> 'ORIGIN' makes 'ORIGIN' a word the witness writes twice: 'ORlGIN' beside
    # it is no unknown name held back, as a second cleaning would find
    text = ("THE ORIGIN OF SPECIES\n\nSome words here about the world.\n\nTHE ORIG1N OF SPECIES\n\n"
            "More words about animals and plants.\n\nTHE ORlGIN OF SPECIES\n\nThe end of the chapter.\n")
    once = _settled(text)
    assert once.count("ORIGIN") == 3


def test_a_repeated_reading_is_decided_on_the_count_the_repairs_leave_of_its_word() -> None:
    # 'ORlGIN' twice is the witness's own while it writes 'ORIGIN' once; 'ORIG1N' -> 'ORIGIN'
    # makes 'ORIGIN' as frequent, and the repeated reading a repeated misreading of it
    once = _settled("ORIGIN ORIG1N ORlGIN ORlGIN ")
    assert once == "ORIGIN ORIGIN ORIGIN ORIGIN "


def test_a_suggestion_into_a_reading_the_pass_repairs_is_decided_again() -> None:
    # 'riof' was suggested as 'nof' only because the witness writes 'nof' (a misread 'not',
    # repaired in the same pass): on the repaired counts it is 'riot'
    text = "They said it was nof so. The people may riof in the streets when the day comes.\n"
    once = _settled(text)
    assert "may riot in" in once and "was not so" in once


def test_the_other_places_of_a_reading_repaired_on_context_are_judged_on_the_repaired_count() -> None:
    # 'nave' written twice is the witness's own word until the context rule repairs one
    # place ('I nave heard', beside 'I have' fifty times): written once, the other is a
    # misreading of 'have' too, as a second cleaning would find
    body = " ".join(["I have seen the house and I have walked in the garden."] * 25)
    text = (body + " Tne dog ran to tne gate, wnich was open, and tnen we left. "
            "I nave heard the bird. We nave associated with the town.\n")
    once = _settled(text)
    assert once.endswith("I have heard the bird. We have associated with the town.\n")
    assert ("nave", "have", "misread-strokes", True) in changes(text)


# words with their misreadings, so that one repair changes the counts another reading's
# verdict weighs (the chain's property strategies draw only correctly spelt words)
# (not a capitalised reading: 'the the tne Tne' holds 'Tne' as a name, and the context rule
# then repairs it on the 'the' that 'tne' -> 'the' adds, on a second pass only; a book
# writes 'The' often enough for the first pass to decide it)
_POOL = ["the", "tne", "The", "not", "nof", "riot", "riof", "have", "nave", "I", "and", "ond", "which",
         "wnich", "ORIGIN", "ORIG1N", "ORlGIN", "OF", "house", "said", "we", "was", "so", "may", "in"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POOL), st.sampled_from([" ", " ", ". ", "\n", "\n\n"])),
                min_size=1, max_size=80).map(lambda pairs: "".join(w + s for w, s in pairs)))
@example("and ORIGIN ond ORIG1N ")  # a dialect check's neighbour read without its digit ('ORIG')
@example("ORIGIN ORIGIN ORIG1N ORIG1N ORIG1N ORlGIN ")  # a digit reading held as the witness's own
@example("which ond wnich and ")  # a dialect held where the pair is written only as the repairs leave it
def test_the_filter_is_idempotent_on_readings_beside_their_words(text: str) -> None:
    once = repaired(text)
    assert repaired(once) == once


def test_a_reading_repaired_at_one_place_is_decided_by_its_neighbours_at_the_others() -> None:
    # 'ane' twice: the edition's pairs repair 'one ane one' to 'are'; written once after
    # that, 'who ane one' is 'are' or 'one', which the neighbours decide ('who are' 15
    # times, 'who one' 3) now, as a second cleaning would
    are = "Those who are here are well. " * 12 + "They are ill and we are not. Who are ill? " * 3
    text = are + "the day came and a man said so. " * 25 + "who " * 18 + "one who one, one who ane one who one ane one "
    once = _settled(text)
    assert once.endswith("one who are one who one are one ")


def test_a_suggestion_into_a_reading_the_pass_splits_is_weighed_as_a_lost_space() -> None:
    # 'somay' was suggested as 'somany', a word the witness writes, but only as two words
    # run together that the same pass splits: a second cleaning split 'somay' instead
    text = "There were so many of them that day. And somany came to him.\n\nAnd somay you go, as soon as you see it.\n"
    once = _settled(text)
    assert once.endswith("And so may you go, as soon as you see it.\n")


def test_a_dialect_spelling_repaired_on_context_at_one_place_is_decided_at_the_others_on_the_repaired_count() -> None:
    # 'thot' twice is the witness's own until the context rule repairs 'thot is' ('that is'
    # thirty times): written once, it is a dialect's spelling of 'that' that the witness's
    # closed bowls (sevoral, vorieties) and 'knew that' beside the other place repair, as a
    # second cleaning did ('thot' was held from _on_repaired_counts as a dialect's spelling)
    body = " ".join(["That is the house we saw, and that is the garden where the people walked."] * 30)
    text = (body + " There were sevoral vorieties of hobitation in the porticular country. "
            "He knew that, but thot is not so. They knew thot well.\n")
    once = _settled(text)
    assert once.endswith("He knew that, but that is not so. They knew that well.\n")


def test_a_pair_is_decided_on_the_counts_the_joins_of_the_pass_leave() -> None:
    # 'ed' twice is no fragment until 'repli ed' is joined ('replied' three times): then
    # 'treat ed' is 'treated', 'ed' written nowhere else, as a second cleaning found
    text = ("He replied to them, and they replied to him, and he replied again. "
            "And people have treat ed him just as they pleased. And Jesus repli ed to them.\n")
    once = _settled(text)
    assert "have treated him" in once and "Jesus replied" in once


def test_a_habit_s_reading_is_decided_at_its_other_places_on_the_pairs_its_repairs_leave() -> None:
    # the OCR reads 'li' for 'h' ('tlie', 'tliey'); 'lie' twice, both after 'that': 'that lie
    # had' is 'he had', which leaves 'that lie' written once, and 'that he' fifteen times then
    # repairs 'that lie would' too, as a second cleaning did (djvu sim, mark-oeb 3)
    body = " ".join(["He said that he had seen it, and he knew the way."] * 15)
    text = (body + " Then tlie man came to tlie house whicli was tliere, and tliey went in. I think he would go"
            " and he would stay. So to the charge that lie had a spirit he said nothing. She swore that lie would"
            " give her the rest.\n")
    once = _settled(text)
    assert "that he had a spirit" in once and "that he would give" in once


def test_a_lone_one_before_a_reading_that_loses_its_space_is_judged_by_its_first_word() -> None:
    # 'willnever' splits in this pass: a second pass reads '1 will', which the edition
    # writes as 'I will' often enough to make the '1' the pronoun
    raw = ("I will go. I will see. I will come. I will say it. I will never know. " * 3
           + "I tell you that 1 willnever again drink of it, for he said so.\n")
    assert "that I will never again" in _settled(raw)


def test_a_repaired_word_and_the_piece_beside_it_are_joined_in_the_same_pass() -> None:
    # 'pouI' is repaired 'poul', a fragment of 'poultry' the witness writes: a second pass
    # would join 'poul try'
    raw = ("The breeds of poultry are many, and poultry-shows are held. Mr. Blyth thinks that all "
           "the breeds of pouI try have proceeded from the common wild Indian fowl.\n")
    assert "breeds of poultry have proceeded" in _settled(raw)


def test_a_letter_put_back_is_decided_without_the_rival_the_pass_repairs() -> None:
    # 'nrsed' is 'nursed' (a word the witness writes) with a letter lost, held back only by
    # 'cnrsed', one letter longer: a misread 'cursed' the same pass repairs
    text = ("A child whom she had nursed from its birth. The cursed day came. He cursed them all. "
            "They cursed the town. We cursed the cold. She cursed her fate.\n\n"
            "Her attendant fell ill. She nrsed her with the most devoted affection.\n\n"
            "In the rage of my heart, I cnrsed him.\n")
    once = _settled(text)
    assert "She nursed her" in once and "I cursed him" in once
