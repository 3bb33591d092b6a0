"""TEI export of each witness's original pagination: <pb/> where the page began, in the right reading."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.export.strategies import variorums
from tests.export.test_tei import check_structure, expected_blocks, rebuilt_blocks
from tests.pages import with_random_pages
from variorum.export.tei import TEI_NS, to_tei
from variorum.model import PAGEBREAKS, Unit, Variorum, WitnessInfo

NS = {"t": TEI_NS}


def _variorum(pages: dict[str, list[tuple[str, int]]]) -> Variorum:
    units = (
        Unit("u1", "agreement", {"A": "# Title\n\nOne two ", "B": "# Title\n\nOne two ", "C": "# Title\n\nOne two "}),
        Unit("u2", "substantive", {"A": "three", "B": "four", "C": "four"}),
        Unit("u3", "agreement", {"A": " five.\n\n- Six", "B": " five.\n\n- Six", "C": " five.\n\n- Six"}),
        Unit("u4", "omission", {"A": " and \\$7", "B": "", "C": " and \\$7"}),
        Unit("u5", "agreement", {"A": ".\n", "B": ".\n", "C": ".\n"}),
    )
    meta = {PAGEBREAKS: {s: [{"page": p, "offset": o} for p, o in breaks] for s, breaks in pages.items()}}
    return Variorum(tuple(WitnessInfo(s) for s in "ABC"), "A", units, meta)


def _body(tei: str) -> str:
    return tei[tei.index("<body>"):tei.index("</body>")]


def test_a_break_where_witnesses_agree_is_in_the_running_text() -> None:
    v = _variorum({"B": [("12", len("# Title\n\nOne "))]})
    body = _body(to_tei(v))
    assert '<p>One <pb n="12" ed="B" edRef="#wit-B"/>two <app' in body


def test_a_break_inside_a_variant_goes_into_its_witness_reading() -> None:
    at_three = len("# Title\n\nOne two ")
    v = _variorum({"A": [("3", at_three)], "B": [("iv", at_three)]})
    body = _body(to_tei(v))
    assert '<lem wit="#wit-A"><pb n="3" ed="A" edRef="#wit-A"/>three</lem>' in body
    # B and C share one reading; the page is B's alone, and says so
    assert '<rdg wit="#wit-B #wit-C"><pb n="iv" ed="B" edRef="#wit-B"/>four</rdg>' in body


def test_a_break_at_a_block_start_is_inside_the_block_after_its_marker() -> None:
    text = "# Title\n\nOne two three five.\n\n- Six and \\$7.\n"
    v = _variorum({"A": [("1", 0), ("2", text.index("- Six")), ("3", text.index("\\$7"))]})
    body = _body(to_tei(v))
    assert '<head><pb n="1" ed="A" edRef="#wit-A"/>Title</head>' in body
    assert '<item><pb n="2" ed="A" edRef="#wit-A"/>Six<app' in body
    # the escape is undone; the page is before the word it begins with
    assert '<lem wit="#wit-A #wit-C"> and <pb n="3" ed="A" edRef="#wit-A"/>$7</lem>' in body


def test_a_break_at_the_end_of_the_text_and_an_unnumbered_page() -> None:
    text_b = "# Title\n\nOne two four five.\n\n- Six.\n"
    v = _variorum({"B": [("", len(text_b))]})
    body = _body(to_tei(v))
    assert '<pb ed="B" edRef="#wit-B"/>' in body and body.count("<pb") == 1


def test_pages_change_no_witness_text_and_nothing_else_of_the_tei() -> None:
    without = _variorum({})
    with_pages = _variorum({"A": [("1", 0), ("2", 14)], "B": [("5", 13), ("6", 24)], "C": [("7", 30)]})
    tei = to_tei(with_pages)
    assert re.sub(r"<pb [^>]*/>", "", tei) == to_tei(without)
    check_structure(with_pages, tei)
    for s in with_pages.sigla:
        assert rebuilt_blocks(tei, s) == expected_blocks(with_pages, s)
    assert to_tei(with_pages) == tei


@settings(max_examples=60, deadline=None)
@given(variorums(), st.data())
def test_random_pages_are_all_written_and_cost_no_text(v: Variorum, data: st.DataObject) -> None:
    v = with_random_pages(v, data, at_end=True)
    pages = v.metadata[PAGEBREAKS]
    tei = to_tei(v)
    root = check_structure(v, tei)
    written = root.findall(".//t:pb", NS)
    assert len(written) == sum(len(p) for p in pages.values())
    for s in v.sigla:
        assert rebuilt_blocks(tei, s) == expected_blocks(v, s)
        # a witness's pages in order, each in a place that witness reads
        mine = [pb.get("n") for pb in written if pb.get("ed") == s]
        assert mine == [p["page"] for p in pages.get(s, [])]
    for pb in written:
        rdg = next((a for a in pb.iterancestors() if etree.QName(a).localname in ("lem", "rdg")), None)
        if rdg is not None:
            assert pb.get("edRef") in rdg.get("wit").split()
