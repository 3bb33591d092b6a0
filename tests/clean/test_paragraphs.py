"""Paragraph rejoining: the evidence for a cut paragraph and its confidence."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.paragraphs import _digit_misread_start, rejoin_decision


def _rules(raw: str, fmt: str = "text"):
    result = clean_text(raw, CleanContext("W", fmt))
    return result, {(e.rule, e.status) for e in result.emendations}


def test_rejoin_evidence_in_order_of_strength() -> None:
    assert rejoin_decision("He went to the", "market at once.")[0] >= 0.9
    assert rejoin_decision("a word cut by the break con-", "Tact")[0] >= 0.9
    assert rejoin_decision("It ended.", "The next began.") is None
    weak = rejoin_decision("a long paragraph without a final stop (Smith, 2001)",
                            "The next paragraph begins with a capital and runs on.")
    assert weak is not None and weak[0] < 0.75


def test_uncertain_rejoin_is_a_suggestion_only() -> None:
    raw = ("The study went on for a long time in many places (Smith, 2001)\n\n"
           "The next paragraph starts here with a capital letter and goes on.\n")
    result, rules = _rules(raw)
    assert ("paragraph-rejoin", "suggested") in rules
    assert result.text == raw


def test_a_short_line_before_a_capital_is_a_paragraph_end_in_wrapped_text() -> None:
    body = "\n".join(["the quick brown fox jumps over the lazy"] * 24)
    raw = f"{body} dog.\n\nYour affectionate brother,\n\nR. WALTON.\n\n{body} dog.\n"
    result, _ = _rules(raw)
    assert "Your affectionate brother,\n\nR. WALTON." in result.text


def test_a_page_break_after_a_full_line_continues_the_paragraph() -> None:
    line = "the quick brown fox jumps over the lazy"  # 39 characters: the measure
    body = "\n".join([line] * 24)
    raw = f"{body}\nand it ran on until the dog woke up.\n\n\n\n Then it ran away from the\ndog.\n"
    raw = f"{body}\n{line}.\n\n\n\n Then it ran away from the\ndog.\n"
    result, rules = _rules(raw)
    assert ("paragraph-rejoin", "applied") in rules
    assert "lazy. Then it ran" in result.text


def _case(name: str):
    from pathlib import Path

    raw = (Path(__file__).resolve().parents[1] / "data" / "clean" / "cases" / name).read_text(encoding="utf-8")
    return clean_text(raw, CleanContext("W", "text"))


def test_paragraphs_marked_by_a_first_line_indent_only_are_split() -> None:
    result = _case("paragraphs--indented-paragraph-starts-without-blank-lines.text.in")
    splits = [e for e in result.emendations if e.rule == "paragraph-split"]
    # ten paragraphs; one ends on a line that reaches the measure (the next word would not
    # have fitted): that one may go on and is left joined
    assert len(splits) == 9 and all(e.after == "\n\n" for e in splits)
    assert result.text.count("\n\n") == 9


def test_an_indented_column_start_after_a_full_line_runs_on() -> None:
    result = _case("paragraphs--indented-column-start-after-full-sentence-line-runs-on.text.in")
    assert "crossed by mule trains. We went round by the bridge" in result.text


def test_justified_text_a_short_last_line_at_a_page_break_ends_the_paragraph() -> None:
    result = _case("paragraphs--justified-short-last-line-at-page-break-ends-paragraph.text.in")
    blocks = result.text.strip().split("\n\n")
    assert len(blocks) == 3  # a form feed after a short line; a gap after a line short of the measure
    assert blocks[0].endswith("the dogs woke.") and blocks[2].startswith("In April")
    assert not [e for e in result.emendations if e.rule == "paragraph-rejoin"]


def test_indents_that_do_not_recur_split_nothing() -> None:
    raw = "\n".join(["A line of text that runs along to the end of the measure here."] * 25
                    + ["It ends.", "   Then an indented line begins with a capital letter", "and goes on."]) + "\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert not [e for e in result.emendations if e.rule == "paragraph-split"]


def test_an_indented_paragraph_may_open_with_nested_quotation_marks() -> None:
    import textwrap

    paras = ["The old man looked up from the fire and was silent for a long while. " * 4,
             "“‘By your voice, stranger, I think you are a countryman of mine,’ he said at last.” " * 4,
             "Nobody answered him, and the wind went on rattling the loose shutter. " * 4,
             "In the morning the road was white with frost and the carts could not move. " * 4]
    lines = []
    for p in paras:
        wrapped = textwrap.wrap(p.strip(), 44)
        lines += ["   " + wrapped[0], *wrapped[1:]]
    result = clean_text("\n".join(lines) + "\n", CleanContext("W", "text"))
    assert result.text.count("\n\n") == 3
    assert "\n\n“‘By your voice" in result.text


def _ragged(paragraphs: list[str], width: int = 44, indent: str = "   ") -> list[str]:
    import textwrap

    lines = []
    for p in paragraphs:
        wrapped = textwrap.wrap(p, width - len(indent))
        lines += [indent + wrapped[0], *textwrap.wrap(" ".join(wrapped[1:]), width)]
    return lines


_PARAGRAPHS = ["The old man looked up from the fire and was silent for a long while, and then he spoke. " * 3,
               "Nobody answered him, and the wind went on rattling the loose shutter of the mill. " * 3,
               "In the morning the road was white with frost and the carts could not move at all. " * 3,
               "By noon the sun had come out and the children ran down to the river to see it. " * 3]


def test_a_paragraph_start_after_a_full_line_is_told_by_the_witness_s_paragraph_indent() -> None:
    lines = _ragged(_PARAGRAPHS)
    # the second paragraph's last line made to reach the margin: only its indent ends it
    last = lines.index(next(x for x in lines if x.startswith("   In the morning"))) - 1
    lines[last] = lines[last].rstrip(".") + " of the old mill by the ford at the end."
    lines += _ragged(["A last paragraph about the long winter that followed, told in a few words. " * 3])
    result = clean_text("\n".join(lines) + "\n", CleanContext("W", "text"))
    assert "at the end.\n\nIn the morning" in result.text
    assert any("indented as this witness's paragraphs (3 spaces)" in e.evidence for e in result.emendations)


def test_an_indent_column_starts_share_tells_nothing_after_a_full_line() -> None:
    lines = _ragged(_PARAGRAPHS)
    last = lines.index(next(x for x in lines if x.startswith("   In the morning"))) - 1
    lines[last] = lines[last].rstrip(".") + " of the old mill by the ford at the end."
    # columns start indented as paragraphs do, after lines that run on
    lines += _ragged(["A last paragraph about the long winter that followed, told in a few words. " * 3])
    for i in (3, 8, 14):
        lines[i] = "   " + lines[i]
    result = clean_text("\n".join(lines) + "\n", CleanContext("W", "text"))
    assert "at the end. In the morning" in result.text


def test_paragraph_indents_are_those_sure_starts_share_and_run_on_lines_never_have() -> None:
    from collections import Counter

    from variorum.clean.blocks import hanging_lists
    from variorum.clean.paragraphs import _paragraph_indents

    # two sure starts indented 2, two indented 4; a column start indented 4 after a line
    # running on mid-sentence, and a list whose lines hang (2 spaces) under its items
    text = ("the miller came out to meet us and\n    then went home with the rest.\n"
            "e the first thing that he had brought\n  with him;\ne and the second thing that\n  he had.\n")
    widths = Counter({2: 2, 4: 2})
    spans = [(items[0][0], end) for items, end in hanging_lists(text)]
    assert _paragraph_indents(text, widths, 36, False, spans) == frozenset({2})
    assert _paragraph_indents(text, widths, 36, False, []) == frozenset()


def test_indent_only_paragraphs_go_on_after_an_unindented_column_start() -> None:
    result = _case("paragraphs--indent-only-paragraphs-continued-across-column-breaks.text.in")
    rejoins = [e for e in result.emendations if e.rule == "paragraph-rejoin" and e.status == "applied"]
    # mid-sentence before a capital ("the year / I went") rejoined; after
    # a full line that ends a sentence ("there. / When") a section may open flush left, so
    # only suggested; the indented column start after a sentence end opens a paragraph
    suggested = [e for e in result.emendations if e.rule == "paragraph-rejoin" and e.status == "suggested"]
    assert "of the year I went to live" in result.text
    assert "oldest carter there.\n\nWhen the wind" in result.text and len(suggested) == 1
    assert "listening.\n\nThe next morning" in result.text
    assert len(rejoins) == 1 and result.text.count("\n\n") == 6


def test_without_indented_paragraphs_an_unindented_block_after_a_sentence_is_a_paragraph() -> None:
    # blank lines set the paragraphs apart: a full line ending a sentence is no continuation
    line = "the quick brown fox jumps over the lazy"
    body = "\n".join([line] * 6)
    raw = f"{body}\n{line}.\n\nThen it ran away from the dog and\nover the hill.\n"
    result, rules = _rules(raw)
    assert "lazy.\n\nThen it ran" in result.text


def test_the_measure_leaves_out_lines_joined_before_at_soft_hyphens() -> None:
    from collections import Counter

    from variorum.clean.paragraphs import _column_width, _measure_of_most

    lengths = Counter({30: 300, 31: 250, 29: 200, 28: 100, 20: 50})
    lengths.update({n: 12 for n in range(40, 62)})  # a soft hyphen's line joined to the next
    assert _column_width(lengths) > 40
    assert _measure_of_most(lengths, _column_width(lengths)) == 31
    # an unwrapped text's lengths are spread: its measure is left as found
    spread = Counter({n: 2 for n in range(10, 200)})
    assert _measure_of_most(spread, _column_width(spread)) == _column_width(spread)


def test_a_list_whose_lines_open_with_the_glyph_is_no_speck_start() -> None:
    for glyph in "*•":
        raw = (f"The men packed their bags for the long road, and these things they took with them\n\n"
               f"{glyph} bread and cheese for the road\n{glyph} a rope and a lamp\n")
        result, rules = _rules(raw)
        assert ("paragraph-rejoin", "applied") not in rules, glyph
        assert "with them\n\n" in result.text, result.text


def test_a_flush_left_section_opening_after_a_sentence_end_is_only_a_suggested_rejoin() -> None:
    # indent-only paragraphs, then a blank line and a section opening set flush left: a
    # full line that ends a sentence before a capital may be a section's end
    words = ("the river ran past the mill and the miller said that the water was high this year and the men "
             "of the town came down to see it rise over the stones by the old bridge at dusk").split()

    def para(seed: int) -> list[str]:
        s = " ".join(words[(seed * 7 + k * 3) % len(words)] for k in range(60)).capitalize() + "."
        lines = [s[i:i + 58].strip() for i in range(0, len(s), 58)]
        return ["    " + lines[0], *lines[1:]]

    lines = [ln for p in range(6) for ln in para(p)]
    lines += ["    The men of the town came down to see the water rise over the stones",
              "by the old bridge at dusk and the miller said it was so high."]
    text = ("\n".join(lines) + "\n\nIn the spring of the next year the river ran low and the mill\n"
            "stood still for a month.\n" + "\n".join(para(3)) + "\n")
    result = clean_text(text, CleanContext("W", "text"))
    assert "so high.\n\nIn the spring" in result.text


def test_a_block_opening_with_a_digit_read_for_a_small_letter_goes_on() -> None:
    # '5aid' is 'said' misread: a second cleaning, reading 'said', would rejoin the blocks
    raw = ("They began talking to one another about their being short\n"
           "of bread; and, noticing this, Jesus\n\n"
           "5aid to them: “Why are you talking about your being short\n"
           "of bread? Do not you yet see or understand?”\n")
    once = clean_text(raw, CleanContext("W", "text")).text
    assert "Jesus said to them" in once, once
    assert clean_text(once, CleanContext("W", "markdown")).text == once
    # a number opening a block is no misread word
    for number in ("1990s were the years", "2nd of May", "5 of them", "10am"):
        assert _digit_misread_start(number, CleanContext("W", "text")) is None, number


def test_a_short_line_ending_a_sentence_between_full_lines_ends_a_paragraph() -> None:
    # the blank line after a paragraph's last line lost: prose runs on around a short line
    lines = ["swering saith to them, Who is my mother, and",
             "my brothers? And looking round on those who",
             "sat about him, he saith, Behold my mother and",
             "my brothers. Whoever shall do the will of",
             "God, he is my brother, and sister, and",
             "mother.",
             "And again he began to teach by the shore of",
             "the lake; and there was gathered to him a",
             "great multitude, so that he went into a boat,",
             "and sat down in it upon the lake; and all",
             "the multitude was by the lake on the land."]
    before = "\n".join(lines[:5] + lines[6:]) + "\n\n"  # (more lines: the measure shows)
    result = clean_text(before * 2 + "\n".join(lines) + "\n", CleanContext("W", "text"))
    assert "and mother.\n\nAnd again he began" in result.text, result.text
    # verse: short lines around it, nothing split
    verse = ("Whose woods these are I think I know.\nHis house is in the village though;\n"
             "He will not see me stopping here\nTo watch his woods fill up with snow.\n")
    assert "\n\n" not in clean_text(verse, CleanContext("W", "text")).text.strip()


def test_a_block_ending_mid_sentence_on_a_full_line_goes_on_past_a_capital() -> None:
    at = "and more words of the parable he told them to\nhear. Take care what you listen to,”said"
    bt = "Jesus. “The standard you use will be used\nfor you, and more will be added for you."
    assert rejoin_decision(at, bt, 42)[0] >= 0.85
    dash = "be careful, he said, of the things that had\nbecome well known. People were saying —"
    assert rejoin_decision(dash, "“John the Baptizer must have risen from the\ndead, and that is why.", 42)[0] >= 0.85
    # a short last line, or no measure, leaves it a suggestion
    assert rejoin_decision(at.rsplit(" ", 2)[0], bt, 42)[0] < 0.75
    assert rejoin_decision(at, bt)[0] < 0.75


def test_a_verse_line_as_long_as_the_measure_is_not_run_into_the_next() -> None:
    at, bt = "Did I request thee, Maker, from my clay", "To mould me man? Did I solicit thee"
    assert rejoin_decision(at, bt, 38)[0] < 0.75


def test_a_running_head_seen_once_is_no_paragraph_cut_by_a_page_break() -> None:
    # a page number set apart by a run of spaces: a head too rare for the furniture filter
    raw = ("          JOURNAL OF MEDIEVAL STUDIES, VOL. 42 (1998)          213\n\n"
           "     The Scribe as Reader: Marginalia in the Winchester\n"
           "                  Manuscripts, c. 1150-1250\n\n"
           + ("The marginal notes of medieval manuscripts have long been\n"
              "treated as the incidental debris of copying. Recent work,\n"
              "however, has shown that they repay close attention, and\n"
              "that many were written by the scribes themselves rather\n"
              "than by later owners of the books they copied with care.\n\n") * 5)
    result, rules = _rules(raw)
    assert ("paragraph-rejoin", "applied") not in rules
    assert "(1998) 213\n\nThe Scribe as Reader" in result.text


def _two_column_pages(end: str, start: str, at: int = 12) -> str:
    """Five form-fed pages of two columns of twelve lines each (a running head above), the
    third page's first column with a blank line after its line ``at``, which reads ``end``,
    and ``start`` after the blank line."""
    line = "the quick brown fox jumps over the lazy"  # 39 characters: the measure
    column = "\n".join([line] * 12)
    pages = [f"THE BOOK OF FOXES {10 + k}\n\n{column}\n\n{column}\n" for k in range(5)]
    lines = [line] * 24
    lines[at - 1], lines[at] = end, start
    first, second = "\n".join(lines[:at]), "\n".join(lines[at:])
    pages[2] = f"THE BOOK OF FOXES 12\n\n{first}\n\n{second}\n" if at == 12 else \
        f"THE BOOK OF FOXES 12\n\n{first}\n\n" + "\n".join(lines[at:12]) + "\n\n" + "\n".join(lines[12:]) + "\n"
    return "\f".join(pages)


def test_a_sentence_end_on_a_full_line_where_the_columns_end_goes_on_past_the_column_break() -> None:
    # a column break shows as a paragraph's end does: the column's count of lines tells it
    raw = _two_column_pages("the quick brown fox jumps over the dog.", "Then the quick brown fox jumped over the")
    result, _ = _rules(raw)
    rejoins = [e for e in result.emendations if e.rule == "paragraph-rejoin" and "columns hold" in e.evidence]
    assert len(rejoins) == 1 and rejoins[0].status == "applied"
    assert "over the dog. Then the quick" in result.text
    # the same sentence end with its blank line inside a column ends a paragraph
    inside = _two_column_pages("the quick brown fox jumps over the dog.", "Then the quick brown fox jumped over the", 6)
    assert "over the dog.\n\nThen" in clean_text(inside, CleanContext("W", "text")).text


def test_column_ends_need_a_length_most_pages_share() -> None:
    from variorum.clean.paragraphs import _column_ends

    line = "the quick brown fox jumps over the lazy dog."
    pages = ["\n".join([line] * 10 + [""] + [line] * 10) + "\n" for _ in range(4)]
    text = "".join(pages)
    starts = [sum(map(len, pages[:k])) for k in range(1, 4)]
    assert _column_ends(text, starts) == {p + 10 * len(line) + 9 for p in [0, *starts]}
    # blocks of other lengths on each page (paragraph ends): no column length recurs
    pages = ["\n".join([line] * k + [""] + [line] * (20 - k)) + "\n" for k in (8, 9, 11, 12)]
    assert _column_ends("".join(pages), [sum(map(len, pages[:k])) for k in range(1, 4)]) == frozenset()
    # a title and a paragraph of one length on every page: no column of the page
    pages = ["\n".join(["TITLE", ""] + [line] * 9 + [""] + [line] * 5) + "\n" for _ in range(4)]
    assert _column_ends("".join(pages), [sum(map(len, pages[:k])) for k in range(1, 4)]) == frozenset()
    assert _column_ends(text, []) == frozenset()


def test_a_table_s_last_row_before_the_text_goes_on_is_no_sentence_cut() -> None:
    # its last row ends without a stop, as every row does: no rejoin offered
    result = _case("paragraphs--a-table-s-last-row-before-the-text-goes-on-is-no-sentence-cut.text.in")
    assert not [e for e in result.emendations if e.rule == "paragraph-rejoin"]
    # a line of words and one figure is a sentence's: the rejoin is still offered
    weak = rejoin_decision("a long paragraph that ends without a stop in the year   1850",
                            "The next paragraph begins with a capital and runs on.")
    assert weak is not None and weak[0] < 0.75


def test_a_witness_that_runs_its_paragraphs_on_gets_them_apart_at_lines_the_next_word_would_have_fitted() -> None:
    import random
    import textwrap

    vocabulary = ("the river ran slowly under the old bridge while carts went over it to market and "
                  "farmers talked of weather and the price of corn in town").split()
    rng = random.Random(5)

    def paragraph(n: int) -> list[str]:
        sentences = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 14))).capitalize() + "."
                     for _ in range(n)]
        return textwrap.wrap(" ".join(sentences), 40)

    # each paragraph's last line is filled past the share the OCR's lost blank line rule asks
    # (short of the measure by less than a third), but the next word would have fitted
    paragraphs = []
    while len(paragraphs) < 6:
        lines = paragraph(4)
        if 0.7 * 40 < len(lines[-1]) <= 30:
            paragraphs.append(lines)
    raw = "\n".join(line for p in paragraphs for line in p) + "\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert result.text.count("\n\n") == 5
