"""Tables and captions the layout dropped into a sentence, moved after its paragraph; a table's rows kept apart."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import (Block, ends_sentence, first_char, is_caption, is_float, last_word, md_structure,
                                   split_blocks)
from variorum.clean.lexicon import FUNCTION_WORDS
from variorum.clean.linejoin import LINE_END_HYPHENS

RULE_FLOAT = "float-move"
RULE_TABLE_ROWS = "table-rows"
RULES = (RULE_FLOAT, RULE_TABLE_ROWS)

#: a table row as OCR reads it: cells apart by a run of spaces wider than a word space, or a tab
_CELL_GAP_RE = re.compile(r"\S(?: {2,}|\t)\S")
_DIGIT_RE = re.compile(r"\d")


def move_floats(text: str, ctx: CleanContext) -> list[Edit]:
    """Move a table or caption that the page layout dropped into a sentence to after its paragraph.

    Repairs: paragraph, float(s), then a block continuing the sentence (in lower case, or
    after a paragraph ending with a comma, a hyphen or a word like "of") —
    the float goes after the continued paragraph and the sentence is one block again.
    In a plain-text witness, a caption's table (its last lines, cells apart by runs of
    spaces) is set apart from the caption and each row kept as a block of its own, so
    that joining lines does not run the rows into the caption.
    Never touches: floats between whole paragraphs (but their rows), the float's own text.
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    # the breaks before each caption's table rows (a plain-text witness), by block: made
    # once, for a caption a move carries and for one left where it stands alike
    row_breaks = _caption_row_breaks(text, blocks) if fmt == "text" else {}
    edits: list[Edit] = []
    moved: set[int] = set()  # the floats a move carries (their rows are split in its text)
    i = 0
    while i < len(blocks) - 2:
        a = blocks[i]
        j = i + 1
        while j < len(blocks) and is_float(blocks[j].text(text), fmt):
            j += 1
        if j == i + 1 or j >= len(blocks):
            i += 1
            continue
        at, bt = a.text(text), blocks[j].text(text)
        structure = fmt == "markdown" and (md_structure(at) or md_structure(bt))
        # the continued sentence must end in the block: a move then leaves a whole paragraph
        # (and cleaning the cleaned text finds nothing more to move)
        if structure or is_float(at, fmt) or ends_sentence(at) or not _goes_on(at, bt) \
                or not ends_sentence(bt) or first_char(at).islower():
            i = j
            continue
        b = blocks[j]
        floats = text[blocks[i + 1].start:blocks[j - 1].end]
        why = "a float inside a sentence moved after its paragraph"
        breaks = [br for k in range(i + 1, j) for br in row_breaks.get(k, ())]
        if breaks:
            floats = _rows_apart(text, blocks[i + 1].start, blocks[j - 1].end, breaks)
            why += "; its table's rows kept apart, a block each"
        moved.update(range(i + 1, j))
        # One edit, so that the editor accepts or rejects the move as a whole.
        edits.append(Edit(a.end, b.end, "\n" + bt + "\n\n" + floats, RULE_FLOAT, why, 0.9))
        i = j + 1
    for k, breaks in row_breaks.items():
        if k not in moved:
            edits += [Edit(s, e, "\n\n", RULE_TABLE_ROWS,
                           "a table's row (cells apart by runs of spaces) after its caption: "
                           "kept apart, a block of its own", 0.9)
                      for s, e in breaks]
    return sorted(edits, key=lambda e: e.start)


def _goes_on(at: str, bt: str) -> bool:
    """Whether ``bt`` goes on with the sentence ``at`` breaks off: it starts in lower case, or
    ``at`` ends with a word broken at a hyphen, a comma, or a word that never ends a
    sentence ("the daughter of" before a float, then "Herodias came in")."""
    if first_char(bt).islower():
        return True
    tail = at.rstrip()
    if tail[-1:] in LINE_END_HYPHENS and tail[-2:-1].isalpha():
        return True
    return tail.endswith(",") or (tail[-1:].isalpha() and last_word(tail) in FUNCTION_WORDS)


def _rows_apart(text: str, start: int, end: int, breaks: list[tuple[int, int]]) -> str:
    """``text[start:end]`` (caption blocks) with each of ``breaks`` (offsets into ``text``)
    made a blank line: its table's rows set apart as blocks."""
    out, last = [], start
    for s, e in breaks:
        out += [text[last:s], "\n\n"]
        last = e
    return "".join(out) + text[last:end]


def _caption_row_breaks(text: str, blocks: list[Block]) -> dict[int, list[tuple[int, int]]]:
    """_row_breaks of each caption block that has any, as offsets into ``text``, by the block's index."""
    row_breaks = {}
    for k, blk in enumerate(blocks):
        block = blk.text(text)
        if is_caption(block) and (breaks := _row_breaks(block)):
            row_breaks[k] = [(blk.start + s, blk.start + e) for s, e in breaks]
    return row_breaks


def _row_breaks(block: str) -> list[tuple[int, int]]:
    """The line breaks (start, end) before each row of a caption block's table.

    The rows: the block's last lines, two or more, each holding a gap between cells (a run
    of spaces or a tab), each but the first (a header) holding a figure; the caption's
    first line is never one (a justified caption may hold wide spaces too).
    """
    lines = block.split("\n")
    first = len(lines)
    while first > 1 and _CELL_GAP_RE.search(lines[first - 1]):
        first -= 1
    while first < len(lines) - 1 and not all(_DIGIT_RE.search(ln) for ln in lines[first + 1:]):
        first += 1
    if len(lines) - first < 2:
        return []
    breaks, pos = [], 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if k + 1 >= first:
            # (trailing spaces of the line before go with the break)
            start = len(block[:pos].rstrip(" \t"))
            breaks.append((start, pos + 1))
        pos += 1
    return breaks
