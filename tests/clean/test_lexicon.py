"""The shared word evidence: mid-line words only, other witnesses, frequencies, hyphenation points."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from variorum.clean.lexicon import (COMPOUND_RE, SummedCounts, WordCounts, _hyphenated_tokens, _word_counts,
                                    build_lexicon, exact_counts, lowered, midline_counts, stage_midline_counts,
                                    witness_counts)


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


# the plain formulation midline_counts must agree with: every line's first and last token removed
_LINE_EDGES_RE = re.compile(r"(?m)^\s*\S*|\S*\s*$")


def _plain_midline_counts(text: str) -> WordCounts:
    inner = _LINE_EDGES_RE.sub(" ", text).lower()
    compounds: Counter = Counter()
    for token in inner.split():
        if "-" in token:
            compounds.update(COMPOUND_RE.findall(token))
    return WordCounts(Counter(re.findall(r"\w+", inner)), compounds)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ab", "Cé", "x-y", "-", "1", "'", "ΣΑΣ", " ", "  ", "\t", "\n", "\n\n",
                                 "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000"]),
                max_size=40).map("".join))
def test_midline_counts_is_the_plain_line_edge_removal(text: str) -> None:
    assert midline_counts(text) == _plain_midline_counts(text)


@settings(max_examples=500, deadline=None)
@given(st.one_of(
    st.text(),  # any character at all
    st.lists(st.sampled_from(["ab", "Cé", "x_y", "_", "12", "²", "½", "٣", "\u0301", "don't", "don’t", "“so”", "—",
                              "-", ",", ".", "!", "\x00", "\x1b", "\x7f", "\ud800", "\ue000", "ΣΑΣ", " ", "\n",
                              "\x1c", "\x85", "\xa0", "\u2028", "\u3000"]), max_size=40).map("".join)))
def test_word_counts_are_the_findall_of_words(s: str) -> None:
    # (items compared, not Counters: Counter equality would pass a word counted 0 times)
    assert sorted(_word_counts(s).items()) == sorted(Counter(re.findall(r"\w+", s)).items())


def test_word_counts_on_every_ascii_character() -> None:
    s = " ".join(f"a{chr(c)}b{chr(c)}{chr(c)}c" for c in range(128))
    assert sorted(_word_counts(s).items()) == sorted(Counter(re.findall(r"\w+", s)).items())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "-", "x-y", "--", " ", "\t", "\n", "\xa0", "\u2028", "é"]), max_size=30).map("".join))
def test_hyphenated_tokens_are_the_split_tokens_with_a_hyphen(s: str) -> None:
    assert _hyphenated_tokens(s) == [t for t in s.split() if "-" in t]


def _assert_same_counts(a: Counter, b: Counter) -> None:
    # (items compared, not Counters: Counter equality would pass a word counted 0 times)
    assert sorted(a.items()) == sorted(b.items())


@settings(max_examples=600, deadline=None)
@given(st.one_of(
    st.text(),  # any character at all
    st.lists(st.sampled_from(["ab", "Ab", "AB", "Cé", "x-y", "X-Y", "-", "--", "1", "A5", "'", "\u2019", "don't",
                              "Don\u2019t", "'tis", "o'", "x_y", "_", "ΣΑΣ", "σ", "İ", "İx", "ß", "ǅ", "\u0301", "²",
                              "—", "“so”", ",", ".", "\u2010", " ", "  ", "\t", "\n", "\n\n", "\r", "\x0b", "\x85",
                              "\xa0", "\u2028", "\u3000", "\ud800"]),
             max_size=60).map("".join)))
@example("one ΑΣ.Α two\n")  # (a sigma before a letter, past a full stop: no final sigma)
@example("one x_y two\n")
def test_witness_counts_are_the_exact_and_the_midline_counts(text: str) -> None:
    counts = witness_counts.__wrapped__(text)
    _assert_same_counts(counts.exact, exact_counts(text))
    _assert_same_counts(counts.small, lowered(exact_counts(text)))
    plain = midline_counts(text)
    _assert_same_counts(counts.midline.words, plain.words)
    _assert_same_counts(counts.midline.compounds, plain.compounds)


# a line: tokens and every kind of separator (a line feed only between lines: lines are cut at it)
_LINE = st.lists(st.sampled_from(["ab", "Ab", "Cé", "x-y", "X-Y", "-", "1", "'", "don't", "x_y", "ΣΑΣ", "İx",
                                  "\u2010", " ", "  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0",
                                  "\u2028", "\u3000"]), max_size=12).map("".join)


@st.composite
def _raw_and_stage(draw) -> tuple[str, str]:
    """A text and a copy of it with lines edited, added, removed, repeated (or all changed)."""
    raw = draw(st.lists(_LINE, max_size=20))
    stage = list(raw)
    for _ in range(draw(st.integers(0, 8))):
        what = draw(st.sampled_from(["edit", "add", "remove", "repeat"]))
        at = draw(st.integers(0, len(stage)))
        if what == "add":
            stage.insert(at, draw(_LINE))
        elif stage and at < len(stage):
            if what == "edit":
                stage[at] = draw(_LINE)
            elif what == "remove":
                del stage[at]
            else:
                stage.insert(at, stage[at])
    return "\n".join(raw), "\n".join(stage)


@settings(max_examples=500, deadline=None)
@given(_raw_and_stage())
@example(("a b c\nd e f\n\n\n", "a b c\n\nd e f\nd e f\n"))
def test_stage_midline_counts_are_the_counts_of_the_stage_text(texts: tuple[str, str]) -> None:
    raw, stage = texts
    counts, plain = stage_midline_counts(stage, raw), midline_counts(stage)
    _assert_same_counts(counts.words, plain.words)
    _assert_same_counts(counts.compounds, plain.compounds)


def test_build_lexicon_works_its_own_counts_out_from_the_raw_text() -> None:
    raw = "one two three four\nthe self-made man\nsat by the fire here\n"
    stage = "one two three four\nthe self-made man sat by the fire here\n"
    lex = build_lexicon(stage, {"B": "x y z\n"}, raw=raw)
    _assert_same_counts(lex.own.words, midline_counts(stage).words)
    assert lex.own.words["man"] == 1 and "four" not in lex.own.words


def test_lowering_parts_no_word_and_makes_none_of_what_is_no_word() -> None:
    # witness_counts lowers each word alone, not the text: only right if no character
    # outside a word lowers to one inside a word, nor to a space, a hyphen, an apostrophe
    # or an underscore (nor those to anything else); the capital sigma, which lowers by
    # its neighbours, sends the text to the plain counts
    word = re.compile(r"\w")
    for i in range(0x110000):
        c = chr(i)
        low = c.lower()
        if not word.match(c):
            assert not any(map(word.match, low)), hex(i)
        assert c.isspace() == all(map(str.isspace, low)), hex(i)
        for mark in "-'\u2019_":
            assert (mark in low) == (c == mark), hex(i)
    assert "ΑΣ.Α".lower() != "ΑΣ".lower() + ".α"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAb' \u2019\u201c\n-,.", max_size=30), st.text(alphabet="aAb' \u2019\u201c\n-,.", max_size=30))
def test_exact_counts_added_to_others_are_the_counts_of_both(a: str, b: str) -> None:
    _assert_same_counts(exact_counts(b, exact_counts(a)), exact_counts(a + " " + b))


def test_lowered_sums_the_spellings_of_a_word() -> None:
    _assert_same_counts(lowered(Counter({"The": 2, "the": 3, "THE": 1, "Cat": 1})), Counter({"the": 6, "cat": 1}))


# --------------------------------------------------------------------------- hyphenation patterns

import pyphen  # noqa: E402
import pytest  # noqa: E402
import wordfreq  # noqa: E402

from variorum.clean import lexicon as lexicon_mod  # noqa: E402


@pytest.mark.parametrize("lang", ["en", "en_US", "en_GB", "nl", "it", "ru"])
def test_lazy_patterns_are_pyphens_own(lang: str) -> None:
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    lazy = lexicon_mod._LazyHyphenator.load(path)
    assert lazy is not None  # these files hold none of the forms left to pyphen
    full = pyphen.HyphDict(path)
    patterns = lazy.hd.patterns
    assert {k: patterns.get(k) for k in full.patterns} == full.patterns
    assert all(patterns.get(k) is None for k in patterns.lines if k not in full.patterns)
    assert lazy.hd.maxlen >= full.maxlen
    hyphenator = pyphen.Pyphen(filename=path)
    words = wordfreq.top_n_list(lang[:2], 1000) + ["", "a", "Hyphenation", "antidisestablishmentarianism"]
    assert [lazy.positions(w) for w in words] == [hyphenator.positions(w) for w in words]


@pytest.mark.parametrize("lang", ["ca", "fr"])
def test_files_read_otherwise_are_left_to_pyphen(lang: str) -> None:
    # ca: nonstandard hyphenation ("l·9l/=,2,1"); fr: letters given twice (the last pattern
    # with a break wins), both read by pyphen in ways not followed here
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    assert lexicon_mod._LazyHyphenator.load(path) is None
    assert isinstance(lexicon_mod._hyphenator.__wrapped__(lang), pyphen.Pyphen)


@given(st.lists(st.dictionaries(st.sampled_from("abcd"), st.integers(0, 3)), max_size=4),
       st.sampled_from("abcde"), st.integers(-1, 2))
def test_summed_counts_get_is_the_sum_or_the_default(parts, key, default):
    summed = SummedCounts(tuple(map(Counter, parts)))
    assert summed.get(key, default) == (summed[key] or default)
    assert summed[key] == sum(Counter(p)[key] for p in parts)
    assert summed[key] == sum(Counter(p)[key] for p in parts)  # (asked again: the sum made once)


def test_a_language_wordfreq_lacks_has_no_lexicon_not_a_neighbours() -> None:
    from variorum.clean.lexicon import zipf_table
    # wordfreq's nearest match for Latin is Italian, for Welsh English: their words would
    # be taken for the text's and its own "repaired" into them
    assert zipf_table("la") == {} and zipf_table("cy") == {}
    # the same language in another region or script, or a name of it, is its list
    assert zipf_table("en-GB") is zipf_table("en") or zipf_table("en-GB") == zipf_table("en")
    assert zipf_table("no").get("og", 0) > 6 and zipf_table("pt-BR").get("de", 0) > 6


def test_a_latin_witness_is_not_repaired_into_italian_or_english() -> None:
    from variorum.clean import clean_text, CleanContext
    from variorum.clean.settings import CleanSettings
    text = ("Aquitania a Garumna flumine ad Pyrenaeos montes et eam partem Oceani quae est\n"
            "ad Hispaniam pertinet; spectat inter occasum solis et septentriones. Eorum una\n"
            "pars initium capit a flumine Rhodano, continetur Garumna flumine, Oceano.\n")
    result = clean_text(text, CleanContext("A", "text", settings=CleanSettings(language="la")))
    assert [e.before for e in result.emendations
            if e.status == "applied" and e.rule.startswith("misread")] == []
