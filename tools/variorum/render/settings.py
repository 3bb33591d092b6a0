"""Typed settings of the rendering stage (``render:`` in edition.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class RenderSettings:
    """What the HTML, PDF and EPUB show and how the printed page is set."""

    formats: list[Literal["html", "pdf", "epub"]] = field(default_factory=lambda: ["html", "pdf", "epub"])
    page_size: Literal["A4", "A5", "letter", "B5"] = "A4"
