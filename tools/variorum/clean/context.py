"""Word-pair evidence from the edition's own text: which word stands next to which, and how often."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import compress, groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from variorum.clean.base import Edit

#: a word of the counts: letters or digits, with inner apostrophes (the misreading filter's token)
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# The same matches, the letter runs possessive: nothing follows a word that could take back a
# letter from it, so no backtracking is ever wanted, and the engine keeps no record for it (a
# sixth faster). The group's repeat stays greedy: CPython's re before 3.11.5 (gh-106052) keeps
# a half-matched group under a possessive repeat ("word'" of "word' x"). Without an underscore
# in the text, \w is [^\W_], and the engine matches it faster still.
_WORD_POSSESSIVE_RE = re.compile(r"[^\W_]++(?:['\u2019][^\W_]++)*")
_WORD_NO_UNDERSCORE_RE = re.compile(r"\w++(?:['\u2019]\w++)*")


@lru_cache(maxsize=16)
def words_of(text: str) -> tuple[str, ...]:
    """The words of ``text`` in order (every witness of an edition is asked for in turn)."""
    return tuple((_WORD_POSSESSIVE_RE if "_" in text else _WORD_NO_UNDERSCORE_RE).findall(text))


#: what may stand before a word without parting it from the word before (quotes, brackets)
OPENERS = "([\"'\u201c\u2018"
#: what may stand after a word without parting it from the word after
CLOSERS = ".,;:!?)]\"'\u201d\u2019"


#: what a piece stands for on a side where it makes no pair (a control character: no word holds one)
NO_WORD = "\x00"


@lru_cache(maxsize=16)
def pieces_of(text: str) -> tuple[list[str], list[str]]:
    """The whitespace-separated pieces of ``text`` as a pair's first and as its second word.

    As a first word a piece may carry openers before it (quotes, brackets), as a second
    word closers after it; a piece that is no word on that side (punctuation after a
    first word, before a second, a number, a hyphenated compound) is NO_WORD. Each
    distinct piece is judged once and the pieces are mapped through the verdicts at C speed.
    """
    pieces = text.split()
    distinct = set(pieces)
    # (most pieces are letters only; only those with an apostrophe need the longer look)
    first = {p: q if (q := p.lstrip(OPENERS)).isalpha() or (_has_apostrophe(q) and _is_word(q)) else NO_WORD
             for p in distinct}
    second = {p: q if (q := p.rstrip(CLOSERS)).isalpha() or (_has_apostrophe(q) and _is_word(q)) else NO_WORD
              for p in distinct}
    return list(map(first.__getitem__, pieces)), list(map(second.__getitem__, pieces))


@lru_cache(maxsize=16)
def pair_counts(text: str) -> Counter[tuple[str, str]]:
    """How often each word stands right before each other word, as written (case kept).

    Two words are a pair only where whitespace parts them and nothing else: "who are ill"
    holds the pairs (who, are) and (are, ill); "a small hut, on" holds no (hut, on), a
    comma parts them. Counted in C-level passes over :func:`pieces_of`: the definition
    :func:`count_pairs` (what the filters use: they ask about a handful of pairs) keeps to.
    """
    firsts, seconds = pieces_of(text)
    # a pair with NO_WORD on either side joins into an unprintable string
    valid = map(str.isprintable, map(str.__add__, firsts, seconds[1:]))
    return Counter(compress(zip(firsts, seconds[1:]), valid))


def _has_apostrophe(piece: str) -> bool:
    return "'" in piece or "\u2019" in piece


#: letters, with single apostrophes inside (the misreading filter's tokens: "who'’tis" is two)
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _is_word(piece: str) -> bool:
    """Letters, with inner apostrophes, one at a time: a word a pair may hold."""
    return _LETTER_WORD_RE.fullmatch(piece) is not None


def count_pairs(text: str, wanted: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """``pair_counts(text)`` for the ``wanted`` pairs only, in one regex pass.

    A filter asks about a handful of pairs; this costs a fraction of counting them all.
    """
    # (only words make pairs: a piece with a digit or an apostrophe first, '\u2019tis', is
    # none, though the pattern would find it written)
    wanted = {pair for pair in wanted if _is_word(pair[0]) and _is_word(pair[1])}
    if not wanted:
        return Counter()
    # The pattern opens with the space before the first word, in the text with every
    # whitespace character a space (none is an opener, a closer or in a word: the same
    # pairs): a literal the engine searches for in C, where a class opening it (\s) is
    # tested at every character. Openers may stand between; the second word and its
    # closers, before whitespace or the end, are looked at, not consumed (the whitespace
    # before the second word may open the next pair). The repeats are possessive: what
    # follows each never wants a character of it back.
    firsts = _alternation(a for a, _ in wanted)
    seconds = _alternation(b for _, b in wanted)
    pattern = re.compile(rf" [{_OPENERS_CLASS}]*+({firsts})(?= ++({seconds})[{_CLOSERS_CLASS}]*+(?!\S))")
    out: Counter[tuple[str, str]] = Counter()
    for m in pattern.finditer(_spaced(text)):
        if m.groups() in wanted:
            out[m.groups()] += 1
    return out


def count_pairs_in_split(parts: list[str], wanted: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """``count_pairs(text, wanted)`` from ``parts``, the text cut at its words (WORD_RE, the
    words kept: [between, word, between, ..., word, between], as the misreading filter cuts
    its witness once for its own counts).

    A pair is two neighbouring words of the cut with whitespace alone between them, only
    openers between the first and the whitespace (or the text's start) before it, only
    closers between the second and the whitespace (or the end) after it: what count_pairs'
    pattern matches, as a pair's words are whole words of the cut (WORD_RE's are maximal,
    and each of a pair's is letters, no opener, closer or whitespace). The few words that
    open a wanted pair are picked out at C speed, where the pattern stops at every space of
    the text (a test compares the two).
    """
    wanted = {pair for pair in wanted if _is_word(pair[0]) and _is_word(pair[1])}
    out: Counter[tuple[str, str]] = Counter()
    if not wanted:
        return out
    words = parts[1::2]
    last = len(words) - 1
    firsts = {a for a, _ in wanted}
    for j in compress(range(last), map(firsts.__contains__, words)):
        pair = words[j], words[j + 1]
        if pair not in wanted:
            continue
        # (word j is parts[2j + 1]: the stretches before, between and after the two)
        before, between, after = parts[2 * j], parts[2 * j + 2], parts[2 * j + 4]
        opened, closed = before.rstrip(OPENERS), after.lstrip(CLOSERS)
        if (between.isspace() and (opened[-1:].isspace() or (j == 0 and not opened))
                and (closed[:1].isspace() or (j + 1 == last and not closed))):
            out[pair] += 1
    return out


class TextPairs:
    """:func:`count_pairs` of one text, and of the text as edits leave it, each pair counted
    in the whole text once however often it is asked about (the misreading filter asks about
    the text as its repairs leave it, round after round). ``parts``: the text cut at its
    words, if the caller has it (:func:`count_pairs_in_split`)."""

    def __init__(self, text: str, parts: list[str] | None = None) -> None:
        self.text = text
        self.parts = parts
        self.counts: Counter[tuple[str, str]] = Counter()
        self.asked: set[tuple[str, str]] = set()

    def of(self, wanted: Iterable[tuple[str, str]], edits: Iterable[Edit] = ()) -> Counter[tuple[str, str]]:
        """``count_pairs(apply_edits(text, edits)[0], wanted)``: the edits non-overlapping."""
        wanted = set(wanted)
        missing = wanted - self.asked
        if missing:
            self.counts.update(count_pairs(self.text, missing) if self.parts is None
                               else count_pairs_in_split(self.parts, missing))
            self.asked |= missing
        out = Counter({p: n for p in wanted if (n := self.counts[p])})
        if edits:
            # An edit changes only the pairs of the pieces it touches and of their neighbours:
            # those are counted again around each edit, before and after it, not the whole text.
            before, after = _edited_stretches(self.text, sorted(edits, key=_START_END))
            # (a few words each, cut at their words: no pattern compiled for the pairs asked)
            out.subtract(count_pairs_in_split(_WORD_CUT_RE.split(before), wanted))
            out.update(count_pairs_in_split(_WORD_CUT_RE.split(after), wanted))
            out = +out
        return out


_START_END = attrgetter("start", "end")
#: WORD_RE as one group: re.split cuts a text at its words, keeping them (count_pairs_in_split)
_WORD_CUT_RE = re.compile(rf"({_WORD_POSSESSIVE_RE.pattern})")
#: what stands between two stretches counted together: a piece of no word, which parts them
_STRETCH_SEPARATOR = " \x00 "


def _edited_stretches(text: str, edits: list[Edit]) -> tuple[str, str]:
    """The stretches of ``text`` whose pairs the ``edits`` (in order, non-overlapping) may
    change, as written and as the edits leave them, each joined by a separator.

    A stretch runs from the piece before the first piece an edit touches to the piece after
    the last: its first and last pieces, and the whitespace parting them from the stretch's
    other pieces, stay as they are, so the pairs across its ends stay too.
    """
    befores: list[str] = []
    afters: list[str] = []
    parts: list[str] = []
    begin = end = end_kept = -1
    for e in edits:
        start = _piece_start(text, _piece_start(text, e.start, False), True)
        if start > end:  # (a stretch of its own: the last one is done)
            if parts:
                parts.append(text[end_kept:end])
                befores.append(text[begin:end])
                afters.append("".join(parts))
            begin, end_kept, parts = start, start, []
        parts.append(text[end_kept:e.start])
        parts.append(e.replacement)
        end_kept = e.end
        end = max(end, _piece_end(text, _piece_end(text, e.end, False), True))
    if parts:
        parts.append(text[end_kept:end])
        befores.append(text[begin:end])
        afters.append("".join(parts))
    return _STRETCH_SEPARATOR.join(befores), _STRETCH_SEPARATOR.join(afters)


def _piece_start(text: str, i: int, whole: bool) -> int:
    """Where the piece holding or ending at ``i`` begins (``i`` where whitespace stands before
    it); with ``whole``, the piece before that, past the whitespace between."""
    if whole:
        while i > 0 and text[i - 1].isspace():
            i -= 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _piece_end(text: str, i: int, whole: bool) -> int:
    """Where the piece holding or starting at ``i`` ends; with ``whole``, the piece after that."""
    if whole:
        while i < len(text) and text[i].isspace():
            i += 1
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


#: every character str.isspace (and a pattern's \s) takes for whitespace, the space first
WHITESPACE = (" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@lru_cache(maxsize=16)
def _spaced(text: str) -> str:
    """A space and ``text``, with every whitespace character a space (every witness is the
    others' evidence in turn: made once each)."""
    spaced = " " + text
    for c in WHITESPACE[1:]:
        if c in spaced:  # (a newline always; the others seldom: one C scan each)
            spaced = spaced.replace(c, " ")
    return spaced


_OPENERS_CLASS = re.escape(OPENERS)
_CLOSERS_CLASS = re.escape(CLOSERS)


def _alternation(words: Iterable[str]) -> str:
    """An alternation of the words, one branch per first letter (the engine tries each
    branch's letter before its words), longest first within it."""
    branches = []
    for first, group in groupby(sorted(set(words)), key=lambda w: w[0]):
        rests = "|".join(re.escape(w[1:]) for w in sorted(group, key=lambda w: (-len(w), w)))
        branches.append(f"{re.escape(first)}(?:{rests})")
    return "|".join(branches)


def variants(word: str) -> tuple[str, ...]:
    """A word as it stands in running text and at a sentence's start."""
    low = word.lower()
    cap = low[:1].upper() + low[1:]
    return (low, cap) if cap != low else (low,)


def pair_total(counts: Counter[tuple[str, str]], left: str, right: str) -> int:
    """How often ``counts`` has ``left right``, each in small letters or capitalised."""
    return sum(counts.get((a, b), 0) for a in variants(left) for b in variants(right))


def wanted_pairs(left: str, right: str) -> set[tuple[str, str]]:
    """The pairs :func:`pair_total` looks up for ``left right``."""
    return {(a, b) for a in variants(left) for b in variants(right)}


def _piece_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the whitespace-separated piece holding ``text[start:end]`` begins and ends."""
    begin = start
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    stop = end
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    return begin, stop


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words the word ``text[start:end]`` makes a pair with, as :func:`pair_counts`
    counts pairs: the word before and the word after ('' on a side with no such pair:
    punctuation between, no word there, or the word not a whole piece of the text)."""
    begin, stop = _piece_bounds(text, start, end)
    if not _is_word(text[start:end]):
        return "", ""
    left = right = ""
    # as a pair's second word the piece may carry closers only; as its first, openers only
    if begin == start and not text[end:stop].strip(CLOSERS):
        i = begin
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if 0 < i < begin:
            b, _ = _piece_bounds(text, i, i)
            piece = text[b:i].lstrip(OPENERS)
            if piece and (piece.isalpha() or _is_word(piece)):
                left = piece
    if stop == end and not text[begin:start].strip(OPENERS):
        j = stop
        while j < len(text) and text[j].isspace():
            j += 1
        if stop < j < len(text):
            _, e = _piece_bounds(text, j, j)
            piece = text[j:e].rstrip(CLOSERS)
            if piece and (piece.isalpha() or _is_word(piece)):
                right = piece
    return left, right


def neighbours_in_paragraph(text: str, start: int, end: int) -> tuple[str, str]:
    """:func:`neighbours`, but '' on a side where a blank line parts the word from its
    neighbour: a heading's last word ('CHAPTER iii') and the next paragraph's first are no
    phrase, though the pair counts, which run over the whole text, hold them as one."""
    left, right = neighbours(text, start, end)
    if left or right:
        begin, stop = _piece_bounds(text, start, end)
        if left and _blank_line(text, begin, -1):
            left = ""
        if right and _blank_line(text, stop, 1):
            right = ""
    return left, right


def _blank_line(text: str, i: int, step: int) -> bool:
    """Whether the whitespace from ``i`` on (backwards for step -1) holds two line breaks."""
    breaks = 0
    j = i - 1 if step < 0 else i
    while 0 <= j < len(text) and text[j].isspace():
        breaks += text[j] == "\n"
        j += step
    return breaks >= 2
