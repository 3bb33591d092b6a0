"""The sixth OCR simulator: two-column OCR as issue 3's reviewers would write it, written blind.

Issue 3 says the reviewers will take clean text, "simulate what two-column OCR does to it
(wrapping with dictionary hyphenation, running heads and page numbers, misread bullets,
character confusions, mojibake)" and score the cleanup against the original.  This module
is that corruption written from the issue's words and from what real OCR output looks like,
without reading the cleanup or the other five simulators (only ``Record`` and
``paragraphs_of`` are shared with ``ocr_sim``), so its figures are a held-out estimate.

What is modelled, and from where:

* Layout: the text set in two narrow columns (30-46 characters), hyphenated by dictionary
  (pyphen en_US, at least two letters either side, a typesetter sometimes preferring a loose
  line); compounds and dashes broken at their own hyphen; a few line-end hyphens lost by the
  OCR, or exported as a soft hyphen (PDF text layers).  Columns read one after the other, the
  second marked by a blank line, a leading space, or nothing (Tesseract, ABBYY plain text).
  Paragraphs separated by blank lines or only by an indent; a paragraph that runs over a
  column or page break arrives split.
* Page furniture: running heads alternating verso ``12  TITLE`` / recto ``SECTION  13`` (or
  the title on both), page numbers in the head or alone at the foot, heads missing on a few
  pages, OCR noise in them (misread letters and digits, stray marks, a number glued to the
  title); form feeds (Tesseract), blank lines, or nothing between pages.  On some layouts
  the Google Books watermark ("Digitized by Google", with its famous misreadings such as
  "VjOOQlC") or printers' signature marks (``B 2``) at the foot.  Specks read as a stray glyph.
* Lists: a run of sentences set as a bulleted list with a hanging indent, the bullet misread
  as ``o``, ``e``, ``»``, ``+``, ``*``, ``¢`` (the issue's list) or kept as ``•``, now and
  then glued to the first word.
* Floats: a figure caption or a small table placed at a column top, so that in the OCR
  stream it interrupts a sentence; sometimes with a line of image residue.  The gold has it
  after the paragraph it interrupted, as a careful editor would put it.
* Character confusions: the classic scannos from proofreaders' lists (MobileRead "OCR
  villains", Distributed Proofreaders' scanno pages, OUP's re-keying guide): rn/m, cl/d,
  li/h, h/b, ri/n, n/u, ii/u, e/c, vv/w, y/v, l/1/I, O/0, S/5, punctuation swaps, thin
  letters lost; lost and added spaces ("ofthe", "ano ther"), a space before ; : ! ? as in
  19th-century setting (and now and then inside a quotation mark), an em dash read as a
  hyphen or two (Distributed Proofreaders), drop capitals split from their word ("T HE").  A misreading that gives a real
  word (wordfreq Zipf >= 3 or a word of the text) is recorded as kind "unknown".
* Encoding: ligature code points (ﬁ ﬂ ﬀ ﬃ ﬄ, FineReader and Google Books), mojibake of the
  whole file or of some pages (UTF-8 read as cp1252 through ftfy's sloppy codec, or as
  latin-1 leaving C1 controls), decomposed accents, soft hyphens and zero-width spaces inside
  words, no-break spaces, a byte-order mark.

Rates are those of decent scans (about 0.5-3 % of words damaged before hyphenation and
furniture), and every choice is drawn from a generator seeded by the seed and the text, so
each run has its own layout.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass
from importlib import import_module

import pyphen
from wordfreq import zipf_frequency

from ocr_sim import Record, paragraphs_of

import_module("ftfy.bad_codecs")  # registers the sloppy-windows-1252 codec the layouts draw

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
TOKEN_PARTS = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)
BULLETS = ("o", "e", "»", "+", "*", "¢", "•")
BULLET_WEIGHTS = (3, 3, 2, 1, 2, 1, 2)
#: (what is printed, what the OCR reads, weight): scannos from the proofreaders' lists
CONFUSIONS = (
    ("rn", "m", 3), ("m", "rn", 3), ("m", "in", 1), ("in", "m", 1), ("cl", "d", 1), ("d", "cl", 1),
    ("li", "h", 2), ("h", "li", 3), ("h", "b", 2), ("b", "h", 1), ("ri", "n", 1), ("n", "ri", 0.5),
    ("n", "u", 1.5), ("u", "n", 1.5), ("u", "ii", 1), ("e", "c", 3), ("c", "e", 2), ("e", "o", 1),
    ("a", "o", 1), ("t", "f", 1), ("f", "t", 1), ("r", "f", 0.5), ("l", "1", 2), ("l", "I", 1.5),
    ("I", "l", 2), ("I", "1", 1), ("i", "l", 1.5), ("l", "i", 1), ("ll", "U", 0.5), ("th", "di", 0.5),
    ("w", "vv", 1), ("W", "VV", 0.5), ("y", "v", 1), ("v", "y", 1), ("O", "0", 1), ("o", "0", 0.15),
    ("S", "5", 0.5), ("B", "8", 0.3), ("g", "q", 0.5), ("J", "]", 0.3), ("é", "e", 1),
    ("i", "", 0.5), ("l", "", 0.3), ("r", "", 0.3),
    (".", ",", 1), (",", ".", 1), (";", ":", 1), (":", ";", 0.5), ("!", "l", 0.5),
)
DIGIT_MISREADS = {"1": "l", "0": "o", "5": "S", "8": "B", "6": "b", "3": "8", "2": "z"}
LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))
WATERMARKS = ("Digitized by Google", "Digitized by Google", "Digitized by VjOOQlC",
              "Digitized by LjOOQlC", "Digitized by GoOglc")
SPECKS = (".", "'", ",", "`", "~", "-", "•", ":")
SIGNATURE_LETTERS = "BCDEFGHIKLMNOPQRSTXYZ"


@dataclass(frozen=True)
class Layout:
    """One book's page design and one scan's OCR quality."""

    title: str
    section: str
    width: int  # characters per column line
    lines_per_column: int
    first_page: int
    heads_alternate: bool  # verso the title, recto the section; else the title on both
    number_place: str  # "head" | "foot"
    head_noise: float  # per page
    page_end: str  # "formfeed" | "blank" | "none"
    column_mark: str  # "blank" | "space" | "none"
    paragraph_mark: str  # "blank" | "indent"
    hyphen: str  # "-" or a soft hyphen
    lost_hyphens: float  # per line-end hyphen
    char_error: float  # per character of a word
    space_errors: float  # per word
    spaced_punctuation: float  # per ; : ! ? (0 on most layouts), less for quotes
    dash_misread: float  # per em dash: read as a hyphen
    drop_caps: bool
    ligatures: float  # per ff, fi, fl, ffi, ffl: its ligature code point
    codec: str  # the wrong decoding of mojibake
    mojibake_pages: float  # 1.0: the whole file
    unicode_noise: float  # per word
    bom: bool
    lists: float  # per sentence of a paragraph: a list carved there
    floats: float  # per 100 words of a paragraph of 60 words or more
    specks: float  # per page
    watermark: bool
    signatures: bool


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    """A plausible two-column book and OCR run, drawn from ``rng``."""
    column_mark = rng.choice(["blank", "space", "none"])
    return Layout(
        title=title,
        section=section,
        width=rng.randint(30, 46),
        lines_per_column=rng.randint(38, 58),
        first_page=rng.randint(1, 400),
        heads_alternate=rng.random() < 0.75,
        number_place=rng.choice(["head", "head", "foot"]),
        head_noise=rng.choice([0.05, 0.15, 0.3]),
        page_end=rng.choices(["formfeed", "blank", "none"], [4, 4, 1])[0],
        column_mark=column_mark,
        # an indent-only paragraph start would be the same mark as a column start
        paragraph_mark="blank" if column_mark == "space" or rng.random() < 0.7 else "indent",
        hyphen="\u00ad" if rng.random() < 0.15 else "-",
        lost_hyphens=rng.choice([0.0, 0.01, 0.03]),
        char_error=rng.choice([0.0008, 0.0015, 0.0025, 0.0035]),
        space_errors=rng.choice([0.0005, 0.001, 0.002]),
        spaced_punctuation=rng.choice([0.0, 0.0, 0.0, 0.3, 0.7]),
        dash_misread=rng.choice([0.0, 0.0, 0.2]),
        drop_caps=rng.random() < 0.4,
        ligatures=rng.choice([0.0, 0.3, 0.9]),
        codec=rng.choice(["sloppy-windows-1252", "sloppy-windows-1252", "latin-1"]),
        mojibake_pages=rng.choices([0.0, 0.1, 0.3, 1.0], [35, 30, 20, 15])[0],
        unicode_noise=rng.choice([0.0, 0.0005, 0.0015]),
        bom=rng.random() < 0.15,
        lists=rng.choice([0.004, 0.008, 0.012]),
        floats=rng.choice([0.0, 0.02, 0.05]),
        specks=rng.choice([0.0, 0.05, 0.15]),
        watermark=rng.random() < 0.25,
        signatures=rng.random() < 0.3,
    )


@dataclass(frozen=True)
class Block:
    """A block of the gold: a paragraph, a list (its items), or a float (set in the paragraph before)."""

    kind: str  # "para" | "list" | "float"
    lines: tuple[str, ...]  # a paragraph: one; a list: its items; a float: its lines
    is_table: bool = False


@dataclass(frozen=True)
class Ocr:
    """What one run needs at hand: the layout, the generator, the record, the text's words."""

    layout: Layout
    rng: random.Random
    record: Record
    vocab: frozenset[str]
    hyph: pyphen.Pyphen


# ----------------------------------------------------------------------------- planning

def plan_blocks(paragraphs: list[str], ocr: Ocr) -> list[Block]:
    """The gold's blocks: the text's paragraphs, some sentence runs set as lists, floats added."""
    blocks: list[Block] = []
    figure = 0
    for para in paragraphs:
        blocks.extend(carve_list(para, ocr))
        n = len(para.split())
        # a float lands in a paragraph in proportion to the page area it covers
        host_ends = blocks[-1].kind == "para"  # a float interrupts running text, not a list
        if host_ends and n >= 60 and ocr.rng.random() < min(0.5, ocr.layout.floats * n / 100):
            figure += 1
            blocks.append(make_float(para, figure, ocr))
    return blocks


def carve_list(para: str, ocr: Ocr) -> list[Block]:
    """The paragraph, or (rarely) its sentences split into lead, a bulleted list and a tail."""
    sentences = SENTENCE_END.split(para)
    if len(sentences) < 3 or ocr.rng.random() >= min(0.6, ocr.layout.lists * len(sentences)):
        return [Block("para", (para,))]
    start = ocr.rng.randint(1, len(sentences) - 2)
    n = ocr.rng.randint(2, min(6, len(sentences) - start))
    lead, items, tail = sentences[:start], sentences[start:start + n], sentences[start + n:]
    if not all(balanced(s) for s in items):
        return [Block("para", (para,))]  # no item opens a quotation another one closes
    ocr.record.add("list", 1)
    out = [Block("para", (" ".join(lead),)), Block("list", tuple(items))]
    if tail:
        out.append(Block("para", (" ".join(tail),)))
    return out


def balanced(sentence: str) -> bool:
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


def make_float(para: str, number: int, ocr: Ocr) -> Block:
    """A figure caption or a small table whose words come from its paragraph."""
    rng = ocr.rng
    words = [w.strip(".,;:!?“”‘’\"'()—") for w in para.split()]
    words = [w for w in words if w.isalpha()]
    if rng.random() < 0.35:
        names = [w.capitalize() for w in words if len(w) >= 6][:40] or ["Total"]
        rows = [f"{rng.choice(names)} {rng.randint(1, 99)} {rng.randint(1, 999)}"
                for _ in range(rng.randint(2, 4))]
        ocr.record.add("float: table")
        return Block("float", (f"TABLE {roman(number)}.", *rows), is_table=True)
    start = rng.randrange(max(1, len(words) - 5))
    phrase = " ".join(words[start:start + rng.randint(2, 5)]).lower().capitalize() or "Figure"
    style = rng.choice(["Fig. {n}.—{p}.", "FIG. {n}. {p}.", "Plate {r}. {p}."])
    ocr.record.add("float: caption")
    return Block("float", (style.format(n=number, r=roman(number), p=phrase),))


def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def gold_of(blocks: list[Block]) -> str:
    """The clean text as the bench compares it: blocks by blank lines, list items as ``- ``."""
    out = []
    for b in blocks:
        if b.kind == "list":
            out.append("\n".join("- " + item for item in b.lines))
        else:
            out.append("\n".join(b.lines))
    return "\n\n".join(out)


# ----------------------------------------------------------------------------- word misreadings

def is_real(form: str, vocab: frozenset[str]) -> bool:
    """A misreading that is itself a word: no rule can know it is wrong."""
    core = TOKEN_PARTS.match(form).group(2).lower()
    if not core:
        return False  # a dash or a mark: no word at all
    if core in vocab:
        return True
    return len(core) > 1 and core.isalpha() and zipf_frequency(core, "en") >= 3.0


def note(form: str, kind: str, ocr: Ocr) -> None:
    kind = "unknown" if is_real(form, ocr.vocab) else kind
    ocr.record.misread[form] = kind
    ocr.record.add(f"confusion: {kind}")


def confuse(word: str, rng: random.Random) -> tuple[str, str] | None:
    """One scanno in ``word`` (letters inside the word, punctuation at its end), or None."""
    lead, core, trail = TOKEN_PARTS.match(word).groups()
    options = []
    for src, dst, weight in CONFUSIONS:
        if src.isalpha():
            starts = [m.start() for m in re.finditer(re.escape(src), core)]
            if dst == "" and len(core) < 4:
                continue
            options.extend((weight / len(starts) if starts else 0, src, dst, s) for s in starts)
        elif trail.startswith(src):
            options.append((weight, src, dst, -1))
    if not options:
        return None
    _, src, dst, at = rng.choices(options, [o[0] for o in options])[0]
    if at < 0:
        return lead + core + dst + trail[len(src):], f"{src}>{dst}"
    return lead + core[:at] + dst + core[at + len(src):] + trail, f"{src}>{dst or '∅'}"


def misread_words(words: list[str], ocr: Ocr, chapter_start: bool) -> list[str]:
    """The words as the OCR reads them: scannos, lost and added spaces, spaced punctuation."""
    lay, rng = ocr.layout, ocr.rng
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i == 0 and chapter_start and lay.drop_caps and len(w) >= 3 and w.isalpha():
            out += [w[0], w[1:]]  # the drop capital read as a word of its own
            ocr.record.add("drop capital")
            i += 1
            continue
        core = TOKEN_PARTS.match(w).group(2)
        r = rng.random()
        if r < lay.space_errors / 2 and i + 1 < len(words) and core.isalpha() and words[i + 1].isalpha():
            merged = w + words[i + 1]
            note(merged, "space lost", ocr)
            out.append(merged)
            i += 2
            continue
        if r < lay.space_errors and len(core) >= 5 and core.isalpha():
            cut = rng.randint(2, len(core) - 2) + w.index(core)
            for part in (w[:cut], w[cut:]):
                note(part, "space added", ocr)
            out += [w[:cut], w[cut:]]
            i += 1
            continue
        if rng.random() < 1 - (1 - lay.char_error) ** max(1, len(w)):
            hit = confuse(w, rng)
            if hit and hit[0]:
                w, kind = hit
                note(w, kind, ocr)
        if lay.unicode_noise and rng.random() < lay.unicode_noise:
            w = broken_unicode(w, ocr)
        if "—" in w and rng.random() < lay.dash_misread:
            w = w.replace("—", rng.choice(["-", "--"]), 1)
            note(w, "dash", ocr)
        out += spaced(w, ocr)
        i += 1
    return out


def spaced(word: str, ocr: Ocr) -> list[str]:
    """The word, or split from a ; : ! ? or a curly quote that the OCR set off by a space."""
    p, rng = ocr.layout.spaced_punctuation, ocr.rng
    if not p or len(word) < 2:
        return [word]
    if word[-1] in ";:!?" and rng.random() < p:
        ocr.record.add("spaced punctuation")
        return [word[:-1], word[-1]]
    if word[0] in "“‘" and rng.random() < p / 3:
        ocr.record.add("spaced quote")
        return [word[0], word[1:]]
    if word[-1] in "”’" and word[-2].isalpha() and rng.random() < p / 3:
        ocr.record.add("spaced quote")
        return [word[:-1], word[-1]]
    return [word]


def broken_unicode(word: str, ocr: Ocr) -> str:
    """A soft hyphen or zero-width space inside the word, or its accents decomposed."""
    nfd = unicodedata.normalize("NFD", word)
    if nfd != word:
        ocr.record.add("unicode: decomposed")
        return nfd
    if len(word) < 4:
        return word
    at = ocr.rng.randint(1, len(word) - 2)
    mark = ocr.rng.choice(["\u00ad", "\u200b"])
    ocr.record.add("unicode: soft hyphen" if mark == "\u00ad" else "unicode: zero-width space")
    return word[:at] + mark + word[at:]


# ----------------------------------------------------------------------------- wrapping

def line_end_split(token: str, room: int, ocr: Ocr) -> tuple[str, str, str] | None:
    """Where a typesetter breaks ``token`` to fill ``room`` characters: (left, right, kind)."""
    for i in range(min(room, len(token) - 1) - 1, 0, -1):
        if token[i] in "-—" and token[i - 1].isalpha() and token[i + 1:i + 2].isalnum():
            return token[:i + 1], token[i + 1:], "compound at line end" if token[i] == "-" else "dash at line end"
    if ocr.rng.random() < 0.12:
        return None  # a loose line rather than a break
    lead, core, trail = TOKEN_PARTS.match(token).groups()
    if len(core) < 5 or not core.isalpha():
        return None
    for left, right in ocr.hyph.iterate(core):
        if len(left) >= 2 and len(right) >= 2 and len(lead) + len(left) + 1 <= room:
            lost = ocr.rng.random() < ocr.layout.lost_hyphens
            ocr.record.add("hyphen lost" if lost else "hyphenation")
            return lead + left + ("" if lost else ocr.layout.hyphen), right + trail, ""
    return None


def wrap(tokens: list[str], width: int, first: str, rest: str, ocr: Ocr) -> list[str]:
    """Tokens set in lines of ``width``: ``first`` and ``rest`` are the lines' indents."""
    lines: list[str] = []
    cur, filled = first, False
    for tok in tokens:
        while True:
            sep = " " if filled else ""
            room = width - len(cur) - len(sep)
            if len(tok) <= room:
                cur, filled = cur + sep + tok, True
                break
            split = line_end_split(tok, room, ocr) if room >= 3 else None
            if split:
                left, tok, kind = split
                if kind:
                    ocr.record.add(kind)
                lines.append(cur + sep + left)
                cur, filled = rest, False
                continue
            if not filled:  # longer than a line: it stands out in the margin
                cur, filled = cur + tok, True
                break
            lines.append(cur)
            cur, filled = rest, False
    if filled:
        lines.append(cur)
    return lines


def is_heading(para: str) -> bool:
    words = para.split()
    return len(words) <= 6 and (para.isupper() or words[0].rstrip(".").upper() in {"CHAPTER", "LETTER"})


def body_lines(blocks: list[Block], ocr: Ocr) -> list[str]:
    """The text as one column stream: lines, "" where the OCR leaves a blank line."""
    lay, rng = ocr.layout, ocr.rng
    out: list[str] = []
    chapter_start = True
    for i, b in enumerate(blocks):
        if b.kind == "float":
            continue  # set inside its paragraph below
        if b.kind == "list":
            lines = list_lines(b, ocr)
            out += ([""] if out else []) + lines + [""]
            continue
        indent = "  " if lay.paragraph_mark == "indent" else ""
        heading = is_heading(b.lines[0])
        lines = read_lines(wrap(b.lines[0].split(), lay.width, indent, "", ocr), ocr,
                           chapter_start and not heading)
        chapter_start = heading
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "float" and len(lines) >= 2:
            at = rng.randint(1, len(lines) - 1)
            lines[at:at] = [""] + float_lines(nxt, ocr) + [""]
            ocr.record.add("float inside a sentence")
        elif nxt is not None and nxt.kind == "float":
            lines += [""] + float_lines(nxt, ocr) + [""]
        if lay.paragraph_mark == "blank" and out and out[-1] != "":
            out.append("")
        out += lines
    return out


def read_lines(lines: list[str], ocr: Ocr, chapter_start: bool = False,
               bullet: bool = False) -> list[str]:
    """The printed lines as the OCR reads them, line by line (a misreading never reflows)."""
    out = []
    for k, line in enumerate(lines):
        indent = line[:len(line) - len(line.lstrip(" "))]
        words = line.split()
        keep = words[:1] if bullet and k == 0 else []  # the bullet has its own misreading
        read = misread_words(words[len(keep):], ocr, chapter_start and k == 0)
        out.append(indent + " ".join(keep + read))
    return out


def list_lines(block: Block, ocr: Ocr) -> list[str]:
    """Bulleted items with a hanging indent, each bullet as the OCR misreads it."""
    rng = ocr.rng
    glyph = rng.choices(BULLETS, BULLET_WEIGHTS)[0]
    out = []
    for item in block.lines:
        g = glyph if rng.random() < 0.8 else rng.choices(BULLETS, BULLET_WEIGHTS)[0]
        words = item.split()
        glued = not g.isalpha() and rng.random() < 0.1
        ocr.record.add("bullet glued" if glued else "bullet")
        if glued:
            words[0] = g + words[0]
            out += read_lines(wrap(words, ocr.layout.width, "", "  ", ocr), ocr)
        else:
            lines = wrap(words, ocr.layout.width, g + " ", " " * (len(g) + 1), ocr)
            out += read_lines(lines, ocr, bullet=True)
    return out


def float_lines(block: Block, ocr: Ocr) -> list[str]:
    """A caption wrapped to the column, or table rows with their cells spaced out."""
    rng = ocr.rng
    out = []
    if not block.is_table and rng.random() < 0.3:
        out.append(" ".join(rng.choice(SPECKS) for _ in range(rng.randint(1, 3))))
        ocr.record.add("image residue")
    for i, line in enumerate(block.lines):
        if block.is_table and i:
            words = misread_words(line.split(), ocr, False)
            gap = " " * rng.randint(3, 8)
            out.append(words[0] + gap + gap.join(words[1:]))
        else:
            out += read_lines(wrap(line.split(), ocr.layout.width, "", "", ocr), ocr)
    return out


# ----------------------------------------------------------------------------- pages

def columns_of(lines: list[str], per_column: int) -> list[list[str]]:
    """The stream cut into columns; a blank line does not open a column."""
    cols: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if not cur and line == "":
            continue
        cur.append(line)
        if len(cur) == per_column:
            cols.append(cur)
            cur = []
    while cur and cur[-1] == "":
        cur.pop()
    if cur:
        cols.append(cur)
    return cols


def head_line(number: int, ocr: Ocr) -> str | None:
    """The running head of page ``number`` as the OCR reads it, or None (an unheaded page)."""
    lay, rng = ocr.layout, ocr.rng
    if rng.random() < 0.04:
        return None
    text = lay.title if number % 2 == 0 or not lay.heads_alternate else lay.section
    num = str(number)
    gap = " " * rng.choice([1, 2, 2, 3, 5])
    if rng.random() < lay.head_noise:
        if lay.number_place == "head" and rng.random() < 0.25:
            gap = ""  # the number read as glued to the title
            ocr.record.add("head noise: glue")
        else:
            text, num = noisy_head(text, num, ocr)
    if lay.number_place != "head":
        return text
    return f"{num}{gap}{text}" if number % 2 == 0 else f"{text}{gap}{num}"


def noisy_head(text: str, num: str, ocr: Ocr) -> tuple[str, str]:
    """One OCR slip in a running head: a letter, a digit, a stray mark, a lost space."""
    rng = ocr.rng
    kind = rng.choice(["letter", "digit", "mark", "space"])
    ocr.record.add(f"head noise: {kind}")
    if kind == "letter":
        words = text.split()
        k = rng.randrange(len(words))
        hit = confuse(words[k], rng)
        if hit:
            words[k] = hit[0]
        return " ".join(words), num
    if kind == "digit":
        k = rng.randrange(len(num))
        return text, num[:k] + DIGIT_MISREADS.get(num[k], num[k]) + num[k + 1:]
    if kind == "mark":
        return text + rng.choice([".", ",", "'", " .", " '"]), num
    return (text.replace(" ", "", 1) if " " in text else text + "."), num


def foot_lines(number: int, ocr: Ocr) -> list[str]:
    """What stands under the columns: the page number, a signature mark, a watermark."""
    lay, rng = ocr.layout, ocr.rng
    out = []
    if lay.number_place == "foot":
        num = str(number)
        if rng.random() < lay.head_noise:
            k = rng.randrange(len(num))
            num = num[:k] + DIGIT_MISREADS.get(num[k], num[k]) + num[k + 1:]
            ocr.record.add("head noise: digit")
        out.append(rng.choice(["{n}", "{n}", "— {n} —", "[{n}]"]).format(n=num))
        ocr.record.add("furniture: page number")
    if lay.signatures and number % 16 in (1, 3):
        letter = SIGNATURE_LETTERS[(number // 16) % len(SIGNATURE_LETTERS)]
        out.append(letter if number % 16 == 1 else f"{letter} 2")
        ocr.record.add("furniture: signature")
    if lay.watermark:
        out.append(rng.choice(WATERMARKS))
        ocr.record.add("furniture: watermark")
    return out


def page_text(number: int, cols: list[list[str]], ocr: Ocr) -> str:
    """One page: head, the columns with their marks, specks, foot, and the page end."""
    lay, rng = ocr.layout, ocr.rng
    out: list[str] = []
    head = head_line(number, ocr)
    if head is not None:
        out += [head, ""]
        ocr.record.add("furniture: head")
    for k, col in enumerate(cols):
        col = list(col)
        if k:
            if lay.column_mark == "blank":
                out.append("")
            elif lay.column_mark == "space" and col[0]:
                col[0] = " " + col[0]
        if rng.random() < lay.specks:
            col.insert(rng.randrange(len(col) + 1), rng.choice(SPECKS))
            ocr.record.add("speck")
        out += col
    feet = foot_lines(number, ocr)
    if feet:
        out += [""] + feet
    text = "\n".join(out) + "\n"
    if rng.random() < lay.mojibake_pages:
        text = mojibake(text, ocr)
    return text + {"formfeed": "\f", "blank": "\n\n", "none": ""}[lay.page_end]


def mojibake(text: str, ocr: Ocr) -> str:
    """The page's UTF-8 bytes read in the wrong codec."""
    bad = text.encode("utf-8").decode(ocr.layout.codec)
    changed = sum(a != b for a, b in zip(text.split(), bad.split()))
    if changed:
        ocr.record.add("mojibake", changed)
    return bad


def ligatures(text: str, ocr: Ocr) -> str:
    """The OCR's ligature code points for ff, fi, fl, ffi, ffl (all or some of them)."""
    def one(m: re.Match) -> str:
        if ocr.rng.random() < ocr.layout.ligatures:
            ocr.record.add("ligature")
            return dict(LIGATURES)[m.group(0)]
        return m.group(0)
    return re.sub("ffi|ffl|ff|fi|fl", one, text)


def no_break_spaces(line: str, ocr: Ocr) -> str:
    if " " in line.strip() and ocr.rng.random() < ocr.layout.unicode_noise * 8:
        at = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
        if at:
            k = ocr.rng.choice(at)
            ocr.record.add("unicode: no-break space")
            return line[:k] + "\u00a0" + line[k + 1:]
    return line


# ----------------------------------------------------------------------------- entry point

def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    rng = random.Random(f"reviewer:{seed}:{digest}")
    layout = layout or random_layout(rng, title, section)
    paragraphs = paragraphs_of(text)
    vocab = frozenset(TOKEN_PARTS.match(w).group(2).lower() for p in paragraphs for w in p.split())
    ocr = Ocr(layout, rng, Record(), vocab, pyphen.Pyphen(lang="en_US"))
    blocks = plan_blocks(paragraphs, ocr)
    lines = body_lines(blocks, ocr)
    if layout.ligatures:
        lines = [ligatures(line, ocr) for line in lines]
    if layout.unicode_noise:
        lines = [no_break_spaces(line, ocr) for line in lines]
    cols = columns_of(lines, layout.lines_per_column)
    pages = [page_text(layout.first_page + k, cols[2 * k:2 * k + 2], ocr)
             for k in range((len(cols) + 1) // 2)]
    raw = ("\ufeff" if layout.bom else "") + "".join(pages)
    return gold_of(blocks), raw, layout, ocr.record
