"""Random original page breaks for a variorum, drawn at word starts (the page tests of export and render)."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import strategies as st

from variorum.model import PAGEBREAKS, Variorum

_WORD_START = re.compile(r"(?<!\S)\S")


def with_random_pages(v: Variorum, data: st.DataObject, *, at_end: bool = False) -> Variorum:
    """``v`` with up to four page breaks per witness at word starts (and at the text's end,
    a page on which no word begins, with ``at_end``); an empty witness has no page."""
    pages = {}
    for s in v.sigla:
        text = v.text_of(s)
        starts = [m.start() for m in _WORD_START.finditer(text)] + ([len(text)] if at_end else [])
        chosen = sorted(data.draw(st.lists(st.sampled_from(starts), max_size=4))) if starts else []
        if chosen and text:
            pages[s] = [{"page": str(n), "offset": o} for n, o in enumerate(chosen)]
    return dataclasses.replace(v, metadata={PAGEBREAKS: pages})
