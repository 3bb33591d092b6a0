"""Hypothesis strategies for collation tests: random witnesses and random edits of them."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ("the", "The", "of", "and", "security", "cyber", "cyber-security", "colour", "color",
         "war", "War", "peace", "state", "states", "nation", "a", "in", "to", "is", "was",
         "\\$5", "\\*", "50\\%", "&", "<tag>", "x_y", "—", "«", "»", "naïve", "ﬁnd", "find",
         "Mr.", "e.g.", "1.", "2021", "[[C01]]", "it's", "rôle")
PUNCT = ("", "", "", "", ",", ".", ";", ":", "!", "?", ".\"", ")")
SEPS = (" ", " ", " ", " ", " ", "\n\n", "\n\n", "\n", "  ", "\n\n\n", "\t")


@st.composite
def witness_text(draw, max_words: int = 60) -> str:
    """A random cleaned-looking text: words, punctuation, blocks, headings, list items."""
    n = draw(st.integers(0, max_words))
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["", " ", "\n", "\n\n", "# ", "- "])))
    for k in range(n):
        parts.append(draw(st.sampled_from(WORDS)) + draw(st.sampled_from(PUNCT)))
        sep = draw(st.sampled_from(SEPS))
        if sep == "\n\n" and draw(st.booleans()):
            sep += draw(st.sampled_from(["# ", "- ", "## "]))
        if k + 1 < n or draw(st.booleans()):
            parts.append(sep)
    return "".join(parts)


@st.composite
def edited(draw, text: str) -> str:
    """``text`` with random word-level edits: substitute, delete, insert, move, repunctuate."""
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["sub", "del", "ins", "move", "case", "punct", "split"]))
        if not words:
            words = [draw(st.sampled_from(WORDS))]
            continue
        k = draw(st.integers(0, len(words) - 1))
        if op == "sub":
            words[k] = draw(st.sampled_from(WORDS))
        elif op == "del":
            del words[k]
        elif op == "ins":
            words.insert(k, draw(st.sampled_from(WORDS)))
        elif op == "move":
            j = draw(st.integers(0, len(words) - 1))
            chunk = words[k:k + 4]
            del words[k:k + 4]
            words[j:j] = chunk
        elif op == "case":
            words[k] = words[k].upper()
        elif op == "punct":
            words[k] = words[k] + draw(st.sampled_from([",", ";", "."]))
        else:
            words[k] = words[k] + "\n\n"
    return " ".join(words)


@st.composite
def block_edited(draw, text: str) -> str:
    """``text`` with its blocks dropped, repeated, swapped, split or joined."""
    blocks = text.split("\n\n")
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["drop", "repeat", "swap", "split", "join"]))
        k = draw(st.integers(0, len(blocks) - 1))
        if op == "drop" and len(blocks) > 1:
            del blocks[k]
        elif op == "repeat":
            blocks.insert(draw(st.integers(0, len(blocks))), blocks[k])
        elif op == "swap" and k + 1 < len(blocks):
            blocks[k], blocks[k + 1] = blocks[k + 1], blocks[k]
        elif op == "split":
            words = blocks[k].split(" ")
            cut = draw(st.integers(0, len(words)))
            blocks[k:k + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
        elif op == "join" and k + 1 < len(blocks):
            blocks[k:k + 2] = [blocks[k] + " " + blocks[k + 1]]
    return "\n\n".join(blocks)


@st.composite
def witness_sets(draw, min_size: int = 2, max_size: int = 5) -> list[str]:
    """Several witnesses: one random text and random edits of it (or unrelated texts)."""
    first = draw(witness_text())
    n = draw(st.integers(min_size, max_size))
    out = [first]
    for _ in range(n - 1):
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(witness_text()))
        else:
            text = draw(edited(draw(st.sampled_from(out))))
            if draw(st.booleans()):
                text = draw(block_edited(text))
            out.append(text)
    return out
