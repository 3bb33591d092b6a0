"""TSV apparatus: one row per variant, one column per witness, escapes that round-trip."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.export.strategies import variorums
from variorum.export.tsv import escape_cell, to_tsv, unescape_cell
from variorum.model import Unit, Variorum, WitnessInfo

DATA = Path(__file__).resolve().parent.parent / "data" / "export"


def load(name: str) -> Variorum:
    return Variorum.loads((DATA / name).read_text(encoding="utf-8"))


def rows(tsv: str) -> list[list[str]]:
    assert tsv.endswith("\n")
    return [line.split("\t") for line in tsv[:-1].split("\n")]


def test_one_row_per_variant_and_a_header() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    table = rows(to_tsv(v))
    assert table[0] == ["id", "kind", "block", "sentence", "word", "1818 (base)", "1831", "Thomas",
                        "variants", "witness kinds", "link"]
    assert [r[0] for r in table[1:]] == [u.id for u in v.variants()]
    assert {len(r) for r in table} == {len(table[0])}


def test_readings_are_plain_text_with_escaped_breaks() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    by_id = {r[0]: r for r in rows(to_tsv(v))[1:]}
    assert by_id["u2"][5:9] == ["rejoice", "be glad", "rejoice", "1831: be glad"]
    assert by_id["u17"][6] == "" and by_id["u17"][8] == "1831: ∅"
    assert unescape_cell(by_id["u15"][5]) == "that ends in one way.\n\nAnd goes on in another paragraph."
    assert by_id["u15"][6] == "which the later edition rewrote entirely, with <angle> & #hash."
    assert by_id["u15"][9] == "1831: rewrite; Thomas: substantive"
    assert (by_id["u10"][10], by_id["u12"][10]) == ("u12", "u10")
    # the addition is a heading and a list in 1831: markers gone, blocks kept
    assert unescape_cell(by_id["u6"][6]).startswith("A new introduction\n\nThe publishers")


def test_locations_count_blocks_sentences_and_words_of_the_base() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    by_id = {r[0]: r[2:5] for r in rows(to_tsv(v))[1:]}
    assert by_id["u2"] == ["4", "1", "3"]  # "You will |rejoice" in block 4
    assert by_id["u17"] == ["12", "1", "7"]  # after "How slowly the time passes here"
    assert by_id["u12"] == ["8", "2", "4"]  # after "Second sentence stays."


def test_without_base_locations_follow_the_first_witness_and_all_readings_are_listed() -> None:
    v = dataclasses.replace(load("all_kinds_sigla_not_ncnames.json"), base=None)
    table = rows(to_tsv(v))
    assert table[0][5:8] == ["1818", "1831", "Thomas"]
    u2 = next(r for r in table if r[0] == "u2")
    assert u2[8] == "1818, Thomas: rejoice | 1831: be glad"


def test_tabs_newlines_and_backslashes_cannot_break_the_table() -> None:
    text = "a\tb\\c\rd"
    v = Variorum((WitnessInfo("A"), WitnessInfo("B\t2")), "A", (
        Unit("u1", "substantive", {"A": text, "B\t2": "x\\\ny"}),
        Unit("u2", "agreement", {"A": "\n", "B\t2": "\n"})))
    table = rows(to_tsv(v))
    assert {len(r) for r in table} == {len(table[0])}
    assert unescape_cell(table[0][6]) == "B\t2"
    assert unescape_cell(table[1][5]) == text
    assert unescape_cell(table[1][6]) == "x\ny"  # a hard line break is a newline


def test_agreement_only_variorum_has_only_the_header() -> None:
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", (
        Unit("u1", "agreement", {"A": "same", "B": "same"}),))
    assert to_tsv(v).count("\n") == 1


@given(st.text())
def test_cell_escapes_round_trip(text: str) -> None:
    cell = escape_cell(text)
    assert "\t" not in cell and "\n" not in cell and "\r" not in cell
    assert unescape_cell(cell) == text


@given(variorums())
def test_random_variorums_give_one_well_formed_row_per_variant(v) -> None:
    tsv = to_tsv(v)
    assert tsv == to_tsv(Variorum.loads(v.dumps()))
    table = rows(tsv)
    assert {len(r) for r in table} == {5 + len(v.sigla) + 3}
    expected = [u.id for u in v.units if u.kind != "agreement" or len(set(u.readings.values())) > 1]
    assert [r[0] for r in table[1:]] == expected
    for r in table[1:]:
        assert all(int(x) >= 1 for x in r[2:5])
