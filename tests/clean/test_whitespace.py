"""Spaces: runs collapsed, stray indents and trailing spaces removed, Markdown structure kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.base import Edit
from variorum.clean.whitespace import (_BLANK_LINE_RE, _INNER_ALL_RE, _LINE_LEAD_RE, _LINE_TRAIL_RE, _inner_runs,
                                       _line_start_runs, _plain_spaces, _trailing_runs)


def test_markdown_structure_spacing_untouched() -> None:
    raw = "| a  | b |\n|----|---|\n\n    code  block\n"
    assert clean_text(raw, CleanContext("W", "markdown")).text == raw


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", " ", "  ", "\t", "\f", "\f\f", "\v", "\n", "\r", "\xa0"]),
                max_size=25).map("".join))
def test_space_runs_found_from_literals_are_the_patterns_matches(text: str) -> None:
    inner = [m.span() for m in _INNER_ALL_RE.finditer(text)]
    others = [(a, b) for a, b in inner if set(text[a:b]) != {"\f"}]
    # (the others as columns: starts, ends; the runs of form feeds alone apart)
    assert _inner_runs(text) == ([a for a, _ in others], [b for _, b in others],
                                 [(a, b) for a, b in inner if set(text[a:b]) == {"\f"}])
    assert _trailing_runs(text) == [m.span() for m in _LINE_TRAIL_RE.finditer(text)]
    assert _line_start_runs(text) == ([m.span() for m in _BLANK_LINE_RE.finditer(text)],
                                      [m.span() for m in _LINE_LEAD_RE.finditer(text)])


def _plain_spaces_by_patterns(text: str) -> list[Edit]:
    """What _plain_spaces finds, by the plain patterns, one edit at a time, in document order."""
    edits = [Edit(*m.span(), "", "trailing-space", "a line of nothing but spaces")
             for m in _BLANK_LINE_RE.finditer(text)]
    edits += [Edit(*m.span(), "", "form-feed" if set(m.group()) == {"\f"} else "leading-space",
                   "stray space at a line start") for m in _LINE_LEAD_RE.finditer(text)]
    edits += [Edit(*m.span(), " ", "form-feed", "form feed inside a line") if set(m.group()) == {"\f"}
              else Edit(*m.span(), " ", "space-run", "a run of spaces") for m in _INNER_ALL_RE.finditer(text)]
    edits += [Edit(*m.span(), "", "trailing-space", "space at a line end") for m in _LINE_TRAIL_RE.finditer(text)]
    return sorted(edits, key=lambda e: (e.start, e.end))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", " ", "  ", "\t", "\f", "\f\f", "\v", "\n", "\r", "\xa0"]),
                max_size=25).map("".join))
def test_plain_spaces_are_the_patterns_edits(text: str) -> None:
    assert list(_plain_spaces(text)) == _plain_spaces_by_patterns(text)
