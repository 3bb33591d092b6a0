"""edition.yaml validation: every bad case names the file, line and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from variorum import config
from variorum.errors import InputError

CONFIG = Path(__file__).parent / "data" / "config"

# fixture file -> (line the message must name, words the message must contain)
INVALID = {
    "unknown-key.yaml": (6, ["unknown key 'fromat'", "did you mean 'format'"]),
    "unknown-top-level-key.yaml": (6, ["unknown key 'colate'", "did you mean 'collate'"]),
    "unknown-stage-setting.yaml": (7, ["unknown key 'ignore_cases'", "did you mean 'ignore_case'"]),
    "missing-witness-file.yaml": (7, ["witness 'B'", "no-such-witness.txt", "not found"]),
    "unreadable-witness-file.yaml": (5, ["witness 'A'", "cannot be read"]),
    "duplicate-siglum.yaml": (6, ["duplicate siglum 'A'"]),
    "base-not-a-witness.yaml": (8, ["base 'C' is not a witness", "A, B"]),
    "wrong-type-witnesses.yaml": (4, ["witnesses must be a list"]),
    "wrong-type-setting.yaml": (7, ["collate.ignore_case must be true or false"]),
    "wrong-format.yaml": (6, ["format must be one of", "'pdf'"]),
    "missing-title.yaml": (2, ["missing key 'title'"]),
    "invalid-yaml.yaml": (6, ["not valid YAML"]),
    "siglum-with-space.yaml": (4, ["siglum 'A 1'"]),
    "empty.yaml": (1, ["empty"]),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_edition_names_file_and_line(name: str) -> None:
    line, words = INVALID[name]
    with pytest.raises(InputError) as info:
        config.load(CONFIG / name)
    message = str(info.value)
    assert message.startswith(str(CONFIG / name) + f":{line}:"), message
    assert re.match(r".*:\d+:\d+: ", message), message
    for word in words:
        assert word in message, message
    assert info.value.exit_code == 2


def test_valid_edition_is_typed() -> None:
    edition = config.load(CONFIG / "valid.yaml")
    assert edition.sigla == ("A", "B")
    assert edition.base == "A"
    assert edition.edition.title == "A valid edition"
    assert edition.edition.date == "2021"  # a YAML number, kept as text
    assert edition.witness("B").format == "text"
    assert edition.clean_settings_for(edition.witness("B")).quotes == "curly"
    assert edition.clean_settings_for(edition.witness("A")).quotes == "keep"


def test_missing_file_is_named() -> None:
    with pytest.raises(InputError, match="no-such-edition.yaml: no such file"):
        config.load(CONFIG / "no-such-edition.yaml")


def test_sample_edition_is_valid(sample_edition: Path) -> None:
    edition = config.load(sample_edition)
    assert edition.base in edition.sigla
    assert len(edition.witnesses) == 2


def test_edition_language_is_the_cleanup_and_collation_language(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Le trois-mâts entra au port.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le trois-mâts entra dans le port.\n", encoding="utf-8")
    (tmp_path / "edition.yaml").write_text(
        "edition:\n  title: T\n  language: fr\n"
        "witnesses:\n  - siglum: A\n    file: a.txt\n"
        "  - siglum: B\n    file: b.txt\n    clean:\n      language: it\n"
        "collate:\n  ignore_case: true\n", encoding="utf-8")
    edition = config.load(tmp_path / "edition.yaml")
    assert edition.clean_settings_for(edition.witness("A")).language == "fr"
    assert edition.clean_settings_for(edition.witness("B")).language == "it"  # its own
    assert edition.collate.language == "fr"


def test_the_stages_take_the_primary_subtag_of_the_edition_s_language(tmp_path: Path) -> None:
    # 'en-GB' is English to the cleanup's English rules, not another language
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "edition.yaml").write_text(
        "edition:\n  title: T\n  language: en-GB\n"
        "witnesses:\n  - siglum: A\n    file: a.txt\n", encoding="utf-8")
    edition = config.load(tmp_path / "edition.yaml")
    assert edition.edition.language == "en-GB"
    assert edition.clean_settings_for(edition.witness("A")).language == "en"
    assert edition.collate.language == "en"


def test_a_stage_language_overrides_the_editions(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "edition.yaml").write_text(
        "edition:\n  title: T\n  language: fr\n"
        "witnesses:\n  - siglum: A\n    file: a.txt\n"
        "clean:\n  language: de\n", encoding="utf-8")
    edition = config.load(tmp_path / "edition.yaml")
    assert edition.clean_settings_for(edition.witness("A")).language == "de"
    assert edition.collate.language == "fr"
