"""The Markdown writer: what Pandoc would read as markup is escaped, so words come through verbatim."""

from __future__ import annotations

import pypandoc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.markdown import _escape_line_start_each, emit, escape_line_start, escape_text

VERBATIM = [
    "Prices of $5 and $6 rose by 10% & more <b>not bold</b> *not emph* _nor this_",
    "# not a heading",
    "1984. A year, not a list.",
    "- not a list item",
    "a \\ backslash, a `tick`, [brackets] and ^carets^ and ~tildes~ and @cite and &amp;",
    "(1) not a list either",
    ": not a definition",
    "R. WALTON.",
    "a. not a list",
    "iv) not a list",
    "e. g. not a list",
]


@pytest.mark.parametrize("line", VERBATIM)
def test_escaped_text_reads_back_verbatim_through_pandoc(line: str) -> None:
    md = emit(escape_text(line), "markdown")
    plain = pypandoc.convert_text(md, "plain", format="markdown", extra_args=["--wrap=none"]).strip()
    assert plain == line


def test_blocks_are_separated_by_exactly_one_blank_line() -> None:
    assert emit("\n\n\na\n\n\n\n   \nb\n\n", "markdown") == "a\n\nb\n"
    assert emit("", "text") == ""


def test_markdown_witness_keeps_its_own_markup() -> None:
    raw = "Some *emphasis* and a [link](http://x.org) and \\$5.\n"
    assert clean_text(raw, CleanContext("P", "markdown")).text == raw


def test_inserted_markup_is_not_escaped_but_the_witness_own_is() -> None:
    raw = "Text ends here.\n\n2.1. Methods\n\n# was the sign we used.\n"
    assert clean_text(raw, CleanContext("W", "text")).text == \
        "Text ends here.\n\n## 2.1. Methods\n\n\\# was the sign we used.\n"


def test_a_plain_line_that_opens_like_a_grid_table_is_escaped_and_cleans_again_unchanged() -> None:
    # (a Markdown block opening '+-' is a table, so a float: a second cleaning moved the OCR's
    # '+-' out of a sentence the first left it in)
    once = clean_text("\u00bb the\n\n+-\n\n1. ", CleanContext("W", "text")).text
    assert "\n\\+-\n" in once
    assert clean_text(once, CleanContext("W", "markdown")).text == once


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["#", "-", "+", "1", "12", ".", ")", "(", "a", "B", "iv", "X", ":", "~", "=", "%",
                                 " ", "\t", "word", "*"]), max_size=6).map("".join))
def test_escape_line_start_is_every_pattern_in_turn(line: str) -> None:
    assert escape_line_start(line) == _escape_line_start_each(line)


def _emit_block_by_block(text: str, fmt: str) -> str:
    """emit as it was first written: each block's lines stripped and joined, then escaped."""
    from variorum.clean.markdown import BLOCK_SPLIT_RE, _MARKUP_PREFIX_RE, MARKUP, escape_inline, hard_breaks

    blocks = []
    for raw_block in BLOCK_SPLIT_RE.split(text.strip("\n")):
        if not raw_block.strip():
            continue
        lines = [ln.rstrip(" \t\f\v") if fmt != "markdown" or not ln.endswith("  ") or ln.endswith("   ")
                 else ln for ln in raw_block.split("\n")]
        block = "\n".join(lines)
        if not block.strip():
            continue
        if fmt == "markdown":
            blocks.append(block.replace(MARKUP, ""))
            continue
        m = _MARKUP_PREFIX_RE.match(block)
        if m is not None:
            blocks.append(m.group(1) + escape_inline(block[m.end():].replace(MARKUP, "")))
        elif MARKUP in block:
            blocks.append(escape_text(block.replace(MARKUP, "")))
        else:  # the line breaks the chain kept: hard breaks
            blocks.append(hard_breaks(escape_text(block).split("\n")))
    return "\n\n".join(blocks) + "\n" if blocks else ""


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["word", "1.", "#", "- ", "\ue000# ", "\ue000- ", "\ue000", "$5", "*", "  ", "   ",
                                 " ", "\t", "\n", "\n\n", "\n \n", "\f", "==", "a.", "&amp;", "@x"]),
                max_size=14).map("".join), st.sampled_from(["text", "markdown"]))
def test_emit_is_the_block_by_block_writer(text: str, fmt: str) -> None:
    assert emit(text, fmt) == _emit_block_by_block(text, fmt)


def _emit_each_line(text: str) -> str:
    """emit of a plain-text witness with every block taken line by line (no one-line shortcut)."""
    from variorum.clean.chain import MARKUP
    from variorum.clean.markdown import BLOCK_SPLIT_RE, _MARKUP_PREFIX_RE, escape_inline, hard_breaks

    blocks = []
    for raw_block in BLOCK_SPLIT_RE.split(text.strip("\n")):
        if not raw_block.strip():
            continue
        lines = [ln.rstrip(" \t\f\v") for ln in raw_block.split("\n")]
        m = _MARKUP_PREFIX_RE.match(lines[0])
        if m is not None:
            blocks.append(m.group(1) + escape_inline("\n".join(lines)[m.end():].replace(MARKUP, "")))
        else:
            out = [escape_line_start(escape_inline(ln.replace(MARKUP, ""))) for ln in lines]
            blocks.append("\n".join(out) if MARKUP in raw_block else hard_breaks(out))
    return "\n\n".join(blocks) + "\n" if blocks else ""


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\ue000# ", "\ue000- ", "\ue000", "# ", "- ", "1.", "a", "B", " ", "  ", "\t",
                                 "\n", "\n\n", " \n", "@", "x@y", "&amp;", "*", "\\", "\u2028", "(1)", "_", "[x]", "<",
                                 "|", "~", "^", "`", "$"]),
                max_size=20).map("".join))
def test_a_one_line_block_is_written_as_each_line_is(text: str) -> None:
    assert emit(text, "text") == _emit_each_line(text)
