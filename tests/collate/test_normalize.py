"""Matching keys: what normalisation folds, and that each option can be turned off."""

from __future__ import annotations

import pytest

from variorum.collate.normalize import Normalizer
from variorum.collate.settings import CollateSettings
from variorum.errors import InputError


@pytest.mark.parametrize("a, b", [
    ("War", "war"),
    ("war,", "war"),
    ("\\$5", "$5"),
    ("cyber-security", "cybersecurity"),
    ("ﬁnd", "find"),
    ("Æsop", "aesop"),
    ("colour", "color"),
    ("realised", "realized"),
    ("centre", "center"),
    ("travelled", "traveled"),
    ("judgement", "judgment"),
])
def test_default_keys_match(a, b):
    n = Normalizer(CollateSettings())
    assert n.key(a) == n.key(b)


@pytest.mark.parametrize("a, b", [
    ("four", "for"), ("hour", "hor"), ("rise", "rize"), ("form", "from"), ("are", "aer"),
])
def test_spelling_rules_leave_short_and_different_words_alone(a, b):
    n = Normalizer(CollateSettings())
    assert n.key(a) != n.key(b)


def test_each_folding_can_be_switched_off():
    assert Normalizer(CollateSettings(ignore_case=False)).key("War") != "war"
    assert Normalizer(CollateSettings(ignore_punctuation=False)).key("war,") == "war,"
    plain = CollateSettings(ignore_punctuation=False, ignore_hyphenation=False)
    assert Normalizer(plain).key("cyber-security") == "cyber-security"
    assert Normalizer(CollateSettings(ignore_punctuation=False)).key("cyber-security") == "cybersecurity"
    assert Normalizer(CollateSettings(fold_ligatures=False)).key("ﬁnd") != "find"
    assert Normalizer(CollateSettings(english_spelling_rules=False)).key("colour") == "colour"
    assert Normalizer(CollateSettings(fold_accents=True)).key("rôle") == "role"
    assert Normalizer(CollateSettings()).key("rôle") != "role"


def test_equivalences_and_patterns_from_settings():
    n = Normalizer(CollateSettings(equivalences=[["shew", "show", "Shewe"]],
                                   spelling_patterns=[["^vn", "un"]]))
    assert n.key("shew") == n.key("show") == n.key("shewe")
    assert n.key("vnto") == n.key("unto")
    assert n.full_key("Shew,") == n.full_key("show")


def test_full_key_folds_regardless_of_settings():
    n = Normalizer(CollateSettings(ignore_case=False, ignore_punctuation=False))
    assert n.key("War,") != n.key("war")
    assert n.full_key("War,") == n.full_key("war")


def test_a_bad_pattern_is_an_input_error():
    with pytest.raises(InputError, match="spelling_patterns"):
        Normalizer(CollateSettings(spelling_patterns=[["(", "x"]]))


def test_a_pattern_that_is_not_a_pair_is_an_input_error():
    with pytest.raises(InputError, match=r"spelling_patterns\[0\]"):
        Normalizer(CollateSettings(spelling_patterns=[["ise$"]]))
