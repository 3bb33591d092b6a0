"""The types every cleanup filter shares: proposed edits, the context they see, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.model import Emendation, PageBreak


@dataclass(frozen=True)
class Edit:
    """A change a filter proposes: replace ``text[start:end]`` with ``replacement``.

    Offsets are into the text the filter was given. ``applied=False`` makes the edit a
    suggestion: it is recorded for review but the text keeps its reading.
    """

    start: int
    end: int
    replacement: str
    rule: str
    evidence: str = ""
    confidence: float = 1.0
    applied: bool = True


_new_object = object.__new__


def make_edit(start: int, end: int, replacement: str, rule: str, evidence: str = "",
              confidence: float = 1.0, applied: bool = True) -> Edit:
    """``Edit(...)``, the same object, at a third of the cost.

    A frozen dataclass sets each field through ``object.__setattr__``; filters that make
    one edit per line break of a book (line joining) fill the instance dict directly, key
    by key in field order (the dict then shares the class's key table, as ``Edit(...)``'s
    would). Only for :class:`Edit` as declared here (no slots, no ``__post_init__``: tests check).
    """
    e = _new_object(Edit)
    f = e.__dict__
    f["start"] = start
    f["end"] = end
    f["replacement"] = replacement
    f["rule"] = rule
    f["evidence"] = evidence
    f["confidence"] = confidence
    f["applied"] = applied
    return e


@dataclass(frozen=True)
class CleanContext:
    """What a filter may consult besides the text: settings and the edition's vocabulary.

    ``other_texts`` holds the raw (decoded) texts of the edition's other witnesses, a
    source of evidence (a word spelt whole elsewhere in the edition); filters must never
    copy wording from them into this witness.
    """

    siglum: str
    fmt: str
    settings: CleanSettings = field(default_factory=CleanSettings)
    review: ReviewSettings = field(default_factory=ReviewSettings)
    other_texts: Mapping[str, str] = field(default_factory=dict)
    source_name: str = "<witness>"


#: A filter takes the current text and the context and proposes edits.
FilterFn = Callable[[str, CleanContext], list[Edit]]


@dataclass(frozen=True)
class CleanResult:
    """A cleaned witness: Pandoc Markdown text, every emendation, the original page breaks."""

    text: str
    emendations: tuple[Emendation, ...] = ()
    pagebreaks: tuple[PageBreak, ...] = ()
