"""Block structure: rejoin decisions and their confidence, bullets in context, headings, floats."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.blocks import (_BULLET_LINE_RE, _BULLET_RE, _ends_sentence, _more_words_than, _rejoin_decision,
                                   _starts_with_digit)


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


def test_bullets_need_a_list_around_them() -> None:
    lone, _ = _rules("Some text ends here.\n\no Dear me, said the owl.\n")
    assert "- Dear" not in lone.text
    listed, rules = _rules("Points:\n\no First point here;\n\no Second point.\n")
    assert listed.text == "Points:\n\n- First point here;\n\n- Second point.\n"
    assert ("bullet", "applied") in rules


def test_heading_emendations_keep_the_wording() -> None:
    result, rules = _rules("The abstract ends.\n 1.Introduction\n\nThe text begins.\n")
    assert "# 1.Introduction" in result.text
    assert ("heading-number-space", "suggested") in rules


def test_float_move_is_one_emendation_the_editor_can_reject() -> None:
    raw = ("Cooperation is desirable because it limits them. Governments may not be able\n\n"
           "Table 1. Powers\n\n\tA\tB\n1\tX\tY\n\nto agree on the terms.\n")
    moved = clean_text(raw, CleanContext("P", "markdown"))
    move = [e for e in moved.emendations if e.rule == "float-move"]
    assert len(move) == 1 and "Governments may not be able to agree on the terms.\n\nTable 1." in moved.text
    from variorum.clean.settings import ReviewSettings
    kept = clean_text(raw, CleanContext("P", "markdown", review=ReviewSettings(reject=[move[0].id])))
    assert "Governments may not be able\n\nTable 1." in kept.text


# the plain formulations the fast helpers of blocks.py must agree with
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "!", "?", ":", "…", '"', "'", "”", "’", ")", "]", "(",
                                 " ", "\n", "\t", "\xa0", "1", "٣", "²"]), max_size=12).map("".join),
       st.integers(-2, 9))
def test_fast_block_helpers_match_plain_formulations(s: str, n: int) -> None:
    assert _ends_sentence(s) == (re.search(r"[.!?:…][\"'”’)\]]*$", s.rstrip()) is not None)
    assert _more_words_than(s, n) == (len(s.split()) > n)
    assert _starts_with_digit(s) == (re.match(r"\d", " ".join(s.split())) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["o ", "e ", "» ", "- ", "Alpha", "x", " ", "\t", "\n", "\n\n", "\r", "(", "7"]),
                max_size=25).map("".join))
def test_bullet_lines_found_in_one_pass_are_the_lines_that_match(text: str) -> None:
    plain = [m.span() for m in re.finditer(r"(?m)^.*$", text) if _BULLET_RE.match(m.group())]
    assert [m.span() for m in _BULLET_LINE_RE.finditer(text)] == plain
