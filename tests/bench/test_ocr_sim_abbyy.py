"""The ninth OCR simulator (ABBYY FineReader text of a two-column volume): deterministic, fair gold."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "darwin-origin-ch1" / "darwin_origin_ch1_1859.txt"
sys.path.insert(0, str(ROOT / "bench"))

import ocr_sim_abbyy  # noqa: E402
import sample_bench  # noqa: E402

FLOAT = re.compile(r"(Fig\. \d+\.|TABLE [IVX]+\.)")


@pytest.fixture(scope="module")
def text() -> str:
    if not CORPUS.exists():
        pytest.skip("corpus not present")
    paras = ocr_sim_abbyy.paragraphs_of(CORPUS.read_text(encoding="utf-8"))
    # no word of its own ending in a hyphen ("grey- and"), so that line ends count breaks only
    return re.sub(r"(\w)- ", r"\1 ", "\n\n".join(paras[:40]))


def _words(text: str) -> list[str]:
    return sample_bench.forms(sample_bench.words_of(text))


def test_deterministic(text):
    a = ocr_sim_abbyy.simulate(text, 4, title="ORIGIN", section="VARIATION")
    b = ocr_sim_abbyy.simulate(text, 4, title="ORIGIN", section="VARIATION")
    assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2] and a[3] == b[3]
    assert ocr_sim_abbyy.simulate(text, 5)[1] != a[1]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_gold_has_the_clean_words_and_floats_after_their_paragraph(text, seed):
    gold, raw, layout, record = ocr_sim_abbyy.simulate(text, seed)
    blocks = gold.rstrip("\n").split("\n\n")
    floats = [b for b in blocks if FLOAT.match(b)]
    assert len(floats) == record.counts.get("float dropped into the text", 0)
    body = "\n\n".join(b for b in blocks if not FLOAT.match(b))
    assert _words(body) == _words(text)
    assert raw != gold and _words(raw) != _words(gold)
    for b in blocks:
        if b.startswith("- "):
            assert all(line.startswith("- ") for line in b.split("\n"))


def test_record_counts_agree_with_the_raw_text(text):
    import dataclasses

    for seed in (1, 2, 3):
        base = ocr_sim_abbyy.simulate(text, seed)[2]
        for not_sign in (0.0, 0.9):
            # no specks or mojibake, so that every line end is the hyphen the record counts
            layout = dataclasses.replace(base, not_sign=not_sign, specks_per_page=0.0, mojibake_pages=0.0)
            gold, raw, layout, record = ocr_sim_abbyy.simulate(text, seed, layout)
            c = record.counts
            assert sum(v for k, v in c.items() if k.startswith("confusion: ")) > 0
            assert set(record.misread.values()) <= {k.split(": ")[1] for k in c if k.startswith("confusion: ")}
            ends = [line[-1:] for line in raw.split("\n")]
            not_signs = c.get("line-end hyphen written ¬", 0) + c.get("compound hyphen written ¬", 0)
            assert ends.count("¬") == not_signs
            assert ends.count("\u00ad") == c.get("line-end hyphen written as soft hyphen", 0)
            assert ends.count("-") == c["soft hyphen"] + c.get("compound broken at its hyphen", 0) - not_signs \
                - c.get("line-end hyphen lost", 0) - c.get("line-end hyphen written as soft hyphen", 0)
            assert c["running head"] == c["pages"] - 1
            assert len(_words(raw)) > 0.98 * len(_words(gold))


def test_layout_is_json_serialisable(text):
    import json

    _gold, _raw, layout, _record = ocr_sim_abbyy.simulate(text, 1)
    json.dumps(layout.__dict__)
