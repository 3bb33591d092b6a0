"""The misread words the cleanup leaves that it could know: a reading the lexicon does not know
(or knows rarely) where the gold word is common, grouped by confusion and by why no rule acted.

Run: ``.venv/bin/python bench/misread_left.py [--sim held ...] [--quick] [--show N] [--json PATH]``
(default: every simulator of ocr_bench, ``--quick`` runs as ocr_bench's). Each run is simulated and
cleaned as ocr_bench.run_one does it; the text the misread filter was given is kept, so the
judge's verdict on each leftover reading is asked on the witness as the filter saw it.

A leftover is *fixable* when its raw reading's Zipf is below RARE_WORD (the lexicon does not
know it, or only rarely) and the gold word's is at least COMMON; or when the cleanup changed a
reading into the gold word with another case pattern. Why it is left, first that holds:

* case lost: cleaned differs from gold only in case (a repair that broke the case pattern);
* wrong repair: the cleanup changed the reading into another wrong word;
* no rule for the pair: the letter change is in no confusion table (nor a letter doubled or
  dropped, nor a digit);
* suggestion only: the filter suggested the gold word there;
* rival readings: the judge holds the repair between rivals;
* evidence gate: the judge has no verdict or holds it back (its evidence is shown).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ocr_bench  # noqa: E402
import sample_bench  # noqa: E402

CLASSES = ("misreading (word substituted)", "misreading (digit in a word)")
_STRIP_RE = re.compile(r"^[\W_]+|[\W_]+$")


def _bare(word: str) -> str:
    return _STRIP_RE.sub("", word)


def _pair(raw: str, gold: str) -> str:
    """The confusion as 'gold->read' letter runs ('e->c', 'th->tli'), or 'case' / 'several'."""
    if raw.lower() == gold.lower():
        return "case"
    ops = [op for op in difflib.SequenceMatcher(None, gold, raw, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1:
        return "several"
    tag, i1, i2, j1, j2 = ops[0]
    g, r = gold[i1:i2], raw[j1:j2]
    if tag == "delete":
        return f"{g}->(lost)"
    if tag == "insert":
        return f"(added)->{r}"
    if any(c.isdigit() for c in r):
        return f"{g}->{r} (digit)"
    return f"{g}->{r}"


def _in_tables(pair: str) -> bool:
    from variorum.clean.misread.tables import (
        DIGIT_CONFUSIONS, RARER_DIGIT_CONFUSIONS, UNKNOWN_READING_CONFUSIONS, _LONG_SHAPES, _OWN_VOWELS, _union)
    # (the vowels Judge._vowel_of_own_word reads one for another: a and e as well)
    vowels = {v: tuple(w for w in _OWN_VOWELS if w != v) for v in _OWN_VOWELS}
    table = _union(UNKNOWN_READING_CONFUSIONS, _LONG_SHAPES, DIGIT_CONFUSIONS, RARER_DIGIT_CONFUSIONS, vowels)
    if pair.endswith("(lost)") or pair.startswith("(added)") or pair in ("case", "several"):
        return pair not in ("several",)
    g, r = pair.split(" ")[0].split("->")
    return g in table.get(r, ()) or g.lower() in table.get(r.lower(), ())


def _raw_token(raw: str, gold: str) -> str:
    words = [_bare(w) for w in raw.split()] or [""]
    return max(words, key=lambda w: difflib.SequenceMatcher(None, w.lower(), gold.lower()).ratio())


def analyse(label: str, text: str, seed: int, title: str, section: str, sim) -> list[dict]:
    """The misread leftovers of one run, each with its confusion, frequencies and why."""
    from variorum.clean import clean_text, misread
    from variorum.clean.base import CleanContext
    from variorum.clean.misread.judge import Judge
    from variorum.clean.misread.places import _lexicon_fits
    from variorum.clean.misread.tables import COMMON, RARE_WORD
    from variorum.clean.misread.vocabulary import Vocabulary

    seen: list[str] = []
    original = misread.repair_misreadings

    def spy(t, ctx):
        seen.append(t)
        return original(t, ctx)

    gold, raw, _layout, record = sim.simulate(text, seed, title=title, section=section)
    misread.repair_misreadings = spy
    try:
        result = clean_text(raw, CleanContext(siglum="S", fmt="text", source_name=f"{label}-{seed}"))
    finally:
        misread.repair_misreadings = original
    vocab = Vocabulary.build(seen[0], [], "en")
    judge = Judge(vocab, letters_applied=_lexicon_fits(vocab))
    suggested = defaultdict(set)
    for e in result.emendations:
        if e.status == "suggested":
            suggested[_bare(e.before)].add(_bare(e.after))
    rw, cw, gw = (sample_bench.words_of(t) for t in (raw, result.text, gold))
    scores = sample_bench.word_errors(sample_bench.forms(rw), sample_bench.forms(cw), sample_bench.forms(gw))
    out = []
    for f in scores["findings"]:
        if f["kind"] != "remaining" or f["klass"] not in CLASSES:
            continue
        g, c = _bare(f["gold"]), _bare(f["cleaned"])
        if " " in g or " " in c or not g:
            continue
        r = _raw_token(f["raw"], g)
        zr, zg = vocab.zipf(r), vocab.zipf(g)
        # (a word joined across a line keeps a capital inside it, 'peCuliarly': the line
        # joiner's, not a repair's; the raw reading is then a fragment)
        case_lost = c != g and c.lower() == g.lower() and r != c and len(r) >= len(g) - 1
        if not case_lost and not (zr < RARE_WORD and zg >= COMMON):
            continue
        pair = _pair(r, g)
        v = judge.verdict(r)
        if case_lost:
            why = "case lost"
        elif c != r:
            why = "wrong repair"
        elif g.lower() in {s.lower() for s in suggested.get(r, ())}:
            why = "suggestion only"
        elif not _in_tables(pair):
            why = "no rule for the pair"
        elif v is not None and v.rivals:
            why = "rival readings"
        else:
            why = "evidence gate"
        out.append({"text": label, "seed": seed, "raw": r, "cleaned": c, "gold": g, "pair": pair,
                    "sim_kind": record.misread.get(r, record.misread.get(f["raw"], "?")),
                    "zipf_raw": zr, "zipf_gold": zg, "own_gold": vocab.own[g.lower()], "why": why,
                    "verdict": None if v is None else f"{v.after} ({'applied' if v.applied else 'held'}): "
                                                    f"{v.evidence}",
                    "context": f["context"]})
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sim", action="append", choices=sorted(ocr_bench.SIMULATORS))
    ap.add_argument("--quick", action="store_true", help="one seed, two texts (as ocr_bench --quick)")
    ap.add_argument("--show", type=int, default=0, help="leftovers listed per sim")
    ap.add_argument("--json", type=Path, help="write every leftover here")
    args = ap.parse_args(argv)
    sims = args.sim or list(ocr_bench.SIMULATORS)
    texts = ocr_bench.TEXTS[1:3] if args.quick else ocr_bench.TEXTS
    seeds = ocr_bench.SEEDS[:1] if args.quick else ocr_bench.SEEDS
    every: dict[str, list[dict]] = {}
    for name in sims:
        sim = ocr_bench.SIMULATORS[name][0]
        left: list[dict] = []
        for label, seed, text, title, section in ocr_bench.excerpts(texts, seeds):
            left.extend(analyse(label, text, seed, title, section, sim))
        every[name] = left
        why = Counter(x["why"] for x in left)
        pairs = Counter(x["pair"] for x in left)
        print(f"{name}: {len(left)} fixable left; why: " + ", ".join(f"{k} {n}" for k, n in why.most_common()))
        print("  by pair: " + ", ".join(f"{k} {n}" for k, n in pairs.most_common(12)))
        for x in left[:args.show]:
            print(f"    [{x['text']} {x['seed']}] {x['raw']!r} -> {x['cleaned']!r} (gold {x['gold']!r}) "
                  f"{x['pair']} [{x['why']}] zipf {x['zipf_raw']}/{x['zipf_gold']} own {x['own_gold']}"
                  + (f" | {x['verdict']}" if x["verdict"] else ""), flush=True)
    total = Counter(x["why"] for v in every.values() for x in v)
    pairs = Counter((x["pair"], x["why"]) for v in every.values() for x in v)
    print(f"\nall: {sum(total.values())} fixable left: " + ", ".join(f"{k} {n}" for k, n in total.most_common()))
    print("by pair and why: " + ", ".join(f"{p} [{w}] {n}" for (p, w), n in pairs.most_common(25)))
    if args.json:
        args.json.write_text(json.dumps(every, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
