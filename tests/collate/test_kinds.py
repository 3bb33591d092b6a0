"""Classification of single, known differences between two witnesses."""

from __future__ import annotations

import pytest

from variorum.collate import collate
from variorum.collate.settings import CollateSettings
from variorum.model import WitnessInfo

BASE = ("# The Argument\n\nThe quick brown fox jumps over the lazy dog near the river bank. "
        "Governments have made considerable efforts to develop strategies for security.\n\n"
        "A second paragraph follows here, and it ends with a full stop.")


def _variants(a: str, b: str, settings: CollateSettings | None = None):
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A", settings or CollateSettings())
    assert v.text_of("A") == a and v.text_of("B") == b
    return [(u.kind, u.readings["A"], u.readings["B"]) for u in v.units if u.is_variant]


@pytest.mark.parametrize("old, new, kind", [
    ("brown ", "red ", "substantive"),
    ("lazy ", "", "omission"),
    ("river bank", "river muddy bank", "addition"),
    ("dog near", "dog, near", "punctuation"),
    ("The quick", "the quick", "orthographic"),
    ("strategies for security", "strategies for cyber-security", "substantive"),
    ("made considerable", "made very considerable", "addition"),
    ("Governments", "Governmants", "orthographic"),
    ("considerable", "considerible", "orthographic"),
    ("considerable", "considerrable", "orthographic"),
    ("river", "rivers", "substantive"),
    ("# The Argument", "## The Argument", "structure"),
    ("# The Argument", "The Argument", "structure"),
])
def test_one_edit_gives_one_unit_of_its_kind(old, new, kind):
    assert old in BASE
    variants = _variants(BASE, BASE.replace(old, new, 1))
    assert len(variants) == 1, variants
    assert variants[0][0] == kind


def test_spacing_and_hyphenation_variants_are_orthographic():
    a = "We study cybersecurity and cyber-security and colour today."
    b = "We study cyber security and cybersecurity and color today."
    kinds = [k for k, _, _ in _variants(a, b)]
    assert kinds == ["orthographic", "orthographic", "orthographic"]


def test_spelling_equivalences_from_settings_match():
    a = "And he did shew them the way home."
    b = "And he did show them the way home."
    assert _variants(a, b)[0][0] == "substantive"
    s = CollateSettings(equivalences=[["shew", "show"]])
    assert [k for k, _, _ in _variants(a, b, s)] == ["orthographic"]


def test_a_paragraph_split_in_one_witness_is_structure():
    a = "One two three four five six. Seven eight nine ten eleven twelve."
    b = "One two three four five six.\n\nSeven eight nine ten eleven twelve."
    assert _variants(a, b) == [("structure", " ", "\n\n")]


def test_a_paragraph_only_one_witness_has_is_one_omission():
    extra = "An entire paragraph of fresh words nobody else wrote.\n\nAnd another one too.\n\n"
    a = BASE.replace("A second", extra + "A second")
    variants = _variants(a, BASE)
    assert variants == [("omission", extra, "")]


def test_two_neighbouring_sentences_swapped_are_one_linked_transposition():
    s1 = "The first sentence talks about apples and pears. "
    s2 = "The second sentence is about walnuts and hazelnuts. "
    s3 = "A third one closes the paragraph."
    a, b = s1 + s2 + s3, s2 + s1 + s3
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A")
    moved = [u for u in v.units if u.kind == "transposition"]
    assert len(moved) == 2
    assert moved[0].link == moved[1].id and moved[1].link == moved[0].id
    assert [u for u in v.units if u.is_variant] == moved


def test_a_moved_sentence_cut_by_other_witnesses_variants_is_linked_in_every_piece():
    s1 = "Long ago the river ran through the old town near the hills. "
    s2 = "So it is in India today, they say. "
    s3 = "The people there remember the flood and the fire well."
    o = s1 + s2 + s3
    texts = {"O": o, "A": s2 + s1 + s3, "B": o.replace("India", "Burma"),
             "C": o.replace("it is", "it was")}
    v = collate([(WitnessInfo(s), t) for s, t in texts.items()], "O")
    assert all(v.text_of(s) == t for s, t in texts.items())
    moved = [u for u in v.units if u.kinds.get("A", u.kind) == "transposition"]
    there = [u for u in moved if u.readings["A"]]
    here = [u for u in moved if u.readings["O"]]
    # A's end is one unit; O's end is cut by B's and C's variants, every piece linked
    assert [u.readings["A"] for u in there] == [s2]
    assert "".join(u.readings["O"] for u in here) == s2
    assert all(u.link == there[0].id for u in here)
    assert there[0].link == here[0].id
    # inside the moved passage the other witnesses' word-level differences are units
    subst = {(u.readings["O"], u.readings[s]) for u in here for s in "BC"
             if u.kinds.get(s) == "substantive"}
    assert subst == {("India ", "Burma "), ("is ", "was ")}


def test_a_reworded_passage_is_one_rewrite():
    a = ("In the last two decades, governments have made significant efforts to develop "
         "strategies on cyber security and to build capabilities in this regard. The end.")
    b = ("Governments have spent the past twenty years working hard on plans for the "
         "security of networks, building up their abilities in this field. The end.")
    variants = _variants(a, b)
    assert [k for k, _, _ in variants] == ["rewrite"]
    assert variants[0][1].startswith("In the last") and variants[0][2].startswith("Governments")


def test_a_moved_paragraph_is_one_linked_transposition():
    p1 = "The first paragraph tells of the old mill and the river beside it."
    p2 = "A second paragraph describes the miller, his wife and their three children."
    p3 = "The third paragraph closes the chapter with a storm in the night."
    a = "\n\n".join([p1, p2, p3])
    b = "\n\n".join([p2, p1, p3])
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A")
    moved = [u for u in v.units if u.is_variant]
    assert [u.kind for u in moved] == ["transposition", "transposition"]
    assert moved[0].link == moved[1].id and moved[1].link == moved[0].id
    # both ends hold the same one paragraph, the reference's end in A and the other in B
    texts = {r.strip() for u in moved for r in u.readings.values() if r.strip()}
    assert texts in ({p1}, {p2})
    assert sorted(bool(u.readings["A"]) for u in moved) == [False, True]


@pytest.mark.parametrize("a, b, moved", [
    # two short whole sentences swapped
    ("We waited long. Good God! The ship was gone at last from sight.",
     "We waited long. The ship was gone at last from sight. Good God!", True),
    # a local inversion of a less common phrase
    ("She bought fresh bread early this morning at the market.",
     "She bought early this morning fresh bread at the market.", True),
    # two of the commonest words in another order are not a move
    ("And it was on the ship that he said it.",
     "And it was the on ship that he said it.", False),
])
def test_short_moves(a, b, moved):
    v = collate([(WitnessInfo("A"), a), (WitnessInfo("B"), b)], "A")
    kinds = [u.kind for u in v.units if u.is_variant]
    assert (kinds == ["transposition", "transposition"]) == moved, kinds
