"""Tables and captions the layout dropped into a sentence, moved after its paragraph; a table's rows kept apart."""

from __future__ import annotations

import re
from bisect import bisect_right

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import (CAPTION_LABEL, CAPTION_RESIDUE, Block, ends_sentence, first_char, is_caption,
                                   is_float, last_word, md_structure, more_words_than, split_blocks)
from variorum.clean.lexicon import FUNCTION_WORDS
from variorum.clean.linejoin import LINE_END_HYPHENS

RULE_FLOAT = "float-move"
RULE_TABLE_ROWS = "table-rows"
RULES = (RULE_FLOAT, RULE_TABLE_ROWS)

#: a table row as OCR reads it: cells apart by a run of spaces wider than a word space, or a tab
_CELL_GAP_RE = re.compile(r"\S(?: {2,}|\t)\S")
_DIGIT_RE = re.compile(r"\d")
_RESIDUE_RE = re.compile(CAPTION_RESIDUE)
#: the newline before a table's caption line whose next line holds cells apart: a table that
#: a column top marked by an indent alone set inside a block (found in one scan of the text)
_TABLE_INSIDE_RE = re.compile(r"\n(?=[ \t]*(?:Table|TABLE)[ \t]+[0-9IVXivx]+\b[^\n]*\n[^\n]*\S(?: {2,}|\t)\S)")
#: the newline before a caption's line inside a block (a float dropped into a sentence, with
#: no blank line around it, if the sentence goes on after it: see _tables_inside)
_CAPTION_INSIDE_RE = re.compile(r"\n(?=" + CAPTION_LABEL + ")")


def move_floats(text: str, ctx: CleanContext) -> list[Edit]:
    """Move a table or caption that the page layout dropped into a sentence to after its paragraph.

    Repairs: paragraph, float(s), then a block continuing the sentence (in lower case, or
    after a paragraph ending with a comma, a hyphen or a word like "of") —
    the float goes after the continued paragraph and the sentence is one block again (past
    further floats too, where the text after each goes on as after the first). In a
    plain-text witness, a float between two sentences goes after the paragraph too where
    the text after it starts flush and the witness marks its paragraphs by a first-line
    indent, or the float opens a page after a full line (the paragraph goes on); and one
    after a block ending mid-sentence on a full line, before a capital (a name goes on).
    In a plain-text witness, a caption's table (its last lines, cells apart by runs of
    spaces or figures apart by single spaces, or the block below it) is set apart from the caption and each row kept as a
    block of its own, so that joining lines does not run the rows into the caption. A
    float is bounded to its own lines: a line of image residue above a caption (a few
    marks) is dropped, text that a column end ran on below a table, or below a caption in
    lower case, is no part of it, and a caption's line inside a block after a line ending
    no sentence (a word broken at a hyphen: "unpro-", the caption, "tected") is set apart
    where the text goes on in lower case below it or its table.
    Never touches: floats between whole paragraphs (but their rows), the float's own text, a
    line of capitals and a page that the sentence goes on after on the same line (a quotation).
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    # a plain-text float is bounded to its own lines: a line of image residue above it is
    # dropped, text that a column end ran on below it (no blank line between) is a block
    measure: list[int] = []  # the witness's line measure (found when needed)
    prose: frozenset[int] = frozenset()
    resumed = -1  # the block whose first paragraph a prose float was moved after
    residues: dict[int, Block] = {}
    run_on: dict[int, int] = {}  # a table's block -> the block of the text run on below it
    inside: dict[int, int] = {}  # a table's block -> the newline before it inside a block
    if fmt == "text":
        blocks, residues, run_on, inside, captions, tables = _bounded_floats(text, blocks)
        # (a plain text's floats are its captions and its narrower blocks set inside a
        # sentence, found once)
        prose = _interrupting(text, blocks, measure)
        floating = (captions | prose).__contains__
    else:
        def floating(k: int) -> bool:
            return is_float(blocks[k].text(text), fmt)
    # the breaks before each caption's table rows (a plain-text witness), by block: made
    # once, for a caption a move carries and for one left where it stands alike
    row_breaks = _caption_row_breaks(text, blocks, captions, tables) if fmt == "text" else {}
    edits: list[Edit] = []
    moved: set[int] = set()  # the floats a move carries (their rows are split in its text)
    by_indent: bool | None = None  # whether paragraphs are marked by indents (asked when needed)
    i = 0
    while i < len(blocks) - 2:
        a = blocks[i]
        j = i + 1
        while j < len(blocks) and floating(j):
            j += 1
        if j == i + 1 or j >= len(blocks):
            i += 1
            continue
        at, bt = a.text(text), blocks[j].text(text)
        structure = fmt == "markdown" and (md_structure(at) or md_structure(bt))
        # a sentence that two floats interrupt ('Boan-', a table, 'erges, ... upon the', a
        # figure, 'ground, ...'): the blocks that go on after the next floats (_goes_on)
        # are the same sentence's, each float moved after the whole
        goes_on = [j]
        # a text layer that runs a column's paragraphs into one block: a prose float goes
        # after the paragraph it interrupts, where a short line ends a sentence in the
        # block after it (and the next float, if any, after the paragraph it interrupts)
        cut = None
        if prose and all(k in prose for k in range(i + 1, j)) and (i == resumed or not first_char(at).islower()):
            cut = _paragraph_end(bt, measure)
        while cut is None and not structure and not ends_sentence(blocks[goes_on[-1]].text(text)):
            n = goes_on[-1] + 1
            while n < len(blocks) and floating(n):
                n += 1
            # (on the evidence the first float's sentence goes on by: a small letter after it, or
            # a comma, a hyphen or a word like "of" before it: 'they say,', a figure, 'Five')
            if n == goes_on[-1] + 1 or n >= len(blocks) \
                    or not _goes_on(blocks[goes_on[-1]].text(text), blocks[n].text(text)) \
                    or (fmt == "markdown" and md_structure(blocks[n].text(text))):
                break
            goes_on.append(n)
        if len(goes_on) > 1 and ends_sentence(blocks[goes_on[-1]].text(text)):
            bt = "\n".join(blocks[n].text(text) for n in goes_on)
        else:
            goes_on = [j]
        # the continued sentence must end in the block: a move then leaves a whole paragraph
        # (and cleaning the cleaned text finds nothing more to move)
        if cut is not None:
            bt, after = bt[:cut], "\n\n" + bt[cut + 1:]
        elif structure or floating(i) or not ends_sentence(bt) or first_char(at).islower():
            i = j
            continue
        else:
            after = ""
        confidence, why = 0.9, "a float inside a sentence moved after its paragraph"
        if fmt == "text" and not ends_sentence(at) and not _goes_on(at, bt) \
                and _mid_sentence_on_a_full_line(text, at, bt, measure):
            confidence, why = 0.85, ("a float inside a sentence moved after its paragraph: the line before "
                                     "it runs to the measure and ends on a word (the column broke "
                                     "mid-sentence; the text after it goes on with a capital, a name's)")
        elif ends_sentence(at) or not _goes_on(at, bt):
            # between sentences: one paragraph still where the witness marks its paragraphs
            # by a first-line indent and the block after the float starts flush (a float
            # lands at a column top, so the blank lines around it are no paragraph's end)
            if not (fmt == "text" and ends_sentence(at) and bt[:1] not in (" ", "\t")
                    and first_char(bt).isupper() and more_words_than(at, 7) and more_words_than(bt, 7)):
                i = j
                continue
            if by_indent is None:
                by_indent = _paragraphs_by_indent(text, blocks)
            if by_indent:
                confidence, why = 0.8, ("a float between two sentences of a paragraph moved after it: the "
                                        "witness marks its paragraphs by a first-line indent, and the text "
                                        "after the float starts flush")
            elif _page_break_before(text[a.end:blocks[i + 1].start]) and _full_before(text, at, bt, measure):
                confidence, why = 0.8, ("a float between two sentences of a paragraph moved after it: it "
                                        "opens a page whose last line before it is full (the paragraph "
                                        "goes on), and the text after the float starts flush")
            else:
                i = j
                continue
        b = blocks[goes_on[-1]]
        carried = [k for k in range(i + 1, goes_on[-1]) if k not in goes_on]
        if cut is not None:
            why += "; at the end of the paragraph it interrupts (a short line ending a sentence)"
        parts = []
        for k in carried:
            breaks = row_breaks.get(k, ())
            parts.append(_rows_apart(text, blocks[k].start, blocks[k].end, breaks) if breaks
                         else blocks[k].text(text))
        # (a prose float a page break parted goes on in lower case: one paragraph again)
        floats = "".join(("\n" if n and carried[n] in prose and first_char(part).islower() else "\n\n") + part
                         for n, part in enumerate(parts))[2:]
        if any(k in row_breaks for k in carried):
            why += "; its table's rows kept apart, a block each"
        if any(k in residues for k in carried):
            why += "; the line of image residue above it dropped"
        if len(goes_on) > 1:
            why += f"; the sentence goes on past {len(goes_on) - 1} more float(s), moved with it"
        moved.update(carried)
        # One edit, so that the editor accepts or rejects the move as a whole.
        edits.append(Edit(a.end, b.end, "\n" + bt + "\n\n" + floats + after, RULE_FLOAT, why, confidence))
        if cut is not None:
            i = resumed = j  # (the rest of the block after the float may go on into another)
            continue
        i = goes_on[-1] + 1
    for k, res in residues.items():
        if k not in moved:
            edits.append(Edit(res.start, res.end, "", RULE_FLOAT,
                              "a line of image residue (marks, no word) above a caption: dropped", 0.9))
    for k, cut in inside.items():
        if k not in moved:
            edits.append(Edit(cut, cut + 1, "\n\n", RULE_TABLE_ROWS,
                              "a table (its caption, rows of cells apart) inside a block, with no "
                              "blank line before it: kept apart from the text", 0.9))
    for k, tail in run_on.items():
        if k not in moved:
            edits.append(Edit(blocks[k].end, blocks[tail].start, "\n\n", RULE_TABLE_ROWS,
                              "text run on below a table (a column end without a blank line): "
                              "kept apart from its rows", 0.9))
    for k, breaks in row_breaks.items():
        if k not in moved:
            edits += [Edit(s, e, "\n\n", RULE_TABLE_ROWS,
                           "a table's row (cells apart by runs of spaces) after its caption: "
                           "kept apart, a block of its own", 0.9)
                      for s, e in breaks]
    return sorted(edits, key=lambda e: e.start)


def _bounded_floats(text: str, blocks: list[Block]) \
        -> tuple[list[Block], dict[int, Block], dict[int, int], dict[int, int], set[int], set[int]]:
    """``blocks`` with each caption block bounded to its own lines: the blocks, the line of
    image residue above a caption (left out of its block) by the caption's index, the
    block of text run on below a table by the table's index, and the newline before a
    table found inside a block (now a block of its own) by the table's index; the
    indexes of the float blocks (captions, and the tables set apart below them); and of
    those tables."""
    out: list[Block] = []
    residues: dict[int, Block] = {}
    run_on: dict[int, int] = {}
    inside: dict[int, int] = {}
    captions: set[int] = set()
    tables: set[int] = set()
    cuts = _tables_inside(text, blocks)
    for blk in blocks:
        if (cut := cuts.get(blk.start)) is not None:
            out.append(Block(blk.start, cut))
            inside[len(out)] = cut
            blk = Block(cut + 1, blk.end)
        elif len(out) - 1 in captions and (rows := _rows_end(blk.text(text))) is not None:
            # a caption's table set apart from it by a blank line: the float's too, and
            # text run on below it (no blank line) is none of it
            captions.add(len(out))
            tables.add(len(out))
            if rows == blk.end - blk.start:
                out.append(blk)
                continue
            tail = blk.start + rows
            while text[tail] in " \t\n":
                tail += 1
            out.append(Block(blk.start, blk.start + len(text[blk.start:tail].rstrip())))
            run_on[len(out) - 1] = len(out)
            out.append(Block(tail, blk.end))
            continue
        # (a caption opens within its first 40 characters, residue and all, or is a plate's,
        # ending with its page: no copy of a whole paragraph to know it is none)
        end = text[max(blk.start, blk.end - 2):blk.end]
        if not _opens_with_caption(text, blk) and not (
                (end[-1:].isdigit() or end[:1].isdigit()) and is_caption(blk.text(text))):
            out.append(blk)
            continue
        captions.add(len(out))
        block = blk.text(text)
        start = blk.start
        if (m := _RESIDUE_RE.match(block)) is not None and is_caption(block[m.end():]):
            residues[len(out)] = Block(start, start + m.end())
            start += m.end()
        own, table = _own_end(text[start:blk.end])
        if own is None:
            out.append(Block(start, blk.end))
            continue
        tail = start + own
        while text[tail] in " \t\n":
            tail += 1
        out.append(Block(start, start + len(text[start:start + own].rstrip())))
        if table:
            run_on[len(out) - 1] = len(out)
        out.append(Block(tail, blk.end))
    return out, residues, run_on, inside, captions, tables


def _interrupting(text: str, blocks: list[Block], measure: list[int]) -> frozenset[int]:
    """The narrower prose blocks a page set inside a sentence (paragraphs.interrupting_blocks);
    ``measure`` gets the witness's measure and whether it is justified."""
    from variorum.clean import paragraphs  # (the rejoin leaves them for this filter)

    if not measure:
        measure += paragraphs.text_measure(text)
    return paragraphs.interrupting_blocks(text, blocks, measure[0], bool(measure[1]))


#: a line end after a sentence's end or a dash, before a line opening with a capital
_PARAGRAPH_END_RE = re.compile(r"(?:[.!?…][”’\"')\]]{0,2}|[—–][”’\"']?)\n(?=[“‘\"'(]?[A-Z])")


def _paragraph_end(block: str, measure: list[int]) -> int | None:
    """Where the first paragraph of ``block`` ends, if it holds more: the newline after a
    line ending a sentence (or a dash) short of the measure (the next line's first word
    would have fitted on it), before a line opening with a capital."""
    width, justified = measure
    for m in _PARAGRAPH_END_RE.finditer(block):
        nl = m.end() - 1
        line = block[block.rfind("\n", 0, nl) + 1:nl].strip()
        word = block[nl + 1:nl + 60].split(None, 1)[0]
        # (the word would have fitted: no slack for noise here, since a paragraph's last line
        # filled but for a few characters is common, and a float moved too far costs words)
        if (len(line) < width if justified else len(line) + 1 + len(word) <= width):
            return nl
    return None


def _opens_with_caption(text: str, blk: Block) -> bool:
    """Whether ``blk`` opens with a caption within its first 40 characters, a plate's ending its line."""
    cut = min(blk.end, blk.start + 40)
    if not is_caption(text[blk.start:cut]):
        return False
    # a plate's caption ends its line: a line of capitals and a page that the sentence goes
    # on after on the same line is a quotation in it, though the 40 cut it at its page
    line_end = text.find("\n", cut - 1, blk.end)
    return line_end in (cut - 1, cut) or is_caption(text[blk.start:blk.end if line_end < 0 else line_end])


def _tables_inside(text: str, blocks: list[Block]) -> dict[int, int]:
    """The newline before a float inside a block, by the block's start; the first each: a
    table (its caption on a line of its own, two or more rows of cells apart with figures
    after it), or a caption's line, after a line ending no sentence, whose sentence ends
    before a line going on in lower case (the sentence the float was dropped into, or the
    word: "unpro-", the caption, "tected from"), or ends the block before such a line (or
    before its table's rows and then such a line)."""
    cuts: dict[int, int] = {}
    starts = [b.start for b in blocks]
    for m in _TABLE_INSIDE_RE.finditer(text):
        blk = blocks[bisect_right(starts, m.start()) - 1]
        if not blk.start < m.start() < blk.end or blk.start in cuts:
            continue
        table = text[m.end():blk.end]
        own, is_table = _own_end(table)
        if is_table or (own is None and _row_breaks(table)):
            cuts[blk.start] = m.start()
    for m in _CAPTION_INSIDE_RE.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        blk = blocks[k]
        if not blk.start < m.start() < blk.end or blk.start in cuts:
            continue
        cut = m.start()
        line = text.rfind("\n", blk.start, cut) + 1 or blk.start
        if _RESIDUE_RE.fullmatch(text, line, cut + 1):
            cut = line - 1  # (a line of image residue above the caption goes with it)
            line = text.rfind("\n", blk.start, cut) + 1 or blk.start
        if cut <= blk.start or ends_sentence(text[line:cut]):
            continue  # a caption between sentences (or opening the block): none goes on across it
        rest = text[m.end():blk.end]
        own, is_table = _own_end(rest)
        if own is not None and not is_table:
            cuts[blk.start] = cut
        elif rest.count("\n") < 3 and ends_sentence(rest) and k + 1 < len(blocks) \
                and _goes_on_below(blocks[k + 1].text(text), blocks[k + 2].text(text) if k + 2 < len(blocks) else ""):
            cuts[blk.start] = cut  # the block's last lines (its table the next block's rows)
    return cuts


def _goes_on_below(block: str, after: str) -> bool:
    """Whether the text below a caption goes on in lower case: ``block``, or past the table's
    rows it opens with (_rows_end) the rest of it or the block ``after`` it."""
    rows = _rows_end(block)
    if rows is None:
        return first_char(block).islower()
    return first_char(block[rows:] or after).islower()


def _own_end(block: str) -> tuple[int | None, bool]:
    """Where a caption block's own lines end, if text follows them that is none of its: after
    the caption (its sentence, wrapped on up to three lines) a table's rows (two or more,
    cells apart, figures in all but a header), then lines that are no row; or after the
    caption alone, a line going on in lower case; and whether a table ends there. None when
    the whole block is the float's."""
    lines = block.split("\n")
    k = 1
    while k < min(3, len(lines)) and not ends_sentence(lines[k - 1]) and not _CELL_GAP_RE.search(lines[k]):
        k += 1
    if not ends_sentence(lines[k - 1]):
        return None, False  # a caption of more than a sentence, or not ended: the float's own text
    rows = k
    while k < len(lines) and _CELL_GAP_RE.search(lines[k]):
        k += 1
    if k == len(lines):
        return None, False
    table = k - rows >= 2 and all(_DIGIT_RE.search(ln) for ln in lines[rows + 1:k])
    if not table and not (k == rows and first_char(lines[k]).islower()):
        return None, False
    return sum(len(ln) + 1 for ln in lines[:k]) - 1, table


def _rows_end(block: str) -> int | None:
    """Where a block that opens with a table's rows (two or more lines, cells apart, figures
    in all but a header) ends them: the block's length when they are all of it; None when
    it opens with no table."""
    lines = block.split("\n")
    k = 0
    # (a row holds a figure: a line run on below the table may hold a wide space too)
    while k < len(lines) and _CELL_GAP_RE.search(lines[k]) and (k == 0 or _DIGIT_RE.search(lines[k])):
        k += 1
    if k < 2:
        return None
    return sum(len(ln) + 1 for ln in lines[:k]) - 1


def _paragraphs_by_indent(text: str, blocks: list[Block]) -> bool:
    """Whether the witness marks its paragraphs by a first-line indent: of the blocks that
    open with a capital after one ending a sentence, three or more, and more than twice
    those flush, are indented (the paragraph starts the layout filter set apart by their
    indent; a flush one follows a page or column break, or a heading)."""
    indented = flush = 0
    for a, b in zip(blocks, blocks[1:]):
        head = text[b.start:b.start + 8]
        if not head.lstrip()[:1].isupper() or not ends_sentence(text[max(a.start, a.end - 8):a.end]):
            continue
        if head[:1] in (" ", "\t"):
            indented += 1
        else:
            flush += 1
    return indented >= 3 and indented > 2 * flush


def _page_break_before(gap: str) -> bool:
    """Whether the gap between a block and the float after it holds a page break (a form feed
    or two blank lines, as the layout filter leaves one)."""
    return "\f" in gap or gap.count("\n") >= 3


def _full_before(text: str, at: str, bt: str, measure: list[int]) -> bool:
    """Whether the last line of ``at`` is full as the paragraphs filter judges it before a
    page break (``bt``'s first word would not have fitted on it): the paragraph goes on.
    ``measure`` holds the witness's measure and whether it is justified, once found."""
    from variorum.clean import paragraphs  # (the rejoin's own test of a line's fill)

    if not measure:
        measure += paragraphs.text_measure(text)
    width, justified = measure
    return width > 0 and paragraphs.line_full(at, bt, width, strict=True, justified=bool(justified))


def _mid_sentence_on_a_full_line(text: str, at: str, bt: str, measure: list[int]) -> bool:
    """Whether ``at`` ends mid-sentence on a full line, lines of a column either side (the
    paragraphs filter's own test of a column break: rejoin_decision), with a capital after it."""
    tail = at.rstrip()
    if not (tail[-1:].isalpha() and first_char(bt).isupper() and "\n" in tail and "\n" in bt.strip()
            and more_words_than(at, 7) and more_words_than(bt, 7)):
        return False
    # (a verse line as long as the measure stands alone: lines either side are prose's)
    return _full_before(text, at, bt, measure)


def _goes_on(at: str, bt: str) -> bool:
    """Whether ``bt`` goes on with the sentence ``at`` breaks off: it starts in lower case, or
    ``at`` ends with a word broken at a hyphen, a comma, or a word that never ends a
    sentence ("the daughter of" before a float, then "Herodias came in")."""
    if first_char(bt).islower():
        return True
    tail = at.rstrip()
    if tail[-1:] in LINE_END_HYPHENS and tail[-2:-1].isalpha():
        return True
    return tail.endswith(",") or (tail[-1:].isalpha() and last_word(tail) in FUNCTION_WORDS)


def _rows_apart(text: str, start: int, end: int, breaks: list[tuple[int, int]]) -> str:
    """``text[start:end]`` (caption blocks) with each of ``breaks`` (offsets into ``text``)
    made a blank line: its table's rows set apart as blocks."""
    out, last = [], start
    for s, e in breaks:
        out += [text[last:s], "\n\n"]
        last = e
    return "".join(out) + text[last:end]


#: a cell of figures: '91.6', '945', '-3', '12%', '1,759'
_FIGURE_CELL_RE = re.compile(r"[-+±(]?\d[\d.,]*%?\)?")


def _figure_rows(lines: list[str]) -> int:
    """Where a caption block's table of figures starts, its cells apart by single spaces (as
    Tesseract's text output sets them): its last lines, two or more, of at most eight cells,
    half of them figures or more, and a header just above them (a line of as many words,
    ending no sentence); ``len(lines)`` where none. The caption's first line is never one."""
    def row(line: str) -> bool:
        cells = line.split()
        return 2 <= len(cells) <= 8 and 2 * sum(map(bool, map(_FIGURE_CELL_RE.fullmatch, cells))) >= len(cells)

    first = len(lines)
    while first > 1 and row(lines[first - 1]):
        first -= 1
    if len(lines) - first < 2:
        return len(lines)
    header = lines[first - 1].split()
    if first > 1 and len(header) == len(lines[first].split()) and not ends_sentence(lines[first - 1]):
        first -= 1
    return first


def _caption_row_breaks(text: str, blocks: list[Block], captions: set[int],
                        tables: set[int]) -> dict[int, list[tuple[int, int]]]:
    """_row_breaks of each caption block (``captions``, by index) that has any, and the line
    breaks of each table set apart below its caption (``tables``), as offsets into ``text``,
    by the block's index."""
    row_breaks = {}
    for k in sorted(captions):
        blk = blocks[k]
        block = blk.text(text)
        if k in tables:
            breaks = [(len(block[:m.start()].rstrip(" \t")), m.end()) for m in re.finditer("\n", block)]
        else:
            breaks = _row_breaks(block)
        if breaks:
            row_breaks[k] = [(blk.start + s, blk.start + e) for s, e in breaks]
    return row_breaks


def _row_breaks(block: str) -> list[tuple[int, int]]:
    """The line breaks (start, end) before each row of a caption block's table.

    The rows: the block's last lines, two or more, each holding a gap between cells (a run
    of spaces or a tab), each but the first (a header) holding a figure; the caption's
    first line is never one (a justified caption may hold wide spaces too). Else rows of
    figures apart by single spaces (_figure_rows).
    """
    lines = block.split("\n")
    first = len(lines)
    while first > 1 and _CELL_GAP_RE.search(lines[first - 1]):
        first -= 1
    while first < len(lines) - 1 and not all(_DIGIT_RE.search(ln) for ln in lines[first + 1:]):
        first += 1
    if len(lines) - first < 2:
        first = _figure_rows(lines)
    if len(lines) - first < 2:
        return []
    breaks, pos = [], 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if k + 1 >= first:
            # (trailing spaces of the line before go with the break)
            start = len(block[:pos].rstrip(" \t"))
            breaks.append((start, pos + 1))
        pos += 1
    return breaks
