"""Abbreviations whose full stop ends no sentence (Mr., Dr., e.g.): one list for the cleanup and the collation."""

from __future__ import annotations

import re

#: abbreviations after which a full stop does not end a sentence
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof no nos fig figs vol vols ed eds e.g i.e etc cf vs viz al ch pp p sr jr".split()
)
#: what may close a word after its stop (quotes, brackets, Markdown's emphasis)
_CLOSERS = "'\"\u2019\u201d)]*_"
#: what may open a word before its letters
_OPENERS = "(\"'\u2018\u201c[*_"
#: the last word before a place: white space, perhaps a quotation or a bracket opening, then the place
_LAST_WORD_RE = re.compile(r"(\S+)\s+['\"\u201c\u2018(]*$")


def abbreviation_stop(word: str) -> bool:
    """Whether ``word`` (a whitespace-delimited token) ends with an abbreviation's full stop:
    a word of ABBREVIATIONS or a single letter (an initial: 'J. Smith') before it."""
    stripped = word.rstrip(_CLOSERS)
    if not stripped.endswith("."):
        return False
    bare = stripped.rstrip(".!?").lstrip(_OPENERS).lower()
    return bare in ABBREVIATIONS or len(bare) == 1


def after_abbreviation(text: str, start: int) -> bool:
    """Whether the last word before ``start`` (white space between, and perhaps a quote or a
    bracket opening) ends with an abbreviation's stop: a capital at ``start`` then opens no
    sentence ('Mr. Ab out')."""
    m = _LAST_WORD_RE.search(text, max(0, start - 24), start)
    # (a word the window cuts is a long one, no abbreviation: its tail 'e.' or 'ed.' is no initial)
    return m is not None and not (m.start() and not text[m.start() - 1].isspace()) and abbreviation_stop(m.group(1))
