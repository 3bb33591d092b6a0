"""Lines a plain text sets as lines: what keeps its breaks, and the wrapped prose that never does."""

from __future__ import annotations

import textwrap

from variorum.clean import CleanContext, clean_text
from variorum.clean.layout import set_lines
from variorum.clean.paragraphs import text_measure

_PROSE = ("The marginal notes of medieval manuscripts have long been treated as the incidental debris "
          "of copying. Recent work, however, has shown that they repay close attention: they were "
          "written by the scribes themselves rather than by later owners, and they show how the "
          "scribes read what they copied. The present article examines the Winchester group, using "
          "the criteria set out in the catalogue, and asks three questions of it. First, who wrote "
          "the notes? Second, when were they written? Third, what do they tell us about how the "
          "scribes read? The answers, as we shall see, are not independent of one another, and the "
          "same point has been made before about punctuation by those who studied it.")


def _kept(text: str) -> list[str]:
    """The lines whose break before them set_lines keeps, as they start."""
    return [text[p:text.find("\n", p)] for p in sorted(set_lines(text, text_measure(text)[0]))]


def _wrapped(width: int = 60, indent: str = "") -> str:
    return "\n".join(textwrap.wrap(_PROSE, width, initial_indent=indent))


def test_wrapped_prose_keeps_no_break() -> None:
    # paragraphs set apart by blank lines, by a first-line indent alone, a column's start
    # marked by one space, a short last line: all wrapped, none kept
    assert _kept("\n\n".join([_wrapped()] * 3) + "\n") == []
    assert _kept("\n".join([_wrapped(indent="  ")] * 3) + "\n") == []
    lines = _wrapped().split("\n")
    lines[5] = " " + lines[5]
    assert _kept("\n".join(lines * 2) + "\n") == []


def test_a_passage_wrapped_narrower_than_the_text_is_no_list_of_short_lines() -> None:
    # a quotation set in a smaller measure: its lines short of the text's, but full of its own
    quoted = "\n".join(textwrap.wrap(_PROSE[:300], 44))
    assert _kept(_wrapped() + "\n\n" + quoted + "\n\n" + _wrapped() + "\n") == []


def test_a_centred_title_over_two_lines_is_one_title() -> None:
    title = "     The Scribe as Reader: Marginalia in the Winchester\n                  Manuscripts, c. 1150-1250\n"
    assert _kept(title + "\n" + _wrapped() + "\n") == []


def test_a_page_head_set_right_after_a_form_feed_is_the_furniture_filter_s() -> None:
    lines = _wrapped().split("\n")
    text = "\n".join(lines[:6]) + "\n\f                                  Page 11\n" + "\n".join(lines[6:]) + "\n"
    assert _kept(text) == []


def test_a_rule_line_alone_keeps_its_lines_and_notes_after_it_theirs() -> None:
    text = (_wrapped() + "\n________________\n* The first note runs on\nto a second line.\n"
            "† The second note.\n‡ The third.\n")
    assert _kept(text) == ["________________", "* The first note runs on", "† The second note.", "‡ The third."]
    # notes numbered: each the next figure (a figure out of turn opens a run-over line)
    text = "________\n1. The first note, at\n12 pages' length.\n2. The second.\n"
    assert _kept(text) == ["________", "1. The first note, at", "2. The second."]
    # a rule before prose: the rule its line, the prose wrapped
    assert _kept("________\n" + _wrapped() + "\n") == ["________", _wrapped().split("\n")[0]]


def test_first_line_indented_prose_is_no_hanging_indent_list() -> None:
    # indented first lines, flush run-over lines: the reverse of a bibliography's entries
    paragraphs = "\n".join("\n".join(textwrap.wrap(s, 60, initial_indent="  ")) for s in _PROSE.split(". "))
    assert _kept("Preface\n" + paragraphs + "\n") == []


def test_a_hanging_indent_list_needs_three_entries_opening_with_capitals() -> None:
    two = "Jones, R. Who Wrote in the\n  Margins? 1984.\nKer, N. R. A Catalogue of\n  Manuscripts. 1990.\n"
    assert _kept(two) == []
    three = two + "Smith, A. B. Annotating\n  Readers. 1991.\n"
    assert _kept(three) == ["Ker, N. R. A Catalogue of", "Smith, A. B. Annotating"]
    assert _kept(three.replace("Ker,", "ker,")) == []


def test_lines_set_as_lines_are_kept_by_the_cleanup() -> None:
    raw = "\n\n".join([_wrapped()] * 3) + "\n\nI remain, Dear Sir,\n                           Yr. obt. servt.,\n" \
        "                                          J. AUSTEN.\n"
    assert clean_text(raw, CleanContext("S", "text")).text.rstrip().endswith(
        "I remain, Dear Sir,  \nYr. obt. servt.,  \nJ. AUSTEN.")


def test_a_running_head_or_a_catchword_set_right_is_no_line_of_its_own() -> None:
    lines = _wrapped().split("\n") * 3
    page = lines[:25]
    # a head a page break left inside a sentence, before a name: no mark ends the line before it
    head = "                                                  The Title"
    assert _kept("\n".join(page + ["that was written by", head, "Ker and his friends."]) + "\n") == []
    # a catchword: the next page's first word, set right at the page's foot
    catchword = "                                   Blyth,"
    assert _kept("\n".join(page + ["as I was told by Mr.", catchword, "Blyth, on the habits."]) + "\n") == []
    assert _kept("\n".join(page + ["as I was told by Mr.", catchword, "", "Blyth, on the habits."]) + "\n") == []
    # a closing set right after a sentence's end, a capital after it: its own line
    closing = "                              Yr. obt. servt.,"
    assert _kept("\n".join(page + ["I remain, Dear Sir,", closing, "J. AUSTEN."]) + "\n") == [
        closing.strip(), "J. AUSTEN."]
