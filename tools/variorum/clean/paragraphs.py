"""Paragraphs that a page or column break cut into two blocks, rejoined."""

from __future__ import annotations

import re

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import (_BULLET_OR_ESCAPED_RE, _ends_sentence, _first_char, _is_float, _last_word,
                                   _md_structure, _more_words_than, _numbered_heading, _starts_with_digit,
                                   _title_like, is_bullet_line, split_blocks)
from variorum.clean.chain import MARKUP
from variorum.clean.lexicon import FUNCTION_WORDS

RULE_REJOIN = "paragraph-rejoin"
RULE_LAYOUT_SPLIT = "paragraph-split"
RULES = (RULE_REJOIN, RULE_LAYOUT_SPLIT)

#: an indented line after a paragraph's short last line must recur this often before the
#: witness is taken to mark its paragraphs by indents (one could be a verse or a quotation)
_INDENT_MIN_REPEATS = 3
# a line that starts with a capital after a form feed or an indent (the match starts at the
# newline before it, the form feed on either side of that newline)
_LAYOUT_START_RE = re.compile(r"(?:\n(?:[ \t]*\f[ \t\f]*|[ \t]+)|\f[ \t]*\n[ \t\f]*)(?=[\"“‘'(\[]{0,3}[A-Z0-9])")


def rejoin_split_paragraphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Rejoin a paragraph that a page or column break cut into two blocks.

    Repairs: a blank line inside a sentence, where the next block starts in lower case,
    or the first ends with a word hyphenated across the break, a comma or a function word.
    A block ending without sentence punctuation before one starting a capital is only a
    suggestion. In a hard-wrapped text a sentence end before the break is no paragraph end
    where the last line is full and the next block starts in lower case or after a page or
    column break. Never touches: the words of either block (only the blank lines between
    them go), headings, list items, floats, Markdown structure, other blocks where the
    first ends a sentence.
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    width = _column_width(text) if fmt == "text" else 0
    justified = width > 0 and _justified(text, width)
    edits: list[Edit] = _layout_splits(text, width, justified) if fmt == "text" else []
    for a, b in zip(blocks, blocks[1:]):
        at, bt = a.text(text), b.text(text)
        if _is_float(at, fmt) or _is_float(bt, fmt) or bt.lstrip().startswith(MARKUP):
            continue
        if fmt == "markdown" and (_md_structure(at) or _md_structure(bt)):
            continue
        # (in both formats, so that cleaning the cleaned text decides the same)
        if _BULLET_OR_ESCAPED_RE.match(bt) or (
                _starts_with_digit(bt) and _numbered_heading(" ".join(bt.split())) is not None):
            continue
        if at.lstrip().startswith(MARKUP):
            continue
        decision = _rejoin_decision(at, bt, width)
        if fmt == "text" and (decision is None or decision[0] < ctx.settings.review_below):
            decision = _page_break_decision(at, bt, text[a.end:b.start], width, justified) or decision
        if decision is None:
            continue
        if decision[0] < 0.9 and _heading_like(at, bt, ctx):
            continue  # a title line before its section, not a cut sentence
        if decision[0] < ctx.settings.review_below and fmt == "text" and is_bullet_line(at.split("\n", 1)[0]):
            continue  # the last item of a list, then the text goes on
        confidence, why = decision
        if bt.startswith((" ", "\t")):
            why += "; the next block starts with an indent (a column start)"
        edits.append(Edit(a.end, b.start, "\n", RULE_REJOIN, why, confidence))
    return edits


def _heading_like(at: str, bt: str, ctx: CleanContext) -> bool:
    last = at.rstrip().split("\n")[-1]
    if _numbered_heading(last) is not None:
        return True
    max_words = ctx.settings.heading_max_words
    # a block of more words than a title has is none (the first test of _title_like)
    return not _more_words_than(at, max_words) and _title_like(" ".join(at.split()), bt, max_words)


def _column_width(text: str) -> int:
    """The measure the text was wrapped to: the length most full lines reach."""
    # (map and filter: one line at a time in C, for a book's ten thousand lines)
    lengths = sorted(map(len, map(str.rstrip, filter(str.strip, text.split("\n")))))
    # a measure needs lines enough to show it; a short text is no evidence of wrapping
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 20 else 0


def _justified(text: str, width: int) -> bool:
    """Whether the text was set justified: most lines reach the measure exactly (in ragged
    text a line ends where the next word would not fit, and few reach it exactly)."""
    lengths = list(map(len, map(str.rstrip, filter(str.strip, text.split("\n")))))
    return lengths.count(width) * 2 > len(lengths)


def _layout_splits(text: str, width: int, justified: bool) -> list[Edit]:
    """Paragraph ends the layout shows without a blank line: a blank line put at each.

    A line that starts with a capital after a line that ends a sentence (or with a dash)
    and stops short of the measure (its next word would have fitted; in justified text,
    it falls short of the measure), in a hard-wrapped text, where the line starts
    (a) after a form feed: a paragraph that ended at the foot of a page, or (b) indented,
    where this recurs in the witness: paragraphs marked by a first-line indent only.
    A column start indented after a full line, a list item's hanging indent after a line
    that runs on, and texts that set paragraphs apart by blank lines (nothing indented
    inside a block) are left alone.
    """
    if width <= 0:
        return []
    indents, feeds = [], []
    for m in _LAYOUT_START_RE.finditer(text):
        start = m.start()  # where the line before ends: a newline, or a form feed before one
        line_start = m.end()
        nl = text.index("\n", start)
        prev = text[text.rfind("\n", 0, start) + 1:start].replace("\f", "")
        tail = prev.rstrip()
        if not tail or not (_ends_sentence(tail) or tail.endswith(("—", "–"))):
            continue  # after a blank line (a block start: the rejoin's business) or mid-sentence
        end = text.find("\n", line_start)
        words = text[line_start:end if end >= 0 else len(text)].split()
        if not words:
            continue
        if justified:
            short = len(tail) < width
        else:
            short = len(tail) + 1 + len(words[0]) <= width
        if not short:
            continue  # the line runs to the margin: the paragraph may go on
        (feeds if "\f" in m.group() else indents).append(nl)
    if len(indents) < _INDENT_MIN_REPEATS:
        indents = []
    why = {True: "a page break (form feed) after a short line that ends a sentence: a paragraph end",
           False: "an indented line after a short line that ends a sentence: a paragraph start"}
    return [Edit(pos, pos + 1, "\n\n", RULE_LAYOUT_SPLIT, why[pos in feed_set], 0.85)
            for feed_set in (set(feeds),) for pos in sorted(set(indents) | feed_set)]


def _page_break_decision(at: str, bt: str, gap: str, width: int,
                         justified: bool = False) -> tuple[float, str] | None:
    """A sentence end before a page or column break that is no paragraph end.

    Only where the layout shows a break (two or more blank lines, a form feed, a column
    start's indent) and the last line is full: the next block's first word would not have
    fitted on it, so the line was not cut short by a paragraph end (in justified text:
    the line reaches the measure, as every line but a paragraph's last does).
    """
    first = bt.lstrip().lstrip("\"“‘'(«")[:1]
    if not first.isupper() or width <= 0:
        return None
    if not (gap.count("\n") >= 3 or "\f" in gap or bt[:1] in (" ", "\t")):
        return None
    b_lines = bt.strip().split("\n")
    if len(b_lines) == 1 and len(b_lines[0]) < 0.6 * width:
        return None  # a short line of its own after the break: a title ("CHAPTER IX."), not prose
    if not _ends_sentence(at.rstrip()):
        return 0.85, "a page or column break inside a sentence"
    if not _line_full(at, bt, width, strict=True, justified=justified):
        return None  # the next word would have fitted: the paragraph ended short
    return 0.8, "a page or column break after a full line: the paragraph goes on"


def _line_full(at: str, bt: str, width: int, strict: bool = False, justified: bool = False) -> bool:
    """Whether the last line of ``at`` is full: the first word of ``bt`` would not have fitted
    on it (two characters of slack for OCR noise); ``strict`` also wants the line itself
    to reach the measure (proportional type makes character counts vary), exactly so in
    ``justified`` text (where only a paragraph's last line falls short)."""
    last_line = at.rstrip().rsplit("\n", 1)[-1].strip()
    words = bt.split()
    if not words or len(last_line) + 1 + len(words[0]) <= width - 2:
        return False
    if strict and justified:
        return len(at.rstrip().rsplit("\n", 1)[-1]) >= width
    return not strict or len(last_line) >= 0.85 * width


def _rejoin_decision(at: str, bt: str, width: int = 0) -> tuple[float, str] | None:
    """Whether two blocks are one paragraph cut by a break (confidence, why), else None.

    ``width`` is the measure of a hard-wrapped text (0 when unknown): where the evidence
    of the words is weaker (a comma or a function word before a capital, a lower-case
    start after a sentence end), the last line must also be full, as a line is before a
    page break and often is not before a paragraph end.
    """
    first = _first_char(bt)
    tail = at.rstrip()
    if not first:
        return None
    if first.islower():
        if _ends_sentence(tail) and not (width and _line_full(at, bt, width)):
            return None  # "CHAPTER IV." then "lT was": a misread capital, not a continuation
        return 0.95, "the next block starts in lower case"
    if _ends_sentence(tail):
        return None
    if tail[-1:] in "-\u2010\u2011¬" and tail[-2:-1].isalpha() and first.isalpha():
        return 0.9, "a word hyphenated across the break"
    last = _last_word(tail)
    if tail.endswith(",") or last in FUNCTION_WORDS and tail[-1:].isalpha():
        why = "the block ends with a comma" if tail.endswith(",") else f"the block ends with '{last}'"
        if not width:
            # unwrapped text shows no line fill: a salutation or a verse line looks the same
            return 0.6, why + " (no line measure to confirm it)"
        return (0.9, why + " before a full line's break") if _line_full(at, bt, width) else None
    if _more_words_than(at, 7) and _more_words_than(bt, 7) and first.isalpha():
        return 0.5, "the block ends without sentence punctuation"
    return None
