"""Simulate ABBYY FineReader plain text of a scanned 19th-century two-column reference volume.

The route modelled: a bound two-column volume (an encyclopaedia, a review's yearly volume)
scanned and recognised by ABBYY FineReader 8-11, the engine behind Internet Archive's pre-2020
``_abbyy.gz`` and the newspaper archives (Chronicling America, Trove, British Library), exported
as plain text with the line breaks kept: each text block ABBYY found (a column, a running head,
a caption, a table) is written apart, blocks separated by a blank line.  Written blind to the
cleanup (``ocr_bench.py --sim abbyy``), with its own layouts, rates and error mix.

Evidence for the choices (rates are per layout, drawn in the ranges given):

* ABBYY writes a line-end hyphen it takes for a soft one as U+00AC NOT SIGN, on some books
  only: github.com/deborahgu/abbyy-to-epub3/issues/11 ("consistently recognized as ¬ in the
  newer scans"), github.com/DistributedProofreaders/guiguts/issues/1256 ("¬ often found in
  TIA Abbyy import files"), github.com/Embassy-of-the-Free-Mind/sourcelibrary-v2/pull/4888
  (33 of 1,114 Archive books carry it: a habit of the book, so here of the layout, and on a
  real compound whose joined form is also a word, ABBYY's dictionary marks it soft too).
* Character confusions: an ``h`` whose thin arch breaks read as ``li`` ("tlie", "wliich") or
  ``b``, and "die" for "the" (mobileread.com showpost p=2593553); m/rn, h/b, e/c, 1/l/I,
  ``.``/``,`` and ``;``/``:``, missing or extra spaces (Project Gutenberg FAQ S.16,
  pge.rastko.net/faq/S-16); stealth scannos that are real words, "arid" for "and"
  (pgdp.net/wiki/Scanno) -- recorded as "unknown": no rule could know them.
* Rates: Tanner et al. 2009 (British Library 19th-century newspapers, 78 % of words right) and
  the ICDAR 2017/2019 post-OCR competitions (Chiron et al. 2017; up to 50 % CER on bad
  historical print) are microfilmed newsprint; a decent scan of a bound book is far better
  (Holley 2009, D-Lib 15(3/4), on what drives the rate: print, scan, layout), so 0.6-2.0 % of
  words misread here before the layout's own damage.
* Ligatures kept as presentation forms (ﬁ, ﬂ) and accents from a mixed recognition language
  ("thé"); a page of mojibake (UTF-8 read as cp1252) where one page's text went through
  another tool; NBSP for a wide justified space; ABBYY's specks ``■`` and stray ``'`` ``.``.
* Layout: running heads alternating verso ``12 TITLE`` / recto ``SECTION 13`` with OCR noise,
  the opening page's number alone at its foot, printers' signature marks (``B 2``) at the
  foot of a gathering's first page (an extra kind, modest rate), column and page breaks
  splitting paragraphs (a column start shown by a blank line, by a leading space only, or
  not at all), bullets ABBYY misread (``o e » + * ¢ «`` or the true ``•``) with a hanging
  indent, figure captions and small tables set inside a column and so dropped between two
  lines of a sentence.

The gold is the clean text as an editor would give it: the same words, paragraphs as blocks,
list items as ``- item`` lines, each caption or table as its own block after the paragraph
it interrupted (table rows one per line).
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

import pyphen

from ocr_sim import Record, paragraphs_of

#: (kind, weight): the mix of ABBYY's misreadings, heaviest first
CONFUSIONS = [("li for h", 14), ("c for e", 8), ("rn for m", 8), ("merged words", 7), ("punctuation", 7),
              ("b for h", 6), ("I for l", 6), ("split word", 6), ("e for c", 5), ("u for n", 5),
              ("1 for l", 5), ("ligature", 4), ("n for u", 4), ("dropped letter", 4), ("accent", 3),
              ("m for rn", 2), ("1 for I", 2), ("0 for o", 2), ("quote", 2)]
#: a single-letter swap: kind -> (what the print has, what ABBYY wrote)
SWAPS = {"li for h": ("h", "li"), "b for h": ("h", "b"), "c for e": ("e", "c"), "e for c": ("c", "e"),
         "rn for m": ("m", "rn"), "m for rn": ("rn", "m"), "u for n": ("n", "u"), "n for u": ("u", "n"),
         "I for l": ("l", "I"), "1 for l": ("l", "1"), "1 for I": ("I", "1"), "0 for o": ("o", "0")}
LIGATURES = [("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00")]
ACCENTS = [("e", "é"), ("a", "à"), ("i", "í"), ("o", "ó")]
#: what ABBYY reads a printed bullet as, with weights
BULLETS = [("•", 3), ("o", 3), ("e", 2), ("»", 3), ("*", 2), ("+", 1), ("¢", 2), ("«", 1)]
SPECKS = ["■", "'", ".", ",", "■"]
HEAD_DIGITS = {"1": "l", "0": "o", "5": "S", "8": "3", "6": "b"}
HEAD_LETTERS = {"O": "0", "I": "l", "S": "5", "E": "F", "N": "H", "C": "G"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“‘']?[A-Z])")


@dataclass
class Layout:
    """One scanned volume as ABBYY saw it (JSON-serialisable)."""

    width: int  # characters per column line
    lines: int  # lines per column
    first_page: int
    misread: float  # share of words misread
    not_sign: float  # share of soft line-end hyphens written ¬ (0: the book has none)
    hyphen_lost: float  # share of line-end hyphens ABBYY did not see
    column_start: str  # "blank", "space" or "none": how a column that continues a paragraph starts
    form_feed: bool  # pages separated by a form feed
    head_noise: float  # share of running heads with OCR noise
    head_split: float  # share of heads whose number ABBYY wrote on its own line
    float_per_column: float
    list_share: float  # share of paragraphs that are lists in the print
    specks_per_page: float
    mojibake_pages: float
    nbsp: float  # share of spaces written as NBSP
    signature_every: int  # pages per gathering (signature marks), 0: none read
    title: str
    section: str


def random_layout(rng: random.Random, title: str, section: str) -> Layout:
    """A volume drawn from the ranges the module docstring gives."""
    not_sign = rng.choice([0.0, 0.0, 0.85, 0.95])
    return Layout(
        width=rng.randint(38, 56), lines=rng.randint(50, 70), first_page=rng.randint(1, 400),
        misread=round(rng.uniform(0.006, 0.02), 4), not_sign=not_sign,
        hyphen_lost=round(rng.uniform(0.005, 0.03), 4),
        column_start=rng.choices(["blank", "space", "none"], [5, 3, 2])[0],
        form_feed=rng.random() < 0.3, head_noise=round(rng.uniform(0.1, 0.4), 3),
        head_split=round(rng.uniform(0.0, 0.15), 3), float_per_column=round(rng.uniform(0.04, 0.12), 3),
        list_share=round(rng.uniform(0.015, 0.04), 3), specks_per_page=round(rng.uniform(0.1, 0.8), 2),
        mojibake_pages=rng.choice([0.0, 0.0, 0.05, 0.12]), nbsp=rng.choice([0.0, 0.001, 0.003]),
        signature_every=rng.choice([0, 8, 16]), title=title, section=section)


def simulate(text: str, seed: int, layout: Layout | None = None, *, title: str = "THE TITLE",
             section: str = "THE SECTION") -> tuple[str, str, Layout, Record]:
    """(gold, raw, layout, record) for one clean text, deterministic in seed and text."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))
    layout = layout or random_layout(rng, title, section)
    record = Record()
    hyph = pyphen.Pyphen(lang="en_GB")
    blocks = _blocks(paragraphs_of(text), rng, layout, record)
    lines: list[tuple[str, int, bool]] = []  # (line, block index, first line of its block or item)
    state = {"pending": None, "waited": 0}
    for b, (kind, items) in enumerate(blocks):
        for n, item in enumerate(items):
            # the printer sets the true words; ABBYY then misreads the printed lines
            glyph = _bullet(rng, b) if kind == "list" else ""
            indent = " " * (len(glyph) + 1 + rng.choice([0, 0, 1])) if glyph else ""
            printed = _wrap(item.split(), layout.width - len(indent), hyph, rng, layout, record)
            wrapped = [" ".join(_misread(tokens, rng, layout, record, state)) for tokens in printed]
            if glyph:
                wrapped = [glyph + " " + wrapped[0]] + [indent + w for w in wrapped[1:]]
                record.add("bullet misread" if glyph != "•" else "bullet")
            for k, line in enumerate(wrapped):
                lines.append((line, b, k == 0 and n == 0))
    floats_after: dict[int, list[str]] = {}
    pages = _paginate(lines, blocks, rng, layout, record, floats_after)
    raw = ("\n\f\n" if layout.form_feed else "\n\n").join(pages) + "\n"
    gold_blocks = []
    for b, (kind, items) in enumerate(blocks):
        gold_blocks.append("\n".join("- " + i for i in items) if kind == "list" else items[0])
        gold_blocks.extend(floats_after.get(b, []))
    return "\n\n".join(gold_blocks) + "\n", raw, layout, record


def _blocks(paras: list[str], rng: random.Random, layout: Layout, record: Record) -> list[tuple[str, list[str]]]:
    """Paragraphs, some of them lists in the print (a paragraph of short sentences, one an item)."""
    out = []
    for p in paras:
        sentences = SENTENCE.split(p)
        if 3 <= len(sentences) <= 7 and all(len(s.split()) <= 45 for s in sentences) \
                and rng.random() < layout.list_share * 3:
            out.append(("list", sentences))
            record.add("list")
        else:
            out.append(("para", [p]))
    return out


def _bullet(rng: random.Random, block: int) -> str:
    # one list's bullets are mostly misread the same way (the same glyph, the same print)
    local = random.Random(block * 7 + 3)
    base = local.choices([g for g, _ in BULLETS], [w for _, w in BULLETS])[0]
    return base if rng.random() < 0.8 else rng.choices([g for g, _ in BULLETS], [w for _, w in BULLETS])[0]


def _is_word(form: str) -> bool:
    from wordfreq import zipf_frequency

    core = re.sub(r"^[^\w]+|[^\w]+$", "", form).lower()
    return bool(core) and zipf_frequency(core, "en") >= 3.0


#: one printed token: (text, prefix, suffix); a broken word's whole is prefix + the text
#: (without its line-end hyphen mark) + suffix, a whole word has neither
Token = tuple[str, str, str]


def _misread(tokens: list[Token], rng: random.Random, layout: Layout, record: Record,
             state: dict) -> list[str]:
    """One printed line as ABBYY read it; every misread form recorded with its kind.

    A misreading's kind is drawn first and lands on the next word it can happen to (within a
    few words, across lines), so that the mix stays the one CONFUSIONS gives.  Words merge
    only within a line: a line end is never a lost space.
    """
    out: list[str] = []
    kinds, weights = [k for k, _ in CONFUSIONS], [w for _, w in CONFUSIONS]
    i = 0
    while i < len(tokens):
        w, prefix, suffix = tokens[i]
        if state["pending"] is None and rng.random() < layout.misread:
            state["pending"], state["waited"] = rng.choices(kinds, weights)[0], 0
        kind = state["pending"]
        if kind is None:
            out.append(w)
            i += 1
            continue
        pieces, used = None, 1
        if kind == "merged words":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt and not (prefix or suffix or nxt[1] or nxt[2]) and w.isalpha() and w.islower() \
                    and len(w) <= 4 and nxt[0][:1].isalpha():
                pieces, used = [w + nxt[0]], 2
        else:
            new = _confuse(w, kind, rng)
            if new is not None and new != w:
                pieces = new.split(" ")
        if pieces is None:
            state["waited"] += 1
            if state["waited"] > 40:
                state["pending"] = None
            out.append(w)
            i += 1
            continue
        # what the word reads as once its line-end break is undone
        read = " ".join(pieces)
        if suffix and read[-1:] in ("-", "¬", "\u00ad"):
            read = read[:-1]
        whole = prefix + read + suffix
        if kind not in ("punctuation", "quote", "ligature", "accent") and all(_is_word(p) for p in whole.split()):
            kind = "unknown"  # a real word: no rule could know it is wrong
        elif kind == "punctuation" and w[-1] in ",;:" and pieces[0][-1:] in (",", ";", ":"):
            kind = "unknown"  # a comma for a semicolon is as good a sentence: unknowable
        for p in pieces + ([whole] if prefix or suffix else []):
            record.misread[p] = kind
        record.add(f"confusion: {kind}")
        out.extend(pieces)
        i += used
        state["pending"] = None
    return out


def _confuse(w: str, kind: str, rng: random.Random) -> str | None:
    if kind in SWAPS:
        old, new = SWAPS[kind]
        spots = [m.start() for m in re.finditer(re.escape(old), w)]
        if old.islower():  # letters of a word, not of a capital-led abbreviation or a number
            spots = [s for s in spots if w[max(0, s - 1):s + len(old) + 1].replace(old, "").isalpha()
                     or len(w) > len(old)]
        if not spots or any(c.isdigit() for c in w):
            return None
        s = rng.choice(spots)
        return w[:s] + new + w[s + len(old):]
    if kind == "ligature":
        for old, new in LIGATURES:
            if old in w:
                return w.replace(old, new, 1)
        return None
    if kind == "accent":
        spots = [(m.start(), a) for a, _ in ACCENTS for m in re.finditer(a, w)]
        if not spots:
            return None
        s, a = rng.choice(spots)
        return w[:s] + dict(ACCENTS)[a] + w[s + 1:]
    if kind == "split word":
        core = re.match(r"[A-Za-z]{6,}", w)
        if not core:
            return None
        s = rng.randint(2, core.end() - 3)
        return w[:s] + " " + w[s:]
    if kind == "dropped letter":
        core = re.match(r"[a-z]{5,}", w)
        if not core:
            return None
        s = rng.randint(1, core.end() - 2)
        return w[:s] + w[s + 1:]
    if kind == "punctuation":
        for old, choices in ((",", [".", ";"]), (";", [":", ","]), (".", [",", ""]), (":", [";"])):
            if w.endswith(old) and len(w) > 1 and w[-2].isalpha():
                return w[:-1] + rng.choice(choices)
        return None
    if kind == "quote":
        for old, new in (("“", "„"), ("”", "\""), ("’", "\u2018"), ("‘", "'")):
            if old in w:
                return w.replace(old, new, 1)
        return None
    return None


def _wrap(words: list[str], width: int, hyph: pyphen.Pyphen, rng: random.Random, layout: Layout,
          record: Record) -> list[list[Token]]:
    """Column lines of at most ``width`` characters, words broken as a printer breaks them."""
    lines: list[list[Token]] = []
    cur: list[Token] = []
    size = 0
    queue: list[Token] = [(w, "", "") for w in words]
    while queue:
        tok = queue.pop(0)
        w = tok[0]
        if not cur:
            cur, size = [tok], len(w)
            continue
        if size + 1 + len(w) <= width:
            cur.append(tok)
            size += 1 + len(w)
            continue
        split = _split(w, width - size - 1, hyph) if rng.random() < 0.85 and not tok[1] else None
        if split:
            left, right, compound = split
            marked = _hyphen_mark(left, right, compound, rng, layout, record)
            cur.append((marked, "", ("-" if compound else "") + right))
            lines.append(cur)
            queue.insert(0, (right, left[:-1] + ("-" if compound else ""), ""))  # left ends with "-"
            cur, size = [], 0
        else:
            lines.append(cur)
            cur, size = [tok], len(w)
    if cur:
        lines.append(cur)
    return lines


def _split(w: str, room: int, hyph: pyphen.Pyphen) -> tuple[str, str, bool] | None:
    """The longest break of ``w`` whose left part and hyphen fit ``room``: (left, right, compound)."""
    if room < 3:
        return None
    if "-" in w.strip("-"):
        # a real compound breaks at its own hyphen
        cut = max((m.end() for m in re.finditer(r"(?<=\w)-(?=\w)", w) if m.end() <= room), default=0)
        return (w[:cut], w[cut:], True) if cut else None
    m = re.fullmatch(r"([\"“‘'(]*)([A-Za-z]+)(.*)", w)
    if not m or len(m.group(2)) < 5 or not re.fullmatch(r"[^\w]*", m.group(3)):
        return None
    lead, core = m.group(1), m.group(2)
    best = 0
    for p in hyph.positions(core):
        if 2 <= p <= len(core) - 3 and len(lead) + p + 1 <= room:
            best = p
    if not best:
        return None
    cut = len(lead) + best
    return w[:cut] + "-", w[cut:], False


def _hyphen_mark(left: str, right: str, compound: bool, rng: random.Random, layout: Layout,
                 record: Record) -> str:
    """How ABBYY wrote the line-end hyphen of ``left``."""
    if compound:
        record.add("compound broken at its hyphen")
        joined = left[:-1] + right
        if layout.not_sign and _is_word(joined) and rng.random() < 0.5:
            record.add("compound hyphen written ¬")
            return left[:-1] + "¬"
        return left
    record.add("soft hyphen")
    r = rng.random()
    if r < layout.hyphen_lost:
        record.add("line-end hyphen lost")
        return left[:-1]
    if r < layout.hyphen_lost + layout.not_sign:
        record.add("line-end hyphen written ¬")
        return left[:-1] + "¬"
    if r < layout.hyphen_lost + layout.not_sign + 0.01:
        record.add("line-end hyphen written as soft hyphen")
        return left[:-1] + "\u00ad"
    return left


def _paginate(lines: list[tuple[str, int, bool]], blocks: list, rng: random.Random, layout: Layout,
              record: Record, floats_after: dict[int, list[str]]) -> list[str]:
    """Pages of two columns with heads, feet, floats and specks, as ABBYY's text gives them."""
    pages = []
    i, page, n_fig, n_tab = 0, layout.first_page, 0, 0
    while i < len(lines):
        out: list[str] = []
        if page != layout.first_page:
            out.extend(_head(page, rng, layout, record))
            out.append("")
        for col in (0, 1):
            if i >= len(lines):
                break
            cap = layout.lines
            flt: list[str] = []
            if rng.random() < layout.float_per_column:
                b = lines[min(i + cap // 2, len(lines) - 1)][1]
                if rng.random() < 0.6:
                    n_fig += 1
                    flt = _caption(n_fig, blocks[b], rng, layout.width)
                else:
                    n_tab += 1
                    flt = _table(n_tab, blocks[b], rng, layout.width)
                cap -= len(flt) + 1
            chunk = lines[i:i + cap]
            at = rng.randint(2, max(2, len(chunk) - 2)) if flt else -1
            for k, (line, b, first) in enumerate(chunk):
                if k == at:
                    # the float stands between two lines of the column; the gold puts it after
                    # the block it interrupted
                    out.extend(["", *flt, ""])
                    floats_after.setdefault(chunk[k - 1][1], []).append(
                        "\n".join(" ".join(f.split()) for f in flt))
                    record.add("float dropped into the text")
                    if not first:
                        record.add("paragraph interrupted by a float")
                if k == 0 and col == 1 and not first:
                    record.add("column break inside a block")
                    if layout.column_start == "blank":
                        out.append("")
                    elif layout.column_start == "space":
                        line = " " + line
                elif k == 0 and col == 0 and not first and i > 0:
                    record.add("page break inside a block")
                elif first and out and out[-1] != "":
                    out.append("")
                out.append(_specks(line, rng, layout, record))
            if at >= len(chunk) and flt:  # a short last column: the float closes it
                out.extend(["", *flt])
                floats_after.setdefault(chunk[-1][1], []).append("\n".join(" ".join(f.split()) for f in flt))
                record.add("float dropped into the text")
            i += len(chunk)
        out.extend(_foot(page, rng, layout, record))
        text = "\n".join(out)
        if layout.nbsp:
            text = re.sub(r"(?<=\S) (?=\S)", lambda m: "\u00a0" if rng.random() < layout.nbsp else " ", text)
        if rng.random() < layout.mojibake_pages:
            text = _mojibake(text, record)
        pages.append(text)
        page += 1
    record.add("pages", len(pages))
    return pages


def _head(page: int, rng: random.Random, layout: Layout, record: Record) -> list[str]:
    verso = page % 2 == 0
    words = layout.title if verso else layout.section
    num = str(page)
    if rng.random() < layout.head_noise:
        record.add("running head noise")
        if rng.random() < 0.5 and any(d in HEAD_DIGITS for d in num):
            d = rng.choice([d for d in num if d in HEAD_DIGITS])
            num = num.replace(d, HEAD_DIGITS[d], 1)
        else:
            spots = [k for k, c in enumerate(words) if c in HEAD_LETTERS]
            if spots:
                k = rng.choice(spots)
                words = words[:k] + HEAD_LETTERS[words[k]] + words[k + 1:]
            else:
                words = words + " ."
        if rng.random() < 0.3:
            words = words + rng.choice([" .", " ,", " '", " ■"])
    record.add("running head")
    if rng.random() < layout.head_split:
        record.add("page number on its own line")
        return [num, words] if verso else [words, num]
    return [f"{num} {words}" if verso else f"{words} {num}"]


def _foot(page: int, rng: random.Random, layout: Layout, record: Record) -> list[str]:
    out = []
    if page == layout.first_page:
        record.add("page number at foot")
        out += ["", rng.choice([str(page), f"[{page}]", f"({page})"])]
    if layout.signature_every and (page - layout.first_page) % layout.signature_every == 1:
        record.add("signature mark")
        letters = "ABCDEFGHIKLMNOPQRSTUXYZ"
        gathering = (page - layout.first_page) // layout.signature_every
        sig = letters[gathering % len(letters)] * (1 + gathering // len(letters))
        out += ["", rng.choice([sig, f"{sig} 2", f"VOL. I. {sig}"])]
    return out


def _caption(n: int, block: tuple[str, list[str]], rng: random.Random, width: int) -> list[str]:
    words = [re.sub(r"[^\w-]", "", w) for w in " ".join(block[1]).split()]
    words = [w for w in words if w]
    k = rng.randint(3, 6)
    start = rng.randrange(max(1, len(words) - k))
    run = words[start:start + k] or ["Plate"]
    text = f"Fig. {n}. " + " ".join([run[0].capitalize(), *run[1:]]) + "."
    while len(text) > width and len(run) > 1:
        run = run[:-1]
        text = f"Fig. {n}. " + " ".join([run[0].capitalize(), *run[1:]]) + "."
    return [text]


def _table(n: int, block: tuple[str, list[str]], rng: random.Random, width: int) -> list[str]:
    names = sorted({w.strip(".,;:!?").capitalize() for w in " ".join(block[1]).split()
                    if re.fullmatch(r"[A-Za-z]{5,}", w.strip(".,;:!?"))})
    rows = [f"TABLE {ROMAN[(n - 1) % len(ROMAN)]}."]
    for name in rng.sample(names, min(len(names), rng.randint(2, 4))) if names else ["Total"]:
        cells = [str(rng.randint(1, 99)) for _ in range(rng.randint(1, 3))]
        gap = " " * rng.randint(2, 5)
        rows.append((name + gap + gap.join(cells))[:width])
    return rows


def _specks(line: str, rng: random.Random, layout: Layout, record: Record) -> str:
    if rng.random() < layout.specks_per_page / (2 * layout.lines):
        record.add("speck")
        return line + " " + rng.choice(SPECKS)
    return line


def _mojibake(text: str, record: Record) -> str:
    """The page's UTF-8 read as cp1252, bytes cp1252 leaves undefined kept as Latin-1."""
    if all(ord(c) < 128 for c in text):
        return text
    out = []
    for c in text:
        if ord(c) < 128:
            out.append(c)
            continue
        for byte in c.encode("utf-8"):
            try:
                out.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(byte))
        record.add("mojibake")
    mangled = "".join(out)
    for form in re.findall(r"\S*[\u0080-\u00ff\u0152-\u2122]\S*", mangled):
        record.misread.setdefault(form, "mojibake")
    return mangled
