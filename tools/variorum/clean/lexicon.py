"""Word evidence shared by the filters: the witness's own mid-line words, the other witnesses', wordfreq, pyphen."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, filterfalse, repeat
from operator import gt, ne
from typing import Iterator, Mapping

# imported with the module like any dependency (a lazy import hid a fixed start-up cost,
# a tenth of a second, inside the first text cleaned)
import langcodes
import pyphen
import wordfreq

#: a word: letters, with inner apostrophes (``don't``, ``Organization's``)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: a hyphenated compound: words joined by single hyphens (``cyber-attack``)
COMPOUND_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
#: the Unicode hyphens (U+2010, U+2011) as the hyphen-minus they stand for: a compound is
#: one word however a book or its OCR sets its hyphen (one character for one: places keep)
AS_HYPHEN = str.maketrans("\u2010\u2011", "--")
_FAST_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
# The first and the last token of every line are fragments a line break may have cut, so
# they are no evidence of how a word is spelt (a hyphen or a break there is the question).
# What lies between them (lines of three tokens or more) is found in one anchored pass:
# the same words as re.sub(r"(?m)^\s*\S*|\S*\s*$", " ", text) leaves (tests compare),
# at half the cost, as that pattern tries "\S*\s*$" at every position
_LINE_MIDDLE_RE = re.compile(r"(?m)^[^\S\n]*\S+[^\S\n]+(.+)[^\S\n]+\S+[^\S\n]*$")
# the same lines cut into first token, middle and last token (re.split keeps the groups, and
# between them what no match takes: the shorter lines and the line breaks)
_LINE_PARTS_RE = re.compile(r"(?m)^[^\S\n]*(\S+)[^\S\n]+(.+)[^\S\n]+(\S+)[^\S\n]*$")

#: closed-class words: a block ending in one of them is a sentence cut by a break
FUNCTION_WORDS = frozenset(
    """a an the of to in into for and or nor but with by on at from as that which who whom
    whose their its his her our your my this these those than between among about against
    through during under over after before without within upon is are was were be been being
    has have had do does did not no can could may might must shall should will would very
    such both either neither each every any some all more most less least so if whether
    while although though because since unless until when where whereas also""".split()
)


#: word endings that never stand as a word of their own: not the second element of a
#: hyphenated compound (linejoin), nor a word a lost space parted (misread)
SUFFIX_FRAGMENTS = frozenset("""ed es ing ings ness nesses less ly ably ibly able ible ment ments
    tion tions sion sions ance ances ence ences ity ities ies ous ive ives ful ism isms ist ists
    ally ical ised ized ising izing ation ations ened ered ering est ers ted ting eth""".split())


@dataclass(frozen=True)
class WordCounts:
    """How often each word and each hyphenated compound occurs (lower-cased)."""

    words: Counter = field(default_factory=Counter)
    compounds: Counter = field(default_factory=Counter)


def midline_counts(text: str) -> WordCounts:
    """Words and compounds of ``text`` that stand inside a line, not at either edge."""
    inner = " ".join(_LINE_MIDDLE_RE.findall(text)).lower()
    # \w+ words: numbers too, which no lookup asks for (twice as fast as letters only)
    words = _word_counts(inner)
    compounds: Counter = Counter()
    for token in _hyphenated_tokens(inner):
        compounds.update(COMPOUND_RE.findall(token))
    return WordCounts(words, compounds)


def stage_midline_counts(text: str, raw: str) -> WordCounts:
    """``midline_counts(text)``, for ``text`` a copy of ``raw`` with some lines changed, from
    raw's cached counts (:func:`witness_counts`): those less the counts of the lines the
    copy lost, plus those of the lines it gained.

    Right because a text's mid-line counts are the sums of its lines' (the middle pattern
    matches inside a line, and only a line feed ends one: str.split("\\n") cuts where it
    does; the middles are joined by a space, which no word, compound or lowering crosses).
    The filters before line joining change a few lines in a hundred, where counting the
    text is a pass over all its words; a copy whose lines taken out and put in number more
    than half its distinct lines (an edited line is one of each) is counted whole.
    """
    raw_lines = Counter(raw.split("\n"))
    lines = Counter(text.split("\n"))
    # the lines only one of the two holds (set operations at C speed), then the lines both
    # hold a different number of times (only a line held twice can be: a blank one, mostly)
    gone = {line: raw_lines[line] for line in raw_lines.keys() - lines.keys()}
    new = {line: lines[line] for line in lines.keys() - raw_lines.keys()}
    twice = set(compress(raw_lines, map(gt, raw_lines.values(), repeat(1))))
    twice.update(compress(lines, map(gt, lines.values(), repeat(1))))
    for line in twice:
        n = raw_lines[line] - lines[line]
        if n > 0:
            gone[line] = n
        elif n < 0:
            new[line] = -n
    if 2 * (sum(gone.values()) + sum(new.values())) > len(lines):
        return midline_counts(text)
    base = witness_counts(raw).midline
    lost = midline_counts("\n".join(Counter(gone).elements()))
    gained = midline_counts("\n".join(Counter(new).elements()))
    return WordCounts(_less(base.words.copy(), lost.words, gained.words),
                      _less(base.compounds.copy(), lost.compounds, gained.compounds))


def _less(counts: Counter, lost: Counter, gained: Counter) -> Counter:
    """``counts`` (changed) less ``lost`` (a part of it: no count goes below 0, and none is
    left at 0), plus ``gained``."""
    for word, n in lost.items():
        left = counts[word] - n
        if left:
            counts[word] = left
        else:
            del counts[word]
    counts.update(gained)
    return counts


@dataclass(frozen=True)
class WitnessCounts:
    """A witness's words as both filters weigh another witness's text: the misread filter
    every word as written (:func:`exact_counts`) and in small letters, linejoin those inside
    lines (midline_counts)."""

    exact: Counter
    small: Counter
    midline: WordCounts


@lru_cache(maxsize=16)
def witness_counts(text: str) -> WitnessCounts:
    """``WitnessCounts(exact, lowered(exact), midline_counts(text))`` of ``exact_counts(text)``
    (cached: every witness is the others' evidence in turn), counted in one pass, not one
    and four fifths.

    The exact words of the mid-line text are counted, then those of the line edges into a
    copy (no word crosses a space: the two make the text's), and the mid-line words are the
    \\w+ pieces of the first in small letters (an apostrophe parts them). Right because no character outside a
    word lowers to one inside, and each lowers alone but the capital sigma, which looks at
    its neighbours (a test checks every character); an underscore is inside a \\w+ word,
    never inside an exact one: a text with either is counted both ways.
    """
    if "_" in text or "\u03a3" in text:
        exact = exact_counts(text)
        return WitnessCounts(exact, lowered(exact), midline_counts(text))
    parts = _LINE_PARTS_RE.split(text)
    inner = " ".join(parts[2::4])
    del parts[2::4]
    middle = exact_counts(inner)
    exact = exact_counts(" ".join(parts), middle.copy())
    compounds: Counter = Counter()
    for token in _hyphenated_tokens(inner):
        compounds.update(COMPOUND_RE.findall(token.lower()))
    # (the small letters now, with the words fresh in the processor's cache: a filter later
    # reads them at twice the cost)
    return WitnessCounts(exact, lowered(exact), WordCounts(_word_pieces(lowered(middle)), compounds))


def _word_pieces(counts: Counter) -> Counter:
    """``counts`` (changed) with each word not all letters and digits counted as its \\w+
    pieces: a word with an apostrophe, or a letter lowering made two characters ('İ')."""
    for word in list(filterfalse(str.isalnum, counts)):  # (isalnum is \\w but for "_")
        n = counts.pop(word)
        for piece in _FAST_WORD_RE.findall(word):
            counts[piece] += n
    return counts


def lowered(exact: Counter[str]) -> Counter[str]:
    """The counts of ``exact`` with each word in small letters, in the order each first comes."""
    lows = list(map(str.lower, exact))
    # each reading in its first place, with the count of the last word read so (at C speed);
    # then the sums where words with capitals read as another word (a fifth of a book's words)
    out = Counter(dict(zip(lows, exact.values())))
    summed: dict[str, int] = {}
    for word, low in compress(zip(exact, lows), map(ne, exact, lows)):
        summed[low] = summed.get(low, exact.get(low, 0)) + exact[word]
    dict.update(out, summed)  # (Counter.update would add)
    return out


def ascii_spacing(keep: str) -> bytes:
    """A ``bytes.translate`` table that makes a space of every ASCII character not matching
    ``keep`` (a pattern for one character: what a word holds, and whitespace)."""
    drop = bytes(c for c in range(128) if not re.match(keep, chr(c)))
    return bytes.maketrans(drop, b" " * len(drop))


def counted_pieces(s: str, spacing: bytes, word_re: re.Pattern[str], counts: Counter | None = None) -> Counter:
    """``Counter(word_re.findall(s))``, counted from whitespace pieces, where ``spacing``
    (:func:`ascii_spacing`) makes a space of every ASCII character none of the words holds;
    added to ``counts`` (changed) if given, whose words must be ``word_re``'s.

    Those become spaces in one C pass over the UTF-8 bytes (no multibyte character holds an
    ASCII byte), so nearly every piece is a whole word and the Counter is built from
    str.split at C speed; the few pieces left with another character (an apostrophe, a
    curly quote, a dash) are cut as ``word_re`` cuts them. Half the cost of the findall
    and its list of sixty thousand words per book. The words come in another order.
    """
    # (surrogatepass: a lone surrogate, which no word holds, survives the round trip)
    spaced = s.encode("utf-8", "surrogatepass").translate(spacing).decode("utf-8", "surrogatepass")
    if counts is None:
        counts = Counter(spaced.split())
    else:
        counts.update(spaced.split())  # (a word of its own is a piece read again as itself)
    for piece in [p for p in counts if not p.isalnum()]:  # (isalnum is \w but for "_")
        n = counts.pop(piece)
        for word in word_re.findall(piece):
            counts[word] += n
    return counts


_WORD_SPACING = ascii_spacing(r"[\w\s]")
# what a word of the exact counts holds (no underscore) and an apostrophe inside it
_EXACT_SPACING = ascii_spacing(r"[^\W_]|[\s']")
# context.WORD_RE on a piece with no underscore (the spacing made a space of each), its letter
# runs possessive (the group's repeat greedy, as context's _WORD_POSSESSIVE_RE says why)
_EXACT_WORD_RE = re.compile(r"\w++(?:['\u2019]\w++)*")


def exact_counts(s: str, counts: Counter | None = None) -> Counter:
    """``Counter(context.words_of(s))``: every word as written, inner apostrophes kept, by
    :func:`counted_pieces` (its words in another order: only looked up, summed and
    intersected); added to ``counts`` (changed) if given."""
    return counted_pieces(s, _EXACT_SPACING, _EXACT_WORD_RE, counts)


def _word_counts(s: str) -> Counter:
    """``Counter(re.findall(r"\\w+", s))``, by :func:`counted_pieces`."""
    return counted_pieces(s, _WORD_SPACING, _FAST_WORD_RE)


def _hyphenated_tokens(s: str) -> list[str]:
    """``[t for t in s.split() if "-" in t]``, from the hyphens: a book's text has a few
    dozen of them and sixty thousand tokens not worth splitting out."""
    out = []
    n = len(s)
    i = s.find("-")
    while i >= 0:
        start, end = i, i + 1
        while start > 0 and not s[start - 1].isspace():
            start -= 1
        while end < n and not s[end].isspace():
            end += 1
        out.append(s[start:end])
        i = s.find("-", end)
    return out


def _cached_counts(text: str) -> WordCounts:
    return witness_counts(text).midline


@lru_cache(maxsize=4)
def frequency_buckets(language: str) -> tuple[tuple[str, ...], ...]:
    """wordfreq's list for ``language``: bucket ``i`` holds the words of frequency 10^(-i/100).

    Empty for a language wordfreq lacks, where it would give its nearest other one.
    """
    try:
        if not _listed(language):
            return ()
        return tuple(map(tuple, wordfreq.get_frequency_list(language, "best")))
    except (LookupError, ValueError):
        return ()


def _listed(language: str) -> bool:
    """Whether wordfreq has a list of ``language`` itself (another region's or script's will do).

    wordfreq falls back on any language within a wide distance: Italian for Latin, Spanish
    for Basque, English for Welsh. Judged by another language's lexicon, the witness's own
    words are unknown and the neighbour's look-alikes the repairs ('pertinet' -> 'pertinent').
    """
    available = list(wordfreq.available_languages("best"))
    best, distance = langcodes.closest_match(language, available, max_distance=60)
    # (under 10 langcodes' "the same language": a region, 'no' for 'nb', 'hr' for 'sh')
    return best != "und" and (distance < 10 or langcodes.Language.get(best).language
                              == langcodes.Language.get(language).language)


@lru_cache(maxsize=4)
def zipf_table(language: str) -> dict[str, float]:
    """Zipf frequency of every word wordfreq knows in ``language``, commonest first.

    Built bucket by bucket from the list (a word's Zipf is 9 - bucket/100, what
    wordfreq.zipf_frequency gives for a word without digits), one table for every filter:
    wordfreq's own get_frequency_dict costs a float power per word, and a second copy
    for every way of asking for it.
    """
    table: dict[str, float] = {}
    for i, bucket in enumerate(frequency_buckets(language)):
        if bucket:
            table.update(dict.fromkeys(bucket, round(9 - i / 100, 2)))
    return table


@lru_cache(maxsize=4)
def lexicon_words(language: str) -> frozenset[str]:
    """The words of ``zipf_table(language)``, for set operations: a set's table, a third
    the size of the dict's, finds a candidate missing from three hundred thousand words in
    a third of the time (most candidates a rule makes are no word: each lookup a cache miss)."""
    return frozenset(zipf_table(language))


@lru_cache(maxsize=4)
def _hyphenator(language: str):
    """What ``pyphen.Pyphen(lang=...)`` answers for ``language`` (None without patterns)."""
    lang = pyphen.language_fallback(language.replace("-", "_")) or pyphen.language_fallback(
        "en_US" if language == "en" else language
    )
    if not lang:
        return None
    return _LazyHyphenator.load(pyphen.LANGUAGES[lang]) or pyphen.Pyphen(lang=lang)


class _LazyPatterns:
    """pyphen's table of hyphenation patterns (letters -> (offset, values)), each pattern
    parsed as pyphen parses it the first time a word looks it up: a book's hyphen decisions
    ask for a few hundred of a file's ten thousand, which pyphen parses all, in Python, at
    a twentieth of a second per process."""

    def __init__(self, lines: dict[str, str]) -> None:
        self.lines = lines  # the letters of each pattern -> the pattern as written
        self.parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}

    def get(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        line = self.lines.get(letters)
        if line is None:  # (most of a word's pieces are no pattern: one lookup)
            return None
        if letters not in self.parsed:
            self.parsed[letters] = self._parse(line)
        return self.parsed[letters]

    @staticmethod
    def _parse(pattern: str) -> tuple[int, tuple[int, ...]] | None:
        # pyphen.HyphDict.__init__'s reading of one pattern, line for line
        values = [int(i or "0") for i, _ in pyphen.parse(pattern)]
        if max(values) == 0:
            return None
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        return start, tuple(values[start:end])


class _LazyHyphenator:
    """``pyphen.Pyphen(lang=...).positions`` over :class:`_LazyPatterns` (pyphen's own
    HyphDict.positions does the work; tests compare the two on every pattern and on words)."""

    LEFT = RIGHT = 2  # pyphen.Pyphen's defaults

    def __init__(self, patterns: _LazyPatterns, maxlen: int) -> None:
        self.hd = pyphen.HyphDict.__new__(pyphen.HyphDict)  # its positions(), without its parse
        self.hd.patterns, self.hd.cache, self.hd.maxlen = patterns, {}, maxlen

    @classmethod
    def load(cls, path) -> "_LazyHyphenator | None":
        """The patterns of a hyph_*.dic, or None for a file pyphen reads in ways not followed
        here (hex escapes, nonstandard hyphenation, letters given twice)."""
        with path.open("rb") as fd:
            encoding = fd.readline().decode()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        text = path.read_text(encoding)
        if "^^" in text or "/" in text:
            return None
        patterns = [p for p in map(str.strip, text.split("\n")[1:]) if p and not p.startswith(pyphen.ignored)]
        # a pattern's letters are what it holds besides digits (one pass over them all)
        letters = _DIGIT_RE.sub("", "\n".join(patterns)).split("\n")
        lines = dict(zip(letters, patterns))
        if len(lines) != len(patterns):
            return None
        # (pyphen's maxlen counts only patterns with a break; a longer one finds nothing)
        return cls(_LazyPatterns(lines), max(map(len, letters), default=0))

    def positions(self, word: str) -> list[int]:
        right = len(word) - self.RIGHT
        return [i for i in self.hd.positions(word) if self.LEFT <= i <= right]


@dataclass(frozen=True)
class Lexicon:
    """The evidence one witness is cleaned with."""

    own: WordCounts
    others: WordCounts
    language: str = "en"

    def zipf(self, word: str) -> float:
        """Zipf frequency of one word in the language (0 when unknown)."""
        return _zipf(self.language, word.lower().replace("’", "'"))

    def is_break_point(self, word: str, at: int) -> bool:
        """Whether the hyphenation patterns allow a break in ``word`` before index ``at``."""
        return at in _positions(self.language, word.lower())

    def attested(self, word: str) -> int:
        """Occurrences of ``word`` inside lines of this witness and of the others."""
        w = word.lower()
        return self.own.words.get(w, 0) + self.others.words.get(w, 0)


def _zipf(language: str, word: str) -> float:
    return zipf_table(language).get(word, 0.0)


@lru_cache(maxsize=100_000)
def _positions(language: str, word: str) -> frozenset[int]:
    h = _hyphenator(language)
    return frozenset(h.positions(word)) if h else frozenset()


def build_lexicon(text: str, other_texts: Mapping[str, str], language: str = "en",
                  raw: str | None = None) -> Lexicon:
    """The lexicon for one witness: its own mid-line words and every other witness's.

    ``raw``: the witness's text before the filters (``text`` is a filtered copy), whose
    counts are made anyway where there are other witnesses (it is their evidence): the
    own counts are then worked out from them (:func:`stage_midline_counts`).
    """
    own = stage_midline_counts(text, raw) if raw is not None and other_texts else midline_counts(text)
    others = _merged_counts(tuple(other_texts[s] for s in sorted(other_texts)))
    return Lexicon(own, others, language)


def _merged_counts(texts: tuple[str, ...]) -> WordCounts:
    parts = [_cached_counts(t) for t in texts]
    return WordCounts(SummedCounts(tuple(c.words for c in parts)),
                      SummedCounts(tuple(c.compounds for c in parts)))


class SummedCounts(Mapping[str, int]):
    """Several texts' counts read as one Counter (0 for a missing word), without merging.

    Every witness of an edition is cleaned with all the others as evidence: a merged
    Counter would be built anew for each (its set of others differs), at the cost of
    every distinct word of every other witness, where the filters look up only the few
    thousand words they decide on. Each text's own counts are cached once.
    """

    __slots__ = ("parts", "_gets", "_sums")

    def __init__(self, parts: tuple[Mapping[str, int], ...]) -> None:
        self.parts = parts
        self._gets = tuple(part.get for part in parts)  # (bound once: tens of thousands of lookups)
        # (each word's sum made once: a witness's rules ask after one reading again and again)
        self._sums: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        total = self._sums.get(key)
        if total is None:
            total = 0
            for get in self._gets:
                total += get(key, 0)
            self._sums[key] = total
        return total

    def get(self, key: str, default: int = 0) -> int:
        total = 0  # (__getitem__'s sum, not a call of it: thousands of lookups a book)
        for get in self._gets:
            total += get(key, 0)
        return total or default

    def __contains__(self, key: object) -> bool:
        return any(key in part for part in self.parts)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for part in self.parts:
            for key in part:
                if key not in seen:
                    seen.add(key)
                    yield key

    def __len__(self) -> int:
        return len(set().union(*self.parts))
