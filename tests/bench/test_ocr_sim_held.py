"""The fourth OCR simulator (bench/ocr_sim_held.py): deterministic, its gold the clean text, its damage what it says."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim  # noqa: E402
import ocr_sim_held  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} opens the matter; it carries the well-known phrase about international "
    f"cooperation and the “quoted” words — with dashes — so that hyphenation, Beaufort’s "
    f"misreadings and columns have something to work on; the sentences are long enough. The last one ends it."
    for n in range(60)
)
QUIET = dict(error_rate=0.0, hyphen_lost=0.0, ligatures=0.0, mojibake_pages=0.0, head_noise=0.0,
             heads="none", catchwords=False, signatures=False, drop_caps=False, letterspaced_heads=False)


def _layout(**kw) -> ocr_sim_held.Layout:
    return dataclasses.replace(ocr_sim_held.Layout(title="TITLE", section="SECTION"), **{**QUIET, **kw})


def _squeeze(s: str) -> str:
    return re.sub(r"[\s\-¬\u00ad]", "", s)


def test_same_seed_and_text_same_output_byte_for_byte():
    assert ocr_sim_held.simulate(TEXT, 7)[:2] == ocr_sim_held.simulate(TEXT, 7)[:2]
    assert ocr_sim_held.simulate(TEXT, 7)[1] != ocr_sim_held.simulate(TEXT, 8)[1]


def test_the_gold_is_the_clean_text_one_block_per_paragraph():
    gold = ocr_sim_held.simulate(TEXT, 3)[0]
    assert gold == "\n\n".join(ocr_sim.paragraphs_of(TEXT)) + "\n"


def test_random_layouts_misread_half_a_percent_to_two_percent_of_the_words():
    rates = set()
    for seed in range(1, 9):
        gold, _raw, layout, record = ocr_sim_held.simulate(TEXT * 2, seed)
        made = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
        assert 0.005 <= layout.error_rate <= 0.02
        assert 0.002 * len(gold.split()) < made < 0.04 * len(gold.split())
        rates.add(round(layout.error_rate, 4))
    assert len(rates) > 4  # the rate varies with the seed


def test_without_damage_the_raw_words_are_the_gold_words_wrapped_and_paginated():
    for width, justified, paragraphs, column_start, glyph in ((33, True, "blank", "space", "-"),
                                                              (26, False, "indent", "blank", "¬")):
        layout = _layout(width=width, justified=justified, paragraphs=paragraphs, column_start=column_start,
                         hyphen_glyph=glyph, lines_per_column=30)
        gold, raw, _, record = ocr_sim_held.simulate(TEXT, 1, layout)
        body = [ln for ln in raw.replace("\f", "").splitlines() if not ln.strip().isdigit()]
        assert max(len(ln) for ln in body) <= width + 1  # the width, and a column's leading space
        assert record.counts["line-end hyphens"] > 0 and record.counts["pages"] > 1
        assert not any(k.startswith("confusion: ") for k in record.counts)
        assert _squeeze("".join(body)) == _squeeze(gold)
        if paragraphs == "indent":
            assert sum(ln.startswith("  P") for ln in body) > 30


def test_misreadings_are_recorded_found_in_the_raw_and_real_words_are_kept_apart():
    layout = _layout(error_rate=0.03)
    gold, raw, _, record = ocr_sim_held.simulate(TEXT * 4, 2, layout)
    made = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
    assert made > 0.01 * len(gold.split())
    joined = re.sub(r"-\n", "", raw)
    found = sum(form in raw or form in joined for form in record.misread)
    assert found > 0.9 * len(record.misread)
    reader = ocr_sim_held._Reader(layout, None, None, frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", TEXT)),
                                  frozenset())
    kinds = {k for k in record.misread.values()}
    assert "unknown" in kinds and any("->" in k for k in kinds)
    for form, kind in record.misread.items():
        if "->" in kind and not form.endswith("-"):
            assert not reader.real(form), (form, kind)  # a misreading a closed rule may catch
        if kind in ("merged words",):
            assert not reader.real(form, floor=3.5), form
        if kind == "speck":  # a speck that reads as the text's own punctuation is kept apart
            assert not re.fullmatch(r"[,.:;'‘’]|[^\W\d_]+[,.:;'’]|['‘][^\W\d_]+", form), form


def test_a_misreading_may_fall_on_either_half_of_a_broken_word():
    layout = _layout(error_rate=0.5, width=28, fount=tuple([1.0] * 100))
    _gold, raw, _, record = ocr_sim_held.simulate(TEXT, 4, layout)
    halves = [f for f, k in record.misread.items() if f.endswith("-") and "->" in k]
    assert halves
    for head in halves[:20]:
        assert head + "\n" in raw or head + " \n" in raw


def test_furniture_heads_catchwords_signatures_and_mojibake():
    layout = _layout(heads="alternate", number_form="[{n}]", catchwords=True, signatures=True,
                     lines_per_column=12, mojibake_pages=1.0)
    _gold, raw, _, record = ocr_sim_held.simulate(TEXT, 5, layout)
    pages = raw.split("\f")
    assert len(pages) == record.counts["pages"] == record.counts["mojibake pages"] > 4
    assert pages[1].startswith("[2]") and "TITLE" in pages[1].splitlines()[0]
    assert pages[2].splitlines()[0].endswith("[3]") and "SECTION" in pages[2].splitlines()[0]
    assert "B 2" in pages[2] and record.counts["catchwords"] == len(pages) - 1
    for page, following in zip(pages, pages[1:]):  # the catchword: the next page's first word, first at the foot
        feet = page.rstrip("\n").split("\n\n")[-1].splitlines()
        first = next(ln for ln in following.splitlines()[2:] if ln.strip()).split()[0]
        assert feet[0].strip() == first
    assert "â€" in raw and "“" not in raw


def test_a_chapter_opens_a_page_with_its_number_at_the_foot_and_a_drop_cap():
    text = "CHAPTER I.\n\nWHEN the text begins it is set with a large initial letter.\n\n" + TEXT + \
        "\n\nCHAPTER II.\n\nTHE second chapter opens likewise."
    layout = _layout(heads="alternate", drop_caps=True)
    _gold, raw, _, record = ocr_sim_held.simulate(text, 6, layout)
    assert "W HEN the text" in raw and "T HE second" in raw
    opening = next(p for p in raw.split("\f") if "CHAPTER II." in p)
    assert opening.lstrip().startswith("CHAPTER II.") and record.counts["foot numbers"] == 2


def test_ligature_glyphs_are_the_letters_they_join():
    import unicodedata

    layout = _layout(ligatures=1.0, width=40)
    gold, raw, _, record = ocr_sim_held.simulate(TEXT.replace("matter", "affair of first office"), 2, layout)
    assert record.counts["ligature glyphs"] > 0 and "ﬃ" in raw and "ﬁ" in raw
    body = [ln for ln in raw.replace("\f", "").splitlines() if not ln.strip().isdigit()]
    assert _squeeze(unicodedata.normalize("NFKC", "".join(body))) == _squeeze(gold)
