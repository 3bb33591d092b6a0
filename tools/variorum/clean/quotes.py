"""Quotation marks as the ``quotes`` setting says: kept, straight or curly."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.chain import MARKUP

RULE_QUOTES = "quotes"
RULES = (RULE_QUOTES,)

_MD_PROTECTED_RE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|https?://\S+")
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
