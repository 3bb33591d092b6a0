"""A fourth OCR simulator, written without sight of the cleanup or the other simulators' tables: a held-out estimate."""

# ``simulate(text, seed)`` -> (gold, raw, layout, record), the interface of ocr_sim. Written
# blind: neither the cleanup (tools/variorum/clean) nor the confusion tables or corruption
# code of ocr_sim, ocr_sim_alt, ocr_sim_blind were read. Its model of a printed book and of
# how an OCR engine reads it, and where each part comes from:
#
# * The page is set first, the OCR reads it after: paragraphs are wrapped to a column on
#   the clean words (dictionary hyphenation with pyphen; compounds broken at their own
#   hyphen; a line may end after an em dash), justified or ragged; then every printed
#   line is read, so a misreading can fall on either half of a hyphenated word. The
#   line-end hyphen is read as "-", as ABBYY's "¬" or as a soft hyphen (per layout), and
#   now and then not at all (a faint hyphen).
# * Two columns a page, read column after column; paragraphs marked by a blank line or
#   only by an indented first line (Tesseract's text output does both); a column start
#   marked by a blank line or only by a leading space; running heads verso/recto or the
#   title on both sides, or page numbers alone at the foot, in several forms, with OCR
#   noise and letter-spaced small capitals ("F RANKEN STEIN"); chapter openings start a
#   page with the number at the foot and a drop cap read apart ("C HAPTER" style, "W HEN");
#   in some layouts the catchword of early 19th-century printing (the next page's first
#   word, alone at the foot) and printers' signatures ("B 2", "VOL. I. C"); pages ended by
#   a form feed or blank lines.
# * Word-level misreadings at 0.5-2 % of the printed words (per seed), each drawn as one
#   edit of a kind, with a per-layout "fount" factor on every pair and kind (teleread,
#   "Typos and intelligent proofreading": a fount makes the same engine fail in its own
#   ways), from proofreaders' lists of what OCR of old books gets wrong: Project
#   Gutenberg FAQ S.16 (m/rn/ni, h/b, e/c, 1/l/I/!, spaces lost and added, punctuation
#   confused, quotes spaced), MobileRead's "OCR villains" (rn/m, ri/n, cl/d, li/h, U for
#   ll/li, hn for lm, tli/tii for th, n/u, ii for u, vv for w, y/v, r for f, 0/O, 5/S, 2/Z,
#   6/G, B/R, F/P, ] for J, ligatures ff/fi/fl confused, space before closing punctuation,
#   after an opening quote, lost apostrophes "don t"), Distributed Proofreaders' "Common
#   errors proofers find" (l/1/!, digits, unexpected capitals, quote spacing) and the
#   error classes of the SuUB error codes (letter, punctuation, digit, whitespace,
#   part of a character, several characters for one, missing character, case). Also
#   letters lost to faint ink, specks read as marks (alone or on a word), "æ" read as
#   "ae", accents lost, an em dash read as a hyphen or two, a quote turned the wrong way.
#   Pairs of my own judgement, in no list above (round letters and thin strokes confused
#   in worn type): a/o, a/s, e/o, o/e, s/e, r/i, t/l, t/f, f/t, g/q, C/G, O/Q, D/O, E/F, H/II,
#   t/1, g/9, B/8, and a blot read as one more thin letter or mark inside a word.
#   Proper names misread once tend to be misread the same way again (teleread's
#   "recurring proper names"), so a misreading can be attested in the witness itself.
# * Whatever a misreading makes is kept as the engine would write it: when it is a real
#   word (wordfreq zipf >= 3, or a word of the text itself: "he"/"be", "arid", "modem",
#   "some thing"), or punctuation read as other punctuation, or a capital at a word's
#   start, it is recorded as kind "unknown", a confusion no closed rule can know (the kind
#   ocr_bench keeps apart); every other misreading under its own kind.
# * Glyph output of the engine in some layouts: ligature code points (ﬁ ﬂ ﬀ ﬃ ﬄ), and
#   in some files whole pages of mojibake (UTF-8 read as cp1252, undefined bytes as
#   latin-1), a pipeline fault common in digitised collections.
# Left out: the long s (ſ read as f, Distributed Proofreaders' "ftealth fcannos"), as the
# corpora are 1818-and-later London and modern texts, set without it; footnotes, tables
# and lists, which the corpora do not have and whose gold would be invented.
#
# The gold is the clean text as the cleanup should restore it: one block per paragraph,
# the words as printed (compounds keep their hyphen). Everything is drawn from
# ``random.Random(seed)``: the same text and seed give the same output, byte for byte.

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen
from wordfreq import zipf_frequency

import ocr_sim
from ocr_sim import paragraphs_of

#: (printed, read, weight): letter shapes an engine takes for others (see the header)
SHAPES = [
    ("m", "rn", 6), ("m", "in", 2), ("m", "ni", 1), ("rn", "m", 4), ("ri", "n", 3), ("n", "ri", 2),
    ("in", "m", 2), ("n", "u", 4), ("u", "n", 4), ("u", "ii", 2), ("h", "b", 5), ("b", "h", 3),
    ("h", "li", 5), ("li", "h", 3), ("h", "n", 2), ("e", "c", 8), ("c", "e", 4), ("e", "o", 2),
    ("o", "e", 1), ("a", "o", 2), ("a", "s", 1), ("cl", "d", 2), ("d", "cl", 3), ("lm", "hn", 1),
    ("th", "tli", 3), ("th", "tii", 1), ("ll", "U", 1), ("li", "U", 1), ("il", "U", 1),
    ("f", "r", 1), ("t", "f", 2), ("f", "t", 2), ("t", "l", 1), ("y", "v", 2), ("v", "y", 2),
    ("w", "vv", 2), ("k", "lc", 1), ("fi", "fl", 2), ("fl", "fi", 1), ("ffi", "fli", 1),
    ("g", "q", 1), ("q", "g", 1), ("i", "l", 3), ("l", "i", 2), ("r", "i", 1), ("s", "e", 1),
    ("B", "R", 1), ("R", "B", 1), ("F", "P", 1), ("P", "F", 1), ("E", "F", 1), ("C", "G", 1),
    ("O", "Q", 1), ("D", "O", 1), ("J", "]", 1), ("H", "II", 1), ("W", "\\V", 1),
]
#: (printed, read, weight): letters read as digits or marks
DIGITS = [
    ("l", "1", 4), ("I", "1", 2), ("I", "l", 3), ("l", "I", 3), ("i", "1", 1), ("o", "0", 2),
    ("O", "0", 3), ("S", "5", 2), ("s", "5", 1), ("Z", "2", 1), ("G", "6", 1), ("g", "9", 1),
    ("B", "8", 1), ("t", "1", 1), ("l", "!", 1),
]
#: letters whose capital is the small letter drawn larger: case is guessed from the height
SAME_SHAPE = "cosuvwxz"
#: what faint ink loses most often: thin strokes
FAINT = "iltrfej"
#: specks and dust read as marks
SPECKS = [".", ",", "'", "‘", "·", "-", "~", "_", ":", "•", "*", "^", "`"]
#: punctuation read as other punctuation: no rule can know which was printed
PUNCT_SWAP = {",": ".", ".": ",", ";": ":", ":": ";", "?": "!"}
ACCENTS = {"é": "e", "è": "e", "ê": "e", "ë": "e", "â": "a", "à": "a", "ô": "o", "ï": "i", "ç": "c",
           "ü": "u", "ö": "o"}
DIGRAPHS = {"æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"}
LIGATURES = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ")]
#: the kinds of misreading of one printed word, and their weights before the fount's factors
KINDS = {"shape": 38, "digit": 8, "case": 4, "faint": 6, "blot": 1, "accent": 3, "apostrophe": 2,
         "merge": 12, "split": 7, "spaced punctuation": 6, "punctuation": 3, "bang": 1,
         "quote": 2, "dash": 2, "speck": 5}
#: kinds that keep a word whole, so they may fall on either half of a hyphenated word
IN_WORD = ("shape", "digit", "case", "faint", "blot", "accent")
CHAPTER = re.compile(r"(CHAPTER|Chapter|LETTER|Letter|BOOK|Book|PART|Part) [IVXLC\d]+\.?")
LETTERS = re.compile(r"[^\W\d_]+")
#: a printed word's length in characters, on average: a word is misread in proportion to its length
MEAN_WORD = 5.5


@dataclass(frozen=True)
class Layout:
    """How the book was set and how the engine read it."""

    title: str = "THE TITLE"
    section: str = "The Section"
    width: int = 34  # characters a column line holds
    lines_per_column: int = 46
    justified: bool = True
    spaces_kept: bool = False  # the justification's wide spaces written out
    paragraphs: str = "blank"  # "blank" line between paragraphs, or "indent" only
    column_start: str = "blank"  # "blank" line before a column, or a leading "space" only
    heads: str = "alternate"  # "alternate" verso/recto, "title" on both, "none" (number at the foot)
    number_form: str = "{n}"
    letterspaced_heads: bool = False
    head_noise: float = 0.05  # per character of a head
    catchwords: bool = False
    signatures: bool = False
    page_end: str = "\f"
    error_rate: float = 0.01  # printed words misread
    fount: tuple[float, ...] = ()  # a factor per SHAPES, DIGITS and KINDS entry (empty: all 1)
    sticky: float = 0.3  # chance that a misread proper name is misread alike again
    hyphen_glyph: str = "-"
    hyphen_lost: float = 0.01
    ligatures: float = 0.0  # share of ff/fi/fl/ffi/ffl written as one glyph
    mojibake_pages: float = 0.0
    drop_caps: bool = True


class Record(ocr_sim.Record):
    """ocr_sim's record (the interface ocr_bench reads), a confusion counted and its forms kept in one call."""

    def confusion(self, kind: str, *forms: str) -> None:
        self.add(f"confusion: {kind}")
        for form in forms:
            if form:
                self.misread[form] = kind


@dataclass(frozen=True)
class Line:
    """One printed line: its words, whether it opens a paragraph, how its last word is broken."""

    words: tuple[str, ...]
    opens: bool
    # "" (whole word), "hyphen" (a dictionary break), "compound" (at its own hyphen), "dash"
    broken: str = ""


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    n_factors = len(SHAPES) + len(DIGITS) + len(KINDS)
    return Layout(
        title=title, section=section,
        width=rng.randint(28, 42), lines_per_column=rng.randint(36, 56),
        justified=rng.random() < 0.7, spaces_kept=rng.random() < 0.25,
        paragraphs=rng.choice(["blank", "blank", "indent"]),
        column_start=rng.choice(["blank", "blank", "space"]),
        heads=rng.choice(["alternate", "alternate", "title", "none"]),
        number_form=rng.choice(["{n}", "{n}", "[{n}]", "- {n} -", "({n})"]),
        letterspaced_heads=rng.random() < 0.3, head_noise=rng.uniform(0.0, 0.12),
        catchwords=rng.random() < 0.15, signatures=rng.random() < 0.3,
        page_end=rng.choice(["\f", "\f\n", "\n\n\n"]),
        error_rate=rng.uniform(0.005, 0.02),
        fount=tuple(round(rng.uniform(0.25, 3.0), 3) for _ in range(n_factors)),
        sticky=rng.uniform(0.05, 0.25),
        hyphen_glyph=rng.choice(["-", "-", "-", "-", "¬", "\u00ad"]), hyphen_lost=rng.uniform(0.0, 0.03),
        ligatures=rng.choice([0.0, 0.0, 0.0, rng.uniform(0.3, 1.0)]),
        mojibake_pages=rng.choice([0.0, 0.0, 0.0, rng.uniform(0.1, 0.6)]),
        drop_caps=rng.random() < 0.6,
    )


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    rng = random.Random(seed)
    layout = layout or random_layout(rng, title, section)
    record = Record()
    paras = paragraphs_of(text)
    words = [w for p in paras for w in LETTERS.findall(p)]
    vocab = frozenset(w.lower() for w in words)
    lower = {w for w in words if w.islower()}
    names = frozenset(w for w in words if w[0].isupper() and w.lower() not in lower)
    hyph = pyphen.Pyphen(lang="en_US")
    reader = _Reader(layout, rng, record, vocab, names)
    pages: list[list[list[str]]] = []  # pages of columns of raw lines
    columns: list[list[str]] = []
    column: list[str] = []

    def end_column() -> None:
        nonlocal column, columns
        if column:
            columns.append(column)
            column = []
        if len(columns) == 2:
            pages.append(columns)
            columns = []

    def end_page() -> None:
        nonlocal columns
        end_column()
        if columns:
            pages.append(columns)
            columns = []

    after_heading = False
    for para in paras:
        heading = bool(CHAPTER.fullmatch(para))
        if heading:
            end_page()  # a chapter opens a page
        printed = _wrap(para.split(), layout, hyph)
        raw_lines = reader.read_paragraph(printed, drop_cap=after_heading and layout.drop_caps)
        after_heading = heading
        for k, line in enumerate(raw_lines):
            if len(column) >= layout.lines_per_column:
                end_column()
            if k == 0 and column and layout.paragraphs == "blank":
                column.append("")
            column.append(line)
    end_page()
    raw = _paginate(pages, layout, rng, record, reader)
    gold = "\n\n".join(paras) + "\n"
    return gold, raw, layout, record


# --------------------------------------------------------------------------- setting the page

def _wrap(words: list[str], layout: Layout, hyph: pyphen.Pyphen) -> list[Line]:
    """The paragraph set in lines of the column width, indented first line, words broken as a printer would."""
    width = layout.width
    lines: list[Line] = []
    cur: list[str] = []
    used = 2  # the first line's indent
    queue = list(words)
    while queue:
        w = queue.pop(0)
        need = len(w) + (1 if cur else 0)
        if used + need <= width:
            cur.append(w)
            used += need
            continue
        room = width - used - (1 if cur else 0)
        split = _break(w, room, hyph, willing=layout.justified or len(w) >= 9)
        if split is not None:
            head, tail, how = split
            lines.append(Line((*cur, head), not lines, how))
            queue.insert(0, tail)
        elif cur:
            lines.append(Line(tuple(cur), not lines))
            queue.insert(0, w)
        else:  # longer than a line and not breakable: printed whole, overhanging
            lines.append(Line((w,), not lines))
        cur, used = [], 0
    if cur:
        lines.append(Line(tuple(cur), not lines))
    return lines


def _break(word: str, room: int, hyph: pyphen.Pyphen, willing: bool) -> tuple[str, str, str] | None:
    """(head as printed, tail, how) for a word broken at the line end, or None."""
    if room < 3:
        return None
    for mark, how in (("—", "dash"), ("-", "compound")):
        k = word.rfind(mark, 0, room)
        if 0 < k < len(word) - 2 and LETTERS.search(word[k + 1:]):
            return word[:k + 1], word[k + 1:], how
    m = re.fullmatch(r"([^\w]*)([A-Za-z]+)([^\w]*)", word)
    if not willing or not m or len(m.group(2)) < 5:
        return None
    lead, core, trail = m.groups()
    best = None
    for head, tail in hyph.iterate(core):
        if len(lead) + len(head) + 1 <= room and len(head) >= 2 and len(tail) >= 2:
            best = (lead + head + "-", tail + trail, "hyphen")
            break  # iterate() yields the longest head first
    return best


# --------------------------------------------------------------------------- reading it

@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


class _Reader:
    """The OCR engine: reads printed lines into raw lines, misreading as the layout says."""

    def __init__(self, layout: Layout, rng: random.Random, record: Record, vocab: frozenset[str],
                 names: frozenset[str]):
        self.layout, self.rng, self.record, self.vocab, self.proper = layout, rng, record, vocab, names
        fount = layout.fount or (1.0,) * (len(SHAPES) + len(DIGITS) + len(KINDS))
        self.shapes = [(a, b, w * f) for (a, b, w), f in zip(SHAPES, fount)]
        self.digits = [(a, b, w * f) for (a, b, w), f in zip(DIGITS, fount[len(SHAPES):])]
        self.kinds = {k: w * f for (k, w), f in zip(KINDS.items(), fount[len(SHAPES) + len(DIGITS):])}
        self.names: dict[str, tuple[str, str]] = {}  # a proper name -> (misread form, kind) the first time

    def real(self, form: str, floor: float = 3.0) -> bool:
        """Is this (its edge punctuation aside) a word of the text or of English: a misreading no rule can know.

        wordfreq lists web noise among its short words ("fo", "te", "mv" above zipf 3), so a
        form of three letters or fewer must be a word of the text or a common one.
        """
        core = re.sub(r"^[^\w]+|[^\w]+$", "", form)
        if not LETTERS.fullmatch(core) or not (core.islower() or core.istitle() or core.isupper()):
            return False
        low = core.lower()
        return low in self.vocab or _zipf(low) >= (floor if len(low) > 3 else 4.5)

    def read_paragraph(self, lines: list[Line], drop_cap: bool) -> list[str]:
        """The raw lines of one printed paragraph."""
        rng, layout = self.rng, self.layout
        words = [list(line.words) for line in lines]
        # misreadings, decided per printed word (a broken word's two halves are one word)
        for i, line in enumerate(lines):
            for j in range(len(words[i])):
                if words[i][j] is None or not words[i][j]:
                    continue
                head = j == len(words[i]) - 1 and line.broken == "hyphen" and i + 1 < len(lines)
                if j == 0 and i > 0 and lines[i - 1].broken == "hyphen":
                    continue  # the tail of a broken word was read with its head
                self._read_word(words, i, j, head, lines[i].broken)
        out = []
        for i, line in enumerate(lines):
            ws = [w for w in words[i] if w]
            if line.broken == "hyphen" and ws and ws[-1].endswith("-"):
                if rng.random() < layout.hyphen_lost:
                    ws[-1] = ws[-1][:-1]
                    self.record.add("line-end hyphens lost")
                else:
                    ws[-1] = ws[-1][:-1] + layout.hyphen_glyph
                self.record.add("line-end hyphens")
            if drop_cap and i == 0 and ws and ws[0][:2].isalpha() and ws[0][0].isupper():
                ws[0] = ws[0][0] + " " + ws[0][1:]  # the initial set apart in the margin, read as a word
                self.record.confusion("drop cap", *ws[0].split(" "))
            sep = "  " if layout.justified and layout.spaces_kept and i < len(lines) - 1 else " "
            text = sep.join(self._ligatures(w) for w in ws)
            if line.opens and layout.paragraphs == "indent":
                text = "  " + text
            out.append(text)
        return out

    def _ligatures(self, word: str) -> str:
        if not self.layout.ligatures:
            return word
        for plain, glyph in LIGATURES:
            if plain in word and self.rng.random() < self.layout.ligatures:
                self.record.add("ligature glyphs", word.count(plain))
                word = word.replace(plain, glyph)
        return word

    def _read_word(self, words: list[list[str]], i: int, j: int, head: bool, broken: str) -> None:
        """Perhaps misread the word at line i, place j (with its tail on line i+1 when ``head``)."""
        rng = self.rng
        w = words[i][j]
        whole = w[:-1] + words[i + 1][0] if head else w
        core = LETTERS.search(whole)
        name = core.group(0) if core and core.group(0) in self.proper else None
        if name in self.names and rng.random() < self.layout.sticky:
            made, label = self.names[name]
            made = whole.replace(name, made, 1)
        elif rng.random() < self.layout.error_rate * min(3.0, len(whole) / MEAN_WORD):
            made = label = None
        else:
            return
        if made is None:
            kinds = [k for k in self.kinds if (k in IN_WORD or not head) and self._fits(k, w, words, i, j)]
            if not kinds:
                return
            kind = rng.choices(kinds, [self.kinds[k] for k in kinds])[0]
            if kind in IN_WORD:
                edit = self._edit(kind, whole)
                if edit is None:
                    return
                a, b, r = edit
                made = whole[:a] + r + whole[b:]
                label = _label(kind, whole[a:b], r)
                if name and core.start() <= a and b <= core.end():
                    self.names.setdefault(name, (made[core.start():core.end() + len(r) - (b - a)], label))
            else:
                self._segment(kind, words, i, j, broken)
                return
        else:
            kind = "sticky"
            a, b, r = _diff(whole, made)
        if head:
            cut = len(w) - 1
            if b <= cut:
                cut += len(r) - (b - a)
            elif a < cut:
                cut = a + len(r)
            words[i][j], words[i + 1][0] = made[:cut] + "-", made[cut:]
            forms = (made, words[i][j], words[i + 1][0])
        else:
            words[i][j] = made
            forms = (made,)
        capital = kind == "case" and a == 0
        self.record.confusion("unknown" if capital or self.real(made) else label, *forms)

    def _fits(self, kind: str, w: str, words: list[list[str]], i: int, j: int) -> bool:
        """Can this kind of misreading happen to this word here?"""
        letters = LETTERS.search(w) is not None
        if kind in ("shape", "digit", "faint", "blot"):
            return letters and len(w) >= 2
        if kind == "case":
            return any(c in SAME_SHAPE for c in w.lower())
        if kind == "accent":
            return any(c in ACCENTS or c in DIGRAPHS for c in w)
        if kind == "apostrophe":
            return bool(re.search(r"\w[’']\w", w))
        if kind == "merge":
            return j + 1 < len(words[i]) and bool(words[i][j + 1])
        if kind == "split":
            return len(LETTERS.search(w).group(0)) >= 5 if letters else False
        if kind == "spaced punctuation":
            return bool(re.search(r"\w[;:!?,.]+$|^[“‘\"'(]\w", w))
        if kind == "punctuation":
            return bool(re.search(r"\w[,.;:?]$", w))
        if kind == "bang":
            return w.endswith("!")
        if kind == "quote":
            return len(w) > 1 and (w[0] in "“‘" or w[-1] in "”’" or "“" in w or "”" in w)
        if kind == "dash":
            return bool(re.search(r"\w—\w", w))
        return kind == "speck"

    def _edit(self, kind: str, w: str) -> tuple[int, int, str] | None:
        """One in-word misreading of ``w``: (start, end, replacement)."""
        rng = self.rng
        if kind in ("shape", "digit"):
            table = self.shapes if kind == "shape" else self.digits
            places = [(m.start(), m.start() + len(a), b, wt) for a, b, wt in table
                      for m in re.finditer(re.escape(a), w)]
            if not places:
                return None
            a, b, r, _ = rng.choices(places, [p[3] for p in places])[0]
            return a, b, r
        if kind == "case":
            places = [k for k, c in enumerate(w) if c.lower() in SAME_SHAPE]
            k = rng.choice(places)
            return k, k + 1, w[k].swapcase()
        if kind == "faint":
            places = [k for k, c in enumerate(w) if c.isalpha() and 0 < k] or [0]
            thin = [k for k in places if w[k] in FAINT]
            k = rng.choice(thin if thin and rng.random() < 0.7 else places)
            return k, k + 1, ""
        if kind == "blot":  # a blot or a broken letter read as one more thin letter
            k = rng.randrange(1, len(w))
            return k, k, rng.choice("iIl.'")
        if kind == "accent":
            places = [k for k, c in enumerate(w) if c in ACCENTS or c in DIGRAPHS]
            k = rng.choice(places)
            return k, k + 1, ACCENTS.get(w[k]) or DIGRAPHS[w[k]]
        return None

    def _segment(self, kind: str, words: list[list[str]], i: int, j: int, broken: str) -> None:
        """A misreading of the spaces or marks around a word: tokens merged, split, added."""
        rng, line, w = self.rng, words[i], words[i][j]
        if kind == "merge":
            made = w + line[j + 1]
            line[j], line[j + 1] = made, ""
            # a merge with the head of a broken word is also recorded as the cleanup will join it
            whole = made[:-1] + words[i + 1][0] if broken == "hyphen" and j + 2 == len(line) and \
                made.endswith("-") and i + 1 < len(words) and words[i + 1] else made
            self.record.confusion("unknown" if self.real(whole, floor=3.5) else "merged words", made, whole)
        elif kind == "split":
            m = LETTERS.search(w)
            k = rng.randrange(m.start() + 1, m.end() - 1)
            made = w[:k] + " " + w[k:]
            line[j] = made
            self.record.confusion("unknown" if self.real(w[:k]) and self.real(w[k:]) else "split word",
                                  w[:k], w[k:])
        elif kind == "spaced punctuation":
            m = re.search(r"[;:!?,.]+$", w)
            line[j] = w[:m.start()] + " " + w[m.start():] if m else w[0] + " " + w[1:]
            # the mark is the misread token; the word beside it is read right
            self.record.confusion("spaced punctuation", line[j].split(" ")[1 if m else 0])
        elif kind == "punctuation":
            made = w[:-1] + PUNCT_SWAP[w[-1]]
            line[j] = made
            self.record.confusion("unknown", made)
        elif kind == "bang":
            made = w[:-1] + rng.choice("l1I")
            line[j] = made
            self.record.confusion("exclamation read as a letter", made)
        elif kind == "quote":
            turned = {"“": "”", "‘": "’", "”": "“", "’": "‘"}
            options = []
            if w[0] in "“‘":
                options.append(turned[w[0]] + w[1:])  # an opening quote turned the wrong way
            if w[-1] in "”’":
                options.append(w[:-1] + turned[w[-1]])
            if "“" in w or "”" in w:  # a double quote read as two singles
                options.append(w.replace("“", "‘‘", 1) if "“" in w else w.replace("”", "’’", 1))
            made = rng.choice(options)
            line[j] = made
            self.record.confusion("quote misread", made)
        elif kind == "dash":
            made = w.replace("—", rng.choice(["-", "--", "–"]), 1)
            line[j] = made
            self.record.confusion("dash misread", made)
        elif kind == "apostrophe":
            m = re.search(r"(?<=\w)[’'](?=\w)", w)
            made = w[:m.start()] + rng.choice([" ", " ", ""]) + w[m.end():]
            line[j] = made
            self.record.confusion("unknown" if all(self.real(p) for p in made.split()) else "apostrophe lost",
                                  *made.split())
        else:  # a speck: alone between two words, or stuck to one
            mark = rng.choice(SPECKS)
            where = rng.random()
            made = mark + " " + w if where < 0.4 else (w + mark if where < 0.7 else mark + w)
            line[j] = made
            # a speck read as a comma after a word, or as a quote before one, is punctuation
            # as the text has it: no rule can tell it from what was printed
            if where < 0.4:
                plain = mark in ",.:;'‘’"
            elif where < 0.7:
                plain = mark in ",.:;'’" and w[-1:].isalnum()
            else:
                plain = mark in "'‘" and w[:1].isalnum()
            self.record.confusion("unknown" if plain else "speck", mark if where < 0.4 else made)


def _label(kind: str, printed: str, read: str) -> str:
    """The record's name of an in-word misreading."""
    if kind in ("shape", "digit"):
        return f"{printed}->{read}"
    return {"case": "case", "faint": "letter lost", "blot": "letter added", "accent": "accent lost"}[kind]


def _diff(a: str, b: str) -> tuple[int, int, str]:
    """The one edit (start, end in a, replacement) that makes b from a."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    e = 0
    while e < min(len(a), len(b)) - k and a[-1 - e] == b[-1 - e]:
        e += 1
    return k, len(a) - e, b[k:len(b) - e]


# --------------------------------------------------------------------------- the pages

def _paginate(pages: list[list[list[str]]], layout: Layout, rng: random.Random, record: Record,
              reader: _Reader) -> str:
    """The raw file: pages of two columns with their heads and feet, read in column order."""
    out = []
    first_words = [_first_word(p) for p in pages]
    for n, columns in enumerate(pages, start=1):
        opening = n == 1 or _opens_chapter(columns)
        lines: list[str] = []
        if layout.heads != "none" and not opening:
            lines += [_head(layout, n, rng, record), ""]
        for c, column in enumerate(columns):
            if c:
                if layout.column_start == "blank":
                    lines.append("")
                else:
                    column = [" " + column[0], *column[1:]]
            lines += column
        feet = []
        if layout.catchwords and n < len(pages) and first_words[n]:
            feet.append(" " * max(1, layout.width - len(first_words[n])) + first_words[n])
            record.add("catchwords")
        if layout.heads == "none" or opening:
            feet.append(_noisy(layout.number_form.format(n=n), rng, layout.head_noise).center(layout.width))
            record.add("foot numbers")
        if layout.signatures and n % 16 in (1, 3, 5, 7):
            gathering = "BCDEFGHIKLMNOPQRSTXYZ"[(n // 16) % 21]
            leaf = (n % 16 + 1) // 2
            mark = gathering + (f" {leaf}" if leaf > 1 else "")
            if leaf == 1 and rng.random() < 0.5:
                mark = "VOL. I. " + mark
            feet.append(" " * (layout.width - len(mark)) + _noisy(mark, rng, layout.head_noise))
            record.add("signatures")
        if feet:
            lines += ["", *feet]
        page = "\n".join(lines) + "\n"
        if layout.mojibake_pages and rng.random() < layout.mojibake_pages:
            page = _mojibake(page)
            record.add("mojibake pages")
        out.append(page)
        record.add("pages")
    return layout.page_end.join(out)


def _first_word(columns: list[list[str]]) -> str:
    for column in columns:
        for line in column:
            if line.strip():
                return line.split()[0]
    return ""


def _opens_chapter(columns: list[list[str]]) -> bool:
    first = next((ln.strip() for col in columns for ln in col if ln.strip()), "")
    return bool(CHAPTER.fullmatch(first))


def _head(layout: Layout, n: int, rng: random.Random, record: Record) -> str:
    """A running head: the page number at the outer edge, the title or section in the middle."""
    words = layout.title if layout.heads == "title" or n % 2 == 0 else layout.section
    if layout.letterspaced_heads:  # small capitals spaced out, read with gaps in odd places
        words = " ".join(re.sub(r"(?<=\w)(?=\w)", lambda _m: " " if rng.random() < 0.25 else "", w)
                         for w in words.split())
    number = layout.number_form.format(n=n)
    gap = " " * max(2, (layout.width - len(words)) // 2)
    text = f"{number}{gap}{words}" if n % 2 == 0 else f"{words}{gap}{number}"
    record.add("running heads")
    return _noisy(text, rng, layout.head_noise)


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    """Furniture read carelessly: its letters and digits confused now and then."""
    swaps = {"1": "l", "0": "O", "I": "l", "O": "0", "5": "S", "S": "5", "E": "F", "N": "H", "M": "IVI",
             "8": "3", "6": "b", ".": ",", "l": "1"}
    return "".join(swaps[c] if c in swaps and rng.random() < rate else c for c in text)


def _mojibake(page: str) -> str:
    """The page's UTF-8 bytes read as cp1252 (bytes cp1252 leaves undefined read as latin-1)."""
    out = []
    for byte in page.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out)
