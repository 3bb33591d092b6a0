"""Split a witness into words, sentences and blocks, keeping exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from variorum.abbreviations import abbreviation_stop

_WORD_RE = re.compile(r"\S+")
_BLOCK_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
_STRONG_END_RE = re.compile(r"[.!?]['\"\u2019\u201d)\]*_]*$")


@dataclass(frozen=True)
class Tokens:
    """A witness cut into word tokens.

    Token ``i`` covers ``text[start[i]:end[i]]``: the word ``text[start[i]:wend[i]]`` (the
    first token also carries any leading whitespace) and the whitespace after it, so the
    tokens tile the text exactly.  ``block[i]`` is the index of the block (paragraph,
    heading, list item) holding the token; ``sent_end[i]`` says a sentence ends with it.
    """

    text: str
    start: tuple[int, ...]
    wend: tuple[int, ...]
    end: tuple[int, ...]
    words: tuple[str, ...]
    block: tuple[int, ...]
    sent_end: tuple[bool, ...]
    #: token index ranges [first, last) of each block
    blocks: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return len(self.start)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens [i, j); empty spans sit at the next token's start."""
        if i < j:
            return self.start[i], self.end[j - 1]
        pos = self.start[i] if i < len(self.start) else len(self.text)
        return pos, pos


def tokenize(text: str) -> Tokens:
    """Cut ``text`` into tokens that tile it exactly (see :class:`Tokens`)."""
    matches = list(_WORD_RE.finditer(text))
    starts: list[int] = []
    wends: list[int] = []
    words: list[str] = []
    for k, m in enumerate(matches):
        starts.append(0 if k == 0 else m.start())
        wends.append(m.end())
        words.append(m.group())
    if not matches and text:
        # whitespace only: one token with an empty word keeps the text
        starts, wends, words = [0], [0], [""]
    n = len(starts)
    ends = [starts[k + 1] for k in range(n - 1)] + ([len(text)] if n else [])
    block: list[int] = []
    blocks: list[tuple[int, int]] = []
    b = 0
    first = 0
    for k in range(n):
        block.append(b)
        if k + 1 < n and _BLOCK_BREAK_RE.search(text, wends[k], ends[k]):
            blocks.append((first, k + 1))
            first = k + 1
            b += 1
    if n:
        blocks.append((first, n))
    sent_end = []
    for k in range(n):
        last_of_block = k + 1 == n or block[k + 1] != block[k]
        sent_end.append(last_of_block or _ends_sentence(words[k], words[k + 1]))
    return Tokens(text, tuple(starts), tuple(wends), tuple(ends), tuple(words),
                  tuple(block), tuple(sent_end), tuple(blocks))


def _ends_sentence(word: str, following: str) -> bool:
    if not _STRONG_END_RE.search(word):
        return False
    if abbreviation_stop(word):
        return False
    first = following.lstrip("(\"'\u2018\u201c[*_#-")
    return not first or not first[0].islower()
