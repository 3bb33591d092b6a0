"""Word evidence shared by the filters: the witness's own mid-line words, the other witnesses', wordfreq, pyphen."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Mapping

# imported with the module like any dependency (a lazy import hid a fixed start-up cost,
# a tenth of a second, inside the first text cleaned)
import wordfreq

#: a word: letters, with inner apostrophes (``don't``, ``Organization's``)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: a hyphenated compound: words joined by single hyphens (``cyber-attack``)
COMPOUND_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_FAST_WORD_RE = re.compile(r"\w+")
# The first and the last token of every line are fragments a line break may have cut, so
# they are no evidence of how a word is spelt (a hyphen or a break there is the question).
# What lies between them (lines of three tokens or more) is found in one anchored pass:
# the same words as re.sub(r"(?m)^\s*\S*|\S*\s*$", " ", text) leaves (tests compare),
# at half the cost, as that pattern tries "\S*\s*$" at every position
_LINE_MIDDLE_RE = re.compile(r"(?m)^[^\S\n]*\S+[^\S\n]+(.+)[^\S\n]+\S+[^\S\n]*$")

#: closed-class words: a block ending in one of them is a sentence cut by a break
FUNCTION_WORDS = frozenset(
    """a an the of to in into for and or nor but with by on at from as that which who whom
    whose their its his her our your my this these those than between among about against
    through during under over after before without within upon is are was were be been being
    has have had do does did not no can could may might must shall should will would very
    such both either neither each every any some all more most less least so if whether
    while although though because since unless until when where whereas also""".split()
)


@dataclass(frozen=True)
class WordCounts:
    """How often each word and each hyphenated compound occurs (lower-cased)."""

    words: Counter = field(default_factory=Counter)
    compounds: Counter = field(default_factory=Counter)


def midline_counts(text: str) -> WordCounts:
    """Words and compounds of ``text`` that stand inside a line, not at either edge."""
    inner = " ".join(_LINE_MIDDLE_RE.findall(text)).lower()
    # \w+ also counts numbers, which no lookup asks for; it is twice as fast as letters only
    words = Counter(_FAST_WORD_RE.findall(inner))
    compounds: Counter = Counter()
    for token in _hyphenated_tokens(inner):
        compounds.update(COMPOUND_RE.findall(token))
    return WordCounts(words, compounds)


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


@lru_cache(maxsize=16)
def _cached_counts(text: str) -> WordCounts:
    return midline_counts(text)


@lru_cache(maxsize=4)
def frequency_buckets(language: str) -> tuple[tuple[str, ...], ...]:
    """wordfreq's list for ``language``: bucket ``i`` holds the words of frequency 10^(-i/100)."""
    try:
        return tuple(map(tuple, wordfreq.get_frequency_list(language, "best")))
    except (LookupError, ValueError):
        return ()


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
def _hyphenator(language: str):
    import pyphen

    lang = pyphen.language_fallback(language.replace("-", "_")) or pyphen.language_fallback(
        "en_US" if language == "en" else language
    )
    return pyphen.Pyphen(lang=lang) if lang else None


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


def build_lexicon(text: str, other_texts: Mapping[str, str], language: str = "en") -> Lexicon:
    """The lexicon for one witness: its own mid-line words and every other witness's."""
    own = midline_counts(text)
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

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Mapping[str, int], ...]) -> None:
        self.parts = parts

    def __getitem__(self, key: str) -> int:
        total = 0
        for part in self.parts:
            total += part.get(key, 0)
        return total

    def get(self, key: str, default: int = 0) -> int:
        return self[key] or default

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
