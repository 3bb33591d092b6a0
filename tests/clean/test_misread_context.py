"""The misreading filter's context rules (variorum.clean.misread.context)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from variorum.clean.misread.context import _NUMBERED_RE, _numbered

_NUMBERING_PIECES = ["Part", "part", "book", "ii", "II", "iv", "III", "xii", "mix", "Henry", "vol", "\u00e9t\u00e9", " ", "  ",
                     "\t", "\n", ".", ",", "3", "_", "\u00b2", "'"]


@given(st.lists(st.sampled_from(_NUMBERING_PIECES), max_size=40))
@example(["Part", " ", "II", " ", "III", " ", "iv"])  # (the second numeral's word is the first's numeral)
def test_numbered_words_are_found_from_the_numerals_as_the_pattern_finds_them(pieces):
    text = "".join(pieces)
    assert list(_numbered(text)) == _NUMBERED_RE.findall(text)
    spaced = text.replace("\t", " ")  # (a text without a tab has a pattern of its own)
    assert list(_numbered(spaced)) == _NUMBERED_RE.findall(spaced)


def test_a_reading_held_between_rivals_is_decided_by_its_neighbours_not_by_the_context_rule_on_some_of_them():
    # 'wonld': 'would' (an arch closed, a confusion the context rule does not weigh) or
    # 'world'; the context rule, seeing only 'world', made it so
    from tests.clean.edits import changes
    prose = ("It would be well to say that the world is wide, and it would seem that we would go. " * 3
             + "The world was new. In the world of men it would be so. ")
    assert [c for c in changes(prose + "If we knew it, it wonld be clear.") if c[0] == "wonld"] == [
        ("wonld", "would", "misread-letters", True)]
    # (a rival the context rule can weigh, 'lot' by c/o, which the witness does not write,
    # leaves the context rule its choice)
    prose = "Let us go, and let them be, and let it rest; we let him stay and let her speak. " * 3
    assert [c for c in changes(prose + "So they lct down the mat.") if c[0] == "lct"] == [
        ("lct", "let", "misread-context", True)]
