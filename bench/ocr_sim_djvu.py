"""Simulated OCR of a Google-scanned two-column book as found in an Internet Archive ``_djvu.txt``.

Written blind to the cleanup (and to the other simulators): the layouts, rates and error mix
are taken from published descriptions of real OCR output, not from what the cleanup handles.

``simulate(text, seed)`` -> (gold, raw, layout, record), as ``ocr_bench.run_one`` expects.

What it models, and the evidence for each choice:

* **Page furniture of Google scans.** Every page of a Google-digitised book carries the
  watermark "Digitized by Google", which the OCR reads with noise ("Digitized by VjOOQIC",
  "Digitized by VjOOQ IC"), and running heads with page numbers that land in the middle of
  paragraphs ("158 EASTER"); a page break mid-paragraph adds blank lines and the page header
  (notes on the archive.org djvu.txt of Hapgood's Service Book, 1906, in a public repository
  found with the code search: "Digitized by VjOOQ IC footer, every page"; "Page numbers
  inline, every page, `158 EASTER` mid-paragraph"; "Page break in mid-paragraph, common").
  Heads alternate recto/verso (title on the verso, section on the recto), folio at the outer
  edge or at the foot; small capitals are read as capitals or as lower case.
* **djvutxt page and column separators.** ``djvutxt`` ends each page with a form feed; column
  regions come out as separate blocks (a blank line), run on, or with a leading space.
* **Two-column layout.** Narrow gutters and column breaks split paragraphs (Holley, "How
  Good Can It Get?", D-Lib Magazine 15 (3/4), 2009: narrow gutters and complex layouts among
  the main causes of OCR error); a figure or table set at the top of a column is read in the
  flow, inside the sentence that runs round it (reading-order failures of multi-column pages,
  e.g. pdf_oxide issues 534 and 1310, OCR4all/docker_image issue 17).
* **Hyphenation.** Justified narrow columns are hyphenated by the printer's dictionary
  (pyphen patterns); compounds break at their own hyphen; a break after an em dash; the OCR
  occasionally loses a faint line-end hyphen, and some exports write the break as a soft
  hyphen (U+00AD) or as ABBYY's ``¬``.
* **Character confusions.** Distributed Proofreaders' scanno lists and tutorial
  (pgdp.net/wiki/Scanno; "Moderate Proofreading Tutorial, page 4": 1/l/I, 0/O, one hyphen
  for an em dash) give the shapes: ``tbe``/``tlie``/``aud``/``arid``/``modem``/``rn``; the
  SUCCEED/IMPACT guide "Types of errors" (digitisation.eu) gives ``m`` for ``in``, the lost
  space in ``theTongue`` and a spurious apostrophe from dirt; the Hapgood notes above give
  ``Tord`` for ``Lord``, ``Savious`` for ``Saviour`` and ``ToneV.`` (lost space). Nguyen et
  al., "Deep Statistical Analysis of OCR Errors for Effective Post-OCR Processing" (JCDL
  2019, on the ICDAR 2017/2019 post-OCR data): most OCR errors are single substitutions,
  word-boundary errors (lost and inserted spaces) are a large share, real-word errors a
  minority. Decent book scans misread 0.5-2.5 % of words here (the ISRI annual tests, Rice et
  al.: page readers at 98-99.5 % character accuracy on good print).
  A misreading that makes another common English word (wordfreq Zipf >= 3) is a stealth
  scanno (pgdp.net: "arid" for "and"): recorded as "unknown", since no rule can know it.
* **Unicode debris and mojibake.** Ligature code points (ﬁ ﬂ ﬀ ﬃ ﬄ) from the text layer,
  zero-width and no-break spaces, accented letters for specks on vowels, and a stretch of
  200-800 words passed through a UTF-8 -> cp1252 mix-up (â€™ for ’).
* **Bullets with hanging indents.** A printed bullet read as ``o e » + * ¢`` (or lost), the
  item's continuation lines indented under its text. The corpora have no lists, so a run of
  sentences of one paragraph is set as a list (the gold lists them as ``- item`` lines).
* **Drop capitals** after a heading read as a separate letter ("W HEN").

The gold is what a careful editor makes of the clean text: the same words, paragraphs as
blocks, list items one per line, each float (caption, then the table with one row a line)
after the paragraph it interrupted.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

import pyphen
from wordfreq import zipf_frequency

from ocr_sim import Record, paragraphs_of

# (printed, misread, weight): shapes from the scanno lists cited above
SHAPES = [("h", "li", 5), ("h", "b", 4), ("n", "u", 3), ("u", "n", 3), ("m", "rn", 4),
          ("rn", "m", 3), ("d", "cl", 2), ("cl", "d", 1), ("e", "c", 4), ("c", "e", 3),
          ("e", "o", 2), ("a", "o", 1), ("n", "ri", 2), ("ri", "n", 1), ("li", "h", 2),
          ("in", "m", 2), ("w", "vv", 2), ("b", "h", 1), ("t", "f", 1), ("f", "t", 1),
          ("y", "v", 1), ("v", "y", 1), ("ll", "U", 1)]
DIGITS = [("l", "1", 4), ("I", "1", 2), ("O", "0", 2), ("o", "0", 1), ("i", "1", 1),
          ("S", "5", 1), ("B", "8", 1), ("g", "9", 1), ("s", "5", 1), ("Z", "2", 0.3)]
CASES = [("I", "l", 3), ("l", "I", 2), ("t", "T", 0.5)]
# letters read as other letters outside the usual shape pairs ("Tord", "Savious")
RARE = [("r", "s", 2), ("L", "T", 1), ("t", "l", 2), ("a", "s", 1), ("s", "a", 1),
        ("e", "a", 2), ("h", "n", 2), ("n", "h", 1), ("o", "b", 1), ("i", "j", 1),
        ("k", "h", 1), ("p", "n", 1), ("C", "G", 1), ("E", "F", 1)]
PUNCT = [(",", ".", 3), (".", ",", 2), (";", ":", 2), (":", ";", 1), ("!", "l", 1)]
THIN = "iltfr."
SPECKS = ["'", "·", "`", "^", ",", "‘", "~"]
ACCENTS = {"e": "éè", "a": "àá", "o": "öó", "u": "üú", "i": "íï", "c": "ç"}
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
DEBRIS = ["\u200b", "\u00ad", "\u200c", "\ufeff"]
BULLETS = ["o", "e", "»", "+", "*", "¢"]
WATERMARKS = [("Digitized by Google", 4), ("Digitized by VjOOQIC", 3), ("Digitized by VjOOQ IC", 2),
              ("Digitized by VjOOQlC", 2), ("Digitized by LjOOQlC", 1), ("Digitized by GoOglC", 1),
              ("Digitized by \\^OOQ IC", 1), ("Digitizedby Google", 1)]
#: kinds of misreading (the keys of record.misread's values, "confusion: KIND" in counts)
KIND_WEIGHTS = [("shape", 34), ("digit", 12), ("case", 5), ("punct", 9), ("space-lost", 9),
                ("space-inserted", 5), ("speck", 6), ("diacritic", 4), ("rare", 8), ("dash", 3),
                ("dropout", 5)]
CAPTIONS = ["Measurements of the specimens examined.", "Numbers observed in each year.",
            "Comparative table of the principal forms.", "Results of the several trials.",
            "Proportions found in the two series.", "Distribution of the cases recorded."]
COLUMNS = ["Number", "Mean", "Per cent.", "Total", "Year", "Weight", "Length", "Cases", "Series"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SENTENCE_END = re.compile(r"[.!?][”’\"')]*")
ABBREVIATION = re.compile(r"[“‘\"(]?(?:[A-Z]|Mr|Mrs|Dr|St|Messrs|Mme|Mlle|Rev|No|Vol|viz|i\.e|e\.g|&c)\.")
SENTENCE_START = re.compile(r"[“‘\"(]?[A-Z]")
HEADING = re.compile(r"(?:CHAPTER|LETTER|BOOK|PART|SECTION)\b.{0,30}|[A-Z][A-Z .,'-]{2,60}")


@dataclass
class Layout:
    """One book's page design and scan: everything drawn once per run."""

    column_width: int
    lines_per_column: int
    first_page: int
    head_case: str  # "upper" or "mixed" (small capitals read as lower case)
    folio: str  # "head" (outer edge of the running head) or "foot"
    google_watermark: bool
    page_separator: str  # "formfeed" (djvutxt) or "blank"
    column_break: str  # "blank", "none" or "space" (leading space on the column's first line)
    para_indent: int
    hyphen_glyph: str
    hyphenate_rate: float
    lost_hyphen_rate: float
    word_error_rate: float
    ligature_rate: float
    mojibake: bool
    debris_rate: float
    double_space_rate: float
    item_spacing: str  # "blank" or "tight"
    bullet: str
    drop_caps: bool
    floats_per_5000: float
    lists_per_5000: float
    head_noise: float


@dataclass
class Tok:
    """A printed word and what the OCR made of each of its characters."""

    orig: str
    cmap: list[str] = field(default_factory=list)
    kind: str | None = None
    breakable: bool = True

    def __post_init__(self) -> None:
        if not self.cmap:
            self.cmap = list(self.orig)

    @property
    def form(self) -> str:
        return "".join(self.cmap)


def random_layout(rng: random.Random) -> Layout:
    """A page design and scan quality drawn from the ranges in the module doc."""
    return Layout(
        column_width=rng.randint(30, 42),
        lines_per_column=rng.randint(40, 56),
        first_page=rng.randint(9, 240),
        head_case=rng.choice(["upper", "upper", "mixed"]),
        folio=rng.choice(["head", "head", "head", "foot"]),
        google_watermark=rng.random() < 0.6,
        page_separator=rng.choice(["formfeed", "blank"]),
        column_break=rng.choices(["blank", "none", "space"], weights=[5, 3, 2])[0],
        para_indent=rng.choice([0, 0, 0, 2, 4]),
        hyphen_glyph=rng.choices(["-", "\u00ad", "¬"], weights=[7, 2, 1])[0],
        hyphenate_rate=round(rng.uniform(0.7, 0.95), 3),
        lost_hyphen_rate=round(rng.uniform(0.0, 0.03), 4),
        word_error_rate=round(rng.uniform(0.005, 0.025), 4),
        ligature_rate=rng.choice([0.0, 0.0, round(rng.uniform(0.3, 1.0), 3)]),
        mojibake=rng.random() < 0.35,
        debris_rate=round(rng.uniform(0.0, 0.002), 5),
        double_space_rate=round(rng.uniform(0.0, 0.03), 4),
        item_spacing=rng.choice(["blank", "tight"]),
        bullet=rng.choice(BULLETS),
        drop_caps=rng.random() < 0.5,
        floats_per_5000=round(rng.uniform(0.6, 1.6), 3),
        lists_per_5000=round(rng.uniform(0.6, 1.6), 3),
        head_noise=round(rng.uniform(0.05, 0.3), 3),
    )


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "THE SECTION") -> tuple[str, str, Layout, Record]:
    """Print ``text`` in two columns, scan it, OCR it; return (gold, raw, layout, record)."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))
    layout = layout or random_layout(rng)
    record = Record()
    blocks = _blocks(paragraphs_of(text), rng, layout, record)
    for b in blocks:
        for toks in b["items"]:
            _misread(toks, rng, layout, record)
    _unicode(blocks, rng, layout, record)
    floats = _floats(sum(len(t) for b in blocks for t in b["items"]), rng, layout)
    hyph = pyphen.Pyphen(lang="en_US")
    raw, after = _paginate(blocks, floats, hyph, rng, layout, record, title, section)
    gold = _gold(blocks, floats, after)
    return gold, raw, layout, record


# --------------------------------------------------------------------------- structure

def _blocks(paras: list[str], rng: random.Random, layout: Layout, record: Record) -> list[dict]:
    """Paragraphs as blocks of tokens; a few runs of sentences set as bulleted lists."""
    words = sum(len(p.split()) for p in paras)
    n_lists = max(1, round(words / 5000 * layout.lists_per_5000))
    candidates = []
    for i, p in enumerate(paras):
        sents = _sentences(p)
        if len(sents) >= 3 and not HEADING.fullmatch(p):
            candidates.append((i, sents))
    chosen = dict(rng.sample(candidates, min(n_lists, len(candidates))))
    blocks: list[dict] = []
    after_heading = True
    for i, p in enumerate(paras):
        heading = bool(HEADING.fullmatch(p)) and len(p.split()) <= 8
        if i in chosen:
            sents = chosen[i]
            n = rng.randint(3, min(6, len(sents)))
            start = rng.randint(0, len(sents) - n)
            before, items, rest = sents[:start], sents[start:start + n], sents[start + n:]
            if before:
                blocks.append(_block("para", [" ".join(before)], after_heading))
            blocks.append(_block("list", items, False))
            record.add("list")
            record.add("list item", len(items))
            if rest:
                blocks.append(_block("para", [" ".join(rest)], False))
        else:
            blocks.append(_block("heading" if heading else "para", [p], after_heading))
        after_heading = heading
    return blocks


def _sentences(p: str) -> list[str]:
    """The paragraph's sentences (a word ending in . ! ? before a capitalised word)."""
    out, cur = [], []
    words = p.split()
    for k, w in enumerate(words):
        cur.append(w)
        end = SENTENCE_END.search(w)
        if k + 1 < len(words) and end and end.end() == len(w) and SENTENCE_START.match(words[k + 1]) \
                and not ABBREVIATION.fullmatch(w):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _block(kind: str, texts: list[str], after_heading: bool) -> dict:
    return {"kind": kind, "items": [[Tok(w) for w in t.split()] for t in texts],
            "after_heading": after_heading}


def _floats(n_words: int, rng: random.Random, layout: Layout) -> list[dict]:
    """Captions and small tables of figures, as a printer sets them at the top of a column."""
    n = max(1, round(n_words / 5000 * layout.floats_per_5000))
    out = []
    for k in range(n):
        caption = f"TABLE {ROMAN[k % len(ROMAN)]}. {rng.choice(CAPTIONS)}"
        rows = []
        if rng.random() < 0.75:
            cols = rng.sample(COLUMNS, rng.randint(2, 3))
            rows.append(["", *cols])
            for r in range(rng.randint(2, 5)):
                label = f"No. {r + 1}."
                rows.append([label, *(_figure(rng) for _ in cols)])
        out.append({"caption": caption, "rows": rows, "position": (k + 0.5 + rng.uniform(-0.3, 0.3)) / n})
    assert out == sorted(out, key=lambda f: f["position"])
    return out


def _figure(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return str(rng.randint(2, 999))
    if kind < 0.7:
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}"
    return f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}"


# --------------------------------------------------------------------------- misreadings

def _misread(toks: list[Tok], rng: random.Random, layout: Layout, record: Record) -> None:
    """Word-level OCR errors at the layout's rate; each misread form is recorded with its kind."""
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind is None and rng.random() < layout.word_error_rate:
            for _ in range(6):
                kind = rng.choices([k for k, _ in KIND_WEIGHTS], weights=[w for _, w in KIND_WEIGHTS])[0]
                if kind == "space-lost":
                    if i + 1 < len(toks) and toks[i + 1].kind is None and re.search(r"\w", toks[i + 1].orig):
                        merged = Tok(tok.orig + " " + toks[i + 1].orig, tok.cmap + [""] + toks[i + 1].cmap,
                                     breakable=False)
                        toks[i:i + 2] = [merged]
                        _note(merged, "space-lost", record)
                        break
                    continue
                if kind == "speck" and rng.random() < 0.5:
                    # a speck read as a glyph of its own between two words
                    speck = Tok(rng.choice(SPECKS), kind="speck-word")
                    toks.insert(i + rng.randint(0, 1), speck)
                    record.add("speck (own word)")
                    i += 1
                    break
                made = _apply(tok, kind, rng)
                if made:
                    _note(tok, made, record)
                    break
        i += 1


def _apply(tok: Tok, kind: str, rng: random.Random) -> str | None:
    """Change ``tok.cmap`` by one misreading of ``kind``; its kind, or None when it does not apply."""
    s = tok.orig
    table = {"shape": SHAPES, "digit": DIGITS, "case": CASES, "rare": RARE, "punct": PUNCT}.get(kind)
    if table is not None:
        options = [(a, b, w) for a, b, w in table for m in re.finditer(re.escape(a), s)
                   if _inside_word(s, m.start(), a, kind)]
        if not options:
            return None
        a, b, _w = rng.choices(options, weights=[w for *_x, w in options])[0]
        starts = [m.start() for m in re.finditer(re.escape(a), s) if _inside_word(s, m.start(), a, kind)]
        at = rng.choice(starts)
        tok.cmap[at] = b
        for k in range(at + 1, at + len(a)):
            tok.cmap[k] = ""
        return kind
    letters = [k for k, c in enumerate(s) if c.isalpha()]
    if kind == "space-inserted":
        if len(letters) < 4:
            return None
        at = rng.choice(letters[1:-1])
        tok.cmap[at] = " " + tok.cmap[at]
        return kind
    if kind == "speck":
        if not letters:
            return None
        speck = rng.choice(SPECKS)
        if rng.random() < 0.5:
            tok.cmap[0] = speck + tok.cmap[0]
        else:
            tok.cmap[-1] = tok.cmap[-1] + speck
        # a speck read as a quote or a comma looks like the author's own punctuation
        return "unknown" if speck in "'‘," else kind
    if kind == "diacritic":
        spots = [k for k in letters if s[k] in ACCENTS]
        if not spots:
            return None
        at = rng.choice(spots)
        tok.cmap[at] = rng.choice(ACCENTS[s[at]])
        return kind
    if kind == "dash":
        at = s.find("—")
        if at < 0:
            return None
        tok.cmap[at] = rng.choice(["--", "--", "-"])
        return kind
    if kind == "dropout":
        spots = [k for k, c in enumerate(s) if c in THIN and 0 < k < len(s) - 1]
        if len(s) < 4 or not spots:
            return None
        tok.cmap[rng.choice(spots)] = ""
        return kind
    return None


def _inside_word(s: str, at: int, a: str, kind: str) -> bool:
    if kind == "punct":
        return at > 0 and s[at - 1].isalpha()
    if kind == "case" and a == "I":
        return True  # the pronoun read as an ell
    return any(c.isalpha() for c in s)


def _core(s: str) -> str:
    return re.sub(r"^[^\w]+|[^\w]+$", "", s)


def _note(tok: Tok, kind: str, record: Record) -> None:
    """Record the misread form; a form that is itself a common word is a stealth scanno."""
    form, orig = tok.form, tok.orig
    if form == orig:
        return
    core, ocore = _core(form), _core(orig)
    if kind == "punct" and ({form[-1:], orig[-1:]} <= {";", ":"}):
        kind = "unknown"
    elif kind not in ("space-lost", "space-inserted", "punct", "speck", "dash") and core != ocore \
            and len(core) >= 2 and core.isalpha() and zipf_frequency(core.lower(), "en") >= 3.0:
        kind = "unknown"
    elif kind == "dash" and "--" not in form:
        kind = "unknown"  # an em dash read as a hyphen makes a compound nothing can tell apart
    tok.kind = kind
    record.add(f"confusion: {kind}")
    for piece in form.split():
        record.misread.setdefault(piece, kind)


def _unicode(blocks: list[dict], rng: random.Random, layout: Layout, record: Record) -> None:
    """Ligature code points, zero-width debris, and one stretch of 200-800 words in mojibake."""
    total = sum(len(toks) for b in blocks for toks in b["items"])
    lo = hi = 0
    if layout.mojibake:
        lo = rng.randrange(total)
        hi = lo + rng.randint(200, 800)
    n = -1
    for b in blocks:
        for toks in b["items"]:
            for tok in toks:
                n += 1
                if tok.kind == "speck-word":
                    continue
                kind = None
                if layout.ligature_rate:
                    for a, lig in LIGATURES:
                        at = tok.orig.find(a)
                        if at >= 0 and all(len(c) == 1 for c in tok.cmap[at:at + len(a)]) \
                                and rng.random() < layout.ligature_rate:
                            tok.cmap[at] = lig
                            for k in range(at + 1, at + len(a)):
                                tok.cmap[k] = ""
                            kind = "ligature"
                            break
                if layout.debris_rate and len(tok.orig) > 3 and rng.random() < layout.debris_rate:
                    at = rng.randint(1, len(tok.orig) - 1)
                    tok.cmap[at] = rng.choice(DEBRIS) + tok.cmap[at]
                    kind = "debris"
                if lo <= n < hi and any(ord(c) > 127 for c in tok.form):
                    tok.cmap = [_mojibake(c) for c in tok.cmap]
                    kind = "mojibake"
                if kind is not None and tok.form != tok.orig:
                    if tok.kind is None:
                        tok.kind = kind
                        record.add(f"confusion: {kind}")
                    record.misread[tok.form] = tok.kind


def _mojibake(s: str) -> str:
    """UTF-8 bytes read as cp1252 (bytes cp1252 leaves undefined kept as latin-1)."""
    out = []
    for byte in s.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# --------------------------------------------------------------------------- lines and pages

def _lines(block: dict, width: int, hyph: pyphen.Pyphen, rng: random.Random, layout: Layout,
           record: Record) -> list[list[str]]:
    """The block set in a column: per item, its lines (bullet and hanging indent for lists)."""
    out = []
    for k, toks in enumerate(block["items"]):
        if block["kind"] == "list":
            glyph = layout.bullet if rng.random() < 0.8 else rng.choice(BULLETS + ["•", ""])
            record.add("bullet glyph" if glyph else "bullet lost")
            lead = f"{glyph} " if glyph else ""
            hang = " " * max(2, len(lead))
            lines = _wrap(toks, width - len(hang), hyph, rng, layout, record)
            lines = [(lead if n == 0 else hang) + line for n, line in enumerate(lines)]
        else:
            toks = list(toks)
            if layout.drop_caps and block["after_heading"] and block["kind"] == "para" and toks \
                    and len(toks[0].orig) >= 3 and toks[0].orig[:2].isalpha() and toks[0].orig[:2].isupper() \
                    and toks[0].kind is None:
                first = toks[0]
                first.cmap[0] = first.cmap[0] + " "
                first.breakable = False
                first.kind = "dropcap"
                record.add("confusion: dropcap")
                for piece in first.form.split()[1:]:
                    record.misread.setdefault(piece, "dropcap")
            lines = _wrap(toks, width, hyph, rng, layout, record)
            if layout.para_indent and block["kind"] == "para":
                lines[0] = " " * layout.para_indent + lines[0]
        out.append(lines)
    return out


def _wrap(toks: list[Tok], width: int, hyph: pyphen.Pyphen, rng: random.Random, layout: Layout,
          record: Record) -> list[str]:
    """Greedy justified setting with dictionary hyphenation of the printed words."""
    lines: list[str] = []
    cur: list[str] = []
    used = 0
    queue = list(toks)
    while queue:
        tok = queue.pop(0)
        form = tok.form
        need = len(form) + (1 if cur else 0)
        if used + need <= width or not cur:
            cur.append(form)
            used += need
            continue
        room = width - used - 1
        split = _split(tok, room, hyph, rng, layout) if room >= 3 else None
        if split is not None:
            left, right, how = split
            cur.append(left)
            record.add(how)
            lines.append(_spaced(cur, rng, layout))
            rest = Tok(tok.orig, [right], kind=tok.kind, breakable=False)
            cur, used = [], 0
            queue.insert(0, rest)
            continue
        lines.append(_spaced(cur, rng, layout))
        cur, used = [form], len(form)
    if cur:
        lines.append(_spaced(cur, rng, layout))
    return lines


def _spaced(words: list[str], rng: random.Random, layout: Layout) -> str:
    out = words[0]
    for w in words[1:]:
        out += ("  " if rng.random() < layout.double_space_rate else " ") + w
    return out


def _split(tok: Tok, room: int, hyph: pyphen.Pyphen, rng: random.Random,
           layout: Layout) -> tuple[str, str, str] | None:
    """Where the printer broke the word at the line end: (left with hyphen, right, kind)."""
    if not tok.breakable or " " in tok.form:
        return None
    s = tok.orig
    for dash in ("—", "-"):
        at = s.rfind(dash, 0, room)
        if 1 < at < len(s) - 2 and s[at - 1].isalpha() and s[at + 1].isalpha():
            cut = at + 1
            how = "compound broken at its hyphen" if dash == "-" else "break after an em dash"
            return "".join(tok.cmap[:cut]), "".join(tok.cmap[cut:]), how
    if "-" in s or "—" in s or rng.random() > layout.hyphenate_rate:
        return None
    m = re.fullmatch(r"([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)", s)
    if not m or len(m.group(2)) < 5:
        return None
    lead = len(m.group(1))
    best = None
    for pos in hyph.positions(m.group(2)):
        cut = lead + pos
        if cut + 1 <= room and pos >= 2 and len(m.group(2)) - pos >= 3:
            best = cut
    if best is None:
        return None
    left, right = "".join(tok.cmap[:best]), "".join(tok.cmap[best:])
    if not left.strip() or not right.strip():
        return None
    if rng.random() < layout.lost_hyphen_rate:
        return left, right, "line-end hyphen lost"
    return left + layout.hyphen_glyph, right, "hyphenated at a line end"


def _paginate(blocks: list[dict], floats: list[dict], hyph: pyphen.Pyphen, rng: random.Random,
              layout: Layout, record: Record, title: str, section: str) -> tuple[str, dict[int, list[int]]]:
    """Set the blocks in columns and pages with furniture; floats go to a column top mid-paragraph."""
    # every line: (text, block index, is the last line of its block)
    lines: list[tuple[str, int, bool]] = []
    for bi, b in enumerate(blocks):
        if lines:
            lines.append(("", -1, True))
        items = _lines(b, layout.column_width, hyph, rng, layout, record)
        for k, item in enumerate(items):
            if k and layout.item_spacing == "blank":
                lines.append(("", -1, True))
            for n, line in enumerate(item):
                lines.append((line, bi, k == len(items) - 1 and n == len(item) - 1))
    per_col = layout.lines_per_column
    n_cols = max(1, -(-len(lines) // per_col))
    pending = floats  # in order of position: _floats draws them so
    after: dict[int, list[int]] = {}
    placed: set[int] = set()
    columns: list[list[str]] = []
    i = 0
    col_no = 0
    while i < len(lines):
        col: list[str] = []
        prev = lines[i - 1] if i else None
        for fi, f in enumerate(pending):
            if fi in placed or f["position"] * n_cols > col_no + 1:
                continue
            if prev and prev[1] >= 0 and not prev[2] and blocks[prev[1]]["kind"] == "para":
                col.extend(_float_lines(f))
                col.append("")
                placed.add(fi)
                after.setdefault(prev[1], []).append(fi)
                record.add("float inside a sentence")
            break
        while i < len(lines) and len(col) < per_col:
            col.append(lines[i][0])
            i += 1
        if i < len(lines) and lines[i - 1][1] >= 0 and not lines[i - 1][2] and lines[i][0]:
            record.add("paragraph split by a column or page break")
        columns.append(col)
        col_no += 1
    record.add("float not placed", len(pending) - len(placed))
    pages = []
    for p in range(0, len(columns), 2):
        number = layout.first_page + p // 2
        cols = columns[p:p + 2]
        page = [_head(number, title, section, rng, layout, record), ""]
        page.extend(cols[0])
        if len(cols) > 1:
            if layout.column_break == "blank":
                page.append("")
            second = list(cols[1])
            if layout.column_break == "space" and second and second[0]:
                second[0] = " " + second[0]
            page.extend(second)
            record.add("column break")
        foot = []
        if layout.folio == "foot":
            foot.append(_noisy_number(number, rng, layout, record))
        if layout.google_watermark:
            foot.append(rng.choices([w for w, _ in WATERMARKS], weights=[n for _, n in WATERMARKS])[0])
            record.add("watermark")
        if foot:
            page.append("")
            page.extend(foot)
        pages.append("\n".join(page))
        record.add("page")
    sep = "\n\n\x0c\n" if layout.page_separator == "formfeed" else "\n\n\n"
    return sep.join(pages) + "\n", after


def _float_lines(f: dict) -> list[str]:
    out = [f["caption"]]
    if f["rows"]:
        out.append("")
        widths = [max(len(r[c]) for r in f["rows"]) for c in range(len(f["rows"][0]))]
        for r in f["rows"]:
            out.append("   ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    return out


def _head(number: int, title: str, section: str, rng: random.Random, layout: Layout,
          record: Record) -> str:
    """The running head: title on the verso (even), section on the recto, folio outside."""
    words = title if number % 2 == 0 else section
    if layout.head_case == "mixed":
        words = " ".join(w[:1] + w[1:].lower() for w in words.split())
    words = _noisy_text(words, rng, layout.head_noise)
    record.add("running head")
    if layout.folio == "foot":
        return words
    folio = _noisy_number(number, rng, layout, record)
    return f"{folio}  {words}" if number % 2 == 0 else f"{words}  {folio}"


def _noisy_number(number: int, rng: random.Random, layout: Layout, record: Record) -> str:
    record.add("page number")
    s = str(number)
    if rng.random() < layout.head_noise / 2:
        s = "".join({"1": rng.choice("lI"), "0": rng.choice("Oo"), "5": "S", "8": "B"}.get(c, c) for c in s)
        record.add("page number misread")
    return s


def _noisy_text(s: str, rng: random.Random, rate: float) -> str:
    if rng.random() >= rate:
        return s
    k = rng.randrange(len(s))
    swap = {"O": "0", "I": "l", "E": "F", "N": "H", "M": "N", "S": "5", "o": "e", "i": "l", "e": "c"}
    if s[k] in swap:
        return s[:k] + swap[s[k]] + s[k + 1:]
    if s[k] == " ":
        return s[:k] + s[k + 1:]
    return s[:k] + s[k] + "." + s[k + 1:] if rng.random() < 0.3 else s[:k] + s[k + 1:]


# --------------------------------------------------------------------------- gold

def _gold(blocks: list[dict], floats: list[dict], after: dict[int, list[int]]) -> str:
    """The editor's text: blocks, lists as ``- item`` lines, floats after their paragraph."""
    out = []
    for bi, b in enumerate(blocks):
        texts = [" ".join(t.orig for t in toks if t.kind != "speck-word") for toks in b["items"]]
        if b["kind"] == "list":
            out.append("\n".join("- " + t for t in texts))
        else:
            out.append(texts[0])
        for fi in after.get(bi, []):
            f = floats[fi]
            out.append(f["caption"])
            if f["rows"]:
                out.append("\n".join(" ".join(c for c in r if c) for r in f["rows"]))
    return "\n\n".join(out) + "\n"
