"""Typed settings of the rendering stage (``render:`` in edition.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class RenderSettings:
    """What the HTML, PDF and EPUB show and how the printed page is set."""

    #: which outputs ``variorum build`` writes
    formats: list[Literal["html", "pdf", "epub"]] = field(default_factory=lambda: ["html", "pdf", "epub"])
    #: paper size of the PDF
    page_size: Literal["A4", "A5", "letter", "B5"] = "A4"
    #: page margins of the PDF, as CSS lengths: top, right (outer), bottom, left (inner)
    margins: list[str] = field(default_factory=lambda: ["22mm", "20mm", "24mm", "24mm"])
    #: body text size of the PDF (CSS length)
    font_size: str = "10.5pt"
    #: where the PDF puts the apparatus: at the foot of each page, or run in after each
    #: paragraph; ``auto`` uses footnotes unless the variants are too dense for them
    pdf_apparatus: Literal["auto", "footnotes", "paragraph"] = "auto"
    #: ``auto`` above: footnotes only up to this many notes per 1000 words of text. An A4
    #: page holds about 450 words and its foot about 20 run-in notes; denser notes pile up
    #: and drift pages away from their text
    footnotes_max_per_1000_words: int = 40
    #: variant kinds left out of the apparatus of every output (e.g. ``[punctuation]``);
    #: the reading text is never changed, only what the apparatus lists
    hide_kinds: list[Literal["punctuation", "orthographic", "substantive", "omission", "addition",
                             "transposition", "rewrite", "structure"]] = field(default_factory=list)
    #: a lemma longer than this many words is cited in the apparatus as "first … last"
    lemma_max_words: int = 8
    #: a reading longer than this many words is shown whole as a marked passage after its
    #: paragraph instead of inside a note; so is one of several paragraphs longer than
    #: ``lemma_max_words``
    box_min_words: int = 60
    #: a table of contents in the HTML, PDF and EPUB
    toc: bool = True
    #: emendation rules that are counted but not listed one by one (prefix match on the rule
    #: id): line joins, dehyphenation of soft breaks, spacing, running heads
    summarised_rules: list[str] = field(default_factory=lambda: [
        "reflow", "dehyphenate", "hyphen-break", "linejoin", "space-run", "trailing-space",
        "whitespace", "furniture"])
    #: show the pairwise statistics (agreement per witness pair, counts per kind) if known
    show_stats: bool = True
    #: where each witness's original pages began, as a small label in the text ("E 12"):
    #: ``all`` witnesses (others' pages are cited too; each label names its witness, and
    #: the HTML reader can hide them), only the ``base``'s, or ``none``
    pagination: Literal["none", "base", "all"] = "all"
