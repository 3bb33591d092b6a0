"""Floats: a table dropped into a sentence moved after its paragraph, as one emendation."""

from __future__ import annotations

from pathlib import Path

from variorum.clean import CleanContext, clean_text


def test_float_move_is_one_emendation_the_editor_can_reject() -> None:
    raw = ("Cooperation is desirable because it limits them. Governments may not be able\n\n"
           "Table 1. Powers\n\n\tA\tB\n1\tX\tY\n\nto agree on the terms.\n")
    moved = clean_text(raw, CleanContext("P", "markdown"))
    move = [e for e in moved.emendations if e.rule == "float-move"]
    assert len(move) == 1 and "Governments may not be able to agree on the terms.\n\nTable 1." in moved.text
    from variorum.clean.settings import ReviewSettings
    kept = clean_text(raw, CleanContext("P", "markdown", review=ReviewSettings(reject=[move[0].id])))
    assert "Governments may not be able\n\nTable 1." in kept.text


def test_a_tables_rows_are_its_last_lines_with_cells_apart() -> None:
    from variorum.clean.floats import _row_breaks

    block = "TABLE I. Sizes of\nthe breeds.\nBreed   Size\nRunt   12.5\nBarb   3.0"
    assert [block[e:e + 4] for _, e in _row_breaks(block)] == ["Bree", "Runt", "Barb"]
    # a justified caption's wide spaces make no row of its first line; a lone row is no table
    assert _row_breaks("Table 2.  The  sizes\nRunt   12.5") == []
    # lines with wide spaces but no figures after the header are the caption's
    assert _row_breaks("Fig. 3.  A  bird\nseen   from   above.\nwith   its   wings") == []


def test_a_header_row_after_its_caption_is_no_heading() -> None:
    raw = ("Some words end here.\n\nTable 3. Hours of light.\nMonth   Hours\nJune   16\nMay   14\n\n"
           "The end of the chapter.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "\n\nMonth Hours\n\nJune 16\n\nMay 14\n\n" in result.text
    assert {e.rule for e in result.emendations} >= {"table-rows"}
    assert "heading" not in {e.rule for e in result.emendations}


def test_a_float_is_bounded_to_its_own_lines() -> None:
    from variorum.clean.floats import _own_end

    table = "TABLE IV.\nCarrier   57   488\nWattle   85   723\nhas improved them. About"
    own, is_table = _own_end(table)
    assert is_table and table[:own] == "TABLE IV.\nCarrier   57   488\nWattle   85   723"
    caption = "Fig. 2.—The mill.\nof the river, and then"
    assert caption[:_own_end(caption)[0]] == "Fig. 2.—The mill."
    # a caption of two sentences, or one going on in capitals, is the float's own text
    assert _own_end("Fig. 2.—The mill.\nAfter a drawing by the author.") == (None, False)
    assert _own_end("Plate IV. The mill at\nevening, seen from the bridge.") == (None, False)


def test_a_plates_caption_with_its_page_is_moved_after_the_paragraph_it_interrupts() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "clean" / "cases"
    raw = (path / "floats--plate-caption-with-its-page-moved-after-the-paragraph.text.in").read_text(encoding="utf-8")
    result = clean_text(raw, CleanContext("X", "text"))
    # the caption and the page it illustrates kept (not taken for a page number), set after
    # the paragraph; the engraving read as glyphs removed
    assert result.text.rstrip().endswith("“THE MILLER RETURNED IN HASTE.” Page 24")
    assert "market in the square" in result.text and "«" not in result.text


def test_a_table_set_apart_below_its_caption_ends_at_its_last_row_with_a_figure() -> None:
    from variorum.clean.floats import _rows_end

    block = "         Mean    Number\nNo. 1.   4,581   491\nNo. 2.   356     83.3\nmightst receive in aid  from me"
    # (the text run on below the table holds a wide space too, but no figure)
    assert block[:_rows_end(block)] == "         Mean    Number\nNo. 1.   4,581   491\nNo. 2.   356     83.3"
    assert _rows_end("Mean    Number\nNo. 1.   4,581   491") == len("Mean    Number\nNo. 1.   4,581   491")
    # a header alone, or prose with wide spaces, opens no table
    assert _rows_end("Mean    Number\nthe text  goes on") is None
    assert _rows_end("the text went on\nNo. 1.   4,581   491") is None


def test_a_quotation_in_capitals_with_its_page_that_the_sentence_goes_on_after_stays() -> None:
    # the first 40 characters end at its page ("Page 5|7"): a plate's caption there, but the
    # line goes on with the sentence, so the quotation is part of it and nothing moves
    raw = ("He turned over the leaves of the old book until at last he came to\n\n"
           "“HE ENTREATED ME TO WRITE OFTEN.” Page 57 and read it over twice.\n\n"
           "The next morning he went down to the shop.\n")
    result = clean_text(raw, CleanContext("X", "text"))
    assert "float-move" not in {e.rule for e in result.emendations}
    assert result.text.index("read it over twice") < result.text.index("The next morning")


def test_a_sentence_that_two_floats_interrupt_is_one_block_with_both_after_it() -> None:
    raw = ("And John the brother of James; and he surnamed them Boan-\n\n"
           "TABLE I.\nYear Number Mean\nA 91.6 945\nB 75.1 311\n\n"
           "erges, that is, Sons of thunder; and he said, So is the kingdom of God, as\n"
           "when a man has cast seed upon the\n\n"
           "Fig. 2.—The same, seen from above.\n\n"
           "ground, and sleeps and rises night and day.\n\nThe next paragraph begins.\n")
    result = _rejoined_with_floats_after(raw, ["them Boanerges, that is", "seed upon the ground, and sleeps"],
                                         ["night and day.", "TABLE I.", "Fig. 2.", "The next paragraph"])
    assert len([e for e in result.emendations if e.rule == "float-move"]) == 1


def _rejoined_with_floats_after(raw: str, joined: list[str], in_order: list[str]):
    """The witness cleaned, checked: each of ``joined`` one run of its text, ``in_order`` in
    that order (the sentence's end, the floats, the next paragraph), a second cleaning idle."""
    result = clean_text(raw, CleanContext("W", "text"))
    text = result.text
    assert all(j in text for j in joined), text
    assert [text.index(piece) for piece in in_order] == sorted(text.index(piece) for piece in in_order), text
    assert clean_text(text, CleanContext("W", "markdown")).text == text
    return result


def test_a_table_of_figures_apart_by_single_spaces_keeps_its_rows() -> None:
    from variorum.clean.floats import _row_breaks

    block = "TABLE I.\nYear Number Mean\nA 91.6 945\nB 75.1 311"
    assert [block[e:e + 4] for _, e in _row_breaks(block)] == ["Year", "A 91", "B 75"]
    # a caption's lines of words, or one line of figures, are no table
    assert _row_breaks("Fig. 2.—The same, seen\nfrom above, in 1859.") == []
    assert _row_breaks("TABLE II. Weights of 1859\nA 91.6 945") == []


def test_a_table_after_a_full_line_ending_mid_sentence_goes_after_the_sentence_a_name_goes_on() -> None:
    # the line before the table runs to the measure and ends on a word, no sentence's end:
    # the column broke mid-sentence ('Mont', the table, 'Blanc'), though the text goes on
    # with a capital
    import textwrap

    before = textwrap.fill("The high and snowy mountains were the only things we saw on that road for many "
                           "miles, and we knew that we were near the end of our long journey, for the river "
                           "ran faster now between the rocks, and the air was cold and thin as we climbed "
                           "towards the pass where the road turned back upon itself above the valley floor. "
                           "The supreme and magnificent mountain, the Mont", 48)
    col = before + "\n"
    earlier = textwrap.fill("We left the town at dawn and walked for many hours along the river, " * 8
                            + "and came to the inn at night.", 48)  # (lines enough to show the measure)
    raw = (earlier + "\n\n" + col + "\nTABLE I.\nDelighted   8\nWorld   70   10\n\n"
           + textwrap.fill("Blanc, raised itself from the surrounding peaks, and its tremendous dome "
                           "overlooked the valley, white and still in the morning light.", 48) + "\n\n"
           "During this journey, I sometimes joined my friend.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "the Mont Blanc, raised itself" in result.text
    assert result.text.index("TABLE I.") > result.text.index("in the morning light.")
    # a block ending a sentence before the float: the text after it is a paragraph of its own
    kept = clean_text(raw.replace("the Mont\n", "the Mont.\n"), CleanContext("W", "text"))
    assert "TABLE I." in kept.text.split("Blanc, raised")[0]


def test_a_sentence_that_a_second_float_interrupts_after_a_comma_goes_on_past_it() -> None:
    # the text after the second float opens with a capital, but the block before it ends with
    # a comma: the same evidence that the first float's sentence goes on
    raw = ("For Herod feared John, knowing that he was a righteous and holy man, and was\n\n"
           "Fig. 1. Boat and the wind ceased.\n\n"
           "regardful of him; and listened to him gladly. And when they knew, they say,\n\n"
           "Fig. 2. The loaves.\n\n"
           "Five, and two fishes. And he ordered them to sit down.\n\nThe next paragraph begins.\n")
    _rejoined_with_floats_after(raw, ["and was regardful of him", "they say, Five, and two fishes"],
                                ["sit down.", "Fig. 1.", "Fig. 2.", "The next paragraph"])


_STORY = ("The travellers left the harbour at dawn and followed the coast road towards the hills, where the "
          "morning mist still lay over the fields and the farms were quiet. They walked for many hours without "
          "speaking, each of them thinking of the long journey that still lay before them and of the friends "
          "they had left behind in the town, until the road turned inland and climbed between walls of grey "
          "stone covered with moss and small yellow flowers.")
_BOXED = ("Nobody in the village could remember a winter so long, and the old men said that the river had "
          "never frozen so deep.")
_OTHERS = ("At noon they rested beside a spring and ate the bread and cheese they had carried from the inn. "
           "The sun was warm on the stones and the birds sang in the thorn bushes along the path. ") * 3


def _column_with_a_float(hyphen: bool, gap_before_next: bool = True) -> tuple[str, str]:
    """(raw, the float's first words): the story wrapped to 40, the boxed paragraph set in 34
    inside one of its sentences (at a word broken at a hyphen, or between two full lines)."""
    import textwrap

    lines = textwrap.wrap(_STORY, 40)
    k = next(k for k in range(1, len(lines) - 2) if lines[k + 1][:1].islower() and (
        len(lines[k]) <= 35 and len(lines[k + 1].split()[0]) >= 7 if hyphen else len(lines[k]) >= 36))
    before, after = lines[:k + 1], lines[k + 1:]
    if hyphen:
        word = after[0].split()[0]
        before[-1] += " " + word[:3] + "-"
        after[0] = after[0][len(word[:3]):]
    rest = "\n".join(textwrap.wrap(_OTHERS, 40))
    raw = ("\n".join(before) + "\n\n" + "\n".join(textwrap.wrap(_BOXED, 34)) + "\n\n" + "\n".join(after)
           + ("\n\n" if gap_before_next else "\n") + rest + "\n")
    return raw, _BOXED


def test_a_narrower_block_inside_a_word_broken_at_a_hyphen_goes_after_its_paragraph() -> None:
    raw, boxed = _column_with_a_float(hyphen=True)
    result = clean_text(raw, CleanContext("W", "text"))
    assert _STORY in result.text and f"{_STORY}\n\n{boxed}\n\n" in result.text
    assert clean_text(result.text, CleanContext("W", "markdown")).text == result.text


def test_a_narrower_block_between_full_lines_of_a_sentence_goes_after_its_paragraph() -> None:
    raw, boxed = _column_with_a_float(hyphen=False)
    result = clean_text(raw, CleanContext("W", "text"))
    assert f"{_STORY}\n\n{boxed}\n\n" in result.text


def test_a_float_goes_after_the_paragraph_where_the_column_runs_the_next_one_on() -> None:
    # pdftotext writes a column's paragraphs as one block: the float goes where its
    # paragraph ends (a short line ending a sentence), not after the whole column
    raw, boxed = _column_with_a_float(hyphen=True, gap_before_next=False)
    result = clean_text(raw, CleanContext("W", "text"))
    assert f"{_STORY}\n\n{boxed}\n\nAt noon" in result.text


def test_verse_set_inside_a_sentence_stays_where_the_author_set_it() -> None:
    import textwrap

    lines = textwrap.wrap(_STORY, 40)
    k = next(k for k in range(2, len(lines) - 2) if lines[k + 1][:1].islower())
    verse = "Over the hills and far away\nThe wind is cold and the night is long"
    raw = ("\n".join(lines[:k + 1]) + "\n\n" + verse + "\n\n" + "\n".join(lines[k + 1:]) + "\n\n"
           + "\n".join(textwrap.wrap(_OTHERS, 40)) + "\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "float-move" not in {e.rule for e in result.emendations}


def test_a_float_with_a_line_joined_at_a_hyphen_after_a_comma_on_a_full_line_is_moved() -> None:
    import textwrap

    # pdftotext joins a float's hyphenated lines into one long line; a comma ends the full
    # line before it as well as a word does
    before = "The travellers left the harbour at dawn\nand followed the coast road towards the\n" \
             "hills above the bay, where they rested,"
    boxed = "Nobody in the village could\nremember a winter so long, and the old men said that the river had\n" \
            "never frozen so deep."
    after = "and the morning mist still lay over the\nfields and the farms were quiet."
    raw = (textwrap.fill(_STORY, 40) + "\n\n" + before + "\n\n" + boxed + "\n\n" + after + "\n\n"
           + textwrap.fill(_OTHERS, 40) + "\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert ("where they rested, and the morning mist still lay over the fields and the farms were quiet.\n\n"
            + " ".join(boxed.split()) + "\n\n") in result.text


def test_a_paragraphs_end_in_a_column_run_into_one_block_is_a_line_its_next_word_would_have_fitted() -> None:
    from variorum.clean.floats import _paragraph_end

    block = "and so he said and went home to his house.\nThen the others came in and sat down to eat.\n"
    nl = block.index("\n")
    assert _paragraph_end(block, [nl + 5, 0]) == nl  # 'Then' fits exactly: no slack
    assert _paragraph_end(block, [nl + 4, 0]) is None  # it does not: the line is full
    # a speech broken off by a dash ends a paragraph as a full stop does
    assert _paragraph_end("my friend, my benefactor—”\nThe night came.", [40, 0]) == 26
