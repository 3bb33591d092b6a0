"""Floats: a table dropped into a sentence moved after its paragraph, as one emendation."""

from __future__ import annotations

from variorum.clean import CleanContext, clean_text


def test_float_move_is_one_emendation_the_editor_can_reject() -> None:
    raw = ("Cooperation is desirable because it limits them. Governments may not be able\n\n"
           "Table 1. Powers\n\n\tA\tB\n1\tX\tY\n\nto agree on the terms.\n")
    moved = clean_text(raw, CleanContext("P", "markdown"))
    move = [e for e in moved.emendations if e.rule == "float-move"]
    assert len(move) == 1 and "Governments may not be able to agree on the terms.\n\nTable 1." in moved.text
    from variorum.clean.settings import ReviewSettings
    kept = clean_text(raw, CleanContext("P", "markdown", review=ReviewSettings(reject=[move[0].id])))
    assert "Governments may not be able\n\nTable 1." in kept.text
