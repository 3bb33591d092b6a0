"""Collate cleaned witnesses into a variorum (JSON), with TEI, TSV and statistics exports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from variorum import config, pipeline
from variorum.fileio import write_atomic
from variorum.errors import InputError

HELP = "collate cleaned witnesses into a variorum"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", type=Path, nargs="+", metavar="CLEAN.md", help="cleaned witnesses")
    p.add_argument("--sigla", required=True, metavar="A,B[,...]",
                   help="one siglum per file, in the same order")
    p.add_argument("--base", metavar="SIGLUM", help="the base (reading) text; default: none")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="variorum.json")
    p.add_argument("--tei", type=Path, metavar="variorum.xml", help="also write TEI P5 (parallel segmentation)")
    p.add_argument("--tsv", type=Path, metavar="apparatus.tsv", help="also write a TSV apparatus")
    p.add_argument("--stats", type=Path, metavar="stats.json", help="also write agreement statistics")
    p.add_argument("--config", type=Path, metavar="edition.yaml",
                   help="take settings, metadata and witness descriptions from this edition")
    p.add_argument("--emendations", type=Path, nargs="*", default=[], metavar="E.json",
                   help="emendation files written by 'variorum clean': their page breaks go into the variorum")


def run(args: argparse.Namespace) -> int:
    sigla = [s.strip() for s in args.sigla.split(",")]
    if any(not s for s in sigla):
        raise InputError(f"--sigla has an empty siglum: {args.sigla!r}")
    settings = infos = metadata = None
    if args.config:
        edition = config.load(args.config)
        settings = edition.collate
        infos = pipeline.witness_infos(edition)
        metadata = pipeline.edition_metadata(edition)
    pagebreaks = {}
    for path in args.emendations:
        siglum, _items, pages = pipeline.load_emendations(path)
        pagebreaks[siglum] = pages
    v = pipeline.collate_files(args.files, sigla, args.base, settings, infos, metadata, pagebreaks)
    write_atomic(args.output, v.dumps())
    write_exports(v, tei=args.tei, tsv=args.tsv, stats=args.stats)
    return 0


def write_exports(v, *, tei: Path | None, tsv: Path | None, stats: Path | None) -> None:
    if tei:
        from variorum.export.tei import to_tei
        write_atomic(tei, to_tei(v, v.metadata))
    if tsv:
        from variorum.export.tsv import to_tsv
        write_atomic(tsv, to_tsv(v))
    if stats:
        from variorum.export.stats import statistics
        write_atomic(stats, json.dumps(statistics(v), ensure_ascii=False, indent=1) + "\n")
