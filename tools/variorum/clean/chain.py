"""The cleanup chain: an ordered registry of filters, run in turn with every change recorded."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import gc
import itertools
import operator
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from variorum.clean.base import CleanContext, CleanResult, Edit, FilterFn
from variorum.clean.settings import ReviewSettings
from variorum.model import Emendation, PageBreak

#: status values of an emendation record
APPLIED, SUGGESTED, REJECTED = "applied", "suggested", "rejected"

#: marks structural markup (``# ``, ``- ``) a filter inserted into a plain-text witness, so
#: that the Markdown writer escapes the witness's own ``#`` and ``-`` but not these; a
#: private-use character, removed on output
MARKUP = "\ue000"


@dataclass(frozen=True)
class FilterSpec:
    """One entry of the chain: a filter id, its function, the witness formats it runs on."""

    id: str
    run: FilterFn
    formats: tuple[str, ...] = ("text", "markdown")
    #: finds the original page breaks in the text this filter is given (offsets into it)
    pagebreaks: Callable[[str, CleanContext], list[tuple[str, int]]] | None = None


def registry() -> tuple[FilterSpec, ...]:
    """Every filter, in the order it runs (the one table to read to know the chain).

    Encoding runs first (everything after reads clean Unicode); furniture before block
    structure (a running head splits paragraphs); block structure before line joining
    (a paragraph split by a page break is one block again before its lines are joined);
    headings after line joining (a title is judged as it finally reads); spaces before
    misreadings, and misreadings after line joining (they see whole, single-spaced words);
    quotes, then the editor's own replacements last.
    """
    from variorum.clean import (bullets, encoding, floats, furniture, glyphs, headings, linejoin, misread, paragraphs,
                                quotes, review, titles, whitespace)

    return (
        FilterSpec("encoding", encoding.repair_unicode),
        FilterSpec("furniture", furniture.remove_furniture, ("text",), furniture.page_breaks),
        FilterSpec("blank-lines", paragraphs.rejoin_split_paragraphs),
        # after the rejoin: the sentence a float interrupts is whole before it is judged
        FilterSpec("floats", floats.move_floats),
        FilterSpec("bullets", bullets.mark_bullets, ("text",)),
        FilterSpec("title-split", titles.split_glued_titles, ("text",)),
        FilterSpec("linejoin", linejoin.join_lines),
        # after line joining: a title is judged as it reads, the same on every run
        FilterSpec("headings", headings.mark_headings),
        FilterSpec("stray-glyphs", glyphs.remove_stray_glyphs, ("text",)),
        FilterSpec("whitespace", whitespace.normalise_spaces),
        # after line joining and spacing: misreadings are judged on whole, single-spaced words
        FilterSpec("misread", misread.repair_misreadings),
        FilterSpec("quotes", quotes.normalise_quotes),
        # last: the editor's own replacements find the text as the other filters left it
        FilterSpec("editor", review.editor_replacements),
    )


# --------------------------------------------------------------------------- offsets

@dataclass(frozen=True)
class OffsetMap:
    """Where each position of a filter's output came from in its input.

    The output is cut into segments, each either copied unchanged from the input or the
    replacement of one edit; a position in a copied segment maps to its twin, a position
    in a replacement maps into the span it replaced (clamped to it). A copied segment
    between two edits back to back is empty: it holds no position (a position maps through
    the last segment that starts at or before it), so it changes no mapping.
    """

    new_starts: tuple[int, ...]
    old_starts: tuple[int, ...]
    old_lens: tuple[int, ...]
    copied: tuple[bool, ...]

    def to_old(self, pos: int) -> int:
        i = bisect.bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        delta = pos - self.new_starts[i]
        if self.copied[i]:
            return self.old_starts[i] + delta
        return self.old_starts[i] + min(delta, self.old_lens[i])


IDENTITY = OffsetMap((0,), (0,), (0,), (True,))


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits (in any order) to ``text``; return the result and its map.

    Edits are applied whether or not their ``applied`` flag is set: the caller chooses
    which to pass. Insertions (``start == end``) at one place keep the order given.
    Overlapping edits are a bug in the filter that proposed them: ``ValueError``.
    """
    ordered = sorted(edits, key=_START_END)  # (start, end), stable; a C-level key
    return _apply_in_order(text, [e.start for e in ordered], [e.end for e in ordered],
                           [e.replacement for e in ordered], [e.rule for e in ordered])


def _apply_in_order(text: str, starts: Sequence[int], ends: Sequence[int], replacements: Sequence[str],
                    rules: Sequence[str]) -> tuple[str, OffsetMap]:
    """:func:`apply_edits` of edits given as columns, in document order (``rules`` only
    names the culprit of an overlap).

    The text is cut into the stretches kept between the edits, interleaved with the
    replacements. Built in whole-list passes, not a loop: the chain applies one edit per
    line of a book.
    """
    n = len(starts)
    if not n:
        return text, OffsetMap((0,), (0,), (len(text),), (True,))
    kept_starts = [0, *ends]  # before the first edit, between each two, after the last
    kept_ends = [*starts, len(text)]
    kept_lens = list(map(operator.sub, kept_ends, kept_starts))
    edit_lens = list(map(operator.sub, ends, starts))
    # the last kept stretch may be negative, past the end of the text (then it is none)
    if min(kept_lens[:-1]) < 0 or min(edit_lens) < 0:
        _refuse_overlap(starts, ends, rules)
    pieces = _interleave(list(map(text.__getitem__, map(slice, kept_starts, kept_ends))), replacements)
    new_starts = list(itertools.accumulate(_interleave(kept_lens, list(map(len, replacements))), initial=0))
    new_starts.pop()  # the end of the last segment
    old_starts = _interleave(kept_starts, starts)
    old_lens = _interleave(kept_lens, edit_lens)
    copied = [True, False] * n + [True]
    if kept_lens[-1] <= 0:  # nothing kept after the last edit: no segment (the map clamps to its span)
        for column in (new_starts, old_starts, old_lens, copied):
            column.pop()
    return "".join(pieces), OffsetMap(tuple(new_starts), tuple(old_starts), tuple(old_lens), tuple(copied))


def _interleave(kept: Sequence, edited: Sequence) -> list:
    """``kept[0], edited[0], kept[1], ..., edited[-1], kept[-1]`` (one more kept than edited)."""
    out = [None] * (len(kept) + len(edited))
    out[::2] = kept
    out[1::2] = edited
    return out


def _refuse_overlap(starts: Sequence[int], ends: Sequence[int], rules: Sequence[str]) -> None:
    """``ValueError`` naming the first edit (in document order) that starts before the one
    before it ends, or ends before it starts."""
    pos = 0
    for start, end, rule in zip(starts, ends, rules):
        if start < pos or end < start:
            raise ValueError(f"overlapping edit {rule} at {start}-{end} (previous ends at {pos})")
        pos = end


@dataclass(frozen=True)
class RawPositions:
    """Maps offsets of the current text back through every filter to the raw text."""

    maps: tuple[OffsetMap, ...]
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, raw: str) -> "RawPositions":
        return cls((), tuple([0] + [m.end() for m in re.finditer("\n", raw)]))

    def then(self, m: OffsetMap) -> "RawPositions":
        return RawPositions(self.maps + (m,), self.line_starts)

    def offset(self, pos: int) -> int:
        for m in reversed(self.maps):
            pos = m.to_old(pos)
        return pos

    def offsets(self, positions: Sequence[int]) -> list[int]:
        """:meth:`offset` of many positions at once."""
        out = list(positions)
        for m in reversed(self.maps):
            out = _map_each(out, m)
        return out

    def offsets_sorted(self, positions: Sequence[int]) -> list[int]:
        """:meth:`offsets` of positions in ascending order (the chain's hot path).

        Every map is monotone, so the positions stay sorted map after map; a map with few
        segments is then applied a segment at a time to a slice of positions (one list
        comprehension per segment) rather than a position at a time with a bisect each.
        """
        out = list(positions)
        for m in reversed(self.maps):
            out = _map_sorted(out, m) if 4 * len(m.new_starts) < len(out) else _map_each(out, m)
        return out

    def line_column(self, raw_offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, raw_offset) - 1
        return i + 1, raw_offset - self.line_starts[i] + 1


def _map_each(positions: list[int], m: OffsetMap) -> list[int]:
    """``m.to_old`` of every position (any order), inlined."""
    br = bisect.bisect_right
    ns, olds, lens, copied = m.new_starts, m.old_starts, m.old_lens, m.copied
    mapped = []
    append = mapped.append
    for p in positions:
        i = br(ns, p) - 1
        if i < 0:
            append(p)
            continue
        d = p - ns[i]
        append(olds[i] + d if copied[i] else olds[i] + (d if d < lens[i] else lens[i]))
    return mapped


def _map_sorted(positions: list[int], m: OffsetMap) -> list[int]:
    """``m.to_old`` of ascending positions, one segment of ``m`` at a time (same results)."""
    bl = bisect.bisect_left
    ns, olds, lens, copied = m.new_starts, m.old_starts, m.old_lens, m.copied
    n, nseg = len(positions), len(ns)
    j = bl(positions, ns[0])
    out = positions[:j]  # before the first segment: unchanged, as to_old leaves them
    for i in range(nseg):
        # to_old picks the last segment starting at or before p: segment i holds
        # ns[i] <= p < ns[i + 1] (empty when a deletion left two segments one start)
        hi = bl(positions, ns[i + 1], j) if i + 1 < nseg else n
        if hi > j:
            base, old = ns[i], olds[i]
            if copied[i]:
                shift = old - base
                out += [p + shift for p in positions[j:hi]]
            else:
                top = old + lens[i]
                out += [q if q < top else top for q in [old + p - base for p in positions[j:hi]]]
            j = hi
    return out


# --------------------------------------------------------------------------- decisions

def decide(applied: bool, rule: str, emendation_id: str, review: ReviewSettings) -> str:
    """The status of an edit after the editor's decisions: a decision by id beats one by rule."""
    if emendation_id in review.reject:
        return REJECTED
    if emendation_id in review.accept:
        return APPLIED
    if rule in review.reject_rules:
        return REJECTED
    if not applied:
        return APPLIED if rule in review.accept_rules else SUGGESTED
    return APPLIED


_ID_SAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")


def emendation_id(siglum: str, rule: str, line: int, column: int) -> str:
    """A stable id: the witness, the rule and where the change is in the raw file."""
    return f"{_ID_SAFE_RE.sub('_', siglum)}-{rule}-{line}-{column}"


# --------------------------------------------------------------------------- the run

def run_chain(raw: str, ctx: CleanContext, specs: Sequence[FilterSpec] | None = None) -> CleanResult:
    """Run every enabled filter on ``raw`` and write the result as Pandoc Markdown."""
    specs = registry() if specs is None else specs
    # The chain makes a few objects per line of a book (edits, records, map entries), none
    # in a reference cycle; the cyclic collector would rescan them all again and again as
    # they pile up (a tenth of the run on a book). Collection resumes when the run ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_chain(raw, ctx, specs)
    finally:
        if collecting:
            gc.enable()


def _run_chain(raw: str, ctx: CleanContext, specs: Sequence[FilterSpec]) -> CleanResult:
    from variorum.clean import markdown, pagination

    text = raw
    where = RawPositions.of(raw)
    emendations: list[Emendation] = []
    seen_ids: dict[str, int] = {}
    pagebreaks: list[PageBreak] = []
    breaks_at: list[int] = []  # where each page break is in the current text
    disabled = set(ctx.settings.disable)
    review = _Review.of(ctx.review)
    for spec in specs:
        if spec.id in disabled or ctx.fmt not in spec.formats:
            continue
        if spec.pagebreaks is not None and not pagebreaks:
            for label, pos in spec.pagebreaks(text, ctx):
                off = where.offset(pos)
                pagebreaks.append(PageBreak(page=label, line=where.line_column(off)[0], offset=off))
                breaks_at.append(pos)
        edits = spec.run(text, ctx)
        if not edits:
            continue
        decided = _decide_all(text, edits, ctx, where, seen_ids, review)
        applied = _applied_edits(decided)
        if not _any_overlap(applied):
            # the usual case, no two readings of one place: every record kept, every
            # applied edit made (what the loop below does then, in C-level passes)
            emendations += map(_RECORD, decided)
            if applied:
                text, m = apply_edits(text, applied)
                where = where.then(m)
                if breaks_at:
                    breaks_at = pagination.forward(breaks_at, m, len(text))
            continue
        chosen = _without_conflicts(decided)
        for i, d in enumerate(decided):
            if d[2] == APPLIED and i not in chosen:
                continue  # lost to an alternative reading of the same place: no change made
            emendations.append(d[1])
        if chosen:
            text, m = apply_edits(text, [d[0] for i, d in enumerate(decided) if i in chosen])
            where = where.then(m)
            if breaks_at:
                breaks_at = pagination.forward(breaks_at, m, len(text))
    if not breaks_at:
        return CleanResult(markdown.emit(text, ctx.fmt), tuple(emendations), tuple(pagebreaks))
    # the Markdown writer moves text (escapes, separators): each break is found again in its output
    emitted, clean_offsets = pagination.emit_with_breaks(text, breaks_at, lambda t: markdown.emit(t, ctx.fmt))
    pagebreaks = [dataclasses.replace(b, clean_offset=c) for b, c in zip(pagebreaks, clean_offsets)]
    return CleanResult(emitted, tuple(emendations), tuple(pagebreaks))


@dataclass(frozen=True)
class _Review:
    """The editor's decisions as sets, looked up once per edit."""

    accept: frozenset[str]
    reject: frozenset[str]
    accept_rules: frozenset[str]
    reject_rules: frozenset[str]
    accept_words: frozenset[str] = frozenset()
    reject_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, review: ReviewSettings) -> "_Review":
        return cls(frozenset(review.accept), frozenset(review.reject),
                   frozenset(review.accept_rules), frozenset(review.reject_rules),
                   frozenset(review.accept_words), frozenset(review.reject_words))

    def word(self, before: str) -> str | None:
        """'accept' or 'reject' when the editor decided the reading ``before`` by word."""
        if not (self.accept_words or self.reject_words):
            return None
        from variorum.clean.review import decide

        status = decide(False, "", "", ReviewSettings(accept_words=list(self.accept_words),
                                                      reject_words=list(self.reject_words)), before)
        return {APPLIED: "accept", REJECTED: "reject"}.get(status)


# One decided edit: (edit, record, status, decided by the editor, order the filter gave).
_Decided = tuple


def _decide_all(text: str, edits: list[Edit], ctx: CleanContext, where: RawPositions,
                seen_ids: dict[str, int], review: "_Review | None" = None) -> list[_Decided]:
    threshold = ctx.settings.review_below
    review = review or _Review.of(ctx.review)
    prefix = _ID_SAFE_RE.sub("_", ctx.siglum) + "-"
    siglum = ctx.siglum
    # the editor's decisions, hoisted out of the loop (most editions have none)
    reject_ids, accept_ids = review.reject, review.accept
    reject_rules, accept_rules = review.reject_rules, review.accept_rules
    by_words = bool(review.accept_words or review.reject_words)
    editor = bool(reject_ids or accept_ids or by_words or reject_rules or accept_rules)
    # document order, ties in the order the filter gave: a stable sort on (start, end)
    # (filters mostly list their edits in order already: then no sort at all)
    edits = edits if isinstance(edits, list) else list(edits)
    keys = list(map(_START_END, edits))
    if all(map(operator.le, keys, keys[1:])):
        order = range(len(edits))
    else:
        order = sorted(range(len(edits)), key=keys.__getitem__)
    ordered = edits if isinstance(order, range) else [edits[i] for i in order]
    n = len(ordered)
    # Each step below is one pass over all the edits (comprehensions and C-level maps,
    # a third faster than one Python loop doing everything per edit: a book has one
    # edit per line); the per-edit logic is the same as before, and tests compare.
    raw_offsets = where.offsets_sorted([keys[i][0] for i in order])
    line_starts = where.line_starts
    br = bisect.bisect_right
    line_index = [br(line_starts, off) - 1 for off in raw_offsets]  # as RawPositions.line_column
    lines = [i + 1 for i in line_index]
    columns = [off - line_starts[i] + 1 for off, i in zip(raw_offsets, line_index)]
    rules = [e.rule for e in ordered]
    ids = [f"{prefix}{rule}-{line}-{column}" for rule, line, column in zip(rules, lines, columns)]
    if len(set(ids)) == n and seen_ids.keys().isdisjoint(ids):
        seen_ids.update(dict.fromkeys(ids, 1))  # every id new: each is its own first
    else:
        for k, eid in enumerate(ids):  # the n-th change at one place and rule gets "-n"
            count = seen_ids.get(eid, 0) + 1
            seen_ids[eid] = count
            if count > 1:
                ids[k] = f"{eid}-{count}"
    befores = [text[e.start:e.end] for e in ordered]
    if not editor:  # no decisions to look up (most runs): the filter's own verdict
        statuses = [SUGGESTED if not e.applied or e.confidence < threshold else APPLIED for e in ordered]
        by_editors = [False] * n
    else:
        statuses, by_editors = [], []
        for e, eid, rule, before in zip(ordered, ids, rules, befores):
            if eid in reject_ids:
                status, by_editor = REJECTED, True
            elif eid in accept_ids:
                status, by_editor = APPLIED, True
            elif by_words and (by_word := review.word(before)) is not None:
                status, by_editor = (APPLIED if by_word == "accept" else REJECTED), True
            elif rule in reject_rules:
                status, by_editor = REJECTED, True
            elif not e.applied or e.confidence < threshold:
                by_editor = rule in accept_rules
                status = APPLIED if by_editor else SUGGESTED
            else:
                status, by_editor = APPLIED, rule in accept_rules
            statuses.append(status)
            by_editors.append(by_editor)
    # Emendation(...) filled at once (see _record_fields): instances made, then their
    # dicts set, both in C-level passes
    fields = [{"id": eid, "witness": siglum, "line": line, "column": column, "offset": off,
               "before": before, "after": e.replacement.replace(MARKUP, "") if MARKUP in e.replacement
               else e.replacement, "rule": rule, "evidence": e.evidence,
               "confidence": round(e.confidence, 3), "status": status}
              for e, eid, line, column, off, before, rule, status
              in zip(ordered, ids, lines, columns, raw_offsets, befores, rules, statuses)]
    records = [object.__new__(Emendation) for _ in range(n)]
    collections.deque(map(object.__setattr__, records, itertools.repeat("__dict__"), fields), maxlen=0)
    return list(zip(ordered, records, statuses, by_editors, order))


_START_END = operator.attrgetter("start", "end")

#: The fields of an emendation record in declaration order. A book makes one record per
#: line break; the frozen dataclass's __init__ sets its eleven fields one by one through
#: object.__setattr__, so _decide_all fills the instance dict at once (half the cost). The
#: record is the same object (tests compare it with Emendation(...)); valid while
#: Emendation has no slots and no __post_init__, which tests check too.
_record_fields = ("id", "witness", "line", "column", "offset", "before", "after", "rule",
                  "evidence", "confidence", "status")


_EDIT, _RECORD, _STATUS = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


def _applied_edits(decided: list[_Decided]) -> list[Edit]:
    """The edits of ``decided`` whose status is applied, in its order."""
    return list(itertools.compress(map(_EDIT, decided),
                                   map(operator.eq, map(_STATUS, decided), itertools.repeat(APPLIED))))


def _any_overlap(edits: list[Edit]) -> bool:
    """Whether an edit (in document order) starts before the ones before it end."""
    ends = itertools.accumulate(map(operator.attrgetter("end"), edits), max)
    return any(map(operator.lt, map(operator.attrgetter("start"), edits[1:]), ends))


def _without_conflicts(decided: list[_Decided]) -> set[int]:
    """Indexes (into ``decided``) of the applied edits that go into the text: where two
    overlap (two readings of one place), the editor's choice wins, then the one the filter
    listed first."""
    applied = [(i, d[0], d[3], d[4]) for i, d in enumerate(decided) if d[2] == APPLIED]
    keep: set[int] = set()
    i = 0
    n = len(applied)
    while i < n:
        end = applied[i][1].end
        j = i + 1
        while j < n and applied[j][1].start < end:
            end = max(end, applied[j][1].end)
            j += 1
        if j == i + 1:
            keep.add(applied[i][0])
        else:
            taken: list[Edit] = []
            for idx, e, _by, _order in sorted(applied[i:j], key=lambda a: (not a[2], a[3])):
                if not any(e.start < t.end and t.start < e.end for t in taken):
                    taken.append(e)
                    keep.add(idx)
        i = j
    return keep


def _overlaps(e: Edit, others, end: int) -> bool:
    del end
    for o in others:
        other = o.edit if isinstance(o, _Decided) else o
        if e.start < other.end and other.start < e.end:
            return True
    return False
