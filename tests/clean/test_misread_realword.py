"""The misreading filter's real-word rule (variorum.clean.misread.realword)."""

from __future__ import annotations

from variorum.clean import clean_text
from variorum.clean.base import CleanContext

#: a witness that writes 'Jesus said to them' twenty times
_SAID = "And Jesus said to them that the boat was ready. " * 20 + "Then she went to the house of her father. " * 10
#: readings no lexicon knows that the OCR made (rn/m, b/h): its repairs show it at work
_OCR = "It was sornething otber than the wbole story. "


def _realword(text: str):
    result = clean_text(text, CleanContext("W", "text"))
    return result, [e for e in result.emendations if e.rule == "misread-real-word"]


def test_a_real_word_read_for_the_word_the_witness_writes_around_it_is_repaired() -> None:
    # 'sad' once, 'said' twenty times, 'Jesus said to' twenty times: the lexicon has 'sad',
    # but 'Jesus sad' and 'sad to' are written only here
    result, (e,) = _realword(_SAID + _OCR + "And Jesus sad to them, Come.\n")
    assert (e.before, e.after, e.status) == ("sad", "said", "applied")
    assert "'Jesus said to' 20 times" in e.evidence
    assert "And Jesus said to them, Come." in result.text
    # idempotent: the cleaned text cleaned again changes nothing
    assert clean_text(result.text, CleanContext("W", "markdown")).text == result.text


def test_a_real_word_whose_phrase_is_not_written_elsewhere_is_only_suggested() -> None:
    # 'Peter said' and 'said to' are written, 'Peter said to' nowhere: the lexicon's word
    # 'sad' may be the author's
    text = _SAID + "Peter said so. " * 3 + _OCR + "And Peter sad to them, Come.\n"
    result, (e,) = _realword(text)
    assert (e.before, e.after, e.status) == ("sad", "said", "suggested")
    assert "Peter sad to them" in result.text


def test_a_reading_the_lexicon_dwarfs_needs_only_the_pairs_not_the_phrase() -> None:
    # 'ls' (the lexicon has 'is' two thousand times as often): 'this is' and 'is known' are
    # written, 'this is known' nowhere
    text = _SAID + "This is the boat. " * 5 + "It is known to all. " * 3 + "It is late. " * 12
    result, (e,) = _realword(text + _OCR + "And this ls known to them.\n")
    assert (e.before, e.after, e.status) == ("ls", "is", "applied")
    assert "'this is known' nowhere" in e.evidence
    assert clean_text(result.text, CleanContext("W", "markdown")).text == result.text


def test_an_authors_rare_collocation_is_kept() -> None:
    # 'was sad' twice: the reading has a collocation of its own, the author's
    text = _SAID + "It was said to be so. " * 5 + _OCR + "He was sad to go. She was sad and tired.\n"
    result, found = _realword(text)
    assert found == []
    assert "He was sad to go." in result.text


def test_a_clean_witness_is_not_asked() -> None:
    # the same words where no repair shows an OCR at work: the rule does not fire, nor suggest
    result, found = _realword(_SAID + "It was something other than the whole story. And Jesus sad to them, Come.\n")
    assert found == []
    assert result.emendations == ()


def test_the_misreadings_of_a_word_are_its_table_confusions_a_letter_lost_and_a_letter_doubled() -> None:
    from variorum.clean.misread.realword import _misreadings

    made = _misreadings("had")
    assert {"bad", "liad", "ha", "hadd"} <= made
    assert "had" not in made


def test_a_phrase_is_counted_across_any_whitespace_as_its_pairs_are() -> None:
    # (the pair counts read every whitespace as a space, context._spaced: a phrase whose words
    # a thin or an ideographic space parts is the same phrase to both)
    from variorum.clean.misread.realword import _phrase_counts

    text = "deliver him up. deliver\u2009him\u3000up; deliver\nhim up"
    assert _phrase_counts(text, [("deliver", "him", "up")])[("deliver", "him", "up")] == 3
