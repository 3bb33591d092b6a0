"""The misreading filter's context rules (variorum.clean.misread.context)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from variorum.clean.misread.context import _NUMBERED_RE, _numbered

_NUMBERING_PIECES = ["Part", "part", "book", "ii", "II", "iv", "III", "xii", "mix", "Henry", "vol", "\u00e9t\u00e9", " ", "  ",
                     "\t", "\n", ".", ",", "3", "_", "\u00b2", "'"]


@given(st.lists(st.sampled_from(_NUMBERING_PIECES), max_size=40))
@example(["Part", " ", "II", " ", "III", " ", "iv"])  # (the second numeral's word is the first's numeral)
def test_numbered_words_are_found_from_the_numerals_as_the_pattern_finds_them(pieces):
    text = "".join(pieces)
    assert list(_numbered(text)) == _NUMBERED_RE.findall(text)
    spaced = text.replace("\t", " ")  # (a text without a tab has a pattern of its own)
    assert list(_numbered(spaced)) == _NUMBERED_RE.findall(spaced)
