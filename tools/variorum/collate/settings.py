"""Typed settings of the collation stage (``collate:`` in edition.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CollateSettings:
    """What counts as the same word, and where word-level comparison gives way to a rewrite.

    Normalisation only decides what matches and how a difference is classified; the
    readings in the variorum are always the witnesses' own text.
    """

    # ---- normalisation for matching
    #: "War" matches "war" (a case-only difference is classified orthographic)
    ignore_case: bool = True
    #: "war," matches "war" (a punctuation-only difference is classified punctuation)
    ignore_punctuation: bool = True
    #: "cyber-security" matches "cybersecurity"; "cyber security" is an orthographic variant of both
    ignore_hyphenation: bool = True
    #: "ﬁnd" matches "find", "æ" matches "ae", "œ" matches "oe"
    fold_ligatures: bool = True
    #: fold accents ("rôle" matches "role"); off by default because accents can carry meaning
    fold_accents: bool = False
    #: pairs (or longer lists) of spellings treated as the same word, e.g. [[shew, show]]
    equivalences: list[list[str]] = field(default_factory=list)
    #: [regex, replacement] pairs applied to each normalised word, e.g. ["ise$", "ize"]
    spelling_patterns: list[list[str]] = field(default_factory=list)
    #: also apply the built-in British/American spelling rules (colour/color, -ise/-ize, ...)
    english_spelling_rules: bool = True

    # ---- classification
    #: a one-edit difference (Damerau) between words this long, at least one of them rare,
    #: counts as orthographic (a spelling variant or misprint) rather than substantive
    near_spelling_min_length: int = 5
    #: "rare" above: a word frequency (wordfreq Zipf scale) below this
    common_word_zipf: float = 3.0
    #: wordfreq language code used for "rare" (the edition's ``language``, its primary subtag, unless set here)
    language: str = "en"
    #: a stretch of sentences whose words are matched below this share is one rewrite unit
    rewrite_threshold: float = 0.5
    #: a replaced or reworded stretch needs at least this many words on both sides to be a rewrite
    rewrite_min_words: int = 5

    # ---- block (paragraph) pairing
    #: lowest weighted word-overlap similarity (0..1) for two blocks to be paired
    block_pair_threshold: float = 0.2
    #: an unpaired block joins a neighbouring pair (a split paragraph: kind structure) when
    #: at least this share of its words is found in the pair's unused words
    block_join_threshold: float = 0.25
    #: two neighbouring pairs merge into one when what the first pair's blocks lack of
    #: each other and what the second's have spare overlap at least this much (weighted
    #: Dice): the same text divided into paragraphs at different places
    block_cross_threshold: float = 0.5
    #: ... or when at least this many words of the two neighbouring pairs match across
    #: them (0 turns this off)
    block_cross_words: int = 3

    # ---- transpositions
    #: a moved passage needs at least this many words
    transposition_min_words: int = 3
    #: and this similarity (share of words in the same order) between its two places
    transposition_similarity: float = 0.85
