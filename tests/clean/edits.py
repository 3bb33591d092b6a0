"""Shared helpers of the misread tests: run the filter on one witness, apply its edits, list its changes."""

from __future__ import annotations

from variorum.clean.base import CleanContext, Edit
from variorum.clean.misread import repair_misreadings


def ctx(**others: str) -> CleanContext:
    return CleanContext(siglum="W", fmt="text", other_texts=others)


def apply(text: str, edits: list[Edit]) -> str:
    """The text with the applied edits made; suggestions leave their span as it was."""
    out, pos = [], 0
    for e in edits:
        assert e.start >= pos, "edits overlap or are out of order"
        out.append(text[pos:e.start])
        out.append(e.replacement if e.applied else text[e.start:e.end])
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def repaired(text: str, **others: str) -> str:
    """The text as the misread filter leaves it, the other witnesses given by siglum."""
    return apply(text, repair_misreadings(text, ctx(**others)))


def changes(text: str, **others: str) -> list[tuple[str, str, str, bool]]:
    """Each edit of the misread filter as (reading, replacement, rule, applied)."""
    return [(text[e.start:e.end], e.replacement, e.rule, e.applied)
            for e in repair_misreadings(text, ctx(**others))]
