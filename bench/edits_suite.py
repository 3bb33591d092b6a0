"""Known-edit suite: variant-marking F1 and kind accuracy of the collator, CollateX beside it.

Run: ``.venv/bin/python bench/edits_suite.py [--no-collatex] [--seeds 1,2,3]`` (writes
bench/results/edits_suite.json).  Exit status 0 when every witness of every suite reaches
F1 >= 0.99 and kind accuracy >= 0.95 in both modes, 1 otherwise.

Each suite (one per source and seed) is an original text and four witnesses derived from it by known edits
(bench/synth.py says which edits and how they are scored).  Sources: the opening of
Darwin's 1859 chapter, of Frankenstein 1818 and of Mark in the Open English Bible (from
../shared/corpora, read in place), and a text generated from the most frequent English
words (wordfreq).  Two modes:

* ``pair``: the original and one witness collated alone, for each witness;
* ``all``: the original and the four witnesses collated together, as an edition would,
  then each witness scored against the original.

CollateX (bench-only dependency) runs on a small version (800 words, four witnesses per
source, both modes), each collation in a subprocess with a timeout; it has no kinds, so
only its variant marking is scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

CORPORA = HERE.parent.parent / "shared" / "corpora"
RESULTS = HERE / "results" / "edits_suite.json"
TARGET_F1 = 0.99
TARGET_KIND = 0.95
SOURCES = {
    "darwin-1859": "darwin-origin-ch1/darwin_origin_ch1_1859.txt",
    "frankenstein-1818": "frankenstein-variorum/frankenstein_1818.txt",
    "mark-oeb": "nt-translations-mark/mark_OEB.txt",
}


def wordfreq_paragraphs(n_words: int, seed: int) -> list[list[str]]:
    import random

    from wordfreq import top_n_list

    vocab = [w for w in top_n_list("en", 4000) if w.isalpha() and len(w) > 2]
    return synth.generated_paragraphs(random.Random(seed), vocab, n_words)


def suites(n_words: int, n_witnesses: int, seed: int) -> dict[str, synth.Suite]:
    out = {}
    for name, rel in SOURCES.items():
        path = CORPORA / rel
        if not path.exists():
            print(f"  {name}: {path} missing, skipped")
            continue
        paras = synth.paragraphs_from_corpus(path.read_text(encoding="utf-8"), n_words)
        out[name] = synth.make_suite(paras, n_witnesses, seed, vocabulary=synth.vocabulary_from(paras),
                                     source=rel)
    paras = wordfreq_paragraphs(n_words, seed)
    out["generated"] = synth.make_suite(paras, n_witnesses, seed, vocabulary=synth.vocabulary_from(paras),
                                        source="wordfreq top 4000 English words")
    return out


def ours(suite: synth.Suite, mode: str) -> tuple[list[synth.Score], float]:
    from variorum.collate import CollateSettings, collate
    from variorum.model import WitnessInfo

    settings = CollateSettings()
    scores = []
    start = time.perf_counter()
    if mode == "all":
        v = collate([(WitnessInfo("O"), suite.base)]
                    + [(WitnessInfo(w.siglum), w.text) for w in suite.witnesses], "O", settings)
    for w in suite.witnesses:
        if mode == "pair":
            v = collate([(WitnessInfo("O"), suite.base), (WitnessInfo(w.siglum), w.text)], "O", settings)
        scores.append(synth.score(suite.base, w, synth.predicted_from_variorum(v, "O", w.siglum)))
    return scores, time.perf_counter() - start


def collatex(suite: synth.Suite, timeout: float, mode: str) -> tuple[list[synth.Score], float, list[str]]:
    import collatex_runner

    scores, seconds, errors = [], 0.0, []
    if mode == "all":
        r = collatex_runner.run([("O", suite.base)] + [(w.siglum, w.text) for w in suite.witnesses],
                                timeout=timeout, table=True)
        if "error" in r:
            return [], 0.0, [f"all: {r['error']}"]
        for row, w in enumerate(suite.witnesses, start=1):
            pred = collatex_runner.predicted_units(r["table"], suite.base, w.text, 0, row)
            scores.append(synth.score(suite.base, w, pred))
        return scores, r["seconds"], errors
    for w in suite.witnesses:
        r = collatex_runner.run([("O", suite.base), (w.siglum, w.text)], timeout=timeout, table=True)
        if "error" in r:
            errors.append(f"{w.siglum}: {r['error']}")
            continue
        seconds += r["seconds"]
        pred = collatex_runner.predicted_units(r["table"], suite.base, w.text)
        scores.append(synth.score(suite.base, w, pred))
    return scores, seconds, errors


def line(name: str, mode: str, scores: list[synth.Score], seconds: float) -> str:
    t = synth.total(scores)
    return (f"  {name:18} {mode:8} edits {t['edits']:4}  F1 {t['f1']:.4f} (min {t['min_f1']:.4f})  "
            f"P {t['precision']:.4f} R {t['recall']:.4f}  kind {t['kind_accuracy']:.4f} "
            f"(min {t['min_kind_accuracy']:.4f})  excess units {t['excess_units']}  {seconds:.2f} s")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=4000, help="words per original text")
    ap.add_argument("--seeds", default="1,2,3", help="one suite per seed and source")
    ap.add_argument("--no-collatex", action="store_true")
    ap.add_argument("--collatex-words", type=int, default=800)
    ap.add_argument("--collatex-witnesses", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args(argv)

    seeds = [int(x) for x in args.seeds.split(",")]
    report: dict = {"settings": {"words": args.words, "witnesses": 4, "seeds": seeds,
                                 "slack_words": synth.SLACK_WORDS},
                    "targets": {"f1_min": TARGET_F1, "kind_accuracy_min": TARGET_KIND},
                    "ours": {}, "collatex": {}}
    met = True
    print(f"known-edit suites: {args.words} words, 4 witnesses each, seeds {args.seeds} "
          f"(figures summed over the seeds, min over every witness)")
    by_source: dict[str, dict[str, list[synth.Score]]] = {}
    seconds: dict[tuple[str, str], float] = {}
    for seed in seeds:
        for name, suite in suites(args.words, 4, seed).items():
            entry = report["ours"].setdefault(name, {"source": suite.source, "seeds": {}})
            for mode in ("pair", "all"):
                scores, took = ours(suite, mode)
                by_source.setdefault(name, {}).setdefault(mode, []).extend(scores)
                seconds[name, mode] = seconds.get((name, mode), 0.0) + took
                entry["seeds"].setdefault(str(seed), {})[mode] = {
                    "seconds": round(took, 3), "total": synth.total(scores),
                    "witnesses": {w.siglum: s.to_json() for w, s in zip(suite.witnesses, scores)}}
    for name, modes in by_source.items():
        for mode, scores in modes.items():
            print(line(name, mode, scores, seconds[name, mode]), flush=True)
            ok = all(s.f1 >= TARGET_F1 and s.kind_accuracy >= TARGET_KIND for s in scores)
            met &= ok
            report["ours"][name][mode] = {"targets_met": ok, "total": synth.total(scores)}
    if not args.no_collatex:
        print(f"CollateX beside ours: {args.collatex_words} words, {args.collatex_witnesses} "
              f"witnesses, pairs and all together (CollateX's figures have no kinds)")
        for name, suite in suites(args.collatex_words, args.collatex_witnesses, seeds[0]).items():
            entry: dict = {}
            for mode in ("pair", "all"):
                cx, cx_seconds, errors = collatex(suite, args.timeout, mode)
                us, our_seconds = ours(suite, mode)
                print(line(name, f"ours {mode}", us, our_seconds))
                if cx:
                    t = synth.total(cx)
                    print(f"  {name:18} {'cx ' + mode:8} edits {t['edits']:4}  F1 {t['f1']:.4f} "
                          f"(min {t['min_f1']:.4f})  P {t['precision']:.4f} R {t['recall']:.4f}  "
                          f"{'':28}{cx_seconds:.2f} s", flush=True)
                for e in errors:
                    print(f"  {name:18} collatex failed: {e}")
                entry[mode] = {
                    "ours": synth.total(us), "ours_seconds": round(our_seconds, 3),
                    "collatex": synth.total(cx) if cx else None, "collatex_seconds": round(cx_seconds, 3),
                    "collatex_errors": errors,
                    "collatex_witnesses": {w.siglum: s.to_json() for w, s in zip(suite.witnesses, cx)}}
            report["collatex"][name] = entry
    report["targets_met"] = met
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    from variorum.fileio import write_atomic

    write_atomic(RESULTS, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    print(f"targets (F1 >= {TARGET_F1} and kind >= {TARGET_KIND} for every witness, both modes): "
          f"{'met' if met else 'NOT met'}; details in {RESULTS.relative_to(HERE.parent)}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
