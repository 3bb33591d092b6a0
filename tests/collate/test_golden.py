"""Golden collations of small fixture witnesses: every unit, its kinds and readings, as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from variorum.collate import collate
from variorum.model import Variorum, WitnessInfo

DATA = Path(__file__).resolve().parent.parent / "data" / "collate"
#: fixture name -> (sigla, base)
CASES = {
    "reworded-split-and-unique-passages": (("A", "B"), "A"),
    "three-witnesses-moved-sentence": (("A", "B", "C"), "A"),
    "four-witnesses-moved-sentence-with-variants-inside": (("A", "B", "C", "D"), "A"),
}


def _collate_case(name: str) -> Variorum:
    sigla, base = CASES[name]
    witnesses = [(WitnessInfo(s, file=f"{name}.{s}.md"), (DATA / f"{name}.{s}.md").read_text("utf-8"))
                 for s in sigla]
    return collate(witnesses, base)


def render_units(v: Variorum) -> str:
    """One line per unit: id, kind, per-witness kinds, link, then each reading as JSON."""
    lines = []
    for u in v.units:
        kinds = ",".join(f"{s}={k}" for s, k in sorted(u.kinds.items())) or "-"
        readings = "\t".join(f"{s}:{json.dumps(u.readings[s], ensure_ascii=False)}" for s in v.sigla)
        lines.append(f"{u.id}\t{u.kind}\t{kinds}\t{u.link or '-'}\t{readings}")
    return "\n".join(lines) + "\n"


def golden_path(name: str) -> Path:
    return DATA / "golden" / f"{name}.units.tsv"


@pytest.mark.parametrize("name", sorted(CASES))
def test_collation_matches_golden(name):
    got = render_units(_collate_case(name))
    want = golden_path(name).read_text("utf-8")
    # compared as lists of lines so pytest shows a readable diff
    assert got.splitlines() == want.splitlines()


def regenerate() -> list[Path]:
    out = []
    for name in sorted(CASES):
        path = golden_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_units(_collate_case(name)), encoding="utf-8")
        out.append(path)
    return out
