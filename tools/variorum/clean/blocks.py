"""Block structure: paragraphs split by page or column breaks rejoined, floats moved, bullets and headings marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from variorum.clean.base import CleanContext, Edit
from variorum.clean.chain import MARKUP
from variorum.clean.lexicon import FUNCTION_WORDS

RULE_REJOIN = "paragraph-rejoin"
RULE_FLOAT = "float-move"
RULE_BULLET = "bullet"
RULE_HEADING = "heading"
RULE_HEADING_SPACE = "heading-number-space"
RULES = (RULE_REJOIN, RULE_FLOAT, RULE_BULLET, RULE_HEADING, RULE_HEADING_SPACE)

_BLOCK_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: sentence-final punctuation, possibly inside closing quotes or brackets: at the end of
#: a block, what re.search(r"[.!?:…][\"'”’)\]]*$", block) finds
_TERMINALS, _CLOSERS = ".!?:…", "\"'”’)]"
_CAPTION_RE = re.compile(r"[ \t]*(?:Table|TABLE|Figure|FIGURE|Fig\.|Chart|Graph|Scheme|Plate|Map|Exhibit)"
                         r"[ \t]+[0-9IVXivx]+\b")
#: OCR readings of a bullet glyph: letters and signs a scanner makes of "•"
_BULLET_RE = re.compile(r"[ \t]*([oe»+*¢•●▪■◦·©®«>-])[ \t]+(?=[\"“'‘(]?[A-Z0-9])")
# the same, also as the Markdown writer escapes it (``\+``): a cleaned text is judged alike
_BULLET_OR_ESCAPED_RE = re.compile(r"[ \t]*\\?([oe»+*¢•●▪■◦·©®«>-])[ \t]+(?=[\"“'‘(]?[A-Z0-9])")
# a whole line that _BULLET_RE matches at its start (the pattern never crosses a newline)
_BULLET_LINE_RE = re.compile(r"(?m)^(?=" + _BULLET_RE.pattern + r").*$")
_UNAMBIGUOUS_BULLETS = frozenset("•●▪■◦¢»")
_NUMBERED_RE = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)([ \t]*)(?=[A-Z])(.*\S)[ \t]*$")
_MD_STRUCTURE_RE = re.compile(r"[ \t]*(?:[-+*][ \t]|\d+[.)][ \t]|#|>|\||<|```|~~~|!\[|\[\^| {4}|\t)")
_MD_MARKUP_CHARS = frozenset("*_[]^<>|`\\~$")


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines: ``text[start:end]``."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def split_blocks(text: str) -> list[Block]:
    return [Block(m.start(), m.end()) for m in _BLOCK_RE.finditer(text)]


def _first_char(s: str) -> str:
    s = s.lstrip()
    return s[:1]


def _more_words_than(s: str, n: int) -> bool:
    """``len(s.split()) > n``, without splitting a whole paragraph into words to know it."""
    return len(s.split(None, n)) > n if n >= 0 else True


def _starts_with_digit(s: str) -> bool:
    """Whether the first non-space character is a decimal digit (what ``\\d`` matches).

    A numbered heading starts so: blocks that don't are not flattened to be judged.
    """
    m = _FIRST_NON_SPACE_RE.match(s)
    return m is not None and m.group(1).isdecimal()


_FIRST_NON_SPACE_RE = re.compile(r"\s*(\S)")


def is_caption(s: str) -> bool:
    return _CAPTION_RE.match(s) is not None


def _is_table(s: str) -> bool:
    lines = s.split("\n")
    return any("\t" in ln or ln.lstrip().startswith(("|", "+-", "![")) for ln in lines)


def _is_float(s: str, fmt: str) -> bool:
    return is_caption(s) or (fmt == "markdown" and _is_table(s))


def _md_structure(s: str) -> bool:
    """Whether any line of a Markdown block is structure (a list item, a table row, code...)."""
    return any(_MD_STRUCTURE_RE.match(line) for line in s.split("\n")) or _is_table(s)


def _ends_sentence(s: str) -> bool:
    """The terminal pattern searched in ``s.rstrip()``, read from the end: closing quotes and brackets
    stripped, then sentence punctuation (the two sets are disjoint, so this is the same
    test, without a regex tried at every position of a paragraph)."""
    t = s.rstrip().rstrip(_CLOSERS)
    return t != "" and t[-1] in _TERMINALS


def _last_word(s: str) -> str:
    w = _WORD_RE.findall(s[-60:])
    return w[-1].lower() if w else ""


def is_bullet_line(line: str) -> bool:
    return _BULLET_RE.match(line) is not None


# --------------------------------------------------------------------------- rejoin

def rejoin_split_paragraphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Rejoin a paragraph that a page or column break cut into two blocks.

    Repairs: a blank line inside a sentence, where the next block starts in lower case,
    or the first ends with a word hyphenated across the break, a comma or a function word.
    A block ending without sentence punctuation before one starting a capital is only a
    suggestion. Never touches: headings, list items, floats, Markdown structure, blocks
    where the first ends a sentence.
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    width = _column_width(text) if fmt == "text" else 0
    edits: list[Edit] = []
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
            decision = _page_break_decision(at, bt, text[a.end:b.start], width) or decision
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


def _page_break_decision(at: str, bt: str, gap: str, width: int) -> tuple[float, str] | None:
    """A sentence end before a page or column break that is no paragraph end.

    Only where the layout shows a break (two or more blank lines, a form feed, a column
    start's indent) and the last line is full: the next block's first word would not have
    fitted on it, so the line was not cut short by a paragraph end.
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
    if not _line_full(at, bt, width, strict=True):
        return None  # the next word would have fitted: the paragraph ended short
    return 0.8, "a page or column break after a full line: the paragraph goes on"


def _line_full(at: str, bt: str, width: int, strict: bool = False) -> bool:
    """Whether the last line of ``at`` is full: the first word of ``bt`` would not have fitted
    on it (two characters of slack for OCR noise); ``strict`` also wants the line itself
    to reach the measure (proportional type makes character counts vary)."""
    last_line = at.rstrip().rsplit("\n", 1)[-1].strip()
    words = bt.split()
    if not words or len(last_line) + 1 + len(words[0]) <= width - 2:
        return False
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


# --------------------------------------------------------------------------- floats

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


# --------------------------------------------------------------------------- bullets

def mark_bullets(text: str, ctx: CleanContext) -> list[Edit]:
    """Make list items of lines that start with a bullet the OCR misread (``o``, ``e``, ``»``, ``+``, ``*``, ``¢``).

    Repairs: a glyph and a space at a line start, before a capitalised word, where a list
    is plain (an unambiguous bullet glyph, another such line nearby, or a colon before);
    the item becomes its own ``- `` block. Never touches: the item's words, a lone ``o``
    or ``e`` with no list around it, Markdown witnesses (their lists are their own).
    """
    del ctx
    # (start, end) of every line that could be an item: the lines _BULLET_RE matches, found
    # in one pass over the text rather than a match tried on each line of a book
    lines = [m.span() for m in _BULLET_LINE_RE.finditer(text)]
    if not lines:
        return []
    starts = [s for s, _ in lines]
    edits: list[Edit] = []
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        m = _BULLET_RE.match(line)
        assert m is not None
        glyph = m.group(1)
        prev_text = text[max(0, s - 400):s].rstrip()
        # a plain hyphen starts many a wrapped line ("- A meeting"): it needs a like neighbour
        near = any(abs(starts[k] - starts[k2]) < 1500 and (glyph != "-" or text[starts[k2]:lines[k2][1]].lstrip()[:1] == "-")
                   for k2 in (k - 1, k + 1) if 0 <= k2 < len(starts))
        if not (glyph in _UNAMBIGUOUS_BULLETS or near or prev_text.endswith(":")):
            continue
        prev_line = text[text.rfind("\n", 0, max(0, s - 1)) + 1:max(0, s - 1)]
        at_block_start = s == 0 or not prev_line.strip()
        if s > 0 and not at_block_start:
            # an item that a column break glued to the line before it
            if not prev_text.endswith((";", ":", ".", ",")):
                continue
            edits.append(Edit(s - 1, s + m.end(), "\n\n" + MARKUP + "- ", RULE_BULLET,
                              f"'{glyph}' at a line start read as a bullet; the item starts a new block", 0.85))
        else:
            edits.append(Edit(s, s + m.end(), MARKUP + "- ", RULE_BULLET,
                              f"'{glyph}' at a line start read as a bullet", 0.9))
    return edits


# --------------------------------------------------------------------------- headings

@dataclass(frozen=True)
class _Numbered:
    number: str
    dot: str
    space: str
    title: str
    offset: int  # where the number starts in the line


def _numbered_heading(line: str) -> _Numbered | None:
    if "\n" in line.strip():
        return None
    m = _NUMBERED_RE.match(line)
    if m is None:
        return None
    number, dot, space, title = m.groups()
    if not dot and "." not in number:
        return None  # "2 Kings": a number without a dot is no section number
    if _ends_sentence(title) or title.endswith((",", ";")) or len(title.split()) > 15:
        return None
    if _last_word(title) in FUNCTION_WORDS and title[-1:].isalpha():
        return None  # a sentence going on, not a title
    return _Numbered(number, dot, space, title, m.start(1))


def mark_headings(text: str, ctx: CleanContext) -> list[Edit]:
    """Mark headings: numbered section titles and short title lines standing between blocks.

    Repairs: a title line read as a paragraph (``1.Introduction``, ``2.1. Network
    security``, ``Conclusion``) gets ``#`` (``##`` for a subsection number); a numbered
    title glued to the paragraph before it by a column break becomes its own block. The
    missing space after a section number is at most suggested. Never touches: the
    title's wording, lines ending a sentence, lines with commas, blocks that already are
    Markdown structure (except a numbered title Pandoc would read as a list).
    """
    fmt = ctx.fmt
    prefix = "" if fmt == "markdown" else MARKUP
    max_words = ctx.settings.heading_max_words
    blocks = split_blocks(text)
    edits: list[Edit] = []
    prev_heading = False
    for k, blk in enumerate(blocks):
        bt = blk.text(text)
        was_heading, prev_heading = prev_heading, False
        if bt.lstrip().startswith((MARKUP, "#")):
            prev_heading = True
            continue
        prev = blocks[k - 1].text(text) if k else None
        nxt = blocks[k + 1].text(text) if k + 1 < len(blocks) else None
        prev_ok = prev is None or was_heading or _closes(prev)
        # decided on the block as it reads with its lines joined, so that cleaning the
        # cleaned text decides the same
        # (only when it can be a heading: a numbered one starts with a digit, a title line
        # has few words; most blocks are paragraphs, not flattened for nothing)
        few_words = not _more_words_than(bt, max_words)
        numbered = _starts_with_digit(bt)
        flat = " ".join(bt.split()) if few_words or numbered else ""
        lead = len(bt) - len(bt.lstrip())
        num = _numbered_heading(flat) if numbered else None
        # a section number is strong evidence: only a sentence cut before it vetoes it
        if num is not None and (prev_ok or _rejoin_decision(prev or "", bt) is None) \
                and (nxt is None or not _first_char(nxt).islower()):
            edits.extend(_heading_edits(blk.start, lead, num, prefix))
            prev_heading = True
            continue
        if fmt == "markdown" and (_md_structure(bt) or any(c in _MD_MARKUP_CHARS for c in bt)):
            continue
        if prev_ok and few_words and _title_like(flat, nxt, max_words):
            edits.append(Edit(blk.start, blk.start + lead, prefix + "# ", RULE_HEADING,
                              "a short title line between blocks", 0.8))
            prev_heading = True
    return edits


def _heading_edits(block_start: int, lead: int, num: _Numbered, prefix: str) -> list[Edit]:
    level = min(6, num.number.rstrip(".").count(".") + 1)
    out = [Edit(block_start, block_start + lead, prefix + "#" * level + " ", RULE_HEADING,
                f"numbered section title {num.number}{num.dot}", 0.9)]
    if not num.space:
        title_at = block_start + lead + len(num.number) + len(num.dot)
        out.append(Edit(title_at, title_at, " ", RULE_HEADING_SPACE,
                        "no space between the section number and its title", 0.5, applied=False))
    return out


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
        lines = blk.text(text).split("\n")
        if len(lines) < 2:
            continue
        last, before = lines[-1], lines[-2]
        num = _numbered_heading(last)
        nxt = blocks[k + 1].text(text) if k + 1 < len(blocks) else None
        if num is None or not _ends_sentence(before) or (nxt is not None and _first_char(nxt).islower()):
            continue
        line_start = blk.end - len(last)
        edits.append(Edit(line_start - 1, line_start + num.offset, "\n\n", RULE_HEADING,
                          "a numbered title after a sentence end: a block of its own", 0.85))
    return edits


def _closes(block: str) -> bool:
    """Whether a block ends where a heading may follow: a sentence end, a heading, a list."""
    s = block.rstrip()
    if s.lstrip().startswith((MARKUP, "#")):
        return True
    return _ends_sentence(s) or (s.endswith(")") and len(s.split()) >= 15)


def _title_like(flat: str, nxt: str | None, max_words: int) -> bool:
    """Whether a block (its lines joined) reads as a title: short, capitalised, no sentence."""
    words = flat.split()
    if not words or len(words) > max_words or len(flat) > 200:
        return False
    first = _first_char(flat)
    if not first.isupper() or is_caption(flat) or is_bullet_line(flat):
        return False
    s = flat.rstrip()
    if s[-1] in ".,;!?-" or "," in flat or (s.endswith(":") and len(words) > 1):
        return False
    if _last_word(s) in FUNCTION_WORDS:
        return False
    if nxt is None:
        return False
    nf = _first_char(nxt)
    if s.endswith(":") and (nf == MARKUP or _BULLET_OR_ESCAPED_RE.match(nxt)):
        return False  # "Points:" before a list introduces it
    if s.endswith(":") and not _more_words_than(nxt, max_words):
        # a colon leads into what follows: a heading ("Abstract:") into the body of text it
        # heads; before another short line it is one line of a display (an imprint
        # "London:" / "PRINTED FOR", a title "FRANKENSTEIN:" / "OR, THE MODERN PROMETHEUS")
        return False
    return bool(nf) and (nf.isupper() or nf.isdigit() or nf in "\"“'‘(" or nf == MARKUP)
