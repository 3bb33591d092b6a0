"""A third OCR simulator, written blind to the cleanup's code and tables: a reviewer's two-column book."""

# ``simulate(text, seed)`` -> (gold, raw, layout, record), the interface of ocr_sim. What it
# models, from how OCR engines (Tesseract, ABBYY, pdftotext) read printed books:
#
# * paragraphs wrapped to a column, justified (hyphenating wherever a break point fits,
#   sometimes with the spaces of the justification kept) or ragged (hyphenating only long
#   words); dictionary breaks (pyphen), compounds broken at their own hyphen, words broken
#   after an em dash; the line-end hyphen sometimes a soft hyphen, a "¬", or lost;
# * paragraphs separated by blank lines or only by an indented first line; chapter
#   openings with a drop cap read as a separate letter ("W HEN");
# * two columns per page; a column start shown by blank lines or only by a leading space;
#   running heads alternating verso (number, book title) and recto (section, number), or
#   the number alone at the foot in one of several forms, printers' signatures at some
#   feet, OCR noise in all of them; pages ended by a form feed or by blank lines;
# * lists (a paragraph's ";"-clauses or sentences) whose bullet OCR misread, hanging indent;
# * tables and figure captions that the page layout dropped into the middle of a sentence;
# * character confusions at 0.6-2 % of the words, in a mix of my own (e/c, rn/m, h/li, cl/d,
#   h/b, n/u, l/1/I, 0/o, 5/s, vv/w, dropped and doubled letters, spaces lost or added,
#   glued and spaced punctuation, specks), redrawn when they happen to make a real word,
#   except a few left on purpose (kind "unknown", with punctuation misread as punctuation):
#   no closed rule can or should repair those;
# * ligature glyphs, mid-word soft hyphens, non-breaking spaces, and mojibake of whole
#   pages (UTF-8 read as cp1252 or latin-1).
#
# The gold is the clean text as the cleanup should restore it: one block per paragraph,
# ``- `` list items one per line, a moved table after its paragraph (caption, then rows).
# Everything is drawn from ``random.Random(seed)``.

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache

import pyphen
from wordfreq import zipf_frequency

from ocr_sim import Record  # (the record ocr_bench reads: the one interface shared)


@dataclass(frozen=True)
class Layout:
    """How the book was set and read: page geometry, furniture, OCR quality."""

    title: str
    section: str
    width: int = 36
    lines_per_column: int = 46
    justified: bool = True
    layout_spaces: bool = False  # the OCR kept the justification's runs of spaces
    paragraph_style: str = "blank"  # "blank" line between paragraphs, or "indent" only
    column_start: str = "blank"  # "blank" lines before a column, or a leading "space" only
    page_end: str = "formfeed"  # or "blanks"
    heads: str = "alternate"  # verso title / recto section, "title" on every page, or "none"
    number_place: str = "head"  # "head" (in the running head) or "foot" (alone)
    number_form: str = "{n}"
    first_page: int = 1
    head_noise: float = 0.2
    signatures: bool = False
    odd_hyphen: str = "\u00ad"  # what some line-end hyphens come out as: a soft hyphen or "¬"
    odd_hyphens: float = 0.0  # their share
    hyphen_lost: float = 0.02
    ligatures: float = 0.0  # share of fi, fl, ff, ffi, ffl read as one ligature glyph
    soft_hyphens: float = 0.0  # share of long words carrying a mid-word soft hyphen
    nbsp: bool = False
    mojibake: str = "none"  # "cp1252" or "latin-1": UTF-8 bytes read in that code page
    mojibake_pages: float = 0.0
    confusion_rate: float = 0.01
    list_rate: float = 0.03
    floats: int = 2  # tables and captions dropped into sentences


@dataclass(frozen=True)
class Float:
    """A table or a figure caption: set where it fits, else at the top of the next column."""

    lines: tuple[str, ...]  # as printed
    gold: str  # its blocks in the gold, after the paragraph it lands in


#: (kind, what is read, what OCR writes, weight): letter shapes OCR confuses, weighted by
#: how often they turn up in post-OCR correction data for 19th-century English print
SHAPES = [
    ("e->c", "e", "c", 10), ("c->e", "c", "e", 4), ("rn->m", "rn", "m", 6), ("m->rn", "m", "rn", 7),
    ("cl->d", "cl", "d", 3), ("d->cl", "d", "cl", 3), ("li->h", "li", "h", 3), ("h->li", "h", "li", 6),
    ("h->b", "h", "b", 4), ("b->h", "b", "h", 2), ("n->u", "n", "u", 4), ("u->n", "u", "n", 4),
    ("l->1", "l", "1", 5), ("l->I", "l", "I", 3), ("I->l", "I", "l", 3), ("i->l", "i", "l", 3),
    ("t->l", "t", "l", 2), ("f->t", "f", "t", 2), ("t->f", "t", "f", 1), ("o->0", "o", "0", 2),
    ("O->0", "O", "0", 1), ("s->5", "s", "5", 1), ("S->5", "S", "5", 1), ("a->o", "a", "o", 2),
    ("w->vv", "w", "vv", 2), ("m->in", "m", "in", 2), ("y->v", "y", "v", 2), ("ri->n", "ri", "n", 1),
    ("g->q", "g", "q", 1), ("a->n", "a", "n", 1), ("fi->ti", "fi", "ti", 1), ("ff->if", "ff", "if", 1),
]
#: other kinds of damage to a word, with their weights beside SHAPES'
SHAPE_WEIGHT = sum(w for *_, w in SHAPES)
OTHER = [("dropped letter", 4), ("doubled letter", 2), ("space in word", 5),
         ("words run together", 4), ("glued punctuation", 5), ("spaced punctuation", 3),
         ("speck", 2), ("punctuation misread", 1)]
#: share of confusions that made a real word and are kept anyway ("unknown")
REAL_WORD_KEPT = 0.1
#: in a word during setting: a space OCR will lose after it / a space OCR sees inside it
#: (the printed line is set from the right words; OCR misreads the line)
JOIN, HOLD = "\x01", "\x02"
SPECKS = [".", "'", ",", "-", "~", "^", "•", "`", "‘", "_"]
BULLETS = [("•", 3), ("e", 4), ("o", 4), ("»", 2), ("+", 1), ("*", 1), ("¢", 1), ("©", 2),
           ("«", 1), ("°", 1)]
NUMBER_FORMS = ["{n}", "{n}", "— {n} —", "- {n} -", "[{n}]", "({n})"]
LIGATURES = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ")]
HEAD_NOISE = [("I", "l"), ("1", "l"), ("0", "O"), ("E", "F"), ("M", "IVI"), ("N", "IN"), ("O", "0"),
              ("H", "II"), ("S", "8"), ("5", "S"), ("T", "'I'")]
CAPTIONS = ["Comparative measurements of the {a} and the {b}.", "The {a}, after {b}.",
            "Number of cases of {a} and {b} observed.", "Distribution of {a} by {b}."]
WORD = re.compile(r"[^\W\d_]+")


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    paragraph_style = rng.choices(["blank", "indent"], [3, 1])[0]
    justified = rng.random() < 0.7
    mojibake = rng.choices(["none", "cp1252", "latin-1"], [1, 3, 2])[0]
    return Layout(
        title=title, section=section,
        width=rng.randint(30, 44),
        lines_per_column=rng.randint(38, 56),
        justified=justified,
        layout_spaces=justified and rng.random() < 0.5,
        paragraph_style=paragraph_style,
        # an indented paragraph and a column marked by a leading space would read alike
        column_start="blank" if paragraph_style == "indent" else rng.choice(["blank", "space"]),
        page_end=rng.choice(["formfeed", "blanks"]),
        heads=rng.choices(["alternate", "title", "none"], [5, 2, 1])[0],
        number_place=rng.choice(["head", "foot"]),
        number_form=rng.choice(NUMBER_FORMS),
        first_page=rng.randint(1, 240),
        head_noise=rng.uniform(0.05, 0.35),
        signatures=rng.random() < 0.3,
        odd_hyphen=rng.choice(["\u00ad", "¬"]),
        odd_hyphens=rng.choice([0.0, rng.uniform(0.05, 0.5)]),
        hyphen_lost=rng.uniform(0.0, 0.04),
        ligatures=rng.choice([0.0, rng.uniform(0.2, 0.9)]),
        soft_hyphens=rng.uniform(0.0, 0.03),
        nbsp=rng.random() < 0.5,
        mojibake=mojibake,
        mojibake_pages=0.0 if mojibake == "none" else rng.uniform(0.05, 0.35),
        confusion_rate=rng.uniform(0.006, 0.02),
        list_rate=rng.uniform(0.01, 0.05),
        floats=rng.randint(1, 4),
    )


def paragraphs_of(text: str) -> list[str]:
    """The clean text's paragraphs, whitespace normalised, ``[[anchor]]`` lines dropped."""
    blocks = (" ".join(b.split()) for b in re.split(r"\n[ \t]*\n", text))
    return [b for b in blocks if b and not re.fullmatch(r"\[\[[^\]]*\]\]", b)]


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    rng = random.Random(seed)
    layout = layout or random_layout(rng, title, section)
    record = Record()
    paras = paragraphs_of(text)
    vocab = frozenset(w.lower() for p in paras for w in WORD.findall(p))
    hyph = pyphen.Pyphen(lang="en_US")
    float_at = _float_places(paras, layout.floats, rng)
    gold_blocks: list[str] = []  # one per paragraph
    body: list[tuple[int, str] | Float] = []  # (paragraph, wrapped line or "" a blank line), floats
    for i, para in enumerate(paras):
        items = _list_items(para) if rng.random() < layout.list_rate else None
        if items:
            gold_blocks.append("\n".join(f"- {it}" for it in items))
            record.add("list items", len(items))
            glyph = rng.choices([g for g, _ in BULLETS], [w for _, w in BULLETS])[0]
            spaced = rng.random() < 0.3  # some OCR leaves a blank line between items
            lines = []
            for it in items:
                words = _damage(it.split(), rng, layout, vocab, record)
                lines += ([""] if lines and spaced else []) + _wrap(
                    words, layout, hyph, rng, record, lead=f"{glyph} ", hang=" " * (len(glyph) + 1))
        else:
            gold_blocks.append(para)
            words = para.split()
            if re.fullmatch(r"[A-Z]{3,}", words[0]) and len(words) >= 20 and rng.random() < 0.5:
                words[0] = words[0][0] + " " + words[0][1:]  # a drop cap read as its own letter
                record.add("drop caps")
            words = _damage(" ".join(words).split(), rng, layout, vocab, record)
            lead = " " * rng.randint(2, 5) if layout.paragraph_style == "indent" else ""
            lines = _wrap(words, layout, hyph, rng, record, lead=lead)
        if i in float_at and not items and len(lines) >= 4:
            caption, rows = _float(para, float_at[i], rng)
            gold = "\n\n".join([caption] + (["\n".join("\t".join(r) for r in rows)] if rows else []))
            dropped = Float(tuple(textwrap.wrap(caption, layout.width) + ["   ".join(r) for r in rows]), gold)
            cut = rng.randint(1, len(lines) - 2)
            lines = [(i, ln) for ln in lines[:cut]] + [dropped] + [(i, ln) for ln in lines[cut:]]
            record.add("tables dropped into a sentence" if rows else "captions dropped into a sentence")
        else:
            lines = [(i, ln) for ln in lines]
        if body and layout.paragraph_style == "blank":
            body.append((i - 1, ""))
        body.extend(lines)
    raw, landed = _paginate(body, layout, rng, record)
    for i, gold in reversed(sorted(landed, key=lambda x: x[0])):  # two after one paragraph: in order
        gold_blocks.insert(i + 1, gold)
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record


# --------------------------------------------------------------------------- blocks

def _list_items(para: str) -> list[str] | None:
    """A paragraph set as a list: its ";"-clauses, or else its sentences (3 to 12 of them)."""
    if len(para.split()) > 180:
        return None
    for pieces in (re.split(r"(?<=;)\s+", para), re.split(r"(?<=[.!?])\s+(?=[A-Z“‘\"])", para)):
        if 3 <= len(pieces) <= 12 and all(len(p.split()) >= 3 for p in pieces):
            return pieces
    return None


def _float_places(paras: list[str], n: int, rng: random.Random) -> dict[int, int]:
    """Paragraph index -> float number, for ``n`` long paragraphs spread over the text."""
    long = [i for i, p in enumerate(paras) if len(p.split()) >= 60]
    chosen = sorted(rng.sample(long, min(n, len(long))))
    return {i: k for k, i in enumerate(chosen, start=1)}


def _float(para: str, number: int, rng: random.Random) -> tuple[str, list[list[str]]]:
    """A caption and (for a table) its rows, made of words of the paragraph they interrupt."""
    nouns = sorted({w for w in WORD.findall(para) if len(w) >= 6 and w.islower()
                    and not w.endswith(("ing", "ed", "ly"))}) or ["specimens", "examples"]
    a, b = rng.choice(nouns), rng.choice(nouns)
    phrase = rng.choice(CAPTIONS).format(a=a, b=b)
    if rng.random() < 0.4:
        return f"Fig. {number}.—{phrase}", []
    rows = [[w.capitalize(), f"{rng.randint(2, 2400):,}", f"{rng.uniform(0, 100):.1f}"]
            for w in rng.sample(nouns, min(len(nouns), rng.randint(3, 5)))]
    return f"TABLE {_roman(number)}. {phrase}", [["Number", "Per cent."]] + rows


def _roman(n: int) -> str:
    out = ""
    for value, glyph in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + glyph, n - value
    return out


# --------------------------------------------------------------------------- word damage

@lru_cache(maxsize=None)
def _common(word: str) -> bool:
    return zipf_frequency(word, "en") >= 3.0


def _is_word(token: str, vocab: frozenset[str]) -> bool:
    """Would a spelling check pass this token (its letters a word of English or of the text)?"""
    core = "".join(WORD.findall(token)).lower()
    if not core or any(c.isdigit() for c in token):
        return False
    if len(core) == 1:
        return core in ("a", "i", "o")
    return core in vocab or _common(core)


def _damage(words: list[str], rng: random.Random, layout: Layout, vocab: frozenset[str],
            record: Record) -> list[str]:
    """The words as OCR read them: about ``confusion_rate`` of them damaged in one way."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w, nxt = words[i], (words[i + 1] if i + 1 < len(words) else None)
        made = None
        if rng.random() < layout.confusion_rate:
            made, kind, used_next = _one_confusion(w, nxt, rng, vocab, record)
        if made is None:
            out.append(w)
            i += 1
            continue
        if used_next:  # counted when the line is read: the two words may not share a line
            record.misread.setdefault(w + nxt, kind)
            out += [w + JOIN, nxt]
            i += 2
            continue
        record.add(f"confusion: {kind}")
        for m in re.split(f"[ {HOLD}]", made):
            if m not in (w, nxt) and (kind == "unknown" or not _is_word(m, vocab)):
                record.misread.setdefault(m, kind)
        out.extend(made.split(" "))
        i += 1
    return out


def _read_line(line: str, record: Record) -> str:
    """A set line as OCR reads it: the spaces it lost and the spaces it saw where none are."""
    def joined(m: re.Match) -> str:
        glued = m.group(1) in ",.;:!?"
        record.add("confusion: " + ("glued punctuation" if glued else "words run together"))
        return m.group(1)
    line = re.sub(f"(.){JOIN} +", joined, line)
    return line.replace(JOIN, "").replace(HOLD, " ")


def _one_confusion(w: str, nxt: str | None, rng: random.Random, vocab: frozenset[str],
                   record: Record) -> tuple[str | None, str, bool]:
    """(damaged form or None, kind, whether the next word went into it) for one damaged word.

    A confusion that happens to make a real word is drawn again, except REAL_WORD_KEPT of
    them, which stay as kind "unknown" (as a misread punctuation mark does): a spelling
    check cannot see them, so no closed rule should repair them.
    """
    for _attempt in range(6):
        kind, made, used_next = _confuse(w, nxt, rng)
        if made is None:
            continue
        if kind == "punctuation misread":
            record.add("punctuation misread")
            return made, "unknown", used_next
        joins = kind in ("space in word", "words run together", "speck", "spaced punctuation",
                         "glued punctuation")
        if not joins and _is_word(made, vocab):
            if rng.random() >= REAL_WORD_KEPT:
                continue
            record.add("real-word errors")
            return made, "unknown", used_next
        return made, kind, used_next
    return None, "", False


def _confuse(word: str, nxt: str | None, rng: random.Random) -> tuple[str, str | None, bool]:
    """(kind, the damaged form, whether the next word went into it), or a form of None."""
    r = rng.uniform(0, SHAPE_WEIGHT + sum(w for _, w in OTHER))
    if r < SHAPE_WEIGHT:
        for kind, a, b, weight in SHAPES:
            r -= weight
            if r < 0:
                break
        spots = [m.start() for m in re.finditer(re.escape(a), word)
                 if _inside_letters(word, m.start(), m.start() + len(a))]
        if not spots:
            return kind, None, False
        at = rng.choice(spots)
        return kind, word[:at] + b + word[at + len(a):], False
    r -= SHAPE_WEIGHT
    for kind, weight in OTHER:
        r -= weight
        if r < 0:
            break
    letters = [m.start() for m in re.finditer(r"[^\W\d_]", word)]
    if kind == "dropped letter" and len(letters) >= 4:
        at = rng.choice(letters[1:-1])
        return kind, word[:at] + word[at + 1:], False
    if kind == "doubled letter" and len(letters) >= 3:
        at = rng.choice(letters[1:])
        return kind, word[:at] + word[at] + word[at:], False
    if kind == "space in word" and len(letters) >= 5:
        at = rng.choice(letters[2:-2])
        return kind, word[:at] + HOLD + word[at:], False
    if kind == "words run together" and nxt and word[-1:].isalpha() and nxt[:1].isalpha():
        return kind, word + nxt, True
    if kind == "glued punctuation" and nxt and re.search(r"\w[,.;:!?]$", word) and nxt[:1].isalpha():
        return kind, word + nxt, True
    if kind == "spaced punctuation" and re.search(r"\w[,;:!?]$", word):
        return kind, word[:-1] + HOLD + word[-1], False
    if kind == "speck":
        return kind, word + " " + rng.choice(SPECKS), False
    if kind == "punctuation misread" and re.search(r"\w[,.;:]$", word):
        swap = {",": ".", ".": ",", ";": ":", ":": ";"}
        return kind, word[:-1] + swap[word[-1]], False
    return kind, None, False


def _inside_letters(word: str, start: int, end: int) -> bool:
    """The span is letters and has a letter beside it (OCR misreads shapes inside words)."""
    before = word[start - 1:start].isalpha()
    after = word[end:end + 1].isalpha()
    return before or after or WORD.findall(word) == ["I"]


# --------------------------------------------------------------------------- lines

def _wrap(words: list[str], layout: Layout, hyph: pyphen.Pyphen, rng: random.Random,
          record: Record, lead: str = "", hang: str = "") -> list[str]:
    """Set ``words`` in lines of the column width, breaking words at line ends as a setter would."""
    lines: list[str] = []
    line: list[str] = []
    prefix = lead
    queue = list(words)
    while queue:
        w = queue.pop(0)
        room = layout.width - len(prefix) - _length(line)
        need = len(w) + (1 if line else 0)
        if need <= room:
            line.append(w)
            continue
        room -= 1 if line else 0
        split = _split(w, room, hyph, layout.justified or not line or room >= 7)
        if split is not None:
            head, tail, how = split
            if how == "dictionary":
                record.add("line-end hyphens")
                if rng.random() < layout.hyphen_lost:
                    record.add("line-end hyphens lost")
                    head = head[:-1]
                elif rng.random() < layout.odd_hyphens:
                    head = head[:-1] + layout.odd_hyphen
            else:
                record.add(f"line ends after {how}")
            line.append(head)
            queue.insert(0, tail)
        elif not line:  # a word longer than the column: set it overfull
            line.append(w)
            continue
        else:
            queue.insert(0, w)
        lines.append(prefix + _justify(line, layout.width - len(prefix), layout, queue != []))
        line, prefix = [], hang
    if line:
        lines.append(prefix + " ".join(line))
    return [_read_line(ln, record) for ln in lines]


def _length(line: list[str]) -> int:
    return sum(map(len, line)) + max(0, len(line) - 1)


def _split(word: str, room: int, hyph: pyphen.Pyphen, willing: bool) -> tuple[str, str, str] | None:
    """(head with its line-end mark, tail, how) for the widest break of ``word`` within ``room``."""
    best = None
    if HOLD in word:  # the word was printed whole on one line
        return None
    for m in re.finditer(r"(?<=[^\W\d_])(-|—)(?=[^\W\d_“‘\"'])", word):
        if m.end() <= room:
            best = (word[:m.end()], word[m.end():], "a compound's hyphen" if m.group(1) == "-" else "a dash")
    if best or not willing:
        return best
    core = re.match(r"([^\w]*)([^\W\d_]+)", word)
    if not core or len(core.group(2)) < 5:
        return None
    lead = len(core.group(1))
    for pos in reversed(hyph.positions(core.group(2))):
        if lead + pos + 1 <= room and pos >= 2 and len(core.group(2)) - pos >= 3:
            return word[:lead + pos] + "-", word[lead + pos:], "dictionary"
    return None


def _justify(line: list[str], width: int, layout: Layout, more: bool) -> str:
    """The line as OCR gives it: single spaces, or the justification's runs of spaces kept."""
    if not (layout.layout_spaces and more) or len(line) < 2:
        return " ".join(line)
    gaps, extra = len(line) - 1, max(0, width - _length(line))
    out = line[0]
    for k, w in enumerate(line[1:]):
        out += " " * (1 + extra // gaps + (k < extra % gaps)) + w
    return out


# --------------------------------------------------------------------------- pages

def _paginate(body: list[tuple[int, str] | Float], layout: Layout, rng: random.Random,
              record: Record) -> tuple[str, list[tuple[int, str]]]:
    """The raw text: the lines in two columns a page, the furniture, each page read; and
    (paragraph, gold) of each float, the paragraph being the one whose text precedes it."""
    columns, landed = _columns(body, layout, rng, record)
    pages = []
    for p in range(0, len(columns), 2):
        number = layout.first_page + p // 2
        parts: list[str] = []
        head = _head(layout, number, rng, record)
        if head:
            parts += [head, ""]
        for c, col in enumerate(columns[p:p + 2]):
            if layout.column_start == "space" and (p, c) != (0, 0):
                # the only sign of a new column: its first line starts with a space (a blank
                # line at its top is a paragraph break and stays)
                first = next((k for k, ln in enumerate(col) if ln), None)
                if first is not None:
                    col = col[:first] + [" " + col[first]] + col[first + 1:]
            elif c == 1:
                parts += ["", ""]
            parts += col
            record.add("columns")
        foot = _foot(layout, number, rng, record)
        if foot:
            parts += [""] + foot
        page = "\n".join(parts)
        if layout.mojibake != "none" and rng.random() < layout.mojibake_pages:
            page = _mojibake(page, layout.mojibake)
            record.add("mojibake pages")
        pages.append(page)
        record.add("pages")
    sep = "\n\f" if layout.page_end == "formfeed" else "\n" * rng.randint(3, 5)
    return sep.join(pages) + "\n", landed


def _columns(body: list[tuple[int, str] | Float], layout: Layout, rng: random.Random,
             record: Record) -> tuple[list[list[str]], list[tuple[int, str]]]:
    """Columns of lines, a float at the top of the next column when it does not fit (so
    mid-sentence); and (paragraph, gold) of each float as it landed."""
    n = layout.lines_per_column
    columns: list[list[str]] = []
    current: list[tuple[int, str]] = []  # (paragraph or -1 for a float's lines, line)
    waiting: list[Float] = []
    landed: list[tuple[int, str]] = []

    def place(f: Float, at: int) -> None:
        before = [para for para, _ in current[:at] if para >= 0]
        landed.append((before[-1] if before else columns_last[0], f.gold))
        block = [(-1, ln) for ln in f.lines] + [(-1, "")]
        current[at:at] = ([(-1, "")] if at else []) + block

    columns_last = [0]  # the paragraph of the last text line of the columns closed so far
    for item in body:
        if isinstance(item, Float):
            if current and len(current) + len(item.lines) + 2 > n:
                waiting.append(item)
            else:
                place(item, len(current))
        else:
            para, line = item
            current.append((para, _glyphs(line, layout, rng, record)))
        while len(current) >= n:
            done, current = current[:n], current[n:]
            columns.append([ln for _, ln in done])
            columns_last[0] = next((para for para, _ in reversed(done) if para >= 0), columns_last[0])
            for f in reversed(waiting):
                place(f, 0)
            waiting = []
    for f in waiting:
        place(f, len(current))
    if current:
        columns.append([ln for _, ln in current])
    return columns, landed


def _head(layout: Layout, number: int, rng: random.Random, record: Record) -> str:
    if layout.heads == "none" and layout.number_place == "foot":
        return ""
    if rng.random() < 0.04:  # a chapter's first page: no running head
        return ""
    verso = number % 2 == 0
    num = layout.number_form.format(n=number) if layout.number_place == "head" else ""
    words = "" if layout.heads == "none" else (
        layout.title if verso or layout.heads == "title" else layout.section)
    gap = " " * rng.choice([1, 2, 4, 6])
    head = (num + gap + words if verso else words + gap + num).strip()
    record.add("running heads")
    return _noisy(head, rng, layout.head_noise)


def _foot(layout: Layout, number: int, rng: random.Random, record: Record) -> list[str]:
    out = []
    if layout.number_place == "foot":
        out.append(" " * (layout.width - 2) + _noisy(layout.number_form.format(n=number), rng, layout.head_noise))
        record.add("page numbers at the foot")
    if layout.signatures and number % 8 == 1:
        sheet = "ABCDEFGHIKLMNOPQRSTUVXYZ"[(number // 8) % 24]
        out.append(" " * layout.width + _noisy(f"VOL. I. {sheet}" if rng.random() < 0.5 else f"{sheet} 2",
                                               rng, layout.head_noise))
        record.add("signature marks")
    return out


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    """A line of furniture as a poor OCR reads it: a glyph misread, a speck, a space."""
    if rng.random() >= rate:
        return text
    what = rng.randrange(3)
    if what == 0:
        hits = [(a, b) for a, b in HEAD_NOISE if a in text]
        if hits:
            a, b = rng.choice(hits)
            at = rng.choice([m.start() for m in re.finditer(re.escape(a), text)])
            return text[:at] + b + text[at + 1:]
    if what == 1:
        return text + rng.choice([" .", "'", " ,", " •", "-"])
    at = rng.randrange(1, max(2, len(text)))
    return text[:at] + " " + text[at:]


def _glyphs(line: str, layout: Layout, rng: random.Random, record: Record) -> str:
    """Ligature glyphs, mid-word soft hyphens, no-break spaces: what extracted text carries."""
    if layout.ligatures:
        for plain, glyph in LIGATURES:
            if plain in line and rng.random() < layout.ligatures:
                record.add("ligatures", line.count(plain))
                line = line.replace(plain, glyph)
    if layout.soft_hyphens:
        words = line.split(" ")
        for k, w in enumerate(words):
            if len(w) >= 8 and w.isalpha() and rng.random() < layout.soft_hyphens:
                at = rng.randrange(3, len(w) - 3)
                words[k] = w[:at] + "\u00ad" + w[at:]
                record.add("mid-word soft hyphens")
        line = " ".join(words)
    if layout.nbsp:
        line, n = re.subn(r"\b(Mr|Mrs|Dr|St|M)\. (?=[A-Z])", "\\1.\u00a0", line)
        record.add("no-break spaces", n)
    return line


def _mojibake(page: str, codec: str) -> str:
    """The page's UTF-8 bytes read as ``codec`` (cp1252's five holes read as latin-1)."""
    if codec == "latin-1":
        return page.encode("utf-8").decode("latin-1")
    out = []
    for b in page.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)
