"""Bullets the OCR misread at line starts, made Markdown list items."""

from __future__ import annotations

import itertools
from bisect import bisect_left
import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import BULLET_RE, hanging_items
from variorum.clean.chain import MARKUP

RULE_BULLET = "bullet"
RULES = (RULE_BULLET,)

# a whole line that BULLET_RE matches at its start (the pattern never crosses a newline),
# found from the newline before it (the text is read after a newline): a literal the engine
# searches for in C, where a multiline ^ would be tried at every position of the text
_BULLET_LINE_RE = re.compile(r"\n(?=" + BULLET_RE.pattern + r")[^\n]*")
_UNAMBIGUOUS_BULLETS = frozenset("•●▪■◦¢»")
#: a sign a scanner makes of a bullet, glued to its item ("©The"): only where other lines
#: near it start with the same sign glued so (a list), since the sign alone may be the
#: text's own ("©The Author"); "»" only in a witness without "«" (where it opens German
#: or Danish quotations, »so«); letters ("eBay") and "*" (a footnote) never
_GLUED_SIGNS = "©®+¢»"
_GLUED_SIGN_RE = re.compile(r"[ \t]*([" + _GLUED_SIGNS + r"])(?=[\"“'‘(]?[A-Z])")
# a sign glued to a capital anywhere (found fast from the sign); at a line start, see below
_GLUED_SIGN_ANYWHERE_RE = re.compile(r"[" + _GLUED_SIGNS + r"](?=[\"“'‘(]?[A-Z])")
#: how far apart (characters) two items of one list may start
_LIST_SPAN = 1500
#: a line opening with a glyph and spaces before its text in any case (a plain-text export
#: keeps no hanging indent: "o he was", "• “and among"), found from the newline before it
_LOOSE_ITEM_RE = re.compile(r"[ \t]*([oe»«+*¢•●▪■◦·])[ \t]+(?=\S)")
_LOOSE_LINE_RE = re.compile(r"\n(?=" + _LOOSE_ITEM_RE.pattern + r")[^\n]*")
#: a guillemet that quotes: '»' closing after a word or a mark, or set apart inside a line
#: (the literal first, what stands before it looked behind: the engine skips to each '»')
_GUILLEMET_QUOTE_RE = re.compile(r"»(?<=[^\s]»)|»(?<=[^\s][ \t\u00a0\u202f]»)|»(?<=[^\s][ \t][ \t]»)")
#: a line opening with a quotation's '>' (and its text's first letter, if any)
_QUOTED_LINE_RE = re.compile(r"[ \t]*>[ \t]*(\w?)")
#: glyphs nothing but a bullet, an item alone even before a small letter (not a speck's
#: '·' or '*': the rejoin reads those before a small letter as specks)
_ONLY_BULLETS = "•●▪■◦"
_BLANK_RE = re.compile(r"\n[ \t]*\n")


def mark_bullets(text: str, ctx: CleanContext) -> list[Edit]:
    """Make list items of lines that start with a bullet the OCR misread (``o``, ``e``, ``»``, ``+``, ``*``, ``¢``).

    Repairs: a glyph and a space at a line start, before a capitalised word, where a list
    is plain (an unambiguous bullet glyph, another such line nearby, or a colon before);
    the item becomes its own ``- `` block. In any case of its first word where the layout
    shows a list: two or more lines opening with the same glyph, the lines after an item
    hanging under its text; or, where a plain-text export kept no indent, lines near each
    other opening a block or after a clause's end with a glyph before a word in any case
    (for ``o`` and ``e`` the same glyph or a true bullet: ``o he was``, ``e but in``), and a glyph nothing
    but a bullet before a quotation (``• “and``). Never touches: the
    item's words, a lone ``o`` or ``e`` with no list (or no hanging indent) around it, nor
    either outside English, a ``«`` its block closes (``« Eh bien ! » dit-il``), a ``>``
    opening each line of a quoted paragraph (_quoting), Markdown witnesses (their lists
    are their own).
    """
    # (start, end) of every line that could be an item: the lines BULLET_RE matches, found
    # in one pass over the text rather than a match tried on each line of a book
    lines = _bullet_lines(text)
    glued = _glued_sign_lines(text)
    if glued:
        lines = sorted(set(lines) | set(glued))
    hanging = hanging_items(text)
    loose = _loose_items(text, lines, ctx)
    if loose:
        lines = sorted(set(lines) | loose)
    if hanging:
        taken = {s for s, _ in hanging}
        lines = [span for span in lines if span[0] not in taken]
    if not lines and not hanging:
        return []
    starts = [s for s, _ in lines]
    hanging_starts = [s for s, _ in hanging]
    edits: list[Edit] = [_hanging_edit(text, s, end) for s, end in hanging]
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        m = BULLET_RE.match(line) or _GLUED_SIGN_RE.match(line) or _LOOSE_ITEM_RE.match(line)
        assert m is not None
        glyph = m.group(1)
        if glyph == "«" and _closed_in_its_block(text, s):
            continue  # (a quotation the witness closes: French dialogue, « Eh bien ! » dit-il)
        prev_text = text[max(0, s - 400):s].rstrip()
        # a plain hyphen starts many a wrapped line ("- A meeting"): it needs a like neighbour
        near = any(abs(starts[k] - starts[k2]) < _LIST_SPAN and (glyph != "-" or text[starts[k2]:lines[k2][1]].lstrip()[:1] == "-")
                   for k2 in (k - 1, k + 1) if 0 <= k2 < len(starts))
        if not near and hanging and glyph != "-":
            # (an item of a hanging-indent list is as near a neighbour: "* one", "e two", "o three")
            h = bisect_left(hanging_starts, s)
            near = any(abs(hanging_starts[h2] - s) < _LIST_SPAN for h2 in (h - 1, h) if 0 <= h2 < len(hanging_starts))
        if not (glyph in _UNAMBIGUOUS_BULLETS or near or prev_text.endswith(":") or (s, e) in loose):
            continue
        if glyph == ">" and _quoting(text, s, e):
            continue
        prev_line = text[text.rfind("\n", 0, max(0, s - 1)) + 1:max(0, s - 1)]
        at_block_start = s == 0 or not prev_line.strip()
        if s > 0 and not at_block_start:
            # an item that a column break glued to the line before it
            if not prev_text.rstrip("”’\"')]").endswith((";", ":", ".", ",", "!", "?")):
                continue
            edits.append(Edit(s - 1, s + m.end(), "\n\n" + MARKUP + "- ", RULE_BULLET,
                              f"'{glyph}' at a line start read as a bullet; the item starts a new block", 0.85))
        else:
            edits.append(Edit(s, s + m.end(), MARKUP + "- ", RULE_BULLET,
                              f"'{glyph}' at a line start read as a bullet", 0.9))
    return sorted(edits, key=lambda e: e.start)


def _closed_in_its_block(text: str, s: int) -> bool:
    """Whether the '«' opening the line at ``s`` is closed in its block: as many '»' after
    a word or a mark (_GUILLEMET_QUOTE_RE; not a bullet's, opening a line) as '«' from it to
    the next blank line. A bullet the OCR read as '«' has none to close it."""
    end = m.start() if (m := _BLANK_RE.search(text, s)) else len(text)
    return len(_GUILLEMET_QUOTE_RE.findall(text, s, end)) >= text.count("«", s, end)


def _loose_items(text: str, lines: list[tuple[int, int]], ctx: CleanContext) -> set[tuple[int, int]]:
    """(start, end) of the lines opening with a glyph and spaces before a word in any case
    that BULLET_RE leaves (a small letter after the glyph), opening a block or after a
    clause's end (_after_a_clause): items where the line before or
    after of them or of ``lines``, within a list's span, opens with the same glyph, or
    where the glyph is nothing but a bullet (``• “and``). ``o`` and ``e`` only in English
    (elsewhere they are words: Italian 'e', Portuguese 'o')."""
    if not any(g in text for g in "oe»«+*¢•●▪■◦·"):
        return set()
    english = (getattr(ctx.settings, "language", "en") or "en") == "en"
    # (guillemets that quote: a '»' after a word or set apart inside a line)
    guillemets = "»" in text and _GUILLEMET_QUOTE_RE.search(text) is not None
    known = set(lines)
    # (an item in small letters opens a block or follows a clause's end: 'grey,' then 'o the
    # wind' is a line of prose, whatever its first word)
    found = [span for m in _LOOSE_LINE_RE.finditer("\n" + text)
             if _after_a_clause(text, (span := (m.start(), m.end() - 1))[0])]
    spans = sorted(set(found) | known)
    glyph_of = {span: text[span[0]:span[1]].lstrip(" \t")[:1] for span in spans}
    out = set()
    for k, span in enumerate(spans):
        if span in known:
            continue
        glyph = glyph_of[span]
        if glyph in "oe" and not english or glyph in "«»" and guillemets:
            continue
        after = text[span[0]:span[1]].lstrip(" \t")[1:].lstrip(" \t")[:1]
        alone = glyph in _ONLY_BULLETS and not after.islower()
        # (a list's glyphs are misread each on its own: '» I trembled', '* when'; but a
        # letter that may be a word needs its own kind or a glyph nothing but a bullet beside it)
        if alone or any((glyph_of[spans[k2]] == glyph or glyph_of[spans[k2]] in _ONLY_BULLETS
                         or glyph not in "oe" and glyph_of[spans[k2]] not in "oe")
                        and abs(spans[k2][0] - span[0]) < _LIST_SPAN
                        for k2 in (k - 1, k + 1) if 0 <= k2 < len(spans)):
            out.add(span)
    return out


def _quoting(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]``, opening with '>', stands beside a line that opens with
    '>' too, one of the two running on in small letters: a quoted paragraph whose every line
    opens with the mark (mail, Markdown). A list's item runs on under its text, its next
    line no glyph of its own; a list of '>' items opens each with a capital."""
    prev_start = text.rfind("\n", 0, max(0, s - 1)) + 1
    before = text[prev_start:s - 1] if s > 0 else ""
    after_end = text.find("\n", e + 1)
    after = text[e + 1:after_end if after_end >= 0 else len(text)] if e < len(text) else ""
    lines = [text[s:e]] + [line for line in (before, after) if _QUOTED_LINE_RE.match(line)]
    return len(lines) > 1 and any(_QUOTED_LINE_RE.match(line).group(1).islower() for line in lines)


def _after_a_clause(text: str, s: int) -> bool:
    """Whether the line at ``s`` opens the text or a block, or follows a line ending a clause."""
    prev = text[text.rfind("\n", 0, max(0, s - 1)) + 1:max(0, s - 1)].rstrip().rstrip("”’\"')]")
    return s == 0 or not prev or prev.endswith((";", ":", ".", "!", "?"))


def _hanging_edit(text: str, s: int, end: int) -> Edit:
    """The edit making the item whose glyph and spaces are ``text[s:end]`` a ``- `` block."""
    glyph = text[s:end].strip()
    if s == 0 or not text[text.rfind("\n", 0, s - 1) + 1:s - 1].strip():
        return Edit(s, end, MARKUP + "- ", RULE_BULLET,
                    f"'{glyph}' at a line start read as a bullet: a list of such lines, each "
                    f"item's next lines hanging under its text", 0.9)
    return Edit(s - 1, end, "\n\n" + MARKUP + "- ", RULE_BULLET,
                f"'{glyph}' at a line start read as a bullet: a list of such lines, each item's next "
                f"lines hanging under its text; the item starts a new block", 0.9)


def _bullet_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that BULLET_RE matches (in the padded text a match
    starts at the newline before the line: one character early, and ends one late)."""
    return [(m.start(), m.end() - 1) for m in _BULLET_LINE_RE.finditer("\n" + text)]


def _glued_sign_lines(text: str) -> list[tuple[int, int]]:
    """Lines that start with a sign glued to a capital (``©The``), where the line before or
    after of the kind starts with the same sign, within a list's span."""
    found = []
    quotes_with_guillemets = "«" in text
    for m in _glued_signs(text):
        if quotes_with_guillemets and m.group() == "»":
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        if text[start:m.start()].strip(" \t"):
            continue  # inside a line, not at its start
        end = text.find("\n", m.end())
        found.append(((start, end if end >= 0 else len(text)), m.group()))
    return [span for k, (span, sign) in enumerate(found)
            if any(0 <= k2 < len(found) and found[k2][1] == sign and abs(found[k2][0][0] - span[0]) < _LIST_SPAN
                   for k2 in (k - 1, k + 1))]


def _glued_signs(text: str) -> list[re.Match[str]]:
    """What ``_GLUED_SIGN_ANYWHERE_RE.finditer(text)`` finds, in order, from where ``str.find``
    finds each sign (a book has a handful: the pattern's scan tries every character)."""
    at = []
    for sign in _GLUED_SIGNS:
        i = text.find(sign)
        while i >= 0:
            at.append(i)
            i = text.find(sign, i + 1)
    return [m for m in map(_GLUED_SIGN_ANYWHERE_RE.match, itertools.repeat(text), sorted(at)) if m]
