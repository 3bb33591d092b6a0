"""Side by side with CollateX on the same witness pairs of 500, 1,000 and 2,000 words.

Run: ``.venv/bin/python bench/collatex_bench.py [--sizes 500,1000,2000] [--timeout 300]``
(writes bench/results/collatex_bench.json).  Exit status 0 when ours is at least 200
times faster than CollateX at the largest size, 1 otherwise.

The pair: the first n words of Darwin's chapter in the 1859 and the 1872 editions
(../shared/corpora, read in place), paragraphs kept, the same strings given to both
tools.  CollateX (``collate(..., segmentation=False)``, its default edit-graph aligner)
runs once per size in a subprocess of its own with a timeout, which also measures its
peak memory; ours is timed as the best of five runs in this process.  Both wall and CPU
time are recorded (the machine's cores are shared); the ratio is judged on wall time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import collatex_runner  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpora" / "darwin-origin-ch1"
RESULTS = HERE / "results" / "collatex_bench.json"
TARGET_RATIO = 200


def first_words(text: str, n: int) -> str:
    """The text up to and including its n-th word, white space and paragraphs kept."""
    count = 0
    in_word = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if in_word and count == n:
                return text[:i]
            in_word = False
        elif not in_word:
            in_word = True
            count += 1
    return text


def ours_seconds(a: str, b: str, repeat: int = 5) -> tuple[float, float]:
    """Best wall and best CPU seconds of ``repeat`` runs."""
    from variorum.collate import CollateSettings, collate
    from variorum.model import WitnessInfo

    best = best_cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        collate([(WitnessInfo("1859"), a), (WitnessInfo("1872"), b)], "1859", CollateSettings())
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return best, best_cpu


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,1000,2000")
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    a_full = (CORPUS / "darwin_origin_ch1_1859.txt").read_text(encoding="utf-8")
    b_full = (CORPUS / "darwin_origin_ch1_1872.txt").read_text(encoding="utf-8")
    rows = []
    print(f"{'words':>6} {'ours s':>9} {'CollateX s':>11} {'ratio':>8} {'CPU ratio':>10} {'CollateX MB':>12}")
    for n in sizes:
        a, b = first_words(a_full, n), first_words(b_full, n)
        ours, ours_cpu = ours_seconds(a, b)
        cx = collatex_runner.run([("1859", a), ("1872", b)], timeout=args.timeout)
        cx_s, cx_cpu = cx.get("seconds"), cx.get("cpu_seconds")
        ratio = cx_s / ours if cx_s else None
        cpu_ratio = cx_cpu / ours_cpu if cx_cpu and ours_cpu else None
        rows.append({"words": n, "ours_seconds": round(ours, 5), "ours_cpu_seconds": round(ours_cpu, 5),
                     "collatex_seconds": round(cx_s, 3) if cx_s else None,
                     "collatex_cpu_seconds": round(cx_cpu, 3) if cx_cpu else None,
                     "collatex_peak_mb": round(cx["peak_mb"], 1) if "peak_mb" in cx else None,
                     "ratio": round(ratio, 1) if ratio else None,
                     "cpu_ratio": round(cpu_ratio, 1) if cpu_ratio else None,
                     "collatex_error": cx.get("error")})
        shown = f"{cx_s:11.2f}" if cx_s else f"{cx['error']:>11}"
        print(f"{n:6d} {ours:9.4f} {shown} {ratio or float('nan'):8.1f} {cpu_ratio or float('nan'):10.1f} "
              f"{cx.get('peak_mb', float('nan')):12.0f}", flush=True)
    last = rows[-1]
    met = last["ratio"] is not None and last["ratio"] >= TARGET_RATIO
    report = {"pair": "Darwin ch. 1, 1859 and 1872, first n words", "target_ratio": TARGET_RATIO,
              "rows": rows, "target_met": met,
              "ours_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    from variorum.fileio import write_atomic

    write_atomic(RESULTS, json.dumps(report, indent=1) + "\n")
    print(f"target (>= {TARGET_RATIO}x faster at {last['words']} words): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
