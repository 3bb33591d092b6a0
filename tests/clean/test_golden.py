"""Golden test: the sample edition's witnesses cleaned, compared as text with tests/data/clean/golden/."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from variorum import config, pipeline

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "source" / "edition.yaml"
GOLDEN = ROOT / "tests" / "data" / "clean" / "golden"
SIGLA = ("P", "E")


def _cleaned(siglum: str) -> str:
    edition = config.load(EDITION)
    return pipeline.clean_witness(edition, siglum)[1].text


def regenerate() -> list[Path]:
    """Rewrite the golden files from the current code (``python -m tests.regen_golden``)."""
    from variorum.fileio import write_atomic

    GOLDEN.mkdir(parents=True, exist_ok=True)
    out = []
    for siglum in SIGLA:
        path = GOLDEN / f"{siglum}.md"
        write_atomic(path, _cleaned(siglum))
        out.append(path)
    return out


@pytest.mark.parametrize("siglum", SIGLA)
def test_sample_witness_matches_golden(siglum: str) -> None:
    expected = (GOLDEN / f"{siglum}.md").read_text(encoding="utf-8")
    actual = _cleaned(siglum)
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{siglum}.md", tofile=f"cleaned {siglum}", n=1))
        pytest.fail(f"cleaned {siglum} differs from its golden file "
                    f"(regenerate with `.venv/bin/python -m tests.regen_golden` if intended):\n{diff}")
