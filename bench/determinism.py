"""Determinism across processes: every simulated OCR run cleaned under two hash seeds must give the same bytes.

Python salts its string hashes per process (PYTHONHASHSEED), so any decision that follows a
set's order can differ from one run of ``variorum`` to the next while every test in one
process passes. This cleans the twelve runs of each OCR simulator (``bench/ocr_bench.py``'s
texts and seeds) in two fresh processes with different hash seeds and compares a SHA-256
over each cleaned text and its emendation records.

Run: ``.venv/bin/python bench/determinism.py [--sim NAME ...]`` (every simulator unless told;
about a minute a hash seed). Writes bench/results/determinism.json; exit status 1 if any run differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ocr_bench  # noqa: E402

from variorum.fileio import write_atomic  # noqa: E402

RESULTS = HERE / "results" / "determinism.json"
HASH_SEEDS = ("1", "2")


def fingerprints(sims: list[str]) -> dict[str, str]:
    """SHA-256 (16 hex digits) of each run's cleaning, by ``sim/text/seed``."""
    from variorum.clean import CleanContext, clean_text

    out = {}
    for name in sims:
        sim = ocr_bench.SIMULATORS[name][0]
        for label, seed, text, title, section in ocr_bench.excerpts():
            raw = sim.simulate(text, seed, title=title, section=section)[1]
            result = clean_text(raw, CleanContext(siglum="S", fmt="text", source_name=f"{label}-{seed}"))
            digest = hashlib.sha256(result.text.encode())
            for e in result.emendations:
                digest.update(json.dumps([e.rule, e.offset, e.before, e.after, e.status, e.evidence]).encode())
            out[f"{name}/{label}/{seed}"] = digest.hexdigest()[:16]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sim", nargs="*", choices=sorted(ocr_bench.SIMULATORS), default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sims = args.sim or sorted(ocr_bench.SIMULATORS)
    if args.child:
        json.dump(fingerprints(sims), sys.stdout)
        return 0
    runs = []
    for hash_seed in HASH_SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        child = subprocess.run([sys.executable, __file__, "--child", "--sim", *sims], env=env,
                               capture_output=True, text=True, check=True)
        runs.append(json.loads(child.stdout))
    differing = sorted(k for k in runs[0] if runs[0][k] != runs[1].get(k))
    report = {"hash_seeds": list(HASH_SEEDS), "runs": len(runs[0]), "differing": differing,
              "pass": not differing}
    write_atomic(RESULTS, json.dumps(report, indent=2) + "\n")
    print(f"{len(runs[0]) - len(differing)} of {len(runs[0])} runs give the same bytes under "
          f"PYTHONHASHSEED {' and '.join(HASH_SEEDS)}" + (f"; differing: {', '.join(differing)}" if differing else ""))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
