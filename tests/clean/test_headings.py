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
