"""Real-word misreadings ('by th wayside', 'Jesus sad to'): repaired where the witness writes the whole phrase.

Repairs: a reading the lexicon knows as a word (RARE_WORD, below the commonest words,
HABIT_WORD), one confusion of the tables (a letter shape or stroke, a letter lost or read
twice) from an everyday word that the lexicon has more often and this witness writes
CONTEXT_DOMINANCE times as often, in a witness whose own repairs show the OCR at work; where
the witness writes the word beside both neighbours of the place (above chance,
CONTEXT_EVIDENCE times in all), writes the reading beside neither anywhere else, and writes
the three words together elsewhere: once, where the lexicon has the word a hundred times as
often (REALWORD_GAP: 'deliver hm up', 'deliver him up' twice) or the reading is no everyday
word (below COMMON: 'If thon art', 'If thou art' once), CONTEXT_EVIDENCE times where
it has it less often ('Jesus sad to', 'Jesus said to' twelve times), or not at all where it
has it a thousand times as often (DOMINANCE: 'this ls known', 'this is' six times and 'is
known' once). Where the phrase is written more rarely, the lexicon has the word less than
MARGIN more often, or another word fits as well, the repair is a suggestion.
Never touches: a clean text (its repairs show no OCR at work: the rule is not asked), a
reading another witness writes, one of the commonest words, a reading the witness writes
more than twice (REALWORD_WRITTEN), a reading with a collocation of its own (beside either
neighbour elsewhere: 'was sad' twice is the author's), a place with one neighbour only or
across a blank line, a reading the lexicon has more often than the word ('right' beside
'rights'; one it has less than MARGIN more rarely, 'condition' beside 'conditions', is at
most suggested).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Container, Iterable, Mapping

from variorum.clean.base import Edit
from variorum.clean.chain import apply_edits
from variorum.clean.context import TextPairs, _alternation, _spaced, neighbours_in_paragraph, pair_total, variants, wanted_pairs

from variorum.clean.misread.tables import (
    COMMON, CONTEXT_DOMINANCE, CONTEXT_EVIDENCE, DOMINANCE, HABIT_WORD, MARGIN, RARE_WORD, RULE_REALWORD,
    UNKNOWN_READING_CONFUSIONS, _reverse,
)
from variorum.clean.misread.vocabulary import Vocabulary, _same_case, _substitutions, _times
from variorum.clean.misread.places import _Place, _Spans, _occurrences, _without_overlaps

#: what each letter (sequence) of a word may be misread as, by one confusion of any table
_MISREAD_AS_ANY = _reverse(UNKNOWN_READING_CONFUSIONS)
#: how much more often (Zipf) the lexicon must have the word than the reading for the
#: place's three words written once elsewhere to decide ('deliver hm up' beside 'deliver him
#: up'); a nearer word ('sad' beside 'said') needs them CONTEXT_EVIDENCE times, a word
#: nearer than MARGIN is only suggested
REALWORD_GAP = 2.0
#: the most times the witness may write a reading for the rule to weigh it: a word written
#: more often is the author's, however rarely beside the word ('off' beside 'of')
REALWORD_WRITTEN = 2
#: how many times the rule decides again on the counts its repairs leave (as a second pass reads them)
_ROUNDS = 3
#: a repair that makes one word of letters (the counts of the words change with it)
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _misreadings(word: str) -> frozenset[str]:
    """What one confusion of any table, one letter lost or one letter read twice makes of ``word``."""
    out = set(_substitutions(word, _MISREAD_AS_ANY, 1))
    out.update(word[:i] + word[i + 1:] for i in range(len(word)))
    out.update(word[:i] + word[i] + word[i:] for i in range(len(word)))
    out.discard(word)
    return frozenset(out)


def _realword_repairs(text: str, vocab: Vocabulary, edits: list[Edit], blocked: _Spans, pairs: TextPairs,
                      repaired: Mapping[str, str], apply: bool) -> list[Edit]:
    """The real-word repairs (see the module's docstring) at the places no edit of ``edits``
    (the filter's so far) touches, on the counts the applied ones leave; decided again on
    the counts these repairs leave too, until none is added."""
    applied = _without_overlaps(sorted((e for e in edits if e.applied), key=lambda e: (e.start, e.end)))
    taken = {text[e.start:e.end] for e in applied}
    readings = _realword_readings(vocab.recounted((text[e.start:e.end], e.replacement) for e in applied
                                                  if _WORD_RE.fullmatch(e.replacement)), taken)
    if not readings:
        return []
    spans = _Spans(_merged((e.start, e.end) for e in edits))
    places = [m for m in _occurrences(text, readings) if not spans.hit(m.start, m.end)]
    found: dict[tuple[int, int], Edit] = {}
    for _ in range(_ROUNDS):
        done = [e for e in found.values() if e.applied]
        changes = _without_overlaps(sorted(applied + done, key=lambda e: (e.start, e.end)))
        vocab_k = vocab.recounted((text[e.start:e.end], e.replacement) for e in changes
                                  if _WORD_RE.fullmatch(e.replacement))
        readings_k = _realword_readings(vocab_k, taken) if done else readings
        open_places = [m for m in places if not found.get((m.start, m.end)) or not found[(m.start, m.end)].applied]
        added = {(e.start, e.end): e for e in _realword_misreadings(
            text, vocab_k, readings_k, open_places, blocked, pairs, changes, repaired, apply)
            if e.applied or (e.start, e.end) not in found}
        new = [k for k, e in added.items() if e.applied and not getattr(found.get(k), "applied", False)]
        found.update(added)
        if not new:
            break
    return sorted(found.values(), key=lambda e: e.start)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, those that overlap merged (as _Spans asks)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _realword_readings(vocab: Vocabulary, taken: Container[str]) -> dict[str, tuple[str, ...]]:
    """Readings of this witness (small letters, or capitalised and written once) that the
    lexicon knows as words, one misreading (_misreadings) of an everyday word the witness
    writes CONTEXT_DOMINANCE times as often, no other witness writes and no other rule
    repairs (``taken``): reading -> those words, in the reading's case, commonest first."""
    own = vocab.own
    by_reading: dict[str, list[str]] = {}
    # (the words written seldom enough to be readings, met among each word's misreadings at C speed)
    seldom = {w for w, n in own.items() if 0 < n <= REALWORD_WRITTEN}
    # (from the words: a few hundred are written CONTEXT_DOMINANCE times, the readings are thousands)
    for word, n in vocab.written_often(CONTEXT_DOMINANCE):
        if not word.isalpha() or not word.islower() or vocab.zipf(word) < COMMON:
            continue
        for low in seldom.intersection(_misreadings(word)):
            if own[low] * CONTEXT_DOMINANCE <= n and low.isalpha() \
                    and low not in vocab.others_words \
                    and RARE_WORD <= vocab.zipf(low) < HABIT_WORD and vocab.zipf(low) < vocab.zipf(word):
                by_reading.setdefault(low, []).append(word)
    out: dict[str, tuple[str, ...]] = {}
    for low, words in by_reading.items():
        for token in variants(low):
            n = vocab.own_exact[token]
            # (a capitalised reading the witness repeats is a name it spells so)
            if n and token not in taken and (n == 1 or token == low) and not vocab.others_exact[token]:
                out[token] = tuple(_same_case(w, token) for w in words)
    return out


def _phrase_counts(text: str, phrases: Iterable[tuple[str, str, str]]) -> Counter[tuple[str, str, str]]:
    """How often ``text`` writes each three-word phrase (given in small letters), its words
    parted by whitespace only, each in small letters or capitalised."""
    phrases = set(phrases)
    if not phrases:
        return Counter()

    def alternation(words: Iterable[str]) -> str:
        return _alternation(f for w in words for f in variants(w))

    # (one pass, opening at each space as count_pairs does, the middle and last words looked at)
    pattern = re.compile(rf" ({alternation(a for a, _, _ in phrases)})(?= +({alternation(b for _, b, _ in phrases)})"
                         rf" +({alternation(c for _, _, c in phrases)})(?![\w'\u2019]))")
    out: Counter[tuple[str, str, str]] = Counter()
    for m in pattern.finditer(_spaced(text)):
        key = (m[1].lower(), m[2].lower(), m[3].lower())
        if key in phrases:
            out[key] += 1
    return out


def _realword_misreadings(text: str, vocab: Vocabulary, readings: Mapping[str, tuple[str, ...]],
                          places: Iterable[_Place], blocked: _Spans, pairs: TextPairs, changes: list[Edit],
                          repaired: Mapping[str, str], apply: bool) -> list[Edit]:
    """The repairs of the real-word ``readings`` at their ``places`` (see the module's
    docstring), on the pair and phrase counts of the text as ``changes`` leave it."""
    sites = []
    wanted: set[tuple[str, str]] = set()
    for m in places:
        if m.token not in readings or blocked.hit(m.start, m.end):
            continue
        left, right = neighbours_in_paragraph(text, m.start, m.end)
        left, right = repaired.get(left, left), repaired.get(right, right)
        if not (left and right):
            continue
        sites.append((m, left, right))
        for w in (m.token, *readings[m.token]):
            wanted |= wanted_pairs(left, w) | wanted_pairs(w, right)
    if not sites:
        return []
    counts = pairs.of(wanted, changes)
    words = sum(vocab.own.values())

    def chance(a: str, b: str) -> float:
        return vocab.own[a.lower()] * vocab.own[b.lower()] / max(1, words)

    backed = []
    for m, left, right in sites:
        token = m.token
        if pair_total(counts, left, token) > 1 or pair_total(counts, token, right) > 1:
            continue  # (the reading has a collocation of its own: the author's)
        fits = []
        for word in readings[token]:
            lw, wr = pair_total(counts, left, word), pair_total(counts, word, right)
            if lw > chance(left, word) and wr > chance(word, right) and lw + wr >= CONTEXT_EVIDENCE:
                fits.append((word, lw, wr))
        if fits:
            backed.append((m, left, right, fits))
    phrases = _phrase_counts(apply_edits(text, changes)[0], ((l.lower(), w.lower(), r.lower()) for _, l, r, fits in backed
                                                          for w, _, _ in fits))
    edits = []
    for m, left, right, fits in backed:
        token = m.token
        word, lw, wr = fits[0]
        n = phrases[(left.lower(), word.lower(), right.lower())]
        evidence = (f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(word)}; the edition "
                    f"writes '{left} {word}' {_times(lw)} and '{word} {right}' {_times(wr)}, "
                    f"'{left} {word} {right}' {_times(n) if n else 'nowhere'}, '{left} {token}' and '{token} {right}' "
                    f"only here")
        if len(fits) > 1:
            evidence += "; as well " + ", ".join(f"'{w}'" for w, _, _ in fits[1:])
        gap = vocab.zipf(word) - vocab.zipf(token)
        if gap < MARGIN:
            evidence += f"; the lexicon has it only {10 ** gap:.1f} times as often"
        # (the phrase written once speaks against a reading no everyday word, or one the lexicon
        # dwarfs; against an everyday word, 'sad' for 'said', it must be written more often)
        phrased = n >= CONTEXT_EVIDENCE or (n and (gap >= REALWORD_GAP or vocab.zipf(token) < COMMON))
        clear = apply and len(fits) == 1 and gap >= MARGIN and (phrased or gap >= DOMINANCE)
        edits.append(Edit(m.start, m.end, word, RULE_REALWORD, evidence, 0.8 if clear else 0.4, clear))
    return edits

