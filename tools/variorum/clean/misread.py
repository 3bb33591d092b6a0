"""Filter 5: OCR misreadings repaired by closed character-confusion rules, only where the evidence is clear."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import math
import re
from collections import Counter, abc
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, reduce
from itertools import chain, compress, filterfalse, repeat, takewhile
from operator import add, methodcaller, ne
from typing import Callable, Container, Iterable, Mapping, Sequence

import wordfreq
from wordfreq.language_info import get_language_info

from variorum.clean.base import CleanContext, Edit
from variorum.clean.chain import apply_edits
from variorum.clean.context import count_pairs, neighbours, neighbours_in_paragraph, pair_total, wanted_pairs
from variorum.clean.lexicon import FUNCTION_WORDS, SUFFIX_FRAGMENTS, SummedCounts, ascii_spacing, counted_pieces, frequency_buckets, zipf_table
from variorum.clean.settings import CleanSettings

# --------------------------------------------------------------------------- the rules
#
# Each rule is a class of confusions an OCR engine makes between glyphs of similar shape,
# written as (what was read, what it may have been). Nothing here names a word: a rule
# proposes candidates; the lexicon and the edition decide.

RULE_DIGIT = "misread-digit"        # a digit read inside a word: c0mputer, S0, 1ike
RULE_NUMERAL = "misread-numeral"    # a letter read inside a number: l990, 2O15
RULE_LETTERS = "misread-letters"    # letter shapes: rn/m, cl/d, li/h, b/h, c/e, vv/w, ii/u, I/l, lc/k
RULE_PRONOUN = "misread-pronoun-i"  # a lone "l" where English has the pronoun "I"
RULE_BRACKET = "glued-bracket"      # While(the -> While the / While (the
RULE_PUNCT = "glued-punctuation"    # end.The -> end. The, cats,dogs -> cats, dogs
RULE_EDGE = "misread-edge"          # a stray capital glued before a word: Dbest
RULE_SPLIT = "misread-split"        # a space read inside a word: obvi ous, sa id
RULE_STROKES = "misread-strokes"    # one stroke lost or gained: g/q, h/n, u/v, c/o, z for s
RULE_CONTEXT = "misread-context"    # a rare word where the edition writes a confusion of it: who arc ill
RULE_SPACE = "misread-space-lost"   # a space lost between two words: ofthe, Andwhen, heardthe
RULE_DOUBLED = "misread-doubled"    # a letter read twice: thhe, annd, waas
RULE_DROPPED = "misread-dropped"    # a letter the OCR lost: frends, tht, whn
RULES = (RULE_DIGIT, RULE_NUMERAL, RULE_LETTERS, RULE_PRONOUN, RULE_BRACKET, RULE_PUNCT, RULE_EDGE,
         RULE_SPLIT, RULE_STROKES, RULE_CONTEXT, RULE_SPACE, RULE_DOUBLED, RULE_DROPPED)

#: digit (or bar) read -> the letters it may have been
DIGIT_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "0": ("o", "O"), "1": ("l", "i", "I"), "5": ("s", "S"), "6": ("b",), "8": ("B",),
    "9": ("g",), "2": ("z", "Z"), "|": ("l", "I"),
}
#: letter read inside a number -> the digit it may have been
NUMERAL_CONFUSIONS: dict[str, str] = {"O": "0", "o": "0", "l": "1", "I": "1"}
#: letter sequence read -> the sequences it may have been
LETTER_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "rn": ("m",), "m": ("rn",), "cl": ("d",), "d": ("cl",), "li": ("h",), "h": ("li", "b"),
    "b": ("h",), "c": ("e",), "e": ("c",), "vv": ("w",), "w": ("vv",), "ii": ("u", "n"),
    "ri": ("n",), "n": ("ri",), "I": ("l",), "l": ("I",), "tl": ("d",), "lc": ("k",),
    "k": ("lc",),
}

#: worn or broken strokes: common, but they make real words of real words so easily that
#: they only ever repair a reading no lexicon and no witness knows, one confusion at most,
#: into an everyday word (Zipf >= 4), and only when no other rule has a repair
WEAK_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "o": ("a", "e"), "a": ("o",), "e": ("o",), "f": ("t",), "t": ("f",), "v": ("y",),
    "y": ("v",), "n": ("r",),
}
#: weak strokes repair only readings the lexicon does not know at all: archaic words
#: (wonted, shews, oaten, visiter) sit just above, one vowel away from everyday ones
WEAK_READING = 1.0
#: a reading below this may be a weak-stroke misreading of one of the commonest words
#: (fon, thot, vou, bv); above it are words like 'tho' that verse still uses
WEAK_DOMINATED = 3.5
#: pairs of letters one stroke apart, misread both ways: the tail of g closed or broken off
#: (g/q), the ascender of h lost to a faint print or a speck read as one (h/n), the bowl of u
#: closed to a point or a v rounded (u/v), the gap of c filled or the right side of o faint
#: (c/o), a z read for a worn s (z/s). Like the weak strokes they make real words of real
#: words (hot/not, cot/cut): they get the weak strokes' guards, repairing only a reading
#: the lexicon does not know at all, or a rare one a commonest word dwarfs, one confusion at
#: most, and never when another repair is as good. Not s read for z: there the two are
#: spellings as well as shapes (-ise/-ize, older spellings), and a witness's spelling is not
#: a misreading
STROKE_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "q": ("g",), "g": ("q",), "n": ("h",), "h": ("n",), "v": ("u",), "u": ("v",),
    "o": ("c",), "c": ("o",), "z": ("s",),
}
#: strokes lost or gained that make real words of real words too often to be weighed by
#: frequency or context (yon/you, lo/to, bad/had...): n and u (an arch closed or opened), t
#: read as l (its crossbar faint), i read as l (its dot lost, the stem read tall), m read
#: as in (its first arch parted from the rest). Tried only on a reading no lexicon knows at
#: all, into an everyday word (devoled, sensalion, belouged, thelr, aniinals), or one at
#: the level of the lexicon's own OCR noise (Judge._faint_dominated)
FAINT_CONFUSIONS: dict[str, tuple[str, ...]] = {"n": ("u",), "u": ("n",), "l": ("t", "i"), "in": ("m",)}


def _union(*tables: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    keys = dict.fromkeys(k for t in tables for k in t)
    return {k: tuple(dict.fromkeys(m for t in tables for m in t.get(k, ()))) for k in keys}


#: the confusions tried, one at a time, on a reading the lexicon does not know at all
UNKNOWN_READING_CONFUSIONS: dict[str, tuple[str, ...]] = _union(
    LETTER_CONFUSIONS, WEAK_CONFUSIONS, STROKE_CONFUSIONS, FAINT_CONFUSIONS)
#: the confusions of letter shapes (not the weak strokes' vowels, nor z for s, which are
#: spellings as well)
_SHAPES: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, FAINT_CONFUSIONS)
#: the strokes lost or gained that no spelling makes (g/q, h/n, c/o; the weak strokes' v/y,
#: n/r), with the letter shapes: what a reading no lexicon knows may be repaired by into a word
#: of everyday vocabulary (Judge._shape_into_common). Not u/v nor z for s, the old and the
#: American spellings' letters, nor the weak strokes' vowels, nor f/t, a slip of the pen as
#: well as of the type ('fiered' for fired is no 'tiered')
_SHAPES_AND_STROKES: dict[str, tuple[str, ...]] = _union(_SHAPES, {
    "q": ("g",), "g": ("q",), "n": ("h", "r"), "h": ("n",), "o": ("c",), "c": ("o",), "v": ("y",), "y": ("v",)})
#: the confusions that can make a repeated reading a repeated misreading (the faint strokes
#: too: only a reading below COMMON is asked, and only the rules that repair it decide)
REPEATED_CONFUSIONS: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, STROKE_CONFUSIONS, FAINT_CONFUSIONS)
#: the confusions other than strokes that one substitution may stand for
_NOT_STROKES: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, WEAK_CONFUSIONS)
#: the tables of confusions whose single misreadings of the commonest words are listed
_TABLES: dict[str, Mapping[str, tuple[str, ...]]] = {
    "letters": LETTER_CONFUSIONS, "weak": WEAK_CONFUSIONS, "strokes": STROKE_CONFUSIONS}

# Thresholds on wordfreq's Zipf scale (log10 of frequency per billion words): 3 is about
# once per million words, the usual line between everyday vocabulary and rare words.
COMMON = 3.0
#: a candidate this much more frequent than the reading (x1000) outweighs a noisy lexicon entry
DOMINANCE = 3.0
#: two candidates closer than this are a choice for the editor, not for the filter
MARGIN = 1.0
#: a word the lexicon knows, if rarely (once in ten million words): enough for a repair of
#: a reading the lexicon does not know at all
RARE_WORD = 2.5
MAX_SUBSTITUTIONS = 2  # (_substitutions makes at most two)
#: a repair needing two confusions must be this much commoner (Zipf) to beat one needing one
STEP_PENALTY = 1.5
#: a rare reading one faint stroke from a word this much commoner (Zipf: ten thousand times)
#: is at the level of the misreadings the lexicon itself counted in OCR'd books (wilh, lhe,
#: aboul), not of real rare words beside common ones (lour/tour, slopped/stopped: about 3)
FAINT_DOMINANCE = DOMINANCE + 1
#: a reading no lexicon knows this long is seldom one shape confusion from a real word by
#: chance (a name, an old spelling): a misreading of a real word always is (Judge._shape_into_rare)
LONG_READING = 7
#: the least frequency (Zipf: once in a hundred million words) of the rare word such a long
#: reading is repaired into: below it the lexicon's own noise
RARE_REPAIR = 1.0
#: a reading no lexicon knows this long is seldom one letter short of a word the book uses
#: by chance (Judge._letter_lost_from_own_word); shorter ones are one letter from many words
LOST_LETTER_READING = 4
#: a reading the lexicon knows (rarely) is put back a lost letter only from this length: the
#: old words are short ('chid', 'wist', 'sate' are no 'child', 'wrist', 'state')
LOST_LETTER_KNOWN = 6
#: the weak strokes' vowels: o read for a or e (a bowl closed), a or e for o (one opened or
#: marked). Not a for e nor e for a: those are the two spellings of the unstressed vowel
#: (-ance/-ence, 'dependant', Shelley's 'avelanche'), an author's, not the press's
_VOWEL_SLIPS: dict[str, str] = {k: "".join(m for m in WEAK_CONFUSIONS[k] if m in "aeo") for k in "aeo"}
#: the vowels Judge._vowel_of_own_word reads one for another, a and e as well: there the
#: witness's own use, not the lexicon, decides. Only in a word's first syllable, the one
#: English most often stresses, and not before w or y: spellings differ in the unstressed
#: vowel ('avelanche', 'desart', 'visiter', 'independant') and in the digraphs ('shew'
#: beside 'show', 'grey' beside 'gray'), where an author writes both; a stressed vowel's
#: spelling is fixed ('thet', 'meny', 'nover' are no author's)
_OWN_VOWELS = "aeo"
#: a reading no lexicon knows this long is seldom one vowel from exactly one word by chance
#: (Judge._vowel_into_word); shorter ones are mostly a vowel from several
VOWEL_READING = 4
#: prefixes and endings that make words of words, the old verb's too (sleepest, goeth, lovedst)
_FORMING_PREFIXES = ("over", "under", "out", "fore", "with", "up", "un", "re", "mis", "dis", "be", "en", "in")
_FORMING_ENDINGS = tuple(sorted(SUFFIX_FRAGMENTS | {"s", "st", "th", "edst", "est", "eth"}, key=len, reverse=True))
#: the same as sets, and the longest of each (Judge._formed looks a reading's own up)
_FORMING_ENDING_SET, _FORMING_PREFIX_SET = frozenset(_FORMING_ENDINGS), frozenset(_FORMING_PREFIXES)
_FORMING_LONGEST = (max(map(len, _FORMING_ENDINGS)), max(map(len, _FORMING_PREFIXES)))


# --------------------------------------------------------------------------- vocabulary

_WORD = r"(?:[^\W_]|(?<=[^\W\d_])\|(?=[^\W\d_]))"
TOKEN_RE = re.compile(rf"{_WORD}+(?:['\u2019]{_WORD}+)*")
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=200_000)
def _zipf(word: str, lang: str) -> float:
    lower = word.lower().replace("\u2019", "'")
    if not lower.isalpha() and _DIGIT_RE.search(lower):  # (no letter is a digit: most words need no search)
        return _zipf_with_digits(lower, lang)
    return zipf_table(lang).get(lower, 0.0)


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


# what a word of the counts holds (no underscore) and an apostrophe inside it
_EXACT_SPACING = ascii_spacing(r"[^\W_]|[\s']")


@lru_cache(maxsize=16)
def _exact_counts(text: str) -> Counter[str]:
    """``Counter(words_of(text))`` (cached: every witness is the others' evidence in turn),
    by lexicon.counted_pieces: its words in another order (only looked up, summed and
    intersected)."""
    return counted_pieces(text, _EXACT_SPACING, _FAST_WORD_RE)


# context.WORD_RE as one group (re.split keeps the words), its repeats possessive (the same
# matches: nothing to give back; the engine keeps no backtracking records, a sixth faster);
# without an underscore in the text [^\W_] is \w, which the engine matches faster
_WORD_SPLIT_RE = re.compile(r"([^\W_]++(?:['\u2019][^\W_]++)*+)")
_FAST_WORD_SPLIT_RE = re.compile(r"(\w++(?:['\u2019]\w++)*+)")
_FAST_WORD_RE = re.compile(r"\w++(?:['\u2019]\w++)*+")


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


def _own_counts(text: str) -> Counter[str]:
    """``_exact_counts(text)``, from the witness's word split."""
    return Counter(_word_split(text)[1::2])


@lru_cache(maxsize=16)
def _counts(text: str) -> Counter[str]:
    return _lowered(_exact_counts(text))


def _lowered(exact: Counter[str]) -> Counter[str]:
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

@dataclass(frozen=True)
class Vocabulary:
    """What counts as attested: the frequency lexicon, the other witnesses, this witness."""

    lang: str
    own: Counter[str]
    own_exact: Counter[str]
    others: SummedCounts
    others_exact: SummedCounts

    @classmethod
    def build(cls, text: str, others: Iterable[str], lang: str = "en") -> "Vocabulary":
        others = tuple(others)
        own_exact = _own_counts(text)
        return cls(lang, _lowered(own_exact), own_exact, SummedCounts(tuple(map(_counts, others))),
                   SummedCounts(tuple(map(_exact_counts, others))))

    def zipf(self, word: str) -> float:
        return _zipf(word, self.lang)

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
        if "others_words" in self.__dict__:
            out.__dict__["others_words"] = self.others_words
        return out

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


# --------------------------------------------------------------------------- candidates

@dataclass(frozen=True)
class Verdict:
    """The filter's decision on one token: its repair, the rule, evidence, and whether to apply."""

    after: str
    rule: str
    evidence: str
    confidence: float
    applied: bool
    #: held back only because the reading is capitalised (perhaps a name): a sentence's
    #: first word is capitalised anyway, so there the repair applies after all
    name_hold: bool = False
    #: a spelling an author may write on purpose (a dialect's 'thet', a sound drawn out,
    #: 'whooosh'): in quoted speech, or where the witness writes the repair beside neither
    #: of the place's neighbours, only a suggestion
    dialect: bool = False
    #: the other words held nearly as likely, which alone make this a suggestion ('ncw':
    #: 'new' and 'now'): the place's neighbours may decide (_rivals_in_context)
    rivals: tuple[str, ...] = ()

    @classmethod
    def unless_rivals(cls, after: str, rule: str, evidence: str, rivals: Sequence[str], alone: str,
                      confidence: float) -> "Verdict":
        """The repair, applied at ``confidence`` with ``alone`` added to its evidence; where
        other words are as likely (``rivals``) a suggestion at 0.4 naming them, for the
        place's neighbours to decide."""
        if rivals:
            return cls(after, rule, evidence + "; as well " + ", ".join(f"'{w}'" for w in rivals[:3]), 0.4, False,
                       rivals=tuple(rivals))
        return cls(after, rule, evidence + alone, confidence, True)


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


class Judge:
    """Decides token by token, remembering its verdicts (a book repeats its words)."""

    def __init__(self, vocab: Vocabulary, letters_applied: bool = True) -> None:
        self.vocab = vocab
        self.letters_applied = letters_applied
        self.cache: dict[str, Verdict | None] = {}
        self.lexicon = zipf_table(vocab.lang)
        self.misspellings = _common_misspellings(vocab.lang)
        self.weak_misspellings = _common_misspellings(vocab.lang, "weak")
        self.stroke_misspellings = _common_misspellings(vocab.lang, "strokes")

    def verdict(self, token: str) -> Verdict | None:
        if token not in self.cache:
            self.cache[token] = None  # (asked again below for a repair's repair: no cycle)
            v = None if self._plainly_attested(token) else self._decide(token)
            if v is not None and v.applied and v.after != token:
                # a repair the filter would itself repair again (cas6 -> casb -> cash) is no
                # sound reading: the editor decides, and cleaning stays idempotent
                again = self.verdict(v.after)
                if again is not None and again.applied:
                    v = Verdict(v.after, v.rule, f"{v.evidence}; but '{v.after}' would itself be read "
                                f"as '{again.after}'", min(v.confidence, 0.5), False)
            self.cache[token] = v
        return self.cache[token]

    def _plainly_attested(self, token: str) -> bool:
        """Most words of a book, decided in a few lookups: a word of letters that the lexicon
        or another witness attests and that is no misreading of one of the commonest words
        (in neither table of them). The rules below reach the same verdict, nothing, by way
        of attested() and _dominated(): this is only the short road to it."""
        if not token.isalpha() or len(token) < 2:
            return False
        lower = token.lower()
        if lower in self.misspellings or lower in self.weak_misspellings or lower in self.stroke_misspellings:
            return False
        v = self.vocab
        return bool(v.others_exact[token]) or (
            not _odd_capitals(token) and (v.zipf(token) >= COMMON or lower in v.others_words))

    def attested(self, token: str, table: Mapping[str, tuple[str, ...]]) -> bool:
        """A reading is kept when another witness spells it so, the lexicon knows it, or this
        witness repeats it (unless it is a repeated misreading of a far commoner word)."""
        v = self.vocab
        if v.others_exact[token]:
            return True
        if not _odd_capitals(token) and (v.zipf(token) >= COMMON or token.lower() in v.others_words):
            return True
        return v.own_exact[token] >= 2 and not self._repeated_misreading(
            token, REPEATED_CONFUSIONS if table is LETTER_CONFUSIONS else table)

    def _decide(self, token: str) -> Verdict | None:
        if token.isalpha():
            letters, digits = len(token), 0
        else:
            letters = sum(c.isalpha() for c in token)
            digits = sum(c.isdigit() or c == "|" for c in token)
        if letters == 0 or len(token) < 2:
            return None
        if digits and _numeral_like(token):
            return self._numeral(token)
        if digits and not _wordlike(token, letters, digits):
            if len(token) == 2 and token[0].isupper():
                return self._dwarfed_code(token)  # A5 -> As, G0 -> Go; H1, F1 stay
            return None
        if digits:
            if self.attested(token, DIGIT_CONFUSIONS):
                # (wordfreq folds digits: 'w6re' is looked up as 'w0re', a shape, not a word)
                edition = self.vocab.others_exact[token] or self.vocab.own_exact[token] >= 2
                return self._dwarfed_code(token) or (None if edition else self._digit_among_letters(token))
            return self._unless_a_label(token, self._choose(
                token, _substitutions(token, DIGIT_CONFUSIONS), RULE_DIGIT, strong=True)) \
                or self._digit_among_letters(token) or self._stray_digit(token)
        if self.attested(token, LETTER_CONFUSIONS):
            verdict = self._dominated(token)
            if verdict is None and token.islower() and self.vocab.own_exact[token] > 1:
                # (a slip the witness repeats: only its own far commoner word repairs it)
                verdict = self._letter_doubled_or_dropped(token)
        else:
            verdict = self._choose(token, _substitutions(token, LETTER_CONFUSIONS), RULE_LETTERS,
                                   strong=False)
            if verdict is not None and verdict.applied:
                verdict = self._unless_a_stroke_rivals(token, verdict)
            if verdict is not None:
                verdict = self._unless_a_faint_stroke_outweighs(token, verdict)
            if verdict is None and self.vocab.zipf(token) < WEAK_READING:
                unknown = _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1)
                # (both rules choose among these confusions: where none is a word, neither is asked)
                if self._known_among(unknown):
                    verdict = self._with_stroke_rule(token, self._choose(
                        token, unknown, RULE_LETTERS, strong=False, floor=COMMON + 1)) \
                        or self._shape_into_common(token, unknown)
            if verdict is None:
                verdict = self._weak_dominated(token)
            if verdict is None:
                verdict = self._faint_dominated(token)
            verdict = verdict or self._capital_i_among_small(token) or self._edge(token) \
                or self._letter_doubled_or_dropped(token) \
                or self._shape_into_rare(token) or self._vowel_into_word(token) \
                or self._letter_misread_in_long_reading(token)
        if verdict and verdict.applied and verdict.rule in (RULE_LETTERS, RULE_STROKES, RULE_DOUBLED, RULE_DROPPED):
            # I read for l: at a word's start (Iaying) or inside it (PresentIy), no name
            i_for_l = (token[0] == "I" and verdict.after[0] == "l" and token[1:].islower()) or (
                _odd_capitals(token) and verdict.after[1:].islower()) or (
                len(token) > 2 and token[1] == "I" and token[2:].islower() and verdict.after[1] == "l")
            if not self.letters_applied:
                verdict = Verdict(verdict.after, verdict.rule, verdict.evidence +
                                  "; the lexicon does not know this witness's spelling well", 0.5, False)
            elif token[:1].isupper() and not i_for_l and not self._name_in_edition(verdict.after) \
                    and not self._known_name_written(verdict.after) and not self._no_name(token, verdict) \
                    and not self._no_name_spelt(token, verdict.after):
                # a capitalised unknown word is most often a name: the editor decides, unless
                # the repair is a name the edition itself spells so
                common = self.vocab.zipf(verdict.after) >= COMMON + 1
                verdict = Verdict(verdict.after, verdict.rule,
                                  verdict.evidence + "; capitalised, perhaps a name", 0.5, False,
                                  name_hold=common and token[1:].islower())
        return verdict

    def _letter_doubled_or_dropped(self, token: str) -> Verdict | None:
        """A reading no witness knows and the lexicon not at all (below WEAK_READING) or
        only at the level of its OCR noise (FAINT_DOMINANCE below the repair: 'thhe'), one
        letter too many where two alike stand together (thhe, annd, becamee) or one thin
        letter short (i, l, t, f, r, j, the glyphs a faint print or a tight setting loses:
        frends, oher; not any letter: a spelling differs from a word by one letter too,
        'doated' is no 'donated'), where exactly one such repair is an everyday word
        (COMMON + 1) and no other within MARGIN of it; a rival makes it a suggestion. Tried
        last: a confusion of the tables that repairs the reading is the likelier misreading.
        Any other letter lost is put back only by _letter_lost_from_own_word."""
        v = self.vocab
        if token[-2:] in ("\u2019s", "'s") and token[:-2].isalpha():
            # (a possessive's word: fathr's)
            stem = self._letter_doubled_or_dropped(token[:-2])
            return replace(stem, after=stem.after + token[-2:]) if stem is not None else None
        if not self.letters_applied or len(token) < 3 or not token.isalpha() or not token[1:].islower():
            return None  # (a witness whose spelling the lexicon does not know: its words are no slips)
        doubled_verdict = self._doubled_in_commonest(token) or self._run_of_three(token)
        if doubled_verdict is not None:
            return doubled_verdict
        z = v.zipf(token)
        if z >= RARE_WORD or v.others_exact[token]:
            return self._vowel_lost_unspeakably(token)
        low = token.lower()
        doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
        if v.own_exact[token] > 1:
            return self._letter_lost_from_own_word(token, doubled) or self._vowel_lost_unspeakably(token)
        dropped = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _THIN_LETTERS}
        known = self._known_among(doubled | dropped)
        scored = sorted(((self._score(w), w) for w in known), reverse=True)
        if not scored or scored[0][0] < COMMON + 1:
            return self._letter_lost_from_own_word(token, doubled) or self._doubled_in_long_reading(token) \
                or self._vowel_lost_unspeakably(token)
        best_score, best = scored[0]
        if z >= WEAK_READING and best_score - z < FAINT_DOMINANCE:
            # (a reading the lexicon knows, above the level of its OCR noise: 'tht')
            return self._letter_lost_from_own_word(token, doubled) or self._vowel_lost_unspeakably(token)
        rivals = [w for score, w in scored[1:] if score > best_score - MARGIN]
        rule = RULE_DOUBLED if best in doubled else RULE_DROPPED
        after = _same_case(best, token)
        evidence = (f"reading {v.describe(token)}; " + ("one of two letters alike dropped" if rule == RULE_DOUBLED
                    else "one letter put back") + f": {v.describe(after)}")
        return Verdict.unless_rivals(after, rule, evidence, rivals, "", 0.8)

    def _no_name(self, token: str, verdict: Verdict) -> bool:
        """A capitalised reading no name is: three letters alike in a row (Oppresssed), or
        one the lexicon does not know at all, LONG_READING letters or more, one of two
        letters alike read twice in an everyday word (COMMON + 1: Governmennt). A name one
        doubled letter from a word is short and known ('Mann', 'Starr', 'Todd')."""
        if verdict.rule != RULE_DOUBLED:
            return False
        low = token.lower()
        return _RUN_OF_THREE_RE.search(low) is not None or (
            len(low) >= LONG_READING and self.vocab.zipf(token) == 0 and self._score(verdict.after) >= COMMON + 1
            and verdict.after.lower() in {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]})

    def _doubled_in_commonest(self, token: str) -> Verdict | None:
        """A small-letter reading one of the commonest words (HABIT_WORD) with one of its
        letters read twice (thhe, annd, wass, fromm), even where this witness repeats it:
        the lexicon has the reading below everyday vocabulary (COMMON) and a thousand times
        as rarely as the word (DOMINANCE), no other witness writes it, and this witness
        writes the word CONTEXT_DOMINANCE times as often as the reading. An OCR that doubles
        a glyph of the word it reads most does so more than once in a book; an author who
        spells a common word so writes it nearly as often as the word, and a witness whose
        spelling the lexicon does not know is no witness for this rule (letters_applied).
        But the vowel of a word of one syllable spelt with its letter doubled at the word's
        end ('shee', 'mee', 'soo') an early printer set beside the everyday word as the
        line's width wanted it: only a suggestion. A capitalised reading may be a name
        ('Fromm'): not this rule's. Another word one letter from the reading (one put in,
        or another of two alike taken out) that this witness writes, or the lexicon has
        within DOMINANCE of the word, makes it a suggestion."""
        v = self.vocab
        low = token.lower()
        if not token.islower() or v.others_exact[token] or low in v.others_words:
            return None
        z = v.zipf(token)
        if z >= COMMON:
            return None
        doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
        words = [w for w in doubled if v.zipf(w) >= HABIT_WORD and v.zipf(w) - z >= DOMINANCE
                 and v.own[w] >= CONTEXT_DOMINANCE * v.own[low]]
        if len(words) != 1:
            return None
        word = words[0]
        near = doubled | {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _LOWER_LETTERS}
        rivals = sorted(w for w in self._known_among(near) - {word}
                        if v.own[w] or v.zipf(w) >= v.zipf(word) - DOMINANCE)
        evidence = (f"reading {v.describe(token)}; one of two letters alike dropped: {v.describe(word)}, "
                    f"one of the commonest words, {v.own[word] // max(1, v.own[low])} times as frequent "
                    "in this witness")
        if low[-2:] in _LONG_VOWEL_ENDINGS and word[-2:] != low[-2:] and sum(map(_VOWELS.__contains__, word)) == 1:
            # (a word of one syllable whose vowel ends it, drawn out, is an old spelling as well:
            # 'shee', 'mee', 'soo' beside the everyday 'she' twenty times as often in one early
            # printed book; 'intoo', 'peoplee' are no one's)
            return Verdict(word, RULE_DOUBLED, evidence + f"; '{low[-2:]}' at a word's end is an old "
                           "spelling of the long vowel too", 0.5, False)
        return Verdict.unless_rivals(word, RULE_DOUBLED, evidence, rivals, "", 0.8)

    def _run_of_three(self, token: str) -> Verdict | None:
        """A reading with three letters alike in a row (Oppresssed, possssion), which no
        word and no spelling has: one of them read twice, or a letter between two of them
        lost. Put right where the lexicon knows (RARE_WORD) exactly one word that taking one
        of the run out or putting one letter into it makes (the reading unknown to the
        lexicon and to the other witnesses, five letters or more: not 'Hmmm', 'Brrr');
        another within MARGIN makes it a suggestion. No name has such a run either: a
        capital does not hold the repair back (Judge._decide). An author draws a sound out
        so ('whooosh', 'hisssing'): a word the witness writes nowhere else is, like a
        dialect's spelling, only suggested in quoted speech or where the witness writes it
        beside neither of the place's neighbours."""
        v = self.vocab
        low = token.lower()
        run = _RUN_OF_THREE_RE.search(low)
        if run is None or len(low) < 5 or v.zipf(token) > 0 or v.others_exact[token] or low in v.others_words:
            return None
        start, end = run.span()
        near = {low[:i] + low[i + 1:] for i in range(start, end)} | {
            low[:i] + c + low[i:] for i in range(start + 1, end) for c in _LOWER_LETTERS}
        scored = sorted(((self._score(w), w) for w in self._known_among(near)), reverse=True)
        if not scored or scored[0][0] < RARE_WORD:
            return None
        best_score, best = scored[0]
        after = _same_case(best, token)
        evidence = f"reading {v.describe(token)}, three letters alike in a row; {v.describe(after)}"
        rivals = [w for score, w in scored[1:] if score > best_score - MARGIN]
        rule = RULE_DOUBLED if len(best) < len(low) else RULE_DROPPED
        verdict = Verdict.unless_rivals(after, rule, evidence, rivals, "; no other such change makes a word", 0.8)
        # (an author draws a sound out so too, 'whooosh', 'hisssing': a word the witness
        # never writes elsewhere is repaired only where it writes it beside the place's
        # neighbours, and never in quoted speech)
        return replace(verdict, dialect=True) if verdict.applied and not v.own[best] else verdict

    def _doubled_in_long_reading(self, token: str) -> Verdict | None:
        """A reading no lexicon and no witness knows (Zipf 0) of LONG_READING letters or more
        (manifestted, Governmennt), one of two letters alike read twice in a word the
        lexicon knows (RARE_WORD), where that is the only word taking out one of two alike,
        putting back a thin letter (see _letter_doubled_or_dropped) or one shape confusion
        makes within DOMINANCE of it. The longer a reading, the less likely an unknown
        string is one doubled letter from a word by chance; an old spelling that doubles a
        letter ('tranquillize') the lexicon knows, or is one from a word it has only
        rarely. (A word with a prefix or an ending the lexicon may not list is no risk here:
        taking a letter out of it seldom makes another word, 'manifest-ted' no formation.)"""
        v = self.vocab
        low = token.lower()
        if len(low) < LONG_READING or v.zipf(token) > 0 or v.others_exact[token] or low in v.others_words \
                or v.own_exact[token] > 1:
            return None
        doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
        best = max(((self._score(w), w) for w in self._known_among(doubled)), default=(0.0, ""))
        if best[0] < RARE_WORD:
            return None
        dropped = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _THIN_LETTERS}
        reach = doubled | dropped | _substitutions(low, UNKNOWN_READING_CONFUSIONS, 1).keys()
        rivals = sorted(w for w in self._known_among(reach) - {best[1]}
                        if v.own[w] or self._score(w) >= max(WEAK_READING, best[0] - DOMINANCE))
        after = _same_case(best[1], token)
        evidence = (f"reading {v.describe(token)}; one of two letters alike dropped: {v.describe(after)}, "
                    f"the reading {len(low)} letters long")
        return Verdict.unless_rivals(after, RULE_DOUBLED, evidence, rivals, "; no other such change makes a word", 0.75)

    def _vowel_lost_unspeakably(self, token: str) -> Verdict | None:
        """A vowel lost where the reading cannot be spoken: a run of consonants that no
        everyday word has where it stands (_speakable: 'myslf', 'bfore', 'prtotype', 'bshel'),
        put back where exactly one vowel in that run makes a word the lexicon knows
        (RARE_WORD) and no other letter anywhere in the reading makes one within MARGIN of
        it, or one this witness writes. Only a reading the lexicon does not know (below
        WEAK_READING): one it has ('tht', 'wth' of its texting) is the lost-letter context
        rule's (_lost_letter_misreadings). An old spelling, a dialect, a name are all
        spoken ('chid', 'reglar', 'stedfastly'): a reading no one can say is a word whose
        vowel the press or the OCR lost. Abbreviations are written without
        vowels too, but the commonest are everyday words ('lbs', 'mph') and the rest are
        repeated or one vowel from no word; a reading this witness repeats only where it
        writes the word CONTEXT_DOMINANCE times as often, another witness's not at all."""
        v = self.vocab
        low = token.lower()
        if len(low) < 3 or not token.isalpha() or not token[1:].islower() or v.others_exact[token] \
                or low in v.others_words:
            return None
        if v.zipf(token) >= WEAK_READING:
            return None  # (a reading the lexicon has, 'tht' of its texting: _lost_letter_misreadings)
        spans = _unspoken_runs(low, v.lang)
        if not spans:
            return None
        vowels = {low[:i] + c + low[i:] for start, end in spans for i in range(start, end + 1) for c in _VOWELS}
        scored = sorted(((self._score(w), w) for w in self._known_among(vowels)), reverse=True)
        if not scored or scored[0][0] < RARE_WORD or not _speakable(scored[0][1], v.lang):
            return None
        best_score, best = scored[0]
        if v.own[low] > 1 and v.own[best] < CONTEXT_DOMINANCE * v.own[low]:
            return None
        near = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _LOWER_LETTERS} - {best}
        rivals = sorted(w for w in self._known_among(near) if v.own[w] or self._score(w) > best_score - MARGIN)
        after = _same_case(best, token)
        evidence = (f"reading {v.describe(token)}, letters no word has together there; one vowel put back: "
                    f"{v.describe(after)}")
        return Verdict.unless_rivals(after, RULE_DROPPED, evidence, rivals, "; no other letter makes a word", 0.75)

    def _letter_lost_from_own_word(self, token: str, doubled: set[str]) -> Verdict | None:
        """One letter of any shape lost (myslf, altred, endeavoued) or one of two alike read
        twice (seensations, cloaak), put right where the word is one this witness writes
        elsewhere or another witness writes: a reading no lexicon knows at all (Zipf 0) of
        LOST_LETTER_READING letters or more, or one of LOST_LETTER_KNOWN or more it knows
        below RARE_WORD and a thousand times less often (DOMINANCE) than the repair
        (frends, childen; not the old 'chid'); the word one the lexicon knows (WEAK_READING:
        not a name only the edition writes). A reading this witness repeats only where it
        writes the word CONTEXT_DOMINANCE times as often (thhe twice, 'the' thousands of
        times). Any other word one letter away that the edition writes, or the lexicon knows
        (WEAK_READING) less than DOMINANCE below the repair, makes it a suggestion. Never a
        word with a prefix or an ending (overweigh, sleepest), nor a letter put at the end
        (a plural, a past: 'schoolfellow'). The witness's use is what speaks for the repair:
        an old spelling is one letter from words the book never writes ('doated',
        'doating': 'donated', 'donating'), and the length of a reading does not make up for
        that (stedfastly, steadfastly)."""
        v = self.vocab
        z = v.zipf(token)
        if len(token) < (LOST_LETTER_KNOWN if z > 0 else LOST_LETTER_READING) or self._formed(token):
            return None  # (a formation first: a few lookups, where the words one letter away are hundreds)
        low = token.lower()
        inserted = {head + c + tail for head, tail in [(low[:i], low[i:]) for i in range(len(low) + 1)]
                    for c in _LOWER_LETTERS}
        # (the edition's words first, by set operations: most readings are one letter from none)
        least = CONTEXT_DOMINANCE * v.own[low] if v.own_exact[token] > 1 else 1
        written = {w for w in (inserted & v.own.keys()) | (doubled & v.own.keys()) if v.own[w] >= least}
        if v.own_exact[token] <= 1:
            written |= (inserted & v.others_words) | (doubled & v.others_words)
        if not written:
            return None
        near = inserted | doubled
        known = self._known_among(near)
        scores = {w: self._score(w) for w in known}
        # (a letter put at the end makes another form of the reading, a plural, a past: no
        # evidence of a slip, 'schoolfellow' is no 'schoolfellows'; a rival all the same)
        # (and a word the lexicon knows: a name only the edition writes may be the witness's
        # own variant of it, 'Montavert' beside 'Montanvert', for the collation to show)
        own = [w for w in written if w in scores and v.zipf(w) >= WEAK_READING and not w.startswith(low)]
        if not own:
            return None
        best = max(own, key=lambda w: (v.own[w], scores[w], w))
        if z > 0 and scores[best] - z < DOMINANCE:
            return None  # (a reading the lexicon knows, not dwarfed by the repair: a spelling)
        # (a word a thousand times rarer than the repair is the lexicon's noise, no rival)
        words = [w for w in known if v.own[w] or w in v.others_words
                 or scores[w] >= max(WEAK_READING, scores[best] - DOMINANCE)]
        after = _same_case(best, token)
        rule = RULE_DROPPED if best in inserted else RULE_DOUBLED
        evidence = (f"reading {v.describe(token)}; " + ("one letter put back" if rule == RULE_DROPPED else
                    "one of two letters alike dropped") + f": {v.describe(after)}, a word the edition writes")
        rivals = sorted(w for w in words if w != best)
        return Verdict.unless_rivals(after, rule, evidence, rivals, "; no other letter makes a word", 0.75)

    def _dwarfed_code(self, token: str) -> Verdict | None:
        """wordfreq knows codes like 'i5' and 'A5'; in prose a confusion of one a thousand times
        commoner is the better reading, unless the edition itself writes the code."""
        v = self.vocab
        if v.others_exact[token] or (v.own_exact[token] >= 2
                                     and not self._repeated_misreading(token, DIGIT_CONFUSIONS)):
            return None
        z = v.zipf(token)
        dwarfed = {c for c in _substitutions(token, DIGIT_CONFUSIONS) if v.zipf(c) - z >= DOMINANCE}
        return self._choose(token, dwarfed, RULE_DIGIT, strong=True) if dwarfed else None

    def _unless_a_label(self, token: str, verdict: Verdict | None) -> Verdict | None:
        """A digit proves a misreading inside a word (c0mputer, 1s), but two characters, or
        capitals ending in digits, may as well be a label (subsection 6b, Table 1a, KEY2, CO2):
        there only a repair into one of the commonest words (COMMON + DOMINANCE) is applied,
        for a label of three characters or more an everyday word (COMMON + 1), for three
        characters a word of everyday vocabulary (COMMON, not 'xoc' of x0c); any other is
        the editor's choice."""
        if verdict is None or not verdict.applied:
            return verdict
        if len(token) <= 2:
            floor = COMMON + DOMINANCE
        elif token[-1].isdigit() and token.rstrip("0123456789").isupper():
            floor = COMMON + 1
        elif len(token) == 3:
            floor = COMMON  # (x0c, a character code)
        else:
            return verdict
        if self._score(verdict.after) >= floor:
            return verdict
        return self._digit_for_one_letter(token) or Verdict(
            verdict.after, verdict.rule, verdict.evidence + "; so short a token, or capitals "
            "ending in digits, may be a label", 0.4, False)

    def _digit_among_letters(self, token: str) -> Verdict | None:
        """One digit among small letters that no table confusion repairs: into an everyday
        word (_digit_into_everyday_word), else into the one word any letter makes
        (_digit_for_one_letter), else the first's suggestion."""
        verdict = self._digit_into_everyday_word(token)
        if verdict is not None and verdict.applied:
            return verdict
        return self._digit_for_one_letter(token) or verdict

    def _digit_for_one_letter(self, token: str) -> Verdict | None:
        """One digit among small letters (h6r, rev6rts, chang6) where exactly one letter in
        its place makes a word: no word of prose has a digit inside, so the digit is a letter
        misread, any letter, not only the tables'. Which one, the witness's own use decides
        (the one letter making a word it writes, an everyday one: 'her', where 'hor', 'hur'
        are the lexicon's noise), or for a reading of LONG_READING characters or more the
        lexicon (the only letter making any word it knows at all: 'reverts', 'unleavened';
        not at the end, where a name and its version make a word of a plural: python3).
        A code recurs in its text (h2o, e2e): only a reading written once, and of three
        characters not with a digit labels use for its sound (b2b, p2p). A digit at the
        end only after a stem the witness never writes and no everyday word (COMMON + 1): a
        note's number after 'world3', a version after 'python3' stay. Applied or nothing:
        several letters' words are the other rules' suggestion."""
        v = self.vocab
        if len(token) < 3 or v.own_exact[token] != 1 or v.others_exact[token]:
            return None
        digits = [i for i, c in enumerate(token) if c.isdigit()]
        if len(digits) != 1 or digits[0] == 0:
            return None
        i = digits[0]
        rest = token[:i] + token[i + 1:]
        if not (rest.isalpha() and rest[1:].islower()):
            return None  # (small letters, the first perhaps a capital: KEY2, mp3s' kin are labels)
        if len(token) == 3 and token[i] in _SOUNDED_DIGITS:
            return None  # (b2b, p2p, e2e, k8s: a label's digit stands for its sound)
        if i == len(token) - 1 and (len(rest) < 3 or v.own[rest.lower()] or self._score(rest) >= COMMON + 1):
            return None
        words = [token[:i] + c + token[i + 1:] for c in _LOWER_LETTERS]
        known = self._known_among(words)
        written = sorted((w for w in known if v.own[w] or w in v.others_words), key=lambda w: (-v.own[w], w))
        # (another misreading the witness writes once beside 'her' fifty times is no rival:
        # the context rule's standard, CONTEXT_DOMINANCE)
        rivals = [w for w in written[1:] if w in v.others_words or v.own[w] * CONTEXT_DOMINANCE > v.own[written[0]]]
        if written and not rivals and self._score(written[0]) >= COMMON:
            best, where = written[0], "the only letter that makes a word the witness writes"
        elif len(token) >= LONG_READING and i < len(token) - 1:  # (python3: 'pythons' is a word too)
            lexical = [w for w in known if v.zipf(w) >= WEAK_READING or w in written]
            if len(lexical) != 1 or v.zipf(lexical[0]) < RARE_REPAIR:
                return None
            best, where = lexical[0], "the only letter that makes a word the lexicon knows"
        else:
            return None
        after = _same_case(best, token)
        return Verdict(after, RULE_DIGIT, f"reading {v.describe(token)}; a digit among letters: "
                       f"{v.describe(after)}, {where}", 0.8, True)

    def _digit_into_everyday_word(self, token: str) -> Verdict | None:
        """One digit between small letters (ind6ed, w6re, Wh6n) that no table confusion repairs: a
        letter misread in a shape the tables do not list. Which letter, the lexicon and the
        edition decide: an everyday word (COMMON) this witness or another writes, else an
        everyday word of the lexicon, and no other letter's word within MARGIN of it; else a
        suggestion at most."""
        digits = [i for i, c in enumerate(token) if c.isdigit()]
        if len(digits) != 1 or len(token) < 4:
            return None  # (a code, a number with its unit: mp3, b2b, h2o, x86, l10n)
        i = digits[0]
        rest = token[:i] + token[i + 1:]
        if not (0 < i < len(token) - 1 and rest.isalpha() and rest[1:].islower()):
            return None  # (small letters, the first perhaps a capital, on both sides of it)
        v = self.vocab
        words = [w for c in _LOWER_LETTERS if self._score(w := token[:i] + c + token[i + 1:]) >= RARE_WORD]
        if not words:
            return None
        verdict = self._choose(token, [w for w in words if v.own[w.lower()] or v.others[w.lower()]],
                               RULE_DIGIT, strong=True, floor=COMMON)
        where = "an everyday word the edition writes"
        if verdict is None:
            # the edition does not write it: the lexicon alone, for an everyday word only
            verdict = self._choose(token, words, RULE_DIGIT, strong=True, floor=COMMON)
            where = "an everyday word of the language"
        if verdict is None:
            return None
        rivals = [w for w in words if w != verdict.after and self._score(w) > self._score(verdict.after) - MARGIN]
        if rivals:
            return Verdict(verdict.after, RULE_DIGIT, verdict.evidence + "; a digit the tables do not "
                           "list, and other letters give " + ", ".join(f"'{w}'" for w in rivals[:3]),
                           0.4, False, rivals=tuple(rivals))
        return Verdict(verdict.after, RULE_DIGIT, verdict.evidence + "; a digit the tables do not list: "
                       f"of all letters only this one makes {where}", verdict.confidence, verdict.applied)

    def _stray_digit(self, token: str) -> Verdict | None:
        """A digit at the edge of a word no reading of it repairs (1BLS): only a suggestion,
        the digit dropped, when what is left is a known word or capitals."""
        stripped = token.strip("0123456789")
        if len(token) - len(stripped) != 1 or len(stripped) < 3 or not stripped.isalpha():
            return None  # 10km, 3rd, 5kg: a number and its unit, not a speck
        if self._score(stripped) < RARE_WORD and not self.vocab.own_exact[stripped] and not stripped.isupper():
            return None  # (capitals may be an abbreviation the text defines: repair_misreadings asks)
        return Verdict(stripped, RULE_DIGIT, f"reading {self.vocab.describe(token)}; no reading of "
                       f"its digits as letters is a word; without them {self.vocab.describe(stripped)}",
                       0.3, False)

    def sentence_start(self, token: str) -> Verdict | None:
        """A sentence's first word read with ``l`` for its capital ``I`` (lf, lt, ln): only
        ever into an everyday word (its Zipf DOMINANCE above the reading's, 0 or more), whose
        small letters ``"i" + token[1:]`` are in _everyday_words."""
        if len(token) < 2 or token[0] != "l" or not token[1:].isalpha() or not token[1:].islower():
            return None
        v = self.vocab
        cand = "I" + token[1:]
        z, zc = v.zipf(token), v.zipf(cand)
        if v.others_exact[token] or z >= COMMON + 1.5 or zc - z < DOMINANCE:
            return None
        return Verdict(cand, RULE_LETTERS, f"a sentence's first word: reading {v.describe(token)}; "
                       f"with a capital I {v.describe(cand)}", 0.85, True)

    def _numeral(self, token: str) -> Verdict | None:
        if self.vocab.others_exact[token] or self.vocab.own_exact[token] >= 2:
            return None
        fixed = "".join(NUMERAL_CONFUSIONS.get(c, c) for c in token)
        if not fixed.isdigit():
            return None
        swapped = ", ".join(f"{a}->{b}" for a, b in zip(token, fixed) if a != b)
        return Verdict(fixed, RULE_NUMERAL, f"letters read inside a number ({swapped})", 0.9, True)

    def _known_among(self, words: Iterable[str]) -> set[str]:
        """The small-letter forms of those of ``words`` the lexicon, this witness or another
        has at all (else _score gives them 0), found by set operations: most candidates a
        rule makes are no word anywhere."""
        lows = set(map(str.lower, words))
        if "\u2019" in "".join(lows):  # (the lexicon writes a straight apostrophe)
            found = (self.lexicon.keys() & lows) | (self.vocab.own.keys() & lows) | (self.vocab.others_words & lows)
            found.update(w for w in lows if w.replace("\u2019", "'") in self.lexicon)
            return found
        # (nine in ten candidate sets a rule makes hold no word at all: three disjointness
        # tests, which build no set, answer those)
        if self.lexicon.keys().isdisjoint(lows) and self.vocab.own.keys().isdisjoint(lows) \
                and self.vocab.others_words.isdisjoint(lows):
            return set()
        return (self.lexicon.keys() & lows) | (self.vocab.own.keys() & lows) | (self.vocab.others_words & lows)

    def _score(self, word: str) -> float:
        z = self.vocab.zipf(word)
        if word.lower() in self.vocab.others_words:
            z = max(z, COMMON + 1)  # the edition itself spells it so
        return z

    def _choose(self, token: str, candidates: Iterable[str] | Mapping[str, int], rule: str, *,
                strong: bool, floor: float = 0.0) -> Verdict | None:
        # the lexicon is lower case: 'alI' is not the attested 'ali'
        original = 0.0 if _odd_capitals(token) else self.vocab.zipf(token)
        # (collections.abc's check: typing's Mapping answers the same through a Python-level hook)
        steps = dict(candidates) if isinstance(candidates, (dict, abc.Mapping)) else dict.fromkeys(candidates, 1)
        if strong:
            shaped: dict[str, int] = {}
            for c, n in steps.items():
                c = self._edition_case(_shape_case(c, token), token)
                shaped[c] = min(n, shaped.get(c, n))
            steps = shaped
        scored = []
        # (most candidates are no word anywhere: a score of 0 makes no repair, whatever the rule)
        known = self._known_among(steps)
        if not known:
            return None
        for cand, n in compress(steps.items(), map(known.__contains__, map(str.lower, steps))):
            if _digit_in_word(cand) or "|" in cand:
                continue
            if _odd_capitals(cand):
                continue
            score = self._score(cand)
            if self.vocab.own[cand.lower()] and score < COMMON:
                score = max(score, COMMON - 0.5)  # spelt so elsewhere in this witness
            # digits prove a misreading, so any real word will do; letter shapes are
            # ambiguous, so the candidate must be common, and the reading unknown or dwarfed
            good = score >= max(1.0, floor) if strong else score >= floor and (
                (original < (WEAK_READING if floor else 1.0) and score >= RARE_WORD
                 and score - original >= RARE_WORD)
                or (score >= COMMON and score - original >= DOMINANCE))
            if good:
                # each further confusion in one word is far less likely than the first
                scored.append((score - STEP_PENALTY * (n - 1), cand))
        if not scored:
            return None
        scored.sort(key=lambda sc: (-sc[0], sc[1]))
        (best_score, best), rest = scored[0], scored[1:]
        runner = rest[0][0] if rest else None
        clear = runner is None or best_score - runner >= MARGIN
        evidence = f"reading {self.vocab.describe(token)}; repair {self.vocab.describe(best)}"
        if rest:
            evidence += "; other candidates " + ", ".join(f"'{c}' ({s:.2f})" for s, c in rest[:3])
        confidence = (0.9 if strong else 0.8) if clear else 0.4
        return Verdict(best, rule, evidence, confidence, clear, rivals=() if clear else tuple(c for _, c in rest))

    def _dominated(self, token: str) -> Verdict | None:
        """An attested reading is still a misreading when the edition does not use it and a
        confusion of it is a thousand times commoner (wordfreq holds OCR noise like 'thc')."""
        v = self.vocab
        lower = token.lower()
        if lower not in self.misspellings:
            return self._weak_dominated(token)
        z = v.zipf(token)
        if z >= COMMON + 1.5 or v.others_exact[token]:
            return None
        candidates = {_same_case(c, token) for c in self.misspellings[lower]
                      if v.zipf(c) - z >= DOMINANCE}
        if not candidates:
            return self._weak_dominated(token)
        if v.own_exact[token] >= 2 and not self._repeated_misreading(token, LETTER_CONFUSIONS):
            return None
        return self._choose(token, candidates, RULE_LETTERS, strong=False)

    def _edition_case(self, cand: str, token: str) -> str:
        """A leading digit says nothing of case: take the one the edition writes more often."""
        if not token[:1].isdigit() or not cand[:1].isalpha() or not cand[1:].islower():
            return cand
        v = self.vocab
        variants = (cand.lower(), cand[:1].upper() + cand[1:])
        return max(variants, key=lambda c: (v.own_exact[c] + v.others_exact[c], c == cand))

    def _name_in_edition(self, word: str) -> bool:
        return self.vocab.others_exact[word] > 0 or self.vocab.own_exact[word] >= 2

    def _weak_dominated(self, token: str) -> Verdict | None:
        """A rare reading (fon, thot, vou; tne, nad) one weak stroke, or one stroke lost or
        gained, from one of the commonest words, which this witness does not repeat and no
        other witness has. Both kinds are weighed together: a reading one step from two such
        words is the editor's choice; so is one that is itself one of the commonest words
        (HABIT_WORD) with a final e, as old books spelt them ('soe' is 'so' as often as 'see')."""
        v = self.vocab
        lower = token.lower()
        weak, strokes = self.weak_misspellings, self.stroke_misspellings
        if (lower not in weak and lower not in strokes) or not token.isalpha() \
                or v.others_exact[token] or v.own_exact[token] > 1:
            return None
        z = v.zipf(token)
        if z >= WEAK_DOMINATED:
            return None
        candidates = {_same_case(c, token) for c in weak.get(lower, ()) + strokes.get(lower, ())
                      if v.zipf(c) - z >= DOMINANCE}
        if not candidates:
            return None
        verdict = self._with_stroke_rule(token, self._choose(token, candidates, RULE_LETTERS, strong=False))
        if verdict is not None and verdict.applied and lower[-1] == "e" and v.zipf(lower[:-1]) >= HABIT_WORD:
            # (one of the commonest words with a final e is its old spelling: 'soe', 'goe')
            return replace(verdict, evidence=f"{verdict.evidence}; but '{lower[:-1]}' with a final e, "
                           "an old spelling of it", confidence=0.5, applied=False)
        return verdict

    def _shape_into_common(self, token: str, unknown: Mapping[str, int]) -> Verdict | None:
        """A reading no lexicon knows, one letter-shape confusion, faint stroke or stroke no
        spelling makes (asceut, contiuually, fastinq, oompelled: _SHAPES_AND_STROKES) from a
        word of everyday vocabulary (COMMON), where no confusion of any table reaches an
        everyday word (COMMON + 1: tried first). Not the weak strokes' vowels, nor u for v,
        nor z for s: those are how spellings differ ('moanings', 'vnto', 'teazed' stay). A rival of
        any table within MARGIN makes it a suggestion. ``unknown``: the reading's one-step
        confusions of every table."""
        verdict = self._choose(token, unknown, RULE_LETTERS, strong=False, floor=COMMON)
        if verdict is None or verdict.after not in _substitutions(token, _SHAPES_AND_STROKES, 1):
            return None
        return self._with_stroke_rule(token, verdict)

    def _shape_into_rare(self, token: str) -> Verdict | None:
        """A long reading (LONG_READING letters or more) no lexicon and no witness knows, one
        letter-shape confusion or faint stroke from a word the lexicon knows only rarely
        (wretcheclness, precipiccs, belongetli: RARE_REPAIR or more), where that is the
        only word any confusion of any table reaches. Tried last, when nothing reaches an
        everyday word. The longer a reading, the less likely an unknown string lands on a
        real word by one confusion by chance: a name or an old spelling rarely does, a
        misreading of a real word always. A second word within reach (moiith: month, mouth)
        makes it the editor's choice."""
        v = self.vocab
        if len(token) < LONG_READING or not token.isalpha() or v.zipf(token) > 0 \
                or v.others_exact[token] or v.own_exact[token] > 1:
            return None
        shapes = _substitutions(token, _SHAPES, 1)
        # (the repair is a shape's word: most readings reach none, and the other tables and
        # the affixes are weighed only for those that do)
        if not any(self._score(w) >= max(RARE_REPAIR, WEAK_READING) for w in self._known_among(shapes)) \
                or self._formed(token):
            return None
        reach = shapes.keys() | _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1).keys()
        known = self._known_among(reach)
        if not known:
            return None
        scored = sorted(((self._score(w), w) for w in known), reverse=True)
        words = [(s, w) for s, w in scored if s >= WEAK_READING]
        if not words or words[0][0] < RARE_REPAIR:
            return None
        # (of the shapes that spell it, one in the reading's own case: I for l makes 'confIde' too)
        best = next((c for c in shapes if c.lower() == words[0][1] and not _odd_capitals(c)), None)
        if best is None:
            return None  # (the likeliest word is a weak stroke's: a spelling, not a shape)
        if v.zipf(best) < RARE_REPAIR:
            return None  # (a name only the edition writes: perhaps this witness's variant of it)
        evidence = (f"reading {v.describe(token)}; repair {v.describe(best)}; of all confusions of "
                    f"the reading the only word the lexicon knows, the reading {len(token)} letters long")
        if len(words) > 1:
            return Verdict(best, RULE_LETTERS, evidence.split("; of all")[0] + "; other candidates "
                           + ", ".join(f"'{w}' ({s:.2f})" for s, w in words[1:4]), 0.4, False)
        return Verdict(best, RULE_LETTERS, evidence, 0.75, True)

    def _letter_misread_in_long_reading(self, token: str) -> Verdict | None:
        """A long reading (LONG_READING letters or more) no lexicon and no witness knows,
        written once, that no one could say (a run of consonants no everyday word has where
        it stands: _speakable), where one letter of that run read for another in a shape
        the tables do not list (prepnred, Barabbns) makes a word one can say, the only word
        any one letter changed, put in or taken out makes (the lexicon's, WEAK_READING, or
        the edition's). An old spelling, a rare form, a name are spoken ('encreased',
        'contemns', each one letter from a word); as for a digit among letters
        (_digit_for_one_letter), the longer a reading the less likely it lands one letter
        from exactly one word by chance. Small letters only into an everyday word
        (COMMON); a capitalised reading only into a word this witness writes (a name the
        edition spells so: Judge._decide's capitals guard weighs it). Tried last: a
        confusion of the tables is the likelier misreading. Never a formation (a prefix or
        an ending on a word: _formed)."""
        v = self.vocab
        low = token.lower()
        if len(low) < LONG_READING or not token.isalpha() or not token[1:].islower() or v.zipf(token) > 0 \
                or v.others_exact[token] or low in v.others_words or v.own_exact[token] > 1 or self._formed(token) \
                or _RUN_OF_THREE_RE.search(low):
            return None  # (three alike in a row: a letter read twice or one lost, _run_of_three's)
        spans = _unspoken_runs(low, v.lang)
        if not spans:
            return None  # (a reading one can say: a rare form, an old spelling, a name: contemns, encreased)
        # (a letter of the run no one can say read for another: a vowel read as a consonant, prepnred)
        swapped = {low[:i] + c + low[i + 1:] for start, end in spans for i in range(start, end)
                   for c in _LOWER_LETTERS} - {low}
        known = {w for w in self._known_among(swapped) if _speakable(w, v.lang)}
        if not known:
            return None  # (most readings: no letter changed makes a word)
        near = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _LOWER_LETTERS} | {
            low[:i] + low[i + 1:] for i in range(len(low))}
        words = [w for w in known | self._known_among(near)
                 if self._score(w) >= WEAK_READING or v.own[w] or w in v.others_words]
        if len(words) != 1 or words[0] not in known:
            return None
        word = words[0]
        if token[0].isupper() and not v.own[word]:
            return None  # (a name the lexicon knows one letter from an unknown one: perhaps this witness's)
        if token[0].islower() and self._score(word) < COMMON:
            return None
        after = _same_case(word, token)
        read, meant = _change(low, word)
        return Verdict(after, RULE_LETTERS, f"reading {v.describe(token)}; '{read}' read for '{meant}': "
                       f"{v.describe(after)}, the only word one letter changed, put in or taken out makes, "
                       f"the reading {len(low)} letters long", 0.75, True)

    def _vowel_into_word(self, token: str) -> Verdict | None:
        """A vowel read for another: into a word of the lexicon (_vowel_into_known_word), or
        of the witness's own use (_vowel_of_own_word)."""
        return self._vowel_into_known_word(token) or self._vowel_of_own_word(token)

    def _vowel_into_known_word(self, token: str) -> Verdict | None:
        """A reading no lexicon and no witness knows (Zipf 0), of VOWEL_READING letters or
        more, one weak stroke's vowel (_VOWEL_SLIPS: o for a or e, a or e for o) from a word
        of everyday vocabulary (COMMON), or, for a reading of LONG_READING letters or more,
        one the lexicon knows (RARE_WORD), or one the witness itself writes (protoctors,
        buildors, dolirium), where that is the only word such a change makes and no
        confusion of any table, nor a letter doubled or thin one lost, reaches another
        within DOMINANCE of it. Tried last: the vowels are how spellings differ too ('shew',
        'compleat'), but an old spelling is a word the lexicon knows, if rarely; an unknown
        string one vowel from exactly one word is a misreading of it. A second word within
        reach (cerry: carry, corry) is the editor's choice; a word's head broken at a line's
        end ('valua- tions') is no reading."""
        v = self.vocab
        if len(token) < VOWEL_READING or not token.isalpha() or not token[1:].islower() \
                or v.zipf(token) > 0 or v.others_exact[token] or v.own_exact[token] > 1:
            return None
        low = token.lower()
        vowels = {low[:i] + c + low[i + 1:] for i, x in enumerate(low) if x in _VOWEL_SLIPS for c in _VOWEL_SLIPS[x]}
        # (the repair is the likeliest vowel's word: most readings have none good enough, and
        # the affixes and the other confusions are weighed only for those that do)
        best = max(((self._score(w), w) for w in self._known_among(vowels)), default=(0.0, None))[1]
        if best is None or not (v.own[best] or self._score(best) >= (RARE_WORD if len(low) >= LONG_READING else COMMON)) \
                or self._formed(token) or self._head_of_word(token):
            return None
        doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
        dropped = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _THIN_LETTERS}
        reach = _substitutions(low, UNKNOWN_READING_CONFUSIONS, 1).keys() | doubled | dropped | vowels
        scores = {w: self._score(w) for w in self._known_among(reach)}
        best = max((w for w in scores.keys() & vowels), key=lambda w: (scores[w], w), default=None)
        # (an everyday word; a long reading, seldom a word's by chance, a rarer one as well)
        if best is None or not (v.own[best] or scores[best] >= (RARE_WORD if len(low) >= LONG_READING else COMMON)):
            return None
        # (a word a thousand times rarer than the repair, which the edition does not write,
        # is the lexicon's noise, no rival: 'stoy' beside 'stay')
        rivals = sorted(w for w, z in scores.items() if w != best and (
            v.own[w] or w in v.others_words or z >= max(WEAK_READING, scores[best] - DOMINANCE)))
        after = _same_case(best, token)
        evidence = f"reading {v.describe(token)}; one vowel read for another: {v.describe(after)}"
        return Verdict.unless_rivals(after, RULE_LETTERS, evidence, rivals,
                                     "; no other vowel and no other confusion makes a word", 0.75)

    def _vowel_of_own_word(self, token: str) -> Verdict | None:
        """A reading of VOWEL_READING letters or more this witness writes once, which no other
        witness writes and the lexicon knows at most rarely (below RARE_WORD: the OCR noise
        of its counted books, 'seid', 'thet'), one vowel of its first syllable read for
        another (_OWN_VOWELS: the bowl of a or o closed or opened; a for e and e for a too,
        which _VOWEL_SLIPS leaves to spelling) from a word the witness writes far more
        often: by the context rule's standard, twenty times as often (CONTEXT_DOMINANCE),
        or CONTEXT_EVIDENCE times as often where the lexicon has the word a thousand times
        as often (DOMINANCE): 'said' three hundred times beside one 'seid'. Applied where no
        other word within reach (any confusion of the tables, a letter doubled or a thin one
        lost, another of these vowels) is one the witness writes (unless CONTEXT_DOMINANCE
        times as seldom) or the lexicon has within MARGIN of the repair; else a suggestion;
        in quoted speech, where an author spells a dialect ('thet'), only a suggestion. The
        witness's own use is the evidence, not the lexicon: an author's spelling of the
        unstressed vowel ('avelanche' beside 'avalanche' twice) is a word it writes seldom,
        and the same author's spelling of it varies."""
        v = self.vocab
        if len(token) < VOWEL_READING or not token.isalpha() or not token[1:].islower() \
                or v.own_exact[token] != 1 or v.others_exact[token]:
            return None  # (shorter, an abbreviation as often: pdb's 's(tep)' is no 'top')
        low = token.lower()
        z = v.zipf(token)
        if z >= RARE_WORD or v.own[low] != 1 or low in v.others_words:
            return None
        vowels = {low[:i] + c + low[i + 1:] for i, x in enumerate(low) if x in _OWN_VOWELS
                  for c in _OWN_VOWELS if c != x}
        own = v.own
        # (only the first syllable's vowels, and none before w or y: see _OWN_VOWELS)
        first = re.match(r"[^aeiouy]*([aeiouy]+)", low)
        at = [i for i in range(*first.span(1)) if low[i] in _OWN_VOWELS and low[i + 1:i + 2] not in ("w", "y")] \
            if first else []
        written = [w for w in (low[:i] + c + low[i + 1:] for i in at for c in _OWN_VOWELS if c != low[i])
                   if own[w] >= CONTEXT_EVIDENCE]
        if not written:
            return None
        best = max(written, key=lambda w: (own[w], w))
        zb = v.zipf(best)
        if not (own[best] >= CONTEXT_DOMINANCE or zb - z >= DOMINANCE) or zb < COMMON \
                or self._formed(token) or self._head_of_word(token):
            return None
        doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
        dropped = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _THIN_LETTERS}
        reach = _substitutions(low, UNKNOWN_READING_CONFUSIONS, 1).keys() | doubled | dropped | vowels
        # (a word the witness writes too, unless twenty times as seldom, or one the lexicon
        # has nearly as often: 'theft' is no rival to 'that' written 162 times)
        rivals = sorted(w for w in self._known_among(reach) if w != best and (
            own[w] * CONTEXT_DOMINANCE > own[best] or w in v.others_words or v.zipf(w) > zb - MARGIN))
        after = _same_case(best, token)
        evidence = (f"reading {v.describe(token)}; one vowel read for another: {v.describe(after)}, "
                    "a word the witness writes far more often")
        if rivals:
            return Verdict(after, RULE_LETTERS, evidence + "; as well " + ", ".join(f"'{w}'" for w in rivals[:3]),
                           0.4, False)
        return Verdict(after, RULE_LETTERS, evidence + "; no other word within reach", 0.8, True, dialect=True)

    def _known_name_written(self, word: str) -> bool:
        """A capitalised word this witness writes elsewhere and the lexicon knows (RARE_WORD):
        a shape confusion of a reading into it (Aiigust, Baplist) restores a name the edition
        spells so, where one the lexicon does not know may be the witness's own variant."""
        return self.vocab.own_exact[word] >= 1 and word[1:].islower() and self.vocab.zipf(word) >= RARE_WORD

    def _no_name_spelt(self, token: str, after: str) -> bool:
        """A capitalised reading no lexicon knows (Zipf 0), written once and by no other
        witness, of LONG_READING letters or more, whose one shape confusion into ``after``
        is the only word any confusion of it reaches (_shape_into_rare: Abiatliar,
        Greciaiis): a name the lexicon does not know is seldom one shape from one it knows
        and from nothing else, a misreading of a known name always."""
        v = self.vocab
        if v.zipf(token) > 0 or v.own_exact[token] != 1 or v.others_exact[token] or not token[1:].islower():
            return False
        rare = self._shape_into_rare(token)
        return rare is not None and rare.applied and rare.after == after

    def _head_of_word(self, token: str) -> bool:
        """A reading that an ending (SUFFIX_FRAGMENTS) makes a word the lexicon knows (RARE_WORD):
        the head of a word broken at a line's end ('valua- tions'), a fragment, not a misreading."""
        low = token.lower()
        return any(self.vocab.zipf(low + end) >= RARE_WORD for end in SUFFIX_FRAGMENTS)

    def _formed(self, token: str) -> bool:
        """An everyday word (COMMON) with an ending or an old verb's ending after it
        (sleep-est, love-th), or a prefix before it (over-weigh, un-told): a formation the
        lexicon may not list, not a misreading (a reading is rarely an everyday word and an
        affix by chance)."""
        low = token.lower()
        zipf = self.vocab.zipf
        # (the reading's own ending and beginning of each length looked up in a set: fifty
        # affixes are not tried one by one)
        return any(zipf(low[:-k]) >= COMMON or zipf(low[:-k] + "e") >= COMMON
                   for k in range(min(_FORMING_LONGEST[0], len(low) - 3), 0, -1) if low[-k:] in _FORMING_ENDING_SET) \
            or any(zipf(low[k:]) >= COMMON
                   for k in range(1, min(_FORMING_LONGEST[1], len(low) - 3) + 1) if low[:k] in _FORMING_PREFIX_SET)

    def _faint_dominated(self, token: str) -> Verdict | None:
        """A rare reading (wilh, aboul, lhe, yel: below RARE_WORD, above WEAK_READING) one
        faint stroke from an everyday word a thousand times commoner (DOMINANCE), which no
        other witness writes and this witness does not repeat (unless as a repeated
        misreading). The lexicon holds such readings because the books it counted were OCR'd
        too; the faint strokes (l for t, n and u) are not how spellings differ, as the weak
        strokes' vowels are (wonted, shews: WEAK_READING's guard). Every one-step confusion is
        weighed, so a rival from another table makes it the editor's choice; a repair only
        another table reaches is not this rule's."""
        v = self.vocab
        if not token.isalpha() or v.others_exact[token]:
            return None
        z = v.zipf(token)
        if not WEAK_READING <= z < RARE_WORD:
            return None
        faint = _substitutions(token, FAINT_CONFUSIONS, 1)
        if not faint or (v.own_exact[token] > 1 and not self._repeated_misreading(token, FAINT_CONFUSIONS)):
            return None
        candidates = {c for c in _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1)
                      if not _odd_capitals(c) and v.zipf(c) - z >= DOMINANCE}
        verdict = self._choose(token, candidates, RULE_LETTERS, strong=False, floor=COMMON + 1)
        if verdict is None or verdict.after not in faint or v.zipf(verdict.after) - z < FAINT_DOMINANCE:
            return None
        read, meant = _change(token.lower(), verdict.after.lower())
        return replace(verdict, evidence=f"{verdict.evidence}; '{read}' for '{meant}', a faint stroke, "
                                         "the reading at the level of the lexicon's own OCR noise")

    def _with_stroke_rule(self, token: str, verdict: Verdict | None) -> Verdict | None:
        """The verdict under the stroke rule's id when only a stroke confusion reaches it."""
        if verdict is None or verdict.rule != RULE_LETTERS:
            return verdict
        after = verdict.after.lower()
        low = token.lower()
        if after in _substitutions(low, STROKE_CONFUSIONS, 1) and after not in _substitutions(
                low, _NOT_STROKES, 1):
            return replace(verdict, rule=RULE_STROKES)
        return verdict

    def _unless_a_stroke_rivals(self, token: str, verdict: Verdict) -> Verdict:
        """A letter-shape repair is the only repair only if no stroke confusion of the reading
        is an everyday word nearly as frequent (within MARGIN): otherwise a suggestion."""
        after = verdict.after.lower()
        bar = self._score(verdict.after) - MARGIN
        # (each score looked up once)
        scores = {c: self._score(c) for c in _substitutions(token, STROKE_CONFUSIONS, 1)
                  if c.lower() != after and not _odd_capitals(c)}
        rivals = [c for c, score in scores.items() if score >= COMMON and score > bar]
        if not rivals:
            return verdict
        return Verdict(verdict.after, verdict.rule, verdict.evidence + "; a stroke confusion gives "
                       + ", ".join(f"'{c}' ({scores[c]:.2f})" for c in sorted(rivals)[:3]),
                       0.4, False, rivals=tuple(sorted(rivals)))

    def _capital_i_among_small(self, token: str) -> Verdict | None:
        """A capital I between small letters (vainIy, foIlow) read for l: no word and no
        name is spelt so, a sign of a misreading nearly as strong as a digit, so any word the
        lexicon knows (WEAK_READING) or the edition writes will do, as for a digit. Only
        where every capital but the first letter is such an I: a name's inner capitals
        (McDonald, DeLancey) are another's, and one whose letters the lexicon knows in any
        case (McIntosh, McIlroy) is a name, not a misreading."""
        if not token.isalpha() or not _odd_capitals(token) or self.vocab.zipf(token) >= WEAK_READING:
            return None  # (its letters a word in another case: a name's, McIntosh, or the case rules')
        odd = [i for i in range(1, len(token)) if token[i].isupper()]
        if any(token[i] != "I" or not token[i - 1].islower() for i in odd):
            return None
        # (not I for i: that is the same word in another case, a name's as often, 'McIntosh')
        repair = "".join("l" if i in odd else c for i, c in enumerate(token))
        verdict = self._choose(token, [repair], RULE_LETTERS, strong=True, floor=WEAK_READING)
        if verdict is None:
            return None
        return replace(verdict, evidence=verdict.evidence + "; a capital I between small letters, "
                       "which no word is spelt with")

    def _unless_a_faint_stroke_outweighs(self, token: str, verdict: Verdict) -> Verdict:
        """A reading no lexicon knows (below WEAK_READING) whose letter-shape repair a faint
        stroke's outweighs: m read as 'in' (its first arch parted: 'hiin' is 'him' far more
        likely than 'hun', ii for u). The faint strokes are tried on such a reading only
        when no letter shape makes a word; where one does, the faint strokes' everyday word
        (COMMON + 1, their floor there) wins if it is MARGIN above every letter-shape
        candidate, as the unknown reading's own choice among all confusions would make it."""
        if self.vocab.zipf(token) >= WEAK_READING:
            return verdict
        faint = _substitutions(token, FAINT_CONFUSIONS, 1)
        if not faint or not self._known_among(faint):
            return verdict
        rival = self._choose(token, _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1), RULE_LETTERS,
                             strong=False, floor=COMMON + 1)
        if rival is None or rival.after == verdict.after or rival.after not in faint:
            return verdict
        beaten = (verdict.after, *verdict.rivals)
        best = max(self._score(w) for w in beaten)
        if self._score(rival.after) - best < MARGIN:
            return verdict
        read, meant = _change(token.lower(), rival.after.lower())
        return replace(self._with_stroke_rule(token, rival), evidence=(
            f"{rival.evidence}; '{read}' for '{meant}', a faint stroke, outweighs the letter shapes' "
            + ", ".join(f"'{w}' ({self._score(w):.2f})" for w in beaten[:3])))

    def repeated_habitual_misreading(self, token: str, habits: Counter[tuple[str, str]]) -> Verdict | None:
        """A long small-letter reading no lexicon and no other witness knows (Zipf 0,
        LONG_READING letters or more: commauded) that this witness repeats, one letter shape
        or faint stroke from an everyday word (COMMON), the only word the lexicon knows
        (WEAK_READING) that one confusion of any table reaches, where the witness's own
        repairs undid that very confusion CONTEXT_EVIDENCE times (``habits``): an OCR that
        reads u for n in many words reads one word so more than once. A repeated reading is
        otherwise the witness's own (attested), unless it writes the word far more often
        (_repeated_misreading); without the habit an author's spelling stays ('againsl'
        twice in a witness whose OCR shows no such slip). Not the strokes' u for v
        ('deliuered'), nor the weak strokes' vowels: those are old spellings too."""
        v = self.vocab
        if len(token) < LONG_READING or not token.isalpha() or not token.islower() or v.zipf(token) > 0 \
                or v.own_exact[token] < 2 or v.others_exact[token] or token in v.others_words:
            return None
        shapes = _substitutions(token, _SHAPES, 1)
        if not self._known_among(shapes):
            return None
        reach = [w for w in self._known_among(_substitutions(token, UNKNOWN_READING_CONFUSIONS, 1))
                 if self._score(w) >= WEAK_READING]
        if len(reach) != 1 or reach[0] not in shapes or self._score(reach[0]) < COMMON:
            return None
        word = reach[0]
        read, meant = _change(token, word)
        if habits[(read, meant)] < CONTEXT_EVIDENCE:
            return None
        return self._with_stroke_rule(token, Verdict(
            word, RULE_LETTERS, f"reading {v.describe(token)}; '{read}' for '{meant}': {v.describe(word)}, the "
            f"only word any confusion of the reading makes; this witness's repairs read '{read}' for "
            f"'{meant}' {habits[(read, meant)]} times", 0.75, True))

    def _repeated_misreading(self, token: str, table: Mapping[str, tuple[str, ...]]) -> bool:
        """The same misreading can recur in a long witness; a reading twenty times rarer here
        than one of its confusions, and far rarer in the lexicon, is not evidence for itself."""
        v = self.vocab
        own = v.own[token.lower()]
        base = v.zipf(token)
        confusions: Iterable[str] = _substitutions(token, table, 1)
        if own:
            # (each test below wants a confusion this witness writes at least as often as
            # the reading: the many it never writes are set aside at C speed)
            confusions = compress(confusions, map(v.own.__contains__, map(str.lower, confusions)))
        for cand in confusions:
            here, zc = v.own[cand.lower()], v.zipf(cand)
            if here >= 20 * own and (zc - base >= DOMINANCE or
                                     (table is DIGIT_CONFUSIONS and zc >= COMMON)):
                return True
            if table is DIGIT_CONFUSIONS and here >= 5 * own and zc - base >= DOMINANCE:
                return True
            # a reading no lexicon knows, beside an everyday word this witness uses as often
            if base < 1.0 and zc >= COMMON + 1 and here >= own:
                return True
        return False

    def _edge(self, token: str) -> Verdict | None:
        """A stray capital glued before a small-letter word (``Dbest``).

        Applied only when the two letters it opens with begin (almost) no word of the
        language, so that no name or rare word can be read that way; else a suggestion.
        """
        if len(token) < 4 or not (token[0].isupper() and token[1:].islower()) or token[0] in "IA":
            return None  # ('Ioften', 'Aman': the pronoun or the article, a space lost: _lost_spaces)
        rest = token[1:]
        if self.vocab.zipf(token) >= 1.0 or self._score(rest) < COMMON + 1:
            return None
        share = _onset_share(token[:2].lower(), self.vocab.lang)
        evidence = (f"reading {self.vocab.describe(token)}; without the first glyph "
                    f"{self.vocab.describe(rest)}; words opening with '{token[:2].lower()}': "
                    f"{share:.1e} of the lexicon")
        if share < RARE_ONSET:
            return Verdict(rest, RULE_EDGE, evidence + " (no word opens so)", 0.8, True)
        return Verdict(rest, RULE_EDGE, evidence, 0.3, False)


#: a pair of opening letters this rare in the lexicon's running words opens no real word
#: (English: "db", "tl", "vr" < 1e-5; legal ones like "ps", "kn", "wr" > 2e-4)
RARE_ONSET = 1e-4


@lru_cache(maxsize=4)
def _onset_total(lang: str) -> float:
    """The summed frequency of the lexicon's running words of three letters or more."""
    total = 0.0
    for i, bucket in enumerate(frequency_buckets(lang)):
        n = sum(map(str.isalpha, compress(bucket, map((2).__lt__, map(len, bucket)))))
        # (the frequency added once per word, in the lexicon's order: the float a
        # word-by-word sum makes, counted at C speed)
        total = reduce(add, repeat(10 ** (-i / 100), n), total)
    return total


@lru_cache(maxsize=1024)
def _onset_share(pair: str, lang: str) -> float:
    """Share of the lexicon's running words (three letters or more) that open with ``pair``.

    Each of wordfreq's buckets is sorted alphabetically, so the words opening with the
    pair are one stretch of it, found by bisection: a text asks about a few pairs, and
    counting the openings of all the lexicon's words costs a twentieth of a second.
    """
    total = _onset_total(lang)
    if not total:
        return 1.0
    if len(pair) != 2 or not pair.isalpha():
        return 0.0  # (the pair that opens a word of letters is two letters)
    after = pair[0] + chr(ord(pair[1]) + 1)  # (the first string past those opening with the pair)
    share = 0.0
    for i, bucket in enumerate(frequency_buckets(lang)):
        lo = bisect_left(bucket, pair)
        hi = bisect_left(bucket, after, lo)
        if lo < hi:
            words = bucket[lo:hi]
            n = sum(map(str.isalpha, compress(words, map((2).__lt__, map(len, words)))))
            share = reduce(add, repeat(10 ** (-i / 100), n), share)
    return share / total


#: the digits short labels and chat spell for their sound: b2b (to), b4 (for), gr8 (eight)
_SOUNDED_DIGITS = frozenset("248")


def _same_case(word: str, model: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _digit_in_word(word: str) -> bool:
    return _DIGIT_RE.search(word) is not None


def _wordlike(token: str, letters: int, digits: int) -> bool:
    """A word with digits in it, not a code: at least as many letters as digits, and no
    capital-then-digits label (P05, H1) unless the capital has its small letter's shape."""
    if letters < digits:
        return False
    return not (token[0].isupper() and token[1:].isdigit() and token[0].lower() not in _SAME_SHAPE)


def _numeral_like(token: str) -> bool:
    digits = sum(c.isdigit() for c in token)
    return digits >= 2 and all(c.isdigit() or c in NUMERAL_CONFUSIONS for c in token)


def _odd_capitals(word: str) -> bool:
    """A capital after a small letter that is I or l confusable: wIth, tbIs (not McDonald)."""
    if word.islower() or word.isupper() or word[1:].islower():
        return False
    seen_lower = False
    for c in word:
        if c.islower():
            seen_lower = True
        elif c.isupper() and seen_lower and c in "IOS":
            return True
    return False


# --------------------------------------------------------------------------- the filter

# Stretches no rule may touch: links, e-mail addresses, code, DOIs, file-like names.
_PROTECTED_RE = re.compile(
    r"`[^`\n]*`|\]\([^)\s]*\)|<[^>\s]+>|\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+"
    r"|\b10\.\d{3,}/\S+|\^\{[^}\n]*\}"
)
# The same spans in a text without '@' (no e-mail address can match), written so that
# every alternative opens with a literal character: the engine then jumps from one
# candidate character to the next instead of trying the pattern at every position
# (``\S+@`` and a leading ``\b`` defeat that), ten times faster on a book. Each ``\b``
# before a word character becomes a lookbehind after it.
_PROTECTED_NO_AT_RE = re.compile(
    r"`[^`\n]*`|\]\([^)\s]*\)|<[^>\s]+>|h(?<!\wh)ttps?://\S+|f(?<!\wf)tp://\S+|w(?<!\ww)ww\.\S+"
    r"|1(?<!\w1)0\.\d{3,}/\S+|\^\{[^}\n]*\}"
)

# A mark glued between two letters on either side (found by _glued_marks; a test compares)
_GLUED_BRACKET_RE = re.compile(r"[()\[\]](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])")
_GLUED_PUNCT_RE = re.compile(r"(?:[,;:](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])|[.!?](?<=[^\W\d_]{2}.)(?=[^\W\d_\s][^\W\d_]|[AI] [a-z]))")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:]['\"\u201d\u2019)]*\s+|\n\n)['\"\u201c\u2018(]*$")
# an opening quotation mark after a space or a line's start: a quotation's first word
_QUOTATION_OPENS_RE = re.compile(r"(?:^|\s)['\"\u201c\u2018]$")
_PAIRS = {"(": ")", "[": "]", ")": "(", "]": "["}


def _protected(text: str) -> list[tuple[int, int]]:
    """The stretches no rule may touch, as (start, end)."""
    pattern = _PROTECTED_RE if "@" in text else _PROTECTED_NO_AT_RE
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def repair_misreadings(text: str, ctx: CleanContext) -> list[Edit]:
    """Repair OCR misreadings by closed confusion rules, each edit carrying its evidence.

    Repairs:
    - digits read inside words (``c0mputer``, ``S0 can`` -> ``so can``; a digit no table
      lists, between small letters, only where one letter makes an everyday word the
      edition writes: ``w6re``, or the one word any letter makes, one the witness writes
      (``h6r``, ``chang6``) or in a long reading the lexicon's (``rev6rts``); a stray digit
      before an abbreviation in brackets where the text defines it just before: ``Labor
      Statistics (1BLS)``), letters read inside numbers (``l990``);
    - letter-shape confusions (rn/m, cl/d, li/h, b/h, c/e, vv/w, ii/u, I/l), one stroke lost
      or gained (g/q, h/n, u/v, c/o, z read for s; ``tne``, ``qood``); a long reading no
      lexicon knows, one shape from a rarer word that is the only word any confusion
      reaches (``wretcheclness``); a lone ``l`` for the English pronoun;
    - brackets and punctuation glued between two words (``While(the``, ``end.The``,
      ``sea;I saw``), not in code (``type(x).name``, ``typing.TypeVar``) nor a bracketed
      part of a word (``(re)bind``); a stray capital before a word whose opening letters
      open no word of the language (``Dbest``);
    - a space lost between a word and a function word or pronoun (``heardthe``,
      ``Andwhen``; ``tobe`` only where the witness writes the two words apart three times
      as often), between two everyday words where the witness writes them apart or both are
      among the commonest (``evenaround``), after a possessive or before a capital
      (``David\u2019sson``, ``ofDecember``); an inflected form run into a particle or
      pronoun (``plantsup``), a function word into a long word (``Iabstained``), two of the
      commonest words the witness writes apart as often (``itwill``); a space read inside
      a word where a piece is a fragment (``des cend``, ``sh own``) or written only there
      (``wo man``, ``sit ting``);
    - a letter read twice (``thhe``, even repeated, in one of the commonest words the
      witness writes twenty times as often; three alike in a row, ``possssion``) or lost: a
      thin one (``frends``), a vowel without which no one could say the reading
      (``prtotype``), or any where the witness itself writes the word and no other word is
      as near (``myslf``, ``altred``); in a line of quoted speech, where the reading can be
      said, a lost letter is only suggested (a dialect's 'reglar').
    A repair is applied only when the reading is not attested (wordfreq, the other
    witnesses, this witness; or the lexicon has it only at the level of its own OCR noise,
    ten thousand times rarer than the repair: ``wilh``) and exactly one repair is; any other
    case is a suggestion (``applied=False``) or nothing.
    On the edition's own evidence (rule misread-context, one confusion of the same tables):
    a reading this witness writes rarely, beside an everyday word it writes twenty times as
    often (or three times, where the lexicon has it a thousand times as often) — a rare
    word ('dav', 'tne') becomes that word; an everyday one (a real-word error, "who arc
    ill") only where the edition writes the repair beside both its neighbours, more often
    than chance, and the reading beside neither anywhere else; a space inside a word the
    witness writes twenty times, where a piece is written nowhere else (``ha th``); a real
    word one confusion from one of the commonest words ('lo' for 'to'), only in a witness
    whose own repairs show the OCR making that confusion (or, for a reading the lexicon has a
    thousand times as rarely, 'ot' for 'of', making any), and where the edition writes the
    common word beside a neighbour of the place (see _habitual_misreadings); in a witness
    whose repairs show the OCR at work, a reading one letter short of an everyday word
    that the lexicon has a thousand times as rarely ('tht', 'whn', 'evr'), where the edition
    writes the word beside the place's neighbours and the reading beside neither elsewhere
    (see _lost_letter_misreadings); a reading the edition's evidence repairs at most of its
    places, at the others too (_repaired_elsewhere); a lower-case roman numeral between
    two small-letter words, where the witness makes that confusion ('iii' for 'in');
    a repair held back only by a rival nearly as likely
    ('the ncw wine': 'new' or 'now'), where the edition writes one of them, and no rival as
    often, beside the place's neighbours (see _rivals_in_context).
    Never touches: attested words (a real word only on that contextual evidence), proper
    names the witness repeats, numbers, links, e-mail addresses, code spans, DOIs, Markdown
    link targets, words another witness spells the same way, spelling variants (a vowel
    for a vowel, z for s: 'shew', 'realize') on frequency alone (a reading no lexicon or
    witness knows, o for a or e one way or the other into exactly one word, is no
    spelling: 'protoctors'; nor is a rare reading written once whose first vowel, a for e
    too, makes a word the witness writes far more often: 'seid', 'thet').
    """
    lang = getattr(ctx.settings, "language", "en") or "en"
    blocked = _Spans(_protected(text))
    vocab = Vocabulary.build(text, ctx.other_texts.values(), lang)
    judge = Judge(vocab, letters_applied=_lexicon_fits(vocab))
    # decide once per distinct token, then visit only the occurrences that need a change
    tokens = set(vocab.own_exact)
    if "|" in text:  # a bar inside a word (wor|d): the one token shape the counts split
        tokens.update(_bar_tokens(text))
    # most of a book's distinct words are everyday words the short road passes (no verdict),
    # most of the rest words it passes because another witness writes them so: both set
    # aside at C speed, the rules see the few hundred others
    rest = tokens - _plain_words(lang)
    rest -= _plainly_written_by_others(rest, vocab)
    flagged = {t: v for t in rest if (v := judge.verdict(t)) is not None}
    flagged.update(_decided_again(flagged, vocab, judge.letters_applied))
    flagged.update(_repeated_habitual_misreadings(rest, flagged, judge))
    if lang == "en":
        flagged.pop("l", None)
    # (sentence_start repairs only into an everyday word: the few tokens whose I-reading is
    # one are asked, where a thousand words a book open with l)
    everyday = _everyday_words(lang)
    starts = {t: v for t in filter(_OPENS_WITH_L, tokens)
              if t not in flagged and "i" + t[1:] in everyday and (v := judge.sentence_start(t)) is not None}
    edits: list[Edit] = []
    skip = {t for t, v in flagged.items() if v.applied}
    suspects = _context_suspects(vocab, skip)
    habits = _confusion_habits(flagged)
    faint = _faint_suspects(vocab, habits, skip, suspects)
    suspects.update(faint)
    # (a faint stroke's reading the lexicon knows as a word, not as its noise, only on context: 'yon')
    faint_words = {t for t in faint if vocab.zipf(t) >= RARE_WORD}
    suspected: list[_Place] = []
    # (the everyday words of the lexicon the short road passes are no lost space, but for
    # the few two function words run together it counts as OCR noise: 'ofthe')
    lost = _lost_spaces((rest | (tokens & _glued_everyday(lang))) - flagged.keys() - starts.keys() - suspects.keys(),
                        vocab)
    wanted = {*flagged, *starts, *suspects, *lost, *(("l", "1") if lang == "en" else ())}
    taken = {t for t, v in flagged.items() if v.applied} | set(starts)
    readings = _habitual_readings(vocab, habits, taken)
    # (a witness whose repairs show the OCR at work may have lost a letter of the commonest words)
    lost_letters = (_lost_letter_readings(vocab, taken | (wanted - flagged.keys()) | readings.keys())
                    if habits.total() >= CONTEXT_EVIDENCE else {})
    # (one pass finds the places of these tokens and of the habit rules' readings)
    places = [m for m in _occurrences(text, wanted | readings.keys() | lost_letters.keys())
              if not blocked.hit(m.start, m.end)]
    i_next: Counter[str] | None = None
    lost_places: list[_Place] = []
    for m in places:
        token = m.token
        if token not in wanted:
            continue
        if token in lost:
            lost_places.append(m)
            continue
        if token in suspects:
            suspected.append(m)
            if token not in flagged and token not in starts:
                continue
        if token in starts:
            if _opening(text, m.start):
                v = starts[token]
                edits.append(Edit(m.start, m.end, v.after, v.rule, v.evidence, v.confidence, True))
            continue
        if token == "l":
            edit = _pronoun(text, m.start, m.end)
            if edit:
                edits.append(edit)
            continue
        if token == "1":
            if i_next is None:
                i_next = _pronoun_bigrams(text, ctx.other_texts.values())
            edit = _pronoun_digit(text, m.start, m.end, i_next)
            if edit:
                edits.append(edit)
            continue
        verdict = flagged[token]
        if verdict.name_hold and (opening := _opening(text, m.start)):
            verdict = Verdict(verdict.after, verdict.rule, verdict.evidence.replace(
                "; capitalised, perhaps a name", f"; capitalised as {opening} first word"),
                0.8, True)
        if verdict.applied and ((verdict.rule == RULE_DROPPED and _speakable(token, lang)) or verdict.dialect) \
                and _in_quoted_speech(text, m.start) and not _quotation_runs_on(text, m.start):
            # a character's speech is where an author spells as people speak ('reglar', 'genlemen',
            # 'thet'; not 'myslf', which no one says; nor a tale told in quotation marks)
            verdict = replace(verdict, evidence=verdict.evidence + "; in quoted speech, where an author "
                              "may write a dialect's spelling", confidence=0.5, applied=False)
        if verdict.applied and verdict.dialect and not _written_beside(text, m.start, m.end, verdict.after, flagged):
            # an old or a dialect spelling outside quotation marks ('Whan that Aprille', 'mony
            # a time') is as likely as the OCR's: the witness's use must reach the place itself
            verdict = replace(verdict, evidence=verdict.evidence + f"; '{verdict.after}' is written beside "
                              "neither of this place's neighbours, where an old or a dialect spelling may "
                              "stand", confidence=0.5, applied=False)
        after, evidence = verdict.after, verdict.evidence
        if verdict.rule == RULE_EDGE and token[0].isupper() and _opening(text, m.start):
            after = after[:1].upper() + after[1:]
        if token[0] == "l" and after[0] == "I":
            after, why = _small_i(text, m.start, after, vocab)
            if why:
                evidence += f"; {why}"
        if verdict.rule == RULE_DIGIT:
            after, why = _case_from_context(text, m.start, m.end, after, vocab)
            if why:
                evidence += f"; {why}"
            if not verdict.applied and (name := _defined_by(text, m.start, m.end, after)):
                # the text's own definition of the abbreviation attests it, the digit not
                verdict = replace(verdict, confidence=0.8, applied=True)
                evidence += f"; the abbreviation of '{name}', which the text writes before it"
        if after != token:
            edits.append(Edit(m.start, m.end, after, verdict.rule, evidence,
                              verdict.confidence, verdict.applied))
    # the context rules count pairs in the text as the repairs before them leave it, the
    # neighbours read as repaired: a second pass then finds the same evidence (idempotence)
    repaired = {t: v.after for t, v in flagged.items() if v.applied}
    applied = [e for e in edits if e.applied] if suspected or habits else []
    counted = apply_edits(text, applied)[0] if applied else text
    context_sites, context_pairs = (_context_sites(text, vocab, suspected, suspects, repaired, faint_words)
                                    if suspected else ([], set()))
    habit_sites, habit_pairs = (_habitual_sites(text, [m for m in places if m.token in readings], readings, repaired)
                                if habits else ([], set()))
    letter_sites, letter_pairs = (_habitual_sites(text, [m for m in places if m.token in lost_letters],
                                                  lost_letters, repaired) if lost_letters else ([], set()))
    # the pairs the rules ask about, counted in one pass over the text as repaired
    lost_pairs = _lost_space_pairs(lost)
    in_counted = count_pairs(counted, context_pairs | habit_pairs | letter_pairs | lost_pairs)
    if suspected:
        others_pairs = _OthersPairs(ctx.other_texts.values())
        found = {(e.start, e.end): e for e in _in_context(
            vocab, others_pairs, context_sites, context_pairs, in_counted, judge.letters_applied)}
        # a repair on the edition's evidence adds the pairs a second pass would count for
        # another place ('are ot' read 'are of' is evidence for 'arc of'): decided again on
        # the text as these repairs leave it, each place decided once, until none is added
        # (and the witness's counts, which make the suspects: 'arc' beside 'are' forty times)
        for _ in range(_CONTEXT_ROUNDS):
            done = [e for e in found.values() if e.applied]
            if not done:
                break
            changes = _without_overlaps(sorted(applied + done, key=lambda e: (e.start, e.end)))
            vocab_k = vocab.recounted((text[e.start:e.end], e.replacement) for e in changes)
            # (the readings whose suspicion the repairs can change: those they repaired, and
            # the misreadings of the words they made; the others' stands)
            touched = {text[e.start:e.end].lower() for e in changes}.union(
                *(_misreadings_of(e.replacement.lower()) for e in changes))
            suspects_k = {t: w for t, w in suspects.items() if t.lower() not in touched and vocab_k.own_exact[t]}
            suspects_k.update(_context_suspects(vocab_k, skip, touched))
            decided = {(e.start, e.end) for e in done}
            new = suspects_k.keys() - suspects.keys()
            places_k = [m for m in suspected if m.token in suspects_k] + (
                [m for m in _occurrences(text, new) if not blocked.hit(m.start, m.end)] if new else [])
            places_k = sorted((m for m in places_k if (m.start, m.end) not in decided), key=lambda m: m.start)
            sites_k, pairs_k = _context_sites(text, vocab_k, places_k, suspects_k, repaired, faint_words)
            recounted = count_pairs(apply_edits(text, changes)[0], pairs_k)
            added = {(e.start, e.end): e for e in _in_context(
                vocab_k, others_pairs, sites_k, pairs_k, recounted, judge.letters_applied)
                if e.applied}
            if not added:
                break
            found.update(added)
        # an applied repair on the edition's evidence replaces a suggestion at the same place
        edits = [found.pop((e.start, e.end)) if found.get((e.start, e.end), e).applied > e.applied else e
                 for e in edits]
        edits.extend(found.values())
        if faint:
            edits = [_with_faint_habit(e, text, faint, habits) for e in edits]
    if habits:
        made = {(e.start, e.end) for e in edits}
        edits.extend(e for e in _habitual_misreadings(vocab, habits, readings, habit_sites, in_counted,
                                                      judge.letters_applied)
                     if (e.start, e.end) not in made)
    if habit_sites:
        numerals = {(e.start, e.end): e for e in _numerals_in_prose(vocab, habits, readings, habit_sites, in_counted,
                                                                   judge.letters_applied, text)}
        edits = [numerals.pop((e.start, e.end), e) if not e.applied else e for e in edits]
        edits.extend(e for e in numerals.values() if not any(x.start < e.end and e.start < x.end for x in edits))
        # (a reading repaired at most of its places: the others too, where nothing speaks against it)
        alike = {(e.start, e.end): e for e in _repaired_elsewhere(vocab, readings, habit_sites, edits, in_counted,
                                                                 judge.letters_applied)}
        edits = [alike.pop((e.start, e.end), e) if not e.applied else e for e in edits]
        edits.extend(alike.values())
    if letter_sites:
        # (an applied repair replaces the letter rules' suggestion at the same place)
        lettered = {(e.start, e.end): e for e in _lost_letter_misreadings(
            vocab, habits, lost_letters, letter_sites, in_counted, judge.letters_applied)}
        edits = [lettered.pop((e.start, e.end)) if lettered.get((e.start, e.end), e).applied > e.applied else e
                 for e in edits]
        made = {(e.start, e.end) for e in edits}
        edits.extend(e for e in lettered.values() if (e.start, e.end) not in made)
    rivalled = {t: v for t, v in flagged.items() if v.rivals and not v.applied}
    if rivalled:
        # (a suggestion held back only by a rival: the place's neighbours may decide it)
        decided = _rivals_in_context(text, vocab, edits, rivalled, repaired, judge.letters_applied)
        edits = [decided.get((e.start, e.end), e) for e in edits]
        compounds = _rivals_in_compounds(text, edits, rivalled, judge.letters_applied)
        edits = [compounds.get((e.start, e.end), e) for e in edits]
    edits.extend(_lost_space_edits(text, lost, lost_places, vocab, in_counted, judge.letters_applied))
    # (a repair into two words run together, 'mayriot' -> 'maynot', splits now, not on a second pass)
    edits = _repairs_split(text, edits, vocab, lang, judge.letters_applied)
    edits.extend(_glued(text, vocab, blocked))
    splits = _split_words(text, vocab, blocked, judge.letters_applied)
    if splits:
        # a split word is read whole ('gri ef' -> 'grief'): no repair of either piece on
        # its own ('ef' -> 'of') may go with it
        pieces = _Spans([_piece_span(text, e.start) for e in splits if e.applied])
        edits = [e for e in edits if not pieces.hit(e.start, max(e.end, e.start + 1))]
        edits.extend(splits)
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    for e in edits:
        if not out or e.start >= out[-1].end:
            out.append(e)
    return out


_DECIDE_AGAIN_ROUNDS = 3


def _decided_again(flagged: Mapping[str, Verdict], vocab: Vocabulary, letters_applied: bool) -> dict[str, Verdict]:
    """The repairs a second cleaning would add: a letter is put back into (or a doubled one
    taken from) a word as often as the witness writes it (_letter_lost_from_own_word), and
    this pass's repairs make it write the word more often ('rnyself' -> 'myself' makes
    'myslf' a word it writes short of a letter). The readings one letter short of a repair,
    or one letter doubled, are decided again on the counts the repairs leave, until no
    repair is added; those applied are returned."""
    added: dict[str, Verdict] = {}
    current = dict(flagged)
    for _ in range(_DECIDE_AGAIN_ROUNDS):
        repairs = {t: v.after for t, v in current.items() if v.applied}
        near: set[str] = set()
        for word in {w.lower() for w in repairs.values()}:
            near.update(word[:i] + word[i + 1:] for i in range(len(word)))
            near.update(word[:i] + word[i] + word[i:] for i in range(len(word)))
        readings = [t for t in vocab.own_exact if t.lower() in near and not (t in current and current[t].applied)]
        if not readings:
            break
        judge = Judge(vocab.recounted((t, after) for t, after in repairs.items()
                                      for _ in range(vocab.own_exact[t])), letters_applied)
        new = {t: v for t in readings if (v := judge.verdict(t)) is not None and v.applied}
        if not new:
            break
        added.update(new)
        current.update(new)
    return added


def _repeated_habitual_misreadings(tokens: Iterable[str], flagged: Mapping[str, Verdict],
                                   judge: Judge) -> dict[str, Verdict]:
    """The readings this witness repeats that its own repairs' habits show to be misreadings
    (Judge.repeated_habitual_misreading): asked only where the witness's letters are the
    lexicon's (letters_applied) and a habit is strong enough to speak."""
    habits = _confusion_habits(flagged)
    if not judge.letters_applied or max(habits.values(), default=0) < CONTEXT_EVIDENCE:
        return {}
    own = judge.vocab.own_exact
    return {t: v for t in tokens if own[t] > 1 and not (t in flagged and flagged[t].applied)
            and (v := judge.repeated_habitual_misreading(t, habits)) is not None}


# --------------------------------------------------------------------------- context

#: a reading is suspect only where one confusion of it is a word this witness writes at
#: least this many times as often (the ratio _repeated_misreading calls a repeated
#: misreading): 'arc' once beside 'are' a hundred times, not 'he' beside 'be'
CONTEXT_DOMINANCE = 20
#: how many times the context rule decides again on the text its repairs leave (one
#: repair's pairs rarely make another's evidence, and that one's a third's)
_CONTEXT_ROUNDS = 3
#: the edition must write the repair beside this site's neighbours at least this often, as
#: for the pronoun (PRONOUN_EVIDENCE: "I think" three times before "1 think" is read so)
CONTEXT_EVIDENCE = 3


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """``edits`` (in order) but those that overlap one before them (a sentence's first word
    repaired by one rule and weighed by another), as the filter's output keeps one."""
    out: list[Edit] = []
    for e in edits:
        if not out or e.start >= out[-1].end:
            out.append(e)
    return out


def _reverse(table: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for read, meant in table.items():
        for m in meant:
            out.setdefault(m, []).append(read)
    return {k: tuple(v) for k, v in out.items()}


#: what each letter (sequence) read may have been, by one confusion of the closed tables the
#: edition's evidence may weigh (not the faint strokes: they make real words)
_MISREAD_FROM: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, WEAK_CONFUSIONS, STROKE_CONFUSIONS)
#: what each letter (sequence) of a word may be misread as, by one confusion of the same tables
_MISREAD_AS: dict[str, tuple[str, ...]] = _reverse(_MISREAD_FROM)
#: the same, by the sequence's first letter
_MISREAD_AS_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _meant, _reads in _MISREAD_AS.items():
    _MISREAD_AS_BY_FIRST.setdefault(_meant[0], []).append((_meant, _reads))
#: the same, small-letter readings only (all a small-letter word can be turned into that is
#: a small-letter word)
_SMALL_MISREAD_AS_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    first: [(meant, tuple(r for r in reads if r.isalpha() and r.islower())) for meant, reads in entries]
    for first, entries in _MISREAD_AS_BY_FIRST.items()}


@lru_cache(maxsize=65536)
def _misreadings_of(word: str) -> tuple[str, ...]:
    """The small-letter words one confusion of the tables turns ``word`` into
    (``_substitutions(word, _MISREAD_AS, 1)``, written out for one step: a few thousand
    words of every witness are asked)."""
    small = word.isalpha() and word.islower()
    table = _SMALL_MISREAD_AS_BY_FIRST if small else _MISREAD_AS_BY_FIRST
    out = set()
    add = out.add
    for i, c in enumerate(word):
        for meant, reads in table.get(c, ()):
            if word.startswith(meant, i):
                head, tail = word[:i], word[i + len(meant):]
                for r in reads:
                    add(head + r + tail)
    out.discard(word)
    # (of a small-letter word, small-letter readings make only small-letter words)
    return tuple(sorted(out if small else [w for w in out if w.isalpha() and w.islower()]))


def _context_suspects(vocab: Vocabulary, skip: set[str], only: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Tokens of this witness that one confusion of an everyday word it writes far more
    often can explain: token -> those words (in the token's case); ``only``: of these
    readings (small letters) alone.

    Far more often: twenty times as often (CONTEXT_DOMINANCE), or, for a word the lexicon
    has a thousand times as often (DOMINANCE), CONTEXT_EVIDENCE times as often.
    """
    own = vocab.own
    # the words written three times or more (picked out at C speed), in the order of own
    frequent = dict(compress(own.items(), map(CONTEXT_EVIDENCE.__le__, own.values())))
    rank: dict[str, int] = {}
    by_reading: dict[str, list[str]] = {}
    # A word another witness spells so is that witness's reading too: only the few readings
    # no other witness writes are looked at (a few hundred in a book, where the words
    # written three times are thousands), each turned back by one confusion into the words
    # it may stand for (the inverse of _misreadings_of, which makes small-letter words only,
    # and checked against it), those in the order of most_common.
    asked = [w for w in filterfalse(vocab.others_words.__contains__, own if only is None else [w for w in only if own[w]])
             if w.isalpha() and w.islower()]
    # (a witness in an old spelling writes more such readings than frequent words: then the
    # readings some frequent word's misreadings reach are found from the words, and only
    # those are turned back)
    reached = None
    if len(asked) > len(frequent):
        reached = _reached_by_misreading([w for w in frequent if w.isalpha() and vocab.zipf(w) >= COMMON], asked)
    for wrong in asked:
        if reached is not None and wrong not in reached:
            continue
        here = own[wrong]
        words = []
        for word in _substitutions(wrong, _MISREAD_FROM, 1):
            n = frequent.get(word)
            if n is None or not word.isalpha():
                continue
            zipf = vocab.zipf(word)
            if zipf < COMMON or wrong not in _misreadings_of(word):
                continue
            if (here * CONTEXT_DOMINANCE <= n or (
                    here * CONTEXT_EVIDENCE <= n and zipf - vocab.zipf(wrong) >= DOMINANCE)):
                words.append(word)
        if len(words) > 1:
            if not rank:
                # the order of most_common, which is a stable sort by count (made only for
                # the few readings with several words, of the frequent words only)
                rank = {w: i for i, w in enumerate(sorted(frequent, key=frequent.__getitem__, reverse=True))}
            words.sort(key=rank.__getitem__)
        if words:
            by_reading[wrong] = words
    out: dict[str, tuple[str, ...]] = {}
    for low, words in by_reading.items():
        # as written in running text or capitalised; capitals inside are another rule's, or a name's
        for token in dict.fromkeys((low, low[:1].upper() + low[1:])):
            n = vocab.own_exact[token]
            if not n or token in skip or (n > 1 and token != low):
                continue  # (a capitalised reading the witness repeats is a name it spells so)
            out[token] = tuple(_same_case(w, token) for w in words)
    return out


def _faint_suspects(vocab: Vocabulary, habits: Counter[tuple[str, str]], skip: set[str],
                    suspects: Container[str]) -> dict[str, tuple[str, ...]]:
    """Rare readings (below COMMON) one faint stroke (FAINT_CONFUSIONS, which _context_suspects
    leaves out: they make real words of real words) from an everyday word this witness writes
    CONTEXT_DOMINANCE times as often, where its own repairs show the OCR making that very
    confusion CONTEXT_EVIDENCE times ('Sou' beside 'Son' where it read 'tnrn', 'fouud',
    'uight'): suspects of the context rule as _context_suspects gives them (token -> words, in
    the token's case), but those already suspect (``suspects``) or repaired (``skip``)."""
    faint = {(read, meant) for (read, meant), n in habits.items()
             if n >= CONTEXT_EVIDENCE and meant in FAINT_CONFUSIONS.get(read, ())}
    if not faint:
        return {}
    own = vocab.own
    by_reading: dict[str, list[str]] = {}
    # (from the words written CONTEXT_DOMINANCE times: a few hundred, misread each way the
    # habits say, where the readings are thousands)
    for word, n in own.most_common():
        if n < CONTEXT_DOMINANCE:
            break
        if not word.isalpha() or vocab.zipf(word) < COMMON:
            continue
        for read, meant in faint:
            i = word.find(meant)
            while i >= 0:
                low = word[:i] + read + word[i + len(meant):]
                i = word.find(meant, i + 1)
                if own[low] and own[low] * CONTEXT_DOMINANCE <= n and vocab.zipf(low) < COMMON \
                        and low not in vocab.others_words and word not in by_reading.get(low, ()):
                    by_reading.setdefault(low, []).append(word)
    out: dict[str, tuple[str, ...]] = {}
    for low, words in by_reading.items():
        # (as _context_suspects: a capitalised reading the witness repeats is a name it spells so)
        for token in dict.fromkeys((low, low[:1].upper() + low[1:])):
            n = vocab.own_exact[token]
            if n and token not in skip and token not in suspects and (n == 1 or token == low):
                out[token] = tuple(_same_case(w, token) for w in words)
    return out


def _with_faint_habit(edit: Edit, text: str, faint: Mapping[str, tuple[str, ...]],
                      habits: Counter[tuple[str, str]]) -> Edit:
    """A context repair of a faint suspect (_faint_suspects) with the habit that made it one in its evidence."""
    token = text[edit.start:edit.end]
    if edit.rule != RULE_CONTEXT or token not in faint:
        return edit
    read, meant = _change(token.lower(), edit.replacement.lower())
    return replace(edit, evidence=f"{edit.evidence}; this witness's repairs read '{read}' for '{meant}' "
                                  f"{habits[(read, meant)]} times")


def _reached_by_misreading(words: Iterable[str], readings: Iterable[str]) -> set[str]:
    """Those of ``readings`` that one confusion of the tables makes of one of ``words``:
    of the everyday words a witness writes three times, every reading _context_suspects
    can find a word for."""
    readings = set(readings)
    return set().union(*(readings.intersection(_misreadings_of(w)) for w in words))


#: letters read for one another that are also how spellings differ (shew/show, -ize/-ise)
_SPELLING_VOWELS = frozenset("aeo")


def _spelling_variant(reading: str, word: str) -> bool:
    """Whether ``reading`` differs from ``word`` as spellings do: one vowel for another (a, e,
    o: shew/show), or z for s after i or y (realize/realise, analyze/analyse)."""
    if len(reading) != len(word):
        return False
    low = reading.lower()
    diff = [i for i, (a, b) in enumerate(zip(low, word.lower())) if a != b]
    if len(diff) != 1:
        return False
    i = diff[0]
    return {low[i], word[i].lower()} <= _SPELLING_VOWELS or (low[i] == "z" and low[i - 1:i] in ("i", "y"))


#: a place the context rule weighs: (occurrence, neighbours, repairs the frequencies
#: decide, repairs the context must)
_ContextSite = tuple["_Place", str, str, list[str], list[str]]


def _context_sites(text: str, vocab: Vocabulary, occurrences: Iterable["_Place"],
                   suspects: Mapping[str, tuple[str, ...]],
                   repaired: Mapping[str, str],
                   by_context_only: Container[str] = ()) -> tuple[list[_ContextSite], set[tuple[str, str]]]:
    """The suspects' places _in_context weighs, and the word pairs it asks about there.

    ``occurrences``: the suspects' places outside protected stretches, in text order;
    ``repaired``: readings other rules repair, and how, so that a neighbour is read as
    repaired; ``by_context_only``: suspects only the neighbours may repair, rare or not (a
    faint stroke's: 'yon' is no 'you' on frequency alone).
    """
    sites: list[_ContextSite] = []
    wanted: set[tuple[str, str]] = set()
    for m in occurrences:
        token = m.token
        cands = [c for c in suspects[token] if vocab.zipf(c) >= COMMON]
        rare = vocab.zipf(token) < COMMON and token not in by_context_only
        by_frequency = [c for c in cands if rare and not _spelling_variant(token, c)]
        by_context = [c for c in cands if c not in by_frequency]
        if not (by_frequency or by_context):
            continue
        left, right = neighbours(text, m.start, m.end) if by_context else ("", "")
        left, right = repaired.get(left, left), repaired.get(right, right)
        sites.append((m, left, right, by_frequency, by_context))
        if left and right:  # (the context speaks only through both neighbours)
            for w in (token, *by_frequency, *by_context):
                wanted |= wanted_pairs(left, w) | wanted_pairs(w, right)
    return sites, wanted


class _OthersPairs:
    """The other witnesses' counts of the word pairs asked about so far, each pair counted
    once in one pass over each text however often the context rule asks again."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = tuple(texts)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.asked: set[tuple[str, str]] = set()
        self.words = sum(sum(_counts(t).values()) for t in self.texts)

    def of(self, wanted: set[tuple[str, str]]) -> Counter[tuple[str, str]]:
        missing = wanted - self.asked
        if missing:
            for t in self.texts:
                # (a pair stands only where the witness writes both its words: the pattern of the
                # pairs it may hold, a third of them, scans its text faster)
                written = _exact_counts(t)
                here = {(a, b) for a, b in missing if a in written and b in written}
                if here:
                    self.counts.update(count_pairs(t, here))
            self.asked |= missing
        return self.counts


def _in_context(vocab: Vocabulary, others: "_OthersPairs", sites: list[_ContextSite], wanted: set[tuple[str, str]],
                in_counted: Counter[tuple[str, str]], apply: bool) -> list[Edit]:
    """Readings the edition's own text explains as one confusion of a word it writes far more
    often (see _context_suspects), repaired on the edition's evidence.

    A rare reading (below COMMON: not everyday vocabulary; 'dav', 'tne', 'Jonn') is one
    confusion from an everyday word this witness writes twenty times as often: that word,
    unless the two differ as spellings do (_spelling_variant: 'shew' beside 'show').
    Otherwise (an everyday reading, a real-word error: 'arc', 'hut', 'riot'; or a spelling
    variant) only where both its neighbours say so: the edition writes the repair after
    the word before and before the word after, each more often than the two words would
    meet by chance and CONTEXT_EVIDENCE times in all, and the reading beside neither
    anywhere else ("who arc ill": 'who are', 'are ill'; never 'who arc', 'arc ill').
    Two repairs with that evidence are the editor's choice. ``sites`` and ``wanted``: from
    _context_sites; ``in_counted``: the wanted pairs' counts in the text as the token
    repairs leave it (it may count other pairs too).
    """
    pairs: Counter[tuple[str, str]] = Counter(in_counted) if wanted else Counter()
    if wanted:
        pairs.update(others.of(wanted))
    words = sum(vocab.own.values()) + others.words

    def chance(a: str, b: str) -> float:
        """How often two words would meet if the edition strung its words at random: a pair
        written no more often than that says nothing about this place ('that were' beside
        'that wore': both words are everywhere)."""
        return (vocab.own[a.lower()] + vocab.others[a.lower()]) * (
            vocab.own[b.lower()] + vocab.others[b.lower()]) / words

    def beside(w: str) -> tuple[int, int]:
        return pair_total(pairs, left, w), pair_total(pairs, w, right)

    edits: list[Edit] = []
    for m, left, right, by_frequency, by_context in sites:
        token = m.token
        both = bool(left and right)
        # (this occurrence makes one pair on each side: the reading is beside neither
        # elsewhere. Not 'twenty times as rarely', as the habit rule asks: a repair of this
        # pass would take another place's pair away, and a second pass would decide otherwise)
        alone = both and beside(token) == (1, 1)
        supported = [c for c in by_context if alone and sum(beside(c)) >= CONTEXT_EVIDENCE
                     and beside(c)[0] > chance(left, c) and beside(c)[1] > chance(c, right)]
        if by_frequency:
            cand, rest = by_frequency[0], by_frequency[1:]
            # a rival the context may weigh (a spelling variant) counts unless the edition
            # writes it beside neither neighbour (not how often it writes the repair there:
            # the repairs of this pass add such pairs, and a second pass must decide alike)
            ruled_out = [c for c in by_context if c not in supported and both and sum(beside(c)) == 0]
            rest += [c for c in by_context if c not in ruled_out]
            ratio = vocab.own[cand.lower()] // max(1, vocab.own[token.lower()])
            evidence = (f"reading {vocab.describe(token)}, a rare word; one confusion gives "
                        f"{vocab.describe(cand)}, {ratio} times as frequent in this witness")
            if ruled_out:
                evidence += ("; the edition writes " + ", ".join(f"'{c}'" for c in ruled_out)
                             + f" neither after '{left}' nor before '{right}'")
        elif supported:
            cand, rest = supported[0], supported[1:]
            lc, rc = beside(cand)
            evidence = (f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(cand)}; "
                        f"the edition writes '{left} {cand}' {_times(lc)} and '{cand} {right}' {_times(rc)}, "
                        f"'{left} {token}' and '{token} {right}' only here")
        else:
            continue
        if rest:
            evidence += "; as well " + ", ".join(f"'{c}'" for c in rest)
        clear = apply and not rest
        edits.append(Edit(m.start, m.end, cand, RULE_CONTEXT, evidence, 0.8 if clear else 0.4, clear))
    return edits


#: the commonest words of the language (Zipf 6: once in a thousand words, 'the' to 'about')
#: are the ones a confusion the OCR keeps making turns into rarer real words (lo/to, ot/of)
HABIT_WORD = 6.0


def _change(reading: str, word: str) -> tuple[str, str]:
    """The stretch of ``reading`` that differs from ``word`` and what ``word`` has there."""
    i = 0
    while i < min(len(reading), len(word)) and reading[i] == word[i]:
        i += 1
    j = 0
    while j < min(len(reading), len(word)) - i and reading[-1 - j] == word[-1 - j]:
        j += 1
    return reading[i:len(reading) - j], word[i:len(word) - j]


def _confusion_habits(flagged: Mapping[str, "Verdict"]) -> Counter[tuple[str, str]]:
    """How often this witness's applied repairs of letter shapes undid each confusion (read,
    meant): 'againsl' -> 'against' is one ('l', 't'). A confusion the OCR made in words no
    lexicon knows, it made in real words too."""
    out: Counter[tuple[str, str]] = Counter()
    for token, v in flagged.items():
        if v.applied and v.rule in (RULE_LETTERS, RULE_STROKES) and token.isalpha():
            read, meant = _change(token.lower(), v.after.lower())
            if read and meant and meant in UNKNOWN_READING_CONFUSIONS.get(read, ()):
                out[(read, meant)] += 1
    return out


def _habitual_readings(vocab: Vocabulary, habits: Counter[tuple[str, str]], taken: set[str]) -> dict[str, str]:
    """The readings the habit rule weighs (see _habitual_misreadings), each with the
    commonest word it may be a misreading of: real words one habitual confusion from one of
    the commonest words, not themselves among them, that this witness writes
    CONTEXT_DOMINANCE times as rarely as the common word, no other witness spells so, and
    no other rule repairs (``taken``)."""
    habitual = {(r, m) for (r, m), n in habits.items() if n >= CONTEXT_EVIDENCE}
    # (a witness whose repairs show the OCR at work may have misread the commonest words into
    # readings the lexicon dwarfs, whatever the confusion: _dominated_readings)
    dominated = _dominated_readings(vocab, taken) if habits.total() >= CONTEXT_EVIDENCE else {}
    if not habitual:
        return dominated
    # each commonest word misread by each habitual confusion, at each place it can be
    misread_as: dict[str, str] = {}
    for word, _ in takewhile(lambda wz: wz[1] >= HABIT_WORD, zipf_table(vocab.lang).items()):
        for read, meant in sorted(habitual):
            i = word.find(meant)
            while i >= 0:
                misread_as.setdefault(word[:i] + read + word[i + len(meant):], word)
                i = word.find(meant, i + 1)
    return dominated | _written_readings(misread_as, vocab, taken)


#: the pairs with the place's neighbours that speak for a word the lexicon has a thousand
#: times as often as the reading (DOMINANCE), where CONTEXT_EVIDENCE speak for another
DWARFED_EVIDENCE = 2
#: the confidence of a repair on that lesser evidence: applied at the editor's default
#: threshold (settings review_below), a suggestion for an editor who asks for more
WEAKER = CleanSettings.review_below


def _dominated_readings(vocab: Vocabulary, taken: set[str]) -> dict[str, str]:
    """Real words one confusion of any table (UNKNOWN_READING_CONFUSIONS) from one of the
    commonest words (HABIT_WORD) that the lexicon has a thousand times as rarely (DOMINANCE:
    'ot' for 'of', 'aud' for 'and', 'tor' for 'for'; not 'hot' for 'not', 'wore' for 'were'),
    each with that word (the one this witness writes most, where there are several), on the
    terms of _habitual_readings: not among the commonest words, written CONTEXT_DOMINANCE
    times as rarely as the word, by no other witness, repaired by no other rule."""
    misread_as: dict[str, str] = {}
    # (the language's misreadings made once, and of them only those this witness writes visited)
    pairs = _dominated_misreadings(vocab.lang)
    for low, word in compress(pairs, map(vocab.own.__contains__, [low for low, _ in pairs])):
        if low not in misread_as or vocab.own[word] > vocab.own[misread_as[low]]:
            misread_as[low] = word
    return _written_readings(misread_as, vocab, taken)


def _written_readings(misread_as: Mapping[str, str], vocab: Vocabulary, taken: Container[str]) -> dict[str, str]:
    """Of the readings ``misread_as`` gives with the commonest word each may misread, those
    this witness writes (in small letters or capitalised) CONTEXT_DOMINANCE times as rarely
    as the word, that are no commonest word themselves and that no other witness writes and
    no other rule repairs (``taken``), each with the word in the reading's case."""
    readings: dict[str, str] = {}
    for low, word in misread_as.items():
        if not low.isalpha() or not vocab.own[low] or vocab.zipf(low) >= HABIT_WORD or vocab.others[low] \
                or vocab.own[low] * CONTEXT_DOMINANCE > vocab.own[word]:
            continue
        for token in dict.fromkeys((low, low[:1].upper() + low[1:])):
            if vocab.own_exact[token] and token not in taken and not vocab.others_exact[token]:
                readings[token] = _same_case(word, token)
    return readings


#: what each letter (sequence) of a word may be misread as, by one confusion of any table
_MISREAD_AS_UNKNOWN: dict[str, tuple[str, ...]] = _reverse(UNKNOWN_READING_CONFUSIONS)
#: a read as n, the top of its bowl lost to a faint print ('nnd', 'hnd', 'wns'): it makes
#: words of words too often for a reading alone ('senl': 'sent' or 'seal'), so only the
#: context rule weighs it, on the lexicon's thousand to one and the witness's pairs
OPEN_BOWL_CONFUSIONS: dict[str, tuple[str, ...]] = {"n": ("a",)}
#: what each letter (sequence) of one of the commonest words may be misread as, for
#: _dominated_misreadings: any table's confusion, or the open bowl's
_MISREAD_AS_DOMINATED: dict[str, tuple[str, ...]] = _reverse(_union(UNKNOWN_READING_CONFUSIONS, OPEN_BOWL_CONFUSIONS))


@lru_cache(maxsize=8)
def _dominated_misreadings(lang: str) -> tuple[tuple[str, str], ...]:
    """The (reading, word) pairs _dominated_readings weighs whatever the witness, in its
    order: each of the commonest words (HABIT_WORD) by one confusion of any table (or a
    read as n: OPEN_BOWL_CONFUSIONS) into a reading of letters the lexicon has a thousand
    times as rarely (DOMINANCE), not itself among the commonest."""
    out = []
    for word, zipf in takewhile(lambda wz: wz[1] >= HABIT_WORD, zipf_table(lang).items()):
        if not word.isalpha():
            continue
        for low in _substitutions(word, _MISREAD_AS_DOMINATED, 1):
            z = _zipf(low, lang)
            if zipf - z >= DOMINANCE and low.isalpha() and z < HABIT_WORD:
                out.append((low, word))
    return tuple(out)


#: a place the habit rule weighs: (occurrence, neighbours)
_HabitSite = tuple["_Place", str, str]


def _habitual_sites(text: str, occurrences: Iterable["_Place"], readings: Mapping[str, str | tuple[str, ...]],
                    repaired: Mapping[str, str]) -> tuple[list[_HabitSite], set[tuple[str, str]]]:
    """The readings' places _habitual_misreadings (or _lost_letter_misreadings) weighs, and
    the word pairs it asks about there (``occurrences``: their places outside protected
    stretches, in text order; ``readings``: each with its word or words; the neighbours
    read as ``repaired`` says, as _context_sites reads them)."""
    sites = []
    wanted: set[tuple[str, str]] = set()
    for m in occurrences:
        # (not across a blank line: 'CHAPTER iii' and the paragraph after it are no phrase)
        left, right = neighbours_in_paragraph(text, m.start, m.end)
        left, right = repaired.get(left, left), repaired.get(right, right)
        if left or right:
            sites.append((m, left, right))
            words = readings[m.token]
            for w in (m.token, *((words,) if isinstance(words, str) else words)):
                wanted |= (wanted_pairs(left, w) if left else set()) | (wanted_pairs(w, right) if right else set())
    return sites, wanted


def _pair_backing(vocab: Vocabulary, pairs: Counter[tuple[str, str]], words: int, token: str, word: str,
                  left: str, right: str, dwarfed: bool) -> tuple[list[str], list[tuple[str, int]], bool, list[bool]]:
    """How the place's neighbours ``left`` and ``right`` speak for ``word`` over the reading
    ``token`` (``pairs``: the wanted pairs' counts; ``words``: the witness's length): the
    pairs with a neighbour written CONTEXT_EVIDENCE times and above chance; the weaker ones
    (above chance, or any for a word the lexicon dwarfs the reading by), with their counts;
    whether the reading stands beside a neighbour elsewhere more than once for every
    CONTEXT_DOMINANCE times the word does; and, for each neighbour there is, whether the
    word is written beside it at all."""
    strong: list[str] = []
    weak: list[tuple[str, int]] = []
    against = False
    beside = []
    for side, (a, b) in (("after", (left, word)), ("before", (word, right))):
        if not (a and b):
            continue
        n_word = pair_total(pairs, a, b)
        beside.append(n_word > 0)
        n_read = pair_total(pairs, *((a, token) if side == "after" else (token, b)))
        chance = vocab.own[a.lower()] * vocab.own[b.lower()] / max(1, words)
        # (the reading beside that neighbour elsewhere never, or far more rarely than the word)
        rare_there = n_read == 1 or (n_read - 1) * CONTEXT_DOMINANCE <= n_word
        if n_word >= CONTEXT_EVIDENCE and n_word > chance and rare_there:
            strong.append(f"'{a} {b}' {_times(n_word)}")
        elif n_word and (n_word > chance or dwarfed) and rare_there:
            weak.append((f"'{a} {b}' {_times(n_word)}", n_word))
        against = against or not rare_there
    return strong, weak, against, beside


def _habitual_misreadings(vocab: Vocabulary, habits: Counter[tuple[str, str]], readings: Mapping[str, str],
                          sites: list[_HabitSite], pairs: Counter[tuple[str, str]], apply: bool) -> list[Edit]:
    """A real word one confusion from one of the commonest words (HABIT_WORD), where this
    witness's own repairs show the OCR making that confusion (CONTEXT_EVIDENCE times or more:
    'lo' for 'to' where it also read 'againsl', 'bul', 'sensalion').

    The reading must not be one of the commonest words itself, this witness must write it
    CONTEXT_DOMINANCE times as rarely as the common word, no other witness may spell it so
    (_habitual_readings: ``readings``, each with that word; ``sites``: from _habitual_sites),
    and this witness must write the common word beside one of the place's neighbours
    CONTEXT_EVIDENCE times, above chance, where it writes the reading there nowhere else or
    CONTEXT_DOMINANCE times as rarely ('said lo them': 'said to' 73 times, 'said lo' only
    here). A clean text has no such repairs, so the rule never fires there (with every
    confusion taken for a habit it would change 0.003% of the clean corpus texts' words:
    bench/habit_risk.py). ``pairs``: the wanted pairs' counts in the text as the token
    repairs leave it, as for _in_context.

    A reading the lexicon has a thousand times as rarely as the word (DOMINANCE) needs less:
    the word beside the place's neighbours DWARFED_EVIDENCE times in all, on one side or
    both ('door ot her': 'door of' twice), and the reading beside them elsewhere at most
    once for each CONTEXT_DOMINANCE times the word is. Where the witness's repairs do not show the
    confusion (_dominated_readings: they show the OCR at work), the reading must also have
    no collocation of its own on either side, and a capitalised one must open its sentence
    (a capital right after a word is a name's: 'and Tor the'). Where the edition says too
    little either way ('tortures ot starvation'), such a reading is only a suggestion.
    """
    words = sum(vocab.own.values())
    edits = []
    for m, left, right in sites:
        token = m.token
        word = readings[token]
        read, meant = _change(token.lower(), word.lower())
        habitual = habits[(read, meant)] >= CONTEXT_EVIDENCE
        dwarfed = vocab.zipf(word) - vocab.zipf(token) >= DOMINANCE
        support, beside_both, against, _ = _pair_backing(vocab, pairs, words, token, word, left, right, dwarfed)
        # (a word the lexicon has a thousand times as often asks less of the edition: its
        # pairs with both neighbours, DWARFED_EVIDENCE times in all; not above chance, as a
        # rival the reading could be written for is: the lexicon has weighed the two words)
        weak = not support and dwarfed and not against and sum(n for _, n in beside_both) >= DWARFED_EVIDENCE
        if weak:
            support = [s for s, _ in beside_both]
        # (where the edition says nothing either way, the lexicon alone makes a suggestion)
        unheard = not support and dwarfed and not against
        # (a confusion the witness's repairs do not show: the lexicon's word must also be the
        # only reading of the place, the reading no collocation of its own on either side, and
        # a capital no name's: a capitalised reading right after a word is one, 'and Tor the')
        if not (support or unheard) or (not habitual and (against or (token[0].isupper() and left))):
            continue
        if habitual:
            why = f"this witness's repairs read '{read}' for '{meant}' {habits[(read, meant)]} times"
        else:
            why = f"this witness's repairs show the OCR misreading letters {habits.total()} times"
        if dwarfed:
            why = f"the lexicon has it {10 ** (vocab.zipf(word) - vocab.zipf(token)):,.0f} times as often; {why}"
        if unheard:
            edits.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                              f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(word)}; {why}; "
                              f"the edition writes it beside this place's neighbours too rarely to decide", 0.4, False))
            continue
        edits.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                          f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(word)}; {why}; it "
                          f"writes {' and '.join(support)}", (WEAKER if weak else 0.8) if apply else 0.4, apply))
    return edits


#: a well-formed lower-case roman numeral (as furniture's: not any word of the letters i v x l c d m)
_LOWER_ROMAN_RE = re.compile(r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _numerals_in_prose(vocab: Vocabulary, habits: Counter[tuple[str, str]], readings: Mapping[str, str],
                       sites: list[_HabitSite], pairs: Counter[tuple[str, str]], apply: bool,
                       text: str = "") -> list[Edit]:
    """A reading of the habit rule that is a lower-case roman numeral of two letters or more
    ('iii' for 'in', where the OCR read ii for n), standing between two small-letter words:
    the lexicon counts it as a numeral ('Henry III', 'vol. iii.'), which prose does not write
    between two small-letter words. Repaired where this witness's repairs show the confusion
    CONTEXT_EVIDENCE times, the edition writes the word beside a neighbour of the place and
    the reading beside neither elsewhere (or CONTEXT_DOMINANCE times as rarely: _pair_backing);
    after a capital ('Henry iii') or beside nothing, it stays; so it does after a word the
    book writes before another roman numeral (``text``): a numeral follows what it numbers,
    and 'part iii of' beside 'Part II' is no 'part in', however often the book takes part in
    things. ``sites``, ``pairs``: as for _habitual_misreadings. Applied at WEAKER confidence.
    """
    words = sum(vocab.own.values())
    out = []
    numbering: dict[str, set[str]] | None = None
    for m, left, right in sites:
        token = m.token
        if len(token) < 2 or not _LOWER_ROMAN_RE.fullmatch(token) or not (left[:1].islower() and right[:1].islower()):
            continue
        word = readings[token]
        read, meant = _change(token, word)
        if habits[(read, meant)] < CONTEXT_EVIDENCE:
            continue
        strong, weak, against, beside = _pair_backing(vocab, pairs, words, token, word, left, right, True)
        if against or not any(beside):
            continue
        if numbering is None:
            numbering = _numbering_words(text)
        if numbering.get(left.lower(), set()) - {token}:
            # (a numeral follows what it numbers: 'part iii of' where the book writes 'Part II'
            # is no 'part in', however often it takes part in things)
            continue
        support = strong + [s for s, _ in weak]
        out.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                        f"reading {vocab.describe(token)}, a numeral between two words; one confusion gives "
                        f"{vocab.describe(word)}; this witness's repairs read '{read}' for '{meant}' "
                        f"{habits[(read, meant)]} times; it writes {' and '.join(support)}",
                        WEAKER if apply else 0.4, apply))
    return out


#: a word and a roman numeral of two letters or more after it, in either case ('Part II', 'book iv')
_NUMBERED_RE = re.compile(r"([^\W\d_]+)[ \t]+([ivxlcdm]{2,}|[IVXLCDM]{2,})\b")


def _numbering_words(text: str) -> dict[str, set[str]]:
    """The words ``text`` writes before a roman numeral, each with the numerals after it (in
    small letters): 'part' -> {'ii'} for 'Part II'."""
    out: dict[str, set[str]] = {}
    for a, n in _NUMBERED_RE.findall(text):
        if _LOWER_ROMAN_RE.fullmatch(n.lower()):
            out.setdefault(a.lower(), set()).add(n.lower())
    return out


#: the places of a reading the edition's evidence must repair before the witness's own use
#: speaks for the others (one repair may be a chance collocation's)
REPAIRED_PLACES = 2


def _repaired_elsewhere(vocab: Vocabulary, readings: Mapping[str, str], sites: list[_HabitSite],
                        edits: list[Edit], pairs: Counter[tuple[str, str]], apply: bool) -> list[Edit]:
    """A reading of the habit rule (_habitual_readings) that the edition's evidence repairs
    into its word at most of the places this witness writes it, repaired at the others too,
    where the neighbours say nothing for it: the witness's own use shows the OCR making that
    very misreading ('tortures ot starvation' where 'ot' is read 'of' at four of six places).

    At least half the reading's places repaired, and REPAIRED_PLACES of them, on the
    edition's evidence (applied misread-context edits in ``edits``); for a reading the
    lexicon does not dwarf (DOMINANCE: 'iii' beside 'in'), more than half. The place must stand between
    two words (no 'Lo,' at a sentence's start, no numeral closing a heading: 'CHAPTER iii'),
    a capitalised reading not right after a word (a name's), and the edition must write the
    reading beside neither neighbour elsewhere more than once for each CONTEXT_DOMINANCE
    times it writes the word there (_pair_backing). ``sites``: from _habitual_sites;
    ``pairs``: the wanted pairs' counts, as for _habitual_misreadings. Applied at WEAKER
    confidence.
    """
    at = {(e.start, e.end): e for e in edits}
    repaired: Counter[str] = Counter()
    for m, _, _ in sites:
        e = at.get((m.start, m.end))
        if e is not None and e.applied and e.rule == RULE_CONTEXT and e.replacement == readings[m.token]:
            repaired[m.token] += 1
    if not repaired:
        return []
    words = sum(vocab.own.values())
    out = []
    for m, left, right in sites:
        token = m.token
        n, e = repaired[token], at.get((m.start, m.end))
        # (between two words, so a capitalised reading is a name's, and not after a heading's capitals)
        if not n or (e is not None and e.applied) or not (left and right) or token[0].isupper() \
                or (left.isupper() and len(left) > 1):
            continue
        word, places = readings[token], vocab.own_exact[token]
        dwarfed = vocab.zipf(word) - vocab.zipf(token) >= DOMINANCE
        if n < REPAIRED_PLACES or n * 2 < places or (not dwarfed and n * 2 == places):
            continue
        if _pair_backing(vocab, pairs, words, token, word, left, right, dwarfed)[2]:
            continue
        out.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                        f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(word)}; the edition's "
                        f"evidence repairs {n} of the {places} places this witness writes '{token}' into '{word}', "
                        f"and writes '{token}' beside neither '{left}' nor '{right}' elsewhere",
                        WEAKER if apply else 0.4, apply))
    return out


#: the words whose lost letter the rule weighs: everyday words a book writes often enough
#: for its pairs to speak (Zipf 5, once in a hundred thousand words: 'great', 'ever',
#: 'better', 'give' as well as the commonest, HABIT_WORD); the lexicon must still have the
#: reading a thousand times as rarely
LOST_LETTER_WORD = 5.0
#: the shortest reading the lost-letter rule weighs: a shorter one is an abbreviation or an
#: elision as often ('th'', 'wi'')
LOST_LETTER_SHORTEST = 3


@lru_cache(maxsize=8)
def _shortened_words(lang: str, floor: float, shortest: int) -> tuple[tuple[str, str, float], ...]:
    """Each word of the lexicon of Zipf ``floor`` or more, of letters only and more than
    ``shortest`` of them, with one letter dropped: (what is left, the word, its Zipf), the
    words in the lexicon's order (commonest first), each word's letters in turn."""
    out = []
    for word, zipf in takewhile(lambda wz: wz[1] >= floor, zipf_table(lang).items()):
        if word.isalpha() and len(word) - 1 >= shortest:
            out.extend((word[:i] + word[i + 1:], word, zipf) for i in range(len(word)))
    return tuple(out)


def _lost_letter_readings(vocab: Vocabulary, taken: Container[str]) -> dict[str, tuple[str, ...]]:
    """Readings one letter short of an everyday word (LOST_LETTER_WORD) that the lexicon
    has a thousand times as rarely or not at all (DOMINANCE: 'tht', 'whn', 'tem' for 'them',
    'ater' for 'after'), each with the words the place may be: such words one letter
    short of, or one letter for another from, the reading ('are' beside 'were' for
    'wre'), and the everyday words (COMMON) this witness writes one letter longer ('water'
    beside 'after' for 'ater'), the one this witness writes most first. On the terms of
    _habitual_readings (no reading among the common_words words, written by no other witness,
    repaired by no other rule: ``taken``), but as _context_suspects asks of a word the
    lexicon dwarfs: written CONTEXT_EVIDENCE times as rarely as the word."""
    common_words = dict(takewhile(lambda wz: wz[1] >= LOST_LETTER_WORD, zipf_table(vocab.lang).items()))
    lost_from: dict[str, str] = {}
    # (the language's shortened words are made once; a witness writes a few hundred of its thousands)
    written = vocab.own.get
    for low, word, zipf in [s for s in _shortened_words(vocab.lang, LOST_LETTER_WORD, LOST_LETTER_SHORTEST)
                            if written(s[0])]:
        if zipf - vocab.zipf(low) < DOMINANCE:
            continue
        if low not in lost_from or vocab.own[word] > vocab.own[lost_from[low]]:
            lost_from[low] = word
    readings: dict[str, tuple[str, ...]] = {}
    for low, word in lost_from.items():
        if vocab.others[low] or vocab.own[low] * CONTEXT_EVIDENCE > vocab.own[word]:
            continue
        tokens = [t for t in dict.fromkeys((low, low[:1].upper() + low[1:]))
                  if vocab.own_exact[t] and t not in taken and not vocab.others_exact[t]]
        if not tokens:
            continue
        # (the rivals: a letter lost from, or read for another in, a word the place may be)
        rivals = set()
        for i in range(len(low) + 1):
            for c in _LOWER_LETTERS:
                longer = low[:i] + c + low[i:]
                if longer in common_words or (vocab.own[longer] and vocab.zipf(longer) >= COMMON):
                    rivals.add(longer)
                if i < len(low) and (other := low[:i] + c + low[i + 1:]) in common_words:
                    rivals.add(other)
        rivals.discard(word)
        rivals.discard(low)
        words = [word, *sorted(rivals, key=lambda w: (-vocab.own[w], w))]
        for token in tokens:
            readings[token] = tuple(_same_case(w, token) for w in words)
    return readings


def _lost_letter_misreadings(vocab: Vocabulary, habits: Counter[tuple[str, str]],
                             readings: Mapping[str, tuple[str, ...]], sites: list[_HabitSite],
                             pairs: Counter[tuple[str, str]], apply: bool) -> list[Edit]:
    """A reading one letter short of an everyday word (LOST_LETTER_WORD), which the lexicon
    has a thousand times as rarely or not at all ('tht' for 'that', 'tem' for 'them'), in a
    witness whose repairs show the OCR at work (CONTEXT_EVIDENCE of them: a clean text has
    none), repaired where the edition writes that word beside the place's neighbours and
    the reading beside neither elsewhere (or CONTEXT_DOMINANCE times as rarely).

    ``readings`` (from _lost_letter_readings): each reading with the words the place may
    be, the word it is one letter short of first; ``sites``: from _habitual_sites; ``pairs``: the wanted
    pairs' counts in the text as the token repairs leave it, as for _habitual_misreadings.
    The word is backed as there: CONTEXT_EVIDENCE pairs with a neighbour, above chance
    ('subject tht the': 'that the' 40 times), or DWARFED_EVIDENCE with the neighbours in
    all ('not kow how': 'not know' twice; a repair then of WEAKER confidence). A capitalised
    reading right after a word is a name's. Where another of the words is backed too, beside every neighbour the word is
    ('They wre glad': 'They were', 'They are'), or where the edition backs none ('late tht
    morning': 'that', 'the'), the repair is only a suggestion; but where no other word is a
    letter from the reading, and the letter lost is a vowel the reading cannot be said
    without ('replete wth ideas': _vowel_lost_unspoken), it is applied (WEAKER).
    """
    words = sum(vocab.own.values())

    def backing(token: str, word: str, left: str, right: str) -> tuple[list[str], bool, bool, list[bool]]:
        """The pairs that back ``word`` at this place, whether they are strong, whether the
        edition writes the reading beside a neighbour elsewhere, and beside which of the
        neighbours it writes the word (every reading here is one the lexicon dwarfs)."""
        strong, both, against, beside = _pair_backing(vocab, pairs, words, token, word, left, right, True)
        if against:
            return [], False, True, beside
        if strong:
            return strong, True, False, beside
        if sum(n for _, n in both) >= DWARFED_EVIDENCE:
            return [s for s, _ in both], False, False, beside
        return [], False, False, beside

    edits = []
    for m, left, right in sites:
        token = m.token
        if token[0].isupper() and left:
            continue
        word, *others = readings[token]
        support, strong, against, beside = backing(token, word, left, right)
        if against:
            continue
        why = (f"the lexicon has it {10 ** (vocab.zipf(word) - vocab.zipf(token)):,.0f} times as often; "
               f"this witness's repairs show the OCR misreading letters {habits.total()} times")
        if not support and not others and _vowel_lost_unspoken(token, word, vocab.lang):
            # (no one could say the reading, and no other word is a letter from it: 'replete wth ideas')
            edits.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                              f"reading {vocab.describe(token)}; one lost vowel gives {vocab.describe(word)}; {why}; "
                              "the reading has letters no word has together there, and no other word is one "
                              "letter from it", WEAKER if apply else 0.4, apply))
            continue
        if not support:
            # (where the edition says nothing either way, the lexicon alone makes a suggestion)
            edits.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                              f"reading {vocab.describe(token)}; one lost letter gives {vocab.describe(word)}; "
                              f"{why}; the edition writes it beside this place's neighbours too rarely to decide"
                              + ("; as well " + ", ".join(f"'{w}'" for w in others) if others else ""), 0.4, False))
            continue
        # (a rival is backed too, and written beside every neighbour the word is: not 'from
        # tht of' read 'from the', which 'the of' does not follow)
        rivals = [w for w, (backed, _, _, there) in ((w, backing(token, w, left, right)) for w in others)
                  if backed and all(r or not n for r, n in zip(there, beside))]
        evidence = (f"reading {vocab.describe(token)}; one lost letter gives {vocab.describe(word)}; {why}; "
                    f"it writes {' and '.join(support)}")
        clear = apply and not rivals
        if rivals:
            evidence += "; as well " + ", ".join(f"'{w}'" for w in rivals)
        edits.append(Edit(m.start, m.end, word, RULE_CONTEXT, evidence,
                          ((0.8 if strong else WEAKER) if clear else 0.4), clear))
    return edits


#: how far around a place _rivals_in_context looks for its neighbours (a line and more)
_RIVAL_WINDOW = 200


def _rivals_in_context(text: str, vocab: Vocabulary, edits: list[Edit], rivalled: Mapping[str, Verdict],
                       repaired: Mapping[str, str], apply: bool) -> dict[tuple[int, int], Edit]:
    """The suggestions of ``edits`` the Judge left only for a rival nearly as likely
    (``rivalled``: reading -> its verdict; 'the ncw wine': 'new' or 'now'; 'th6se': 'these'
    or 'those'), decided by the place's neighbours: place -> the edit that replaces it.

    The edition, as its applied repairs leave it, must write one candidate beside the
    place's neighbours more often than the two words would meet by chance: beside one of
    them CONTEXT_EVIDENCE times, and there CONTEXT_EVIDENCE times as often as each rival
    beside each neighbour ("of th6se breeds": 'of these' six times, 'of those' once); or
    beside both of them, where no rival is written beside either ("the ncw wine": 'the new',
    'new wine'). The reading must stand beside neither neighbour anywhere else, and a lost
    letter in quoted speech stays a suggestion (a dialect's spelling). Otherwise the
    suggestion stays, naming how often the edition writes each candidate there. The
    neighbours are read within the paragraph and as the other repairs leave them (``repaired``).
    """
    sites = []
    wanted: set[tuple[str, str]] = set()
    for e in edits:
        token = text[e.start:e.end]
        v = rivalled.get(token)
        if e.applied or v is None or e.rule != v.rule or e.replacement.lower() != v.after.lower():
            continue
        cands = tuple(dict.fromkeys(c.lower() for c in (v.after, *v.rivals)))
        # (the neighbours of the place with a candidate read there: a reading with a digit
        # is no word of the pairs, and would have none)
        head = text[max(0, e.start - _RIVAL_WINDOW):e.start]
        left, right = neighbours_in_paragraph(head + cands[0] + text[e.end:e.end + _RIVAL_WINDOW],
                                              len(head), len(head) + len(cands[0]))
        left, right = repaired.get(left, left), repaired.get(right, right)
        if not (left or right):
            continue
        sites.append((e, token, [(left, ""), ("", right)] if left and right else [(left, right)], cands))
        for w in (token, *cands):
            wanted |= (wanted_pairs(left, w) if left else set()) | (wanted_pairs(w, right) if right else set())
    if not sites:
        return {}
    done = _without_overlaps(sorted((e for e in edits if e.applied), key=lambda e: (e.start, e.end)))
    pairs = count_pairs(apply_edits(text, done)[0] if done else text, wanted)
    words = sum(vocab.own.values())
    out: dict[tuple[int, int], Edit] = {}
    for e, token, sides, cands in sites:
        def beside(w: str) -> list[int]:
            return [pair_total(pairs, a, w) if a else pair_total(pairs, w, b) for a, b in sides]

        def above_chance(w: str) -> list[bool]:
            return [n > vocab.own[w] * vocab.own[(a or b).lower()] / max(1, words)
                    for n, (a, b) in zip(beside(w), sides)]

        counts = {c: beside(c) for c in cands}
        said = "; the edition writes " + ", ".join(
            " and ".join(f"'{f'{a} {c}' if a else f'{c} {b}'}' {_times(n) if n else 'never'}"
                         for n, (a, b) in zip(counts[c], sides)) for c in cands)
        # (the reading's own pairs: this place's, where it is a word, and none elsewhere)
        alone = all(n <= 1 for n in beside(token))
        one_side = [c for c in cands if any(n >= CONTEXT_EVIDENCE and up for n, up in zip(counts[c], above_chance(c)))
                    and all(n * CONTEXT_EVIDENCE <= m for r in cands if r != c for n, m in zip(counts[r], counts[c]))]
        both_sides = [c for c in cands if len(sides) == 2 and all(above_chance(c))
                      and not any(any(counts[r]) for r in cands if r != c)]
        backed = one_side or both_sides
        dialect = e.rule == RULE_DROPPED and _in_quoted_speech(text, e.start) and not _quotation_runs_on(text, e.start)
        if apply and len(backed) == 1 and alone and not dialect:
            cand = _same_case(backed[0], e.replacement)
            out[(e.start, e.end)] = Edit(e.start, e.end, cand, e.rule, f"{e.evidence}{said}: the neighbours "
                                         f"decide for '{cand}'", 0.8, True)
        else:
            out[(e.start, e.end)] = replace(e, evidence=e.evidence + said)
    return out


def _rivals_in_compounds(text: str, edits: list[Edit], rivalled: Mapping[str, Verdict],
                         apply: bool) -> dict[tuple[int, int], Edit]:
    """The suggestions of ``edits`` the Judge left only for a rival nearly as likely where the
    reading is one half of a word joined by a hyphen ('my fcllow-creatures': 'fellow', or
    'follow' by a stroke), which makes no pair with its neighbours for _rivals_in_context:
    decided by the compounds the edition writes. One candidate must be written with the same
    other half elsewhere, or as that half of other compounds CONTEXT_EVIDENCE times
    ('fellow-men', 'fellow-citizens'), and no rival written as that half of any compound:
    place -> the edit that replaces it. Only a compound of two halves (the middle of
    'mother-in-law' is no half)."""
    out: dict[tuple[int, int], Edit] = {}
    if not apply:
        return out
    compounds: Counter[tuple[str, str]] | None = None
    for e in edits:
        token = text[e.start:e.end]
        v = rivalled.get(token)
        if e.applied or v is None or e.rule != v.rule or e.replacement.lower() != v.after.lower():
            continue
        first = _COMPOUND_AFTER_RE.match(text, e.end)
        second = _COMPOUND_BEFORE_RE.search(text[max(0, e.start - _RIVAL_WINDOW):e.start])
        if (first is None) == (second is None) or (first and text[e.start - 1:e.start] == "-") \
                or (second and text[e.end:e.end + 1] == "-"):
            continue
        if compounds is None:
            compounds = _compounds(text.lower())
        other = (first or second).group(1).lower()
        cands = tuple(dict.fromkeys(c.lower() for c in (v.after, *v.rivals)))
        # (each candidate in the compound with the place's other half, and as that half of any)
        pair = (lambda c: (c, other)) if first else (lambda c: (other, c))
        whole = {c: compounds[pair(c)] for c in cands}
        halves = {c: sum(n for ab, n in compounds.items() if ab[0 if first else 1] == c) for c in cands}
        backed = [c for c in cands if (whole[c] or halves[c] >= CONTEXT_EVIDENCE)
                  and not any(halves[r] for r in cands if r != c)]
        shown = ", ".join(f"'{'-'.join(pair(c))}' {_times(whole[c]) if whole[c] else 'never'}" for c in cands)
        if len(backed) != 1:
            out[(e.start, e.end)] = replace(e, evidence=f"{e.evidence}; in a compound, the edition writes {shown}")
            continue
        cand = _same_case(backed[0], e.replacement)
        halfs = ", ".join(f"'{c}-' {_times(halves[c]) if halves[c] else 'never'}" if first else
                          f"'-{c}' {_times(halves[c]) if halves[c] else 'never'}" for c in cands)
        out[(e.start, e.end)] = Edit(e.start, e.end, cand, e.rule, f"{e.evidence}; in a compound, the edition "
                                     f"writes {shown}, and as its half {halfs}: the compounds decide for "
                                     f"'{cand}'", 0.8, True)
    return out


#: the other half of a compound after a reading, and before one (its last letters)
_COMPOUND_AFTER_RE = re.compile(r"-([^\W\d_]+)(?![\w-])")
_COMPOUND_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_LAST_LETTERS_RE = re.compile(r"[^\W\d_]+$")
_FIRST_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LONGEST_HALF = 60


def _compounds(text: str) -> Counter[tuple[str, str]]:
    """How often ``text`` writes each word of two halves joined by a hyphen, as (first,
    second): found from the hyphens (a few hundred in a book), not by a pattern tried at
    every letter; the halves of a longer chain ('mother-in-law') are none."""
    out: Counter[tuple[str, str]] = Counter()
    pieces = text.split("-")
    for k in range(len(pieces) - 1):
        # (the last letters looked for in the piece's tail: a piece may run for pages)
        left, right = pieces[k][-_LONGEST_HALF:], pieces[k + 1]
        a, b = _LAST_LETTERS_RE.search(left), _FIRST_LETTERS_RE.match(right)
        if a is None or b is None or (k > 0 and a.start() == 0 and len(left) == len(pieces[k])) \
                or (k + 2 < len(pieces) and b.end() == len(right)):
            continue
        out[(a.group(), b.group())] += 1
    return out


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _bar_tokens(text: str) -> set[str]:
    """The tokens of ``text`` with a bar inside (wor|d)."""
    parts = _word_split(text)
    return {"".join(parts[first:last + 1]) for first, last in _barred(text)}


@dataclass(frozen=True)
class _Place:
    """One whole-token occurrence: where it stands in the text and what it reads."""

    start: int
    end: int
    token: str


#: what may stand right before or after a token that makes it no whole token (wor|d, 'tis)
_INNER = ("'", "\u2019", "|")


def _occurrences(text: str, tokens: Iterable[str]) -> list[_Place]:
    """Whole-token occurrences of ``tokens`` in ``text``, in text order: where a token
    stands with no letter or digit on either side, no apostrophe or bar before it, and
    none after it that a letter or digit follows.

    Found among the words of _word_split and the tokens with bars (_barred): each
    whole-token occurrence is one of them. The words are picked out at C speed, where a
    regex alternation of a few hundred tokens is tried at every letter of the text; only
    the hits are looked at.
    """
    parts = _word_split(text)
    wanted = set(tokens)
    # (the parts at which a wanted token starts, with its last part)
    hits = dict.fromkeys(compress(range(1, len(parts), 2), map(wanted.__contains__, parts[1::2])))
    barred = {first: last for first, last in _barred(text) if "".join(parts[first:last + 1]) in wanted}
    out = []
    pos = upto = 0
    for k in sorted(hits.keys() | barred.keys()) if barred else hits:
        pos += len("".join(parts[upto:k]))  # (where parts[k] starts; a join sums the lengths in C)
        upto = k
        token = "".join(parts[k:barred[k] + 1]) if k in barred else parts[k]
        end = pos + len(token)
        if (pos and text[pos - 1] in _INNER) or (text[end:end + 1] in _INNER and text[end + 1:end + 2].isalnum()):
            continue
        out.append(_Place(pos, end, token))
    return out


_LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")


def _pair_places(text: str, pairs: Iterable[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where ``a b`` stands for one of ``pairs`` with no letter or digit right before or
    after it, as (start, end), in text order and none overlapping the one before: what a
    regex alternation of the pairs finds (at one place at most one pair of words can stand
    whole). Each pair is searched for as a literal, at C speed, where an alternation is
    tried at every letter of the text (a book has a few pairs to look for, in a few places)."""
    hits = []
    for a, b in pairs:
        phrase = f"{a} {b}"
        i = text.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if not (i and _LETTER_OR_DIGIT_RE.match(text, i - 1)) and not _LETTER_OR_DIGIT_RE.match(text, end):
                hits.append((i, end))
            i = text.find(phrase, i + 1)
    hits.sort()
    places: list[tuple[int, int]] = []
    for start, end in hits:
        if not places or start >= places[-1][1]:
            places.append((start, end))
    return places


#: below this share of known word tokens the lexicon does not describe the witness's
#: language (another period's spelling, another language): letter-shape repairs become
#: suggestions. Modern English prose leaves well under 1% unknown; a 16th-century text 16%.
LEXICON_FIT = 0.95
#: fewer word tokens than this say too little about the fit; the lexicon is trusted
FIT_SAMPLE = 500


def _lexicon_fits(vocab: Vocabulary) -> bool:
    words = set(filter(str.isalpha, vocab.own))
    total = sum(map(vocab.own.__getitem__, words))
    if total < FIT_SAMPLE:
        return True
    # the unknown words (Zipf below 1.0, and no other witness's) are few: set operations
    # find them (the words are in small letters without digits: vocab.zipf is the lexicon's
    # entry, the lexicon's rarest words come last)
    table = zipf_table(vocab.lang)
    rarest = {w for w, _ in takewhile(lambda wz: wz[1] < 1.0, reversed(table.items()))}
    unknown = (words.difference(table) | (words & rarest)) - vocab.others_words
    known = total - sum(map(vocab.own.__getitem__, unknown))
    return known / total >= LEXICON_FIT


class _Spans:
    """Sorted, non-nested protected spans, asked whether a stretch overlaps one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def hit(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


#: a number's words: the digit of an abbreviation may stand for one (Two-Factor
#: Authentication, 2FA; Third Generation Partnership Project, 3GPP)
_NUMBER_WORD_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|single|double|dual|triple|"
    r"version)\b", re.I)
_DEFINITION_STOP_RE = re.compile(r".*[.;:!?()\[\]\n]\s", re.S)


def _defined_by(text: str, start: int, end: int, short: str) -> str | None:
    """The long form the text gives before ``text[start:end]``, a token in brackets with a
    stray digit before its letters ``short`` (a digit at the end may be the name's own:
    GPL2, SHA1, HTTP2); else None."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")" or not short.isalpha() \
            or not text[start].isdigit():
        return None
    return abbreviation_long_form(text, start - 1, short)


def abbreviation_long_form(text: str, bracket: int, short: str) -> str | None:
    """The long form an abbreviation ``short`` in brackets follows (``Bureau of Labor
    Statistics (BLS)``; ``bracket``: where its opening bracket stands), found as Schwartz
    and Hearst's algorithm finds it (2003: each letter of the short form, last first, in
    the words before it in the same sentence or line, the first at a word's start, within
    min(n + 5, 2n) words), when no word of that window names a number a digit could stand
    for; else None."""
    before = text[max(0, bracket - 400):bracket]
    if (stop := _DEFINITION_STOP_RE.match(before)) is not None:
        before = before[stop.end():]  # (the sentence, or the line, it stands in)
    words = before.split()[-min(len(short) + 5, 2 * len(short)):]
    long_form = " ".join(words)
    s, i = len(short) - 1, len(long_form) - 1
    while s >= 0:
        c = short[s].lower()
        while i >= 0 and (long_form[i].lower() != c or (s == 0 and i > 0 and long_form[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    name = long_form[long_form.rfind(" ", 0, i + 1) + 1:]
    if _NUMBER_WORD_RE.search(long_form) or len(name.split()) < len(short) - 1:
        return None
    return name


def _in_quoted_speech(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation its paragraph opens before it: more curly
    double quotes opened than closed, or an odd number of straight ones."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quotation_runs_on(text: str, pos: int) -> bool:
    """Whether the quotation open at ``pos`` is still open where its paragraph ends: a
    quotation of several paragraphs, each opening with a mark and only the last closing
    (a tale or a letter told in quotation marks, the narration of a frame story), not a
    line of dialogue."""
    start = text.rfind("\n\n", 0, pos) + 1
    end = text.find("\n\n", pos)
    para = text[start:] if end < 0 else text[start:end]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _pronoun(text: str, start: int, end: int) -> Edit | None:
    """``l`` alone between a space and a lower-case word is the pronoun ``I`` misread."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if not (before == "" or before[-1] in " \n") or not (len(after) == 2 and after[0] == " " and after[1].islower()):
        return None
    prev = text[max(0, start - 3):start].strip()
    if prev[-1:] in ("(", "[") or prev[-1:].isdigit():
        return None  # a list marker or a label, not running prose
    return Edit(start, end, "I", RULE_PRONOUN,
                "a lone 'l' before a lower-case word: English has no such word, the pronoun 'I' "
                "has the same shape", 0.85, True)


# (the I first, the lookbehind after it: the engine scans for the capital)
_I_NEXT_RE = re.compile(r"I(?<![^\W_]I) ([a-z]+)")
#: the edition must write "I <word>" this often before "1 <word>" is read as the pronoun
PRONOUN_EVIDENCE = 3


def _pronoun_bigrams(text: str, others: Iterable[str]) -> Counter[str]:
    return _merged((text, *others), _i_next_counts)


@lru_cache(maxsize=16)
def _i_next_counts(text: str) -> Counter[str]:
    return Counter(_I_NEXT_RE.findall(text))


def _pronoun_digit(text: str, start: int, end: int, i_next: Counter[str]) -> Edit | None:
    """A lone ``1`` in prose, before a word the edition often writes after ``I`` (1 think)."""
    before = text[max(0, start - 3):start]
    after = re.match(r" ([a-z]+)\b", text[end:end + 40])
    if not after or not (before == "" or before[-1:] in " \n"):
        return None
    prev = before.strip()[-1:]
    if prev and not (prev.isalpha() or prev in ".!?;:,\"'\u201d\u2019"):
        return None  # after a digit, a bracket, a sign: a number or a label
    nxt = after.group(1)
    if i_next[nxt] < PRONOUN_EVIDENCE:
        return None
    return Edit(start, end, "I", RULE_PRONOUN,
                f"a lone '1' before '{nxt}': the edition writes 'I {nxt}' {i_next[nxt]} times; "
                f"'1' and 'I' have the same shape", 0.8, True)


#: letters whose capital has the shape of the small letter: OCR knows their case by size only
_SAME_SHAPE = frozenset("cosuvwxz")
#: the narrow glyphs an OCR engine loses where the print is faint or the setting tight
_THIN_LETTERS = "iltfrj"
#: three letters alike in a row: no word has them
_RUN_OF_THREE_RE = re.compile(r"([a-z])\1\1+")
#: the long vowels English spells with a letter doubled at a word's end, as old books did
#: where the everyday word of one syllable has one ('shee', 'hee', 'mee', 'doo', 'soo')
_LONG_VOWEL_ENDINGS = ("ee", "oo")
#: the letters that make a syllable (y as in 'myself', 'rhythm')
_VOWELS = "aeiouy"
_CONSONANT_RUN_RE = re.compile(r"[b-df-hj-np-tv-xz]+")  # (ascii consonants: an accented letter is a vowel)


def _consonant_runs(word: str) -> Iterable[tuple[str, int, int, str]]:
    """The runs of consonants of a small-letter ``word``: (where it stands: whole, initial,
    final or medial; start; end; the run)."""
    n = len(word)
    for m in _CONSONANT_RUN_RE.finditer(word):
        start, end = m.span()
        where = ("whole" if end == n else "initial") if start == 0 else ("final" if end == n else "medial")
        yield where, start, end, m.group()


@lru_cache(maxsize=8)
def _spoken_runs(lang: str) -> frozenset[tuple[str, str]]:
    """Every run of consonants the everyday words (COMMON) have, with where it stands:
    ('initial', 'str'), ('final', 'lf'), ('whole', 'mph'). (Built once, in a twentieth of
    a second.)"""
    return frozenset((where, run) for w in _everyday_words(lang) if w.isalpha() and w.islower()
                     for where, _, _, run in _consonant_runs(w))


def _unspoken_runs(word: str, lang: str) -> list[tuple[int, int]]:
    """Where in a small-letter ``word`` a run of consonants stands that no everyday word has
    there (start, end): 'slf' at the end of 'myslf', 'bf' at the start of 'bfore'."""
    if word[-2:] in ("\u2019s", "'s"):
        word = word[:-2]  # (a possessive's word)
    if not word.isalpha():
        return []
    spoken = _spoken_runs(lang)
    return [(start, end) for where, start, end, run in _consonant_runs(word) if (where, run) not in spoken]


def _vowel_lost_unspoken(reading: str, word: str, lang: str) -> bool:
    """Whether ``reading`` is ``word`` with one vowel lost inside a run of consonants no
    everyday word has where it stands ('wth' of 'with', 'hme' of 'home')."""
    low = reading.lower()
    read, meant = _change(low, word.lower())
    return not read and len(meant) == 1 and meant in _VOWELS and bool(_unspoken_runs(low, lang))


def _speakable(word: str, lang: str) -> bool:
    """Whether every run of consonants of ``word`` (in small letters) is one an everyday
    word has where it stands: a dialect's spelling ('reglar', 'genlemen') is spoken, a
    reading that lost the vowel of a syllable ('myslf', 'bfore') is not."""
    return not _unspoken_runs(word.lower(), lang)


def _opening(text: str, start: int) -> str:
    """"a sentence's" or "a quotation's" where the word at ``start`` is the first of one
    ('said, ‘Child, what'), else "": there a capital is English's own, not the OCR's."""
    if _SENTENCE_END_RE.search(text[max(0, start - 6):start]):
        return "a sentence's"
    return "a quotation's" if _QUOTATION_OPENS_RE.search(text[max(0, start - 2):start]) else ""


def _small_i(text: str, start: int, word: str, vocab: Vocabulary) -> tuple[str, str]:
    """A repair that puts a capital I for an ``l`` at a word's start ('ldea', 'lts') takes
    a small i in mid-sentence where the edition writes the word so more often than with
    the capital: the dotless stroke the OCR saw is an i as often as an I, and only the
    sentence and the edition's own use tell which. A word the edition never writes keeps
    the capital: a name ('lreland') has no small letter."""
    if len(word) < 2 or word[0] != "I" or not word[1:].islower() or _opening(text, start):
        return word, ""
    small = "i" + word[1:]
    written_small = vocab.own_exact[small] + vocab.others_exact[small]
    written_capital = vocab.own_exact[word] + vocab.others_exact[word]
    if written_small <= written_capital:
        return word, ""
    return small, (f"a small i: mid-sentence, and the edition writes '{small}' {_times(written_small)}, "
                   f"'{word}' " + (_times(written_capital) if written_capital else "never"))


def _case_from_context(text: str, start: int, end: int, word: str, vocab: Vocabulary) -> tuple[str, str]:
    """A repaired all-capital word takes its case from the sentence, unless capitals are its own.

    OCR tells o/O, s/S, 0 apart by size only, so a repaired word made only of such letters
    has capitals that are weak evidence; the edition and the neighbouring words decide.
    """
    letters = [c for c in word if c.isalpha()]
    if (len(word) > 1 and word[0].isupper() and word[1:].islower() and word[0].lower() in _SAME_SHAPE
            and not _opening(text, start)
            and vocab.own_exact[word.lower()] + vocab.others_exact[word.lower()]
            >= vocab.own_exact[word] + vocab.others_exact[word] and vocab.zipf(word) >= COMMON):
        return word.lower(), "lower case: mid-sentence, and its capital has the small letter's shape"
    if len(letters) < 2 or not all(c.isupper() and c.lower() in _SAME_SHAPE for c in letters):
        return word, ""
    if vocab.others_exact[word] or vocab.own_exact[word] or vocab.zipf(word.lower()) < COMMON:
        return word, ""
    neighbours = TOKEN_RE.findall(text[max(0, start - 40):start])[-1:] + TOKEN_RE.findall(text[end:end + 40])[:1]
    if any(len(n) > 1 and n.isupper() for n in neighbours):
        return word, ""  # a line in capitals
    if opening := _opening(text, start):
        return word[0] + word[1:].lower(), "capitalised: it begins " + opening.removesuffix("'s")
    return word.lower(), "lower case: mid-sentence, and the edition never writes it in capitals"


#: a mark of either glued rule with two letters on either side, or before the pronoun I
#: and the small-letter word after it ('sea;I saw': not a numeral, Chap.I.): the two
#: patterns at once (a [.!?] before two letters is before a letter that is no whitespace)
_GLUED_MARK_RE = re.compile(r"[()\[\],;:.!?](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])")


def _glued_marks(text: str) -> tuple[list[int], list[int]]:
    """Where _GLUED_BRACKET_RE and _GLUED_PUNCT_RE match, in text order.

    One scan of the text with a pattern that stops at the marks alone (the engine skips to
    the next one in C), where an alternation of two patterns, or the walk along the text's
    words, costs three times as much; the few hits are sorted by their mark. A test
    compares with the patterns.
    """
    brackets: list[int] = []
    punctuation: list[int] = []
    for m in _GLUED_MARK_RE.finditer(text):
        (brackets if m.group() in "()[]" else punctuation).append(m.start())
    return brackets, punctuation


def _glued(text: str, vocab: Vocabulary, blocked: _Spans) -> list[Edit]:
    edits: list[Edit] = []
    brackets, punctuation = _glued_marks(text)
    for pos in brackets:
        if blocked.hit(pos, pos + 1):
            continue
        left, right = _word_before(text, pos), _word_after(text, pos + 1)
        if not (_common(left, vocab) and _common(right, vocab)) or _code_bracket(text, pos, left, right, vocab):
            continue
        mark = text[pos]
        balanced = _paired(text, pos, mark)
        if balanced:
            replacement = f" {mark}" if mark in "([" else f"{mark} "
            edits.append(Edit(pos, pos + 1, replacement, RULE_BRACKET,
                              f"'{mark}' glued between two words ('{left}', '{right}'); its pair "
                              f"closes it, so a space was lost", 0.9, True))
        else:
            edits.append(Edit(pos, pos + 1, " ", RULE_BRACKET,
                              f"'{mark}' between two words ('{left}', '{right}') with no "
                              f"'{_PAIRS[mark]}' pairing it in the paragraph: a misread space", 0.75, True))
    for pos in punctuation:
        if blocked.hit(pos, pos + 1):
            continue
        left, right = _word_before(text, pos), _word_after(text, pos + 1)
        whole = text[pos - len(left):pos + 1 + len(right)]
        if _looks_like_name(text, pos, left, right) or _code_mark(text, pos, left, right):
            continue
        if not (_known(left, vocab) and _known(right, vocab)) or vocab.own_exact[whole] or vocab.others_exact[whole]:
            continue
        mark = text[pos]
        if mark in ".!?" and not right[0].isupper() or mark == "." and right in ("I", "A") and not left.islower():
            # (after a capitalised word a stop and an I are an abbreviation's and a numeral's: Ch.I, Vol.I)
            continue
        edits.append(Edit(pos + 1, pos + 1, " ", RULE_PUNCT,
                          f"'{mark}' glued between two words ('{left}', '{right}'): a space "
                          f"lost after it", 0.9, True))
    return edits


# A plain-text witness may quote code (a modern edition's article on a program) or write
# a bracket inside a word ('(re)bind'): the signs below are of code and of the author,
# never of an OCR's lost space, so the glued rules leave such marks alone.

#: a bracket's contents that only code writes: an assignment or a keyword argument, an
#: identifier's underscore (not an _italic_ word's), a dotted name ('sys.exc_info'), a
#: nested bracket or brace
_CODE_CONTENTS_RE = re.compile(r"[={}()\[\]]|[^\W_](?:\\?_)+[^\W_]|(?:\\?_){2}|[^\W\d_]{2}\.[^\W\d_]{2}")
#: an argument list's marks, and two words with only spaces between them (prose)
_ARGUMENT_MARKS_RE = re.compile(r"[,*]")
_PROSE_RUN_RE = re.compile(r"[^\W\d_][ \t]+[^\W\d_]")
#: what follows a call or a subscript and never a parenthesis of prose: a member
#: ('type(m).__enter__'), a call, an index, a block's colon at the line's end, an operator
#: (an underscore or a bracket may come escaped, as the Markdown output writes it: a
#: second cleaning finds the same signs)
_AFTER_CALL_RE = re.compile(r"\.\\?\w|\\?[(\[]|:[ \t]*(?:\n|$)|[ \t]*(?:[=!<>]=|->|[=+/%<>])(?=\s|$)")
#: a line of code: an indented assignment
_CODE_LINE_RE = re.compile(r"[ \t]+[\w.\[\]]+[ \t]*=[ \t]*[^\s=]")
#: an interactive session's prompt at a line's start: its paragraph is code and its output
_PROMPT_RE = re.compile(r"(?:^|\n)[ \t]*>>>[ \t]")
_QUOTES = "\"'`*"


def _bracket_group(text: str, pos: int) -> tuple[int, int] | None:
    """The bracket at pos and its pair in the paragraph, as (open, close), nested pairs skipped."""
    mark = text[pos]
    pair = _PAIRS[mark]
    step = 1 if mark in "([" else -1
    depth, i = 0, pos
    while 0 <= i < len(text) and text[i:i + 2] != "\n\n":
        if text[i] == mark:
            depth += 1
        elif text[i] == pair:
            depth -= 1
            if depth == 0:
                return (pos, i) if step > 0 else (i, pos)
        i += step
    return None


def _code_bracket(text: str, pos: int, left: str, right: str, vocab: Vocabulary) -> bool:
    """Whether the bracket at pos, between the words left and right, is code's or the author's.

    A call or an index ('type(manager).__aenter__', 'class Foo(object):', 'len(s) == 2'),
    an argument list ('exit(manager, *sys.exc_info())'), a method ('str.center(width'),
    a quoted call ('"str(object)"'), a line of code ('>>> list(keys)'), or a part of a word
    in brackets ('(re)bind', 'cl(ear)'): removing the brackets leaves a word of the language.
    """
    start = pos - len(left)
    # a method ('str.center(') or an identifier's last part ('a_b(', 'x2(')
    if start > 0 and (text[start - 1] == "." or text[start - 1].isdigit()
                      or (text[start - 1] == "_" and text[start - 2:start - 1].isalnum())):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    if _CODE_LINE_RE.match(text, line_start):
        return True
    paragraph_end = text.find("\n\n", pos)
    if _PROMPT_RE.search(text, max(0, text.rfind("\n\n", 0, pos)), len(text) if paragraph_end < 0 else paragraph_end):
        return True
    group = _bracket_group(text, pos)
    if group is None:
        return False
    opening, closing = group
    inner = text[opening + 1:closing]
    if inner in (left, right) and vocab.zipf(left + right) > 0:
        return True  # the brackets hold exactly a part of one word
    if _CODE_CONTENTS_RE.search(inner) or (_ARGUMENT_MARKS_RE.search(inner) and not _PROSE_RUN_RE.search(inner)):
        return True
    if _AFTER_CALL_RE.match(text, closing + 1):
        return True
    # a bracket opened inside another with no space ('[[fill]align]'), or a call quoted
    # or bracketed whole ('"str(object)"', '{double(val)}', '[len(prefix):]')
    if pos == closing and opening > 0 and text[opening - 1] in "[(":
        return True
    before = opening - (len(left) if pos == opening else 0)
    return (before > 0 and text[before - 1] in _QUOTES + "[({" and closing + 1 < len(text)
            and text[closing + 1] in _QUOTES + "]}):")


def _code_mark(text: str, pos: int, left: str, right: str) -> bool:
    """Whether the punctuation at pos, between the words left and right, is code's.

    A dotted name with an inner capital ('typing.TypeVar'), or quoted or bracketed
    ('"decimal.Decimal"', 'x[index:index]', '<Menu.SPAM:'), or called or indexed
    ('pdb.Pdb(', 'typing.Generic[T]').
    """
    mark = text[pos]
    if mark not in ".:":
        return False
    start, end = pos - len(left), pos + 1 + len(right)
    after = text[end:end + 1]
    if after and after in "([=+":
        return True  # (an identifier's underscore after it: _looks_like_name, asked first)
    if mark == "." and any(a.islower() and b.isupper() for a, b in zip(right, right[1:])):
        return True
    before = text[start - 1:start] if start > 0 else ""
    if mark == ":" and before and before in "[<":
        return True  # a slice or a field: 'x[start:end]', '[filename:lineno'
    return bool(before) and before in _QUOTES + "[<" and (after == "" or after in _QUOTES + "]>([:+")


#: the words a lost space most often glues to another: the function words and the
#: personal pronouns, the archaic ones too (ofthe, Andwhen, heardthe, Ioften, saidhe, yeby)
_GLUE_WORDS = FUNCTION_WORDS | frozenset("i me we us you he him she it they them ye thee thou".split())
#: of those, the ones English also writes as a prefix or a suffix of a word of its own
#: ('bedim', 'overweigh', 'assemblance'; 'resistless', 'gladsome', 'hereon'): beside a
#: word that is no function word or pronoun, no evidence of a lost space
_PREFIX_LIKE = frozenset("a as be by for in on over under up out with after".split())
_SUFFIX_LIKE = frozenset("""as at on or so us me we it less most more some ever where with all
    over under no up out be by do""".split())
#: the adverbs English writes with a preposition as one word (whereto, thereat, hereof) as
#: well as apart ('knew not where to go'): a reading of one and a function word splits only
#: on the witness's twenty to one (CONTEXT_DOMINANCE), not on LOST_SPACE_APART
_PRONOMINAL = frozenset("where there here".split())
#: of _PREFIX_LIKE, the prefixes English still builds new words with ('overallocation',
#: 'outperform', 'upsample', 'aftercare'): a reading no lexicon knows is such a word as often
_PRODUCTIVE = frozenset("over under out up after".split())
#: a reading the lexicon knows only at the level of its OCR noise splits where this witness
#: writes its two words apart this many times or more, and this many times as often as
#: together (a witness's own evidence, as _witness_whole counts a word three times)
LOST_SPACE_APART = 3
_GLUE_ALTERNATION = "|".join(sorted(_GLUE_WORDS, key=len, reverse=True))
_GLUE_AT_START_RE = re.compile(rf"(?i:{_GLUE_ALTERNATION})[^\W\d_]")
_GLUE_AT_END_RE = re.compile(rf"[^\W\d_](?:{_GLUE_ALTERNATION})$")


@lru_cache(maxsize=8)
def _glued_everyday(lang: str) -> frozenset[str]:
    """Everyday words of the lexicon (Zipf COMMON to COMMON + 1) that are two function words
    or pronouns run together, at the level of its OCR noise (FAINT_DOMINANCE below the
    rarer: 'ofthe' 3.3), in small letters and capitalised: the only readings above COMMON
    _lost_spaces can split."""
    table = zipf_table(lang)
    # (both words then have Zipf COMMON + FAINT_DOMINANCE or more: a dozen)
    glue = [w for w in _GLUE_WORDS if len(w) >= 2 and table.get(w, 0.0) >= COMMON + FAINT_DOMINANCE]
    out = set()
    for a in glue:
        for b in glue:
            z = table.get(a + b, 0.0)
            if COMMON <= z < COMMON + 1 and min(table[a], table[b]) - z >= FAINT_DOMINANCE:
                out.update((a + b, a[:1].upper() + a[1:] + b))
    return frozenset(out)


@dataclass(frozen=True)
class _LostSpace:
    """Where a reading splits into two words, and on what evidence."""

    at: int
    left: str
    right: str
    evidence: str
    confidence: float
    applied: bool
    needs_pairs: bool  # (applied only where the witness writes the two words apart far more often)
    ratio: int = CONTEXT_DOMINANCE  # (with needs_pairs: apart at least this many times as often as together,
    least: int = 0                  # and at least this many times)
    rival: tuple[int, str, str] | None = None  # (another split as good: the witness's pairs may choose)
    or_suggest: bool = False  # (with needs_pairs: a suggestion where the pairs fall short, not nothing)
    opens: bool = False  # (only where the reading opens a sentence: elsewhere a capitalised one is a name)
    habit: bool = False  # (with needs_pairs: where the pairs fall short, applied on the witness's habit, _lost_space_edits)
    and_habit: bool = False  # (with needs_pairs: applied where the pairs suffice and the witness's habit holds)


def _two_words(token: str, a: str, b: str, vocab: Vocabulary) -> str:
    """The evidence that ``token`` reads as the words ``a`` and ``b``: the reading and their frequencies."""
    return f"reading {vocab.describe(token)}; '{a}' and '{b}' are words ({vocab.zipf(a):.2f}, {vocab.zipf(b):.2f})"


def _best_first(splits: list[tuple]) -> list[tuple]:
    """A reading's splits, the best scored first, of two as good the one split earlier."""
    return sorted(splits, key=lambda s: (-s[0], s[1]))


def _apart_ratio(a: str, b: str) -> int:
    """How many times as often as together the witness must write ``a`` and ``b`` apart:
    CONTEXT_DOMINANCE beside where/there/here ('whereto' is a word, 'where to' a phrase
    an author writes often), else LOST_SPACE_APART."""
    return CONTEXT_DOMINANCE if a.lower() in _PRONOMINAL or b in _PRONOMINAL else LOST_SPACE_APART


def _piece_score(piece: str, counted_as: str, vocab: Vocabulary) -> float:
    """A piece of a run-together reading as a word: its frequency, at least COMMON where the
    edition writes it as a word of its own (twice in this witness, or in another;
    ``counted_as``: the piece as the counts spell it)."""
    z = vocab.zipf(piece)
    return max(z, COMMON) if vocab.own[counted_as] >= 2 or vocab.others[counted_as] else z


def _lost_spaces(tokens: Iterable[str], vocab: Vocabulary) -> dict[str, _LostSpace]:
    """Readings that are two words run together, where a space the OCR lost is the clear
    reading: token -> where it splits.

    Other shapes go elsewhere: a possessive run on (_after_a_possessive), a small-letter
    word run into a capital (_before_a_capital), two words neither of them a function
    word (_run_together). Here one of the two is a function word or a personal pronoun
    (the words a lost space glues most: 'ofthe', 'Andwhen', 'heardthe', 'Ioften'), the
    other an everyday word (COMMON) of three letters or more, or one this edition writes,
    and no ending ('willest'). No other witness spells the reading so, and a capitalised
    one the witness repeats is a name ('Youatt'). A reading no lexicon knows (below
    WEAK_READING) splits where exactly one split is that good; a reading the lexicon knows
    at the level of its own OCR noise (FAINT_DOMINANCE below its rarer word: 'ofthe' 3.3),
    into one letter only from four letters on ('Ina', 'ais' stay), and only where this
    witness writes the two apart LOST_SPACE_APART times and as many times as often as the
    reading (CONTEXT_DOMINANCE times beside where/there/here; _lost_space_edits). A rival
    within MARGIN makes it a suggestion, which the witness's pairs may settle
    (_chosen_by_pairs: 'athis'). A function word English also builds words with
    ('bedim', 'resistless': _PREFIX_LIKE, _SUFFIX_LIKE) or a capitalised reading split as
    a name would ('Wanda', 'Agreat') goes to _on_pairs_only or _run_together.
    """
    out: dict[str, _LostSpace] = {}
    glue_at_start, glue_at_end = _GLUE_AT_START_RE.match, _GLUE_AT_END_RE.search
    for token in tokens:
        if len(token) < 3 or not token.isalpha():
            if (split := _after_a_possessive(token, vocab)) is not None:
                out[token] = split
            continue
        if token[0].islower() and not token.islower():
            if (split := _before_a_capital(token, vocab)) is not None:
                out[token] = split
            continue
        if not (glue_at_start(token) or glue_at_end(token)):
            if (split := _run_together(token, vocab) or _after_a_name(token, vocab)) is not None:
                out[token] = split
            continue
        if vocab.others_exact[token] or not token[1:].islower():
            continue
        if token[0].isupper() and vocab.own_exact[token] > 1:
            continue  # a capitalised reading the witness repeats is a name it spells so ('Youatt')
        z = vocab.zipf(token)
        if z >= COMMON + 1:
            continue
        splits, guarded = [], []
        for i in range(1, len(token)):
            a, b = token[:i], token[i:]
            la = a.lower()
            if len(a) == 1 and la not in ("a", "i") or len(b) == 1 and b != "a":
                continue
            if la == "i" and a != "I":
                continue
            glue_a, glue_b = la in _GLUE_WORDS, b in _GLUE_WORDS
            if not glue_a and not glue_b:
                continue
            # (a word and a prefix or a suffix: perhaps a word of its own; _on_pairs_only)
            affixed = not (glue_a and glue_b) and not (glue_a and la not in _PREFIX_LIKE) \
                and not (glue_b and b not in _SUFFIX_LIKE)
            word = a if not glue_a else b if not glue_b else ""
            if word and (word.lower() in SUFFIX_FRAGMENTS or len(word) <= 2):
                continue  # ('willest': an ending, not a word; 'ognor', 'deof': no word of two letters)
            # (a name: 'Wanda', 'Romanof'; 'And many', 'Felix was' are no name; _on_pairs_only)
            named = token[0].isupper() and not (a == "I" or (glue_a and glue_b)
                                                or (glue_a != glue_b and len(a if glue_a else b) >= 3 and b != "a"))
            za, zb = _piece_score(a, la, vocab), _piece_score(b, b, vocab)
            if min(za, zb) >= COMMON:
                (guarded if affixed or named else splits).append((min(za, zb), i, a, b))
        if not splits:
            if (split := _run_together(token, vocab) or _on_pairs_only(token, z, guarded, vocab)
                    or _glued_to_a_long_word(token, z, vocab)) is not None:
                out[token] = split
            continue
        splits = _best_first(splits)
        best, i, a, b = splits[0]
        rival = splits[1] if len(splits) > 1 else None
        why = _two_words(token, a, b, vocab)
        # (not 'Ina', 'ais': a reading of three letters the lexicon knows is a name as often)
        noise = best - z >= FAINT_DOMINANCE and (min(len(a), len(b)) >= 2 or len(token) >= 4)
        if rival is not None and best - rival[0] < MARGIN:
            # ('athis': 'a this' or 'at his'; the witness's pairs may choose, _lost_space_edits)
            choose = z < WEAK_READING or (noise and rival[0] - z >= FAINT_DOMINANCE)
            out[token] = _LostSpace(i, a, b, f"{why}; as well '{rival[2]} {rival[3]}'", 0.4, False, False,
                                    rival=rival[1:] if choose else None)
        elif z < WEAK_READING:
            out[token] = _LostSpace(i, a, b, f"{why}: a space lost between two words", 0.8, True, False)
        elif noise and z < RARE_WORD and _commonest_pair(a, b, vocab):
            # (a compound of two such words would be common enough for the lexicon to know it)
            out[token] = _LostSpace(i, a, b, f"{why}, ten thousand times as frequent, both among the commonest "
                                    f"thousand", 0.8, True, True, ratio=1, least=1, habit=True)
        elif noise:
            apart = _apart_ratio(a, b)
            out[token] = _LostSpace(i, a, b, f"{why}, ten thousand times as frequent", 0.8, True, True,
                                    ratio=apart, least=0 if apart == CONTEXT_DOMINANCE else apart,
                                    habit=z < RARE_WORD and apart != CONTEXT_DOMINANCE)
        elif (split := _thousandfold(token, z, best, i, a, b, vocab)) is not None:
            out[token] = split
    return out


def _thousandfold(token: str, z: float, best: float, i: int, a: str, b: str, vocab: Vocabulary) -> _LostSpace | None:
    """A reading in small letters the lexicon has below RARE_WORD whose split is only
    DOMINANCE (a thousand times) more frequent, not FAINT_DOMINANCE ('sawa' 2.31), of no
    function word English builds words with (_on_pairs_only's: 'aright', 'abed', 'afire'
    are words): applied only where the witness writes the two apart LOST_SPACE_APART
    times and as many times as often and its OCR loses spaces (_lost_space_edits,
    _by_habit); a suggestion where only the pairs say so; else nothing."""
    if not token.islower() or z >= RARE_WORD or best - z < DOMINANCE or _apart_ratio(a, b) == CONTEXT_DOMINANCE:
        return None
    return _LostSpace(i, a, b, f"{_two_words(token, a, b, vocab)}, a thousand times as frequent", 0.8, True, True,
                      ratio=LOST_SPACE_APART, least=LOST_SPACE_APART, and_habit=True)


_POSSESSIVE_GLUED_RE = re.compile(r"([^\W\d_]+['\u2019]s)([^\W\d_]{3,})")


def _commonest_pair(a: str, b: str, vocab: Vocabulary) -> bool:
    """Whether ``a`` and ``b`` are both among the commonest thousand words (RUN_TOGETHER_WORDS),
    neither where/there/here: a reading of the two run together that the lexicon has only
    as its noise and not even as a rare word (below RARE_WORD: 'itwill', 'notso'; not
    'tobe') splits where the witness writes them apart as often as together, once at
    least (_lost_space_edits), not LOST_SPACE_APART times."""
    return min(vocab.zipf(a), vocab.zipf(b)) >= RUN_TOGETHER_WORDS and _apart_ratio(a, b) != CONTEXT_DOMINANCE


def _after_a_possessive(token: str, vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading, written once and by no other witness, is a word's possessive and
    an everyday word (COMMON) in small letters run together ('David’sson', 'man’sears'):
    no word of English goes on after its possessive 's."""
    m = _POSSESSIVE_GLUED_RE.fullmatch(token)
    if m is None or vocab.own_exact[token] > 1 or vocab.others_exact[token]:
        return None
    left, right = m.groups()
    if not right.islower() or vocab.zipf(right) < COMMON or right in SUFFIX_FRAGMENTS:
        return None
    return _LostSpace(len(left), left, right, f"reading {vocab.describe(token)}; '{right}' is a word "
                      f"({vocab.zipf(right):.2f}) after a possessive: a space lost between two words",
                      0.8, True, False)


def _before_a_capital(token: str, vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading, written once and by no other witness, is a word in small letters
    (a function word or pronoun, or an everyday word of four letters or more) and a
    capitalised word (everyday, or one this witness writes) run together ('ofDecember',
    'ofOlives'): applied where the witness writes the two words apart, else a suggestion,
    for an identifier is written so too ('onClick', 'forEach', 'toString': not only in a
    call, which _code_like knows)."""
    if not token.isalpha() or vocab.own_exact[token] > 1 or vocab.others_exact[token]:
        return None
    # (the first letter that is no small one: a titlecase letter, 'ǅ', is neither case)
    at = next((i for i, c in enumerate(token) if not c.islower()), None)
    if at is None:
        return None
    left, right = token[:at], token[at:]
    if len(left) < 2 or len(right) < 2 or not right[1:].islower():
        return None
    if not (left in _GLUE_WORDS or len(left) >= 4 and vocab.zipf(left) >= COMMON):
        return None
    if not (vocab.zipf(right) >= COMMON or vocab.own_exact[right] or vocab.others_exact[right]):
        return None
    return _LostSpace(len(left), left, right, f"{_two_words(token, left, right, vocab)}, the second capitalised: "
                      f"a space lost between two words", 0.8, True, True, ratio=1, least=1, or_suggest=True,
                      habit=left in _GLUE_WORDS and vocab.zipf(token) < WEAK_READING)


def _on_pairs_only(token: str, z: float, splits: list[tuple[float, int, str, str]],
                   vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading no lexicon knows, or one at the level of its OCR noise (FAINT_DOMINANCE),
    splits into a function word English also builds words with and a word ('afew',
    'intimes'), or a capitalised one as a name would ('Agreat', 'Assoon'): only where the
    witness writes the two words apart LOST_SPACE_APART times or more and as many times
    as often as together (twenty to one beside where/there/here), a capitalised one only
    where it opens a sentence (see _lost_space_edits), and one split only."""
    if not splits:
        return None
    splits = _best_first(splits)
    best, i, a, b = splits[0]
    if len(splits) > 1 and best - splits[1][0] < MARGIN or not (z < WEAK_READING or best - z >= FAINT_DOMINANCE):
        return None
    return _LostSpace(i, a, b, f"{_two_words(token, a, b, vocab)}: a space lost between two words", 0.8, True, True,
                      ratio=_apart_ratio(a, b), least=LOST_SPACE_APART, opens=token[0].isupper())


#: the least length of a rarer word a function word is run into: a word this long is no
#: chance of a reading's letters ('Iabstained', 'isunquenchable'; not 'ifrit', 'Ina')
LONG_PIECE = 6
#: of this many letters, a word the lexicon knows only rarely is no chance either ('unquenchable';
#: not 'signific' in 'significand')
LONGER_PIECE = 10


def _glued_to_a_long_word(token: str, z: float, vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading no lexicon knows (below WEAK_READING), written once, is a function
    word or pronoun that builds no words (not _PREFIX_LIKE before, not _SUFFIX_LIKE after)
    and a word in small letters of LONG_PIECE letters or more that the lexicon has (RARE_WORD
    or more; of LONGER_PIECE letters, WEAK_READING or more) run together ('Iabstained',
    'isunquenchable', 'andingratitude'), and no other split is such: a word that rare
    _lost_spaces does not weigh."""
    if z >= WEAK_READING or vocab.own_exact[token] > 1 or not token[1:].islower():
        return None
    found = []
    for i in range(1, len(token)):
        a, b = token[:i], token[i:]
        if a in _GLUE_WORDS and a not in _PREFIX_LIKE or a == "I":
            word = b
        elif b in _GLUE_WORDS and b not in _SUFFIX_LIKE and token[0].islower():
            word = a
        else:
            continue
        if len(word) >= LONG_PIECE and word.islower() and word not in SUFFIX_FRAGMENTS and vocab.zipf(word) >= (
                WEAK_READING if len(word) >= LONGER_PIECE else RARE_WORD):
            found.append((i, a, b))
    if len(found) != 1:
        return None
    i, a, b = found[0]
    return _LostSpace(i, a, b, f"{_two_words(token, a, b, vocab)}: a function word run into a word of "
                      f"{max(len(a), len(b))} letters, a space lost between two words", 0.8, True, False)


#: two words run together, both at least this common (Zipf: a hundred in a million words,
#: the commonest thousand or so), into a reading no lexicon knows, are no compound: one of
#: two words that common would be common enough for the lexicon to know it
RUN_TOGETHER_WORDS = COMMON + 2


#: the endings of a word's other forms (frozenset, frozensets; cleanse, cleanseth)
_ENDINGS = ("s", "es", "d", "ed", "ing", "th", "eth", "st", "est")


#: the particles, pronouns and function words that follow a verb or noun as words of their
#: own but build no word after an inflected form ('plantsup', 'sittingdown', 'appearedso',
#: 'busiedmyself'; not the endings 'less', 'some', 'most', 'ever', 'where': 'meaningless')
_AFTER_INFLECTION = (_GLUE_WORDS - frozenset("less more most some ever where all over under with".split())) | \
    frozenset("up down out off away back forth myself himself herself itself ourselves yourself "
              "yourselves themselves".split())
#: an inflection and what its stem ends in without it (plants, raised, appeared, busied,
#: rising, sitting; the doubled consonant undone by _stem_zipf)
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"))


def _stem_zipf(word: str, vocab: Vocabulary) -> float:
    """The frequency of the commonest stem of ``word`` as an inflected form (a plural or a
    verb's -s, -ed, -ing form: 'plants', 'busied', 'sitting'), four letters or more in small
    letters; 0.0 where it is none. A function word is no inflected form ('this', 'was')."""
    if len(word) < 4 or not word.islower() or word in _GLUE_WORDS:
        return 0.0
    best = 0.0
    for end, back in _INFLECTIONS:
        if word.endswith(end) and len(word) - len(end) >= 2:
            stem = word[:-len(end)]
            stems = (stem + back, stem[:-1]) if not back and stem[-1:] == stem[-2:-1] else (stem + back,)
            best = max(best, *(vocab.zipf(s) for s in stems if len(s) >= 2))
    return best


def _run_together(token: str, vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading in small letters no lexicon and no witness knows, written once, and
    not in another form, with an ending or without ('frozensets' beside 'frozenset',
    'schoolfellow' beside 'schoolfellows'), splits into two words
    neither of which is a function word or pronoun (those _lost_spaces weighs): two
    everyday words (COMMON) or words this edition writes, each of four letters or more,
    of three that this witness writes twice, or of two among the commonest thousand
    that it writes twice ('releasedinstead', 'wayup'; not 'amasing': 'ama' is the
    lexicon's), and exactly one split that good (a rival within MARGIN makes it a
    suggestion). No ending ('willest'). Two of the commonest thousand (RUN_TOGETHER_WORDS)
    split outright; others only where the witness writes the two words apart elsewhere,
    and not with a hyphen (see
    _lost_space_edits): an author's compound ('turnspit', 'schoolfellow') is two such words
    as well, and stays a suggestion; a word built with a function word English also builds
    words with (_PREFIX_LIKE, _SUFFIX_LIKE: 'bedim', 'resistless') not even that.
    """
    if not token.islower() or vocab.own[token] > 1 or vocab.others[token] or vocab.zipf(token) >= WEAK_READING:
        return None
    if any(token.endswith(e) and vocab.own[token[:-len(e)]] or vocab.own[token + e] for e in _ENDINGS):
        return None  # (the witness writes it in another form: a word of its own, 'frozensets', 'schoolfellow')
    splits = []
    for i in range(1, len(token)):
        a, b = token[:i], token[i:]
        glue_a, glue_b = a in _GLUE_WORDS, b in _GLUE_WORDS
        if glue_a and glue_b or glue_a and a not in _PREFIX_LIKE or glue_b and b not in _SUFFIX_LIKE:
            continue
        # the words beside the affix, or both: four letters or more, or three the witness
        # writes elsewhere, or two of the commonest it writes (the lexicon's short words are
        # often web noise: 'amasing'; 'wayup')
        words = [w for w, glue in ((a, glue_a), (b, glue_b)) if not glue]
        if any(w in SUFFIX_FRAGMENTS or len(w) < 2 or len(w) < 4 and vocab.own[w] < 2
               or len(w) == 2 and vocab.zipf(w) < RUN_TOGETHER_WORDS for w in words):
            continue
        # (an inflected form before a particle scores as its stem: 'busiedmyself')
        za = max(_piece_score(a, a, vocab), _stem_zipf(a, vocab) if b in _AFTER_INFLECTION else 0.0)
        zb = _piece_score(b, b, vocab)
        if min(za, zb) >= COMMON:
            splits.append((min(za, zb), i, a, b, glue_a or glue_b))
    if not splits:
        return None
    splits = _best_first(splits)
    best, i, a, b, affix = splits[0]
    why = _two_words(token, a, b, vocab)
    if len(splits) > 1 and best - splits[1][0] < MARGIN:
        return _LostSpace(i, a, b, f"{why}; as well '{splits[1][2]} {splits[1][3]}'", 0.4, False, False)
    if b in _AFTER_INFLECTION and _stem_zipf(a, vocab) >= COMMON:
        # (English builds no word with an inflection inside it: 'plantsup', 'appearedso')
        return _LostSpace(i, a, b, f"{why}, '{a}' an inflected form before a particle or pronoun: a space "
                          f"lost between two words", 0.8, True, False)
    if not affix and min(vocab.zipf(a), vocab.zipf(b)) >= RUN_TOGETHER_WORDS:
        # (a compound of two such words would be common enough for the lexicon to know it)
        return _LostSpace(i, a, b, f"{why}, both among the commonest thousand: a space lost between "
                          f"two words", 0.8, True, False)
    return _LostSpace(i, a, b, f"{why}: a space lost between two words", 0.8, True, True,
                      ratio=0, least=1, or_suggest=not affix,
                      habit=affix and a in _PREFIX_LIKE and a not in _PRODUCTIVE and a[-1] != b[0]
                      and len(b) >= LONG_PIECE and vocab.zipf(b) >= COMMON)


def _after_a_name(token: str, vocab: Vocabulary) -> _LostSpace | None:
    """Where a capitalised reading no lexicon and no witness knows, written once, is a name
    and an everyday word run together ('Jesusseeing'): a name this witness writes
    LOST_SPACE_APART times or more and never in small letters, and a word of four letters
    or more, everyday (COMMON), no ending, that it writes elsewhere; exactly one such
    split. Applied where the witness writes the two apart elsewhere, else a suggestion (a
    place's name is built so: 'Thornfield')."""
    if not token[1:].islower() or not token[0].isupper() or vocab.own_exact[token] > 1 \
            or vocab.others[token.lower()] or vocab.zipf(token) >= WEAK_READING:
        return None
    found = []
    for i in range(2, len(token) - 3):
        name, word = token[:i], token[i:]
        if vocab.own_exact[name] >= LOST_SPACE_APART and vocab.own[name.lower()] == vocab.own_exact[name] \
                and vocab.own[word] and vocab.zipf(word) >= COMMON and word not in SUFFIX_FRAGMENTS:
            found.append((i, name, word))
    if len(found) != 1:
        return None
    i, a, b = found[0]
    return _LostSpace(i, a, b, f"{_two_words(token, a, b, vocab)}, '{a}' a name this witness writes "
                      f"{_times(vocab.own_exact[a])}: a space lost between two words", 0.8, True, True,
                      ratio=1, least=1, or_suggest=True)


def _lost_space_pairs(lost: Mapping[str, _LostSpace]) -> set[tuple[str, str]]:
    """The pairs _lost_space_edits asks the witness about: a split's two words, where its
    evidence needs them or a rival's split is as good, and the rival's."""
    out = set()
    for split in lost.values():
        if split.needs_pairs or split.rival is not None:
            out |= wanted_pairs(split.left, split.right)
        if split.rival is not None:
            out |= wanted_pairs(*split.rival[1:])
    return out


def _code_like(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is written as code is: a call or a member
    ('isinstance(', 'str.isdigit'), a file name ('myscript.py'), a path or an identifier."""
    before, after = text[start - 1:start], text[end:end + 2]
    return before in ("." , "_", "/", "\\") or after[:1] in ("(", "_", "/", "\\", "[") or (
        after[:1] == "." and after[1:].isalpha())


def _lost_space_edits(text: str, lost: Mapping[str, _LostSpace], places: Iterable[_Place], vocab: Vocabulary,
                      pairs: Counter[tuple[str, str]], apply: bool) -> list[Edit]:
    """A space put back at each place of a reading _lost_spaces splits, but not in code
    (_code_like), a split that ``opens`` only at a sentence's opening, and of two splits
    as good the one the witness's pairs choose (_chosen_by_pairs). A split that
    ``needs_pairs`` stands where this witness writes the two words apart (``pairs``: the
    text as the token repairs leave it) ``least`` times and ``ratio`` times as often as
    the reading; short of that it is a suggestion (``or_suggest``) or nothing, and a
    suggestion too where the witness writes the two with a hyphen ('parent-species').

    A ``habit`` split short of the pairs, an ``and_habit`` one with them, and of two splits
    as good the one the witness writes apart and the other nowhere (_chosen_on_habit), of
    a reading written once and by no other witness, stand where this witness's OCR lost a
    space in LOST_SPACE_HABIT other readings or more on evidence of their own (_by_habit);
    short of that each is a suggestion."""
    edits, habitual, done = [], [], set()
    for m in places:
        if _code_like(text, m.start, m.end):
            continue
        split = lost[m.token]
        if split.opens and not _SENTENCE_END_RE.search(text[max(0, m.start - 6):m.start]):
            continue
        if split.rival is not None:
            split = _chosen_by_pairs(m.token, split, pairs, vocab)
            if not split.applied and (why := _chosen_on_habit(m.token, split, pairs, vocab)):
                habitual.append((m, replace(split, confidence=0.8), why, _misread_word(m.token, split, vocab)))
                continue
        evidence, applied = split.evidence, split.applied and apply
        if split.needs_pairs:
            apart, glued = pair_total(pairs, split.left, split.right), vocab.own_exact[m.token]
            once = glued == 1 and not vocab.others_exact[m.token]
            short = apart < max(split.least, split.ratio * glued)
            if split.and_habit or split.habit and short:
                # (the pairs fall short, or suffice only with the habit: the OCR's habit decides)
                if once and not (split.and_habit and short):
                    habitual.append((m, split, f"{evidence}; this witness writes '{split.left} {split.right}' "
                                               f"{_times(apart)}, '{m.token}' once", _misread_word(m.token, split, vocab)))
                    continue
                if split.and_habit:
                    continue
            if short:
                if not split.or_suggest:
                    continue
                applied = False
            elif split.or_suggest and _hyphened(text, split.left, split.right):
                # (a compound the witness writes with a hyphen as well: 'parent-species')
                evidence += f"; this witness writes '{split.left}-{split.right}' too"
                applied = False
            evidence += f"; this witness writes '{split.left} {split.right}' {_times(apart)}, '{m.token}' {_times(glued)}"
        edits.append(Edit(m.start + split.at, m.start + split.at, " ", RULE_SPACE, evidence,
                          split.confidence if applied else min(split.confidence, 0.5), applied))
        if applied:
            done.add(m.token)
    return edits + _by_habit(habitual, len(done), apply) if habitual else edits


#: a witness whose OCR lost a space in this many readings or more, each split on evidence of
#: its own, loses spaces: there a reading no lexicon knows (or knows only as its noise),
#: written once, that is a function word and a word run together splits without the
#: witness writing the two apart elsewhere (clean books: none such in 457,000 words)
LOST_SPACE_HABIT = 5


def _by_habit(habitual: list[tuple["_Place", _LostSpace, str, str | None]], done: int, apply: bool) -> list[Edit]:
    """The lost spaces _lost_space_edits puts back on the witness's habit: applied where
    it split ``done`` readings on their own evidence, LOST_SPACE_HABIT or more, and the
    reading is no misreading of an everyday word (_misread_word: 'inan' may be 'man');
    else each a suggestion with its evidence."""
    habit = done >= LOST_SPACE_HABIT
    why = (f"; this witness's OCR lost a space in {done} other readings" if habit else
           f"; this witness's OCR lost a space in {done} other readings only, fewer than {LOST_SPACE_HABIT}")
    out = []
    for m, split, evidence, misread in habitual:
        applied = habit and apply and misread is None
        rival = f"; or '{misread}' misread, one confusion away" if misread else ""
        out.append(Edit(m.start + split.at, m.start + split.at, " ", RULE_SPACE, evidence + why + rival,
                        split.confidence if applied else min(split.confidence, 0.5), applied))
    return out


def _misread_word(token: str, split: _LostSpace, vocab: Vocabulary) -> str | None:
    """The commonest word one confusion of a reading no lexicon knows makes of ``token``,
    where it is everyday (COMMON) and within MARGIN of the rarer word of ``split`` or more
    frequent: a misreading as likely as the lost space ('inan': 'man', not 'in an')."""
    floor = max(COMMON, min(vocab.zipf(split.left), vocab.zipf(split.right)) - MARGIN)
    readings = [w for w in _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1) if vocab.zipf(w) >= floor]
    return max(readings, key=vocab.zipf, default=None)


def _repairs_split(text: str, edits: list[Edit], vocab: Vocabulary, lang: str, apply: bool) -> list[Edit]:
    """The applied repairs whose word is two words run together ('mayriot' read 'maynot':
    the lexicon's noise), each with the space _lost_spaces and _lost_space_edits would put
    back on a second pass (the witness's counts and pairs as the repairs leave them), so
    that a second cleaning changes nothing; the others as they are."""
    plain, glued = _plain_words(lang), _glued_everyday(lang)
    made = {e.replacement: e for e in edits
            if e.applied and e.replacement.isalpha() and (e.replacement not in plain or e.replacement in glued)}
    if not made:
        return edits
    repaired = vocab.recounted((text[e.start:e.end], e.replacement) for e in edits
                               if e.applied and " " not in e.replacement and text[e.start:e.end].isalpha())
    lost = _lost_spaces(made, repaired)
    if not lost:
        return edits
    done = _without_overlaps(sorted((e for e in edits if e.applied), key=lambda e: (e.start, e.end)))
    pairs = count_pairs(apply_edits(text, done)[0], _lost_space_pairs(lost))
    out = []
    for e in edits:
        split = lost.get(e.replacement) if e.applied else None
        space = _lost_space_edits(text, lost, [_Place(e.start, e.end, e.replacement)], repaired, pairs,
                                  apply) if split is not None else []
        if space and space[0].applied:
            at = space[0].start - e.start
            e = replace(e, replacement=f"{e.replacement[:at]} {e.replacement[at:]}",
                        evidence=f"{e.evidence}; then '{e.replacement}' {space[0].evidence}")
        out.append(e)
    return out


def _chosen_on_habit(token: str, split: _LostSpace, pairs: Counter[tuple[str, str]], vocab: Vocabulary) -> str | None:
    """The evidence for the split _chosen_by_pairs leaves a suggestion ('athis'), where the
    reading is written once and by no other witness, and the witness writes its two words
    apart elsewhere and its rival's nowhere: enough where its OCR loses spaces (_by_habit)."""
    if vocab.own_exact[token] != 1 or vocab.others_exact[token]:
        return None
    ours, theirs = pair_total(pairs, split.left, split.right), pair_total(pairs, *split.rival[1:])
    if not ours or theirs:
        return None
    return (f"{split.evidence}; this witness writes '{split.left} {split.right}' {_times(ours)}, "
            f"'{split.rival[1]} {split.rival[2]}' nowhere")


def _hyphened(text: str, left: str, right: str) -> bool:
    """Whether ``text`` writes ``left-right`` (in any case), a compound with a hyphen."""
    return re.search(rf"(?<![^\W\d_]){re.escape(left)}-\s*{re.escape(right)}(?![^\W\d_])", text, re.I) is not None


def _chosen_by_pairs(token: str, split: _LostSpace, pairs: Counter[tuple[str, str]],
                     vocab: Vocabulary) -> _LostSpace:
    """Of a reading's two splits as good ('athis': 'a this', 'at his'), the one this witness
    writes apart more often (its evidence names it first), applied where the witness
    writes it LOST_SPACE_APART times or more (and as many times as often as the reading)
    and the other nowhere; else a suggestion."""
    at, left, right = split.rival
    ours, theirs = pair_total(pairs, split.left, split.right), pair_total(pairs, left, right)
    glued = vocab.own_exact[token]
    if ours < theirs:
        split = replace(split, at=at, left=left, right=right, rival=(split.at, split.left, split.right),
                        evidence=f"{_two_words(token, left, right, vocab)}; as well '{split.left} {split.right}'")
        ours, theirs = theirs, ours
    if theirs or ours < LOST_SPACE_APART * max(1, glued):
        return split
    other = f"'{split.rival[1]} {split.rival[2]}'"
    return replace(split, evidence=f"{split.evidence}; this witness writes '{split.left} {split.right}' "
                                   f"{_times(ours)}, {other} nowhere", confidence=0.8, applied=True)


def _split_words(text: str, vocab: Vocabulary, blocked: _Spans, apply: bool = True) -> list[Edit]:
    """Two small-letter pieces (the first may be capitalised: 'Pi geon') that make one word
    more frequent than either piece, or one the witness writes (_witness_whole), or a word
    of the lexicon one of whose pieces is a fragment (_fragment_whole).

    A phrase and its compound (``any one``/``anyone``, ``all ready``/``already``, ``in
    to``/``into``) always has a piece commoner than the compound, so it is never joined.
    """
    edits: list[Edit] = []
    last_end = -1
    # a candidate joins into a word of the lexicon (RARE_WORD or more: _commoner_whole,
    # _fragment_whole) or one the witness writes three times or more (_witness_whole):
    # only those are looked up (in a set a sixth of the lexicon's size, where a lookup
    # misses the memory caches less)
    known = zipf_table(vocab.lang)
    joined = _known_words(vocab.lang).union(
        [w for w, n in vocab.own_exact.items() if n >= 3 and w.lower() in known])
    # decide on the distinct pairs first (most texts have no candidate at all), then visit
    # only the places where a candidate pair stands
    candidates = set()
    for a, b in _joinable_pairs(text, joined, capitalised=True):
        if _commoner_whole(a, b, vocab) or _witness_whole(a, b, vocab) or _fragment_whole(a, b, vocab) \
                or _whole_by_a_lone_piece(a, b, vocab):
            candidates.add((a, b))
    candidates.update(_no_word_pairs(text, vocab))
    if not candidates:
        return edits
    places = _pair_places(text, candidates)
    # a piece's count as a word of its own leaves out its places in candidate pairs: the
    # joins of this pass remove them, and a second pass must decide alike ('di sciples',
    # 'di stance')
    in_pairs = Counter(piece for start, end in places for piece in text[start:end].split(" "))
    for start, end in places:
        a, b = text[start:end].split(" ")
        space = start + len(a)
        if start < last_end or blocked.hit(start, end):
            continue
        joined = a + b
        za, zb = vocab.zipf(a), vocab.zipf(b)
        if _joins_a_neighbour(text, start, space + 1 + len(b), a, b, vocab):
            continue  # "nor th at": north at, or nor that? not for a filter to guess
        no_words = _whole_of_no_words(a, b, vocab)
        if a[0].isupper() and not _SENTENCE_END_RE.search(text[max(0, start - 6):start]) and not (
                _witness_whole(a, b, vocab) or _fragment_whole(a, b, vocab) or no_words):
            continue  # (a capitalised word inside a sentence is a name's: 'Then Ab out'; not 'The Pi geon')
        # two everyday words this witness uses far more often than the compound: a phrase
        # (not where one is a fragment written here only: 'sat ab out him'; but 'in deed')
        pieces_usual = min(za, zb) >= COMMON and not any(map(_short_fragment, _alone(a, b, vocab))) and (
            vocab.own_exact[a] - in_pairs[a] + vocab.own_exact[b] - in_pairs[b] > 2 * vocab.own_exact[joined] + 2)
        if pieces_usual:
            continue
        if vocab.others_exact[a] and vocab.others_exact[b] and not vocab.others_exact[joined]:
            continue
        lone = not (_commoner_whole(a, b, vocab) or _witness_whole(a, b, vocab) or _fragment_whole(a, b, vocab)
                    or no_words)
        if lone and _misread_function_word_written(text, start, space + 1 + len(b)):
            continue  # ('al though': 'although', or 'as though' misread, which the witness writes)
        if _commoner_whole(a, b, vocab):
            why = f"is commoner than '{a}' ({za:.2f}) and '{b}' ({zb:.2f})"
        elif lone:
            why = _whole_by_a_lone_piece(a, b, vocab)
        elif no_words:
            why = no_words
        elif not _witness_whole(a, b, vocab):
            piece = min(_alone(a, b, vocab), key=vocab.zipf)
            why = (f"is a word, and '{piece}' ({vocab.zipf(piece):.2f}) a fragment this edition "
                   f"writes nowhere else")
        else:
            why = (f"is how this witness spells it elsewhere, and '{min((a, b), key=vocab.zipf)}' "
                   f"is a rare word it has only here")
        edits.append(Edit(space, space + 1, "", RULE_SPLIT,
                          f"'{a} {b}': {vocab.describe(joined)} {why}: a space read inside a word",
                          0.8 if apply else 0.5, apply))
        last_end = space + 1 + len(b)
    return edits


def _joinable_pairs(text: str, known: Container[str], capitalised: bool = False) -> set[tuple[str, str]]:
    """The distinct pairs of small-letter words (with ``capitalised``, the first may be
    capitalised: 'Pi geon') parted by whitespace only (openers before the first, closers
    after the second: whitespace-separated pieces, as context.pieces_of cuts them) that
    join into a word of ``known`` (the first in small letters, or as written), three
    letters or more.

    Such a pair is two neighbouring words of _word_split with whitespace between them and
    only openers (closers) between them and the whitespace before (after). The neighbours
    that join into a word (a few hundred of a book's tens of thousands) are picked out at C
    speed; only they are looked at.
    """
    parts = _word_split(text)
    words = parts[1::2]
    last = len(words) - 1
    joining = compress(range(last), map(known.__contains__, map(str.__add__, words, words[1:])))
    if capitalised:
        # (a capitalised first word, a tenth of a book's, joins in small letters: 'Pi geon')
        titled = compress(range(last), map(str.istitle, words))
        joining = chain(joining, (j for j in titled if (words[j] + words[j + 1]).lower() in known))
    return _pairs_at(parts, joining, capitalised)


def _pairs_at(parts: list[str], indices: Iterable[int], capitalised: bool) -> set[tuple[str, str]]:
    """The pairs of words ``j`` and ``j + 1`` of ``parts`` (_word_split) for each ``j`` of
    ``indices`` that _joinable_pairs may join: small letters (with ``capitalised``, the
    first may be capitalised), three letters or more, parted by whitespace only, openers
    before the first and closers after the second."""
    last = len(parts) // 2 - 1
    out: set[tuple[str, str]] = set()
    for j in indices:
        a, b = pair = parts[2 * j + 1], parts[2 * j + 3]
        if pair in out:
            continue  # (found: a book writes 'in to', 'be came' many times, all alike for the set)
        if not (a.isalpha() and b.isalpha() and (a.islower() or capitalised and a[1:].islower() and a[0].isupper())
                and b.islower() and len(a) + len(b) >= 3):
            continue
        # (word j is parts[2j + 1]: the stretches before, between and after the two)
        before, between, after = parts[2 * j], parts[2 * j + 2], parts[2 * j + 4]
        opened, closed = before.rstrip(_OPENERS), after.lstrip(_CLOSERS)
        if (between.isspace() and (opened[-1:].isspace() or (j == 0 and not opened))
                and (closed[:1].isspace() or (j + 1 == last and not closed))):
            out.add(pair)
    return out


def _no_word_pairs(text: str, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The pairs _joinable_pairs may join that _whole_of_no_words joins: beside a word of
    the witness the lexicon does not know (below WEAK_READING), written once. Those are a
    few dozen of a book's words; only the pairs beside one are looked at."""
    once = [w for w, n in vocab.own_exact.items() if n == 1]
    unknown = {w for w in set(once).difference(_known_words(vocab.lang)) if vocab.zipf(w) < WEAK_READING}
    if not unknown:
        return set()
    words, written = _word_split(text)[1::2], vocab.own_exact
    beside = set()
    for j in compress(range(len(words)), map(unknown.__contains__, words)):
        for k in (j - 1, j):
            # (both pieces unknown, or the whole written: the few pairs worth the shape check)
            if 0 <= k < len(words) - 1 and (words[k] in unknown and words[k + 1] in unknown
                                             or words[k] + words[k + 1] in written):
                beside.add(k)
    return {(a, b) for a, b in _pairs_at(_word_split(text), sorted(beside), True) if _whole_of_no_words(a, b, vocab)}


def _whole_of_no_words(a: str, b: str, vocab: Vocabulary) -> str | None:
    """Why the pair joins, where a piece is no word: unknown to the lexicon (below
    WEAK_READING) and written nowhere else in the edition (_alone). Both such, and the
    whole a word the lexicon knows ('prognos tications'); or one, the other no function
    word or pronoun, and the whole a word this witness writes elsewhere ('Bet hsaida',
    'Bethsaida' written). Else None. An OCR that split a word leaves such pieces; they
    make no phrase."""
    unknown = [p for p in _alone(a, b, vocab) if vocab.zipf(p) < WEAK_READING and len(p) >= 2]
    if not unknown:
        return None
    whole = a + b
    if len(unknown) == 2 and vocab.zipf(whole) >= WEAK_READING:
        return (f"is a word, and '{a}' and '{b}' are none (wordfreq below {WEAK_READING:.2f}), each written "
                f"nowhere else in this edition")
    if vocab.own_exact[whole] and not (a.lower() in _GLUE_WORDS or b in _GLUE_WORDS):
        # (not beside a function word: 'a loude voyce' is a phrase beside 'aloude')
        piece = unknown[-1]
        return (f"is how this witness spells it elsewhere ({_times(vocab.own_exact[whole])}), and "
                f"'{piece}' is no word (wordfreq {vocab.zipf(piece):.2f}) written nowhere else in this edition")
    return None


def _piece_span(text: str, space: int) -> tuple[int, int]:
    """The two pieces around the space at ``space`` (the letters on either side), as (start, end)."""
    start, end = space, space + 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _commoner_whole(a: str, b: str, vocab: Vocabulary) -> bool:
    zj = vocab.zipf(a + b)
    return zj >= COMMON and zj > max(vocab.zipf(a), vocab.zipf(b))


def _alone(a: str, b: str, vocab: Vocabulary) -> list[str]:
    """The pieces of a pair the edition has nowhere else: written once by this witness, and
    by no other in any case (their counts are in small letters: 'Pi' is 'pi' there)."""
    return [p for p in (a, b) if vocab.own_exact[p] == 1 and not vocab.others[p.lower()]]


def _witness_whole(a: str, b: str, vocab: Vocabulary) -> bool:
    """The witness writes the whole word at least three times, and one piece is a rare word
    (not everyday vocabulary) that the witness has nowhere else: ente red, smi les, seedl ing."""
    rarer, alone = min((a, b), key=vocab.zipf), _alone(a, b, vocab)
    if vocab.own_exact[a + b] >= 3 and vocab.zipf(rarer) < COMMON and rarer in alone:
        return True
    # a piece the edition has nowhere else, of a word this witness writes twenty times
    # (CONTEXT_DOMINANCE): mo st, the m, to ld, whatever the lexicon makes of 'st', 'm', 'ld'
    return bool(alone) and vocab.own_exact[a + b] >= CONTEXT_DOMINANCE


def _whole_by_a_lone_piece(a: str, b: str, vocab: Vocabulary) -> str | None:
    """Why the pair joins by a piece the edition has nowhere else (_alone), no function
    word, or None where it does not: the piece is either an ending that stands as no word
    of its own (SUFFIX_FRAGMENTS, after a piece of three letters or more: 'sit ting',
    'comfort able') of an everyday word (COMMON), or a fragment (_short_fragment) rarer in
    the lexicon than a whole this witness writes three times or more ('wo man', 'al
    though': the lexicon's web text makes words of such pieces; not 'per cent', 'in
    deed'), or one a confusion makes of a function word, of an everyday word (COMMON) of
    five letters or more whose other piece the edition has nowhere else either ('en
    closure', 'alt ar'; _split_words keeps it where the witness writes that function word
    beside the other piece). The reason names the piece and the branch that found it."""
    joined = a + b
    zj = vocab.zipf(joined)
    alone = _alone(a, b, vocab)
    for piece in alone:
        if piece.lower() in _GLUE_WORDS:
            continue
        if piece == b and b in SUFFIX_FRAGMENTS and len(a) >= 3 and zj >= COMMON:
            return _lone_piece_reason(piece, "an ending", vocab)
        # (a piece of three letters or more is a word as often: 'per cent', 'in deed')
        if vocab.own_exact[joined] >= 3 and vocab.zipf(piece) < zj and _short_fragment(piece):
            return _lone_piece_reason(min(alone, key=len), f"of a word this witness writes "
                                      f"{_times(vocab.own_exact[joined])}", vocab)
        # (a function word misread, where the witness does not write it there, _split_words
        # asks, nor the other piece elsewhere: 'the door ot her house' may be 'of her')
        if zj >= COMMON and len(joined) >= 5 and _short_fragment(piece) and piece.islower() \
                and piece in _glue_word_readings() and vocab.zipf(piece) < RUN_TOGETHER_WORDS \
                and len(alone) == 2:
            return _lone_piece_reason(piece, "a function word misread, which this witness does not write there",
                                      vocab)
    return None


def _lone_piece_reason(piece: str, what: str, vocab: Vocabulary) -> str:
    """The evidence of a join _whole_by_a_lone_piece finds by ``piece``, ``what`` it is."""
    return f"is a word, and '{piece}' ({vocab.zipf(piece):.2f}) a piece this edition writes nowhere else, {what}"


def _short_fragment(piece: str) -> bool:
    """A piece of one or two letters that is no function word or pronoun ('ab', 'wo'): a
    word's fragment, whatever the lexicon's web text makes of it."""
    return len(piece) <= 2 and piece.lower() not in _GLUE_WORDS


def _misread_function_word_written(text: str, start: int, end: int) -> bool:
    """Whether a piece of the pair at ``text[start:end]`` is a function word misread
    (_glue_word_readings: 'en' of 'on') that the witness writes elsewhere beside the other
    piece or beside the word on its other side ('door of' for 'the door ot her house')."""
    a, b = text[start:end].split(" ")
    before, after = _word_before(text, start - 1), _word_after(text, end + 1)
    for piece, beside, first in ((a, (b, before), True), (b, (a, after), False)):
        for word in _glue_words_read_as().get(piece.lower(), ()):
            for other, right in zip(beside, (first, not first)):
                pair = f"{word} {other}" if right else f"{other} {word}"
                if other and re.search(rf"(?<![^\W\d_]){re.escape(pair)}(?![^\W\d_])", text, re.I):
                    return True
    return False


@lru_cache(maxsize=None)
def _glue_words_read_as() -> dict[str, tuple[str, ...]]:
    """_glue_word_readings with the function words or pronouns each is a reading of ('al': 'as', 'at')."""
    out: dict[str, list[str]] = {}
    for w in sorted(_GLUE_WORDS):
        if len(w) <= 3:
            for r in _substitutions(w, _MISREAD_AS_UNKNOWN, 1):
                if len(r) <= 2:
                    out.setdefault(r.lower(), []).append(w)
    return {r: tuple(ws) for r, ws in out.items()}


@lru_cache(maxsize=8)
def _known_words(lang: str) -> frozenset[str]:
    """The words of the lexicon of Zipf RARE_WORD or more."""
    return frozenset(w for w, _ in takewhile(lambda wz: wz[1] >= RARE_WORD, zipf_table(lang).items()))


def _fragment_whole(a: str, b: str, vocab: Vocabulary) -> bool:
    """The whole is a word of the lexicon (RARE_WORD or more) and a piece a fragment that
    the edition has nowhere else: a word the lexicon knows but rarely (below COMMON, and
    MARGIN below the whole: des cend, av enge, wa yside, Hol land), or, where the whole is everyday
    (COMMON) and the other piece three letters or more, one of a letter or two that is no
    function word or pronoun, nor one confusion from one ('ot her' may be 'of her'), nor one
    of the commonest words (whatever the lexicon's web text makes of 'sh', 'ab': sh own,
    ab out; not 'Of course', 'may be' in a short text), and in small letters (a capitalised
    one is a name's or an initial as often: 'Then Ab out ran', 'St', 'Jo')."""
    zj = vocab.zipf(a + b)
    if zj < RARE_WORD:
        return False
    alone = _alone(a, b, vocab)
    return any(vocab.zipf(p) < min(COMMON, zj - MARGIN) for p in alone) or (
        zj >= COMMON and max(len(a), len(b)) >= 3 and any(
            len(p) <= 2 and p.islower() and p not in _GLUE_WORDS and p not in _glue_word_readings()
            and vocab.zipf(p) < RUN_TOGETHER_WORDS for p in alone))


@lru_cache(maxsize=None)
def _glue_word_readings() -> frozenset[str]:
    """The pieces of a letter or two that one confusion of any table makes of a function
    word or pronoun ('ot' of 'of', 'lo' of 'to', 'iu' of 'in'): beside a word, such a piece
    may be that word misread ('the door ot her house'), no fragment of a longer one."""
    return frozenset(_glue_words_read_as())


_OPENERS = "([\"'\u201c\u2018"
_CLOSERS = ".,;:!?)]\"'\u201d\u2019"


def _joins_a_neighbour(text: str, start: int, end: int, a: str, b: str, vocab: Vocabulary) -> bool:
    """Whether ``a`` could as well end the word before it, or ``b`` begin the word after:
    'nor th at' reads as 'north at' about as well as 'nor that'. Each reading is as good as
    its rarer word; the join wins only by MARGIN ('I mo st': 'I most', not 'Imo st')."""
    before = re.search(r"(?<![^\W\d_])([^\W\d_]+) $", text[max(0, start - 30):start])
    after = re.match(r" ([^\W\d_]+)", text[end:end + 30])
    joined = vocab.zipf(a + b)
    if before:
        w = before.group(1)
        if vocab.zipf(w + a) >= COMMON and min(vocab.zipf(w + a), vocab.zipf(b)) > min(vocab.zipf(w), joined) - MARGIN:
            return True
    if after:
        w = after.group(1)
        if vocab.zipf(b + w) >= COMMON and min(vocab.zipf(a), vocab.zipf(b + w)) > min(joined, vocab.zipf(w)) - MARGIN:
            return True
    return False


def _paired(text: str, pos: int, mark: str) -> bool:
    """Whether the nearest bracket of the same kind in the paragraph, in reading direction, closes it."""
    pair = _PAIRS[mark]
    if mark in "([":
        end = text.find("\n\n", pos)
        span = text[pos + 1:len(text) if end < 0 else end]
        hits = [i for i in (span.find(mark), span.find(pair)) if i >= 0]
        return bool(hits) and span[min(hits)] == pair
    start = text.rfind("\n\n", 0, pos) + 1
    span = text[start:pos]
    hits = [i for i in (span.rfind(mark), span.rfind(pair)) if i >= 0]
    return bool(hits) and span[max(hits)] == pair


def _looks_like_name(text: str, pos: int, left: str, right: str) -> bool:
    """file.Name, example.Com, a.b.c: dotted names and abbreviations are not prose."""
    start = pos - len(left)
    end = pos + 1 + len(right)
    # (after a comma, a sentence's stop ends no dotted name: 'cry,expired. And'; an
    # underscore is an identifier's between letters, an _italic_ stretch's beside a space)
    return (start > 0 and text[start - 1] in "./\\@") or (end < len(text) and text[end] in "/\\@") or (
        _underscore_before(text, start)) or _underscore_after(text, end) or (
        text[end:end + 1] == "." and (text[pos] == "." or text[end + 1:end + 2].isalnum()))


def _underscore_after(text: str, end: int) -> bool:
    """An identifier's underscore at ``end``, before a letter or digit ('exc_info'), as
    written or escaped as the Markdown output writes it ('exc\\_info')."""
    i = end + 1 if text.startswith("\\_", end) else end
    return text[i:i + 1] == "_" and text[i + 1:i + 2].isalnum()


def _underscore_before(text: str, start: int) -> bool:
    """An identifier's underscore just before ``start``, after a letter or digit, as written
    or escaped."""
    i = start - 1
    if text[i:start] != "_" or i < 1:
        return False
    if text[i - 1] == "\\":
        i -= 1
    return i > 0 and text[i - 1].isalnum()


def _written_beside(text: str, start: int, end: int, word: str, flagged: Mapping[str, Verdict]) -> bool:
    """Whether the witness writes ``word`` elsewhere beside a neighbour of the place
    ``text[start:end]`` (any case), a neighbour read as the repairs ``flagged`` apply leave
    it ('seid thet': 'said that')."""
    def read(neighbour: str) -> set[str]:
        verdict = flagged.get(neighbour)
        return {neighbour, verdict.after} if verdict is not None and verdict.applied else {neighbour}
    before, after = _word_before(text, start - 1), _word_after(text, end + 1)
    pairs = ([f"{b} {word}" for b in read(before)] if before else []) + (
        [f"{word} {a}" for a in read(after)] if after else [])
    return any(_written_whole(_text_lowered(text), pair.lower()) for pair in pairs)


@lru_cache(maxsize=4)
def _text_lowered(text: str) -> str:
    # (str.lower keeps every offset of a text but for a few letters, e.g. 'İ'; a miss there
    # only leaves a repair a suggestion)
    return text.lower()


def _written_whole(low: str, words: str) -> bool:
    """Whether ``words`` stand in ``low`` with no letter against either end (a literal
    search in C: a pattern opening with a look-behind is tried at every character)."""
    i = low.find(words)
    while i >= 0:
        j = i + len(words)
        if not (i and low[i - 1].isalpha()) and not (j < len(low) and low[j].isalpha()):
            return True
        i = low.find(words, i + 1)
    return False


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and (text[i - 1].isalpha()):
        i -= 1
    return text[i:pos]


def _word_after(text: str, pos: int) -> str:
    j = pos
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[pos:j]


def _common(word: str, vocab: Vocabulary) -> bool:
    return vocab.zipf(word) >= COMMON or word.lower() in vocab.others_words


def _known(word: str, vocab: Vocabulary) -> bool:
    """A word of the language (if a rare one) or of the edition: either side of a comma
    glued between words ('scribes,and'), where a name or a code would not be."""
    return vocab.zipf(word) >= RARE_WORD or word.lower() in vocab.others_words or vocab.own[word.lower()] >= 2
