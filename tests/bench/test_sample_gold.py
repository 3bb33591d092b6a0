"""The hand gold of the sample edition (bench/gold) is well formed and accounts for every raw word."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "gold"
RAW_E = ROOT / "source" / "001_e27dd6619083691f.txt"
RAW_P = ROOT / "source" / "000_714c96011090df87.txt"
RUNNING_HEAD = "Peace and Security in Cyberspace with a Cooperative-Based Ap-proach in.."

#: the OCR misreadings corrected in E.md, as listed in NOTES.md: raw words -> gold words
E_CORRECTIONS = [
    (["~"], []),
    (["While(the"], ["While", "the"]),
    (["S0"], ["so"]),
    (["Dbest,"], ["best,"]),
    (["Sintries"], ["countries"]),
    (["(1ICP)"], ["(ICP)"]),
    (["a35he"], ["at", "the"]),
]
E_BULLET_GLYPHS = {"o", "e", "»", "+"}


def gold_text(siglum: str) -> str:
    return (GOLD / f"{siglum}.md").read_text(encoding="utf-8")


def blocks(text: str) -> list[str]:
    return text.rstrip("\n").split("\n\n")


def gold_words(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        toks = line.split()
        if toks and re.fullmatch(r"#{1,6}|-", toks[0]):
            toks = toks[1:]
        out.extend(toks)
    return out


@pytest.mark.parametrize("siglum", ["P", "E"])
def test_blocks_are_separated_by_exactly_one_blank_line(siglum):
    text = gold_text(siglum)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\n\n\n" not in text
    assert not text.startswith("\n")
    for n, line in enumerate(text.splitlines(), 1):
        assert line == line.rstrip(), f"{siglum}.md:{n}: trailing whitespace"
        assert not line.startswith(" "), f"{siglum}.md:{n}: leading space"


@pytest.mark.parametrize("siglum", ["P", "E"])
def test_every_block_is_a_heading_a_list_a_table_or_a_one_line_paragraph(siglum):
    for n, block in enumerate(blocks(gold_text(siglum))):
        lines = block.split("\n")
        where = f"{siglum}.md block {n}: {block[:60]!r}"
        if lines[0].startswith("#"):
            assert len(lines) == 1 and re.match(r"#{1,2} \S", block), where
        elif len(lines) > 1:
            is_list = all(re.match(r"(- |\d+\. )\S", ln) for ln in lines)
            is_table = all("\t" in ln for ln in lines)
            assert is_list or is_table, where


@pytest.mark.parametrize("siglum", ["P", "E"])
def test_written_plainly_without_escapes_or_leftover_artefacts(siglum):
    text = gold_text(siglum)
    assert "\\" not in text
    assert not re.search(r"\w-(\s|$)", text), "a line-end hyphen fragment is left"
    assert not re.search(r"^[oe»+¢*] ", text, re.M), "a misread bullet is left"
    assert RUNNING_HEAD not in text


def test_e_accounts_for_every_raw_word():
    raw = RAW_E.read_text(encoding="utf-8")
    joined = re.sub(r"(\w)-[ \t]*\n\s*(?=\w)", r"\1-", raw)  # keep hyphen marks to compare below
    raw_words = Counter(w.replace("-", "") for w in joined.split())
    gold = Counter(w.replace("-", "") for w in gold_words(gold_text("E")))
    raw_words -= Counter(w.replace("-", "") for w in RUNNING_HEAD.split())
    for glyph in E_BULLET_GLYPHS:
        raw_words[glyph] -= sum(
            1 for ln in raw.splitlines() if ln.strip().startswith(glyph + " "))
    for before, after in E_CORRECTIONS:
        raw_words -= Counter(before)
        raw_words += Counter(after)
    raw_words = +raw_words
    assert raw_words - gold == Counter(), "raw words missing from the gold"
    assert gold - raw_words == Counter(), "gold words not in the raw"


def test_p_keeps_every_word_of_the_raw():
    raw = RAW_P.read_text(encoding="utf-8").replace("\\", "")
    raw = raw.replace("con-\n\ntact", "contact").replace("gov-\n\nernment", "government")
    assert Counter(gold_words(raw)) == Counter(gold_words(gold_text("P")))


def read_pairs():
    rows = []
    for n, line in enumerate((GOLD / "blocks.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        assert len(fields) == 3, f"blocks.tsv:{n}: want P_block<TAB>E_block<TAB>note"
        rows.append((fields[0], fields[1]))
    return rows


def test_block_alignment_covers_every_block_once_as_paired_or_alone():
    n_p, n_e = len(blocks(gold_text("P"))), len(blocks(gold_text("E")))
    rows = read_pairs()
    assert len(rows) == len(set(rows)), "duplicate rows"
    for side, count in ((0, n_p), (1, n_e)):
        paired = {int(r[side]) for r in rows if "-" not in r}
        alone = {int(r[side]) for r in rows if r[side] != "-" and "-" in r}
        assert all(0 <= b < count for b in paired | alone)
        assert paired | alone == set(range(count)), "a block is missing from blocks.tsv"
        assert not paired & alone, "a block is both paired and without counterpart"
    assert ("-", "-") not in rows
