"""Code blocks of a plain-text witness: runs of indented lines of code, kept as lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from typing import Sequence

from variorum.clean.base import CleanContext, Edit, EditColumns

RULE_CODE_BLOCK = "code-block"
RULES = (RULE_CODE_BLOCK,)

#: the start of an indented line: four spaces or a tab (found from the newline before it;
#: a literal first, searched for in C)
_INDENTED_START_RE = re.compile(r"\n(?= {4}|\t)")
#: a statement's keyword at a line's start with code's punctuation after it (a pattern's source)
_KEYWORD_START = (r"^\s*(?:def|class|return|import|if|elif|else|for|while|try|except|switch|case|int|void|char|"
                  r"float|double|var|let|const|function|public|private|static|#include|#define)\b")
_STATEMENT = _KEYWORD_START + r"[^\n]*[(:;{=]"
#: what marks a line as code and seldom stands in prose: an assignment or a comparison,
#: a brace, a call with its arguments, a statement's keyword with code's punctuation after it
_CODE_MARK_RE = re.compile(
    r"[^\s=!<>+\-*/%&|^]\s*(?:[+\-*/%&|^]?=|==|!=|<=|>=)\s*\S|[{}]|[A-Za-z_]\w*\([^()\n]*\)"
    rf"|{_STATEMENT}")
#: what only code writes, where maths and law write '=' and 'f(x)' too: a brace, a statement's
#: keyword before code's punctuation, a statement's closing ';' on a line no list label opens
_CODE_ONLY_RE = re.compile(rf"[{{}}]|{_STATEMENT}" r"|^(?!\s*(?:\(\w{1,4}\)|\w{1,4}[.)])\s)[^\n]*;\s*$")
#: a code block has this many lines at least, of which this many are marked as code, and
#: half of its lines at least
_MIN_LINES = 2
_MIN_MARKED = 2


#: a Markdown fence's line: three backticks or tildes or more at the margin (three spaces
#: at most before them), an info string after them ('```python')
_FENCE_RE = re.compile(r"(?m)^ {0,3}(`{3,}|~{3,})[^\n`]*$")


def fenced_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each fenced code block (a fence's line, its lines, a closing fence
    of the same mark and as long at least on a line of its own), from the opening fence's
    line start to the closing fence's line end. A fence never closed fences nothing: an
    OCR'd page's stray backticks are no code to the page's end."""
    found: list[tuple[int, int]] = []
    if "```" not in text and "~~~" not in text:
        return found
    opening = None
    for m in _FENCE_RE.finditer(text):
        fence = m.group(1)
        if opening is None:
            opening = m
        elif fence[0] == opening.group(1)[0] and len(fence) >= len(opening.group(1)) \
                and not m.group().strip().strip(fence[0]):
            found.append((opening.start(), m.end()))
            opening = None
    return found


def code_blocks(text: str) -> list[tuple[int, int]]:
    """The code blocks of a text, indented (indented_blocks) and fenced (fenced_blocks), in order."""
    fenced = fenced_blocks(text)
    indented = indented_blocks(text)
    if not fenced:
        return indented
    # (an indented run inside a fence is the fenced block's)
    return sorted(fenced + [b for b in indented if not any(s <= b[0] < e for s, e in fenced)])


def indented_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each code block of a plain text: a run of non-blank lines, each
    indented four spaces or a tab at least, the first at the run's least indent (code opens
    at its block's margin), and half of them, two at least, marked as code (an assignment,
    a brace, a call, a statement's keyword before code's punctuation), or its first line a
    statement opening a body (``def f(x):``) and the next, set deeper, a statement or marked. A paragraph's
    indented first line, verse and a hanging list's lines are no code: no marks; nor lines
    a sentence goes on after (a small letter opens the next line) with no mark only code
    writes (_CODE_ONLY_RE): a display of maths, a list of clauses."""
    found: list[tuple[int, int]] = []
    reach = 0
    n = len(text)
    starts = [m.end() for m in _INDENTED_START_RE.finditer(text)]
    if text.startswith(("    ", "\t")):
        starts.insert(0, 0)
    for start in starts:
        if start < reach:
            continue
        lines: list[str] = []
        end = pos = start
        while pos < n and text.startswith(("    ", "\t"), pos):
            nl = text.find("\n", pos)
            nl = n if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip():
                break
            lines.append(line)
            end, pos = nl, nl + 1
        reach = pos
        if len(lines) < _MIN_LINES:
            continue
        indents = [len(ln) - len(ln.lstrip()) for ln in lines]
        if indents[0] != min(indents) or not _deeper_than_around(text, start, pos, indents[0]):
            continue
        marked = sum(1 for ln in lines if _CODE_MARK_RE.search(ln) and not _wordy(ln))
        if pos < n and text[pos:pos + 1].islower() and not any(map(_CODE_ONLY_RE.search, lines)):
            # (the sentence goes on after the lines: a display of maths or a list of clauses
            # set in it, 'f(x) = x + 1, and so', unless a line holds a mark only code writes)
            continue
        if marked >= _MIN_MARKED and 2 * marked >= len(lines) or _opens_a_body(lines, indents):
            found.append((start, end))
    return found


#: a statement that opens a body: its keyword, then a line ending as a block's head does
#: (``def f(x):``, ``for (i = 0; i < n; i++) {``)
_BODY_HEAD_RE = re.compile(_KEYWORD_START + r"[^\n]*[:{][ \t]*$")
_KEYWORD_START_RE = re.compile(_KEYWORD_START)


def _opens_a_body(lines: list[str], indents: list[int]) -> bool:
    """Whether a run's first line is a statement opening a body and the next, set deeper, is a
    statement or marked as code, as code nests (a function and its return: one line marked)."""
    if len(lines) < 2 or indents[1] <= indents[0] or _BODY_HEAD_RE.match(lines[0]) is None:
        return False
    body = lines[1]
    return not (_wordy(lines[0]) or _wordy(body)) and \
        (_KEYWORD_START_RE.match(body) is not None or _CODE_MARK_RE.search(body) is not None)


def _deeper_than_around(text: str, start: int, after: int, indent: int) -> bool:
    """Whether the nearest non-blank lines before ``start`` and from ``after`` on are indented
    less than ``indent``: code is set in from its text (a text indented as a whole is prose)."""
    before = text[:max(0, start - 1)].rstrip("\n \t")
    prev = before[before.rfind("\n") + 1:]
    rest = text[after:]
    nxt = rest[len(rest) - len(rest.lstrip("\n")):].split("\n", 1)[0]
    return all(indent_width(line) < indent for line in (prev, nxt) if line.strip())


def indent_width(line: str) -> int:
    """How many columns of spaces open ``line``, a tab four."""
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


#: a word of prose in a line, a mark or a bracket about it
_PLAIN_WORD_RE = re.compile(r"[\"'(“‘]*[^\W\d_]+[,.;:!?\"')”’]*")


def _wordy(line: str) -> bool:
    """Whether a line reads as prose: six words or more, three in four of them plain words
    (prose that names a call, ``"len()"``, or compares, ``x <= y``)."""
    tokens = line.split()
    return len(tokens) >= 6 and 4 * sum(1 for t in tokens if _PLAIN_WORD_RE.fullmatch(t)) >= 3 * len(tokens)


def mark_code_blocks(text: str, ctx: CleanContext) -> list[Edit]:
    """Set each code block of a plain-text witness apart as a block of its own.

    Repairs: a run of indented lines of code (see :func:`indented_blocks`), or a Markdown
    fence's lines (:func:`fenced_blocks`), that a line of prose touches before or after gets
    a blank line there, so that it stands as a block, its lines and indents kept (the chain
    lets no later filter edit inside it, and the Markdown writer writes it as a code block).
    Never touches: the code's lines, prose, indented lines without code's marks, Markdown
    witnesses (whose code the chain guards as it stands).
    """
    del ctx
    edits: list[Edit] = []
    for start, end in code_blocks(text):
        if start > 0 and text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip():
            edits.append(Edit(start - 1, start, "\n\n", RULE_CODE_BLOCK,
                              "indented lines of code after a line of prose: a block of their own", 0.9))
        if end < len(text) and text[end] == "\n":
            after = text.find("\n", end + 1)
            if text[end + 1:len(text) if after < 0 else after].strip():
                edits.append(Edit(end, end + 1, "\n\n", RULE_CODE_BLOCK,
                                  "a line of prose after indented lines of code: the block ends", 0.9))
    return edits


def outside_code(edits: Sequence[Edit] | EditColumns, blocks: list[tuple[int, int]]) -> Sequence[Edit] | EditColumns:
    """``edits`` less those that touch a code block or the line breaks around it."""
    starts = edits.starts if isinstance(edits, EditColumns) else [e.start for e in edits]
    ends = edits.ends if isinstance(edits, EditColumns) else [e.end for e in edits]
    # (each block with its line break before and after: a join there would run prose into it)
    lows = [s - 1 for s, _ in blocks]
    highs = [e + 1 for _, e in blocks]
    keep = []
    for s, e in zip(starts, ends):
        # (the last block opening before the edit's last character, or before an insertion's point)
        k = bisect_right(lows, (e if e > s else s) - 1) - 1
        if k < 0:
            keep.append(True)
            continue
        lo, hi = lows[k], highs[k]
        keep.append(not ((s < hi and e > lo) if e > s else lo < s < hi))
    if all(keep):
        return edits
    if isinstance(edits, EditColumns):
        columns = (edits.starts, edits.ends, edits.replacements, edits.rules, edits.evidence, edits.confidences,
                   edits.applied)
        return EditColumns(*(list(compress(c, keep)) for c in columns))
    return list(compress(edits, keep))
