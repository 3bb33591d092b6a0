"""Start a new, empty edition: a folder with a commented edition.yaml to fill in."""

from __future__ import annotations

import argparse
from pathlib import Path

from variorum.errors import InputError
from variorum.fileio import write_atomic

HELP = "start a new edition in DIR"

TEMPLATE = """\
# A variorum edition. Fill in the metadata, put the witness files beside this file,
# list them under 'witnesses', then run 'variorum check' and 'variorum build'.
edition:
  title: {title}
  authors: []
  editor: ""
  language: en
  licence: ""
  date: ""

witnesses: []
# Each witness:
#  - siglum: A                 # short, no spaces: A, B2, 1818, Thomas
#    file: witness-a.txt       # relative to this file
#    format: text              # 'text' (raw OCR) or 'markdown'
#    description: ""
#    date: ""

# The reading text; leave out to collate without a base.
# base: A

clean: {{}}
collate: {{}}
render:
  formats: [html, pdf, epub]
review: {{}}
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", type=Path, metavar="DIR", help="the new edition's folder")
    p.add_argument("--title", default="Untitled edition", help="the edition's title")


def run(args: argparse.Namespace) -> int:
    target = args.directory / "edition.yaml"
    if target.exists():
        raise InputError("already exists; not overwritten", file=str(target))
    title = '"' + args.title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    write_atomic(target, TEMPLATE.format(title=title))
    print(f"created {target}: add your witnesses beside it, list them, then run "
          f"'variorum check {target}'")
    return 0
