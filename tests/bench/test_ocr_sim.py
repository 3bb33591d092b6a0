"""The OCR simulator of bench/ocr_bench.py: deterministic, and its damage is what it says."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} begins here. It carries the well-known phrase about international "
    f"cooperation and the “quoted” words — with dashes — so that hyphenation, mojibake and "
    f"columns all have something to work on. The third sentence ends it." for n in range(60)
)


def test_same_seed_same_output_byte_for_byte():
    assert ocr_sim.simulate(TEXT, 7)[:2] == ocr_sim.simulate(TEXT, 7)[:2]
    assert ocr_sim.simulate(TEXT, 7)[1] != ocr_sim.simulate(TEXT, 8)[1]


def test_gold_is_the_clean_paragraphs_and_lists():
    gold, _raw, _layout, record = ocr_sim.simulate(TEXT, 3)
    blocks = gold.strip().split("\n\n")
    assert len(blocks) == 60
    items = sum(b.count("\n- ") + b.startswith("- ") for b in blocks)
    assert items == record.counts.get("list items", 0)


def test_without_noise_only_layout_separates_raw_from_gold():
    layout = ocr_sim.Layout(width=40, lines_per_column=30, title="TITLE", section="SECTION",
                            confusion_rate=0.0, mojibake_pages=0.0, head_noise=0.0,
                            list_rate=0.0, page_number="foot", page_end="formfeed")
    gold, raw, _, record = ocr_sim.simulate(TEXT, 1, layout)
    assert "\f" in raw and record.counts["line-end hyphens"] > 0
    assert all(len(line) <= 40 for line in raw.splitlines() if line and not line.isdigit())
    # join the hyphenated lines and drop heads and page numbers: the gold's words come back
    lines = [ln for ln in raw.replace("\f", "").splitlines()
             if ln.strip() not in ("TITLE", "SECTION") and not ln.strip().isdigit()]
    # (a compound broken at its own hyphen cannot be told from a dictionary break here)
    assert "".join("".join(lines).split()).replace("-", "") == "".join(gold.split()).replace("-", "")


def test_mojibake_and_ligatures_are_what_the_cleanup_must_undo():
    layout = ocr_sim.Layout(mojibake_pages=1.0, ligatures=True, confusion_rate=0.0, list_rate=0.0)
    _gold, raw, _, record = ocr_sim.simulate(TEXT, 2, layout)
    assert "â€œ" in raw and "\ufb01" not in raw or record.counts.get("ligatures", 0) > 0
    assert record.counts["mojibake pages"] > 0
