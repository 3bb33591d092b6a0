"""The EPUB 3 edition: Pandoc's EPUB writer, variants as footnotes, reproducible byte for byte."""

from __future__ import annotations

import re
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Mapping, Sequence

from variorum.fileio import write_atomic
from variorum.model import Emendation, Variorum
from variorum.render import pandoc
from variorum.render.document import render_markdown
from variorum.render.html import edition_markdown
from variorum.render.settings import RenderSettings

#: used when the edition has no date: 2000-01-01, so the zip timestamps never come from the clock
FALLBACK_EPOCH = 946684800


def identifier(meta: Mapping[str, Any]) -> str:
    """A stable urn:uuid for the book, derived from its title, authors and date."""
    key = "\x1f".join([str(meta.get("title", "")), *map(str, meta.get("authors") or []),
                       str(meta.get("date", ""))])
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'variorum:' + key)}"


def _epoch(date: str) -> int:
    """Seconds since 1970 at the start of the edition's year (or date), for SOURCE_DATE_EPOCH."""
    import calendar

    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*", date or "")
    if not m:
        return FALLBACK_EPOCH
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    return max(0, calendar.timegm((y, mo, d, 0, 0, 0)))


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def epub_metadata(meta: Mapping[str, Any]) -> str:
    """Dublin Core metadata for the OPF: the fixed identifier (never a random uuid), rights, editor."""
    lines = [f'<dc:identifier id="epub-id-1">{_xml(identifier(meta))}</dc:identifier>']
    if meta.get("licence"):
        lines.append(f"<dc:rights>{_xml(str(meta['licence']))}</dc:rights>")
    if meta.get("editor"):
        lines.append(f'<dc:contributor>{_xml(str(meta["editor"]))}</dc:contributor>')
    return "\n".join(lines) + "\n"


def render_epub(v: Variorum, out_file: Path, *, meta: Mapping[str, Any], settings: RenderSettings,
                emendations: Mapping[str, Sequence[Emendation]] | None = None,
                stats: Mapping[str, Any] | None = None) -> Path:
    """Write the EPUB edition to ``out_file`` and return its path."""
    out_file = Path(out_file)
    r = render_markdown(v, "epub", settings, emendations=emendations, stats=stats)
    epoch = _epoch(str(meta.get("date") or ""))
    with tempfile.TemporaryDirectory(prefix="variorum-epub-") as tmp:
        meta_xml = Path(tmp) / "metadata.xml"
        meta_xml.write_text(epub_metadata(meta), encoding="utf-8")
        target = Path(tmp) / "edition.epub"
        css = Path(tmp) / "epub.css"
        css.write_text(pandoc.font_faces("../fonts/") + pandoc.template("epub.css").read_text(encoding="utf-8"),
                       encoding="utf-8")
        args = ["--css", str(css), "--epub-metadata", str(meta_xml),
                "--split-level=1", "--section-divs",
                *pandoc.meta_args({**meta, "date": time.strftime("%Y-%m-%d", time.gmtime(epoch))})]
        fonts = pandoc.TEMPLATES / "fonts"
        if fonts.is_dir():
            for font in sorted(fonts.glob("*.woff2")):
                args += ["--epub-embed-font", str(font)]
        if settings.toc:
            args += ["--toc", "--toc-depth=2"]
        pandoc.run(edition_markdown(r), "epub3", args, output=target,
                   env={"SOURCE_DATE_EPOCH": str(epoch)})
        data = target.read_bytes()
    write_atomic(out_file, data)
    return out_file
