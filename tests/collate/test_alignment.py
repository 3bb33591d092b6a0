"""Alignment in levels: blocks pair by content, passages of one witness stay unpaired."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.collate.synthetic import derive, score
from variorum.collate import collate
from variorum.model import Variorum, WitnessInfo

DATA = Path(__file__).resolve().parent.parent / "data" / "collate"


def _read(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def block_pairs(v: Variorum, a: str, b: str) -> set[tuple[int, int]]:
    """(block of a, block of b) for every unit where both witnesses have words."""
    ta, tb = v.text_of(a), v.text_of(b)
    pa = pb = 0
    out = set()
    for u in v.units:
        ra, rb = u.readings[a], u.readings[b]
        if ra.strip() and rb.strip():
            xa = range(ta.count("\n\n", 0, pa + len(ra) - len(ra.lstrip())),
                       ta.count("\n\n", 0, pa + len(ra.rstrip())) + 1)
            xb = range(tb.count("\n\n", 0, pb + len(rb) - len(rb.lstrip())),
                       tb.count("\n\n", 0, pb + len(rb.rstrip())) + 1)
            out.update((x, y) for x in xa for y in xb)
        pa += len(ra)
        pb += len(rb)
    return out


def test_reworded_split_and_unique_blocks_pair_as_a_reader_would():
    a = _read("reworded-split-and-unique-passages.A.md")
    b = _read("reworded-split-and-unique-passages.B.md")
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A")
    # A: 0 title, 1 front matter, 2 bees, 3 keeper+swarming, 4 winter, 5 refs heading, 6 ref
    # B: 0 title, 1 bees, 2 keeper, 3 swarming, 4 unique section, 5 winter
    assert block_pairs(v, "A", "B") == {(0, 0), (2, 1), (3, 2), (3, 3), (4, 5)}
    kinds = {u.kind for u in v.units}
    assert {"rewrite", "structure", "omission", "addition"} <= kinds
    unique = next(u for u in v.units if u.readings["B"].startswith("A section only"))
    assert unique.kind == "addition" and unique.readings["A"] == ""


def test_a_reworded_paragraph_is_not_paired_with_an_unrelated_one():
    a = ("# One\n\nThe harbour was crowded with fishing boats when the storm came in from the west.\n\n"
         "# Two\n\nTaxes on salt were raised twice in the same decade by the provincial council.")
    b = ("# One\n\nA storm from the west came in while many fishing boats filled the harbour.\n\n"
         "# Two\n\nMusic at the cathedral was sung by a choir of forty boys every Sunday.")
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A")
    pairs = block_pairs(v, "A", "B")
    assert (1, 1) in pairs
    assert (3, 3) not in pairs


def _corpus_base(corpora: Path) -> str:
    return (corpora / "darwin-origin-ch1" / "darwin_origin_ch1_1859.txt").read_text("utf-8")


@pytest.mark.parametrize("seed", [1, 2])
def test_known_edits_are_found_and_classified(corpora, seed):
    base = _corpus_base(corpora)
    rnd = random.Random(seed)
    witnesses = [(WitnessInfo("O"), base)]
    edits = {}
    for k in range(3):
        text, known = derive(base, rnd, len(base.split()) // 40)
        witnesses.append((WitnessInfo(f"W{k}"), text))
        edits[f"W{k}"] = known
    v = collate(witnesses, "O")
    for siglum, known in edits.items():
        s = score(v, "O", siglum, known)
        assert s.f1 >= 0.99, (siglum, s)
        assert s.kind_accuracy >= 0.95, (siglum, s)


def test_the_same_text_divided_into_paragraphs_at_different_places_pairs_fully(corpora):
    """A = [s1-s4][s5 s6], B = [s1 s2][s3-s6], repeated: every overlapping pair is paired."""
    import re

    text = _corpus_base(corpora)
    prose = " ".join(b for b in text.split("\n\n") if not b.startswith("[["))
    sents = re.split(r"(?<=[.!?]) ", prose)[:120]
    a_blocks, b_blocks, va, vb = [], [], [], []
    for k in range(0, len(sents) - 6, 6):
        a_blocks += [" ".join(sents[k:k + 4]), " ".join(sents[k + 4:k + 6])]
        va += [set(range(k, k + 4)), set(range(k + 4, k + 6))]
        b_blocks += [" ".join(sents[k:k + 2]), " ".join(sents[k + 2:k + 6])]
        vb += [set(range(k, k + 2)), set(range(k + 2, k + 6))]
    v = collate([(WitnessInfo("A"), "\n\n".join(a_blocks)), (WitnessInfo("B"), "\n\n".join(b_blocks))], "A")
    gold = {(x, y) for x in range(len(va)) for y in range(len(vb)) if va[x] & vb[y]}
    assert block_pairs(v, "A", "B") == gold
    assert {u.kind for u in v.units} == {"agreement", "structure"}


def _verse_blocks(corpora: Path, column: str, size: int, drop: range) -> tuple[str, list[set[int]]]:
    """Mark in one translation, ``size`` verses a block, the verses in ``drop`` left out."""
    import csv

    with open(corpora / "nt-translations-mark" / "mark_verse_aligned.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    blocks, verses, cur, cur_v = [], [], [], []
    for k, row in enumerate(rows):
        if k in drop or not row[column].strip():
            continue
        cur.append(row[column].strip())
        cur_v.append(k)
        if len(cur) == size or (k + 1 < len(rows) and rows[k + 1]["chapter"] != row["chapter"]):
            blocks.append(" ".join(cur))
            verses.append(set(cur_v))
            cur, cur_v = [], []
    if cur:
        blocks.append(" ".join(cur))
        verses.append(set(cur_v))
    return "\n\n".join(blocks), verses


@pytest.mark.parametrize("first, second", [("Twenty", "Noyes"), ("Haweis", "Noyes")])
def test_translations_divided_differently_pair_by_shared_verses(corpora, first, second):
    """Two translations of Mark, 4 and 5 verses a block, each lacking a stretch the other has."""
    ta, va = _verse_blocks(corpora, first, 4, range(100, 130))
    tb, vb = _verse_blocks(corpora, second, 5, range(300, 340))
    v = collate([(WitnessInfo("A"), ta), (WitnessInfo("B"), tb)], "A")
    pred = block_pairs(v, "A", "B")
    gold = {(x, y) for x in range(len(va)) for y in range(len(vb)) if va[x] & vb[y]}
    hit = len(pred & gold)
    assert hit / len(pred) >= 0.95 and hit / len(gold) >= 0.9, (hit / len(pred), hit / len(gold))
    only_a = {x for x, vs in enumerate(va) if vs <= set(range(300, 340))}
    only_b = {y for y, vs in enumerate(vb) if vs <= set(range(100, 130))}
    assert not any(x in only_a or y in only_b for x, y in pred)


def test_a_witness_without_paragraph_breaks_aligns_word_for_word(corpora):
    text = _corpus_base(corpora)
    flat = " ".join(text.split())
    v = collate([(WitnessInfo("A"), text), (WitnessInfo("B"), flat)], "A")
    assert {u.kind for u in v.units} == {"agreement", "structure"}
