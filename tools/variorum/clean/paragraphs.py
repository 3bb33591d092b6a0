"""Paragraphs that a page or column break cut into two blocks, rejoined."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from typing import Iterator, Sequence

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import (BULLET_OR_ESCAPED_RE, ends_sentence, first_char, hanging_lists, is_bullet_line,
                                   is_float, last_word, md_structure, more_words_than, numbered_heading, split_blocks,
                                   starts_with_digit, title_like)
from variorum.clean.chain import MARKUP
from variorum.clean.lexicon import FUNCTION_WORDS, zipf_table
from variorum.clean.linejoin import DASHES, LINE_END_HYPHENS, digits_read
from variorum.clean.misread.tables import COMMON

RULE_REJOIN = "paragraph-rejoin"
RULE_LAYOUT_SPLIT = "paragraph-split"
RULES = (RULE_REJOIN, RULE_LAYOUT_SPLIT)

#: an indented line after a paragraph's short last line must recur this often before the
#: witness is taken to mark its paragraphs by indents (one could be a verse or a quotation)
_INDENT_MIN_REPEATS = 3
#: the quotation marks a paragraph may open with
_OPENING_QUOTES = "“‘\"'"
#: a line ending in a dash may end there, as one ending a sentence may (a tuple for str.endswith)
_DASHES = tuple(DASHES)
# A line that starts with a capital after a form feed or an indent: the matches of
# (?:\n(?:[ \t]*\f[ \t\f]*|[ \t]+)|\f[ \t]*\n[ \t\f]*)(?=[\"“‘'(\[]{0,3}[A-Z0-9]), starting at the
# newline before it, or at the form feed on either side of that newline. That alternation is
# tried at every position of a book; its two branches, each starting with one literal
# character, are found by a fast scan each (see _layout_starts).
#: a speck the OCR read as a glyph of its own before a block's first word ("` nearly"): the
#: block starts with that word (the stray-glyph filter removes the speck later)
_SPECK_START_RE = re.compile(r"[ \t]*[`~^_•·*][ \t]+(?=[a-z])")
_NEWLINE_START_RE = re.compile(r"\n(?:[ \t]*\f[ \t\f]*|[ \t]+)(?=[\"“‘'(\[]{0,3}[A-Z0-9])")
_FEED_START_RE = re.compile(r"\f[ \t]*\n[ \t\f]*(?=[\"“‘'(\[]{0,3}[A-Z0-9])")


def _speck_start(block: str) -> bool:
    """Whether ``block`` opens with a speck before its first word: not a list, whose next
    line opens with the same glyph (``* bread``, ``* a rope``)."""
    m = _SPECK_START_RE.match(block)
    if m is None:
        return False
    lines = block.split("\n", 2)
    return len(lines) < 2 or not lines[1].lstrip(" \t").startswith(m.group().strip(" \t"))


def rejoin_split_paragraphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Rejoin a paragraph that a page or column break cut into two blocks.

    Repairs: a blank line inside a sentence, where the next block starts in lower case
    (or with a digit misread for a small letter: ``5aid``), or the first ends with a word hyphenated across the break, a comma or a function word.
    A block ending without sentence punctuation before one starting a capital is only a
    suggestion (none after a table's row: three cells or more, two of them figures), unless it ends in a word or a dash on a full line of a hard-wrapped text
    (a column or page break inside a sentence). In a hard-wrapped text a sentence end before the break is no paragraph end
    where the last line is full and the next block starts in lower case or after a page or
    column break (one the layout shows, or where the block ends after as many lines from its
    page's top as the witness's columns hold). Inside a block of hard-wrapped prose, a line ending a sentence far short
    of the measure between two full lines (the next flush, with a capital) ends a paragraph
    whose blank line the OCR lost. In a witness that marks its paragraphs by a first-line indent alone, a
    block after a full line that starts unindented goes on (one indented as its
    paragraphs, after a sentence end, opens one). In a witness that opens the paragraphs
    it sets apart by blank lines with an indent it never gives a column's start, a block
    so indented opens one, after a full line too (unless it goes on in lower case or a
    word broken at a hyphen). Never touches: the words of either block (only the blank lines between
    them go), headings, list items (a hanging-indent list's items too, in any case),
    floats, verse set apart (:mod:`variorum.clean.verse`: indented, or a stanza), Markdown structure,
    other blocks where the first ends a sentence.
    """
    fmt = ctx.fmt
    blocks = split_blocks(text)
    width, justified = text_measure(text) if fmt == "text" else (0, False)
    # the hanging-indent lists: an item in lower case ("e and then...") is no sentence going
    # on after the item before it, and a list's hanging lines no paragraph's indent
    lists = hanging_lists(text) if fmt == "text" else []
    spans = [(items[0][0], end) for items, end in lists]
    edits: list[Edit] = _layout_splits(text, width, justified, spans) if fmt == "text" else []
    review_below = ctx.settings.review_below
    items = {start for list_items, _ in lists for start, _ in list_items}
    by_indent = fmt == "text" and _indents_mark_paragraphs(text, edits, blocks, width)
    blank_indents: frozenset[int] | None = None  # (asked when needed)
    column_ends: frozenset[int] | None = None  # (asked when needed)
    verse_starts: set[int] | None = None  # (asked when needed)

    def opens_verse(start: int) -> bool:
        nonlocal verse_starts
        if verse_starts is None:
            # (imported here: verse reads the measure from this module)
            from variorum.clean.verse import verse_runs
            verse_starts = {s for s, _ in verse_runs(text, width)}  # (measured above)
        return start in verse_starts

    # a narrower block the layout set inside a sentence: the floats filter moves it after
    # the paragraph and rejoins the sentence across it, so neither side joins it here
    inside = {blocks[k].start for k in interrupting_blocks(text, blocks, width, justified)} if fmt == "text" else set()
    for a, b in zip(blocks, blocks[1:]):
        if b.start in items or a.start in inside or b.start in inside:
            continue
        if fmt == "text" and text.startswith((" ", "\t"), b.start) and opens_verse(b.start):
            continue  # indented verse set apart: a stanza, not a column's start
        at, bt = text[a.start:a.end], text[b.start:b.end]
        # the evidence first: most pairs of blocks are two paragraphs, told apart in a few
        # tests; what rules a pair out (floats, lists, markup) is asked of the few others
        decision = rejoin_decision(at, bt, width)
        if decision is None and _speck_start(bt):
            decision = rejoin_decision(at, _SPECK_START_RE.sub("", bt, 1), width)
        if decision is None and starts_with_digit(bt) and (read := _digit_misread_start(bt, ctx)):
            decision = rejoin_decision(at, read, width)
        if fmt == "text" and (decision is None or decision[0] < review_below):
            if column_ends is None:
                column_ends = _column_ends(text, ctx.page_starts)
            decision = _page_break_decision(at, bt, text[a.end:b.start], width, justified,
                                            a.start + len(at.rstrip()) in column_ends) or decision
        if by_indent and (decision is None or decision[0] < review_below):
            decision = _unindented_continuation(at, bt, width) or decision
        if by_indent and decision and ends_sentence(at) and _indent(bt, 0) >= min(by_indent):
            continue  # a paragraph start after a sentence end: indented as (or beyond) its paragraphs
        if decision and fmt == "text" and bt[:1] in (" ", "\t") and not first_char(bt).islower() \
                and not (at.rstrip()[-1:] in _LINE_END_BREAKS and at.rstrip()[-2:-1].isalpha()):
            if blank_indents is None:
                blank_indents = _blank_line_paragraph_indents(text, blocks)
            if _indent(bt, 0) in blank_indents:
                continue  # indented as the witness opens its paragraphs, never its columns: one opens
        if decision is None or _never_rejoined(at, bt, fmt):
            continue
        if fmt == "text" and not bt[:1].isspace() and opens_verse(b.start):
            continue  # a stanza set flush, its sentence run on from the stanza before
        if decision[0] < 0.9 and _heading_like(at, bt, ctx):
            continue  # a title line before its section, not a cut sentence
        if decision[0] < review_below and fmt == "text" and is_bullet_line(at.split("\n", 1)[0]):
            continue  # the last item of a list, then the text goes on
        confidence, why = decision
        if bt.startswith((" ", "\t")):
            why += "; the next block starts with an indent (a column start)"
        edits.append(Edit(a.end, b.start, "\n", RULE_REJOIN, why, confidence))
    return edits


def _digit_misread_start(block: str, ctx: CleanContext) -> str | None:
    """``block`` with its first word read as the common word a digit misread for a small
    letter hides (``5aid`` -> ``said``: the misread filter repairs it later, and a second
    cleaning would judge the block by it), else None (a number: ``1990s``, ``2nd``)."""
    s = block.lstrip()
    word = s.split(None, 1)[0]
    read = digits_read(word, 0)
    if len(read) != len(word) or word.isdigit() or not read.isalpha() or not read.islower():
        return None
    zipf = zipf_table(getattr(ctx.settings, "language", "en") or "en")
    return read + s[len(word):] if zipf.get(read, 0.0) >= COMMON else None


#: a block of one line holding a page number set apart from its words by a run of spaces,
#: at its end or its start: a running head or foot ('JOURNAL OF ... (1998)          213')
_PAGE_HEAD_RE = re.compile(r"[ \t]*(?:[^\s\d][^\n]*?[ \t]{3,}\d{1,4}|\d{1,4}[ \t]{3,}[^\s\d][^\n]*?)[ \t]*")


def _never_rejoined(at: str, bt: str, fmt: str) -> bool:
    """Whether either block is what a rejoin never touches: a float, Markdown structure,
    a list item or numbered heading after the break, markup a filter inserted, a plain
    text's running head or foot (_PAGE_HEAD_RE)."""
    if is_float(at, fmt) or is_float(bt, fmt) or bt.lstrip().startswith(MARKUP):
        return True
    if fmt == "text" and (_PAGE_HEAD_RE.fullmatch(at) or _PAGE_HEAD_RE.fullmatch(bt)):
        return True  # (a head the furniture filter saw too rarely to take out: a page's edge, not a sentence)
    if fmt == "markdown" and (md_structure(at) or md_structure(bt)):
        return True
    # (in both formats, so that cleaning the cleaned text decides the same)
    if BULLET_OR_ESCAPED_RE.match(bt) or (
            starts_with_digit(bt) and numbered_heading(" ".join(bt.split())) is not None):
        return True
    return at.lstrip().startswith(MARKUP)


def _heading_like(at: str, bt: str, ctx: CleanContext) -> bool:
    last = at.rstrip().rsplit("\n", 1)[-1]
    if numbered_heading(last) is not None:
        return True
    max_words = ctx.settings.heading_max_words
    # a block of more words than a title has is none (the first test of title_like)
    return not more_words_than(at, max_words) and title_like(" ".join(at.split()), bt, max_words)


def text_measure(text: str) -> tuple[int, bool]:
    """A plain text's measure (the length of its full lines, 0 where no measure shows) and
    whether it is justified: what tells a line full here and in the floats filter."""
    lengths = _line_lengths(text)
    width = _measure_of_most(lengths, _column_width(lengths))
    return width, width > 0 and _justified(lengths, width)


def _line_lengths(text: str) -> Counter[int]:
    """How many lines that are not blank have each length, trailing spaces left out."""
    # (map and filter: one line at a time in C, for a book's ten thousand lines; a line
    # is blank exactly when nothing is left of it after rstrip)
    return Counter(map(len, filter(None, map(str.rstrip, text.split("\n")))))


def _column_width(lengths: Counter[int]) -> int:
    """The measure the text was wrapped to: the length most full lines reach."""
    n = lengths.total()
    # a measure needs lines enough to show it; a short text is no evidence of wrapping
    if n < 20:
        return 0
    # the length at index int(n * 0.9) of all the lengths sorted, found from the few
    # distinct lengths and their counts instead of sorting a book's lines
    k, seen = int(n * 0.9), 0
    for length in sorted(lengths):
        seen += lengths[length]
        if seen > k:
            return length
    raise AssertionError("unreachable: the counts add up to n")


def _measure_of_most(lengths: Counter[int], width: int) -> int:
    """The measure again without the lines far longer than most, where they hold it up:
    lines the cleanup joined before (a soft hyphen ending a line joins its word across it)
    are a tenth of a book's, enough to lift the measure's percentile above the column.

    Only where most lines show one measure (its commonest length is one line in twenty or
    more, as a wrapped text's is; an unwrapped text's lengths are spread) and the measure
    found is over a quarter longer than that commonest length.
    """
    if width <= 0:
        return width
    common, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    if count * 20 < lengths.total() or width <= 1.25 * common:
        return width
    return _column_width(Counter({k: v for k, v in lengths.items() if k <= 1.25 * common})) or width


def _justified(lengths: Counter[int], width: int) -> bool:
    """Whether the text was set justified: most lines reach the measure exactly (in ragged
    text a line ends where the next word would not fit, and few reach it exactly)."""
    return lengths[width] * 2 > lengths.total()


def _layout_splits(text: str, width: int, justified: bool, lists: list[tuple[int, int]]) -> list[Edit]:
    """Paragraph ends the layout shows without a blank line: a blank line put at each.

    A line that starts with a capital after a line that ends a sentence (or with a dash)
    and stops short of the measure (its next word would have fitted; in justified text,
    it falls short of the measure), in a hard-wrapped text, where the line starts
    (a) after a form feed: a paragraph that ended at the foot of a page, or (b) indented,
    where this recurs in the witness: paragraphs marked by a first-line indent only.
    Where it does, an indented line also starts a paragraph after a full line that ends a
    sentence, or after a line ended short that ends none (verse, a title page), when its
    indent is one of the witness's paragraph indents that lines running on do not share
    (_paragraph_indents). (c) A line far short of the measure that ends a sentence between
    two full lines, the next flush (_short_lines_between_full_ones). A column start indented otherwise, a list item's hanging indent
    (``lists``: the spans of the hanging-indent lists), and texts that set paragraphs
    apart by blank lines (nothing indented inside a block) are left alone.
    """
    if width <= 0:
        return []
    indents, feeds = [], []
    widths: Counter[int] = Counter()  # the indents of the paragraph starts found so
    full: list[tuple[int, int]] = []  # indented starts after a full line: (newline, indent)
    open_short: list[tuple[int, int]] = []  # indented lines after a short line ending no sentence
    for m in _layout_starts(text):
        start = m.start()  # where the line before ends: a newline, or a form feed before one
        line_start = m.end()
        nl = text.index("\n", start)
        prev = text[text.rfind("\n", 0, start) + 1:start].replace("\f", "")
        tail = prev.rstrip()
        if not tail:
            continue  # after a blank line (a block start: the rejoin's business)
        end = text.find("\n", line_start)
        words = text[line_start:end if end >= 0 else len(text)].split()
        if not words:
            continue
        if justified:
            short = len(tail) < width
        else:
            short = len(tail) + 1 + len(words[0]) <= width
        feed = "\f" in m.group()
        if not (ends_sentence(tail) or tail.endswith(_DASHES)):
            # mid-sentence; but a line the setter ended short (not at a word broken across
            # it) before an indented line may end a paragraph or a verse: its indent tells
            if short and not feed and tail[-1:] not in _LINE_END_BREAKS:
                open_short.append((nl, len(m.group()) - 1))
            continue
        if not short:
            if not feed:
                full.append((nl, len(m.group()) - 1))
            continue  # the line runs to the margin: the paragraph may go on, unless its indent says
        if feed:
            feeds.append(nl)
        else:
            indents.append(nl)
            widths[len(m.group()) - 1] += 1
    why = dict.fromkeys(feeds, "a page break (form feed) after a short line that ends a sentence: "
                               "a paragraph end")
    if len(indents) >= _INDENT_MIN_REPEATS:
        why.update(dict.fromkeys(indents, "an indented line after a short line that ends a sentence: "
                                          "a paragraph start"))
        kept = _paragraph_indents(text, widths, width, justified, lists) if full or open_short else frozenset()
        for nl, w in full:
            if w in kept and not any(s <= nl < e for s, e in lists):
                why[nl] = (f"an indented line after a line that ends a sentence, indented as this witness's "
                           f"paragraphs ({w} spaces) and never its column starts: a paragraph start")
        for nl, w in open_short:
            if w in kept and not any(s <= nl < e for s, e in lists):
                why[nl] = (f"an indented line after a line ended short of the measure, indented as this "
                           f"witness's paragraphs ({w} spaces) and never its column starts: a paragraph "
                           f"(or verse line) start")
    for nl in _short_lines_between_full_ones(text, width, justified, lists):
        why.setdefault(nl, "a short line that ends a sentence between two full lines, the next starting "
                           "flush with a capital: a paragraph end with its blank line lost")
    return [Edit(pos, pos + 1, "\n\n", RULE_LAYOUT_SPLIT, why[pos], 0.85) for pos in sorted(why)]


#: a line this share of the measure or shorter is a paragraph's last, where the lines around
#: it are full: a full line set in a proportional font may fall short of the measure by a
#: fifth in characters, and a paragraph's last line so short is the rule for half of them
_SHORT_OF_THE_MEASURE = 0.7
#: a line end after a sentence's end, before a line starting flush with a capital (the
#: newline ends the match)
_SENTENCE_LINE_END_RE = re.compile(r"[.!?][”’\"')\]]{0,2}\n(?=[“‘\"'(]?[A-Z])")


#: a sentence's end before a blank line: a paragraph set apart as a block
_BLOCK_END_RE = re.compile(r"[.!?][”’\"')\]]{0,2}[^\S\n]*\n[^\S\n]*\n")


def _short_lines_between_full_ones(text: str, width: int, justified: bool, lists: list[tuple[int, int]]) -> list[int]:
    """The newlines after a line that ends a sentence far short of the measure where the line
    before it and the line after it are full (the one after starting flush with a capital):
    prose running on around a paragraph's last line, whose blank line the OCR lost (verse,
    dialogue and lists have short lines around theirs). In a witness that runs its
    paragraphs on (more such lines, three or more, than blocks that end a sentence), any
    such line the next word would have fitted on."""
    def full(line: str, nxt: str) -> bool:
        word = nxt.split(None, 1)[0] if nxt.strip() else ""
        return bool(word) and (len(line.rstrip()) >= width if justified else len(line.rstrip()) + 1 + len(word) > width)

    out: list[int] = []
    near: list[int] = []  # (short lines not far short: the next word would have fitted)
    for m in _SENTENCE_LINE_END_RE.finditer(text):
        nl = m.end() - 1
        start = text.rfind("\n", 0, nl) + 1
        if start < 2 or text[start - 2] == "\n" or any(s <= nl < e for s, e in lists):
            continue  # (a block's first line: the line before it is none of the paragraph's)
        before = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
        line = text[start:nl]
        end = text.find("\n", nl + 1)
        after = text[nl + 1:end if end >= 0 else len(text)]
        end2 = text.find("\n", end + 1) if end >= 0 else -1
        beyond = text[end + 1:end2 if end2 >= 0 else len(text)] if end >= 0 else ""
        if "\f" in before + line + after or not before.strip() or line[:1] in " \t" or before[:1] in " \t":
            continue
        if full(line, after) or not full(before, line) or not full(after, beyond):
            continue
        (out if len(line.rstrip()) <= _SHORT_OF_THE_MEASURE * width else near).append(nl)
    # a witness that runs its paragraphs on (pdftotext writes a column as one block): more
    # such lines than blocks ending a sentence, the next word fitting is evidence enough
    if len(out) + len(near) >= 3 and len(out) + len(near) > len(_BLOCK_END_RE.findall(text)):
        return sorted(out + near)
    return out


_RUNNING_INDENT_RE = re.compile(r"\n([ \t]+)(?=\S)")
#: line ends that break a word or a compound across lines (the line goes on, short or not)
_LINE_END_BREAKS = LINE_END_HYPHENS + "\u00ad"


def _paragraph_indents(text: str, widths: Counter[int], width: int, justified: bool,
                       lists: list[tuple[int, int]]) -> frozenset[int]:
    """The indents this witness marks its paragraphs with, each of which it marks nothing else with.

    ``widths``: the indents of the paragraph starts found after a short line that ends a
    sentence. In ragged text a paragraph's last line may reach the margin by chance, and
    then only the indent tells its end (OCR reads a printed indent as two to five spaces,
    not always the same). An indent counts where two or more of those starts have it and
    an indented line after a line that runs on to the margin mid-sentence (a column
    start) has it at most once in ten of them: column starts marked by the same indent
    make it no evidence. The lines hanging under a list's items (``lists``: their spans)
    are the list's, and tell nothing of the paragraphs.
    """
    candidates = {w for w, n in widths.items() if n >= 2}
    running: Counter[int] = Counter()
    for m in _RUNNING_INDENT_RE.finditer(text):
        w = m.end() - m.start() - 1
        if w not in candidates or any(s <= m.start() < e for s, e in lists):
            continue
        prev = text[text.rfind("\n", 0, m.start()) + 1:m.start()].replace("\f", "").rstrip()
        if not prev or ends_sentence(prev) or prev.endswith(_DASHES):
            continue
        end = text.find("\n", m.end())
        words = text[m.end():end if end >= 0 else len(text)].split(None, 1)
        short = len(prev) < width if justified else len(prev) + 1 + len(words[0]) <= width
        if not short or prev[-1:] in _LINE_END_BREAKS:
            running[w] += 1
    return frozenset(w for w in candidates if running[w] * 10 <= widths[w])


def _layout_starts(text: str) -> Iterator[re.Match[str]]:
    """The layout starts (the matches of the alternation above), from its two branches' scans.

    Each match starts at a newline or at a form feed; the leftmost match wins and the
    next is looked for after it, as finditer does. (A match of one branch never holds
    a start of the other that finditer would report: tests compare.)
    """
    end = 0
    for m in sorted(chain(_NEWLINE_START_RE.finditer(text), _FEED_START_RE.finditer(text)), key=re.Match.start):
        if m.start() >= end:
            yield m
            end = m.end()


def _indents_mark_paragraphs(text: str, layout_splits: list[Edit], blocks: list, width: int) -> frozenset[int]:
    """The indents the witness marks its paragraphs with, where it marks them by a first-line
    indent alone (else none): its blank lines are then page and column breaks, a block after
    one that is not indented goes on, and one indented as its paragraphs opens one.

    The evidence: the paragraph starts found by their indent inside blocks
    (``layout_splits``, those after a form feed aside) are three or more, and more than
    twice the paragraph ends the blank lines show as a text set with blank lines does (a
    block ending a sentence short of the measure, then one starting unindented with a
    capital): there, such ends are the rule and indented lines inside blocks rare (verse).
    An indent counts where two of those starts have it.
    """
    widths = Counter(_indent(text, e.end) for e in layout_splits if e.rule == RULE_LAYOUT_SPLIT
                     and text[e.end:e.end + 1] in (" ", "\t") and "\f" not in text[text.rfind("\n", 0, e.start) + 1:e.start])
    indented = widths.total()
    if indented < _INDENT_MIN_REPEATS:
        return frozenset()
    plain = 0
    for a, b in zip(blocks, blocks[1:]):
        at, bt = text[a.start:a.end], text[b.start:b.end]
        if bt[:1] not in (" ", "\t") and first_char(bt).isupper() and ends_sentence(at) \
                and not line_full(at, bt, width):
            plain += 1
            if 2 * plain >= indented:
                return frozenset()  # (a text set with blank lines: known before its end)
    return frozenset(w for w, n in widths.items() if n >= 2) if indented > 2 * plain else frozenset()


def _blank_line_paragraph_indents(text: str, blocks: list) -> frozenset[int]:
    """The indents with which a witness opens the paragraphs it also sets apart by a blank
    line, where it never gives them to a column's or page's start: an indented block after
    one ending a sentence is then a paragraph, however full the line before it.

    The evidence: of the blocks opening with a capital after a block that ends a sentence,
    three or more have the indent, more than twice those flush (a break at a sentence end);
    of the blocks going on in lower case after one that ends none (a sentence cut by a
    break), three or more are flush, and fewer than one in ten indented.
    """
    starts: Counter[int] = Counter()
    going_on: Counter[bool] = Counter()
    for a, b in zip(blocks, blocks[1:]):
        head = text[b.start:b.start + 24]
        if "\f" in head:
            continue
        first = first_char(head)
        if not first:
            continue
        ends = ends_sentence(text[max(a.start, a.end - 8):a.end])
        if ends and not first.islower():
            starts[_indent(text, b.start)] += 1
        elif not ends and first.islower():
            going_on[_indent(text, b.start) > 0] += 1
    if going_on[False] < 3 or going_on[True] * 10 >= going_on.total():
        return frozenset()
    return frozenset(w for w, n in starts.items() if w > 0 and n >= 3 and n > 2 * starts[0])


def _indent(text: str, at: int) -> int:
    """How many spaces and tabs open the line that starts at ``at``."""
    return len(text[at:at + 16]) - len(text[at:at + 16].lstrip(" \t"))


def _unindented_continuation(at: str, bt: str, width: int) -> tuple[float, str] | None:
    """A paragraph going on after a blank line, in a witness that marks its paragraphs by a
    first-line indent alone: the next block starts unindented, after a full line (the next
    block's first word would not have fitted on it), and both blocks are prose."""
    if width <= 0 or bt[:1] in (" ", "\t", "\f") or not first_char(bt).isalpha() and first_char(bt) not in "\"“‘'(":
        return None
    b_stripped = bt.strip()
    if "\n" not in b_stripped and len(b_stripped) < 0.6 * width:
        return None  # a short line of its own: a title, not a paragraph going on
    if not more_words_than(at, 7) or not line_full(at, bt, width):
        return None
    if ends_sentence(at) and first_char(bt).isupper():
        # a full line may end a section as well as a page: a section break's opening is
        # often set flush left, so only a reader can tell
        return 0.5, ("an unindented block after a full line that ends a sentence, the next starting with a "
                     "capital: a page break in a paragraph or a section opening set flush left")
    return 0.85, ("an unindented block after a full line, in a witness that marks its paragraphs by a "
                  "first-line indent alone: the paragraph goes on across a column or page break")


def _page_break_decision(at: str, bt: str, gap: str, width: int,
                         justified: bool = False, column_end: bool = False) -> tuple[float, str] | None:
    """A sentence end before a page or column break that is no paragraph end.

    Only where the layout shows a break (two or more blank lines, a form feed, a column
    start's indent, or ``column_end``: the block ends where the witness's columns end,
    _column_ends) and the last line is full: the next block's first word would not have
    fitted on it, so the line was not cut short by a paragraph end (in justified text:
    the line reaches the measure, as every line but a paragraph's last does).
    """
    # (a form feed the blank lines leave opens the next block: the page break is there)
    shown = gap.count("\n") >= 3 or "\f" in gap or bt[:1] in (" ", "\t", "\f")
    if not (column_end or shown):
        return None
    first = bt.lstrip().lstrip("\"“‘'(«")[:1]
    if not first.isupper() or width <= 0:
        return None
    b_stripped = bt.strip()
    if "\n" not in b_stripped and len(b_stripped) < 0.6 * width:
        return None  # a short line of its own after the break: a title ("CHAPTER IX."), not prose
    if not ends_sentence(at.rstrip()):
        return 0.85, "a page or column break inside a sentence"
    if not line_full(at, bt, width, strict=True, justified=justified):
        return None  # the next word would have fitted: the paragraph ended short
    if not shown:
        return 0.8, ("a column break after a full line (the block ends after as many lines as this witness's "
                     "columns hold): the paragraph goes on")
    return 0.8, "a page or column break after a full line: the paragraph goes on"


#: a column length is the witness's where this share of its pages (and three at least) end
#: a block after that many lines
_COLUMN_PAGES = 0.5
#: the fewest lines a column of a page holds
_COLUMN_LINES = 8


def _column_ends(text: str, page_starts: Sequence[int]) -> frozenset[int]:
    """Where a column ends before a blank line (the end of its last line), in a witness whose
    pages hold columns of one length: a blank line comes after the same count of lines from
    the top of most pages, and the pages hold two to four times as many (a column break
    shows as a paragraph's end does). A page's column
    that holds a float holds a line fewer than the others (the float takes more room than
    its lines), so a block ending a line short of that length ends its column where no block
    ends at the length itself. Empty where no length recurs (one column, or no pages)."""
    bounds = [0, *page_starts, len(text)]
    if len(bounds) < 5:
        return frozenset()
    pages: list[dict[int, int]] = []  # per page: lines counted -> where the last one ends
    totals: Counter[int] = Counter()  # lines per page
    for start, end in zip(bounds, bounds[1:]):
        counted, ends, pos = 0, {}, start
        for line in text[start:end].split("\n"):
            if line.strip():
                counted += 1
                last = pos + len(line.rstrip())
            elif counted and counted not in ends:
                ends[counted] = last
            pos += len(line) + 1
        ends.pop(counted, None)  # (the page's end is a page break, known already)
        pages.append(ends)
        totals[counted] += 1
    page = totals.most_common(1)[0][0]
    # a length most pages share, that fills a page two to four times over (a heading or a
    # paragraph as long on every page is no column)
    least = max(3, _COLUMN_PAGES * len(pages))
    lengths = [(times, n) for n, times in Counter(n for ends in pages for n in ends).items()
               if times >= least and n >= _COLUMN_LINES and any(abs(page - k * n) <= 1 for k in (2, 3, 4))]
    if not lengths:
        return frozenset()
    length = max(lengths)[1]
    out = set()
    for ends in pages:
        for k in range(1, max(ends, default=0) // length + 1):
            at = ends.get(k * length, ends.get(k * length - 1))
            if at is not None:
                out.add(at)
    return frozenset(out)


#: a float is set narrower than its column by this many characters or more on its longest line
_FLOAT_INSET = 3


def interrupting_blocks(text: str, blocks: Sequence, width: int, justified: bool = False) -> frozenset[int]:
    """The indexes of the blocks a page set inside a sentence of another, a narrower prose
    block (a boxed or inset paragraph) that a text layer's reading order put where it
    stands, in one block or in several a page break parted (each after the first going on
    in lower case): the block before ends with a word broken at a hyphen, or with a word
    or a comma on a full line; the float opens with a capital, ends a sentence (or a dash)
    and runs on as prose (a line of it starts in lower case) on two lines or more, all but
    its last (and those longer than the measure, lines joined at a hyphen) shorter than the
    measure (``width``) by _FLOAT_INSET (a display quotation or verse runs the sentence on,
    ended short before it, or sets lines each with a capital); the block after goes on in
    lower case and ends a sentence, or runs to the measure before a block going on in lower
    case or another such float (a column break the rejoin joins: the floats filter then
    finds the sentence's end)."""
    out: set[int] = set()
    if width <= 0:
        return frozenset()
    texts = [text[b.start:b.end] for b in blocks]
    # (from the end: a sentence may go on past a float into another, found first)
    for k in range(len(blocks) - 2, 0, -1):
        ft = texts[k]
        if not (first_char(ft).isupper() or first_char(ft) in _OPENING_QUOTES) or k in out:
            continue
        group, lines = [k], ft.split("\n")
        while not (ends_sentence(texts[group[-1]]) or texts[group[-1]].rstrip().endswith(_DASHES)):
            n = group[-1] + 1
            if n + 1 >= len(blocks) or not first_char(texts[n]).islower():
                break
            group.append(n)
            lines += texts[n].split("\n")
        last = texts[group[-1]].rstrip()
        if len(lines) < 2 or not (ends_sentence(last) or last.endswith(_DASHES)) \
                or group[-1] + 1 >= len(blocks):
            continue
        c = group[-1] + 1
        ct = texts[c]
        if not first_char(ct).islower() or not ends_sentence(ct) and not (
                c + 1 < len(blocks) and (first_char(texts[c + 1]).islower() or c + 1 in out)
                and len(ct.rstrip().rsplit("\n", 1)[-1]) >= 0.85 * width):
            continue
        # (the last line aside, and lines longer than the measure: lines a text layer joined
        # at a hyphen, or a soft hyphen's join, are one line now)
        set_lines = [n for n in map(len, map(str.rstrip, lines[:-1])) if n <= width]
        if not set_lines or max(set_lines) > width - _FLOAT_INSET \
                or not any(first_char(line).islower() for line in lines[1:]):
            continue
        tail = texts[k - 1].rstrip()
        if tail[-1:] in _LINE_END_BREAKS and tail[-2:-1].isalpha() or (
                (tail[-1:].isalpha() or tail[-1:] == ",") and "\n" in tail
                and line_full(tail, ct, width, strict=True, justified=justified)):
            out.update(group)
    return frozenset(out)


def line_full(at: str, bt: str, width: int, strict: bool = False, justified: bool = False) -> bool:
    """Whether the last line of ``at`` is full: the first word of ``bt`` would not have fitted
    on it (two characters of slack for OCR noise); ``strict`` also wants the line itself
    to reach the measure (proportional type makes character counts vary), exactly so in
    ``justified`` text (where only a paragraph's last line falls short)."""
    last_line = at.rstrip().rsplit("\n", 1)[-1].strip()
    words = bt.split(None, 1)  # (the first word is all it needs)
    if not words or len(last_line) + 1 + len(words[0]) <= width - 2:
        return False
    if strict and justified:
        return len(at.rstrip().rsplit("\n", 1)[-1]) >= width
    return not strict or len(last_line) >= 0.85 * width


def rejoin_decision(at: str, bt: str, width: int = 0) -> tuple[float, str] | None:
    """Whether two blocks are one paragraph cut by a break (confidence, why), else None.

    ``width`` is the measure of a hard-wrapped text (0 when unknown): where the evidence
    of the words is weaker (a comma or a function word before a capital, a lower-case
    start after a sentence end), the last line must also be full, as a line is before a
    page break and often is not before a paragraph end.
    """
    first = first_char(bt)
    tail = at.rstrip()
    if not first:
        return None
    if first.islower():
        if ends_sentence(tail) and not (width and line_full(at, bt, width)):
            return None  # "CHAPTER IV." then "lT was": a misread capital, not a continuation
        return 0.95, "the next block starts in lower case"
    if ends_sentence(tail):
        return None
    if tail[-1:] in "-\u2010\u2011¬" and tail[-2:-1].isalpha() and first.isalpha():
        return 0.9, "a word hyphenated across the break"
    last = last_word(tail)
    if tail.endswith(",") or last in FUNCTION_WORDS and tail[-1:].isalpha():
        why = "the block ends with a comma" if tail.endswith(",") else f"the block ends with '{last}'"
        if not width:
            # unwrapped text shows no line fill: a salutation or a verse line looks the same
            return 0.6, why + " (no line measure to confirm it)"
        return (0.9, why + " before a full line's break") if line_full(at, bt, width) else None
    if more_words_than(at, 7) and more_words_than(bt, 7) and (first.isalpha() or first in _OPENING_QUOTES):
        if width and (tail[-1:].isalpha() or tail.endswith(_DASHES)) and line_full(at, bt, width, strict=True) \
                and "\n" in tail and "\n" in bt.strip():
            # (lines of a column either side: a verse line as long as the measure stands alone)
            # (a paragraph's last line runs to the margin now and then, but ends a sentence)
            return 0.85, "the block ends mid-sentence on a full line: a column or page break"
        if first.isalpha() and not _table_row(tail[tail.rfind("\n") + 1:]):
            # (a table's last row ends without a stop, as a table does, before the text goes on)
            return 0.5, "the block ends without sentence punctuation"
    return None


#: the gap between two cells of a table's row: a tab, or a run of spaces
_CELL_GAP_RE = re.compile(r"\t|  +")
#: a figure standing as a cell: "1850", "1,358,182,941", "5·0"
_FIGURE_CELL_RE = re.compile(r"[£$]?\d[\d,.·]*%?")


def _table_row(line: str) -> bool:
    """Whether a line is a table's row: three cells or more set apart by runs of spaces, two
    of them figures."""
    cells = _CELL_GAP_RE.split(line.strip())
    return len(cells) >= 3 and sum(1 for c in cells if _FIGURE_CELL_RE.fullmatch(c)) >= 2
