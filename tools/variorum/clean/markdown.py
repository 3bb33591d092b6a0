"""The cleaned witness written as Pandoc Markdown: one blank line between blocks, markup in the text escaped."""

from __future__ import annotations

import bisect
import itertools
import re

from variorum.clean.base import LINE_SPACE
from variorum.clean.chain import MARKUP
from variorum.clean.codeblocks import code_blocks

BLOCK_SPLIT_RE = re.compile(r"\n(?:[ \t\f\v]*\n)+")
# Characters Pandoc reads as inline markup anywhere in a line.
_INLINE_RE = re.compile(r"[\\`*_\[\]<>$^~|]|(?<![\w])@(?=\w)|&(?=#?\w+;)")
# What Pandoc reads as block markup at a line start (after the inline escapes).
_LINE_START_RES = (
    re.compile(r"^(#)"),                                  # ATX heading
    re.compile(r"^([-+])(?=[ \t]|$)"),                    # bullet list (``*`` is escaped inline)
    re.compile(r"^(\+)(?=-)"),                            # a grid table's border (blocks._is_table)
    re.compile(r"^\d+([.)])(?=[ \t]|$)"),                  # ordered list
    # fancy list; a capital and a period before one space is no list to Pandoc ("B. Russell")
    re.compile(r"^(?:[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(?=[ \t]|$)(?![ ](?=\S))|^(?:[a-z]|[ivxlcdm]+)([.])(?= \S)"
               r"|^(?:[A-Za-z]|[ivxlcdmIVXLCDM]+)(\))(?=[ \t]|$)"),
    re.compile(r"^(\()(?:\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)\)(?=[ \t]|$)"),  # (1) list
    re.compile(r"^([:~])(?=[ \t]|$)"),                    # definition list
    re.compile(r"^(=)+[ \t]*$|^(-)-+[ \t]*$"),            # setext underline, rule
    re.compile(r"^(%)"),                                   # title block
)
#: whether any of them matches (one match call instead of eight for most lines, which none does)
_ANY_LINE_START_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in _LINE_START_RES))
_MARKUP_PREFIX_RE = re.compile(re.escape(MARKUP) + r"(#{1,6} |- )")


_ANY_INLINE_RE = re.compile(r"[\\`*_\[\]<>$^~|@&]")
#: the characters _ANY_INLINE_RE finds
_INLINE_CHARS = "\\`*_[]<>$^~|@&"


def escape_inline(s: str) -> str:
    """``s`` with every character Pandoc would read as inline markup backslash-escaped."""
    if _ANY_INLINE_RE.search(s) is None:  # most paragraphs: nothing to escape, found fast
        return s
    return _INLINE_RE.sub(lambda m: "\\" + m.group(), s)


def escape_line_start(line: str) -> str:
    """``line`` with a backslash before what Pandoc would read as block markup at its start."""
    if _ANY_LINE_START_RE.match(line) is None:
        return line
    return _escape_line_start_each(line)


def _escape_line_start_each(line: str) -> str:
    """escape_line_start trying every pattern in turn (what its one-match shortcut must equal)."""
    for rx in _LINE_START_RES:
        m = rx.match(line)
        if m is not None:
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
            return line[:m.start(g)] + "\\" + line[m.start(g):]
    return line


def escape_text(s: str) -> str:
    """Plain text as Pandoc Markdown that reads back as the same words."""
    out = []
    for line in s.split("\n"):
        out.append(escape_line_start(escape_inline(line)))
    return "\n".join(out)


def emit(text: str, fmt: str) -> str:
    """The chain's final text as Pandoc Markdown.

    Blocks are separated by exactly one blank line and the file ends with one newline.
    A plain-text witness has its characters escaped (``$`` -> ``\\$``) except the markup the
    filters inserted (headings, list items) and its code blocks (indented, written as they
    stand), and the line breaks the chain kept in a plain block (verse) written as hard
    breaks; a Markdown witness keeps its own markup.
    Layout only: no word is changed here, so nothing here is an emendation.
    """
    blocks = []
    # the text without its leading and trailing newlines (read in place: a copy is a book's
    # length), each block's span in it, and the blocks holding markup a filter inserted or
    # a character to escape inline: found by str.find over the text (a book has a few dozen
    # of them) rather than by a scan of each of its blocks
    first, end = 0, len(text)
    while first < end and text[first] == "\n":
        first += 1
    while end > first and text[end - 1] == "\n":
        end -= 1
    cuts = [first, *itertools.chain.from_iterable(map(re.Match.span, BLOCK_SPLIT_RE.finditer(text, first, end))), end]
    starts = cuts[::2]
    marked: set[int] = set()
    inline: set[int] = set()
    if fmt != "markdown":
        marked, inline = _blocks_holding(text, starts, end, MARKUP), _blocks_holding(text, starts, end, _INLINE_CHARS)
    for k, raw_block in enumerate(map(text.__getitem__, map(slice, starts, cuts[1::2]))):
        if not raw_block.strip():
            continue
        if fmt == "markdown":
            lines = [ln.rstrip(LINE_SPACE) if not ln.endswith("  ") or ln.endswith("   ") else ln
                     for ln in raw_block.split("\n")]
            blocks.append("\n".join(lines).replace(MARKUP, ""))
            continue
        if "\n" not in raw_block and k not in marked:
            # a paragraph its lines were joined into (most blocks): the general case below, in short
            line = raw_block.rstrip(LINE_SPACE)
            blocks.append(escape_line_start(escape_inline(line) if k in inline else line))
            continue
        lines = [ln.rstrip(LINE_SPACE) for ln in raw_block.split("\n")]
        if raw_block.startswith(("    ", "\t", "```", "~~~")) and code_blocks(raw_block) == [(0, len(raw_block))]:
            blocks.append("\n".join(lines))  # a code block: its characters are no markup
            continue
        m = _MARKUP_PREFIX_RE.match(lines[0])
        if m is not None:
            body = "\n".join(lines)[m.end():].replace(MARKUP, "")
            blocks.append(m.group(1) + escape_inline(body))
        else:  # escape_text of the block, line by line
            # a plain block's line breaks are those the chain kept (verse): hard breaks, for
            # Pandoc to keep them too (and a Markdown cleanup after, which keeps hard breaks)
            out = [escape_line_start(escape_inline(ln.replace(MARKUP, ""))) for ln in lines]
            blocks.append("\n".join(out) if k in marked else hard_breaks(out))
    if not blocks:
        return ""
    blocks[-1] += "\n"  # (the file's last newline on its last block: not a second copy of the whole)
    return "\n\n".join(blocks)


def hard_breaks(lines: list[str]) -> str:
    """``lines`` joined as one block with a Markdown hard break (two spaces) ending each
    but the last (none after an empty line: there is nothing to break)."""
    return "\n".join([ln + "  " if ln else ln for ln in lines[:-1]] + lines[-1:])


def _blocks_holding(text: str, starts: list[int], end: int, chars: str) -> set[int]:
    """The indexes of the blocks (``starts``: where each begins in ``text``, the last ending
    at ``end``) that hold one of ``chars`` (none of them a separator's), from ``str.find`` of
    each over the whole text."""
    found = set()
    for c in chars:
        i = text.find(c, starts[0], end)
        while i >= 0:
            found.add(bisect.bisect_right(starts, i) - 1)
            i = text.find(c, i + 1, end)
    return found
