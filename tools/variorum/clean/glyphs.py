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
_STRAY_RE = re.compile(r" ([" + re.escape(STRAY_GLYPHS) + r".]) (?=[^\W\d_])")


def remove_stray_glyphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Remove a speck the OCR read as a lone glyph (``~``, ``¬``, ``¦``, ``•``...) between two words.

    Repairs: one such glyph standing alone, with a word on each side; a lone full stop
    between two words of two letters or more, the next in lower case. Never touches:
    punctuation the text uses alone (dashes, ``&``, ``/``, ``+``, ``%``, ``§``), a spaced
    stop that may end a sentence or an abbreviation (``said . The``, ``i . e .``), an
    ellipsis set with spaces (``. . .``), a degree sign after a number, glyphs
    inside or glued to a word (the misreading filter's business), Markdown witnesses
    (where ``~`` and ``^`` are markup).
    """
    del ctx
    edits = []
    for m in _STRAY_RE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        # a word (or a word and a comma, semicolon, colon) before the glyph
        if m.group(1) == "." and not _lone_stop(text, m.start(), m.end()):
            continue
        if before[-1:].isalpha() or (before[-1:] in ",;:" and before[:1].isalpha()):
            edits.append(Edit(m.start(), m.end() - 1, "", RULE_STRAY_GLYPH,
                              f"'{m.group(1)}' alone between two words", 0.85))
    return edits


def _lone_stop(text: str, start: int, end: int) -> bool:
    """Whether the ``.`` at ``text[start + 1]`` stands between two words that it cannot end
    or abbreviate: a word of two letters or more before it, a lower-case word of two
    letters or more after it (a capital after it may start a sentence it ends; a single
    letter on either side may be an abbreviation spaced out, ``i . e .``)."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return before.isalpha() and len(after) == 2 and after.isalpha() and after.islower()
