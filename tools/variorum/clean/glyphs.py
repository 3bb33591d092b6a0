"""Stray glyphs: a speck the OCR read as a lone sign between two words, removed."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit

RULE_STRAY_GLYPH = "stray-glyph"
RULES = (RULE_STRAY_GLYPH,)

#: glyphs no running text sets alone between two words: specks and rules a scanner reads
STRAY_GLYPHS = "~¬¦|`^•·¤¨˜"
_STRAY_RE = re.compile(r" ([" + re.escape(STRAY_GLYPHS) + r"]) (?=[^\W\d_])")


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
