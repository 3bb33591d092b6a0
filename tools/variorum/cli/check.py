"""Validate an edition.yaml and its witness files without building anything."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from variorum import config
from variorum.fileio import write_atomic

HELP = "validate an edition.yaml (and optionally write make dependencies)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("config", type=Path, nargs="?", default=Path("source/edition.yaml"),
                   metavar="edition.yaml", help="the edition (default: source/edition.yaml)")
    p.add_argument("--deps", type=Path, metavar="FILE.mk",
                   help="write the edition's witnesses as make variables, for the Makefile")
    p.add_argument("--build-dir", default="build", metavar="DIR",
                   help="the build directory named in --deps (default: build)")
    p.add_argument("--reference", type=Path, metavar="FILE.md",
                   help="write the reference of every edition.yaml setting (Markdown) and stop")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing when all is well")


def run(args: argparse.Namespace) -> int:
    if args.reference:
        from variorum.config import reference_markdown

        write_atomic(args.reference, reference_markdown())
        return 0
    edition = config.load(args.config)
    if args.deps:
        write_atomic(args.deps, make_deps(edition, args.config, args.build_dir))
    if not args.quiet:
        base = edition.base or "none"
        print(f"{args.config}: ok — {len(edition.witnesses)} witnesses "
              f"({', '.join(edition.sigla)}), base {base}")
    return 0


def make_deps(edition, config: Path, build_dir: str) -> str:
    """Make variables and one clean rule per witness, so make knows the real file dependencies."""
    q = shlex.quote
    lines = [
        f"# Written by 'variorum check --deps' from {config}; do not edit.",
        f"SIGLA := {' '.join(edition.sigla)}",
        f"SIGLA_CSV := {','.join(edition.sigla)}",
        f"BASE := {edition.base or ''}",
        f"FORMATS := {' '.join(edition.render.formats)}",
        f"SOURCES := {' '.join(q(str(edition.source_path(w))) for w in edition.witnesses)}",
        f"CLEAN_MD := {' '.join(f'{build_dir}/clean/{s}.md' for s in edition.sigla)}",
        f"EMENDATIONS := {' '.join(f'{build_dir}/clean/{s}.emendations.json' for s in edition.sigla)}",
        "",
    ]
    for w in edition.witnesses:
        src = q(str(edition.source_path(w)))
        md = f"{build_dir}/clean/{w.siglum}.md"
        em = f"{build_dir}/clean/{w.siglum}.emendations.json"
        # every source is a prerequisite: the other witnesses are evidence for dehyphenation
        lines += [
            f"{md} {em} &: $(SOURCES) {q(str(config))} $(CODE)",
            f"\t$(VARIORUM) clean {src} -o {md} --emendations {em} --config {q(str(config))} --siglum {w.siglum}",
            "",
        ]
    return "\n".join(lines)
