"""The variorum model: JSON round trip, the shipped schema, lossless reconstruction."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from variorum.model import UNIT_KINDS, Emendation, Unit, Variorum, WitnessInfo, json_text


def schema() -> dict:
    return json.loads(resources.files("variorum").joinpath("schema/variorum.schema.json").read_text())


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_schema_kinds_match_the_model() -> None:
    assert tuple(schema()["$defs"]["kind"]["enum"]) == UNIT_KINDS


sigla = st.lists(st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=6),
                 min_size=1, max_size=5, unique=True)
# text with the characters that must survive every stage verbatim
texts = st.text(alphabet=st.sampled_from(list("ab \n<&$*_#\\'\"é—")), max_size=12)


@st.composite
def variorums(draw) -> Variorum:
    names = draw(sigla)
    n_units = draw(st.integers(0, 12))
    units = []
    for i in range(n_units):
        readings = {s: draw(texts) for s in names}
        kind = "agreement" if len(set(readings.values())) == 1 else draw(st.sampled_from(UNIT_KINDS[1:]))
        units.append(Unit(id=f"u{i + 1}", kind=kind, readings=readings))
    base = draw(st.sampled_from([None, *names]))
    return Variorum(witnesses=tuple(WitnessInfo(siglum=s) for s in names), base=base,
                    units=tuple(units), metadata={"title": "t"})


@given(variorums())
def test_json_round_trip_is_exact_and_valid(v: Variorum) -> None:
    text = v.dumps()
    jsonschema.validate(json.loads(text), schema())
    again = Variorum.loads(text)
    assert again == v
    assert again.dumps() == text
    for s in v.sigla:
        assert again.text_of(s) == "".join(u.readings[s] for u in v.units)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12)


@given(json_values)
def test_json_text_reads_back_as_the_same_value(value) -> None:
    assert json.loads(json_text(value)) == value


def test_json_text_puts_each_unit_on_a_line_of_its_own() -> None:
    units = tuple(Unit(id=f"u{i}", kind="agreement", readings={"A": "a\nb <&"}) for i in range(3))
    text = Variorum(witnesses=(WitnessInfo("A"),), base="A", units=units).dumps()
    assert [line.strip().rstrip(",") for line in text.splitlines() if '"id": "u' in line] == [
        json.dumps(u.to_json(), ensure_ascii=False) for u in units]


def test_an_emendation_s_json_has_its_fields_in_order() -> None:
    e = Emendation("W-r-1-1", "W", 1, 1, 0, "tbe", "the", "r", "why", 0.9, "suggested")
    assert list(e.to_json().items()) == [
        ("id", "W-r-1-1"), ("witness", "W"), ("line", 1), ("column", 1), ("offset", 0), ("before", "tbe"),
        ("after", "the"), ("rule", "r"), ("evidence", "why"), ("confidence", 0.9), ("status", "suggested")]
    assert Emendation.from_json(e.to_json()) == e


def test_text_of_unknown_siglum() -> None:
    v = Variorum(witnesses=(WitnessInfo("A"),), base="A", units=())
    with pytest.raises(KeyError):
        v.text_of("B")
