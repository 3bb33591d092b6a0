"""The djvu.txt OCR simulator: deterministic, its gold is the clean text plus the floats, its record adds up."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
DARWIN = CORPORA / "darwin-origin-ch1" / "darwin_origin_ch1_1859.txt"
sys.path.insert(0, str(ROOT / "bench"))

import ocr_sim  # noqa: E402
import ocr_sim_djvu  # noqa: E402
import sample_bench  # noqa: E402


@pytest.fixture(scope="module")
def text() -> str:
    if not DARWIN.exists():
        pytest.skip(f"missing corpus {DARWIN}")
    paras = ocr_sim.paragraphs_of(DARWIN.read_text(encoding="utf-8"))
    out, n = [], 0
    for p in paras:
        out.append(p)
        n += len(p.split())
        if n > 4000:
            break
    return "\n\n".join(out)


@pytest.fixture(scope="module")
def runs(text: str) -> dict[int, tuple]:
    return {seed: ocr_sim_djvu.simulate(text, seed, title="ORIGIN OF SPECIES", section="VARIATION")
            for seed in (1, 2, 5)}


def words(s: str) -> list[str]:
    return sample_bench.forms(sample_bench.words_of(s))


def test_deterministic(text: str, runs: dict[int, tuple]) -> None:
    gold, raw, layout, record = ocr_sim_djvu.simulate(text, 1, title="ORIGIN OF SPECIES", section="VARIATION")
    assert (gold, raw, layout.__dict__, record.counts, record.misread) == \
        (runs[1][0], runs[1][1], runs[1][2].__dict__, runs[1][3].counts, runs[1][3].misread)
    assert runs[1][1] != runs[2][1]


def test_gold_is_the_clean_text_and_the_floats(text: str, runs: dict[int, tuple]) -> None:
    clean = text.split()
    for gold, _raw, _layout, record in runs.values():
        gw = words(gold)
        ops = difflib.SequenceMatcher(None, clean, gw, autojunk=False).get_opcodes()
        inserted = [gw[j1:j2] for tag, _i1, _i2, j1, j2 in ops if tag != "equal"]
        # the gold has every word of the clean text, in order, and the floats after paragraphs
        assert all(tag in ("equal", "insert") for tag, *_ in ops)
        assert len(inserted) == record.counts["float inside a sentence"] >= 1
        assert all(w[0] == "TABLE" for w in inserted)
        blocks = gold.split("\n\n")
        assert sum(b.startswith("TABLE ") for b in blocks) == len(inserted)


def test_raw_differs_and_lists_are_items(runs: dict[int, tuple]) -> None:
    for gold, raw, _layout, record in runs.values():
        assert words(raw) != words(gold)
        items = [line for line in gold.splitlines() if line.startswith("- ")]
        assert len(items) == record.counts["list item"]


def test_record_counts_are_consistent(runs: dict[int, tuple]) -> None:
    for _gold, raw, layout, record in runs.values():
        c = record.counts
        assert c["page"] == c["running head"] == c["page number"]
        if layout.page_separator == "formfeed":
            assert raw.count("\x0c") == c["page"] - 1
        assert c.get("watermark", 0) == (c["page"] if layout.google_watermark else 0)
        kinds = {k.split(": ", 1)[1] for k in c if k.startswith("confusion: ")}
        assert set(record.misread.values()) <= kinds
        made = sum(v for k, v in c.items() if k.startswith("confusion: "))
        assert 0 < made and len(record.misread) <= made + c.get("confusion: space-inserted", 0) \
            + c.get("confusion: dropcap", 0)
        assert c.get("bullet glyph", 0) + c.get("bullet lost", 0) == c["list item"]
