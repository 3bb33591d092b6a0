"""Filter 5, spaces lost and read inside a line: the witness's own pairs decide, an author's compound stays."""

from __future__ import annotations

from itertools import compress

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.clean.edits import changes, ctx, repaired
from variorum.clean.lexicon import zipf_table
from variorum.clean.misread import repair_misreadings
from variorum.clean.misread.spaces import (_alone, _joinable_pairs, _JoinsInto, _known_words, _known_words_to_extend,
                                           _unknown_once)
from variorum.clean.misread.vocabulary import Vocabulary


# --------------------------------------------------------------------------- the lexicon's noise

def test_a_reading_at_the_lexicon_s_noise_splits_where_the_witness_writes_the_words_apart_three_times() -> None:
    # wordfreq counts 'tobe' (OCR'd and typed text) ten thousand times below 'be'
    apart = "It was to be done, and it had to be so, for all was to be new. "
    assert repaired(apart + "He ought tobe there.\n") == apart + "He ought to be there.\n"
    # twice apart is not enough, nor three times beside a reading written twice
    twice = "It was to be done, and it had to be so. "
    assert repaired(twice + "He ought tobe there.\n") == twice + "He ought tobe there.\n"
    text = apart + "He ought tobe there, tobe sure.\n"
    assert repaired(text) == text


def test_where_there_and_here_with_a_preposition_keep_the_twenty_to_one() -> None:
    # 'whereto' is a word, and 'where to' a phrase an author writes often
    text = "He knew not where to go, nor where to turn, nor where to rest. The end whereto he came.\n"
    assert repaired(text) == text


@pytest.mark.parametrize("reading, pair", [("Iwas", "I was"), ("anda", "and a")])
def test_a_one_letter_word_splits_off_a_reading_at_the_lexicon_s_noise_on_the_witness_s_pairs(
        reading: str, pair: str) -> None:
    apart = f"So {pair} man came. So {pair} man went. So {pair} man stayed. "
    assert repaired(apart + f"Then {reading} there.\n") == apart + f"Then {pair} there.\n"


def test_two_splits_as_good_are_chosen_by_the_witness_s_pairs() -> None:
    # 'athis': 'a this' or 'at his'; the witness writes 'at his' and never 'a this'
    apart = "He sat at his desk. She looked at his face. They laughed at his words. "
    assert repaired(apart + "He wept athis door.\n") == apart + "He wept at his door.\n"
    assert [c[3] for c in changes("He wept athis door.\n") if c[2] == "misread-space-lost"] == [False]


def test_two_of_the_commonest_words_at_the_lexicon_s_noise_split_where_the_witness_writes_them_apart_once() -> None:
    # 'itwill', 'notso': wordfreq has them only as noise, and a compound of two words that
    # common would be one it knows
    apart = "He said it will rain, and it was not so. "
    assert repaired(apart + "But itwill pass, and notso soon.\n") == apart + "But it will pass, and not so soon.\n"
    # written apart nowhere, the three times of the lexicon's noise still hold
    assert repaired("But itwill pass.\n") == "But itwill pass.\n"


def test_a_repair_into_two_words_run_together_puts_the_space_back_at_once() -> None:
    # 'mayriot' read 'maynot' (ri for n), the lexicon's noise: split now, or a second pass would
    text = ("The man said that you may not go into the town today, for the rain is heavy. "
            "But tomorrow you mayriot come back to the house.\n")
    once = repaired(text)
    assert "you may not come back" in once
    assert repaired(once) == once


# --------------------------------------------------------------------------- two words run together

def test_two_everyday_words_run_together_split_where_the_witness_writes_them_apart() -> None:
    text = "They gathered around him. " + "The crowd gatheredaround the door.\n"
    assert repaired(text).endswith("The crowd gathered around the door.\n")


def test_two_of_the_commonest_words_run_together_split_even_written_apart_nowhere() -> None:
    # a compound of two words that common would be one the lexicon knows
    assert repaired("There was no room for them evenaround the door.\n") == \
        "There was no room for them even around the door.\n"
    # a word of two letters only where it is one of the commonest and the witness writes it
    text = "He went up that way and up the other way. He made his wayup the hill.\n"
    assert repaired(text) == "He went up that way and up the other way. He made his way up the hill.\n"


def test_two_everyday_words_run_together_and_written_apart_nowhere_are_a_suggestion() -> None:
    # an author's compound ('turnspit', 'schoolfellow') is two everyday words as well
    for text in ("Pilate had him gatheredaround the door.\n", "It has been so with the turnspit dog.\n",
                 "Your favourite schoolfellow came.\n"):
        assert [c[3] for c in changes(text) if c[2] == "misread-space-lost"] == [False]


#: a witness whose OCR lost a space in five readings, each split on evidence of its own
_LOSSY = ("Then thecity was quiet andmountains rose. He saw hisfriends there, and theriver ran "
          "past thegarden into thevalley below. ")


@pytest.mark.parametrize("reading, pair", [("bystanderssaid", "bystanders said"),
                                           ("quicklyperceived", "quickly perceived"),
                                           ("happinessseldom", "happiness seldom")])
def test_an_inflected_or_derived_word_run_into_an_everyday_word_splits_on_the_ocr_s_habit(
        reading: str, pair: str) -> None:
    # an author's closed compound opens with a bare stem, not a plural or an adverb
    assert repaired(_LOSSY + f"The {reading} came.\n").endswith(f"below. The {pair} came.\n")
    # in a witness that does not lose spaces, a suggestion still
    assert [c[3] for c in changes(f"The {reading} came.\n") if c[2] == "misread-space-lost"] == [False]


@pytest.mark.parametrize("text", ["Your favourite schoolfellow came.\n", "The locustsand honey were there.\n",
                                  "The dreams-presented and the dreamspresented.\n"])
def test_a_compound_or_a_reading_split_two_ways_stays_a_suggestion_on_the_ocr_s_habit(text: str) -> None:
    # a bare stem opens a compound ('schoolfellow'); 'locusts and' or 'locust sand'; a hyphen
    assert [c[3] for c in changes(_LOSSY + text) if c[2] == "misread-space-lost"][-1:] == [False]


@pytest.mark.parametrize("reading, pair", [("Asuitable", "A suitable"), ("Forwhat", "For what")])
def test_a_capitalised_reading_no_lexicon_knows_splits_at_a_sentence_s_opening_on_the_ocr_s_habit(
        reading: str, pair: str) -> None:
    assert repaired(_LOSSY + f"It came. {reading} day was near.\n").endswith(f"It came. {pair} day was near.\n")
    # mid-sentence it is a name; in a witness that does not lose spaces, not applied
    text = _LOSSY + f"Then Mr. {reading} came.\n"
    assert repaired(text).endswith(f"Then Mr. {reading} came.\n")
    assert repaired(f"It came. {reading} day was near.\n") == f"It came. {reading} day was near.\n"


@pytest.mark.parametrize("reading, pair", [("brither", "brit her"), ("yeere", "ye ere"), ("ofbeak", "of beak")])
def test_a_function_word_and_a_short_rare_word_written_nowhere_are_a_suggestion(reading: str, pair: str) -> None:
    # a dialect word or an old spelling no lexicon has reads as two words as readily as an
    # OCR's lost space: the author's word stays unless the witness writes the two apart
    text = f"His {reading} was there.\n"
    assert [c[3] for c in changes(text) if c[2] == "misread-space-lost"] == [False]
    apart = f"So {pair} came. So {pair} went. So {pair} stayed. "
    assert repaired(apart + text) == apart + f"His {pair} was there.\n"


def test_a_compound_the_witness_writes_with_a_hyphen_is_no_lost_space() -> None:
    text = "The parent-species and the parent species; several parentspecies.\n"
    assert [c[3] for c in changes(text) if c[2] == "misread-space-lost"] == [False]


def test_a_word_the_witness_writes_without_its_ending_is_no_lost_space() -> None:
    text = "A frozenset is hashable; frozensets are sets. He cleanseth the cup and will cleanse it.\n"
    assert [c for c in changes(text) if c[2] == "misread-space-lost"] == []


@pytest.mark.parametrize("reading, pair", [("inheaven", "in heaven"), ("acquaintedwith", "acquainted with")])
def test_a_function_word_that_may_be_an_affix_splits_off_where_the_witness_writes_the_two_apart(
        reading: str, pair: str) -> None:
    text = f"He was {pair} them. And so {reading} too.\n"
    assert repaired(text) == f"He was {pair} them. And so {pair} too.\n"
    # nowhere apart, the glue may be a word of its own, as 'bedim' and 'resistless' are: at
    # most a suggestion (a function word before a long everyday word: the OCR's habit may decide)
    assert [c[3] for c in changes(f"And so {reading} too.\n") if c[2] == "misread-space-lost"] in ([], [False])


def test_a_capitalised_reading_splits_as_a_name_would_only_at_a_sentence_s_opening() -> None:
    apart = "It was a great day, a great feast and a great joy. "
    assert repaired(apart + "Agreat crowd came.\n") == apart + "A great crowd came.\n"
    # mid-sentence a capitalised reading is a name ('Forman'), whatever the witness's pairs
    apart = "All was made for man, the sabbath for man, the earth for man. "
    text = apart + "Then Mr. Forman came.\n"
    assert repaired(text) == text


# --------------------------------------------------------------------------- a space read inside a word

@pytest.mark.parametrize("split, whole", [("des cend", "descend"), ("av enge", "avenge"), ("wa yside", "wayside")])
def test_a_space_inside_a_word_whose_piece_is_no_word_joins(split: str, whole: str) -> None:
    assert repaired(f"They would {split} by the way.\n") == f"They would {whole} by the way.\n"


def test_two_words_whose_whole_is_rare_or_both_words_stay_apart() -> None:
    # 'forsooth' is rarer than RARE_WORD; 'sooth' and 'ere' are words the witness writes
    for text in ("He said, for sooth, that it was so.\n", "They came in sooth and left ere long.\n"):
        assert repaired(text) == text


def test_a_capitalised_first_piece_joins_as_a_small_letter_one_would() -> None:
    assert repaired("The Pi geon is a bird.\n") == "The Pigeon is a bird.\n"
    # two words, the whole a name rarer than either: 'Mar shall', 'New ton'
    for text in ("The Mar shall come.\n", "The New ton of coal.\n"):
        assert repaired(text) == text


def test_a_capital_split_off_its_word_joins_where_the_witness_writes_the_word() -> None:
    base = "Jesus came. " * 25
    assert repaired(base + "And J esus rose.\n") == base + "And Jesus rose.\n"
    # 'A' and 'I' are words; a capital before a word it makes no word with stays
    for text in ("Then A men came.\n", "He saw J and the rest.\n", "Then O ye men.\n", "The X rays came.\n"):
        assert repaired(base + text) == base + text


def test_a_capitalised_piece_inside_a_sentence_joins_only_as_a_fragment_s() -> None:
    # 'Ab' inside a sentence is a name's (or an initial), though 'about' is commoner than 'out'
    assert repaired("Then Ab out of the house ran.\n") == "Then Ab out of the house ran.\n"
    assert repaired("Ab out of the house he ran.\n") == "About of the house he ran.\n"


@pytest.mark.parametrize("title", ["Mr.", "Mrs.", "Dr.", "St.", "Prof.", "J."])
def test_a_capitalised_piece_after_an_abbreviation_s_stop_is_inside_a_sentence(title: str) -> None:
    # (a title's or an initial's stop ends no sentence: variorum.abbreviations, as the collation reads it)
    text = f"Then {title} Ab out of the house ran.\n"
    assert repaired(text) == text
    # (a sentence's stop does)
    assert repaired("It was late. Ab out of the house he ran.\n") == "It was late. About of the house he ran.\n"


def test_a_piece_alone_is_written_once_here_and_by_no_other_witness_in_any_case() -> None:
    vocab = Vocabulary.build("The Pi geon is a bird.", ["The pi of a circle."])
    assert _alone("Pi", "geon", vocab) == ["geon"]
    assert _alone("Pi", "geon", Vocabulary.build("The Pi geon is a bird.", [])) == ["Pi", "geon"]


def test_a_word_run_on_after_a_possessive_or_before_a_capital_splits() -> None:
    text = "He was David’sson, the man’sears heard it, on the fifth ofDecember at the Mount ofOlives.\n"
    assert repaired(text) == ("He was David’s son, the man’s ears heard it, on the fifth ofDecember "
                              "at the Mount ofOlives.\n")
    # before a capital only where the witness writes the two words apart: else a suggestion
    apart = "In the first of December they came to the Mount of Olives.\n"
    assert repaired(apart + text) == apart + ("He was David’s son, the man’s ears heard it, on the fifth of "
                                              "December at the Mount of Olives.\n")
    # a name, an identifier repeated or written as code stays
    for text in ("He bought an iPhone from McDonald.\n", "Call isDigit, and isDigit again.\n",
                 "Call x.toString() now.\n", "Call toString() now.\n"):
        assert repaired(text) == text


def test_a_piece_of_a_letter_or_two_written_nowhere_else_joins_into_an_everyday_word() -> None:
    assert repaired("It was sh own to them, and they went ab out.\n") == "It was shown to them, and they went about.\n"
    # 'ye' written once beside 'a' is no 'yea'; an everyday word of two letters stays
    for text in ("Have ye a fish?\n", "He is in to the end.\n"):
        assert repaired(text) == text


def test_a_function_word_written_once_in_a_short_text_is_no_fragment() -> None:
    for text in ("Of course, your program may be used.\n", "Oh me, he is in it.\n"):
        assert repaired(text) == text


def test_a_rival_split_the_witness_writes_more_often_is_suggested_with_its_own_evidence() -> None:
    # 'at his' once, 'a this' never: too few to apply, but the suggestion and its record
    # both name 'at his'
    text = "He sat at his desk. He wept athis door.\n"
    edits = [e for e in repair_misreadings(text, ctx()) if e.rule == "misread-space-lost"]
    assert [(e.start, e.applied) for e in edits] == [(text.index("athis") + 2, False)]
    assert edits[0].evidence.startswith("reading ") and "'at' and 'his' are words" in edits[0].evidence
    assert "as well 'a this'" in edits[0].evidence


# --------------------------------------------------------------------------- this round's lost spaces

@pytest.mark.parametrize("reading, pair", [("plantsup", "plants up"), ("appearedso", "appeared so"),
                                           ("busiedmyself", "busied myself"), ("sittingdown", "sitting down")])
def test_an_inflected_form_run_into_a_particle_or_pronoun_splits(reading: str, pair: str) -> None:
    # English builds no word with an inflection inside it; no pair evidence is needed (a
    # particle of two letters splits off only where the witness writes it: 'He went up')
    before = "He went up and up. "
    assert repaired(f"{before}Then the man {reading} again.\n") == f"{before}Then the man {pair} again.\n"


def test_an_ending_that_builds_words_after_an_inflected_form_is_no_particle() -> None:
    # 'feelingless' may be an author's word: 'less' builds words after any form
    assert [c for c in changes("His feelingless heart.\n") if c[3]] == []


@pytest.mark.parametrize("reading, pair", [("Iabstained", "I abstained"), ("isunquenchable", "is unquenchable")])
def test_a_function_word_run_into_a_long_word_of_the_lexicon_splits(reading: str, pair: str) -> None:
    assert repaired(f"And so {reading} by night.\n") == f"And so {pair} by night.\n"


def test_a_rare_short_piece_before_a_function_word_is_no_word_run_on() -> None:
    # 'signific' is known to the lexicon only rarely: 'significand' is a word of its own
    text = "The exponent is taken from the significand, and the rest.\n"
    assert [c for c in changes(text) if c[2] == "misread-space-lost" and c[3]] == []


@pytest.mark.parametrize("split, whole", [("sit ting", "sitting"), ("wo man", "woman")])
def test_a_piece_written_nowhere_else_joins_into_a_word_the_witness_writes(split: str, whole: str) -> None:
    written = f"The {whole} came. A {whole} went. The {whole} stayed. "
    assert repaired(written + f"Then the {split} there.\n") == written + f"Then the {whole} there.\n"


def test_a_word_the_witness_writes_joins_its_pieces_in_that_witness_only() -> None:
    # 'Bethsaida' is no word of the lexicon's RARE_WORD or more: the witness's three make it
    # one for its own pass (added to a set made once and taken out after), not the next's
    text = "They came to Bethsaida. In Bethsaida they stayed. From Bethsaida they went, and near Bet hsaida there.\n"
    assert repaired(text).endswith("near Bethsaida there.\n")
    assert _known_words_to_extend("en") == _known_words("en")
    text = "They went near Bet hsaida there. Then they came home.\n"
    assert repaired(text) == text


def test_a_piece_of_three_letters_or_more_stays_a_word_whatever_the_witness_writes() -> None:
    for text in ("He said indeed. It was indeed so, indeed. I, not in deed, but in effect.\n",
                 "The kingdom was wide, the kingdom fell, the kingdom rose; the king dom.\n"):
        assert repaired(text) == text


def test_a_fragment_that_is_a_misread_function_word_the_witness_writes_stays() -> None:
    # 'al though': 'although', or 'at though' misread where the witness writes that
    text = "Although it rained, although late, although cold, he looked at though as at a word; al though.\n"
    assert repaired(text) == text


def test_a_fragment_written_here_only_joins_even_beside_a_word_the_witness_writes_often() -> None:
    text = "Go out. Come out. Look out. Get out. Run out about it. Sit about. Those who sat ab out him.\n"
    assert repaired(text).endswith("Those who sat about him.\n")


def test_a_stop_glued_before_the_article_a_gets_its_space() -> None:
    assert repaired("They might ask for.A man called Barabbas.\n") == \
        "They might ask for. A man called Barabbas.\n"


def test_a_fragment_a_confusion_makes_of_a_function_word_joins_where_the_witness_writes_no_such_pair() -> None:
    assert repaired("In this respect en closure of the land plays a part.\n") == \
        "In this respect enclosure of the land plays a part.\n"
    # 'ot her' may be 'of her', which this witness writes
    text = "The door of her house was open; the door ot her house was shut.\n"
    assert repaired(text) == text


def test_a_split_into_two_words_is_only_suggested_where_a_thin_letter_lost_makes_one_word():
    # 'amost' is 'a most' or 'almost' with its l lost: one misreading, not two words
    text = "He was almost there, almost home, almost happy. " * 2 + "She was a most kind woman. It was amost done."
    assert [c for c in changes(text) if c[2] == "misread-space-lost"] == [("", " ", "misread-space-lost", False)]
    assert repaired(text).endswith("It was amost done.")


# --------------------------------------------------------------------------- two roads, one answer

_PIECES = ["in", "to", "be", "came", "Be", "In", "poul", "try", "wo", "man", "sit", "ting", "the", "There", "fore",
           "Beth", "saida", "door", "sill", "Xq", "zzt", "qo", "s"]
# a witness that writes some words three times or more ('Bethsaida', a word the lexicon has
# below RARE_WORD; 'zztqo', none), one twice ('doorsill', as rare), some once
_WITNESS = Vocabulary.build("poultry Bethsaida Bethsaida became zzt qo woman doorsill zztqo " * 2
                            + "into the sitting room; therefore xqzzt Bethsaida zztqo. " * 3 + "Then xqvvb.", ())


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", " ", " ", "\n", ", ", " (", ")."])),
                max_size=16).map(lambda pairs: "".join(w + sep for w, sep in pairs)))
@example("be came Beth saida door sill zzt qo in to poul try")  # (each kind of whole, once)
def test_a_few_words_ask_whether_each_whole_is_a_word_as_the_extended_lexicon_answers(text):
    # (_split_words: a text of fewer words than the witness writes asks each pair's whole;
    # a longer one adds the witness's frequent words the lexicon knows to the lexicon's)
    known, joined = zipf_table("en"), set(_known_words_to_extend("en"))
    written = _WITNESS.own_exact
    frequent = list(compress(written, map((3).__le__, written.values())))
    extended = joined | set(compress(frequent, map(known.__contains__, map(str.lower, frequent))))
    assert _joinable_pairs(text, _JoinsInto(joined, known, written), capitalised=True) == \
        _joinable_pairs(text, extended, capitalised=True)


def test_the_unknown_words_written_once_among_a_few_are_those_of_the_witness() -> None:
    among = {"zzt", "qo", "xqzzt", "xqvvb", "woman", "poultry", "nowhere", "Xq", "Then"}
    assert _unknown_once(_WITNESS, among) == _unknown_once(_WITNESS) & among == {"xqvvb"}


def test_a_split_into_two_words_is_only_suggested_where_a_letter_shape_misread_makes_one_word():
    # 'inan' is 'in an' or 'man' with its m read as in: one misreading, not two words
    text = ("The man came in, a man of the town, and the man sat down. It was in an old house. "
            "In an hour he rose. She put it in an urn. He spoke of inan, and of God.\n")
    assert [c for c in changes(text) if c[2] == "misread-space-lost"] == [("", " ", "misread-space-lost", False)]
    assert repaired(text) == text


@pytest.mark.parametrize("after", [",", " of the birds", " on it"])
def test_an_article_split_off_a_reading_s_end_is_only_suggested_before_what_no_article_comes_before(
        after: str) -> None:
    # 'towna,' 'groupa of': a letter misread at the word's end, not 'town a' before a comma
    text = f"They went to every towna{after} and back.\n"
    assert [c for c in changes(text) if c[2] == "misread-space-lost"] == [("", " ", "misread-space-lost", False)]
    assert repaired(text) == text
    assert repaired("They went to every towna great way off.\n") == "They went to every town a great way off.\n"
