"""Build every output of an edition from its edition.yaml, in one run."""

from __future__ import annotations

import argparse
from pathlib import Path

from variorum import config, pipeline
from variorum.fileio import write_atomic
from variorum.cli.collate import write_exports
from variorum.cli.render import render_outputs

HELP = "build every output of an edition (clean, collate, render)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("config", type=Path, nargs="?", default=Path("source/edition.yaml"),
                   metavar="edition.yaml", help="the edition (default: source/edition.yaml)")
    p.add_argument("-o", "--output", type=Path, default=Path("build"), metavar="DIR",
                   help="where the outputs go (default: build)")


def run(args: argparse.Namespace) -> int:
    edition = config.load(args.config)
    out = pipeline.BuildPaths(args.output)
    emendations = {}
    pagebreaks = {}
    reports = []
    raws = pipeline.read_raws(edition)
    for w in edition.witnesses:
        raw, result = pipeline.clean_witness(edition, w.siglum, raws)
        write_atomic(out.clean(w.siglum), result.text)
        write_atomic(out.emendations(w.siglum),
                            pipeline.emendations_json(w.siglum, w.file, result))
        emendations[w.siglum] = list(result.emendations)
        pagebreaks[w.siglum] = list(result.pagebreaks)
        reports.append((w.siglum, raw, list(result.emendations)))
    write_report(out.report, reports, pagebreaks)
    v = pipeline.collate_files(
        [out.clean(s) for s in edition.sigla], edition.sigla, edition.base, edition.collate,
        pipeline.witness_infos(edition), pipeline.edition_metadata(edition), pagebreaks,
    )
    write_atomic(out.variorum, v.dumps())
    write_exports(v, tei=out.tei, tsv=out.tsv, stats=out.stats)
    formats = set(edition.render.formats)
    render_outputs(
        v, meta=pipeline.edition_metadata(edition), settings=edition.render, emendations=emendations,
        html=out.html if "html" in formats else None,
        pdf=out.pdf if "pdf" in formats else None,
        epub=out.epub if "epub" in formats else None,
    )
    print(f"built {len(edition.witnesses)} witnesses into {out.root}/")
    return 0


def write_report(path: Path, items, pagebreaks) -> None:
    from variorum.clean.report import render_report

    write_atomic(path, render_report(items, pages=pagebreaks))
