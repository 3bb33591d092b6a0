"""Classify the difference between a reference reading and a witness reading."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from variorum.collate.normalize import INNER_HYPHEN_RE, Normalizer, strip_punctuation

#: how significant each kind is; a unit's kind is its witnesses' most significant kind
SIGNIFICANCE = {
    "agreement": 0,
    "structure": 1,
    "punctuation": 2,
    "orthographic": 3,
    "substantive": 4,
    "omission": 5,
    "addition": 5,
    "rewrite": 6,
    "transposition": 7,
}


def most_significant(kinds) -> str:
    return max(kinds, key=lambda k: (SIGNIFICANCE[k], k), default="agreement")


_HEADING = re.compile(r"#{1,6}$")


def _inner_hyphens(words: list[str]) -> list[int]:
    return [len(INNER_HYPHEN_RE.findall(w)) for w in words]


def _breaks(text: str) -> int:
    return sum(1 for line in text.split("\n")[1:-1] if not line.strip()) if "\n" in text else 0


def classify(ref: str, other: str, norm: Normalizer) -> str:
    """The kind of ``other`` against ``ref``: agreement, structure (only whitespace, block
    division or heading markers differ), punctuation, orthographic, substantive,
    omission (ref has words, other none) or addition."""
    if ref == other:
        return "agreement"
    rw, ow = ref.split(), other.split()
    if rw == ow:
        # same words, only the whitespace between them differs: layout, not text
        return "structure"
    if [w for w in rw if not _HEADING.match(w)] == [w for w in ow if not _HEADING.match(w)]:
        return "structure"  # a heading marker ("# ", "## ") added, dropped or changed
    rw_bare = [w for w in (strip_punctuation(x) for x in rw) if w]
    ow_bare = [w for w in (strip_punctuation(x) for x in ow) if w]
    if not ow_bare and not rw_bare:
        return "punctuation"
    if not ow_bare:
        return "omission"
    if not rw_bare:
        return "addition"
    if rw_bare == ow_bare:
        # a hyphen inside a word ("cyber-security") is orthography, not punctuation
        return "orthographic" if _inner_hyphens(rw) != _inner_hyphens(ow) else "punctuation"
    if norm.loose(ref) == norm.loose(other):
        if _breaks(ref) != _breaks(other):
            return "structure"
        return "orthographic"
    if len(rw_bare) == 1 and len(ow_bare) == 1 and (
            _near_spelling(norm.full_key(rw_bare[0]), norm.full_key(ow_bare[0]), norm)
            # before the spelling rules too: "favourable" / "favourrable"
            or _near_spelling(rw_bare[0].casefold(), ow_bare[0].casefold(), norm)):
        return "orthographic"
    return "substantive"


def _near_spelling(a: str, b: str, norm: Normalizer) -> bool:
    """One edit apart, long enough, and not two ordinary words (form/from, house/horse)."""
    s = norm.settings
    if min(len(a), len(b)) < s.near_spelling_min_length or not a.isalpha() or not b.isalpha():
        return False
    if DamerauLevenshtein.distance(a, b, score_cutoff=1) > 1:
        return False
    return min(word_zipf(a, s.language), word_zipf(b, s.language)) < s.common_word_zipf


@lru_cache(maxsize=1 << 14)
def word_zipf(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang``: its wordfreq Zipf frequency, 0.0 where wordfreq has
    neither the word nor the language."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0
