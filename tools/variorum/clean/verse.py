"""Verse in a plain-text witness, kept as lines: runs of short, ragged lines set in from the prose, and stanzas."""

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
#: a sentence's end at a line's end
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]»]*$")
#: a stanza has this many lines at least: two or three lines opening with capitals are as
#: often a title, an address or prose's short paragraph
_STANZA_LINES = 4
#: what a line opens with before its capital: an opening quote or bracket
_LINE_OPENERS = "\"'“‘([«"
#: what a verse line mostly ends with: a mark (a wrapped line of prose mostly ends on a word)
_STANZA_LINE_END_RE = re.compile(r"[.:;!?,—–-][\"'”’)\]»]*$")


def verse_runs(text: str, width: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each run of indented verse lines in a plain text (start at its
    first line's start, end at its last line's end).

    A run is 2+ non-blank lines, each indented two spaces at least and deeper than the
    lines before and after it, each shorter than three quarters of the witness's measure,
    ragged (not all one length), none ending in a hyphen, after a blank line or a line that
    ends a sentence or a clause, and set deeper than the indent the witness's paragraphs
    open with; with no measure (nothing to tell a short line by), none. And each stanza, set
    flush or in, with a measure or none (a witness of verse alone): see _is_stanza.
    ``width``: the text's measure (:func:`text_measure`), where the caller has it.
    """
    lines = text.split("\n")
    offsets = [0]
    for ln in lines[:-1]:
        offsets.append(offsets[-1] + len(ln) + 1)
    stanzas = _stanzas(lines, offsets)
    if "\n " not in text and "\n\t" not in text:
        return stanzas  # (no line set in: nothing to measure it by)
    if width is None:
        width, _ = text_measure(text)
    if width <= 0:
        return stanzas
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
    if stanzas:
        # (a run inside a stanza, or holding one, is the stanza's lines: one span each)
        found = sorted({*stanzas, *(r for r in found if not any(a <= r[1] and r[0] <= b for a, b in stanzas))})
    return found


def _stanzas(lines: list[str], offsets: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each block of lines between blank lines that _is_stanza reads as verse."""
    found = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        if j - i >= _STANZA_LINES and _is_stanza(lines[i:j]):
            found.append((offsets[i], offsets[j - 1] + len(lines[j - 1].rstrip())))
        i = j
    return found


def _is_stanza(block: list[str]) -> bool:
    """A stanza: _STANZA_LINES lines or more, each opening with a capital (after a quote or
    a bracket), half of them or more ending on a mark, none in a word's hyphen, not all one
    length, and a sentence running on from one line into the next's capital.

    The lines of a wrapped paragraph of prose open with a capital a sentence's start or a
    name's apiece and mostly end on a word: four in a row that all open so are no prose;
    lines that each hold a whole sentence are a list of them, or prose set a sentence to a
    line.
    """
    # (the capitals first: a paragraph's second line mostly rules it out, and a book has
    # hundreds of paragraphs of four lines or more)
    if not all(map(_opens_with_capital, block)):
        return False
    ends = 0
    runs_on = False
    for k, ln in enumerate(block):
        tail = ln.rstrip()
        if tail[-1] in LINE_END_HYPHENS and tail[-2:-1].isalpha():
            return False  # a word broken across the line end: prose ('happiness,--' a dash)
        ends += _STANZA_LINE_END_RE.search(tail) is not None
        runs_on = runs_on or (k < len(block) - 1 and _SENTENCE_END_RE.search(tail) is None)
    return runs_on and 2 * ends >= len(block) and len({len(ln.strip()) for ln in block}) > 1


def _opens_with_capital(line: str) -> bool:
    """Whether ``line`` opens with a capital, after its indent and a quote or a bracket."""
    head = line.lstrip()
    if head[:1] in _LINE_OPENERS:
        head = head[1:]
    return head[:1].isupper()


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
