"""The Tesseract-journal OCR simulator of bench/ocr_sim_tesseract.py: deterministic, gold faithful."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "darwin-origin-ch1" / "darwin_origin_ch1_1859.txt"
sys.path.insert(0, str(ROOT / "bench"))

import ocr_sim_tesseract as sim  # noqa: E402
import sample_bench  # noqa: E402

SAMPLE = "\n\n".join(
    f"Paragraph {n} tells of the extraordinary variability of domesticated productions; "
    "it considers the circumstances, the inheritance, and the well-known effects of selection. "
    "Nothing in nature is more remarkable than the co-adaptation of organic beings! "
    "Whether these differences arise from conditions of life is uncertain; they may be inherited."
    for n in range(60))


def _text() -> str:
    return CORPUS.read_text(encoding="utf-8")[:40000] if CORPUS.exists() else SAMPLE


def _words(text: str) -> list[str]:
    return sample_bench.forms(sample_bench.words_of(text))


def _without_floats(gold: str, floats: list[str]) -> str:
    blocks = gold.split("\n\n")
    for f in floats:
        blocks.remove(f.strip())
    return "\n\n".join(blocks)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_deterministic_and_gold_keeps_the_clean_words(seed):
    text = _text()
    gold, raw, layout, record = sim.simulate(text, seed, title="ORIGIN", section="VARIATION")
    again = sim.simulate(text, seed, title="ORIGIN", section="VARIATION")
    assert (gold, raw) == again[:2] and layout == again[2]
    json.dumps(layout.__dict__)
    clean_words = [w for p in sim.paragraphs_of(text) for w in p.split()]
    assert _words(_without_floats(gold, record.floats)) == clean_words
    assert raw != gold and _words(raw) != _words(gold)


def test_record_counts_are_consistent():
    gold, raw, layout, record = sim.simulate(_text(), 5, title="ORIGIN", section="VARIATION")
    made = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
    assert made > 0 and record.misread
    assert set(record.misread.values()) <= {k.split(": ")[1] for k in record.counts if k.startswith("confusion: ")} \
        | {"spacing", "debris"}
    raw_words = set(_words(raw))
    # every misread form recorded stands in the raw text (a page's mojibake or a line break aside)
    assert sum(form in raw_words for form in record.misread) >= 0.8 * len(record.misread)
    assert record.counts["pages"] == raw.count("\f") + 1 if layout.page_separator else True
    assert record.counts.get("floats: caption", 0) + record.counts.get("floats: table", 0) == len(record.floats)


def test_a_misreading_into_a_real_word_is_unknown():
    record = sim.TesseractRecord()
    s = sim._Sim(sim.random.Random(0), sim.random_layout(sim.random.Random(0), "T", "S"), record)
    assert s.misread("modern", "shape", "modem") == "modem"
    assert record.misread["modem"] == "unknown"
    assert s.misread("thing", "shape", "tbing") == "tbing" and record.misread["tbing"] == "shape"


def test_compound_breaks_at_its_own_hyphen():
    s = sim._Sim(sim.random.Random(0), sim.random_layout(sim.random.Random(0), "T", "S"), sim.TesseractRecord())
    assert s.break_word("sub-variety", 6) == ("sub-", "variety", True)


def test_a_lost_space_never_joins_two_printed_lines():
    layout = sim.random_layout(sim.random.Random(0), "T", "S")
    layout.confusion_rate = 1.0
    s = sim._Sim(sim.random.Random(3), layout, sim.TesseractRecord())
    lines = ["alpha beta gamma delta", "epsilon zeta eta theta"] * 20
    read = s.read_lines(lines)
    assert len(read) == len(lines)
    for got in read[0::2]:
        assert "epsilon" not in got and "eta" not in got.split()
