"""Merge pairwise alignments against one reference witness into the units of a variorum."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from variorum.collate.align import Seg


@dataclass(frozen=True)
class RawUnit:
    """A merged stretch: reading spans per witness, plus aligner hints and move ends."""

    spans: dict[str, tuple[int, int]]
    hints: dict[str, str]
    moves: dict[str, int]
    insertion: bool
    #: per witness, the differing stretches of its own alignment inside this unit, as
    #: (reference span, witness span): a unit widened by another witness's variant is
    #: still classified by what this witness changed
    diffs: dict[str, list[tuple[int, int, int, int]]]


def _boundaries(segs: list[Seg], length: int) -> tuple[set[int], dict[int, int], dict[int, int]]:
    """Reference positions where this witness can be cut; its offsets before and after
    any insertion at each of them."""
    cuts = {length}
    pre: dict[int, int] = {}
    post: dict[int, int] = {}
    for s in segs:
        if s.a0 not in pre:
            pre[s.a0] = s.b0
        if s.a0 < s.a1:
            cuts.add(s.a0)
            post[s.a0] = s.b0
    if segs:
        last = segs[-1]
        pre.setdefault(length, last.b1)
        post[length] = last.b1
    else:
        pre[length] = post[length] = 0
    if length not in pre:
        pre[length] = 0
    for a, b in list(pre.items()):
        post.setdefault(a, b)
    return cuts, pre, post


def merge(ref: str, ref_len: int, pairwise: dict[str, list[Seg]],
          texts: dict[str, str]) -> list[RawUnit]:
    """Cut the reference where every witness can be cut and read each witness there.

    A witness can be cut at every boundary of its own segments; units therefore never
    split a witness's variant, and a variant of one witness widens the unit for all.
    Text a witness has at a reference position where the reference has none becomes an
    insertion unit at that position (the reference reads ``""``).
    """
    ref_text = texts[ref]
    info = {w: _boundaries(segs, ref_len) for w, segs in pairwise.items()}
    cuts_all = {0, ref_len}
    for cuts, _, _ in info.values():
        cuts_all |= cuts
    points = sorted(c for c in cuts_all if all(c in cuts for cuts, _, _ in info.values()))
    units: list[RawUnit] = []
    index: dict[tuple[int, bool], int] = {}
    for n, p in enumerate(points):
        ins_spans = {w: (pre[p], post[p]) for w, (_, pre, post) in info.items()}
        if any(b0 < b1 for b0, b1 in ins_spans.values()):
            index[(p, True)] = len(units)
            units.append(RawUnit({ref: (p, p), **ins_spans}, {}, {}, True, {}))
        if n + 1 < len(points):
            q = points[n + 1]
            spans = {ref: (p, q)}
            for w, (_, pre, post) in info.items():
                spans[w] = (post[p], pre[q])
            index[(p, False)] = len(units)
            units.append(RawUnit(spans, {}, {}, False, {}))
    # attach the aligner's hints and move ends to the units holding them
    for w, segs in pairwise.items():
        text = texts[w]
        for s in segs:
            if not s.hint and text[s.b0:s.b1] == ref_text[s.a0:s.a1]:
                continue
            if s.a0 == s.a1 and (s.a0, True) in index:
                u = units[index[(s.a0, True)]]
            else:
                u = units[index[(points[bisect_right(points, s.a0) - 1], False)]]
            u.diffs.setdefault(w, []).append((s.a0, s.a1, s.b0, s.b1))
            if s.hint:
                u.hints[w] = s.hint
            if s.move >= 0:
                u.moves[w] = s.move
    return units
