"""Spaces: runs collapsed, stray indents and trailing spaces removed, Markdown structure kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.whitespace import (_BLANK_LINE_RE, _INNER_ALL_RE, _LINE_LEAD_RE, _LINE_TRAIL_RE, _inner_runs,
                                       _line_start_runs, _runs_by_literals, _runs_by_pattern, _trailing_runs)


def test_markdown_structure_spacing_untouched() -> None:
    raw = "| a  | b |\n|----|---|\n\n    code  block\n"
    assert clean_text(raw, CleanContext("W", "markdown")).text == raw


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", " ", "  ", "\t", "\f", "\v", "\n", "\r", "\xa0"]),
                max_size=25).map("".join))
def test_space_runs_found_from_literals_are_the_patterns_matches(text: str) -> None:
    assert _inner_runs(text) == [m.span() for m in _INNER_ALL_RE.finditer(text)]
    assert _trailing_runs(text) == [m.span() for m in _LINE_TRAIL_RE.finditer(text)]
    assert _line_start_runs(text) == ([m.span() for m in _BLANK_LINE_RE.finditer(text)],
                                      [m.span() for m in _LINE_LEAD_RE.finditer(text)])
    # the two ways of finding the runs (_inner_runs picks one by how dense they are) agree
    assert _runs_by_pattern(text) == _runs_by_literals(text)
