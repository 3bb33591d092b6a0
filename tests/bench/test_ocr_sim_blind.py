"""The third OCR simulator (bench/ocr_sim_blind.py): deterministic, its gold the clean text, its damage what it says."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim_blind  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} opens the matter; it carries the well-known phrase about international "
    f"cooperation and the “quoted” words — with dashes — so that hyphenation, mojibake and "
    f"columns have something to work on; the sentences are long enough. The last one ends it."
    for n in range(60)
)
QUIET = dict(confusion_rate=0.0, mojibake="none", mojibake_pages=0.0, list_rate=0.0, floats=0,
             nbsp=False, hyphen_lost=0.0, odd_hyphens=0.0, ligatures=0.0, soft_hyphens=0.0,
             head_noise=0.0, signatures=False, heads="none", number_place="head", number_form="{n}")


def _layout(**kw) -> ocr_sim_blind.Layout:
    return dataclasses.replace(ocr_sim_blind.Layout(title="TITLE", section="SECTION"), **{**QUIET, **kw})


def test_same_seed_and_text_same_output_byte_for_byte():
    assert ocr_sim_blind.simulate(TEXT, 7)[:2] == ocr_sim_blind.simulate(TEXT, 7)[:2]
    assert ocr_sim_blind.simulate(TEXT, 7)[1] != ocr_sim_blind.simulate(TEXT, 8)[1]


def test_without_damage_the_raw_words_are_the_gold_words_wrapped_and_paginated():
    for justified, spaces, style in ((True, True, "blank"), (False, False, "indent")):
        layout = _layout(width=33, justified=justified, layout_spaces=spaces, paragraph_style=style,
                         column_start="blank" if style == "indent" else "space")
        gold, raw, _, record = ocr_sim_blind.simulate(TEXT, 1, layout)
        assert len(gold.strip().split("\n\n")) == 60
        body = [ln for ln in raw.replace("\f", "").splitlines() if not ln.strip().isdigit()]
        assert max(len(ln.rstrip()) for ln in body) <= 34  # the width, and a column's leading space
        assert record.counts["line-end hyphens"] > 0 and record.counts["pages"] > 1
        squeeze = lambda s: re.sub(r"[\s-]", "", s)  # noqa: E731
        assert squeeze("".join(body)) == squeeze(gold)


def test_confusions_are_recorded_and_near_the_layout_rate():
    layout = _layout(confusion_rate=0.02)
    gold, raw, _, record = ocr_sim_blind.simulate(TEXT * 3, 2, layout)
    made = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
    words = len(gold.split())
    assert 0.01 * words < made < 0.03 * words
    # the misread forms are in the raw text (a few only once the lines are rejoined)
    found = sum(form in raw for form in record.misread)
    assert found > 0.7 * len(record.misread)


def test_floats_land_after_the_paragraph_they_interrupt_and_mojibake_marks_the_pages():
    layout = _layout(floats=3, lines_per_column=20, mojibake="latin-1", mojibake_pages=1.0)
    text = "\n\n".join(p * 2 for p in TEXT.split("\n\n"))
    gold, raw, _, record = ocr_sim_blind.simulate(text, 3, layout)
    blocks = gold.strip().split("\n\n")
    label = re.compile(r"TABLE [IVX]+\.|Fig\. \d\.")
    captions = [(k, m.group(0)) for k, b in enumerate(blocks) if (m := label.match(b))]
    assert len(captions) == 3
    for k, name in captions:  # the paragraph before it in the gold is the last one begun before it in the raw
        before = raw[:raw.index(name)]
        assert blocks[k - 1].split()[:2] == re.findall(r"Paragraph \d+", before)[-1].split()
    assert "\x80" in raw and "“" not in raw and record.counts["mojibake pages"] == record.counts["pages"]
