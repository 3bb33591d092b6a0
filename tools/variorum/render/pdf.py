"""The publisher's PDF: print HTML from Pandoc, laid out by WeasyPrint in a process of its own."""

from __future__ import annotations

import argparse
import html
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Mapping, Sequence

from variorum.errors import WorkError
from variorum.fileio import write_atomic
from variorum.model import Emendation, Variorum
from variorum.render import pandoc
from variorum.render.document import reading_label, render_markdown
from variorum.render.html import edition_markdown
from variorum.render.settings import RenderSettings

PAGE_SIZES = {"A4": "A4", "A5": "A5", "letter": "letter", "B5": "B5"}


def page_css(settings: RenderSettings) -> str:
    """The page size, margins (inner and outer on facing pages) and body size from the settings."""
    top, outer, bottom, inner = (list(settings.margins) + ["20mm"] * 4)[:4]
    return (f"@page {{ size: {PAGE_SIZES[settings.page_size]}; margin: {top} {outer} {bottom} {inner}; }}\n"
            f"@page :left {{ margin-left: {outer}; margin-right: {inner}; }}\n"
            f"@page :right {{ margin-left: {inner}; margin-right: {outer}; }}\n"
            f"html {{ font-size: {settings.font_size}; }}")


def _w3c_date(value: str) -> str:
    """The edition date as a W3C date for the PDF's dates, or "" when it is not one."""
    m = re.fullmatch(r"\s*(\d{4})(-\d{2}(-\d{2})?)?\s*", value or "")
    return m.group(0).strip() if m else ""


def print_html(v: Variorum, *, meta: Mapping[str, Any], settings: RenderSettings,
               emendations: Mapping[str, Sequence[Emendation]] | None = None,
               stats: Mapping[str, Any] | None = None) -> str:
    """The HTML that WeasyPrint lays out."""
    r = render_markdown(v, "print", settings, emendations=emendations, stats=stats)
    args = ["--standalone", "--template", str(pandoc.template("print.html")), "--section-divs",
            "--wrap=none", "-V", f"page-css={page_css(settings)}",
            "-V", f"reading-siglum={html.escape(reading_label(v))}", *pandoc.meta_args(meta)]
    date = _w3c_date(str(meta.get("date") or ""))
    if date:
        args += ["-V", f"pdf-date={date}"]
    if settings.toc:
        args += ["--toc", "--toc-depth=2"]
    return pandoc.run(edition_markdown(r), "html5", args).decode("utf-8")


def render_pdf(v: Variorum, out_file: Path, *, meta: Mapping[str, Any], settings: RenderSettings,
               emendations: Mapping[str, Sequence[Emendation]] | None = None,
               stats: Mapping[str, Any] | None = None) -> Path:
    """Write the PDF edition to ``out_file`` and return its path.

    WeasyPrint keeps the memory of a layout until its process ends, so the layout runs in a
    child process; the result is read back and written atomically.
    """
    out_file = Path(out_file)
    page = print_html(v, meta=meta, settings=settings, emendations=emendations, stats=stats)
    identifier = hashlib.sha256(page.encode("utf-8")).hexdigest()[:32]
    with tempfile.TemporaryDirectory(prefix="variorum-pdf-") as tmp:
        html_file = Path(tmp) / "edition.html"
        html_file.write_text(page, encoding="utf-8")
        pdf_tmp = Path(tmp) / "edition.pdf"
        proc = subprocess.run(
            [sys.executable, "-m", "variorum.render.pdf", str(html_file), str(pdf_tmp),
             "--identifier", identifier, "--css", str(pandoc.template("print.css"))],
            capture_output=True, check=False)
        if proc.returncode != 0 or not pdf_tmp.is_file():
            raise WorkError("WeasyPrint failed: " + proc.stderr.decode("utf-8", "replace").strip()[-2000:],
                            file=str(out_file))
        write_atomic(out_file, pdf_tmp.read_bytes())
    return out_file


#: relative links of a witness resolve against this, never against the temporary folder
#: the layout runs in (its random name would end up in the PDF)
BASE_URL = "file:///edition/"


def _layout(html_file: Path, pdf_file: Path, identifier: str, css: Path) -> None:
    """Lay out one HTML file to PDF (run in a child process)."""
    import logging

    from weasyprint import CSS, HTML

    # WeasyPrint logs every CSS property it ignores; the edition's CSS is known and tested
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    HTML(string=html_file.read_text(encoding="utf-8"), base_url=BASE_URL).write_pdf(
        str(pdf_file), stylesheets=[CSS(filename=str(css))], pdf_identifier=identifier.encode("ascii"),
        pdf_tags=True, custom_metadata=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m variorum.render.pdf",
                                     description="Lay out print HTML to PDF with WeasyPrint.")
    parser.add_argument("html")
    parser.add_argument("pdf")
    parser.add_argument("--identifier", default="variorum")
    parser.add_argument("--css", default=str(pandoc.TEMPLATES / "print.css"))
    ns = parser.parse_args(argv)
    _layout(Path(ns.html), Path(ns.pdf), ns.identifier, Path(ns.css))
    return 0


if __name__ == "__main__":
    sys.exit(main())
