"""Passages in another language: a quotation whose words the rules, which read the witness's language, must not rewrite."""

# The confusion rules weigh a reading against the witness's language alone: inside a German
# or a Latin quotation an author's word unknown to English is one confusion from an English
# word ('gingen', 'quarum'), two of its words run together make one ('hat es'). Where the
# words around a place are words another language knows and the witness's does not, the
# reading is as likely that language's as the OCR's: the repair is only suggested.

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import repeat
import wordfreq

from variorum.clean.base import Edit
from variorum.clean.misread.accents import _EVERYDAY_ELSEWHERE
from variorum.clean.misread.tables import (
    COMMON, MARKED_LANGUAGES, RULE_CONTEXT, RULE_DOUBLED, RULE_DROPPED, RULE_EDGE, RULE_LETTERS, RULE_PRONOUN,
    RULE_SPACE, RULE_REALWORD, RULE_SPLIT, RULE_STROKES,
)
from variorum.clean.misread.vocabulary import Vocabulary

#: the rules that rewrite a word into another of the witness's language (a digit, a mark
#: or punctuation glued between words is no word of any language: those stand)
_REWRITING = frozenset({RULE_LETTERS, RULE_STROKES, RULE_CONTEXT, RULE_SPACE, RULE_SPLIT, RULE_DOUBLED,
                        RULE_DROPPED, RULE_EDGE, RULE_PRONOUN, RULE_REALWORD})
#: how many words on each side of a place make its neighbourhood (a clause's worth)
_SIDE = 4
#: how far (characters) to look for them
_REACH = 100
#: a word of the witness's language among its commonest ('the', 'and', 'in'), whoever else writes it
_ITS_OWN = 6.0
#: how many of the neighbours must be another language's words to make a passage of it
_PASSAGE = 3
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
#: a neighbour, read whole (context.WORD_RE, '_' a letter too and its letter runs possessive: faster)
_WORDS_RE = re.compile(r"\w++(?:['\u2019]\w++)*")


@lru_cache(maxsize=8)
def _other_lexicons(lang: str) -> tuple[tuple[str, dict[str, float]], ...]:
    """The languages other than ``lang`` that a quotation is asked about, each with wordfreq's
    frequencies (the tables accents._languages_writing has wordfreq load: no second copy)."""
    return tuple((other, wordfreq.get_frequency_dict(other, wordlist="small"))
                 for other in MARKED_LANGUAGES if other != lang)


@lru_cache(maxsize=65536)
def _languages_knowing(word: str, z: float, lang: str) -> tuple[str, ...]:
    """The languages other than ``lang`` whose everyday word ``word`` (small letters) is, ten
    times as common there as in ``lang`` (Zipf ``z``)."""
    # (Zipf 9 + log10 of the frequency: the bound as a frequency, one lookup a language)
    least = 10.0 ** (max(_EVERYDAY_ELSEWHERE, z + 1) - 9)
    return tuple(other for other, freqs in _other_lexicons(lang) if freqs.get(word, 0.0) >= least)


def _as_repaired(text: str, lo: int, hi: int, applied: list[Edit], starts: list[int]) -> str:
    """``text[lo:hi]`` with the ``applied`` edits (in document order, apart; ``starts`` their
    starts) inside it made."""
    out, pos = [], lo
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        e = applied[k]
        if e.end > hi:
            break
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:hi])
    return "".join(out)


def _word_around(text: str, e: Edit) -> tuple[int, int]:
    """The span of the word(s) ``e`` touches."""
    start, end = e.start, e.end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "'\u2019"):
        end += 1
    return start, end


def _neighbours(text: str, e: Edit, applied: list[Edit], starts: list[int]) -> list[str]:
    """The words before and after the word(s) ``e`` touches, _SIDE on each side, in its
    paragraph, read as the ``applied`` edits repair them (as a second pass reads them)."""
    start, end = _word_around(text, e)
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    before = _PARAGRAPH_RE.split(_as_repaired(text, lo, start, applied, starts))[-1]
    after = _PARAGRAPH_RE.split(_as_repaired(text, end, hi, applied, starts))[0]
    # (the reach's edge may cut a word: the first before and the last after are dropped when cut)
    words_before = _WORDS_RE.findall(before)[1 if lo > 0 else 0:][-_SIDE:]
    words_after = _WORDS_RE.findall(after)
    if hi < len(text):
        words_after = words_after[:-1]
    return words_before + words_after[:_SIDE]


def _passage_language(words: list[str], vocab: Vocabulary, misread: frozenset[str] = frozenset()) -> str:
    """The language of a passage ``words`` are, if any (the one most of them are words of):
    _PASSAGE of them or more are everyday words of other languages (ten times as common there
    as in the witness's), more than twice as many as the words the witness's language writes.
    (Several languages may share a passage's words: Latin's are Italian's, Spanish's, French's.)
    A small-letter word no lexicon knows at all counts toward the passage too, unless it is
    one of ``misread``, the readings a rule repairs or suggests a repair of: a language the
    lexicons lack (Latin's 'tribunorum', 'valuit'), once another's words show one there."""
    zipfs = list(map(vocab.zipf, words))
    if 2 * sum(z >= _ITS_OWN for z in zipfs) >= len(words):
        return ""  # (most neighbours the language's commonest words: its own prose)
    elsewhere: Counter[str] = Counter()
    foreign = known = unknown = 0
    for word, z in zip(words, zipfs):
        others = _languages_knowing(word.lower(), z, vocab.lang) if z < _ITS_OWN else ()
        if others:
            elsewhere.update(others)
            foreign += 1
        else:
            known += z >= COMMON
            # (the OCR's garbage is no language's either, but the rules read most of it as
            # a misreading of a word; a name, capitalised, is any language's)
            unknown += z == 0 and word.islower() and word.isalpha() and word not in misread \
                and not _known_elsewhere(word, vocab.lang)
    if elsewhere and foreign + unknown >= _PASSAGE and foreign + unknown > 2 * known:
        return elsewhere.most_common(1)[0][0]
    return ""


@lru_cache(maxsize=65536)
def _known_elsewhere(word: str, lang: str) -> bool:
    """Whether any other language's lexicon has ``word`` (small letters) at all."""
    return any(word in freqs for _, freqs in _other_lexicons(lang))


def _held_in_other_languages(text: str, edits: list[Edit], vocab: Vocabulary) -> list[Edit]:
    """``edits`` (in document order, apart) with each applied rewrite of a word inside a
    passage in another language (a quotation: 'hat es' as 'hates', 'gingen' as 'ginger') made
    a suggestion; the neighbours read as the edits left applied repair them, until none is
    held (a repair held leaves its reading for its neighbours' passage)."""
    held: dict[int, str] = {}
    # (the readings the rules repair or suggest a repair of: the OCR's, whatever they stand among)
    misread = frozenset(text[start:end] for start, end in map(_word_around, repeat(text), edits))
    while True:
        applied = [e for k, e in enumerate(edits) if e.applied and k not in held]
        starts = [e.start for e in applied]
        more = {k: other for k, e in enumerate(edits) if e.applied and e.rule in _REWRITING and k not in held
                and (other := _passage_language(_neighbours(text, e, applied, starts), vocab, misread))}
        if not more:
            break
        held.update(more)
    return [replace(e, evidence=e.evidence + f"; among words of '{held[k]}' that '{vocab.lang}' does not "
                    "write: perhaps a quotation", confidence=min(e.confidence, 0.5), applied=False)
            if k in held else e for k, e in enumerate(edits)]
