"""The misreading filter leaves code, file names and identifiers alone (misread/code.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from variorum.clean.base import CleanContext
from variorum.clean.misread import repair_misreadings
from variorum.clean.misread.code import CodeGuard

FILE_LIST = (
    "Files: libs/math/test/nct.ipp libs/math/test/nct_asym.ipp libs/array/test/array5.cpp\n"
    " libs/multiprecision/performance/sf_performance_nct_01.cpp libs/icl/detail/notate.hpp\n"
    " libs/xpressive/test/test5.cpp boost/mpl/aux_/nttp_decl.hpp misc/chattr.c src/funcs.c\n"
    " libs/math/doc/sf/latin1_symbols.qbk libs/geometry/projections/proj/latlong.hpp\n"
    "Copyright: 2006 John Maddock\n"
    "License: BSL-1.0\n"
)
PROSE = ("The man said that he would go wi1h them to the river, and the boat was ready. They went down "
         "to tbe water in the morning, and the man was glad of it.\n")


def _applied(text: str) -> dict[str, str]:
    return {text[e.start:e.end]: e.replacement for e in repair_misreadings(text, CleanContext("W", "text"))
            if e.applied}


def _at(guard: CodeGuard, text: str, word: str) -> bool:
    i = text.index(word)
    return guard(i, i + len(word))


@pytest.mark.parametrize("line, word", [
    ("See libs/math/test/nct.ipp for the tables.", "nct"),
    ("The sources are sf_performance_nct_01.cpp and others.", "nct"),
    ("Copyright 2010, JANET(UK) and its members.", "UK"),
    ("Calls range(stop) with one argument.", "stop"),
    ("Use std::seg for that.", "seg"),
    ("Write to <nobody@example.org> first.", "nobody"),
    ("Set nosigint=True in the call.", "nosigint"),
    ("Write to <James.Bottomley at example.com> first.", "Bottomley"),
    ("SUCH DAMAGE. [1f] Copyright (c) 1999", "1f"),
    ("the BEOPEN.COM LICENSE AGREEMENT", "COM"),
    ("see the file COPYING.LIB for details", "LIB"),
    ("registered as org.a11y.atspi.Registry here", "a11y"),
])
def test_a_place_in_a_token_of_code_is_code(line, word) -> None:
    assert _at(CodeGuard(line), line, word)


@pytest.mark.parametrize("line, word", [
    ("He came to the end.The next day he left.", "The"),
    ("aloud to the others.The first; aloud to the others.The second; to the others.The third", "The"),
    ("and tbe man went wi1h them, (tbe boat) too.", "tbe"),
    ("and tbe man went wi1h them.", "wi1h"),
    ("She took an.d left the house.", "an"),
    ("the _italic_ word and tbe other", "tbe"),
    ("a word(s) of prose and While(tbe rest", "tbe"),
])
def test_prose_and_its_misreadings_are_no_code(line, word) -> None:
    assert not _at(CodeGuard(line), line, word)


def test_a_file_extension_the_witness_writes_often_makes_a_dotted_name_code() -> None:
    text = "Files: funcs.c magic.c apprentice.c\nLicense: see funcs.c\n"
    assert _at(CodeGuard(text), text, "funcs")
    once = "He said funcs.c once."
    assert not _at(CodeGuard(once), once, "funcs")


def test_a_dotted_name_the_witness_writes_often_is_its_own() -> None:
    text = "2007, Xiph.Org Foundation\n2009, Xiph.Org Foundation\n2011, the Xiph.Org Foundation\n"
    assert _at(CodeGuard(text), text, "Org")


def test_a_numbered_token_of_a_series_is_an_identifier() -> None:
    text = "mem0.c and mem1 and mem5 are the allocators; tbe test5 is one"
    guard = CodeGuard(text, Counter(["mem0", "mem1", "mem5", "test5"]))
    assert _at(guard, text, "mem1")
    assert not _at(guard, text, "test5")  # (no other test written with a number)


@pytest.mark.parametrize("line, word", [("Debian French l10n Team", "l10n"), ("2002 Sun G11n <gnome>", "G11n")])
def test_a_numeronym_is_an_identifier(line, word) -> None:
    assert _at(CodeGuard(line), line, word)


def test_a_file_list_keeps_its_names_and_prose_beside_it_is_repaired() -> None:
    applied = _applied(FILE_LIST + PROSE)
    assert applied.keys() <= {"tbe", "wi1h"}
    assert applied.get("tbe") == "the" and applied.get("wi1h") == "with"


COPYRIGHT = ("Files: gio/gdbus.c\nCopyright: 2014-2015 Philip Withnall\n 2012 Carsten Haitzler <raster@example.org>\n"
             "License: LGPL-2.1+\nThe library is free software; you can redistribute it and modify it under the "
             "terms of the licence.\n")


def test_a_name_written_in_full_is_no_misread_rare_name() -> None:
    edits = {COPYRIGHT[e.start:e.end]: e for e in repair_misreadings(COPYRIGHT, CleanContext("W", "text"))}
    for name, repair in (("Withnall", "Withnail"), ("Haitzler", "Hartzler")):
        assert edits[name].replacement == repair and not edits[name].applied
        assert "a name written in full" in edits[name].evidence


@pytest.mark.parametrize("text, name", [
    ("In the days of Abiatliar the high priest, he went into the house and ate the bread.\n", "Abiathar"),
    ("And Jesus went out into the villages of Caesarea Pbilippi, and on the way he asked them.\n", "Philippi"),
])
def test_a_misread_name_alone_or_unspeakable_is_still_repaired(text, name) -> None:
    applied = [e.replacement for e in repair_misreadings(text, CleanContext("W", "text")) if e.applied]
    assert applied == [name]
