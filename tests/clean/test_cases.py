"""One fixture per edge case: tests/data/clean/cases/<filter>--<case>.<format>.in -> <filter>--<case>.out.md."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from variorum.clean import CleanContext, clean_text

CASES = Path(__file__).resolve().parents[1] / "data" / "clean" / "cases"
INPUTS = sorted(CASES.glob("*.in"))


def _case(path: Path) -> tuple[str, Path]:
    stem, fmt = path.name[: -len(".in")].rsplit(".", 1)
    return fmt, CASES / f"{stem}.out.md"


def test_every_case_has_an_expected_output() -> None:
    assert INPUTS, f"no cases in {CASES}"
    for path in INPUTS:
        fmt, expected = _case(path)
        assert fmt in ("text", "markdown"), path.name
        assert expected.exists(), f"{path.name} has no {expected.name}"


@pytest.mark.parametrize("path", INPUTS, ids=[p.name[: -len(".in")] for p in INPUTS])
def test_case(path: Path) -> None:
    fmt, expected_path = _case(path)
    raw = path.read_text(encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    actual = clean_text(raw, CleanContext("X", fmt)).text
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            fromfile=expected_path.name, tofile="cleaned"))
        pytest.fail(f"{path.name} cleaned differently:\n{diff}")
    # the output, a Markdown witness in its turn, is clean: a second cleaning changes nothing
    again = clean_text(actual, CleanContext("X", "markdown")).text
    if again != actual:
        diff = "".join(difflib.unified_diff(actual.splitlines(True), again.splitlines(True),
                                            fromfile="cleaned", tofile="cleaned again"))
        pytest.fail(f"{path.name} changed on a second cleaning:\n{diff}")
