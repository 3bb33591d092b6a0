"""Line joining's fast helpers agree with the plain formulations they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean.linejoin import _dash_spaced

_DASH_TEXT = st.lists(st.sampled_from(["—", "–", "-", " ", "  ", "a", "B", "_", "7", "²", ".", "\n", "\t", "\xa0"]),
                      max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DASH_TEXT)
def test_dash_spacing_counts_as_the_two_patterns_do(text: str) -> None:
    spaced = len(re.findall(r"[—–] (?=\S)", text))
    closed = len(re.findall(r"\S[—–](?=\w)", text))
    assert _dash_spaced(text) == (spaced > closed)
