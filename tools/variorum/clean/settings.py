"""Typed settings of the cleanup stage (``clean:`` and ``review:`` in edition.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class CleanSettings:
    """Which filters run and how; a witness may override any of these under its own ``clean:``."""

    #: filter ids to skip, e.g. ``[quotes]``
    disable: list[str] = field(default_factory=list)
    #: how quotation marks come out: as in the witness, curly, or straight
    quotes: Literal["keep", "curly", "straight"] = "keep"
    #: language of the witness, for the word-frequency lexicon and hyphenation patterns
    #: (the edition's ``language``, its primary subtag, unless set here)
    language: str = "en"
    #: ``; : ! ?`` and quotes the print sets off by a space as a habit (``child ;``, ``“ I``):
    #: closed up, or kept; ``auto`` keeps them where the language spaces them (French)
    spaced_marks: Literal["auto", "close", "keep"] = "auto"
    #: an edit less certain than this is recorded as a suggestion, not applied
    review_below: float = 0.75
    #: a running head or foot must recur on at least this many pages to be furniture
    furniture_min_repeats: int = 3
    #: this many blank lines in a row mark a page break when the file has no form feeds
    page_gap_blank_lines: int = 3
    #: a heading (an unnumbered title line) has at most this many words
    heading_max_words: int = 16


@dataclass(frozen=True)
class Replacement:
    """An editor's own correction: every ``find`` in the witness text becomes ``replace``."""

    #: the exact text to find (after the other cleanup filters have run)
    find: str
    #: what it becomes
    replace: str
    #: only in this witness (a siglum); every witness when not given
    witness: str | None = None


@dataclass(frozen=True)
class ReviewSettings:
    """The editor's decisions on emendations (written by ``variorum review``).

    A decision by emendation id beats one by word, which beats one by rule; at one level
    a rejection beats an acceptance.
    """

    #: rules whose suggestions are all applied, e.g. ``[misread-letters]``
    accept_rules: list[str] = field(default_factory=list)
    #: rules whose changes are all refused (the witness keeps its reading)
    reject_rules: list[str] = field(default_factory=list)
    #: emendation ids whose suggestion is applied
    accept: list[str] = field(default_factory=list)
    #: emendation ids refused
    reject: list[str] = field(default_factory=list)
    #: readings (as the witness has them, e.g. ``Dbest``) whose suggested repair is applied
    accept_words: list[str] = field(default_factory=list)
    #: readings the cleanup must leave as they are wherever they occur
    reject_words: list[str] = field(default_factory=list)
    #: the editor's own corrections, recorded as emendations of rule ``editor``
    replacements: list[Replacement] = field(default_factory=list)
