"""Bullets: misread bullet glyphs become list items only where a list is plain."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.settings import CleanSettings
from variorum.clean.blocks import BULLET_RE, hanging_items
from variorum.clean.bullets import _GLUED_SIGN_ANYWHERE_RE, _bullet_lines, _glued_signs


def _rules(raw: str, fmt: str = "text"):
    result = clean_text(raw, CleanContext("W", fmt))
    return result, {(e.rule, e.status) for e in result.emendations}


def test_bullets_need_a_list_around_them() -> None:
    lone, _ = _rules("Some text ends here.\n\no Dear me, said the owl.\n")
    assert "- Dear" not in lone.text
    listed, rules = _rules("Points:\n\no First point here;\n\no Second point.\n")
    assert listed.text == "Points:\n\n- First point here;\n\n- Second point.\n"
    assert ("bullet", "applied") in rules


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["o ", "e ", "» ", "- ", "Alpha", "x", " ", "\t", "\n", "\n\n", "\r", "(", "7"]),
                max_size=25).map("".join))
def test_bullet_lines_found_in_one_pass_are_the_lines_that_match(text: str) -> None:
    plain = [m.span() for m in re.finditer(r"(?m)^.*$", text) if BULLET_RE.match(m.group())]
    assert _bullet_lines(text) == plain


def test_only_a_glyph_that_is_nothing_but_a_bullet_may_be_glued_to_its_item() -> None:
    glued, rules = _rules("Findings:\n\n•The roads were poor;\n\n■Bridges needed repair.\n")
    assert glued.text == "Findings:\n\n- The roads were poor;\n\n- Bridges needed repair.\n"
    # a letter or a sign that text uses glued to a word stays: "oThe", "©The", "+The"
    for line in ("oThe rest", "eThe rest", "©The Author", "+The sum", "•the rest"):
        assert BULLET_RE.match(line) is None, line


def test_an_item_glued_to_a_line_that_ends_a_quotation_starts_a_new_block() -> None:
    raw = ("He wrote at the end of the letter, “We shall see.”\n"
           "• The conclusion of this letter was read twice;\n"
           "• The reply came a month later.\n")
    result, rules = _rules(raw)
    assert "\n\n- The conclusion of this letter was read twice;\n\n- The reply came" in result.text
    assert ("bullet", "applied") in rules


def test_a_sign_glued_to_a_word_is_a_bullet_only_in_a_list_of_them() -> None:
    lone, _ = _rules("A book of verse.\n\n©The Author 1990. All rights reserved.\n\nPrinted in England.\n")
    assert "©The Author" in lone.text and "- The Author" not in lone.text
    # footnotes glued to a word stay, list or not
    raw = "Notes:\n\n*The first one here.\n\n*The second one here.\n"
    kept, _ = _rules(raw)
    assert "*The first" in kept.text.replace("\\", "")


def test_a_guillemet_glued_to_a_word_is_a_bullet_only_where_the_text_has_no_closing_one() -> None:
    raw = "Notes:\n\n»The first one here.\n\n»The second one here.\n"
    listed, _ = _rules(raw)
    assert "- The first one here." in listed.text and "- The second" in listed.text
    german = "Er sagte:\n\n»Das ist gut«, und ging.\n\n»Das ist schlecht«, sagte sie.\n"
    kept, _ = _rules(german)
    assert "»Das ist gut«" in kept.text and "- " not in kept.text


def test_a_hanging_indent_list_is_found_whatever_its_items_start_with() -> None:
    raw = ("He named what he lacked:\n"
           "+ money, which he had never\n"
           "  had;\n"
           "+ “friends,” as he said;\n"
           "+ and a name.\n"
           "After that he was silent.\n")
    items = hanging_items(raw)
    assert [raw[s:e] for s, e in items] == ["+ ", "+ ", "+ "]
    result, rules = _rules(raw)
    assert "\n\n- money, which he had never had;\n\n- “friends,” as he said;\n\n- and a name." in result.text
    assert ("bullet", "applied") in rules


def test_lines_opening_with_a_letter_are_no_list_without_a_line_hanging_under_one() -> None:
    # the same glyph twice, nothing hanging; and a single item with a line hanging under it
    assert hanging_items("So it was\no the sea,\no the wind.\n") == []
    assert hanging_items("Text.\ne pluribus unum was\n  written there.\nMore.\n") == []
    # a different glyph, or a line back at the margin, ends the list
    assert hanging_items("o one thing\n  more;\ne another\n  thing.\n") == []
    assert hanging_items("o one thing\nmore;\no another\n  thing.\n") == []


def test_a_list_goes_on_past_a_sign_misread_otherwise_or_glued_to_its_item() -> None:
    raw = ("* one thing\n  more;\n+ another\n  thing;\n*The third\n  thing.\ne And the\n  last.\n")
    assert [raw[s:e] for s, e in hanging_items(raw)] == ["* ", "+ ", "*", "e "]
    # a glued sign opens no list of its own
    assert hanging_items("Text.\n*The note\n  here.\n*The other\n  one.\n") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["©", "®", "+", "¢", "»", "«", "The", "the", "“", "\"", "(A", "a", " ", "\n"]),
                max_size=20).map("".join))
def test_glued_signs_found_from_each_sign_are_what_the_pattern_finds(text: str) -> None:
    assert [(m.start(), m.group()) for m in _glued_signs(text)] == \
        [(m.start(), m.group()) for m in _GLUED_SIGN_ANYWHERE_RE.finditer(text)]


def test_items_in_any_case_are_a_list_where_lines_near_open_with_the_same_glyph() -> None:
    # a plain-text export keeps no hanging indent: the glyph recurring at line starts tells the list
    raw = ("These names filled my soul with anguish.\n\n"
           "o But in Clerval I saw the image of\nmy former self;\n\n"
           "o he was inquisitive, and anxious to\ngain experience and instruction.\n\n"
           "o and the only check to his enjoyments\nwas my sorrowful mien.\n")
    result, _ = _rules(raw)
    assert "\n- he was inquisitive" in result.text and "\n- and the only check" in result.text, result.text
    assert "\no " not in result.text
    # a glyph nothing but a bullet, alone
    result, _ = _rules("Thus he spoke to me;\n\n• “and among these mountains I\nshould scarcely regret it.”\n")
    assert result.text.startswith("Thus he spoke to me;\n\n- “and among"), result.text


def test_a_lone_small_o_or_e_at_a_line_start_stays() -> None:
    for raw in ("He went to the door and\no he said, and no more.\n",
                "The roads were poor;\n\ne and the bridges were bad.\n\nThe next day it rained.\n"):
        result, rules = _rules(raw)
        assert ("bullet", "applied") not in rules, raw


def test_a_list_s_glyphs_misread_each_its_own_way_are_one_list() -> None:
    raw = ("It was the end of the whole race.\n\n» I trembled, and my heart failed\nwithin me;\n\n"
           "* when, on looking up, I saw the moon;\n\n« and I often sat for hours.\n")
    result, _ = _rules(raw)
    assert result.text.count("\n- ") == 3, result.text
    # guillemets that quote are no bullets
    quoted = "Il dit :\n\n« bonjour, mon ami »\n\n« et adieu »\n"
    result, _ = _rules(quoted)
    assert "- " not in result.text, result.text


def test_a_small_o_item_after_a_true_bullet_s_item_is_one() -> None:
    raw = ("It was the end of the whole human race.\n\n• I trembled, and my heart failed within\nme;\n"
           "o when, on looking up, I saw, by the\nlight of the moon, the dæmon at the casement.\n")
    result, _ = _rules(raw)
    assert "\n\n- when, on looking up" in result.text, result.text


def test_a_guillemet_opening_a_paragraph_its_own_closes_is_a_quotation() -> None:
    # French dialogue: each paragraph opens with '« ' before a capital, the '»' closing it
    raw = ("« Eh bien ! mon cher, qu'en dites-vous ? » demanda le baron en posant son\n"
           "chapeau sur la table.\n\n"
           "« Voilà tout ! reprit le baron en riant. Et si la comtesse refuse ? »\n\n"
           "« Elle signera, dit une voix derrière eux. Elle n'a pas le choix. »\n")
    for chosen in (CleanSettings(), CleanSettings(language="fr")):
        result = clean_text(raw, CleanContext("W", "text", settings=chosen))
        assert [e for e in result.emendations if e.rule == "bullet"] == [], result.text
        assert result.text.count("« ") == 3


def test_a_list_of_guillemet_bullets_in_one_block_stays_a_list() -> None:
    # a bullet read '«' and one read '»' in one block: the '»' opens a line, it closes nothing
    raw = ("The committee found three faults:\n« The roads were poor and narrow.\n"
           "» The bridges were unsafe in winter.\n« The inns were few and dear.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert result.text.count("- ") == 3, result.text


def test_a_run_of_lines_each_opening_with_a_quotation_mark_is_no_list() -> None:
    # '>' opening every line of a paragraph that runs on from line to line quotes it (mail,
    # Markdown), though a list's '*' items stand near
    raw = ("Some notes:\n\n* first bullet\n* second bullet\n\n"
           "> A quoted paragraph that spans\n> two lines of the file.\n")
    result, _ = _rules(raw)
    assert "> A quoted paragraph" in result.text and "- A quoted" not in result.text, result.text
    # a list of items each opening with '>' (an arrowhead bullet read so) is still one
    listed, _ = _rules("Points:\n\n> First point here;\n> Second point here.\n")
    assert listed.text.count("- ") == 2, listed.text
