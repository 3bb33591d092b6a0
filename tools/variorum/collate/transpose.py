"""Find transpositions: a passage one witness lacks in one place and the other lacks in another."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Sequence

from rapidfuzz.distance import Indel

from variorum.collate.settings import CollateSettings

if TYPE_CHECKING:
    from variorum.collate.align import Op
    from variorum.collate.tokenize import Tokens


def _bag(keys: Sequence[str], lo: int, hi: int) -> Counter:
    return Counter(k for k in keys[lo:hi] if k)


#: a short passage moved by at most this many words is a local inversion
LOCAL_WINDOW = 40
#: words at least this frequent (wordfreq Zipf) do not make a short move by themselves
COMMON_ZIPF = 6.0


def _short_candidates(ops: list["Op"], ka: Sequence[str], kb: Sequence[str],
                      dels: list[int], inss: list[int], settings: CollateSettings,
                      ta: "Tokens | None", tb: "Tokens | None") -> list[tuple]:
    """Moves of passages shorter than ``transposition_min_words`` (see ``find_moves``)."""
    from variorum.collate.classify import word_zipf

    if not dels or not inss or ta is None or tb is None:
        return []
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for inn in inss:
        by_words[tuple(k for k in kb[ops[inn].j0:ops[inn].j1] if k)].append(inn)
    out = []
    for dn in dels:
        d = ops[dn]
        dseq = tuple(k for k in ka[d.i0:d.i1] if k)
        d_whole = _whole_sentences(ta, d.i0, d.i1)
        for inn in by_words.get(dseq, ()):
            w = ops[inn]
            near = abs(w.i0 - d.i0) <= LOCAL_WINDOW
            if not near and not d_whole:
                continue
            whole = d_whole and _whole_sentences(tb, w.j0, w.j1)
            local = near and len(dseq) >= 2 and any(
                word_zipf(k, settings.language) < COMMON_ZIPF for k in dseq)
            if whole or local:
                out.append((-1.0, abs(inn - dn), dn, inn))
    return out


def _whole_sentences(t: "Tokens", lo: int, hi: int) -> bool:
    return (lo == 0 or t.sent_end[lo - 1]) and t.sent_end[hi - 1]


def find_moves(ops: list["Op"], ka: Sequence[str], kb: Sequence[str],
               settings: CollateSettings, first: int = 0,
               ta: "Tokens | None" = None, tb: "Tokens | None" = None) -> int:
    """Mark pairs of one-sided gaps with (nearly) the same words as the two ends of a move.

    A gap with text only in the reference (``i0 < i1``, ``j0 == j1``) is paired with a gap
    with text only in the witness when their word sequences are similar (Indel, i.e. LCS
    based, similarity) at least ``transposition_similarity``: the same words in the same
    order, so a stray phrase sharing a few common words is not taken for a move. Both get
    hint ``transposition`` and one shared move number.  A passage needs
    ``transposition_min_words`` words, unless its words are exactly the same at both ends
    and it is one or more whole sentences on both sides ("Good God!"), or it is a local
    inversion: at least two words, one of them not among the commonest words, moved by at
    most ``LOCAL_WINDOW`` words ("said he" / "he said" is not enough; "But Mr." is).
    Pairs are taken best first, each gap at most once; ties go to the nearer pair, then
    the earlier one, so the result is deterministic.  Moves are numbered from ``first``;
    returns the next free number.  Gaps already moved or hinted are left alone.
    """
    dels, inss = [], []
    short_dels, short_inss = [], []
    for n, op in enumerate(ops):
        if op.match or op.hint or op.move >= 0:
            continue
        if op.i0 < op.i1 and op.j0 == op.j1:
            bag = _bag(ka, op.i0, op.i1)
            if sum(bag.values()) >= settings.transposition_min_words:
                dels.append((n, bag))
            elif bag:
                short_dels.append(n)
        elif op.j0 < op.j1 and op.i0 == op.i1:
            bag = _bag(kb, op.j0, op.j1)
            if sum(bag.values()) >= settings.transposition_min_words:
                inss.append((n, bag))
            elif bag:
                short_inss.append(n)
    candidates = _short_candidates(ops, ka, kb, short_dels, short_inss, settings, ta, tb)
    index: dict[str, list[int]] = defaultdict(list)
    for slot, (_, bag) in enumerate(inss):
        for k in bag:
            index[k].append(slot)
    for d_slot, (dn, dbag) in enumerate(dels):
        hits: Counter = Counter()
        for k, c in dbag.items():
            for slot in index.get(k, ()):
                hits[slot] += min(c, inss[slot][1][k])
        dsize = sum(dbag.values())
        dseq = [k for k in ka[ops[dn].i0:ops[dn].i1] if k]
        for slot, shared in hits.items():
            isize = sum(inss[slot][1].values())
            # the bag overlap bounds the sequence similarity: skip hopeless pairs cheaply
            if 2.0 * shared / (dsize + isize) < settings.transposition_similarity:
                continue
            inn = inss[slot][0]
            iseq = [k for k in kb[ops[inn].j0:ops[inn].j1] if k]
            score = Indel.normalized_similarity(dseq, iseq)
            if score >= settings.transposition_similarity:
                candidates.append((-score, abs(inn - dn), dn, inn))
    candidates.sort()
    used: set[int] = set()
    move = first
    for _, _, dn, inn in candidates:
        if dn in used or inn in used:
            continue
        used.update((dn, inn))
        for n in (dn, inn):
            ops[n].hint = "transposition"
            ops[n].move = move
        move += 1
    return move
