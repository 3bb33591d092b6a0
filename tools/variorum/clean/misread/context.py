"""Readings decided at their places: by the neighbours, the witness's habits and its repairs elsewhere."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import compress, filterfalse, takewhile
from typing import Callable, Container, Iterable, Iterator, Mapping

from variorum.clean.base import Edit
from variorum.clean.context import (TextPairs, count_pairs, neighbours, neighbours_in_paragraph, pair_total,
                                    wanted_pairs)
from variorum.clean.lexicon import AS_HYPHEN, zipf_table
from variorum.clean.settings import CleanSettings

from variorum.clean.misread.tables import (
    COMMON, CONTEXT_DOMINANCE, CONTEXT_EVIDENCE, DOMINANCE, FAINT_CONFUSIONS, HABIT_FAINT_CONFUSIONS, HABIT_WORD,
    NO_HABIT, RULE_CONTEXT, RULE_DROPPED, RULE_LETTERS, RULE_STROKES, UNKNOWN_READING_CONFUSIONS, _MISREAD_AS_BY_FIRST,
    _MISREAD_FROM, _SMALL_MISREAD_AS_BY_FIRST, _reverse, _union,
)
from variorum.clean.misread.vocabulary import (
    Vocabulary, _LOWER_LETTERS, _change, _counts, _exact_counts, _same_case, _substitutions, _times,
    _zipf_of,
)
from variorum.clean.misread.letters import _vowel_lost_unspoken
from variorum.clean.misread.judge import Judge, Verdict
from variorum.clean.misread.places import (
    _Place, _Spans, _in_quoted_speech, _occurrences, _quotation_runs_on, _without_overlaps,
)


def _repeated_habitual_misreadings(tokens: Iterable[str], flagged: Mapping[str, Verdict], judge: Judge,
                                   habits: Counter[tuple[str, str]]) -> dict[str, Verdict]:
    """The readings this witness repeats that its own repairs' ``habits`` (_confusion_habits)
    show to be misreadings (Judge.repeated_habitual_misreading): asked only where the
    witness's letters are the lexicon's (letters_applied) and a habit is strong enough to speak."""
    if not judge.letters_applied or max(habits.values(), default=0) < CONTEXT_EVIDENCE:
        return {}
    own = judge.vocab.own_exact
    return {t: v for t in tokens if own[t] > 1 and not (t in flagged and flagged[t].applied)
            and (v := judge.repeated_habitual_misreading(t, habits)) is not None}


def _habitual_faint_strokes(tokens: Iterable[str], flagged: Mapping[str, Verdict], judge: Judge,
                            habits: Counter[tuple[str, str]]) -> dict[str, Verdict]:
    """The rare readings written once that a faint stroke the witness's own repairs show as a
    habit made of an everyday word it writes (Judge.faint_stroke_on_habit), of the readings no
    rule decided (not in ``flagged``): asked only where the witness's letters are the
    lexicon's and a faint stroke's habit is strong enough to speak."""
    if not judge.letters_applied or not any(n >= CONTEXT_EVIDENCE and meant in HABIT_FAINT_CONFUSIONS.get(read, ())
                                            for (read, meant), n in habits.items()):
        return {}
    own = judge.vocab.own_exact
    return {t: v for t in tokens if own[t] == 1 and t not in flagged
            and (v := judge.faint_stroke_on_habit(t, habits)) is not None}


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
    for word, n in vocab.written_often(CONTEXT_DOMINANCE):
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
                   by_context_only: Container[str] = (),
                   repaired_at: Mapping[tuple[int, int], str] | None = None
                   ) -> tuple[list[_ContextSite], set[tuple[str, str]]]:
    """The suspects' places _in_context weighs, and the word pairs it asks about there.

    ``occurrences``: the suspects' places outside protected stretches, in text order;
    ``repaired``: readings other rules repair, and how, so that a neighbour is read as
    repaired; ``by_context_only``: suspects only the neighbours may repair, rare or not (a
    faint stroke's: 'yon' is no 'you' on frequency alone); ``repaired_at``: the places
    (start, end) this pass repairs at that place only, and into what, read so too as a
    neighbour ('ane arc are', its 'ane' made 'are': a second pass reads 'are arc are').
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
        if repaired_at and left:
            i = len(text[:m.start].rstrip())  # (the left neighbour ends where the space before the place begins)
            left = repaired_at.get((i - len(left), i), left)
        if repaired_at and right:
            j = len(text) - len(text[m.end:].lstrip())
            right = repaired_at.get((j, j + len(right)), right)
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
    habitual = {(r, m) for (r, m), n in habits.items() if n >= CONTEXT_EVIDENCE and (r, m) not in NO_HABIT}
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


#: a reading this frequent (Zipf: once in a hundred thousand words) is a word of everyday prose:
#: where the witness writes it elsewhere too, the habit rule wants the repair written beside
#: both of the place's neighbours
EVERYDAY_READING = 5.0
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
    out, zipf_of = [], _zipf_of(lang)
    for word, zipf in takewhile(lambda wz: wz[1] >= HABIT_WORD, zipf_table(lang).items()):
        if not word.isalpha():
            continue
        for low in _substitutions(word, _MISREAD_AS_DOMINATED, 1):
            z = zipf_of(low)
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
    little either way ('tortures ot starvation'), such a reading is only a suggestion, as is
    a reading of everyday prose (EVERYDAY_READING) the witness writes elsewhere, more than
    CONTEXT_EVIDENCE times besides the places the word's pairs back, where it does not write
    the word beside both neighbours ('is far beyond': 'is for', but no 'for beyond').
    """
    words = sum(vocab.own.values())
    edits = []
    backings = [_pair_backing(vocab, pairs, words, m.token, readings[m.token], left, right,
                              vocab.zipf(readings[m.token]) - vocab.zipf(m.token) >= DOMINANCE)
                for m, left, right in sites]
    # the places of each reading its neighbours speak against: where it is written besides
    # these, it is a word of the witness's own
    backed = Counter(m.token.lower() for (m, _, _), backing in zip(sites, backings) if backing[0])
    for (m, left, right), (support, beside_both, against, beside) in zip(sites, backings):
        token = m.token
        word = readings[token]
        read, meant = _change(token.lower(), word.lower())
        habitual = habits[(read, meant)] >= CONTEXT_EVIDENCE
        dwarfed = vocab.zipf(word) - vocab.zipf(token) >= DOMINANCE
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
        if support and not all(beside) and vocab.zipf(token) >= EVERYDAY_READING \
                and vocab.own[token.lower()] - backed[token.lower()] > CONTEXT_EVIDENCE:
            # ('is far beyond': 'is for' three times, but never 'for beyond'; a word of
            # everyday prose the witness writes elsewhere is its author's until both
            # neighbours speak for the repair)
            edits.append(Edit(m.start, m.end, word, RULE_CONTEXT,
                              f"reading {vocab.describe(token)}; one confusion gives {vocab.describe(word)}; {why}; it "
                              f"writes {' and '.join(support)}, but the reading is an everyday word it writes "
                              f"elsewhere, and not the word beside both neighbours", 0.4, False))
            continue
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
                       text: str) -> list[Edit]:
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
#: the numeral of _NUMBERED_RE and the spaces before it, after a letter; in a text without
#: a tab, opening with a space, which the engine searches for in C, where a class opening a
#: pattern is tried at every character (a numeral's letter or a space must follow: most fail there)
_NUMERAL_AFTER_RE = re.compile(r"[ \t](?<=[^\W\d_].)[ \t]*+([ivxlcdm]{2,}|[IVXLCDM]{2,})\b")
_NUMERAL_AFTER_SPACE_RE = re.compile(r" (?=[ivxlcdmIVXLCDM ])(?<=[^\W\d_] ) *+([ivxlcdm]{2,}|[IVXLCDM]{2,})\b")
_is_letter = re.compile(r"[^\W\d_]").fullmatch


def _numbered(text: str) -> Iterator[tuple[str, str]]:
    """``_NUMBERED_RE.findall(text)``, found from the numerals: a pattern opening with the
    word is tried at every letter of the text and runs along each word to its end (fifteen
    times as long); the few numerals' words are read back from them."""
    end = 0  # (where the last match ends: _NUMBERED_RE's matches do not overlap)
    for m in (_NUMERAL_AFTER_RE if "\t" in text else _NUMERAL_AFTER_SPACE_RE).finditer(text):
        begin = start = m.start()
        while begin > end and _is_letter(text[begin - 1]):
            begin -= 1
        if begin < start:  # (none where the word is the last match's numeral)
            end = m.end()
            yield text[begin:start], m[1]


def _numbering_words(text: str) -> dict[str, set[str]]:
    """The words ``text`` writes before a roman numeral, each with the numerals after it (in
    small letters): 'part' -> {'ii'} for 'Part II'."""
    out: dict[str, set[str]] = {}
    for a, n in _numbered(text):
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


def _on_repaired_counts(text: str, vocab: Vocabulary, edits: list[Edit], blocked: "_Spans",
                        letters_applied: bool, repaired: Mapping[str, str], own: TextPairs | None = None,
                        placed: Callable[[_Place, Verdict, Vocabulary], Verdict] | None = None) -> list[Edit]:
    """``edits`` with the other places of a reading the edition's evidence repaired at some
    of its places (misread-context) repaired too, where the reading's own verdict, decided
    on the counts the applied repairs leave, is that same repair: a reading written twice is
    the witness's own until one place is repaired ('I nave' read 'I have'), and a second
    cleaning would then find it written once, a misreading of 'have' ('nave' in a sentence
    whose neighbours said nothing). Where that verdict is the same repair held back only by
    a rival ('ane': 'are' or 'one'), the place's neighbours decide it as a second cleaning's
    would (_rivals_in_context, on those counts). Decided now, so that cleaning is
    idempotent. Not a lost letter's spelling, nor, without ``placed`` (how a place decides a
    verdict, on the counts given), a dialect's: at their places quoted speech may hold them
    ('thot' written twice, once made 'that' beside 'that is', is a dialect's spelling
    written once, which a second cleaning applies where the witness writes 'that' beside the
    other place too). ``own``: the text's pairs already counted (TextPairs), if any."""
    done = [e for e in edits if e.applied]
    meant = {text[e.start:e.end]: e.replacement.lower() for e in done if e.rule == RULE_CONTEXT}
    readings = [t for t, n in Counter(text[e.start:e.end] for e in done if e.rule == RULE_CONTEXT).items()
                if vocab.own_exact[t] > n]
    if not readings:
        return edits
    judge = Judge(vocab.recounted((text[e.start:e.end], e.replacement) for e in done), letters_applied)
    verdicts = {t: v for t in readings if (v := judge.verdict(t)) is not None and (placed or not v.dialect)
                and v.rule != RULE_DROPPED and v.after.lower() == meant[t] and (v.applied or v.rivals)}
    if not verdicts:
        return edits
    at = {(e.start, e.end): e for e in edits}
    rivalled = []
    for m in _occurrences(text, verdicts):
        e = at.get((m.start, m.end))
        if (e is not None and e.applied) or blocked.hit(m.start, m.end):
            continue
        v = verdicts[m.token]
        if v.dialect:
            v = placed(m, v, judge.vocab)
            if not v.applied:
                continue
        if v.applied:
            at[(m.start, m.end)] = Edit(m.start, m.end, v.after, v.rule, v.evidence + "; the edition's evidence "
                                        f"repairs it elsewhere, which leaves '{m.token}' a misreading here too",
                                        v.confidence, True)
        else:
            rivalled.append(Edit(m.start, m.end, v.after, v.rule, v.evidence, v.confidence, False))
    if rivalled:
        rivals = {t: v for t, v in verdicts.items() if not v.applied}
        for place, e in _rivals_in_context(text, judge.vocab, done + rivalled, rivals, repaired,
                                           letters_applied, own).items():
            if e.applied:
                at[place] = e
    return sorted(at.values(), key=lambda e: (e.start, e.end))


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
                       repaired: Mapping[str, str], apply: bool, own: TextPairs | None = None
                       ) -> dict[tuple[int, int], Edit]:
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
    pairs = (own or TextPairs(text)).of(wanted, done)
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
    # (a hyphen however set: U+2010 and U+2011 read as the hyphen-minus, each place where it was)
    hyphened = text.translate(AS_HYPHEN) if "\u2010" in text or "\u2011" in text else text
    for e in edits:
        token = text[e.start:e.end]
        v = rivalled.get(token)
        if e.applied or v is None or e.rule != v.rule or e.replacement.lower() != v.after.lower():
            continue
        first = _COMPOUND_AFTER_RE.match(hyphened, e.end)
        second = _COMPOUND_BEFORE_RE.search(hyphened[max(0, e.start - _RIVAL_WINDOW):e.start])
        if (first is None) == (second is None) or (first and hyphened[e.start - 1:e.start] == "-") \
                or (second and hyphened[e.end:e.end + 1] == "-"):
            continue
        if compounds is None:
            compounds = _compounds(hyphened.lower())
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
