"""Quotes: kept by default, straightened or curled as the setting says, code and links untouched."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.settings import CleanSettings


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
