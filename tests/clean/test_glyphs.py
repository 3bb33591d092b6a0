"""Stray glyphs: a lone speck between two words removed, punctuation the text uses kept."""

from __future__ import annotations

from variorum.clean import CleanContext
from variorum.clean.glyphs import remove_stray_glyphs


def removed(text: str) -> list[str]:
    """What the filter removes from ``text``, in order."""
    return [text[e.start:e.end] for e in remove_stray_glyphs(text, CleanContext("W", "text"))]


def test_a_lone_glyph_between_words_goes_and_signs_between_numbers_stay() -> None:
    text = "An important ~ non-governmental actor, and ¬ others; but x ~ 5 and a - b & c stay.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    # the glyph and the space before it: one space is left between the words
    assert [text[e.start:e.end] for e in edits] == [" ~", " ¬"]
    assert {(e.replacement, e.rule) for e in edits} == {("", "stray-glyph")}


def test_degree_sign_and_underscore_specks_between_words_go() -> None:
    text = "far too unhappy ° to enjoy it, and the _ kingdom; but 45 ° north stays.\n"
    assert removed(text) == [" °", " _"]


def test_a_lone_full_stop_between_lower_case_words_goes() -> None:
    text = "a crowd . collected, so that they were . not able to eat.\n"
    assert removed(text) == [" .", " ."]


def test_a_spaced_stop_that_may_end_a_sentence_or_abbreviate_stays() -> None:
    # before a capital (a sentence end with a stray space), in a spaced-out abbreviation,
    # in an ellipsis set with spaces, after a one-letter word, before a digit
    text = "and so he said . The end; that is, i . e . the rest . . . and then a . b or page . 4.\n"
    assert removed(text) == []


def test_a_speck_in_a_justified_line_or_after_closing_punctuation_goes() -> None:
    text = "of  Tierra  ·  del Fuego; the greater condemnation. · And then “they” _ “went” on.\n"
    # the glyph and the spaces before it go: the spaces after it are left between the words
    assert removed(text) == ["  ·", " ·", " _"]


def test_a_glyph_before_a_number_or_after_a_lone_sign_stays() -> None:
    text = "it cost 5 ~ 6 pence, and & · so on; and — _ here.\n"
    assert removed(text) == []


def test_a_lone_stop_after_a_comma_or_before_a_one_letter_word_goes() -> None:
    text = "any slight deviations of structure, . in such case, and immediately . a cock crew.\n"
    assert removed(text) == [" .", " ."]


def test_a_speck_before_a_spaced_dash_goes() -> None:
    text = "so unlike all wild Canidæ ° — ever existed, and a - b.\n"
    assert removed(text) == [" °"]


def test_a_lone_straight_quote_with_no_quotation_near_it_goes() -> None:
    text = "As I sat, a ' train of reflection occurred to me; it's late.\n"
    assert removed(text) == [" '"]


def test_a_quote_set_apart_near_a_quotation_or_before_a_capital_stays() -> None:
    for text in ("He said 'go home ' and left.\n", "She wept ' Sweet niece.\n",
                 "the boys' caps and the girls ' coats.\n"):
        assert removed(text) == [], text


# --------------------------------------------------------------------------- the pattern

import re  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from variorum.clean import glyphs as glyphs_mod  # noqa: E402

# the pattern as first written, from the space before the glyph
_STRAY_FROM_THE_SPACE = re.compile(r"[ \t]([" + re.escape(glyphs_mod.STRAY_GLYPHS)
                                   + r".'])[ \t]+(?=[\"“‘(]?[^\W\d_]|[—–][ \t])")


@given(st.lists(st.sampled_from(["a", "B", "1", " ", "  ", "\t", "\n", ".", "'", "~", "•", "_", "“", "(", "—",
                                 "–"]), max_size=40).map("".join))
def test_stray_pattern_finds_what_it_found_from_the_space(text):
    def found(pattern):
        return [(m.start(1), m.end(), m.group(1)) for m in pattern.finditer(text)]
    assert found(glyphs_mod._STRAY_RE) == found(_STRAY_FROM_THE_SPACE)
