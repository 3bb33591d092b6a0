"""Simulated two-column OCR: how many word errors the cleanup fixes, how many words it damages.

Run: ``.venv/bin/python bench/ocr_bench.py [--quick] [--show N] [--sim alt]`` (writes
bench/results/ocr_bench.json, or ocr_bench_alt.json with ``--sim alt``: the corruption of
``ocr_sim_alt``, written apart from ocr_sim to see how the cleanup generalises; ``--sim djvu``:
``ocr_sim_djvu``, a Google scan's Internet Archive djvu.txt, written blind to the cleanup;
``--sim tesseract``: ``ocr_sim_tesseract``, Tesseract 4/5 text of a two-column journal, written
blind and measured once; ``--sim abbyy``: ``ocr_sim_abbyy``, ABBYY FineReader text of a two-column
19th-century reference volume, written blind and measured once; ``--sim pdftotext``:
``ocr_sim_pdftotext``, pdftotext's text of a scanned two-column journal PDF's OCR layer, written
blind and measured once). Exit
status 0 when the targets are met over all runs (>= 98 % of raw word errors fixed, <= 0.05 % of gold words damaged), 1 otherwise.

For each clean text of ../shared/corpora (Frankenstein 1818, Darwin 1859, Mark in two
translations) and each seed, ``ocr_sim.simulate`` draws a layout and an OCR quality and
produces the raw OCR and its gold; ``variorum.clean.clean_text`` cleans the raw text; the
words of raw, cleaned and gold are scored exactly as ``sample_bench.py`` scores the sample
edition (same word split, same alignment, same definitions):

* raw errors = gold words not right in the raw text + raw words standing for no gold word;
* fixed = raw errors right after cleaning; remaining = wrong before and after;
* damaged = gold words right in the raw text and wrong after cleaning (+ words the cleanup
  added), reported as a share of the gold words.

Block boundaries (paragraphs, list items) are scored as in sample_bench too (F1), and each
cleaned book is cleaned again (as the Markdown it is) to check that nothing changes.
Every remaining error and damage is classified (hyphenation, furniture, misreading, ...)
with examples, so that each class can be routed to the filter that owns it.

The sample edition has no gold we may see here; for it the benchmark reports what the
cleanup did: emendations per rule and status.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = ROOT.parent / "shared" / "corpora"
RESULTS = HERE / "results" / "ocr_bench.json"
sys.path.insert(0, str(HERE))

import ocr_sim  # noqa: E402
import ocr_sim_alt  # noqa: E402
import ocr_sim_blind  # noqa: E402
import ocr_sim_held  # noqa: E402
import ocr_sim_fresh  # noqa: E402
import ocr_sim_reviewer  # noqa: E402
import ocr_sim_djvu  # noqa: E402
import ocr_sim_tesseract  # noqa: E402
import ocr_sim_abbyy  # noqa: E402
import ocr_sim_pdftotext  # noqa: E402
import sample_bench  # noqa: E402  (the scoring shared with the sample edition's benchmark)

TARGET_FIXED = 0.98
TARGET_DAMAGED = 0.0005

#: (label, file, running-head title, section head, words per run or None for all)
TEXTS = [
    ("frankenstein-1818", "frankenstein-variorum/frankenstein_1818.txt", "FRANKENSTEIN",
     "THE MODERN PROMETHEUS", 16000),
    ("darwin-1859", "darwin-origin-ch1/darwin_origin_ch1_1859.txt", "ORIGIN OF SPECIES",
     "VARIATION UNDER DOMESTICATION", None),
    ("mark-noyes", "nt-translations-mark/mark_Noyes.txt", "THE NEW TESTAMENT",
     "THE GOSPEL ACCORDING TO MARK", None),
    ("mark-oeb", "nt-translations-mark/mark_OEB.txt", "OPEN ENGLISH BIBLE", "MARK", None),
]
SEEDS = (1, 2, 3)
#: the simulators: --sim name -> (module, results file)
SIMULATORS = {"default": (ocr_sim, RESULTS), "alt": (ocr_sim_alt, HERE / "results" / "ocr_bench_alt.json"),
              "blind": (ocr_sim_blind, HERE / "results" / "ocr_bench_blind.json"),
              "held": (ocr_sim_held, HERE / "results" / "ocr_bench_held.json"),
              "fresh": (ocr_sim_fresh, HERE / "results" / "ocr_bench_fresh.json"),
              "reviewer": (ocr_sim_reviewer, HERE / "results" / "ocr_bench_reviewer.json"),
              "djvu": (ocr_sim_djvu, HERE / "results" / "ocr_bench_djvu.json"),
              "tesseract": (ocr_sim_tesseract, HERE / "results" / "ocr_bench_tesseract.json"),
              "abbyy": (ocr_sim_abbyy, HERE / "results" / "ocr_bench_abbyy.json"),
              "pdftotext": (ocr_sim_pdftotext, HERE / "results" / "ocr_bench_pdftotext.json")}


class Excerpt(NamedTuple):
    """One run's clean text: a corpus text's excerpt for one seed, with its running heads."""

    label: str
    seed: int
    text: str
    title: str
    section: str


def excerpts(texts=TEXTS, seeds=SEEDS) -> Iterator[Excerpt]:
    """Each of ``texts`` cut for each of ``seeds``, in the order the benchmarks run them."""
    for label, rel, title, section, words in texts:
        full = (CORPORA / rel).read_text(encoding="utf-8")
        for seed in seeds:
            yield Excerpt(label, seed, excerpt(full, words, seed), title, section)


def excerpt(text: str, words: int | None, seed: int) -> str:
    """A run of whole paragraphs of about ``words`` words, starting at a seed-chosen place."""
    paras = ocr_sim.paragraphs_of(text)
    if words is None:
        return "\n\n".join(paras)
    total = sum(len(p.split()) for p in paras)
    start_word = (seed * 7919 * 13) % max(1, total - words)
    out, seen = [], 0
    for p in paras:
        n = len(p.split())
        if seen + n >= start_word and sum(len(x.split()) for x in out) < words:
            out.append(p)
        seen += n
    return "\n\n".join(out)


def run_one(label: str, text: str, seed: int, title: str, section: str, sim=ocr_sim) -> dict:
    from variorum.clean import clean_text
    from variorum.clean.base import CleanContext

    gold, raw, layout, record = sim.simulate(text, seed, title=title, section=section)
    start = time.perf_counter()
    result = clean_text(raw, CleanContext(siglum="S", fmt="text", source_name=f"{label}-{seed}"))
    seconds = time.perf_counter() - start
    # idempotence on a whole book: the cleaned Markdown cleaned again must not change
    again = clean_text(result.text, CleanContext(siglum="S", fmt="markdown", source_name=f"{label}-{seed}"))
    second_pass = [f"{e.rule}: {e.before!r} -> {e.after!r}" for e in again.emendations if e.status == "applied"]
    rw, cw, gw = (sample_bench.words_of(t) for t in (raw, result.text, gold))
    scores = sample_bench.word_errors(sample_bench.forms(rw), sample_bench.forms(cw),
                                      sample_bench.forms(gw))
    blocks = sample_bench.boundaries(cw, gw)
    findings = scores.pop("findings")
    by_class: dict[str, Counter] = {"remaining": Counter(), "damage": Counter()}
    examples: dict[str, list[dict]] = defaultdict(list)
    by_confusion: Counter = Counter()
    for f in findings:
        by_class[f["kind"]][f["klass"]] += 1
        for word in f["cleaned"].split():
            kind = record.misread.get(word)
            if kind is not None:
                by_confusion[kind] += 1
        key = f"{f['kind']}: {f['klass']}"
        if len(examples[key]) < 4:
            examples[key].append({k: f[k] for k in ("gold", "cleaned", "raw", "context")})
    rules = Counter(f"{e.rule} ({e.status})" for e in result.emendations)
    return {
        "text": label,
        "seed": seed,
        "layout": layout.__dict__,
        "simulated": dict(sorted(record.counts.items())),
        **scores,
        "damaged_share": scores["damaged"] / scores["gold_words"] if scores["gold_words"] else 0.0,
        "block_f1": blocks["structure"]["f1"],
        "idempotent": again.text == result.text,
        "second_pass_changes": second_pass[:10] if again.text != result.text else [],
        "clean_seconds": round(seconds, 3),
        "mb_per_second": round(len(raw.encode()) / 1e6 / seconds, 2) if seconds else None,
        "remaining_by_class": dict(by_class["remaining"].most_common()),
        # words the simulation misread that are still misread after cleaning, by the kind
        # of confusion ("unknown": confusions outside every rule of the cleanup, on purpose)
        "misread_left_by_confusion": dict(sorted(by_confusion.items())),
        "misread_made_by_confusion": {k.split(": ")[1]: v for k, v in sorted(record.counts.items())
                                      if k.startswith("confusion: ")},
        "damage_by_class": dict(by_class["damage"].most_common()),
        "examples": dict(sorted(examples.items())),
        "emendations": dict(sorted(rules.items())),
    }


def sample_counts() -> dict:
    """What the cleanup does to the sample edition's witnesses: emendations per rule and status."""
    from variorum import config, pipeline

    edition = config.load(ROOT / "source" / "edition.yaml")
    out = {}
    for siglum in edition.sigla:
        _raw, result = pipeline.clean_witness(edition, siglum)
        counts = Counter((e.rule, e.status) for e in result.emendations)
        per_rule: dict[str, dict[str, int]] = defaultdict(dict)
        for (rule, status), n in sorted(counts.items()):
            per_rule[rule][status] = n
        out[siglum] = {"emendations": len(result.emendations), "per_rule": dict(per_rule)}
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="one seed, two texts (a smoke run)")
    ap.add_argument("--show", type=int, default=3, help="examples shown per class (default 3)")
    ap.add_argument("--sim", choices=sorted(SIMULATORS), default="default",
                    help="which OCR simulator corrupts the texts (default: ocr_sim)")
    args = ap.parse_args(argv)
    sim, results_path = SIMULATORS[args.sim]
    texts = TEXTS[1:3] if args.quick else TEXTS
    seeds = SEEDS[:1] if args.quick else SEEDS
    missing = [CORPORA / rel for _, rel, *_ in texts if not (CORPORA / rel).exists()]
    if missing:
        print(f"missing corpus {missing[0]}", file=sys.stderr)
        return 1
    runs = []
    for label, seed, text, title, section in excerpts(texts, seeds):
        r = run_one(label, text, seed, title, section, sim)
        runs.append(r)
        print(f"{label:18} seed {seed}: {r['gold_words']:6} words, raw errors {r['raw_errors']:5}, "
              f"fixed {r['fixed_share']:.2%}, remaining {r['remaining']:3}, damaged {r['damaged']:2} "
              f"({r['damaged_share']:.3%}), block F1 {r['block_f1']:.3f}, "
              f"{r['mb_per_second']} MB/s", flush=True)
    total = {k: sum(r[k] for r in runs) for k in ("gold_words", "raw_errors", "fixed", "remaining", "damaged")}
    total["fixed_share"] = total["fixed"] / total["raw_errors"] if total["raw_errors"] else 1.0
    total["damaged_share"] = total["damaged"] / total["gold_words"] if total["gold_words"] else 0.0
    total["min_fixed_share"] = min(r["fixed_share"] for r in runs)
    total["max_damaged_share"] = max(r["damaged_share"] for r in runs)
    total["runs_changed_by_a_second_pass"] = sum(not r["idempotent"] for r in runs)
    remaining, damage = Counter(), Counter()
    for r in runs:
        remaining.update(r["remaining_by_class"])
        damage.update(r["damage_by_class"])
    total["remaining_by_class"] = dict(remaining.most_common())
    made, left = Counter(), Counter()
    for r in runs:
        made.update(r["misread_made_by_confusion"])
        left.update(r["misread_left_by_confusion"])
    total["confusions"] = {k: {"made": made[k], "left": left[k],
                               "fixed_share": 1 - left[k] / made[k] if made[k] else 1.0}
                           for k in sorted(made)}
    known_raw = total["raw_errors"] - made["unknown"]
    known_left = total["remaining"] - left["unknown"]
    # the same figure without the confusions the simulation keeps outside every rule
    total["fixed_share_without_unknown_confusions"] = 1 - (known_left + total["damaged"]) / known_raw \
        if known_raw else 1.0
    total["damage_by_class"] = dict(damage.most_common())
    met = total["fixed_share"] >= TARGET_FIXED and total["damaged_share"] <= TARGET_DAMAGED
    results = {
        "targets": {"fixed_share": TARGET_FIXED, "damaged_share": TARGET_DAMAGED},
        "met": met,
        "total": total,
        "runs": runs,
        "sample_edition": sample_counts(),
    }
    results["simulator"] = sim.__name__
    results_path.parent.mkdir(parents=True, exist_ok=True)
    from variorum.fileio import write_atomic

    write_atomic(results_path, json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    print(f"\nall runs: {total['gold_words']} gold words, {total['raw_errors']} raw errors, "
          f"fixed {total['fixed_share']:.2%} (target >= {TARGET_FIXED:.0%}; worst run "
          f"{total['min_fixed_share']:.2%}), damaged {total['damaged']} = {total['damaged_share']:.3%} "
          f"(target <= {TARGET_DAMAGED:.2%}; worst run {total['max_damaged_share']:.3%})")
    print(f"idempotence: {total['runs_changed_by_a_second_pass']} of {len(runs)} runs changed by "
          f"cleaning the cleaned text again" + "".join(
              f"\n  [{r['text']} {r['seed']}] " + "; ".join(r["second_pass_changes"])
              for r in runs if not r["idempotent"]))
    print("confusions (made / left): " + ", ".join(
        f"{k} {v['made']}/{v['left']}" for k, v in total["confusions"].items())
        + f"; fixed without the unknown ones {total['fixed_share_without_unknown_confusions']:.2%}")
    print("remaining by class: " + ", ".join(f"{k} {v}" for k, v in remaining.most_common()))
    print("damage by class: " + (", ".join(f"{k} {v}" for k, v in damage.most_common()) or "none"))
    for r in runs:
        for key, exs in r["examples"].items():
            for ex in exs[:args.show]:
                print(f"  [{r['text']} {r['seed']}] {key}: gold {ex['gold']!r} cleaned {ex['cleaned']!r} "
                      f"raw {ex['raw']!r}  | {ex['context']}")
    for siglum, s in results["sample_edition"].items():
        print(f"sample {siglum}: " + ", ".join(f"{rule} {d}" for rule, d in s["per_rule"].items()))
    print(f"wrote {results_path.relative_to(ROOT)}; targets {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
