"""Stray digits before defined abbreviations, on texts the cleanup was not written for.

Every abbreviation in capitals and in brackets of modern English texts the machine holds
(its licences, Debian's copyright files, Python's documentation topics) is given a stray
leading '1' in a copy of its passage (the 400 characters before it, 200 after: the rule
reads only the sentence before the bracket), and the misreading filter is asked about the
passage. Sites are split by whether the words before the bracket define the abbreviation
(misread.places.abbreviation_long_form on the unspoilt text): the defined ones should be repaired, the others
left a suggestion at most. The inputs differ from machine to machine: their number and a
digest of their names and sizes are written with the figures.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
import runpy
import sys
import sysconfig
from pathlib import Path

from variorum.clean import misread
from variorum.clean.base import CleanContext

RESULTS = Path(__file__).parent / "results" / "abbreviation_bench.json"
#: an abbreviation: three to eight capitals in brackets
_BRACKETED = re.compile(r"\(([A-Z]{3,8})\)")
BEFORE, AFTER = 400, 200


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


def spoilt_site(text: str, m: re.Match, ctx: CleanContext) -> list:
    """The filter's edits on the stray digit of ``m``'s abbreviation, in its passage."""
    start = max(0, m.start() - BEFORE)
    passage = text[start:m.start(1)] + "1" + text[m.start(1):m.end() + AFTER]
    token = "1" + m.group(1)
    return [e for e in misread.repair_misreadings(passage, ctx) if passage[e.start:e.end] == token]


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    ctx = CleanContext("W", "text")
    inputs = texts()
    figures = {kind: {"sites": 0, "repaired": 0, "suggested": 0, "untouched": 0} for kind in ("defined", "undefined")}
    for text in inputs.values():
        for m in _BRACKETED.finditer(text):
            kind = "defined" if misread.places.abbreviation_long_form(text, m.start(), m.group(1)) else "undefined"
            edits = spoilt_site(text, m, ctx)
            f = figures[kind]
            f["sites"] += 1
            if any(e.applied and e.replacement == m.group(1) for e in edits):
                f["repaired"] += 1
            elif edits:
                f["suggested"] += 1
            else:
                f["untouched"] += 1
    digest = hashlib.sha256("".join(f"{name}\0{len(t)}\0" for name, t in inputs.items()).encode()).hexdigest()
    result = {"inputs": len(inputs), "inputs_digest": digest[:16], **figures}
    print(json.dumps(result, indent=2))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
