"""The misreading filter's habit rule at its worst: what it would change in clean text if a
witness showed every confusion of the tables as a habit.

The rule (misread.context._habitual_misreadings) repairs a real word into one of the commonest
words only for confusions the witness's own repairs show. A clean text shows none, so the
rule cannot fire there; this bench takes that guard away (every confusion counted as a
habit of the witness) and counts what the rule then changes in the clean corpus texts:
every such change would be damage. Writes bench/results/habit_risk.json.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
RESULTS = HERE / "results" / "habit_risk.json"


def main() -> int:
    from variorum.clean import misread
    from variorum.clean.base import CleanContext
    from variorum.fileio import write_atomic

    every = Counter({(read, meant): misread.tables.CONTEXT_EVIDENCE
                     for read, meants in misread.tables.UNKNOWN_READING_CONFUSIONS.items() for meant in meants})
    misread._confusion_habits = lambda flagged: every  # the guard taken away
    files = sorted(CORPORA.glob("*/*.txt"))
    if not files:
        print(f"no corpus at {CORPORA}")
        return 1
    per_text, words, changed = {}, 0, 0
    for path in files:
        text = re.sub(r"\[\[\w+\]\]\n", "", path.read_text(encoding="utf-8"))
        words += len(text.split())
        edits = [e for e in misread.repair_misreadings(text, CleanContext("W", "text"))
                 if e.applied and "repairs read" in e.evidence]
        changed += len(edits)
        per_text[path.name] = sorted(f"{text[e.start:e.end]} -> {e.replacement}" for e in edits)
        print(f"{path.name:>32}: {len(edits)} {per_text[path.name][:6]}")
    share = changed / words if words else 0.0
    print(f"every confusion a habit: {changed} of {words} clean words changed = {share:.4%} "
          f"(the damage budget of issue 3 is 0.05%)")
    write_atomic(RESULTS, json.dumps({"clean_words": words, "changed": changed, "share": round(share, 6),
                                      "per_text": per_text}, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
