"""Simulated ``pdftotext`` (poppler, reading-order mode) of a scanned two-column journal's OCR text layer.

The route: a two-column 19th-century journal or book is scanned, an OCR engine (Tesseract via
OCRmyPDF, or a vendor's engine as in JSTOR / Biodiversity Heritage Library / archive.org PDFs)
writes an invisible text layer into the PDF, and somebody runs ``pdftotext`` on it. What poppler
then does to the text was measured for this module (poppler 22.12, /usr/bin/pdftotext, on
two-column test PDFs with invisible text, render mode 3, as OCR layers are written):

* every line that ends in ``-`` after a letter or digit is joined to the next line of the same
  block with the hyphen *removed* ("culti-"/"vated" -> "cultivated"), real compounds included
  ("self-"/"evident" -> "selfevident", "1850-"/"60" -> "185060"); runs of hyphenated lines come
  out as one long line. A hyphen on the last line of a column or page stays ("col-", blank
  line, "umn"). A line-end dash that is not ``-`` is not joined: an em dash, U+2010, or the soft
  hyphen U+00AD that some engines write for a word-breaking hyphen ("culti\\u00ad", newline, "vated").
* indentation is dropped, so paragraph indents and a list's hanging indent vanish; paragraphs of
  one column come out as one block with no blank line between them (extra lead of up to 1.8
  lines did not split them, two lines did on one page and not on the next); each column ends
  with a blank line. A caption in smaller type was split off after but not before on one page,
  not at all on the next; since the floats here are prose paragraphs with no "Fig."/"Table"
  label, which an editor could not find without a gap, they always get a blank line both sides.
* ligature code points (U+FB00-FB04) in the layer are passed on as they are.
* running heads: a centred head comes out first; a page number at the outer top corner comes out
  alone, before the left column (verso), or at the very end of the page or between the columns
  (recto); a foot number comes out last; every page ends with a form feed (``-nopgbrk`` drops
  it, as e.g. the tkconv indexer runs it: github.com/ontola/openbesluitvorming issue 316).

Rates and error mix of the OCR layer itself, from published evidence:

* word error rates of decent 19th-century print are a few per cent before layout damage; most OCR
  word errors are one or two character edits, a sizeable share are word-boundary errors (merged
  or split words) and some are real-word errors that no lexicon can flag (Nguyen, Jatowt,
  Coustaty, Doucet, "Deep statistical analysis of OCR errors for effective post-OCR processing",
  JCDL 2019; ICDAR 2017/2019 post-OCR correction competitions, Chiron et al.). Here 0.6-2.2 % of
  words are misread, about a fifth of them at word boundaries.
* the confusions are the shape confusions of print OCR (rn/m, cl/d, li/h, e/c, u/n, h/b, f/t,
  l/1/I, O/0) and punctuation (comma/period, colon/semicolon); a confusion whose result is a
  common English word, and every punctuation confusion, is recorded as "unknown" (no cleanup
  can know it).
* text-layer debris: glyphs with no Unicode mapping come out as U+FFFD, soft hyphens and zero-width
  spaces inside words, specks read as stray ``.`` ``'`` ``,`` ``|`` (pdfplumber issue 1280,
  Unstructured issue 3471, PyMuPDF issue 664: ligature glyphs and unmapped glyphs in extracted
  text); some engines write fi/fl/ff ligature code points. A real OCRmyPDF bug that drops fi/ff
  from the layer altogether ("Speci c", ocrmypdf/OCRmyPDF issue 1744) is left out.
* mojibake: the whole file read once as cp1252 and saved as UTF-8 (a common later accident of
  text files: "â€”" for "—"), in some layouts.
* bullets: a printed bullet read as ``o e » + * ¢`` (or kept), with no hanging indent left.
* floats: a short paragraph set apart in the column lands in the middle of the paragraph it
  interrupts, as its own block; the gold keeps it after that paragraph (where it is in the clean
  text, so the gold's words are the clean text's words).

Extra kinds beyond issue 3's list, each counted apart: "compound hyphen lost" (poppler's join),
"paragraph breaks unmarked" (no blank line between paragraphs), "hyphen lost" (the OCR dropped a
line-end hyphen, so poppler did not join), "soft hyphens" (line-end U+00AD left by poppler).
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

import pyphen

from ocr_sim import Record, paragraphs_of

BULLETS = ("o", "e", "»", "+", "*", "¢", "•")
BULLET_WEIGHTS = (4, 4, 2, 1, 1, 1, 1)

#: shape confusions of print OCR: (printed, read, weight)
LETTER_CONFUSIONS = (
    ("rn", "m", 3), ("m", "rn", 2), ("cl", "d", 1), ("d", "cl", 1), ("li", "h", 1), ("h", "li", 1),
    ("e", "c", 3), ("c", "e", 2), ("u", "n", 2), ("n", "u", 2), ("h", "b", 2), ("b", "h", 1),
    ("f", "t", 1), ("t", "f", 1), ("ri", "n", 1), ("in", "m", 1), ("v", "y", 1), ("y", "v", 1),
    ("a", "o", 1), ("e", "o", 1), ("s", "a", 1), ("i", "l", 1), ("l", "i", 1), ("w", "vv", 1),
)
DIGIT_CONFUSIONS = (("l", "1", 3), ("I", "1", 2), ("O", "0", 1), ("o", "0", 1), ("S", "5", 1),
                    ("B", "8", 1), ("g", "9", 1), ("1", "l", 1), ("0", "O", 1))
PUNCT_CONFUSIONS = ((",", "."), (".", ","), (";", ":"), (":", ";"), (",", ""), (".", ""))
SPECKS = (".", "'", ",", "|", "`")
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00"))
#: head characters and page-number digits as OCR misreads them in small caps and figures
#: marks (until pdftotext's join) a line that ends at a compound's own hyphen
COMPOUND = "\0"
#: marks (until _wrap) where the OCR read two printed words as one token
MERGED = "\2"
HEAD_NOISE = {"O": "0", "I": "l", "S": "5", "E": "F", "C": "G", "H": "II", "N": "H", "M": "N"}
DIGIT_NOISE = {"1": "l", "0": "o", "5": "S", "8": "B", "6": "b", "3": "8"}


@dataclass
class Layout:
    """The page layout, the pdftotext options and the OCR layer's quality of one run."""

    width: int  # characters per column line
    lines_per_column: int
    title: str  # verso running head
    section: str  # recto running head
    head_style: str  # "corner": number at the outer top corner; "line": number on the head line; "foot"
    page_breaks: str  # "formfeed" (pdftotext's default) or "nopgbrk"
    paragraph_gaps: str  # "none": one block per column; "some"/"all": the print's gaps split blocks
    line_hyphen: str  # how the OCR layer writes a word-breaking line-end hyphen: "-" or U+00AD
    misread_rate: float  # share of words the OCR layer misreads
    ligature_rate: float  # share of fi/fl/ff the engine writes as one ligature code point
    nbsp_rate: float  # share of word spaces written as U+00A0
    mojibake: bool  # the file was read once as cp1252 and saved as UTF-8
    list_rate: float
    float_rate: float  # chance that a short paragraph after a long one is set as a float
    hyphen_lost_rate: float  # line-end hyphens the OCR dropped
    first_page: int


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    """A two-column journal page and an OCR layer of decent quality, drawn from ``rng``."""
    return Layout(
        width=rng.randint(34, 46),
        lines_per_column=rng.randint(42, 56),
        title=title,
        section=section,
        head_style=rng.choice(["corner", "corner", "line", "foot"]),
        page_breaks=rng.choice(["formfeed", "formfeed", "formfeed", "nopgbrk"]),
        paragraph_gaps=rng.choice(["none", "none", "some", "all"]),
        line_hyphen=rng.choice(["-", "-", "-", "\u00ad"]),
        misread_rate=round(rng.uniform(0.006, 0.022), 4),
        ligature_rate=rng.choice([0.0, 0.0, 0.5, 0.9]),
        nbsp_rate=rng.choice([0.0, 0.0, 0.01]),
        mojibake=rng.random() < 0.3,
        list_rate=rng.choice([0.03, 0.06]),
        float_rate=rng.choice([0.1, 0.2]),
        hyphen_lost_rate=rng.choice([0.01, 0.03]),
        first_page=rng.randint(3, 480),
    )


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    core = re.sub(r"[^\w']", "", word).lower()
    return bool(core) and zipf_frequency(core, "en") >= 3.0


def _misread(words: list[str], i: int, rng: random.Random, record: Record) -> tuple[list[str], int]:
    """The OCR layer's reading of words[i] (and maybe words[i+1]): (tokens written, words used)."""
    w = words[i]
    roll = rng.random()
    if roll < 0.12 and i + 1 < len(words):  # the gap between two words too narrow: one token
        out = w + words[i + 1]
        kind = "unknown" if _common(out) else "space lost"
        record.add(f"confusion: {kind}")
        record.misread[out] = kind
        # (marked: a gap the OCR can lose is one of a printed line, so _wrap never breaks there)
        return [w + MERGED + words[i + 1]], 2
    if roll < 0.20:
        core = re.sub(r"^\W+|\W+$", "", w)
        if len(core) >= 5 and core.isalpha():
            cut = w.index(core) + rng.randint(2, len(core) - 2)
            parts = [w[:cut], w[cut:]]
            kind = "unknown" if all(_common(p) for p in parts) else "space inserted"
            record.add(f"confusion: {kind}")
            if kind == "unknown":
                record.misread[" ".join(parts)] = kind
            else:
                for p in parts:
                    if not _common(p):
                        record.misread[p] = kind
            return parts, 1
        return [w], 1
    if roll < 0.30:  # punctuation
        options = [(a, b) for a, b in PUNCT_CONFUSIONS if w.endswith(a) and len(w) > 1]
        if not options:
            return [w], 1
        a, b = rng.choice(options)
        out = w[: -len(a)] + b
        # a comma for a period or a lost comma leaves real words: no cleanup can know it
        record.add("confusion: unknown")
        record.add("punctuation misread (in unknown)")
        record.misread[out] = "unknown"
        return [out], 1
    if roll < 0.40:  # text-layer debris
        sub = rng.random()
        if sub < 0.3:
            speck = rng.choice(SPECKS)
            record.add("confusion: debris")
            record.misread[speck] = "debris"
            return [w, speck], 1
        if len(w) < 3:
            return [w], 1
        k = rng.randint(1, len(w) - 1)
        if sub < 0.55:
            out = w[:k] + "\u00ad" + w[k:]
        elif sub < 0.7:
            out = w[:k] + "\u200b" + w[k:]
        elif sub < 0.85:
            out = w[:k] + "\ufffd" + w[k + 1:]
        else:
            out = w + rng.choice(SPECKS)
        record.add("confusion: debris")
        record.misread[out] = "debris"
        return [out], 1
    table = DIGIT_CONFUSIONS if roll < 0.52 else LETTER_CONFUSIONS
    options = [(a, b, wt) for a, b, wt in table if a in w]
    if not options:
        return [w], 1
    a, b, _ = rng.choices(options, weights=[o[2] for o in options])[0]
    starts = [m.start() for m in re.finditer(re.escape(a), w)]
    k = rng.choice(starts)
    out = w[:k] + b + w[k + len(a):]
    kind = "digit" if table is DIGIT_CONFUSIONS else "letter"
    if kind == "letter" and _common(out) and out.lower() != w.lower():
        kind = "unknown"
    record.add(f"confusion: {kind}")
    record.misread[out] = kind
    return [out], 1


def _ocr_words(words: list[str], rng: random.Random, layout: Layout, record: Record) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if rng.random() < layout.misread_rate:
            tokens, used = _misread(words, i, rng, record)
        else:
            tokens, used = [words[i]], 1
        out.extend(tokens)
        i += used
    return out


def _break(word: str, room: int, hyph: pyphen.Pyphen) -> tuple[str, str, bool] | None:
    """Where a typesetter breaks ``word`` to put at most ``room`` characters (hyphen included) on the line."""
    if "-" in word.strip("-"):
        # a compound breaks at its own hyphen (the last one that fits)
        cuts = [m.end() for m in re.finditer(r"(?<=\w)-(?=\w)", word) if m.end() <= room]
        return (word[:cuts[-1]], word[cuts[-1]:], True) if cuts else None
    m = re.fullmatch(r"(\W*)([^\W\d_]+)(\W*)", word)
    if not m or len(m.group(2)) < 5:
        return None
    lead, core, tail = m.groups()
    best = None
    for pos in hyph.positions(core):
        if pos >= 2 and len(core) - pos >= 3 and len(lead) + pos + 1 <= room:
            best = pos
    if best is None:
        return None
    return lead + core[:best] + "-", core[best:] + tail, False


def _wrap(words: list[str], width: int, hyph: pyphen.Pyphen, record: Record, line_hyphen: str = "-") -> list[str]:
    """Lines of at most ``width`` characters, hyphenated as a narrow justified column is."""
    lines: list[str] = []
    line = ""
    queue = list(words)
    while queue:
        w = queue.pop(0)
        if MERGED in w:
            first, second = w.split(MERGED)
            if len(f"{line} {first}{second}" if line else first + second) <= width:
                w = first + second
            else:
                # the two words were printed on two lines: the OCR read each on its own line
                record.add(f"confusion: {record.misread[first + second]}", -1)
                w = first
                queue.insert(0, second)
        cand = f"{line} {w}" if line else w
        if len(cand) <= width:
            line = cand
            continue
        room = width - len(line) - (1 if line else 0)
        split = _break(w, room, hyph) if room >= 3 else None
        if split:
            head, rest, compound = split
            if compound:
                head += COMPOUND  # so that pdftotext's join below can count the hyphens it loses
                record.add("hyphenation (compound's own hyphen)")
            else:
                record.add("hyphenation")
                if line_hyphen != "-":
                    head = head[:-1] + line_hyphen
                    record.add("soft hyphens")
            lines.append(f"{line} {head}" if line else head)
            queue.insert(0, rest)
            line = ""
        elif line:
            lines.append(line)
            line = w
        else:  # a word wider than the column stands alone
            lines.append(w)
            line = ""
    if line:
        lines.append(line)
    return lines


def _poppler_block(lines: list[str], layout: Layout, rng: random.Random, record: Record) -> list[str]:
    """One block as pdftotext writes it: hyphenated lines joined to the next, hyphen removed."""
    out: list[str] = []
    carry = ""
    for n, line in enumerate(lines):
        line = carry + line
        carry = ""
        compound = line.endswith(COMPOUND)
        line = line.removesuffix(COMPOUND)
        if re.search(r"\w-$", line) and n + 1 < len(lines):
            if rng.random() < layout.hyphen_lost_rate:
                record.add("hyphen lost")
                out.append(line[:-1])
                continue
            if compound:
                record.add("compound hyphen lost")
            carry = line[:-1]
            continue
        out.append(line)
    if carry:
        out.append(carry)
    return out


def _layout_paragraphs(paras: list[str], rng: random.Random, layout: Layout, record: Record,
                       hyph: pyphen.Pyphen) -> tuple[list[str], list[str]]:
    """(gold blocks, the column stream: lines, "" for a block break of pdftotext)."""
    gold: list[str] = []
    stream: list[str] = []
    i = 0
    while i < len(paras):
        para = paras[i]
        words = para.split()
        sentences = _sentences(para)
        if 3 <= len(sentences) <= 10 and len(words) <= 220 and rng.random() < layout.list_rate:
            gold.append("\n".join(f"- {s}" for s in sentences))
            glyph = rng.choices(BULLETS, weights=BULLET_WEIGHTS)[0]
            record.add("list items", len(sentences))
            for s in sentences:
                lines = _wrap(_ocr_words(s.split(), rng, layout, record), layout.width - 2, hyph, record,
                              layout.line_hyphen)
                stream.extend([f"{glyph} {lines[0]}", *lines[1:]])
            _end_paragraph(stream, layout, rng, record)
            i += 1
            continue
        gold.append(para)
        lines = _wrap(_ocr_words(words, rng, layout, record), layout.width, hyph, record, layout.line_hyphen)
        nxt = paras[i + 1] if i + 1 < len(paras) else ""
        if (len(lines) >= 4 and 6 <= len(nxt.split()) <= 60
                and rng.random() < layout.float_rate):
            # the next, short paragraph is set as a float that the page drops into this one
            gold.append(nxt)
            float_lines = _wrap(_ocr_words(nxt.split(), rng, layout, record), layout.width - 6, hyph,
                                record, layout.line_hyphen)
            k = rng.randint(1, len(lines) - 2)
            stream.extend(lines[:k] + [""] + float_lines + [""] + lines[k:])
            record.add("floats")
            _end_paragraph(stream, layout, rng, record)
            i += 2
            continue
        stream.extend(lines)
        _end_paragraph(stream, layout, rng, record)
        i += 1
    return gold, stream


def _sentences(para: str) -> list[str]:
    """The paragraph's sentences (not split after an abbreviation such as "Mr." or an initial)."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
        if out and re.search(r"(?:^|\s)(?:Mr|Mrs|Dr|St|Messrs|[A-Z])\.$", out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _end_paragraph(stream: list[str], layout: Layout, rng: random.Random, record: Record) -> None:
    # measured: two lines of extra lead split poppler's block on one page and not on the next
    if layout.paragraph_gaps == "all" or (layout.paragraph_gaps == "some" and rng.random() < 0.5):
        stream.append("")
    else:
        record.add("paragraph breaks unmarked")


def _noisy(text: str, rng: random.Random, table: dict[str, str], rate: float) -> str:
    return "".join(table[c] if c in table and rng.random() < rate else c for c in text)


def _furniture(layout: Layout, page: int, rng: random.Random, record: Record) -> tuple[str, str]:
    """(running head as OCR'd, page number as OCR'd) of one page."""
    head = layout.title if page % 2 == 0 else layout.section
    head = _noisy(head, rng, HEAD_NOISE, 0.05)
    if rng.random() < 0.1:
        head += rng.choice(SPECKS)
    number = _noisy(str(page), rng, DIGIT_NOISE, 0.08)
    record.add("running heads")
    record.add("page numbers")
    return head, number


def _ligatures(stream: list[str], layout: Layout, rng: random.Random, record: Record) -> list[str]:
    """The printed lines with the fi/fl/ff the engine writes as one ligature code point."""
    if not layout.ligature_rate:
        return stream
    pattern = re.compile("|".join(p for p, _ in LIGATURES))
    table = dict(LIGATURES)

    def lig(m: re.Match) -> str:
        if rng.random() < layout.ligature_rate:
            record.add("ligatures")
            return table[m.group(0)]
        return m.group(0)
    return [pattern.sub(lig, line) for line in stream]


def _paginate(stream: list[str], layout: Layout, rng: random.Random, record: Record) -> str:
    """The column stream poured into two-column pages and written out in pdftotext's order."""
    columns: list[list[str]] = []
    col: list[str] = []
    for line in stream:
        if not col and line == "":
            continue
        col.append(line)
        if sum(1 for x in col if x) >= layout.lines_per_column:
            columns.append(col)
            col = []
    if col:
        columns.append(col)
    out: list[str] = []
    page = layout.first_page
    for c in range(0, len(columns), 2):
        texts = []
        for column in columns[c:c + 2]:
            record.add("column breaks")
            blocks, cur = [], []
            for line in column + [""]:
                if line == "":
                    if cur:
                        blocks.append("\n".join(_poppler_block(cur, layout, rng, record)))
                    cur = []
                else:
                    cur.append(line)
            texts.append("\n\n".join(blocks))
        left = texts[0] + "\n\n"
        right = texts[1] + "\n\n" if len(texts) > 1 else ""
        head, number = _furniture(layout, page, rng, record)
        if layout.head_style == "corner":
            if page % 2 == 0:  # verso: the number at the left corner first, the head before the right column
                text = f"{number}\n{left}{head}\n{right}"
            elif rng.random() < 0.5:  # recto: the head first, the number at the right corner last
                text = f"{head}\n{left}{right}{number}\n\n"
            else:  # ... or between the columns (both measured)
                text = f"{head}\n{left}{number}\n\n{right}"
        elif layout.head_style == "line":
            line = f"{number} {head}" if page % 2 == 0 else f"{head} {number}"
            text = f"{line}\n{left}{right}"
        else:
            text = f"{head}\n{left}{right}{number}\n\n"
        if layout.page_breaks == "formfeed":
            text += "\f"
        out.append(text)
        record.add("pages")
        page += 1
    return "".join(out)


def _sloppy_cp1252(text: str) -> str:
    """``text`` as UTF-8 bytes read as cp1252 (bytes cp1252 leaves undefined kept as latin-1)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "The Section") -> tuple[str, str, Layout, Record]:
    """(gold, raw pdftotext output, the layout used, what was done) for ``text``."""
    key = seed * 1_000_003 + zlib.crc32(text.encode("utf-8"))
    rng = random.Random(key)
    layout = layout or random_layout(rng, title, section)
    record = Record()
    hyph = pyphen.Pyphen(lang="en_US")
    gold_blocks, stream = _layout_paragraphs(paragraphs_of(text), rng, layout, record, hyph)
    # ligatures are glyphs of the printed line, so they are written before pdftotext joins lines
    # (a ligature across a line break cannot be printed); their own rng keeps the other draws
    stream = _ligatures(stream, layout, random.Random(f"{key} ligatures"), record)
    raw = _paginate(stream, layout, rng, record)
    if layout.nbsp_rate:
        raw = re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if rng.random() < layout.nbsp_rate else " ", raw)
    if layout.mojibake:
        record.add("mojibake chars", sum(1 for ch in raw if ord(ch) > 127))
        raw = _sloppy_cp1252(raw)
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record
