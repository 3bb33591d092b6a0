"""Marks on letters: a speck the OCR read as an accent or a cedilla on a word of the language (``réturn``, ``Thè``)."""

# A misreading, not an encoding fault: the bytes are sound, the scanner saw a speck above or
# beside a vowel as its mark. Only the evidence of words tells the speck's mark from an
# author's (café, rôle, Salêve), so the rule lives with the other misreadings, which see
# whole words after line joining and the witnesses' counts.

from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

import wordfreq

from variorum.clean.misread.code import _NAME_AFTER_RE, _NAME_BEFORE_RE
from variorum.clean.misread.judge import Verdict
from variorum.clean.misread.letters import _opening
from variorum.clean.misread.places import _occurrences
from variorum.clean.misread.tables import (
    CONTEXT_DOMINANCE, FAINT_DOMINANCE, LONG_READING, MARKED_LANGUAGES, RARE_REPAIR, RARE_WORD, RULE_ACCENT,
    TOKEN_RE,
)
from variorum.clean.misread.vocabulary import Vocabulary, _times


def _marked_letters() -> dict[str, tuple[str, str]]:
    """Each precomposed Latin letter with one mark (é, ö, ç, ñ): its letter and the mark."""
    out = {}
    for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]):
        d = unicodedata.normalize("NFD", c)
        if len(d) == 2 and d[0].isascii() and d[0].isalpha() and unicodedata.combining(d[1]):
            out[c] = (d[0], d[1])
    return out


#: letter with a mark -> (the letter, the mark)
_MARKED = _marked_letters()
_UNMARK = str.maketrans({c: v for c, (v, _) in _MARKED.items()})
#: letter -> its letters with one mark ('e' -> é, è, ê, ë...)
_SAME_LETTER: dict[str, list[str]] = {}
for _c, (_base, _) in _MARKED.items():
    _SAME_LETTER.setdefault(_base, []).append(_c)
_DIAERESIS, _GRAVE = "\u0308", "\u0300"
#: the apostrophe a word may hold (man’s), no letter
_QUOTES = str.maketrans("", "", "\u2019")
#: how far (characters) another mark makes a place a passage in a language that writes them
#: ('à la mode', 'déjà vu', a French quotation): specks are far rarer than one in a line
_NEIGHBOURHOOD = 40
#: how common (Zipf) a word of theirs: once in ten thousand words, a quotation's every line
#: has one; a rare spelling (Italian's 'thè') is no evidence
_EVERYDAY_ELSEWHERE = 4.0


#: a witness writing this many different everyday words of one language that writes marks,
#: each with its mark, is written in that language (its editor set none): its marks are its own
_LANGUAGE_WORDS = 5


def _language_written(vocab: Vocabulary) -> tuple[str, int]:
    """The language that writes marks whose everyday words with marks the witness writes
    _LANGUAGE_WORDS times or more (different words; 'había', 'más', 'años'), and how many;
    ("", 0) where none: an English book's specks make few words of any one language."""
    counts: dict[str, int] = {}
    for token in _marked_tokens(vocab.own_exact):
        if len(token) >= 2:
            for other in _languages_writing(token, vocab.lang):
                counts[other] = counts.get(other, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return best if best[1] >= _LANGUAGE_WORDS else ("", 0)


def _marked_tokens(tokens: Iterable[str]) -> list[str]:
    """The tokens with a marked letter (at C speed: translate changes only those)."""
    return [t for t in tokens if t.translate(_UNMARK) != t]


@lru_cache(maxsize=4096)
def _languages_writing(token: str, lang: str) -> tuple[str, ...]:
    """The languages (other than ``lang``) that write ``token`` as an everyday word."""
    low = token.lower()
    return tuple(other for other in MARKED_LANGUAGES if other != lang
                 and wordfreq.zipf_frequency(low, other, wordlist="small") >= _EVERYDAY_ELSEWHERE)


def _in_language_of(words: list[str], languages: tuple[str, ...], vocab: Vocabulary) -> str:
    """The language of ``languages`` one of ``words`` is an everyday word of, more than of the
    witness's (a neighbour in a quotation: 'nach', 'fue'), if any; ``words`` whole words (the
    window's first and last may be cut)."""
    for word in words:
        if len(word) < 3:
            continue  # (short words are many languages' by chance: 'mi', 'to', 'a')
        for other in languages:
            z = wordfreq.zipf_frequency(word.lower(), other, wordlist="small")
            if z >= _EVERYDAY_ELSEWHERE and z - vocab.zipf(word) >= 1:
                return other
    return ""


def _an_authors_mark(token: str, vocab: Vocabulary) -> bool:
    """Whether the one mark of ``token`` is one an author writes in English: a diaeresis on a
    vowel said apart from the vowel before it (naïve, Zoë, coöperate, aërial; unless the
    witness writes the word without it twenty times as often: 'saïth' beside 'saith'), a
    grave on the syllable verse says in '-èd' (belovèd); or whether it has more than one
    mark (a foreign word's: déjà, été), where a speck makes one."""
    marks = [(i, _MARKED[c][1]) for i, c in enumerate(token) if c in _MARKED]
    if len(marks) != 1:
        return True
    i, mark = marks[0]
    if mark == _DIAERESIS and i > 0 and token[i - 1].lower() in "aeiouy":
        plain, low = token.translate(_UNMARK).lower(), token.lower()
        return vocab.own[plain] < CONTEXT_DOMINANCE * max(1, vocab.own[low])
    return mark == _GRAVE and token[i:].lower() == "èd"


def _another_mark_written(token: str, vocab: Vocabulary) -> tuple[str, int] | None:
    """The form of ``token`` (one marked letter) with another mark on that letter that the
    edition writes more often than the witness writes ``token`` ('René' for 'Renè'; as often,
    where the lexicon knows it better), and how often; None where it writes none."""
    i, c = next((i, c) for i, c in enumerate(token) if c in _MARKED)
    base = _MARKED[c][0]
    best = None
    for other in _SAME_LETTER[base]:
        if other != c:
            form = token[:i] + other + token[i + 1:]
            n = vocab.own_exact[form] + vocab.others_exact[form]
            # (as often as the token, the lexicon's spelling of the two)
            if n and (n > vocab.own_exact[token] or (n == vocab.own_exact[token] and vocab.zipf(form) > vocab.zipf(token))) \
                    and (best is None or n > best[1]):
                best = (form, n)
    return best


def _specks_over_letters(tokens: Iterable[str], vocab: Vocabulary, text: str) -> dict[str, Verdict]:
    """Verdicts on the readings with a mark over (or under) one letter that a speck made:
    the reading is known nowhere (no other witness, the lexicon not at all or only at the
    level of its own OCR noise, ten thousand times rarer than the word without the mark),
    the word without it is known (the lexicon, if rarely, or in a long reading at all; the
    witness; the edition), and the witness writes the reading only there (or twenty times
    as rarely as the word). A capitalised reading the edition never writes without its
    mark is a name's inside a sentence (Gethsemané, Renè: left alone, no suggestion) and only
    suggested where a sentence opens (the capital may be the sentence's); one only the other
    witnesses write without it is only suggested (an edition's spelling of the name). A reading whose
    letter the edition writes with another mark (Renè beside René) is only suggested in
    that form (_another_mark_written), wherever it stands.

    Never touches: a word the lexicon knows with its mark (café, rôle, naïve, à), one a
    witness repeats (Salêve), a mark English writes (a diaeresis after a vowel: Zoë,
    aërial; belovèd), a word with two marks (déjà), a place within a few words of a mark
    no speck explains (a quotation in French: 'à la mode'), a name (Müller, Pélissier, a
    capitalised word mid-sentence the edition writes nowhere without its mark);
    an everyday word of another language that writes marks, among that language's words, is
    only suggested (a quotation with one mark in it), and so is any repair in a witness
    written in such a language (_language_written: its editor did not say so).
    """
    verdicts: dict[str, Verdict] = {}
    names: set[str] = set()
    siblings: set[str] = set()  # (suggestions of a form the edition writes: no place rule holds them)
    marked: list[str] = []  # (the readings known nowhere: a sibling form is asked of those not repaired)
    for token in _marked_tokens(tokens):
        if len(token) < 2 or _an_authors_mark(token, vocab):
            continue  # (a letter alone is a word of its own in some language: í, à, ó)
        plain, low = token.translate(_UNMARK), token.lower()
        p_low = plain.lower()
        z_token, z_plain = vocab.zipf(token), vocab.zipf(plain)
        if (z_token and z_plain - z_token < FAINT_DOMINANCE) or vocab.others[low]:
            continue  # the lexicon's word, or another witness's
        marked.append(token)
        written = vocab.own[low]
        if z_plain < (RARE_REPAIR if len(plain) >= LONG_READING else RARE_WORD) \
                and vocab.own[p_low] < CONTEXT_DOMINANCE * written and not vocab.others[p_low]:
            continue  # (a word only the witness writes, as often with its mark: an author's, 'avelânche')
        if written > 1 and vocab.own[p_low] < CONTEXT_DOMINANCE * written:
            continue  # the witness's own spelling
        letter = next(c for c in token if c in _MARKED)
        evidence = (f"'{token}': wordfreq {z_token:.2f}, written {_times(written)} by this witness, by no other; "
                    f"without the mark on '{_MARKED[letter][0]}' {vocab.describe(plain)}: a speck read as a mark")
        if token[:1].isupper() and not token.isupper() and not (vocab.own_exact[plain] or vocab.others_exact[plain]):
            names.add(token)
            verdicts[token] = Verdict(plain, RULE_ACCENT, evidence + f"; '{plain}' is written nowhere with its "
                                      "capital: perhaps a name", 0.5, False)
        else:
            verdicts[token] = Verdict(plain, RULE_ACCENT, evidence, 0.8, True)
    for token in marked:
        if (v := verdicts.get(token)) is not None and v.applied:
            continue
        if (sibling := _another_mark_written(token, vocab)) is not None and sibling[0] not in verdicts:
            # (a speck on the mark's stroke, or its stroke faint: 'Renè' where the edition
            # writes 'René', itself no speck's reading; a name's spelling, so never applied)
            form, n = sibling
            verdicts[token] = Verdict(form, RULE_ACCENT, f"uncertain: '{token}' written {_times(vocab.own_exact[token])} "
                                      f"by this witness, by no other; the edition writes '{form}' {_times(n)}: "
                                      "a mark read as another", 0.5, False)
            siblings.add(token)
            names.discard(token)
    if verdicts:
        specks = set(verdicts)
        for m in _occurrences(text, specks):
            if m.token not in verdicts or m.token in siblings:
                continue
            before, after = text[max(0, m.start - _NEIGHBOURHOOD):m.start], text[m.end:m.end + _NEIGHBOURHOOD]
            around = before + " " + after
            words = TOKEN_RE.findall(around)
            if not around.isascii() and any(t not in specks and not t.translate(_QUOTES).isascii()
                                            for t in words):
                # a letter no speck explains beside it: a passage that writes marks ('à la mode',
                # a French quotation, 'Trần Ngọc Quân'), every place held
                del verdicts[m.token]
            elif m.token in names and not _opening(text, m.start):
                # a capital inside a sentence is a name's, and a name is spelt with marks far
                # more often than a speck falls on one: a suggestion at each is a reviewer's noise
                del verdicts[m.token]
            elif verdicts[m.token].applied and not _opening(text, m.start) and m.token[0].isupper() \
                    and not vocab.own_exact[verdicts[m.token].after]:
                # a name's spelling only the other witnesses write without the mark ('Pélissier'
                # beside their 'Pelissier'): an edition's variant, which the collation shows
                verdicts[m.token] = replace(verdicts[m.token], evidence=verdicts[m.token].evidence
                                            + "; a name this witness writes nowhere without its mark: "
                                              "perhaps its own spelling", confidence=0.5, applied=False)
            elif verdicts[m.token].applied and not _opening(text, m.start) and (
                    (m.token[0].isupper() and (_NAME_BEFORE_RE.search(before) or _NAME_AFTER_RE.match(after)))
                    or (_NAME_BEFORE_RE.search(before) and _NAME_AFTER_RE.match(after))):
                # a word of a name written in full ('Kai Mäkisara', 'Ingy döt Net'): a name may be spelt so
                verdicts[m.token] = replace(verdicts[m.token], evidence=verdicts[m.token].evidence
                                            + "; beside a name, perhaps part of it", confidence=0.5, applied=False)
            elif verdicts[m.token].applied and (languages := _languages_writing(m.token, vocab.lang)) and (
                    other := _in_language_of(words[1:-1], languages, vocab)):
                # an everyday word of a language that writes marks among that language's words:
                # a quotation with one mark in it ('La decisión fue'), the speck's word
                # by chance in English prose ('thé') has English neighbours
                verdicts[m.token] = replace(verdicts[m.token], evidence=verdicts[m.token].evidence
                                            + f"; a word of '{other}' among its words: perhaps a quotation",
                                            confidence=0.5, applied=False)
    if any(v.applied for v in verdicts.values()) and (written := _language_written(vocab))[1]:
        # a witness in a language that writes marks, cleaned as another ('leña', 'mâts'):
        # no mark of its is a speck's for certain
        for token, v in list(verdicts.items()):
            if v.applied:
                verdicts[token] = replace(v, evidence=v.evidence + f"; the witness writes {written[1]} "
                                          f"everyday words of '{written[0]}' with their marks: perhaps its "
                                          "language's", confidence=0.5, applied=False)
    return verdicts
