"""Golden files of the exports for one fixture with every kind: TEI, TSV and statistics."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

from variorum.export.stats import statistics
from variorum.export.tei import to_tei
from variorum.export.tsv import to_tsv
from variorum.model import Variorum

DATA = Path(__file__).resolve().parent.parent / "data" / "export"
FIXTURE = DATA / "all_kinds_sigla_not_ncnames.json"
META = {"title": "Frankenstein & <Others>", "authors": ["Mary Shelley"], "editor": "An Editor",
        "language": "en", "licence": "CC BY-NC-SA 4.0", "date": "2026"}


def outputs() -> dict[Path, str]:
    v = Variorum.loads(FIXTURE.read_text(encoding="utf-8"))
    stem = FIXTURE.with_suffix("")
    return {
        stem.with_suffix(".tei.xml"): to_tei(v, META),
        stem.with_suffix(".tsv"): to_tsv(v),
        stem.with_suffix(".stats.json"): json.dumps(statistics(v), ensure_ascii=False, indent=1) + "\n",
    }


def regenerate() -> list[Path]:
    written = []
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def test_exports_match_their_golden_files() -> None:
    for path, text in outputs().items():
        expected = path.read_text(encoding="utf-8")
        if text != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                str(path), "now"))
            raise AssertionError(f"{path.name} differs from its golden file "
                                 f"(make golden, then review):\n{diff}")
