"""The stages joined at their edges: read inputs, call the pure stage functions, write outputs."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from variorum.clean.base import CleanContext, CleanResult
from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.collate.settings import CollateSettings
from variorum.config import Edition
from variorum.errors import InputError
from variorum.fileio import read_text
from variorum.model import PAGEBREAKS, Emendation, PageBreak, Variorum, WitnessInfo, json_text, pagebreaks_of

EMENDATIONS_FORMAT = "variorum-emendations/1"


@dataclass(frozen=True)
class BuildPaths:
    """Where ``variorum build`` (and the Makefile) put every output."""

    root: Path

    def clean(self, siglum: str) -> Path:
        return self.root / "clean" / f"{siglum}.md"

    def emendations(self, siglum: str) -> Path:
        return self.root / "clean" / f"{siglum}.emendations.json"

    @property
    def variorum(self) -> Path:
        return self.root / "variorum.json"

    @property
    def tei(self) -> Path:
        return self.root / "variorum.tei.xml"

    @property
    def tsv(self) -> Path:
        return self.root / "apparatus.tsv"

    @property
    def stats(self) -> Path:
        return self.root / "stats.json"

    @property
    def html(self) -> Path:
        return self.root / "html"

    @property
    def pdf(self) -> Path:
        return self.root / "edition.pdf"

    @property
    def epub(self) -> Path:
        return self.root / "edition.epub"

    @property
    def report(self) -> Path:
        return self.root / "report" / "cleanup.html"


# --------------------------------------------------------------------------- clean

def read_raw(path: Path, encoding: str = "utf-8") -> str:
    """Decode a raw witness; bad bytes are an error naming the file and byte offset."""
    from variorum.clean import encoding as encoding_mod

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None
    text, _warnings = encoding_mod.decode(raw, str(path), encoding)
    return text


def clean_file(source: Path, *, siglum: str, fmt: str, settings: CleanSettings | None = None,
               review: ReviewSettings | None = None, other_texts: dict[str, str] | None = None,
               encoding: str = "utf-8") -> tuple[str, CleanResult]:
    """Clean one raw witness file; return its decoded raw text and the result."""
    from variorum.clean import clean_text

    raw = read_raw(source, encoding)
    ctx = CleanContext(
        siglum=siglum, fmt=fmt, settings=settings or CleanSettings(),
        review=review or ReviewSettings(), other_texts=other_texts or {},
        source_name=str(source),
    )
    return raw, clean_text(raw, ctx)


def read_raws(edition: Edition) -> dict[str, str]:
    """Every witness's decoded raw text, by siglum."""
    return {w.siglum: read_raw(edition.source_path(w), w.encoding) for w in edition.witnesses}


def clean_witness(edition: Edition, siglum: str,
                  raws: Mapping[str, str] | None = None) -> tuple[str, CleanResult]:
    """Clean one witness of an edition with its settings, decisions and the others' evidence.

    ``raws`` (from :func:`read_raws`) spares a caller that cleans every witness from
    decoding each file once per witness.
    """
    from variorum.clean import clean_text

    witness = edition.witness(siglum)
    raws = raws if raws is not None else read_raws(edition)
    ctx = CleanContext(
        siglum=siglum, fmt=witness.format, settings=edition.clean_settings_for(witness),
        review=edition.review, other_texts={s: t for s, t in raws.items() if s != siglum},
        source_name=str(edition.source_path(witness)),
    )
    return raws[siglum], clean_text(raws[siglum], ctx)


def emendations_json(siglum: str, source: str, result: CleanResult) -> str:
    data = {
        "format": EMENDATIONS_FORMAT,
        "witness": siglum,
        "source": source,
        "emendations": [e.to_json() for e in result.emendations],
        "pagebreaks": [dataclasses.asdict(p) for p in result.pagebreaks],
    }
    return json_text(data)


def load_emendations(path: Path) -> tuple[str, list[Emendation], list[PageBreak]]:
    """Read an emendations file written by ``variorum clean``."""
    data = _load_json(path)
    try:
        return (
            data["witness"],
            [Emendation.from_json(e) for e in data["emendations"]],
            [PageBreak(**p) for p in data.get("pagebreaks", [])],
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"not an emendations file ({exc})", file=str(path)) from None


# --------------------------------------------------------------------------- collate

def collate_files(files: Sequence[Path], sigla: Sequence[str], base: str | None,
                  settings: CollateSettings | None = None,
                  infos: dict[str, WitnessInfo] | None = None,
                  metadata: dict | None = None,
                  pagebreaks: Mapping[str, Sequence[PageBreak]] | None = None) -> Variorum:
    """Collate cleaned witness files into a variorum.

    ``pagebreaks`` (by siglum, as :func:`load_emendations` reads them) go into the
    variorum's metadata, so that its exports can show each witness's original pages.
    """
    from variorum.collate import collate

    if len(files) != len(sigla):
        raise InputError(f"{len(files)} files but {len(sigla)} sigla: give one siglum per file")
    if len(set(sigla)) != len(sigla):
        raise InputError("duplicate siglum in --sigla")
    if base is not None and base not in sigla:
        raise InputError(f"base '{base}' is not one of the sigla {', '.join(sigla)}")
    witnesses = []
    for path, siglum in zip(files, sigla):
        info = (infos or {}).get(siglum) or WitnessInfo(siglum=siglum, file=str(path))
        witnesses.append((info, read_text(path)))
    v = collate(witnesses, base, settings or CollateSettings())
    if metadata:
        v = dataclasses.replace(v, metadata={**v.metadata, **metadata})
    if pagebreaks:
        v = with_pagebreaks(v, pagebreaks)
    return v


def with_pagebreaks(v: Variorum, pagebreaks: Mapping[str, Sequence[PageBreak]]) -> Variorum:
    """``v`` with each witness's page breaks (those located in its cleaned text) in its
    metadata, in witness order; ``InputError`` for a break outside the witness's text (the
    emendations file of another cleaning than the text collated)."""
    unknown = set(pagebreaks) - set(v.sigla)
    if unknown:
        raise InputError(f"page breaks of {', '.join(sorted(unknown))}, which is no witness of the variorum")
    table = {s: [{"page": p.page, "offset": p.clean_offset} for p in pagebreaks[s] if p.clean_offset is not None]
             for s in v.sigla if s in pagebreaks}
    table = {s: breaks for s, breaks in table.items() if breaks}
    out = dataclasses.replace(v, metadata={**{k: x for k, x in v.metadata.items() if k != PAGEBREAKS},
                                           **({PAGEBREAKS: table} if table else {})})
    try:
        pagebreaks_of(out)
    except ValueError as exc:
        raise InputError(f"{exc} (was the witness cleaned again since?)") from None
    return out


def witness_infos(edition: Edition) -> dict[str, WitnessInfo]:
    return {
        w.siglum: WitnessInfo(siglum=w.siglum, file=w.file, format=w.format,
                              description=w.description, date=w.date)
        for w in edition.witnesses
    }


def edition_metadata(edition: Edition) -> dict:
    return dataclasses.asdict(edition.edition)


def load_variorum(path: Path) -> Variorum:
    data = _load_json(path)
    try:
        v = Variorum.from_json(data)
    except (KeyError, TypeError) as exc:
        raise InputError(f"not a variorum file (missing {exc})", file=str(path)) from None
    for unit in v.units:
        missing = set(v.sigla) - set(unit.readings)
        if missing:
            raise InputError(f"unit {unit.id} has no reading for {', '.join(sorted(missing))}",
                             file=str(path))
    try:
        pagebreaks_of(v)
    except ValueError as exc:
        raise InputError(str(exc), file=str(path)) from None
    return v


def _load_json(path: Path) -> dict:
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno,
                         column=exc.colno) from None
    if not isinstance(data, dict):
        raise InputError("expected a JSON object at the top", file=str(path), line=1)
    return data

