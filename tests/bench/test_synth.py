"""The known-edit generator and scorer of bench/synth.py, and the collator on a fixed instance."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURE = ROOT / "tests" / "data" / "collate" / "known_edits_generated_text_3_witnesses.json"


def _load_synth():
    spec = importlib.util.spec_from_file_location("synth", ROOT / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synth", module)
    spec.loader.exec_module(module)
    return sys.modules["synth"]


synth = _load_synth()
VOCAB = ["harbour", "colour", "realise", "travelling", "letter", "mountain", "silver", "garden",
         "window", "quietly", "ancient", "soldier", "meadow", "river", "doctor", "harvest",
         "lantern", "carriage", "organise", "several", "strange", "winter", "summer", "market"]


def small_suite(seed: int = 3, n_words: int = 500):
    rng = random.Random(seed)
    paras = synth.generated_paragraphs(rng, VOCAB, n_words)
    return synth.make_suite(paras, 3, seed, vocabulary=VOCAB, per_words=25)


def regenerate() -> list[Path]:
    """Rewrite the fixed instance (words from wordfreq's most frequent English words)."""
    from wordfreq import top_n_list

    vocab = [w for w in top_n_list("en", 3000) if w.isalpha() and len(w) > 2]
    paras = synth.generated_paragraphs(random.Random(11), vocab, 700)
    suite = synth.make_suite(paras, 3, 11, vocabulary=vocab, per_words=30,
                             source="generated: wordfreq top 3000 English words, seed 11")
    FIXTURE.write_text(suite.dumps(), encoding="utf-8")
    return [FIXTURE]


def check_edits_explain_witness(base: str, w) -> None:
    """Outside the edits the witness is the base; inside, each edit says what changed."""
    bpos = wpos = 0
    for e in sorted(w.edits, key=lambda e: e.base_start):
        assert base[bpos:e.base_start] == w.text[wpos:e.wit_start], (e, bpos, wpos)
        b, t = base[e.base_start:e.base_end], w.text[e.wit_start:e.wit_end]
        assert b != t, e
        if e.type == "swap":
            assert (b, t) == (e.before, e.after)
        elif e.type == "omission":
            assert (b, t) == (e.before, "")
        elif e.type == "addition":
            assert b == "" and t == e.after
        else:
            assert b in e.before and t in e.after
        bpos, wpos = e.base_end, e.wit_end
    assert base[bpos:] == w.text[wpos:]


def test_every_edit_type_appears_and_edits_explain_the_witness() -> None:
    suite = small_suite()
    types = {e.type for w in suite.witnesses for e in w.edits}
    assert types >= set(synth.EDIT_TYPES) - {"swap"}
    for w in suite.witnesses:
        check_edits_explain_witness(suite.base, w)
        assert all(e.kind == synth.KIND_OF[e.type] for e in w.edits)


def test_generator_is_deterministic_and_round_trips_json() -> None:
    a, b = small_suite(5), small_suite(5)
    assert a == b
    assert small_suite(6) != a
    assert synth.Suite.from_json(a.to_json()) == a


def test_swaps_are_two_neighbouring_sentences() -> None:
    suite = small_suite(7, 3000)
    swaps = [e for w in suite.witnesses for e in w.edits if e.type == "swap"]
    assert swaps, "a 3,000-word text gets some swaps"
    for e in swaps:
        first, second = synth._swap_parts(e)
        assert e.after == f"{second} {first}"


def truth(w) -> list:
    return [synth.Predicted(e.base_start, e.base_end, e.wit_start, e.wit_end, e.kind) for e in w.edits]


def test_scorer_gives_one_to_the_truth_and_little_to_one_big_unit() -> None:
    suite = small_suite()
    for w in suite.witnesses:
        perfect = synth.score(suite.base, w, truth(w))
        assert (perfect.f1, perfect.kind_accuracy) == (1.0, 1.0)
        wrong_kinds = [synth.Predicted(p.base_start, p.base_end, p.wit_start, p.wit_end, "rewrite")
                       for p in truth(w)]
        assert synth.score(suite.base, w, wrong_kinds).kind_accuracy == 0.0
        lump = synth.score(suite.base, w, [synth.Predicted(0, len(suite.base), 0, len(w.text), "rewrite")])
        assert lump.recall == 0.0 and lump.f1 == 0.0
        assert synth.score(suite.base, w, []).recall == 0.0


def test_scorer_accepts_a_swap_marked_as_one_moved_sentence() -> None:
    suite = small_suite(7, 3000)
    w = next(w for w in suite.witnesses if any(e.type == "swap" for e in w.edits))
    e = next(e for e in w.edits if e.type == "swap")
    first, second = synth._swap_parts(e)
    # the first sentence leaves its place and comes back after the second
    moved = [synth.Predicted(e.base_start, e.base_start + len(first) + 1, e.wit_start, e.wit_start,
                             "transposition"),
             synth.Predicted(e.base_end, e.base_end, e.wit_start + len(second), e.wit_end,
                             "transposition")]
    others = [p for p in truth(w) if p.base_start != e.base_start]
    s = synth.score(suite.base, w, others + moved)
    assert s.found == s.edits and s.kind_right == s.edits and s.precision == 1.0


def test_a_unit_spanning_two_edits_finds_neither() -> None:
    suite = small_suite()
    w = suite.witnesses[0]
    a, b = sorted(w.edits, key=lambda e: e.base_start)[:2]
    spanning = synth.Predicted(a.base_start, b.base_end, a.wit_start, b.wit_end, a.kind)
    s = synth.score(suite.base, w, [spanning])
    assert s.found == 0


@pytest.mark.parametrize("mode", ["pair"])
def test_collator_marks_the_known_edits_of_the_fixed_instance(mode: str) -> None:
    from variorum.collate import CollateSettings, collate
    from variorum.model import WitnessInfo

    suite = synth.Suite.load(FIXTURE)
    for w in suite.witnesses:
        check_edits_explain_witness(suite.base, w)
        v = collate([(WitnessInfo("O"), suite.base), (WitnessInfo(w.siglum), w.text)], "O",
                    CollateSettings())
        s = synth.score(suite.base, w, synth.predicted_from_variorum(v, "O", w.siglum))
        assert s.f1 >= 0.99 and s.kind_accuracy >= 0.95, s.to_json()
