"""Stray digits before defined abbreviations, on texts the cleanup was not written for."""

from __future__ import annotations

import argparse
import glob
import json
import re
import runpy
import sys
import sysconfig
from pathlib import Path

from variorum.clean import misread
from variorum.clean.base import CleanContext

RESULTS = Path(__file__).parent / "results" / "abbreviation_bench.json"
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{2,7})\)")


def texts() -> dict[str, str]:
    """Modern English with abbreviations: the system's licences, Debian copyright files,
    Python's own documentation topics."""
    out = {}
    for p in sorted(glob.glob("/usr/share/common-licenses/*")) + sorted(glob.glob("/usr/share/doc/*/copyright")):
        try:
            out[p] = Path(p).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    topics = Path(sysconfig.get_paths()["stdlib"]) / "pydoc_data" / "topics.py"
    if topics.exists():
        t = runpy.run_path(str(topics))["topics"]
        out["pydoc topics"] = "\n\n".join(t[k] for k in sorted(t))
    return out


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__).parse_args(argv)
    ctx = CleanContext("W", "text")
    sites = repaired = suggested = untouched_changed = 0
    for name, text in texts().items():
        before = {(e.start, e.end, e.replacement) for e in misread.repair_misreadings(text, ctx) if e.applied}
        for m in _BRACKETED.finditer(text):
            # each bracketed abbreviation given a stray '1', alone in a copy of its text
            spoiled = text[:m.start(1)] + "1" + text[m.start(1):]
            edits = [e for e in misread.repair_misreadings(spoiled[max(0, m.start() - 400):m.end() + 200], ctx)
                     if spoiled[max(0, m.start() - 400):][e.start:e.end] == "1" + m.group(1)]
            sites += 1
            if any(e.applied and e.replacement == m.group(1) for e in edits):
                repaired += 1
            elif edits:
                suggested += 1
        untouched_changed += sum(1 for s, e, r in before if "(" == text[s - 1:s] and text[s:s + 1].isdigit())
    result = {"bracketed_abbreviations": sites, "stray_digit_repaired": repaired,
              "stray_digit_suggested": suggested, "left": sites - repaired - suggested,
              "real_digit_abbreviations_changed": untouched_changed}
    print(json.dumps(result, indent=2))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
