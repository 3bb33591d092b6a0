"""The variorum data types passed between the pipeline stages, and their JSON form."""

from __future__ import annotations

import json
import operator
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterable, Sequence

FORMAT_VERSION = "variorum/1"


def json_text(data: Any) -> str:
    """``data`` as JSON: objects opened one key a line, each element of a list on a line of
    its own (a unit, an emendation), written compact.

    As readable and as line-diffable as ``indent``, and written by json's C encoder (with
    ``indent``, json falls back to its Python one: slower than the cleaning on a book's
    tens of thousands of emendations). ensure_ascii off keeps the text readable; keys keep
    their order, which is meaningful and deterministic.
    """
    return _json_lines(data, 0) + "\n"


def _json_lines(value: Any, depth: int) -> str:
    pad = " " * (depth + 1)
    if isinstance(value, dict) and value:
        inner = ",\n".join(f"{pad}{_compact(k)}: {_json_lines(v, depth + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + " " * depth + "}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(pad + _compact(x) for x in value) + "\n" + " " * depth + "]"
    return _compact(value)


#: one encoder for every record (json.dumps with an argument builds a new one per call)
_compact = json.JSONEncoder(ensure_ascii=False).encode

#: Every kind a unit may have. ``agreement`` is the only non-variant kind.
#: ``structure`` marks a difference of block division only (a paragraph split in one
#: witness and not in another); ``rewrite`` a passage reworded beyond word-level comparison.
UNIT_KINDS = (
    "agreement",
    "punctuation",
    "orthographic",
    "substantive",
    "omission",
    "addition",
    "transposition",
    "rewrite",
    "structure",
)
VARIANT_KINDS = UNIT_KINDS[1:]


@dataclass(frozen=True)
class WitnessInfo:
    """One witness of the edition as the variorum describes it."""

    siglum: str
    file: str = ""
    format: str = "text"
    description: str = ""
    date: str = ""


@dataclass(frozen=True)
class Unit:
    """One stretch of the text, with the reading of every witness.

    ``readings`` has an entry for every witness (``""`` where a witness has nothing
    there); joining one witness's readings over all units in order gives back that
    witness's cleaned text exactly.  ``kinds`` gives the kind per non-base witness where
    witnesses differ in kind; ``link`` ties the two ends of a transposition together.
    """

    id: str
    kind: str
    readings: dict[str, str]
    kinds: dict[str, str] = field(default_factory=dict)
    link: str | None = None

    @property
    def is_variant(self) -> bool:
        return self.kind != "agreement"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "readings": dict(self.readings)}
        if self.kinds:
            out["kinds"] = dict(self.kinds)
        if self.link is not None:
            out["link"] = self.link
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Unit":
        return cls(
            id=data["id"],
            kind=data["kind"],
            readings=dict(data["readings"]),
            kinds=dict(data.get("kinds", {})),
            link=data.get("link"),
        )


@dataclass(frozen=True)
class Variorum:
    """The collated edition: witnesses, the base, and the units in document order."""

    witnesses: tuple[WitnessInfo, ...]
    base: str | None
    units: tuple[Unit, ...]
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def sigla(self) -> tuple[str, ...]:
        return tuple(w.siglum for w in self.witnesses)

    def text_of(self, siglum: str) -> str:
        """The cleaned text of one witness, rebuilt from the units."""
        if siglum not in self.sigla:
            raise KeyError(siglum)
        return "".join(u.readings.get(siglum, "") for u in self.units)

    def variants(self) -> Iterable[Unit]:
        return (u for u in self.units if u.is_variant)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "metadata": self.metadata,
            "witnesses": [asdict(w) for w in self.witnesses],
            "base": self.base,
            "units": [u.to_json() for u in self.units],
        }

    def dumps(self) -> str:
        return json_text(self.to_json())

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Variorum":
        return cls(
            witnesses=tuple(WitnessInfo(**w) for w in data["witnesses"]),
            base=data.get("base"),
            units=tuple(Unit.from_json(u) for u in data["units"]),
            metadata=dict(data.get("metadata", {})),
        )

    @classmethod
    def loads(cls, text: str) -> "Variorum":
        return cls.from_json(json.loads(text))


@dataclass(frozen=True)
class Emendation:
    """One change the cleanup made (``applied``) or proposes (``suggested``).

    ``line`` and ``column`` (1-based) locate ``before`` in the raw witness file;
    ``offset`` is the same place as a character offset into the decoded raw text.
    """

    id: str
    witness: str
    line: int
    column: int
    offset: int
    before: str
    after: str
    rule: str
    evidence: str
    confidence: float
    status: str = "applied"

    def to_json(self) -> dict[str, Any]:
        # (a book has tens of thousands: asdict's deep copy of each plain field costs more
        # than the cleaning that made them)
        return dict(zip(_EMENDATION_FIELDS, _emendation_values(self)))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Emendation":
        return cls(**data)


_EMENDATION_FIELDS = tuple(f.name for f in fields(Emendation))
_emendation_values = operator.attrgetter(*_EMENDATION_FIELDS)


@dataclass(frozen=True)
class PageBreak:
    """Where a page of the raw witness began, kept so the edition can cite it.

    ``line`` and ``offset`` locate the page start in the raw file; ``clean_offset`` is
    where the first word that begins on the page starts in the witness's cleaned Markdown
    (the text the collation reads), ``None`` where it is not known (files written before
    it was recorded).
    """

    page: str
    line: int
    offset: int
    clean_offset: int | None = None


#: the key of ``Variorum.metadata`` that holds each witness's original pagination:
#: ``{siglum: [{"page": "12", "offset": N}, ...]}`` with N a ``PageBreak.clean_offset``
PAGEBREAKS = "pagebreaks"


def page_labels(pages: Sequence[str]) -> list[str]:
    """Each page break's page as the edition shows it: the number its furniture shows, or
    one supplied in brackets, as editors do: the page after a numbered one is that number
    plus one, else the page's place in the witness's file (the file's first page, before
    any break, being 1)."""
    out = []
    previous: int | None = None
    for k, page in enumerate(pages):
        if page:
            previous = int(page) if page.isdigit() else None
            out.append(page)
            continue
        previous = previous + 1 if previous is not None else k + 2
        out.append(f"[{previous}]")
    return out


def first_page_label(pages: Sequence[str]) -> str:
    """The page before the first break, in brackets: the one before the first numbered page
    if the first break shows a number, else 1."""
    return f"[{int(pages[0]) - 1}]" if pages and pages[0].isdigit() and int(pages[0]) > 1 else "[1]"


def pagebreaks_of(v: Variorum) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each witness's page breaks in the variorum as (page label, offset into its cleaned
    text), in order of offset; witnesses without any are left out.

    ``ValueError`` for an entry that is no page break of a witness of ``v`` (an unknown
    siglum, an offset outside the witness's text).
    """
    raw = v.metadata.get(PAGEBREAKS) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"metadata.{PAGEBREAKS} is not an object")
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for siglum in v.sigla:
        items = raw.get(siglum) or []
        if not items:
            continue
        size = sum(len(u.readings.get(siglum, "")) for u in v.units)
        breaks = []
        for item in items:
            page, offset = (item.get("page"), item.get("offset")) if isinstance(item, dict) else (None, None)
            if not isinstance(page, str) or isinstance(offset, bool) or not isinstance(offset, int) \
                    or not 0 <= offset <= size:
                raise ValueError(f"metadata.{PAGEBREAKS}.{siglum}: not a page break of the witness: {item!r}")
            breaks.append((page, offset))
        out[siglum] = tuple(sorted(breaks, key=lambda b: b[1]))
    unknown = set(raw) - set(v.sigla)
    if unknown:
        raise ValueError(f"metadata.{PAGEBREAKS}: no witness {', '.join(sorted(unknown))}")
    return out
