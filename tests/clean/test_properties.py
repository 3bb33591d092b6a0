"""Invariants of the whole chain over random witnesses: deterministic, idempotent, no word lost."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.settings import CleanSettings

WORDS = ["the", "government", "govern", "ment", "cross", "border", "con", "tact", "contact", "and",
         "Networks", "Table", "o", "e", "»", "+", "*", "1.", "2.1.", "Introduction", "$5", "a_b",
         "<b>", "#tag", "&amp;", "@me", "pre", "post", "war", "COVID", "19", "it's", "“quoted”",
         "(Smith,", "2001)", "end.", "here;", "list:", "café", "x\\y", "[1]", "~", "^", "|", "-", "—"]
SEPARATORS = [" ", " ", " ", " ", "\n", "-\n", "\n\n", "\n ", "  ", "\n\n\n\n", "\f", "-\n\n", "\t",
              "¬\n", "—\n"]

token = st.sampled_from(WORDS)
sep = st.sampled_from(SEPARATORS)
witness = st.lists(st.tuples(token, sep), min_size=1, max_size=60).map(
    lambda pairs: "".join(w + s for w, s in pairs))
markdown_witness = st.lists(
    st.sampled_from(["- item one", "- item two", "1. Context", "Plain words here", "and more words",
                     "| a | b |", "*emph*", "[link](http://x.y)", "Table 1. Caption", "con-", "tact ends."]),
    min_size=1, max_size=20).flatmap(
    lambda lines: st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(lines), max_size=len(lines)).map(
        lambda seps: "".join(l + s for l, s in zip(lines, seps))))


@given(witness)
def test_deterministic(raw: str) -> None:
    ctx = CleanContext("W", "text")
    assert clean_text(raw, ctx) == clean_text(raw, ctx)


@given(witness)
def test_idempotent_text(raw: str) -> None:
    once = clean_text(raw, CleanContext("W", "text")).text
    again = clean_text(once, CleanContext("W", "markdown"))
    assert again.text == once, [e for e in again.emendations if e.status == "applied"]


@given(markdown_witness)
def test_idempotent_markdown(raw: str) -> None:
    once = clean_text(raw, CleanContext("W", "markdown")).text
    again = clean_text(once, CleanContext("W", "markdown"))
    assert again.text == once, [e for e in again.emendations if e.status == "applied"]


_TOKEN_RE = re.compile(r"[^\W_]+")


@given(witness)
def test_no_word_lost(raw: str) -> None:
    result = clean_text(raw, CleanContext("W", "text"))
    available = Counter(_TOKEN_RE.findall(result.text))
    spans = [(e.offset, e.offset + len(e.before)) for e in result.emendations if e.status == "applied"]
    for m in _TOKEN_RE.finditer(raw):
        if any(a <= m.end() and m.start() <= b for a, b in spans):
            continue  # the emendation record holds it
        assert available[m.group()] > 0, f"'{m.group()}' at {m.start()} is neither in the output nor in an emendation"
        available[m.group()] -= 1


@pytest.mark.slow
@pytest.mark.parametrize("name,seed", [("frankenstein-variorum/frankenstein_1831.txt", 7),
                                       ("nt-translations-mark/mark_OEB.txt", 9)])
def test_idempotent_on_a_simulated_ocr_book(corpora: Path, name: str, seed: int) -> None:
    """The structural filters decide alike on their own output (misreadings left out:
    their evidence is the words, which the first run changes)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    ocr_sim = pytest.importorskip("ocr_sim")
    _gold, raw, _layout, _record = ocr_sim.simulate((corpora / name).read_text(encoding="utf-8"), seed)
    settings = CleanSettings(disable=["misread"])
    once = clean_text(raw, CleanContext("S", "text", settings=settings)).text
    again = clean_text(once, CleanContext("S", "markdown", settings=settings))
    assert again.text == once, [e for e in again.emendations if e.status == "applied"][:5]
