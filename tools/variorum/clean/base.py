"""The types every cleanup filter shares: proposed edits, the context they see, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.model import Emendation, PageBreak

#: the white space inside a line (linejoin, whitespace and the Markdown writer alike)
LINE_SPACE = " \t\f\v"


@dataclass(frozen=True)
class Edit:
    """A change a filter proposes: replace ``text[start:end]`` with ``replacement``.

    Offsets are into the text the filter was given. ``applied=False`` makes the edit a
    suggestion: it is recorded for review but the text keeps its reading.
    """

    start: int
    end: int
    replacement: str
    rule: str
    evidence: str = ""
    confidence: float = 1.0
    applied: bool = True


_new_object = object.__new__


def make_edit(start: int, end: int, replacement: str, rule: str, evidence: str = "",
              confidence: float = 1.0, applied: bool = True) -> Edit:
    """``Edit(...)``, the same object, at a third of the cost.

    A frozen dataclass sets each field through ``object.__setattr__``; filters that make
    one edit per line break of a book (line joining) fill the instance dict directly, key
    by key in field order (the dict then shares the class's key table, as ``Edit(...)``'s
    would). Only for :class:`Edit` as declared here (no slots, no ``__post_init__``: tests check).
    """
    e = _new_object(Edit)
    f = e.__dict__
    f["start"] = start
    f["end"] = end
    f["replacement"] = replacement
    f["rule"] = rule
    f["evidence"] = evidence
    f["confidence"] = confidence
    f["applied"] = applied
    return e


@dataclass(frozen=True)
class EditColumns(Sequence[Edit]):
    """A filter's edits as columns, one list per :class:`Edit` field: the optional fast form
    of a filter's result.

    A sequence of the same edits (item ``i`` is ``Edit(starts[i], ends[i], ...)``, made on
    demand), which the chain reads column by column instead: a filter that makes one edit
    per line of a book (line joining) is spared an object per edit, the chain a pass over
    them. Any order the chain would accept as a list; document order spares it a sort.
    """

    starts: Sequence[int]
    ends: Sequence[int]
    replacements: Sequence[str]
    rules: Sequence[str]
    evidence: Sequence[str]
    confidences: Sequence[float]
    applied: Sequence[bool]

    @classmethod
    def uniform(cls, starts: list[int], ends: list[int], replacement: str, rule: str, evidence: str = "",
                confidence: float = 1.0, applied: bool = True,
                others: Mapping[int, Edit] | None = None,
                alike: Sequence[tuple[Edit, Sequence[int]]] = ()) -> "EditColumns":
        """Edits spanning ``starts[i]:ends[i]``, all ``Edit(start, end, replacement, rule, evidence,
        confidence, applied)`` but those at the positions ``others`` gives whole (whose spans
        ``starts`` and ``ends`` hold too), and those at the positions each ``(edit, positions)``
        of ``alike`` gives: ``edit`` but for its span (a second kind of edit made many times)."""
        n = len(starts)
        replacements, rules, why, confidences, applied_ = (
            [replacement] * n, [rule] * n, [evidence] * n, [confidence] * n, [applied] * n)
        for e, positions in alike:
            fields = e.replacement, e.rule, e.evidence, e.confidence, e.applied
            for i in positions:
                replacements[i], rules[i], why[i], confidences[i], applied_[i] = fields
        for i, e in (others or {}).items():
            if starts[i] != e.start or ends[i] != e.end:
                raise ValueError(f"edit {i} spans {starts[i]}-{ends[i]}, not {e.start}-{e.end}")
            replacements[i], rules[i], why[i], confidences[i], applied_[i] = (
                e.replacement, e.rule, e.evidence, e.confidence, e.applied)
        return cls(starts, ends, replacements, rules, why, confidences, applied_)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return Edit(self.starts[i], self.ends[i], self.replacements[i], self.rules[i], self.evidence[i],
                    self.confidences[i], self.applied[i])


@dataclass(frozen=True)
class CleanContext:
    """What a filter may consult besides the text: settings and the edition's vocabulary.

    ``other_texts`` holds the raw (decoded) texts of the edition's other witnesses, a
    source of evidence (a word spelt whole elsewhere in the edition); filters must never
    copy wording from them into this witness.

    ``raw_text`` is this witness's text as the chain was given it, before any filter (the
    chain sets it; None elsewhere): the other witnesses' evidence, counted already, from
    which a filter may work out its own text's counts where the filters changed a few lines.
    """

    siglum: str
    fmt: str
    settings: CleanSettings = field(default_factory=CleanSettings)
    review: ReviewSettings = field(default_factory=ReviewSettings)
    other_texts: Mapping[str, str] = field(default_factory=dict)
    source_name: str = "<witness>"
    raw_text: str | None = None
    #: where each page after the first begins in the text a filter is given (the chain sets
    #: it once the furniture filter has found the pages; empty elsewhere): the page a line
    #: is on, for a layout's evidence such as how many lines a column holds
    page_starts: tuple[int, ...] = ()


#: A filter takes the current text and the context and proposes edits: a list of
#: :class:`Edit`, or the same edits as :class:`EditColumns` (the chain reads either).
FilterFn = Callable[[str, CleanContext], "list[Edit] | EditColumns"]


@dataclass(frozen=True)
class CleanResult:
    """A cleaned witness: Pandoc Markdown text, every emendation, the original page breaks."""

    text: str
    emendations: tuple[Emendation, ...] = ()
    pagebreaks: tuple[PageBreak, ...] = ()
