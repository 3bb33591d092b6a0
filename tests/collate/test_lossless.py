"""The collation contract: lossless, complete, ordered and independent of witness order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.collate.strategies import witness_sets
from variorum.collate import collate
from variorum.model import UNIT_KINDS, Variorum, WitnessInfo

SIGLA = ("A", "B", "C", "D", "E", "F")


def _collate(texts: list[str], base: str | None, order: list[int] | None = None) -> Variorum:
    order = order or list(range(len(texts)))
    return collate([(WitnessInfo(SIGLA[k]), texts[k]) for k in order], base)


def _check_contract(v: Variorum, texts: list[str]) -> None:
    sigla = SIGLA[:len(texts)]
    for s, text in zip(sigla, texts):
        assert "".join(u.readings[s] for u in v.units) == text
    ids = [u.id for u in v.units]
    assert len(set(ids)) == len(ids)
    for u in v.units:
        assert set(u.readings) == set(sigla)
        assert u.kind in UNIT_KINDS
        assert all(k in UNIT_KINDS for k in u.kinds.values())
        assert any(r for r in u.readings.values())
        if u.kind == "agreement":
            assert len(set(u.readings.values())) == 1
        else:
            assert len(set(u.readings.values())) > 1
        if u.link is not None:
            # every piece of a move's end links to the first piece of the other end, and
            # the two first pieces link to each other
            by_id = {x.id: x for x in v.units}
            first = by_id[u.link]
            assert first.link is not None and by_id[first.link].link == first.id
            assert "transposition" in (u.kind, *u.kinds.values())


@given(witness_sets(2, 6), st.booleans())
def test_every_witness_is_rebuilt_exactly_from_its_readings(texts, with_base):
    v = _collate(texts, "A" if with_base else None)
    _check_contract(v, texts)


@given(witness_sets(2, 5), st.booleans(), st.randoms(use_true_random=False))
def test_variants_do_not_depend_on_witness_order(texts, with_base, rnd):
    base = "B" if with_base else None
    order = list(range(len(texts)))
    rnd.shuffle(order)
    first = _collate(texts, base)
    second = _collate(texts, base, order)
    _check_contract(second, texts)
    assert _variant_pairs(first) == _variant_pairs(second)
    assert [(u.kind, sorted(u.readings.items()), sorted(u.kinds.items()), u.link)
            for u in first.units] == \
           [(u.kind, sorted(u.readings.items()), sorted(u.kinds.items()), u.link)
            for u in second.units]


def _variant_pairs(v: Variorum) -> set[tuple[str, str, int, str, str]]:
    """Per pair of witnesses: where they differ (offset in the first) and the two readings."""
    out = set()
    pos = {s: 0 for s in v.sigla}
    for u in v.units:
        for x in v.sigla:
            for y in v.sigla:
                if x < y and u.readings[x] != u.readings[y]:
                    out.add((x, y, pos[x], u.readings[x], u.readings[y]))
        for s in v.sigla:
            pos[s] += len(u.readings[s])
    return out


@given(witness_sets(1, 1))
def test_a_single_witness_is_all_agreement(texts):
    v = _collate(texts, "A")
    _check_contract(v, texts)
    assert all(u.kind == "agreement" for u in v.units)


def test_empty_and_blank_witnesses():
    for texts in (["", ""], ["", "a b"], ["a b", ""], [" ", "\n\n"], ["\n\n# x", ""]):
        _check_contract(_collate(texts, "A"), texts)
        _check_contract(_collate(texts, None), texts)
