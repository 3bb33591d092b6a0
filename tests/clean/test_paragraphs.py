"""Paragraph rejoining: the evidence for a cut paragraph and its confidence."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.paragraphs import _rejoin_decision


def _rules(raw: str, fmt: str = "text"):
    result = clean_text(raw, CleanContext("W", fmt))
    return result, {(e.rule, e.status) for e in result.emendations}


def test_rejoin_evidence_in_order_of_strength() -> None:
    assert _rejoin_decision("He went to the", "market at once.")[0] >= 0.9
    assert _rejoin_decision("a word cut by the break con-", "Tact")[0] >= 0.9
    assert _rejoin_decision("It ended.", "The next began.") is None
    weak = _rejoin_decision("a long paragraph without a final stop (Smith, 2001)",
                            "The next paragraph begins with a capital and runs on.")
    assert weak is not None and weak[0] < 0.75


def test_uncertain_rejoin_is_a_suggestion_only() -> None:
    raw = ("The study went on for a long time in many places (Smith, 2001)\n\n"
           "The next paragraph starts here with a capital letter and goes on.\n")
    result, rules = _rules(raw)
    assert ("paragraph-rejoin", "suggested") in rules
    assert result.text == raw


def test_a_short_line_before_a_capital_is_a_paragraph_end_in_wrapped_text() -> None:
    body = "\n".join(["the quick brown fox jumps over the lazy"] * 24)
    raw = f"{body} dog.\n\nYour affectionate brother,\n\nR. WALTON.\n\n{body} dog.\n"
    result, _ = _rules(raw)
    assert "Your affectionate brother,\n\nR. WALTON." in result.text


def test_a_page_break_after_a_full_line_continues_the_paragraph() -> None:
    line = "the quick brown fox jumps over the lazy"  # 39 characters: the measure
    body = "\n".join([line] * 24)
    raw = f"{body}\nand it ran on until the dog woke up.\n\n\n\n Then it ran away from the\ndog.\n"
    raw = f"{body}\n{line}.\n\n\n\n Then it ran away from the\ndog.\n"
    result, rules = _rules(raw)
    assert ("paragraph-rejoin", "applied") in rules
    assert "lazy. Then it ran" in result.text
