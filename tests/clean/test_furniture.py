"""Running heads, feet and page numbers: found, removed, the page breaks kept with their numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from variorum.clean import CleanContext, clean_text

CASES = Path(__file__).resolve().parents[1] / "data" / "clean" / "cases"


def _clean(name: str):
    raw = (CASES / name).read_text(encoding="utf-8")
    return raw, clean_text(raw, CleanContext("X", "text"))


def test_alternating_heads_removed_and_pages_labelled_from_their_numbers() -> None:
    raw, result = _clean("furniture--alternating-heads-with-page-numbers-form-feeds.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert len(removed) == 6 and all("HISTORY" in r or "CHAPTER" in r for r in removed)
    assert [p.page for p in result.pagebreaks] == ["12", "13", "14", "15", "16"]
    for p in result.pagebreaks:  # each break points at the raw head of its page
        assert raw[p.offset:].lstrip("\f").startswith((p.page, "CHAPTER"))
    assert "HISTORY" not in result.text and "\f" not in result.text


def test_noisy_heads_and_feet_without_form_feeds() -> None:
    raw, result = _clean("furniture--noisy-heads-and-bare-page-numbers-without-form-feeds.text.in")
    rules = [e.rule for e in result.emendations if e.rule in ("furniture", "page-number")]
    assert rules.count("furniture") == 5 and rules.count("page-number") == 5
    # a foot's number belongs to the page it ends: the next page is one more
    assert [p.page for p in result.pagebreaks] == ["2", "3", "4", "5"]
    assert "\n\n" not in result.text.strip()  # the paragraph runs on across every page


def test_irregular_repeated_line_is_the_texts_own() -> None:
    raw, result = _clean("furniture--irregular-repeated-line-kept.text.in")
    assert result.text.count("Yes, my lord.") == raw.count("Yes, my lord.") == 4
    assert not [e for e in result.emendations if e.rule in ("furniture", "page-number")]


def test_truncated_running_head_at_a_page_gap_in_the_sample() -> None:
    root = Path(__file__).resolve().parents[2]
    raw = (root / "source" / "001_e27dd6619083691f.txt").read_text(encoding="utf-8")
    result = clean_text(raw, CleanContext("E", "text"))
    head = [e for e in result.emendations if e.rule == "furniture"]
    assert len(head) == 1 and head[0].line == 1135 and head[0].column == 1
    assert head[0].before.startswith("Peace and Security")
    assert [(p.line, p.page) for p in result.pagebreaks] == [(1135, "")]


def test_bracketed_dashed_and_misread_page_numbers_at_page_feet() -> None:
    _raw, result = _clean("furniture--bracketed-and-misread-page-numbers-at-page-feet.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # "[l3]" and "[1S]": digits read as like letters, one digit left
    assert removed == ["[12]", "[l3]", "- 14 -", "[1S]"]
    assert "\n\n" not in result.text.strip()  # the paragraph runs on across every page


def test_one_word_running_head_at_every_page_break_removed() -> None:
    _raw, result = _clean("furniture--one-word-running-head-on-every-page.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert removed == ["CHRONICLE", "CHRONICLE", "CHRONICIE", "CHRONICLE", "CHRONICLE"]


def test_one_word_line_repeated_inside_pages_is_the_texts_own() -> None:
    raw, result = _clean("furniture--one-word-line-repeated-inside-pages-kept.text.in")
    # a speaker's name: a third of them stand at a page break, the others inside the pages
    assert result.text.count("MARGARET") == raw.count("MARGARET") == 12
    assert not [e for e in result.emendations if e.rule in ("furniture", "page-number")]


def test_a_number_out_of_the_page_sequence_is_the_texts_own() -> None:
    raw, result = _clean("furniture--year-alone-at-a-page-top-among-page-numbers-kept.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # the year stands alone at a page top like a number, but 1851 does not follow 43
    assert "1851" in result.text
    # the last page's foot, at the text's end, is a page number too
    assert removed == ["- 41 -", "- 42 -", "- 43 -", "- 44 -", "- 45 -", "- 46 -"]


def test_lower_roman_and_misread_bare_page_numbers_found_by_repetition_alone() -> None:
    _raw, result = _clean("furniture--lower-roman-and-misread-page-numbers-without-page-gaps.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # two blank lines between pages: no page gap to lean on, only the numbers' recurrence
    assert removed == ["i", "ii", "iii", "1", "2", "l3", "4"]
    assert "\n\n" not in result.text.strip()


def test_a_foot_before_a_long_run_of_blank_lines_labels_the_next_page() -> None:
    _raw, result = _clean("furniture--page-number-before-a-long-run-of-blank-lines.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    assert removed == ["Page 7", "Page 8", "Page 9", "Page 10"]
    # one break per page (not one at the foot and one after the blank lines)
    assert [p.page for p in result.pagebreaks] == ["8", "9", "10"]


def test_capital_roman_chapter_numbers_are_the_texts_own() -> None:
    raw, result = _clean("furniture--capital-roman-chapter-numbers-kept.text.in")
    assert not [e for e in result.emendations if e.rule in ("furniture", "page-number")]
    for numeral in ("I", "II", "III", "IV", "V", "VI"):
        assert f"\n{numeral}\n" in "\n" + result.text.replace("# ", "")


def test_alternating_heads_on_long_pages_recur_every_two_pages() -> None:
    # 150 lines a page: a head recurs every 300 lines or more, as the page length says
    _raw, result = _clean("furniture--alternating-heads-on-long-pages.text.in")
    heads = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert heads == ["A LONG HISTORY OF THE COAST", "THE SURVEYORS AT WORK"] * 3


def test_roman_and_arabic_page_numbers_after_a_word_are_one_head() -> None:
    _raw, result = _clean("furniture--page-word-and-roman-numbers-in-heads-without-page-gaps.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # two roman pages alone would be too few to recur: they count with the arabic ones
    assert removed == ["Page i", "Page ii", "Page 1", "Page 2", "Page 3", "Page 4"]


def test_roman_page_numbers_beside_running_heads_are_furniture() -> None:
    _raw, result = _clean("furniture--roman-page-numbers-beside-running-heads.text.in")
    heads = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert heads == ["MARK      — iv —", "— v —      MARK", "MARK      — 1 —", "— 2 —      MARK",
                     "MARK      — 3 —", "— 4 —      MARK"]
    assert "MARK" not in result.text


def test_page_numbers_read_with_a_space_inside_are_page_numbers() -> None:
    _raw, result = _clean("furniture--page-numbers-read-with-a-space-inside.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    assert removed == ["41", "4 2", "43", "4 4", "45", "4 6"]
    assert [p.page for p in result.pagebreaks] == ["42", "43", "44", "45", "46"]


def test_printers_signatures_under_page_numbers_removed_and_pages_kept() -> None:
    raw, result = _clean("furniture--printers-signatures-under-page-numbers.text.in")
    signatures = [e for e in result.emendations if e.rule == "signature"]
    assert [e.before.strip() for e in signatures] == ["B", "B 2", "VOL. I. C", "C 2 ,"]
    assert all(e.status == "applied" for e in signatures)
    # the page after a signed foot begins after the signature, numbered from the foot
    assert [p.page for p in result.pagebreaks] == [str(n) for n in range(18, 25)]
    for p in result.pagebreaks:
        assert raw[p.offset:].lstrip("\f")[:1].isalpha()


def test_letters_out_of_the_alphabet_s_order_at_page_feet_are_the_text_s_own() -> None:
    raw = (CASES / "furniture--printers-signatures-under-page-numbers.text.in").read_text(encoding="utf-8")
    # the same feet, lettered against the order of the gatherings
    swapped = raw.replace("VOL. I. C", "Q").replace("C 2 ,", "E").replace("B 2", "K")
    result = clean_text(swapped, CleanContext("X", "text"))
    assert not [e for e in result.emendations if e.rule == "signature"]


def test_misread_running_heads_and_a_one_word_recto_head_removed() -> None:
    _raw, result = _clean("furniture--misread-running-heads-and-a-one-word-recto-head.text.in")
    heads = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    # no form feed nor page gap: the page numbers at the feet show where the pages begin
    assert heads.count("EXODUS") == 5 and "EX ODUS" in heads
    assert "A PLAIN READER-" in heads and "A PLAIN READER ." in heads
    assert "READER" not in result.text and "EXODUS" not in result.text and "ODUS" not in result.text
    assert [p.page for p in result.pagebreaks] == [str(n) for n in range(32, 43)]


def test_a_line_like_a_head_with_its_own_full_stop_at_a_page_foot_is_the_text_s_own() -> None:
    raw = (CASES / "furniture--misread-running-heads-and-a-one-word-recto-head.text.in").read_text(encoding="utf-8")
    foot = "\n\n" + " " * 32 + "33\n"
    assert raw.count(foot) == 1
    result = clean_text(raw.replace(foot, "\n\nEXODUS.\n" + foot), CleanContext("X", "text"))
    assert "EXODUS." in result.text


def test_a_title_line_that_reads_like_the_running_head_is_the_text_s_own() -> None:
    raw, result = _clean("furniture--title-line-like-the-running-head-kept.text.in")
    heads = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert "CHRONICLE;" in result.text and len(heads) == raw.count("CHRONICLE") - 1


def test_a_head_misread_letter_for_letter_is_the_same_head() -> None:
    assert furniture_mod._loose(furniture_mod._key("IVIARK      - 191 -")) == \
        furniture_mod._loose(furniture_mod._key("MARK - 190 -"))
    assert furniture_mod._loose(furniture_mod._key("MA RK")) == furniture_mod._loose(furniture_mod._key("MARK"))


# --------------------------------------------------------------------------- fast paths

import re  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from variorum.clean import furniture as furniture_mod  # noqa: E402

_pieces = st.lists(st.sampled_from(["a", "b c", " ", "", "\n", "\n", "\f", "\t"]), max_size=30).map("".join)


@given(_pieces)
def test_lines_end_at_newlines_and_form_feeds(text):
    lines = furniture_mod._lines.__wrapped__(text)
    assert list(lines.texts) == re.split(r"[\n\f]", text)
    assert list(lines.separators) == re.findall(r"[\n\f]", text) + [""]
    assert all(text[s:s + len(t)] == t for s, t in zip(lines.starts, lines.texts))


@given(_pieces, st.sets(st.integers(0, 12)))
def test_alone_lines_are_those_isolated_or_near_an_edge(text, near_edge):
    lines = furniture_mod._lines.__wrapped__(text)
    near_edge = {i for i in near_edge if i < len(lines)}
    assert furniture_mod._alone(lines, near_edge) == [
        i for i in range(len(lines)) if i in near_edge or furniture_mod._isolated(lines, i)]


@given(st.lists(st.lists(st.sampled_from(["Page", "page", "12", "l4", "xii", "IV", "v", "is", "- ", " ", ",", "—",
                                          "\u03a3", "\u03b1", "\u0130", "'", "\u00e9", "#", "_", "Mark", "\t"]),
                         max_size=8).map("".join), max_size=6))
def test_keys_of_many_lines_are_each_line_s_key(lines):
    assert furniture_mod._keys(lines) == [furniture_mod._key(s) for s in lines]


@given(st.lists(st.sampled_from(["a", "_", "1", "\u00e9", "-", ".", "!", "?", "\"", "'", "\u201d", "\u2019", ")", " ",
                                 "\t", "\u00a0", ","]), max_size=12).map("".join))
def test_a_line_ends_as_text_where_the_pattern_finds_it(line):
    assert furniture_mod._ends_as_text(line) == bool(furniture_mod._TEXT_END_RE.search(line))


@given(st.one_of(st.text(), st.lists(st.sampled_from(["a", "_", "#", "1", "\u00e9", "-", ",", "\u2014", "\u201c", "\n", "\t",
                                                    "\r", "\x0b", "\x1c", "\x85", "\xa0", "\u2028", "\ud800", " "]),
                                    max_size=20).map("".join)))
def test_non_key_characters_made_spaces_split_as_the_pattern_s_matches(s):
    fast = furniture_mod._non_key_spaced(s)
    plain = furniture_mod._NOT_KEY_IN_LINES_RE.sub(" ", s)
    assert [line.split() for line in fast.split("\n")] == [line.split() for line in plain.split("\n")]


def _edges_masked_reference(tokens: list[str], as_written: str) -> str:
    """_edges_masked before its fast path for ASCII lines (the tests compare)."""
    if tokens:
        original = as_written.split()
        for i in {0, len(tokens) - 1}:
            if i < len(original) and furniture_mod._LOWER_ROMAN_RE.fullmatch(original[i]):
                tokens[i] = "#"
    for i in {0, len(tokens) - 1} if len(tokens) > 1 else ():
        t = tokens[i]
        if len(t) <= 4 and set(t) <= furniture_mod._DIGIT_LIKE and ("#" in t or t not in furniture_mod._COMMON_SHORT):
            tokens[i] = "#"
    if len(tokens) == 1 and "#" in tokens[0] and len(tokens[0]) <= 4 and set(tokens[0]) <= furniture_mod._DIGIT_LIKE:
        tokens[0] = "#"
    return " ".join(tokens)


@given(st.lists(st.lists(st.sampled_from(["Page", "page", "12", "l4", "xii", "xiv", "mdcc", "IV", "v", "is", "io", "so",
                                          "lo", "b", "q", "|", "- ", " ", ",", "—", "\u0130", "\u00e9", "#", "_",
                                          "Mark", "did", "civil", "\t"]),
                         max_size=8).map("".join), max_size=6))
def test_keys_mask_the_edges_as_before_the_ascii_fast_path(lines):
    joined = "\n".join(lines)
    folded = furniture_mod._non_key_spaced(furniture_mod._NUMBER_RE.sub("#", joined.lower())).split("\n")
    as_written = furniture_mod._non_key_spaced(joined).split("\n")
    assert list(map(furniture_mod._edges_masked, map(str.split, folded), as_written)) == \
        list(map(_edges_masked_reference, map(str.split, folded), as_written))


def test_letter_spaced_noisy_heads_and_numbers_over_signatures_removed() -> None:
    raw, result = _clean("furniture--letter-spaced-noisy-heads-and-numbers-over-signatures.text.in")
    heads = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    numbers = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # small capitals read with gaps anywhere and letters misread ("D R OWNED BEIL", "C0AST")
    assert len(heads) == 7 and "(6)      THE D R OWNED BEIL" in heads
    # a chapter's opening page has no head: its number stands at the foot, over a signature
    assert numbers == ["(1)", "(5)"]
    assert "VOL" not in result.text and "OWNED" not in result.text and "COAST" not in result.text
    assert "a torn canvas, and" in result.text  # the head between a word's halves is gone
    assert [p.page for p in result.pagebreaks] == [str(n) for n in range(2, 10)]


def test_lines_alike_only_with_spaces_removed_are_paired() -> None:
    keys = ["# fra n kenstein", "# franke nstein", "# frankenst ein", "the quick brown fox"]
    pairs = {frozenset(p) for p in furniture_mod._alike_loosely(keys)}
    assert frozenset(("# fra n kenstein", "# franke nstein")) in pairs
    assert not any("the quick brown fox" in p for p in pairs)


def test_heads_at_every_page_break_may_skip_the_pages_that_open_chapters() -> None:
    from variorum.clean.furniture import Line, _every_few_pages

    starts = tuple(range(100, 2001, 100))  # a page every hundred lines
    lines = [Line(0, 0, i, "") for i in (100, 300, 700, 900, 1300)]  # pages 1, 3, 7, 9, 13
    assert _every_few_pages(lines, starts)
    assert not _every_few_pages([Line(0, 0, i, "") for i in (100, 1000, 2000)], starts)


def _page_starts_reference(lines, gap: int) -> list[int]:
    """_page_starts as a walk over the lines (the tests compare)."""
    starts: list[int] = []
    blank_run = 0
    for i, (is_blank, sep) in enumerate(zip(lines.blank, lines.separators)):
        if sep == "\f":
            starts.append(i + 1)
            blank_run = 0
            continue
        if is_blank:
            blank_run += 1
            continue
        if blank_run >= gap and i > blank_run:
            starts.append(i)
        blank_run = 0
    return sorted(set(i for i in starts if 0 < i < len(lines)))


@given(_pieces, st.integers(-1, 4))
def test_page_starts_are_those_a_walk_over_the_lines_finds(text, gap):
    lines = furniture_mod._lines.__wrapped__(text)
    assert list(lines.feeds) == [i for i, sep in enumerate(lines.separators) if sep == "\f"]
    assert furniture_mod._page_starts(lines, gap) == _page_starts_reference(lines, gap)


def _groups_reference(key_of: dict[int, str]) -> list[list[int]]:
    """_groups comparing every pair of each bucket's keys in full, with a union-find over all keys."""
    from rapidfuzz import fuzz

    by_key: dict[str, list[int]] = {}
    for i, key in key_of.items():
        by_key.setdefault(key, []).append(i)
    keys = sorted(by_key)
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for bucket_of in (lambda k: k[:5], lambda k: k[-5:]):
        buckets: dict[str, list[str]] = {}
        for k in keys:
            if len(k) >= 8:
                buckets.setdefault(bucket_of(k), []).append(k)
        for members in buckets.values():
            if len(members) > 200:
                continue
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    if fuzz.ratio(members[x], members[y]) >= 85:
                        a, b = root(members[x]), root(members[y])
                        if a != b:
                            parent[max(a, b)] = min(a, b)
    # (the keys alike with spaces removed, and those alike but their last word: joined alike)
    for a, b in [*furniture_mod._alike_loosely(keys), *furniture_mod._alike_but_last_word(keys)]:
        a, b = root(a), root(b)
        if a != b:
            parent[max(a, b)] = min(a, b)
    grouped: dict[str, list[int]] = {}
    for k in keys:
        grouped.setdefault(root(k), []).extend(by_key[k])
    return [sorted(g) for g in grouped.values()]


# keys of running heads as OCR varies them (a letter changed, dropped or added), and others
_KEYS = st.lists(st.sampled_from(["the modern prometheus #", "the modern prometheus", "the modem prometheus #",
                                  "the rnodern prometheus #", "the modern promethus #", "# the modern prometheus",
                                  "frankenstein #", "# frankenstein", "frankenstien #", "# frankcnstein", "#",
                                  "chapter #", "chapter", "letter #", "the modern", "modern prometheus #",
                                  "it was a dark night", "it was a dark and stormy night",
                                  "digitized by google", "digitized by vjooqlc", "digitized by"]), max_size=40)


@given(_KEYS)
def test_groups_are_those_of_every_pair_compared_in_full(keys):
    key_of = dict(enumerate(keys))  # (in line order)
    assert furniture_mod._groups(key_of) == _groups_reference(key_of)


def test_a_chapter_title_near_the_running_head_is_kept_and_its_removal_only_suggested() -> None:
    # "THE WIFE OF JOHN SMITH" opens a page with no head: one letter from the running head
    # "THE LIFE OF JOHN SMITH", but no OCR look-alike of it
    body = ("The river ran past the mill and the miller said that the water was high this year and the "
            "men of the town came down to see it rise over the stones by the old bridge at dusk. ").split()
    pages = []
    for p in range(1, 13):
        lines = [" ".join(body[(p * 7 + ln * 5 + k) % len(body)] for k in range(9)) for ln in range(20)]
        head = "THE LIFE OF JOHN SMITH" if p % 2 else "IN THE NEW WORLD"
        top = "THE WIFE OF JOHN SMITH\n\n" if p == 6 else f"{head}    {p}\n\n"
        pages.append(top + "\n".join(lines[:10]) + "\n\n" + "\n".join(lines[10:]) + "\n")
    result = clean_text("\f".join(pages), CleanContext("W", "text"))
    assert "THE WIFE OF JOHN SMITH" in result.text
    assert "THE LIFE OF JOHN SMITH" not in result.text
    assert [e.status for e in result.emendations if "WIFE" in e.before] == ["suggested"]


def test_rules_under_heads_and_watermark_feet_on_pages_apart_by_blank_lines() -> None:
    # a djvu.txt-like export: pages apart by blank lines, a printed rule under each head read
    # as glyphs, "Digitized by Google" feet read anew on every page, binding shadow over a head
    raw, result = _clean("furniture--printed-rules-under-heads-on-pages-apart-by-blank-lines.text.in")
    removed = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert {"______", "- — — -", "_ _ _ _", "—————", "^ ° «~'"} <= set(removed)
    assert sum(r.startswith("Digitized by") for r in removed) == raw.count("Digitized by")
    assert "village" in result.text  # the word broken across the page is whole again
    # an author's section breaks in mid-page are the text's own
    assert "* * *" in result.text.replace("\\", "") and "\n———\n" in result.text


def test_feet_alike_but_their_last_word_are_one_group() -> None:
    keys = ["digitized by google", "digitized by vjooqlc", "digitized by dooqlc", "the life of john smith #",
            "chapter the first"]
    pairs = furniture_mod._alike_but_last_word(keys)
    assert {frozenset(p) for p in pairs} == {frozenset(("digitized by google", "digitized by vjooqlc")),
                                             frozenset(("digitized by google", "digitized by dooqlc"))}


@given(st.lists(st.sampled_from(["______", "- — — -", "_ _ _ _", " ^ ° «~'", "word", "a_b", "12", "", "  ",
                                 "\f", "\f____", "* * *", "—", "x —"]), max_size=12))
def test_glyph_only_lines_are_the_lines_without_a_letter_or_digit(parts):
    text = "\n".join(parts)
    lines = furniture_mod._lines(text)
    assert lines.glyph_only == {i for i, t in enumerate(lines.texts) if t.strip() and not re.search(r"[^\W_]", t)}


def _pages_of_sentences(n: int, lines: int = 14) -> list[list[str]]:
    words = ("the river ran past the mill and the miller said that the water was high this year and the men "
             "of the town came down to see it rise over the stones by the old bridge at dusk").split()
    pages = []
    for p in range(n):
        body = [" ".join(words[(p * 7 + k * 5 + i) % len(words)] for i in range(9)) for k in range(lines)]
        body[0] = body[0].capitalize()
        body[-1] += "."
        pages.append(body)
    return pages


def test_an_author_s_ornaments_and_marks_at_a_page_s_edge_or_above_its_foot_are_the_text_s_own() -> None:
    # a section break (§, ⁂, a row of asterisks), an ellipsis or a "?" standing at the top or
    # foot of a page, or right above the page number: no speck, and no rule the page design
    # repeats under every head
    marks = {2: ["§", ""], 4: ["", "⁂"], 5: ["", "…"], 6: ["", "“?”"], 7: ["", "* * *"]}
    pages = []
    for p, body in enumerate(_pages_of_sentences(10), start=1):
        head = "THE LIFE OF JOHN SMITH" if p % 2 else "IN THE NEW WORLD"
        top, bottom = (marks[p], []) if p == 2 else ([], marks.get(p, []))
        pages.append("\n".join([head, ""] + top + body + bottom + [str(p)]) + "\n")
    result = clean_text("\f".join(pages), CleanContext("W", "text"))
    text = result.text.replace("\\", "")
    assert all(m in text for m in ("§", "⁂", "…", "“?”", "* * *"))
    assert "THE LIFE OF JOHN SMITH" not in text


def test_a_refrain_ending_each_page_with_another_name_is_the_text_s_own() -> None:
    # lines alike but their last word, a word each time: no watermark read anew, a refrain
    names = ["Jo", "Bartholomew", "Sue", "Maximilian", "Ann", "Christopher", "Bess", "Evangeline", "Tom", "Harriet"]
    pages = ["\n".join(body[:6] + [""] + body[6:] + ["", f"Sing hey for {name}"]) + "\n"
             for body, name in zip(_pages_of_sentences(10), names)]
    result = clean_text("\n\n\n\n".join(pages), CleanContext("W", "text"))
    assert all(f"Sing hey for {name}" in result.text for name in names)


def _book_with_short_heads(recto: dict[int, str]) -> str:
    """Pages two blank lines apart (no page gap): a short recto head with its folio after it,
    a verso head with its folio before; ``recto`` gives some recto pages another top line."""
    pages = []
    for p, body in enumerate(_pages_of_sentences(20), start=1):
        head = recto.get(p, f"Mark  {p}") if p % 2 else f"{p}  The Gospel Story"
        pages.append("\n".join(([head, ""] if head else []) + body))
    return "\n\n\n".join(pages) + "\n"


def test_a_short_head_missing_from_pages_in_a_row_still_recurs_with_the_pages() -> None:
    # pages 9 and 11 open chapters: no head there, a gap of three intervals in the recto heads
    raw = _book_with_short_heads({9: "CHAPTER II", 11: "CHAPTER III"})
    result = clean_text(raw, CleanContext("W", "text"))
    assert "Mark" not in result.text and "Gospel" not in result.text
    assert "CHAPTER II" in result.text and "CHAPTER III" in result.text


def test_a_short_head_misread_with_its_folio_in_the_page_sequence_is_the_head() -> None:
    # too short for a fuzzy match alone ("MRK" is a letter from "Mark"); its folio, between
    # the pages around it, says where it stands
    raw = _book_with_short_heads({9: "MRK  9", 11: "NARK  11", 15: "Mak 15"})
    result = clean_text(raw, CleanContext("W", "text"))
    removed = [e.before.strip() for e in result.emendations if e.rule == "furniture"]
    assert {"MRK  9", "NARK  11", "Mak 15"} <= set(removed)
    assert "Mark" not in result.text and "Gospel" not in result.text


def test_a_short_line_like_the_head_with_a_number_out_of_the_page_sequence_is_the_text_s_own() -> None:
    raw = _book_with_short_heads({9: "Mary  40", 11: "Mask 3"})
    result = clean_text(raw, CleanContext("W", "text"))
    assert "Mary 40" in result.text and "Mask 3" in result.text


def _column(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


_PROSE = ["they began talking to one another about",
          "their being short of bread; and he was",
          "not sure of what the others had said to",
          "him, for they had come a long way from",
          "the town, and many people were coming",
          "and going that they had no time to eat."]


def test_a_column_rule_read_as_a_bar_at_a_line_s_edge_is_removed() -> None:
    lines = list(_PROSE)
    lines[1] += " |"                       # the left column's edge
    lines[3] = "| " + lines[3]              # the right column's
    lines[4] = lines[4].replace("coming", "com-") + " |"
    lines[5] = "ing and going that they had no time to eat."
    result = clean_text(_column(lines), CleanContext("X", "text"))
    assert "|" not in result.text, result.text
    assert "people were coming and going" in result.text, result.text
    assert {e.rule for e in result.emendations if e.before.strip() == "|"} == {"column-rule"}


def test_bars_that_are_the_text_s_own_are_kept() -> None:
    table = ["| Year | Number |", "| 1859 | 12 |"]
    quoted = ["| a quoted line of the letter he sent", "| and another line of the same letter"]
    grammar = ["expr ::= term | expr + term | expr - term"]
    for own in (table, quoted, grammar):
        raw = _column(_PROSE[:3] + [""] + own + [""] + _PROSE[3:])
        result = clean_text(raw, CleanContext("X", "text"))
        assert result.text.count("|") == sum(line.count("|") for line in own), (own, result.text)


def test_a_short_head_misread_beside_its_folio_set_apart_is_removed() -> None:
    # heads alternate, each folio a line of its own above its head; one head read 'Mnrk'
    words = ("the people came to him from every town and village and he taught them many things "
             "by the lake while they listened to him all day long until the evening came").split()
    pages = []
    heads = ["Open English Bible", "Mark"] * 3 + ["Open English Bible", "Mnrk"] + ["Open English Bible", "Mark"] * 2
    for k, head in enumerate(heads):
        body = [" ".join(words[(k * 5 + n * 7 + i) % len(words)] for i in range(8)) for n in range(12)]
        pages.append(f"{214 + k}\n\n{head}\n\n" + "\n".join(body) + ".\n\n")
    raw = "".join(pages)
    result = clean_text(raw, CleanContext("X", "text"))
    assert "Mnrk" not in result.text and "Mark" not in result.text, result.text
    assert any("Mnrk" in e.before and e.rule == "furniture" for e in result.emendations)
    # a short line beside no folio stays
    lone = raw.replace("221\n\nMnrk", "Mnrk")
    assert "Mnrk" in clean_text(lone, CleanContext("X", "text")).text


def _columns(seed: int, words: int) -> Callable[[], str]:
    """The next column of prose at each call: twelve lines of 40 characters, drawn at random
    from a few words (``seed``), so that no line repeats."""
    import random
    import textwrap

    vocabulary = ("the river ran slowly under the old bridge while the carts went over it to market and "
                  "the farmers talked of the weather and the price of corn in the town").split()
    rng = random.Random(seed)
    lines = textwrap.wrap(" ".join(rng.choice(vocabulary) for _ in range(words)), 40)
    col = iter(range(0, len(lines), 12))

    def column() -> str:
        k = next(col)
        return "\n".join(lines[k:k + 12])
    return column


def test_a_rectos_number_written_between_its_columns_is_a_page_number() -> None:
    column = _columns(3, 3500)
    pages = []
    for page in range(10, 20):
        if page % 2 == 0:  # verso: its number first
            pages.append(f"{page}\n{column()}\n\n{column()}\n\n")
        elif page % 4 == 1:  # recto: the head first, its number between the columns (pdftotext's order)
            pages.append(f"THE RIVER\n{column()}\n\n{page}\n\n{column()}\n\n")
        else:  # ... or last
            pages.append(f"THE RIVER\n{column()}\n\n{column()}\n\n{page}\n\n")
    raw = "\f".join(pages)
    result = clean_text(raw, CleanContext("X", "text"))
    numbers = [e.before.strip() for e in result.emendations if e.rule == "page-number"]
    # (the first page's aside: a number opening a text is judged apart)
    assert set(map(str, range(11, 20))) <= set(numbers)


def test_a_one_word_verso_head_written_before_the_second_column_is_furniture() -> None:
    column = _columns(6, 4500)
    pages = []
    for page in range(10, 22):
        if page % 2 == 0:  # verso: its number first, its head glued above the second column
            head = "CHR0NICLE" if page == 14 else "CHRONICLE"
            pages.append(f"{page}\n{column()}\n\n{head}\n{column()}\n\n")
        else:
            pages.append(f"THE RIVER\n{column()}\n\n{column()}\n\n{page}\n\n")
    result = clean_text("\f".join(pages), CleanContext("X", "text"))
    assert "CHR" not in result.text
    assert len(result.pagebreaks) == len(pages) - 1  # (a head inside its page begins none)
