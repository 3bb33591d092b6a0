"""Simulate what two-column OCR does to a clean text: wrapped, hyphenated, paginated, misread.

``simulate(text, seed)`` returns the gold (the clean text as cleaned Pandoc Markdown should
read: one block per paragraph, ``- `` list items) and the raw OCR a cleanup must repair:

* paragraphs wrapped to a narrow column, long words hyphenated at dictionary points
  (pyphen), compounds broken at their own hyphen (which must be kept);
* lines flowed into two columns per page; pages carry running heads that alternate
  between verso and recto, page numbers attached to the head or alone at the foot, OCR
  noise in the heads; pages end with a form feed or a run of blank lines; a paragraph
  crossing a column or page is split by the blank lines between them; in some layouts a
  column start is marked only by a leading space;
* a few paragraphs set as bulleted lists, the bullet glyph misread (``o``, ``e``, ``»``,
  ``+``, ``•``, ``*``, ``¢``);
* character confusions in words (digits for letters, letter shapes such as rn/m, cl/d,
  li/h, b/h, c/e, vv/w, lc/k, and a share of confusions no cleanup rule knows: g/q, h/n,
  u/v, c/o, s/z, a space inside a word), spaces lost after punctuation, stray specks
  between words;
* mojibake (UTF-8 read as cp1252) on some pages, typographic ligatures in some layouts.

Everything is drawn from ``random.Random(seed)``: the same text and seed give the same
output, byte for byte.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pyphen

# (true, read) confusions an OCR engine makes, with a weight each
DIGIT_FOR_LETTER = [("o", "0", 5), ("O", "0", 3), ("l", "1", 5), ("I", "1", 3), ("S", "5", 2),
                    ("s", "5", 1), ("B", "8", 1), ("g", "9", 1), ("b", "6", 1), ("Z", "2", 0.2)]
LETTER_SHAPES = [("m", "rn", 5), ("rn", "m", 2), ("d", "cl", 3), ("cl", "d", 1), ("h", "li", 3),
                 ("h", "b", 2), ("b", "h", 1), ("e", "c", 4), ("c", "e", 2), ("w", "vv", 2),
                 ("u", "ii", 2), ("n", "ri", 1), ("l", "I", 2), ("I", "l", 1), ("k", "lc", 2),
                 ("a", "o", 1), ("y", "v", 1), ("r", "n", 1)]
#: confusions outside every rule of the cleanup: they measure what it cannot know
UNKNOWN_SHAPES = [("g", "q", 1), ("h", "n", 1), ("u", "v", 1), ("c", "o", 1), ("s", "z", 1)]
BULLETS = ["o", "e", "»", "+", "•", "*", "¢"]
SPECKS = ["~", "^", "|", "`"]
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


@dataclass(frozen=True)
class Layout:
    """How the pages are set and how well the OCR read them."""

    width: int = 44
    lines_per_column: int = 52
    title: str = "THE TITLE"
    section: str = "The Section"
    #: "head": the number in the running head; "foot": alone under the text
    page_number: str = "head"
    #: "formfeed" or "blank": how one page's text ends
    page_end: str = "formfeed"
    column_start_space: bool = False
    ligatures: bool = False
    #: per word
    confusion_rate: float = 0.005
    #: per page
    mojibake_pages: float = 0.15
    head_noise: float = 0.2
    #: per paragraph of three or more sentences
    list_rate: float = 0.03
    first_page: int = 1


@dataclass
class Record:
    """What the simulation did, for the report: counts per kind of damage."""

    counts: dict[str, int] = field(default_factory=dict)
    #: each misread form the simulation wrote -> the kind of confusion that made it
    misread: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    """A plausible two-column layout and OCR quality, drawn from ``rng``."""
    return Layout(
        width=rng.randint(36, 50),
        lines_per_column=rng.randint(40, 60),
        title=title,
        section=section,
        page_number=rng.choice(["head", "foot"]),
        page_end=rng.choice(["formfeed", "blank"]),
        column_start_space=rng.random() < 0.5,
        ligatures=rng.random() < 0.4,
        confusion_rate=rng.choice([0.003, 0.005, 0.008]),
        mojibake_pages=rng.choice([0.0, 0.15, 0.3]),
        first_page=rng.randint(1, 300),
    )


def paragraphs_of(text: str) -> list[str]:
    """The clean text's paragraphs (corpus anchor lines like ``[[C01]]`` dropped)."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if block and not re.fullmatch(r"\[\[[^\]]+\]\]", block):
            out.append(block)
    return out


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    rng = random.Random(seed)
    layout = layout or random_layout(rng, title, section)
    record = Record()
    hyph = pyphen.Pyphen(lang="en_US")
    gold_blocks: list[str] = []
    body: list[str] = []  # raw lines, "" between paragraphs
    for para in paragraphs_of(text):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
        if len(sentences) >= 3 and len(para.split()) <= 150 and rng.random() < layout.list_rate:
            gold_blocks.append("\n".join(f"- {s}" for s in sentences))
            glyph = rng.choice(BULLETS)
            record.add("list items", len(sentences))
            for s in sentences:
                words = _damage_words(s.split(), rng, layout, record)
                lines = _wrap(words, layout.width - 2, hyph, record)
                body.extend([f"{glyph} {lines[0]}", *lines[1:], ""])
            continue
        gold_blocks.append(para)
        words = _damage_words(para.split(), rng, layout, record)
        body.extend(_wrap(words, layout.width, hyph, record) + [""])
    raw = _paginate(body, layout, rng, record)
    if layout.ligatures:
        for plain, lig in LIGATURES:
            n = raw.count(plain)
            if n:
                raw = raw.replace(plain, lig)
                record.add("ligatures", n)
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record


# --------------------------------------------------------------------------- words

def _damage_words(words: list[str], rng: random.Random, layout: Layout, record: Record) -> list[str]:
    out: list[str] = []
    for w in words:
        if rng.random() >= layout.confusion_rate:
            out.append(w)
            continue
        kind = rng.choices(["digit", "shape", "unknown", "glue", "split", "speck"],
                           weights=[30, 40, 10, 10, 5, 5])[0]
        if kind == "glue" and out and re.search(r"[,.;:!?]$", out[-1]) and w[:1].isalpha():
            out[-1] = out[-1] + w
            record.add("space lost after punctuation")
            continue
        if kind == "speck":
            out.extend([w, rng.choice(SPECKS)])
            record.add("stray speck")
            continue
        if kind == "split":
            letters = [i for i in range(2, len(w) - 1) if w[i - 1].isalpha() and w[i].isalpha()]
            if letters:
                i = rng.choice(letters)
                out.extend([w[:i], w[i:]])
                record.add("space inside a word")
                continue
        if kind in ("glue", "split", "speck"):
            kind = "shape"  # no place for that damage here: a letter-shape confusion instead
        table = {"digit": DIGIT_FOR_LETTER, "shape": LETTER_SHAPES, "unknown": UNKNOWN_SHAPES}[kind]
        changed = _confuse(w, table, rng)
        if changed != w:
            record.add(f"confusion: {kind}")
            record.misread[changed] = kind
        out.append(changed)
    return out


def _confuse(word: str, table: list[tuple[str, str, float]], rng: random.Random) -> str:
    sites = [(m.start(), true, read, wt) for true, read, wt in table
             for m in re.finditer(re.escape(true), word)]
    if not sites:
        return word
    pos, true, read, _ = rng.choices(sites, weights=[s[3] for s in sites])[0]
    return word[:pos] + read + word[pos + len(true):]


def _wrap(words: list[str], width: int, hyph: pyphen.Pyphen, record: Record) -> list[str]:
    """Greedy wrapping; a word that does not fit is hyphenated at a dictionary point
    (or at its own hyphen) when the first part fits."""
    lines: list[str] = []
    line = ""
    queue = list(words)
    while queue:
        w = queue.pop(0)
        candidate = f"{line} {w}" if line else w
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - (1 if line else 0)
        split = _split(w, room, hyph)
        if split is not None:
            head, tail = split
            line = f"{line} {head}" if line else head
            queue.insert(0, tail)
            record.add("compound broken at its hyphen" if w.startswith(head) else "line-end hyphens")
        if line:
            lines.append(line)
            line = ""
        if split is None:
            if len(w) > width:  # a word longer than the column: it sticks out, as in print
                lines.append(w)
            else:
                queue.insert(0, w)
    if line:
        lines.append(line)
    return lines


def _split(word: str, room: int, hyph: pyphen.Pyphen) -> tuple[str, str] | None:
    if room < 3:
        return None
    # a compound breaks after its own hyphen, which stays
    for m in reversed(list(re.finditer(r"(?<=[^\W\d_])-(?=[^\W\d_])", word))):
        if m.end() <= room:
            return word[:m.end()], word[m.end():]
    core = re.match(r"^(\W*)([^\W\d_]+)(.*)$", word)
    if not core or "-" in word:
        return None
    pre, letters, post = core.groups()
    for i in sorted(hyph.positions(letters), reverse=True):
        head = pre + letters[:i] + "-"
        if len(head) <= room and i >= 2 and len(letters) - i >= 2:
            return head, letters[i:] + post
    return None


# --------------------------------------------------------------------------- pages

def _paginate(body: list[str], layout: Layout, rng: random.Random, record: Record) -> str:
    columns: list[list[str]] = []
    current: list[str] = []
    for line in body:
        if not current and line == "":
            continue  # no column opens with a paragraph gap
        current.append(line)
        if len(current) == layout.lines_per_column:
            columns.append(current)
            current = []
    if current:
        columns.append(current)
    pages = [columns[i:i + 2] for i in range(0, len(columns), 2)]
    out: list[str] = []
    for n, cols in enumerate(pages):
        number = layout.first_page + n
        page: list[str] = []
        head = _head(layout, number, rng, record)
        if head:
            page += [head, ""]
        for k, col in enumerate(cols):
            col = list(col)
            if layout.column_start_space and col and col[0]:
                col[0] = " " + col[0]
            while col and col[-1] == "":
                col.pop()
            page += col
            if k == 0 and len(cols) > 1:
                page += ["", ""]
        if layout.page_number == "foot":
            page += ["", _noisy(str(number), rng, layout.head_noise / 2)]
            record.add("page numbers")
        text = "\n".join(page)
        if rng.random() < layout.mojibake_pages and re.search(r"[^\x00-\x7f]", text):
            record.add("mojibake pages")
            text = _mojibake(text)
        out.append(text)
    sep = "\n\f" if layout.page_end == "formfeed" else "\n\n\n\n"
    return sep.join(out) + "\n"


def _head(layout: Layout, number: int, rng: random.Random, record: Record) -> str:
    verso = number % 2 == 0
    words = layout.title if verso else layout.section
    record.add("running heads")
    words = _noisy(words, rng, layout.head_noise)
    if layout.page_number == "foot":
        return words
    num = _noisy(str(number), rng, layout.head_noise / 2)
    return f"{num}    {words}" if verso else f"{words}    {num}"


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    if rng.random() >= rate:
        return text
    if text.isdigit():
        return _confuse(text, [("1", "l", 1), ("0", "O", 1), ("5", "S", 1)], rng)
    words = text.split(" ")
    i = rng.randrange(len(words))
    words[i] = _confuse(words[i], DIGIT_FOR_LETTER + LETTER_SHAPES, rng)
    return " ".join(words)


def _mojibake(text: str) -> str:
    """Every non-ASCII character as its UTF-8 bytes read as cp1252 (Latin-1 where cp1252
    has no character), the commonest mojibake."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for b in ch.encode("utf-8"):
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
    return "".join(out)
