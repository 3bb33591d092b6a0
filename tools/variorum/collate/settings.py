"""Typed settings of the collation stage (``collate:`` in edition.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CollateSettings:
    """What counts as the same word, and where word-level comparison gives way to a rewrite."""

    ignore_case: bool = True
    ignore_punctuation: bool = True
    #: pairs of spellings treated as the same word for matching (display is never changed)
    equivalences: list[list[str]] = field(default_factory=list)
