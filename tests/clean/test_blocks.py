"""The block helpers several filters share: the fast forms agree with the plain ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean.blocks import _ends_sentence, _more_words_than, _starts_with_digit


# the plain formulations the fast helpers of blocks.py must agree with
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "!", "?", ":", "…", '"', "'", "”", "’", ")", "]", "(",
                                 " ", "\n", "\t", "\xa0", "1", "٣", "²"]), max_size=12).map("".join),
       st.integers(-2, 9))
def test_fast_block_helpers_match_plain_formulations(s: str, n: int) -> None:
    assert _ends_sentence(s) == (re.search(r"[.!?:…][\"'”’)\]]*$", s.rstrip()) is not None)
    assert _more_words_than(s, n) == (len(s.split()) > n)
    assert _starts_with_digit(s) == (re.match(r"\d", " ".join(s.split())) is not None)
