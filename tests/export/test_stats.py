"""Statistics: pairwise agreement and counts per kind, overall and per section."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.export.strategies import variorums
from variorum.export.stats import count_words, statistics
from variorum.model import VARIANT_KINDS, Unit, Variorum, WitnessInfo

DATA = Path(__file__).resolve().parent.parent / "data" / "export"


def two(units: list[tuple[str, str, str]], base: str | None = "A") -> Variorum:
    return Variorum((WitnessInfo("A"), WitnessInfo("B")), base, tuple(
        Unit(f"u{i}", kind, {"A": a, "B": b}) for i, (kind, a, b) in enumerate(units)))


def test_share_of_agreeing_words_and_counts_by_kind() -> None:
    v = two([("agreement", "one two three ", "one two three "),
             ("substantive", "four", "five six"),
             ("agreement", " seven", " seven"),
             ("punctuation", ".", ";")])
    stats = statistics(v)
    assert stats["words"] == {"A": 5, "B": 6}
    (pair,) = stats["pairs"]
    assert (pair["a"], pair["b"], pair["agreeing_words"]) == ("A", "B", 4)
    assert pair["agreement"] == round(2 * 4 / 11, 6)
    assert pair["variants"] == 2
    assert pair["kinds"] == {**dict.fromkeys(VARIANT_KINDS, 0), "substantive": 1, "punctuation": 1}
    assert len(stats["sections"]) == 1 and stats["sections"][0]["pairs"] == stats["pairs"]


def test_sections_follow_the_level_one_headings_of_the_base() -> None:
    v = two([("agreement", "Front matter.\n\n# One\n\nAlpha ", "Front matter.\n\n# One\n\nAlpha "),
             ("substantive", "beta", "gamma"),
             ("agreement", ".\n\n## Sub\n\nDelta.\n\n# Two \\& more\n\nEpsilon ",
              ".\n\n## Sub\n\nDelta.\n\n# Two \\& more\n\nEpsilon "),
             ("omission", "zeta", "")])
    stats = statistics(v)
    assert [(s["n"], s["title"]) for s in stats["sections"]] == [(1, ""), (2, "One"), (3, "Two & more")]
    front, one, two_ = (s["pairs"][0] for s in stats["sections"])
    assert (front["agreeing_words"], front["variants"]) == (2, 0)
    assert (one["agreeing_words"], one["kinds"]["substantive"]) == (4, 1)  # One Alpha Sub Delta
    assert (two_["agreeing_words"], two_["kinds"]["omission"]) == (3, 1)  # Two more Epsilon
    assert sum(s["words"]["A"] for s in stats["sections"]) == stats["words"]["A"]


def test_per_witness_kinds_describe_the_witness_that_departs_from_the_base() -> None:
    v = Variorum((WitnessInfo("A"), WitnessInfo("B"), WitnessInfo("C")), "A", (
        Unit("u1", "rewrite", {"A": "x y", "B": "p q r", "C": "x y z"},
             {"B": "rewrite", "C": "addition"}),))
    kinds = {(p["a"], p["b"]): {k for k, n in p["kinds"].items() if n} for p in statistics(v)["pairs"]}
    assert kinds == {("A", "B"): {"rewrite"}, ("A", "C"): {"addition"}, ("B", "C"): {"rewrite"}}


def test_fixture_statistics_are_json_and_deterministic() -> None:
    v = Variorum.loads((DATA / "all_kinds_sigla_not_ncnames.json").read_text(encoding="utf-8"))
    once = json.dumps(statistics(v), sort_keys=False)
    assert once == json.dumps(statistics(Variorum.loads(v.dumps())), sort_keys=False)
    stats = json.loads(once)
    assert [(p["a"], p["b"]) for p in stats["pairs"]] == [("1818", "1831"), ("1818", "Thomas"),
                                                          ("1831", "Thomas")]
    assert [s["title"] for s in stats["sections"]] == ["Letter 1", "Letter 2"]
    no_base = statistics(dataclasses.replace(v, base=None))
    assert no_base["base"] is None and len(no_base["pairs"]) == 3


def test_words_ignore_markup_and_escapes() -> None:
    assert count_words("# Title \\$5 \\* and x\\_y -- it's") == 5  # Title 5 and x_y it's


@given(st.lists(st.tuples(st.sampled_from(["agreement", "substantive", "omission"]),
                          st.sampled_from(["", "a b", "# h\n\n", "c.", "\n\n"]),
                          st.sampled_from(["", "a b", "d", "c."])), max_size=8))
def test_statistics_are_consistent_for_random_units(units: list[tuple[str, str, str]]) -> None:
    units = [(k, a, a if k == "agreement" else b) for k, a, b in units]
    stats = statistics(two(units))
    (pair,) = stats["pairs"]
    assert pair["agreement"] is None or 0.0 <= pair["agreement"] <= 1.0
    assert (pair["agreement"] is None) == (stats["words"]["A"] + stats["words"]["B"] == 0)
    assert pair["variants"] == sum(1 for _, a, b in units if a != b)
    assert sum(s["pairs"][0]["agreeing_words"] for s in stats["sections"]) == pair["agreeing_words"]
    assert sum(s["words"]["B"] for s in stats["sections"]) == stats["words"]["B"]


def test_an_omission_across_a_heading_counts_in_both_sections() -> None:
    v = two([("agreement", "# One\n\nAlpha beta.\n\n", "# One\n\nAlpha beta.\n\n"),
             ("omission", "# Notes\n\nGamma.\n\n# References\n\nDelta epsilon.", "")])
    sections = statistics(v)["sections"]
    assert [s["title"] for s in sections] == ["One", "Notes", "References"]
    assert [s["words"] for s in sections] == [{"A": 3, "B": 3}, {"A": 2, "B": 0}, {"A": 3, "B": 0}]
    assert [s["pairs"][0]["kinds"]["omission"] for s in sections] == [0, 1, 1]
    assert sections[2]["pairs"][0]["agreement"] == 0.0


def test_agreement_is_null_where_neither_witness_has_a_word() -> None:
    v = two([("agreement", "# \\*\n\n", "# \\*\n\n")])
    assert statistics(v)["pairs"][0]["agreement"] is None


@given(variorums())
def test_random_variorums_give_json_statistics_for_every_pair(v) -> None:
    stats = statistics(v)
    assert json.loads(json.dumps(stats)) == stats
    n = len(v.sigla)
    assert len(stats["pairs"]) == n * (n - 1) // 2
    for section in stats["sections"]:
        assert len(section["pairs"]) == len(stats["pairs"])
    for s in v.sigla:
        assert sum(x["words"][s] for x in stats["sections"]) == stats["words"][s]
