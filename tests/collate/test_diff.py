"""Word matching and tokenising: the building blocks of the alignment."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.collate.strategies import witness_text
from variorum.collate import diff
from variorum.collate.tokenize import tokenize

keys = st.lists(st.sampled_from(["a", "b", "c", "d", "e", "", "f", "g"]), max_size=60)


@given(keys, keys)
def test_matches_are_equal_keys_increasing_in_both(a, b):
    m = diff.match(a, b)
    assert all(a[i] == b[j] for i, j in m)
    assert all(i1 < i2 and j1 < j2 for (i1, j1), (i2, j2) in zip(m, m[1:]))


@given(keys)
def test_a_sequence_matches_itself_fully(a):
    assert diff.match(a, a) == [(k, k) for k in range(len(a))]


def test_unique_words_anchor_a_moved_word_out():
    a = "the cat sat on the mat today".split()
    b = "today the cat sat on the mat".split()
    assert diff.match(a, b) == [(k, k + 1) for k in range(6)]


def test_longest_increasing_chain():
    pairs = [(0, 3), (1, 1), (2, 2), (3, 0), (4, 4)]
    assert diff.longest_increasing(pairs) == [(1, 1), (2, 2), (4, 4)]


@given(witness_text())
def test_tokens_tile_the_text(text):
    t = tokenize(text)
    assert "".join(text[s:e] for s, e in zip(t.start, t.end)) == text
    assert all(not text[s:w].strip() or text[s:w].strip() == word
               for s, w, word in zip(t.start, t.wend, t.words))
    assert [b for b in t.block] == sorted(t.block)
    assert sum(e - s for s, e in t.blocks) == len(t)


def test_blocks_and_sentences():
    t = tokenize("# Title\n\nMr. Smith came. He sat down, e.g. on a chair! Then\nleft.\n\n- item")
    assert [t.words[s:e] for s, e in t.blocks] == [
        ("#", "Title"), ("Mr.", "Smith", "came.", "He", "sat", "down,", "e.g.", "on", "a",
                         "chair!", "Then", "left."), ("-", "item")]
    ends = [w for w, e in zip(t.words, t.sent_end) if e]
    assert ends == ["Title", "came.", "chair!", "left.", "item"]
