"""TSV apparatus for editors' spreadsheets: one row per variant unit, one column per witness.

Columns: ``id``, ``kind``, ``block``, ``sentence``, ``word`` (where the unit starts in
the base, or in the first witness when there is no base: block number, sentence number
within that block, word number within that sentence, all from 1; an addition is placed
before the word it precedes), then one column per witness (the base first, headed
``SIGLUM (base)``) with its reading as plain text, ``variants`` (the readings that differ
from the base, grouped: ``B, C: text | D: ∅``), ``witness kinds`` (per-witness kinds where
the collator gave them) and ``link`` (the other end of a transposition).

Readings are plain text (Markdown escapes undone, heading and list markers dropped), with
a block break written as two newlines and a hard line break as one.  Because a TSV cell
cannot hold a tab or a newline, cells use the common backslash escapes ``\\t``, ``\\n``,
``\\r`` and ``\\\\`` (see :func:`unescape_cell`), so every reading is recoverable exactly.
Cells are never quoted and never altered otherwise: a reading that starts with ``=`` is
text, and spreadsheets should be told to import every column as text.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from variorum.export.plain import MarkupMap, plain_text, unit_offsets
from variorum.model import Unit, Variorum

EMPTY = "∅"

#: a sentence ends with . ! ? or … (maybe several, maybe closed by quotes or brackets)
#: before white space; abbreviations are over-split, which only shifts numbers
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]*_]*\s+")
#: a word: letters and digits, joined by apostrophes or hyphens (shared by stats)
WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}


def escape_cell(text: str) -> str:
    """A cell value safe for TSV: backslash, tab, newline and CR as backslash escapes."""
    return re.sub(r"[\\\t\n\r]", lambda m: _ESCAPES[m.group()], text)


def unescape_cell(cell: str) -> str:
    """The inverse of :func:`escape_cell`."""
    return re.sub(r"\\[\\tnr]", lambda m: _UNESCAPES[m.group()], cell)


def to_tsv(v: Variorum) -> str:
    """The apparatus as TSV text: a header row, then one row per variant unit."""
    sigla = list(v.sigla)
    anchor = v.base if v.base in sigla else (sigla[0] if sigla else None)
    ordered = ([anchor] + [s for s in sigla if s != anchor]) if anchor is not None else []
    header = ["id", "kind", "block", "sentence", "word"]
    header += [f"{s} (base)" if s == v.base else s for s in ordered]
    header += ["variants", "witness kinds", "link"]
    rows = ["\t".join(escape_cell(h) for h in header)]
    if anchor is None:
        return "\n".join(rows) + "\n"
    maps = {s: MarkupMap(v.text_of(s)) for s in sigla}
    offsets = {s: unit_offsets([u.readings.get(s, "") for u in v.units]) for s in sigla}
    locate = _Locator(maps[anchor].text)
    for i, unit in enumerate(v.units):
        if not _is_variant(unit, sigla):
            continue
        texts = {s: plain_text(maps[s].tokens(offsets[s][i], offsets[s][i + 1])) for s in sigla}
        block, sentence, word = locate(offsets[anchor][i], unit.readings.get(anchor, ""))
        cells = [unit.id, unit.kind, str(block), str(sentence), str(word)]
        cells += [texts[s] for s in ordered]
        cells += [_variants(unit, ordered, texts, v.base),
                  "; ".join(f"{s}: {unit.kinds[s]}" for s in ordered if s in unit.kinds),
                  unit.link or ""]
        rows.append("\t".join(escape_cell(c) for c in cells))
    return "\n".join(rows) + "\n"


def _is_variant(unit: Unit, sigla: Sequence[str]) -> bool:
    if unit.kind != "agreement":
        return True
    return len({unit.readings.get(s, "") for s in sigla}) > 1


def _variants(unit: Unit, ordered: Sequence[str], texts: dict[str, str], base: str | None) -> str:
    """Readings grouped by text; with a base, only those that differ from it."""
    groups: dict[str, list[str]] = {}
    for s in ordered:
        groups.setdefault(unit.readings.get(s, ""), []).append(s)
    base_reading = unit.readings.get(base, None) if base is not None else None
    parts = []
    for reading, members in groups.items():
        if base_reading is not None and reading == base_reading:
            continue
        parts.append(f"{', '.join(members)}: {texts[members[0]] or EMPTY}")
    return " | ".join(parts)


class _Locator:
    """Block, sentence and word numbers of an offset in one witness's Markdown text."""

    def __init__(self, text: str) -> None:
        spans = MarkupMap(text).spans
        self.block_starts = [0] + [s.end for s in spans if s.kind == "sep"]
        sentence_starts = set(self.block_starts)
        sentence_starts.update(m.end() for m in _SENTENCE_END.finditer(text))
        self.sentence_starts = sorted(sentence_starts)
        self.word_starts = [m.start() for m in WORD_RE.finditer(text)]

    def __call__(self, offset: int, reading: str) -> tuple[int, int, int]:
        # a reading that begins with white space or a separator is placed at its first word
        pos = offset + (len(reading) - len(reading.lstrip())) if reading.strip() else offset
        b = bisect.bisect_right(self.block_starts, pos) - 1
        block_start = self.block_starts[b]
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        sentence = s - bisect.bisect_left(self.sentence_starts, block_start) + 1
        sentence_start = self.sentence_starts[s]
        word = bisect.bisect_left(self.word_starts, pos) - bisect.bisect_left(self.word_starts, sentence_start) + 1
        return b + 1, sentence, word
