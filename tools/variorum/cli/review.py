"""List the cleanup's open suggestions and record the editor's decisions in edition.yaml."""

from __future__ import annotations

import argparse
from pathlib import Path

from variorum import config, pipeline
from variorum.fileio import write_atomic
from variorum.clean.settings import Replacement
from variorum.errors import InputError

HELP = "list open cleanup suggestions; accept or reject them into edition.yaml"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("config", type=Path, nargs="?", default=Path("source/edition.yaml"),
                   metavar="edition.yaml", help="the edition (default: source/edition.yaml)")
    p.add_argument("--build-dir", type=Path, default=Path("build"), metavar="DIR",
                   help="where 'variorum clean' wrote the emendations (default: build)")
    p.add_argument("--accept", nargs="+", default=[], metavar="ID", help="accept these emendations")
    p.add_argument("--reject", nargs="+", default=[], metavar="ID", help="reject these emendations")
    p.add_argument("--accept-rule", nargs="+", default=[], metavar="RULE", help="accept every emendation of these rules")
    p.add_argument("--reject-rule", nargs="+", default=[], metavar="RULE", help="reject every emendation of these rules")
    p.add_argument("--accept-word", nargs="+", default=[], metavar="WORD",
                   help="accept every emendation of this reading")
    p.add_argument("--reject-word", nargs="+", default=[], metavar="WORD",
                   help="reject every emendation of this reading")
    p.add_argument("--replace", nargs=2, action="append", default=[], metavar=("FIND", "REPLACE"),
                   help="the editor's own replacement, recorded as an emendation (rule 'editor')")
    p.add_argument("--witness", metavar="SIGLUM", help="limit --replace to this witness")
    p.add_argument("--report", type=Path, metavar="FILE.html",
                   help="write the cleanup review report (every emendation in context) here")
    p.add_argument("-q", "--quiet", action="store_true", help="do not list the open suggestions")


def run(args: argparse.Namespace) -> int:
    from variorum.clean import review as review_mod

    edition = config.load(args.config)
    paths = pipeline.BuildPaths(args.build_dir)
    emendations = []
    report_items = []
    pages = {}
    for w in edition.witnesses:
        path = paths.emendations(w.siglum)
        if path.exists():
            _, items, pages[w.siglum] = pipeline.load_emendations(path)
            emendations.extend(items)
            report_items.append((w.siglum, pipeline.read_raw(edition.source_path(w), w.encoding), items))
    if args.report:
        from variorum.clean.report import render_report
        write_atomic(args.report, render_report(report_items, pages=pages))
    decisions = (args.accept, args.reject, args.accept_rule, args.reject_rule,
                 args.accept_word, args.reject_word, args.replace)
    if any(decisions):
        if args.witness and args.witness not in edition.sigla:
            raise InputError(f"--witness {args.witness} is not a witness of the edition",
                             file=str(args.config))
        review_mod.record_decisions(
            args.config, accept=args.accept, reject=args.reject,
            accept_rules=args.accept_rule, reject_rules=args.reject_rule,
            accept_words=args.accept_word, reject_words=args.reject_word,
            replacements=[Replacement(find=f, replace=r, witness=args.witness) for f, r in args.replace],
            known_ids={e.id for e in emendations} if emendations else None,
            known_rules={e.rule for e in emendations} if emendations else None,
        )
        print(f"{args.config}: decisions recorded; run 'make' to apply them")
        return 0
    open_items = review_mod.open_suggestions(emendations, edition.review)
    if args.quiet:
        return 0
    for e in open_items:
        print(f"{e.id}\t{e.witness}:{e.line}:{e.column}\t{e.rule}\t{e.before!r} -> {e.after!r}"
              f"\t{e.confidence:.2f}\t{e.evidence}")
    print(f"{len(open_items)} open suggestions", flush=True)
    return 0
