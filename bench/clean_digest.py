"""Fingerprints of what the cleanup chain makes of a fixed set of inputs, to show a refactor changed nothing.

Run: ``.venv/bin/python bench/clean_digest.py [--save FILE | --check FILE]``.

The inputs: the sample edition's witnesses (each with the other as evidence), the four
Frankenstein witnesses through both OCR simulators (each with the other three as
evidence, as in bench/clean_speed.py), and one seed of every other corpus text through
both simulators on its own. For each, one SHA-256 over the cleaned text, every emendation
record and every page break. ``--save`` writes them (JSON), ``--check`` compares and
names every input whose output changed; exit status 1 then.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import ocr_sim  # noqa: E402
import ocr_sim_alt  # noqa: E402

from variorum.clean import CleanContext, clean_text  # noqa: E402
from variorum.config import load as load_edition  # noqa: E402
from variorum.fileio import write_atomic  # noqa: E402
from variorum.model import json_text  # noqa: E402
from variorum.pipeline import clean_witness, read_raws  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def fingerprint(result) -> str:
    h = hashlib.sha256(result.text.encode("utf-8"))
    for e in result.emendations:
        h.update(json_text(e.__dict__).encode("utf-8"))
    for b in result.pagebreaks:
        h.update(json_text(b.__dict__).encode("utf-8"))
    return h.hexdigest()


def digests() -> dict[str, str]:
    out: dict[str, str] = {}
    edition = load_edition(ROOT / "source" / "edition.yaml")
    raws = read_raws(edition)
    for w in edition.witnesses:
        out[f"sample/{w.siglum}"] = fingerprint(clean_witness(edition, w.siglum, raws)[1])
    for name, sim in (("default", ocr_sim), ("alt", ocr_sim_alt)):
        books = sorted((CORPORA / "frankenstein-variorum").glob("frankenstein_*.txt"))
        sims = {p.stem: sim.simulate(p.read_text(encoding="utf-8"), seed=100 + i)[1] for i, p in enumerate(books)}
        for stem, raw in sims.items():
            others = {s: r for s, r in sims.items() if s != stem}
            out[f"{name}/{stem}"] = fingerprint(clean_text(raw, CleanContext(stem, "text", other_texts=others)))
        for path in sorted(CORPORA.glob("*/*.txt")):
            if path.parent.name == "frankenstein-variorum":
                continue
            raw = sim.simulate(path.read_text(encoding="utf-8"), seed=7)[1]
            out[f"{name}/{path.stem}"] = fingerprint(clean_text(raw, CleanContext("S", "text")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="write the fingerprints to this JSON file")
    group.add_argument("--check", type=Path, help="compare with the fingerprints in this JSON file")
    args = ap.parse_args(argv)
    now = digests()
    if args.save:
        write_atomic(args.save, json.dumps(now, indent=1, sort_keys=True) + "\n")
    if args.check:
        before = json.loads(args.check.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for k in changed:
            print(f"changed: {k}")
        print(f"{len(now) - len(changed)} of {len(now)} outputs unchanged")
        return 1 if changed else 0
    for k, v in sorted(now.items()):
        print(f"{v[:16]}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
