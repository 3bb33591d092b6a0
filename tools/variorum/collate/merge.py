"""Merge pairwise alignments against one reference witness into the units of a variorum."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from variorum.collate.align import Seg


@dataclass(frozen=True)
class RawUnit:
    """A merged stretch: reading spans per witness, plus aligner hints and move ends."""

    spans: dict[str, tuple[int, int]]
    hints: dict[str, str]
    #: per witness, the move this unit is a piece of: (move number, True at the end where
    #: the reference has the passage, False at the end where the witness has it)
    moves: dict[str, tuple[int, bool]]
    insertion: bool
    #: per witness, the differing stretches of its own alignment inside this unit, as
    #: (reference span, witness span): a unit widened by another witness's variant is
    #: still classified by what this witness changed
    diffs: dict[str, list[tuple[int, int, int, int]]]


@dataclass(frozen=True)
class _Cuts:
    """Where one witness's alignment lets the reference be cut, and its offsets there."""

    cuts: set[int]
    pre: dict[int, int]   # witness offset at a cut, before text it inserts there
    post: dict[int, int]  # ... and after it
    #: stretches the witness lacks (a0, a1, its offset): cuttable anywhere inside
    gaps: list[tuple[int, int, int]]
    gap_starts: list[int]

    def can_cut(self, c: int, ref_text: str) -> bool:
        if c in self.cuts:
            return True
        k = bisect_right(self.gap_starts, c) - 1
        # inside a lacking stretch only where a word starts, so pieces keep their spaces
        return (k >= 0 and self.gaps[k][0] < c < self.gaps[k][1]
                and ref_text[c - 1].isspace() and not ref_text[c].isspace())

    def offsets(self, c: int) -> tuple[int, int]:
        if c in self.pre:
            return self.pre[c], self.post[c]
        k = bisect_right(self.gap_starts, c) - 1
        b = self.gaps[k][2]
        return b, b


def _boundaries(segs: list[Seg], length: int, ref_text: str, text: str) -> tuple[_Cuts, set[int]]:
    """Where the witness can be cut, and where it needs cuts (around its differences)."""
    cuts = {length}
    need: set[int] = set()
    pre: dict[int, int] = {}
    post: dict[int, int] = {}
    gaps = []
    for s in segs:
        if s.a0 not in pre:
            pre[s.a0] = s.b0
        if s.a0 < s.a1:
            cuts.add(s.a0)
            post[s.a0] = s.b0
            if s.b0 == s.b1:
                gaps.append((s.a0, s.a1, s.b0))
        if s.hint or text[s.b0:s.b1] != ref_text[s.a0:s.a1]:
            need.update((s.a0, s.a1))
    end = segs[-1].b1 if segs else 0
    pre.setdefault(length, end)
    post[length] = end
    for a, b in list(pre.items()):
        post.setdefault(a, b)
    return _Cuts(cuts, pre, post, gaps, [g[0] for g in gaps]), need


def merge(ref: str, ref_len: int, pairwise: dict[str, list[Seg]],
          texts: dict[str, str], block_starts: list[int]) -> list[RawUnit]:
    """Cut the reference where every witness can be cut and read each witness there.

    Cuts are wanted around every difference of every witness and at the reference's
    block starts.  A witness can be cut at every boundary of its own segments, and anywhere inside a
    stretch it lacks (it reads ``""`` in every piece); so a unit never splits a reading a
    witness has, a variant of one witness widens the unit for the others only where they
    have text, and with two witnesses a passage one of them lacks stays one unit.
    Text a witness has at a reference position where the reference has none becomes an
    insertion unit at that position (the reference reads ``""``).
    """
    ref_text = texts[ref]
    info = {}
    wanted = {0, ref_len}
    for w, segs in pairwise.items():
        info[w], need = _boundaries(segs, ref_len, ref_text, texts[w])
        wanted |= need
    points_set = set()
    for p in wanted:
        if all(c.can_cut(p, ref_text) for c in info.values()):
            points_set.add(p)
            continue
        # a word's end inside another witness's lacking stretch: cut after its space
        # instead, which the witness wanting the cut allows when its space agrees
        q = p
        while q < ref_len and ref_text[q].isspace():
            q += 1
        if q != p and all(c.can_cut(q, ref_text) for c in info.values()):
            points_set.add(q)
    # block starts split agreement, never a passage a witness lacks
    points_set.update(p for p in block_starts if all(p in c.cuts for c in info.values()))
    points = sorted(points_set)
    offsets = {w: {p: c.offsets(p) for p in points} for w, c in info.items()}
    units: list[RawUnit] = []
    index: dict[tuple[int, bool], int] = {}
    for n, p in enumerate(points):
        ins_spans = {w: offsets[w][p] for w in info}
        if any(b0 < b1 for b0, b1 in ins_spans.values()):
            index[(p, True)] = len(units)
            units.append(RawUnit({ref: (p, p), **ins_spans}, {}, {}, True, {}))
        if n + 1 < len(points):
            q = points[n + 1]
            spans = {ref: (p, q)}
            for w in info:
                spans[w] = (offsets[w][p][1], offsets[w][q][0])
            index[(p, False)] = len(units)
            units.append(RawUnit(spans, {}, {}, False, {}))
    # attach the aligner's hints, move ends and differences to the units holding them
    for w, segs in pairwise.items():
        text = texts[w]
        for s in segs:
            if not s.hint and text[s.b0:s.b1] == ref_text[s.a0:s.a1]:
                continue
            if s.a0 == s.a1 and (s.a0, True) in index:
                holders = [(units[index[(s.a0, True)]], s.a0, s.a1)]
            else:
                k = bisect_right(points, s.a0) - 1
                last = max(k, bisect_left(points, s.a1) - 1)
                holders = [(units[index[(points[m], False)]], max(s.a0, points[m]),
                            min(s.a1, points[m + 1])) for m in range(k, last + 1)]
            for u, _a0, _a1 in holders:
                # a piece of a lacking stretch is classified as the whole stretch
                u.diffs.setdefault(w, []).append((s.a0, s.a1, s.b0, s.b1))
                if s.hint:
                    u.hints[w] = s.hint
                # every piece of a move's end knows its move, so every piece is linked
                if s.move >= 0:
                    u.moves[w] = (s.move, s.a0 < s.a1)
    return _join_space_pieces(units, texts)


def _join_space_pieces(units: list[RawUnit], texts: dict[str, str]) -> list[RawUnit]:
    """A piece of a lacking stretch that is only the space after a word ("the" | " ")
    joins the unit before it, so no variant unit is whitespace alone."""
    out: list[RawUnit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and not u.insertion and not prev.insertion and any(
                b0 == b1 for b0, b1 in u.spans.values()) and all(
                not texts[w][b0:b1].strip() for w, (b0, b1) in u.spans.items()) and any(
                b0 < b1 for b0, b1 in u.spans.values()) and u.diffs and prev.diffs:
            spans = {w: (prev.spans[w][0], u.spans[w][1]) for w in u.spans}
            diffs = {w: prev.diffs.get(w, []) + [d for d in u.diffs.get(w, [])
                                                 if d not in prev.diffs.get(w, [])]
                     for w in set(prev.diffs) | set(u.diffs)}
            out[-1] = RawUnit(spans, {**u.hints, **prev.hints}, {**u.moves, **prev.moves},
                              False, diffs)
            continue
        out.append(u)
    return out
