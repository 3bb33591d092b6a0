"""The misreading filter's faster forms answer as the plain forms they replace."""

from __future__ import annotations

from variorum.clean import misread
from variorum.clean.lexicon import frequency_buckets


def _onsets_word_by_word(lang: str) -> dict[str, float]:
    """The plain form: every word of the lexicon visited, its frequency added to its opening pair's."""
    shares: dict[str, float] = {}
    total = 0.0
    for i, bucket in enumerate(frequency_buckets(lang)):
        freq = 10 ** (-i / 100)
        for word in bucket:
            if len(word) >= 3 and word.isalpha():
                shares[word[:2]] = shares.get(word[:2], 0.0) + freq
                total += freq
    return {k: v / total for k, v in shares.items()} if total else {}


def test_lexicon_buckets_are_sorted() -> None:
    # (_onset_share finds a pair's words by bisection)
    assert all(list(b) == sorted(b) for b in frequency_buckets("en"))


def test_onset_share_is_the_word_by_word_share() -> None:
    table = _onsets_word_by_word("en")
    assert misread._onset_total("en") > 0
    for pair, share in table.items():
        assert misread._onset_share(pair, "en") == share, pair
    for pair in ("db", "tl", "vr", "zq", "q", "abc", "a1", "1a", "'t", "\u0130x", "\U0010ffffa", "a\U0010ffff"):
        assert misread._onset_share(pair, "en") == table.get(pair, 0.0), pair


def test_onset_share_without_a_lexicon() -> None:
    assert misread._onset_share("th", "xx-no-such-language") == 1.0
