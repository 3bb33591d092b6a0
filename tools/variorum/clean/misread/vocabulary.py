"""What the witness, the other witnesses and the lexicon write (the counts every rule weighs), and the word-level tools the rules share: a reading's substitutions, its case."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import compress, takewhile
from operator import itemgetter, methodcaller
from typing import Callable, Iterable, Mapping

import wordfreq
from wordfreq.language_info import get_language_info

from variorum.clean.lexicon import SummedCounts, lowered as _lowered, witness_counts, zipf_table

from variorum.clean.misread.tables import COMMON, DOMINANCE, MAX_SUBSTITUTIONS, _DIGIT_RE, _TABLES


#: the letters a language elides a vowel before (l'homme, n'y, d'un, l'uomo)
ELIDED_BEFORE = frozenset("aeiouyhàâäáéèêëíìîïóòôöúùûüœæ")
#: a witness writing this many different elisions writes a language that elides
_ELISIONS = 3


@lru_cache(maxsize=8)
def _zipf_of(lang: str) -> Callable[[str], float]:
    """The Zipf frequency of a word in ``lang`` (the lexicon's, in small letters, with a
    straight apostrophe), as a function of the word alone with a cache of its own: the
    rules ask tens of thousands of times a book, and a method's frame around a cache keyed
    by word and language cost as much as the lookup (Vocabulary.zipf is this function)."""
    table = zipf_table(lang)

    @lru_cache(maxsize=200_000)
    def zipf(word: str) -> float:
        lower = word.lower().replace("\u2019", "'")
        if not lower.isalpha() and _DIGIT_RE.search(lower):  # (no letter is a digit: most words need no search)
            return _zipf_with_digits(lower, lang)
        return table.get(lower, 0.0)
    return zipf


@lru_cache(maxsize=65536)
def _zipf_with_digits(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, its lookups made in zipf_table.

    wordfreq folds digit runs in its own way (its tokens, a zero for each digit of a run,
    a share of the frequency for the digits: its functions do that here), but it looks
    the folded tokens up in a dictionary of its own, built on the first call at the cost
    of a float power for each word of the language (a twentieth of a second). A test
    compares with wordfreq.
    """
    minimum = wordfreq.zipf_to_freq(0.0)
    table = zipf_table(lang)
    tokens = wordfreq.lossy_tokenize(word, lang)
    one_over_freq = 0.0
    for token in tokens:
        smashed = wordfreq.smash_numbers(token)
        if smashed not in table:
            return round(wordfreq.freq_to_zipf(minimum), 2)
        # (a word of bucket i has Zipf 9 - i/100, wordfreq's frequency 10^(-i/100))
        freq = wordfreq.cB_to_freq(-round((9 - table[smashed]) * 100))
        if smashed != token:
            freq *= wordfreq.digit_freq(token)
        one_over_freq += 1.0 / freq
    if not tokens:
        return round(wordfreq.freq_to_zipf(minimum), 2)
    freq = 1.0 / one_over_freq
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= wordfreq.INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    freq = max(freq, minimum)
    # (wordfreq's rounding: three significant digits)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(wordfreq.freq_to_zipf(freq), 2)


def _exact_counts(text: str) -> Counter[str]:
    """``Counter(words_of(text))`` of a witness's raw text, cached with its other counts
    (lexicon.witness_counts: every witness is the others' evidence in turn)."""
    return witness_counts(text).exact


# context.WORD_RE as one group (re.split keeps the words), its letter runs possessive (the
# same matches: nothing to give back; the engine keeps no backtracking records, a sixth
# faster; the group's repeat greedy, as context's _WORD_POSSESSIVE_RE says why);
# without an underscore in the text [^\W_] is \w, which the engine matches faster
_WORD_SPLIT_RE = re.compile(r"([^\W_]++(?:['\u2019][^\W_]++)*)")
_FAST_WORD_SPLIT_RE = re.compile(r"(\w++(?:['\u2019]\w++)*)")


@lru_cache(maxsize=16)
def _word_split(text: str) -> list[str]:
    """``text`` cut at its words (context.WORD_RE): [between, word, between, ..., word, between].

    One pass that serves this witness's word counts, the places of the tokens the filter
    repairs (a token with a bar is words joined by bars: _barred), the marks glued between
    two words and the word pairs a space may have split (the words at odd indices; where
    one starts, the lengths of what precedes it).
    """
    return (_WORD_SPLIT_RE if "_" in text else _FAST_WORD_SPLIT_RE).split(text)


_LETTER_RE = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4)
def _barred(text: str) -> tuple[tuple[int, int], ...]:
    """The tokens of ``text`` with a bar inside (wor|d), as the indices of their first and
    last part in _word_split: words joined by a bar alone between two letters."""
    if "|" not in text:
        return ()
    parts = _word_split(text)
    runs: list[tuple[int, int]] = []
    for k in compress(range(2, len(parts) - 1, 2), map("|".__eq__, parts[2:-1:2])):
        if _LETTER_RE.match(parts[k - 1][-1]) and _LETTER_RE.match(parts[k + 1]):
            if runs and runs[-1][1] == k - 1:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k - 1, k + 1))
    return tuple(runs)


def _in_apostrophe_words(text: str) -> frozenset[str]:
    """The words of ``text`` (two letters and more before it) ending in 'in' and an
    apostrophe no letter follows, in small letters and without it, found from the literal."""
    found = set()
    for mark in ("in'", "in\u2019"):
        i = text.find(mark)
        while i >= 0:
            if not text[i + 3:i + 4].isalpha():
                k = i
                while k > 0 and text[k - 1].isalpha():
                    k -= 1
                if i - k >= 2:
                    found.add(text[k:i + 2].lower())
            i = text.find(mark, i + 3)
    return frozenset(found)


def _own_counts(text: str) -> Counter[str]:
    """``_exact_counts(text)``, from the witness's word split."""
    return Counter(_word_split(text)[1::2])


def _counts(text: str) -> Counter[str]:
    """``_lowered(_exact_counts(text))`` of a witness's raw text, cached with its other counts."""
    return witness_counts(text).small


def _merged(texts: Iterable[str], counts: Callable[[str], Counter[str]]) -> Counter[str]:
    """The counts of several texts, each counted once (and cached: every witness of an
    edition is the others' evidence in turn), as if counted in the texts joined by a newline
    (no token crosses a newline)."""
    out: Counter[str] = Counter()
    for t in texts:
        out.update(counts(t))
    return out


@lru_cache(maxsize=8)
def _common_misspellings(lang: str, table: str = "letters") -> Mapping[str, tuple[str, ...]]:
    """Single misreadings of the commonest words (Zipf >= COMMON + DOMINANCE), by one
    confusion of the named table (letters, weak, strokes), the only words that can dominate
    a reading: misreading -> words."""
    out: dict[str, set[str]] = {}
    reverse: dict[str, list[str]] = {}
    for read, meant in _TABLES[table].items():
        for m in meant:
            reverse.setdefault(m, []).append(read)
    for word, zipf in zipf_table(lang).items():
        if zipf < COMMON + DOMINANCE:
            break  # the table is ordered by frequency
        if not word.isalpha():
            continue
        for wrong in _substitutions(word, {k: tuple(v) for k, v in reverse.items()}, 1):
            out.setdefault(wrong, set()).add(word)
    return {k: tuple(sorted(v)) for k, v in out.items()}



@lru_cache(maxsize=8)
def _everyday_words(lang: str) -> frozenset[str]:
    """The words of the lexicon of Zipf COMMON or more."""
    return frozenset(w for w, _ in takewhile(lambda wz: wz[1] >= COMMON, zipf_table(lang).items()))


@lru_cache(maxsize=8)
def _misspelt(lang: str) -> frozenset[str]:
    """The single misreadings of the commonest words, in any table."""
    return frozenset().union(*(_common_misspellings(lang, t) for t in _TABLES))


@lru_cache(maxsize=8)
def _plain_words(lang: str) -> frozenset[str]:
    """Small-letter words the short road (Judge._plainly_attested) passes whatever the
    edition: letters only, two or more, everyday (Zipf >= COMMON), and no single misreading
    of one of the commonest words in any table."""
    misreadings = _misspelt(lang)
    return frozenset(w for w in _everyday_words(lang) - misreadings
                     if len(w) >= 2 and w.isalpha() and w.islower())


def _plainly_written_by_others(tokens: set[str], vocab: Vocabulary) -> set[str]:
    """Those of ``tokens`` Judge._plainly_attested passes as another witness's spelling:
    letters, two or more, another witness writes them so, and no misreading of one of the
    commonest words."""
    misspelt = _misspelt(vocab.lang)
    return {t for t in vocab.written_by_others(tokens) if t.isalpha() and len(t) >= 2 and t.lower() not in misspelt}


_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: (a C-level test for the tokens a sentence's misread capital I can open)
_OPENS_WITH_L = methodcaller("startswith", "l")

#: a witness drops its g for an apostrophe in this many words at least to spell as people speak
_DROPPED_G_WORDS = 2


@dataclass(frozen=True)
class Vocabulary:
    """What counts as attested: the frequency lexicon, the other witnesses, this witness."""

    lang: str
    own: Counter[str]
    own_exact: Counter[str]
    others: SummedCounts
    others_exact: SummedCounts
    #: the words this witness ends in 'in' and an apostrophe ('sayin'', 'lyin''), in small
    #: letters and without it: where a g is dropped so, the witness spells as people speak
    dropped_g: frozenset[str] = frozenset()

    @classmethod
    def build(cls, text: str, others: Iterable[str], lang: str = "en") -> "Vocabulary":
        others = tuple(others)
        own_exact = _own_counts(text)
        return cls(lang, _lowered(own_exact), own_exact, SummedCounts(tuple(map(_counts, others))),
                   SummedCounts(tuple(map(_exact_counts, others))), _in_apostrophe_words(text))

    @cached_property
    def zipf(self) -> Callable[[str], float]:
        """The lexicon's Zipf frequency of a word: ``vocab.zipf(word)``."""
        return _zipf_of(self.lang)

    def recounted(self, changes: Iterable[tuple[str, str]]) -> "Vocabulary":
        """This vocabulary with this witness's counts as ``changes`` (reading, repair) of
        single words leave them; the other witnesses' as they are."""
        own, own_exact = self.own.copy(), self.own_exact.copy()
        for before, after in changes:
            for counts, a, b in ((own_exact, before, after), (own, before.lower(), after.lower())):
                counts[b] += 1
                if counts[a] > 1:
                    counts[a] -= 1
                else:
                    del counts[a]  # (as a count of the repaired text has it)
        out = replace(self, own=own, own_exact=own_exact)
        # (the other witnesses' words as they were; the print's habits are the witness's as
        # written, whatever its repairs recount, and are read once)
        for kept in ("others_words", "drops_its_gs", "prints_u_for_v", "elides"):
            if kept in self.__dict__:
                out.__dict__[kept] = self.__dict__[kept]
        return out

    def written_often(self, least: int) -> list[tuple[str, int]]:
        """This witness's words (in small letters) written ``least`` times or more, commonest
        first, in the order ``own.most_common()`` gives them (the few sorted, not all)."""
        return sorted(((w, n) for w, n in self.own.items() if n >= least), key=itemgetter(1), reverse=True)

    @cached_property
    def drops_its_gs(self) -> bool:
        """Whether this witness spells as its people speak: _DROPPED_G_WORDS words or more it
        writes with an apostrophe for the g of an everyday '-ing' word ('sayin'', 'lyin'';
        'again'' before a closing quote is no '-ing' word)."""
        zipf = self.zipf
        return sum(zipf(w + "g") >= COMMON for w in self.dropped_g) >= _DROPPED_G_WORDS

    @cached_property
    def elides(self) -> bool:
        """Whether this witness writes its language's elisions (l'arrivée, d'un, s'était):
        _ELISIONS words or more of one letter, an apostrophe and a word the lexicon knows
        that opens with a vowel or an h. A speck read as an apostrophe falls in a word here
        and there, a French text's elisions in every sentence."""
        zipf = self.zipf
        return sum(1 for w in self.own_exact if len(w) > 2 and w[1] in "'\u2019" and w[0].isalpha()
                   and w[2].lower() in ELIDED_BEFORE and zipf(w[2:]) >= COMMON) >= _ELISIONS

    @cached_property
    def prints_u_for_v(self) -> bool:
        """Whether this witness prints u for v inside its words, as old prints did ('haue',
        'giue'): its readings an inner u for v makes everyday words of outnumber its
        everyday words with a v inside. An OCR that reads a v as u now and then leaves a
        book's many v's standing ('have' beside the odd 'haue'); an old print has none."""
        zipf = self.zipf
        readings = v_words = 0
        for word in self.own:
            if len(word) < 3 or not word.isalpha():
                continue
            if "v" in word[1:-1] and zipf(word) >= COMMON:
                v_words += 1
            elif "u" in word[1:-1] and zipf(word) < COMMON and any(
                    c == "u" and zipf(word[:i] + "v" + word[i + 1:]) >= COMMON
                    for i, c in enumerate(word[1:-1], 1)):
                readings += 1
        return readings > v_words

    def spelt_as_old_print(self, token: str) -> bool:
        """Whether ``token`` is spelt as an old print spells, in a witness that prints u for v
        throughout (prints_u_for_v): an everyday word (COMMON) with a final e ('Chiefe',
        'forme') or with one of its letters doubled ('heere', 'Civill')."""
        low = token.lower()
        if not low.isalpha() or len(low) < 3 or not self.prints_u_for_v:
            return False
        zipf = self.zipf
        return (low[-1] == "e" and zipf(low[:-1]) >= COMMON) or any(
            low[i] == low[i - 1] and zipf(low[:i] + low[i + 1:]) >= COMMON for i in range(1, len(low)))

    @cached_property
    def others_words(self) -> frozenset[str]:
        """The words (in small letters) another witness writes: ``others[w] > 0`` in one set
        lookup, where the summed counts look in each witness's."""
        return frozenset().union(*self.others.parts)

    def written_by_others(self, words: set[str]) -> set[str]:
        """Those of ``words`` another witness writes exactly so (by set operations)."""
        return set().union(*(part.keys() & words for part in self.others_exact.parts))

    def describe(self, word: str) -> str:
        low = word.lower()
        return (f"'{word}': wordfreq {self.zipf(word):.2f}, other witnesses {self.others[low]}, "
                f"this witness {self.own[low]}")


#: each confusion table's entries by their first character, shortest first (the order of
#: _substitutions' sites), for each table asked about (the module's and a few built once)
_ENTRIES_BY_FIRST: dict[int, tuple[Mapping[str, tuple[str, ...]], dict[str, list[tuple[str, tuple[str, ...]]]]]] = {}


def _entries_by_first(table: Mapping[str, tuple[str, ...]]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """``table``'s entries (read, meant) by the first character read, shortest first."""
    known = _ENTRIES_BY_FIRST.get(id(table))
    if known is None or known[0] is not table:  # (the table is kept: its id is not reused)
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for read, meant in sorted(table.items(), key=lambda rm: len(rm[0])):
            index.setdefault(read[0], []).append((read, meant))
        known = _ENTRIES_BY_FIRST[id(table)] = (table, index)
    return known[1]


def _substitutions(word: str, table: Mapping[str, tuple[str, ...]],
                   limit: int = MAX_SUBSTITUTIONS) -> dict[str, int]:
    """Every spelling reached by replacing up to ``limit`` non-overlapping table entries,
    with the fewest replacements that reach it (``limit`` at most 2)."""
    if limit > 2:
        raise ValueError("at most two replacements")
    # the places an entry stands, in order of start, then end (the entries that begin with
    # each letter looked up, not every entry searched for in the word)
    index = _entries_by_first(table)
    sites = [(i, i + len(read), meant) for i, c in enumerate(word) if c in index
             for read, meant in index[c] if word.startswith(read, i)]
    out: dict[str, int] = {}
    for k, (s, e, meant) in enumerate(sites if limit > 0 else ()):
        head, tail = word[:s], word[e:]
        for m in meant:
            out[head + m + tail] = 1
            if limit == 2:
                # the spellings a second replacement after this one makes, unless one makes them
                for s2, e2, meant2 in sites[k + 1:]:
                    if s2 >= e:
                        head2, tail2 = head + m + word[e:s2], word[e2:]
                        for m2 in meant2:
                            out.setdefault(head2 + m2 + tail2, 2)
    out.pop(word, None)
    return out


def _shape_case(candidate: str, original: str) -> str:
    """Letters that digits stood for take the case of the word's own letters."""
    letters = [c for c in original if c.isalpha()]
    upper = len(letters) > 1 and all(c.isupper() for c in letters)
    return "".join(
        (c.upper() if upper else c.lower()) if not o.isalpha() and c.isalpha() else c
        for c, o in zip(candidate, original)
    )


def _same_case(word: str, model: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _change(reading: str, word: str) -> tuple[str, str]:
    """The stretch of ``reading`` that differs from ``word`` and what ``word`` has there."""
    i = 0
    while i < min(len(reading), len(word)) and reading[i] == word[i]:
        i += 1
    j = 0
    while j < min(len(reading), len(word)) - i and reading[-1 - j] == word[-1 - j]:
        j += 1
    return reading[i:len(reading) - j], word[i:len(word) - j]


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"
