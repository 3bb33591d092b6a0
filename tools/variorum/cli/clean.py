"""Clean one raw witness into Pandoc Markdown, recording every emendation."""

from __future__ import annotations

import argparse
from pathlib import Path

from variorum import config, pipeline
from variorum.fileio import write_atomic
from variorum.errors import InputError

HELP = "clean one raw witness into Pandoc Markdown"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", type=Path, metavar="INPUT", help="the raw witness file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUTPUT.md",
                   help="where to write the cleaned Markdown")
    p.add_argument("--format", choices=("text", "markdown"),
                   help="how to read INPUT (default: from --config, else text)")
    p.add_argument("--emendations", type=Path, metavar="OUT.json",
                   help="write every emendation (applied and suggested) here")
    p.add_argument("--config", type=Path, metavar="edition.yaml",
                   help="take settings, decisions and the other witnesses' evidence from this edition")
    p.add_argument("--siglum", help="the witness's siglum (default: found in --config by file, else the file name)")
    p.add_argument("--encoding", choices=("utf-8", "cp1252", "latin-1"),
                   help="decode INPUT with this encoding (default utf-8; the others warn)")


def run(args: argparse.Namespace) -> int:
    if args.config:
        edition = config.load(args.config)
        siglum = args.siglum or _siglum_by_file(edition, args.input)
        try:
            witness = edition.witness(siglum)
        except KeyError:
            raise InputError(f"no witness '{siglum}' in the edition", file=str(args.config)) from None
        if args.format and args.format != witness.format:
            raise InputError(f"--format {args.format} contradicts the edition, which says "
                             f"'{witness.format}' for witness '{siglum}'", file=str(args.config))
        if args.input.resolve() != edition.source_path(witness).resolve():
            raise InputError(f"INPUT is not the file of witness '{siglum}' "
                             f"({edition.source_path(witness)})", file=str(args.input))
        raw, result = pipeline.clean_witness(edition, siglum)
        source_name = witness.file
    else:
        siglum = args.siglum or args.input.stem
        raw, result = pipeline.clean_file(args.input, siglum=siglum, fmt=args.format or "text",
                                          encoding=args.encoding or "utf-8")
        source_name = str(args.input)
    del raw
    write_atomic(args.output, result.text)
    if args.emendations:
        write_atomic(args.emendations, pipeline.emendations_json(siglum, source_name, result))
    return 0


def _siglum_by_file(edition, path: Path) -> str:
    for w in edition.witnesses:
        if edition.source_path(w).resolve() == path.resolve():
            return w.siglum
    raise InputError(f"'{path}' is not a witness of the edition; give --siglum", file=str(edition.path))
