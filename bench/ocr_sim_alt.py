"""A second two-column OCR simulator, written apart from ocr_sim.py, to test how the cleanup generalises.

``simulate(text, seed)`` has the interface of ``ocr_sim.simulate``: (gold, raw OCR, layout,
record), the gold in the same convention (cleaned Pandoc Markdown: one block per paragraph,
``- `` list items). Every choice below is deliberately another one than ocr_sim's, as a
different engineer (or a different OCR engine) would make it:

* columns narrow (28-34) or wide (52-64) instead of 36-50, often justified (runs of
  spaces between words); hyphenation points from pyphen's en_GB patterns (or en_US with
  wider minimum fragments), at the *first* point that leaves the line well filled rather
  than the last; a share of line-end hyphens lost by the OCR (the word split with no
  mark); compounds broken at their own hyphen;
* paragraphs separated by a blank line or, in some layouts, only by a first-line indent;
  list continuation lines with a hanging indent in some layouts;
* running heads in one of several schemes: the same head on every page, title and section
  alternating, title and the current chapter's title alternating (the head changes from
  chapter to chapter), author and title alternating, a head on recto pages only; heads in capitals
  or title case, centred with leading spaces in some layouts; page numbers as ``12``,
  ``- 12 -``, ``[12]``, ``Page 12`` or ``— 12 —``, in the head or centred in the foot,
  roman numerals on the first pages (front matter); in some layouts a printer's footer
  line; pages ending with a form feed (with or without blank lines around it), a run of
  blank lines, or only two blank lines; one to three blank lines between columns; column
  starts with one to four leading spaces in some layouts;
* bullets misread as ``•``, ``·``, ``■``, ``o``, ``e``, ``©``, ``»`` or ``-``, followed by one
  or two spaces (or glued to the word in a few);
* confusions drawn from other tables and at other rates: whole-word forms (``tbe``,
  ``tlie``, ``aud``, ``arid``, ``bave``), 1/l, 0/o inside words, rn/m, cl/d, ii/u, vv/w, li/h, a
  ``fi`` ligature left in one word, apostrophes read as ``’``, and a share of confusions
  (t/f, n/u, e/o, a/e) meant to be outside any cleanup rule; spaces lost after
  punctuation; specks (``·``, ``°``, ``'``, ``.``, ``_``) between words;
* mojibake on whole pages or on single words, UTF-8 read as cp1252 or as Latin-1 (C1
  control characters), and no-break spaces after some short words in some layouts.

Everything is drawn from a ``random.Random`` seeded by the seed and the text (so each text
of a benchmark gets its own layout): the same text and seed give the same output, byte for
byte.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

import pyphen

# the gold, the paragraphs and the record are ocr_sim's: ocr_bench scores both alike
from ocr_sim import Record, paragraphs_of

#: whole words an OCR engine commonly misreads, and how (true -> read forms)
WORD_FORMS = {"the": ["tbe", "tlie", "thc"], "The": ["Tbe", "Tlie"], "and": ["aud", "arid", "aud"],
              "have": ["bave", "liave"], "which": ["wbich", "whicb"], "that": ["tbat", "thut"],
              "with": ["witb", "vvith"], "this": ["tbis", "tliis"], "him": ["bim", "hirn"],
              "when": ["wben", "vvhen"], "from": ["frorn", "frem"]}
DIGIT_FOR_LETTER = [("l", "1", 6), ("o", "0", 4), ("I", "1", 2), ("O", "0", 2), ("i", "1", 1),
                    ("S", "5", 1), ("e", "6", 0.5)]
LETTER_SHAPES = [("m", "rn", 5), ("d", "cl", 4), ("u", "ii", 3), ("w", "vv", 3), ("h", "li", 4),
                 ("n", "ii", 1), ("h", "b", 2), ("e", "c", 2), ("l", "I", 2), ("rn", "m", 2),
                 ("t", "l", 1), ("f", "t", 0.5)]
#: confusions meant to lie outside every rule the cleanup could have (they measure limits)
UNKNOWN_SHAPES = [("t", "f", 1), ("n", "u", 1), ("e", "o", 1), ("a", "e", 1)]
BULLETS = ["•", "·", "■", "o", "e", "©", "»", "-"]
SPECKS = ["·", "°", "'", ".", "_"]
PAGE_NUMBER_FORMS = ["{n}", "- {n} -", "[{n}]", "Page {n}", "— {n} —"]
_CHAPTER_RE = re.compile(r"(?:CHAPTER|Chapter|LETTER|Letter|BOOK|Book|PART|Part) [IVXLC\d]+\.?$")
FOOTERS = ["Printed in Great Britain", "PUBLIC DOMAIN EDITION", "Digitized by Google"]


@dataclass(frozen=True)
class Layout:
    """How the pages are set and how well the OCR read them (alternative choices)."""

    width: int = 56
    lines_per_column: int = 60
    justified: bool = True
    hyphen_lang: str = "en_GB"
    hyphen_lost: float = 0.03
    #: "blank": a blank line between paragraphs; "indent": a first-line indent only
    paragraph_style: str = "blank"
    hanging_indent: bool = False
    #: "same", "title-chapter", "title-current-chapter", "author-title", "recto", "none"
    heads: str = "same"
    head_case: str = "upper"
    head_centred: bool = False
    title: str = "THE TITLE"
    section: str = "The Section"
    author: str = "THE AUTHOR"
    #: "head" or "foot"
    number_place: str = "foot"
    number_form: str = "{n}"
    roman_front_pages: int = 0
    footer: str = ""
    #: "formfeed", "formfeed-blank", "blank", "two-blank"
    page_end: str = "formfeed"
    column_gap: int = 2
    column_start_spaces: int = 0
    bullet_gap: str = " "
    confusion_rate: float = 0.008
    mojibake: str = "none"  # "none", "cp1252-pages", "latin1-pages", "cp1252-words"
    mojibake_rate: float = 0.0
    nbsp: bool = False
    list_rate: float = 0.04
    first_page: int = 1


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    """A plausible layout and OCR quality, drawn from ``rng`` (other ranges than ocr_sim)."""
    width = rng.choice([rng.randint(28, 34), rng.randint(52, 64)])
    mojibake = rng.choice(["none", "cp1252-pages", "latin1-pages", "cp1252-words"])
    author = rng.choice(["MARY SHELLEY", "CHARLES DARWIN", "THE EDITOR", "ANONYMOUS"])
    return Layout(
        width=width,
        lines_per_column=rng.randint(34, 70),
        justified=rng.random() < 0.6,
        hyphen_lang=rng.choice(["en_GB", "en_US"]),
        hyphen_lost=rng.choice([0.0, 0.02, 0.05]),
        paragraph_style="indent" if rng.random() < 0.25 else "blank",
        hanging_indent=rng.random() < 0.5,
        heads=rng.choice(["same", "title-chapter", "title-current-chapter", "author-title", "recto", "none"]),
        head_case=rng.choice(["upper", "title"]),
        head_centred=rng.random() < 0.4,
        title=title,
        section=section,
        author=author,
        number_place=rng.choice(["head", "foot"]),
        number_form=rng.choice(PAGE_NUMBER_FORMS),
        roman_front_pages=rng.choice([0, 0, 3, 5]),
        footer=rng.choice(["", "", ""] + FOOTERS),
        page_end=rng.choice(["formfeed", "formfeed-blank", "blank", "two-blank"]),
        column_gap=rng.randint(1, 3),
        column_start_spaces=rng.choice([0, 0, 1, 2, 4]),
        bullet_gap=rng.choice([" ", "  ", ""]),
        confusion_rate=rng.choice([0.004, 0.008, 0.012]),
        mojibake=mojibake,
        mojibake_rate=0.0 if mojibake == "none" else rng.choice([0.1, 0.25]),
        nbsp=rng.random() < 0.3,
        list_rate=rng.choice([0.02, 0.05]),
        first_page=rng.randint(1, 400),
    )


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    # the text takes part in the draw: each text of a benchmark gets its own layout
    rng = random.Random(seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))
    layout = layout or random_layout(rng, title, section)
    record = Record()
    hyph = pyphen.Pyphen(lang=layout.hyphen_lang, left=3 if layout.hyphen_lang == "en_US" else 2,
                         right=3)
    gold_blocks: list[str] = []
    body: list[str] = []  # raw lines; "" between paragraphs when they are set apart by blank lines
    chapters: list[str] = []  # per raw line: the title of the chapter it is in ("" before any)
    chapter = ""
    indent = "   " if layout.paragraph_style == "indent" else ""
    for para in paragraphs_of(text):
        chapters.extend([chapter] * (len(body) - len(chapters)))
        if _CHAPTER_RE.match(para):
            chapter = para
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para)
        if 2 <= len(sentences) <= 8 and len(para.split()) <= 200 and rng.random() < layout.list_rate:
            gold_blocks.append("\n".join(f"- {s}" for s in sentences))
            glyph = rng.choice(BULLETS)
            record.add("list items", len(sentences))
            hang = "  " if layout.hanging_indent else ""
            for s in sentences:
                words = _damage_words(s.split(), rng, layout, record)
                lines = _wrap(words, layout.width - 2, hyph, layout, rng, record)
                body.extend([f"{glyph}{layout.bullet_gap}{lines[0]}", *(hang + ln for ln in lines[1:])])
                if not indent:
                    body.append("")
            continue
        gold_blocks.append(para)
        words = _damage_words(para.split(), rng, layout, record)
        lines = _wrap(words, layout.width, hyph, layout, rng, record, first_indent=len(indent))
        lines[0] = indent + lines[0]
        body.extend(lines)
        if not indent:
            body.append("")
    chapters.extend([chapter] * (len(body) - len(chapters)))
    raw = _paginate(body, layout, rng, record, chapters)
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record


# --------------------------------------------------------------------------- words

def _damage_words(words: list[str], rng: random.Random, layout: Layout, record: Record) -> list[str]:
    out: list[str] = []
    for w in words:
        if layout.nbsp and out and len(out[-1]) <= 3 and out[-1].isalpha() and rng.random() < 0.02:
            out[-1] = out[-1] + "\u00a0" + w  # a no-break space the typesetter put after a short word
            record.add("no-break spaces")
            continue
        if rng.random() >= layout.confusion_rate:
            out.append(w)
            continue
        kind = rng.choices(["word", "digit", "shape", "ligature", "quote", "unknown", "glue", "speck", "mojibake"],
                           weights=[20, 20, 25, 4, 4, 8, 10, 6, 3])[0]
        if kind == "word":
            core = re.match(r"^(\W*)(\w+)(\W*)$", w)
            if core and core.group(2) in WORD_FORMS:
                read = rng.choice(WORD_FORMS[core.group(2)])
                changed = core.group(1) + read + core.group(3)
                record.add("confusion: word")
                record.misread[changed] = "word"
                out.append(changed)
                continue
            kind = "shape"
        if kind == "glue" and out and re.search(r"[,.;:!?]$", out[-1]) and w[:1].isalpha():
            out[-1] = out[-1] + w
            record.add("space lost after punctuation")
            continue
        if kind == "speck":
            out.extend([w, rng.choice(SPECKS)])
            record.add("stray speck")
            continue
        if kind == "ligature" and "fi" in w:
            changed = w.replace("fi", "\ufb01", 1)
            record.add("ligature in a word")
            out.append(changed)
            continue
        if kind == "quote" and "'" in w:
            changed = w.replace("'", "’")
            record.add("confusion: quote")
            record.misread[changed] = "quote"
            out.append(changed)
            continue
        if kind == "mojibake" and re.search(r"[^\x00-\x7f]", w):
            out.append(_mojibake(w, "cp1252"))
            record.add("mojibake words")
            continue
        if kind in ("glue", "speck", "ligature", "quote", "mojibake"):
            kind = "shape"
        table = {"digit": DIGIT_FOR_LETTER, "shape": LETTER_SHAPES, "unknown": UNKNOWN_SHAPES}[kind]
        changed = _confuse(w, table, rng)
        if changed != w:
            record.add(f"confusion: {kind}")
            record.misread[changed] = kind
        out.append(changed)
    return out


def _confuse(word: str, table: list[tuple[str, str, float]], rng: random.Random) -> str:
    # a digit for a letter only inside a word (a digit at the edge of a word is a number)
    sites = [(m.start(), true, read, wt) for true, read, wt in table
             for m in re.finditer(re.escape(true), word)
             if not (read.isdigit() and (m.start() == 0 or m.end() == len(word)))]
    if not sites:
        return word
    pos, true, read, _ = rng.choices(sites, weights=[s[3] for s in sites])[0]
    return word[:pos] + read + word[pos + len(true):]


def _wrap(words: list[str], width: int, hyph: pyphen.Pyphen, layout: Layout, rng: random.Random,
          record: Record, first_indent: int = 0) -> list[str]:
    """Greedy wrapping; a word that does not fit is hyphenated at the first dictionary point
    that fills the line to within a few characters; lines justified when the layout says so."""
    lines: list[list[str]] = []
    line: list[str] = []
    used = first_indent
    room_of = width
    queue = list(words)
    while queue:
        w = queue.pop(0)
        need = len(w) + (1 if line else 0)
        if used + need <= room_of:
            line.append(w)
            used += need
            continue
        room = room_of - used - (1 if line else 0)
        split = _split(w, room, hyph)
        if split is not None:
            head, tail = split
            if w.startswith(head):
                record.add("compound broken at its hyphen")
            elif rng.random() < layout.hyphen_lost:
                head = head[:-1]  # the OCR lost the line-end hyphen
                record.add("line-end hyphens lost")
            else:
                record.add("line-end hyphens")
            line.append(head)
            queue.insert(0, tail)
        if line:
            lines.append(line)
        elif split is None:
            lines.append([w])  # longer than the column: it sticks out
        if split is None and line:
            queue.insert(0, w)
        line, used = [], 0
    if line:
        lines.append(line)
    out = []
    for k, ws in enumerate(lines):
        last = k == len(lines) - 1
        target = width - (first_indent if k == 0 else 0)
        out.append(_justify(ws, target) if layout.justified and not last else " ".join(ws))
    return out


def _justify(words: list[str], width: int) -> str:
    """Spread the spaces so that the line fills ``width`` (extra spaces from the left gaps)."""
    if len(words) < 2:
        return " ".join(words)
    gaps = len(words) - 1
    extra = max(0, width - sum(len(w) for w in words) - gaps)
    if extra > 2 * gaps + 2:
        return " ".join(words)  # a line that would be all holes is left ragged, as typesetters do
    out = words[0]
    for i, w in enumerate(words[1:]):
        n = 1 + extra // gaps + (1 if i < extra % gaps else 0)
        out += " " * n + w
    return out


def _split(word: str, room: int, hyph: pyphen.Pyphen) -> tuple[str, str] | None:
    if room < 3:
        return None
    for m in re.finditer(r"(?<=[^\W\d_])-(?=[^\W\d_])", word):
        if m.end() <= room:
            return word[:m.end()], word[m.end():]
    core = re.match(r"^(\W*)([^\W\d_]+)(.*)$", word)
    if not core or "-" in word or len(core.group(2)) < 6:
        return None
    pre, letters, post = core.groups()
    fitting = [i for i in hyph.positions(letters) if len(pre) + i + 1 <= room]
    if not fitting:
        return None
    # the first point that leaves at most four columns empty, else the last that fits
    good = [i for i in fitting if room - (len(pre) + i + 1) <= 4]
    i = min(good) if good else max(fitting)
    return pre + letters[:i] + "-", letters[i:] + post


# --------------------------------------------------------------------------- pages

def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _paginate(body: list[str], layout: Layout, rng: random.Random, record: Record,
              chapters: list[str]) -> str:
    columns: list[list[str]] = []
    column_chapter: list[str] = []  # the chapter each column starts in
    current: list[str] = []
    for line, chapter in zip(body, chapters):
        if not current and line == "":
            continue
        if not current:
            column_chapter.append(chapter)
        current.append(line)
        if len(current) == layout.lines_per_column:
            columns.append(current)
            current = []
    if current:
        columns.append(current)
    pages = [columns[i:i + 2] for i in range(0, len(columns), 2)]
    page_chapter = column_chapter[::2]
    out: list[str] = []
    for n, cols in enumerate(pages):
        if n < layout.roman_front_pages:
            label = _roman(n + 1)
            number = n + 1
        else:
            number = layout.first_page + n - layout.roman_front_pages
            label = str(number)
        page_no = layout.number_form.format(n=label)
        page: list[str] = []
        head = _head(layout, number, page_no, rng, record, page_chapter[n])
        if head is not None:
            page += [head, ""]
        for k, col in enumerate(cols):
            col = list(col)
            while col and col[-1] == "":
                col.pop()
            if layout.column_start_spaces and col and col[0] and not col[0].startswith(" "):
                col[0] = " " * layout.column_start_spaces + col[0]
            page += col
            if k == 0 and len(cols) > 1:
                page += [""] * layout.column_gap
        if layout.number_place == "foot":
            page += ["", _centre(_noisy(page_no, rng, 0.1), layout, bool(layout.head_centred))]
            record.add("page numbers")
        if layout.footer and n % 2 == 0:
            page += ["", layout.footer]
            record.add("footers")
        text = "\n".join(page)
        if layout.mojibake.endswith("-pages") and rng.random() < layout.mojibake_rate \
                and re.search(r"[^\x00-\x7f]", text):
            record.add("mojibake pages")
            text = _mojibake(text, "cp1252" if layout.mojibake.startswith("cp1252") else "latin-1")
        elif layout.mojibake == "cp1252-words" and rng.random() < layout.mojibake_rate:
            words = list(re.finditer(r"\S*[^\x00-\x7f]\S*", text))
            if words:
                m = rng.choice(words)
                text = text[:m.start()] + _mojibake(m.group(), "cp1252") + text[m.end():]
                record.add("mojibake words")
        out.append(text)
    sep = {"formfeed": "\n\f", "formfeed-blank": "\n\n\f\n", "blank": "\n\n\n\n\n\n",
           "two-blank": "\n\n\n"}[layout.page_end]
    return sep.join(out) + "\n"


def _head(layout: Layout, number: int, page_no: str, rng: random.Random, record: Record,
          chapter: str = "") -> str | None:
    recto = number % 2 == 1
    words: str | None
    if layout.heads == "none":
        words = None
    elif layout.heads == "title-current-chapter":
        # the chapter the page starts in, on recto pages (the section before any chapter)
        words = (chapter.rstrip(".") or layout.section) if recto else layout.title
    elif layout.heads == "same":
        words = layout.title
    elif layout.heads == "title-chapter":
        words = layout.section if recto else layout.title
    elif layout.heads == "author-title":
        words = layout.title if recto else layout.author
    else:  # "recto": a head on recto pages only
        words = layout.title if recto else None
    if words is not None:
        words = words.upper() if layout.head_case == "upper" else words.title()
        words = _noisy(words, rng, 0.15)
        record.add("running heads")
    if layout.number_place != "head":
        return None if words is None else _centre(words, layout, layout.head_centred)
    num = _noisy(page_no, rng, 0.1)
    if words is None:
        return _centre(num, layout, layout.head_centred)
    return f"{words}{' ' * 6}{num}" if recto else f"{num}{' ' * 6}{words}"


def _centre(s: str, layout: Layout, centred: bool) -> str:
    if not centred:
        return s
    return " " * max(0, (2 * layout.width + 4 - len(s)) // 2) + s


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    if rng.random() >= rate:
        return text
    if re.search(r"\d", text):
        return _confuse_any(text, [("1", "l", 1), ("0", "o", 1), ("1", "I", 1), ("5", "S", 1)], rng)
    words = text.split(" ")
    i = rng.randrange(len(words))
    words[i] = _confuse_any(words[i], [(a, b, w) for a, b, w in LETTER_SHAPES + DIGIT_FOR_LETTER]
                            + [("E", "F", 1), ("N", "H", 1), ("O", "Q", 1)], rng)
    return " ".join(words)


def _confuse_any(word: str, table: list[tuple[str, str, float]], rng: random.Random) -> str:
    sites = [(m.start(), true, read, wt) for true, read, wt in table for m in re.finditer(re.escape(true), word)]
    if not sites:
        return word
    pos, true, read, _ = rng.choices(sites, weights=[s[3] for s in sites])[0]
    return word[:pos] + read + word[pos + len(true):]


def _mojibake(text: str, codec: str) -> str:
    """Every non-ASCII character as its UTF-8 bytes read in ``codec`` (cp1252 falls back to
    Latin-1 for its five undefined bytes; Latin-1 gives C1 control characters)."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for b in ch.encode("utf-8"):
            if codec == "latin-1":
                out.append(chr(b))
                continue
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
    return "".join(out)
