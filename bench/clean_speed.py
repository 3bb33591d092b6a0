"""Cleanup speed: the whole chain on a book-length hard-wrapped OCR text, in MB of raw text per second.

The input is the four Frankenstein witnesses from ../shared/corpora run through the
two-column OCR simulation of bench/ocr_sim.py (wrapped, hyphenated, paginated, misread),
about 1.7 MB. Each witness is cleaned with the others as evidence, as ``variorum build``
does. Prints the figures and writes bench/results/clean_speed.json.

Run: ``.venv/bin/python bench/clean_speed.py [--repeat N] [--corpus NAME] [--sim alt]``. Each
run is timed in a fresh process and the rate reported is the median of N runs (3 unless
told), the whole range beside it: a shared machine's minute-to-minute noise is about a
tenth. ``--corpus`` and ``--sim`` give the same measure on another corpus folder (its texts
as the witnesses: nt-translations-mark, darwin-origin-ch1) or through the second simulator,
written to bench/results/clean_speed_<corpus>_<sim>.json.

The rate is throughput: what a process pays once whatever the text (importing the chain and
its libraries, building the language's tables on first use) is measured apart, in a fresh
process that imports the chain and cleans a short simulated page, and reported beside it;
the timed run is warmed up the same way first. The figure with that cost included is
reported too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import ocr_sim  # noqa: E402
import ocr_sim_alt  # noqa: E402

from variorum.clean import CleanContext, chain  # noqa: E402
from variorum.fileio import write_atomic  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "frankenstein-variorum"
TARGET_MB_PER_S = 2.0
#: --sim name -> the simulator module
SIMULATORS = {"default": ocr_sim, "alt": ocr_sim_alt}


WARM_UP_TEXT = ROOT.parent / "shared" / "corpora" / "darwin-origin-ch1" / "darwin_origin_ch1_1859.txt"


def warm_up() -> None:
    """Clean a short simulated page (a text the timed run does not use), so that every table
    the chain builds on first use is built: the once-per-process cost, not the rate's."""
    from variorum.clean import CleanContext, chain

    from variorum.clean import misread
    from variorum.clean.lexicon import build_lexicon

    raw = ocr_sim.simulate(WARM_UP_TEXT.read_text(encoding="utf-8")[:6000], seed=1)[1]
    chain.run_chain(raw, CleanContext("W", "text", other_texts={"V": raw[::-1]}), chain.registry())
    # a short page may need no hyphenation pattern, no frequency, no word onsets (the
    # stray-capital rule's table, asked for only where a capital opens an unknown word), no
    # misreadings of the commonest words nor those words with a letter lost (asked for only
    # where the OCR is at work) and no runs of consonants the everyday words have (asked for
    # only where a letter is lost): each built here, whether or not the page asks
    lexicon = build_lexicon("", {})
    lexicon.is_break_point("hyphenation", 2)
    lexicon.zipf("table")
    misread.judge._onset_total("en")
    misread.context._dominated_misreadings("en")
    misread.context._shortened_words("en", misread.context.LOST_LETTER_WORD, misread.context.LOST_LETTER_SHORTEST)
    misread.letters._spoken_runs("en")
    # the accent rule's check for a quotation: every other language's everyday words, read
    # where a marked word is first judged (wordfreq's lists, about 0.15 s)
    misread.accents._languages_writing("\u00e9t\u00e9", "en")


def startup_seconds() -> float:
    """CPU seconds a fresh process spends importing the chain and on its first short text
    (libraries, filters, the language's tables): paid once per process whatever the text,
    so reported beside the rate, not in it."""
    probe = ("import sys, time; t = time.process_time(); sys.path.insert(0, sys.argv[1]); "
             "import clean_speed; clean_speed.warm_up(); print(time.process_time() - t)")
    out = subprocess.run([sys.executable, "-c", probe, str(HERE)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def measure(corpus_name: str, sim: str) -> dict:
    """One timed run in this process: every witness cleaned with the others as evidence."""
    files = sorted((CORPUS.parent / corpus_name).glob("*.txt"))
    raws = {}
    for i, path in enumerate(files):
        _gold, raw, _layout, _record = SIMULATORS[sim].simulate(path.read_text(encoding="utf-8"), seed=100 + i)
        raws[path.stem.split("_")[-1]] = raw
    total_mb = sum(len(r.encode("utf-8")) for r in raws.values()) / 1e6
    per_witness = {}
    per_filter: dict[str, float] = {}

    def timed(name, fn):
        def run(*args):
            t = time.process_time()
            try:
                return fn(*args)
            finally:
                per_filter[name] = per_filter.get(name, 0.0) + time.process_time() - t
        return run

    specs = [chain.FilterSpec(s.id, timed(s.id, s.run), s.formats,
                              s.pagebreaks and timed(f"{s.id} (page breaks)", s.pagebreaks))
             for s in chain.registry()]
    warm_up()
    start_all = time.process_time()
    for siglum, raw in raws.items():
        others = {s: r for s, r in raws.items() if s != siglum}
        t0 = time.process_time()
        result = chain.run_chain(raw, CleanContext(siglum, "text", other_texts=others), specs)
        dt = time.process_time() - t0
        mb = len(raw.encode("utf-8")) / 1e6
        per_witness[siglum] = {"mb": round(mb, 3), "seconds": round(dt, 3), "mb_per_s": round(mb / dt, 2),
                               "emendations": len(result.emendations)}
    cpu = time.process_time() - start_all
    return {"per_filter_cpu_seconds": {k: round(v, 3) for k, v in per_filter.items()},
            "chain_cpu_seconds": round(cpu - sum(per_filter.values()), 3),
            "input": f"{corpus_name} x{len(raws)} through bench/{SIMULATORS[sim].__name__}.py "
                     f"(seeds 100-{99 + len(raws)})",
            "total_mb": round(total_mb, 3), "cpu_seconds": round(cpu, 3), "mb_per_s_per_core": round(total_mb / cpu, 2),
            "witnesses": per_witness}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=CORPUS.name,
                    help=f"a folder of ../shared/corpora whose texts are the witnesses (default {CORPUS.name})")
    ap.add_argument("--sim", choices=sorted(SIMULATORS), default="default",
                    help="the OCR simulator that corrupts them (default: ocr_sim)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="how many fresh processes time it; the rate is their median (default 3)")
    ap.add_argument("--one-run", type=Path, help=argparse.SUPPRESS)  # (a child: one run, its figures here)
    args = ap.parse_args(argv)
    if not sorted((CORPUS.parent / args.corpus).glob("*.txt")):
        print(f"no corpus at {CORPUS.parent / args.corpus}")
        return 1
    if args.one_run:
        write_atomic(args.one_run, json.dumps(measure(args.corpus, args.sim)))
        return 0
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.repeat)):
            figures = Path(tmp) / f"run{i}.json"
            subprocess.run([sys.executable, __file__, "--corpus", args.corpus, "--sim", args.sim,
                            "--one-run", str(figures)], check=True)
            runs.append(json.loads(figures.read_text(encoding="utf-8")))
            print(f"   run {i + 1}: {runs[-1]['cpu_seconds']:.2f} s CPU = {runs[-1]['mb_per_s_per_core']:.2f} MB/s")
    rates = sorted(r["mb_per_s_per_core"] for r in runs)
    out = sorted(runs, key=lambda r: r["mb_per_s_per_core"])[len(runs) // 2]  # the median run, shown whole
    rate = out["mb_per_s_per_core"]
    for siglum, w in out["witnesses"].items():
        print(f"{siglum:>8}: {w['mb']:.2f} MB in {w['seconds']:.2f} s CPU = {w['mb_per_s']:.2f} MB/s, "
              f"{w['emendations']} emendations")
    print(f"   total: {out['total_mb']:.2f} MB in {out['cpu_seconds']:.2f} s CPU = {rate:.2f} MB/s per core, "
          f"the median of {len(runs)} runs ({rates[0]:.2f} to {rates[-1]:.2f}) "
          f"(target {TARGET_MB_PER_S}) -> {'PASS' if rate >= TARGET_MB_PER_S else 'FAIL'}")
    startup = startup_seconds()
    print(f"   start-up (imports and first-use tables, once per process, not in the rate): {startup:.2f} s CPU; "
          f"with it included: {out['total_mb'] / (out['cpu_seconds'] + startup):.2f} MB/s")
    print("   CPU seconds per filter (the rest is the chain's bookkeeping and the Markdown writer): "
          + ", ".join(f"{k} {v:.2f}" for k, v in sorted(out["per_filter_cpu_seconds"].items(), key=lambda kv: -kv[1])))
    print(f"   chain bookkeeping and writing: {out['chain_cpu_seconds']:.2f} s")
    out.update({"runs_mb_per_s": rates, "target_mb_per_s": TARGET_MB_PER_S, "startup_cpu_seconds": round(startup, 3),
                "mb_per_s_with_startup": round(out["total_mb"] / (out["cpu_seconds"] + startup), 2),
                "pass": rate >= TARGET_MB_PER_S})
    (HERE / "results").mkdir(exist_ok=True)
    name = "clean_speed" if (args.corpus, args.sim) == (CORPUS.name, "default") else \
        f"clean_speed_{args.corpus}_{args.sim}"
    write_atomic(HERE / "results" / f"{name}.json", json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
