"""The exports of real collations: Darwin's chapter (two editions) and the sample edition."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.collate.strategies import witness_sets

from variorum import config
from variorum.export.plain import MarkupMap, plain_text
from variorum.export.stats import statistics
from variorum.export.tei import TEI_NS, to_tei, witness_blocks
from variorum.export.tsv import to_tsv, unescape_cell
from variorum.model import Variorum, WitnessInfo


def collated(texts: dict[str, str], base: str | None) -> Variorum:
    from variorum.collate import CollateSettings, collate

    return collate([(WitnessInfo(s), t) for s, t in texts.items()], base, CollateSettings())


def check_all_exports(v: Variorum) -> None:
    tei = to_tei(v, {"title": "t"})
    root = etree.fromstring(tei.encode("utf-8"))
    apps = {a.get("{http://www.w3.org/XML/1998/namespace}id") for a in root.iter(f"{{{TEI_NS}}}app")}
    # an agreement whose characters are markup in one witness and text in another
    # (the space after a list marker) is an <app> too, so that both stay exact
    assert {"app-" + u.id for u in v.variants()} <= apps
    for s in v.sigla:
        expected = [b for _, b in MarkupMap(v.text_of(s)).blocks() if b]
        assert [b for b in witness_blocks(tei, s) if b] == expected, s
    rows = [line.split("\t") for line in to_tsv(v).rstrip("\n").split("\n")]
    assert len(rows) == 1 + sum(1 for _ in v.variants())
    assert {len(r) for r in rows} == {len(rows[0])}
    # each witness's column holds its reading as plain text, read in its own context
    row_of = {r[0]: r for r in rows[1:]}
    for col, s in enumerate([v.base] + [x for x in v.sigla if x != v.base] if v.base else v.sigla):
        mm, pos = MarkupMap(v.text_of(s)), 0
        for u in v.units:
            end = pos + len(u.readings[s])
            if u.id in row_of:
                assert unescape_cell(row_of[u.id][5 + col]) == plain_text(mm.tokens(pos, end))
            pos = end
    stats = json.loads(json.dumps(statistics(v)))
    assert len(stats["pairs"]) == len(v.sigla) * (len(v.sigla) - 1) // 2
    for p in stats["pairs"]:
        assert p["agreement"] is None or 0 <= p["agreement"] <= 1
        assert p["words_a"] == stats["words"][p["a"]]


def test_darwin_two_editions(corpora) -> None:
    from variorum.clean import clean_text
    from variorum.clean.base import CleanContext

    folder = corpora / "darwin-origin-ch1"
    texts = {y: clean_text((folder / f"darwin_origin_ch1_{y}.txt").read_text(encoding="utf-8"),
                           CleanContext(siglum=y, fmt="text")).text for y in ("1859", "1872")}
    check_all_exports(collated(texts, "1859"))
    check_all_exports(collated(texts, None))


@pytest.mark.slow
def test_sample_edition(sample_edition) -> None:
    from variorum import pipeline

    edition = config.load(sample_edition)
    texts = {s: pipeline.clean_witness(edition, s)[1].text for s in edition.sigla}
    check_all_exports(collated(texts, edition.base))


@settings(max_examples=40)
@given(witness_sets(), st.booleans())
def test_exports_of_random_collations(texts: list[str], with_base: bool) -> None:
    sigla = ["A", "1818", "B 2", "Thomas", "E"][:len(texts)]
    v = collated(dict(zip(sigla, texts)), sigla[0] if with_base else None)
    check_all_exports(v)
