"""Whitespace: runs of spaces, stray leading and trailing spaces, form feeds."""

from __future__ import annotations

import bisect
import operator
import re
from itertools import repeat

from variorum.clean.base import LINE_SPACE, CleanContext, Edit, EditColumns, make_edit
from variorum.clean.blocks import MD_STRUCTURE_LINE_RE

RULE_SPACE_RUN = "space-run"
RULE_LEADING_SPACE = "leading-space"
RULE_TRAILING_SPACE = "trailing-space"
RULE_FORM_FEED = "form-feed"
RULES = (RULE_SPACE_RUN, RULE_LEADING_SPACE, RULE_TRAILING_SPACE, RULE_FORM_FEED)

_LINE_RE = re.compile(r"(?m)^[^\n]*$")
_INNER_RUN_RE = re.compile(r"(?<=\S)[ \t\f\v]{2,}(?=\S)|(?<=\S)[\t\f\v](?=\S)")
_LEADING_RE = re.compile(r"[ \t\f\v]+")
_TRAILING_RE = re.compile(r"(?<=\S)[ \t\f\v]+$")


def normalise_spaces(text: str, ctx: CleanContext) -> list[Edit] | EditColumns:
    """Collapse runs of spaces, remove stray spaces at line starts and ends, and form feeds.

    Repairs: two or more spaces (or a tab) between words, spaces or tabs before a line's
    first word (the OCR's column indent), spaces at a line end, form feeds (the page
    breaks are recorded as metadata). Never touches: line breaks, a Markdown witness's
    structure (indentation, tables, code, a hard break of two trailing spaces), words, a
    space before a mark (``awe , that``: the stray-glyph filter, which runs before, tells
    a speck from a mark set apart and joins the mark to its word).
    """
    markdown = ctx.fmt == "markdown"
    if not markdown:
        return _plain_spaces(text)
    edits: list[Edit] = []
    in_fence = False
    for m in _LINE_RE.finditer(text):
        line, base = m.group(), m.start()
        if markdown:
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
                continue
            if in_fence or MD_STRUCTURE_LINE_RE.match(line) or "\t" in line:
                continue
        if not line.strip(LINE_SPACE):
            if line:
                edits.append(Edit(base, base + len(line), "", RULE_TRAILING_SPACE, "a line of nothing but spaces"))
            continue
        lead = _LEADING_RE.match(line)
        if lead is not None:
            rule = RULE_FORM_FEED if set(lead.group()) == {"\f"} else RULE_LEADING_SPACE
            edits.append(Edit(base, base + lead.end(), "", rule, "stray space at a line start"))
        for r in _INNER_RUN_RE.finditer(line):
            if set(r.group()) == {"\f"}:
                edits.append(Edit(base + r.start(), base + r.end(), " ", RULE_FORM_FEED, "form feed inside a line"))
            else:
                edits.append(Edit(base + r.start(), base + r.end(), " ", RULE_SPACE_RUN, _WHY_SPACE_RUN))
        t = _TRAILING_RE.search(line)
        if t is not None and not (markdown and t.group() == "  "):
            edits.append(Edit(base + t.start(), base + t.end(), "", RULE_TRAILING_SPACE, "space at a line end"))
    return edits


_BLANK_LINE_RE = re.compile(r"(?m)^[ \t\f\v]+$")
_LINE_LEAD_RE = re.compile(r"(?m)^[ \t\f\v]+(?=\S)")
# Both match the whole run of spaces at a line's start (the one before a line end, the other
# before a non-space): found at once from the newline before it (read after a newline, the
# text's first line has one), which the engine searches for in C, where a multiline ^ is
# tried at every position of the text.
_LINE_START_RUN_RE = re.compile(r"\n([ \t\f\v]+)")
_LINE_TRAIL_RE = re.compile(r"(?m)(?<=\S)[ \t\f\v]+$")
_INNER_ALL_RE = re.compile(r"(?<=\S)(?:[ \t\f\v]{2,}|[\t\f\v])(?=\S)")


def _plain_spaces(text: str) -> EditColumns:
    """The space repairs of a plain-text witness, found over the whole text at once, in
    document order (no two start at one place: the chain then need not sort them)."""
    # (as columns: a justified page has a run of spaces between most words, and a run's
    # edit is only its span; the few others are made whole)
    few: list[Edit] = []
    blank_lines, leads = _line_start_runs(text)
    for start, end in blank_lines:
        few.append(make_edit(start, end, "", RULE_TRAILING_SPACE, "a line of nothing but spaces"))
    for start, end in leads:
        rule = RULE_FORM_FEED if set(text[start:end]) == {"\f"} else RULE_LEADING_SPACE
        few.append(make_edit(start, end, "", rule, "stray space at a line start"))
    run_starts, run_ends, form_feeds = _inner_runs(text)
    for start, end in form_feeds:  # (none, most books)
        few.append(make_edit(start, end, " ", RULE_FORM_FEED, "form feed inside a line"))
    for start, end in _trailing_runs(text):
        few.append(make_edit(start, end, "", RULE_TRAILING_SPACE, "space at a line end"))
    # the few put among the runs, a stretch of runs at a time
    few.sort(key=_START)
    starts: list[int] = []
    ends: list[int] = []
    others: dict[int, Edit] = {}
    taken = 0
    for k, e in zip(map(bisect.bisect_left, repeat(run_starts), map(_START, few)), few):
        starts += run_starts[taken:k]
        ends += run_ends[taken:k]
        others[len(starts)] = e
        starts.append(e.start)
        ends.append(e.end)
        taken = k
    starts += run_starts[taken:]
    ends += run_ends[taken:]
    return EditColumns.uniform(starts, ends, " ", RULE_SPACE_RUN, _WHY_SPACE_RUN, others=others)


_START = operator.attrgetter("start")
_WHY_SPACE_RUN = "a run of spaces"


# _INNER_ALL_RE and _LINE_TRAIL_RE begin with a lookbehind, so on a book they are tried at
# every position (a third of this filter's time, to find next to nothing). Every match of
# theirs is a whole run of [ \t\f\v] that holds a substring a fast literal scan finds:
# two spaces, a tab, form feed or vertical tab (inside a line), or one of these right
# before a line end (trailing). The runs are found from those literals (a run of spaces
# alone by _SPACES_RE, which opens with two of them) and then put to the patterns' own
# conditions: the same matches, in the same order (tests compare), _inner_runs giving the
# runs of nothing but form feeds (a rule of their own) as a list apart.


def _line_start_runs(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans _BLANK_LINE_RE matches and those _LINE_LEAD_RE matches."""
    blank_lines, leads = [], []
    for m in _LINE_START_RUN_RE.finditer("\n" + text):
        start, end = m.start(1) - 1, m.end(1) - 1
        after = text[end:end + 1]
        if after in ("\n", ""):
            blank_lines.append((start, end))
        elif not after.isspace():
            leads.append((start, end))
    return blank_lines, leads


def _run_around(text: str, i: int) -> tuple[int, int]:
    """The whole run of ``LINE_SPACE`` that holds position ``i``."""
    start, end = i, i + 1
    while start > 0 and text[start - 1] in LINE_SPACE:
        start -= 1
    n = len(text)
    while end < n and text[end] in LINE_SPACE:
        end += 1
    return start, end


def _literal_hits(text: str, needles: tuple[str, ...]) -> list[int]:
    hits = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            hits.append(i)
            i = text.find(needle, i + 1)
    return hits


# A run of spaces alone opens with two of them: a literal the engine searches for in C,
# where a pattern opening with a character class or a lookbehind is tried at every
# position (15 ns a character); the lookbehind after them sees the character before the
# run. The runs that hold a tab, form feed or vertical tab (a few a book) are found from
# those characters.
_SPACES_RE = re.compile("  " + r"(?<=\S  ) *+(?=\S)")


def _inner_runs(text: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """The spans _INNER_ALL_RE matches: a run of two or more, or a tab, form feed or
    vertical tab, with a non-space on both sides. Those of nothing but form feeds (a rule
    of their own) apart, as (start, end); the others as their starts and their ends."""
    matches = list(_SPACES_RE.finditer(text))
    starts = list(map(re.Match.start, matches))
    ends = list(map(re.Match.end, matches))
    form_feeds = []
    n = len(text)
    for a, b in sorted({_run_around(text, i) for i in _literal_hits(text, ("\t", "\f", "\v"))}):
        if a > 0 and not text[a - 1].isspace() and b < n and not text[b].isspace():
            if set(text[a:b]) == {"\f"}:
                form_feeds.append((a, b))
                continue
            k = bisect.bisect_left(starts, a)
            starts.insert(k, a)
            ends.insert(k, b)
    return starts, ends, form_feeds


def _trailing_runs(text: str) -> list[tuple[int, int]]:
    """The spans _LINE_TRAIL_RE matches: a run at a line end with a non-space before it."""
    ends = _literal_hits(text, tuple(c + "\n" for c in LINE_SPACE if c in text))  # (a tab is rare: one scan for it)
    if text and text[-1] in LINE_SPACE:
        ends.append(len(text) - 1)
    runs = sorted({_run_around(text, i) for i in ends})
    return [(a, b) for a, b in runs if a > 0 and not text[a - 1].isspace()]
