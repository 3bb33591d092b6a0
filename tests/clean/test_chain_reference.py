"""The chain against a plain reference: one edit at a time, the semantics its fast passes must keep."""

from __future__ import annotations

import bisect
import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, Edit, apply_edits
from variorum.clean.base import EditColumns
from variorum.clean.chain import (APPLIED, MARKUP, REJECTED, SUGGESTED, FilterSpec, OffsetMap, RawPositions,
                                   _overlapping_groups, _rounded, emendation_id, run_chain)
from variorum.clean.markdown import emit
from variorum.clean.pagination import emit_with_breaks, forward
from variorum.clean.review import decide as decide_by_word
from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.model import Emendation, PageBreak


def reference_apply(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """apply_edits as one loop: a segment per kept stretch and per edit."""
    out, new_starts, old_starts, old_lens, copied = [], [], [], [], []
    pos = npos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end < e.start:
            raise ValueError(f"overlapping edit {e.rule} at {e.start}-{e.end} (previous ends at {pos})")
        if e.start > pos:
            out.append(text[pos:e.start])
            new_starts.append(npos), old_starts.append(pos), old_lens.append(e.start - pos), copied.append(True)
            npos += e.start - pos
        out.append(e.replacement)
        new_starts.append(npos), old_starts.append(e.start), old_lens.append(e.end - e.start), copied.append(False)
        npos += len(e.replacement)
        pos = e.end
    if pos < len(text) or not new_starts:
        out.append(text[pos:])
        new_starts.append(npos), old_starts.append(pos), old_lens.append(len(text) - pos), copied.append(True)
    return "".join(out), OffsetMap(tuple(new_starts), tuple(old_starts), tuple(old_lens), tuple(copied))


def _status(e: Edit, eid: str, before: str, review: ReviewSettings, threshold: float) -> tuple[str, bool]:
    """(status, decided by the editor) of one edit."""
    if eid in review.reject:
        return REJECTED, True
    if eid in review.accept:
        return APPLIED, True
    if review.accept_words or review.reject_words:
        by_word = decide_by_word(False, "", "", ReviewSettings(accept_words=review.accept_words,
                                                               reject_words=review.reject_words), before)
        if by_word != SUGGESTED:
            return by_word, True
    if e.rule in review.reject_rules:
        return REJECTED, True
    if not e.applied or e.confidence < threshold:
        return (APPLIED, True) if e.rule in review.accept_rules else (SUGGESTED, False)
    return APPLIED, e.rule in review.accept_rules


def reference_chain(raw: str, ctx: CleanContext, specs: list[FilterSpec]):
    """run_chain as a loop over the edits, each mapped to the raw text through every filter's map."""
    text, maps, seen, emendations, pagebreaks, breaks_at = raw, [], {}, [], [], []
    line_starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]

    def raw_offset(pos: int) -> int:
        for m in reversed(maps):
            pos = m.to_old(pos)
        return pos

    for spec in specs:
        if spec.id in ctx.settings.disable or ctx.fmt not in spec.formats:
            continue
        if spec.pagebreaks is not None and not pagebreaks:
            for label, pos in spec.pagebreaks(text, ctx):
                off = raw_offset(pos)
                pagebreaks.append(PageBreak(label, bisect.bisect_right(line_starts, off), off))
                breaks_at.append(pos)
        edits = spec.run(text, ctx)
        decided = []  # (edit, record, status, by the editor, the filter's order)
        for order, e in sorted(enumerate(edits), key=lambda oe: (oe[1].start, oe[1].end)):
            off = raw_offset(e.start)
            line = bisect.bisect_right(line_starts, off)
            column = off - line_starts[line - 1] + 1
            eid = emendation_id(ctx.siglum, e.rule, line, column)
            seen[eid] = seen.get(eid, 0) + 1
            if seen[eid] > 1:
                eid = f"{eid}-{seen[eid]}"
            before = text[e.start:e.end]
            status, by_editor = _status(e, eid, before, ctx.review, ctx.settings.review_below)
            record = Emendation(eid, ctx.siglum, line, column, off, before, e.replacement.replace(MARKUP, ""),
                                e.rule, e.evidence, round(e.confidence, 3), status)
            decided.append((e, record, status, by_editor, order))
        # overlapping applied edits: the editor's choice wins, then the one the filter listed first
        applied = [d for d in decided if d[2] == APPLIED]
        chosen: list = []
        i = 0
        while i < len(applied):
            j, end = i + 1, applied[i][0].end
            while j < len(applied) and applied[j][0].start < end:
                end = max(end, applied[j][0].end)
                j += 1
            taken: list = []
            for d in sorted(applied[i:j], key=lambda d: (not d[3], d[4])):
                if j == i + 1 or not any(d[0].start < t[0].end and t[0].start < d[0].end for t in taken):
                    taken.append(d)
            chosen += taken
            i = j
        emendations += [d[1] for d in decided if d[2] != APPLIED or any(d is c for c in chosen)]
        if chosen:
            text, m = reference_apply(text, [d[0] for d in decided if any(d is c for c in chosen)])
            maps.append(m)
            breaks_at = forward(breaks_at, m, len(text))
    out, clean_offsets = emit_with_breaks(text, breaks_at, lambda t: emit(t, ctx.fmt))
    return out, emendations, [dataclasses.replace(b, clean_offset=c) for b, c in zip(pagebreaks, clean_offsets)]


RULES = ["r", "s", "r-1"]
edit_spec = st.tuples(st.integers(0, 15), st.integers(-1, 4),
                      st.sampled_from(["", " ", "X", "\n", MARKUP + "# ", "YY"]),
                      st.sampled_from(RULES), st.sampled_from([1.0, 1.0, 1, 0.5, 0.12345, 0.9999]),
                      st.sampled_from([True, True, True, False]))
filter_edits = st.lists(edit_spec, max_size=8)


def _filter(drawn):
    def run(text: str, ctx: CleanContext) -> list[Edit]:
        edits = []
        for a, length, replacement, rule, confidence, applied in drawn:
            start = min(a, len(text))
            edits.append(Edit(start, min(start + length, len(text)), replacement, rule, "why", confidence, applied))
        return edits
    return run


some_ids = st.builds(lambda r, line, col: f"W-{r}-{line}-{col}", st.sampled_from(RULES), st.integers(1, 3),
                     st.integers(1, 6))
reviews = st.one_of(st.just(ReviewSettings()), st.builds(
    ReviewSettings, accept_rules=st.lists(st.sampled_from(RULES), max_size=1),
    reject_rules=st.lists(st.sampled_from(RULES), max_size=1), accept=st.lists(some_ids, max_size=3),
    reject=st.lists(some_ids, max_size=3), accept_words=st.lists(st.sampled_from(["ab", "b"]), max_size=1),
    reject_words=st.lists(st.sampled_from(["a", "ba"]), max_size=1)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n-", max_size=20), st.lists(filter_edits, min_size=1, max_size=4), reviews,
       st.lists(st.integers(0, 20), max_size=4))
def test_the_chain_is_the_reference_chain(raw, filters, review, breaks) -> None:
    specs = [FilterSpec(f"f{k}", _filter(drawn)) for k, drawn in enumerate(filters)]
    specs[0] = dataclasses.replace(specs[0], pagebreaks=lambda t, c: [(str(p), min(p, len(t))) for p in breaks])
    ctx = CleanContext("W", "text", settings=CleanSettings(review_below=0.75), review=review)
    try:
        expected = reference_chain(raw, ctx, specs)
    except ValueError as e:  # a reversed edit, made by a filter with a bug
        try:
            run_chain(raw, ctx, specs)
        except ValueError as got:
            assert str(got) == str(e)
            return
        raise AssertionError("no ValueError")
    got = run_chain(raw, ctx, specs)
    assert (got.text, repr(got.emendations), repr(got.pagebreaks)) == (
        expected[0], repr(tuple(expected[1])), repr(tuple(expected[2])))
    assert [vars(e) for e in got.emendations] == [vars(e) for e in expected[1]]


def _columns_filter(drawn):
    """``_filter(drawn)``'s edits as columns: the uniform ones (" " by rule "r") as spans alone."""
    def run(text: str, ctx: CleanContext) -> EditColumns:
        edits = _filter(drawn)(text, ctx)
        uniform = Edit(0, 0, " ", "r", "why")
        # (by repr: an edit of confidence 1, an int, is not uniform; its record says 1)
        others = {i: e for i, e in enumerate(edits) if repr(dataclasses.replace(e, start=0, end=0)) != repr(uniform)}
        columns = EditColumns.uniform([e.start for e in edits], [e.end for e in edits], " ", "r", "why",
                                      others=others)
        assert list(columns) == edits
        return columns
    return run


def test_edits_as_columns_refuse_an_edit_given_whole_at_another_span() -> None:
    with pytest.raises(ValueError, match="edit 1 spans 5-6, not 5-7"):
        EditColumns.uniform([1, 5], [2, 6], " ", "r", others={0: Edit(1, 2, "", "s"), 1: Edit(5, 7, "", "s")})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n-", max_size=20), st.lists(filter_edits, min_size=1, max_size=3), reviews,
       st.lists(st.integers(0, 20), max_size=4))
def test_edits_as_columns_make_the_chain_of_edits_as_a_list(raw, filters, review, breaks) -> None:
    ctx = CleanContext("W", "text", settings=CleanSettings(review_below=0.75), review=review)
    results = []
    for make in (_filter, _columns_filter):
        specs = [FilterSpec(f"f{k}", make(drawn)) for k, drawn in enumerate(filters)]
        specs[0] = dataclasses.replace(specs[0], pagebreaks=lambda t, c: [(str(p), min(p, len(t))) for p in breaks])
        try:
            got = run_chain(raw, ctx, specs)
        except ValueError as e:
            results.append(str(e))
            continue
        results.append((got.text, repr(got.emendations), repr(got.pagebreaks), [vars(e) for e in got.emendations]))
    assert results[0] == results[1]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abc", max_size=30),
       st.lists(st.tuples(st.integers(-2, 32), st.integers(-1, 4), st.text(alphabet="XY", max_size=3)), max_size=8))
def test_apply_edits_is_the_reference(text, spans) -> None:
    edits = [Edit(start, start + length, repl, "r") for start, length, repl in spans]
    try:
        expected = reference_apply(text, edits)
    except ValueError as e:
        try:
            apply_edits(text, edits)
        except ValueError as got:
            assert str(got) == str(e)
            return
        raise AssertionError("no ValueError")
    new, m = apply_edits(text, edits)
    assert new == expected[0]
    assert_same_mapping(m, expected[1], len(text), len(new))


def assert_same_mapping(m: OffsetMap, expected: OffsetMap, old_len: int, new_len: int) -> None:
    """Both maps take every position back (to_old) and forward alike, just past either end included."""
    assert [m.to_old(p) for p in range(-1, new_len + 3)] == [expected.to_old(p) for p in range(-1, new_len + 3)]
    before = list(range(-1, old_len + 3))
    assert forward(before, m, new_len) == forward(before, expected, new_len)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a\n", max_size=20), st.lists(st.integers(-3, 24), max_size=6))
def test_lines_and_columns_of_many_offsets_are_those_of_each(raw, offsets) -> None:
    where = RawPositions.of(raw)
    offsets = sorted(offsets)
    each = [where.line_column(off) for off in offsets]
    assert where.lines_columns(offsets) == ([line for line, _ in each], [column for _, column in each])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(-3, 6)), max_size=12))
def test_overlapping_groups_are_the_runs_joined_by_the_furthest_end(spans) -> None:
    spans.sort()
    starts, ends = [s for s, _ in spans], [s + length for s, length in spans]
    expected: list[list[int]] = []
    for p in range(1, len(starts)):  # p joins the run of p - 1 when it starts before every end so far
        if starts[p] < max(ends[:p]):
            if expected and expected[-1][-1] == p - 1:
                expected[-1].append(p)
            else:
                expected.append([p - 1, p])
    assert _overlapping_groups(starts, ends) == expected


@settings(max_examples=300)
@given(st.lists(st.sampled_from([1.0, 1, 0.5, 0.12345, 0.9999, 0.0, -0.0, 2 / 3, True, float("inf")]), min_size=1))
@example([1.0, 1])
@example([0.0, -0.0])
def test_confidences_rounded_at_once_are_each_rounded(confidences) -> None:
    assert repr(_rounded(confidences)) == repr([round(c, 3) for c in confidences])
