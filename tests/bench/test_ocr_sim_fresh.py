"""The fifth OCR simulator (bench/ocr_sim_fresh.py): deterministic, its gold the clean text, its damage what it says."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim_fresh  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} opens the matter; it carries the well-known phrase about international "
    f"cooperation and the “quoted” words — with dashes—and Cæsar’s name, so that hyphenation, "
    f"mojibake and columns have something to work on; the sentences are long enough. The last one ends it."
    for n in range(60)
)
QUIET = dict(word_rate=0.0, charset_misses=0.0, hyphen_lost=0.0, hyphen_dash=0.0, head_noise=0.0,
             margin_noise=0.0, ligatures=False, plates=0, encoding="utf-8", google_footer=False,
             head_rule=False, head_letterspaced=False)
HEAD = re.compile(r"\d+ TITLE|SECTION \d+|TITLE|SECTION|\d+")


def _layout(**kw) -> ocr_sim_fresh.Layout:
    return dataclasses.replace(ocr_sim_fresh.Layout(title="TITLE", section="SECTION"), **{**QUIET, **kw})


def _squeeze(s: str) -> str:
    return re.sub(r"[\s\-—]", "", s)


def test_same_seed_and_text_same_output_byte_for_byte():
    assert ocr_sim_fresh.simulate(TEXT, 7)[:2] == ocr_sim_fresh.simulate(TEXT, 7)[:2]
    assert ocr_sim_fresh.simulate(TEXT, 7)[1] != ocr_sim_fresh.simulate(TEXT, 8)[1]


def test_without_damage_the_raw_words_are_the_gold_words_wrapped_and_paginated():
    for place, end in (("outer", "formfeed"), ("foot", "blank")):
        layout = _layout(width=28, number_place=place, page_end=end)
        gold, raw, _, record = ocr_sim_fresh.simulate(TEXT, 1, layout)
        assert gold.strip().split("\n\n") == TEXT.split("\n\n")
        body = [ln for ln in raw.replace("\f", "").splitlines() if not HEAD.fullmatch(ln.strip())]
        assert max(len(ln) for ln in body) <= 28
        assert record.counts["line-end hyphens"] > 0 and record.counts["pages"] > 1
        assert _squeeze("".join(body)) == _squeeze(gold)
        assert ("\f" in raw) == (end == "formfeed")


def test_furniture_is_what_the_layout_says():
    layout = _layout(head_letterspaced=True, head_rule=True, google_footer=True, lines_per_column=20)
    gold, raw, _, record = ocr_sim_fresh.simulate(TEXT, 4, layout)
    pages = raw.split("\f")
    assert len(pages) == record.counts["pages"] == record.counts["google footers"]
    assert all(p.strip().splitlines()[-1].startswith("Digitized by ") for p in pages)
    assert "T I T L E" in raw and "S E C T I O N" in raw and "Digitized" not in gold


def test_misreads_are_recorded_near_the_rate_and_real_words_are_unknown():
    layout = _layout(word_rate=0.02, page_spread=0.0)
    gold, raw, _, record = ocr_sim_fresh.simulate(TEXT * 3, 2, layout)
    made = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
    words = len(gold.split())
    assert 0.01 * words < made < 0.03 * words
    assert sum(form in raw for form in record.misread) > 0.7 * len(record.misread)
    vocab = {ocr_sim_fresh._core(w).lower() for w in gold.split()}
    for form, kind in record.misread.items():
        if kind != "unknown":
            assert not ocr_sim_fresh._is_word(form, vocab), form
            assert ocr_sim_fresh._core(form).lower() not in vocab or not form.islower(), form


def test_letters_outside_the_charset_are_misread_and_recorded():
    layout = _layout(charset_misses=1.0)
    gold, raw, _, record = ocr_sim_fresh.simulate(TEXT, 5, layout)
    assert "æ" in gold and "æ" not in raw
    assert sum(n for k, n in record.counts.items() if k.startswith("confusion: ")) >= 60


def test_plate_captions_land_after_the_paragraph_they_interrupt():
    layout = _layout(plates=2, lines_per_column=20)
    gold, raw, _, record = ocr_sim_fresh.simulate(TEXT, 3, layout)
    blocks = gold.strip().split("\n\n")
    captions = [k for k, b in enumerate(blocks) if b.startswith("“") and " Page " in b]
    assert len(captions) == record.counts["plates"] == 2
    for k in captions:
        page = blocks[k].rsplit(" Page ", 1)[1]
        before = raw[:raw.index(f"\nPage {page}\n")]
        last_begun = re.findall(r"Paragraph \d+", before)[-1]
        assert blocks[k - 1].startswith(last_begun + " ")


def test_a_wrong_codec_is_whole_file_mojibake_of_the_same_raw():
    plain = ocr_sim_fresh.simulate(TEXT, 6, _layout())[1]
    for codec in ("sloppy-windows-1252", "mac_roman"):
        gold, raw, _, record = ocr_sim_fresh.simulate(TEXT, 6, _layout(encoding=codec))
        assert record.counts[f"mojibake: {codec}"] == 1 and "“" not in raw
        assert raw.encode(codec).decode("utf-8") == plain
