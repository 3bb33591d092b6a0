"""Render a variorum as HTML (readers), PDF (publishers) and EPUB."""

from __future__ import annotations

import argparse
from pathlib import Path

from variorum import config, pipeline
from variorum.errors import InputError
from variorum.render.settings import RenderSettings

HELP = "render a variorum as HTML, PDF and EPUB"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("variorum", type=Path, metavar="VARIORUM.json")
    p.add_argument("--html", type=Path, metavar="DIR", help="write the HTML edition into DIR")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="write the print PDF")
    p.add_argument("--epub", type=Path, metavar="FILE.epub", help="write the EPUB")
    p.add_argument("--config", type=Path, metavar="edition.yaml",
                   help="take render settings and metadata from this edition")
    p.add_argument("--emendations", type=Path, nargs="*", default=[], metavar="E.json",
                   help="emendation files written by 'variorum clean', shown in an apparatus")


def run(args: argparse.Namespace) -> int:
    if not (args.html or args.pdf or args.epub):
        raise InputError("nothing to render: give --html DIR, --pdf FILE and/or --epub FILE")
    v = pipeline.load_variorum(args.variorum)
    settings = RenderSettings()
    meta = dict(v.metadata)
    if args.config:
        edition = config.load(args.config)
        settings = edition.render
        meta = pipeline.edition_metadata(edition)
    meta.setdefault("title", "Untitled edition")
    emendations = {}
    for path in args.emendations:
        siglum, items, _pages = pipeline.load_emendations(path)
        emendations[siglum] = items
    render_outputs(v, meta=meta, settings=settings, emendations=emendations or None,
                   html=args.html, pdf=args.pdf, epub=args.epub)
    return 0


def render_outputs(v, *, meta, settings, emendations, html=None, pdf=None, epub=None) -> None:
    from variorum.render import epub as epub_mod
    from variorum.render import html as html_mod
    from variorum.render import pdf as pdf_mod

    if html:
        html_mod.render_html(v, html, meta=meta, settings=settings, emendations=emendations)
    if pdf:
        pdf_mod.render_pdf(v, pdf, meta=meta, settings=settings, emendations=emendations)
    if epub:
        epub_mod.render_epub(v, epub, meta=meta, settings=settings, emendations=emendations)
