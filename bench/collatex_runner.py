"""Run CollateX on witnesses given as JSON on stdin; print its time, peak memory and table.

Used by the benchmarks in a subprocess of its own, so that a slow or huge CollateX run
can be stopped by a timeout and its peak memory measured alone.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    from collatex import Collation, collate

    job = json.load(sys.stdin)
    collation = Collation()
    for siglum, text in job["witnesses"]:
        collation.add_plain_witness(siglum, text)
    start, start_cpu = time.perf_counter(), time.process_time()
    table = collate(collation, output="json", segmentation=False)
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    json.dump({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak,
               "table": json.loads(table) if job.get("table") else None}, sys.stdout)
    return 0


def run(witnesses: list[tuple[str, str]], *, timeout: float, table: bool = False) -> dict:
    """CollateX's time (s), peak memory (MB) and, if asked, its alignment table;
    ``{"error": ...}`` when it fails or takes longer than ``timeout`` seconds."""
    job = json.dumps({"witnesses": witnesses, "table": table})
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve())], input=job,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout)


def predicted_units(table: dict, base_text: str, wit_text: str, base_row: int = 0,
                    wit_row: int = 1) -> list:
    """CollateX's variant units of one witness against the base (rows of its table):
    runs of columns where the two differ, with their character ranges in both texts."""
    from synth import Predicted

    rows = [table["table"][base_row], table["table"][wit_row]]
    texts = (base_text, wit_text)
    pos = [0, 0]
    out = []
    current: list[int] | None = None
    for col in range(len(rows[0])):
        ranges = []
        for k in (0, 1):
            first = None
            for tok in rows[k][col] or []:
                t = tok["t"]
                at = texts[k].find(t, pos[k])
                if at < 0:  # CollateX may trim the white space of a witness's last token
                    t = t.strip()
                    at = texts[k].find(t, pos[k])
                if at < 0:
                    raise ValueError(f"token {tok['t']!r} not found in witness {k}")
                first = at if first is None else first
                pos[k] = at + len(t)
            ranges.append((pos[k] if first is None else first, pos[k]))
        if _norm(rows[0][col]) == _norm(rows[1][col]):
            if current:
                out.append(Predicted(*current))
                current = None
            continue
        if current is None:
            current = [ranges[0][0], ranges[0][1], ranges[1][0], ranges[1][1]]
        else:
            current[1], current[3] = ranges[0][1], ranges[1][1]
    if current:
        out.append(Predicted(*current))
    return out


def _norm(cells: list | None) -> str:
    return " ".join(c["t"].strip() for c in cells or [])


if __name__ == "__main__":
    sys.exit(main())
