"""docs/settings.md is the reference of every edition.yaml setting, generated from the code."""

from __future__ import annotations

import difflib
from pathlib import Path

from variorum.config import reference_markdown
from variorum.fileio import write_atomic

GOLDEN = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


def regenerate() -> list[Path]:
    write_atomic(GOLDEN, reference_markdown())
    return [GOLDEN]


def test_settings_reference_is_current() -> None:
    expected = GOLDEN.read_text(encoding="utf-8")
    actual = reference_markdown()
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "docs/settings.md", "generated"))
    assert not diff, "docs/settings.md is out of date; run 'make golden'\n" + diff


def test_every_setting_is_explained() -> None:
    missing = [line for line in reference_markdown().splitlines()
               if line.startswith("| `") and line.rstrip().endswith("|  |")]
    assert not missing, "settings without a '#:' comment:\n" + "\n".join(missing)


def test_every_rule_the_sample_edition_s_emendations_carry_is_in_the_reference(sample_edition) -> None:
    from variorum import config, pipeline

    edition = config.load(sample_edition)
    rules = {e.rule for s in edition.sigla for e in pipeline.clean_witness(edition, s)[1].emendations}
    reference = reference_markdown()
    assert len(rules) > 10
    assert [r for r in sorted(rules) if f"`{r}`" not in reference] == []
