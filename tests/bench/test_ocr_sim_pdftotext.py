"""The pdftotext simulator of bench/ocr_bench.py: deterministic, fair gold, its damage as recorded."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ocr_sim  # noqa: E402
import ocr_sim_pdftotext as sim  # noqa: E402
import sample_bench  # noqa: E402

TEXT = "\n\n".join(
    f"Paragraph {n} begins here with a self-evident example. It carries the well-known phrase "
    f"about international cooperation, the “quoted” words — with dashes — and first, fluffy, "
    f"effective ligature stuff. Mr. Smith said the third sentence ends it." for n in range(50)
) + "\n\nA short paragraph that may float into the previous one.\n\n" + " ".join(
    ["Another long paragraph goes on and on about the conditions of variability."] * 12)


def _words(text: str) -> list[str]:
    return sample_bench.forms(sample_bench.words_of(text))


def test_same_seed_same_output_and_another_seed_another():
    a, b = sim.simulate(TEXT, 7), sim.simulate(TEXT, 7)
    assert a[:2] == b[:2] and a[2] == b[2] and a[3].counts == b[3].counts
    assert sim.simulate(TEXT, 8)[1] != a[1]


def test_gold_words_are_the_clean_texts_words_and_raw_differs():
    clean = " ".join(ocr_sim.paragraphs_of(TEXT)).split()
    for seed in range(1, 7):
        gold, raw, layout, _record = sim.simulate(TEXT, seed)
        assert _words(gold) == clean
        assert raw != gold and _words(raw) != clean
        json.dumps(dataclasses.asdict(layout))


def test_lists_are_items_one_per_line_and_not_split_after_abbreviations():
    layout = dataclasses.replace(sim.random_layout(__import__("random").Random(1), "T", "S"),
                                 list_rate=1.0, float_rate=0.0)
    gold, raw, _layout, record = sim.simulate(TEXT, 3, layout)
    items = [line for line in gold.splitlines() if line.startswith("- ")]
    assert items and record.counts["list items"] == len(items)
    assert not any(line == "- Mr." or line.endswith(" Mr.") for line in items)


def test_record_counts_and_misread_forms_are_consistent():
    layout = dataclasses.replace(sim.random_layout(__import__("random").Random(2), "T", "S"),
                                 misread_rate=0.05, mojibake=False)
    _gold, raw, _layout, record = sim.simulate(TEXT, 5, layout)
    confusions = sum(n for k, n in record.counts.items() if k.startswith("confusion: "))
    assert confusions > 0
    kinds = {k.split(": ", 1)[1] for k in record.counts if k.startswith("confusion: ")}
    assert set(record.misread.values()) <= kinds
    # every misread form recorded is written in the raw text (no mojibake in this layout)
    flat = raw.replace("\n", " ")
    assert all(form.split()[0][:2] in flat for form in record.misread)
    assert record.counts["pages"] == record.counts["running heads"] == record.counts["page numbers"]
    assert raw.count("\f") in (0, record.counts["pages"])


def test_pdftotext_joins_hyphenated_lines_and_keeps_the_hyphen_at_a_block_end():
    layout = dataclasses.replace(sim.random_layout(__import__("random").Random(4), "T", "S"),
                                 hyphen_lost_rate=0.0)
    record = ocr_sim.Record()
    rng = __import__("random").Random(0)
    lines = ["a self-" + sim.COMPOUND, "evident culti-", "vated and col-"]
    assert sim._poppler_block(lines, layout, rng, record) == ["a selfevident cultivated and col-"]
    assert record.counts == {"compound hyphen lost": 1}


def test_two_words_the_ocr_read_as_one_are_never_hyphenated_across_a_line_at_their_gap():
    class Merging(__import__("random").Random):
        def random(self):
            return 0.05  # (the roll for a lost word space)

    record = ocr_sim.Record()
    tokens, used = sim._misread(["became", "calmer,"], 0, Merging(), record)
    assert used == 2
    hyph = sim.pyphen.Pyphen(lang="en_US")
    # printed on two lines, the words keep the line break between them (no OCR can lose it)
    text = "\n".join(sim._wrap(["some", "words", *tokens], 16, hyph, record)).replace("-\n", "")
    assert __import__("re").search(r"became\s+calmer,", text)
    assert sum(n for k, n in record.counts.items() if k.startswith("confusion: ")) == 0
    # on one line, they are one token
    assert sim._wrap(["so", *tokens], 16, hyph, ocr_sim.Record()) == ["so becamecalmer,"]
