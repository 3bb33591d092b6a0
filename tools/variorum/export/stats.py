"""Agreement statistics per pair of witnesses, overall and per section, as plain JSON data.

For a pair (a, b), ``agreement`` is the share of their words that lie in stretches where
they read exactly alike: 2 × agreeing words / (words of a + words of b) (``null`` when
neither has a word there).  ``kinds`` counts the units in which a and b read differently, by kind: the
per-witness kind the collator gave the one of them that departs from the base where it
gave one, else the unit's kind.  A section is the stretch under a ``# `` heading of the
base (of the first witness when there is no base); text before the first heading is a
section with an empty title; without headings the whole text is one section.  A unit
that straddles a heading is split there when the other witnesses read it alike or lack
it altogether (a long omission); any other unit belongs to the section where its first
word stands.
"""

from __future__ import annotations

import bisect
from itertools import combinations
from typing import Any, Sequence

from variorum.export.plain import MarkupMap, plain_text, unescape, unit_offsets
from variorum.export.tsv import WORD_RE
from variorum.model import VARIANT_KINDS, Unit, Variorum

FORMAT = "variorum-stats/1"


def count_words(markdown: str) -> int:
    """Words in a Markdown fragment (escapes undone; markers and punctuation are no words)."""
    return len(WORD_RE.findall(unescape(markdown)))


def statistics(v: Variorum) -> dict[str, Any]:
    """Pairwise agreement and variant counts, overall and per section (JSON-serialisable)."""
    sigla = list(v.sigla)
    spine = v.base if v.base in sigla else (sigla[0] if sigla else None)
    sections = _sections(v, spine) if spine is not None else []
    pieces = _pieces(v, spine, [start for start, _ in sections][1:]) if spine is not None else []
    per_section: list[list[tuple[Unit, dict[str, str]]]] = [[] for _ in sections] or [[]]
    starts = [s[0] for s in sections]
    for unit, readings, pos in pieces:
        idx = max(bisect.bisect_right(starts, pos) - 1, 0)
        per_section[idx].append((unit, readings))
    # overall, a unit split at a heading is still one variant
    overall = [(u, {s: u.readings.get(s, "") for s in sigla}) for u in v.units]
    out: dict[str, Any] = {
        "format": FORMAT,
        "base": v.base,
        "witnesses": sigla,
        "words": _words(overall, sigla),
        "pairs": _pairs(overall, sigla, v.base),
        "sections": [],
    }
    for (start, title), items in zip(sections or [(0, "")], per_section):
        out["sections"].append({
            "n": len(out["sections"]) + 1,
            "title": title,
            "words": _words(items, sigla),
            "pairs": _pairs(items, sigla, v.base),
        })
    return out


def _sections(v: Variorum, spine: str) -> list[tuple[int, str]]:
    """(offset in the spine's text where a section starts, its plain-text title)."""
    mm = MarkupMap(v.text_of(spine))
    starts = [(0, mm.first)] + [(s.end, s.next) for s in mm.spans if s.kind == "sep"]
    out: list[tuple[int, str]] = []
    for (start, kind), (following, _) in zip(starts, starts[1:] + [(len(mm.text), "")]):
        if kind != "head1":
            continue
        out.append((start, plain_text(mm.tokens(start, following)).strip()))
    if not out or out[0][0] > 0:
        out.insert(0, (0, ""))
    return out


def _pieces(v: Variorum, spine: str, cuts: Sequence[int]) -> list[tuple[Unit, dict[str, str], int]]:
    """Each unit with its readings and where it stands in the spine's text; agreement
    units that straddle a heading are cut there so that their words fall on both sides."""
    offsets = unit_offsets([u.readings.get(spine, "") for u in v.units])
    out = []
    for i, unit in enumerate(v.units):
        lo, hi = offsets[i], offsets[i + 1]
        first = unit.readings.get(spine, "")
        others = {unit.readings.get(s, "") for s in v.sigla if s != spine}
        # a stretch the others read alike, or lack altogether, can be cut at a heading
        same = others <= {first} or others == {""}
        inner = [c for c in cuts[bisect.bisect_right(cuts, lo):] if c < hi] if same else []
        if not inner:
            pos = lo + (len(first) - len(first.lstrip())) if first.strip() else lo
            out.append((unit, {s: unit.readings.get(s, "") for s in v.sigla}, pos))
            continue
        bounds = [lo, *inner, hi]
        for a, b in zip(bounds, bounds[1:]):
            piece = first[a - lo:b - lo]
            out.append((unit, {s: piece if unit.readings.get(s, "") == first else "" for s in v.sigla}, a))
    return out


def _words(items: Sequence[tuple[Unit, dict[str, str]]], sigla: Sequence[str]) -> dict[str, int]:
    return {s: sum(count_words(r[s]) for _, r in items) for s in sigla}


def _pairs(items: Sequence[tuple[Unit, dict[str, str]]], sigla: Sequence[str],
           base: str | None) -> list[dict[str, Any]]:
    words = [{s: count_words(r[s]) for s in sigla} for _, r in items]
    out = []
    for a, b in combinations(sigla, 2):
        agree = total_a = total_b = 0
        kinds = dict.fromkeys(VARIANT_KINDS, 0)
        for (unit, readings), wc in zip(items, words):
            total_a += wc[a]
            total_b += wc[b]
            if readings[a] == readings[b]:
                agree += wc[a]
                continue
            kind = _pair_kind(unit, readings, a, b, base)
            kinds[kind] = kinds.get(kind, 0) + 1
        share = round(2 * agree / (total_a + total_b), 6) if total_a + total_b else None
        out.append({"a": a, "b": b, "agreement": share, "agreeing_words": agree,
                    "words_a": total_a, "words_b": total_b,
                    "variants": sum(kinds.values()), "kinds": kinds})
    return out


def _pair_kind(unit: Unit, readings: dict[str, str], a: str, b: str, base: str | None) -> str:
    if base is not None and base in readings:
        if readings[a] == readings[base] and b in unit.kinds:
            return unit.kinds[b]
        if readings[b] == readings[base] and a in unit.kinds:
            return unit.kinds[a]
    # an "agreement" unit whose readings differ is a collator slip: counted apart, not hidden
    return "unclassified" if unit.kind == "agreement" else unit.kind
