"""The editor's decisions: which emendations stand, the editor's own replacements, and writing them to edition.yaml."""

from __future__ import annotations

import difflib
import io
import re
from pathlib import Path
from typing import Iterable, Sequence

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from variorum.clean.base import CleanContext, Edit
from variorum.clean.settings import Replacement, ReviewSettings
from variorum.errors import InputError
from variorum.model import Emendation

APPLIED, SUGGESTED, REJECTED = "applied", "suggested", "rejected"
RULE_EDITOR = "editor"
RULES = (RULE_EDITOR,)

_EDGE_PUNCT_RE = re.compile(r"^[^\w]+|[^\w]+$")


# --------------------------------------------------------------------------- deciding

def decide(applied: bool, rule: str, emendation_id: str, review: ReviewSettings,
           before: str = "") -> str:
    """The status of a proposed change once the editor's decisions are taken into account.

    ``applied`` is the filter's own choice; ``before`` the reading it would change (for
    decisions by word). Order: by emendation id, then by word, then by rule; at each level
    a rejection beats an acceptance. A word decision matches the reading exactly or with
    surrounding punctuation and spaces stripped. Returns ``"applied"``, ``"suggested"`` or
    ``"rejected"``.
    """
    if emendation_id in review.reject:
        return REJECTED
    if emendation_id in review.accept:
        return APPLIED
    word = _word_of(before)
    if word and (before in review.reject_words or word in review.reject_words):
        return REJECTED
    if word and (before in review.accept_words or word in review.accept_words):
        return APPLIED
    if rule in review.reject_rules:
        return REJECTED
    if rule in review.accept_rules:
        return APPLIED
    return APPLIED if applied else SUGGESTED


def _word_of(text: str) -> str:
    return _EDGE_PUNCT_RE.sub("", text.strip())


def open_suggestions(emendations: Iterable[Emendation], review: ReviewSettings) -> list[Emendation]:
    """Suggestions the editor has not yet decided, in witness and reading order."""
    out = [e for e in emendations
           if e.status == SUGGESTED and decide(False, e.rule, e.id, review, e.before) == SUGGESTED]
    return sorted(out, key=lambda e: (e.witness, e.offset, e.id))


# --------------------------------------------------------------------------- the editor's replacements

def editor_replacements(text: str, ctx: CleanContext) -> list[Edit]:
    """The editor's own corrections from ``review.replacements``, as recorded edits.

    Repairs: whatever the editor wrote, at every occurrence of ``find`` (in their witness,
    or in all). Never touches: anything else; occurrences overlapping an earlier
    replacement's match are left (the first replacement listed wins).
    """
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for n, rep in enumerate(ctx.review.replacements, 1):
        if rep.witness not in (None, "", ctx.siglum) or not rep.find:
            continue
        start = text.find(rep.find)
        while start >= 0:
            end = start + len(rep.find)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                edits.append(Edit(start, end, rep.replace, RULE_EDITOR,
                                  f"the editor's replacement #{n} in edition.yaml: "
                                  f"{rep.find!r} -> {rep.replace!r}", 1.0, True))
            start = text.find(rep.find, end)
    return sorted(edits, key=lambda e: (e.start, e.end))


# --------------------------------------------------------------------------- writing decisions

def record_decisions(config: str | Path, *, accept: Sequence[str] = (), reject: Sequence[str] = (),
                     accept_rules: Sequence[str] = (), reject_rules: Sequence[str] = (),
                     accept_words: Sequence[str] = (), reject_words: Sequence[str] = (),
                     replacements: Sequence[Replacement] = (),
                     known_ids: Iterable[str] | None = None,
                     known_rules: Iterable[str] | None = None) -> list[str]:
    """Write the editor's decisions into the ``review:`` section of ``edition.yaml``.

    The file is edited with ruamel.yaml round-trip: comments, key order, quoting and every
    other section stay as the editor wrote them. A decision moves an id, rule or word from
    the opposite list (accepting what was rejected un-rejects it); repeating a decision
    changes nothing. Ids (and rules) not in ``known_ids`` (``known_rules``) are an
    :class:`InputError` with a "did you mean". Returns one line per change made.
    """
    from variorum.config import load_roundtrip
    from variorum.fileio import write_atomic

    path = Path(config)
    _check_known(path, [*accept, *reject], known_ids, "emendation id")
    _check_known(path, [*accept_rules, *reject_rules], known_rules, "rule")
    yaml, doc = load_roundtrip(path)
    if not isinstance(doc, CommentedMap):
        raise InputError("edition.yaml is not a mapping", file=str(path))
    section = doc.get("review")
    if not isinstance(section, CommentedMap):
        section = CommentedMap()
        doc["review"] = section
    if not section and section.fa.flow_style():
        section.fa.set_block_style()  # ``review: {}`` grows into a readable block
    changes: list[str] = []
    for yes, no, values, what in (
        ("accept", "reject", accept, "emendation"),
        ("reject", "accept", reject, "emendation"),
        ("accept_rules", "reject_rules", accept_rules, "rule"),
        ("reject_rules", "accept_rules", reject_rules, "rule"),
        ("accept_words", "reject_words", accept_words, "word"),
        ("reject_words", "accept_words", reject_words, "word"),
    ):
        for value in values:
            if _remove(section, no, value):
                changes.append(f"{what} {value!r}: removed from {no}")
            if _add(section, yes, value):
                changes.append(f"{what} {value!r}: added to {yes}")
    for rep in replacements:
        entry = CommentedMap([("find", rep.find), ("replace", rep.replace)])
        if rep.witness:
            entry["witness"] = rep.witness
        seq = _list(section, "replacements")
        if any(dict(x) == dict(entry) for x in seq if isinstance(x, dict)):
            continue
        seq.append(entry)
        changes.append(f"replacement {rep.find!r} -> {rep.replace!r} added")
    for key in list(section):
        if isinstance(section[key], list) and not section[key] and key in _DECISION_KEYS:
            del section[key]  # a list emptied by moving its last entry away
    if changes:
        _keep_layout(yaml, path.read_text(encoding="utf-8"))
        buf = io.StringIO()
        yaml.dump(doc, buf)
        write_atomic(path, buf.getvalue())
    return changes


_DECISION_KEYS = ("accept", "reject", "accept_rules", "reject_rules", "accept_words",
                  "reject_words", "replacements")
_KEY_LINE_RE = re.compile(r"^( *)[^\s#-][^:#]*:\s*(?:#.*)?$")
_ITEM_LINE_RE = re.compile(r"^( *)- ")


def _keep_layout(yaml, text: str) -> None:
    """Dump with the file's own list indentation and without re-wrapping long lines."""
    yaml.width = 4096
    lines = text.splitlines()
    for prev, line in zip(lines, lines[1:]):
        key, item = _KEY_LINE_RE.match(prev), _ITEM_LINE_RE.match(line)
        if key and item:
            offset = max(0, len(item.group(1)) - len(key.group(1)))
            yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
            return
    yaml.indent(mapping=2, sequence=4, offset=2)


def _list(section: CommentedMap, key: str) -> CommentedSeq:
    seq = section.get(key)
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq(list(seq or []))
        section[key] = seq
    return seq


def _add(section: CommentedMap, key: str, value: str) -> bool:
    if value in (section.get(key) or []):
        return False
    _list(section, key).append(value)
    return True


def _remove(section: CommentedMap, key: str, value: str) -> bool:
    seq = section.get(key)
    if not seq or value not in seq:
        return False
    while value in seq:
        seq.remove(value)
    return True


def _check_known(path: Path, values: Sequence[str], known: Iterable[str] | None, what: str) -> None:
    if known is None:
        return
    known_set = set(known)
    for value in values:
        if value not in known_set:
            close = difflib.get_close_matches(value, sorted(known_set), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise InputError(f"no {what} '{value}' in the emendations of the last clean{hint}",
                             file=str(path))
