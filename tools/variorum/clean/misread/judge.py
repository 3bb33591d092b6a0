"""Verdicts on one reading at a time: which confusion, if any, it is of which word."""

from __future__ import annotations

from bisect import bisect_left
import re
from collections import Counter, abc
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, reduce
from itertools import compress, groupby, repeat, takewhile
from operator import add
from typing import Callable, Iterable, Mapping, Sequence

import wordfreq

from variorum.clean.lexicon import SUFFIX_FRAGMENTS, frequency_buckets, lexicon_words, zipf_table

from variorum.clean.misread.tables import (
    COMMON, CONTEXT_DOMINANCE, CONTEXT_EVIDENCE, DIGIT_CONFUSIONS, DOMINANCE, FAINT_CONFUSIONS, FAINT_SPELLINGS,
    FAINT_DOMINANCE, HABIT_FAINT_CONFUSIONS, HABIT_WORD, LETTER_CONFUSIONS, LONG_READING, LOST_LETTER_KNOWN,
    LOST_LETTER_READING, MARKED_LANGUAGES,
    MARGIN, NUMERAL_CONFUSIONS, RARE_REPAIR, RARE_WORD, REPEATED_CONFUSIONS, RULE_DIGIT, RULE_DOUBLED,
    RULE_DROPPED, RULE_EDGE, RULE_LETTERS, RULE_NUMERAL, RULE_STROKES, STEP_PENALTY, STROKE_CONFUSIONS,
    UNKNOWN_READING_CONFUSIONS, VOWEL_READING, WEAK_DOMINATED, WEAK_READING, _DIGIT_RE,
    _FORMING_ENDING_SET, _FORMING_LONGEST, _FORMING_PREFIX_SET, _LONG_SHAPES, _NOT_STROKES, _OWN_VOWELS, _SHAPES,
    _SHAPES_AND_STROKES, _VOWEL_SLIPS,
)
from variorum.clean.misread.tables import RARER_DIGIT_CONFUSIONS
from variorum.clean.misread.vocabulary import (
    ELIDED_BEFORE, Vocabulary, _LOWER_LETTERS, _change, _common_misspellings, _same_case, _shape_case, _substitutions,
)
from variorum.clean.misread.letters import (
    _LONG_VOWEL_ENDINGS, _RUN_OF_THREE_RE, _SAME_SHAPE, _THIN_LETTERS, _VOWELS, _speakable,
    _unspoken_runs,
)
from variorum.clean.misread.letters import _small_shaped_capitals


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
    #: a closed bowl in a reading the lexicon knows (Judge._bowl_closed_in_rare_reading): the
    #: witness's OCR habit of closed bowls repairs it, its neighbours alone do not ('the
    #: dross of' beside 'the dress' written elsewhere is the author's dross)
    habit_only: bool = False

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


def _as_spellings_differ(token: str, verdict: Verdict, zipf: float) -> bool:
    """Whether a letter repair of a reading the lexicon knows (``zipf`` at least
    WEAK_READING) and shorter than LONG_READING undoes only what spellings change too: one
    vowel put for another (SPELLING_VOWELS: 'cauld', 'twa', 'wha') or a vowel doubled
    ('heere'), the ways a dialect or an older spelling differs from a short everyday word.
    (An old spelling is a word the lexicon knows, if rarely; a string it does not know one
    vowel from a word is a misreading: the vowel rules' ground.)"""
    low, after = token.lower(), verdict.after.lower()
    if len(low) >= LONG_READING or zipf < WEAK_READING:
        return False
    if verdict.rule == RULE_LETTERS and len(low) == len(after):
        return _vowels_put_for_vowels(low, after)
    if verdict.rule == RULE_DOUBLED and len(low) == len(after) + 1:
        i = next((k for k, (x, y) in enumerate(zip(low, after)) if x != y), len(after))
        return low[i] in _SPELLING_VOWELS and (low[i - 1:i] == low[i] or low[i + 1:i + 2] == low[i])
    return False


def _vowels_put_for_vowels(reading: str, word: str) -> bool:
    """Whether ``word`` is ``reading`` (as long, small letters) with vowels put for vowels only."""
    changed = [(x, y) for x, y in zip(reading, word) if x != y]
    return bool(changed) and all(x in _SPELLING_VOWELS and y in _SPELLING_VOWELS for x, y in changed)


#: the vowels spellings put for one another (a dialect's 'cauld', 'twa'; an older 'breke')
_SPELLING_VOWELS = frozenset("aeiou")


class Judge:
    """Decides token by token, remembering its verdicts (a book repeats its words)."""

    def __init__(self, vocab: Vocabulary, letters_applied: bool = True) -> None:
        self.vocab = vocab
        self.letters_applied = letters_applied
        self.cache: dict[str, Verdict | None] = {}
        self.lexicon = zipf_table(vocab.lang)
        self.lexicon_words = lexicon_words(vocab.lang)
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
                    if again.after == token:
                        # two readings each repaired into the other: the evidence is even, and
                        # whichever was asked first must not decide (the order is a set's)
                        self.cache[v.after] = Verdict(again.after, again.rule, f"{again.evidence}; but "
                                                      f"'{token}' would itself be read as '{v.after}'",
                                                      min(again.confidence, 0.5), False)
            self.cache[token] = v
        return self.cache[token]

    def _plainly_attested(self, token: str) -> bool:
        """Most words of a book, decided in a few lookups: a word of letters that the lexicon
        or another witness attests and that is no misreading of one of the commonest words
        (in neither table of them). The rules below reach the same verdict, nothing, by way
        of attested() and _dominated(): this is only the short road to it."""
        if not token.isalpha() or len(token) < 2:
            return False
        if _small_shaped_capitals(token):
            return False  # (a capital among small letters: _small_shaped_capital decides)
        lower = token.lower()
        if lower in self.misspellings or lower in self.weak_misspellings or lower in self.stroke_misspellings:
            return False
        v = self.vocab
        if v.others_exact[token]:
            return True
        if token[0].islower() and not token.islower():
            return False  # (a capital of another shape among small letters: _capital_among_small decides)
        return not _odd_capitals(token) and (v.zipf(token) >= COMMON or lower in v.others_words)

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
            verdict = self._digits_read(token)
            if verdict is not None and not verdict.applied and self._notation(token):
                return None  # (a suggestion among the witness's units or moves is noise)
            return verdict
        if (capitals := self._small_shaped_capital(token) or self._capital_among_small(token)) is not None:
            return capitals
        if self.attested(token, LETTER_CONFUSIONS):
            verdict = self._dominated(token)
            if verdict is None and token.islower() and self.vocab.own_exact[token] > 1:
                # (a slip the witness repeats: only its own far commoner word repairs it)
                verdict = self._letter_doubled_or_dropped(token)
        elif (ligature := self._ligature_read_as_two(token)) is not None:
            # (before the letter shapes, which make 'encyclopaedia' of 'encyclopsedia'; no name
            # hold: the æ form is one the lexicon or the edition knows, the reading no one's)
            return ligature
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
                    verdict = self._unless_a_doubled_letter_outweighs(token, verdict)
            if verdict is None:
                verdict = self._weak_dominated(token)
            if verdict is None:
                verdict = self._faint_dominated(token)
            verdict = verdict or self._capital_i_among_small(token) or self._h_parted(token) \
                or self._capital_read_twice(token) or self._edge(token) \
                or self._mark_inside_word(token) \
                or self._letter_doubled_or_dropped(token) \
                or self._shape_into_rare(token) or self._vowel_into_word(token) \
                or self._letter_misread_in_long_reading(token) or self._bowl_closed_in_rare_reading(token)
        if verdict is not None and self._article_glued(token, verdict.after):
            return None  # (the lost-space rule weighs 'town a', by what an article stands before)
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
            elif token.islower() and self._a_names_word(verdict.after):
                # ('disna' is no 'diana': the lexicon folds case, and a small-letter reading
                # is seldom a name's misreading, where its letters make a name by chance)
                verdict = Verdict(verdict.after, verdict.rule, verdict.evidence + "; the lexicon's word a "
                                  "name's (other languages write it as often), the reading in small letters",
                                  0.5, False)
        if verdict and verdict.applied and verdict.rule == RULE_LETTERS:
            verdict = self._unless_the_letter_is_spelt(token, verdict)
        if verdict and verdict.applied and verdict.rule in (RULE_LETTERS, RULE_STROKES):
            verdict = self._unless_the_stem_is_written(token, verdict)
        if verdict and verdict.applied and token.isalpha() and verdict.after.isalpha():
            verdict = self._unless_only_another_witness_writes(token, verdict)
        if verdict and verdict.applied and _old_print_u_or_v(token.lower(), verdict.after.lower()) \
                and self.vocab.prints_u_for_v:
            verdict = replace(verdict, evidence=verdict.evidence + "; this witness prints u for v inside its "
                              "words and so v for u at their start (an old print's spelling), its everyday "
                              "words with a v inside fewer", confidence=0.5, applied=False)
        if verdict and (verdict.applied or verdict.name_hold) and not verdict.dialect \
                and _as_spellings_differ(token, verdict, self.vocab.zipf(token)):
            # ('cauld', 'wha', 'heere': a dialect's or an old spelling as much as the OCR's;
            # see Verdict.dialect)
            verdict = replace(verdict, dialect=True)
        elif verdict and verdict.applied and not verdict.dialect and verdict.rule == RULE_LETTERS \
                and len(token) == len(verdict.after) and token[1:].islower() \
                and _vowels_put_for_vowels(token.lower(), verdict.after.lower()) and self.vocab.drops_its_gs:
            # ('onybody', no lexicon's word: a dialect's spelling where the witness writes as
            # its people speak, 'sayin'' and 'lyin'')
            verdict = replace(verdict, dialect=True)
        if verdict and (not verdict.applied or verdict.dialect) and self.vocab.spelt_as_old_print(token):
            return None  # (a suggestion of the age's spelling, or a dialect's, is noise in the editor's list)
        if verdict is None and token[-2:] in ("\u2019s", "'s") and token[:-2].isalpha() \
                and self.vocab.own_exact[token] == 1 and not self.vocab.others_exact[token]:
            # (a possessive's word, decided as the word alone: the lexicon counts few
            # possessives, so a repair of 'travellcr’s' is found for 'travellcr')
            stem = self.verdict(token[:-2])
            if stem is not None and stem.after.isalpha():
                verdict = replace(stem, after=stem.after + token[-2:],
                                  evidence="the possessive's word: " + stem.evidence)
        return verdict

    def _digits_read(self, token: str) -> Verdict | None:
        """The verdict on a word with digits in it: a digit read for a letter, or nothing."""
        if self.attested(token, DIGIT_CONFUSIONS):
            # (wordfreq folds digits: 'w6re' is looked up as 'w0re', a shape, not a word)
            edition = self.vocab.others_exact[token] or self.vocab.own_exact[token] >= 2
            return self._dwarfed_code(token) or (None if edition else self._digit_among_letters(token))
        return self._unless_a_label(token, self._choose(
            token, _digit_readings(token, lambda w: self.vocab.zipf(w) >= COMMON + 1), RULE_DIGIT, strong=True)) \
            or self._digit_among_letters(token) or self._stray_digit(token)

    def _notation(self, token: str) -> bool:
        """Whether ``token``, digits at one edge of runs of a letter or two ('6d', '9r', '8vo',
        'Nc6': _NOTATION_LETTERS), is of a notation the witness writes: it writes another
        token of its shape (_shape: runs of digits, small letters, capitals) that no rule
        reads as a misreading ('4s.', '3r', '4to', 'Nf3'): pence, leaves, formats, moves. An
        OCR's digit for a letter beside another of its slips ('0f' beside '1he') is read as one."""
        shape = _shape(token)
        if "9" not in (shape[0], shape[-1]) or max(map(len, _LETTER_RUNS_RE.findall(token))) > _NOTATION_LETTERS:
            return False  # ('1akes' is a word's misreading, whatever ordinals stand beside it: '2d', '3rd')
        return any(w != token and self.verdict(w) is None for w in self._digit_tokens.get(shape, ()))

    @cached_property
    def _digit_tokens(self) -> dict[str, list[str]]:
        """The witness's tokens of letters with digits, by their shape (_shape)."""
        out: dict[str, list[str]] = {}
        for w in self.vocab.own_exact:
            if not w.isalpha() and not w.isdigit() and w.isalnum():
                out.setdefault(_shape(w), []).append(w)
        return out

    def _unless_only_another_witness_writes(self, token: str, verdict: Verdict) -> Verdict:
        """``verdict`` held back to a suggestion where the reading is a formation of an everyday
        word (_formed: salt-ness, will-est) and its repair a word the language barely knows that
        only another witness writes: another edition's word there ('saltiness', 'wiliest') is a
        variant for the collation, which shows it; a reading no formation ('variegatecl') is
        the OCR's, and the other witnesses are the best evidence of its word."""
        v, low = self.vocab, verdict.after.lower()
        if v.own[low] or not v.others[low] or v.zipf(verdict.after) >= COMMON or not self._formed(token):
            return verdict
        return replace(verdict, evidence=verdict.evidence + f"; '{token}' a formation of a word, and only "
                       f"another witness writes '{verdict.after}': perhaps its own word",
                       confidence=min(verdict.confidence, 0.5), applied=False)

    def _unless_the_letter_is_spelt(self, token: str, verdict: Verdict) -> Verdict:
        """A faint stroke spellings make too (FAINT_SPELLINGS: i read for r, e for s, s for
        a) is the repair only if the reading with that letter taken out is no word as
        frequent: the Scots 'faither' is 'father' with an i written as much as 'farther'
        with r read as i, a suggestion naming both."""
        low, after = token.lower(), verdict.after.lower()
        if len(low) != len(after) or _change(low, after) not in FAINT_SPELLINGS:
            return verdict
        k = next(k for k, (x, y) in enumerate(zip(low, after)) if x != y)
        spelt = token[:k] + token[k + 1:]
        if self._score(spelt) < self._score(verdict.after):
            return verdict
        return Verdict(verdict.after, verdict.rule, f"{verdict.evidence}; the '{low[k]}' taken out makes "
                       f"{self.vocab.describe(spelt)}: a spelling's letter as likely as a faint stroke",
                       0.4, False)

    def _unless_the_stem_is_written(self, token: str, verdict: Verdict) -> Verdict:
        """A confusion's repair is the author's word only if the witness does not write the
        reading's head (all its letters but the last, _HEAD at least, _HEAD_AFTER of them after
        the confusion) in other words the lexicon barely knows, that no rule reads as
        misreadings and the same confusion makes no word of (RARE_WORD): 'y-clept' beside
        'clepe', 'cleped' is the author's stem, not 'dept' with d read as cl (an OCR that misreads a stem misreads it into words: 'cleparted',
        'cleparture' are 'departed', 'departure')."""
        low, after = token.lower(), verdict.after.lower()
        k = next((i for i, (x, y) in enumerate(zip(low, after)) if x != y), None)
        if k is None or not token[1:].islower():
            return verdict  # (a capital among small letters, 'probabIe', is no one's spelling)
        read, meant = _change(low, after)
        stem = low[:-1]
        if len(stem) < _HEAD or k + len(read) + _HEAD_AFTER > len(stem):
            return verdict  # ('probabie' beside 'probability': the confusion at the stem's edge)
        words = self._own_sorted
        v = self.vocab
        kin = []
        for w in words[bisect_left(words, stem):]:
            if not w.startswith(stem):
                break
            if w == low or not w.isalpha():
                continue
            made = w[:k] + meant + w[k + len(read):]  # (the same confusion at the same place)
            if v.zipf(w) >= RARE_WORD or v.zipf(made) >= RARE_WORD or v.own[made] or self.verdict(w) is not None:
                continue  # ('nearly' beside 'neard': the language's word, no stem of the witness's own)
            kin.append(w)
        if not kin:
            return verdict
        return replace(verdict, evidence=verdict.evidence + f"; but the witness writes '{stem}' in "
                       + ", ".join(f"'{w}'" for w in kin[:3]) + f" too, which '{meant}' for '{read}' makes no word of",
                       confidence=0.5, applied=False)

    @cached_property
    def _own_sorted(self) -> list[str]:
        """The witness's words (small letters), sorted: those with a head are one stretch."""
        return sorted(self.vocab.own)

    def _letter_doubled_or_dropped(self, token: str) -> Verdict | None:
        """A reading no witness knows and the lexicon not at all (below WEAK_READING) or
        only at the level of its OCR noise (FAINT_DOMINANCE below the repair: 'thhe'), one
        letter too many where two alike stand together (thhe, annd, becamee) or one thin
        letter short (i, l, t, f, r, j, the glyphs a faint print or a tight setting loses:
        frends, oher; not any letter: a spelling differs from a word by one letter too,
        'doated' is no 'donated'), or one thin letter too many after the first (_SPECK_LETTERS:
        a speck or a split stroke read as i or l, alnd, rloom), where exactly one such repair is an everyday word
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
        doubled = _undoubled(low)
        if v.own_exact[token] > 1:
            return self._letter_lost_from_own_word(token, doubled) or self._vowel_lost_unspeakably(token)
        dropped = _thin_letter_added(low)
        added = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] in _SPECK_LETTERS}
        near = doubled | dropped | added
        # (most readings reach no word that scores COMMON + 1: two lookups in small sets find
        # that, where the lexicon's three hundred thousand miss the memory caches; a set in
        # small letters is its own small-letter forms)
        if "".join(near).islower() and _strong_words(v.lang).isdisjoint(near) and v.others_words.isdisjoint(near):
            scored = []
        else:
            scored = sorted(((self._score(w), w) for w in self._known_among(near)), reverse=True)
        if not scored or scored[0][0] < COMMON + 1:
            return self._letter_lost_from_own_word(token, doubled) or self._doubled_in_long_reading(token) \
                or self._vowel_lost_unspeakably(token)
        best_score, best = scored[0]
        if z >= WEAK_READING and best_score - z < FAINT_DOMINANCE:
            # (a reading the lexicon knows, above the level of its OCR noise: 'tht')
            return self._letter_lost_from_own_word(token, doubled) or self._vowel_lost_unspeakably(token)
        rivals = [w for score, w in scored[1:] if score > best_score - MARGIN]
        if best not in doubled and best not in dropped:
            # (a speck's letter is the likelier reading only where no shape read for another
            # makes a word: 'runls', runts)
            # (nor the lexicon's noise, a thousand times rarer than the repair: DOMINANCE)
            rivals += sorted(w for w in self._known_among(_substitutions(low, _SHAPES, 1))
                             if self._score(w) >= max(WEAK_READING, best_score - DOMINANCE))
        rule = RULE_DOUBLED if best in doubled else RULE_DROPPED if best in dropped else RULE_LETTERS
        after = self._put_back_first(best, token)
        evidence = (f"reading {v.describe(token)}; " + ("one of two letters alike dropped" if rule == RULE_DOUBLED
                    else "one letter put back" if rule == RULE_DROPPED
                    else "a thin letter dropped, a speck read as one") + f": {v.describe(after)}")
        return Verdict.unless_rivals(after, rule, evidence, rivals, "", 0.8)

    def _put_back_first(self, word: str, token: str) -> str:
        """``word`` in ``token``'s case; where the lost letter is the first of a small-letter
        reading, the case the edition writes the word in ('erusalem' where 'Jerusalem' is
        written: the capital was lost with its letter)."""
        if word[1:] != token or not token.islower():
            return _same_case(word, token)
        v = self.vocab
        capital = word[:1].upper() + word[1:]
        return capital if v.own_exact[capital] + v.others_exact[capital] > v.own_exact[word] + v.others_exact[word] \
            else word

    def _a_names_word(self, word: str) -> bool:
        """Whether the lexicon knows ``word`` as a name's (_names_word) and neither witness
        writes it in small letters."""
        v, low = self.vocab, word.lower()
        return not v.own_exact[low] and low not in v.others_words and _names_word(low, v.zipf(low), v.lang)

    def _no_name(self, token: str, verdict: Verdict) -> bool:
        """A capitalised reading no name is: two capital I's before small letters (IIuman:
        _h_parted), a capital read twice (TThen), three letters alike in a row (Oppresssed), or
        one the lexicon does not know at all, LONG_READING letters or more, one of two
        letters alike read twice in an everyday word (COMMON + 1: Governmennt). A name one
        doubled letter from a word is short and known ('Mann', 'Starr', 'Todd')."""
        if token[:2] == "II" and verdict.after[:1] == "H" and token[2:] == verdict.after[1:]:
            return True
        if token[0] == token[1] and token[0].isupper() and token[1:] == verdict.after:
            return True  # (a capital read twice: _capital_read_twice)
        if verdict.rule != RULE_DOUBLED:
            return False
        low = token.lower()
        return _RUN_OF_THREE_RE.search(low) is not None or (
            len(low) >= LONG_READING and self.vocab.zipf(token) == 0 and self._score(verdict.after) >= COMMON + 1
            and verdict.after.lower() in _undoubled(low))

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
        doubled = _undoubled(low)
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
        doubled = _undoubled(low)
        best = max(((self._score(w), w) for w in self._known_among(doubled)), default=(0.0, ""))
        if best[0] < RARE_WORD:
            return None
        dropped = _thin_letter_added(low)
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
        # (the repair is one of these the lexicon knows, no longer form of the reading: most
        # readings have none, and every word one letter away is weighed only for those that do)
        if not any(v.zipf(w) >= WEAK_READING and not w.startswith(low) for w in written):
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
        after = self._put_back_first(best, token)
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
        # (a set in small letters, as most rules make their candidates, is its own small-letter
        # forms: no character lowers to another unless it is a capital, a test checks every one)
        if (type(words) is set or type(words) is dict) and (joined := "".join(words)).islower():
            # (a dict's keys, _substitutions', keep the hashes the dict made of them)
            lows = words if type(words) is set else set(words)
        else:
            lows = set(map(str.lower, words))
            joined = "".join(lows)
        if "\u2019" in joined:  # (the lexicon writes a straight apostrophe)
            found = (lows & self.lexicon_words) | (self.vocab.own.keys() & lows) | (self.vocab.others_words & lows)
            found.update(w for w in lows if w.replace("\u2019", "'") in self.lexicon)
            return found
        # (nine in ten candidate sets a rule makes hold no word at all: three disjointness
        # tests, which build no set, answer those)
        if self.lexicon_words.isdisjoint(lows) and self.vocab.own.keys().isdisjoint(lows) \
                and self.vocab.others_words.isdisjoint(lows):
            return set()
        return (lows & self.lexicon_words) | (self.vocab.own.keys() & lows) | (self.vocab.others_words & lows)

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
            if _odd_capitals(cand) or (token[1:].islower() and cand[1:].isalpha() and not cand[1:].islower()):
                continue  # (nor a capital a small-letter reading never had: 'Slghing' is no 'SIghing')
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
        own = self.vocab.own
        if not clear and original < WEAK_READING and own[best.lower()] >= CONTEXT_DOMINANCE \
                and not any(own[c.lower()] for s, c in rest if best_score - s < MARGIN):
            # (a reading no lexicon knows, where the witness writes one candidate twenty times
            # and the others as likely never: its own word, 'Jesns' beside 'Jesus', not 'Jeans')
            clear = True
            evidence += f"; this witness writes '{best}' {own[best.lower()]} times and the other candidates never"
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
        letter-shape confusion, faint stroke or f/t from a word the lexicon knows only rarely
        (wretcheclness, precipiccs, belongetli, transporfed: RARE_REPAIR or more), where that is the
        only word any confusion of any table reaches. Tried last, when nothing reaches an
        everyday word. The longer a reading, the less likely an unknown string lands on a
        real word by one confusion by chance: a name or an old spelling rarely does, a
        misreading of a real word always. A second word within reach (moiith: month, mouth)
        makes it the editor's choice."""
        v = self.vocab
        if len(token) < LONG_READING or not token.isalpha() or v.zipf(token) > 0 \
                or v.others_exact[token] or v.own_exact[token] > 1:
            return None
        shapes = _substitutions(token, _LONG_SHAPES, 1)
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
        # (and no capital a small-letter reading never had: 'Slghing' is 'Sighing', not 'SIghing')
        best = next((c for c in shapes if c.lower() == words[0][1] and not _odd_capitals(c)
                     and (c[1:].islower() or not token[1:].islower())), None)
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
                or v.others_exact[token] or low in v.others_words or v.own_exact[token] > 1 \
                or _RUN_OF_THREE_RE.search(low):
            return None  # (three alike in a row: a letter read twice or one lost, _run_of_three's)
        spans = _unspoken_runs(low, v.lang)
        if not spans:
            return None  # (a reading one can say: a rare form, an old spelling, a name: contemns, encreased)
        if self._formed(token):
            return None  # (asked after the runs: a few set lookups there, a dozen of the lexicon here)
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
                or self._formed(token, stem=RARE_WORD) or self._head_of_word(token):
            return None
        doubled = _undoubled(low)
        dropped = _thin_letter_added(low)
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
        own = v.own
        # (only the first syllable's vowels, and none before w or y: see _OWN_VOWELS)
        first = _FIRST_VOWELS_RE.match(low)
        at = [i for i in range(*first.span(1)) if low[i] in _OWN_VOWELS and low[i + 1:i + 2] not in ("w", "y")] \
            if first else []
        written = [w for w in (low[:i] + c + low[i + 1:] for i in at for c in _OWN_VOWELS if c != low[i])
                   if own[w] >= CONTEXT_EVIDENCE]
        if not written:
            return None
        best = max(written, key=lambda w: (own[w], w))
        zb = v.zipf(best)
        if not (own[best] >= CONTEXT_DOMINANCE or zb - z >= DOMINANCE) or zb < COMMON \
                or self._formed(token, stem=RARE_WORD) or self._head_of_word(token):
            return None
        vowels = {low[:i] + c + low[i + 1:] for i, x in enumerate(low) if x in _OWN_VOWELS
                  for c in _OWN_VOWELS if c != x}
        doubled = _undoubled(low)
        dropped = _thin_letter_added(low)
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

    def _bowl_closed_in_rare_reading(self, token: str) -> Verdict | None:
        """A small-letter reading the lexicon knows only rarely (WEAK_READING up to RARE_WORD:
        fato, cottle), written once and by no other witness, one o from a word where the
        bowl of a or e closed (_VOWEL_SLIPS), into the only such word the witness writes
        (CONTEXT_EVIDENCE times) that is everyday vocabulary (COMMON) and MARGIN above
        every other word any confusion reaches. Between the unknown readings' vowel rule and
        the spellings': an old or a dialect spelling (fote, mony) is as likely, so the
        verdict is a dialect's (Verdict.dialect), applied only where the witness's OCR shows
        a habit of closed bowls (Verdict.habit_only: 'the dross of' is the author's, though
        the witness writes 'the dress')."""
        v = self.vocab
        if len(token) < VOWEL_READING or self._rare_reading_once(token) is None:
            return None
        opened = {token[:i] + c + token[i + 1:] for i, x in enumerate(token) if x == "o" for c in _VOWEL_SLIPS["o"]}
        written = [w for w in opened if v.own[w] >= CONTEXT_EVIDENCE and v.zipf(w) >= COMMON]
        if len(written) != 1 or self._formed(token, stem=RARE_WORD) or self._head_of_word(token):
            return None
        best = written[0]
        doubled = _undoubled(token)
        dropped = _thin_letter_added(token)
        reach = (_substitutions(token, UNKNOWN_READING_CONFUSIONS, 1).keys() | doubled | dropped | opened) - {best}
        bar = v.zipf(best) - MARGIN
        if any(v.own[w] or w in v.others_words or v.zipf(w) > bar for w in self._known_among(reach)):
            return None
        return Verdict(best, RULE_LETTERS, f"reading {v.describe(token)}, a word the lexicon knows rarely; "
                       f"the bowl of a vowel closed: {v.describe(best)}, a word the witness writes; "
                       "no other word within reach", 0.75, True, dialect=True, habit_only=True)

    def _ligature_read_as_two(self, token: str) -> Verdict | None:
        """A reading no lexicon knows and no other witness writes with æ read as 'se' or 'ce'
        (the ligature's bowl read as s or c: Csesar, dsemon), where the æ form is the only
        one that is a word this witness or another writes, or the lexicon knows. Never a
        reading the lexicon knows ('sera', 'cease'): there the two letters are the author's."""
        v = self.vocab
        if not token.isalpha() or v.others_exact[token] or v.zipf(token) > 0:
            return None
        low = token.lower()
        forms = {token[:i] + "\u00e6" + token[i + 2:] for i in range(len(low) - 1) if low[i:i + 2] in ("se", "ce")}
        known = [w for w in forms if v.own[w.lower()] or w.lower() in v.others_words or v.zipf(w) > 0]
        if len(known) != 1:
            return None
        after = known[0]
        return Verdict(after, RULE_LETTERS, f"reading {v.describe(token)}; the ligature \u00e6 read as two "
                       f"letters: {v.describe(after)}", 0.8, True)

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

    def _formed(self, token: str, stem: float = COMMON) -> bool:
        """An everyday word (``stem``: COMMON) with an ending or an old verb's ending after it
        (sleep-est, love-th), or a prefix before it (over-weigh, un-told): a formation the
        lexicon may not list, not a misreading (a reading is rarely an everyday word and an
        affix by chance). The vowel rules ask of a rarer word too (RARE_WORD: be-spake, an
        old verb's form, is no misread 'bespoke'): vowels are how old spellings differ."""
        low = token.lower()
        zipf = self.vocab.zipf
        # (the reading's own ending and beginning of each length looked up in a set: fifty
        # affixes are not tried one by one)
        return any(zipf(low[:-k]) >= stem or zipf(low[:-k] + "e") >= stem
                   for k in range(min(_FORMING_LONGEST[0], len(low) - 3), 0, -1) if low[-k:] in _FORMING_ENDING_SET) \
            or any(zipf(low[k:]) >= stem
                   for k in range(1, min(_FORMING_LONGEST[1], len(low) - 3) + 1) if low[:k] in _FORMING_PREFIX_SET)

    def _faint_dominated(self, token: str) -> Verdict | None:
        """A rare reading (wilh, aboul, lhe, yel: below RARE_WORD, above WEAK_READING) one
        faint stroke from an everyday word a thousand times commoner (DOMINANCE), which no
        other witness writes and this witness does not repeat (unless as a repeated
        misreading). The lexicon holds such readings because the books it counted were OCR'd
        too; the faint strokes l for t, n and u are not how spellings differ, as the weak
        strokes' vowels are (wonted, shews: WEAK_READING's guard), but e for s, s for a and i
        for r are (FAINT_SPELLINGS: the Scots 'wae', 'hae'): there a reading one can say is
        repaired only as a dialect's spelling is (Verdict.dialect). Every one-step confusion is
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
        # (the repair is one of the faint strokes' readings, FAINT_DOMINANCE above this one and
        # a candidate below: most readings have none, and every table is weighed only for those)
        if not any(v.zipf(c) - z >= _FAINT_REPAIR and not _odd_capitals(c) for c in faint):
            return None
        candidates = {c for c in _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1)
                      if not _odd_capitals(c) and v.zipf(c) - z >= DOMINANCE}
        verdict = self._choose(token, candidates, RULE_LETTERS, strong=False, floor=COMMON + 1)
        if verdict is None or verdict.after not in faint or v.zipf(verdict.after) - z < FAINT_DOMINANCE:
            return None
        read, meant = _change(token.lower(), verdict.after.lower())
        # (a reading one can say, 'wae', may be a dialect's word: see Verdict.dialect; 'thst' is no one's)
        spelt = (read, meant) in FAINT_SPELLINGS and _speakable(token, v.lang)
        return replace(verdict, evidence=f"{verdict.evidence}; '{read}' for '{meant}', a faint stroke, "
                                         "the reading at the level of the lexicon's own OCR noise", dialect=spelt)

    def _article_glued(self, token: str, after: str) -> bool:
        """Whether a repair of s read as a at the reading's end ('towna': 'towns') leaves a
        word of everyday vocabulary (COMMON + 1) before the a: the article glued on by a lost
        space is as likely ('town a'; not 'thi a', a name's syllable)."""
        low = token.lower()
        return low.endswith("a") and after.lower() == low[:-1] + "s" and self.vocab.zipf(low[:-1]) >= COMMON + 1

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
            return self._capital_i_added(token, odd)
        return replace(verdict, evidence=verdict.evidence + "; a capital I between small letters, "
                       "which no word is spelt with")

    def _h_parted(self, token: str) -> Verdict | None:
        """A capital H whose crossbar broke or printed faint, read as two capital I's before
        small letters (IIenry, IIuman, IIe): no word and no name is spelt so, a sign as
        strong as a digit's, so the H is put back where that makes a word the lexicon knows
        (RARE_WORD) or the edition writes; before a single letter only one of the commonest
        words (HABIT_WORD: 'IIe', not a label's 'IIa'), and only where a sentence opens (a
        label's numeral and a letter, an Apple IIe, a class IIe, is a name's: there a suggestion)."""
        if token[:2] != "II" or not token[2:].islower() or not token.isalpha():
            return None
        floor = HABIT_WORD if len(token) == 3 else RARE_WORD
        verdict = self._choose(token, ["H" + token[2:]], RULE_LETTERS, strong=True, floor=floor)
        if verdict is None:
            return None
        verdict = replace(verdict, evidence=verdict.evidence + "; two capital I's before small letters, which no "
                          "word is spelt with: an H whose crossbar was lost")
        if len(token) == 3 and verdict.applied:
            # (the caller applies a name_hold verdict where a sentence opens, and only there)
            verdict = replace(verdict, evidence=verdict.evidence + "; capitalised, perhaps a name",
                              confidence=0.5, applied=False, name_hold=True)
        return verdict

    def _capital_read_twice(self, token: str) -> Verdict | None:
        """A word's capital read twice before its small letters (TThe, TThen: the diplopia of
        a heavy capital): no word and no name opens with one capital twice, so one is taken
        out where that makes a word the lexicon knows (RARE_WORD; of three letters, one of the
        commonest words, HABIT_WORD) or the edition writes."""
        if len(token) < 4 or token[0] != token[1] or not token[0].isupper() or not token[2:].islower() \
                or not token.isalpha():
            return None
        floor = HABIT_WORD if len(token) == 4 else RARE_WORD
        verdict = self._choose(token, [token[1:]], RULE_DOUBLED, strong=True, floor=floor)
        if verdict is None:
            return None
        return replace(verdict, evidence=verdict.evidence + f"; '{token[0]}' twice before small letters, "
                       "which no word is spelt with: a capital read twice")

    def _unless_a_doubled_letter_outweighs(self, token: str, verdict: Verdict | None) -> Verdict | None:
        """A confusion's repair of a reading no lexicon knows weighed against taking out one
        of two letters alike ('peoplee': 'people', not 'peoples' by e read for s): the word
        that makes wins where it is MARGIN commoner, and is a rival nearly as common."""
        low = token.lower()
        if verdict is None or not token.isalpha():
            return verdict
        doubled = _undoubled(low) - {verdict.after.lower()}
        known = self._known_among(doubled) if doubled else set()
        if not known:
            return verdict
        best = max(known, key=lambda w: (self._score(w), w))
        score, theirs = self._score(best), self._score(verdict.after)
        if score - theirs >= MARGIN:
            after = _same_case(best, token)
            return Verdict(after, RULE_DOUBLED, f"reading {self.vocab.describe(token)}; one of two letters alike "
                           f"dropped: {self.vocab.describe(after)}, commoner than '{verdict.after}' ({theirs:.2f})",
                           0.8, True)
        if score > theirs - MARGIN:
            return Verdict(verdict.after, verdict.rule, verdict.evidence + f"; as well '{best}', one of two "
                           "letters alike dropped", 0.4, False, rivals=(best,))
        return verdict

    def _capital_i_added(self, token: str, odd: list[int]) -> Verdict | None:
        """One capital I between small letters that neither l nor i makes a word of, where
        without it the reading is a word the lexicon knows (RARE_WORD: aInd, clIoud,
        commanIded): a speck or a broken stroke read as the thinnest capital. Not where the
        small i makes a word (McIntosh's kin: a name's)."""
        if len(odd) != 1 or self.vocab.zipf(token.lower()) >= WEAK_READING:
            return None
        i = odd[0]
        floor = WEAK_READING if len(token) >= LONG_READING else RARE_WORD  # (a long one seldom a word's by chance)
        verdict = self._choose(token, [token[:i] + token[i + 1:]], RULE_LETTERS, strong=True, floor=floor)
        if verdict is None:
            return None
        return replace(verdict, evidence=verdict.evidence + "; a capital I between small letters, which no word "
                       "is spelt with, and as l no word either: a speck or a broken stroke read as one")

    def _mark_inside_word(self, token: str) -> Verdict | None:
        """An apostrophe inside a word where none belongs (instru'ctions, th'e, sel'ection):
        a speck read as one. Dropped where the reading is one the lexicon does not know (below
        WEAK_READING) and the edition writes once, its letters without the mark an everyday
        word (COMMON + 1) or one the witness writes, and the letters after the mark no
        contraction's or possessive's ending ('s, n't, 'd, 'll, o'er, ne'er: _ELISION_TAILS); only
        suggested after one letter before a vowel (a language's elision: n'y, l'homme), and
        not even that in a witness that elides (Vocabulary.elides: a French text's c'est)."""
        head, mark, tail = token.partition("'") if "'" in token else token.partition("\u2019")
        word = head + tail
        if not mark or len(head) < 1 or len(tail) < 1 or not word.isalpha() or not word[1:].islower() \
                or tail.lower() in _ELISION_TAILS:
            return None
        v = self.vocab
        if v.zipf(token) >= WEAK_READING or v.own_exact[token] > 1 or v.others_exact[token]:
            return None
        if not (self._score(word) >= COMMON + 1 or (v.own[word.lower()] and v.zipf(word) >= RARE_WORD)):
            return None
        # (one letter elided before a vowel, an h or a y: a language's elision, n'y, l'homme,
        # d'un, l'uomo, as often as a speck)
        elision = len(head) == 1 and tail[0].lower() in ELIDED_BEFORE
        if elision and v.elides:
            return None  # (the witness's language elides: l'arrivée, d'un, c'est)
        return Verdict(word, RULE_LETTERS, f"{'uncertain: ' if elision else ''}reading {v.describe(token)}; "
                       f"an apostrophe inside a word, no contraction's: without it {v.describe(word)}; a speck "
                       f"read as one{', or a letter elided before a vowel' if elision else ''}",
                       0.5 if elision else 0.8, not elision)

    def _small_shaped_capital(self, token: str) -> Verdict | None:
        """A capital among small letters whose small letter has its shape ('beCame', 'eaCh',
        'hiS', 'tO', 'YOu': c o s u v w x z, told apart by size alone), lowered where the
        word in small letters is one the lexicon knows (COMMON; a long one, LONG_READING
        letters or more, RARE_WORD; a word of two letters one of the commonest, HABIT_WORD; a
        small-letter reading of three letters or more into a word the witness writes itself,
        WEAK_READING) and one can say (a vowel in it: not a unit, 'kWh'). Not a reading the
        edition writes so itself (twice, or in another witness: an identifier, a brand), nor
        code's camelCase ('setUp': two words of everyday vocabulary, the first of three letters
        or more) or a brand's letter before a word ('eCommerce'), nor a roman numeral; a
        capitalised reading, or one whose capital follows a head of one or two small letters (a
        name's particle), only into an everyday word (COMMON + 1): a name's or a brand's inner
        capital ('McCoy', 'LaSalle', 'DeSoto', 'diCaprio', 'laCroix', 'TeX') has no everyday
        word in small letters. A capital opening a word after a word or prefix of two letters
        ('inSight', 'beCame': _brand_compound) only a suggestion."""
        repair = _small_shaped_capitals(token)
        v = self.vocab
        if not repair or v.others_exact[token] or v.own_exact[token] >= 2 or _ROMAN_RE.fullmatch(repair.lower()):
            return None
        inner = next(i for i in range(1, len(token)) if token[i].isupper())
        head, tail = token[:inner], token[inner:]
        if token[0].islower() and _camel_case(head, tail, v):
            return None
        n = len(repair)
        floor = HABIT_WORD if n <= 2 else RARE_WORD if n >= LONG_READING else COMMON
        if n > 2 and token[0].islower() and v.own_exact[repair]:
            # (the witness writes the word in small letters itself: a name's inner capital has
            # no such word, and the lexicon need only know it, 'diSciples', 'doubtfUlly'; not
            # for a capitalised reading, a name's or a brand's as often: 'TeX' beside the
            # witness's file names in '.tex')
            floor = WEAK_READING
        elif token[0].isupper() or (len(head) <= 2 and len(tail) >= 3):
            # (a capitalised reading may be a name; so may one whose head of a letter or two is
            # a name's particle, 'diCaprio', 'laCroix', lowered forms the lexicon knows as surnames)
            floor = max(floor, COMMON + 1)
        if self._score(repair) < floor or not any(map(_VOWELS.__contains__, repair.lower())) \
                or not _speakable(repair, v.lang):
            return None
        capitals = ", ".join(f"'{c}'" for c in dict.fromkeys(c for c in token[1:] if c.isupper()))
        compound = token[0].islower() and _brand_compound(head, tail, v)
        return Verdict(repair, RULE_LETTERS, f"{'uncertain: ' if compound else ''}reading {v.describe(token)}; "
                       f"{capitals} among small letters, a capital with its small letter's shape: "
                       f"{v.describe(repair)}" + (_BRAND_COMPOUND if compound else ""),
                       0.5 if compound else 0.8, not compound)

    def _capital_among_small(self, token: str) -> Verdict | None:
        """One capital of any shape inside a word that opens in small letters ('wiTh', 'parT',
        'enTreaty': a letter read tall), lowered where the witness writes the word in small
        letters CONTEXT_EVIDENCE times and the lexicon has it as everyday (COMMON). Not a
        reading the edition writes so itself (twice, or in another witness), nor code's
        camelCase or a brand's letter before a word (_camel_case): a name's
        particle ('diCaprio', 'laCroix') has no small-letter word the witness writes; a
        brand's capital after a prefix ('reMarkable': _brand_compound) only a suggestion."""
        if not token.isalpha() or not token[0].islower():
            return None
        inner = [i for i, c in enumerate(token) if not c.islower()]
        v = self.vocab
        if len(inner) != 1 or v.others_exact[token] or v.own_exact[token] >= 2:
            return None
        low = token.lower()
        if v.own_exact[low] < CONTEXT_EVIDENCE or v.zipf(low) < COMMON:
            return None
        head, tail = token[:inner[0]], token[inner[0]:]
        if _camel_case(head, tail, v):
            return None
        compound = _brand_compound(head, tail, v)
        return Verdict(low, RULE_LETTERS, f"{'uncertain: ' if compound else ''}reading {v.describe(token)}; "
                       f"'{token[inner[0]]}' among small letters, a letter read tall: {v.describe(low)}, a word "
                       "the witness writes in small letters" + (_BRAND_COMPOUND if compound else ""),
                       0.5 if compound else 0.8, not compound)

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

    def faint_stroke_on_habit(self, token: str, habits: Counter[tuple[str, str]]) -> Verdict | None:
        """A rare small-letter reading (WEAK_READING to RARE_WORD: haud, brauch, uor, onr),
        written once and by no other witness, one faint stroke from an everyday word
        (COMMON + 1) a thousand times commoner (DOMINANCE) that this witness writes itself,
        where the witness's own repairs undid that very confusion CONTEXT_EVIDENCE times:
        _faint_dominated asks ten thousand times (FAINT_DOMINANCE) of a reading alone, an OCR
        shown to read u for n in words no lexicon knows reads it so in these too. Every
        one-step confusion of any table is weighed, so a rival makes it nothing; not the faint
        strokes spellings make (FAINT_SPELLINGS: the Scots 'wae'), nor l read for t or i for l,
        the strokes that make the rare words beside the common ('lour', 'slopped':
        FAINT_DOMINANCE), nor a capitalised reading (a name): HABIT_FAINT_CONFUSIONS."""
        v = self.vocab
        if (z := self._rare_reading_once(token)) is None:
            return None
        faint = _substitutions(token, HABIT_FAINT_CONFUSIONS, 1)
        if not faint:
            return None
        candidates = {c for c in _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1) if v.zipf(c) - z >= DOMINANCE}
        verdict = self._choose(token, candidates, RULE_LETTERS, strong=False, floor=COMMON + 1)
        if verdict is None or not verdict.applied or verdict.after not in faint or not v.own[verdict.after]:
            return None
        read, meant = _change(token, verdict.after)
        if meant not in HABIT_FAINT_CONFUSIONS.get(read, ()) or habits[(read, meant)] < CONTEXT_EVIDENCE:
            return None
        return replace(verdict, evidence=f"{verdict.evidence}; '{read}' for '{meant}', a faint stroke; this "
                       f"witness's repairs read '{read}' for '{meant}' {habits[(read, meant)]} times", confidence=0.75)

    def _rare_reading_once(self, token: str) -> float | None:
        """The Zipf frequency of a small-letter reading the lexicon knows only rarely
        (WEAK_READING up to RARE_WORD), written once and by no other witness; else None."""
        v = self.vocab
        if not token.isalpha() or not token.islower() or v.own_exact[token] != 1 or v.others_exact[token] \
                or token in v.others_words:
            return None
        z = v.zipf(token)
        return z if WEAK_READING <= z < RARE_WORD else None

    def _repeated_misreading(self, token: str, table: Mapping[str, tuple[str, ...]]) -> bool:
        """The same misreading can recur in a long witness; a reading twenty times rarer here
        than one of its confusions, and far rarer in the lexicon, is not evidence for itself."""
        v = self.vocab
        own = v.own[token.lower()]
        base = v.zipf(token)
        # (1 for t too among small letters, as _digit_readings reads it: 'wi1h' written twice)
        confusions: Iterable[str] = _substitutions(
            token, _DIGITS_WITH_RARER if table is DIGIT_CONFUSIONS and token.islower() else table, 1)
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


@lru_cache(maxsize=4096)
def _names_word(low: str, z: float, lang: str) -> bool:
    """Whether ``low`` (Zipf ``z`` in ``lang``) is a name's word as the lexicon counts it:
    three in four of the other languages in Latin letters write it nearly as often
    (NAME_SPREAD), as every language writes a person's or a place's name ('diana',
    'susan'); a language's own words they write far less often, or not at all ('dinner',
    'know', 'rose')."""
    if z < WEAK_READING:
        return False
    least = 10.0 ** (z - NAME_SPREAD - 9)
    others = [wordfreq.get_frequency_dict(o, wordlist="small") for o in MARKED_LANGUAGES if o != lang]
    return 4 * sum(f.get(low, 0.0) >= least for f in others) >= 3 * len(others)


#: how much less often (Zipf) another language may write a name than the witness's does
NAME_SPREAD = 0.5


#: the most letters a run of a notation's has ('d', 'vo', 'mo', 'Nc': pence, formats, moves)
_NOTATION_LETTERS = 2
_LETTER_RUNS_RE = re.compile(r"[^\W\d_]+")


def _shape(token: str) -> str:
    """``token``'s runs of digits, small letters and capitals, each one character ('9', 'a',
    'A'): '6d' and '4s' are '9a', '8vo' and '12mo' '9a', 'Nc6' and 'Nf3' 'Aa9'."""
    return "".join(k for k, _ in groupby("9" if c.isdigit() else "a" if c.islower() else "A" for c in token))


def _undoubled(low: str) -> set[str]:
    """``low`` with one of two letters alike in a row taken out, each way it can be."""
    return {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}


def _thin_letter_added(low: str) -> set[str]:
    """``low`` with one thin letter (_THIN_LETTERS) put in, at each place it can be."""
    return {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in _THIN_LETTERS}


#: the fewest letters of a reading's head that, written in other words, make a stem of the
#: witness's, and how many of them stand after the confusion (_unless_the_stem_is_written)
_HEAD = 4
_HEAD_AFTER = 2
#: how far above a reading _faint_dominated's repair stands: a candidate (DOMINANCE) and
#: above the lexicon's noise (FAINT_DOMINANCE)
_FAINT_REPAIR = max(DOMINANCE, FAINT_DOMINANCE)
#: a word's first syllable's vowels (Judge._vowel_of_own_word)
_FIRST_VOWELS_RE = re.compile(r"[^aeiouy]*([aeiouy]+)")


def _camel_case(head: str, tail: str, v: Vocabulary) -> bool:
    """Whether a small-letter ``head`` and a capitalised ``tail`` are code's camelCase (two
    everyday words, the first of three letters or more: setUp, getTime) or a brand's letter
    before a word (eCommerce), not a capital the OCR read among small letters."""
    return (len(head) >= 3 and len(tail) >= 2 and min(v.zipf(head), v.zipf(tail)) >= COMMON) \
        or (len(head) == 1 and len(tail) >= 4 and v.zipf(tail) >= COMMON)


def _brand_compound(head: str, tail: str, v: Vocabulary) -> bool:
    """Whether a capital among small letters opens a word after a word or a word-forming
    prefix of two letters ('inSight', 'reMarkable', 'beCame'): where a brand or a name puts
    its inner capital, so the OCR's tall letter is no surer there than the maker's. (Heads
    of one letter or of three and more are _camel_case's.)"""
    return len(head) == 2 and len(tail) >= 4 and (head in _FORMING_PREFIX_SET or v.zipf(head) >= COMMON) \
        and (v.zipf(tail) >= COMMON or (tail[0].lower() not in _SAME_SHAPE and _speakable(tail, v.lang)))


_BRAND_COMPOUND = "; but the capital opens a word after a word or a prefix, as a brand's or a name's does"


#: what follows an apostrophe in a contraction, a possessive or an old elision (don't,
#: John's, I'd, we'll, o'er, ne'er, e'en, 'tis, o'clock's kin are words the lexicon has)
_ELISION_TAILS = frozenset({"s", "t", "d", "ll", "re", "ve", "m", "em", "er", "en", "n", "st", "th", "r", "ye"})
#: the letters a speck or a stroke split from its glyph is read as inside a word (alnd, rloom, wias)
_SPECK_LETTERS = "il"


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


#: every digit's letters, the rarer ones too (_digit_readings)
_DIGITS_WITH_RARER = {d: DIGIT_CONFUSIONS.get(d, ()) + RARER_DIGIT_CONFUSIONS.get(d, ())
                      for d in DIGIT_CONFUSIONS.keys() | RARER_DIGIT_CONFUSIONS.keys()}

#: a lower-case roman numeral, as furniture's (a mixed-case one is no word's misreading)
_ROMAN_RE = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")

#: the digits short labels and chat spell for their sound: b2b (to), b4 (for), gr8 (eight)
_SOUNDED_DIGITS = frozenset("248")


def _digit_in_word(word: str) -> bool:
    return _DIGIT_RE.search(word) is not None


def _wordlike(token: str, letters: int, digits: int) -> bool:
    """A word with digits in it, not a code: at least as many letters as digits, and no
    capital-then-digits label (P05, H1) unless the capital has its small letter's shape."""
    if letters < digits:
        return False
    return not (token[0].isupper() and token[1:].isdigit() and token[0].lower() not in _SAME_SHAPE)


def _digit_readings(token: str, everyday: Callable[[str], bool] = lambda w: True) -> dict[str, int]:
    """The readings of ``token``'s digits as letters, each with the confusions it takes: the
    rarer ones (RARER_DIGIT_CONFUSIONS, 1 for t, 6 for e) count one more, and only among small
    letters (a t's crossbar lost in a word: wi1h, 1he; capitals and a digit are a label's,
    1BLS), and only into words ``everyday`` takes (the judge's: Zipf COMMON + 1; a rarer
    confusion into a rarer word is the lexicon's noise: 'fis6' is no 'fise', 'mont6' no 'monte')."""
    readings = _substitutions(token, DIGIT_CONFUSIONS)
    if any(d in token for d in RARER_DIGIT_CONFUSIONS) and token.lower() == token:
        for reading, n in _substitutions(token, _DIGITS_WITH_RARER, 1).items():
            if reading not in readings and everyday(reading):
                readings[reading] = n + 1
    return readings


@lru_cache(maxsize=8)
def _strong_words(lang: str) -> frozenset[str]:
    """The words of the lexicon of Zipf COMMON + 1 or more: those _score gives COMMON + 1
    without another witness (the lexicon is ordered by frequency)."""
    return frozenset(w for w, _ in takewhile(lambda wz: wz[1] >= COMMON + 1, zipf_table(lang).items()))


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


def _old_print_u_or_v(reading: str, word: str) -> bool:
    """Whether ``word`` is ``reading`` with one u inside it (not its first or last letter)
    made v, or its first letter v made u: the letters an old print sets for the other."""
    if len(reading) != len(word) or len(word) < 2:
        return False
    if reading[0] == "v" and word[0] == "u":
        return reading[1:] == word[1:]
    return _change(reading, word) == ("u", "v") \
        and 0 < next(i for i, (a, b) in enumerate(zip(reading, word)) if a != b) < len(word) - 1
