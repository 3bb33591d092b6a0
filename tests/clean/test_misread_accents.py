"""misread/accents: a speck read as a mark on a letter of a word, repaired; an author's marks kept."""

from __future__ import annotations

import pytest

from variorum.clean import CleanContext, clean_text

from tests.clean.edits import changes, repaired

# (a witness of plain English prose, so that the words without their marks are written)
PROSE = ("The letters came on the day we had set for our return, and these were read in the "
         "evening by the fire while the wind rose over the hills and the rain beat on the glass. ")


@pytest.mark.parametrize("reading, word", [
    ("réturn", "return"), ("létters", "letters"), ("thè", "the"), ("wïnd", "wind"), ("whiçh", "which"),
    ("unfórmed", "unformed"),  # (a long word the lexicon knows only rarely)
])
def test_a_speck_read_as_a_mark_on_an_english_word_is_taken_away(reading, word):
    text = PROSE + f"He spoke of {reading} and of nothing else that night."
    assert repaired(text) == PROSE + f"He spoke of {word} and of nothing else that night."
    assert changes(text)[-1][2:] == ("misread-accent", True)


def test_a_capital_keeps_its_case_and_a_sentence_opening_is_repaired():
    text = PROSE + "Thè letters were burnt. When the morning came we left."
    assert repaired(text) == PROSE + "The letters were burnt. When the morning came we left."


def test_a_reading_written_often_beside_a_word_written_twenty_times_as_often_is_a_speck_too():
    text = PROSE * 12 + "He saw thè sea. And thè hills."
    assert repaired(text) == PROSE * 12 + "He saw the sea. And the hills."


@pytest.mark.parametrize("reading", [
    "café", "rôle", "naïve", "élite", "dôme",  # the lexicon's words with their marks
    "coöperate", "aërial", "belovèd",          # marks English writes
    "déjà",                                   # two marks: a foreign word's
])
def test_an_authors_mark_is_kept(reading):
    assert changes(PROSE + f"He spoke of the {reading} and of nothing else.") == []


def test_a_reading_the_witness_repeats_or_another_witness_writes_is_kept():
    assert changes(PROSE + "the avelânche fell; the avelânche was heard; the avelanche.") == []
    text = PROSE + "He spoke of réturn and of nothing else."
    assert changes(text, B="He spoke of réturn.") == []


def test_a_word_only_the_witness_writes_is_kept_unless_twenty_times_as_often():
    # (an author's inconsistency, 'avelânche' once beside 'avelanche' twice)
    assert changes(PROSE + "the avelanche fell; the avelanche was heard; an avelânche.") == []


@pytest.mark.parametrize("sentence", [
    "They climbed the Môle at dawn.", "They prayed in Gethsemané all night.", "My cousin Renè wrote.",
    "We passed Gö before noon.", "And old Lì answered the door.", "Then Mmè Dubois gave us bread.",
])
def test_a_capital_mid_sentence_the_edition_never_writes_without_its_mark_is_a_name_left_alone(sentence):
    # a name is spelt with marks far more often than a speck falls on one: no suggestion
    assert changes(PROSE + sentence) == []


def test_a_capital_opening_a_sentence_the_edition_never_writes_without_its_mark_is_only_suggested():
    # (there the capital may be the sentence's, the word a common one: 'Gö home')
    assert changes(PROSE + "Môle they climbed at dawn.") == [("Môle", "Mole", "misread-accent", False)]
    assert changes(PROSE + "Gö home, he said.") == [("Gö", "Go", "misread-accent", False)]


def test_a_speck_on_a_capital_mid_sentence_the_edition_writes_without_the_mark_is_repaired():
    text = PROSE + "He sailed for France in May, and from Frànce he wrote."
    assert repaired(text) == PROSE + "He sailed for France in May, and from France he wrote."


def test_a_name_beside_a_name_is_only_suggested_and_a_passage_with_marks_is_kept():
    # a word of a name written in full
    assert [a for *_, a in changes(PROSE + "Copyright 1999 Kai Bäker and the Baker family.")] == [False]
    # a mark no speck explains nearby: a quotation in French
    assert changes(PROSE + "He said the words à la mode, comme il faut, ét voilà.") == []
    # a letter alone is a word of its own
    assert changes(PROSE + "Sveinn í Felli wrote it.") == []


@pytest.mark.parametrize("quotation, reading, word", [
    ("La decisión fue tomada por el consejo.", "decisión", "decision"),  # a word of another language with
    ("Han bodde över floden.", "över", "over"),                          # one mark, without it an English word
])
def test_a_word_of_another_language_with_one_mark_is_only_suggested(quotation, reading, word):
    # a quotation's word with a single mark, no other mark near it: a speck would rarely make
    # a common word of a language that writes marks, an author quoting one often does
    text = PROSE + f"She wrote, {quotation} Then she sealed the letter."
    assert repaired(text) == text
    assert changes(text) == [(reading, word, "misread-accent", False)]


def test_a_speck_making_a_word_of_another_language_among_english_words_is_taken_away():
    text = PROSE + "He spoke of thé letters and of nothing else that night."
    assert repaired(text) == PROSE + "He spoke of the letters and of nothing else that night."


def test_a_word_cut_by_the_neighbourhood_s_edge_is_no_quotation_s_evidence():
    # forty characters after the speck end inside 'minds': its first letters are another
    # language's everyday word, the whole word English
    after = " them as we entered the city, and our minds were full."
    assert after.index("minds") + 2 == 40
    assert repaired(PROSE + "He wrote tó" + after) == PROSE + "He wrote to" + after


@pytest.mark.parametrize("elsewhere", ["René painted it, and René sold it.", "René painted it."])
def test_a_name_with_another_mark_than_the_edition_writes_it_with_is_only_suggested(elsewhere):
    # (a name inside a sentence, whose mark a speck may have made another: the reviewer's hint)
    text = PROSE + f"My cousin Renè wrote. {elsewhere}"
    assert changes(text) == [("Renè", "René", "misread-accent", False)]
    assert repaired(text) == text


def test_a_name_with_another_mark_than_another_witness_writes_it_with_is_only_suggested():
    assert changes(PROSE + "My cousin Renè wrote.", B=PROSE + "My cousin René wrote.") == [
        ("Renè", "René", "misread-accent", False)]


def test_a_form_with_another_mark_that_is_itself_a_speck_s_reading_suggests_nothing():
    # ('thé' is put right as 'the': 'thè' beside it is no mark read as another, but a speck too)
    text = PROSE + "He saw thé sea, and thè hills."
    assert repaired(text) == PROSE + "He saw the sea, and the hills."


def test_a_name_mid_sentence_only_another_witness_writes_without_its_mark_is_only_suggested():
    # one edition's 'Pélissier' beside the others' 'Pelissier': a variant of the name's
    # spelling, which the collation shows, as often as a speck on this witness's page
    text = PROSE + "We passed the bridge of Pélissier at noon."
    other = PROSE + "We passed the bridge of Pelissier at noon. Pelissier is far."
    assert changes(text, B=other) == [("Pélissier", "Pelissier", "misread-accent", False)]


def test_a_name_this_witness_writes_without_its_mark_elsewhere_is_repaired():
    text = PROSE + "We passed the bridge of Pélissier at noon. Pelissier is far."
    assert changes(text) == [("Pélissier", "Pelissier", "misread-accent", True)]


def test_a_witness_in_a_language_that_writes_marks_keeps_its_marks_unless_the_editor_says():
    # Spanish cleaned without its language: 'leña' has no other mark within a few words, but
    # the witness writes a dozen everyday Spanish words with marks: its marks are its language's
    raw = ("Doña Remedios cerró la ventana y se sentó junto al brasero. Tenía sesenta años, el pelo\n"
           "blanco recogido en un moño, y unos ojos negros todavía vivos. Desde la muerte de su\n"
           "marido no había salido del pueblo más que dos veces. Afuera empezaba a nevar otra vez.\n"
           "Por la calle mayor pasaba un arriero con dos mulas cargadas de leña, y el ruido de los\n"
           "cascos sobre las piedras heladas llegaba apagado, como de muy lejos. ¿Qué haría él?\n")
    result = clean_text(raw, CleanContext("S", "text"))
    assert [e.status for e in result.emendations if e.before == "leña"] in ([], ["suggested"])
    assert "leña" in result.text
