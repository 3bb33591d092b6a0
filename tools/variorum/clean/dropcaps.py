"""Drop caps that the OCR read as a letter of their own ("W HEN"), joined to the rest of their word."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import md_structure, split_blocks
from variorum.clean.lexicon import zipf_table
from variorum.clean.misread.tables import COMMON

RULE_DROP_CAP = "drop-cap"
RULES = (RULE_DROP_CAP,)

#: a block's first word as a drop cap leaves it: a capital alone, spaces, then the rest of
#: the word in capitals (as set, or small capitals read as capitals) or in lower case (small
#: capitals read as such), ending at a space or a stop, never at a hyphen or an apostrophe
_DROP_CAP_RE = re.compile(r" *[\"“‘'(]?([A-Z])( {1,3})([A-Z]+|[a-z]+)(?=[ \n,.;:!?\"”’)]|$)")
#: capitals that are words by themselves: "A LONG time" and "I SAT" may be the author's
_LETTER_WORDS = frozenset("AIO")


def join_drop_caps(text: str, ctx: CleanContext) -> list[Edit]:
    """Join a drop cap that the OCR read as a letter of its own to the rest of its word.

    Repairs: at a block's start, a capital, spaces, and the rest of the word in capitals
    or lower case ("W HEN we", "D AY after", "T he being"), where the pieces make one
    word (common in the language, or found elsewhere in the witness). Where the capital
    is a word by itself (A, I, O), only a common word in capitals is joined, and only
    suggested where the rest is a word too ("A LONG time"). Never touches: a letter and a
    word that make no word together ("I SAT", "I WAS"), "A few" or "I was" in lower case,
    letters inside a block, the words' letters or case.
    """
    zipf = zipf_table(ctx.settings.language)
    found: list[tuple[re.Match, bool]] = []  # each drop cap, and whether its word is rare
    for blk in split_blocks(text):
        m = _DROP_CAP_RE.match(text, blk.start, blk.end)
        if m is None or (ctx.fmt == "markdown" and md_structure(blk.text(text))):
            continue
        cap, rest = m.group(1), m.group(3)
        letter_word = cap in _LETTER_WORDS
        if letter_word and rest.islower():
            continue  # "I was", "A few": prose, whatever OCR made of them elsewhere
        rare = zipf.get((cap + rest).lower(), 0.0) < COMMON
        if rare and letter_word:
            continue  # "I SAT": only a common word is clear enough after a letter that is one
        found.append((m, rare))
    # a rare word must stand elsewhere in the witness: all of them looked for in one pass
    rare_words = {(m.group(1) + m.group(3)).lower() for m, rare in found if rare}
    standing = _words_standing(rare_words, text.lower()) if rare_words else set()  # (most books: none)
    edits: list[Edit] = []
    for m, rare in found:
        cap, rest = m.group(1), m.group(3)
        word = cap + rest
        if rare and word.lower() not in standing:
            continue
        both_words = cap in _LETTER_WORDS and len(rest) > 1 and zipf.get(rest.lower(), 0.0) >= COMMON
        why = f"a drop cap read as a letter of its own: '{cap} {rest}' is '{word}' at a block's start"
        if both_words:
            edits.append(Edit(m.start(2), m.end(2), "", RULE_DROP_CAP,
                              why + f" (but '{cap}' and '{rest}' are words too)", 0.5, applied=False))
        else:
            edits.append(Edit(m.start(2), m.end(2), "", RULE_DROP_CAP, why, 0.9))
    return edits


def _words_standing(words: set[str], text: str) -> set[str]:
    """Those of ``words`` (each a run of word characters) that stand in ``text`` as a word of
    their own, no word character on either side: one search for each, made in one pass."""
    if not words:
        return set()
    # each word first, the character before it looked behind: the engine skips in C to the
    # words' first letters, where a pattern opening with a lookbehind is tried everywhere
    alternatives = "|".join(f"{w}(?<!\\w{w})" for w in map(re.escape, sorted(words)))
    return set(re.findall(f"(?:{alternatives})(?!\\w)", text))
