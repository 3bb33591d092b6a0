"""Headings marked: numbered section titles and short title lines standing between blocks."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import (Numbered, ends_sentence, first_char, is_caption, md_structure, more_words_than,
                                   numbered_heading, split_blocks, starts_with_digit, title_like)
from variorum.clean.chain import MARKUP
from variorum.clean.paragraphs import rejoin_decision

RULE_HEADING = "heading"
RULE_HEADING_SPACE = "heading-number-space"
RULES = (RULE_HEADING, RULE_HEADING_SPACE)

_MD_MARKUP_CHARS = frozenset("*_[]^<>|`\\~$")

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|"
                 "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last")
#: a book's division and its number, alone in its block, a period after it or not
#: ("CHAPTER II.", "Letter 4", "BOOK THE FIRST", "Part Two"): a title, though it ends as a
#: sentence does, which no other title line may. The period may stand apart as the OCR read
#: it ("CHAPTER II ."), which the stray-glyph filter closes up only after this one has run
_DIVISION_RE = re.compile(
    rf"(?i:chapter|letter|book|part|volume|section|canto|act|scene|stave|appendix)"
    rf"\s+(?:(?-i:[IVXLC]+|[ivxlc]+)|\d{{1,3}}|(?i:(?:the\s+)?(?:{_NUMBER_WORDS})))(?:\s?\.)?$")


def mark_headings(text: str, ctx: CleanContext) -> list[Edit]:
    """Mark headings: numbered section titles and short title lines standing between blocks.

    Repairs: a title line read as a paragraph (``1.Introduction``, ``2.1. Network
    security``, ``Conclusion``, ``CHAPTER II.``) gets ``#`` (``##`` for a subsection number); a numbered
    title glued to the paragraph before it by a column break becomes its own block. The
    missing space after a section number is at most suggested. Never touches: the
    title's wording, lines ending a sentence (but a book's division and its number, which
    ends with a period as often as not) or reading as one (many words in sentence case, a
    finite verb or a subject pronoun among them), lines with commas, blocks that already are
    Markdown structure (except a numbered title Pandoc would read as a list).
    """
    fmt = ctx.fmt
    prefix = "" if fmt == "markdown" else MARKUP
    max_words = ctx.settings.heading_max_words
    blocks = split_blocks(text)
    texts = [blk.text(text) for blk in blocks]  # (each is asked for as itself and as a neighbour)
    edits: list[Edit] = []
    prev_heading = False
    for k, blk in enumerate(blocks):
        bt = texts[k]
        was_heading, prev_heading = prev_heading, False
        if bt.lstrip().startswith((MARKUP, "#")):
            prev_heading = True
            continue
        # only a block that can be a heading is looked at further: a numbered one starts
        # with a digit, any other has few words (most blocks are paragraphs)
        few_words = not more_words_than(bt, max_words)
        numbered = starts_with_digit(bt)
        if not few_words and not numbered:
            continue
        prev = texts[k - 1] if k else None
        nxt = texts[k + 1] if k + 1 < len(blocks) else None
        prev_ok = prev is None or was_heading or _closes(prev)
        # decided on the block as it reads with its lines joined, so that cleaning the
        # cleaned text decides the same
        flat = " ".join(bt.split())
        lead = len(bt) - len(bt.lstrip())
        num = numbered_heading(flat) if numbered else None

        def not_cut() -> bool:
            """For strong evidence (a section number, a division): only a sentence cut before
            the block vetoes it (a title page's last line may stand before it, unpunctuated)."""
            return prev_ok or rejoin_decision(prev or "", bt) is None

        if num is not None and not_cut() and (nxt is None or not first_char(nxt).islower()):
            edits.extend(_heading_edits(blk.start, lead, num, prefix))
            prev_heading = True
            continue
        if fmt == "markdown" and (md_structure(bt) or any(c in _MD_MARKUP_CHARS for c in bt)):
            continue
        if few_words and _DIVISION_RE.match(flat) and not_cut():
            edits.append(Edit(blk.start, blk.start + lead, prefix + "# ", RULE_HEADING,
                              "a book's division and its number (chapter, letter, part...)", 0.9))
            prev_heading = True
            continue
        # a short line right after a caption is the float's own (a table's header row, a
        # credit line), not a section's title
        if prev_ok and few_words and not (prev is not None and is_caption(prev)) \
                and title_like(flat, nxt, max_words):
            edits.append(Edit(blk.start, blk.start + lead, prefix + "# ", RULE_HEADING,
                              "a short title line between blocks", 0.8))
            prev_heading = True
    return edits


def _heading_edits(block_start: int, lead: int, num: Numbered, prefix: str) -> list[Edit]:
    level = min(6, num.number.rstrip(".").count(".") + 1)
    out = [Edit(block_start, block_start + lead, prefix + "#" * level + " ", RULE_HEADING,
                f"numbered section title {num.number}{num.dot}", 0.9)]
    if not num.space:
        title_at = block_start + lead + len(num.number) + len(num.dot)
        out.append(Edit(title_at, title_at, " ", RULE_HEADING_SPACE,
                        "no space between the section number and its title", 0.5, applied=False))
    return out


def _closes(block: str) -> bool:
    """Whether a block ends where a heading may follow: a sentence end, a heading, a list."""
    s = block.rstrip()
    if s.lstrip().startswith((MARKUP, "#")):
        return True
    return ends_sentence(s) or (s.endswith(")") and len(s.split()) >= 15)
