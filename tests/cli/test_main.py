"""The CLI frame: help everywhere, exit statuses, one-line errors without a traceback."""

from __future__ import annotations

import pytest

from variorum.cli import VERBS, main


def test_no_verb_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "VERB" in capsys.readouterr().err


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_has_help(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([verb, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: variorum {verb}")


def test_unknown_verb_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["colate"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err


def test_missing_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["collate", "a.md"]) == 2
    assert "--sigla" in capsys.readouterr().err


def test_bad_input_is_one_line_without_traceback(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "missing.yaml: no such file" in err


def test_debug_shows_traceback(tmp_path, capsys) -> None:
    assert main(["--debug", "check", str(tmp_path / "missing.yaml")]) == 2
    assert "Traceback" in capsys.readouterr().err
