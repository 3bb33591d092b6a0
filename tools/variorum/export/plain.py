"""Cleaned Pandoc Markdown as plain text: escapes undone, block separators and markers found."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

#: a backslash before ASCII punctuation is a Markdown escape; the character after it is text
_ESCAPE = r"\\(?=[!-/:-@\[-`{-~])"
#: a backslash at the end of a line is a Pandoc hard line break
_HARD_BREAK = r"\\\n"
#: blocks are separated by one (or, in hand-made Markdown, more) blank lines
_SEPARATOR = r"[ \t]*\n(?:[ \t]*\n)+"
_MARKUP = re.compile(rf"(?P<lb>{_HARD_BREAK})|(?P<sep>{_SEPARATOR})|(?P<esc>{_ESCAPE}).")
#: the marker that opens a heading or a list item at the start of a block
_MARKER = re.compile(r"(?:(?P<head>#{1,6})|(?P<item>[-*+]))[ \t]+")
#: trailing newlines and spaces of the whole text are no part of its last block
_END = re.compile(r"\s*\n\s*\Z")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: inline markup a Markdown witness keeps: [text](url) links, *emphasis*, **strong**, _emphasis_
_LINK = re.compile(r"(?<![\\!])\[(?:\\.|[^\]\\\n])*\]\(([^()\s]*)\)")
_EMPHASIS = re.compile(r"(?<![\\*\w])(\*\*|\*|_)(?=[^\s*_])[^\n]*?[^\s\\]\1(?![*\w])")

PARAGRAPH = "p"
ITEM = "item"


def block_kind(text: str, start: int) -> str:
    """``p``, ``item`` or ``head1`` … ``head6`` for the block that begins at ``start``."""
    m = _MARKER.match(text, start)
    if not m:
        return PARAGRAPH
    return f"head{len(m.group('head'))}" if m.group("head") else ITEM


def unescape(markdown: str) -> str:
    """Undo the backslash escapes of a Markdown fragment (``\\$`` -> ``$``), nothing else."""
    return _UNESCAPE.sub(r"\1", markdown)


@dataclass(frozen=True)
class Span:
    """A stretch of a witness's Markdown that is markup, not text.

    ``kind`` is ``sep`` (a block separator; ``next`` is the kind of the block it opens),
    ``lb`` (a hard line break), ``open``/``close`` (the delimiters of inline markup;
    ``next`` says which: ``hi:italic``, ``hi:bold``, ``ref:URL``), or ``drop`` (an
    escape backslash, a block marker, the trailing newline) which leaves no trace in the
    plain text.
    """

    start: int
    end: int
    kind: str
    next: str = ""


# Tokens of plain text: ("t", text) | ("br", block kind) | ("lb", "") | ("open", what) |
# ("close", what); only "t" tokens carry text.
Token = tuple[str, str]


class MarkupMap:
    """Where the markup lies in one witness's whole text, so that any stretch of it
    (a unit's reading) can be turned into plain-text tokens in context: a ``# `` at
    the start of a block is a marker, the same characters inside a sentence are text."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[Span] = []
        end_match = _END.search(text)
        limit = end_match.start() if end_match else len(text)
        if limit > 0 or not text:
            self.first = block_kind(text, 0)
            spans.extend(self._marker(0))
        else:
            self.first = PARAGRAPH
        for m in _MARKUP.finditer(text, 0, limit):
            if m.lastgroup == "sep":
                spans.append(Span(m.start(), m.end(), "sep", block_kind(text, m.end())))
                spans.extend(self._marker(m.end()))
            elif m.lastgroup == "lb":
                spans.append(Span(m.start(), m.end(), "lb"))
            else:
                spans.append(Span(m.start(), m.start() + 1, "drop"))
        if end_match and end_match.start() < len(text):
            spans.append(Span(end_match.start(), len(text), "drop"))
        spans.extend(_inline_spans(text, limit))
        # inline markup that would overlap a marker, an escape or other markup stays text
        spans.sort(key=lambda s: (s.start, s.end))
        accepted: list[Span] = []
        for span in spans:
            if not accepted or span.start >= accepted[-1].end:
                accepted.append(span)
        self.spans = spans = accepted
        self._ends = [s.end for s in spans]

    def _marker(self, at: int) -> Iterator[Span]:
        m = _MARKER.match(self.text, at)
        if m:
            yield Span(m.start(), m.end(), "drop")

    def tokens(self, start: int, end: int) -> tuple[Token, ...]:
        """The plain-text tokens of ``text[start:end]``; a break belongs to the stretch
        where its separator starts."""
        out: list[Token] = []
        pos = start
        i = bisect.bisect_right(self._ends, start)
        while i < len(self.spans) and self.spans[i].start < end:
            span = self.spans[i]
            if span.start > pos:
                _add_text(out, self.text[pos:span.start])
            if span.start >= start and span.kind == "sep":
                out.append(("br", span.next))
            elif span.start >= start and span.kind in ("lb", "open", "close"):
                out.append((span.kind, span.next))
            pos = max(pos, min(span.end, end))
            i += 1
        if pos < end:
            _add_text(out, self.text[pos:end])
        return tuple(out)

    def blocks(self) -> list[tuple[str, str]]:
        """The whole text as (kind, plain text) blocks; hard line breaks become ``\\n``."""
        blocks: list[tuple[str, str]] = [(self.first, "")]
        for kind, value in self.tokens(0, len(self.text)):
            if kind == "br":
                blocks.append((value, ""))
            elif kind in ("t", "lb"):
                k, text = blocks[-1]
                blocks[-1] = (k, text + (value if kind == "t" else "\n"))
        return blocks


def _inline_spans(text: str, limit: int) -> Iterator[Span]:
    """Delimiters of links and emphasis, in pairs (one block at most: no newline inside)."""
    for m in _LINK.finditer(text, 0, limit):
        yield Span(m.start(), m.start() + 1, "open", f"ref:{m.group(1)}")
        yield Span(m.start(1) - 2, m.end(), "close", "ref")
    for m in _EMPHASIS.finditer(text, 0, limit):
        delim = m.group(1)
        what = "hi:bold" if delim == "**" else "hi:italic"
        yield Span(m.start(), m.start() + len(delim), "open", what)
        yield Span(m.end() - len(delim), m.end(), "close", what)


def _add_text(out: list[Token], text: str) -> None:
    if out and out[-1][0] == "t":
        out[-1] = ("t", out[-1][1] + text)
    else:
        out.append(("t", text))


def plain_text(tokens: Sequence[Token], *, block_break: str = "\n\n", line_break: str = "\n") -> str:
    """Tokens joined as one string, blocks and hard line breaks shown by the given strings."""
    parts = {"br": block_break, "lb": line_break}
    return "".join(v if k == "t" else parts.get(k, "") for k, v in tokens)


def unit_offsets(readings: Sequence[str]) -> list[int]:
    """Start offset of each reading in the joined text (one more entry: the total length)."""
    offsets = [0]
    for r in readings:
        offsets.append(offsets[-1] + len(r))
    return offsets
