"""The editor's decisions: deciding a change's status, open suggestions, replacements, edition.yaml round-trip."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from variorum.clean.base import CleanContext
from variorum.clean.review import (
    decide,
    editor_replacements,
    open_suggestions,
    record_decisions,
)
from variorum.clean.settings import Replacement, ReviewSettings
from variorum.config import load_roundtrip, settings_from_mapping
from variorum.errors import InputError
from variorum.model import Emendation


def em(eid: str, before: str, rule: str = "misread-letters", status: str = "suggested",
       witness: str = "A", offset: int = 0) -> Emendation:
    return Emendation(id=eid, witness=witness, line=1, column=offset + 1, offset=offset,
                      before=before, after=before.lower(), rule=rule, evidence="x",
                      confidence=0.5, status=status)


# --------------------------------------------------------------------------- decide

def test_without_decisions_the_filter_choice_stands():
    r = ReviewSettings()
    assert decide(True, "misread-digit", "A-1", r, "S0") == "applied"
    assert decide(False, "misread-edge", "A-2", r, "Dbest") == "suggested"


def test_id_beats_word_beats_rule_and_reject_beats_accept():
    r = ReviewSettings(accept=["A-1"], reject=["A-2"], accept_words=["Dbest"],
                       reject_words=["Helie"], accept_rules=["misread-edge"],
                       reject_rules=["misread-letters"])
    assert decide(False, "misread-letters", "A-1", r, "Helie") == "applied"      # id accept
    assert decide(True, "misread-edge", "A-2", r, "Dbest") == "rejected"         # id reject
    assert decide(False, "misread-letters", "A-3", r, "Dbest") == "applied"      # word over rule
    assert decide(True, "misread-edge", "A-4", r, "Helie") == "rejected"         # word over rule
    assert decide(False, "misread-edge", "A-5", r, "other") == "applied"         # rule accept
    assert decide(True, "misread-letters", "A-6", r, "other") == "rejected"      # rule reject
    both = ReviewSettings(accept_words=["x"], reject_words=["x"])
    assert decide(False, "r", "i", both, "x") == "rejected"


def test_word_decisions_ignore_surrounding_punctuation_and_never_match_insertions():
    r = ReviewSettings(reject_words=["While"])
    assert decide(True, "glued-bracket", "A-1", r, "(") == "applied"  # a bracket is no word
    assert decide(True, "misread-digit", "A-2", r, "While,") == "rejected"
    assert decide(True, "glued-punctuation", "A-3", ReviewSettings(reject_words=[""]), "") == "applied"


@given(st.booleans(), st.sampled_from(["a", "b"]), st.sampled_from(["i1", "i2"]),
       st.sampled_from(["w", "v", ""]))
def test_decide_always_gives_a_status_and_honours_an_id_rejection(applied, rule, eid, before):
    r = ReviewSettings(reject=["i1"], accept_rules=["a"], accept_words=["w"])
    status = decide(applied, rule, eid, r, before)
    assert status in ("applied", "suggested", "rejected")
    if eid == "i1":
        assert status == "rejected"


# --------------------------------------------------------------------------- open suggestions

def test_open_suggestions_leave_out_applied_and_decided_ones_in_reading_order():
    items = [em("A-3", "zed", offset=30), em("A-1", "Dbest", offset=10),
             em("A-2", "S0", status="applied", offset=20), em("A-4", "Helie", offset=40),
             em("B-1", "x", witness="B", rule="misread-edge")]
    r = ReviewSettings(reject_words=["Helie"], accept_rules=["misread-edge"])
    assert [e.id for e in open_suggestions(items, r)] == ["A-1", "A-3"]


# --------------------------------------------------------------------------- replacements

def test_editor_replacements_are_recorded_edits_for_their_witness_only():
    review = ReviewSettings(replacements=[Replacement("1ICP", "ICCP", "A"),
                                          Replacement("colour", "color"),
                                          Replacement("ICP", "nope")])
    text = "the unit (1ICP) and its colour, colour"
    edits = editor_replacements(text, CleanContext("A", "text", review=review))
    assert [(text[e.start:e.end], e.replacement, e.rule) for e in edits] == [
        ("1ICP", "ICCP", "editor"), ("colour", "color", "editor"), ("colour", "color", "editor")]
    assert all("edition.yaml" in e.evidence for e in edits)
    other = editor_replacements(text, CleanContext("B", "text", review=review))
    assert [e.replacement for e in other] == ["nope", "color", "color"]


def test_replacements_parse_from_edition_yaml_settings():
    r = settings_from_mapping(ReviewSettings, {
        "replacements": [{"find": "a35he", "replace": "at the", "witness": "E"}],
        "accept_words": ["Dbest"], "reject_words": ["Helie"]})
    assert r.replacements == [Replacement("a35he", "at the", "E")]
    assert r.accept_words == ["Dbest"]


# --------------------------------------------------------------------------- edition.yaml

@pytest.fixture
def edition(tmp_path, data_dir):
    path = tmp_path / "edition.yaml"
    shutil.copy(data_dir / "clean" / "review_edition_with_comments_and_decisions.yaml", path)
    return path


def test_decisions_are_written_keeping_comments_order_and_layout(edition):
    before = edition.read_text(encoding="utf-8")
    changes = record_decisions(edition, accept=["A-misread-digit-9-1"], reject_rules=["misread-letters"],
                               accept_words=["Dbest"],
                               replacements=[Replacement("1ICP", "ICCP", "A")])
    assert len(changes) == 4
    after = edition.read_text(encoding="utf-8")
    # everything before the review section is byte for byte the same
    head = before[:before.index("review:")]
    assert after.startswith(head)
    for comment in ("# emendations the editor accepted by id", "# checked against the facsimile",
                    "# the end", "# the title"):
        assert comment in after
    _, doc = load_roundtrip(edition)
    review = doc["review"]
    assert list(review) == ["accept", "reject_rules", "accept_words", "replacements"]
    assert list(review["accept"]) == ["A-misread-letters-3-4", "A-misread-digit-9-1"]
    assert list(review["reject_rules"]) == ["misread-edge", "misread-letters"]
    assert dict(review["replacements"][0]) == {"find": "1ICP", "replace": "ICCP", "witness": "A"}


def test_a_decision_moves_an_entry_and_repeating_it_changes_nothing(edition):
    record_decisions(edition, reject=["A-misread-letters-3-4"])
    _, doc = load_roundtrip(edition)
    assert "accept" not in doc["review"]  # emptied lists go, comments elsewhere stay
    assert list(doc["review"]["reject"]) == ["A-misread-letters-3-4"]
    text = edition.read_text(encoding="utf-8")
    assert record_decisions(edition, reject=["A-misread-letters-3-4"]) == []
    assert edition.read_text(encoding="utf-8") == text


def test_flow_style_empty_review_grows_into_a_block(tmp_path):
    path = tmp_path / "edition.yaml"
    path.write_text("edition:\n  title: T\nwitnesses:\n  - siglum: A\n    file: a.txt\nreview: {}\n",
                    encoding="utf-8")
    record_decisions(path, accept_words=["Dbest"])
    assert path.read_text(encoding="utf-8").endswith("review:\n  accept_words:\n    - Dbest\n")


def test_unknown_id_is_an_input_error_with_a_suggestion(edition):
    with pytest.raises(InputError, match="did you mean 'A-misread-digit-9-1'"):
        record_decisions(edition, accept=["A-misread-digit-9-2"], known_ids=["A-misread-digit-9-1"])
    assert "A-misread-digit-9-2" not in edition.read_text(encoding="utf-8")


def test_sample_edition_decisions_validate(tmp_path, sample_edition):
    path = tmp_path / "edition.yaml"
    shutil.copy(sample_edition, path)
    record_decisions(path, reject_words=["Helie"], replacements=[Replacement("x", "y")])
    _, doc = load_roundtrip(path)
    r = settings_from_mapping(ReviewSettings, dict(doc["review"]))
    assert r.reject_words == ["Helie"] and r.replacements == [Replacement("x", "y")]


# --------------------------------------------------------------------------- through the chain

def test_the_chain_honours_word_decisions_and_applies_editor_replacements():
    from variorum.clean import clean_text

    raw = "Just as they affect each other, S0 can cyberspace.\n\nWe met Helie at (1ICP) and a35he end.\n"
    review = ReviewSettings(reject_words=["S0"], accept_words=["Helie"],
                            replacements=[Replacement("(1ICP)", "(ICCP)"),
                                          Replacement("a35he", "at the", "A"),
                                          Replacement("end", "close", "B")])
    result = clean_text(raw, CleanContext("A", "text", review=review))
    by_before = {e.before: e for e in result.emendations}
    assert by_before["S0"].status == "rejected" and "S0 can" in result.text
    assert by_before["Helie"].status == "applied"
    assert "(ICCP)" in result.text and "at the end" in result.text
    editor = [e for e in result.emendations if e.rule == "editor"]
    assert [(e.before, e.after, e.line) for e in editor] == [("(1ICP)", "(ICCP)", 3), ("a35he", "at the", 3)]
