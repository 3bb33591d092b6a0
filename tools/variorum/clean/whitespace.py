"""Whitespace and quotes: runs of spaces, stray leading and trailing spaces, form feeds; quotes as a setting says."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.chain import MARKUP

RULE_SPACE_RUN = "space-run"
RULE_LEADING_SPACE = "leading-space"
RULE_TRAILING_SPACE = "trailing-space"
RULE_FORM_FEED = "form-feed"
RULE_QUOTES = "quotes"
RULE_STRAY_GLYPH = "stray-glyph"
RULES = (RULE_SPACE_RUN, RULE_LEADING_SPACE, RULE_TRAILING_SPACE, RULE_FORM_FEED, RULE_QUOTES,
         RULE_STRAY_GLYPH)

#: glyphs no running text sets alone between two words: specks and rules a scanner reads
STRAY_GLYPHS = "~¬¦|`^•·¤¨˜"
_STRAY_RE = re.compile(r" ([" + re.escape(STRAY_GLYPHS) + r"]) (?=[^\W\d_])")

_LINE_RE = re.compile(r"(?m)^[^\n]*$")
_INNER_RUN_RE = re.compile(r"(?<=\S)[ \t\f\v]{2,}(?=\S)|(?<=\S)[\t\f\v](?=\S)")
_LEADING_RE = re.compile(r"[ \t\f\v]+")
_TRAILING_RE = re.compile(r"(?<=\S)[ \t\f\v]+$")
_MD_STRUCTURE_RE = re.compile(r"[ \t]*(?:[-+*][ \t]|\d+[.)][ \t]|#|>|\||<|```|~~~| {4}|\t)")
_MD_PROTECTED_RE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|https?://\S+")


def normalise_spaces(text: str, ctx: CleanContext) -> list[Edit]:
    """Collapse runs of spaces, remove stray spaces at line starts and ends, and form feeds.

    Repairs: two or more spaces (or a tab) between words, spaces or tabs before a line's
    first word (the OCR's column indent), spaces at a line end, form feeds (the page
    breaks are recorded as metadata). Never touches: line breaks, a Markdown witness's
    structure (indentation, tables, code, a hard break of two trailing spaces), words.
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
            if in_fence or _MD_STRUCTURE_RE.match(line) or "\t" in line:
                continue
        if not line.strip(" \t\f\v"):
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
                edits.append(Edit(base + r.start(), base + r.end(), " ", RULE_SPACE_RUN, "a run of spaces"))
        t = _TRAILING_RE.search(line)
        if t is not None and not (markdown and t.group() == "  "):
            edits.append(Edit(base + t.start(), base + t.end(), "", RULE_TRAILING_SPACE, "space at a line end"))
    return edits


_BLANK_LINE_RE = re.compile(r"(?m)^[ \t\f\v]+$")
_LINE_LEAD_RE = re.compile(r"(?m)^[ \t\f\v]+(?=\S)")
_LINE_TRAIL_RE = re.compile(r"(?m)(?<=\S)[ \t\f\v]+$")
_INNER_ALL_RE = re.compile(r"(?<=\S)(?:[ \t\f\v]{2,}|[\t\f\v])(?=\S)")


def _plain_spaces(text: str) -> list[Edit]:
    """The space repairs of a plain-text witness, found over the whole text at once."""
    edits: list[Edit] = []
    add = edits.append
    for m in _BLANK_LINE_RE.finditer(text):
        add(Edit(m.start(), m.end(), "", RULE_TRAILING_SPACE, "a line of nothing but spaces"))
    for m in _LINE_LEAD_RE.finditer(text):
        rule = RULE_FORM_FEED if set(m.group()) == {"\f"} else RULE_LEADING_SPACE
        add(Edit(m.start(), m.end(), "", rule, "stray space at a line start"))
    for start, end in _inner_runs(text):
        if set(text[start:end]) == {"\f"}:
            add(Edit(start, end, " ", RULE_FORM_FEED, "form feed inside a line"))
        else:
            add(Edit(start, end, " ", RULE_SPACE_RUN, "a run of spaces"))
    for start, end in _trailing_runs(text):
        add(Edit(start, end, "", RULE_TRAILING_SPACE, "space at a line end"))
    return edits


# _INNER_ALL_RE and _LINE_TRAIL_RE begin with a lookbehind, so on a book they are tried at
# every position (a third of this filter's time, to find next to nothing). Every match of
# theirs is a whole run of [ \t\f\v] that holds a substring found by a fast literal scan:
# two spaces, a tab, form feed or vertical tab (inside a line), or one of these right
# before a line end (trailing). The runs are found from those literals and then put to
# the patterns' own conditions: the same matches, in the same order (tests compare).
_RUN_CHARS = " \t\f\v"


def _run_around(text: str, i: int) -> tuple[int, int]:
    """The whole run of ``_RUN_CHARS`` that holds position ``i``."""
    start, end = i, i + 1
    while start > 0 and text[start - 1] in _RUN_CHARS:
        start -= 1
    n = len(text)
    while end < n and text[end] in _RUN_CHARS:
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


def _inner_runs(text: str) -> list[tuple[int, int]]:
    """The spans _INNER_ALL_RE matches: a run of two or more, or a tab, form feed or
    vertical tab, with a non-space on both sides."""
    runs = sorted({_run_around(text, i) for i in _literal_hits(text, ("  ", "\t", "\f", "\v"))})
    n = len(text)
    return [(a, b) for a, b in runs
            if a > 0 and not text[a - 1].isspace() and b < n and not text[b].isspace()]


def _trailing_runs(text: str) -> list[tuple[int, int]]:
    """The spans _LINE_TRAIL_RE matches: a run at a line end with a non-space before it."""
    ends = _literal_hits(text, tuple(c + "\n" for c in _RUN_CHARS))
    if text and text[-1] in _RUN_CHARS:
        ends.append(len(text) - 1)
    runs = sorted({_run_around(text, i) for i in ends})
    return [(a, b) for a, b in runs if a > 0 and not text[a - 1].isspace()]


_TO_STRAIGHT = {"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"}


def normalise_quotes(text: str, ctx: CleanContext) -> list[Edit]:
    """Quotation marks as ``quotes`` says: ``keep`` (no change), ``straight`` or ``curly``.

    Repairs: quotes not in the chosen style; an apostrophe becomes ``’`` in curly style.
    Never touches: primes in numbers (5'10"), code spans, link targets and URLs in
    Markdown, any other character.
    """
    style = ctx.settings.quotes
    if style == "keep":
        return []
    protected = [(m.start(), m.end()) for m in _MD_PROTECTED_RE.finditer(text)] if ctx.fmt == "markdown" else []
    edits: list[Edit] = []
    pi = 0
    pattern = "[“”„‟‘’‚‛]" if style == "straight" else "[\"']"
    for m in re.finditer(pattern, text):
        i = m.start()
        while pi < len(protected) and protected[pi][1] <= i:
            pi += 1
        if pi < len(protected) and protected[pi][0] <= i:
            continue
        ch = m.group()
        if style == "straight":
            new = _TO_STRAIGHT[ch]
        else:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isdigit():
                continue  # a prime: 5'10"
            opening = prev.isspace() or prev in "([{—–-/" + MARKUP
            if ch == '"':
                new = "“" if opening else "”"
            else:
                new = "‘" if opening and nxt.isalnum() else "’"
        edits.append(Edit(i, i + 1, new, RULE_QUOTES, f"quotes: {style}"))
    return edits


def remove_stray_glyphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Remove a speck the OCR read as a lone glyph (``~``, ``¬``, ``¦``, ``•``...) between two words.

    Repairs: one such glyph standing alone, with a word on each side. Never touches:
    punctuation the text uses alone (dashes, ``&``, ``/``, ``+``, ``%``, ``§``), glyphs
    inside or glued to a word (the misreading filter's business), Markdown witnesses
    (where ``~`` and ``^`` are markup).
    """
    del ctx
    edits = []
    for m in _STRAY_RE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        # a word (or a word and a comma, semicolon, colon) before the glyph
        if before[-1:].isalpha() or (before[-1:] in ",;:" and before[:1].isalpha()):
            edits.append(Edit(m.start(), m.end() - 1, "", RULE_STRAY_GLYPH,
                              f"'{m.group(1)}' alone between two words", 0.85))
    return edits
