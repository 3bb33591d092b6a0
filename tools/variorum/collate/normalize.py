"""Matching keys for words: case, punctuation, hyphenation, ligature and spelling folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from variorum.collate.settings import CollateSettings
from variorum.errors import InputError

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")

#: British spellings folded to American ones for matching; each needs enough stem before
#: the ending that short words ("four", "hour", "rise") are never touched.
ENGLISH_RULES: tuple[tuple[str, str], ...] = (
    (r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ably|er|ers)?$", r"or\1"),
    (r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"(?<=[a-z]{2}l)ys(e|es|ed|ing)$", r"yz\1"),
    (r"(?<=[a-z]{2}[bdfgkmnptv])re(s)?$", r"er\1"),
    (r"(?<=[a-z]{3}[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
    (r"(?<=[a-z]{3})ogue(s)?$", r"og\1"),
    (r"(?<=[a-z]{2}[fc])ence(s)?$", r"ense\1"),
    (r"(judg|acknowledg|abridg)ement(s)?$", r"\1ment\2"),
)

# Characters that are punctuation for matching: every Unicode punctuation or symbol
# class except letters, digits and marks; a backslash (Markdown escape) is punctuation too.
_PUNCT_CATS = ("P", "S")


@lru_cache(maxsize=4096)
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in _PUNCT_CATS


def strip_punctuation(word: str) -> str:
    return "".join(ch for ch in word if not _is_punct(ch))


def fold_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


class Normalizer:
    """Turns a word (a token without its whitespace) into the key used for matching.

    ``key`` folds what the settings say; ``full_key`` folds everything orthographic
    (case, punctuation, hyphens, ligatures, spelling) and serves classification.
    """

    def __init__(self, settings: CollateSettings) -> None:
        self.settings = s = settings
        rules = list(ENGLISH_RULES) if s.english_spelling_rules else []
        for n, pair in enumerate(s.spelling_patterns):
            if len(pair) != 2:
                raise InputError(f"collate.spelling_patterns[{n}]: give [regex, replacement], "
                                 f"not {pair!r}")
            rules.append((pair[0], pair[1]))
        try:
            compiled = tuple((re.compile(p), r) for p, r in rules)
        except re.error as exc:
            raise InputError(f"collate.spelling_patterns: bad regular expression: {exc}") from None
        self._rules = compiled
        self._equiv: dict[str, str] = {}
        self._equiv_full: dict[str, str] = {}
        for group in s.equivalences:
            for full, table in ((False, self._equiv), (True, self._equiv_full)):
                words = sorted({self._fold(w, full) for w in group if w.strip()})
                for w in words:
                    table[w] = words[0]
        # per-instance caches: the same words recur throughout a text
        self.key: Callable[[str], str] = lru_cache(maxsize=1 << 18)(lambda w: self._key(w, False))
        self.full_key: Callable[[str], str] = lru_cache(maxsize=1 << 16)(lambda w: self._key(w, True))

    def _fold(self, word: str, full: bool) -> str:
        s = self.settings
        w = unicodedata.normalize("NFC", word)
        if s.fold_ligatures or full:
            w = _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], w)
        if s.fold_accents:
            w = fold_accents(w)
        if s.ignore_case or full:
            # casefold() also folds ligatures ("ﬁ" -> "fi"); lower() leaves them
            w = w.casefold() if (s.fold_ligatures or full) else w.lower()
        if s.ignore_punctuation or full:
            w = strip_punctuation(w)
        elif s.ignore_hyphenation:
            w = INNER_HYPHEN_RE.sub("", w)
        return w

    def _key(self, word: str, full: bool) -> str:
        w = self._fold(word, full)
        table = self._equiv_full if full else self._equiv
        if w in table:
            return table[w]
        for rx, rep in self._rules:
            w2 = rx.sub(rep, w)
            if w2 != w:
                w = w2
                break
        return table.get(w, w)

    def loose(self, text: str) -> str:
        """A whole reading folded as far as orthography goes, spaces and hyphens included."""
        return "".join(self.full_key(w) for w in text.split())


#: a hyphen between two word characters (a compound's, not a dash)
INNER_HYPHEN_RE = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
