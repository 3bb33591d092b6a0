"""The shared word evidence: mid-line words only, other witnesses, frequencies, hyphenation points."""

from __future__ import annotations

from variorum.clean.lexicon import build_lexicon, midline_counts


def test_line_edge_fragments_are_no_evidence() -> None:
    counts = midline_counts("the self-\nhelp group met\nand cross-border trade grew there\n")
    assert "self" not in counts.words and "help" not in counts.words
    assert counts.words["cross"] == 1 and counts.compounds["cross-border"] == 1
    assert "there" not in counts.words  # last on its line


def test_other_witnesses_are_counted_apart_from_this_one() -> None:
    lex = build_lexicon("a b c\n", {"B": "x online y\n", "C": "x online y\n"})
    assert lex.others.words["online"] == 2
    assert lex.own.words.get("online", 0) == 0
    assert lex.attested("Online") == 2


def test_frequency_and_hyphenation_points() -> None:
    lex = build_lexicon("", {})
    assert lex.zipf("government") > 5 > lex.zipf("zorbquax")
    assert lex.is_break_point("government", 3)  # gov-ern-ment
    assert not lex.is_break_point("government", 1)
