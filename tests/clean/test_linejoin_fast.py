"""Line joining's fast paths agree with what they replace: dash counting, one decision per pair of halves, edits as columns."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext
from variorum.clean.base import Edit, EditColumns, make_edit
from variorum.clean.lexicon import build_lexicon
from variorum.clean.linejoin import (RULE_DEHYPHENATE, RULE_HYPHEN_BREAK, DashPractice, _last_word, _letters_before,
                                     dash_practice, decide_hyphen, join_lines, witness_spellings)

_DASH_TEXT = st.lists(st.sampled_from(["—", "–", "-", " ", "  ", "a", "B", "_", "7", "²", ".", "!", "“", "(", "\n", "\t",
                                       "\xa0"]), max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DASH_TEXT)
def test_dash_practice_counts_as_the_two_patterns_do(text: str) -> None:
    # a dash run (or two hyphens or more) glued to a non-space, then one space and a
    # non-space (spaced), or a word or an opening quote (closed); keyed (after . ! ?, before
    # an opening quote); apart: a run with a space on both sides
    closed: dict = {}
    spaced: dict = {}
    for m in re.finditer(r"(?:([^\s—–])[—–]+|([^\s—–-])-{2,})(?:( )(?=(\S))|(?=([^\W_]|[“‘\"'«„‚(\[{])))", text):
        nxt = m.group(4) if m.group(3) else m.group(5)
        counts = spaced if m.group(3) else closed
        key = ((m.group(1) or m.group(2)) in ".!?", nxt in "“‘\"'«„‚([{")
        counts[key] = counts.get(key, 0) + 1
    apart = len(re.findall(r"(?<= )(?:[—–]+|-{2,})(?= )", text))
    assert dash_practice(text) == DashPractice(closed, spaced, apart)


_HALVES = [("some", "times"), ("cheer", "ful"), ("cheer", "fu1"), ("rock", "pigeon"), ("New", "York"),
           ("co", "operation"), ("pre", "war"), ("Some", "times"), ("wood", "pigeon"), ("NEW", "YORK"), ("New", "YORK")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HALVES), st.sampled_from(["-", "¬", "\u2010"])), min_size=1, max_size=8))
def test_a_pair_of_halves_met_again_is_decided_as_the_first_time(breaks: list) -> None:
    # join_lines decides each distinct pair once per text; every occurrence must still
    # carry what decide_hyphen says of its own halves (and its own reading of a digit)
    text = "".join(f"we saw the {left}{mark}\n{right} there and then\n" for (left, right), mark in breaks)
    lex = build_lexicon(text, {})
    edits = join_lines(text, CleanContext("W", "text"))
    for (left, right), mark in breaks:
        word = right.replace("1", "l")
        d = decide_hyphen(left, word, lex, witness_spellings(text))
        hyphen = text.index(f"{left}{mark}\n{right}") + len(left)
        # the decision is recorded on the hyphen (joined) or on the line break (kept)
        decided = [e.evidence for e in edits if e.start in (hyphen, hyphen + 1) and d.evidence in e.evidence]
        assert decided
        if word != right:
            assert all(f"reading '{right}' as '{word}'" in why for why in decided)


_BREAKS_TEXT = st.lists(st.sampled_from(["red-\nhouse", "com-\npassed", "bed¬\nchamber", "govern\nment", "12-\n15",
                                         "pre-\nand post-war", "word—\nword", "the\nend", " ", "\n", "\n\n", "x",
                                         "Eng\nland", "ana-\nlysed", "sea-\nfaring", "  \n"]),
                        max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(_BREAKS_TEXT)
def test_edits_come_in_document_order(text: str) -> None:
    # the chain sorts a filter's edits on (start, end), stably; line joining lists them so already
    edits = join_lines(text, CleanContext("W", "text", other_texts={"P": "a sea-faring life; the seafaring man"}))
    assert list(edits) == sorted(edits, key=lambda e: (e.start, e.end))



@settings(max_examples=300, deadline=None)
@given(_BREAKS_TEXT)
def test_a_joined_hyphens_line_break_is_the_edit_it_was_made_as(text: str) -> None:
    # the columns hold it as its span alone (a second shared default); read back it must be
    # make_edit(a, b, "", RULE_HYPHEN_BREAK, "line break after a hyphen"), field for field
    edits = list(join_lines(text, CleanContext("W", "text", other_texts={"P": "a sea-faring life; the seafaring man"})))
    for k, e in enumerate(edits):
        if e.rule == RULE_HYPHEN_BREAK:
            assert vars(e) == vars(make_edit(e.start, e.end, "", RULE_HYPHEN_BREAK, "line break after a hyphen"))
            assert type(e.confidence) is float
            # after the joined hyphen's own edit, the break's text a line break
            assert edits[k - 1].rule == RULE_DEHYPHENATE and edits[k - 1].end == e.start
            assert text[e.start:e.end].strip(" \t") == "\n"


def test_edits_alike_but_for_their_span_are_those_given_whole() -> None:
    starts, ends = [1, 3, 5, 7], [2, 4, 6, 8]
    alike = Edit(0, 0, "", "h", "why h", 0.5, False)
    whole = {i: dataclasses.replace(alike, start=starts[i], end=ends[i]) for i in (1, 3)}
    shared = EditColumns.uniform(starts, ends, " ", "r", "why", others={2: Edit(5, 6, "x", "s")}, alike=((alike, [1, 3]),))
    given_whole = EditColumns.uniform(starts, ends, " ", "r", "why", others={2: Edit(5, 6, "x", "s"), **whole})
    assert shared == given_whole
    assert list(shared) == list(given_whole)


# letters (some no ASCII, one no letter but a word character: ², Ⅻ), spaces, line ends and the rest
_LINE_TEXT = st.lists(st.sampled_from(["a", "é", "Z", "²", "Ⅻ", "_", "7", " ", "\n", "\t", "-", "’", "word", "x" * 41]),
                      max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINE_TEXT, st.integers(0, 2000))
def test_the_last_word_is_what_two_searches_find(text: str, at: int) -> None:
    # back to the last space or line start in the 40 characters before (from the text's start if neither)
    end = min(at, len(text))
    lo = max(0, end - 40)
    assert _last_word(text, end) == text[max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1:end]


@settings(max_examples=500, deadline=None)
@given(_LINE_TEXT, st.integers(0, 2000))
def test_the_letters_before_are_what_a_search_finds(text: str, at: int) -> None:
    pos = min(at, len(text))
    m = re.compile(r"[^\W\d_]+\Z").search(text, max(0, pos - 40), pos)
    assert _letters_before(text, pos) == (m.group() if m else "")
