"""Witnesses derived from one clean text by known edits, with the answers, and their scoring.

A *suite* is one original text (the base) and several witnesses, each made from the
original by its own random, non-overlapping edits of seven types, recorded as
:class:`Edit` with the characters they touch in both texts and the kind the collator
should give them:

=================  =====================================================  =============
type               what changes                                           kind
=================  =====================================================  =============
``substitution``   a word replaced by an unrelated word                    substantive
``omission``       one to three words left out                            omission
``addition``       one to three words put in                              addition
``punctuation``    a comma or semicolon changed, added or removed         punctuation
``case``           a word's first letter changes case                     orthographic
``spelling``       -our/-or, -ise/-ize, a doubled consonant (un)doubled   orthographic
``swap``           two neighbouring sentences change places               transposition
=================  =====================================================  =============

Scoring (:func:`score`): a predicted variant unit of a witness is a stretch where its
reading differs from the base's.  A true edit is *found* when one predicted unit covers
every character the edit touches in both texts, touches no other edit, and reaches at
most 2 × ``SLACK_WORDS`` words beyond the edit (both sides together, in either text); a swap is found when the
predicted units that overlap it lie inside it (with the same slack) and cover, in both texts, at least 90 % of
the visible characters of the shorter sentence (the one a collator would call moved).  Recall = found edits / edits; precision = predicted units that
belong to a found edit / predicted units; the kind is right when the unit (for a swap:
any of its units) has the expected kind for that witness.  ``excess_units`` counts the
matched units beyond one per found edit: 1 for a swap marked as a move (its two ends),
more when a collator cuts a moved passage into pieces (consecutive pieces of one end that
all carry the same ``link`` are one unit: see :func:`predicted_from_variorum`).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from variorum.clean.markdown import escape_inline

KIND_OF = {
    "substitution": "substantive", "omission": "omission", "addition": "addition",
    "punctuation": "punctuation", "case": "orthographic", "spelling": "orthographic",
    "swap": "transposition",
}
EDIT_TYPES = tuple(KIND_OF)
#: how many words a predicted unit may extend beyond the edit it marks, on each side
SLACK_WORDS = 2
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z])")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_PLAIN_WORD = re.compile(r"^[A-Za-z]+$")


@dataclass(frozen=True)
class Edit:
    """One known edit: where it is in the original and in the witness (character ranges)."""

    type: str
    kind: str
    base_start: int
    base_end: int
    wit_start: int
    wit_end: int
    before: str
    after: str


@dataclass(frozen=True)
class Witness:
    siglum: str
    text: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Suite:
    """The original text (siglum ``O``) and the witnesses derived from it."""

    base: str
    witnesses: tuple[Witness, ...]
    seed: int = 0
    source: str = ""

    def to_json(self) -> dict:
        return {"seed": self.seed, "source": self.source, "base": self.base,
                "witnesses": [{"siglum": w.siglum, "text": w.text,
                               "edits": [asdict(e) for e in w.edits]} for w in self.witnesses]}

    @classmethod
    def from_json(cls, data: dict) -> "Suite":
        return cls(data["base"], tuple(
            Witness(w["siglum"], w["text"], tuple(Edit(**e) for e in w["edits"]))
            for w in data["witnesses"]), data.get("seed", 0), data.get("source", ""))

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def load(cls, path: Path) -> "Suite":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- sources

def paragraphs_from_corpus(text: str, max_words: int) -> list[list[str]]:
    """A corpus text as paragraphs of sentences, up to the sentence that reaches ``max_words``;
    marker lines such as ``[[C01]]`` are dropped and Markdown characters escaped."""
    out: list[list[str]] = []
    total = 0
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if not block or block.startswith("[[") and block.endswith("]]"):
            continue
        sentences = []
        for s in _sentences(block):
            if s and total < max_words:
                sentences.append(escape_inline(s))
                total += len(s.split())
        if sentences:
            out.append(sentences)
        if total >= max_words:
            break
    return out


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Messrs|Dr|St|Prof|Rev|Sir|Capt|Col|Gen|vol|viz|cf)|\b[A-Z])\.$")


def _sentences(block: str) -> list[str]:
    """Sentences of a paragraph; a period after a title or an initial ends none."""
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(block):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def generated_paragraphs(rng: random.Random, vocabulary: Sequence[str], n_words: int) -> list[list[str]]:
    """Sentences of 8 to 25 words drawn from ``vocabulary``, 3 to 6 sentences a paragraph."""
    out: list[list[str]] = []
    total = 0
    while total < n_words:
        para = []
        for _ in range(rng.randint(3, 6)):
            k = rng.randint(8, 25)
            words = [rng.choice(vocabulary) for _ in range(k)]
            for i in range(2, k - 1):
                if rng.random() < 0.08:
                    words[i] += rng.choice([",", ",", ";"])
            words[0] = words[0][:1].upper() + words[0][1:]
            para.append(" ".join(words) + rng.choice([".", ".", ".", "?", "!"]))
            total += k
        out.append(para)
    return out


# --------------------------------------------------------------------------- edits

_SPELLING = [("our", "or"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
             ("yse", "yze"), ("tre", "ter")]


def _spell(word: str, rng: random.Random) -> str | None:
    low = word.lower()
    for a, b in _SPELLING:
        for x, y in ((a, b), (b, a)):
            if low.endswith(x) and len(low) > len(x) + 2:
                return word[: len(word) - len(x)] + y
    m = re.search(r"([bcdfglmnprst])\1", word)
    cands = [i for i in range(2, len(word) - 2) if word[i] in "lnprt" and word[i - 1] in "aeiou"]
    if m and len(word) >= 6:
        spelt = word[: m.start()] + word[m.start() + 1:]
    elif len(word) >= 6 and cands:
        i = rng.choice(cands)
        spelt = word[: i + 1] + word[i:]
    else:
        return None
    # (un)doubling that makes another real word ("losses" -> "loses") is no spelling variant
    return spelt if not _is_word(spelt) else None


def _is_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") > 0


def _far(a: str, b: str) -> bool:
    """Words unlike enough that no spelling rule could take one for the other."""
    a, b = a.lower(), b.lower()
    if a == b or abs(len(a) - len(b)) <= 1 and sum(x != y for x, y in zip(a, b)) <= 1:
        return False
    return len(set(a) ^ set(b)) >= 3


@dataclass
class _Sentence:
    words: list[str]
    locked: bool = False  # part of a swap: no other edit inside
    marks: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # word -> (type, before, after)


def derive(paragraphs: Sequence[Sequence[str]], rng: random.Random, *, per_words: int = 40,
           vocabulary: Sequence[str], swaps_per_1000: float = 2.0) -> tuple[str, str, list[Edit]]:
    """The original text, one witness made from it, and the witness's edits.

    About one edit per ``per_words`` words, of the seven types in equal shares (swaps
    ``swaps_per_1000`` per thousand words); edits keep at least three untouched words
    between them."""
    paras = [[_Sentence(s.split(" ")) for s in p] for p in paragraphs]
    sentences = [s for p in paras for s in p]
    n_words = sum(len(s.words) for s in sentences)
    # swaps: two neighbouring sentences of one paragraph
    # (an untouched sentence between two swaps, as between any two edits, keeps them apart)
    swaps: set[int] = set()
    previous_locked = False
    for p in paras:
        for i in range(len(p)):
            if (i + 1 < len(p) and not previous_locked and not p[i].locked
                    and rng.random() < swaps_per_1000 * (len(p[i].words) + len(p[i + 1].words)) / 2000):
                p[i].locked = p[i + 1].locked = True
                swaps.add(id(p[i]))
            previous_locked = p[i].locked
    word_types = [t for t in EDIT_TYPES if t != "swap"]
    budget = max(1, n_words // per_words)
    slots = [(si, wi) for si, s in enumerate(sentences) if not s.locked
             for wi in range(1, len(s.words) - 1)]
    rng.shuffle(slots)
    taken: dict[int, set[int]] = {}
    done = 0
    for si, wi in slots:
        if done >= budget:
            break
        near = taken.setdefault(si, set())
        if any(abs(wi - w) <= 4 for w in near):
            continue
        s = sentences[si]
        word = s.words[wi]
        kind = word_types[done % len(word_types)] if rng.random() < 0.8 else rng.choice(word_types)
        edit = _word_edit(kind, word, rng, vocabulary)
        if edit is None:
            continue
        s.marks[wi] = (kind, *edit)
        near.add(wi)
        done += 1
    return _render(paras, swaps)


def _word_edit(kind: str, word: str, rng: random.Random, vocabulary: Sequence[str]) -> tuple[str, str] | None:
    """(before, after) for one word slot, or None when the word does not suit the edit."""
    core = re.match(r"^(.*?)([,;:]?)$", word)
    assert core
    stem, punct = core.group(1), core.group(2)
    plain = bool(_PLAIN_WORD.match(stem))
    if kind == "substitution" and plain and not punct:
        choices = [w for w in (rng.choice(vocabulary) for _ in range(20)) if _far(w, stem)]
        return (word, choices[0]) if choices else None
    if kind == "omission" and plain and not punct:
        return (word, "")
    if kind == "addition" and plain and not punct:
        extra = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3)))
        return (word, f"{word} {extra}")
    if kind == "punctuation" and plain:
        if punct:
            return (word, stem + rng.choice([p for p in [",", ";", ""] if p != punct]))
        return (word, word + rng.choice([",", ";"]))
    if kind == "case" and plain and len(stem) > 1:
        flipped = stem[0].lower() if stem[0].isupper() else stem[0].upper()
        return (word, flipped + stem[1:] + punct)
    if kind == "spelling" and plain:
        spelt = _spell(stem, rng)
        return (word, spelt + punct) if spelt and spelt != stem else None
    return None


def _render(paras: list[list[_Sentence]], swaps: set[int]) -> tuple[str, str, list[Edit]]:
    """Write the original and the witness side by side, recording each edit's ranges."""
    base: list[str] = []
    wit: list[str] = []
    blen = wlen = 0
    edits: list[Edit] = []

    def put(b: str, w: str) -> None:
        nonlocal blen, wlen
        base.append(b)
        wit.append(w)
        blen += len(b)
        wlen += len(w)

    for pi, p in enumerate(paras):
        if pi:
            put("\n\n", "\n\n")
        i = 0
        while i < len(p):
            if i:
                put(" ", " ")
            s = p[i]
            if id(s) in swaps:
                t = p[i + 1]
                a, b = " ".join(s.words), " ".join(t.words)
                bs, ws = blen, wlen
                put(f"{a} {b}", f"{b} {a}")
                edits.append(Edit("swap", KIND_OF["swap"], bs, blen, ws, wlen, f"{a} {b}", f"{b} {a}"))
                i += 2
                continue
            for wi, word in enumerate(s.words):
                if wi:
                    put(" ", " ")
                if wi not in s.marks:
                    put(word, word)
                    continue
                kind, before, after = s.marks[wi]
                if kind == "omission":
                    # the word and the space before it go; the edit touches the word
                    base.pop(), wit.pop()
                    blen -= 1
                    wlen -= 1
                    bs, ws = blen, wlen
                    put(" " + before, "")
                    edits.append(Edit(kind, KIND_OF[kind], bs, blen, ws, wlen, " " + before, after))
                    continue
                bs, ws = blen, wlen
                put(before, after)
                if kind == "addition":
                    # the added words and the space before them
                    edits.append(Edit(kind, KIND_OF[kind], blen, blen, ws + len(before), wlen,
                                      "", after[len(before):]))
                elif kind == "punctuation":
                    stem = len(_common_prefix(before, after))
                    edits.append(Edit(kind, KIND_OF[kind], bs + stem, blen, ws + stem, wlen, before, after))
                else:
                    # the word's own trailing punctuation is untouched: no part of the edit
                    tail = len(before) - len(before.rstrip(",;:"))
                    tail = tail if before[len(before) - tail:] == after[len(after) - tail:] else 0
                    edits.append(Edit(kind, KIND_OF[kind], bs, blen - tail, ws, wlen - tail, before, after))
            i += 1
    return "".join(base), "".join(wit), edits


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def make_suite(paragraphs: Sequence[Sequence[str]], n_witnesses: int, seed: int, *,
               vocabulary: Sequence[str], per_words: int = 40, source: str = "") -> Suite:
    """The original and ``n_witnesses`` witnesses, each with its own edits (seeded)."""
    rng = random.Random(seed)
    base = None
    witnesses = []
    for k in range(n_witnesses):
        b, w, edits = derive(paragraphs, rng, per_words=per_words, vocabulary=vocabulary)
        assert base is None or b == base
        base = b
        witnesses.append(Witness(f"W{k + 1}", w, tuple(edits)))
    return Suite(base or "", tuple(witnesses), seed, source)


def vocabulary_from(paragraphs: Sequence[Sequence[str]]) -> list[str]:
    """Plain lower-case words of the text itself, for substitutions and additions."""
    words = {w.lower() for p in paragraphs for s in p for w in s.split(" ") if _PLAIN_WORD.match(w)}
    return sorted(w for w in words if len(w) > 2)


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class Predicted:
    """A stretch where a witness reads differently from the base, as the collator saw it."""

    base_start: int
    base_end: int
    wit_start: int
    wit_end: int
    kind: str = ""


def predicted_from_variorum(v, base: str, siglum: str) -> list[Predicted]:
    """The variant units of one witness against the base, with their character ranges.

    The collator's contract makes consecutive pieces of one end of a move (cut by other
    witnesses' variants inside the passage) one transposition: they all carry the same
    ``link``.  Such a run, a transposition for this witness, counts as one unit here.
    """
    out: list[Predicted] = []
    bpos = wpos = 0
    run_link = None
    for u in v.units:
        b, w = u.readings.get(base, ""), u.readings.get(siglum, "")
        if b != w:
            kind = u.kinds.get(siglum, u.kind)
            moved = kind == "transposition" and u.link is not None
            last = out[-1] if out else None
            if moved and last is not None and run_link == u.link and last.kind == kind \
                    and (last.base_end, last.wit_end) == (bpos, wpos):
                out[-1] = Predicted(last.base_start, bpos + len(b), last.wit_start, wpos + len(w), kind)
            else:
                out.append(Predicted(bpos, bpos + len(b), wpos, wpos + len(w), kind))
            run_link = u.link if moved else None
        bpos += len(b)
        wpos += len(w)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without white space at its ends; an empty range (an insertion point)
    moves left over white space, so that "a| b" and "a |b" are the same place."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        while start > 0 and text[start - 1].isspace():
            start -= 1
        end = start
    return start, end


def _visible(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if not ch.isspace())


def _swap_parts(e: Edit) -> tuple[str, str]:
    """The two sentences of a swap: ``before`` is "a b" and ``after`` is "b a"."""
    for k, ch in enumerate(e.before):
        if ch == " " and e.before[k + 1:] + " " + e.before[:k] == e.after:
            return e.before[:k], e.before[k + 1:]
    raise ValueError(f"not a swap: {e.before!r} / {e.after!r}")


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


def _widen(text: str, r: tuple[int, int]) -> tuple[int, int]:
    """The range with the white space on both sides of it."""
    lo, hi = r
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and text[hi].isspace():
        hi += 1
    return lo, hi


def _outside_words(text: str, r: tuple[int, int], edit: tuple[int, int]) -> int:
    """Words of range ``r`` that lie outside the edit's range."""
    return _words_between(text, r[0], min(r[1], edit[0])) + _words_between(text, max(r[0], edit[1]), r[1])


def _covers(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """``outer`` holds ``inner``; an insertion point may sit in the white space around it."""
    if inner[0] == inner[1]:
        lo, hi = _widen(text, outer)
        return lo <= inner[0] <= hi
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlaps(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] and b[0] == b[1]:
        return _widen(text, a) == _widen(text, b)
    if a[0] == a[1] or b[0] == b[1]:
        point, r = (a[0], b) if a[0] == a[1] else (b[0], a)
        return r[0] < point < r[1]
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class Score:
    edits: int
    found: int
    kind_right: int
    predicted: int
    predicted_matched: int
    by_type: dict
    misses: tuple = ()
    extras: tuple = ()
    #: predicted units beyond one per found edit (a moved passage cut into pieces)
    excess_units: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.edits if self.edits else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.edits if self.edits else 1.0

    def to_json(self) -> dict:
        return {"edits": self.edits, "found": self.found, "kind_right": self.kind_right,
                "predicted": self.predicted, "predicted_matched": self.predicted_matched,
                "excess_units": self.excess_units,
                "recall": round(self.recall, 4), "precision": round(self.precision, 4),
                "f1": round(self.f1, 4), "kind_accuracy": round(self.kind_accuracy, 4),
                "by_type": self.by_type, "misses": list(self.misses), "extras": list(self.extras)}


def score(base: str, witness: Witness, predicted: Sequence[Predicted], *, max_misses: int = 10) -> Score:
    """Variant-marking recall, precision and F1, and kind accuracy, of one witness."""
    wtext = witness.text
    ranges = []
    for e in witness.edits:
        ranges.append((_trim(base, e.base_start, e.base_end), _trim(wtext, e.wit_start, e.wit_end)))
    pred = [(_trim(base, p.base_start, p.base_end), _trim(wtext, p.wit_start, p.wit_end), p)
            for p in predicted]
    matched: set[int] = set()
    found = kind_right = 0
    by_type: dict[str, dict[str, int]] = {t: {"edits": 0, "found": 0, "kind_right": 0} for t in EDIT_TYPES}
    misses = []
    for k, e in enumerate(witness.edits):
        eb, ew = ranges[k]
        by_type[e.type]["edits"] += 1
        touching = [i for i, (pb, pw, _) in enumerate(pred)
                    if _overlaps(base, pb, eb) or _overlaps(wtext, pw, ew)
                    or (_covers(base, pb, eb) and _covers(wtext, pw, ew))]
        ok = False
        kind_ok = False
        if e.type == "swap":
            inside = all(_outside_words(base, pred[i][0], eb) + _outside_words(wtext, pred[i][1], ew)
                         <= 2 * SLACK_WORDS for i in touching)
            if touching and inside:
                # visible characters, so that a passage cut into pieces is not short of its spaces
                shorter = min(_visible(x, 0, len(x)) for x in _swap_parts(e))
                cover_b = sum(_visible(base, *pred[i][0]) for i in touching)
                cover_w = sum(_visible(wtext, *pred[i][1]) for i in touching)
                ok = min(cover_b, cover_w) >= 0.9 * shorter
                kind_ok = ok and any(pred[i][2].kind == e.kind for i in touching)
        else:
            for i in touching:
                pb, pw, p = pred[i]
                if not (_covers(base, pb, eb) and _covers(wtext, pw, ew)):
                    continue
                others = [j for j, (ob, ow) in enumerate(ranges) if j != k and
                          (_overlaps(base, pb, ob) or _overlaps(wtext, pw, ow))]
                if others:
                    continue
                if max(_outside_words(base, pb, eb), _outside_words(wtext, pw, ew)) > 2 * SLACK_WORDS:
                    continue
                ok = True
                kind_ok = p.kind == e.kind
                touching = [i]
                break
        if ok:
            found += 1
            matched.update(touching)
            by_type[e.type]["found"] += 1
            if kind_ok:
                kind_right += 1
                by_type[e.type]["kind_right"] += 1
        if (not ok or not kind_ok) and len(misses) < max_misses:
            near = [{"base": base[pred[i][2].base_start:pred[i][2].base_end],
                     "witness": wtext[pred[i][2].wit_start:pred[i][2].wit_end],
                     "kind": pred[i][2].kind} for i in touching[:3]]
            misses.append({"type": e.type, "expected": e.kind, "found": ok, "before": e.before,
                           "after": e.after, "predicted": near})
    extras = tuple({"base": base[p.base_start:p.base_end], "witness": wtext[p.wit_start:p.wit_end],
                    "kind": p.kind} for i, (_, _, p) in enumerate(pred) if i not in matched)[:max_misses]
    return Score(len(witness.edits), found, kind_right, len(pred), len(matched), by_type,
                 tuple(misses), extras, len(matched) - found)


def total(scores: Iterable[Score]) -> dict:
    """Sums over witnesses, with the figures recomputed from the sums."""
    scores = list(scores)
    s = Score(sum(x.edits for x in scores), sum(x.found for x in scores),
              sum(x.kind_right for x in scores), sum(x.predicted for x in scores),
              sum(x.predicted_matched for x in scores), {}, (), (),
              sum(x.excess_units for x in scores))
    out = s.to_json()
    del out["by_type"], out["misses"], out["extras"]
    by_type: dict[str, dict[str, int]] = {}
    for x in scores:
        for t, d in x.by_type.items():
            acc = by_type.setdefault(t, {"edits": 0, "found": 0, "kind_right": 0})
            for key, n in d.items():
                acc[key] += n
    out["by_type"] = by_type
    out["min_f1"] = round(min((x.f1 for x in scores), default=1.0), 4)
    out["min_kind_accuracy"] = round(min((x.kind_accuracy for x in scores), default=1.0), 4)
    return out
