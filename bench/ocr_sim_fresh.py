"""A fifth OCR simulator, held out: Tesseract 4 (LSTM) reading a cheap two-column 20th-century reprint scanned at low resolution.

Written blind to the cleanup (tools/variorum/clean) and to the confusion models of the other
simulators, so that nobody tunes to it: ``ocr_bench.py --sim fresh`` gives a held-out figure.

What is modelled, and from where
--------------------------------
The book: a cheap two-column reprint of the 1920s-30s on thin newsprint-like paper (bleed-through,
broken and touching type), scanned bitonal at 200-300 dpi as library/Google scans were, then run
through Tesseract 4's LSTM engine and saved as plain text, as Internet Archive and many projects
re-OCR such scans.

* Tesseract's plain-text output: one line per printed line, a blank line after each text block,
  so every column ends in a blank line even in mid-paragraph, and a form feed after each page
  (Tesseract's page separator); djvu.txt-like exports separate pages by blank lines instead.
* Running heads set in small caps, often letter-spaced (read as ``T H E  T I T L E``), the number at
  the outer edge (``24 TITLE`` / ``SECTION 25``) or alone at the foot; a printed rule under the
  head read as a line of dashes or underscores; Google scans carry a "Digitized by Google" foot,
  famously read as ``Digitized by VjOOQlC`` and the like; binding shadow read as a few glyphs.
* Full-page plates: their engraving read as a line or two of glyph junk, the caption (a quoted
  line of the text in capitals, with the page it illustrates) dropped into the flow at the page
  break; the gold puts the caption after the paragraph it interrupts.
* Line ends: dictionary hyphenation (pyphen's British patterns); own hyphens and em dashes as
  break points; a faint line-end hyphen lost, or read as an em dash (an LSTM habit:
  SubtitleEdit issue 3431 reports Tesseract 4 LSTM reading ``-`` as ``—`` or ``=``).
* Word damage, clustered by page (a log-normal page quality: ICDAR 2017/2019 post-OCR data show
  error rates vary widely between pages of one book) and heavier on capitalised words (names,
  italics): merged words where the justified space is tight (tesseract issue 1191:
  ``Greenetal.``; issue 2127: missing spaces), split words from broken or letter-spaced type,
  a letter repeated ("diplopia", tesseract issues 884 and 1011) or lost to faint ink, shape
  confusions of broken and touching type at low resolution (e/c, h/b, n/u, ri/n, in/m, f/t,
  l/I, y/v, w/vv: my own judgement of bitonal low-resolution type, as in proofreaders' lists),
  x-height capitals read as such in mid-word (``whoSe``), ``!`` read as ``l``, digits read as
  letters in numbers, letters outside a small charset (æ as ``se`` or ``ae``: Google Books' famous
  ``Csesar``; accents dropped or changed, tesseract issue 659: ``Citroën`` as ``Citroén``),
  ligature glyphs in the output (Tesseract 4 emits ﬁ, ﬂ, ﬀ), and specks from bleed-through.
* The text file saved through a wrong codec now and then: UTF-8 read as Windows-1252 or as Mac
  Roman (whole-file mojibake).

Kinds: every misread form is recorded with the kind of confusion that made it; a form that is
itself a word (the text's own vocabulary, a single letter ``a``/``I``/``O``, or wordfreq Zipf >= 3)
is kind ``unknown`` (no closed rule can know it is wrong), and so are marks no rule could tell
from print: a comma read as a stop or back, ``;`` and ``:`` swapped, a comma lost, an em dash
read as a hyphen, a speck glued to a word like a quote or a stop.  Rates: 0.4-1.6 % of words per
book before page weighting, so 0.5-2 % of the words damaged, varying by seed.
"""

from __future__ import annotations

import codecs
import math
import random
import re
from dataclasses import dataclass

import ftfy.bad_codecs
import pyphen
from wordfreq import zipf_frequency

from ocr_sim import Record, paragraphs_of

#: (printed, read, weight): broken and touching type on a bitonal low-resolution scan
SHAPES = [("e", "c", 6), ("c", "e", 2), ("h", "b", 4), ("b", "h", 2), ("n", "u", 3), ("u", "n", 3),
          ("ri", "n", 2), ("in", "m", 2), ("f", "t", 2), ("t", "f", 1), ("l", "I", 3), ("I", "l", 2),
          ("y", "v", 2), ("w", "vv", 1), ("k", "lc", 1), ("H", "II", 1)]
#: letters outside a small charset: printed -> readings
CHARSET = {"æ": ["se", "ae", "a"], "Æ": ["AE", "Ae"], "œ": ["ce", "oe"], "ê": ["e", "é"], "ë": ["e", "é"],
           "â": ["a"], "ô": ["o"], "é": ["e"], "è": ["e", "é"]}
DIGITS = {"1": "l", "0": "O", "5": "S", "8": "B", "6": "b", "3": "8"}
#: x-height letters whose capital has the same shape
SAME_SHAPE = "cosvwxz"
#: specks standing alone, read as glyphs no text has (one read as a stop or quote is glued: "speck glued")
SPECKS = ["·", "^", "`", "~", "°"]
JUNK = ["'", ".", ",", "|", "~", "^", "`", "-", ":", ";", "/", "\\", "«", "_", "°"]
GOOGLE = ["Digitized by Google", "Digitized by VjOOQlC", "Digitized by VjOOQIC", "Digitized by LjOOQlC",
          "Digitized by CjOOQIC", "Digitized by dOOQlC", "Digitized by v^ooQlC", "Digitized by GoOglc"]
RULES = ["—————", "______", "- — — -", "———", "_ _ _ _"]
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
#: kinds of word damage and their weights (applicable ones only are drawn)
WORD_KINDS = {"space lost": 12, "space added": 6, "shape": sum(w for *_, w in SHAPES), "letter doubled": 3,
              "letter lost": 3, "case": 4, "!/l": 2, "digit/letter": 3, "punctuation": 6, "dash": 3,
              "speck": 3, "speck glued": 1}
REAL_ZIPF = 3.0
#: a sentence a plate's caption may quote: plain words from its start to a stop after a word, not after "St."
_QUOTABLE = re.compile(r"(?:^|(?<=[.!?] ))[A-Z][A-Za-z ,’-]{10,58}[a-z]{2}[.!?]")


@dataclass(frozen=True)
class Layout:
    """How the reprint is set, how it was scanned and read, and how the text file was saved."""

    title: str = "THE TITLE"
    section: str = "The Section"
    width: int = 40
    lines_per_column: int = 48
    first_page: int = 1
    #: "formfeed" (Tesseract's txt) or "blank" (a djvu.txt-like export)
    page_end: str = "formfeed"
    #: "outer": the number at the head's outer edge; "foot": a plain head, the number at the foot
    number_place: str = "outer"
    head_letterspaced: bool = False
    head_rule: bool = False
    google_footer: bool = False
    #: per page: a head or page number misread; binding shadow read as a glyph line
    head_noise: float = 0.2
    margin_noise: float = 0.1
    #: per line-end dictionary hyphen
    hyphen_lost: float = 0.01
    hyphen_dash: float = 0.01
    #: words damaged per word, before the page's quality factor; the factor's log-normal sigma
    word_rate: float = 0.008
    page_spread: float = 0.6
    #: per letter outside the engine's charset
    charset_misses: float = 0.5
    ligatures: bool = False
    plates: int = 0
    #: "utf-8", or the codec the UTF-8 file was wrongly read with
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Tok:
    """One raw token of a line: its text, and whether it is a whole word of the gold (not a piece)."""

    text: str
    whole: bool = True


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    return Layout(
        title=title, section=section, width=rng.randint(34, 46), lines_per_column=rng.randint(40, 56),
        first_page=rng.randint(3, 180), page_end=rng.choice(["formfeed", "formfeed", "blank"]),
        number_place=rng.choice(["outer", "outer", "foot"]), head_letterspaced=rng.random() < 0.3,
        head_rule=rng.random() < 0.4, google_footer=rng.random() < 0.4, head_noise=rng.uniform(0.05, 0.3),
        margin_noise=rng.uniform(0.0, 0.2), hyphen_lost=rng.uniform(0.0, 0.03),
        hyphen_dash=rng.uniform(0.0, 0.02), word_rate=rng.uniform(0.004, 0.016),
        page_spread=rng.uniform(0.3, 0.9), charset_misses=rng.uniform(0.2, 0.8),
        ligatures=rng.random() < 0.3, plates=rng.choice([0, 0, 1, 1, 2]),
        encoding=rng.choice(["utf-8"] * 6 + ["sloppy-windows-1252"] * 3 + ["mac_roman"]),
    )


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw OCR, the layout used, what was done) for ``text``."""
    rng = random.Random(seed)
    layout = layout or random_layout(rng, title, section)
    record = Record()
    paras = paragraphs_of(text)
    vocab = {_core(w).lower() for p in paras for w in p.split()}
    hyph = pyphen.Pyphen(lang="en_GB")
    flow: list[tuple[int, list[Tok]] | None] = []  # (paragraph, line) or None between paragraphs
    for k, para in enumerate(paras):
        if flow:
            flow.append(None)
        flow.extend((k, line) for line in _wrap(para.split(), layout, hyph, rng, record))
    pages = _paginate(flow, layout.lines_per_column)
    for page in pages:
        factor = math.exp(rng.gauss(0, layout.page_spread) - layout.page_spread ** 2 / 2)
        for column in page:
            for entry in column:
                if entry is not None:
                    _damage_line(entry[1], layout.word_rate * factor, layout, vocab, rng, record)
    captions = _plate_places(pages, paras, layout, rng)
    texts = []
    for n, page in enumerate(pages):
        texts.append(_page_text(page, layout.first_page + n, layout, rng, record))
        if n in captions:
            texts.append(_plate_text(captions[n][1], rng, record))
    sep = "\n\f" if layout.page_end == "formfeed" else "\n\n\n"
    raw = sep.join(texts) + "\n"
    if layout.encoding != "utf-8":
        # "sloppy" Windows-1252 is ftfy's: undefined bytes pass through, as in most tools that mangle text
        codec = ftfy.bad_codecs.search_function(layout.encoding) or codecs.lookup(layout.encoding)
        raw = codec.decode(raw.encode("utf-8"))[0]
        record.add(f"mojibake: {layout.encoding}")
    after = {k: cap for k, cap in captions.values()}
    gold_blocks = []
    for k, para in enumerate(paras):
        gold_blocks.append(para)
        if k in after:
            gold_blocks.append(after[k])
    record.add("pages", len(pages))
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record


# --------------------------------------------------------------------------- lines and pages

def _wrap(words: list[str], layout: Layout, hyph: pyphen.Pyphen, rng: random.Random,
          record: Record) -> list[list[Tok]]:
    """Greedy fill to the column width, breaking a word that does not fit where it may break."""
    lines: list[list[Tok]] = []
    cur: list[Tok] = []
    used = 0
    for w in words:
        if used + len(w) + bool(cur) <= layout.width:
            cur.append(Tok(w))
            used += len(w) + bool(cur[:-1])
            continue
        room = layout.width - used - bool(cur)
        split = _split(w, room, hyph)
        if split is not None:
            head, tail, own = split
            if not own:
                head = _line_end_hyphen(head, layout, rng, record)
            cur.append(Tok(head, whole=False))
            lines.append(cur)
            cur, used = [Tok(tail, whole=False)], len(tail)
        else:
            if cur:
                lines.append(cur)
            cur, used = [Tok(w)], len(w)
    if cur:
        lines.append(cur)
    return lines


def _split(word: str, room: int, hyph: pyphen.Pyphen) -> tuple[str, str, bool] | None:
    """(head, tail, at its own hyphen or dash) for the latest break that fits in ``room``."""
    best = None
    for m in re.finditer(r"[-—](?=\w)", word):
        p = m.end()
        if 2 <= p <= room and len(word) - p >= 2:
            best = (word[:p], word[p:], True)
    m = re.fullmatch(r"([^\w]*)([A-Za-z]+)([^\w]*)", word)
    if m and len(m.group(2)) >= 5:
        lead = len(m.group(1))
        for pos in hyph.positions(m.group(2)):
            p = lead + pos
            if pos >= 2 and len(m.group(2)) - pos >= 2 and p + 1 <= room and (best is None or p + 1 > len(best[0])):
                best = (word[:p], word[p:], False)
    return best


def _line_end_hyphen(head: str, layout: Layout, rng: random.Random, record: Record) -> str:
    record.add("line-end hyphens")
    r = rng.random()
    if r < layout.hyphen_lost:
        record.add("line-end hyphens lost")
        return head
    if r < layout.hyphen_lost + layout.hyphen_dash:
        record.add("line-end hyphens read as dashes")
        return head + "—"
    return head + "-"


def _paginate(flow: list, per_column: int) -> list[list[list]]:
    """Pages of two columns of lines; a paragraph break at a column's top takes no line."""
    pages: list[list[list]] = []
    column: list = []
    columns: list[list] = []
    for entry in flow:
        if entry is None and not column:
            continue
        column.append(entry)
        if len(column) == per_column:
            columns.append(column)
            column = []
            if len(columns) == 2:
                pages.append(columns)
                columns = []
    if column:
        columns.append(column)
    if columns:
        pages.append(columns)
    return pages


def _page_text(page: list[list], number: int, layout: Layout, rng: random.Random, record: Record) -> str:
    out = []
    if rng.random() < layout.margin_noise:
        out.append(_junk(rng, 1, 3))
        record.add("margin noise lines")
    name = layout.title if number % 2 == 0 else layout.section
    if layout.head_letterspaced:
        name = "  ".join(" ".join(w) for w in name.split())
    shown = str(number)
    if rng.random() < layout.head_noise:
        shown, name = _noisy_head(shown, name, rng)
        record.add("noisy heads")
    if layout.number_place == "outer":
        out.append(f"{shown} {name}" if number % 2 == 0 else f"{name} {shown}")
    else:
        out.append(name)
    record.add("running heads")
    if layout.head_rule:
        out.append(rng.choice(RULES))
        record.add("rule lines")
    out.append("")
    for c, column in enumerate(page):
        if c:
            out.append("")
            if column and column[0] is not None and page[c - 1][-1] is not None and \
                    page[c - 1][-1][0] == column[0][0]:
                record.add("paragraphs split by a column break")
        for entry in column:
            out.append("" if entry is None else _line_text(entry[1], layout, rng, record))
    if layout.number_place == "foot":
        out += ["", shown]
    if layout.google_footer:
        out += ["", rng.choice(GOOGLE)]
        record.add("google footers")
    return "\n".join(out)


def _noisy_head(number: str, name: str, rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5 and any(d in DIGITS for d in number):
        i = rng.choice([i for i, d in enumerate(number) if d in DIGITS])
        return number[:i] + DIGITS[number[i]] + number[i + 1:], name
    spots = [i for i, ch in enumerate(name) if ch in "EHIOTN"]
    if not spots:
        return number, name
    i = rng.choice(spots)
    return number, name[:i] + {"E": "F", "H": "II", "I": "l", "O": "0", "T": "'T", "N": "K"}[name[i]] + name[i + 1:]


def _line_text(toks: list[Tok], layout: Layout, rng: random.Random, record: Record) -> str:
    line = " ".join(t.text for t in toks)
    if layout.ligatures:
        for letters, glyph in LIGATURES:
            if letters in line and rng.random() < 0.7:
                record.add("ligature glyphs", line.count(letters))
                line = line.replace(letters, glyph)
    return line


def _junk(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join("".join(rng.choice(JUNK) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(lo, hi)))


def _plate_places(pages: list, paras: list[str], layout: Layout, rng: random.Random) -> dict[int, tuple[int, str]]:
    """After which page each plate falls -> (the paragraph it interrupts, its caption)."""
    if len(pages) < 3 or layout.plates == 0:
        return {}
    out = {}
    for n in sorted(rng.sample(range(len(pages) - 1), min(layout.plates, len(pages) - 1))):
        last = next(e for e in reversed(pages[n][-1]) if e is not None)
        k = last[0]
        sentences = [s for p in paras[k:k + 3] for s in re.findall(_QUOTABLE, p)]
        if not sentences:
            continue
        quote = rng.choice(sentences).upper()
        out[n] = (k, f"“{quote}” Page {layout.first_page + n + 1}")
    return out


def _plate_text(caption: str, rng: random.Random, record: Record) -> str:
    record.add("plates")
    quote, page = caption.rsplit(" Page ", 1)
    return "\n".join([_junk(rng, 2, 6), _junk(rng, 1, 4), "", quote, f"Page {page}"])


# --------------------------------------------------------------------------- word damage

def _core(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word)


def _is_word(form: str, vocab: set[str]) -> bool:
    """A form no closed rule could call wrong: a word of the text itself or of the language."""
    core = _core(form)
    if not core or not (core.islower() or core.istitle() or core.isupper()):
        return False
    if len(core) == 1:
        return core in "aAIO"
    return core.lower() in vocab or zipf_frequency(core.lower(), "en") >= REAL_ZIPF


def _damage_line(toks: list[Tok], rate: float, layout: Layout, vocab: set[str], rng: random.Random,
                 record: Record) -> None:
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.whole and any(ch in CHARSET for ch in tok.text):
            toks[i] = tok = _charset(tok, layout.charset_misses, vocab, rng, record)
        weight = 2.0 if tok.text[:1].isupper() else 1.0
        if tok.whole and rng.random() < rate * weight:
            nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].whole else None
            made = _misread(tok.text, nxt.text if nxt else None, rng)
            if made is not None:
                kind, forms, ate_next = made
                written = forms[1:] if kind == "speck" else forms  # a speck leaves its word as it was
                if kind == "space added" and all(_is_word(f, vocab) for f in forms):
                    i += 1  # two words again ("in deed"): kept out, its pieces would stand for every "in"
                    continue
                if kind != "unknown" and all(_is_word(f, vocab) for f in written):
                    kind = "unknown"
                for f in written:
                    if kind == "unknown" or not _is_word(f, vocab):
                        record.misread[f] = kind
                        record.add(f"confusion: {kind}")
                toks[i:i + 1 + ate_next] = [Tok(f, whole=False) for f in forms]
                i += len(forms)
                continue
        i += 1


def _charset(tok: Tok, miss: float, vocab: set[str], rng: random.Random, record: Record) -> Tok:
    out = "".join(rng.choice(CHARSET[ch]) if ch in CHARSET and rng.random() < miss else ch for ch in tok.text)
    if out == tok.text:
        return tok
    kind = "unknown" if _is_word(out, vocab) else "charset"
    record.misread[out] = kind
    record.add(f"confusion: {kind}")
    return Tok(out, whole=False)


def _misread(word: str, nxt: str | None, rng: random.Random) -> tuple[str, list[str], int] | None:
    """(kind, the forms read, whether the next word was eaten) for one damaged word, or None."""
    kinds = list(WORD_KINDS)
    weights = [WORD_KINDS[k] for k in kinds]
    for _ in range(4):
        kind = rng.choices(kinds, weights)[0]
        made = _KIND[kind](word, nxt, rng)
        if made is not None and made != [word]:
            unknown = kind in ("punctuation", "dash", "speck glued")
            label = "unknown" if unknown else (made[1] if kind == "shape" else kind)
            forms = made[0] if kind == "shape" else made
            if kind == "space lost":
                return label, forms, 1
            return label, forms, 0
    return None


def _space_lost(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    # tight justified spacing: mostly around short words, and never across a punctuation gap
    if nxt is None or not re.fullmatch(r"\w+", word) or not re.match(r"\w", nxt):
        return None
    if min(len(word), len(_core(nxt))) > 3 and rng.random() < 0.7:
        return None
    return [word + nxt]


def _space_added(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    m = re.search(r"[A-Za-z]{5,}", word)
    if not m:
        return None
    p = rng.randint(m.start() + 2, m.end() - 2)
    return [word[:p], word[p:]]


def _shape(word: str, nxt: str | None, rng: random.Random):
    spots = [(i, a, b) for a, b, w in SHAPES for i in _finds(word, a) for _ in range(w)]
    if not spots:
        return None
    i, a, b = rng.choice(spots)
    return [word[:i] + b + word[i + len(a):]], f"{a}/{b}"


def _finds(word: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), word)]


def _letter_doubled(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    spots = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(spots) < 3:
        return None
    i = rng.choice(spots)
    return [word[:i + 1] + word[i] + word[i + 1:]]


def _letter_lost(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    spots = [i for i, ch in enumerate(word) if ch.isalpha() and i > 0]
    if len(spots) < 4:
        return None
    i = rng.choice(spots)
    return [word[:i] + word[i + 1:]]


def _case(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    spots = [i for i, ch in enumerate(word) if ch in SAME_SHAPE and i > 0 and word[i - 1].isalpha()]
    if not spots:
        return None
    i = rng.choice(spots)
    return [word[:i] + word[i].upper() + word[i + 1:]]


def _bang(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    if "!" not in word or not re.search(r"\w!", word):
        return None
    return [word.replace("!", rng.choice(["l", "I"]), 1)]


def _digit(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    spots = [i for i, ch in enumerate(word) if ch in DIGITS]
    if not spots:
        return None
    i = rng.choice(spots)
    return [word[:i] + DIGITS[word[i]] + word[i + 1:]]


def _punctuation(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    swaps = {",": [".", ""], ".": [","], ";": [":"], ":": [";"]}
    if nxt is None or not word[-1:] in swaps or len(word) < 2:
        return None
    return [word[:-1] + rng.choice(swaps[word[-1]])]


def _dash(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    if not re.search(r"\w—\w", word):
        return None
    return [word.replace("—", rng.choice(["-", "--"]), 1)]


def _speck(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    return [word, rng.choice(SPECKS)]


def _speck_glued(word: str, nxt: str | None, rng: random.Random) -> list[str] | None:
    if not word[-1:].isalpha():
        return None
    return [word + rng.choice(["'", "’", ".", ","])]


_KIND = {"space lost": _space_lost, "space added": _space_added, "shape": _shape,
         "letter doubled": _letter_doubled, "letter lost": _letter_lost, "case": _case, "!/l": _bang,
         "digit/letter": _digit, "punctuation": _punctuation, "dash": _dash, "speck": _speck,
         "speck glued": _speck_glued}
