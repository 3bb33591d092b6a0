"""Stray glyphs: a lone speck between two words removed, punctuation the text uses kept."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text
from variorum.clean.glyphs import remove_stray_glyphs
from variorum.clean.settings import CleanSettings


def removed(text: str) -> list[str]:
    """What the filter removes from ``text``, in order."""
    return [text[e.start:e.end] for e in remove_stray_glyphs(text, CleanContext("W", "text"))]


def test_a_lone_glyph_between_words_goes_and_signs_between_numbers_stay() -> None:
    text = "An important ~ non-governmental actor, and ¬ others; but x ~ 5 and a - b & c stay.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    # the glyph and the space before it: one space is left between the words
    assert [text[e.start:e.end] for e in edits] == [" ~", " ¬"]
    assert {(e.replacement, e.rule) for e in edits} == {("", "stray-glyph")}


def test_degree_sign_and_underscore_specks_between_words_go() -> None:
    text = "far too unhappy ° to enjoy it, and the _ kingdom; but 45 ° north stays.\n"
    assert removed(text) == [" °", " _"]


def test_a_lone_full_stop_between_lower_case_words_goes() -> None:
    text = "a crowd . collected, so that they were . not able to eat.\n"
    assert removed(text) == [" .", " ."]


def test_a_spaced_stop_that_may_end_a_sentence_or_abbreviate_stays() -> None:
    # before a capital (a sentence end with a stray space), in a spaced-out abbreviation,
    # in an ellipsis set with spaces, after a one-letter word, before a digit
    text = "and so he said . The end; that is, i . e . the rest . . . and then a . b or page . 4.\n"
    assert removed(text) == []


def test_a_speck_in_a_justified_line_or_after_closing_punctuation_goes() -> None:
    text = "of  Tierra  ·  del Fuego; the greater condemnation. · And then “they” _ “went” on.\n"
    # the glyph and the spaces before it go: the spaces after it are left between the words
    assert removed(text) == ["  ·", " ·", " _"]


def test_a_glyph_before_a_number_or_after_a_lone_sign_stays() -> None:
    text = "it cost 5 ~ 6 pence, and & · so on; and — _ here.\n"
    assert removed(text) == []


def test_a_lone_stop_after_a_comma_or_before_a_one_letter_word_goes() -> None:
    text = "any slight deviations of structure, . in such case, and immediately . a cock crew.\n"
    assert removed(text) == [" .", " ."]


def test_a_speck_before_a_spaced_dash_goes() -> None:
    text = "so unlike all wild Canidæ ° — ever existed, and a - b.\n"
    assert removed(text) == [" °"]


def test_a_lone_straight_quote_with_no_quotation_near_it_goes() -> None:
    text = "As I sat, a ' train of reflection occurred to me; it's late.\n"
    assert removed(text) == [" '"]


def test_a_quote_set_apart_near_a_quotation_or_before_a_capital_stays() -> None:
    for text in ("He said 'go home ' and left.\n", "She wept ' Sweet niece.\n",
                 "the boys' caps and the girls ' coats.\n"):
        assert removed(text) == [], text


# --------------------------------------------------------------------------- the pattern

import re  # noqa: E402

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from variorum.clean import glyphs as glyphs_mod  # noqa: E402

# the pattern as first written, from the space before the glyph (its glyphs as they are now)
_STRAY_FROM_THE_SPACE = re.compile(r"[ \t]([" + re.escape(glyphs_mod.STRAY_GLYPHS + glyphs_mod.SPACED_MARKS)
                                   + r".'‘“*\-])[ \t]+(?=(?:[\"“‘(][ \t]?)?[" + re.escape(glyphs_mod.GLUED_SPECKS)
                                   + r"]?[^\W\d_]|[—–][ \t])")


@given(st.lists(st.sampled_from(["a", "B", "1", " ", "  ", "\t", "\n", ".", "'", "~", "•", "_", "“", "(", "—",
                                 "–", ",", ";", "?", "-", "‘"]), max_size=40).map("".join))
def test_stray_pattern_finds_what_it_found_from_the_space(text):
    def found(pattern):
        return [(m.start(1), m.end(), m.group(1)) for m in pattern.finditer(text)]
    assert found(glyphs_mod._STRAY_RE) == found(_STRAY_FROM_THE_SPACE)


# --------------------------------------------------------------------------- lone marks

def edits_of(text: str) -> list[tuple[str, str, str, bool]]:
    """(what is replaced, by what, rule, applied) for each edit of the filter on ``text``."""
    return [(text[e.start:e.end], e.replacement, e.rule, e.applied)
            for e in remove_stray_glyphs(text, CleanContext("W", "text"))]


_DASHED = "He came—at last—to the door; it was late—very late—and cold—so cold.\n"


def test_a_lone_opening_quote_that_opens_nothing_goes() -> None:
    text = "two or more ‘ species were crossed, and the ‘ animal lived.\n"
    assert removed(text) == [" ‘", " ‘"]


def test_an_opening_quote_set_apart_before_its_quotation_or_a_capital_stays() -> None:
    for text in ("he said ‘ go home’ and left.\n", "he said, ‘ By your leave’.\n", "the ‘ Times.\n"):
        assert removed(text) == [], text


def test_a_lone_hyphen_is_a_speck_where_the_text_sets_dashes() -> None:
    assert removed(_DASHED + "the magistrate - and several others.\n") == [" -"]


def test_a_lone_hyphen_is_the_dash_of_a_text_that_sets_no_other() -> None:
    assert removed("He came - at last - to the door - and the magistrate - and others.\n") == []
    assert removed("the magistrate - and others, one—two.\n") == []


def test_a_lone_stop_right_after_a_sentence_end_goes_and_an_ellipsis_stays() -> None:
    assert removed("as they had done for them. . And Pilate said.\n") == [" ."]
    assert removed("as they had done. . . And Pilate said.\n") == []


def test_a_lone_straight_quote_after_a_comma_goes() -> None:
    assert removed("away from the crowd, ' his disciples asked.\n") == [" '"]


_COMMAS = "They took them, and went; they left them, and came; and him, and her, and them, and all.\n"


def test_a_comma_set_apart_joins_its_word_where_the_witness_puts_one_there() -> None:
    text = _COMMAS + "he carried him away , and delivered him.\n"
    assert edits_of(text) == [(" ", "", "spaced-punctuation", True)]


def test_a_mark_set_apart_joins_its_word_unless_the_witness_spaces_it_as_its_language_does() -> None:
    glued = "It was so; and so; and so; and it was.\n"
    assert edits_of(glued + "they probably do occur ; but not here.\n") == [(" ", "", "spaced-punctuation", True)]
    french = "Il est là ; et ici ; et là ; pourquoi ? Il est là ? Oui ? Non.\n"
    assert edits_with(french + "ils sont là ; mais pas ici.\n", language="fr") == []
    assert edits_with(french, spaced_marks="keep") == []
    # (French spacing in a witness said to be English is a print's habit: closed, recorded)
    assert {e[2] for e in edits_of(french)} == {"spaced-punctuation"}


def edits_with(text: str, **settings) -> list[tuple[str, str, str, bool]]:
    """:func:`edits_of` under the clean settings given."""
    ctx = CleanContext("W", "text", settings=CleanSettings(**settings))
    return [(text[e.start:e.end], e.replacement, e.rule, e.applied) for e in remove_stray_glyphs(text, ctx)]


#: a chapter of a print that spaces ; : ! ? and its quotes, as OCR reads it
_SPACED_PRINT = ("He came to the door ; it was late ! Who was there ? None : the house was dark ; "
                 "the wind was cold. “ Go home ! ” said he ; “ it is late ” . " * 4)


def test_marks_spaced_as_the_prints_habit_join_their_words_wherever_they_stand() -> None:
    text = _SPACED_PRINT + "Was it so ?\n“ Why ? ” she asked.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    out = apply(text, edits)
    assert out.endswith("Was it so?\n“Why?” she asked.\n")
    assert "late! Who was there? None: the house was dark; the wind" in out
    assert {e.rule for e in edits} == {"spaced-punctuation"} and all(e.applied for e in edits)
    assert "spaced x" in edits[0].evidence and "the print's spacing" in edits[0].evidence


def test_a_mark_spaced_now_and_then_is_left_to_the_other_rules() -> None:
    # (one spaced of many glued: a slip, joined on the witness's evidence, not as a habit)
    text = "It was so; and so; and so; and so; and so; it was! Was it? " * 3 + "it was ; so.\n"
    assert [e.evidence for e in remove_stray_glyphs(text, CleanContext("W", "text"))] == [
        "';' set apart from 'was'; this witness sets ';' glued x15, spaced x0"]


def test_a_spaced_mark_habit_spares_formulas_times_and_a_lone_query_after_a_word_that_never_pauses() -> None:
    book = "the king and the queen of the land went to the sea ; " * 60
    text = book + "so that a ? b and x : y hold at 3 : 16 and [?] here. He went to ? and saw the : people.\n"
    tail = len(book)
    late = [(text[e.start:e.end + 1], e.rule, e.applied)
            for e in remove_stray_glyphs(text, CleanContext("W", "text")) if e.start >= tail]
    # (the join spans the space before the mark; the speck, the mark too)
    assert late == [(" ?", "spaced-punctuation", False), (" : ", "stray-glyph", True)]


def test_dashes_read_as_hyphens_are_dashes_again_where_the_witness_sets_dashes() -> None:
    spaced = "He came — at last — to the door; it was late — very late. " * 2
    text = spaced + "He came -- at last - to the door, and so -- at last - home.\n"
    assert [(t, r, rule, a) for t, r, rule, a in edits_of(text)] == [
        ("--", "—", "hyphen-dash", True), ("-", "—", "hyphen-dash", True),
        ("--", "—", "hyphen-dash", True), ("-", "—", "hyphen-dash", True)]
    glued = "He came—at last—to the door—and in. " * 2
    text = glued + "the man,--and his mind,-him; and 3.-On it.\n"
    assert edits_of(text) == [("--", "—", "hyphen-dash", True), ("-", "—", "hyphen-dash", True),
                              ("-", "—", "hyphen-dash", True)]


def test_hyphens_that_are_no_dash_stay() -> None:
    text = ("He came — at last — to the door — and in. The years 1859--60, the option --all, a well-known "
            "man, a rule ---- here, and x--\n")
    assert [e for e in edits_of(text) if e[2] == "hyphen-dash"] == []


_DASHES_AS_HYPHENS = "He paused--and went on; she wept--and he stayed--and then left. "


def test_two_hyphens_after_a_loop_variable_before_a_word_are_its_decrement_kept() -> None:
    # (a line ending ``i--`` joined to the next reads so at this stage)
    text = _DASHES_AS_HYPHENS + "The loop runs while i-- is positive, and x-- counts down.\n"
    assert [e[0] for e in edits_of(text)] == ["--"] * 3


def test_two_hyphens_after_an_identifier_are_its_decrement_kept() -> None:
    text = _DASHES_AS_HYPHENS + "Then n_max-- is less, count2-- goes and p->next-- moves on.\n"
    assert [e[0] for e in edits_of(text)] == ["--"] * 3


def test_two_hyphens_inside_backticks_are_code_kept() -> None:
    text = _DASHES_AS_HYPHENS + "The loop `while count--do` ends.\n"
    assert [e[0] for e in edits_of(text)] == ["--"] * 3


def test_two_hyphens_after_a_word_or_the_article_are_still_a_dash() -> None:
    text = _DASHES_AS_HYPHENS + "It was a--lover, and a-- a what, a man, a dog? He paused-- and went.\n"
    assert [(e[0], e[1], e[3]) for e in edits_of(text)] == [("--", "—", True)] * 6


def test_two_hyphens_eliding_a_name_are_kept_the_dash_only_suggested() -> None:
    text = _DASHES_AS_HYPHENS + "Mr. B-- was there, and so was Lady C--.\n"
    assert edits_of(text)[3:] == [("--", "—", "hyphen-dash", False)]


def test_two_hyphens_eliding_an_oath_inside_its_word_are_kept_the_dash_only_suggested() -> None:
    text = _DASHES_AS_HYPHENS + "It is d--d cold, and D--n the wind.\n"
    assert edits_of(text)[3:] == [("--", "—", "hyphen-dash", False)] * 2


def test_three_hyphens_eliding_a_name_are_kept() -> None:
    text = _DASHES_AS_HYPHENS + "He served in the ---shire militia.\n"
    assert len(edits_of(text)) == 3


def test_two_hyphens_after_a_letter_the_witness_writes_as_a_word_are_a_dash() -> None:
    text = _DASHES_AS_HYPHENS + "I went, I came, I saw. I--I said so--and a--lover, a man, a dog, a cat.\n"
    assert edits_of(text)[3:] == [("--", "—", "hyphen-dash", True)] * 3


def test_a_lone_hyphen_among_spaced_dashes_is_a_dash_where_the_witness_reads_others_so() -> None:
    # with no other dash read as a hyphen: a speck, as in any text of dashes; before a
    # quotation a dash maybe, only suggested
    book = "He came — at last — to the door of the house, and it is late. " * 6
    text = book + "The possibility of - making it, and it is - “Hear” he said.\n"
    assert [(t, r, rule, a) for t, r, rule, a in edits_of(text)] == [(" -", "", "stray-glyph", True),
                                                                     ("-", "—", "hyphen-dash", False)]
    text = book + "He went -- as he said -- home -- late. The possibility of - making it.\n"
    assert edits_of(text)[-1] == ("-", "—", "hyphen-dash", True)



def test_a_comma_after_another_mark_is_a_speck() -> None:
    assert edits_of("impressed on my mind, , unfolding as it did.\n") == [(" ,", "", "stray-glyph", True)]


def test_a_comma_after_a_word_never_followed_by_one_is_a_speck() -> None:
    text = "the origin of the species " * 60 + "and the origin of , our races.\n"
    assert edits_of(text) == [(" ,", "", "stray-glyph", True)]


def test_a_comma_set_apart_without_evidence_is_only_suggested() -> None:
    # "lots , they": the witness's own spacing, or an OCR space; which, it cannot tell
    assert edits_of("and are mostly in small lots , they say.\n") == [(" ", "", "spaced-punctuation", False)]


def test_a_comma_set_apart_after_a_closing_quote_is_the_word_s() -> None:
    text = _COMMAS + "they said “go” , and went.\n"
    assert edits_of(text) == [(" ", "", "spaced-punctuation", True)]


def test_a_comma_set_apart_before_a_spaced_dash_is_decided_on_the_word_before() -> None:
    assert edits_of(_COMMAS + "he took them , — and left.\n") == [(" ", "", "spaced-punctuation", True)]
    assert edits_of("they stood in small lots , — they say.\n") == [(" ", "", "spaced-punctuation", False)]


def test_a_comma_set_apart_after_a_stop_is_only_suggested() -> None:
    # an abbreviation's stop takes a comma; a sentence's end does not
    assert edits_of("roots, buds, &c. , and seeds.\n") == [(" ", "", "spaced-punctuation", False)]


def test_a_mark_past_the_sampled_habits_is_decided_on_them() -> None:
    # a book's habits are counted in its first _SAMPLE characters; a mark after them too
    text = _COMMAS * (glyphs_mod._SAMPLE // len(_COMMAS) + 1) + "he carried him away , and left.\n"
    assert len(text) > glyphs_mod._SAMPLE
    assert edits_of(text) == [(" ", "", "spaced-punctuation", True)]


def test_a_comma_set_apart_after_a_number_in_brackets_is_only_suggested() -> None:
    assert [e[3] for e in edits_of(_COMMAS + "in the year (1859) , they said.\n")] == [False]


def test_lone_hyphens_a_text_uses_beside_its_dashes_stay() -> None:
    text = _DASHED * 2 + "the magistrate - and others - and the rest - and all.\n"
    assert removed(text) == []


_CURLY = "The father’s house, the mother’s hand, the child’s cry, and it’s late.\n"


def test_a_lone_straight_quote_in_a_witness_of_curly_apostrophes_goes() -> None:
    assert removed(_CURLY + "master the language; and ' I may boast of it.\n") == [" '"]
    assert removed(_CURLY + "John had said to Herod, ' It is not lawful.\n") == [" '"]


def test_a_lone_straight_quote_before_a_capital_stays_where_straight_ones_are_the_witness_s() -> None:
    assert removed("The father's house, the mother's hand, the child's cry; and ' I may boast.\n") == []
    # a closing quote within reach: it may open that quotation
    assert removed(_CURLY + "he said ' I may go’ and left.\n") == []


def test_a_lone_hyphen_in_a_text_with_no_dashes_stays_past_the_habits_sample() -> None:
    # the habits are counted on the text's first stretch only; a hyphen after it, in a text
    # that sets no dashes at all, is the text's own
    text = "plain words and more plain words. " * 10_000 + "the magistrate - and others.\n"
    assert [e for e in remove_stray_glyphs(text, CleanContext("W", "text")) if "-" in text[e.start:e.end]] == []


@given(st.lists(st.sampled_from(["the", "The", "“the", "the,", "the’", "(the.)", "and", "and,", ",", " ", "\n"]),
                max_size=30).map(" ".join), st.sampled_from(["the", "and", "of"]))
def test_a_words_forms_are_counted_as_the_counter_of_its_tokens_counts_them(text, word):
    # (the habits sum dict.get over the forms: what indexing the Counter of the tokens sums)
    tokens = glyphs_mod.Counter(text.split())
    habits = glyphs_mod._Habits(text)
    assert habits.word(word) == sum(tokens[f] for f in glyphs_mod._forms(word))
    assert habits.comma_after(word) == sum(tokens[f] for f in glyphs_mod._forms(word, glyphs_mod._COMMA_ENDS))


def made(text: str) -> list[tuple[str, str, bool]]:
    """(span removed, rule, applied) of each edit the filter makes on ``text``."""
    return [(text[e.start:e.end], e.rule, e.applied) for e in remove_stray_glyphs(text, CleanContext("W", "text"))]


def test_a_speck_glued_to_a_words_edge_goes() -> None:
    text = ("He would commit some signal crime, •which by its enormity; trees lie ~broken,\n"
            "as superior beings,^ who would be the woods· and the moon.\n\nI thank you, and accept~ your offer.\n")
    assert removed(text) == ["•", "~", "^", "·", "~"]


def test_a_glued_glyph_prose_has_uses_for_goes_in_a_scan_that_shows_specks_standing_alone() -> None:
    # ('~broken', '*partly', 'contained_': written once, a suggestion in a clean witness; in
    # one whose OCR read three specks as glyphs standing alone, and no other use of the
    # glyph, the scan's speck)
    glued = "trees lie ~broken, and partly* so, as it contained_ them.\n"
    assert applied(glued) == []
    specks = "the leaves ~ and fall, the man • who came, the sea ¦ and the land. "
    assert applied(specks + glued) == [" ~", " •", " ¦", "~", "*", "_"]
    # (a witness that sets the glyph otherwise keeps it: a path, identifiers)
    assert "~" not in applied(specks + "see ~/bin and ~/lib, the ~/etc too; trees lie ~broken.\n")


def test_a_glyph_the_witness_uses_otherwise_stays_glued() -> None:
    # identifiers, paired emphasis, Catalan l·l, a formula: the witness's own glyph
    assert removed("the my_var and a_b and c_d names, then _stray here.\n") == []
    assert removed("an _emphasised_ word and *two words* stay, and `code` too.\n") == []
    assert removed("la col·lecció i la intel·ligència, la il·lusió· de\n") == []
    assert removed("x^2 and y^3 and z^4, then a speck^ too.\n") == []


def test_a_glued_glyph_in_code_or_a_path_stays() -> None:
    assert removed("see ~/bin and C:\\Users\\me, the x^2 term and 45° north.\n") == []


def test_a_greek_colon_and_a_temperature_stay() -> None:
    assert removed("λέγει αὐτοῖς· ἐγώ εἰμι, and a heat of 40 °F here.\n") == []


def test_an_asterisk_speck_goes_unless_the_witness_has_footnotes() -> None:
    assert removed("and come down *from the cross.\n\nAnd they reasoned* among themselves.\n") == ["*", "*"]
    notes = "the very poetry of nature.* And from *the cross.\n\n* Leigh Hunt's Rimini.\n"
    assert removed(notes) == []


def test_a_lone_glyph_between_two_single_characters_stays_a_suggestion() -> None:
    # an operator of a formula or a logic (x | y, p ~ q) as likely as a speck
    for text in ("If x | y is the union, then x is in it.\n", "and p ~ q holds.\n"):
        assert applied(text) == [], text
        assert len(removed(text)) == 1, text
    assert applied("the leaves ~ and fall.\n") == [" ~"]
    raw = "The morning was grey and the road was long, and we walked on.\n\n" * 3 + "If x | y is the union.\n"
    result = clean_text(raw, CleanContext(siglum="S", fmt="text"))
    assert [e.status for e in result.emendations if e.rule == "stray-glyph"] == ["suggested"]


def test_a_lone_asterisk_between_small_letter_words_is_a_speck() -> None:
    text = "I expressed a wish to * visit England, and the leaves decay * and fall.\n"
    assert removed(text) == [" *", " *"]


def test_a_lone_asterisk_before_a_word_of_the_witness_s_prose_goes() -> None:
    text = "in their hearts, and the hearts of men; their hearts were hard, reasoning in their * hearts.\n"
    assert applied(text) == [" *"]
    # a starred form, a product's terms: no word the witness writes besides
    assert applied("the form * goed, and a * b here.\n") == []


def test_a_lone_asterisk_after_a_word_of_content_stays_a_suggestion() -> None:
    # a product's terms, a footnote's word: words of the witness's prose too, no function word
    prose = "the width is known, and the width is long, and the width and the height; "
    assert applied(prose + "the area is length * width here.\n") == []
    assert removed(prose + "the area is length * width here.\n") == [" *"]


def test_a_hyphen_glued_before_a_word_is_a_speck_where_the_witness_sets_dashes() -> None:
    dashes = "a dash — here — and — there — and — again — so.\n"
    assert removed("and I resolved -not to fall; " + dashes) == ["-"]
    # a witness that cites suffixes or options so keeps them
    assert removed("the suffix -ness, and -less, and -ful, and I resolved -not to; " + dashes) == []


def test_a_hyphen_glued_before_a_word_the_witness_writes_and_no_suffix_is_removed() -> None:
    dashes = "a dash — here — and — there — and — again — so.\n"
    text = "I will not go, and I resolved -not to fall; the •which; " + dashes
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    assert [(text[e.start:e.end], e.applied) for e in edits] == [("-", True), ("•", True)]
    # a suffix the witness writes as a word too ('less') is named so: a suggestion
    text = "no less, and less, and less than the suffix -less; " + dashes
    [edit] = remove_stray_glyphs(text, CleanContext("W", "text"))
    assert (text[edit.start:edit.end], edit.applied) == ("-", False)


def test_a_hyphen_glued_before_an_ending_of_everyday_words_stays_a_suggestion() -> None:
    # an ending the language makes words with, though the witness writes it as a word too:
    # a suffix named ('the ending -like, as in childlike')
    dashes = "a dash — here — and — there — and — again — so.\n"
    text = "like this, like that, like many; the ending -like makes an adjective; " + dashes
    assert applied(text) == []
    assert removed(text) == ["-"]


def test_a_lone_glued_hyphen_in_a_witness_with_no_other_debris_stays_a_suggestion() -> None:
    # an option flag, a prefix named: one glued hyphen in a clean text shows no scan that makes specks
    dashes = "a dash — here — and — there — and — again — so.\n"
    text = "verbose, verbose, verbose output; pass the flag -verbose to see it all; " + dashes
    assert applied(text) == []
    assert removed(text) == ["-"]
    raw = ("The morning was grey and the road was long, and we walked on.\n\n" * 3
           + "Pass the flag -verbose to see it all; verbose output is long, and verbose logs, "
           "verbose runs \u2014 all \u2014 of \u2014 them \u2014 are \u2014 slow.\n")
    result = clean_text(raw, CleanContext(siglum="S", fmt="text"))
    assert "-verbose" in result.text


def test_a_doubled_comma_is_made_single() -> None:
    assert removed("my fellow-creatures;, nay, by you that made me,, that\n") == [",", ","]


def test_a_spaced_stop_before_a_capital_joins_its_word() -> None:
    text = "We entered the valley of Chamounix . This valley is the stock of Mr . Bakewell. I said.\n"
    assert made(text) == [(" ", "spaced-punctuation", True), (" ", "spaced-punctuation", True)]


def test_a_spaced_opening_quote_joins_its_word() -> None:
    text = "he asked the boy’s father. “ From his childhood,” he answered; “and it has.”\n"
    assert made(text) == [(" ", "spaced-punctuation", True)]


def test_an_opening_quote_set_apart_at_a_line_start_joins_its_word() -> None:
    # a paragraph of dialogue opens with its quote, which the OCR set apart; the main loop
    # leaves a line's first glyph to the bullets, so no rule met it ('“ ‘By': nested quotes)
    glued = "He said, “Go home,” and went. “Why?” she asked. ‘Yes,’ he said. " * 4
    for line, joined in (("“ The moon had gone.", "“The moon had gone."),
                         ("“ ‘By your leave,’ he said.", "“‘By your leave,’ he said."),
                         ("    ‘ who are you?’ he said.", "    ‘who are you?’ he said.")):
        text = glued + "\n" + line + "\n"
        assert apply(text, remove_stray_glyphs(text, CleanContext("W", "text"))) == glued + "\n" + joined + "\n"


def test_opening_quotes_a_print_spaces_at_line_starts_join_on_that_quote_s_own_habit() -> None:
    # '“' set apart a fifth of the time or more is the print's habit, though '‘' rarely set
    # apart brings the two together under a fifth: each quote's own counts decide
    text = ("“ Go home,” he said. " * 3 + "“Go,” he said. " * 9 + "‘Go,’ she said. " * 9 + "\n") * 2 \
        + "“ The moon had gone.\n"
    out = apply(text, remove_stray_glyphs(text, CleanContext("W", "text")))
    assert "“ " not in out and out.endswith("\n“The moon had gone.\n")
    # a print that spaces its quotes where the settings keep that spacing: kept
    ctx = CleanContext("W", "text", settings=CleanSettings(spaced_marks="keep"))
    assert "\n“ The moon" in apply(text, remove_stray_glyphs(text, ctx))


def test_a_lone_comma_after_a_word_that_never_takes_one_is_no_comma() -> None:
    # 'at' never takes a comma here, but ', and' is common: a speck, only suggested
    text = "at the door " * 60 + "and then, and so, and thus, and lo, and I lived ungazed at , and alone.\n"
    assert made(text) == [(" ,", "stray-glyph", False)]


def test_a_lone_colon_after_a_word_never_ending_a_clause_is_a_speck() -> None:
    text = "the man, " * 60 + "the mass of the : people listened. They said: go; then: come; and: so.\n"
    assert made(text) == [(" :", "stray-glyph", True)]


def test_a_lone_colon_after_a_rare_word_is_only_suggested() -> None:
    text = "I thought with horror of seeing : again those. He said: go; then: come; so: it.\n"
    assert made(text) == [(" ", "spaced-punctuation", False)]


def test_a_spaced_stop_after_a_sentence_s_first_word_is_only_suggested() -> None:
    text = "They came to Capernaum. When . Jesus had gone into the house.\n"
    assert made(text) == [(" ", "spaced-punctuation", False)]


def test_a_spaced_stop_at_a_paragraph_end_joins_its_word() -> None:
    text = "It was. So it was. I went. " * 4 + "with a more cheerful heart .\n\nIt was so, i . e .\n"
    assert made(text) == [(" ", "spaced-punctuation", True)]


# --------------------------------------------------------------------------- glyphs with real uses


def applied(text: str) -> list[str]:
    """What the filter removes from ``text`` for sure (its suggestions aside), in order."""
    return [text[e.start:e.end] for e in remove_stray_glyphs(text, CleanContext("W", "text")) if e.applied]


def test_a_glued_glyph_with_real_uses_is_only_a_suggestion() -> None:
    # a code word, an argument list, a path, a footnote's mark: the witness's one use of the glyph
    for text in ("pass the keyword class_ to the function.\n", "The attribute _cache holds it.\n",
                 "takes *args and passes them on.\n", "Copy the file into ~user now.\n",
                 "the footnote* and turned away.\n"):
        assert applied(text) == [], text
        assert removed(text), text  # still offered for review


def test_a_glued_glyph_with_real_uses_goes_from_a_word_of_the_witness_s_prose() -> None:
    # 'clothed' and 'from' written on their own three times: prose, no code word, and the
    # glyph where it has no use (after a mark, beside a function word)
    prose = "thou art clothed and come from far; thou art clothed and come from far; " * 2
    text = prose + "we would that ~thou shouldst.\n\nSitting, clothed,~ and come down *from the cross.\n"
    assert applied(text) == ["~", "*"]
    assert removed(text) == ["~", "~", "*"]  # ('~thou': a word of content, offered)
    # a word the witness writes on its own once or twice is no evidence: 'user' below
    assert applied("the user and the user. Copy the file into ~user now.\n") == []


def test_a_glued_glyph_beside_a_word_of_content_stays_a_suggestion() -> None:
    # a splat, a footnote's reference, a home directory: their words are the witness's prose
    # too, written on their own many times; the glyph there has its use
    prose = "the args and the user went to Paris; the args and the user saw Paris. " * 2
    for tail in ("It takes *args now.\n", "We went to Paris* in May.\n", "Copy it into ~user now.\n"):
        assert applied(prose + tail) == [], tail
        assert removed(prose + tail), tail


def test_a_glued_speck_no_prose_sets_so_still_goes() -> None:
    assert applied("and •which of the woods· were there.\n") == ["•", "·"]


def test_a_pair_is_found_from_either_half_at_the_same_reach() -> None:
    # the halves exactly _PAIR_REACH apart: both kept (from the opener and from the closer)
    inner = "a" * 48 + " " + "b" * 50
    text = f"so `{inner}` and on.\n"
    assert text.index("`", 4) - text.index("`") == glyphs_mod._PAIR_REACH
    assert removed(text) == []
    # one further apart: neither half finds the other
    text = f"so `{inner}b` and on.\n"
    assert removed(text) == ["`", "`"]


def test_a_lone_asterisk_between_words_is_only_a_suggestion() -> None:
    for text in ("so a * b is their product.\n", "use file * names here.\n", "the child's * goed is wrong.\n"):
        assert applied(text) == [], text
        assert removed(text) == [" *"], text


def test_a_hyphen_glued_before_a_word_is_only_a_suggestion() -> None:
    dashes = " — ".join(["so"] * 12)
    for text in (f"The suffix -ness makes a noun; {dashes}.\n", f"verbs that end in -ing here; {dashes}.\n"):
        assert applied(text) == [], text
        assert removed(text) == ["-"], text


def test_a_spaced_stop_before_i_is_only_a_suggestion() -> None:
    text = "In the year of our Lord . I came to the town, and so on. It was late.\n"
    assert applied(text) == []
    assert removed(text) == [" "]
    # before another capital the join stands
    assert applied("In the year of our Lord . We came to the town, and so on. It was late.\n") == [" "]


# --------------------------------------------------------------------------- idempotence

from tests.clean.edits import apply  # noqa: E402

#: (curly quotes and full stops left out, two cascades still open: a quote set apart and
#: joined to a word may make a glyph beside it a glued speck for a second pass ('the “
#: •the”'); a lone stop removed lets a spaced stop after the next word be joined in a second
#: pass ('the . the . Lord'); the stops' single passes are tested above)
_GLYPH_TOKENS = st.sampled_from(["the", "woods", "Lord", "I", "said", "came", "and", "a", "to", "It", "—",
                                 "_", "*", "·", ",", "-", "~", "•", "^", "`", "\n", "\n\n"])


@given(st.lists(st.tuples(_GLYPH_TOKENS, st.sampled_from(["", " ", " ", "  "])), max_size=60))
@example([("the", ""), (",", ""), (",", " "), ("_", " "), ("the", "")])  # a speck after a doubled comma
def test_the_filter_on_its_own_output_changes_nothing(tokens: list[tuple[str, str]]) -> None:
    _idempotent("".join(t + s for t, s in tokens))


def test_a_half_pair_at_the_reach_s_edge_goes_in_one_pass_or_none() -> None:
    # the opener's window once a character shorter than the closer's: two passes removed both
    for glyph in "_`":
        for gap in range(95, 104):
            _idempotent(f"so {glyph}{'a' * (gap - 2)} b{glyph} and on.\n")
            _idempotent(f"so x{glyph}{'a' * (gap - 2)} b{glyph} and {glyph}on.\n")


def test_a_spaced_hyphen_before_a_capital_is_only_suggested_away() -> None:
    # a title's separator, the text's own dash (a licence's 'Exhibit A - Source Code Form')
    text = "so — and — it — is — here — now. Exhibit A - Source Code Form"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    assert [(text[e.start:e.end], e.applied) for e in edits] == [(" -", False)]
    # before a small letter the speck goes, as it did
    text = "so — and — it — is — here — now. the old - house"
    assert apply(text, remove_stray_glyphs(text, CleanContext("W", "text"))).endswith("the old house")


def test_a_bar_set_apart_twice_on_its_line_is_the_texts_own() -> None:
    # a grammar's alternatives and a table's cell rules lost their bars (the Python docs)
    for text in ("literal ::= stringliteral | bytesliteral | other\n", "| Type | Meaning |\n| int | a number |\n"):
        assert [e for e in remove_stray_glyphs(text, CleanContext("W", "text")) if e.applied] == []
    # one on its line is the speck it was
    assert apply("the old | house", remove_stray_glyphs("the old | house", CleanContext("W", "text"))) == "the old house"


def test_an_apostrophe_set_apart_from_both_halves_of_its_word_is_closed_up() -> None:
    # taken away as a lone speck it left 'don t', 'Man s'
    for text, mended in (("I don ' t know it.", "I don't know it."),
                         ("favourable to Man ' s Power", "favourable to Man's Power"),
                         ("and I ' ll go", "and I'll go")):
        assert apply(text, remove_stray_glyphs(text, CleanContext("W", "text"))) == mended
        _idempotent(text)
    # a lone quote before a word that is no contraction's tail is still a speck
    assert apply("the house ' of it", remove_stray_glyphs("the house ' of it", CleanContext("W", "text"))) \
        == "the house of it"


def test_a_stop_or_quote_beside_a_glued_speck_is_mended_in_one_pass() -> None:
    for text in ("the woods . ·the end", "at the . •came", "the woods ‘ ·the", "the woods· . the end",
                 "the woods· . The end", "the the . •It", "the. • . the", "the· .\n", "the” • ~ the"):
        _idempotent(text)


def _idempotent(text: str) -> None:
    once = apply(text, remove_stray_glyphs(text, CleanContext("W", "text")))
    again = [e for e in remove_stray_glyphs(once, CleanContext("W", "text")) if e.applied]
    assert again == [], (once, again)


#: a witness that puts commas after 'but' and before 'and', and ends its sentences before capitals
_COMMA_HABITS = ("He came, but, seeing me, he went; and so, and then, it was over. Asia was far. "
           "She came, and they spoke, but not for long. " * 4)


def test_a_stop_before_a_small_letter_word_is_a_comma_the_witness_puts_there() -> None:
    # a comma read as a stop: no sentence opens with a small letter; the witness's own
    # commas after the word before, or before the word after, say which mark it was
    text = _COMMA_HABITS + "Henry wished to dissuade me; but. seeing me bent on it, he came. Asia. and the rest.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    stops = [(text[e.start:e.end], e.replacement, e.rule, e.applied) for e in edits if e.rule == "stop-read-for-comma"]
    assert stops == [(".", ",", "stop-read-for-comma", True), (".", ",", "stop-read-for-comma", True)]
    assert apply(text, edits).endswith("me; but, seeing me bent on it, he came. Asia, and the rest.\n")


def test_a_stop_before_a_small_letter_word_stays_where_it_may_be_an_abbreviation_s() -> None:
    for tail in ("the firm of Smith Inc. and its heirs, Inc. and others.\n",  # (written so twice: the witness's)
                 "the Inc. and the Ltd. and the rest.\n",  # (never written without its stop)
                 "in vol. ii and ch. iii, in 1859. and 1860.\n",  # (no comma anywhere; numbers)
                 "see e.g. the cases, i.e. the first.\n", "at github. com and x. y here.\n",
                 "I came, to my protectors, " * 4 + "the steps of my protectors. l had not.\n"):  # (I read as l)
        text = _COMMA_HABITS + tail
        applied = [e for e in remove_stray_glyphs(text, CleanContext("W", "text"))
                   if e.rule == "stop-read-for-comma" and e.applied]
        assert applied == [], tail


def test_a_stop_before_a_small_letter_word_with_no_comma_evidence_is_a_suggestion() -> None:
    text = _COMMA_HABITS + "which was. not lawful; he stood at the present. time of day.\n"
    stops = [(e.replacement, e.applied) for e in remove_stray_glyphs(text, CleanContext("W", "text"))
             if e.rule == "stop-read-for-comma"]
    assert stops == [(",", False)]


#: a witness writing its everyday words often, and quoting with single quotes
_PLAIN = "It was the first of them, and in the world to come the man is a friend of the house. " * 4


def test_a_closing_quote_glued_to_a_word_that_closes_no_quotation_is_a_speck() -> None:
    text = _PLAIN + "that the’ animal should be so, and' loose the first, not even of’ the same.\n"
    edits = remove_stray_glyphs(text, CleanContext("W", "text"))
    assert [(text[e.start:e.end], e.rule, e.applied) for e in edits] == [
        ("’", "stray-glyph", True), ("'", "stray-glyph", True), ("’", "stray-glyph", True)]
    assert apply(text, edits).endswith("that the animal should be so, and loose the first, not even of the same.\n")


def test_an_opening_quote_glued_after_a_word_that_closes_no_quotation_is_a_speck() -> None:
    # (an opener after a letter opens nothing: a closer misread, or a speck; here no quotation
    # is open, and the witness writes the words without it)
    text = _PLAIN + "that the‘ animal should be so.\n\nAnd the first‘ of them came.\n"
    assert applied(text) == ["‘", "‘"]
    # a quotation it may close: ‘go to the‘ and
    assert applied(_PLAIN + "he said ‘go to the‘ and went.\n") == []


def test_an_opening_quote_glued_before_a_word_that_opens_no_quotation_is_a_speck() -> None:
    text = _PLAIN + "tears streamed from my eyes, 'and I resolved it.\n\nFrom the history ‘of the dog.\n"
    assert applied(text) == ["'", "‘"]
    # a quotation it opens, closed in its paragraph however far; an elision written twice
    assert applied(_PLAIN + "he said ‘of the man’ and went.\n") == []
    assert applied(_PLAIN + "'tis so, and 'tis the man.\n") == []


def test_an_opening_quote_glued_before_a_word_stays_where_its_quotation_closes_paragraphs_on() -> None:
    # a quotation of many paragraphs, each reopened with its quote, closed in the last (British)
    quotation = ("He called it ‘the cause of all our woes and the ruin of the house, the whole long "
                 "business of it from the start.\n\n‘And the end of it was the end of us all.’\n")
    assert applied(_PLAIN + quotation) == []
    raw = _PLAIN + "The cause of it, the ruin of it, the end of it.\n\n" + quotation
    assert "‘the cause" in clean_text(raw, CleanContext(siglum="S", fmt="text")).text
    # a paragraph after it not reopened: the quote opened nothing there
    assert applied(_PLAIN + "From the history ‘of the dog.\n\nAnd the end of it’s tail.\n") == ["‘"]


def test_an_opening_quote_glued_before_a_word_inside_a_speech_stays() -> None:
    # a speech in double quotes elides in dialect, its apostrophe set as an opening quote:
    # the words it elides ('cause for because, 'is for his) are the witness's own
    for tail in ("“I did it ‘cause I wanted to,” she said.\n", '"Where is \'is hat?" said the man.\n'):
        assert applied(_PLAIN + "the cause of it. " * 3 + tail) == [], tail
    # and a narration in dialect, eliding twice in its paragraph
    assert applied(_PLAIN + "the cause of it. " * 3 + "I did it 'cause I was tired, and went 'round it.\n") == []


def test_a_closing_quote_glued_to_a_word_stays_where_it_may_close_or_elide() -> None:
    for tail in ("the man is his brothers’ keeper.\n",  # (a plural's possessive)
                 "he said ‘go to the’ and went; the word 'of' is short.\n",  # (a quotation it closes)
                 "an’ the man an’ the house, and so.\n",  # (an elision the witness writes, and 'and')
                 "the man was exasperated’ and left.\n",  # (a word the witness writes nowhere else)
                 "he read of the’ House of the man.\n"):  # (before a capital: a quotation's end as often)
        assert removed(_PLAIN + tail) == [], tail


def test_a_closing_quote_glued_to_a_word_stays_where_a_long_quotation_opened_in_its_paragraph() -> None:
    # a speech in single quotes running over several lines closes far from where it opened
    speech = ("He said, ‘the first of them is in the world to come, and the man is a friend of the house, "
              "and the house is the first of them in the world, and so it is with the man and his friend "
              "in the house of the world to come, the first’ and went out.\n")
    assert removed(_PLAIN + speech) == []


def test_a_quote_glued_after_a_word_of_one_letter_is_an_elision_s() -> None:
    # a word of one letter the witness writes often ('a', 'I', 'O') with an apostrophe glued
    # after it is a longer word elided in dialect or older verse ('a’' for all, 'i’' for in)
    text = _PLAIN + "I said it, and I meant it; I came. We sat there a’ the night and sang i’ the dark.\n"
    assert removed(text) == []


def _stops_read_for_commas(text: str) -> list[tuple[str, str, bool]]:
    return [(text[e.start:e.end], e.replacement, e.applied) for e in remove_stray_glyphs(text, CleanContext("W", "text"))
            if e.rule == "stop-read-for-comma"]


def test_a_stop_after_a_unit_s_abbreviation_after_a_figure_is_only_a_suggestion() -> None:
    # a measure's unit after its figure is an abbreviation even where it spells an everyday word
    text = _COMMA_HABITS + "We were in the house, in the yard and in the lane; the shelf was 12 in. and the rest.\n"
    assert _stops_read_for_commas(text) == [(".", ",", False)]


def test_a_stop_before_a_name_s_small_particle_is_only_a_suggestion() -> None:
    # a sentence may open with a name whose first word is a particle in small letters; the
    # witness writes the particle before a capital (a name) wherever it writes it
    habits = "He read the letters, all the letters, and the letters, he said, were old. " * 4
    for tail in ("He burnt the letters. van der Velde kept the rest, and van Ruysdael too.\n",
                 "He burnt the letters. de Witt kept the rest.\n"):
        assert _stops_read_for_commas(habits + tail) == [(".", ",", False)], tail


def test_a_stop_after_a_capitalised_word_inside_a_sentence_written_elsewhere_in_small_letters_is_a_suggestion() -> None:
    # a capital inside a sentence the word does not take elsewhere: an abbreviation's ('Pl.',
    # a reference) or a title's, whose stop may well be the print's
    habits = "He washed the plate, dried the plate, and the plate, he said, was clean. " * 4
    text = habits + "The colours are shown in Plate. and the text explains them.\n"
    assert _stops_read_for_commas(text) == [(".", ",", False)]  # (a name never written in small letters is mended: 'Asia. and', above)


def test_a_letter_quoted_between_spaced_quotes_is_no_contraction_s_tail() -> None:
    # a grammar quoting a letter or an ending: the quote after it pairs with the one before
    for text in ("The past adds ' d ' to the verb.", "the ending ' ll ' was written, and ' re ' too."):
        assert apply(text, remove_stray_glyphs(text, CleanContext("W", "text"))) == text, text


def test_a_stop_after_a_function_word_the_witness_never_sets_a_comma_after_is_only_a_suggestion() -> None:
    # the word after follows commas often (', and'), but a comma after this word is no
    # likelier than an abbreviation's stop ('under no. and'): only the witness's own commas
    # after the word before would say so
    text = _COMMA_HABITS + "I had no money and no friends, no home and no hope. It was filed under no. and kept.\n"
    assert _stops_read_for_commas(text) == [(".", ",", False)]


def test_a_stop_set_apart_after_an_address_or_a_domain_stays_apart() -> None:
    # spaced on purpose, so that the stop is not read as the address's own: the dots inside
    # the token are the address's, no sign of how the witness sets its stops
    for tail in ("Write to softwaresupport@superh.com . SuperH, Inc. will answer.\n",
                 "The files are at www.example.org . The rest were lost.\n",
                 "See https://example.org/a/b . The rest were lost.\n",
                 "Report any problems by e-mail at softwaresupport@superh.com .\n\nSuperH, Inc.\n"):
        assert removed(_COMMA_HABITS + tail) == [], tail
    # a word glued to a name by a lost space is no address: its stop closed up as before
    assert removed(_COMMA_HABITS + "He came from the city of Mr.Smith . The rest were lost.\n") == [" "]


def test_abbyys_black_square_speck_between_words_goes() -> None:
    # ABBYY FineReader writes a speck it cannot read as '■': alone between two words it is
    # none of the text; as a list's bullet or a closing mark (no word after it) it stays
    text = "surprised on receiving so ■ rude an answer, and placed in water, ■ and then.\n"
    assert removed(text) == [" ■", " ■"]
    assert removed("■ the first item\n\nthe end of the article. ■\n") == []


def test_a_comma_alone_after_a_sentence_end_at_a_block_end_goes() -> None:
    text = "I saw a line of high land towards the south. ,\n\nAlmost spent, as I was.\n"
    assert removed(text) == [" ,"]
    # inside a block, or after no sentence's end: as before
    assert " ," not in removed("towards the south ,\n\nAlmost spent.\n")


def test_a_spaced_stop_after_a_word_no_sentence_ends_with_goes() -> None:
    # 'and', 'the', 'of' end no sentence: a stop set apart after one, before a capital, is a
    # speck, not the word's sentence end
    text = "Some words here. They went into the house of Simon and . Andrew with James.\n"
    result = clean_text(text, CleanContext("W", "text"))
    assert "house of Simon and Andrew with" in result.text


def test_an_apostrophe_read_as_an_opening_quote_inside_a_word_is_an_apostrophe() -> None:
    # 'God‘s': no quotation opens inside a word; the witness sets its apostrophes curly
    text = ("It is God’s will, and the man’s and the woman’s, and we don’t know it. "
            "The beginning of God‘s creation, and Simon‘s wife; but Hawai‘i stays.\n")
    result = clean_text(text, CleanContext("W", "text"))
    assert "of God’s creation, and Simon’s wife" in result.text and "Hawai‘i" in result.text
    assert {e.rule for e in result.emendations if "‘" in e.before} == {"apostrophe-read-as-quote"}
    # a witness with no curly apostrophe of its own: as it stands
    assert "God‘s creation" in clean_text(text.split(". ", 1)[1], CleanContext("W", "text")).text


_MARK_AFTER_END_AS_A_PATTERN = re.compile(r"(?<=[.!?][”’\"')]|[^.][.!?])([ \t]+[,;])[ \t]*(?=\n[ \t]*\n|\n?[ \t]*\Z)")


@settings(max_examples=2000)
@given(st.text(alphabet=" \t\n.!?,;a”’\"')", max_size=30))
def test_the_marks_after_a_block_end_are_those_the_one_pattern_finds(text: str) -> None:
    # (the filter looks behind each block's end, where this pattern is tried at every space)
    assert [(e.start, e.end) for e in glyphs_mod._marks_after_a_block_end(text, [])] == \
        [m.span(1) for m in _MARK_AFTER_END_AS_A_PATTERN.finditer(text)]


def test_an_asterisk_glued_after_a_stop_stays_where_the_witness_sets_other_note_marks() -> None:
    # daggers and superscript figures glued after words: the witness's notes, and its '*' one of them
    notes = "Others were not.\u00b9\u00b9\nSee the note below.* The dagger marks another.\u2020 And so on.\u2021\n"
    assert removed(notes) == []
    # without them, a speck as before
    assert removed("and come down *from the cross.\n\nAnd they reasoned* among themselves.\n") == ["*", "*"]


def test_a_stop_after_a_long_word_the_witness_writes_once_is_a_comma_where_the_word_after_follows_commas() -> None:
    # (a word of five letters or more, written too seldom to show it no abbreviation: the
    # witness's commas before 'and' decide; a short one may be an abbreviation's, 'vol. and')
    assert _stops_read_for_commas(_COMMA_HABITS + "He spoke of his travelling. and the rest.\n") == [(".", ",", True)]
    assert _stops_read_for_commas(_COMMA_HABITS + "He spoke of his vols. and the rest.\n") == []
    # (nor where the word after gives no evidence either: no suggestion on nothing)
    assert _stops_read_for_commas(_COMMA_HABITS + "He spoke of his travelling. over the rest.\n") == []


def test_a_stop_after_a_word_with_three_commas_after_it_is_a_comma_however_often_the_word_stands() -> None:
    # ('it' written forty times, a comma after it three: a tenth, yet a comma's place)
    habits = "He took it, then he left it, and it was gone. Then it fell, and it rose. " * 3 + "It was it. " * 10
    assert _stops_read_for_commas(habits + "He saw it. saying nothing.\n") == [(".", ",", True)]


def test_a_word_written_without_its_stop_fifty_times_is_no_abbreviation_for_two_stops_before_small_letters() -> None:
    habits = _COMMA_HABITS + "He saw him, and him only; he went to him and with him then. " * 13
    text = habits + "They came to him. saying it was late, and left him. yet he stayed.\n"
    assert _stops_read_for_commas(text) == [(".", ",", True), (".", ",", True)]


def test_an_asterisk_glued_before_a_word_is_no_note_mark_where_the_witness_sets_daggers() -> None:
    # (a note's reference follows its word: the daggers keep 'below.*', not '*from')
    prose = "He came from the town, and from the hills; from there to the sea, from dawn. " * 2
    text = prose + "See below.\u2020 They walked *from the mill.\n"
    assert [text[e.start:e.end] for e in remove_stray_glyphs(text, CleanContext("W", "text"))] == ["*"]
