"""Lines a plain text sets as lines, no wrap: rules, notes, hanging entries, lines set right, short lines, leader rows."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Callable

from variorum.clean.blocks import split_blocks
from variorum.clean.codeblocks import indent_width

#: a rule line: a row of one line-drawing mark alone (the rule above a page's footnotes)
_RULE_LINE_RE = re.compile(r"[ \t]*([_—–─‐-])\1{4,}[ \t]*")
# the patterns that find where to look open with the newline before a line (a literal,
# scanned for in C; a line-start anchor is tried at every position of a book)
_RULE_LINE_M = re.compile(r"\n" + _RULE_LINE_RE.pattern + r"(?=\n|$)")
#: a footnote's mark opening its line: superscript figures, a reference sign, a figure
#: (bare, closed or bracketed); group 1 the mark
_NOTE_MARK_RE = re.compile(r"[ \t]*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§¶‖]+|\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)]?)[ \t]*(?=\S)")
_SUPERSCRIPT_FIGURES = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPTS = str.maketrans(_SUPERSCRIPT_FIGURES, "0123456789")
#: an entry of a hanging-indent list (a bibliography's, an index's) opens flush with a capital
#: (after an opening quote or bracket)
_ENTRY_START_RE = re.compile(r"[\"“‘'(\[]?[A-Z]")
#: a hanging indent is this many spaces at least (OCR marks a column's start with one) and
#: this many at most (more is a display or a line set right)
_HANG_MIN, _HANG_MAX = 2, 8
#: an entry's first line, a run-over line after it: where a hanging-indent list may be
_HANGING_M = re.compile(r"\n" + _ENTRY_START_RE.pattern + r"[^\n]*\n {%d,%d}\S" % (_HANG_MIN, _HANG_MAX))
#: a hanging-indent list has this many entries at least, this many of them wrapped
_ENTRIES, _WRAPPED_ENTRIES = 3, 2
#: a line set right starts past this share of the measure, its middle past the measure's
_RIGHT_START = 1 / 3
#: a line ending on a mark (a sentence's or a clause's, not a word's hyphen), closing quotes
#: or brackets after it
_MARK_END_RE = re.compile(r"[.,;:!?—–][\"'”’)\]]*$")
#: a block of lines that are each this share of the measure at most, the next line's first
#: word fitting after each within this share (a proportional face sets some lines' letters
#: closer), holds lines set as lines (a wrapper fills its lines); this many lines at least
#: (two short lines are as often a title broken in two)
_SHORT_SHARE, _FIT_SHARE, _SHORT_LINES = 0.8, 0.9, 3
_LETTER_RE = re.compile(r"[^\W\d_]")
#: a dot leader, from a row's entry to its figures ('Beet ....... 3d.'): five dots or more,
#: or two or more set apart by spaces ('(Snow Hill) .. 9 50'); an ellipsis, three or four
#: closed up to its word ('waited.... and'), is none
_LEADER_RE = re.compile(r"\.{5,}|(?<= )\.{2,}(?= )")
#: a table's rows: this many lines of one block at least with a leader
_LEADER_RUN = 2

#: keeps the break before a line of the block being read (by its index)
Keep = Callable[[int], None]


def set_lines(text: str, width: int) -> frozenset[int]:
    """Where a line of a plain text starts (its first character after the indent) whose break
    before it is the layout's, not a wrap: the lines about a rule line, each footnote after
    a rule, each entry of a hanging-indent list, a line set right of the measure's middle
    (and the line after it), each line of a block of short lines (``width`` the measure; 0:
    none of the last three)."""
    # only the blocks holding a line that may be one of these are read line by line (a
    # book has thousands of blocks of prose): found by a pattern each, at C speed
    blocks = split_blocks(text)
    block_starts = [b.start for b in blocks]
    found: set[int] = set()

    def lines_of(pos: int) -> tuple[int, list[str]] | None:
        n = bisect_right(block_starts, pos) - 1
        if n < 0 or pos >= blocks[n].end:
            return None
        return n, text[blocks[n].start:blocks[n].end].split("\n")

    def keeper(n: int, lines: list[str]) -> Keep:
        offsets = list(accumulate((len(ln) + 1 for ln in lines[:-1]), initial=blocks[n].start))

        def keep(k: int) -> None:
            found.add(offsets[k] + len(lines[k]) - len(lines[k].lstrip()))
        return keep

    padded = "\n" + text  # (the first line is found after a newline too; offsets one on)
    for m in _RULE_LINE_M.finditer(padded):
        n, lines = lines_of(m.start())
        keep = keeper(n, lines)
        k = text.count("\n", blocks[n].start, m.start())
        keep(k)
        if k + 1 < len(lines):
            keep(k + 1)
            _notes(lines, k + 1, len(lines), keep)
        elif n + 1 < len(blocks):
            after = text[blocks[n + 1].start:blocks[n + 1].end].split("\n")
            _notes(after, 0, len(after), keeper(n + 1, after))
    candidates = [(m.start(), _hanging_entries) for m in _HANGING_M.finditer(padded)]
    if width > 0:
        right = re.compile(r"\n[ \t]{%d,}\S" % (int(_RIGHT_START * width) + 1))
        candidates += [(m.start(), _set_right) for m in right.finditer(padded)]
        short = re.compile(r"\n[^\n]{1,%d}" % int(_SHORT_SHARE * width) * _SHORT_LINES + r"(?=\n|$)")
        candidates += [(m.start(), _short_lines) for m in short.finditer(padded)]
    done = set()
    for pos, rule in candidates:
        got = lines_of(pos)
        if got is None or (got[0], rule) in done:
            continue
        done.add((got[0], rule))
        n, lines = got
        if rule is _set_right:
            after = text[blocks[n + 1].start:blocks[n + 1].end].lstrip() if n + 1 < len(blocks) else ""
            _set_right(lines, width, keeper(n, lines), after)
        else:
            rule(lines, width, keeper(n, lines))
    return frozenset(found)


def leader_rows(text: str) -> frozenset[int]:
    """Where the rows of each table set with dot leaders start, and the line after each row:
    _LEADER_RUN lines or more of one block with a leader (a price list's, a timetable's, a
    scorecard's rows, a table of contents) keep their breaks, as a table's rows."""
    if _LEADER_RE.search(text) is None:
        return frozenset()
    found: list[int] = []
    block: list[int] = []  # (the starts of the block's leader rows and of the lines after them)
    rows = 0
    at = 0
    for line in text.split("\n"):
        start = at + len(line) - len(line.lstrip())
        at += len(line) + 1
        if not line.strip():
            if rows >= _LEADER_RUN:
                found.extend(block)
            block, rows = [], 0
            continue
        if block and block[-1] == -1:
            block[-1] = start  # (the line after a row starts anew)
        if _LEADER_RE.search(line):
            rows += 1
            block.extend((start, -1))
    if rows >= _LEADER_RUN:
        found.extend(block)
    return frozenset(found) - {-1}


def _notes(lines: list[str], i: int, j: int, keep: Keep) -> None:
    """Each footnote of lines[i:j] (the lines after a rule), where the first opens with a mark:
    a line opening with the next mark of that kind (a figure one on, a sign of the same kind)."""
    m = _NOTE_MARK_RE.match(lines[i])
    if m is None:
        return
    last = m.group(1)
    for k in range(i + 1, j):
        m = _NOTE_MARK_RE.match(lines[k])
        if m is not None and _next_mark(last, m.group(1)):
            keep(k)
            last = m.group(1)


def _next_mark(last: str, mark: str) -> bool:
    a, b = (_figure(s) for s in (last, mark))
    if a is not None or b is not None:
        # (one form: superscripts after superscripts, '(2)' after '(1)')
        return a is not None and b is not None and b == a + 1 and _form(last) == _form(mark)
    return mark[0] in "*†‡§¶‖" and last[0] in "*†‡§¶‖"


def _form(mark: str) -> str:
    return re.sub(r"\d+", "0", mark) if mark[:1] not in _SUPERSCRIPT_FIGURES else "⁰"


def _figure(mark: str) -> int | None:
    digits = mark.translate(_SUPERSCRIPTS).strip("()[].")
    return int(digits) if digits.isdigit() else None


def _hanging_entries(lines: list[str], width: int, keep: Keep) -> None:
    """Each entry of a block set with a hanging indent: the first line flush, every line either
    flush opening with a capital (an entry) or set in by one indent of a few spaces (an entry's
    run-over); _ENTRIES entries at least, _WRAPPED_ENTRIES of them run over. Prose whose
    paragraphs open with an indent has its indented lines first, and flush lines in a row
    that open in any case."""
    if len(lines) < _ENTRIES + _WRAPPED_ENTRIES or lines[0][:1].isspace():
        return
    hang = None
    entries, wrapped = [], 0
    for k, ln in enumerate(lines):
        if not ln[:1].isspace():
            if _ENTRY_START_RE.match(ln) is None:
                return
            entries.append(k)
            continue
        indent = indent_width(ln)
        if hang is None:
            hang = indent
        if indent != hang or not _HANG_MIN <= indent <= _HANG_MAX:
            return
        wrapped += not lines[k - 1][:1].isspace()
    if len(entries) >= _ENTRIES and wrapped >= _WRAPPED_ENTRIES:
        for k in entries[1:]:
            keep(k)


def _set_right(lines: list[str], width: int, keep: Keep, after: str = "") -> None:
    """A line of the block set right (a letter's closing, a signature, a date): it starts past
    a third of the measure and its middle is right of the measure's (a centred line is not),
    it ends on a mark, as the line before it does, and no small letter goes on after it. A
    running head left in a sentence that a page break cut does neither; a catchword (the
    next page's first word, set at a page's foot) is the next line's start (``after``: the
    line after the block)."""
    for k, ln in enumerate(lines):
        ln = ln.rstrip()
        if "\f" in ln:
            continue  # a page's first or last line: its head or foot, the furniture filter's
        start = indent_width(ln)
        if not (start > _RIGHT_START * width and start + (len(ln) - start) / 2 > width / 2 + 2):
            continue
        if _MARK_END_RE.search(ln) is None or (k > 0 and _MARK_END_RE.search(lines[k - 1].rstrip()) is None):
            continue
        nxt = lines[k + 1].lstrip() if k + 1 < len(lines) else after
        if nxt[:1].islower() or nxt.startswith(ln.strip()):
            continue  # a sentence going on, or a catchword (the next page's first word at a page's foot)
        if k > 0:
            keep(k)
        if k + 1 < len(lines):
            keep(k + 1)


def _short_lines(lines: list[str], width: int, keep: Keep) -> None:
    """Each line of a block of _SHORT_LINES lines or more, each short of the measure with the
    next line's first word fitting after it, and within the block's own longest line too (a
    passage wrapped narrower than the text, a quotation set in, fills its own lines): no
    wrapper broke them (a list of names, a closing, a signature block)."""
    if len(lines) < _SHORT_LINES:
        return
    block = [ln.rstrip() for ln in lines]
    longest = max(map(len, block))
    if longest > _SHORT_SHARE * width or not all(map(_LETTER_RE.search, block)):
        return  # (a line of marks or figures alone is a page's furniture or a speck)
    first_longest = next(k for k, ln in enumerate(block) if len(ln) == longest)
    for k, (ln, nxt) in enumerate(zip(block, block[1:])):
        after = len(ln) + 1 + len(nxt.split(None, 1)[0])
        if after > _FIT_SHARE * width or (k != first_longest and after > longest):
            return
    for k in range(1, len(lines)):
        keep(k)
