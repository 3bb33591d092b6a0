"""Filter 5: the shapes proofreaders list — a capital shaped like its small letter, m and ni or in, l and i, 1 for t."""

from __future__ import annotations

import pytest

from variorum.clean.misread.letters import _small_shaped_capitals

from tests.clean.edits import changes

# a witness that writes everyday words as books do
_PROSE = "It was the time of the year when we walked in the garden and talked of many things with my family. " * 3


def _alone(reading: str) -> list[tuple[str, str, str, bool]]:
    return changes(f"{_PROSE}Then {reading} came near us. {_PROSE}")


# --------------------------------------------------------------------------- capitals among small letters

@pytest.mark.parametrize("reading, word", [
    ("waS", "was"), ("eaCh", "each"), ("hiS", "his"), ("tO", "to"), ("YOu", "You"), ("bUt", "but"),
    ("aSsured", "assured"), ("labourerS", "labourers"), ("siZe", "size"), ("pasSions", "passions"),
])
def test_a_capital_with_its_small_letter_s_shape_among_small_letters_is_lowered(reading: str, word: str) -> None:
    assert _alone(reading) == [(reading, word, "misread-letters", True)]


@pytest.mark.parametrize("reading", [
    "McCarthy", "McCoy", "LaSalle", "DeSoto", "DiCaprio",  # a name's inner capital: no everyday word
    "iOS", "MacOS",  # an acronym's capitals stand together
    "kWh",  # a unit: no vowel, no word one can say
    "setUp", "getValue", "eCommerce", "iPhone", "MacDonald",  # code's camelCase, a brand's
    "xCi", "PardOn",
    "diCaprio", "laCroix", "reCount",  # a name's particle before its capital: the lowered word no everyday one
])
def test_names_code_units_and_numerals_keep_their_capitals(reading: str) -> None:
    assert _alone(reading) == []


@pytest.mark.parametrize("reading, word", [("inSight", "insight"), ("reMarkable", "remarkable"), ("beCame", "became")])
def test_a_capital_opening_a_word_after_a_word_or_prefix_of_two_letters_is_only_suggested(
        reading: str, word: str) -> None:
    # (a brand's or a name's inner capital stands there, 'inSight', as often as the OCR's
    # tall letter: even where the witness writes the word in small letters three times)
    text = f"{_PROSE}The company {reading} made it. {_PROSE}" + f"We spoke of {word} and more. " * 3
    assert changes(text) == [(reading, word, "misread-letters", False)]


@pytest.mark.parametrize("reading", ["inSight", "reMarkable"])
def test_a_brand_s_mixed_case_written_twice_is_kept(reading: str) -> None:
    text = f"{_PROSE}The company {reading} made it, and {reading} sold it. {_PROSE}" \
        + f"We spoke of {reading.lower()} and more. " * 3
    assert changes(text) == []


def test_a_mixed_case_word_the_edition_writes_twice_is_its_own() -> None:
    assert changes(f"{_PROSE}the hiS stays and hiS again. {_PROSE}") == []


@pytest.mark.parametrize("token, lowered", [
    ("beCame", "became"), ("YOu", "You"), ("iOS", ""), ("McDonald", ""), ("word", ""), ("WORD", ""),
    ("Word", ""), ("a\u01c5b", ""),
])
def test_small_shaped_capitals_lowers_only_lone_capitals_of_the_small_letters_shape(token: str, lowered: str) -> None:
    assert _small_shaped_capitals(token) == lowered


# --------------------------------------------------------------------------- m and ni or in, l and i

@pytest.mark.parametrize("reading, word", [
    ("niy", "my"), ("niany", "many"), ("reniain", "remain"), ("eniployed", "employed"),
    ("buddmg", "budding"), ("thmgs", "things"), ("vmegar", "vinegar"), ("hyacmth", "hyacinth"),
    ("iiberty", "liberty"), ("famiiy", "family"), ("wouid", "would"), ("iarge", "large"), ("truiy", "truly"),
])
def test_m_read_as_ni_in_read_as_m_and_l_read_as_i_are_put_right(reading: str, word: str) -> None:
    assert _alone(reading) == [(reading, word, "misread-letters", True)]


# --------------------------------------------------------------------------- 1 read for t

@pytest.mark.parametrize("reading, word", [("wi1h", "with"), ("1o", "to"), ("1he", "the"), ("1reasure", "treasure")])
def test_1_read_for_t_among_small_letters_is_put_right(reading: str, word: str) -> None:
    assert _alone(reading) == [(reading, word, "misread-digit", True)]


def test_1_read_for_t_again_and_again_is_put_right_where_the_witness_writes_the_word_far_more() -> None:
    # (a worn t the press repeats: the reading written twice is no code the witness uses)
    text = f"{_PROSE}He came wi1h us to 1he gate. {_PROSE}She went wi1h them to 1he door. {_PROSE}"
    assert changes(text) == [(r, w, "misread-digit", True) for r, w in
                             [("wi1h", "with"), ("1he", "the"), ("wi1h", "with"), ("1he", "the")]]


def test_a_code_with_1_the_witness_repeats_stays() -> None:
    assert _alone("the a1 road. The a1 road is long. On the a1 road we") == []


def test_1_is_read_for_l_before_t_where_both_make_a_word() -> None:
    # (1 for t is the rarer confusion: a further step, so 'look' beats 'took')
    assert _alone("1ook") == [("1ook", "look", "misread-digit", True)]


# --------------------------------------------------------------------------- a speck read as a letter or a mark

@pytest.mark.parametrize("reading, word", [
    ("aInd", "and"), ("clIoud", "cloud"), ("commanIded", "commanded"), ("sIhrieked", "shrieked"),
    ("alnd", "and"), ("wias", "was"), ("rloom", "room"), ("puit", "put"),
    ("instru'ctions", "instructions"), ("o'ccurred", "occurred"), ("th'e", "the"), ("sel'ection", "selection"),
])
def test_a_speck_read_as_a_thin_letter_or_an_apostrophe_inside_a_word_is_dropped(reading: str, word: str) -> None:
    assert _alone(reading) == [(reading, word, "misread-letters", True)]


@pytest.mark.parametrize("reading", ["don't", "o'er", "ne'er", "hour's", "hunter's", "Clerval's", "sat'st",
                                     "McIntosh", "McIlroy"])
def test_contractions_possessives_elisions_and_names_keep_their_marks(reading: str) -> None:
    assert _alone(reading) == []


# --------------------------------------------------------------------------- r read as i, s as e, a as s

@pytest.mark.parametrize("reading, word", [
    ("peimitted", "permitted"), ("mongiel", "mongrel"), ("perhape", "perhaps"), ("prieon", "prison"),
    ("inecription", "inscription"), ("thst", "that"), ("vslley", "valley"), ("immedistely", "immediately"),
])
def test_r_read_as_i_s_as_e_and_a_as_s_in_a_reading_no_lexicon_knows_are_put_right(reading: str, word: str) -> None:
    assert _alone(reading) == [(reading, word, "misread-letters", True)]


@pytest.mark.parametrize("reading, word", [
    ("aervant", "servant"), ("perhapa", "perhaps"), ("amall", "small"), ("varietiea", "varieties"),
    ("thia", "this"), ("aaid", "said"),
])
def test_s_read_as_a_its_curves_run_into_a_bowl_is_put_right(reading: str, word: str) -> None:
    # (in a reading no lexicon knows, or knows only at the level of its own OCR noise)
    assert _alone(reading) == [(reading, word, "misread-letters", True)]


def test_s_read_as_a_repairs_a_long_unknown_reading_only_into_an_everyday_word() -> None:
    # (a misspelt 'aheared' is one a from the rare 'sheared' by chance: a is the commonest vowel)
    assert _alone("aheared") == []


def test_one_of_two_letters_alike_taken_out_outweighs_a_faint_stroke_into_a_rarer_word() -> None:
    # ('peoplee': 'people', not 'peoples' by e read for s)
    assert _alone("peoplee") == [("peoplee", "people", "misread-doubled", True)]


def test_a_faint_stroke_spellings_make_too_in_a_word_one_can_say_is_a_dialect_s_spelling() -> None:
    # (the Scots 'wae', Zipf 2, at the level of OCR noise as 'thst' is; 'was' is written
    # beside neither of its neighbours)
    assert _alone("wae") == [("wae", "was", "misread-letters", False)]


def test_r_read_as_i_where_the_i_taken_out_makes_a_commoner_word_is_a_suggestion() -> None:
    # (the Scots 'faither': 'father' with an i, or 'farther' with r read as i)
    assert _alone("faither") == [("faither", "farther", "misread-letters", False)]


def test_j_read_for_i_a_speck_below_its_stem_is_repaired_in_a_reading_no_lexicon_knows():
    from tests.clean.edits import changes
    prose = "It is said which of his friends came, and which of them failed. " * 3
    assert changes(prose + "He knew whjch way hjs friend went.") == [
        ("whjch", "which", "misread-strokes", True), ("hjs", "his", "misread-strokes", True)]
    # (a word with j the lexicon knows stays: 'jest', 'jam')
    assert changes(prose + "He said it in jest, and ate the jam.") == []


@pytest.mark.parametrize("reading, word", [
    ("diSciples", "disciples"), ("pOultry", "poultry"), ("doubtfUlly", "doubtfully"),
])
def test_a_name_like_capital_among_small_letters_is_lowered_where_the_witness_writes_the_word(
        reading: str, word: str) -> None:
    # (the lowered word written elsewhere by the witness: no name's inner capital has one)
    text = f"{_PROSE}Then {reading} came near us. {_PROSE}We spoke of {word.lower()} and more."
    assert changes(text) == [(reading, word, "misread-letters", True)]


@pytest.mark.parametrize("reading, word", [("PardOn", "pardon"), ("TeX", "tex")])
def test_a_capitalised_reading_is_not_lowered_on_the_witness_s_small_letter_word_alone(reading: str, word: str) -> None:
    # (a capitalised word with a capital inside is a name's or a brand's as often as the
    # OCR's: 'TeX' beside file names in '.tex'; only an everyday word, COMMON + 1, lowers it)
    text = f"{_PROSE}Then {reading} came near us. {_PROSE}We spoke of {word} and more."
    assert changes(text) == []


@pytest.mark.parametrize("reading, word", [("wiTh", "with"), ("parT", "part"), ("aT", "at"), ("tHe", "the")])
def test_a_capital_of_another_shape_inside_a_word_the_witness_writes_in_small_letters_is_lowered(
        reading: str, word: str) -> None:
    # (the word written in small letters three times: no name's particle, code or brand)
    text = f"{_PROSE}Then {reading} came near us. {_PROSE}" + "We sat at the part we knew. " * 3
    assert changes(text) == [(reading, word, "misread-letters", True)]


@pytest.mark.parametrize("reading", ["setUp", "eCommerce", "getX", "diCaprio", "iPhone", "mRNA", "garDeN"])
def test_a_capital_of_another_shape_stays_without_the_witness_s_word_in_small_letters(reading: str) -> None:
    # (camelCase, a brand, a name's particle, an acronym; two capitals inside a word)
    assert _alone(reading) == []
