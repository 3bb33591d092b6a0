"""Run the Pandoc that ships with pypandoc-binary, with the reader options every output shares."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Mapping, Sequence

import pypandoc

from variorum.errors import WorkError

#: Pandoc Markdown as the cleaned witnesses are written, less every extension that could
#: turn a witness's characters into something else: no smart quotes or dashes, no raw
#: HTML or TeX, no dollar math, no citations. Text is text.
READER = "markdown-smart-raw_html-raw_tex-tex_math_dollars-raw_attribute-citations"

#: templates/ at the top of the project (the package is installed from tools/)
TEMPLATES = Path(__file__).resolve().parents[3] / "templates"


def template(name: str) -> Path:
    """A file from templates/, or a clear error when the project's templates are missing."""
    path = TEMPLATES / name
    if not path.is_file():
        raise WorkError(f"template missing: {name} (expected in {TEMPLATES})", file=str(path))
    return path


def font_faces(prefix: str) -> str:
    """The shipped fonts' @font-face rules, their URLs made relative to a stylesheet.

    One file holds the rules so the HTML and EPUB stylesheets cannot drift apart; each
    output puts its fonts somewhere else relative to its CSS, hence the prefix.
    """
    rules = template("fonts/fonts.css").read_text(encoding="utf-8")
    return rules.replace("url('", f"url('{prefix}") + "\n"


def meta_args(meta: Mapping[str, object]) -> list[str]:
    """Edition metadata as ``-M`` options: Pandoc keeps these as literal strings, never Markdown."""
    args: list[str] = []
    for key in ("title", "subtitle", "editor", "licence", "date"):
        value = meta.get(key)
        if value:
            args += ["-M", f"{key}={value}"]
    authors = meta.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    for author in authors:
        args += ["-M", f"author={author}"]
    args += ["-M", f"lang={meta.get('language') or 'en'}"]
    return args


def run(markdown: str, to: str, args: Sequence[str], *, output: Path | None = None,
        env: Mapping[str, str] | None = None, cwd: Path | None = None) -> bytes:
    """Convert Markdown with Pandoc; return stdout (or write ``output``). Fails with WorkError."""
    cmd = [pypandoc.get_pandoc_path(), "--from", READER, "--to", to,
           "--lua-filter", str(template("links.lua")), *args]
    if output is not None:
        cmd += ["--output", str(output)]
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(cmd, input=markdown.encode("utf-8"), capture_output=True,
                          env=full_env, cwd=cwd, check=False)
    if proc.returncode != 0:
        raise WorkError(f"pandoc failed ({to}): {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout
