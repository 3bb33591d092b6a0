"""Near-linear sequence matching: patience-style unique anchors, recursing into gaps, small DP."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Callable, Hashable, Sequence

#: gaps with at most this many cells (len_a * len_b) and no unique anchor get an exact LCS
DP_CELLS = 4000


def longest_increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of pairs increasing in both coordinates (pairs sorted by first)."""
    tails: list[int] = []  # smallest second coordinate ending a chain of each length
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    out: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    out.reverse()
    return out


def _lcs(a: Sequence[Hashable], b: Sequence[Hashable], alo: int, ahi: int, blo: int, bhi: int,
         out: list[tuple[int, int]], ra: Sequence[str] | None = None,
         rb: Sequence[str] | None = None) -> None:
    """Exact longest common subsequence of a small gap.  Among equally long ones, the one
    with most identical raw words (``ra``/``rb``), so "He" pairs with "He" before "he"."""
    n, m = ahi - alo, bhi - blo
    big = n + m + 1  # a match outweighs any number of exact-spelling bonuses

    def gain(i: int, j: int) -> int:
        if a[alo + i] != b[blo + j] or a[alo + i] == "":
            return 0
        exact = ra is not None and rb is not None and ra[alo + i] == rb[blo + j]
        return big + (1 if exact else 0)

    out.extend((alo + i, blo + j) for i, j in best_pairing(n, m, gain))


def best_pairing(n: int, m: int, gain: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """The monotone pairing of ``0..n`` with ``0..m`` with the largest total gain.

    ``gain(i, j)`` is what pairing i with j is worth, 0 when they may not pair. Small
    gaps only: the table is n × m.
    """
    # rows of scores from the end, so the walk from the start is greedy and stable
    rows = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        for j in range(m - 1, -1, -1):
            g = gain(i, j)
            best = nxt[j] if nxt[j] >= row[j + 1] else row[j + 1]
            if g and nxt[j + 1] + g > best:
                best = nxt[j + 1] + g
            row[j] = best
    pairs = []
    i = j = 0
    while i < n and j < m:
        g = gain(i, j)
        if g and rows[i][j] == rows[i + 1][j + 1] + g:
            pairs.append((i, j))
            i += 1
            j += 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def match(a: Sequence[Hashable], b: Sequence[Hashable], alo: int = 0, ahi: int | None = None,
          blo: int = 0, bhi: int | None = None, ra: Sequence[str] | None = None,
          rb: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Matched index pairs (i, j), increasing in both, with ``a[i] == b[j]``.

    Keys equal to ``""`` (punctuation-only words) match only next to other matches.
    Cost is near-linear: unique common keys anchor the alignment (the longest increasing
    chain of them), each gap is matched recursively, and only small gaps get a quadratic
    LCS, which prefers identical raw words ``ra``/``rb`` among equally long matchings.
    """
    ahi = len(a) if ahi is None else ahi
    bhi = len(b) if bhi is None else bhi
    out: list[tuple[int, int]] = []
    stack = [(alo, ahi, blo, bhi)]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        # common prefix and suffix
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            out.append((alo, blo))
            alo += 1
            blo += 1
        while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
            out.append((ahi - 1, bhi - 1))
            ahi -= 1
            bhi -= 1
        if alo >= ahi or blo >= bhi:
            continue
        ca = Counter(a[alo:ahi])
        cb = Counter(b[blo:bhi])
        pos_b = {}
        for j in range(blo, bhi):
            k = b[j]
            if cb[k] == 1 and ca.get(k) == 1 and k != "":
                pos_b[k] = j
        anchors = [(i, pos_b[a[i]]) for i in range(alo, ahi) if a[i] in pos_b]
        if not anchors:
            if (ahi - alo) * (bhi - blo) <= DP_CELLS:
                _lcs(a, b, alo, ahi, blo, bhi, out, ra, rb)
            else:
                _rare_anchors(a, b, alo, ahi, blo, bhi, ca, cb, stack, out)
            continue
        _push_chain(longest_increasing(anchors), alo, ahi, blo, bhi, out, stack)
    out.sort()
    return out


def _rare_anchors(a, b, alo, ahi, blo, bhi, ca, cb, stack, out) -> None:
    """A big gap without unique keys: anchor on keys that occur equally often on both sides."""
    rare = {k for k, c in ca.items() if k != "" and cb.get(k) == c and c <= 4}
    if not rare:
        return
    seen_a: Counter = Counter()
    occ_b: dict = {}
    for j in range(blo, bhi):
        if b[j] in rare:
            occ_b.setdefault(b[j], []).append(j)
    anchors = []
    for i in range(alo, ahi):
        k = a[i]
        if k in rare:
            anchors.append((i, occ_b[k][seen_a[k]]))
            seen_a[k] += 1
    chain = longest_increasing(anchors)
    if chain:
        _push_chain(chain, alo, ahi, blo, bhi, out, stack)


def _push_chain(chain, alo: int, ahi: int, blo: int, bhi: int, out: list, stack: list) -> None:
    """Record the anchor pairs of ``chain`` and push the gaps between them for recursion."""
    pi, pj = alo, blo
    for i, j in chain:
        out.append((i, j))
        stack.append((pi, i, pj, j))
        pi, pj = i + 1, j + 1
    stack.append((pi, ahi, pj, bhi))
