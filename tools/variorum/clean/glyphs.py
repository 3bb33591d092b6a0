"""Stray glyphs: a speck the OCR read as a lone sign between two words, removed."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit

RULE_STRAY_GLYPH = "stray-glyph"
RULES = (RULE_STRAY_GLYPH,)

#: glyphs no running text sets alone between two words: specks and rules a scanner reads
STRAY_GLYPHS = "~¬¦|`^•·¤¨˜°_"
#: a full stop alone between two words is a speck too, where nothing reads it as a sentence
#: end or an abbreviation's stop (see _lone_stop)
#: (the spaces around it may be runs: a justified line, before the spaces are normalised)
#: (matched from the glyph, a space or tab before it; the rest of a run of spaces is measured
#: after. The glyph opens the pattern: the engine then skips in C from one such character to
#: the next, where a space first would stop it at every word)
_STRAY_RE = re.compile(r"([" + re.escape(STRAY_GLYPHS) + r".'])(?<=[ \t].)[ \t]+(?=[\"“‘(]?[^\W\d_]|[—–][ \t])")
#: a straight single quote at a word's edge (a quotation mark, not an apostrophe inside a word)
_EDGE_QUOTE_RE = re.compile(r"(?<!\w)'|'(?!\w)")
#: how far (characters) a quotation a lone quote might belong to may be
_QUOTE_REACH = 200
#: what may stand before the glyph: a word's last letter, or punctuation closing a word
_AFTER_WORD = ",;:.!?”’\"'—)"


def remove_stray_glyphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Remove a speck the OCR read as a lone glyph (``~``, ``¬``, ``¦``, ``•``...) between two words.

    Repairs: one such glyph standing alone (spaces, or runs of them, on each side), after
    a word or the punctuation closing one, before a word, its opening quote or a spaced
    dash; a lone full stop between two words of two letters or more, the next in lower
    case; a lone straight quote between two lower-case words with no other quotation mark
    of its kind near it. Never touches: a quote that may close or open a quotation near it
    (``he said 'go ' and``),
    punctuation the text uses alone (dashes, ``&``, ``/``, ``+``, ``%``, ``§``), a spaced
    stop that may end a sentence or an abbreviation (``said . The``, ``i . e .``), an
    ellipsis set with spaces (``. . .``), a degree sign after a number, glyphs
    inside or glued to a word (the misreading filter's business), Markdown witnesses
    (where ``~`` and ``^`` are markup).
    """
    del ctx
    edits = []
    for m in _STRAY_RE.finditer(text):
        start = m.start(1)
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start == 0 or text[start - 1] in "\n\r\f":
            continue  # a glyph at a line start: a bullet's business, not a speck's
        before = text[max(0, start - 2):start]
        if m.group(1) == ".":
            if not _lone_stop(text, start, m.end()):
                continue
        elif m.group(1) == "'":
            if not _lone_quote(text, start, m.start(1), m.end()):
                continue
        # a word, or a word and the punctuation that closes it (comma, stop, quote, dash)
        elif not (before[-1:].isalpha() or (before[-1:] in _AFTER_WORD and before[:1].isalnum())):
            continue
        edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                          f"'{m.group(1)}' alone between two words", 0.85))
    return edits


def _lone_stop(text: str, start: int, end: int) -> bool:
    """Whether the ``.`` between ``text[start]`` and ``text[end]`` (its spaces) stands between
    two words that it cannot end or abbreviate: before it a word of two letters or more
    (or such a word and a comma, semicolon or colon), after it a lower-case word (a capital
    after it may start a sentence it ends; a single letter before it may be an abbreviation
    spaced out, ``i . e .``)."""
    before = text[max(0, start - 3):start]
    if before[-1:] in (",", ";", ":"):
        before = before[:-1]
    before = before[-2:]
    after = text[end:end + 2]
    return len(before) == 2 and before.isalpha() and after[:1].isalpha() and after[:1].islower() \
        and (len(after) == 1 or not after[1].isalpha() or after.islower())


def _lone_quote(text: str, start: int, at: int, end: int) -> bool:
    """Whether the ``'`` at ``at`` stands between two lower-case words with no other straight
    quote at a word's edge within reach: then it belongs to no quotation (a speck); near
    another, it may be that quotation's mark set apart by a space, and stays."""
    if not (text[start - 1:start].isalpha() and text[end:end + 1].isalpha() and text[end:end + 1].islower()):
        return False
    window = text[max(0, at - _QUOTE_REACH):at] + " " + text[at + 1:at + 1 + _QUOTE_REACH]
    return _EDGE_QUOTE_RE.search(window) is None
