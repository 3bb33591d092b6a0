"""The chain: applying edits with offset maps, raw positions, review decisions, stable ids."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, Edit, apply_edits, clean_text, registry
from variorum.clean.base import make_edit
from variorum.clean.chain import (FilterSpec, _map_ascending, _map_each, _map_sorted, _ordered_at_ties, _record_fields,
                                  run_chain)
from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.model import Emendation


def test_apply_edits_replaces_and_maps_back() -> None:
    text = "abcdefghij"
    new, m = apply_edits(text, [Edit(7, 8, "HH", "r"), Edit(2, 4, "", "r"), Edit(5, 5, "+", "r")])
    assert new == "abe+fgHHij"
    # a copied character maps to its twin, a replaced one into the span it replaced
    assert [text[m.to_old(i)] for i in (0, 1, 2, 4, 5, 8, 9)] == ["a", "b", "e", "f", "g", "i", "j"]
    assert m.to_old(new.index("HH")) == 7


def test_apply_edits_refuses_overlaps() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(1, 4, "x", "r"), Edit(3, 5, "y", "r")])


def test_apply_edits_keeps_order_of_insertions_at_one_place() -> None:
    new, _ = apply_edits("ab", [Edit(1, 1, "X", "r"), Edit(1, 1, "Y", "r")])
    assert new == "aXYb"


def _upper_filter(word: str, rule: str = "upper", applied: bool = True, confidence: float = 1.0):
    def run(text: str, ctx: CleanContext) -> list[Edit]:
        i = text.find(word)
        return [] if i < 0 else [Edit(i, i + len(word), word.upper(), rule, "test", confidence, applied)]
    return run


def test_emendations_locate_the_raw_file_through_every_filter() -> None:
    raw = "first line\nsecond  line has target here\n"
    specs = [FilterSpec("drop-first", lambda t, c: [Edit(0, 11, "", "drop")] if t.startswith("first") else []),
             FilterSpec("upper", _upper_filter("target"))]
    result = run_chain(raw, CleanContext("W", "text"), specs)
    em = next(e for e in result.emendations if e.rule == "upper")
    assert (em.line, em.column) == (2, raw.split("\n")[1].index("target") + 1)
    assert raw[em.offset:em.offset + len("target")] == "target"
    assert em.id == f"W-upper-2-{em.column}"
    assert "TARGET" in result.text


def test_low_confidence_and_unapplied_edits_are_suggestions_that_change_nothing() -> None:
    raw = "one target and other words\n"
    specs = [FilterSpec("a", _upper_filter("target", confidence=0.5)),
             FilterSpec("b", _upper_filter("other", rule="other", applied=False))]
    result = run_chain(raw, CleanContext("W", "text"), specs)
    assert result.text == raw
    assert {e.status for e in result.emendations} == {"suggested"}


def test_review_rejects_by_rule_and_accepts_by_id() -> None:
    raw = "one target and other words\n"
    specs = [FilterSpec("a", _upper_filter("target")),
             FilterSpec("b", _upper_filter("other", rule="other", applied=False))]
    plain = run_chain(raw, CleanContext("W", "text"), specs)
    other_id = next(e.id for e in plain.emendations if e.rule == "other")
    review = ReviewSettings(reject_rules=["upper"], accept=[other_id])
    result = run_chain(raw, CleanContext("W", "text", review=review), specs)
    assert result.text == "one target and OTHER words\n"
    status = {e.rule: e.status for e in result.emendations}
    assert status == {"upper": "rejected", "other": "applied"}


def test_disabled_filters_do_not_run() -> None:
    raw = "a line\nwrapped here.\n"
    on = clean_text(raw, CleanContext("W", "text"))
    off = clean_text(raw, CleanContext("W", "text", settings=CleanSettings(disable=["linejoin"])))
    assert on.text == "a line wrapped here.\n"
    assert off.text == "a line  \nwrapped here.\n"  # (its line kept: written as a hard break)


def test_registry_order_encoding_first_misread_after_linejoin() -> None:
    ids = [s.id for s in registry()]
    assert len(ids) == len(set(ids))
    if "encoding" in ids:
        assert ids[0] == "encoding"
    if "misread" in ids:
        assert ids.index("misread") > ids.index("linejoin")
    assert ids.index("furniture") < ids.index("blank-lines") < ids.index("linejoin")


def test_ids_are_stable_across_runs_and_unique() -> None:
    raw = "The govern-\nment and the govern-\nment again.\n\nNext para-\ngraph.\n"
    a = clean_text(raw, CleanContext("W", "text"))
    b = clean_text(raw, CleanContext("W", "text"))
    assert a == b
    ids = [e.id for e in a.emendations]
    assert len(ids) == len(set(ids))


def test_editor_can_choose_the_other_reading_of_one_place() -> None:
    # "govern\nment": joined (lost hyphen) or a space; rejecting the join gives the space
    raw = "The govern\nment decided.\n"
    settings = CleanSettings(disable=["misread"])  # its split-word rule would join them again
    joined = clean_text(raw, CleanContext("W", "text", settings=settings))
    assert joined.text == "The government decided.\n"
    join_id = next(e.id for e in joined.emendations if e.rule == "join-lost-hyphen")
    apart = clean_text(raw, CleanContext("W", "text", settings=settings, review=ReviewSettings(reject=[join_id])))
    assert apart.text == "The govern ment decided.\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc", max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4), st.text(alphabet="XY", max_size=5)), max_size=8),
       st.lists(st.integers(0, 40), max_size=60))
def test_mapping_sorted_positions_segment_by_segment_is_to_old(text, spans, positions) -> None:
    edits, end = [], 0
    for start, length, repl in sorted(spans):
        start = max(start, end)
        if start + length <= len(text):
            edits.append(Edit(start, start + length, repl, "r"))
            end = start + length
    new, m = apply_edits(text, edits)
    positions = sorted(positions)
    expected = [m.to_old(p) for p in positions]
    assert _map_sorted(positions, m) == expected
    assert _map_each(positions, m) == expected
    assert _map_ascending(positions, m) == expected


def test_records_filled_at_once_are_the_dataclass_records() -> None:
    # _decide_all fills Emendation's instance dict directly: valid only for these fields,
    # no slots, no __post_init__
    assert tuple(f.name for f in dataclasses.fields(Emendation)) == _record_fields
    assert not hasattr(Emendation, "__post_init__") and "__slots__" not in vars(Emendation)
    result = clean_text("A line of text\nwith a hyphen-\nated word\n", CleanContext("W", "text"))
    assert result.emendations
    for e in result.emendations:
        assert e == Emendation(*(getattr(e, f) for f in _record_fields))
        assert vars(e) == vars(Emendation(*(getattr(e, f) for f in _record_fields)))
        with pytest.raises(dataclasses.FrozenInstanceError):
            e.line = 0  # type: ignore[misc]


def test_make_edit_is_the_dataclass_edit() -> None:
    assert not hasattr(Edit, "__post_init__") and "__slots__" not in vars(Edit)
    made = make_edit(3, 5, " ", "reflow", "why", 0.5, False)
    plain = Edit(3, 5, " ", "reflow", "why", 0.5, False)
    assert made == plain and vars(made) == vars(plain) and repr(made) == repr(plain)
    assert make_edit(1, 2, "", "r") == Edit(1, 2, "", "r")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=12))
def test_edits_are_in_order_where_their_start_end_pairs_never_fall(spans: list) -> None:
    starts, ends = [a for a, _ in spans], [a + n for a, n in spans]
    keys = list(zip(starts, ends))
    assert _ordered_at_ties(starts, ends) == all(a <= b for a, b in zip(keys, keys[1:]))
