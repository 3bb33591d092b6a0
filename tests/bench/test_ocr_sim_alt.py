"""The second OCR simulator (bench/ocr_sim_alt.py): deterministic, its gold in ocr_sim's convention, its damage what it says."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim_alt  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} begins here. It carries the well-known phrase about international "
    f"cooperation and the “quoted” words — with dashes — so that hyphenation, mojibake and "
    f"columns all have something to work on. The third sentence ends it." for n in range(60)
)
QUIET = dict(confusion_rate=0.0, mojibake="none", mojibake_rate=0.0, list_rate=0.0, nbsp=False,
             hyphen_lost=0.0, roman_front_pages=0, footer="")


def _layout(**kw) -> ocr_sim_alt.Layout:
    return dataclasses.replace(ocr_sim_alt.Layout(title="TITLE", section="SECTION"), **{**QUIET, **kw})


def test_same_seed_and_text_same_output_byte_for_byte():
    assert ocr_sim_alt.simulate(TEXT, 7)[:2] == ocr_sim_alt.simulate(TEXT, 7)[:2]
    assert ocr_sim_alt.simulate(TEXT, 7)[1] != ocr_sim_alt.simulate(TEXT, 8)[1]


def test_gold_is_the_clean_paragraphs_and_lists():
    for seed in range(1, 6):
        gold, _raw, _layout, record = ocr_sim_alt.simulate(TEXT, seed)
        blocks = gold.strip().split("\n\n")
        assert len(blocks) == 60
        items = sum(b.count("\n- ") + b.startswith("- ") for b in blocks)
        assert items == record.counts.get("list items", 0)


def test_justified_lines_reach_the_measure_and_the_words_come_back():
    layout = _layout(width=36, justified=True, heads="same", number_place="foot", page_end="formfeed",
                     paragraph_style="blank", column_start_spaces=0)
    gold, raw, _, record = ocr_sim_alt.simulate(TEXT, 1, layout)
    text_lines = [ln for ln in raw.replace("\f", "").splitlines()
                  if ln.strip() and ln.strip() != "TITLE" and not ln.strip().isdigit()]
    assert sum(len(ln) == 36 for ln in text_lines) * 2 > len(text_lines)
    assert any("  " in ln for ln in text_lines) and record.counts["line-end hyphens"] > 0
    assert "".join("".join(text_lines).split()).replace("-", "") == "".join(gold.split()).replace("-", "")


def test_indented_paragraphs_have_no_blank_line_between_them():
    layout = _layout(width=50, justified=False, paragraph_style="indent", heads="none",
                     number_place="head", number_form="[{n}]", lines_per_column=400)
    _gold, raw, _, _ = ocr_sim_alt.simulate(TEXT, 2, layout)
    body = raw.split("\n", 2)[2]  # after the page number and its blank line
    assert "\n\n" not in body.strip() and body.count("\n   Paragraph") == 59


def test_page_number_forms_and_roman_front_matter():
    layout = _layout(number_place="foot", number_form="- {n} -", roman_front_pages=3, first_page=12,
                     lines_per_column=20, heads="none")
    _gold, raw, _, _ = ocr_sim_alt.simulate(TEXT, 3, layout)
    feet = [ln.strip() for ln in raw.splitlines() if ln.strip().startswith("- ") and ln.strip().endswith(" -")]
    # the numbers may carry OCR noise; the first pages are numbered in roman
    assert len(feet) >= 5 and feet[0] in ("- i -", "- l -", "- 1 -") and any(f.startswith("- 1") for f in feet[3:])


def test_latin1_mojibake_leaves_c1_controls_and_cp1252_leaves_euro_signs():
    latin = _layout(mojibake="latin1-pages", mojibake_rate=1.0)
    cp = _layout(mojibake="cp1252-pages", mojibake_rate=1.0)
    assert "\x80" in ocr_sim_alt.simulate(TEXT, 4, latin)[1]
    assert "â€" in ocr_sim_alt.simulate(TEXT, 4, cp)[1]
