"""Numbered section titles that a column break glued to a paragraph, given their own block."""

from __future__ import annotations

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import ends_sentence, first_char, numbered_heading, split_blocks
from variorum.clean.headings import RULE_HEADING

RULES = (RULE_HEADING,)


def split_glued_titles(text: str, ctx: CleanContext) -> list[Edit]:
    """Give a numbered section title its own block where a column break glued it to a paragraph.

    Repairs: a paragraph's last line that is a numbered title (``1.Introduction``, often
    with the column's leading space) after a line ending a sentence. Never touches: the
    title's wording, a number inside running text, Markdown witnesses.
    """
    del ctx
    edits: list[Edit] = []
    blocks = split_blocks(text)
    for k, blk in enumerate(blocks):
        # the block's last two lines, found from its end (a paragraph has many lines)
        cut = text.rfind("\n", blk.start, blk.end)
        if cut < 0:
            continue
        last = text[cut + 1:blk.end]
        num = numbered_heading(last)
        if num is None:
            continue
        before = text[max(blk.start, text.rfind("\n", blk.start, cut) + 1):cut]
        nxt = blocks[k + 1].text(text) if k + 1 < len(blocks) else None
        if not ends_sentence(before) or (nxt is not None and first_char(nxt).islower()):
            continue
        line_start = blk.end - len(last)
        edits.append(Edit(line_start - 1, line_start + num.offset, "\n\n", RULE_HEADING,
                          "a numbered title after a sentence end: a block of its own", 0.85))
    return edits
