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
