"""Spaces lost between two words, and spaces read inside one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, compress, takewhile
from operator import add
from typing import Container, Iterable, Mapping

from variorum.clean.base import Edit
from variorum.clean.context import TextPairs, pair_total, wanted_pairs
from variorum.clean.lexicon import FUNCTION_WORDS, SUFFIX_FRAGMENTS, zipf_table

from variorum.clean.misread.tables import (
    COMMON, CONTEXT_DOMINANCE, CONTEXT_EVIDENCE, DOMINANCE, FAINT_DOMINANCE, MARGIN, RARE_WORD, RULE_SPACE,
    RULE_SPLIT,
    UNKNOWN_READING_CONFUSIONS, WEAK_READING, _PAIRS, _SHAPES,
)
from variorum.clean.misread.vocabulary import Vocabulary, _plain_words, _substitutions, _times, _word_split
from variorum.clean.misread.places import (
    _Place, _Spans, _pair_places, _without_overlaps, _word_after, _word_before, _word_hits,
)
from variorum.clean.misread.context import _MISREAD_AS_UNKNOWN
from variorum.clean.misread.letters import _THIN_LETTERS, _opens_sentence


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
    # (asked of every split of every reading: a Counter's get and a set, not [] and the others' sum)
    return max(z, COMMON) if vocab.own.get(counted_as, 0) >= 2 or counted_as in vocab.others_words else z


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
    a name would ('Wanda', 'Agreat') goes to _on_pairs_only or _run_together; a reading the
    lexicon has below RARE_WORD whose split is only a thousand times as frequent to
    _thousandfold; a capitalised name run into an everyday word ('Jesusseeing') to
    _after_a_name. Where the witness's OCR has the habit of losing spaces (_by_habit), a
    reading no lexicon knows may split on the habit; a reading the lexicon has, even as
    noise ('withall', 'alltogether' are old spellings), never on the habit alone: short
    of the witness's pairs it is a suggestion, as is any split of a reading one thin letter
    short of an everyday word the witness writes ('amost': 'almost'; _thin_letter_lost) or
    one letter shape from one ('inan': 'man'; _shape_of_own_word).
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
                    or _glued_to_a_long_word(token, z, vocab) or _after_the_pronoun(token, z, vocab)) is not None:
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
        elif z < WEAK_READING and (short := _short_rare_piece(a, b, vocab)):
            # ('brither', 'yeere': a dialect word or an old spelling no lexicon has splits as
            # readily into 'brit her', 'ye ere' as an OCR's 'ofbeak' into 'of beak')
            out[token] = _LostSpace(i, a, b, f"{why}: a space lost between two words, but '{short}' is a short "
                                    f"word the edition does not write and the lexicon has rarely (the reading may "
                                    f"be a word of its own)", 0.8, True, True, ratio=_apart_ratio(a, b),
                                    least=LOST_SPACE_APART, or_suggest=True, habit=True)
        elif z < WEAK_READING:
            out[token] = _LostSpace(i, a, b, f"{why}: a space lost between two words", 0.8, True, False)
        elif noise and z < RARE_WORD and _commonest_pair(a, b, vocab):
            # (a compound of two such words would be common enough for the lexicon to know it)
            out[token] = _LostSpace(i, a, b, f"{why}, ten thousand times as frequent, both among the commonest "
                                    f"thousand", 0.8, True, True, ratio=1, least=1, or_suggest=True)
        elif noise:
            apart = _apart_ratio(a, b)
            out[token] = _LostSpace(i, a, b, f"{why}, ten thousand times as frequent", 0.8, True, True,
                                    ratio=apart, least=0 if apart == CONTEXT_DOMINANCE else apart,
                                    or_suggest=z < RARE_WORD and apart != CONTEXT_DOMINANCE)
        elif (split := _thousandfold(token, z, best, i, a, b, vocab) or _after_the_pronoun(token, z, vocab)) \
                is not None:
            out[token] = split
    for token, split in out.items():
        if not split.applied:
            continue
        if word := _thin_letter_lost(token.lower(), vocab):
            # one misreading, not two words: 'amost' is 'almost' as well as 'a most'
            how = "a thin letter lost"
        elif word := _shape_of_own_word(token.lower(), vocab):
            # 'inan' is 'man' (m read as in) as well as 'in an'
            how = "one letter shape misread"
        else:
            continue
        out[token] = replace(split, evidence=f"{split.evidence}; as well '{word}', {how}, which this witness "
                             f"writes {_times(vocab.own[word])}", confidence=0.4, applied=False,
                             needs_pairs=False, rival=None, or_suggest=False, habit=False, and_habit=False)
    if vocab.prints_u_for_v:
        # (an old print's 'forme' is 'form' as its age spelt it: a split short of a sure one is noise)
        out = {t: split for t, split in out.items()
               if (split.applied and not split.needs_pairs) or not vocab.spelt_as_old_print(t)}
    return out


def _shape_of_own_word(token: str, vocab: Vocabulary) -> str:
    """The everyday word (COMMON) this witness writes CONTEXT_EVIDENCE times or more that one
    confusion of letter shapes (_SHAPES: rn/m, in/m, li/h...) makes of the small-letter
    ``token``, if any: the one misreading a split would take for two words."""
    for word in _substitutions(token, _SHAPES, 1):
        if vocab.own[word] >= CONTEXT_EVIDENCE and vocab.zipf(word) >= COMMON:
            return word
    return ""


def _thin_letter_lost(token: str, vocab: Vocabulary) -> str:
    """The everyday word (COMMON) this witness writes CONTEXT_EVIDENCE times or more that one
    thin letter (_THIN_LETTERS: the narrow glyphs an OCR engine loses) put back into the
    small-letter ``token`` makes, if any: the one misreading a split would take for two words."""
    for k in range(len(token) + 1):
        for c in _THIN_LETTERS:
            word = token[:k] + c + token[k:]
            if vocab.own[word] >= CONTEXT_EVIDENCE and vocab.zipf(word) >= COMMON:
                return word
    return ""


def _after_the_pronoun(token: str, z: float, vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading the lexicon has below COMMON (its noise: 'iam' 2.95), written once and
    by no other witness, is the pronoun I run into a word in small letters that is everyday
    or that the edition writes ('Iam', 'Ishall', 'Ifancy'): applied only where this witness
    writes 'I' and the word apart LOST_SPACE_APART times or more and as many times as often
    (_lost_space_edits), so that a name ('Iago', 'Ivan') never splits on the lexicon alone; a
    suggestion short of that for a reading below RARE_WORD. The other splits of a function
    word pass over these: a word of two letters ('am') or one the lexicon has only ten
    thousand times as rarely as its split ('Ishall')."""
    rest = token[1:]
    if token[0] != "I" or len(rest) < 2 or not rest.islower() or z >= COMMON \
            or vocab.own_exact[token] > 1 or vocab.others_exact[token] or _piece_score(rest, rest, vocab) < COMMON:
        return None
    return _LostSpace(1, "I", rest, f"{_two_words(token, 'I', rest, vocab)}: the pronoun run into a word",
                      0.8, True, True, ratio=LOST_SPACE_APART, least=LOST_SPACE_APART, or_suggest=z < RARE_WORD)


def _short_rare_piece(a: str, b: str, vocab: Vocabulary) -> str | None:
    """The piece of a function word's split (``a`` + ``b``) that is no function word, where it
    is shorter than LONG_PIECE, below COMMON + 1 and written by no witness of the edition:
    a word that short and that rare is as likely a chance of the reading's letters."""
    glue_a, glue_b = a.lower() in _GLUE_WORDS, b in _GLUE_WORDS
    if glue_a == glue_b:
        return None
    word = b if glue_a else a
    counted = word.lower()
    if len(word) >= LONG_PIECE or vocab.zipf(word) >= COMMON + 1 or vocab.own[counted] >= 2 or vocab.others[counted]:
        return None
    return word


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
    (a function word or pronoun, or an everyday word of four letters or more, or of two
    before the pronoun I) and a capitalised word (everyday, or one this witness writes) run
    together ('ofDecember', 'ofOlives', 'yetI'): applied where the witness writes the two
    words apart, or, after a function word, where the capitalised word is a name this
    witness writes (capitalised, never in small letters) and its OCR has the habit of
    losing spaces (_by_habit); else a
    suggestion, for an identifier is written so too ('onClick', 'forEach', 'toUpper': not
    only in a call, which _code_like knows)."""
    if not token.isalpha() or vocab.own_exact[token] > 1 or vocab.others_exact[token]:
        return None
    # (the first letter that is no small one: a titlecase letter, 'ǅ', is neither case)
    at = next((i for i, c in enumerate(token) if not c.islower()), None)
    if at is None:
        return None
    left, right = token[:at], token[at:]
    if len(left) < 2 or not (right == "I" or len(right) >= 2 and right[1:].islower()):
        return None
    if not (left in _GLUE_WORDS or (len(left) >= 4 or right == "I") and vocab.zipf(left) >= COMMON):
        return None
    if not (vocab.zipf(right) >= COMMON or vocab.own_exact[right] or vocab.others_exact[right]):
        return None
    return _LostSpace(len(left), left, right, f"{_two_words(token, left, right, vocab)}, the second capitalised: "
                      f"a space lost between two words", 0.8, True, True, ratio=1, least=1, or_suggest=True,
                      habit=left in _GLUE_WORDS and vocab.zipf(token) < WEAK_READING
                      and vocab.own_exact[right] > 0 and not vocab.own[right.lower()] > vocab.own_exact[right])


def _on_pairs_only(token: str, z: float, splits: list[tuple[float, int, str, str]],
                   vocab: Vocabulary) -> _LostSpace | None:
    """Where a reading no lexicon knows, or one at the level of its OCR noise (FAINT_DOMINANCE),
    splits into a function word English also builds words with and a word ('afew',
    'intimes'), or a capitalised one as a name would ('Agreat', 'Assoon'): only where the
    witness writes the two words apart LOST_SPACE_APART times or more and as many times
    as often as together (twenty to one beside where/there/here), a capitalised one only
    where it opens a sentence (see _lost_space_edits) and, if no lexicon knows it, there on
    the witness's habit of losing spaces as well (_by_habit), and one split only."""
    if not splits:
        return None
    splits = _best_first(splits)
    best, i, a, b = splits[0]
    if len(splits) > 1 and best - splits[1][0] < MARGIN or not (z < WEAK_READING or best - z >= FAINT_DOMINANCE):
        return None
    # (a capitalised reading no lexicon knows, at a sentence's opening, written once: where
    # the OCR loses spaces, 'Asuitable', 'Forwhat' are the words, as 'Forman' mid-sentence is not)
    opens = token[0].isupper()
    return _LostSpace(i, a, b, f"{_two_words(token, a, b, vocab)}: a space lost between two words", 0.8, True, True,
                      ratio=_apart_ratio(a, b), least=LOST_SPACE_APART, opens=opens,
                      habit=opens and z < WEAK_READING and _apart_ratio(a, b) != CONTEXT_DOMINANCE)


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
    as well, and stays a suggestion, but for an inflected or derived first word no compound
    opens with (_no_compound_head: 'dreamspresented'), where no other split makes two words
    (_one_reading), on the witness's habit of losing spaces (_by_habit); a word built with a function word English also builds
    words with (_PREFIX_LIKE, _SUFFIX_LIKE: 'bedim', 'resistless') not even that, but for a
    prefix-like word that is no productive prefix (not _PRODUCTIVE), before an everyday
    word of LONG_PIECE letters or more it does not run into with a doubled letter
    ('withconsiderable'): that one splits where the witness writes the two apart, or where
    its OCR has the habit of losing spaces (_by_habit), and is otherwise nothing.
    """
    own = vocab.own.get
    if not token.islower() or own(token, 0) > 1 or token in vocab.others_words or vocab.zipf(token) >= WEAK_READING:
        return None
    if any(token.endswith(e) and own(token[:-len(e)], 0) or own(token + e, 0) for e in _ENDINGS):
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
                      and len(b) >= LONG_PIECE and vocab.zipf(b) >= COMMON
                      or not affix and _no_compound_head(a, vocab) and _one_reading(token, i, vocab))


#: the endings that make an adjective, an adverb or an abstract noun of a stem and no
#: noun of its own ('wonderful', 'quickly', 'happiness', 'fruitless'; not -al, -ive, -ic:
#: 'metal', 'olive', 'music'): an author's closed compound opens with a bare stem
#: ('schoolfellow', 'turnspit', 'seashore'), not such a word
_DERIVED_ENDINGS = ("ly", "ness", "ful", "less", "ous")


def _no_compound_head(word: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` cannot open a closed compound: an inflected form (a plural, a verb's
    -s, -ed, -ing form of a stem of three letters or more the lexicon has as an everyday
    word: 'dreams', 'bystanders') or a derived one (_DERIVED_ENDINGS, a stem of three letters
    or more before the ending)."""
    if any(word.endswith(end) and len(word) - len(end) >= 3 for end in _DERIVED_ENDINGS):
        return True
    # (not a stem ending in s, u or i: 'glass', 'press', 'thus' are no plurals)
    return any(word.endswith(end) and len(stem := word[:-len(end)]) >= 3 and stem[-1] not in "siu"
               and max(vocab.zipf(stem), vocab.zipf(stem + back)) >= COMMON
               for end, back in (("s", ""), ("es", "e"), ("ed", "e"), ("ing", "e")))


def _one_reading(token: str, at: int, vocab: Vocabulary) -> bool:
    """Whether ``token`` splits into two words the lexicon has (RARE_WORD or more) only at
    ``at``: a reading that splits as well elsewhere ('locustsand': 'locusts and', 'locust
    sand') is no reading the witness's habit may decide."""
    return not any(vocab.zipf(token[:j]) >= RARE_WORD and vocab.zipf(token[j:]) >= RARE_WORD
                   and (j > 1 or token[:j] in ("a", "i")) and (len(token) - j > 1 or token[j:] == "a")
                   for j in range(1, len(token)) if j != at)


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
    (_code_like), a split that ``opens`` only at a sentence's opening or where the witness
    writes the two words apart CONTEXT_DOMINANCE times as often (no name is written apart
    as a phrase so often: 'Sonof' beside 'Son of' 28 times), and of two splits
    as good the one the witness's pairs choose (_chosen_by_pairs). A split that
    ``needs_pairs`` stands where this witness writes the two words apart (``pairs``: the
    text as the token repairs leave it) ``least`` times and ``ratio`` times as often as
    the reading; short of that it is a suggestion (``or_suggest``) or nothing, and a
    suggestion too where the witness writes the two with a hyphen ('parent-species'). A
    split that leaves the article 'a' at a reading's end is a suggestion before what no
    article stands before ('towna,', 'groupa of': _no_article_before).

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
        if split.opens and (not _opens_sentence(text, m.start)
                            or split.habit and _TITLE_BEFORE_RE.search(text[max(0, m.start - 8):m.start])) \
                and pair_total(pairs, split.left, split.right) < CONTEXT_DOMINANCE * vocab.own_exact[m.token]:
            continue  # (a name's, unless the witness writes the two apart twenty times as often: 'Sonof')
        if split.rival is not None:
            split = _chosen_by_pairs(m.token, split, pairs, vocab)
            if not split.applied and (why := _chosen_on_habit(m.token, split, pairs, vocab)):
                habitual.append((m, replace(split, confidence=0.8), why, _misread_word(m.token, split, vocab)))
                continue
        evidence, applied = split.evidence, split.applied and apply
        if applied and split.right == "a" and (after := _no_article_before(text, m.end)):
            # ('towna,', 'groupa of': a letter misread at the word's end, not the article)
            evidence, applied = f"{evidence}; but no article stands before {after}", False
        if split.needs_pairs:
            apart, glued = pair_total(pairs, split.left, split.right), vocab.own_exact[m.token]
            once = glued == 1 and not vocab.others_exact[m.token]
            short = apart < max(split.least, split.ratio * glued)
            if (split.and_habit or split.habit and short) \
                    and not (split.or_suggest and _hyphened(text, split.left, split.right)):
                # (the pairs fall short, or suffice only with the habit: the OCR's habit
                # decides; not a compound the witness writes with a hyphen: 'parent-species')
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


#: the words an indefinite article never stands before: prepositions, conjunctions, articles,
#: possessives and subject pronouns (what may be its noun's first word is none of these)
_NO_NOUN_AFTER = frozenset("""of on in at to by for with from into upon and or but nor the a an this
these those his my their its our your he she they we""".split())
#: what follows a reading: punctuation, or its next word
_AFTER_RE = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_]+|[,.;:!?)\]])")


def _no_article_before(text: str, end: int) -> str:
    """What follows the reading that ends at ``end`` if no indefinite article can stand
    before it (a punctuation mark, or a word of _NO_NOUN_AFTER), quoted; else ''."""
    m = _AFTER_RE.match(text, end)
    if m is None:
        return ""
    after = m.group(1)
    return f"'{after}'" if after in _NO_NOUN_AFTER or not after[0].isalpha() else ""


#: a title's abbreviation before a name ('Mr. ', 'Dr. ', 'St. '): its stop opens no sentence
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{0,2}\.\s+$")


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


def _repairs_split(text: str, edits: list[Edit], vocab: Vocabulary, lang: str, apply: bool,
                   own: TextPairs | None = None) -> list[Edit]:
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
    pairs = (own or TextPairs(text)).of(_lost_space_pairs(lost), done)
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
    # (the pattern opens with the hyphen, a literal no case folds: the engine jumps from
    # hyphen to hyphen, a few hundred a book, and looks behind each for ``left`` with no
    # letter before it; opening with ``left``, case-folded, it was tried at every letter
    # of its first, ten times the cost)
    return re.search(rf"-(?<=(?<![^\W\d_]){re.escape(left)}-)\s*{re.escape(right)}(?![^\W\d_])",
                     text, re.I) is not None


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


@dataclass(frozen=True)
class _Whole:
    """Why two pieces may be one word, each reason asked once for a distinct pair:
    _commoner_whole, _witness_whole, _fragment_whole, and _whole_of_no_words' reason."""

    commoner: bool
    witness: bool
    fragment: bool
    no_words: str | None

    @classmethod
    def of(cls, a: str, b: str, vocab: Vocabulary) -> "_Whole":
        return cls(_commoner_whole(a, b, vocab), _witness_whole(a, b, vocab), _fragment_whole(a, b, vocab),
                   _whole_of_no_words(a, b, vocab))


def _split_words(text: str, vocab: Vocabulary, blocked: _Spans, apply: bool = True,
                 unknown_at: Iterable[int] | None = None) -> list[Edit]:
    """Two small-letter pieces (the first may be capitalised: 'Pi geon') that make one word
    more frequent than either piece, or one the witness writes (_witness_whole), or a word
    of the lexicon one of whose pieces is a fragment (_fragment_whole).

    A phrase and its compound (``any one``/``anyone``, ``all ready``/``already``, ``in
    to``/``into``) always has a piece commoner than the compound, so it is never joined.
    ``unknown_at``: _word_hits(text, _unknown_once(vocab)), where the caller's pass found them.
    """
    edits: list[Edit] = []
    last_end = -1
    # a candidate joins into a word of the lexicon (RARE_WORD or more: _commoner_whole,
    # _fragment_whole) or one the witness writes three times or more (_witness_whole):
    # only those are looked up (in a set a sixth of the lexicon's size, where a lookup
    # misses the memory caches less)
    known = zipf_table(vocab.lang)
    joined = _known_words_to_extend(vocab.lang)
    if len(_word_split(text)) // 2 < len(vocab.own_exact):
        # (a text of fewer words than the witness writes, as the windows about the repairs
        # of _splits_of_repaired_pieces: each pair's whole asked, not every frequent word)
        joinable = _joinable_pairs(text, _JoinsInto(joined, known, vocab.own_exact), capitalised=True)
    else:
        # (the witness's words written three times or more, picked out at C speed)
        frequent = list(compress(vocab.own_exact, map((3).__le__, vocab.own_exact.values())))
        added = set(compress(frequent, map(known.__contains__, map(str.lower, frequent)))).difference(joined)
        # (added to the lexicon's words for this pass and taken out after: a copy of the fifty
        # thousand for each witness costs more than the pass's lookups)
        joined.update(added)
        try:
            joinable = _joinable_pairs(text, joined, capitalised=True)
        finally:
            joined.difference_update(added)
    # decide on the distinct pairs first (most texts have no candidate at all), then visit
    # only the places where a candidate pair stands
    # (each distinct pair's reasons worked out once: a book writes 'be came' many times)
    candidates: dict[tuple[str, str], _Whole] = {}
    for a, b in joinable:
        whole = _Whole.of(a, b, vocab)
        if whole.commoner or whole.witness or whole.fragment or _whole_by_a_lone_piece(a, b, vocab):
            candidates[(a, b)] = whole
    for a, b in _no_word_pairs(text, vocab, unknown_at):
        candidates.setdefault((a, b), _Whole.of(a, b, vocab))
    if not candidates:
        return edits
    places = _pair_places(text, candidates)
    # a piece's count as a word of its own leaves out its places in candidate pairs: the
    # joins of this pass remove them, and a second pass must decide alike ('di sciples',
    # 'di stance')
    in_pairs = Counter(piece for start, end in places for piece in text[start:end].split(" "))
    made: list[tuple[int, int, bool]] = []
    for start, end in places:
        if start < last_end or blocked.hit(start, end):
            continue
        edit = _split_at(text, start, end, candidates[tuple(text[start:end].split(" "))], vocab, in_pairs, apply)
        if edit is not None:
            edits.append(edit)
            made.append((start, end, edit.applied))
            last_end = end
    if any(applied for _, _, applied in made):
        # a join takes its pieces out of the witness's words: a pair with one of them
        # ('treat ed' before 'repli ed') is decided again on the counts the joins leave, as a
        # second pass finds them ('ed' then written nowhere else: 'treat' a fragment)
        joins = [text[start:end].split(" ") for start, end, applied in made if applied]
        gone = Counter(piece for pair in joins for piece in pair)
        # (each piece taken down once, the whole raised once: ("", ...) only pairs a piece with no word)
        vocab_k = vocab.recounted([(a, a + b) for a, b in joins] + [(b, "") for a, b in joins])
        again = {(a, b): whole for a, b in joinable if (a in gone or b in gone) and (
            (whole := _Whole.of(a, b, vocab_k)).commoner or whole.witness or whole.fragment
            or _whole_by_a_lone_piece(a, b, vocab_k))}
        for start, end in (_pair_places(text, again) if again else []):
            if blocked.hit(start, end) or any(s < end and start < e for s, e, _ in made):
                continue
            edit = _split_at(text, start, end, again[tuple(text[start:end].split(" "))], vocab_k, in_pairs - gone,
                             apply)
            if edit is not None and edit.applied:
                edits.append(edit)
                made.append((start, end, True))
        edits.sort(key=lambda e: e.start)
    return edits


class _JoinsInto:
    """The words _split_words joins a pair into, asked one at a time: those of the lexicon
    to extend (``joined``: RARE_WORD or more), and the witness's own written three times or
    more that the lexicon (``known``) has at all."""

    def __init__(self, joined: Container[str], known: Container[str], written: Mapping[str, int]) -> None:
        self.joined, self.known, self.written = joined, known, written

    def __contains__(self, word: object) -> bool:
        return word in self.joined or (self.written.get(word, 0) >= 3 and word.lower() in self.known)


def _split_at(text: str, start: int, end: int, whole: "_Whole", vocab: Vocabulary, in_pairs: Counter[str],
              apply: bool) -> Edit | None:
    """The join of the candidate pair ``text[start:end]`` (two pieces, one space), if the
    rules of _split_words make it; ``in_pairs``: each piece's places in candidate pairs."""
    a, b = text[start:end].split(" ")
    space = start + len(a)
    joined = a + b
    za, zb = vocab.zipf(a), vocab.zipf(b)
    if _joins_a_neighbour(text, start, space + 1 + len(b), a, b, vocab):
        return None  # "nor th at": north at, or nor that? not for a filter to guess
    no_words = whole.no_words
    if a[0].isupper() and not _opens_sentence(text, start) and not (
            whole.witness or whole.fragment or no_words):
        return None  # (a capitalised word inside a sentence is a name's: 'Then Ab out'; not 'The Pi geon')
    # two everyday words this witness uses far more often than the compound: a phrase
    # (not where one is a fragment written here only: 'sat ab out him'; but 'in deed')
    pieces_usual = min(za, zb) >= COMMON and not any(map(_short_fragment, _alone(a, b, vocab))) and (
        vocab.own_exact[a] - in_pairs[a] + vocab.own_exact[b] - in_pairs[b] > 2 * vocab.own_exact[joined] + 2)
    if pieces_usual:
        return None
    if vocab.others_exact[a] and vocab.others_exact[b] and not vocab.others_exact[joined]:
        return None
    lone = not (whole.commoner or whole.witness or whole.fragment or no_words)
    if lone and _misread_function_word_written(text, start, space + 1 + len(b)):
        return None  # ('al though': 'although', or 'as though' misread, which the witness writes)
    if whole.commoner:
        why = f"is commoner than '{a}' ({za:.2f}) and '{b}' ({zb:.2f})"
    elif lone:
        why = _whole_by_a_lone_piece(a, b, vocab)
    elif no_words:
        why = no_words
    elif not whole.witness:
        piece = min(_alone(a, b, vocab), key=vocab.zipf)
        why = (f"is a word, and '{piece}' ({vocab.zipf(piece):.2f}) a fragment this edition "
               f"writes nowhere else")
    else:
        why = (f"is how this witness spells it elsewhere, and '{min((a, b), key=vocab.zipf)}' "
               f"is a rare word it has only here")
    return Edit(space, space + 1, "", RULE_SPLIT,
                f"'{a} {b}': {vocab.describe(joined)} {why}: a space read inside a word",
                0.8 if apply else 0.5, apply)


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
    # (operator.add joins two strings a third faster than str.__add__, a slot wrapper)
    joining = compress(range(last), map(known.__contains__, map(add, words, words[1:])))
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
        # (a capital alone may be a word's first letter split off: 'J esus'; not 'A', 'I')
        if not (a.isalpha() and b.isalpha() and (a.islower() or capitalised and a[0].isupper() and (
                a[1:].islower() if len(a) > 1 else a not in "AI")) and b.islower() and len(a) + len(b) >= 3):
            continue
        # (word j is parts[2j + 1]: the stretches before, between and after the two)
        before, between, after = parts[2 * j], parts[2 * j + 2], parts[2 * j + 4]
        opened, closed = before.rstrip(_OPENERS), after.lstrip(_CLOSERS)
        if (between.isspace() and (opened[-1:].isspace() or (j == 0 and not opened))
                and (closed[:1].isspace() or (j + 1 == last and not closed))):
            out.add(pair)
    return out


def _unknown_once(vocab: Vocabulary, among: Iterable[str] | None = None) -> set[str]:
    """The words of the witness the lexicon does not know (below WEAK_READING), written once;
    ``among``: of these words only (a few, not the witness's every word)."""
    written = vocab.own_exact
    once = [w for w, n in written.items() if n == 1] if among is None else [w for w in among if written.get(w) == 1]
    return {w for w in set(once).difference(_known_words(vocab.lang)) if vocab.zipf(w) < WEAK_READING}


def _no_word_pairs(text: str, vocab: Vocabulary, unknown_at: Iterable[int] | None = None) -> set[tuple[str, str]]:
    """The pairs _joinable_pairs may join that _whole_of_no_words joins: beside a word of
    the witness the lexicon does not know (below WEAK_READING), written once (_unknown_once,
    at ``unknown_at`` in _word_split where the caller found them). Those are a few dozen of
    a book's words; only the pairs beside one are looked at."""
    if unknown_at is None:
        unknown = _unknown_once(vocab, set(_word_split(text)[1::2]))
        unknown_at = _word_hits(text, unknown) if unknown else []
    # (the words at which an unknown one stands: each is written once, so its index is it)
    at = {(k - 1) // 2 for k in unknown_at}
    if not at:
        return set()
    words, written = _word_split(text)[1::2], vocab.own_exact
    beside = set()
    for j in at:
        for k in (j - 1, j):
            # (both pieces unknown, or the whole written: the few pairs worth the shape check)
            if 0 <= k < len(words) - 1 and (k in at and k + 1 in at or words[k] + words[k + 1] in written):
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


@lru_cache(maxsize=8)
def _known_words_to_extend(lang: str) -> set[str]:
    """_known_words as a set of its own, made once, to which _split_words adds a witness's
    words for one pass and from which it takes them out after."""
    return set(_known_words(lang))


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
