"""The original page breaks carried through the chain to where they land in the cleaned Markdown."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Callable, Sequence

from variorum.clean.chain import MARKUP, OffsetMap

#: private-use characters tried as the sentinel marking a page break through emission
#: (``\ue000`` is the chain's MARKUP, so the search starts after it)
_SENTINELS = range(0xE001, 0xF900)


def forward(positions: Sequence[int], m: OffsetMap, new_len: int) -> list[int]:
    """Where each position of a filter's input is in its output (``m``'s inverse).

    A position in a copied stretch moves with it; one at the start of an edit stays
    before the edit's replacement (a page that begins with a replaced or inserted
    heading or bullet begins with its new form); one strictly inside a replaced span
    goes to the end of its replacement (the page began inside what was removed).
    """
    ns, olds, lens, copied = m.new_starts, m.old_starts, m.old_lens, m.copied
    n = len(ns)
    out = []
    for p in positions:
        i = bisect.bisect_left(olds, p)
        if i < n and olds[i] == p:
            out.append(ns[i])
            continue
        i -= 1
        if i < 0:
            out.append(p)
        elif copied[i] and p <= olds[i] + lens[i]:
            out.append(ns[i] + p - olds[i])
        else:
            out.append(ns[i + 1] if i + 1 < n else new_len)
    return out


def emit_with_breaks(text: str, positions: Sequence[int],
                     emit: Callable[[str], str]) -> tuple[str, list[int]]:
    """``emit(text)`` and, for each position of ``text``, its offset in the emitted text.

    The offset is where the first word that begins at or after the position starts in
    the emitted text (a position inside a word, as a word hyphenated across two pages,
    counts from the end of that word; one in a block separator lands at the start of the
    next block); the end of the text if no word follows. So that ``emit`` (escapes, block
    separators, stripped lines) needs no offset map of its own, a sentinel character is
    put at a word end before each position, emitted with the text, then found and removed;
    a sentinel that would change how its block is emitted (a word end that a line-start
    escape looks past, as ``1.`` before ``1. item``) moves back a word at a time, and the
    words passed are counted forward again in the output (``emit`` is the Markdown writer,
    or one that like it reads only a line's first word as a whole: a sentinel after a
    later word is taken as harmless untried). ``ValueError`` if every sentinel character
    occurs in the text.
    """
    if not positions:
        return emit(text), []
    sentinel = next((chr(c) for c in _SENTINELS if chr(c) not in text), None)
    if sentinel is None:
        raise ValueError("no private-use character is free in the text to mark page breaks")
    # the writer's blocks, found on first need (a break after a later word of its line has none)
    spans = functools.cache(functools.partial(_block_spans, text))
    # (word end where the sentinel goes, words to skip after it) per distinct position
    anchors = {p: _anchor(text, p, spans, sentinel, emit) for p in sorted(set(positions))}
    by_end = sorted({end for end, _ in anchors.values() if end > 0})
    cuts = [0, *by_end, len(text)]
    out = emit(sentinel.join(text[a:b] for a, b in zip(cuts, cuts[1:])))
    pieces = out.split(sentinel)
    if len(pieces) != len(by_end) + 1:
        raise ValueError("the Markdown writer lost or repeated a page-break sentinel")
    clean = "".join(pieces)
    at: dict[int, int] = {}
    offset = 0
    for end, piece in zip(by_end, pieces):
        offset += len(piece)
        at[end] = offset
    result = []
    for p in positions:
        end, skip = anchors[p]
        result.append(_skip_words(clean, at.get(end, 0), skip))
    return clean, result


_WORD_RE = re.compile(r"\S+")
_SPACE_RE = re.compile(r"\s*")


def _skip_words(s: str, pos: int, skip: int) -> int:
    """From ``pos`` past any whitespace, then past ``skip`` words and the space after each."""
    pos = _SPACE_RE.match(s, pos).end()
    for _ in range(skip):
        m = _WORD_RE.match(s, pos)
        if m is None:
            break
        pos = _SPACE_RE.match(s, m.end()).end()
    return pos


def _anchor(text: str, p: int, spans: Callable[[], list[tuple[int, int]]], sentinel: str,
            emit: Callable[[str], str]) -> tuple[int, int]:
    """The word end before which the break's word starts, and the words between them."""
    n = len(text)
    p = min(max(p, 0), n)
    # inside a word: the word began on the page before (the filters' markup sign that opens
    # a heading's or an item's line is no letter of it)
    while 0 < p < n and not _gap(text, p - 1) and not text[p].isspace():
        p += 1
    end = _word_end_before(text, p)
    skip = 0
    while end > 0:
        if _sentinel_is_inert(text, end, spans, sentinel, emit):
            return end, skip
        # the word before ``end`` is passed: count it, then find the end of the one before
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        skip += 1
        end = _word_end_before(text, start)
    # no word end before: count words from the start of the text
    return 0, skip


def _word_end_before(text: str, p: int) -> int:
    """The end of the last word that ends at or before ``p`` (0 if none)."""
    while p > 0 and _gap(text, p - 1):
        p -= 1
    return p


def _gap(text: str, i: int) -> bool:
    """Whether ``text[i]`` parts words: whitespace, or the filters' markup sign at a line start."""
    return text[i].isspace() or (text[i] == MARKUP and (i == 0 or text[i - 1] == "\n"))


def _sentinel_is_inert(text: str, end: int, spans: Callable[[], list[tuple[int, int]]], sentinel: str,
                       emit: Callable[[str], str]) -> bool:
    """Whether the block holding ``text[end - 1]`` is emitted the same with the sentinel at ``end``."""
    if _follows_a_word_on_its_line(text, end):
        return True
    i = bisect.bisect_right(spans(), (end - 1, len(text))) - 1
    start, stop = spans()[i]
    block = text[start:stop]
    k = end - start
    return emit(block[:k] + sentinel + block[k:]).replace(sentinel, "") == emit(block)


def _follows_a_word_on_its_line(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is not the first of its line.

    Then a sentinel after it is inert without trying: the Markdown writer reads a line's
    first word alone (escapes of what opens a list or a heading, the filters' markup sign)
    and every later character on its own, and a sentinel, put before a space, touches
    neither (tests check this on random text).
    """
    line_start = text.rfind("\n", 0, end) + 1
    return len(text[line_start:end].split(None, 1)) > 1


def _block_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch between block separators, in order, as the writer
    splits them: in the text without its leading and trailing newlines (a whitespace line
    after those, '\n\t\n- a', is no separator but its block's first line, which keeps the
    filters' markup sign on the next line from opening an item)."""
    from variorum.clean.markdown import BLOCK_SPLIT_RE  # the writer's own blocks

    first, end = 0, len(text)
    while first < end and text[first] == "\n":
        first += 1
    while end > first and text[end - 1] == "\n":
        end -= 1
    spans = []
    start = first
    for m in BLOCK_SPLIT_RE.finditer(text, first, end):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, end))
    return spans
