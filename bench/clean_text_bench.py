"""The word-level filters on clean text: what they apply to texts no OCR touched.

Every corpus text (../shared/corpora, their [[markers]] taken out), and the modern English of
abbreviation_bench's texts (the machine's licences, Debian copyright files, Python's
documentation topics: code words, abbreviations, identifiers), goes through the misreading
filter and the stray-glyph filter, each alone, as a witness with no other witness; the corpus
texts once more as an edition's witnesses, with the other texts of their folder as the other
witnesses, as ``variorum build`` gives them (another edition's spelling of a word, or its
wording, is a variant for the collation, never evidence to repair this one by). Each
applied repair is listed: in clean text, every one should be a slip of the source itself
(``t hat``, ``Origin . Believing``), and any other is damage to an author's text (the
stray-glyph filter's ``hyphen-dash`` makes a typed ``--`` a dash: typography an editor of a
born-digital witness may refuse by rule). Writes bench/results/clean_text_bench.json.
Run: ``.venv/bin/python bench/clean_text_bench.py``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import abbreviation_bench  # noqa: E402  (its modern English texts)

CORPORA = HERE.parent.parent / "shared" / "corpora"
RESULTS = HERE / "results" / "clean_text_bench.json"


def main() -> int:
    from variorum.clean import glyphs, misread
    from variorum.clean.base import CleanContext
    from variorum.fileio import write_atomic

    files = sorted(CORPORA.glob("*/*.txt"))
    if not files:
        print(f"no corpus at {CORPORA}")
        return 1
    corpora = {path.name: re.sub(r"\[\[\w+\]\]\n", "", path.read_text(encoding="utf-8")) for path in files}
    folders = {path.name: path.parent.name for path in files}
    modern = abbreviation_bench.texts()
    results = {}
    for label, repair in (("", misread.repair_misreadings), ("stray glyphs: ", glyphs.remove_stray_glyphs)):
        results[f"{label}corpora"] = _applied(corpora, repair, CleanContext)
        results[f"{label}modern English"] = _applied(modern, repair, CleanContext)
        results[f"{label}corpora as editions"] = _applied(corpora, repair, CleanContext, folders)
    for part, r in results.items():
        for name, changes in r["per_text"].items():
            print(f"{part}: {name}: {changes}")
        print(f"{part}: {r['applied']} repairs applied in {r['words']} clean words (each should be a slip of "
              f"the source), by rule {r['by_rule']}")
    write_atomic(RESULTS, json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    return 0


def _applied(texts: dict[str, str], repair, context, editions: dict[str, str] | None = None) -> dict:
    """The repairs the filter applies to each text (those it applies at all), with their context;
    with ``editions`` (text -> its edition), the other texts of its edition are its other witnesses."""
    per_text, words, by_rule = {}, 0, Counter()
    for name, text in texts.items():
        words += len(text.split())
        others = {} if editions is None else {
            other: texts[other] for other in sorted(texts) if other != name and editions[other] == editions[name]}
        edits = [e for e in repair(text, context("W", "text", other_texts=others)) if e.applied]
        by_rule.update(e.rule for e in edits)
        if edits:
            per_text[name] = sorted(f"{e.rule}: {text[e.start:e.end]!r} -> {e.replacement!r} in "
                                    f"{' '.join(text[max(0, e.start - 15):e.end + 15].split())!r}" for e in edits)
    return {"words": words, "applied": sum(map(len, per_text.values())), "by_rule": dict(sorted(by_rule.items())),
            "per_text": per_text}


if __name__ == "__main__":
    sys.exit(main())
