"""Word-pair evidence from the edition's own text (variorum.clean.context)."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st

from variorum.clean.base import Edit
from variorum.clean.chain import apply_edits
from variorum.clean.context import (_CLOSERS_CLASS, _OPENERS_CLASS, WHITESPACE, WORD_RE, TextPairs, _alternation,
                                    _is_word, count_pairs, count_pairs_in_split, neighbours, neighbours_in_paragraph, pair_counts, pair_total,
                                    wanted_pairs, words_of)
from variorum.clean.misread.vocabulary import _word_split


def test_pairs_are_words_parted_by_whitespace_only():
    text = "\u201cWho are ill,\u201d said he. A small hut, on a hill; who are\nill (they are) don't."
    pairs = pair_counts(text)
    assert pairs[("Who", "are")] == 1 and pairs[("who", "are")] == 1  # a quote before, a line break between
    assert pairs[("are", "ill")] == 2                                    # a comma after the second word
    assert ("hut", "on") not in pairs                                    # a comma parts them
    assert ("ill", "they") not in pairs and ("are", "don't") not in pairs  # brackets part them


def test_neighbours_are_the_words_a_word_makes_pairs_with():
    text = "those who arc ill, and a small hut, on the hill-side"
    at = text.index("arc")
    assert neighbours(text, at, at + 3) == ("who", "ill")
    at = text.index("hut")
    assert neighbours(text, at, at + 3) == ("small", "")     # the comma: no pair on the right
    at = text.index("hill")
    assert neighbours(text, at, at + 4) == ("", "")          # a piece of a compound makes no pair


def test_pair_totals_count_small_letters_and_capitals_together():
    counts = Counter({("who", "are"): 2, ("Who", "are"): 1, ("who", "Are"): 5})
    assert pair_total(counts, "who", "are") == 8
    assert wanted_pairs("who", "are") == {("who", "are"), ("Who", "are"), ("who", "Are"), ("Who", "Are")}


_PIECES = ["who", "Who", "are", "arc", "ill", "a", "an", "don't", "\u2019tis", "x1", " ", " ", "  ", "\n", ",", ".",
           "(", ")", "\u201c", "\u201d", "'", "-", "_", "\u00e9t\u00e9"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40),
       st.lists(st.tuples(st.sampled_from(["who", "Who", "are", "a", "an", "don't", "ill", "\u00e9t\u00e9"]),
                          st.sampled_from(["are", "arc", "ill", "a", "an", "don't", "\u2019tis", "\u00e9t\u00e9"])),
                min_size=1, max_size=8))
@example(["ill", " ", "\u2019tis"], [("ill", "\u2019tis")])  # (an apostrophe first: no word, no pair)
def test_counting_the_wanted_pairs_agrees_with_counting_them_all(pieces, wanted):
    text = "".join(pieces)
    every = pair_counts(text)
    assert count_pairs(text, wanted) == Counter({k: every[k] for k in set(wanted) if every[k]})


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(["who", " ", "who", "'", "\u2019tis"])  # (two apostrophes in a row end a word)
def test_each_word_s_neighbours_are_its_counted_pairs(pieces):
    # every pair counted is a word and its right neighbour, and the other way round
    text = "".join(pieces)
    import re
    found: Counter = Counter()
    for m in re.finditer(r"[^\W_]+(?:['\u2019][^\W_]+)*", text):
        left, right = neighbours(text, m.start(), m.end())
        if right:
            found[(m.group(), right)] += 1
        if left:
            found[(left, m.group())] += 1
    assert Counter({k: 2 * v for k, v in pair_counts(text).items()}) == found


def test_words_are_the_misreading_filter_s_tokens():
    assert words_of("It's 1990, the x_y c0mputer.") == ("It's", "1990", "the", "x", "y", "c0mputer")


_PREFIXED = ["th", "the", "then", "The", "a", "an", "o"]


@given(st.lists(st.sampled_from(_PREFIXED + [" ", "\t", "\n", "\xa0", "\u2028", "\x1c", "(", "((", "\u2018", ").",
                                             "'", ",", "x", "\u00e9"]), max_size=40),
       st.lists(st.tuples(st.sampled_from(_PREFIXED), st.sampled_from(_PREFIXED)), min_size=1, max_size=8))
def test_counting_words_that_begin_alike_agrees_with_counting_them_all(pieces, wanted):
    # words one of which begins another, every kind of whitespace, openers and closers
    text = "".join(pieces)
    every = pair_counts(text)
    assert count_pairs(text, wanted) == Counter({k: every[k] for k in set(wanted) if every[k]})


@given(st.lists(st.sampled_from(["a", "B", "1", "_", "'", "\u2019", "''", " ", "\n", "-", "\u00e9", "\u0301"]),
                max_size=30).map("".join))
def test_words_are_the_word_pattern_s_matches(text):
    assert words_of.__wrapped__(text) == tuple(WORD_RE.findall(text))


def test_whitespace_is_every_character_str_isspace_takes():
    assert WHITESPACE[0] == " "
    assert sorted(WHITESPACE) == [c for c in map(chr, range(0x110000)) if c.isspace()]


def _count_pairs_in_the_text_as_written(text: str, wanted: set[tuple[str, str]]) -> Counter:
    """count_pairs as first written: the pattern opening with any whitespace (\\s), in the text as it is
    (asked about pairs of words only, as count_pairs is: 'x1' is no word)."""
    wanted = {pair for pair in wanted if _is_word(pair[0]) and _is_word(pair[1])}
    if not wanted:
        return Counter()
    firsts = _alternation(a for a, _ in wanted)
    seconds = _alternation(b for _, b in wanted)
    pattern = re.compile(rf"\s[{_OPENERS_CLASS}]*+({firsts})(?=\s++({seconds})[{_CLOSERS_CLASS}]*+(?!\S))")
    return Counter(m.groups() for m in pattern.finditer("\n" + text) if m.groups() in wanted)


_WORDS = ["who", "Who", "are", "a", "an", "don't", "x1", "\u00e9t\u00e9", "the", "then"]


@given(st.lists(st.sampled_from(_WORDS + list(WHITESPACE) + ["  ", "(", "\u201c", "'", ",", ").", "-", "_"]),
                max_size=40),
       st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)), min_size=1, max_size=8))
@example(["x1", " ", "who"], [("x1", "who")])
def test_counting_in_the_text_spaced_agrees_with_counting_in_it_as_written(pieces, wanted):
    # any word a filter may ask about (a digit in it too), beside every kind of whitespace
    text = "".join(pieces)
    assert count_pairs(text, wanted) == _count_pairs_in_the_text_as_written(text, set(wanted))


def test_a_blank_line_parts_a_word_from_its_neighbour_in_a_paragraph() -> None:
    text = "CHAPTER iii\n\nThe end of it\nwas near."
    at = text.index("iii")
    assert neighbours(text, at, at + 3) == ("CHAPTER", "The")
    assert neighbours_in_paragraph(text, at, at + 3) == ("CHAPTER", "")
    at = text.index("The")
    assert neighbours_in_paragraph(text, at, at + 3) == ("", "end")
    at = text.index("it")
    assert neighbours_in_paragraph(text, at, at + 2) == ("of", "was")  # (a line break alone parts nothing)



@st.composite
def _text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    """A text of the pieces above, and non-overlapping edits of it anywhere (in any order),
    each replacing its stretch with some of the pieces (or nothing)."""
    text = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=40)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    edits = [Edit(a, b, "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=3))), "test", "", 1.0, True)
             for a, b in zip(cuts[::2], cuts[1::2])]
    return text, draw(st.permutations(edits))


_WANTED = st.sets(st.tuples(st.sampled_from(["who", "Who", "are", "arc", "a", "ill", "don't", "\u00e9t\u00e9"]),
                            st.sampled_from(["who", "are", "arc", "ill", "a", "an", "don't", "\u00e9t\u00e9"])),
                  max_size=10)


@given(_text_and_edits(), _WANTED, _WANTED)
@example(("who arc ill", [Edit(4, 7, "are", "test", "", 1.0, True)]), {("who", "are"), ("are", "ill")}, set())
@example(("a who  arc", [Edit(6, 6, "ill", "test", "", 1.0, True), Edit(5, 6, "", "test", "", 1.0, True)]),
         {("who", "arc"), ("who", "illarc")}, {("a", "who")})
def test_text_pairs_of_the_edited_text_count_the_edited_text(case, wanted, asked_before):
    text, edits = case
    pairs = TextPairs(text)
    pairs.of(asked_before)  # (some pairs counted in the text before: the others are counted anew)
    assert pairs.of(wanted, edits) == count_pairs(apply_edits(text, edits)[0], wanted)
    assert pairs.of(wanted) == count_pairs(text, wanted)


_SPLIT_PIECES = _PREFIXED + _WORDS + list(WHITESPACE[:8]) + [
    "  ", "(", "((", "[", "\u201c", "\u2018", "'", "\u2019", "\"", ",", ").", ".", "?", "]", "\u201d", "-", "_", "x_y",
    "\u0301", "\u2019tis", "1", "e\u0301"]


@given(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=40),
       st.lists(st.tuples(st.sampled_from(_PREFIXED + _WORDS + ["\u2019tis", "y"]),
                          st.sampled_from(_PREFIXED + _WORDS + ["\u2019tis", "y"])), min_size=1, max_size=8))
@example(["\u201c", "the", " ", "then", "\u201d"], [("the", "then")])  # (quotes at both ends of the text)
@example(["x_y", " ", "who"], [("y", "who")])  # (an underscore parts the words of the cut)
@example(["who", "(", "the", " ", "then"], [("the", "then")])  # (only an opener before: no pair)
@example(["the", " ", "then", ").", "who"], [("the", "then")])  # (only closers after: no pair)
def test_counting_pairs_in_the_word_split_agrees_with_the_pattern(pieces, wanted):
    # the misreading filter's cut of its witness (underscores, digits, apostrophes, marks,
    # every kind of whitespace, openers and closers) gives the pattern's counts
    text = "".join(pieces)
    assert count_pairs_in_split(_word_split.__wrapped__(text), wanted) == count_pairs(text, wanted)


@given(_text_and_edits(), _WANTED, _WANTED)
def test_text_pairs_from_the_word_split_count_as_from_the_text(case, wanted, asked_before):
    text, edits = case
    split = TextPairs(text, _word_split.__wrapped__(text))
    split.of(asked_before)
    assert split.of(wanted, edits) == TextPairs(text).of(wanted, edits)
