"""The pipeline carries each witness's page breaks from the cleanup into the variorum's metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from variorum import pipeline
from variorum.cli import main
from variorum.errors import InputError
from variorum.model import PAGEBREAKS, PageBreak, pagebreaks_of

CLEAN_DATA = Path(__file__).resolve().parent / "data" / "clean"
HYPHENATED = CLEAN_DATA / "pagebreaks--word-hyphenated-across-a-page-and-page-heads-between-paragraphs.text.in"


def _files(tmp_path: Path) -> list[Path]:
    a, b = tmp_path / "A.md", tmp_path / "B.md"
    a.write_text("One two three.\n\nFour five.\n", encoding="utf-8")
    b.write_text("One two four.\n\nFour five six.\n", encoding="utf-8")
    return [a, b]


def test_collated_variorum_holds_the_clean_offsets_of_the_breaks(tmp_path: Path) -> None:
    breaks = {"B": [PageBreak("7", 3, 40, clean_offset=4), PageBreak("8", 9, 90, clean_offset=15),
                    PageBreak("9", 12, 99)]}
    v = pipeline.collate_files(_files(tmp_path), ["A", "B"], "A", pagebreaks=breaks)
    # a break not located in the cleaned text (an old emendations file) is left out
    assert v.metadata[PAGEBREAKS] == {"B": [{"page": "7", "offset": 4}, {"page": "8", "offset": 15}]}
    assert pagebreaks_of(v) == {"B": (("7", 4), ("8", 15))}
    path = tmp_path / "v.json"
    path.write_text(v.dumps(), encoding="utf-8")
    assert pipeline.load_variorum(path) == v
    assert v.dumps() == pipeline.collate_files(_files(tmp_path), ["A", "B"], "A", pagebreaks=breaks).dumps()


def test_no_breaks_leave_the_metadata_as_it_was(tmp_path: Path) -> None:
    v = pipeline.collate_files(_files(tmp_path), ["A", "B"], "A", pagebreaks={"A": []})
    assert PAGEBREAKS not in v.metadata


def test_a_break_beyond_the_cleaned_text_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cleaned again"):
        pipeline.collate_files(_files(tmp_path), ["A", "B"], "A",
                               pagebreaks={"A": [PageBreak("2", 1, 0, clean_offset=10_000)]})
    with pytest.raises(InputError, match="no witness"):
        pipeline.collate_files(_files(tmp_path), ["A", "B"], "A",
                               pagebreaks={"Z": [PageBreak("2", 1, 0, clean_offset=1)]})


def test_a_variorum_file_with_a_bad_page_break_is_refused(tmp_path: Path) -> None:
    v = pipeline.collate_files(_files(tmp_path), ["A", "B"], "A")
    data = json.loads(v.dumps())
    data["metadata"][PAGEBREAKS] = {"A": [{"page": 3, "offset": 0}]}
    path = tmp_path / "v.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="not a page break"):
        pipeline.load_variorum(path)


def test_clean_then_collate_on_the_command_line_carries_the_pages(tmp_path: Path) -> None:
    md, em = tmp_path / "X.md", tmp_path / "X.emendations.json"
    assert main(["clean", str(HYPHENATED), "-o", str(md), "--emendations", str(em), "--siglum", "X"]) == 0
    other = tmp_path / "Y.md"
    other.write_text(md.read_text(encoding="utf-8").replace("river", "stream"), encoding="utf-8")
    out, tei = tmp_path / "v.json", tmp_path / "v.xml"
    assert main(["collate", str(md), str(other), "--sigla", "X,Y", "--base", "X", "-o", str(out),
                 "--tei", str(tei), "--emendations", str(em)]) == 0
    v = pipeline.load_variorum(out)
    text = v.text_of("X")
    assert [(p, text[o:].split()[0]) for p, o in pagebreaks_of(v)["X"]] == [
        ("12", "of"), ("13", "Then"), ("14", "\\$5"), ("15", "of"), ("16", "the")]
    assert tei.read_text(encoding="utf-8").count('<pb n="1') == 5
