"""Run every benchmark in turn (``make bench``); each writes its figures under bench/results/."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: script and its options -> what it measures (the issue's acceptance figures)
BENCHMARKS = {
    "clean_speed.py": "cleanup speed, MB of raw text per second per core (issue 3)",
    "sample_bench.py": "the sample edition against the hand gold: cleanup errors, blocks, pairing (issues 3, 4)",
    "ocr_bench.py": "simulated two-column OCR: errors fixed and words damaged (issue 3)",
    "ocr_bench.py --sim alt": "the same through the second simulator (issue 3)",
    "ocr_bench.py --sim blind": "the same through the third, written blind to the cleanup (issue 3)",
    "ocr_bench.py --sim held": "the same through the fourth, written blind to the cleanup and the others (issue 3)",
    "ocr_bench.py --sim fresh": "the same through the fifth, written blind while the cleanup was tuned to the fourth (issue 3)",
    "ocr_bench.py --sim reviewer": "the same through the sixth, written blind as the reviewers would write theirs (issue 3)",
    "ocr_bench.py --sim djvu": "the same through the seventh, a Google scan's djvu.txt, written blind and measured once (issue 3)",
    "ocr_bench.py --sim tesseract": "the same through the eighth, Tesseract 4/5 text of a two-column journal, written blind and measured once (issue 3)",
    "ocr_bench.py --sim abbyy": "the same through the ninth, ABBYY FineReader text of a two-column 19th-century reference volume, written blind and measured once (issue 3)",
    "ocr_bench.py --sim pdftotext": "the same through the tenth, pdftotext's text of a scanned two-column journal PDF's OCR layer, written blind and measured once (issue 3)",
    "determinism.py": "every simulated OCR run cleaned under two hash seeds: the same bytes (issue 3)",
    "clean_text_bench.py": "the misreading and stray-glyph filters on clean texts: repairs applied, each to be a slip of the source (issue 3)",
    "habit_risk.py": "the habit rule with its guard taken away: clean words it would change (issue 3)",
    "abbreviation_bench.py": "stray digits before defined abbreviations, on the machine's modern texts (issue 3)",
    "hyphen_bench.py": "line-end hyphens of the corpora rewrapped at 28 and 36 columns: wrong decisions (issue 3)",
    "scale_bench.py": "collation time and memory: sample, Darwin, Frankenstein, size ladder (issue 4)",
    "edits_suite.py": "known-edit suite: variant-marking F1 and kind accuracy (issue 4)",
    "collatex_bench.py": "side by side with CollateX at 500, 1,000, 2,000 words (issue 4)",
}


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHMARKS)
    failed = []
    for name in chosen:
        script, *options = name.split()
        if not (HERE / script).exists():
            print(f"== {name}: missing", flush=True)
            failed.append(name)
            continue
        print(f"== {name}: {BENCHMARKS.get(name, '')}", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *options], cwd=HERE.parent)
        print(f"== {name}: exit {code} after {time.perf_counter() - start:.1f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
