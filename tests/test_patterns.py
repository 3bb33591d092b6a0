"""The package's regular expressions mean the same on every Python the project allows."""

import importlib
import pkgutil
import re

import variorum

# CPython's re before 3.11.5 (gh-106052; Debian 12 ships 3.11.2) keeps a half-matched group
# under a possessive repeat: r"\w++(?:'\w++)*+" finds "word'" in "word' x". A pattern that
# repeats a group possessively cleans a text differently there.
_POSSESSIVE_GROUP = re.compile(r"\)(?:[*+?]|\{\d*,?\d*\})\+")


def _patterns():
    for info in pkgutil.walk_packages(variorum.__path__, "variorum."):
        if info.name == "variorum.__main__":
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value.pattern


def test_the_package_has_patterns_to_check():
    assert sum(1 for _ in _patterns()) > 50


def test_no_group_is_repeated_possessively():
    offenders = [name for name, pattern in _patterns()
                 if isinstance(pattern, str) and _POSSESSIVE_GROUP.search(pattern)]
    assert offenders == []


def test_the_check_finds_a_possessive_group():
    assert _POSSESSIVE_GROUP.search(r"\w++(?:['\u2019]\w++)*+")
    assert not _POSSESSIVE_GROUP.search(r"\w++(?:['\u2019]\w++)*[ \t]*+")
