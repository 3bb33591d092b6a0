"""Line joining and dehyphenation: decisions from evidence, suggestions when unsure."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import CleanContext, clean_text
from variorum.clean.lexicon import COMPOUND_RE, build_lexicon
from variorum.clean.linejoin import decide_hyphen, join_lines, lost_hyphen, witness_spellings


def _lex(own: str = "", **others: str):
    return build_lexicon(own, others)


def test_word_spelt_whole_inside_a_line_of_this_witness_joins() -> None:
    d = decide_hyphen("co", "operation", _lex("we seek cooperation here and cooperation there\n"))
    assert d.join and d.confidence >= 0.9 and "this witness" in d.evidence


def test_one_sighting_against_another_form_spelt_the_other_way_goes_to_review() -> None:
    # (an author who spells it both ways: the join of 'race-' 'horses' only suggested)
    d = decide_hyphen("race", "horses", _lex("the racehorses were fast, and one race-horse won\n"))
    assert d.join and d.confidence < 0.75 and "race-horse' x1, another form" in d.evidence
    d = decide_hyphen("race", "horses", _lex("the race-horses were fast, and one racehorse won\n"))
    assert not d.join and d.confidence < 0.75
    # (one sighting alone, or with the other form spelt alike, decides as before)
    assert decide_hyphen("race", "horses", _lex("the racehorses were fast\n")).confidence == 0.98
    assert decide_hyphen("race", "horses", _lex("the racehorses were fast, one racehorse won\n")).confidence == 0.98


def test_compound_hyphenated_inside_a_line_keeps_the_hyphen() -> None:
    d = decide_hyphen("nation", "state", _lex("the nation-state is old\n"))
    assert not d.join and d.confidence >= 0.9


def test_other_witnesses_decide_when_this_one_is_silent() -> None:
    d = decide_hyphen("neo", "realist", _lex("nothing here\n", P="a neo-realist view\n"))
    assert not d.join and "other witnesses" in d.evidence


def test_capitalised_continuation_keeps_the_hyphen() -> None:
    assert not decide_hyphen("E", "Commerce", _lex()).join


def test_suffix_is_never_the_second_half_of_a_compound() -> None:
    assert decide_hyphen("thirst", "ed", _lex()).join
    assert decide_hyphen("calm", "ness", _lex()).join


def test_common_word_joins_from_the_lexicon() -> None:
    d = decide_hyphen("ana", "lysed", _lex())
    assert d.join and d.confidence >= 0.8


def test_lost_hyphen_needs_a_fragment_that_is_no_word() -> None:
    assert lost_hyphen("govern", "ment", _lex()) is not None
    assert lost_hyphen("red", "house", _lex()) is None
    # a fragment that this witness uses as a word inside a line is a word
    assert lost_hyphen("govern", "ment", _lex("the ment is here\n")) is None


def test_uncertain_hyphen_is_kept_and_its_joining_suggested() -> None:
    result = clean_text("They painted a red-\nhouse on the hill.\n", CleanContext("W", "text"))
    assert result.text == "They painted a red-house on the hill.\n"
    statuses = {e.rule: e.status for e in result.emendations}
    assert statuses["dehyphenate"] == "suggested"
    assert statuses["hyphen-kept"] == "applied"


def test_dehyphenation_across_a_blank_line_in_markdown() -> None:
    raw = "The rules of con-\n\ntact with others, and contact again.\n"
    assert clean_text(raw, CleanContext("P", "markdown")).text == \
        "The rules of contact with others, and contact again.\n"


def test_markdown_hard_break_and_list_lines_are_not_joined() -> None:
    raw = "A line with a hard break  \nnext line.\n\n- one\n- two\n"
    assert clean_text(raw, CleanContext("P", "markdown")).text == raw


# the plain formulation of a line break inside a block, which join_lines finds from the newline
_PLAIN_SOFT_BREAK_RE = re.compile(r"(?<=[^\s])[ \t\f\v]*\n[ \t\f\v]*(?=[^\s])")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", "Alpha", "x", ".", " ", "  ", "\t", "\f", "\n", "\n\n", "\xa0", "\r", "7"]),
                max_size=30).map("".join))
def test_every_soft_break_and_only_those_are_joined(text: str) -> None:
    # no hyphens or dashes: each break inside a block gives edits spanning exactly the break
    spans = {(e.start, e.end) for e in join_lines(text, CleanContext("W", "text"))}
    assert spans == {m.span() for m in _PLAIN_SOFT_BREAK_RE.finditer(text)}


def test_continuation_with_a_misread_digit_is_decided_on_its_letters() -> None:
    # "fu1" is "ful": a suffix, so the word goes on; the misread filter then repairs the digit
    result = clean_text("with a contented and even cheer-\nfu1 countenance he agreed\n", CleanContext("W", "text"))
    assert result.text == "with a contented and even cheerful countenance he agreed\n"
    assert any("as 'ful'" in e.evidence for e in result.emendations if e.rule == "dehyphenate")


def test_a_number_after_a_line_end_hyphen_is_no_misread_word() -> None:
    result = clean_text("see pages 12-\n15 and then the rest of it\n", CleanContext("W", "text"))
    assert result.text == "see pages 12-15 and then the rest of it\n"


def test_lost_hyphen_before_a_word_the_edition_writes_whole() -> None:
    lex = _lex("we went to England, and England was cold, and he left England\n")
    d = lost_hyphen("Eng", "land", lex)
    assert d is not None and d.join and "x2" in d.evidence  # (the line's last word is no evidence)
    # a line end that is a word of its own is never joined to a word
    assert lost_hyphen("who", "ever", _lex("a man who ever was here, whoever he was, whoever\n")) is None


def test_lost_hyphen_before_a_suffix_or_a_fragment_no_lexicon_knows() -> None:
    assert lost_hyphen("glisten", "ing", _lex()).join
    assert lost_hyphen("scrupu", "lously", _lex()).join
    # a suffix the edition writes as a word on its own is evidence against
    assert lost_hyphen("glisten", "ing", _lex("the ing of it, the ing again\n")) is None



def test_word_split_at_a_line_end_without_its_hyphen_joined_on_the_edition_s_evidence() -> None:
    raw = ("They went to England, and England was cold, and in England\nthey would visit Eng\n"
           "land again next year.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "visit England again" in result.text
    assert any(e.rule == "join-lost-hyphen" and e.status == "applied" for e in result.emendations)


def test_a_word_split_without_its_hyphen_is_found_after_a_line_of_one_word() -> None:
    # the line end's fragment is the whole line: the word before it is on the line above
    raw = ("They went to England, and England was cold; the land was green, and in England\n"
           "they would visit\nEng\nland again next year.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "visit England again" in result.text


def test_a_compound_whole_at_a_line_edge_is_evidence() -> None:
    # a hyphen between letters is printed wherever its token stands in the line
    text = "and there came one of the\nmaid-servants of the high priest\n"
    assert witness_spellings(text).compounds["maid-servants"] == 1
    # ... but not the fragments a line break cut
    cut = "brother-in-\nlaw-giver and the-\nnext-door man\n"
    assert dict(witness_spellings(cut).compounds) == {}


_SPELLING_PIECES = ["ab", "c", "-", "¬", " ", "\n", "  \n", "\n ", "x-y", "De"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPELLING_PIECES), max_size=12).map("".join))
def test_witness_compounds_are_every_token_s_but_the_cut_ones(text: str) -> None:
    # the plain formulation: the compounds of every whitespace token, but a token ending in a
    # hyphen and a token starting the line after a line that ends in one
    expected: Counter = Counter()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for j, token in enumerate(line.split()):
            cut_before = j == 0 and i > 0 and lines[i - 1].rstrip()[-1:] in ("-", "¬")
            if token[-1] not in "-¬" and not cut_before:
                expected.update(COMPOUND_RE.findall(token.lower()))
    assert Counter(witness_spellings(text).compounds) == expected


def test_another_form_of_the_compound_in_this_witness() -> None:
    lex = _lex("the maid-servants of the priest came\n")
    d = decide_hyphen("maid", "servant", lex, witness_spellings("the maid-servants of the priest came\n"))
    # against the lexicon ('maidservant' a word): the hyphen stays, its joining for review
    assert not d.join and d.confidence < 0.75 and "'maid-servants' x1" in d.evidence
    # with the lexicon: decided
    d = decide_hyphen("market", "place", _lex("in the marketplaces of the town they sat\n"))
    assert d.join and d.confidence >= 0.9


def test_a_word_whole_at_a_line_edge_joins_two_words() -> None:
    text = "and let it out to\nhusbandmen, and went abroad. He sent to the\n"
    d = decide_hyphen("husband", "men", _lex(text), witness_spellings(text))
    assert d.join and d.confidence >= 0.9 and "line edges" in d.evidence
    assert not decide_hyphen("husband", "men", _lex(text)).join  # (mid-line counts alone: two words)


def test_a_prefix_the_witness_sets_solid_and_never_hyphenates() -> None:
    solid = "we had prearranged it, predetermined it, and preconceived it, as we said\n"
    d = decide_hyphen("pre", "sentiment", _lex(solid), witness_spellings(solid))
    assert d.join and "sets 'pre' solid" in d.evidence
    hyphenating = solid + "and a pre-arranged plan\n"
    assert not decide_hyphen("pre", "sentiment", _lex(hyphenating), witness_spellings(hyphenating)).join


def test_words_that_begin_with_a_prefix_by_chance_are_no_practice_of_it() -> None:
    # 'present', 'prevent', 'presence' are no 'pre' set solid before 'sent', 'vent', 'sence'
    chance = "at present we prepared to prevent it, in the presence of the preacher\n"
    d = decide_hyphen("pre", "war", _lex(chance), witness_spellings(chance))
    assert "solid" not in d.evidence and not (d.join and d.confidence >= 0.75)


def test_compounds_set_with_unicode_hyphens_are_the_witness_s_compounds() -> None:
    text = "the sea\u2010shore, a well\u2011known rock-pigeon, and the sea\u2010\nshore again\n"
    assert witness_spellings(text).compounds == {"sea-shore": 1, "well-known": 1, "rock-pigeon": 1}


def test_a_half_misread_joins_where_the_repaired_word_is_the_witness_s() -> None:
    # 'mot-' 'ber': b read for h; kept, the misread filter would make it 'mot-her'
    text = "his mother came, and her mother said to the mother of the boy\n"
    d = decide_hyphen("mot", "ber", _lex(text), witness_spellings(text))
    assert d.join and d.confidence >= 0.75 and "'mother'" in d.evidence
    # no repair is a word: the pair is decided as it is read
    assert not decide_hyphen("slaty", "blue", _lex(text), witness_spellings(text)).join


@pytest.mark.parametrize("left, right, word", [
    ("differ", "ont", "different"),  # a bowl closed, o for e
    ("especial", "iy", "especially"),  # a faint stroke, i for l
    ("jns", "tice", "justice"),  # an arch opened, n for u
])
def test_a_half_misread_by_any_confusion_of_the_tables_joins(left: str, right: str, word: str) -> None:
    # (the weak and the faint strokes as well as the letter shapes: the misread filter repairs
    # the joined word, where a hyphen kept would leave 'differ-ont' in a plain word)
    text = "the different ways, especially now, and justice done; the different men, especially then\n"
    d = decide_hyphen(left, right, _lex(text), witness_spellings(text))
    assert d.join and f"'{word}'" in d.evidence


def test_latin_prefixes_english_sets_solid_join() -> None:
    d = decide_hyphen("trans", "figured", _lex())
    assert d.join and d.confidence >= 0.75 and "prefix English sets solid" in d.evidence
    assert not decide_hyphen("trans", "Atlantic", _lex()).join  # (before a capital: a compound)


def test_a_word_the_language_sets_solid_needs_one_formation_of_the_witness() -> None:
    text = "he took every precaution and preserved the papers\n"
    d = decide_hyphen("pre", "sentiment", _lex(text), witness_spellings(text))
    assert d.join and "'precaution'" in d.evidence and "'presentiment' a word" in d.evidence
    hyphenating = text + "and a pre-arranged plan\n"
    assert not decide_hyphen("pre", "sentiment", _lex(hyphenating), witness_spellings(hyphenating)).join


def test_here_there_where_before_a_particle_join() -> None:
    d = decide_hyphen("where", "with", _lex())
    assert d.join and d.confidence >= 0.75 and "adverb" in d.evidence
    assert decide_hyphen("there", "fore", _lex()).join
    assert "adverb" not in decide_hyphen("where", "house", _lex()).evidence


def test_a_joined_word_commoner_than_its_rarer_half_is_no_compound_of_its_element() -> None:
    # to-day, to-morrow, to-night: 'to-' begins compounds, but 'tokens' is a word
    text = "we go to-day, to-morrow, and to-night, as we said to them all\n"
    d = decide_hyphen("to", "kens", _lex(text), witness_spellings(text))
    assert d.join
    # a rare joined word still makes a compound of the element
    text = "on the sea-shore the sea-weed lay, as we said to them all\n"
    kept = decide_hyphen("sea", "fowl", _lex(text), witness_spellings(text))
    assert not kept.join and "'sea-' begins 2" in kept.evidence


def test_a_first_half_that_is_no_word_is_no_compound() -> None:
    d = decide_hyphen("sabac", "thani", _lex())
    assert d.join and d.confidence >= 0.75
    # a capitalised one may be a name in a compound (Ribston-pippin): not by this rule
    assert "is no word" not in decide_hyphen("Sabac", "thani", _lex()).evidence



def test_another_form_written_closed_outweighs_compounds_of_its_element() -> None:
    # to-day and to-night say nothing of 'toward' where the witness writes 'towards'
    text = "we go to-day and to-night, and towards the town we walked and towards the hill\n"
    d = decide_hyphen("to", "ward", _lex(text), witness_spellings(text))
    assert d.join and d.confidence >= 0.75 and "'towards' x2" in d.evidence


def _read_as_dash(text: str) -> list:
    return [e for e in join_lines(text, CleanContext("W", "text")) if e.rule == "hyphen-read-as-dash"]


def test_hyphen_read_as_dash_joined_where_a_piece_is_no_word() -> None:
    text = "the domestic breeds, and our domest—\nic animals, and domestic life\n"
    (dash,) = _read_as_dash(text)
    assert dash.applied and text[dash.start:dash.end] == "—" and "'ic' no word" in dash.evidence
    assert clean_text(text, CleanContext("W", "text")).text == \
        "the domestic breeds, and our domestic animals, and domestic life\n"


def test_hyphen_read_as_equals_or_en_dash_joined() -> None:
    (mark,) = _read_as_dash("we seek cooperation, and the co=\noperation of all\n")
    assert mark.applied and "'=' at a line end" in mark.evidence
    (mark,) = _read_as_dash("we seek cooperation, and the co–\noperation of all\n")
    assert mark.applied and "'–' at a line end" in mark.evidence


def test_hyphen_read_as_dash_between_two_words_joined_only_on_the_witness_word() -> None:
    # 'itself' written inside a line, 'self' no word of the commonest, never 'it—self' mid-line
    assert [e.applied for e in _read_as_dash("it was itself again, and it—\nself became dry\n")] == [True]
    # unknown to the witness: a suggestion, the break kept as a space beside its join
    assert [e.applied for e in _read_as_dash("it was dry, and it—\nself became dry\n")] == [False, False]


def test_author_dash_before_a_common_word_is_only_a_suggestion() -> None:
    edits = _read_as_dash("he came into the room, then in—\nto my surprise—he sat\n")
    assert edits and not any(e.applied for e in edits)


def test_author_dash_between_words_is_never_joined() -> None:
    assert _read_as_dash("he called on him—\nand then he went away\n") == []
    assert _read_as_dash("he proclaimed —\nthat all was well\n") == []  # spaced: the author's
    assert _read_as_dash("it was my—\nmy own fault\n") == []
    # a word the language knows ('lowe'), but not broken where a printer breaks it
    assert _read_as_dash("and Lo—\nwe came to the hill\n") == []


def test_compound_hyphen_read_as_dash_is_not_joined() -> None:
    assert _read_as_dash("the law-givers of old, and the law—\ngivers of Sparta\n") == []


def test_word_written_whole_at_a_line_edge_outweighs_the_witness_compounds_of_a_half() -> None:
    text = "on the wedding-night and the wedding-night after\nwe came in a fortnight.\nthen a fort-\nnight later\n"
    kept = decide_hyphen("fort", "night", _lex(text.replace("fortnight", "week")),
                         witness_spellings(text.replace("fortnight", "week")))
    assert not kept.join and "'-night' ends" in kept.evidence
    assert decide_hyphen("fort", "night", _lex(text), witness_spellings(text)).join


def test_author_dash_before_a_short_word_of_the_language_is_only_a_suggestion() -> None:
    # 'man' + 'age' make 'manage', but 'age' is a word (zipf 5.3), no fragment like 'ic':
    # the witness never writing 'manage', the author's dash stands
    edits = _read_as_dash("he was a man—\nage had not bent him—of the old kind\n")
    assert edits and not any(e.applied for e in edits)
    # a piece no word, the join stays sure: 'vill'; before the dash a prefix ('de', 'don') is
    # no word an author's dash follows
    assert [e.applied for e in _read_as_dash("the village green, and the vill—\nage pond\n")] == [True]
    assert [e.applied for e in _read_as_dash("without again de—\nvoting several months\n")] == [True]
    assert [e.applied for e in _read_as_dash("in horses and in don—\nkeys, from only a few\n")] == [True]


def _marked_witness(mark: str) -> str:
    """A witness whose OCR marks the hyphens it found in dictionary words (ABBYY's ¬, or a
    soft hyphen) and leaves a plain hyphen where the hyphen is the word's own."""
    soft = ["remem", "bered", "conver", "sation", "beau", "tiful", "possi", "bility", "won", "derful"]
    lines = []
    for k in range(6):
        for i in range(0, len(soft), 2):
            lines += [f"and so it was {soft[i]}{mark}", f"{soft[i + 1]} by all of them in turn"]
    lines += ["we rose before the golden sun-", "rise and left the house; to-",
              "day we are far from the town, and so the birds could lodge un" + mark, "",
              "der its shade at all times."]
    return "\n".join(lines) + "\n"


def test_a_plain_hyphen_where_the_witness_marks_its_soft_breaks_is_the_word_s_own() -> None:
    for mark in ("¬", "\u00ad"):
        result = clean_text(_marked_witness(mark), CleanContext("W", "text"))
        assert "golden sun-rise and" in result.text and "house; to-day we" in result.text
        assert "remembered by" in result.text and "¬" not in result.text and "\u00ad" not in result.text
        # the soft hyphen at a page's end, shown as a plain one for the line joiner, is no word's own
        assert "lodge under its shade" in result.text
    # a witness that marks no soft break: the lexicon decides as before
    result = clean_text(_marked_witness("-"), CleanContext("W", "text"))
    assert "golden sunrise and" in result.text and "house; today we" in result.text


def test_a_plain_hyphen_where_the_witness_marks_its_soft_breaks_joins_a_word_it_writes_whole() -> None:
    # the OCR marked this soft break plainly (its ¬ is no rule without exception): the witness
    # writes 'persons' whole inside its lines and never 'per-sons', so the pieces being words
    # by chance ('per', 'sons') make no compound
    raw = _marked_witness("¬") + ("\nhe laid his hands on a few sick per-\nsons, and cured them, and the persons "
                                   "went\nhome.\n")
    result = clean_text(raw, CleanContext("W", "text"))
    assert "a few sick persons, and" in result.text
    assert "golden sun-rise and" in result.text and "house; to-day we" in result.text


def test_abbyys_optional_hyphen_at_a_line_end_joins_a_word_the_lexicon_does_not_know() -> None:
    # ABBYY writes ¬ for a hyphen in a word its dictionary knows whole: 'turnspit', rare to the
    # lexicon, pieces that are words, is joined all the same
    raw = _marked_witness("¬") + "\nit has been so with the turn¬\nspit dog, and with the rock¬\npigeon.\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert "the turnspit dog" in result.text
    # unless the witness hyphenates the compound inside its lines: the ¬ is its own hyphen's
    raw += "\nthe rock-pigeon is wild.\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert "the rock-pigeon.\n" in result.text
    # a plain hyphen is no such mark: the lexicon decides
    result = clean_text(raw.replace("turn¬", "turn-"), CleanContext("W", "text"))
    assert "the turn-spit dog" in result.text


def test_a_prefixed_word_cut_past_its_prefix_into_two_words_joins() -> None:
    # 're|appears' cut as 'reap|pears', 'dis|cover' as 'disc|over': the pieces are words by chance
    for left, right in (("reap", "pears"), ("mist", "rust")):
        d = decide_hyphen(left, right, _lex())
        assert d.join and d.confidence >= 0.8, d
    # cut at the prefix itself or no prefix at all: as before
    assert not decide_hyphen("stage", "coach", _lex()).join


def test_the_negative_in_before_a_long_rare_word_joins() -> None:
    for right in ("appreciable", "clemency"):
        d = decide_hyphen("in", right, _lex())
        assert d.join and d.confidence >= 0.8, d
    # 'in' before a common word, a short one, or a b/m/p/l/r (the prefix is im-, il-, ir- there)
    for right in ("house", "vitro", "laws"):
        assert not decide_hyphen("in", right, _lex()).join, right


def _cleaned(raw: str) -> str:
    return clean_text(raw, CleanContext("S", "text")).text.strip()


def test_a_line_end_double_hyphen_joins_close_where_the_witness_closes_its_dashes() -> None:
    assert _cleaned("She said--here--that it was late--and then--\nshe left.\n") == \
        "She said—here—that it was late—and then—she left."


def test_a_line_end_double_hyphen_keeps_the_space_where_the_witness_spaces_its_dashes() -> None:
    assert _cleaned("She said-- here-- that it was late-- and then--\nshe left.\n") == \
        "She said— here— that it was late— and then— she left."


def test_a_line_end_dash_joins_close_where_the_witness_shows_no_other_dash() -> None:
    assert _cleaned("She stood at the door and paused—\nand then she went in.\n") == \
        "She stood at the door and paused—and then she went in."
    assert _cleaned("She stood at the door and paused--\nand then she went in.\n") == \
        "She stood at the door and paused--and then she went in."


def test_an_elision_s_two_hyphens_at_a_line_end_keep_the_space() -> None:
    assert _cleaned("He was told that Mr. B--\nwould come in the morning.\n") == \
        "He was told that Mr. B-- would come in the morning."


def test_a_witness_that_hyphenates_no_compound_joins_two_words_the_lexicon_does_not_know_whole() -> None:
    plain = "the man went out and the boat came in to the shore at night\n" * 500
    d = decide_hyphen("boot", "tome", _lex(plain), witness_spellings(plain))
    assert d.join and d.confidence >= 0.75 and "no hyphenated compound" in d.evidence
    compounding = plain + "and a sea-wall stood by the shore\n"
    assert not decide_hyphen("boot", "tome", _lex(compounding), witness_spellings(compounding)).join
    short = "the man went out and the boat came in to the shore at night\n" * 20
    assert not decide_hyphen("boot", "tome", _lex(short), witness_spellings(short)).join


def test_a_direction_suffix_joins_its_stem_though_the_witness_hyphenates_compounds_of_the_stem() -> None:
    text = "to the north-east and the north-west of the hill\n"
    d = decide_hyphen("north", "ward", _lex(text), witness_spellings(text))
    assert d.join and d.confidence >= 0.75 and "suffix" in d.evidence
    assert not decide_hyphen("north", "ward", _lex("the north-ward road\n"), witness_spellings("the north-ward road\n")).join
    assert "suffix" not in decide_hyphen("zzq", "ward", _lex(text), witness_spellings(text)).evidence  # (no word)


def test_two_words_whose_whole_the_language_barely_knows_are_joined_only_as_a_suggestion() -> None:
    d = decide_hyphen("law", "givers", _lex())
    assert d.join and d.confidence < 0.75 and "rare word" in d.evidence
    assert decide_hyphen("law", "givers", _lex("our lawgivers and their lawgivers\n")).confidence >= 0.75


def test_a_date_left_open_at_a_line_end_keeps_the_space_its_join_only_offered() -> None:
    raw = "The year 18--\nwas a hard one for us all.\n"
    assert _cleaned(raw) == "The year 18-- was a hard one for us all."
    result = clean_text(raw, CleanContext(siglum="S", fmt="text"))
    assert [e.status for e in result.emendations if e.rule == "dash-closed"] == ["suggested"]
    # a dash after a word, and a range broken at its dash, still join close
    assert _cleaned("It was 1914--\n18, and paused--\nand then.\n") == "It was 1914--18, and paused--and then."


def _markdown(raw: str) -> str:
    return clean_text(raw, CleanContext("S", "text")).text


def test_lines_opening_with_items_numbered_in_turn_keep_their_breaks() -> None:
    # verses, a list's steps, a clause's items: each item its line, a wrapped one joined
    verses = ("1 In the beginning God created the heaven and the earth.\n"
              "2 And the earth was without form, and void; and darkness was upon\n"
              "the face of the deep.\n"
              "3 And God said, Let there be light: and there was light.\n")
    assert "the earth.  \n2 And the earth was without form, and void; and darkness was upon the face " \
           "of the deep.  \n3 And God" in _markdown(verses)
    steps = "Then:\n1. Clone the repository.\n2. Run the tests.\n3. Edit the settings.\n"
    assert "Then:  \n1\\. Clone the repository.  \n2\\. Run the tests.  \n3\\. Edit" in _markdown(steps)
    clauses = ("in the following cases:\n(a) the lawful detention of a person after conviction;\n"
               "(b) the lawful arrest of a person for\nnon-compliance with an order;\n(c) the arrest of a minor.\n")
    assert "cases:  \n\\(a) the lawful detention of a person after conviction;  \n\\(b) the lawful arrest of a " \
           "person for non-compliance with an order;  \n\\(c) the arrest" in _markdown(clauses)


def test_lines_opening_with_numbers_not_in_turn_are_prose() -> None:
    # two in turn are as likely a sentence's numbers at line starts by chance
    raw = ("It was in the spring of the year\n1848 that he came, and in the year\n1849 that he went, and\n"
           "2 or 3 of his friends with him.\n")
    assert "year 1848 that he came, and in the year 1849 that he went, and 2 or 3" in _markdown(raw)
    raw = "He had seen\n1 ship and then\n2 boats go by.\n"
    assert "seen 1 ship and then 2 boats" in _markdown(raw)


def test_lines_with_dot_leaders_are_a_table_s_rows_each_its_line() -> None:
    # a price list, a timetable, a scorecard: each row leads by dots to its figures
    prices = ("Vegetable Seeds.\nBeet, Dell's Crimson ........ 3d.   9d.\n"
              "Cabbage, Enfield Market ..... 3d.   8d.\nParsnip, Hollow Crown ....... 2d.   4d.\n")
    out = _markdown(prices)
    assert "Crimson ........ 3d. 9d.  \nCabbage, Enfield Market ..... 3d. 8d.  \nParsnip" in out, out
    times = ("Paddington ......... dep. 5 30   9 10\nEaling Broadway .........  5 42   ...\n"
             "Birmingham (Snow Hill) .. 9 50  12 20\n")
    out = _markdown(times)
    assert "9 10  \nEaling Broadway ......... 5 42 ...  \nBirmingham (Snow Hill) .. 9 50" in out, out


def test_an_ellipsis_is_no_leader() -> None:
    raw = ("He paused.... and then he went on to the end of the road,\n"
           "where she waited.... and they walked home together in the dark\nof the evening.\n")
    assert "the road, where she waited.... and they walked home together in the dark of the" in _markdown(raw)


def test_abbyys_optional_hyphen_before_a_name_s_piece_joins_it_leaving_no_mark() -> None:
    # 'Syrophoenician', a name the lexicon does not know: the join, uncertain on the
    # lexicon's evidence, is sure on the OCR's mark, and no '¬' is left inside the word
    raw = _marked_witness("¬") + "\nthe woman was a Greek, a Syro¬\nphoenician by nation.\n"
    result = clean_text(raw, CleanContext("W", "text"))
    assert "a Syrophoenician by nation" in result.text


@pytest.mark.parametrize("mark", ["-", "¬"])
def test_a_line_end_hyphen_before_an_opening_quote_keeps_the_words_apart(mark: str) -> None:
    # no word continues it: a dash before a quotation; the line break a space, never glued
    # ('man-“quoted”'), and ABBYY's '¬' written as the hyphen it is ('café¬“' is read as
    # mojibake by a second cleaning)
    for raw in (f"the man{mark}\n“quoted” words", f"café{mark}\n“quoted” "):
        once = clean_text(raw, CleanContext("W", "text")).text
        assert "-“quoted”" not in once and "¬" not in once, once
        assert " “quoted”" in once, once
        assert clean_text(once, CleanContext("W", "markdown")).text == once
