"""Score the cleanup and collation of the sample edition against the hand gold in bench/gold.

Run: ``.venv/bin/python bench/sample_bench.py`` (writes bench/results/sample_bench.json).
Exit status 0 when every stage ran and every target is met, 1 otherwise.

Words
-----
Every text (raw witness, cleaned witness, gold) is split on whitespace.  Markdown escapes
(a backslash before ASCII punctuation) are removed from each word, and block markers are
not words: a ``#``..``######``, ``-`` or ``>`` that is the first token of a line.  The raw
file is split as it is (nothing joined), so ``var-`` ``ious`` are two raw words and a
running head or a misread bullet ``o`` are raw words too.

(a) Word errors, per witness
----------------------------
The raw words and the cleaned words are each aligned with the gold words
(``difflib.SequenceMatcher``, no junk heuristic).  A gold word is *right* in a text when
it lies in an ``equal`` stretch of that text's alignment; a word of the text that
corresponds to no gold word (a ``delete``, or the surplus of a ``replace``) is an *extra*
word, counted at the gap of the gold where it stands.  Then, over gold words and gaps:

* raw errors = gold words not right in raw + raw extra words;
* fixed = gold words wrong in raw and right in the cleaned text, plus at each gap
  max(0, raw extras - cleaned extras);
* remaining = wrong in both, plus min(raw extras, cleaned extras) at each gap;
* damaged = right in raw and wrong in the cleaned text, plus
  max(0, cleaned extras - raw extras) at each gap;

so raw errors = fixed + remaining and cleaned errors = remaining + damaged.  Targets:
fixed / raw errors >= 99.5 % and damaged = 0.  Every remaining error and every damage is
listed with its context and a rough class (hyphenation, bullet, furniture, misreading,
quotes, dropped/added words, ...) so it can be routed.

(b) Block boundaries, per witness
---------------------------------
A boundary is the index of the first word of a block (blocks are separated by blank
lines) or of a line inside a block (a list item, a table row), word 0 excluded: Pandoc
reads a list the same whether its items are separated by blank lines or not, so an item
is a boundary either way, and the measure does not depend on that choice of writing.
Cleaned boundaries are carried into gold word positions by the cleaned-gold alignment
(inside an ``equal`` stretch exactly; inside a ``replace`` at the same offset, clipped to
the stretch; a ``delete`` at the gold position that follows).  Precision, recall and F1
of the carried boundaries against the gold's (target F1 >= 0.98).  The F1 of blank-line
block starts alone is reported too, with the number of items written as blocks on one
side and as lines on the other.

(c) Block pairing of the collation
----------------------------------
``variorum.collate.collate`` with base P, run twice: on the cleaned witnesses (the whole
pipeline) and on the gold texts themselves (the collator alone, cleanup errors aside).
Every word of a witness is assigned to the gold block of that witness it is aligned with
(identity for the gold run) and to the unit whose reading contains it.  A unit *links*
gold block p of P with gold block e of E when its P reading has words of p and its E
reading has words of e; the link weighs min(words of p, words of e) in that unit.

* predicted pairs = every (p, e) linked by at least one unit;
* gold pairs = the rows of bench/gold/blocks.tsv with a block on both sides;
* pairing precision = |predicted & gold| / |predicted|, recall = |predicted & gold| /
  |gold|, F1 (target >= 0.97).  Any link counts: a unit that sets words of one paragraph
  against words of an unrelated one is a wrong pairing shown to the reader.  The
  word-weighted precision (link weight on gold pairs / all link weight) is reported too;
* unpaired share = among the words of the gold blocks that blocks.tsv gives no
  counterpart (``-``), the share whose unit has no word in the other witness's reading
  (target >= 97 %, both witnesses together; each is reported).
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
EDITION = ROOT / "source" / "edition.yaml"
RESULTS = ROOT / "bench" / "results" / "sample_bench.json"
SIGLA = ("P", "E")
BASE = "P"

TARGETS = {
    "fixed_share": 0.995,
    "damaged": 0,
    "boundary_f1": 0.98,
    "pairing_f1": 0.97,
    "unpaired_share": 0.97,
}

ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
LINE_MARKER = re.compile(r"#{1,6}|-|>")
BULLET_GLYPHS = {"o", "e", "»", "+", "*", "¢", "•", "«"}
QUOTES = str.maketrans("", "", "\"'“”‘’")
CONTEXT = 6


class StageMissing(Exception):
    """A pipeline stage this benchmark needs is not importable or not callable yet."""


# --------------------------------------------------------------------------- words

@dataclass(frozen=True)
class Word:
    """One word of a text: its form (escapes removed) and where it stands."""

    text: str
    start: int  # character offset in the text
    block: int  # index of the blank-line separated block
    line_start: bool  # first word of a line inside its block (not of the block)


def words_of(text: str) -> list[Word]:
    """Split a text into words with offsets, blocks and line starts (see the module doc)."""
    out: list[Word] = []
    block = 0
    for m in re.finditer(r"[^\n]*(?:\n|$)", text):
        line = m.group(0)
        if m.start() >= len(text) and not line:
            break
        if not line.strip():
            # a blank line: the next words belong to a new block (once words were seen)
            if out and out[-1].block == block:
                block += 1
            continue
        first = True
        for t in re.finditer(r"\S+", line):
            tok = t.group(0)
            if first and LINE_MARKER.fullmatch(tok):
                continue
            form = ESCAPE.sub(r"\1", tok)
            starts_line = first and bool(out) and out[-1].block == block
            out.append(Word(form, m.start() + t.start(), block, starts_line))
            first = False
    return out


def forms(ws: Sequence[Word]) -> list[str]:
    return [w.text for w in ws]


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


# --------------------------------------------------------------------------- alignment views

@dataclass(frozen=True)
class GoldView:
    """How one text lines up with the gold: which gold words it has right, its extras."""

    right: tuple[bool, ...]  # per gold word
    extra: tuple[int, ...]  # per gold gap (len(gold) + 1): words of the text standing there
    to_gold: tuple[int, ...]  # per word of the text: a gold word index (clipped)


def gold_view(text_words: Sequence[str], gold_words: Sequence[str]) -> GoldView:
    right = [False] * len(gold_words)
    extra = [0] * (len(gold_words) + 1)
    to_gold = [0] * len(text_words)
    last = max(len(gold_words) - 1, 0)
    for tag, i1, i2, j1, j2 in opcodes(text_words, gold_words):
        if tag == "equal":
            for k in range(i2 - i1):
                right[j1 + k] = True
                to_gold[i1 + k] = j1 + k
        elif tag == "replace":
            extra[j2] += max(0, (i2 - i1) - (j2 - j1))
            for k in range(i2 - i1):
                to_gold[i1 + k] = min(j1 + k, j2 - 1)
        elif tag == "delete":
            extra[j1] += i2 - i1
            for k in range(i2 - i1):
                to_gold[i1 + k] = min(j1, last)
    return GoldView(tuple(right), tuple(extra), tuple(to_gold))


def boundary_map(text_words: Sequence[str], gold_words: Sequence[str]) -> list[int]:
    """Per word of the text, the gold position a block starting there corresponds to."""
    out = [0] * len(text_words)
    for tag, i1, i2, j1, j2 in opcodes(text_words, gold_words):
        for k in range(i2 - i1):
            if tag == "equal":
                out[i1 + k] = j1 + k
            elif tag == "replace":
                out[i1 + k] = min(j1 + k, j2)
            else:  # delete: the gold position that follows
                out[i1 + k] = j1
    return out


# --------------------------------------------------------------------------- (a) word errors

@dataclass(frozen=True)
class Finding:
    """One remaining error or damage, located in the gold, with its context."""

    kind: str  # "remaining" or "damage"
    klass: str
    gold_index: int
    gold: str
    cleaned: str
    raw: str
    context: str


def classify_error(gold: Sequence[str], cleaned: Sequence[str]) -> str:
    """A rough class of one difference, for routing (not for scoring)."""
    g, c = " ".join(gold), " ".join(cleaned)
    if cleaned and all(w in BULLET_GLYPHS for w in cleaned) and not gold:
        return "bullet glyph"
    if gold and cleaned and g.replace("-", "").replace(" ", "") == c.replace("-", "").replace(" ", ""):
        if "-" in g or "-" in c:
            return "hyphenation"
        return "word split/join"
    if gold and cleaned and g.translate(QUOTES) == c.translate(QUOTES):
        return "quotes"
    if gold and cleaned and re.sub(r"[^\w]", "", g) == re.sub(r"[^\w]", "", c):
        return "punctuation"
    if not gold and cleaned and not any(re.search(r"\w", w) for w in cleaned):
        return "stray glyph"
    if any(re.search(r"[^\W\d]\d|\d[^\W\d]", w) for w in cleaned):
        return "misreading (digit in a word)"
    if not gold and cleaned:
        if len(cleaned) >= 4 and any(w[:1].isupper() for w in cleaned):
            return "added words (running head/furniture?)"
        return "added words"
    if gold and not cleaned:
        return "dropped words"
    if len(gold) == len(cleaned) == 1:
        return "misreading (word substituted)"
    return "other"


def word_errors(raw: Sequence[str], cleaned: Sequence[str], gold: Sequence[str]) -> dict:
    """The figures of (a) and the list of every remaining error and damage."""
    rv, cv = gold_view(raw, gold), gold_view(cleaned, gold)
    inherited = _inherited(raw, cleaned, gold)
    raw_err = sum(not r for r in rv.right) + sum(rv.extra)
    fixed = sum((not r) and c for r, c in zip(rv.right, cv.right))
    remaining = sum((not r) and (not c) for r, c in zip(rv.right, cv.right))
    damaged = sum(r and (not c) for r, c in zip(rv.right, cv.right))
    findings = []
    kept_extra = new_extra = 0
    raw_at = _text_at_gold(raw, gold)
    for tag, i1, i2, j1, j2 in opcodes(cleaned, gold):
        if tag == "equal":
            continue
        surplus = max(0, (i2 - i1) - (j2 - j1))
        kept = min(surplus, sum(inherited[i1:i2]))
        kept_extra += kept
        new_extra += surplus - kept
        hurt = sum(rv.right[j] for j in range(j1, j2)) + (surplus - kept)
        g_words, c_words = list(gold[j1:j2]), list(cleaned[i1:i2])
        ctx = " ".join(gold[max(0, j1 - CONTEXT):j1]) + " [" + " ".join(g_words) + "] " + \
            " ".join(gold[j2:j2 + CONTEXT])
        findings.append(Finding("damage" if hurt else "remaining", classify_error(g_words, c_words),
                                j1, " ".join(g_words), " ".join(c_words), raw_at(j1, j2), ctx))
    raw_extra = sum(rv.extra)
    fixed += max(0, raw_extra - kept_extra)
    remaining += min(raw_extra, kept_extra)
    damaged += new_extra + max(0, kept_extra - raw_extra)
    return {
        "gold_words": len(gold),
        "raw_words": len(raw),
        "cleaned_words": len(cleaned),
        "raw_errors": raw_err,
        "cleaned_errors": remaining + damaged,
        "fixed": fixed,
        "remaining": remaining,
        "damaged": damaged,
        "fixed_share": fixed / raw_err if raw_err else 1.0,
        "findings": [f.__dict__ for f in findings],
    }


def _inherited(raw: Sequence[str], cleaned: Sequence[str], gold: Sequence[str]) -> list[bool]:
    """Per cleaned word: it is a raw word kept as it was, and that raw word is not in the gold.

    Such a word, when it is surplus to the gold, is a raw error the cleanup left, not one
    it made.
    """
    raw_in_gold = [False] * len(raw)
    for tag, i1, i2, _j1, _j2 in opcodes(raw, gold):
        if tag == "equal":
            raw_in_gold[i1:i2] = [True] * (i2 - i1)
    out = [False] * len(cleaned)
    for tag, i1, i2, k1, _k2 in opcodes(cleaned, raw):
        if tag == "equal":
            for n in range(i2 - i1):
                out[i1 + n] = not raw_in_gold[k1 + n]
    return out


def _text_at_gold(text: Sequence[str], gold: Sequence[str]) -> Callable[[int, int], str]:
    """A function giving the words of ``text`` aligned with the gold stretch [j1, j2)."""
    spans = [(j1, j2, i1, i2) for _t, i1, i2, j1, j2 in opcodes(text, gold)]
    starts = [s[0] for s in spans]

    def at(j1: int, j2: int) -> str:
        k = max(0, bisect.bisect_right(starts, j1) - 1)
        pieces = []
        while k < len(spans) and spans[k][0] <= max(j2, j1):
            sj1, sj2, si1, si2 = spans[k]
            if sj2 > j1 or (sj1 == sj2 and sj1 >= j1):
                if sj2 - sj1 == si2 - si1:  # equal or same-length replace: word by word
                    lo, hi = max(j1, sj1) - sj1, min(j2, sj2) - sj1
                    pieces.extend(text[si1 + lo:si1 + max(lo, hi)])
                else:
                    pieces.extend(text[si1:si2])
            k += 1
        return " ".join(pieces)
    return at


# --------------------------------------------------------------------------- (b) boundaries

def prf(predicted: set, gold: set) -> dict:
    hit = len(predicted & gold)
    p = hit / len(predicted) if predicted else (1.0 if not gold else 0.0)
    r = hit / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "predicted": len(predicted), "gold": len(gold),
            "hit": hit}


def boundaries(cleaned: Sequence[Word], gold: Sequence[Word]) -> dict:
    """The figures of (b), with the missed and spurious boundaries in context."""
    gold_forms = forms(gold)
    pos = boundary_map(forms(cleaned), gold_forms)

    def starts(ws: Sequence[Word], where: Callable[[int], int]) -> tuple[set[int], set[int]]:
        blocks = {where(i) for i in range(1, len(ws)) if ws[i].block != ws[i - 1].block}
        lines = {where(i) for i, w in enumerate(ws) if w.line_start}
        return blocks, lines
    gold_b, gold_l = starts(gold, lambda i: i)
    clean_b, clean_l = starts(cleaned, lambda i: pos[i])
    gold_s, clean_s = gold_b | gold_l, clean_b | clean_l

    def ctx(j: int) -> str:
        return " ".join(gold_forms[max(0, j - CONTEXT):j]) + " ¶ " + " ".join(gold_forms[j:j + CONTEXT])
    return {
        "structure": prf(clean_s, gold_s),
        "blocks_only": prf(clean_b, gold_b),
        "missed": [ctx(j) for j in sorted(gold_s - clean_s)],
        "spurious": [ctx(j) for j in sorted(clean_s - gold_s)],
        "item_block_vs_line": len((clean_b & gold_l) | (clean_l & gold_b)),
    }


# --------------------------------------------------------------------------- (c) pairing

def read_pairs(path: Path) -> tuple[set[tuple[int, int]], set[int], set[int]]:
    """Gold pairs, and the P and E blocks that have no counterpart, from blocks.tsv."""
    pairs: set[tuple[int, int]] = set()
    p_alone: set[int] = set()
    e_alone: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        p, e = line.split("\t")[:2]
        if p == "-":
            e_alone.add(int(e))
        elif e == "-":
            p_alone.add(int(p))
        else:
            pairs.add((int(p), int(e)))
    return pairs, p_alone, e_alone


def pairing(variorum, texts: dict[str, str], gold_block_of: dict[str, list[int]],
            words: dict[str, list[Word]], gold_pairs: set[tuple[int, int]],
            alone: dict[str, set[int]]) -> dict:
    """The figures of (c) for one collation.

    ``gold_block_of[s][i]`` is the gold block of word ``i`` of ``words[s]`` (the words of
    the text that was collated).
    """
    unit_of: dict[str, list[int]] = {}
    for s in SIGLA:
        rebuilt = variorum.text_of(s)
        if rebuilt != texts[s]:
            raise AssertionError(f"the variorum is not lossless for {s}: its readings do not "
                                 f"rebuild the collated text")
        ends, pos = [], 0
        for u in variorum.units:
            pos += len(u.readings.get(s, ""))
            ends.append(pos)
        unit_of[s] = [bisect.bisect_right(ends, w.start) for w in words[s]]
    per_unit: dict[int, dict[str, Counter]] = defaultdict(lambda: {s: Counter() for s in SIGLA})
    for s in SIGLA:
        for i, u in enumerate(unit_of[s]):
            per_unit[u][s][gold_block_of[s][i]] += 1
    weight: Counter = Counter()
    for counts in per_unit.values():
        if counts["P"] and counts["E"]:
            for p, n_p in counts["P"].items():
                for e, n_e in counts["E"].items():
                    weight[(p, e)] += min(n_p, n_e)
    predicted = set(weight)
    scores = prf(predicted, gold_pairs)
    total = sum(weight.values())
    scores["weighted_precision"] = (sum(w for k, w in weight.items() if k in gold_pairs) / total
                                    if total else 1.0)
    scores["wrong_pairs"] = sorted(f"P{p}-E{e} ({weight[(p, e)]} words)"
                                   for p, e in predicted - gold_pairs)
    scores["missed_pairs"] = sorted(f"P{p}-E{e}" for p, e in gold_pairs - predicted)
    unpaired = {}
    for s in SIGLA:
        other = "E" if s == "P" else "P"
        total_s = hit_s = 0
        for i, u in enumerate(unit_of[s]):
            if gold_block_of[s][i] in alone[s]:
                total_s += 1
                hit_s += not per_unit[u][other]
        unpaired[s] = {"words": total_s, "unpaired": hit_s,
                       "share": hit_s / total_s if total_s else 1.0}
    words_all = sum(v["words"] for v in unpaired.values())
    unpaired["share"] = (sum(v["unpaired"] for v in unpaired.values()) / words_all
                         if words_all else 1.0)
    scores["unpaired"] = unpaired
    scores["units"] = len(variorum.units)
    return scores


# --------------------------------------------------------------------------- stages

def load_stages():
    """The pipeline entry points, or StageMissing naming what is not there yet."""
    try:
        from variorum import config, pipeline
    except Exception as exc:  # noqa: BLE001 - any import failure means the stage is absent
        raise StageMissing(f"variorum.config / variorum.pipeline not importable: {exc!r}")
    return config, pipeline


def clean_stage(edition, pipeline) -> dict[str, tuple[str, str]]:
    """siglum -> (raw text, cleaned text), or StageMissing."""
    try:
        import variorum.clean as clean_mod
    except Exception as exc:  # noqa: BLE001
        raise StageMissing(f"variorum.clean not importable: {exc!r}")
    if not callable(getattr(clean_mod, "clean_text", None)):
        raise StageMissing("variorum.clean.clean_text does not exist yet")
    out = {}
    for s in SIGLA:
        raw, result = pipeline.clean_witness(edition, s)
        out[s] = (raw, result.text)
    return out


def collate_stage():
    try:
        from variorum.collate import collate
    except Exception as exc:  # noqa: BLE001
        raise StageMissing(f"variorum.collate.collate not importable: {exc!r}")
    return collate


# --------------------------------------------------------------------------- main

def run() -> tuple[dict, list[str]]:
    """Measure everything that can be measured; return the results and the problems."""
    problems: list[str] = []
    results: dict = {"targets": TARGETS}
    gold_text = {s: (GOLD / f"{s}.md").read_text(encoding="utf-8") for s in SIGLA}
    gold_words = {s: words_of(gold_text[s]) for s in SIGLA}
    gold_pairs, p_alone, e_alone = read_pairs(GOLD / "blocks.tsv")
    alone = {"P": p_alone, "E": e_alone}
    config, pipeline = load_stages()
    edition = config.load(EDITION)

    cleaned: dict[str, tuple[str, str]] | None = None
    t0 = time.perf_counter()
    try:
        cleaned = clean_stage(edition, pipeline)
        results["clean_seconds"] = round(time.perf_counter() - t0, 3)
    except StageMissing as exc:
        problems.append(f"cleanup: {exc}")
    except Exception as exc:  # noqa: BLE001 - a broken stage is reported, the rest still measured
        problems.append(f"cleanup raised {exc!r}")
    if cleaned:
        for s in SIGLA:
            raw, text = cleaned[s]
            cw = words_of(text)
            raw_words = [ESCAPE.sub(r"\1", w) if s == "P" else w for w in _raw_words(raw, s)]
            res = word_errors(raw_words, forms(cw), forms(gold_words[s]))
            res["boundaries"] = boundaries(cw, gold_words[s])
            results[s] = res

    try:
        collate = collate_stage()
    except StageMissing as exc:
        problems.append(f"collation: {exc}")
        collate = None
    if collate is not None:
        from variorum.model import WitnessInfo

        def collated(texts: dict[str, str]):
            return collate([(WitnessInfo(siglum=s), texts[s]) for s in SIGLA], BASE,
                           edition.collate)
        gold_blocks = {s: [w.block for w in gold_words[s]] for s in SIGLA}
        try:
            t0 = time.perf_counter()
            v = collated(gold_text)
            results["collate_gold_seconds"] = round(time.perf_counter() - t0, 3)
            results["pairing_on_gold"] = pairing(v, gold_text, gold_blocks, gold_words,
                                                 gold_pairs, alone)
            if cleaned:
                texts = {s: cleaned[s][1] for s in SIGLA}
                cw = {s: words_of(texts[s]) for s in SIGLA}
                blocks_of = {}
                for s in SIGLA:
                    view = gold_view(forms(cw[s]), forms(gold_words[s]))
                    blocks_of[s] = [gold_words[s][j].block if gold_words[s] else 0
                                    for j in view.to_gold]
                v = collated(texts)
                results["pairing_on_cleaned"] = pairing(v, texts, blocks_of, cw, gold_pairs,
                                                        alone)
        except Exception as exc:  # noqa: BLE001 - a broken stage is reported, not a traceback
            problems.append(f"collation raised {exc!r}")
    problems.extend(_missed_targets(results))
    results["problems"] = problems
    return results, problems


def _raw_words(raw: str, siglum: str) -> list[str]:
    """The raw words, split as they are; a Markdown witness's line markers are not words."""
    return [w.text for w in words_of(raw)] if siglum == "P" else raw.split()


def _missed_targets(results: dict) -> list[str]:
    out = []
    for s in SIGLA:
        r = results.get(s)
        if not r:
            continue
        if r["fixed_share"] < TARGETS["fixed_share"]:
            out.append(f"{s}: {r['fixed_share']:.2%} of raw word errors fixed "
                       f"(target {TARGETS['fixed_share']:.1%})")
        if r["damaged"] > TARGETS["damaged"]:
            out.append(f"{s}: {r['damaged']} words damaged (target {TARGETS['damaged']})")
        f1 = r["boundaries"]["structure"]["f1"]
        if f1 < TARGETS["boundary_f1"]:
            out.append(f"{s}: block boundary F1 {f1:.3f} (target {TARGETS['boundary_f1']})")
    for key in ("pairing_on_gold", "pairing_on_cleaned"):
        r = results.get(key)
        if not r:
            continue
        if r["f1"] < TARGETS["pairing_f1"]:
            out.append(f"{key}: block pairing F1 {r['f1']:.3f} (target {TARGETS['pairing_f1']})")
        if r["unpaired"]["share"] < TARGETS["unpaired_share"]:
            out.append(f"{key}: {r['unpaired']['share']:.2%} of one-witness words unpaired "
                       f"(target {TARGETS['unpaired_share']:.0%})")
    return out


def report(results: dict, show: int) -> str:
    lines = ["Sample edition against the hand gold (bench/gold)", ""]
    for s in SIGLA:
        r = results.get(s)
        if not r:
            continue
        b = r["boundaries"]
        lines += [
            f"== {s}: {r['raw_words']} raw words, {r['cleaned_words']} cleaned, "
            f"{r['gold_words']} gold",
            f"  (a) raw word errors {r['raw_errors']}; fixed {r['fixed']} "
            f"({r['fixed_share']:.2%}, target >= {TARGETS['fixed_share']:.1%}); "
            f"remaining {r['remaining']}; damaged {r['damaged']} (target 0)",
            f"  (b) block boundaries P/R/F1 {b['structure']['precision']:.3f} / "
            f"{b['structure']['recall']:.3f} / {b['structure']['f1']:.3f} "
            f"(target F1 >= {TARGETS['boundary_f1']}; {b['structure']['hit']} of "
            f"{b['structure']['gold']} gold, {b['structure']['predicted']} cleaned); "
            f"blank-line blocks only F1 {b['blocks_only']['f1']:.3f} "
            f"({b['item_block_vs_line']} list items/rows written as blocks in one, lines in the other)",
        ]
        by_class: Counter = Counter((f["kind"], f["klass"]) for f in r["findings"])
        for (kind, klass), n in sorted(by_class.items()):
            lines.append(f"      {kind:9s} {klass}: {n} stretch(es)")
        for f in r["findings"][:show]:
            lines.append(f"    - {f['kind']} [{f['klass']}] gold «{f['gold']}» cleaned "
                         f"«{f['cleaned']}» raw «{f['raw']}»  …{f['context']}…")
        if len(r["findings"]) > show:
            lines.append(f"    ... {len(r['findings']) - show} more in the JSON")
        for what in ("missed", "spurious"):
            for c in b[what][:show]:
                lines.append(f"    - {what} boundary: …{c}…")
        lines.append("")
    for key, what in (("pairing_on_gold", "collation of the gold texts"),
                      ("pairing_on_cleaned", "collation of the cleaned texts")):
        r = results.get(key)
        if not r:
            continue
        u = r["unpaired"]
        lines += [
            f"== (c) {what}: {r['units']} units",
            f"  block pairing P/R/F1 {r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f} "
            f"(target F1 >= {TARGETS['pairing_f1']}); word-weighted precision "
            f"{r['weighted_precision']:.3f}",
            f"  one-witness words unpaired {u['share']:.2%} (P {u['P']['unpaired']}/"
            f"{u['P']['words']}, E {u['E']['unpaired']}/{u['E']['words']}; target >= "
            f"{TARGETS['unpaired_share']:.0%})",
        ]
        if r["wrong_pairs"]:
            lines.append("  wrong pairs: " + ", ".join(r["wrong_pairs"][:3 * show]))
        if r["missed_pairs"]:
            lines.append("  missed pairs: " + ", ".join(r["missed_pairs"][:3 * show]))
        lines.append("")
    if results["problems"]:
        lines.append("NOT MET / NOT MEASURED:")
        lines += [f"  - {p}" for p in results["problems"]]
    else:
        lines.append("every target met")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=40, help="findings listed per witness")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    try:
        results, problems = run()
    except StageMissing as exc:
        print(f"sample_bench: cannot run: {exc}", file=sys.stderr)
        return 1
    from variorum.fileio import write_atomic

    write_atomic(args.out, json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    print(report(results, args.show))
    print(f"\n(written to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
