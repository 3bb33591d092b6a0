"""Indented verse in a plain-text witness: kept as lines; prose set in as verse is not is reflowed."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.paragraphs import text_measure
from variorum.clean.verse import verse_runs

_PROSE = ("It was late in the evening when the travellers came at last to the inn by the river, and the\n"
          "landlord, who knew them of old, set out the supper and the wine; and then the eldest of them\n"
          "took down a book from the shelf and read aloud to the company the lines he loved best:\n")
_AFTER = ("When he had done there was silence in the room for a long while, and nobody moved until the\n"
          "fire burned low and the landlord came in again to ask whether they wanted anything more.\n")
_VERSE = ("    Tyger Tyger, burning bright,\n"
          "    In the forests of the night;\n"
          "    What immortal hand or eye,\n"
          "    Could frame thy fearful symmetry?\n")
#: (written with Markdown hard breaks: Pandoc keeps the lines too)
_KEPT = ("Tyger Tyger, burning bright,  \nIn the forests of the night;  \nWhat immortal hand or eye,  \n"
         "Could frame thy fearful symmetry?")


def _clean(raw: str, fmt: str = "text") -> str:
    return clean_text(raw, CleanContext("S", fmt)).text


def test_indented_verse_keeps_its_lines_set_apart_or_touching_prose() -> None:
    out = _clean(_PROSE * 8 + "\n" + _VERSE + "\n" + _AFTER * 3)
    assert "\n\n" + _KEPT + "\n\n" in out
    out = _clean(_PROSE * 8 + _VERSE + _AFTER * 3)
    assert "loved best:  \n" + _KEPT + "  \nWhen he had done" in out


def test_verse_kept_as_lines_cleaned_again_as_markdown_is_unchanged() -> None:
    once = _clean(_PROSE * 8 + "\n" + _VERSE + "\n" + _AFTER * 3)
    assert _clean(once, "markdown") == once


def test_a_prose_quotation_set_in_is_reflowed() -> None:
    quote = ("    The river rose in the night and by morning the lower fields were under water, so\n"
             "    that the men who went out to the cattle had to wade to the knee before they came\n"
             "    to the gate, and the women watched them from the windows until they were gone.\n")
    raw = _PROSE * 8 + "\n" + quote + "\n" + _AFTER * 3
    assert verse_runs(raw) == []
    assert "water, so that the men" in _clean(raw)


def test_hanging_list_items_a_column_start_and_paragraph_indents_are_no_verse() -> None:
    hanging = ("1. The first of the rules that the company agreed upon that night was that nobody\n"
               "    should leave before the landlord came\n"
               "    back with the keys to the stable\n"
               "2. The second was that the fire should be kept in till morning.\n")
    assert verse_runs(_PROSE * 8 + hanging + _AFTER * 3) == []
    column = _PROSE * 8 + " The second column begins here.\n Its next line.\n" + _AFTER * 3
    assert verse_runs(column) == []
    # a witness that marks its paragraphs by indents: short one-line paragraphs of dialogue
    indented = ("    " + _PROSE) * 4 + '    "Yes," he said.\n    "No, not tonight," said she.\n' + ("    " + _AFTER) * 4
    assert verse_runs(indented) == []
    # (each line a paragraph of its own, as the witness's indents mark them: no hard break)
    assert 'best:\n\n"Yes," he said.\n\n"No, not tonight," said she.\n\nWhen' in _clean(indented)


_STANZAS = ("Tyger Tyger, burning bright,\n"
            "In the forests of the night;\n"
            "What immortal hand or eye,\n"
            "Could frame thy fearful symmetry?\n\n"
            "In what distant deeps or skies,\n"
            "Burnt the fire of thine eyes?\n"
            "On what wings dare he aspire?\n"
            "What the hand, dare seize the fire?\n\n")


def test_stanzas_set_flush_keep_their_lines_in_prose_and_in_a_witness_of_verse_alone() -> None:
    # no indent and, in a witness of verse alone, no measure to tell a short line by: a
    # block whose every line opens with a capital, most ending on a mark, is a stanza
    out = _clean(_PROSE * 8 + "\n" + _STANZAS + _AFTER * 3)
    assert "\n\n" + _KEPT + "\n\n" in out
    assert "Burnt the fire of thine eyes?  \nOn what wings" in out
    out = _clean(_STANZAS * 4)
    assert out.startswith(_KEPT + "\n\n")
    # stanzas indented as a whole witness of verse sets them, longer than its measure allows
    ode = ("    My heart aches, and a drowsy numbness pains\n"
           "      My sense, as though of hemlock I had drunk,\n"
           "    Or emptied some dull opiate to the drains\n"
           "      One minute past, and Lethe-wards had sunk:\n\n")
    assert "pains  \nMy sense" in _clean(ode * 6)


def test_a_stanza_whose_sentence_runs_on_from_the_one_before_is_not_rejoined_to_it() -> None:
    run_on = _STANZAS.replace("symmetry?", "symmetry,")
    out = _clean(run_on * 3)
    assert "fearful symmetry,\n\nIn what distant" in out


def test_prose_lines_opening_with_capitals_are_no_stanza() -> None:
    # the lines of a block of prose may all open with capitals, but most run on unpunctuated
    block = ("It was late in the evening when the travellers came at last to\n"
             "The inn by the river and the landlord who knew them of old set\n"
             "Out the supper and the wine and then the eldest of them took\n"
             "A book from the shelf and read aloud to the company.\n")
    raw = _PROSE * 8 + "\n" + block + "\n" + _AFTER * 3
    assert verse_runs(raw) == []
    assert "came at last to The inn" in _clean(raw)
    # a sentence to a line, each ended: no sentence runs on into a capital as verse's do
    sentences = "".join(f"Then they went to the {place}, and spoke to them there.\n"
                        for place in ("city", "sea", "hill", "field", "house"))
    assert verse_runs(_PROSE * 8 + "\n" + sentences + "\n" + _AFTER * 3) == []


def test_verse_runs_from_a_measure_given_are_those_it_measures_itself() -> None:
    # (the paragraphs filter hands it the measure it took of the same text)
    for text in (_PROSE * 8 + "\n" + _VERSE + "\n" + _AFTER * 3, _PROSE * 8 + _VERSE + _AFTER * 3, _VERSE * 3):
        assert verse_runs(text, text_measure(text)[0]) == verse_runs(text)
    assert verse_runs(_PROSE * 8 + "\n" + _VERSE + "\n" + _AFTER * 3)
