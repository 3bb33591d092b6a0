"""The review verb: open suggestions listed, decisions written into edition.yaml, then applied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from variorum.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "cli"

EDITION = """\
# my edition — this comment must survive the review
edition:
  title: Review test
witnesses:
  - siglum: A   # the first witness
    file: witness-a.txt
  - siglum: B
    file: witness-c-unpunctuated-paragraph-end.txt
base: A
render:
  formats: []
review: {}
"""


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    for name in ("witness-a.txt", "witness-c-unpunctuated-paragraph-end.txt"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "edition.yaml").write_text(EDITION, encoding="utf-8")
    assert main(["build", str(tmp_path / "edition.yaml"), "-o", str(tmp_path / "build")]) == 0
    return tmp_path


def emendations(edition: Path, siglum: str) -> list[dict]:
    path = edition / "build" / "clean" / f"{siglum}.emendations.json"
    return json.loads(path.read_text(encoding="utf-8"))["emendations"]


def test_lists_open_suggestions(edition: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["review", str(edition / "edition.yaml"), "--build-dir", str(edition / "build")]) == 0
    lines = capsys.readouterr().out.rstrip().split("\n")
    suggested = sorted(e["id"] for s in ("A", "B") for e in emendations(edition, s)
                       if e["status"] == "suggested")
    assert suggested, "the fixture's unpunctuated paragraph end gives a suggestion to review"
    assert lines[-1] == f"{len(suggested)} open suggestions"
    assert sorted(line.split("\t")[0] for line in lines[:-1]) == suggested


def test_rejecting_a_rule_is_written_and_applied(edition: Path) -> None:
    join = next(e for e in emendations(edition, "A") if e["rule"] == "dehyphenate")
    assert join["status"] == "applied"
    assert main(["review", str(edition / "edition.yaml"), "--build-dir", str(edition / "build"),
                 "--reject", join["id"]]) == 0
    text = (edition / "edition.yaml").read_text(encoding="utf-8")
    assert "# my edition — this comment must survive the review" in text
    assert "# the first witness" in text
    assert join["id"] in text
    assert main(["build", str(edition / "edition.yaml"), "-o", str(edition / "build")]) == 0
    again = next(e for e in emendations(edition, "A") if e["id"] == join["id"])
    assert again["status"] == "rejected"
    assert "tor-" in (edition / "build" / "clean" / "A.md").read_text(encoding="utf-8")


def test_editor_replacement(edition: Path) -> None:
    assert main(["review", str(edition / "edition.yaml"), "--build-dir", str(edition / "build"),
                 "--replace", "stormy", "tempestuous", "--witness", "B"]) == 0
    assert main(["build", str(edition / "edition.yaml"), "-o", str(edition / "build")]) == 0
    assert "tempestuous" in (edition / "build" / "clean" / "B.md").read_text(encoding="utf-8")
    assert "stormy" in (edition / "build" / "clean" / "A.md").read_text(encoding="utf-8")
    assert any(e["rule"] == "editor" for e in emendations(edition, "B"))


def test_unknown_id_is_refused(edition: Path, capsys) -> None:
    before = (edition / "edition.yaml").read_text(encoding="utf-8")
    assert main(["review", str(edition / "edition.yaml"), "--build-dir", str(edition / "build"),
                 "--accept", "A-no-such-id"]) == 2
    assert "A-no-such-id" in capsys.readouterr().err
    assert (edition / "edition.yaml").read_text(encoding="utf-8") == before
