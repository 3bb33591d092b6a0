"""Headings: numbered and short titles marked, their wording kept."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text


def _rules(raw: str, fmt: str = "text"):
    result = clean_text(raw, CleanContext("W", fmt))
    return result, {(e.rule, e.status) for e in result.emendations}


def test_heading_emendations_keep_the_wording() -> None:
    result, rules = _rules("The abstract ends.\n 1.Introduction\n\nThe text begins.\n")
    assert "# 1.Introduction" in result.text
    assert ("heading-number-space", "suggested") in rules


def test_a_division_with_its_period_read_apart_is_a_heading_in_the_first_cleaning() -> None:
    # the stray-glyph filter closes up 'II .' after this filter has run: a heading the
    # second cleaning would find must be found by the first
    raw = "The night was long and we did not sleep.\n\n  CHAPTER II .\n\nThe next day was fine.\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert "# CHAPTER II." in result.text
    again = clean_text(result.text, CleanContext("W", "markdown"))
    assert again.text == result.text


def test_a_long_sentence_case_line_with_a_finite_verb_is_no_heading() -> None:
    # a sentence whose end the OCR lost, before a quotation: sentence case, a subject's
    # verb, more words than a short title has
    raw = ("The old man had lived in the valley for many years and knew every path\n\n"
           "\"I shall go,\" he said, \"when the snow melts.\"\n\nAnd so he did.\n")
    result, rules = _rules(raw)
    assert ("heading", "applied") not in rules
    assert result.text.startswith("The old man had lived")


def test_a_long_sentence_case_title_without_a_verb_stays_a_heading() -> None:
    raw = ("The section before ends here.\n\n"
           "Existing views on the practicality of cooperation between the member states\n\n"
           "\"Cooperation,\" the report says, \"is slow.\"\n")
    result, _ = _rules(raw)
    assert "# Existing views" in result.text
