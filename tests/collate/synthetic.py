"""Witnesses derived from a clean text by known edits, and scoring of a variorum against them."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from variorum.model import Variorum

#: British -> American spellings used for spelling edits (both sides are real words)
SPELLINGS = {"colour": "color", "favour": "favor", "honour": "honor", "labour": "labor",
             "realise": "realize", "organise": "organize", "centre": "center",
             "travelled": "traveled", "defence": "defense", "analyse": "analyze",
             "behaviour": "behavior", "neighbour": "neighbor"}
FILLERS = ("very", "certain", "indeed", "quite", "small", "ancient", "wild", "several",
           "moreover", "plainly", "strange", "other")
SUBSTITUTES = ("river", "mountain", "window", "letter", "garden", "silver", "doctor",
               "carriage", "harvest", "lantern", "meadow", "soldier")
KINDS = ("substantive", "omission", "addition", "punctuation", "case", "spelling", "swap")
EXPECTED = {"case": "orthographic", "spelling": "orthographic", "swap": "transposition"}


@dataclass(frozen=True)
class Edit:
    """One known edit: the base span [start, end) it concerns and the kind it should get."""

    kind: str
    start: int
    end: int


def derive(base: str, rnd: random.Random, n_edits: int) -> tuple[str, list[Edit]]:
    """Apply ``n_edits`` random non-overlapping edits to ``base``; return text and edits."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", base)]
    sentences = [(m.start(), m.end()) for m in
                 re.finditer(r"(?:(?<=[.!?] )|(?<=\n\n))[A-Z][^.!?\n]{20,200}?[.!?](?= [A-Z])", base)]
    used: list[tuple[int, int]] = []
    plan: list[tuple[int, int, str, str]] = []  # base span, replacement, kind

    def free(s: int, e: int) -> bool:
        # keep edits apart by a few characters so each is a separate variant
        return all(e + 12 < us or s > ue + 12 for us, ue in used)

    tries = 0
    while len(plan) < n_edits and tries < n_edits * 50:
        tries += 1
        kind = rnd.choice(KINDS)
        if kind == "swap":
            if not sentences:
                continue
            k = rnd.randrange(len(sentences) - 1) if len(sentences) > 1 else 0
            if k + 1 >= len(sentences):
                continue
            (s1, e1), (s2, e2) = sentences[k], sentences[k + 1]
            if base[e1:s2] != " " or not free(s1, e2):
                continue
            plan.append((s1, e2, base[s2:e2] + " " + base[s1:e1], kind))
            used.append((s1, e2))
            continue
        s, e = words[rnd.randrange(len(words))]
        word = base[s:e]
        if not free(s, e) or not re.fullmatch(r"[A-Za-z]+[,.;]?", word):
            continue
        bare = word.rstrip(",.;")
        tail = word[len(bare):]
        if kind == "substantive":
            rep = rnd.choice(SUBSTITUTES) + tail
        elif kind == "omission":
            if tail or e >= len(base) or base[e] != " ":
                continue
            e += 1
            rep = ""
        elif kind == "addition":
            rep = rnd.choice(FILLERS) + " " + word
        elif kind == "punctuation":
            rep = bare + ("," if not tail else "")
        elif kind == "case":
            if not bare.islower() or len(bare) < 3:
                continue
            rep = bare.capitalize() + tail
        else:
            lower = bare.lower()
            if lower in SPELLINGS:
                rep = SPELLINGS[lower] + tail
            elif len(bare) >= 7 and bare.isalpha() and bare.islower():
                k = rnd.randrange(2, len(bare) - 2)
                rep = bare[:k] + bare[k + 1] + bare[k] + bare[k + 2:] + tail
                if rep == word:
                    continue
            else:
                continue
        plan.append((s, e, rep, kind))
        used.append((s, e))
    plan.sort()
    out, edits, pos = [], [], 0
    for s, e, rep, kind in plan:
        out.append(base[pos:s])
        out.append(rep)
        pos = e
        edits.append(Edit(EXPECTED.get(kind, kind), s, e))
    out.append(base[pos:])
    return "".join(out), edits


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    kind_accuracy: float
    misses: tuple


def score(v: Variorum, base: str, witness: str, edits: list[Edit]) -> Score:  # noqa: C901
    """Variant marking against known edits, on base offsets.

    A variant unit (for ``witness``) is a true positive when it overlaps an edit's base span
    (or, for an empty base reading, touches it); an edit is found when some variant unit
    does, and its kind is right when one of those units has the edit's kind.
    """
    text = v.text_of(base)
    spans = []
    pos = 0
    for u in v.units:
        r = u.readings[base]
        kind = u.kinds.get(witness, u.kind)
        if u.readings[witness] != r:
            spans.append((pos, pos + len(r), kind))
        pos += len(r)

    def hits(e: Edit, s: int, t: int) -> bool:
        if s == t:  # an insertion point inside or at the edge of the edit (or its space)
            end = e.end
            while end < len(text) and text[end] == " ":
                end += 1
            return e.start <= s <= end
        return s < max(e.end, e.start + 1) and t > e.start

    tp_units = sum(1 for s, t, _ in spans if any(hits(e, s, t) for e in edits))
    found = right = 0
    misses = []
    for e in edits:
        kinds = [k for s, t, k in spans if hits(e, s, t)]
        if kinds:
            found += 1
            right += e.kind in kinds
            if e.kind not in kinds:
                misses.append((e.kind, kinds, text[e.start:e.end]))
        else:
            misses.append((e.kind, [], text[e.start:e.end]))
    precision = tp_units / len(spans) if spans else 1.0
    recall = found / len(edits) if edits else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, right / len(edits) if edits else 1.0, tuple(misses))
