"""Code blocks of a plain-text witness: kept as lines, set apart, written as an indented code block."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.base import Edit, EditColumns
from variorum.clean.codeblocks import code_blocks, fenced_blocks, outside_code

_PYTHON = ("To count the words of a file, the program reads it line by line and adds\n"
           "the words of each line to a running total, as follows:\n\n"
           "    def count(path):\n"
           "        total = 0\n"
           "        for line in open(path):\n"
           "            total += len(line.split())\n"
           "        return total\n\n"
           "The function returns the total when the file ends.\n")


def _clean(raw: str, fmt: str = "text") -> str:
    return clean_text(raw, CleanContext("S", fmt)).text


def test_indented_lines_of_code_keep_their_lines_and_indents() -> None:
    out = _clean(_PYTHON)
    assert ("\n\n    def count(path):\n        total = 0\n        for line in open(path):\n"
            "            total += len(line.split())\n        return total\n\n") in out
    assert out.startswith("To count the words of a file, the program reads it line by line and adds the words")


def test_indented_code_touching_prose_is_set_apart_and_its_characters_not_escaped() -> None:
    raw = ("The loop in C reads:\n    int i;\n    for (i = 0; i < n; i++) {\n        sum += a[i];\n    }\n"
           "and ends there.\n")
    assert _clean(raw) == ("The loop in C reads:\n\n    int i;\n    for (i = 0; i < n; i++) {\n        sum += a[i];\n"
                           "    }\n\nand ends there.\n")


def test_a_code_block_cleaned_again_as_markdown_is_unchanged() -> None:
    once = _clean(_PYTHON.replace("total = 0", "total = 0  # \"none\"  yet"))
    assert "total = 0  # \"none\"  yet" in once
    assert _clean(once, "markdown") == once


def test_indented_prose_verse_and_a_text_indented_as_a_whole_are_no_code() -> None:
    verse = "He said:\n\n    Over the door a verse was cut\n    In letters worn away by rain (so)\n\nAnd left.\n"
    assert code_blocks(verse) == []
    # prose that names calls and compares, its paragraph indented as the text around it is
    whole = ("    The text is set in as a whole.\n\n    It calls len() and then\n    compares x <= y; if a = b\n"
             "    then f(x) is the same as f(y) in every case.\n\n    The end.\n")
    assert code_blocks(whole) == []


def test_outside_code_drops_the_edits_touching_a_block_or_its_line_breaks_in_either_form() -> None:
    # a block at 10-20: its line break before (9) and after (20) are its too
    blocks = [(10, 20)]
    spans = [(5, 9), (8, 10), (12, 14), (19, 21), (21, 23), (9, 9), (10, 10), (20, 20), (21, 21), (0, 30)]
    kept = [(5, 9), (21, 23), (9, 9), (21, 21)]
    edits = [Edit(s, e, "x", "r") for s, e in spans]
    assert [(e.start, e.end) for e in outside_code(edits, blocks)] == kept
    columns = EditColumns.uniform([s for s, _ in spans], [e for _, e in spans], "x", "r")
    out = outside_code(columns, blocks)
    assert isinstance(out, EditColumns) and list(zip(out.starts, out.ends)) == kept
    assert outside_code(edits[:1], blocks) == edits[:1]


_FENCED = ("Run it like this:\n\n```python\nfor x in tne items:\n    print(x, tbe value)\nrn = 3\n```\n\n"
           "Then it ends.\n")


def test_fenced_code_in_a_markdown_witness_is_left_as_written() -> None:
    # (the misreading filter would make 'the' of 'tne': code's names are no words)
    result = clean_text(_FENCED, CleanContext("S", "markdown"))
    assert result.text == _FENCED
    assert result.emendations == ()


def test_indented_code_in_a_markdown_witness_is_left_as_written() -> None:
    raw = "Run it like this:\n\n    for x in tne items:\n        print(x, tbe value)\n\nThen it ends.\n"
    assert _clean(raw, "markdown") == raw


def test_fenced_code_in_a_plain_text_witness_keeps_its_lines_and_is_set_apart() -> None:
    raw = "Run it like this:\n```\nfor x in tne items:\n    print(x, tbe value)\n```\nThen it ends, and\nso on.\n"
    assert _clean(raw) == ("Run it like this:\n\n```\nfor x in tne items:\n    print(x, tbe value)\n```\n\n"
                           "Then it ends, and so on.\n")


def test_fenced_blocks_need_a_closing_fence_of_their_mark() -> None:
    text = "a\n```\nx = 1\n~~~\ny\n````\nb\n```\n"
    assert fenced_blocks(text) == [(2, text.index("````") + 4)]
    assert fenced_blocks("a\n```\nx = 1\n") == []
    assert code_blocks(_FENCED) == [(19, _FENCED.index("```\n\nThen") + 3)]


def test_a_display_of_maths_inside_a_sentence_is_no_code_block() -> None:
    # (the sentence goes on after the lines, and nothing in them is code's alone)
    text = ("The two sums were set out thus in the ledger:\n    f(x) = x + 1, and so\n    g(x) = f(x) * 2, and then\n"
            "the clerk added them together.\n")
    assert code_blocks(text) == []
    assert _clean(text) == ("The two sums were set out thus in the ledger: f(x) = x + 1, and so g(x) = f(x) \\* 2, "
                            "and then the clerk added them together.\n")  # (the star escaped for Markdown)


def test_a_list_of_clauses_inside_a_sentence_is_no_code_block() -> None:
    text = "See the rule:\n    (a) the Secretary(s) shall = report;\n    (b) the Board(s) shall = approve;\nand the rest.\n"
    assert code_blocks(text) == []


def test_code_a_sentence_goes_on_after_is_a_code_block_where_a_line_is_code_s_alone() -> None:
    text = "The function reads\n    def f(x):\n        y = g(x)\n        return y\nwhich returns y.\n"
    assert code_blocks(text) == [(19, text.index("\nwhich"))]


def test_a_statement_opening_a_body_and_its_deeper_line_are_code() -> None:
    # two lines of code, one marked: a function and its return
    result = clean_text(_case_text("codeblocks--a-statement-and-its-body-are-code.text.in"), CleanContext("S", "text"))
    assert "\n\n    def f(x):\n        return x * 2\n\n" in result.text
    # a line of verse or prose after a word that opens statements is no body: no code's mark
    verse = "He said:\n\n    for ever and ever:\n        Amen.\n\nAnd left.\n"
    assert code_blocks(verse) == []
    wordy = "He said:\n\n    if ever you go to the town:\n        bring back the bread and the milk for us.\n\nSo.\n"
    assert code_blocks(wordy) == []


def _case_text(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "data" / "clean" / "cases" / name).read_text(encoding="utf-8")
