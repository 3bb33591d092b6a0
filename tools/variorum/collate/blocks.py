"""Pair the blocks (paragraphs, headings, list items) of two witnesses by fuzzy word overlap."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from variorum.collate.settings import CollateSettings

#: candidate partners considered per block (found through shared rare words)
CANDIDATES = 8


@dataclass(frozen=True)
class Group:
    """Blocks [a0, a1) of one witness that correspond to blocks [b0, b1) of the other.

    One side may be empty: blocks only one witness has.
    """

    a0: int
    a1: int
    b0: int
    b1: int


def block_bags(keys: Sequence[str], blocks: Sequence[tuple[int, int]]) -> list[Counter]:
    return [Counter(k for k in keys[s:e] if k) for s, e in blocks]


class Similarity:
    """Weighted (idf) Dice overlap of the word bags of two blocks."""

    def __init__(self, bags_a: list[Counter], bags_b: list[Counter]) -> None:
        df: Counter = Counter()
        for bag in bags_a:
            df.update(bag.keys())
        for bag in bags_b:
            df.update(bag.keys())
        total = len(bags_a) + len(bags_b) + 1
        self.idf = {k: math.log(1.0 + total / c) for k, c in df.items()}
        self.df = df
        self.bags_a, self.bags_b = bags_a, bags_b
        self.mass_a = [self.mass(b) for b in bags_a]
        self.mass_b = [self.mass(b) for b in bags_b]

    def mass(self, bag: Counter) -> float:
        idf = self.idf
        return sum(c * idf[k] for k, c in bag.items())

    def shared(self, x: Counter, y: Counter) -> float:
        if len(x) > len(y):
            x, y = y, x
        idf = self.idf
        return sum(min(c, y[k]) * idf[k] for k, c in x.items() if k in y)

    def score(self, i: int, j: int) -> float:
        denom = self.mass_a[i] + self.mass_b[j]
        if denom <= 0:
            return 0.0
        return 2.0 * self.shared(self.bags_a[i], self.bags_b[j]) / denom


def candidate_pairs(sim: Similarity, threshold: float) -> list[tuple[int, int, float]]:
    """Pairs of blocks worth pairing, found through the rarer words they share."""
    bags_a, bags_b = sim.bags_a, sim.bags_b
    # words in very many blocks carry no evidence and would make this quadratic
    limit = max(8, int(math.sqrt(len(bags_a) + len(bags_b))) * 2)
    postings: dict[str, list[int]] = defaultdict(list)
    for j, bag in enumerate(bags_b):
        for k in bag:
            if sim.df[k] <= limit:
                postings[k].append(j)
    out = []
    for i, bag in enumerate(bags_a):
        acc: dict[int, float] = defaultdict(float)
        for k in bag:
            for j in postings.get(k, ()):
                acc[j] += sim.idf[k]
        best = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
        for j, _ in best:
            s = sim.score(i, j)
            if s >= threshold:
                out.append((i, j, s))
    return out


def heaviest_chain(pairs: list[tuple[int, int, float]], n_b: int) -> list[tuple[int, int]]:
    """The chain of pairs increasing in both blocks with the greatest total weight.

    Weight is the squared similarity, so one strong pair outweighs several weak ones
    that cross it.  O(k log k) with a Fenwick tree of prefix maxima.
    """
    tree_val = [0.0] * (n_b + 1)
    tree_idx = [-1] * (n_b + 1)

    def query(j: int) -> tuple[float, int]:  # best over b < j
        best, idx = 0.0, -1
        while j > 0:
            if tree_val[j] > best:
                best, idx = tree_val[j], tree_idx[j]
            j -= j & -j
        return best, idx

    def update(j: int, val: float, idx: int) -> None:
        j += 1
        while j <= n_b:
            if val > tree_val[j]:
                tree_val[j], tree_idx[j] = val, idx
            j += j & -j

    pairs = sorted(pairs, key=lambda p: (p[0], p[1]))
    total = [0.0] * len(pairs)
    prev = [-1] * len(pairs)
    k = 0
    while k < len(pairs):
        i = pairs[k][0]
        end = k
        while end < len(pairs) and pairs[end][0] == i:
            end += 1
        for t in range(k, end):
            best, idx = query(pairs[t][1])
            total[t] = best + pairs[t][2] ** 2
            prev[t] = idx
        for t in range(k, end):
            update(pairs[t][1], total[t], t)
        k = end
    if not pairs:
        return []
    t = max(range(len(pairs)), key=lambda x: (total[x], -x))
    chain = []
    while t >= 0:
        chain.append((pairs[t][0], pairs[t][1]))
        t = prev[t]
    chain.reverse()
    return chain


def pair_blocks(bags_a: list[Counter], bags_b: list[Counter], settings: CollateSettings,
                lens_a: Sequence[int] | None = None, lens_b: Sequence[int] | None = None) -> list[Group]:
    """Groups of corresponding blocks in document order, covering every block of both sides.

    1. a monotone chain of 1:1 pairs maximising squared similarity;
    2. an unpaired block joins a neighbouring group when most of its words are found in
       the words that group's other side has and its own side lacks (a paragraph split in
       one witness);
    3. a lone unpaired block on each side between the same two groups pair up when both
       are short (headings, markers) or similar enough at half the threshold.
    """
    na, nb = len(bags_a), len(bags_b)
    if na == 0 or nb == 0:
        return [Group(0, na, 0, nb)] if na or nb else []
    sim = Similarity(bags_a, bags_b)
    chain = heaviest_chain(candidate_pairs(sim, settings.block_pair_threshold), nb)
    groups = [[i, i + 1, j, j + 1] for i, j in chain]
    groups = _join_neighbours(groups, sim, settings.block_join_threshold, na, nb)
    groups = _merge_crossing(groups, sim, settings.block_cross_threshold)
    groups = _pair_sandwiched(groups, sim, settings.block_pair_threshold / 2, na, nb)
    # lay out unpaired stretches between the groups
    out: list[Group] = []
    pa = pb = 0
    for a0, a1, b0, b1 in groups + [[na, na, nb, nb]]:
        if pa < a0 and pb < b0 and _dice(sim, _side_bag(sim, "a", pa, a0),
                                         _side_bag(sim, "b", pb, b0)) >= settings.block_pair_threshold:
            # the stretches between two pairs correspond as a whole, though no single
            # block pairs (one witness without paragraph breaks, or cut up differently)
            out.append(Group(pa, a0, pb, b0))
            pa, pb = a0, b0
        if a0 == a1 and b0 == b1:
            break
        if pa < a0:
            out.append(Group(pa, a0, pb, pb))
        if pb < b0:
            out.append(Group(a0, a0, pb, b0))
        out.append(Group(a0, a1, b0, b1))
        pa, pb = a1, b1
    if pa < na:
        out.append(Group(pa, na, pb, pb))
    if pb < nb:
        out.append(Group(na, na, pb, nb))
    return out


def _remainder(sim: Similarity, side: str, lo: int, hi: int, minus: Counter) -> Counter:
    bags = sim.bags_a if side == "a" else sim.bags_b
    total: Counter = Counter()
    for k in range(lo, hi):
        total.update(bags[k])
    total.subtract(minus)
    return +total


def _contained(sim: Similarity, bag: Counter, pool: Counter) -> float:
    mass = sim.mass(bag)
    return sim.shared(bag, pool) / mass if mass > 0 else 0.0


def _side_bag(sim: Similarity, side: str, lo: int, hi: int) -> Counter:
    bags = sim.bags_a if side == "a" else sim.bags_b
    total: Counter = Counter()
    for k in range(lo, hi):
        total.update(bags[k])
    return total


def _join_neighbours(groups: list[list[int]], sim: Similarity, threshold: float,
                     na: int, nb: int) -> list[list[int]]:
    changed = True
    while changed and groups:
        changed = False
        for side, n, lo_i, hi_i in (("a", na, 0, 1), ("b", nb, 2, 3)):
            other = "b" if side == "a" else "a"
            olo, ohi = (2, 3) if side == "a" else (0, 1)
            bags = sim.bags_a if side == "a" else sim.bags_b
            for g_idx, g in enumerate(groups):
                prev_hi = groups[g_idx - 1][hi_i] if g_idx else 0
                next_lo = groups[g_idx + 1][lo_i] if g_idx + 1 < len(groups) else n
                own = _side_bag(sim, side, g[lo_i], g[hi_i])
                pool = _remainder(sim, other, g[olo], g[ohi], own)
                # the block just after the group, then the one just before
                if g[hi_i] < next_lo and _joins(sim, bags[g[hi_i]], pool, threshold):
                    g[hi_i] += 1
                    changed = True
                    continue
                if g[lo_i] > prev_hi and _joins(sim, bags[g[lo_i] - 1], pool, threshold):
                    g[lo_i] -= 1
                    changed = True
    return groups


def _joins(sim: Similarity, bag: Counter, pool: Counter, threshold: float) -> bool:
    if not bag:
        return False
    # a few words match by chance: short blocks (headings) must be nearly contained
    need = threshold if sum(bag.values()) > SHORT_BLOCK else max(threshold, 0.75)
    return _contained(sim, bag, pool) >= need


#: blocks of at most this many words are short (headings, markers, captions)
SHORT_BLOCK = 8


def _dice(sim: Similarity, x: Counter, y: Counter) -> float:
    mass = sim.mass(x) + sim.mass(y)
    return 2.0 * sim.shared(x, y) / mass if mass > 0 else 0.0


def _merge_crossing(groups: list[list[int]], sim: Similarity, threshold: float) -> list[list[int]]:
    """Join two neighbouring groups when the words one side of the first lacks are the
    words the other side of the second has spare: the witnesses divide the same text
    into paragraphs at different places ([x1 x2][x3] against [x1][x2 x3])."""
    out: list[list[int]] = []
    for g in groups:
        if out and out[-1][1] == g[0] and out[-1][3] == g[2]:
            p = out[-1]
            a1, b1 = _side_bag(sim, "a", p[0], p[1]), _side_bag(sim, "b", p[2], p[3])
            a2, b2 = _side_bag(sim, "a", g[0], g[1]), _side_bag(sim, "b", g[2], g[3])
            if max(_dice(sim, +(b1 - a1), +(a2 - b2)), _dice(sim, +(a1 - b1), +(b2 - a2))) >= threshold:
                out[-1] = [p[0], g[1], p[2], g[3]]
                continue
        out.append(list(g))
    return out


def _pair_sandwiched(groups: list[list[int]], sim: Similarity, threshold: float,
                     na: int, nb: int) -> list[list[int]]:
    """Between two groups, pair the unpaired blocks at either edge of the gap while they
    are similar at a lower threshold or are both short (a heading reworded in full)."""
    out: list[list[int]] = []
    pa = pb = 0

    def fits(i: int, j: int) -> bool:
        short = (sum(sim.bags_a[i].values()) <= SHORT_BLOCK
                 and sum(sim.bags_b[j].values()) <= SHORT_BLOCK)
        return short or sim.score(i, j) >= threshold

    for g in groups + [[na, na, nb, nb]]:
        a0, a1, b0, b1 = pa, g[0], pb, g[2]
        head: list[list[int]] = []
        tail: list[list[int]] = []
        while a0 < a1 and b0 < b1:
            if fits(a1 - 1, b1 - 1):
                tail.append([a1 - 1, a1, b1 - 1, b1])
                a1, b1 = a1 - 1, b1 - 1
            elif fits(a0, b0):
                head.append([a0, a0 + 1, b0, b0 + 1])
                a0, b0 = a0 + 1, b0 + 1
            else:
                break
        out.extend(head)
        out.extend(reversed(tail))
        if g[0] < g[1] or g[2] < g[3]:
            out.append(g)
        pa, pb = g[1], g[3]
    return out
