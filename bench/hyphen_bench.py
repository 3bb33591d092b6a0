"""Line-end hyphen decisions on clean books rewrapped to narrow columns: how many are wrong.

Every text of ../shared/corpora (one paragraph a line) is wrapped greedily at 28 and at 36
columns as bench/ocr_sim.py wraps (a word that does not fit is broken at a pyphen point
with a hyphen added, a compound at its own hyphen), with no misreading, and line joining
(``join_lines``) runs on it. Each break's truth is known: a soft break must be joined, a
compound's own hyphen kept. A decision is wrong when an applied edit says otherwise; a
break left for review (the join only suggested) is counted apart, neither right nor wrong.
Each text is decided alone, as the OCR benches clean it (``--edition``: with the other
texts of its folder as the edition's other witnesses).

Run: ``PYTHONPATH=tools .venv/bin/python bench/hyphen_bench.py [--edition] [--widths 28 36]
[--show]``; ``--show`` lists every wrong decision and review item with its evidence.
Writes bench/results/hyphen_bench.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyphen

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ocr_sim  # noqa: E402

from variorum.clean import CleanContext  # noqa: E402
from variorum.clean.linejoin import RULE_DEHYPHENATE, join_lines  # noqa: E402
from variorum.fileio import write_atomic  # noqa: E402

CORPORA = HERE.parent.parent / "shared" / "corpora"
_MARKER_RE = re.compile(r"\[\[\w+\]\]\n")


@dataclass(frozen=True)
class Break:
    """A line-end hyphen the wrapping made: where it stands, the word it cut, whether it is the word's own."""

    hyphen: int
    word: str
    compound: bool


def rewrap(text: str, width: int, hyph: pyphen.Pyphen) -> tuple[str, list[Break]]:
    """``text`` (a paragraph a line) wrapped at ``width``, and the hyphens its wrapping left at line ends."""
    out: list[str] = []
    breaks: list[Break] = []
    pos = 0
    for para in text.split("\n"):
        words = para.split()
        lines = ocr_sim._wrap(words, width, hyph, ocr_sim.Record()) if words else []
        for i, line in enumerate(lines):
            if line.endswith("-") and i + 1 < len(lines) and re.search(r"[^\W\d_]-$", line):
                head = line.rsplit(" ", 1)[-1]
                tail = lines[i + 1].split(" ", 1)[0]
                word = head + tail
                # the wrapping adds a hyphen only at a pyphen point of a word without one
                compound = word in words and "-" in word
                breaks.append(Break(pos + len(line) - 1, word, compound))
            pos += len(line) + 1
        if not lines:
            pos += 1
        out.append("\n".join(lines))
    return "\n".join(out), breaks


def decide(text: str, breaks: list[Break], siglum: str,
           others: dict[str, str]) -> tuple[Counter, list[tuple[str, str, str, str]]]:
    """The breaks' outcomes counted (right, wrong, review; soft or compound), and each
    wrong or review item: outcome, word, kind, evidence."""
    edits = join_lines(text, CleanContext(siglum, "text", other_texts=others))
    joined: dict[int, bool] = {}
    for e in edits:
        if e.rule == RULE_DEHYPHENATE:
            joined[e.start] = e.applied
    tally: Counter = Counter()
    items = []
    for b in breaks:
        if b.hyphen in joined and not joined[b.hyphen]:
            outcome = "review"
        else:
            outcome = "right" if (b.hyphen in joined) != b.compound else "wrong"
        tally[outcome, "compound" if b.compound else "soft"] += 1
        if outcome != "right":
            evidence = next((e.evidence for e in edits if e.start in (b.hyphen, b.hyphen + 1)
                             and e.rule != "reflow"), "")
            items.append((outcome, b.word, "kept" if b.compound else "soft", evidence))
    return tally, items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--widths", type=int, nargs="+", default=[28, 36])
    ap.add_argument("--edition", action="store_true", help="the folder's other texts as other witnesses")
    ap.add_argument("--show", action="store_true", help="list every wrong decision and review item")
    args = ap.parse_args()
    hyph = pyphen.Pyphen(lang="en_US")
    files = sorted(CORPORA.glob("*/*.txt"))
    totals: Counter = Counter()
    per_text: dict[str, dict[str, int]] = {}
    for width in args.widths:
        wrapped = {p: rewrap(_MARKER_RE.sub("", p.read_text(encoding="utf-8")), width, hyph) for p in files}
        for p in files:
            text, breaks = wrapped[p]
            others = {q.stem: wrapped[q][0] for q in files if q.parent == p.parent and q != p} if args.edition else {}
            tally, items = decide(text, breaks, p.stem, others)
            key = f"{p.stem}@{width}"
            per_text[key] = {f"{o}/{k}": n for (o, k), n in sorted(tally.items())}
            totals.update(tally)
            if args.show:
                for outcome, word, kind, evidence in items:
                    print(f"{key:32} {outcome:6} {kind:4} {word!r:28} {evidence}")
    summary = {f"{o}/{k}": n for (o, k), n in sorted(totals.items())}
    wrong = sum(n for (o, _), n in totals.items() if o == "wrong")
    review = sum(n for (o, _), n in totals.items() if o == "review")
    breaks = sum(totals.values())
    print(f"{breaks} line-end hyphens at widths {args.widths}{' (edition)' if args.edition else ''}: "
          f"{wrong} wrong, {review} for review  {summary}")
    name = "hyphen_bench_edition.json" if args.edition else "hyphen_bench.json"
    write_atomic(HERE / "results" / name, json.dumps(
        {"widths": args.widths, "total": {"breaks": breaks, "wrong": wrong, "review": review, **summary},
         "texts": per_text}, indent=1) + "\n")


if __name__ == "__main__":
    main()
