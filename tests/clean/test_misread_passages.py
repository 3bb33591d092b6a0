"""misread/passages: inside a quotation in another language the rules' rewrites into the witness's language are only suggested."""

from __future__ import annotations

from tests.clean.edits import changes, repaired

PROSE = ("The traveller wrote in his journal that evening, and he copied the words of the old song as the "
         "children had sung it to him in the village below the castle walls.\n\n")
AFTER = "\n\nHe did not understand all of it, but the melody stayed with him for many days afterwards."


def _held(quotation: str) -> list[tuple[str, str, str, bool]]:
    text = PROSE + quotation + AFTER
    assert repaired(text) == text
    return changes(text)


def test_a_german_quotation_s_words_are_not_rewritten_into_english():
    held = _held('"Der Wind hat es gesagt, und die Kinder gingen nach Hause, und sie schriee laut in der Nacht."')
    assert {(before, after, applied) for before, after, _, applied in held} == {
        (" ", "", False), ("gingen", "ginger", False), ("schriee", "schnee", False)}


def test_a_french_quotation_s_words_are_not_rewritten_into_english():
    held = _held('"Ma chère amie, je suis arrivée hier soir dans cette ville triste, où personne ne me connaît. '
                 'Les rues sont étroites et sombres, et les gens parlent bas. Je pense à toi chaque jour."')
    assert [(before, after, applied) for before, after, _, applied in held] == [
        ("parlent", "parent", False), ("bas", "has", False)]


def test_a_latin_quotation_no_lexicon_has_is_held_on_the_languages_that_share_its_words():
    held = _held('"Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam '
                 'qui ipsorum lingua Celtae, nostra Galli appellantur. Hi omnes lingua, institutis, legibus '
                 'inter se differunt."')
    assert ("quarum", "quorum", "misread-letters", False) in held
    assert not any(applied for *_, applied in held)


def test_a_misreading_in_the_prose_beside_a_quotation_is_still_repaired():
    text = PROSE + '"Der Wind hat es gesagt." The children sang it twice, and tbe old man wept.' + AFTER
    assert "and the old man wept" in repaired(text)


def test_a_few_misreadings_another_language_writes_among_english_words_are_no_passage():
    # ('bas', 'mon', 'sie', 'dav': OCR's readings that are French's, German's or Czech's words)
    text = PROSE * 3 + "He bas seen tbe mon and sie dav in the village." + AFTER
    assert "He has seen the mon" in repaired(text)


def test_a_passage_is_read_as_the_repairs_left_applied_make_it():
    # a second cleaning reads the neighbours as this one leaves them: what it holds, it held
    text = PROSE + '"Der Wind hat es gesagt, und die Kinder gingen nach Hause, und sie schriee laut."' + AFTER
    once = repaired(text)
    assert [c for c in changes(once) if c[3]] == []


def test_a_latin_passage_s_words_no_lexicon_knows_count_toward_it():
    # 'tribunorum', 'valuit': small-letter words no lexicon knows and no rule reads as a
    # misreading, beside 'diu' and 'non', words of languages the lexicons have
    held = _held("neque tribunorum militum consulare ius diu valuit. non Cinnae, non Sullae longa dominatio.")
    assert ("", " ", "misread-space-lost", False) in held
    assert not any(applied for *_, applied in held)

