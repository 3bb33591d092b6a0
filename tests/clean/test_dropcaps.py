"""Drop caps: a capital read as a letter of its own at a block's start, joined to its word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext
from variorum.clean.dropcaps import _words_standing, join_drop_caps


def _joined(text: str) -> list[tuple[str, bool]]:
    return [(text[:e.start] + text[e.end:], e.applied) for e in join_drop_caps(text, CleanContext("W", "text"))]


def test_a_drop_cap_is_joined_where_the_pieces_make_one_word() -> None:
    assert _joined("W HEN we look.\n") == [("WHEN we look.\n", True)]
    assert _joined("Text.\n\n  L ONDON was our rest.\n") == [("Text.\n\n  LONDON was our rest.\n", True)]
    assert _joined("T he being finished.\n") == [("The being finished.\n", True)]


def test_letters_that_are_words_are_joined_only_into_a_common_word_and_then_only_suggested() -> None:
    assert _joined("I SAT one evening.\n") == []
    assert _joined("I was alone.\n") == [] and _joined("A few came.\n") == []
    assert _joined("A LONG time.\n") == [("ALONG time.\n", False)]
    assert _joined("O NCE upon a time.\n") == [("ONCE upon a time.\n", True)]


def test_only_a_blocks_first_word() -> None:
    assert _joined("He said W HEN to me.\nW HEN it rained.\n") == []
    assert _joined("W HEN-ever.\n") == []


def test_markdown_structure_holds_no_drop_cap() -> None:
    # an indented code block, a block with a list item: what stands there is the source's
    assert join_drop_caps("    W HEN we went\n", CleanContext("W", "markdown")) == []
    assert join_drop_caps("W HEN we went\n- an item\n", CleanContext("W", "markdown")) == []
    assert join_drop_caps("| A | B |\n", CleanContext("W", "markdown")) == []
    # the same words in a plain paragraph are a drop cap
    assert [e.rule for e in join_drop_caps("W HEN we went\n", CleanContext("W", "markdown"))] == ["drop-cap"]


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text("abcé_1", min_size=1, max_size=4), max_size=6),
       st.text("abcé_1 .-'\n", max_size=40))
def test_the_words_standing_are_those_each_words_own_search_finds(words: set[str], text: str) -> None:
    one_each = {w for w in words if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)}
    assert _words_standing(words, text) == one_each


def test_a_rare_word_is_joined_where_the_witness_has_it_elsewhere() -> None:
    # ("Quoth" and "Zounds" are rare; only "Quoth" stands elsewhere, and there only whole)
    text = "Q UOTH the raven.\n\nZ OUNDS he said.\n\nAnd quoth he, zoundsome.\n"
    assert [text[e.start - 1:e.end + 1] for e in join_drop_caps(text, CleanContext("W", "text"))] == ["Q U"]
