"""The variorum model: JSON round trip, the shipped schema, lossless reconstruction."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from variorum.model import UNIT_KINDS, Unit, Variorum, WitnessInfo


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


def test_text_of_unknown_siglum() -> None:
    v = Variorum(witnesses=(WitnessInfo("A"),), base="A", units=())
    with pytest.raises(KeyError):
        v.text_of("B")
