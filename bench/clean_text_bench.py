"""The misreading filter on clean text: what it applies to the corpus texts, which no OCR touched.

Every corpus text (../shared/corpora, their [[markers]] taken out) goes through the
misreading filter alone, as a witness with no other witness. Each applied repair is listed:
in clean text, every one should be a slip of the source itself (``t hat``), and any other is
damage to an author's text. Writes bench/results/clean_text_bench.json.
Run: ``.venv/bin/python bench/clean_text_bench.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
RESULTS = HERE / "results" / "clean_text_bench.json"


def main() -> int:
    from variorum.clean import misread
    from variorum.clean.base import CleanContext
    from variorum.fileio import write_atomic

    files = sorted(CORPORA.glob("*/*.txt"))
    if not files:
        print(f"no corpus at {CORPORA}")
        return 1
    per_text, words = {}, 0
    for path in files:
        text = re.sub(r"\[\[\w+\]\]\n", "", path.read_text(encoding="utf-8"))
        words += len(text.split())
        edits = [e for e in misread.repair_misreadings(text, CleanContext("W", "text")) if e.applied]
        per_text[path.name] = sorted(f"{e.rule}: {text[e.start:e.end]!r} -> {e.replacement!r} in "
                                     f"{' '.join(text[max(0, e.start - 15):e.end + 15].split())!r}" for e in edits)
        print(f"{path.name:>32}: {len(edits)} {per_text[path.name]}")
    applied = sum(map(len, per_text.values()))
    print(f"{applied} repairs applied in {words} clean words (each should be a slip of the source)")
    write_atomic(RESULTS, json.dumps({"words": words, "applied": applied, "per_text": per_text},
                                     indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
