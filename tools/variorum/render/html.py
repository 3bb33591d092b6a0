"""The reader's HTML edition: one page with the marked text, notes per paragraph, popovers and kind toggles."""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Mapping, Sequence

from variorum.fileio import write_atomic
from variorum.model import Emendation, Variorum
from variorum.render import pandoc
from variorum.render.document import KIND_LABELS, Rendered, reading_label, render_markdown
from variorum.render.settings import RenderSettings

#: files copied from templates/ next to index.html
ASSETS = ("edition.css", "edition.js")
FONT_DIR = "fonts"


def controls_html(r: Rendered) -> str:
    """The kind toggles: plain checkboxes that CSS reads, so hiding a kind needs no script."""
    counts: dict[str, int] = {}
    for e in r.entries:
        for g in e.groups:
            counts[g.kind] = counts.get(g.kind, 0) + 1
    rows = []
    for kind in r.kinds_present:
        name, short = KIND_LABELS[kind]
        rows.append(
            f'<li><label class="toggle k-{kind}"><input type="checkbox" id="show-{kind}" checked>'
            f' <span class="swatch k-{kind}" aria-hidden="true"></span>'
            f' <span class="kind k-{kind}">{html.escape(short)}</span> {html.escape(name)}'
            f' <span class="count">({counts.get(kind, 0)})</span></label></li>')
    pages = _page_controls(r)
    if not rows and not pages:
        return ""
    variants = (
        '<h2 id="controls-title">Variants shown</h2><ul>' + "".join(rows) + "</ul>"
        '<p><label class="toggle"><input type="checkbox" id="show-notes" checked>'
        " notes under each paragraph</label></p>") if rows else ""
    title = "controls-title" if rows else "pages-title"
    return f'<form class="controls" aria-labelledby="{title}">{variants}{pages}</form>'


def _page_controls(r: Rendered) -> str:
    """Toggles for the marks of the witnesses' original pages: the reading text's, the others'."""
    base = [s for s in r.paged if s == r.reading_siglum]
    others = [s for s in r.paged if s != r.reading_siglum]
    rows = []
    if base:
        rows.append(f'<li><label class="toggle"><input type="checkbox" id="show-pages-base" checked>'
                    f' of the reading text ({html.escape(base[0])})</label></li>')
    if others:
        rows.append(f'<li><label class="toggle"><input type="checkbox" id="show-pages-other" checked>'
                    f' of {html.escape(", ".join(others))}</label></li>')
    if not rows:
        return ""
    return '<h2 id="pages-title">Original pages shown</h2><ul>' + "".join(rows) + "</ul>"


def edition_markdown(r: Rendered) -> str:
    return "\n\n".join(part for part in (r.front, r.body, r.back) if part)


def html_page(v: Variorum, *, meta: Mapping[str, Any], settings: RenderSettings,
              emendations: Mapping[str, Sequence[Emendation]] | None = None,
              stats: Mapping[str, Any] | None = None) -> str:
    """The whole HTML page as text."""
    r = render_markdown(v, "html", settings, emendations=emendations, stats=stats)
    args = ["--standalone", "--template", str(pandoc.template("edition.html")),
            "--section-divs", "--wrap=none", "-V", f"controls={controls_html(r)}",
            "-V", f"reading-siglum={html.escape(reading_label(v))}", *pandoc.meta_args(meta)]
    if settings.toc:
        args += ["--toc", "--toc-depth=2"]
    return pandoc.run(edition_markdown(r), "html5", args).decode("utf-8")


def _asset_files() -> list[tuple[str, bytes]]:
    files = [(name, pandoc.template(name).read_bytes()) for name in ASSETS]
    files = [(name, pandoc.font_faces(f"{FONT_DIR}/").encode("utf-8") + data if name.endswith(".css") else data)
             for name, data in files]
    fonts = pandoc.TEMPLATES / FONT_DIR
    files += [(f"{FONT_DIR}/{p.name}", p.read_bytes()) for p in sorted(fonts.iterdir())
              if p.suffix in (".woff2", ".txt")]
    return files


def render_html(v: Variorum, out_dir: Path, *, meta: Mapping[str, Any], settings: RenderSettings,
                emendations: Mapping[str, Sequence[Emendation]] | None = None,
                stats: Mapping[str, Any] | None = None) -> Path:
    """Write ``out_dir/index.html`` with its CSS, script and fonts; return the index path.

    The directory is built beside its target and swapped in by rename, so a reader never
    sees half an edition.
    """
    out_dir = Path(out_dir)
    page = html_page(v, meta=meta, settings=settings, emendations=emendations, stats=stats)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        write_atomic(tmp / "index.html", page)
        for name, data in _asset_files():
            write_atomic(tmp / name, data)
        os.chmod(tmp, 0o755)
        old = None
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
            os.rmdir(old)
            os.replace(out_dir, old)
        os.replace(tmp, out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir / "index.html"
