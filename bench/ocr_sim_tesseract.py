"""Tesseract 4/5 LSTM plain-text output of a library's scan of a two-column journal, simulated.

The route modelled: a two-column journal or textbook of about 1900 is scanned at 300 dpi by a
library and run through Tesseract 4/5 (LSTM engine, ``eng``), and the text is kept as
Tesseract's own ``txt`` renderer writes it, or exported from its hOCR by a script that keeps
each line's left offset as spaces (``export`` of the layout). What that route does, with
where the evidence comes from:

* Page ends: Tesseract >= 4.0 ends every page with a form feed by default; pipelines that set
  ``page_separator`` to empty (Apache Tika does) join pages without one (tesseract PR #1140,
  issue #3628; apache/tika PR #222; pdftotext does the same by default).
* Blocks: the txt renderer ends each text line with a newline and each *paragraph it
  detected* with one more, so paragraphs, columns and the running head come out as blank-line
  separated blocks; a paragraph running over a column or page end is cut in two, and
  paragraph detection by indentation sometimes misses a break or makes one (kinds
  "paragraph break lost" / "spurious paragraph break", modest rates).  Leading spaces are kept
  only by the hOCR export (hanging indents of lists, indented paragraph starts).
* Running heads: recto/verso heads read as their own block, the folio either in the outer
  corner, set apart (read as its own block) or at the foot; small type, so the head and the
  folio take more noise (``1``/``l``/``I``, ``0``/``O``, ``5``/``S``, stray points).
* Ligatures: Tesseract 4.0's English model emitted ``ﬁ``/``ﬂ`` code points for the printed
  ligatures (tesseract issue #1894; gImageReader #392; OCRmyPDF #8); ``ligature_rate``.
* Mojibake: the page files of some deliveries were decoded as cp1252 on their way into a web
  archive (Cordell, "'Q i-jtb the Raven': Taking Dirty OCR Seriously", MLA 2016, shows such
  text: ``âQ ... Poeâs``); here whole pages, ``mojibake_pages``.
* Misreadings: shape confusions of similar glyphs (rn/m, cl/d, li/h, e/c, h/b, n/u, f/t,
  l/I/1, O/0, S/5 ...), punctuation (comma/point), segmentation (a space lost or added), a
  letter dropped; many give another real word (DP's "scannos": arid/and, modem/modern,
  bad/had), recorded as "unknown" because no cleanup could know them.  Rates for a decent
  post-1900 scan: 0.6-2 % of words (Tanner, Muñoz & Ros, "Measuring Mass Text Digitization
  Quality", D-Lib 15(7/8), 2009: > 95 % character accuracy is usual for 1900-1950 print, far
  less for older newspapers; the ICDAR 2017/2019 post-OCR competitions' English monographs
  have character error rates of a few percent).
* Old English typesetting puts a space before ``; : ! ?``, which the OCR keeps as a separate
  token (kind "spaced punctuation"); a vertical column rule is sometimes read as ``|``
  (kind "column-rule debris"): both layout-dependent and modest.
* Lists: a bullet ``•`` read as ``e o » « * + ¢`` (or right), item lines with a hanging
  indent; enumerations (clauses split at semicolons, or sentences) set as such lists.
* Floats: a figure caption or a small table set in the column where the page needed it,
  which the OCR reads in the middle of the paragraph it interrupts; the gold puts it after
  that paragraph.

The printer's lines are set from the clean words (dictionary hyphenation there), and the OCR
then misreads the printed lines, so a lost space never joins the last word of a line to the
next line's first.

Gold: the clean text's paragraphs (as ``ocr_sim.paragraphs_of`` gives them), list items as
``- item`` lines, each float as a block after the paragraph it interrupted (its caption and
rows one per line); ``record.floats`` lists the float blocks.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

import pyphen

from ocr_sim import Record, paragraphs_of

try:  # to tell a misreading that makes another real word ("unknown") from one that does not
    from wordfreq import zipf_frequency
except ImportError:  # pragma: no cover
    zipf_frequency = None

#: a misread form at least this frequent (Zipf) is another real word: no cleanup could know it
REAL_WORD_ZIPF = 3.0


@dataclass
class TesseractLayout:
    """The page layout of the journal and the quality of its Tesseract run."""

    width: int  # characters per column line
    lines_per_column: int
    title: str  # verso head
    section: str  # recto head
    folio: str  # "outer" (in the head's outer corner), "apart" (own block above), "foot"
    head_case: str  # "upper" or "title"
    export: str  # "txt" (Tesseract's renderer) or "hocr" (left offsets kept as spaces)
    page_separator: str  # "\f" or ""
    first_page: int
    confusion_rate: float  # share of body words misread
    ligature_rate: float  # share of fi/fl/ff written as a ligature code point
    mojibake_pages: float  # share of pages decoded as cp1252
    spaced_punctuation: float  # share of ; : ! ? set off by a space
    column_rule: float  # share of lines with a column rule read as a glyph
    list_rate: float  # share of eligible paragraphs set as lists
    float_rate: float  # chance per page of a caption or table
    hyphen_lost: float  # share of line-end hyphens the OCR dropped
    para_break_lost: float  # share of paragraph breaks the detection missed
    spurious_break: float  # chance per sentence-ending line of a break made


def random_layout(rng: random.Random, title: str, section: str) -> TesseractLayout:
    """A plausible journal layout and Tesseract run, drawn from ``rng``."""
    return TesseractLayout(
        width=rng.randint(30, 44),
        lines_per_column=rng.randint(46, 64),
        title=title,
        section=section,
        folio=rng.choice(["outer", "outer", "apart", "foot"]),
        head_case=rng.choice(["upper", "upper", "title"]),
        export=rng.choice(["txt", "txt", "txt", "hocr", "hocr"]),
        page_separator=rng.choice(["\f", "\f", "\f", ""]),
        first_page=rng.randint(1, 400),
        confusion_rate=rng.choice([0.006, 0.01, 0.014, 0.02]),
        ligature_rate=rng.choice([0.0, 0.0, 0.0, 0.5]),
        mojibake_pages=rng.choice([0.0, 0.0, 0.1, 0.25]),
        spaced_punctuation=rng.choice([0.0, 0.0, 0.0, 0.6]),
        column_rule=rng.choice([0.0, 0.0, 0.01]),
        list_rate=rng.choice([0.04, 0.08]),
        float_rate=rng.choice([0.06, 0.12]),
        hyphen_lost=rng.choice([0.01, 0.02]),
        para_break_lost=rng.choice([0.01, 0.03]),
        spurious_break=rng.choice([0.0, 0.01]),
    )


@dataclass
class TesseractRecord(Record):
    """What the simulation did; ``floats`` are the gold blocks that are not the clean text's."""

    floats: list[str] = field(default_factory=list)


#: glyph shapes Tesseract's LSTM mistakes for one another (source -> possible readings)
SHAPES = {
    "rn": ["m"], "m": ["rn", "in"], "cl": ["d"], "d": ["cl"], "li": ["h"], "h": ["li", "b"],
    "ri": ["n"], "e": ["c", "o"], "c": ["e"], "b": ["h"], "n": ["u", "ri"], "u": ["n"],
    "f": ["t"], "t": ["f", "l"], "i": ["l", "í"], "l": ["I", "i"], "I": ["l"], "vv": ["w"],
    "w": ["vv"], "y": ["v"], "a": ["o", "n"], "o": ["a"], "s": ["a"], "tb": ["th"], "E": ["F"],
    "C": ["G"], "O": ["Q"], "fi": ["ti"], "ff": ["if"],
}
#: letters read as digits inside a word
DIGITS = {"l": "1", "I": "1", "i": "1", "O": "0", "o": "0", "S": "5", "s": "5", "B": "8",
          "g": "9", "Z": "2", "e": "6"}
#: a misread bullet ``•``: what Tesseract writes for it (weights), "•" when it reads it right
BULLETS = [("•", 2), ("e", 2), ("o", 2), ("»", 1), ("«", 1), ("*", 1), ("+", 1), ("¢", 1)]
LIGATURES = {"ffi": "ﬃ", "ffl": "ﬄ", "fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}
FIGURE_SUBJECTS = ["Section of the upper valve", "Outline of the older form", "Plan of the ground",
                   "The same, seen from above", "Detail of the margin", "Diagram of the chief parts",
                   "Map of the district", "Head of the adult", "Young plant, natural size"]
TABLE_HEADS = [("Specimen", "Length", "Weight"), ("Year", "Number", "Mean"),
               ("Locality", "Height", "Cases"), ("Sample", "First", "Second")]


def _stable_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _is_real(word: str) -> bool:
    core = re.sub(r"^[^\w]+|[^\w]+$", "", word)
    if not core or zipf_frequency is None:
        return False
    return zipf_frequency(core.lower(), "en") >= REAL_WORD_ZIPF


class _Sim:
    """One simulation: the rng, the layout and the record shared by its steps."""

    def __init__(self, rng: random.Random, layout: TesseractLayout, record: TesseractRecord):
        self.rng = rng
        self.layout = layout
        self.record = record
        self.hyph = pyphen.Pyphen(lang="en_US")

    # ------------------------------------------------------------------ words

    def misread(self, word: str, kind: str, new: str) -> str:
        """Record ``new`` as the OCR's reading of ``word`` (kind "unknown" if a real word)."""
        if new == word:
            return word
        if kind not in ("ligature", "mojibake", "spacing", "punctuation") and _is_real(new):
            kind = "unknown"
        self.record.add(f"confusion: {kind}")
        self.record.misread[new] = kind
        return new

    def confuse(self, word: str) -> list[str]:
        """The OCR's reading of one body word: usually the word, sometimes a misreading."""
        rng = self.rng
        if not re.search(r"[A-Za-z]", word) or rng.random() >= self.layout.confusion_rate:
            return [word]
        m = re.match(r"^([^\w]*)(.*?)([^\w]*)$", word)
        lead, core, trail = m.groups()
        roll = rng.random()
        if roll < 0.42:  # a glyph read as a similar one
            spots = [(i, s) for s in SHAPES for i in range(len(core)) if core.startswith(s, i)]
            if spots:
                i, s = rng.choice(spots)
                return [self.misread(word, "shape", lead + core[:i] + rng.choice(SHAPES[s])
                                     + core[i + len(s):] + trail)]
        elif roll < 0.56:  # a letter read as a digit
            spots = [i for i, ch in enumerate(core) if ch in DIGITS]
            if spots:
                i = rng.choice(spots)
                return [self.misread(word, "digit", lead + core[:i] + DIGITS[core[i]] + core[i + 1:] + trail)]
        elif roll < 0.68:  # punctuation misread or lost
            if trail[:1] in (",", "."):
                if rng.random() < 0.5:
                    swapped = {",": ".", ".": ","}[trail[0]] + trail[1:]
                    return [self.misread(word, "punctuation", lead + core + swapped)]
                # a point or comma lost leaves no trace
                return [self.misread(word, "unknown", lead + core + trail[1:])]
            if trail[:1] == ";":
                return [self.misread(word, "punctuation", lead + core + ":" + trail[1:])]
        elif roll < 0.80:  # a space lost: glued to the next word (the caller joins)
            return [word, "\x00glue"]
        elif roll < 0.90:  # a space made inside the word
            if len(core) >= 5:
                i = rng.randint(2, len(core) - 2)
                a, b = lead + core[:i], core[i:] + trail
                self.record.add("confusion: split")
                self.record.misread[a] = self.record.misread.get(a, "split")
                self.record.misread[b] = self.record.misread.get(b, "split")
                return [a, b]
        else:  # a faint letter dropped
            if len(core) >= 4:
                i = rng.randint(1, len(core) - 2)
                return [self.misread(word, "dropped letter", lead + core[:i] + core[i + 1:] + trail)]
        return [word]

    def read_words(self, words: list[str]) -> list[str]:
        """The OCR's tokens for the words of one printed line (misreadings, ligatures, spacing)."""
        out: list[str] = []
        for w in words:
            got = self.confuse(w)
            if len(got) == 2 and got[1] == "\x00glue":
                out.append(got[0] + "\x00")
            else:
                out.extend(got)
        # join glued words
        joined: list[str] = []
        for w in out:
            if joined and joined[-1].endswith("\x00"):
                prev = joined.pop()[:-1]
                new = prev + w
                kind = "glued punctuation" if re.search(r"[^\w]$", prev) else "merge"
                joined.append(self.misread(prev + " " + w, kind, new))
            else:
                joined.append(w)
        if joined and joined[-1].endswith("\x00"):
            joined[-1] = joined[-1][:-1]
        result: list[str] = []
        for w in joined:
            if self.layout.ligature_rate and re.search("ff|fi|fl", w) and \
                    self.rng.random() < self.layout.ligature_rate:
                new = w
                for seq, lig in LIGATURES.items():
                    new = new.replace(seq, lig)
                w = self.misread(w, "ligature", new)
            m = re.match(r"^(.*\w)([;:!?])$", w)
            if m and self.rng.random() < self.layout.spaced_punctuation:
                self.record.add("spaced punctuation")
                self.record.misread[m.group(2)] = "spacing"
                result.extend([m.group(1), m.group(2)])
                continue
            result.append(w)
        return result

    # ------------------------------------------------------------------ lines

    def read_lines(self, lines: list[str]) -> list[str]:
        """The OCR's reading of printed lines: a lost space never joins two lines."""
        return [" ".join(self.read_words(line.split())) for line in lines]

    def break_word(self, word: str, room: int) -> tuple[str, str, bool] | None:
        """(head, tail, at its own hyphen) of ``word`` so that the head fits in ``room``."""
        if room < 3 or any(ch.isdigit() for ch in word):
            return None
        if "-" in word.strip("-"):  # a compound breaks at its own hyphen
            parts = word.split("-")
            for k in range(len(parts) - 1, 0, -1):
                head = "-".join(parts[:k]) + "-"
                if len(head) <= room and all(parts[:k]) and all(parts[k:]):
                    return head, "-".join(parts[k:]), True
            return None
        m = re.match(r"^([^\w]*)([A-Za-z]+)([^\w]*)$", word)
        if not m or len(m.group(2)) < 6 or self.rng.random() > 0.85:
            return None
        lead, core, trail = m.groups()
        for pos in reversed(self.hyph.positions(core)):
            if len(lead) + pos + 1 <= room and pos >= 2 and len(core) - pos >= 3:
                return lead + core[:pos] + "-", core[pos:] + trail, False
        return None

    def wrap(self, words: list[str], width: int) -> list[str]:
        """Greedy lines of at most ``width`` characters, with dictionary hyphenation."""
        lines: list[str] = []
        cur: list[str] = []
        length = 0
        i = 0
        words = list(words)
        while i < len(words):
            w = words[i]
            need = len(w) + (1 if cur else 0)
            if length + need <= width or not cur:
                cur.append(w)
                length += need
                i += 1
                continue
            split = self.break_word(w, width - length - 1)
            if split:
                head, tail, compound = split
                self.record.add("compound breaks" if compound else "line-end hyphens")
                if not compound:
                    roll = self.rng.random()
                    if roll < self.layout.hyphen_lost:
                        self.record.add("hyphen lost")
                        head = head[:-1]
                    elif roll < self.layout.hyphen_lost + 0.004:
                        self.record.add("hyphen read as dash")
                        head = head[:-1] + "—"
                cur.append(head)
                words[i] = tail
            lines.append(" ".join(cur))
            cur, length = [], 0
        if cur:
            lines.append(" ".join(cur))
        return lines

    # ------------------------------------------------------------------ floats

    def make_float(self, n: int) -> list[str]:
        """A figure caption or a small table (the gold's lines; the OCR reads them as they are)."""
        rng = self.rng
        if rng.random() < 0.55:
            self.record.add("floats: caption")
            return [f"Fig. {n}.—{rng.choice(FIGURE_SUBJECTS)}."]
        self.record.add("floats: table")
        head = rng.choice(TABLE_HEADS)
        rows = [f"TABLE {_roman(n)}.", " ".join(head)]
        for k in range(rng.randint(2, 4)):
            rows.append(f"{chr(65 + k)} {rng.randint(10, 99)}.{rng.randint(0, 9)} {rng.randint(100, 999)}")
        return rows

    # ------------------------------------------------------------------ heads

    def noisy(self, text: str, rate: float) -> str:
        out = []
        for w in text.split():
            if self.rng.random() < rate:
                spots = [(i, s) for s in SHAPES for i in range(len(w)) if w.startswith(s, i)]
                if spots:
                    i, s = self.rng.choice(spots)
                    w = w[:i] + self.rng.choice(SHAPES[s]) + w[i + len(s):]
            out.append(w)
        return " ".join(out)

    def folio(self, page: int) -> str:
        s = str(page)
        if self.rng.random() < 0.08:
            i = self.rng.randrange(len(s))
            s = s[:i] + {"1": "l", "0": "O", "5": "S", "8": "B", "6": "b"}.get(s[i], s[i]) + s[i + 1:]
        if self.rng.random() < 0.05:
            s += self.rng.choice([".", ",", "'"])
        return s

    def head_blocks(self, page: int) -> tuple[list[str], str | None]:
        """The head blocks of ``page`` and its foot line (None when the folio is in the head)."""
        lay = self.layout
        text = lay.title if page % 2 == 0 else lay.section
        if lay.head_case == "title":
            text = " ".join(w.capitalize() if len(w) > 3 else w.lower() for w in text.split())
            text = text[:1].upper() + text[1:]
        text = self.noisy(text, 0.06)
        self.record.add("running heads")
        if self.rng.random() < 0.02:  # the faint head not read at all
            return ([self.folio(page)] if lay.folio != "foot" else []), \
                (self.folio(page) if lay.folio == "foot" else None)
        if lay.folio == "outer":
            line = f"{self.folio(page)} {text}" if page % 2 == 0 else f"{text} {self.folio(page)}"
            return [line], None
        if lay.folio == "apart":
            return [self.folio(page), text], None
        return [text], self.rng.choice([self.folio(page), f"— {self.folio(page)} —"])


def _enumeration(para: str) -> list[str] | None:
    """A paragraph's items if it reads as an enumeration (clauses at ';', else sentences)."""
    if len(para.split()) > 250:
        return None
    for pattern in (r"(?<=;)\s+", r"(?<=[.!?])\s+(?=[A-Z])"):
        items = re.split(pattern, para)
        if len(items) >= 3 and all(len(x.split()) >= 3 for x in items):
            return items
    return None


def _mojibake(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for b in ch.encode("utf-8"):
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


def simulate(text: str, seed: int, layout: TesseractLayout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, TesseractLayout, TesseractRecord]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    rng = random.Random(seed * 1_000_003 + _stable_hash(text))
    layout = layout or random_layout(rng, title, section)
    record = TesseractRecord()
    sim = _Sim(rng, layout, record)
    indent = " " * 2 if layout.export == "hocr" else ""

    # 1. gold blocks and the column stream: ("line", text, para) / ("gap",) between paragraphs
    gold_blocks: list[list[str]] = []  # per paragraph: its block, then floats appended
    stream: list[tuple] = []
    for p, para in enumerate(paragraphs_of(text)):
        items = _enumeration(para)
        if items and rng.random() < layout.list_rate:
            gold_blocks.append(["\n".join(f"- {it}" for it in items)])
            record.add("list items", len(items))
            glyph = rng.choices([g for g, _ in BULLETS], [w for _, w in BULLETS])[0]
            spaced = rng.random() < 0.5
            for k, it in enumerate(items):
                lines = sim.read_lines(sim.wrap(it.split(), layout.width - 2))
                g = glyph if rng.random() < 0.9 else rng.choices([g for g, _ in BULLETS],
                                                                  [w for _, w in BULLETS])[0]
                if g != "•":
                    record.add("bullets misread")
                stream.append(("line", f"{g} {lines[0]}", p))
                stream.extend(("line", indent + ln, p) for ln in lines[1:])
                if spaced and k < len(items) - 1:
                    stream.append(("gap",))
            stream.append(("gap",))
            continue
        gold_blocks.append([para])
        lines = sim.read_lines(sim.wrap(para.split(), layout.width - len(indent)))
        for k, ln in enumerate(lines):
            stream.append(("line", (indent if k == 0 else "") + ln, p))
            if k < len(lines) - 1 and re.search(r"[.!?][\"'’”]?$", ln) and \
                    rng.random() < layout.spurious_break:
                record.add("spurious paragraph break")
                stream.append(("gap",))
        if rng.random() < layout.para_break_lost:
            record.add("paragraph break lost")
        else:
            stream.append(("gap",))

    # 2. pages of two columns; a float may interrupt a paragraph in a column
    pages: list[list[list[str]]] = []  # page -> columns -> raw lines ("" = blank line)
    col: list[str] = []
    cols: list[list[str]] = []
    used = 0
    float_n = 0
    float_due = rng.random() < layout.float_rate
    for k, item in enumerate(stream):
        if item[0] == "gap":
            if col and col[-1] != "":
                col.append("")
            continue
        _, line, p = item
        nxt = stream[k + 1] if k + 1 < len(stream) else ("gap",)
        if float_due and used > 4 and nxt[0] == "line" and nxt[2] == p and \
                not re.search(r"[.!?:;][\"'’”]?$", line) and used + 6 < layout.lines_per_column:
            float_n += 1
            rows = sim.make_float(float_n)
            gold_blocks[p].append("\n".join(rows))
            record.floats.append("\n".join(rows))
            col.extend([line, "", *rows, ""])
            used += 1 + len(rows) + 1
            float_due = False
            continue
        col.append(line)
        used += 1
        if layout.column_rule and rng.random() < layout.column_rule:
            record.add("column-rule debris")
            record.misread["|"] = "debris"
            col[-1] = col[-1] + " |" if len(cols) == 0 else "| " + col[-1].lstrip()
        if used >= layout.lines_per_column:
            cols.append(col)
            col, used = [], 0
            if len(cols) == 2:
                pages.append(cols)
                cols = []
                float_due = rng.random() < layout.float_rate
    if col:
        cols.append(col)
    if cols:
        pages.append(cols)

    # 3. the Tesseract text: head blocks, columns, foot, page separator
    out_pages: list[str] = []
    for n, cols in enumerate(pages):
        page = layout.first_page + n
        heads, foot = sim.head_blocks(page)
        blocks = [h for h in heads]
        for c in cols:
            while c and c[-1] == "":
                c.pop()
            while c and c[0] == "":
                c.pop(0)
            if c:
                blocks.append("\n".join(c))
        if foot:
            blocks.append(foot)
        page_text = "\n\n".join(blocks) + "\n\n"
        if layout.mojibake_pages and rng.random() < layout.mojibake_pages:
            bad = _mojibake(page_text)
            if bad != page_text:
                record.add("mojibake pages")
                before = set(page_text.split())
                for w in bad.split():
                    if w not in before:
                        record.add("confusion: mojibake")
                        record.misread[w] = "mojibake"
            page_text = bad
        out_pages.append(page_text)
    record.add("pages", len(pages))
    raw = layout.page_separator.join(out_pages)
    gold = "\n\n".join("\n\n".join(blocks) for blocks in gold_blocks) + "\n"
    return gold, raw, layout, record
