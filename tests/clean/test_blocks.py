"""The block helpers several filters share: the fast forms agree with the plain ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean.blocks import Block, ends_sentence, more_words_than, split_blocks, starts_with_digit


# the plain formulations the fast helpers of blocks.py must agree with
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "!", "?", ":", "…", '"', "'", "”", "’", ")", "]", "(",
                                 " ", "\n", "\t", "\xa0", "1", "٣", "²"]), max_size=12).map("".join),
       st.integers(-2, 9))
def test_fast_block_helpers_match_plain_formulations(s: str, n: int) -> None:
    assert ends_sentence(s) == (re.search(r"[.!?:…][\"'”’)\]]*$", s.rstrip()) is not None)
    assert more_words_than(s, n) == (len(s.split()) > n)
    assert starts_with_digit(s) == (re.match(r"\d", " ".join(s.split())) is not None)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", " ", "\t", "\n", "\n", "\n\n", "\xa0", "\f", "\r", "\u2028", "\x1c",
                                 "\n \n"]),
                max_size=30).map("".join))
def test_blocks_are_the_runs_of_non_blank_lines(text: str) -> None:
    blocks = split_blocks(text)
    assert blocks == [Block(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text)]
    assert all(type(b) is Block and list(vars(b)) == ["start", "end"] for b in blocks)


def test_a_text_split_again_gives_its_blocks_again() -> None:
    # (split_blocks keeps the last text's blocks: asked again, by the same text or an equal one)
    text = "one\ntwo\n\n\nthree\n"
    first = split_blocks(text)
    assert split_blocks(text) == first and split_blocks("".join(["one\ntwo", "\n\n\nthree\n"])) == first
    assert split_blocks("four") == [Block(0, 4)] and split_blocks(text) == first
    first.clear()  # (a caller's list is its own)
    assert split_blocks(text) == [Block(0, 7), Block(10, 15)]
