"""Indented verse in a plain-text witness: runs of short, ragged lines set in from the prose, kept as lines."""

from __future__ import annotations

import re
from collections import Counter

from variorum.clean.codeblocks import indent_width
from variorum.clean.linejoin import LINE_END_HYPHENS
from variorum.clean.paragraphs import text_measure

#: a verse run has this many lines at least (one short indented line is a paragraph's start)
_MIN_LINES = 2
#: each of its lines is this share of the measure at most: a prose quotation's lines fill it
_VERSE_LINE_SHARE = 0.75
#: the least indent (spaces): OCR marks a column's start with one
_MIN_INDENT = 2
#: an indent this many multi-line paragraphs open with is the witness's paragraph indent
_PARAGRAPH_INDENT_REPEATS = 3
#: what ends the line before verse that a line touches: a sentence or a colon (a hanging
#: list item's first line runs on into its indented lines)
_LEAD_IN_END_RE = re.compile(r"[.:;!?,][\"'”’)]*$")


def verse_runs(text: str, width: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each run of indented verse lines in a plain text (start at its
    first line's start, end at its last line's end).

    A run is 2+ non-blank lines, each indented two spaces at least and deeper than the
    lines before and after it, each shorter than three quarters of the witness's measure,
    ragged (not all one length), none ending in a hyphen, after a blank line or a line that
    ends a sentence or a clause, and set deeper than the indent the witness's paragraphs
    open with. A text with no measure has none (nothing to tell a short line by).
    ``width``: the text's measure (:func:`text_measure`), where the caller has it.
    """
    if width is None:
        width, _ = text_measure(text)
    if width <= 0 or "\n " not in text and "\n\t" not in text:
        return []
    lines = text.split("\n")
    offsets = [0]
    for ln in lines[:-1]:
        offsets.append(offsets[-1] + len(ln) + 1)
    # (most lines open flush: no tab expanded for them)
    indents = [(indent_width(ln) if ln[0].isspace() else 0) if ln and not ln.isspace() else -1 for ln in lines]
    paragraph_indents = Counter(indents[i] for i in range(len(lines) - 1)
                                if indents[i] > 0 and indents[i + 1] == 0)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if indents[i] < _MIN_INDENT:
            i += 1
            continue
        j = i
        while j < len(lines) and indents[j] >= _MIN_INDENT:
            j += 1
        if _is_verse(lines, indents, i, j, width, paragraph_indents):
            found.append((offsets[i], offsets[j - 1] + len(lines[j - 1].rstrip())))
        i = j
    return found


def _is_verse(lines: list[str], indents: list[int], i: int, j: int, width: int,
              paragraph_indents: Counter[int]) -> bool:
    run = [ln.rstrip() for ln in lines[i:j]]
    if len(run) < _MIN_LINES:
        return False
    least = min(indents[i:j])
    if paragraph_indents[least] >= _PARAGRAPH_INDENT_REPEATS:
        return False  # set in only as the witness's paragraphs are: their first lines
    if any(len(ln) > _VERSE_LINE_SHARE * width or ln.endswith(tuple(LINE_END_HYPHENS)) for ln in run):
        return False
    if len({len(ln) for ln in run}) == 1:
        return False  # not ragged
    before = indents[i - 1] if i > 0 else -1
    after = indents[j] if j < len(lines) else -1
    if before >= least or after >= least:
        return False
    return before < 0 or _LEAD_IN_END_RE.search(lines[i - 1].rstrip()) is not None
