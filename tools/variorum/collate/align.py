"""Align two witnesses in levels: blocks, then sentences (rewrites), then words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import Indel, Levenshtein

from variorum.collate import diff
from variorum.collate.blocks import Group, block_bags, pair_blocks
from variorum.collate.normalize import Normalizer
from variorum.collate.settings import CollateSettings
from variorum.collate.tokenize import Tokens
from variorum.collate.transpose import find_moves


@dataclass(frozen=True)
class Seg:
    """One aligned stretch: text[a0:a1] of the reference against text[b0:b1] of the witness.

    ``hint`` is a kind decided by the aligner (``rewrite``, ``transposition``) or ``""``
    (classify from the readings); ``move`` numbers the two ends of one transposition.
    """

    a0: int
    a1: int
    b0: int
    b1: int
    hint: str = ""
    move: int = -1


@dataclass
class Op:
    """Token-level alignment step: a match (i, j) or a gap [i0, i1) x [j0, j1).

    Mutable on purpose: ``find_moves`` marks the two ends of a move in place.
    """

    i0: int
    i1: int
    j0: int
    j1: int
    match: bool = False
    hint: str = ""
    move: int = -1


def align_pair(ta: Tokens, ka: Sequence[str], tb: Tokens, kb: Sequence[str],
               norm: Normalizer, settings: CollateSettings) -> list[Seg]:
    """Segments tiling both texts, in order, that align witness ``tb`` to reference ``ta``."""
    groups = pair_blocks(block_bags(ka, ta.blocks), block_bags(kb, tb.blocks), settings)
    groups = _merge_by_crossing_words(groups, ta, ka, tb, kb, settings.block_cross_words)
    # first the words of corresponding blocks are matched; blocks only one side has are
    # one gap per block, so that a moved block can be found
    parts: list[tuple[tuple[int, int, int, int] | None, list[Op]]] = []
    for g in groups:
        i0, i1 = _tok_range(ta, g.a0, g.a1)
        j0, j1 = _tok_range(tb, g.b0, g.b1)
        if g.a0 == g.a1 or g.b0 == g.b1:
            side, lo, hi = (ta, g.a0, g.a1) if g.b0 == g.b1 else (tb, g.b0, g.b1)
            gaps = []
            for blk in range(lo, hi):
                s, e = side.blocks[blk]
                gaps.append(Op(s, e, j0, j0) if side is ta else Op(i0, i0, s, e))
            parts.append((None, gaps))
        else:
            parts.append(((i0, i1, j0, j1), _match_words(ta, ka, tb, kb, i0, i1, j0, j1)))
    # then moves, so that a moved sentence does not make its old place look reworded
    moves = find_moves([op for _, ops in parts for op in ops], ka, kb, settings, 0, ta, tb)
    ops: list[Op] = []
    for rng, part in parts:
        if rng is None:
            ops.extend(part)
        else:
            ops.extend(_refine(part, ta, ka, tb, kb, *rng, norm, settings))
    # sentences split off replaced stretches may be moved too
    find_moves(ops, ka, kb, settings, moves, ta, tb)
    ops = _merge_pure_gaps(ops)
    return _to_segs(ops, ta, tb)


def _merge_by_crossing_words(groups: list[Group], ta: Tokens, ka: Sequence[str], tb: Tokens,
                             kb: Sequence[str], need: int) -> list[Group]:
    """Join neighbouring pairs of blocks when words match across them.

    The witnesses may divide a passage into paragraphs at different places; then the end
    of one pair's paragraph in one witness is the start of the next pair's in the other.
    Matching the words of the two boundary blocks on each side together shows it: at
    least ``need`` words of one pair matched with words of the other.
    """
    if need <= 0:
        return groups
    out: list[Group] = []
    for g in groups:
        p = out[-1] if out else None
        if (p is not None and p.a0 < p.a1 and p.b0 < p.b1 and g.a0 < g.a1 and g.b0 < g.b1
                and p.a1 == g.a0 and p.b1 == g.b0):
            i0, imid = ta.blocks[p.a1 - 1][0], ta.blocks[g.a0][0]
            i1 = ta.blocks[g.a0][1]
            j0, jmid = tb.blocks[p.b1 - 1][0], tb.blocks[g.b0][0]
            j1 = tb.blocks[g.b0][1]
            cross = sum(1 for i, j in diff.match(ka, kb, i0, i1, j0, j1)
                        if (i < imid) != (j < jmid) and ka[i])
            if cross >= need:
                out[-1] = Group(p.a0, g.a1, p.b0, g.b1)
                continue
        out.append(g)
    return out


def _tok_range(t: Tokens, b0: int, b1: int) -> tuple[int, int]:
    if b0 < b1:
        return t.blocks[b0][0], t.blocks[b1 - 1][1]
    pos = t.blocks[b0][0] if b0 < len(t.blocks) else len(t)
    return pos, pos


def _match_words(ta: Tokens, ka: Sequence[str], tb: Tokens, kb: Sequence[str],
                 i0: int, i1: int, j0: int, j1: int) -> list[Op]:
    """Matched words and the gaps between them, gaps slid to sentence starts."""
    matches = diff.match(ka, kb, i0, i1, j0, j1, ta.words, tb.words)
    ops: list[Op] = []
    pi, pj = i0, j0
    for i, j in matches:
        if i > pi or j > pj:
            ops.append(Op(pi, i, pj, j))
        ops.append(Op(i, i + 1, j, j + 1, match=True))
        pi, pj = i + 1, j + 1
    if pi < i1 or pj < j1:
        ops.append(Op(pi, i1, pj, j1))
    return _slide_gaps(ops, ta, ka, tb, kb)


def _refine(ops: list[Op], ta: Tokens, ka: Sequence[str], tb: Tokens, kb: Sequence[str],
            i0: int, i1: int, j0: int, j1: int,
            norm: Normalizer, settings: CollateSettings) -> list[Op]:
    """Rewrites, then replaced stretches cut into sentences and word-for-word variants."""
    ops = _mark_rewrites(ops, ta, ka, tb, kb, i0, i1, j0, j1, settings)
    out: list[Op] = []
    for op in ops:
        if op.match or op.hint or op.i0 == op.i1 or op.j0 == op.j1:
            out.append(op)
        else:
            for part in _peel_sentences(op, ta, ka, tb, kb, settings):
                if part.i0 == part.i1 or part.j0 == part.j1:
                    out.append(part)
                else:
                    out.extend(_split_replacement(part, ta, tb, norm, settings))
    return out


def _slide_gaps(ops: list[Op], ta: Tokens, ka: Sequence[str], tb: Tokens,
                kb: Sequence[str]) -> list[Op]:
    """Slide each one-sided gap along equal neighbouring words to start at a sentence.

    "And S1. And S2." against "And S2. And S1." may align with the moved text starting
    after an "And"; every placement is equally right for matching, but a gap that starts
    where a sentence starts reads (and counts) as the passage it is.
    """
    for n, op in enumerate(ops):
        if op.match or (op.i0 < op.i1) == (op.j0 < op.j1):
            continue
        ins = op.i0 == op.i1
        t, keys, lo, hi = (tb, kb, op.j0, op.j1) if ins else (ta, ka, op.i0, op.i1)
        left = 0
        while (n - left - 1 >= 0 and ops[n - left - 1].match
               and (ops[n - left - 1].j0 if ins else ops[n - left - 1].i0) == lo - left - 1
               and keys[hi - left - 1] == keys[lo - left - 1]):
            left += 1
        right = 0
        while (n + right + 1 < len(ops) and ops[n + right + 1].match
               and (ops[n + right + 1].j0 if ins else ops[n + right + 1].i0) == hi + right
               and keys[lo + right] == keys[hi + right]):
            right += 1
        if not left and not right:
            continue

        def starts_sentence(shift: int) -> bool:
            k = lo + shift
            return k == 0 or t.sent_end[k - 1]

        # a sentence start first; else the leftmost place, a fixed convention
        best = min(range(-left, right + 1), key=lambda sh: (not starts_sentence(sh), sh))
        if best == 0:
            continue
        span = range(n + best, n) if best < 0 else range(n + 1, n + best + 1)
        moved = [ops[m] for m in span]
        width = hi - lo
        if best < 0:
            # the matches before the gap pair with the gap's last words instead
            new_matches = [Op(m.i0, m.i1, m.j0 + width, m.j1 + width, match=True) if ins else
                           Op(m.i0 + width, m.i1 + width, m.j0, m.j1, match=True) for m in moved]
            gap = (Op(op.i0 + best, op.i0 + best, lo + best, hi + best) if ins else
                   Op(lo + best, hi + best, op.j0 + best, op.j0 + best))
            ops[n + best:n + 1] = [gap] + new_matches
        else:
            new_matches = [Op(m.i0, m.i1, m.j0 - width, m.j1 - width, match=True) if ins else
                           Op(m.i0 - width, m.i1 - width, m.j0, m.j1, match=True) for m in moved]
            gap = (Op(op.i0 + best, op.i0 + best, lo + best, hi + best) if ins else
                   Op(lo + best, hi + best, op.j0 + best, op.j0 + best))
            ops[n:n + best + 1] = new_matches + [gap]
    return ops


def _sentence_ids(t: Tokens, lo: int, hi: int) -> list[int]:
    ids, s = [], 0
    for k in range(lo, hi):
        ids.append(s)
        if t.sent_end[k]:
            s += 1
    return ids


def _poor_sentences(ids: list[int], keys: Sequence[str], lo: int, matched: set[int],
                    settings: CollateSettings) -> set[int]:
    total: dict[int, int] = {}
    hit: dict[int, int] = {}
    for off, s in enumerate(ids):
        if keys[lo + off]:
            total[s] = total.get(s, 0) + 1
            if lo + off in matched:
                hit[s] = hit.get(s, 0) + 1
    return {s for s, n in total.items()
            if n >= settings.rewrite_min_words and hit.get(s, 0) < settings.rewrite_threshold * n}


def _mark_rewrites(ops: list[Op], ta: Tokens, ka: Sequence[str], tb: Tokens, kb: Sequence[str],
                   i0: int, i1: int, j0: int, j1: int, settings: CollateSettings) -> list[Op]:
    """Fold stretches of poorly matched sentences (scattered common words) into one rewrite."""
    # words of a moved passage are accounted for: they do not make a sentence poor
    ma = {i for op in ops if op.match or op.move >= 0 for i in range(op.i0, op.i1)}
    mb = {j for op in ops if op.match or op.move >= 0 for j in range(op.j0, op.j1)}
    sa, sb = _sentence_ids(ta, i0, i1), _sentence_ids(tb, j0, j1)
    poor_a = _poor_sentences(sa, ka, i0, ma, settings)
    poor_b = _poor_sentences(sb, kb, j0, mb, settings)
    if not poor_a and not poor_b:
        return ops

    def poor(op: Op) -> bool:
        if op.move >= 0:
            return False
        return (any(sa[i - i0] in poor_a for i in range(op.i0, op.i1))
                or any(sb[j - j0] in poor_b for j in range(op.j0, op.j1)))

    out: list[Op] = []
    run: list[Op] = []

    def flush_part(part: list[Op]) -> None:
        if any(op.match for op in part):
            words_a = sum(1 for op in part for i in range(op.i0, op.i1) if ka[i])
            words_b = sum(1 for op in part for j in range(op.j0, op.j1) if kb[j])
            if min(words_a, words_b) >= settings.rewrite_min_words:
                out.append(Op(part[0].i0, part[-1].i1, part[0].j0, part[-1].j1, hint="rewrite"))
                return
        out.extend(part)

    def flush() -> None:
        # a rewrite never runs over a block boundary of either witness: where the two
        # divide the text differently, that would tie unrelated paragraphs together
        part: list[Op] = []
        has_a = has_b = False
        for op in run:
            if (has_a and op.i0 < op.i1 and ta.block[op.i0] != ta.block[op.i0 - 1]) \
                    or (has_b and op.j0 < op.j1 and tb.block[op.j0] != tb.block[op.j0 - 1]):
                flush_part(part)
                part = []
                has_a = has_b = False
            part.append(op)
            has_a = has_a or op.i0 < op.i1
            has_b = has_b or op.j0 < op.j1
        if part:
            flush_part(part)
        run.clear()

    for op in ops:
        if poor(op):
            run.append(op)
        else:
            flush()
            out.append(op)
    flush()
    return out


def _pieces(t: Tokens, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Cut tokens [lo, hi) at sentence ends: (start, end, is a whole sentence)."""
    cuts = [lo] + [k + 1 for k in range(lo, hi - 1) if t.sent_end[k]] + [hi]
    starts_clean = lo == 0 or t.sent_end[lo - 1]
    out = []
    for n in range(len(cuts) - 1):
        whole = (n > 0 or starts_clean) and t.sent_end[cuts[n + 1] - 1]
        out.append((cuts[n], cuts[n + 1], whole))
    return out


def _peel_sentences(op: Op, ta: Tokens, ka: Sequence[str], tb: Tokens, kb: Sequence[str],
                    settings: CollateSettings) -> list[Op]:
    """A few words against whole sentences: the sentences are additions (or omissions)
    of their own, and the few words are aligned with the piece most like them."""
    words_a = sum(1 for k in ka[op.i0:op.i1] if k)
    words_b = sum(1 for k in kb[op.j0:op.j1] if k)
    if words_a >= settings.rewrite_min_words and words_b >= settings.rewrite_min_words:
        return [op]
    long_is_a = words_a > words_b
    lt, lk, lo, hi = (ta, ka, op.i0, op.i1) if long_is_a else (tb, kb, op.j0, op.j1)
    sk = kb[op.j0:op.j1] if long_is_a else ka[op.i0:op.i1]
    pieces = _pieces(lt, lo, hi)
    if len(pieces) < 2:
        return [op]
    short = [k for k in sk if k]

    def rank(p: tuple[int, int, bool]) -> tuple[float, bool, int]:
        keys = [k for k in lk[p[0]:p[1]] if k]
        return (Indel.normalized_similarity(short, keys) if short and keys else 0.0,
                not p[2], -p[0])

    best = max(pieces, key=rank)
    out = []
    if best[0] > lo:
        out.append(Op(lo, best[0], op.j0, op.j0) if long_is_a else Op(op.i0, op.i0, lo, best[0]))
    out.append(Op(best[0], best[1], op.j0, op.j1) if long_is_a else Op(op.i0, op.i1, best[0], best[1]))
    if best[1] < hi:
        out.append(Op(best[1], hi, op.j1, op.j1) if long_is_a else Op(op.i1, op.i1, best[1], hi))
    return out


def _split_replacement(op: Op, ta: Tokens, tb: Tokens, norm: Normalizer,
                       settings: CollateSettings) -> list[Op]:
    """A replaced stretch: pair words that are variants of each other, one unit each."""
    wa = ta.words[op.i0:op.i1]
    wb = tb.words[op.j0:op.j1]
    na, nb = len(wa), len(wb)
    if "".join(norm.full_key(w) for w in wa) == "".join(norm.full_key(w) for w in wb):
        return [op]  # spacing/hyphenation: "cyber security" / "cybersecurity"
    if na * nb > 400:
        hint = "rewrite" if min(na, nb) >= settings.rewrite_min_words else ""
        return [Op(op.i0, op.i1, op.j0, op.j1, hint=hint)]
    fa = [norm.full_key(w) for w in wa]
    fb = [norm.full_key(w) for w in wb]
    sims = [[_word_sim(x, y) for y in fb] for x in fa]
    # best monotone pairing by similarity of the folded words; below 0.6 they do not pair
    pairs = diff.best_pairing(na, nb, lambda x, y: sims[x][y] if sims[x][y] >= 0.6 else 0.0)
    if not pairs and min(na, nb) >= settings.rewrite_min_words:
        return [Op(op.i0, op.i1, op.j0, op.j1, hint="rewrite")]
    if not pairs and na == nb:
        pairs = [(k, k) for k in range(na)]  # word-for-word substitutions, one unit each
    out: list[Op] = []
    px = py = 0
    for x, y in pairs:
        if x > px or y > py:
            out.append(Op(op.i0 + px, op.i0 + x, op.j0 + py, op.j0 + y))
        out.append(Op(op.i0 + x, op.i0 + x + 1, op.j0 + y, op.j0 + y + 1))
        px, py = x + 1, y + 1
    if px < na or py < nb:
        out.append(Op(op.i0 + px, op.i1, op.j0 + py, op.j1))
    return out


def _word_sim(a: str, b: str) -> float:
    """Character similarity of two folded words; words under three letters never pair."""
    if len(a) < 3 or len(b) < 3:
        return 0.0
    return Levenshtein.normalized_similarity(a, b)


def _merge_pure_gaps(ops: list[Op]) -> list[Op]:
    """Adjacent gaps one side lacks (per-block omissions) become one unit, unless moved."""
    out: list[Op] = []
    for op in ops:
        if out and not op.match and not out[-1].match and op.move < 0 and out[-1].move < 0 \
                and not op.hint and not out[-1].hint:
            prev = out[-1]
            same_a = prev.i0 == prev.i1 and op.i0 == op.i1 and prev.i1 == op.i0
            same_b = prev.j0 == prev.j1 and op.j0 == op.j1 and prev.j1 == op.j0
            if (same_a and prev.j1 == op.j0) or (same_b and prev.i1 == op.i0):
                out[-1] = Op(prev.i0, op.i1, prev.j0, op.j1)
                continue
        out.append(op)
    return out


def _to_segs(ops: list[Op], ta: Tokens, tb: Tokens) -> list[Seg]:
    segs: list[Seg] = []
    n = 0
    while n < len(ops):
        op = ops[n]
        nxt = ops[n + 1] if n + 1 < len(ops) else None
        if op.match:
            i, j = op.i0, op.j0
            segs.append(Seg(ta.start[i], ta.wend[i], tb.start[j], tb.wend[j]))
            ws_a, ws_b = ta.text[ta.wend[i]:ta.end[i]], tb.text[tb.wend[j]:tb.end[j]]
            if ws_a != ws_b and nxt is not None and not nxt.match and nxt.j0 < nxt.j1 \
                    and nxt.i0 == nxt.i1 and tb.text[tb.wend[nxt.j1 - 1]:tb.end[nxt.j1 - 1]] == ws_a:
                # "floor.\n\n" against "floor. Moved.\n\n": the break goes after the
                # inserted text, so only the insertion differs
                last = nxt.j1 - 1
                segs.append(Seg(ta.wend[i], ta.wend[i], tb.wend[j], tb.wend[last], nxt.hint, nxt.move))
                segs.append(Seg(ta.wend[i], ta.end[i], tb.wend[last], tb.end[last]))
                n += 2
                continue
            if ws_a != ws_b and nxt is not None and not nxt.match and nxt.i0 < nxt.i1 \
                    and nxt.j0 == nxt.j1 and ta.text[ta.wend[nxt.i1 - 1]:ta.end[nxt.i1 - 1]] == ws_b:
                last = nxt.i1 - 1
                segs.append(Seg(ta.wend[i], ta.wend[last], tb.wend[j], tb.wend[j], nxt.hint, nxt.move))
                segs.append(Seg(ta.wend[last], ta.end[last], tb.wend[j], tb.end[j]))
                n += 2
                continue
            segs.append(Seg(ta.wend[i], ta.end[i], tb.wend[j], tb.end[j]))
        else:
            a0, a1 = ta.span(op.i0, op.i1)
            b0, b1 = tb.span(op.j0, op.j1)
            if op.i0 < op.i1 and op.j0 < op.j1 and op.move < 0 and \
                    ta.text[ta.wend[op.i1 - 1]:a1] == tb.text[tb.wend[op.j1 - 1]:b1]:
                # the same whitespace after both readings is not part of the variant
                wa, wb = ta.wend[op.i1 - 1], tb.wend[op.j1 - 1]
                segs.append(Seg(a0, wa, b0, wb, op.hint, op.move))
                segs.append(Seg(wa, a1, wb, b1))
            else:
                segs.append(Seg(a0, a1, b0, b1, op.hint, op.move))
        n += 1
    return segs
