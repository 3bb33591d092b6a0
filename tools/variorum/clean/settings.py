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


@dataclass(frozen=True)
class ReviewSettings:
    """The editor's decisions on emendations (written by ``variorum review``)."""

    accept_rules: list[str] = field(default_factory=list)
    reject_rules: list[str] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
