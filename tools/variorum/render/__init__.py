"""Render a variorum through Pandoc: HTML for readers, PDF (WeasyPrint) for publishers, EPUB 3."""

from __future__ import annotations

from variorum.render.epub import render_epub
from variorum.render.html import render_html
from variorum.render.pdf import render_pdf
from variorum.render.settings import RenderSettings

__all__ = ["RenderSettings", "render_epub", "render_html", "render_pdf"]
