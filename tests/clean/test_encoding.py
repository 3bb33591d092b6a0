"""Filter 1: decoding, mojibake, NFC, ligatures and invisible characters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from variorum.clean.base import CleanContext, Edit
from variorum.clean.encoding import decode, repair_unicode
from variorum.errors import InputError

CTX = CleanContext(siglum="W", fmt="text")


def apply(text: str, edits: list[Edit]) -> str:
    """The text with the applied edits made (edits are in text order and never overlap)."""
    out, pos = [], 0
    for e in edits:
        assert e.start >= pos, f"overlapping or unordered edits at {e.start}"
        out.append(text[pos:e.start])
        out.append(e.replacement if e.applied else text[e.start:e.end])
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def clean(text: str) -> str:
    return apply(text, repair_unicode(text, CTX))


# --------------------------------------------------------------------------- decode

def test_invalid_utf8_names_file_line_and_byte_offset(data_dir):
    path = data_dir / "clean" / "encoding_invalid_utf8_byte_on_line_3.txt"
    with pytest.raises(InputError) as err:
        decode(path.read_bytes(), str(path))
    message = str(err.value)
    assert str(path) in message
    assert err.value.line == 3 and err.value.column == 7
    assert "byte offset 31" in message and "0xff" in message
    assert "encoding: cp1252" in message  # says how to opt in to the fallback


def test_cp1252_fallback_is_opt_in_and_warns(data_dir):
    path = data_dir / "clean" / "encoding_cp1252_curly_quotes_and_euro.txt"
    with pytest.raises(InputError):
        decode(path.read_bytes(), str(path))
    text, warnings = decode(path.read_bytes(), str(path), "cp1252")
    assert text == "He said \u201chello\u201d \u2014 it cost 5\u20ac, caf\u00e9.\n"
    assert len(warnings) == 1 and "cp1252" in warnings[0] and str(path) in warnings[0]


def test_latin1_fallback_reads_every_byte():
    text, warnings = decode(b"caf\xe9 \x80", "w.txt", "latin-1")
    assert text == "caf\u00e9 \x80" and warnings


def test_fallback_keeps_valid_utf8_and_does_not_warn():
    text, warnings = decode("caf\u00e9".encode(), "w.txt", "cp1252")
    assert text == "caf\u00e9" and warnings == ()


def test_cp1252_undefined_bytes_decode_as_c1_controls():
    text, _ = decode(b"a\x81b\xff", "w.txt", "cp1252")
    assert text == "a\x81b\u00ff"


def test_line_ends_become_newlines_and_bom_is_kept_for_the_filter():
    text, _ = decode(b"\xef\xbb\xbfone\r\ntwo\rthree\n", "w.txt")
    assert text == "\ufeffone\ntwo\nthree\n"


def test_unknown_encoding_is_an_input_error():
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", "w.txt", "utf-16")


# --------------------------------------------------------------------------- the filter

def test_fixture_is_repaired_rule_by_rule(data_dir):
    raw = (data_dir / "clean" / "unicode_mojibake_ligatures_invisibles.txt").read_text(encoding="utf-8")
    edits = repair_unicode(raw, CTX)
    out = apply(raw, edits)
    assert out.splitlines() == [
        "The caf\u00e9 was \u201copen\u201d \u2014 said the officer.",
        "A deflected ray, a cooperative \u00e9lan, 10 km away.",
        "Control bell and \u201ccp1252 quotes\u201d read as Latin-1.",
        "Legitimate: na\u00efve, S\u00e3o Paulo, \u00b9 note, \u201cquotes\u201d \u2014 dashes, "
        "\u00c5ngstr\u00f6m, \u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439.",
        "A word split by a soft hyphen at the line end.",
    ]
    rules = sorted({e.rule for e in edits})
    assert rules == ["bom", "c1-control", "control", "ligature", "mojibake", "nbsp", "nfc",
                     "soft-hyphen", "zero-width"]
    assert all(e.evidence for e in edits)
    mojibake = [e for e in edits if e.rule == "mojibake"]
    # one record per damaged stretch, not one for the whole line
    assert [raw[e.start:e.end] for e in mojibake] == [
        "\u00c3\u00a9", "\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d", "\u00e2\u20ac\u201d"]
    assert all("ftfy" in e.evidence for e in mojibake)


@pytest.mark.parametrize("legit", [
    "na\u00efve caf\u00e9 \u2014 \u201cquoted\u201d \u2018single\u2019 \u00b9\u00b2 \u2013 \u2026",
    "S\u00e3o Paulo, \u00c5ngstr\u00f6m, Stra\u00dfe, \u0153uvre, \u00c6sop",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0641\u0627\u0631\u0633\u06cc\u200c\u0647\u0627",
    "tab\tand form feed\f stay",
    "\u0915\u094d\u200d\u0937 \U0001f468\u200d\U0001f469\u200d\U0001f467 x\u200c1 a\u200c \u200cb Auf\u200claufen",
    "\u00c2ge, \u00e2me, M\u00e2con, \u00c3O PAULO, p\u00e2t\u00e9, \u00f4te-toi",
])
def test_legitimate_non_ascii_is_never_touched(legit):
    assert repair_unicode(legit, CTX) == []


def test_a_joiner_inside_a_latin_word_is_removed():
    # debris of a text layer (it splits the word for every search); beside another script,
    # in an emoji sequence or next to a digit or a space, see the legitimate cases above
    assert clean("he s\u200cupplied the\u200d\u200dwant of ca\u200cf\u00e9") == "he supplied thewant of caf\u00e9"
    # revealed by another repair, it goes in the same pass
    assert clean("s\u200c\u00adupplied and s\u00ad\u200cupplied") == "supplied and supplied"


def test_soft_hyphen_before_a_blank_line_becomes_a_line_end_hyphen():
    assert clean("word\u00ad\n\nsplit") == "word-\n\nsplit"
    assert clean("end\u00ad") == "end"


def test_a_soft_hyphen_before_a_captions_line_keeps_the_break():
    # a table's caption the layout dropped into the word: joining would glue it to the word
    # ("unproTABLE I."); the break stays for the floats filter, the hyphen shown
    assert clean("and unpro\u00ad\nTABLE I. Sizes of the breeds.\ntected from") == \
        "and unpro-\nTABLE I. Sizes of the breeds.\ntected from"
    assert clean("and unpro\u00ad\ntected from") == "and unprotected from"


def test_a_carriage_return_in_the_text_ends_a_line_and_glues_no_words():
    # decode() turns a file's CR and CRLF line ends into newlines; text handed to the chain
    # directly may still hold them (old Mac files)
    text = "over the\rlazy dog,\r\nand the\r\n"
    edits = repair_unicode(text, CleanContext("W", "text"))
    out = text
    for e in sorted(edits, key=lambda e: -e.start):
        out = out[:e.start] + e.replacement + out[e.end:]
    assert out == "over the\nlazy dog,\nand the\n"
    assert {e.rule for e in edits} == {"control"}


def test_nfc_composes_only_what_is_decomposed():
    text = "e\u0301 and \u212b and q\u0307"  # q + dot above has no composed form
    out = clean(text)
    assert out == unicodedata.normalize("NFC", text)
    assert "q\u0307" in out


def test_mojibake_repair_is_itself_clean():
    # ftfy restores U+00A0 and ligatures the mojibake hid; the record's "after" is final
    edits = repair_unicode("\u00ef\u00ac\u0081ne", CTX)
    assert [e.replacement for e in edits] == ["fi"]


_alphabet = st.sampled_from(
    list("abcé eÉ\n\t-.") + ["\u0301", "\u00ad", "\u00a0", "\ufb01", "\u200b", "\x00", "\x93",
                              "\u00c3\u00a9", "\u00e2\u20ac\u2122", "\u201c", "\u2014", "\ufeff",
                              "\u00c3", "\u00e2", "\f", "\u00b9"])


@given(st.lists(_alphabet, max_size=60).map("".join))
def test_filter_is_idempotent(text):
    once = clean(text)
    assert repair_unicode(once, CTX) == []


@given(st.lists(_alphabet, max_size=60).map("".join))
def test_edits_are_ordered_disjoint_and_explained(text):
    edits = repair_unicode(text, CTX)
    for a, b in zip(edits, edits[1:]):
        assert a.end <= b.start
    assert all(e.rule and e.evidence and 0 < e.confidence <= 1 for e in edits)
    assert all(text[e.start:e.end] != e.replacement for e in edits)


@example("\u0136\u00ac")
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Zs", "Mn", "Co", "Cn")),
               max_size=40))
def test_plain_printable_nfc_text_without_mojibake_is_unchanged(text):
    text = unicodedata.normalize("NFC", text).translate({c: None for c in range(0xFB00, 0xFB07)})
    # (the readings of UTF-8 lead bytes send a line to ftfy, which may then see mojibake in it)
    text = "".join(c for c in text if not "\u00c2" <= c <= "\u00f4" and c not in encoding_mod._MAC_ROMAN_LEAD_HINTS)
    assert repair_unicode(text, CTX) == []


def test_decoded_sample_witnesses_need_no_unicode_repair(sample_edition):
    for name in ("000_714c96011090df87.txt", "001_e27dd6619083691f.txt"):
        path = sample_edition.parent / name
        text, warnings = decode(path.read_bytes(), str(path))
        assert warnings == ()
        assert repair_unicode(text, CTX) == []


# --------------------------------------------------------------------------- fast paths

from variorum.clean import encoding as encoding_mod  # noqa: E402


@given(st.lists(st.sampled_from(["a", "Ã©", "Â", "ô", "\n", "\n\n", " ", "\u00a0", "x"]), max_size=25))
def test_lines_with_a_hint_are_those_a_search_per_line_finds(pieces):
    text = "".join(pieces)
    per_line, pos = [], 0
    for line in text.split("\n"):
        if encoding_mod._MOJIBAKE_HINT_RE.search(line):
            per_line.append((pos, line))
        pos += len(line) + 1
    assert list(encoding_mod._lines_at(text, encoding_mod._scan(text)[0])) == per_line


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=8), st.integers(-2, 40))
def test_covered_spans_answer_as_a_scan_of_every_span(spans, pos):
    spans = [(s, s + n) for s, n in spans]
    assert encoding_mod._Spans(spans).hit(pos) == any(s <= pos < e for s, e in spans)


# the pattern as first written: an alternation, tried at every position of the text
_SIMPLE_AS_WRITTEN = encoding_mod.re.compile(
    "[" + encoding_mod.re.escape("".join(encoding_mod._LIGATURES) + encoding_mod._NBSP + encoding_mod._ZERO_WIDTH
                                 + encoding_mod._CONTROL + encoding_mod._C1) + "]"
    + "|\u00ad(?:[ \\t]*\\n[ \\t]*(?=\\S)|[ \\t]*(?=\\n|$))?"
)


@given(st.lists(st.sampled_from(["a", " ", "\t", "\n", "\u00ad", "\u00a0", "\ufb01", "\x00", "\x93", "\u200b",
                                 "\r", "\f", "\u00e9"]), max_size=30).map("".join))
def test_simple_pattern_finds_what_the_alternation_found(text):
    assert [m.span() for m in encoding_mod._SIMPLE_RE.finditer(text)] == \
        [m.span() for m in _SIMPLE_AS_WRITTEN.finditer(text)]


def test_a_printable_line_holds_nothing_the_mojibake_repair_sets_aside():
    # the fast path of _mojibake_edits: a printable line is seen by ftfy as it is
    assert not any(c.isprintable() for c in encoding_mod._INVISIBLE | frozenset(encoding_mod._NBSP))


_spans_by_sequence_matcher = encoding_mod._spans_by_sequence_matcher


_few = st.text(alphabet="abc ", max_size=8)


@given(_few, st.text(alphabet="abxyé", max_size=4), st.text(alphabet="abxy“", max_size=4), _few)
def test_one_changed_stretch_is_what_the_sequence_matcher_finds(start, middle, repair, end):
    # the shared start and end repeat each other's letters, the middles may share some
    a, b = start + middle + end, start + repair + end
    assert encoding_mod._diff_spans(a, b) == _spans_by_sequence_matcher(a, b)


@given(st.text(alphabet="abcâ€œ“ ", max_size=12), st.text(alphabet="abcâ€œ“ ", max_size=12))
def test_changed_spans_of_any_two_lines_are_the_sequence_matcher_s(a, b):
    assert encoding_mod._diff_spans(a, b) == _spans_by_sequence_matcher(a, b)


@given(st.lists(st.sampled_from(["a", " ", "\t", "\n", "\u00ad", "\u00a0", "\ufb01", "\x00", "\x93", "\u200b", "\u00c3",
                                 "\u00e9", "\u00f4", "\u00c1", "\u00f5", "\u00c2\u00ad", "\ufeff"]), max_size=30).map("".join))
def test_one_scan_finds_the_hints_and_the_simple_repairs(text):
    hints, simple = encoding_mod._scan(text)
    assert hints == [m.start() for m in encoding_mod._MOJIBAKE_HINT_RE.finditer(text)]
    assert [m.span() for m in simple] == [m.span() for m in encoding_mod._SIMPLE_RE.finditer(text)]


def _repair_reference(text: str) -> list:
    """repair_unicode with its second pass always run over the whole text (the tests compare)."""
    edits = encoding_mod._one_pass(text)
    if not edits:
        return edits
    for _ in range(3):
        more = encoding_mod._one_pass(encoding_mod._apply(text, edits))
        if not more:
            break
        edits = encoding_mod._fold(text, edits, more)
    return edits


_REVEALING = ["a", "e", " ", "\n", "\n", "\u0301", "\u0308", "Ã©", "Ã", "©", "â€™", "â€", "\u00ad", "\u00ad\n", " \n",
              "\ufeff", "ï»¿", "\ufb01", "\xa0", "\x85", "\x81", "\r", "\x00", "\u1100", "\u1161", "\u200b", "\t", "Â"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_REVEALING), max_size=24).map("".join))
def test_a_second_pass_asked_only_of_the_touched_lines_finds_what_it_found(text: str) -> None:
    assert encoding_mod.repair_unicode(text, None) == _repair_reference(text)


def test_a_soft_hyphen_read_inside_mojibake_is_repaired_with_it():
    # U+00AD in UTF-8 (C2 AD) read as cp1252 is "Â" and U+00AD: ftfy must see both bytes
    text = "thou\u00c2\u00adsand and surrou\u00c2\u00adnding, caf\u00c3\u00a9"
    assert clean(text) == "thousand and surrounding, café"
    assert repair_unicode(clean(text), CTX) == []


def test_a_soft_hyphen_after_a_real_accent_is_only_removed():
    assert clean("the \u00e9\u00adtude, caf\u00c3\u00a9") == "the étude, café"


def test_mac_roman_sequences_ftfy_leaves_are_undone_where_the_witness_shows_mac_roman():
    text = "it‚Äôs the d√¶mon\nof the Columbid√¶,\n"
    assert clean(text) == "it’s the dæmon\nof the Columbidæ,\n"


def test_a_lone_mac_roman_looking_sequence_is_kept_without_the_witness_showing_mac_roman():
    assert clean("the d√¶mon\n") == "the d√¶mon\n"


def test_a_lone_mac_roman_pair_apart_from_any_word_is_only_suggested():
    # ftfy reads a lone "√©" as Mac Roman mojibake; in a witness showing Mac Roman nowhere
    # else it may be mathematics (a root sign): the repair is a suggestion, the text kept
    text = "Let x = √© be the root, and √π the other.\n"
    edits = repair_unicode(text, CTX)
    assert clean(text) == text
    assert [(text[e.start:e.end], e.replacement, e.applied) for e in edits] == [("√©", "é", False),
                                                                             ("√π", "ù", False)]


def test_a_lone_mac_roman_pair_is_repaired_where_the_witness_shows_mac_roman_in_a_word():
    assert clean("the caf√© was shut\nhe said ¬´ oui ¬ª\n") == "the café was shut\nhe said « oui »\n"


def test_a_lone_mac_roman_pair_is_repaired_where_the_witness_writes_its_reading_as_a_word():
    assert clean("a mile à la ronde\nand √† la mode\n") == "a mile à la ronde\nand à la mode\n"


def test_a_mac_roman_pair_beside_letters_is_repaired_on_its_line_alone():
    assert clean("the caf√© was shut\n") == "the café was shut\n"
