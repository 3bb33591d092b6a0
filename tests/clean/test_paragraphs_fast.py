"""Paragraph rejoining's fast helpers agree with the plain formulations they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean.paragraphs import _column_width, _justified, _layout_starts, _line_lengths

# the one pattern _layout_starts finds from its two branches
_LAYOUT_START_RE = re.compile(r"(?:\n(?:[ \t]*\f[ \t\f]*|[ \t]+)|\f[ \t]*\n[ \t\f]*)(?=[\"“‘'(\[]{0,3}[A-Z0-9])")

_LAYOUT_TEXT = st.lists(st.sampled_from(["\n", "\n", "\f", "\f", " ", "\t", "A", "a", "7", ".", '"', "(", "\xa0"]),
                        max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_LAYOUT_TEXT)
def test_layout_starts_are_the_matches_of_the_one_pattern(text: str) -> None:
    assert [m.span() for m in _layout_starts(text)] == [m.span() for m in _LAYOUT_START_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["word", "a", " ", "  ", "\t", "\xa0", "\f", "\r"]), max_size=6).map("".join),
                max_size=40).map("\n".join))
def test_line_measures_as_from_the_stripped_lines(text: str) -> None:
    lengths = sorted(map(len, map(str.rstrip, filter(str.strip, text.split("\n")))))
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 20 else 0
    assert sorted(_line_lengths(text).elements()) == lengths
    assert _column_width(_line_lengths(text)) == width
    for w in {width, 4, 5}:
        assert _justified(_line_lengths(text), w) == (lengths.count(w) * 2 > len(lengths))
