"""Tables and captions that the page layout dropped into a sentence, moved after its paragraph."""

from __future__ import annotations

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import _ends_sentence, _first_char, _is_float, _md_structure, split_blocks

RULE_FLOAT = "float-move"
RULES = (RULE_FLOAT,)


def move_floats(text: str, ctx: CleanContext) -> list[Edit]:
    """Move a table or caption that the page layout dropped into a sentence to after its paragraph.

    Repairs: paragraph, float(s), then a block continuing the sentence in lower case —
    the float goes after the continued paragraph and the sentence is one block again.
    Never touches: floats between whole paragraphs, the float's own text.
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    edits: list[Edit] = []
    i = 0
    while i < len(blocks) - 2:
        a = blocks[i]
        j = i + 1
        while j < len(blocks) and _is_float(blocks[j].text(text), fmt):
            j += 1
        if j == i + 1 or j >= len(blocks):
            i += 1
            continue
        at, bt = a.text(text), blocks[j].text(text)
        structure = fmt == "markdown" and (_md_structure(at) or _md_structure(bt))
        # the continued sentence must end in the block: a move then leaves a whole paragraph
        # (and cleaning the cleaned text finds nothing more to move)
        if structure or _is_float(at, fmt) or _ends_sentence(at) or not _first_char(bt).islower() \
                or not _ends_sentence(bt) or _first_char(at).islower():
            i = j
            continue
        b = blocks[j]
        floats = text[blocks[i + 1].start:blocks[j - 1].end]
        # One edit, so that the editor accepts or rejects the move as a whole.
        edits.append(Edit(a.end, b.end, "\n" + bt + "\n\n" + floats, RULE_FLOAT,
                          "a float inside a sentence moved after its paragraph", 0.9))
        i = j + 1
    return edits
