"""A letter confusion no table lists, learned from the witness's own readings no lexicon knows."""

# An OCR engine's confusions depend on the fount and the scan: a worn or broken sort reads as
# another letter throughout a book (b for o where the bowl's left side broke, s for r, a for
# e or s where the eye filled), pairs no closed table can list without making real words of
# real words elsewhere. The proofreaders' lists (Project Gutenberg FAQ S.16, MobileRead's
# "OCR villains") name pairs beyond the tables' (B/R, F/P, r/f), and the statistics of the
# ICDAR post-OCR sets (Nguyen et al., JCDL 2019) find most OCR errors one edit from the word,
# most of them substitutions. The witness shows such a habit when several distinct readings
# no lexicon knows are each one and the same substitution from a word the witness writes
# far more often, and nothing else explains them.

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from variorum.clean.misread.judge import Verdict
from variorum.clean.misread.tables import (
    COMMON, CONTEXT_DOMINANCE, CONTEXT_EVIDENCE, DIGIT_CONFUSIONS, DOMINANCE, RARE_WORD, RULE_LETTERS,
    UNKNOWN_READING_CONFUSIONS, _LONG_SHAPES, _OWN_VOWELS,
)
from variorum.clean.misread.vocabulary import Vocabulary, _LOWER_LETTERS, _same_case, _substitutions

#: the pairs (read, meant) some rule already weighs: a habit is learned only outside them
_TABLED = frozenset((read, meant) for table in (UNKNOWN_READING_CONFUSIONS, _LONG_SHAPES, DIGIT_CONFUSIONS)
                    for read, meants in table.items() for meant in meants) | frozenset(
    (a, b) for a in _OWN_VOWELS for b in _OWN_VOWELS if a != b)
#: a reading this short is one letter from several words by chance
SHORTEST = 3
#: distinct readings that must show a substitution before it counts as the witness's habit
HABIT_READINGS = CONTEXT_EVIDENCE


def _one_letter_neighbours(readings: list[str], vocab: Vocabulary) -> dict[str, list[tuple[str, str, str]]]:
    """The (read, meant, word) of each single-letter substitution of each reading (in small
    letters) that makes a word the witness writes CONTEXT_EVIDENCE times, place by place,
    then by letter and word: the pairs a reading can witness. Found by whichever road costs
    less: trying every letter at every place of a few readings, or for many, looking each
    of the witness's frequent words up among the readings by its gaps (_neighbours_by_gap)."""
    lows = {t: t.lower() for t in readings}
    lengths = set(map(len, lows.values()))
    frequent = [w for w, n in vocab.own.items() if n >= CONTEXT_EVIDENCE and len(w) in lengths]
    if len(_LOWER_LETTERS) * sum(map(len, lows.values())) <= sum(map(len, frequent)):
        return _neighbours_by_letter(lows, vocab.own)
    return _neighbours_by_gap(lows, frequent)


def _neighbours_by_letter(lows: dict[str, str], own: Mapping[str, int]) -> dict[str, list[tuple[str, str, str]]]:
    """_one_letter_neighbours of the readings (``lows``: each in small letters), every small
    ascii letter tried at every place of each (``own``: the witness's counts in small letters)."""
    # (get: a Counter's [] calls its __missing__ for each string tried, most no word)
    count = own.get
    return {t: [(x, c, w) for i, x in enumerate(low) for c in _LOWER_LETTERS
                if c != x and count(w := low[:i] + c + low[i + 1:], 0) >= CONTEXT_EVIDENCE]
            for t, low in lows.items()}


def _neighbours_by_gap(lows: dict[str, str], frequent: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """_one_letter_neighbours of the readings (``lows``: each in small letters) among the
    ``frequent`` words: the readings filed under each (place, the reading without its letter
    there), where each frequent word's gaps at its small ascii letters are looked up (a
    lookup in the readings' small table for each letter of the words, where filing the
    words costs an entry each)."""
    filed: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for t, low in lows.items():
        for i, x in enumerate(low):
            filed[(i, low[:i] + low[i + 1:])].append((t, x))
    found: dict[str, list[tuple[int, str, str]]] = {t: [] for t in lows}
    for w in frequent:
        for i, c in enumerate(w):
            if c in _LOWER_LETTERS:
                for t, x in filed.get((i, w[:i] + w[i + 1:]), ()):
                    if c != x:
                        found[t].append((i, c, w))
    return {t: [(low[i], c, w) for i, c, w in sorted(found[t])] for t, low in lows.items()}


def _learned_confusions(tokens: Iterable[str], flagged: Mapping[str, Verdict], vocab: Vocabulary) -> dict[str, Verdict]:
    """Readings repaired by a substitution the witness's OCR shows as a habit.

    A reading takes part when it is letters only (a capital first at most), SHORTEST or
    longer, the lexicon knows it rarely at most (below RARE_WORD) and the word it is taken
    for a thousand times as often (DOMINANCE: 'nbt' beside 'not'), no other witness writes
    it, and no rule has a verdict on it. A substitution (read, meant) outside every table is
    a habit when HABIT_READINGS such readings are each that substitution, at one place, from
    a word the witness writes CONTEXT_DOMINANCE times as often (CONTEXT_EVIDENCE at least),
    and from no other such word. A reading is then repaired into that word where nothing
    else reaches a word: no other habit's substitution, no table's confusion into a word the
    lexicon knows (RARE_WORD) or the witness writes twice (once may be another misreading).
    A capitalised reading only into a word the witness writes with its capital as often (a
    name is not the OCR's): else a suggestion.
    """
    readings = [t for t in tokens if t not in flagged and len(t) >= SHORTEST and t.isalpha() and t[1:].islower()
                and vocab.zipf(t) < RARE_WORD and not vocab.others_exact[t]]
    reach = _one_letter_neighbours(readings, vocab)
    backing: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t, words in reach.items():
        # (a spelling is written as often as the word it differs from, 'Pylate' beside
        # 'Pilate', an OCR's slip once beside the word twenty times: CONTEXT_DOMINANCE)
        if len({w for _, _, w in words}) == 1 and (words[0][0], words[0][1]) not in _TABLED \
                and vocab.own[words[0][2]] >= CONTEXT_DOMINANCE * vocab.own[t.lower()] \
                and vocab.zipf(words[0][2]) - vocab.zipf(t) >= DOMINANCE:
            backing[(words[0][0], words[0][1])].add(t.lower())
    habits = {pair: sorted(ts) for pair, ts in backing.items() if len(ts) >= HABIT_READINGS}
    if not habits:
        return {}
    out: dict[str, Verdict] = {}
    for t, words in reach.items():
        made = {w for x, c, w in words if (x, c) in habits}
        if len(made) != 1:
            continue
        [word] = made
        low = t.lower()
        if vocab.zipf(word) - vocab.zipf(t) < DOMINANCE:
            continue  # (a reading the lexicon knows, not at the level of its noise beside the word)
        others = {w for x, c, w in words if w != word} | {
            w.lower() for w in _substitutions(low, UNKNOWN_READING_CONFUSIONS, 1)
            if w.lower() != word and (vocab.zipf(w) >= RARE_WORD or vocab.own[w.lower()] >= 2)}
        if others:
            continue
        x, c = next((x, c) for x, c, w in words if w == word)
        after = _same_case(word, t)
        seen = habits[(x, c)]
        evidence = (f"reading {vocab.describe(t)}; '{x}' read for '{c}': {vocab.describe(after)}; this witness's "
                    f"OCR read '{x}' for '{c}' in {len(seen)} readings no lexicon knows ("
                    + ", ".join(f"'{s}'" for s in seen[:4]) + "); no other word within reach")
        if t[0].isupper() and vocab.own_exact[after] < CONTEXT_EVIDENCE and vocab.zipf(after) < COMMON:
            out[t] = Verdict(after, RULE_LETTERS, evidence + "; capitalised, perhaps a name", 0.5, False)
        else:
            out[t] = Verdict(after, RULE_LETTERS, evidence, 0.75, True)
    return out
