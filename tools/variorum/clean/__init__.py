"""The cleanup stage: raw witness text to Pandoc Markdown, every change recorded as an emendation."""

from __future__ import annotations

from variorum.clean.base import CleanContext, CleanResult, Edit, FilterFn
from variorum.clean.chain import FilterSpec, apply_edits, registry, run_chain


def clean_text(raw: str, ctx: CleanContext) -> CleanResult:
    """Clean one decoded raw witness: the chain of :func:`registry`, then Markdown output."""
    return run_chain(raw, ctx)


__all__ = ["CleanContext", "CleanResult", "Edit", "FilterFn", "FilterSpec", "apply_edits",
           "clean_text", "registry", "run_chain"]
