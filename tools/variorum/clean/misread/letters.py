"""Letters as read and said: consonant runs no word has, and the case a repaired word takes."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from variorum.abbreviations import after_abbreviation
from variorum.clean.misread.tables import (
    COMMON, DIGIT_CONFUSIONS, TOKEN_RE, _QUOTATION_OPENS_RE, _SENTENCE_END_RE,
)
from variorum.clean.misread.vocabulary import Vocabulary, _change, _everyday_words, _times


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
#: a colon before a word: an opening _opening counts, where English writes the small letter ('here: is it')
_AFTER_COLON_RE = re.compile(r":['\"\u201d\u2019)]*\s+$")


def _small_shaped_capitals(token: str) -> str:
    """``token`` with each capital after its first letter lowered, where every such capital
    has the small letter's shape (_SAME_SHAPE: 'beCame', 'hiS', 'YOu') and none stands beside
    another (an acronym's: 'iOS', 'MacOS'); else "". OCR tells those letters' cases by size
    alone, and a word of small letters has no capital inside it."""
    if token.islower() or token.isupper() or token[1:].islower() or not token.isalpha():
        return ""
    rest = token[1:]
    capitals = [i for i, c in enumerate(rest) if c.isupper()]
    if not capitals or any(rest[i].lower() not in _SAME_SHAPE or rest[i + 1:i + 2].isupper() for i in capitals):
        return ""  # (a titlecase letter, 'ǅ', is neither small nor capital)
    return token[0] + rest.lower()


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


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a sentence's end (a stop, or a paragraph's
    start), not an abbreviation's stop ('Mr.', 'St.', an initial: variorum.abbreviations)."""
    return _SENTENCE_END_RE.search(text[max(0, start - 6):start]) is not None and not after_abbreviation(text, start)


def _opening(text: str, start: int) -> str:
    """"a sentence's" or "a quotation's" where the word at ``start`` is the first of one
    ('said, ‘Child, what'), else "": there a capital is English's own, not the OCR's. An
    abbreviation's stop ('Mr.', 'e.g.', an initial: variorum.abbreviations) ends no sentence;
    a paragraph's start opens one whatever ends the last."""
    if (m := _SENTENCE_END_RE.search(text[max(0, start - 6):start])) and (
            "\n\n" in m.group() or not after_abbreviation(text, start)):
        return "a sentence's"
    return "a quotation's" if _QUOTATION_OPENS_RE.search(text[max(0, start - 2):start]) else ""


def _capital_kept(text: str, start: int) -> str:
    """_opening's, or "a name's" after an abbreviation's stop ('Mr. Wood', 'J. Wood'): where
    a capital is the author's as often, so a repair keeps it."""
    return _opening(text, start) or ("a name's" if after_abbreviation(text, start) else "")


def _small_i(text: str, start: int, word: str, vocab: Vocabulary) -> tuple[str, str]:
    """A repair that puts a capital I for an ``l`` at a word's start ('ldea', 'lts') takes
    a small i in mid-sentence where the edition writes the word so more often than with
    the capital: the dotless stroke the OCR saw is an i as often as an I, and only the
    sentence and the edition's own use tell which. A word the edition never writes keeps
    the capital: a name ('lreland') has no small letter."""
    if len(word) < 2 or word[0] != "I" or not word[1:].islower() or _capital_kept(text, start):
        return word, ""
    small = "i" + word[1:]
    written_small = vocab.own_exact[small] + vocab.others_exact[small]
    written_capital = vocab.own_exact[word] + vocab.others_exact[word]
    if written_small <= written_capital:
        return word, ""
    return small, (f"a small i: mid-sentence, and the edition writes '{small}' {_times(written_small)}, "
                   f"'{word}' " + (_times(written_capital) if written_capital else "never"))


def _case_from_context(text: str, start: int, end: int, word: str, vocab: Vocabulary) -> tuple[str, str]:
    """A repaired word takes its case from the sentence, unless capitals are its own.

    OCR tells o/O, s/S, 0 apart by size only, so a repaired word made only of such letters
    has capitals that are weak evidence; the edition and the neighbouring words decide. A
    digit read for a word's first letter has no case at all: where a sentence or a
    quotation opens (not after a colon), the letter is a capital ('5o' -> 'So').
    """
    letters = [c for c in word if c.isalpha()]
    if word[:1].islower() and text[start:start + 1].isdigit() and word[0].upper() in DIGIT_CONFUSIONS.get(
            text[start], ()) and (opening := _capital_kept(text, start)) and not _AFTER_COLON_RE.search(
            text[max(0, start - 6):start]):
        # (a digit has no case: '5o' is 'So' where a sentence opens as much as 'so' elsewhere)
        return word[0].upper() + word[1:], "capitalised: it begins " + opening.removesuffix("'s")
    # (a capital read beside small letters was measured against them: only the edition's
    # own small form outweighs it, 'Spani5h' is 'Spanish'; 'S0' has no letter to size the S by)
    if len(word) > 1 and word[0].isupper() and word[1:].islower() and word[0].lower() in _SAME_SHAPE \
            and not _capital_kept(text, start):
        small = vocab.own_exact[word.lower()] + vocab.others_exact[word.lower()]
        if (small or not any(c.islower() for c in text[start:end])) \
                and small >= vocab.own_exact[word] + vocab.others_exact[word] and vocab.zipf(word) >= COMMON:
            return word.lower(), "lower case: mid-sentence, and its capital has the small letter's shape"
    if len(letters) < 2 or not all(c.isupper() and c.lower() in _SAME_SHAPE for c in letters):
        return word, ""
    if vocab.others_exact[word] or vocab.own_exact[word] or vocab.zipf(word.lower()) < COMMON:
        return word, ""
    neighbours = TOKEN_RE.findall(text[max(0, start - 40):start])[-1:] + TOKEN_RE.findall(text[end:end + 40])[:1]
    if any(len(n) > 1 and n.isupper() for n in neighbours):
        return word, ""  # a line in capitals
    if opening := _capital_kept(text, start):
        return word[0] + word[1:].lower(), "capitalised: it begins " + opening.removesuffix("'s")
    return word.lower(), "lower case: mid-sentence, and the edition never writes it in capitals"
