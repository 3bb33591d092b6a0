"""Hypothesis strategies for the exports: random variorums cut from random Markdown texts."""

from __future__ import annotations

import dataclasses

from hypothesis import strategies as st

from variorum.model import Unit, Variorum, WitnessInfo

FRAGMENTS = ("\n\n", "\n", "# ", "## ", "- ", "\\$", "\\*", "\\\\", "\\\n", "<", "&", ">", "]]>",
             " ", "word", "Word", ".", "\t", "\r", "\x01", "é", "\\#", "\\<", "&amp;",
             "*", "**", "_", "[", "](", "](#x)", ")", "*a*", "[a](b)")
fragment_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text("ab #-*_[]()\\\n", max_size=3)),
                         max_size=6).map("".join)


@st.composite
def variorums(draw) -> Variorum:
    """Random witnesses cut into random units: shared stretches and differing ones."""
    n = draw(st.integers(1, 4))
    sigla = draw(st.lists(st.sampled_from(["A", "B", "1818", "x y", "C:2", "Thomas", "é"]),
                          min_size=n, max_size=n, unique=True))
    base = draw(st.one_of(st.none(), st.sampled_from(sigla)))
    units = []
    for i in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            t = draw(fragment_text)
            units.append(Unit(f"u{i}", "agreement", {s: t for s in sigla}))
        else:
            pool = draw(st.lists(fragment_text, min_size=1, max_size=3))
            readings = {s: draw(st.sampled_from(pool)) for s in sigla}
            kind = draw(st.sampled_from(["substantive", "omission", "structure", "agreement"]))
            units.append(Unit(f"u{i}", kind, readings))
    if len(units) >= 2 and draw(st.booleans()):
        a, b = sorted(draw(st.lists(st.integers(0, len(units) - 1), min_size=2, max_size=2, unique=True)))
        units[a] = dataclasses.replace(units[a], kind="transposition", link=units[b].id)
        units[b] = dataclasses.replace(units[b], kind="transposition", link=units[a].id)
    return Variorum(tuple(WitnessInfo(s, description=draw(fragment_text)) for s in sigla), base,
                    tuple(units))


