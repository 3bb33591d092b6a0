"""Spaces, stray glyphs and quotes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.settings import CleanSettings
from variorum.clean.whitespace import _INNER_ALL_RE, _LINE_TRAIL_RE, _inner_runs, _trailing_runs


def _clean(raw: str, quotes: str = "keep", fmt: str = "text") -> str:
    return clean_text(raw, CleanContext("W", fmt, settings=CleanSettings(quotes=quotes))).text


def test_quotes_kept_by_default() -> None:
    assert _clean("He said “yes” and 'no'.\n") == "He said “yes” and 'no'.\n"


def test_quotes_straightened() -> None:
    assert _clean("He said “yes” and ‘no’, it’s so.\n", "straight") == "He said \"yes\" and 'no', it's so.\n"


def test_quotes_curled_with_apostrophes_and_primes_left() -> None:
    assert _clean("He said \"yes\" and 'no', it's 5'10\" tall.\n", "curly") == \
        "He said “yes” and ‘no’, it’s 5'10\" tall.\n"


def test_quotes_in_markdown_code_and_links_untouched() -> None:
    raw = "Say \"hi\" in `print(\"x\")` and [a](http://x.org/\"q\").\n"
    assert _clean(raw, "curly", "markdown") == "Say “hi” in `print(\"x\")` and [a](http://x.org/\"q\").\n"


def test_markdown_structure_spacing_untouched() -> None:
    raw = "| a  | b |\n|----|---|\n\n    code  block\n"
    assert _clean(raw, fmt="markdown") == raw


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", " ", "  ", "\t", "\f", "\v", "\n", "\r", "\xa0"]),
                max_size=25).map("".join))
def test_space_runs_found_from_literals_are_the_patterns_matches(text: str) -> None:
    assert _inner_runs(text) == [m.span() for m in _INNER_ALL_RE.finditer(text)]
    assert _trailing_runs(text) == [m.span() for m in _LINE_TRAIL_RE.finditer(text)]
