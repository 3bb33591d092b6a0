"""Collate cleaned witnesses into a variorum: aligned units, each difference classified.

How it works
------------
One witness is the *reference*: the base when one is given, otherwise the witness whose
words overlap most with all the others (ties: the smallest siglum), so that the result
never depends on the order in which the witnesses are listed.  Every other witness is
aligned with the reference on its own (``align.align_pair``), in levels:

1. **blocks** (paragraphs, headings, list items, marker lines such as ``[[C01]]``) are
   paired by idf-weighted word overlap along a monotone chain (``blocks.pair_blocks``);
   a block split off in one witness joins its neighbour's pair; two neighbouring pairs
   merge when the witnesses divide that text into paragraphs at different places (words
   match across them); the stretch between two pairs pairs as a whole when it
   corresponds as a whole (e.g. a witness without paragraph breaks); reworded headings
   at the same edge of a gap pair; blocks left over belong to one witness only;
2. **sentences** inside paired blocks: a stretch of sentences whose words mostly fail to
   match is a *rewrite* and stays one unit instead of a soup of scattered common words;
3. **words**: patience-style matching on normalised word keys (unique words as anchors,
   recursing into gaps, an exact LCS only inside small gaps), so the cost grows near
   linearly with the text.

The pairwise alignments are merged by cutting the reference wherever every witness can be
cut; a variant of one witness therefore widens the unit for all witnesses.

Units and their kinds
---------------------
* Readings are exact substrings of the cleaned texts: joining one witness's readings over
  all units gives back its text exactly (whitespace, block separators and Markdown
  escapes included).  A witness with nothing at a place reads ``""``.
* Kinds are relative to the reference (the base, or with no base the chosen reference,
  named in ``metadata["collation"]["reference"]``):
  ``agreement`` (identical readings); ``structure`` (same words, only layout differs:
  block division, e.g. a paragraph split in one witness, other whitespace, or a heading
  marker ``#`` added, dropped or changed); ``punctuation`` (only punctuation
  differs, or text of punctuation only is present in one witness); ``orthographic``
  (case, spelling incl. the equivalences and patterns of the settings, hyphenation,
  spacing such as "cyber security"/"cybersecurity", ligatures, or a one-letter misprint of
  a rare word); ``substantive`` (other words); ``omission`` (the reference has words here
  and the witness has none); ``addition`` (the witness has words the reference lacks);
  ``rewrite`` (a passage reworded beyond word-level comparison: the whole passage of
  each side is one unit); ``transposition`` (a passage that stands elsewhere in the
  other witness: at least ``transposition_min_words`` words in nearly the same order, or
  the very same words when they are whole sentences, or a local inversion of two or
  more words within 40 words, one of them not among the commonest words).
* ``Unit.kind`` is the most significant kind among the witnesses (agreement < structure <
  punctuation < orthographic < substantive < omission/addition < rewrite < transposition);
  ``Unit.kinds`` gives the kind of every non-reference witness when they are not all the
  same.
* A transposition is one move with two ends: where the reference has the passage (the
  witness reads ``""`` there) and where the witness has it (the reference reads ``""``);
  both have kind ``transposition`` for that witness.  With two witnesses each end, and
  each passage only one witness has, is exactly one unit, and the two ends' ``link``
  name each other.  With more witnesses, another witness's variant inside the passage
  cuts that end into consecutive pieces, so that inside the passage every word-level
  difference of the other witnesses is still its own unit (with its kind in
  ``Unit.kinds``; the piece keeps ``transposition`` for the moving witness).  Then
  *every* piece of an end links to the *first* piece of the other end, and the two first
  pieces link to each other: the units with the same ``link`` (consecutive, but for
  another witness's addition inside the passage, where the moving witness reads ``""``
  like the reference) are the whole of one end, reachable both ways from any piece.  A unit holds one link: should
  ends of two witnesses' moves fall into one unit, the first witness (by siglum, then
  move) keeps it; the pieces of the other move's other end still link to that unit (one
  way).  So the target of any link is a first piece whose own link is returned.
* A rewrite unit holds the whole reworded stretch of both witnesses: a run of sentences
  where fewer than ``rewrite_threshold`` of the words match (only scattered common words),
  or a replaced stretch of at least ``rewrite_min_words`` words on both sides with no
  word-by-word correspondence.  Moved passages are found only among stretches one witness
  lacks (whole sentences, blocks).  The moving witness's words at its end of a move are
  not compared word by word with the reference's words at the other end (a difference
  between them is not a unit of its own; both ends hold their full text, so it can be
  shown by comparing the two linked ends); the other witnesses' words inside the passage
  are compared as anywhere else.
* Consecutive agreement units are joined, but never across a block boundary of the
  reference, so a unit of agreement holds at most one block.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from variorum.collate.align import align_pair
from variorum.collate.classify import classify, most_significant
from variorum.collate.merge import RawUnit, merge
from variorum.collate.normalize import Normalizer
from variorum.collate.settings import CollateSettings
from variorum.collate.tokenize import Tokens, tokenize
from variorum.errors import InputError
from variorum.model import Unit, Variorum, WitnessInfo

__all__ = ["collate", "CollateSettings"]


def collate(witnesses: Sequence[tuple[WitnessInfo, str]], base: str | None,
            settings: CollateSettings | None = None) -> Variorum:
    """Align the witnesses' cleaned texts into a lossless, classified variorum."""
    settings = settings or CollateSettings()
    infos = tuple(info for info, _ in witnesses)
    sigla = [i.siglum for i in infos]
    if not witnesses:
        raise InputError("nothing to collate: no witnesses")
    if len(set(sigla)) != len(sigla):
        raise InputError(f"duplicate siglum among {', '.join(sigla)}")
    if base is not None and base not in sigla:
        raise InputError(f"base '{base}' is not one of the sigla {', '.join(sigla)}")
    texts = {info.siglum: text for info, text in witnesses}
    norm = Normalizer(settings)
    toks = {s: tokenize(t) for s, t in texts.items()}
    keys = {s: [norm.key(w) for w in toks[s].words] for s in sigla}
    ref = base if base is not None else choose_reference(keys)
    # align every other witness with the reference, in a fixed (sorted) order
    others = sorted(s for s in sigla if s != ref)
    pairwise = {w: align_pair(toks[ref], keys[ref], toks[w], keys[w], norm, settings)
                for w in others}
    rt = toks[ref]
    raw = merge(ref, len(texts[ref]), pairwise, texts, [rt.start[b0] for b0, _ in rt.blocks[1:]])
    units = _finish(raw, ref, others, texts, toks[ref], norm, sigla)
    return Variorum(witnesses=infos, base=base, units=tuple(units),
                    metadata={"collation": {"reference": ref}})


def choose_reference(keys: dict[str, list[str]]) -> str:
    """The witness sharing most words with all the others (ties: smallest siglum)."""
    bags = {s: Counter(k for k in ks if k) for s, ks in keys.items()}
    def total(s: str) -> int:
        return sum(sum((bags[s] & bags[o]).values()) for o in bags if o != s)
    return min(bags, key=lambda s: (-total(s), s))


def _finish(raw: list[RawUnit], ref: str, others: list[str], texts: dict[str, str],
            ref_toks: Tokens, norm: Normalizer, sigla: list[str]) -> list[Unit]:
    """Classify the merged units, join agreements within a block, number and link them."""
    rows: list[tuple[dict[str, str], str, dict[str, str], dict[str, tuple[int, bool]]]] = []
    for ru in raw:
        readings = {s: texts[s][ru.spans[s][0]:ru.spans[s][1]] for s in sigla}
        per = {}
        for w in others:
            if ru.hints.get(w):
                per[w] = ru.hints[w]
            elif readings[w] == readings[ref]:
                per[w] = "agreement"
            else:
                # classify what this witness changed, not the unit another witness widened
                rt, wt = texts[ref], texts[w]
                per[w] = most_significant(classify(rt[a0:a1], wt[b0:b1], norm)
                                          for a0, a1, b0, b1 in ru.diffs.get(w, ()))
                if per[w] == "agreement":
                    per[w] = classify(readings[ref], readings[w], norm)
        kind = most_significant(per.values()) if per else "agreement"
        if kind == "agreement" and rows and rows[-1][1] == "agreement" \
                and "\n\n" not in rows[-1][0][ref] and not ru.insertion:
            prev = rows[-1][0]
            for s in sigla:
                prev[s] += readings[s]
            continue
        rows.append((readings, kind, per, dict(ru.moves)))
    # ids, then links between the two ends of each move
    ids = [f"u{n + 1}" for n in range(len(rows))]
    link = _links(rows)
    units = []
    for n, (readings, kind, per, _) in enumerate(rows):
        kinds = dict(per) if len(set(per.values())) > 1 else {}
        units.append(Unit(id=ids[n], kind=kind, readings=readings, kinds=kinds,
                          link=ids[link[n]] if n in link else None))
    return units


def _links(rows: list[tuple[dict[str, str], str, dict[str, str], dict[str, tuple[int, bool]]]]
           ) -> dict[int, int]:
    """Row -> row it links to: every piece of one end of a move links to the first piece
    of the other end, and the two first pieces link to each other.

    A unit holds one link: when ends of several witnesses' moves meet in one unit, the
    first move (by witness, then move number) keeps it.  The pieces of the other move
    still link to that unit when it is the first piece of their other end (one way).
    """
    ends: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for n, (_, _, _, moves) in enumerate(rows):
        for w, (m, ref_side) in moves.items():
            ref_end, wit_end = ends.setdefault((w, m), ([], []))
            (ref_end if ref_side else wit_end).append(n)
    moves = [(ref_end, wit_end) for _key, (ref_end, wit_end) in sorted(ends.items())
             if ref_end and wit_end and not set(ref_end) & set(wit_end)]
    link: dict[int, int] = {}
    for ref_end, wit_end in moves:
        if ref_end[0] not in link and wit_end[0] not in link:
            link[ref_end[0]], link[wit_end[0]] = wit_end[0], ref_end[0]
    # then the other pieces; a first piece another move holds is still a target, so a
    # move whose end shares its first unit with another witness's move is linked one way
    for ref_end, wit_end in moves:
        for here, there in ((ref_end, wit_end[0]), (wit_end, ref_end[0])):
            if there in link:
                for n in here:
                    link.setdefault(n, there)
    return link
