"""The cleanup chain: an ordered registry of filters, run in turn with every change recorded."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import gc
import itertools
import math
import operator
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from variorum.clean.base import CleanContext, CleanResult, Edit, EditColumns, FilterFn
from variorum.clean.settings import ReviewSettings
from variorum.model import Emendation, PageBreak

#: status values of an emendation record
APPLIED, SUGGESTED, REJECTED = "applied", "suggested", "rejected"

#: marks structural markup (``# ``, ``- ``) a filter inserted into a plain-text witness, so
#: that the Markdown writer escapes the witness's own ``#`` and ``-`` but not these; a
#: private-use character, removed on output
MARKUP = "\ue000"


#: the filter that sets a plain-text witness's code blocks apart: no filter after it edits them
CODE_BLOCKS = "code-blocks"


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
    structure (a running head splits paragraphs); code blocks set apart before the rest,
    which leaves them as they stand; block structure before line joining
    (a paragraph split by a page break is one block again before its lines are joined);
    headings after line joining (a title is judged as it finally reads); spaces before
    misreadings, and misreadings after line joining (they see whole, single-spaced words);
    quotes, then the editor's own replacements last.
    """
    from variorum.clean import (bullets, codeblocks, dropcaps, encoding, floats, furniture, glyphs, headings, linejoin,
                                misread, paragraphs, quotes, review, titles, whitespace)

    return (
        FilterSpec("encoding", encoding.repair_unicode),
        FilterSpec("furniture", furniture.remove_furniture, ("text",), furniture.page_breaks),
        # after furniture (a page's head or number inside a listing is none of its lines): every
        # later filter leaves the code blocks as they stand
        FilterSpec(CODE_BLOCKS, codeblocks.mark_code_blocks, ("text",)),
        FilterSpec("blank-lines", paragraphs.rejoin_split_paragraphs),
        # after the rejoin: the sentence a float interrupts is whole before it is judged
        FilterSpec("floats", floats.move_floats),
        FilterSpec("bullets", bullets.mark_bullets, ("text",)),
        FilterSpec("title-split", titles.split_glued_titles, ("text",)),
        FilterSpec("drop-caps", dropcaps.join_drop_caps),
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

    # (lists as apply_edits builds them: a copy into tuples costs a pass per segment)
    new_starts: Sequence[int]
    old_starts: Sequence[int]
    old_lens: Sequence[int]
    copied: Sequence[bool]

    def to_old(self, pos: int) -> int:
        i = bisect.bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        delta = pos - self.new_starts[i]
        if self.copied[i]:
            return self.old_starts[i] + delta
        return self.old_starts[i] + min(delta, self.old_lens[i])


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
    pieces = _interleave([text[a:b] for a, b in zip(kept_starts, kept_ends)], replacements)
    new_starts = list(itertools.accumulate(_interleave(kept_lens, list(map(len, replacements))), initial=0))
    new_starts.pop()  # the end of the last segment
    old_starts = _interleave(kept_starts, starts)
    old_lens = _interleave(kept_lens, edit_lens)
    copied = [True, False] * n + [True]
    if kept_lens[-1] <= 0:  # nothing kept after the last edit: no segment (the map clamps to its span)
        for column in (new_starts, old_starts, old_lens, copied):
            column.pop()
    return "".join(pieces), OffsetMap(new_starts, old_starts, old_lens, copied)


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
    #: ``line_starts[line - 1] - 1`` at index ``line``: an offset minus it is its column
    #: (at index 0, for an offset before the text, the last line's, as ``line_column``'s index -1)
    column_bases: tuple[int, ...]
    raw: str = field(repr=False)

    @classmethod
    def of(cls, raw: str) -> "RawPositions":
        line_starts = tuple([0] + [m.end() for m in re.finditer("\n", raw)])
        return cls((), line_starts, tuple(map(operator.sub, line_starts[-1:] + line_starts, itertools.repeat(1))), raw)

    def then(self, m: OffsetMap) -> "RawPositions":
        return RawPositions(self.maps + (m,), self.line_starts, self.column_bases, self.raw)

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
        comprehension per segment), one with many a position at a time, with a bisect only
        where a position is past the segment of the one before.
        """
        out = list(positions)
        for m in reversed(self.maps):
            out = _map_sorted(out, m) if 4 * len(m.new_starts) < len(out) else _map_ascending(out, m)
        return out

    def line_column(self, raw_offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, raw_offset) - 1
        return i + 1, raw_offset - self.line_starts[i] + 1

    def lines_columns(self, raw_offsets: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`line_column` of many raw offsets in ascending order: their lines, their columns."""
        if raw_offsets and raw_offsets[0] >= 0 and raw_offsets[-1] < 256 * len(raw_offsets):
            # offsets a few lines apart (a line join's): each line is the one before plus the
            # line breaks between the two offsets, a C-level count cheaper than a bisect
            lines = list(itertools.accumulate(map(self.raw.count, itertools.repeat("\n"), [0, *raw_offsets],
                                                  raw_offsets), initial=1))
            del lines[0]
        else:
            lines = list(map(bisect.bisect_right, itertools.repeat(self.line_starts), raw_offsets))
        return lines, list(map(operator.sub, raw_offsets, map(self.column_bases.__getitem__, lines)))


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


def _map_ascending(positions: list[int], m: OffsetMap) -> list[int]:
    """``m.to_old`` of ascending positions, a position at a time (same results): the segment
    is looked for only past the last, where a position leaves it (a line join's map has a
    segment or two for each position a filter after it asks about: half the bisects)."""
    ns, olds, lens, copied = m.new_starts, m.old_starts, m.old_lens, m.copied
    if not positions or positions[0] < ns[0]:
        return _map_each(positions, m)
    br = bisect.bisect_right
    last = len(ns) - 1
    mapped = []
    append = mapped.append
    i = 0
    end = ns[1] if last else math.inf  # where the positions of segment i end
    for p in positions:
        if p >= end:
            i = br(ns, p, i) - 1
            end = ns[i + 1] if i < last else math.inf
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


# --------------------------------------------------------------------------- emendation ids

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
    from variorum.clean import codeblocks, markdown, pagination

    text = raw
    ctx = dataclasses.replace(ctx, raw_text=raw)  # (the filters' view of it: the caller's stays as it was)
    where = RawPositions.of(raw)
    emendations: list[Emendation] = []
    ids = _IdCounter()
    pagebreaks: list[PageBreak] = []
    breaks_at: list[int] = []  # where each page break is in the current text
    disabled = set(ctx.settings.disable)
    review = _Review.of(ctx.review)
    # whether the code blocks stand apart, for no later filter to edit (a Markdown witness's
    # fenced and indented code stands apart as written)
    guard_code = ctx.fmt == "markdown"
    for spec in specs:
        if spec.id in disabled or ctx.fmt not in spec.formats:
            continue
        if spec.pagebreaks is not None and not pagebreaks:
            for label, pos in spec.pagebreaks(text, ctx):
                off = where.offset(pos)
                pagebreaks.append(PageBreak(page=label, line=where.line_column(off)[0], offset=off))
                breaks_at.append(pos)
        edits = spec.run(text, dataclasses.replace(ctx, page_starts=tuple(breaks_at)) if breaks_at else ctx)
        if guard_code and edits:
            blocks = codeblocks.code_blocks(text)
            if blocks:
                edits = codeblocks.outside_code(edits, blocks)
            else:
                guard_code = False  # (none: no filter makes one)
        guard_code = guard_code or spec.id == CODE_BLOCKS
        if not edits:
            continue
        d = _decide_all(text, edits, ctx, where, ids, review)
        # the edits that go into the text: the applied ones (None: all), less any that lost
        # to another reading of its place (no change made, and no record)
        stands = (None if d.statuses.count(APPLIED) == len(d.statuses)
                  else list(map(operator.eq, d.statuses, itertools.repeat(APPLIED))))
        starts, ends, replacements, rules = _columns(d, stands)
        lost = _lost_alternatives(d, stands, starts, ends)
        if lost:
            made = range(len(d.records)) if stands is None else list(itertools.compress(range(len(d.records)), stands))
            recorded = [True] * len(d.records)
            for p in lost:
                recorded[made[p]] = False
            emendations += itertools.compress(d.records, recorded)
            starts, ends, replacements, rules = (_without(column, lost)
                                                 for column in (starts, ends, replacements, rules))
        else:
            emendations += d.records
        if starts:
            text, m = _apply_in_order(text, starts, ends, replacements, rules)
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


class _IdCounter:
    """How often each emendation id was given in a run, so that the n-th change of one
    rule at one place gets the id suffixed "-n".

    An id names its rule and its raw line and column: the ids of a filter none of whose
    rules an earlier filter gave are new (almost every filter, and every line join of a
    book), and only its edits at one raw offset (next to each other in document order)
    can share one. Those are counted there and then put aside, to be counted with the
    rest the first time a later filter gives one of their rules again.
    """

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.rules: set[str] = set()
        self.uncounted: list[list[str]] = []

    def number(self, ids: list[str], rules: Sequence[str], raw_offsets: Sequence[int]) -> None:
        """Count ``ids`` (in document order), suffixing in place each given before."""
        rules_here = set(rules)
        new_rules = self.rules.isdisjoint(rules_here)
        self.rules |= rules_here
        if new_rules:
            at_one_offset = list(itertools.compress(range(1, len(ids)), map(operator.eq, raw_offsets[1:], raw_offsets)))
            self.uncounted.append(list(ids) if at_one_offset else ids)
            _suffix_repeats(ids, at_one_offset)
            return
        counts = self.counts
        for earlier in self.uncounted:
            counts.update(collections.Counter(earlier))
        self.uncounted.clear()
        for k, eid in enumerate(ids):
            count = counts.get(eid, 0) + 1
            counts[eid] = count
            if count > 1:
                ids[k] = f"{eid}-{count}"


def _suffix_repeats(ids: list[str], at_one_offset: list[int]) -> None:
    """Suffix "-n" the n-th of one id among edits at one raw offset (``at_one_offset``:
    the edits, ascending, at the offset of the edit before them)."""
    seen: dict[str, int] = {}
    last = -1
    for p in at_one_offset:
        if p - 1 != last:  # a new run of edits at one offset, from edit p - 1
            seen = {ids[p - 1]: 1}
        count = seen.get(ids[p], 0) + 1
        seen[ids[p]] = count
        if count > 1:
            ids[p] = f"{ids[p]}-{count}"
        last = p


@dataclass(frozen=True)
class _Decisions:
    """A filter's edits decided, in document order, one list per field."""

    starts: Sequence[int]
    ends: Sequence[int]
    replacements: Sequence[str]
    rules: Sequence[str]
    records: list[Emendation]
    statuses: list[str]
    #: whether the status is the editor's decision (it wins over an alternative reading)
    by_editor: list[bool]
    #: where the filter listed each edit (between alternatives, the first listed wins)
    order: Sequence[int]


#: an edit's fields, got in one pass (a book's line joining makes an edit per line)
_EDIT_FIELDS = operator.attrgetter("start", "end", "replacement", "rule", "evidence", "confidence", "applied")


def _decide_all(text: str, edits: Sequence[Edit], ctx: CleanContext, where: RawPositions, ids: _IdCounter,
                review: "_Review | None" = None) -> _Decisions:
    """Each edit located in the raw text, given its id and its status, and recorded.

    Done in whole-list passes over the edits' fields (a book has one edit per line), the
    records alone made in a loop.
    """
    threshold = ctx.settings.review_below
    review = review or _Review.of(ctx.review)
    siglum = ctx.siglum
    # document order, ties in the order the filter gave: a stable sort on (start, end)
    # (filters mostly list their edits in order already: then no sort at all)
    if isinstance(edits, EditColumns):  # the filter's columns, read as they are
        fields = (edits.starts, edits.ends, edits.replacements, edits.rules, edits.evidence, edits.confidences,
                  edits.applied)
    else:
        fields = tuple(zip(*map(_EDIT_FIELDS, edits)))
    if not fields or not fields[0]:  # (an empty iterable that is not a list)
        return _Decisions((), (), (), (), [], [], [], range(0))
    starts, ends, replacements, rules, evidence, confidences, applied = fields
    order: Sequence[int] = range(len(starts))
    if not all(map(operator.lt, starts, starts[1:])) and not _ordered_at_ties(starts, ends):
        keys = list(zip(starts, ends))
        order = sorted(order, key=keys.__getitem__)
        starts, ends, replacements, rules, evidence, confidences, applied = (
            tuple(map(field.__getitem__, order)) for field in fields)
    raw_offsets = where.offsets_sorted(starts)
    lines, columns = where.lines_columns(raw_offsets)
    prefix = _ID_SAFE_RE.sub("_", siglum) + "-"
    eids = [f"{prefix}{rule}-{line}-{column}" for rule, line, column in zip(rules, lines, columns)]
    ids.number(eids, rules, raw_offsets)
    befores = [text[a:b] for a, b in zip(starts, ends)]  # (a comprehension slices faster than map)
    statuses, by_editor = _statuses(review, threshold, eids, rules, befores, confidences, applied)
    afters = ([r.replace(MARKUP, "") for r in replacements]
              if any(map(operator.contains, replacements, itertools.repeat(MARKUP))) else replacements)
    records = []
    # each record's instance dict filled in place, field by field (see _record_fields)
    for eid, line, column, off, before, after, rule, why, confidence, status in zip(
            eids, lines, columns, raw_offsets, befores, afters, rules, evidence, _rounded(confidences), statuses):
        record = _new_record(Emendation)
        f = record.__dict__
        f["id"] = eid
        f["witness"] = siglum
        f["line"] = line
        f["column"] = column
        f["offset"] = off
        f["before"] = before
        f["after"] = after
        f["rule"] = rule
        f["evidence"] = why
        f["confidence"] = confidence
        f["status"] = status
        records.append(record)
    return _Decisions(starts, ends, replacements, rules, records, statuses, by_editor, order)


def _ordered_at_ties(starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether the (start, end) pairs never fall, as sorting would leave them: asked only
    where a start does not rise past the one before (two readings of one break: a book
    has hundreds), not of a pair made for every edit."""
    ties = itertools.compress(range(1, len(starts)), map(operator.ge, starts, starts[1:]))
    return all(starts[p - 1] == starts[p] and ends[p - 1] <= ends[p] for p in ties)


def _statuses(review: "_Review", threshold: float, eids: Sequence[str], rules: Sequence[str],
              befores: Sequence[str], confidences: Sequence[float],
              applied: Sequence[bool]) -> tuple[list[str], list[bool]]:
    """Each edit's status, and whether the editor decided it: a decision by id beats one by
    word, which beats one by rule; else the filter's own verdict (an edit less certain than
    ``threshold`` is only suggested)."""
    n = len(eids)
    if not (review.reject or review.accept or review.accept_words or review.reject_words
            or review.reject_rules or review.accept_rules):  # no decisions (most runs)
        if all(applied) and not any(map(operator.lt, confidences, itertools.repeat(threshold))):
            return [APPLIED] * n, [False] * n
        return ([SUGGESTED if not a or c < threshold else APPLIED for a, c in zip(applied, confidences)],
                [False] * n)
    by_words = bool(review.accept_words or review.reject_words)
    statuses, by_editors = [], []
    for eid, rule, before, confidence, a in zip(eids, rules, befores, confidences, applied):
        if eid in review.reject:
            status, by_editor = REJECTED, True
        elif eid in review.accept:
            status, by_editor = APPLIED, True
        elif by_words and (by_word := review.word(before)) is not None:
            status, by_editor = (APPLIED if by_word == "accept" else REJECTED), True
        elif rule in review.reject_rules:
            status, by_editor = REJECTED, True
        elif not a or confidence < threshold:
            by_editor = rule in review.accept_rules
            status = APPLIED if by_editor else SUGGESTED
        else:
            status, by_editor = APPLIED, rule in review.accept_rules
        statuses.append(status)
        by_editors.append(by_editor)
    return statuses, by_editors


def _rounded(confidences: Sequence[float]) -> Sequence[float]:
    """``round(c, 3)`` of each confidence. Round with digits is slow, and a filter's
    confidences take few values, mostly one (its default): each is rounded once (by
    identity, or by value among floats other than zero, whose sign a lookup would lose)."""
    first = confidences[0]
    if all(map(operator.is_, confidences, itertools.repeat(first))):
        return [round(first, 3)] * len(confidences)
    distinct = set(confidences)
    if set(map(type, confidences)) != {float} or 0.0 in distinct:
        return [round(c, 3) for c in confidences]
    if len(distinct) == 1:
        return [round(first, 3)] * len(confidences)
    rounded = {c: round(c, 3) for c in distinct}
    return list(map(rounded.__getitem__, confidences))


_START_END = operator.attrgetter("start", "end")
_new_record = object.__new__

#: The fields of an emendation record in declaration order. A book makes one record per
#: line break; the frozen dataclass's __init__ sets its eleven fields one by one through
#: object.__setattr__, so _decide_all fills the instance dict directly, key by key in this
#: order (the dict then shares the class's key table, as __init__'s would: half the cost).
#: The record is the same object (tests compare it with Emendation(...)); valid while
#: Emendation has no slots and no __post_init__, which tests check too.
_record_fields = ("id", "witness", "line", "column", "offset", "before", "after", "rule",
                  "evidence", "confidence", "status")


def _columns(d: _Decisions, stands: list[bool] | None) -> tuple[Sequence, Sequence, Sequence, Sequence]:
    """The starts, ends, replacements and rules of the edits of ``d`` that stand (all if None)."""
    if stands is None:
        return d.starts, d.ends, d.replacements, d.rules
    return tuple(list(itertools.compress(column, stands)) for column in (d.starts, d.ends, d.replacements, d.rules))


def _lost_alternatives(d: _Decisions, stands: list[bool] | None, starts: Sequence[int],
                       ends: Sequence[int]) -> list[int]:
    """Where (ascending, in ``starts`` and ``ends``: the edits of ``d`` that stand, all if
    None) the edits are that do not go into the text: where some overlap (readings of one
    place), the editor's choice wins, then the one the filter listed first, and an edit
    overlapping one taken is lost."""
    groups = _overlapping_groups(starts, ends)
    if not groups:  # almost always
        return []
    made = range(len(d.starts)) if stands is None else list(itertools.compress(range(len(d.starts)), stands))
    lost = []
    for group in groups:
        taken: list[int] = []
        for p in sorted(group, key=lambda p: (not d.by_editor[made[p]], d.order[made[p]])):
            if any(starts[p] < ends[t] and starts[t] < ends[p] for t in taken):
                lost.append(p)
            else:
                taken.append(p)
    return sorted(lost)


def _overlapping_groups(starts: Sequence[int], ends: Sequence[int]) -> list[list[int]]:
    """The runs of two or more edits (in document order) each of which starts before the
    furthest end of those before it in the run.

    A run begins where an edit starts before the end of the one just before (the first
    edit to overlap an earlier one overlaps the one just before it), so only those few
    places are walked.
    """
    groups = []
    last = 0
    for p in itertools.compress(range(1, len(starts)), map(operator.lt, starts[1:], ends)):
        if p <= last:
            continue  # in the run before
        group = [p - 1]
        reach = ends[p - 1]
        while p < len(starts) and starts[p] < reach:
            group.append(p)
            reach = max(reach, ends[p])
            p += 1
        groups.append(group)
        last = p - 1
    return groups


def _without(column: Sequence, positions: list[int]) -> list:
    """``column`` less the items at ``positions`` (ascending; a few)."""
    column = list(column)
    for p in reversed(positions):
        del column[p]
    return column
