"""Filter 1: decode the raw bytes and repair the Unicode (mojibake, NFC, ligatures, invisible characters)."""

from __future__ import annotations

import codecs
from bisect import bisect_right
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterator

import ftfy

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import CAPTION_LABEL
from variorum.errors import InputError

ENCODINGS = ("utf-8", "cp1252", "latin-1")

# Rule ids of the edits this filter proposes (for the editor's accept/reject by rule).
RULE_BOM = "bom"
RULE_MOJIBAKE = "mojibake"
RULE_C1 = "c1-control"
RULE_CONTROL = "control"
RULE_NFC = "nfc"
RULE_LIGATURE = "ligature"
RULE_SOFT_HYPHEN = "soft-hyphen"
RULE_NBSP = "nbsp"
RULE_ZERO_WIDTH = "zero-width"
RULES = (RULE_BOM, RULE_MOJIBAKE, RULE_C1, RULE_CONTROL, RULE_NFC, RULE_LIGATURE,
         RULE_SOFT_HYPHEN, RULE_NBSP, RULE_ZERO_WIDTH)


# --------------------------------------------------------------------------- decoding

def decode(raw: bytes, source_name: str, encoding: str = "utf-8") -> tuple[str, tuple[str, ...]]:
    """Decode a raw witness to text with ``\\n`` line ends; return the text and warnings.

    ``utf-8`` is strict: bad bytes raise :class:`InputError` naming the file, the line and
    the byte offset. ``cp1252`` and ``latin-1`` are opt-in fallbacks: the file is still read
    as UTF-8 when it is valid UTF-8, otherwise decoded with the fallback and a warning says
    so. A byte order mark is kept (the ``bom`` rule removes it as a recorded emendation);
    CR LF and lone CR become LF, as any text reader does, so that offsets count characters
    of the text every later stage sees.
    """
    if encoding not in ENCODINGS:
        raise InputError(f"unknown encoding '{encoding}' (choose one of {', '.join(ENCODINGS)})",
                         file=source_name)
    warnings: list[str] = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if encoding == "utf-8":
            line = raw.count(b"\n", 0, exc.start) + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            raise InputError(
                f"not valid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x}); "
                f"if the file is in Windows-1252 or Latin-1, set 'encoding: cp1252' or "
                f"'encoding: latin-1' for this witness",
                file=source_name, line=line, column=column,
            ) from None
        text = _decode_fallback(raw, encoding)
        warnings.append(f"{source_name}: not valid UTF-8 at byte offset {exc.start}; "
                        f"decoded as {encoding}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, tuple(warnings)


@lru_cache(maxsize=None)
def _cp1252_table() -> str:
    # Five bytes are undefined in cp1252; like Windows itself, read them as Latin-1 (C1
    # controls) so that decoding never fails and the control filter can report them.
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars)


def _decode_fallback(raw: bytes, encoding: str) -> str:
    if encoding == "latin-1":
        return raw.decode("latin-1")
    return codecs.charmap_decode(raw, "strict", _cp1252_table())[0]


# --------------------------------------------------------------------------- the filter

_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
_NBSP = "\u00a0\u2007\u202f"
# Zero-width characters with no meaning in running text. ZWNJ and ZWJ (U+200C, U+200D)
# are left alone but inside a Latin word: Persian, Indic scripts and emoji need them.
_ZERO_WIDTH = "\u200b\u2060\ufeff"
# C0 controls except tab, newline and form feed (the page furniture filter reads form
# feeds as page breaks), plus DEL.
_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\f") + "\x7f"
_C1 = "".join(chr(c) for c in range(0x80, 0xA0))
_INVISIBLE = frozenset("\u00ad" + _ZERO_WIDTH + _CONTROL)
# Between two Latin letters a ZWNJ or ZWJ breaks or asks for a ligature, nothing a reader
# sees: in an OCR'd or exported text layer it is debris splitting the word for every search.
# After an f (or a long s) it is typography's own (German ``Auf\u200claufen`` keeps the f-l
# ligature out of a compound's seam) and stays.
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_JOINER_IN_LATIN_WORD_RE = re.compile(f"(?<=[{_LATIN_LETTER}])(?<![fF\u017f])[\u200c\u200d]+(?=[{_LATIN_LETTER}])")

# One character class opens the pattern (a soft hyphen's tail is tried only after a soft
# hyphen): the engine then skips from one such character to the next in C, where an
# alternation first would be tried at every position of the text.
_SIMPLE_CHARS = re.escape("".join(_LIGATURES) + _NBSP + _ZERO_WIDTH + _CONTROL + _C1 + "\u00ad")
_SOFT_HYPHEN_TAIL = "(?:(?<=\u00ad)(?:[ \\t]*\\n[ \\t]*(?=\\S)|[ \\t]*(?=\\n|$)))?"
_SIMPLE_RE = re.compile("[" + _SIMPLE_CHARS + "]" + _SOFT_HYPHEN_TAIL)
#: a caption's line (its label and number) after a soft hyphen's line break
_CAPTION_LINE_RE = re.compile(CAPTION_LABEL)
# Mojibake of UTF-8 read as Latin-1 or cp1252 always begins with the reading of a UTF-8
# lead byte (0xC2-0xF4), i.e. a character in Â..ô; only lines holding one go to ftfy. Read
# as Mac Roman, the lead bytes of Latin-1's letters and signs, Latin Extended-A and the
# punctuation block (0xC2-0xC6, 0xE2) become ¬ √ ƒ ≈ ∆ ‚, rare in print: the others would
# be dashes and quotes, and would send half a book's lines to ftfy (``d√¶mon``, ``¬∞``).
_MAC_ROMAN_LEAD_HINTS = "\u00ac\u221a\u0192\u2248\u2206\u201a"
_MOJIBAKE_HINT_RE = re.compile("[\u00c2-\u00f4" + _MAC_ROMAN_LEAD_HINTS + "]")
_MOJIBAKE_HINTS = frozenset(map(chr, range(0xC2, 0xF5))) | frozenset(_MAC_ROMAN_LEAD_HINTS)
# Both scans in one pass over the text (on a book each pass costs more than all it finds):
# the hints and _SIMPLE_RE's characters (none of them a hint) in one opening class. A hint
# matches alone and no soft hyphen's tail holds one, so the other matches are _SIMPLE_RE's
# own (tests compare).
_HINT_OR_SIMPLE_RE = re.compile("[\u00c2-\u00f4" + _MAC_ROMAN_LEAD_HINTS + _SIMPLE_CHARS + "]" + _SOFT_HYPHEN_TAIL)


def repair_unicode(text: str, ctx: CleanContext) -> list[Edit]:
    """Repair the encoding layer: BOM, mojibake, C0/C1 controls, NFC, ligatures, soft hyphens, NBSP.

    Repairs: a leading byte order mark; mojibake (UTF-8 read as Latin-1/cp1252/Mac Roman,
    found and undone by ftfy, one edit per damaged stretch); C1 controls that are cp1252
    bytes read as Latin-1; other control characters (removed; a lone carriage return ends
    its line); decomposed accents (NFC); the Latin ligatures U+FB00-FB06 (ﬁ -> fi); soft
    hyphens (removed, and a soft hyphen ending a line joins the word across it, unless a
    caption opens the next line: it is shown as a line-end hyphen); no-break spaces (->
    space); zero-width spaces, word joiners, and a ZWNJ or ZWJ between two Latin letters
    (but after an f, where it rules a ligature: ``Auf\u200claufen``).
    Never touches: legitimate non-ASCII (accents, dashes, curly quotes, superscripts,
    other scripts), tabs, newlines, form feeds, ZWNJ/ZWJ in or beside other scripts and in
    emoji sequences, or any character that is already
    the NFC form of itself; a Mac Roman pair standing apart from any word (``√©``: a root
    sign in mathematics) in a witness showing Mac Roman nowhere else is only suggested.
    """
    del ctx  # the encoding layer needs no settings; the signature is the filter contract
    edits = _one_pass(text)
    if not edits:
        return edits  # (nothing repaired, nothing revealed: a second pass would find nothing)
    # A repair can reveal another (a soft hyphen inside a decomposed accent, an invisible
    # character inside mojibake): fold later passes into the first so that the filter is
    # idempotent and every change stays one record against the given text.
    for round_ in range(3):
        once = _apply(text, edits)
        if round_ == 0 and not _revealed(once, edits):
            break  # (what a second pass would have found: nothing)
        more = _one_pass(once)
        if not more:
            break
        edits = _fold(text, edits, more)
    return edits


def _revealed(once: str, edits: list[Edit]) -> bool:
    """Whether ``_one_pass(once)`` finds anything, where ``once`` is the text with ``edits``
    applied and ``edits`` are all the first pass found in it.

    Asked only of the lines the edits landed in (a book has ten thousand lines and a few
    hundred edits): every other line of ``once`` is a line of the text, as it was, in which
    the first pass found nothing (an edit found in it, kept or lost to an overlapping one,
    would have touched it), and a second pass finds nothing there either, each of its
    findings being a line's own (mojibake, NFC) or starting at a character of its own
    (the single-character repairs).
    """
    if once.startswith("\ufeff"):
        return True
    spans: list[list[int]] = []  # the touched lines, as whole lines of ``once``
    shift = 0
    for e in edits:
        landed = e.start + shift
        shift += len(e.replacement) - (e.end - e.start)
        start = once.rfind("\n", 0, landed) + 1
        if spans and start <= spans[-1][1]:
            start = spans[-1][0]
            del spans[-1]
        end = once.find("\n", landed + len(e.replacement))
        spans.append([start, len(once) if end < 0 else end])
    for start, end in spans:
        lines = once[start:end]
        hints, simple = _scan(lines)
        if simple or _mojibake_edits(lines, hints) or _JOINER_IN_LATIN_WORD_RE.search(lines) or (
                not unicodedata.is_normalized("NFC", lines) and _nfc_edits(lines)):
            return True
    return False


def _one_pass(text: str) -> list[Edit]:
    edits: list[Edit] = []
    covered: list[tuple[int, int]] = []
    if text.startswith("\ufeff"):
        edits.append(Edit(0, 1, "", RULE_BOM, "byte order mark at the start of the file"))
        covered.append((0, 1))
    hints, simple = _scan(text)
    for start, end, fixed, why, sure in _mojibake_edits(text, hints):
        edits.append(Edit(start, end, _plain(fixed), RULE_MOJIBAKE, why, 0.95 if sure else 0.5, applied=sure))
        covered.append((start, end))
    inside = _Spans(covered)
    for m in simple:
        if m.start() == 0 and m.group() == "\ufeff" or inside.hit(m.start()):
            continue
        at_break = text.startswith("\n", m.end())
        if m.group()[0] == "\u00ad" and "\n" in m.group() and _CAPTION_LINE_RE.match(text, m.end()):
            # a caption the layout dropped into the word: the line break stays (the floats
            # filter moves the caption), the soft hyphen shown as a line-end hyphen
            edits.append(_simple_edit(m.start(), m.start() + 1, "\u00ad", True))
            continue
        edits.append(_simple_edit(m.start(), m.end(), m.group(), at_break))
    if "\u200c" in text or "\u200d" in text:
        for m in _JOINER_IN_LATIN_WORD_RE.finditer(text):
            if not inside.hit(m.start()):
                edits.append(Edit(m.start(), m.end(), "", RULE_ZERO_WIDTH,
                                  f"{unicodedata.name(m.group()[0])} inside a Latin word removed"))
    if not unicodedata.is_normalized("NFC", text):
        edits.extend(e for e in _nfc_edits(text) if not inside.hit(e.start))
    return _without_overlaps(edits)


def _scan(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """Where _MOJIBAKE_HINT_RE finds a hint in ``text``, and what _SIMPLE_RE finds: one pass."""
    hints: list[int] = []
    simple: list[re.Match[str]] = []
    for m in _HINT_OR_SIMPLE_RE.finditer(text):
        if m.group() in _MOJIBAKE_HINTS:
            hints.append(m.start())
        else:
            simple.append(m)
    return hints, simple


def _apply(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def _fold(text: str, first: list[Edit], second: list[Edit]) -> list[Edit]:
    """Edits on ``text`` equal to applying ``first`` and then ``second`` (on its output)."""
    # where each edit of ``first`` landed in the intermediate text
    landed: list[tuple[int, int, Edit]] = []
    shift = 0
    for e in first:
        landed.append((e.start + shift, e.start + shift + len(e.replacement), e))
        shift += len(e.replacement) - (e.end - e.start)
    mid = _apply(text, first)

    def to_text(p: int, *, end: bool) -> int:
        delta = 0
        for s, t, e in landed:
            if p < s or (p == s and not end):
                return p - delta
            if p <= t:
                return e.end if end else e.start
            delta += (t - s) - (e.end - e.start)
        return p - delta

    merged: list[Edit] = []
    used: set[int] = set()
    for e2 in second:
        a, b = e2.start, e2.end
        touched = [(s, t, e) for s, t, e in landed if s <= b and a <= t]
        for s, t, e in touched:  # widen to whole first-pass edits the second one touches
            a, b = min(a, s), max(b, t)
            used.add(id(e))
        start, end = to_text(a, end=False), to_text(b, end=True)
        inner = [x for x in second if a <= x.start and x.end <= b]
        replacement = _apply(mid[a:b], [Edit(x.start - a, x.end - a, x.replacement, x.rule) for x in inner])
        evidence = "; ".join(dict.fromkeys([e.evidence for _, _, e in touched] + [e2.evidence]))
        merged.append(Edit(start, end, replacement, e2.rule, evidence, e2.confidence))
    kept = [e for e in first if id(e) not in used]
    return _without_overlaps(kept + [m for m in merged if text[m.start:m.end] != m.replacement])


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """Edits in text order, dropping any that overlaps an earlier one (the earlier is wider)."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _plain(s: str) -> str:
    """``s`` with the single-character repairs of this filter applied (for ftfy's output)."""
    s = _SIMPLE_RE.sub(lambda m: _simple_edit(0, 1, m.group()).replacement, s)
    return unicodedata.normalize("NFC", s)


class _Spans:
    """Spans asked whether they hold a position: a bisection in their sorted union (a
    scan of every span for every position was quadratic in a text full of mojibake)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        union: list[list[int]] = []
        for s, e in sorted(spans):
            if union and s <= union[-1][1]:
                union[-1][1] = max(union[-1][1], e)
            else:
                union.append([s, e])
        self.starts = [s for s, _ in union]
        self.ends = [e for _, e in union]

    def hit(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _simple_edit(start: int, end: int, found: str, at_break: bool = False) -> Edit:
    ch = found[0]
    name = unicodedata.name(ch, f"U+{ord(ch):04X}")
    if ch in _LIGATURES:
        return Edit(start, end, _LIGATURES[ch], RULE_LIGATURE, f"{name} spelt out")
    if ch == "\u00ad":
        if "\n" in found:
            return Edit(start, end, "", RULE_SOFT_HYPHEN,
                        "soft hyphen at a line end: the word continues on the next line")
        if at_break:
            # the next line is blank (a page or column break): keep the break visible as a
            # line-end hyphen so that the line joiner decides with its evidence
            return Edit(start, end, "-", RULE_SOFT_HYPHEN,
                        "soft hyphen before a blank line: shown as a line-end hyphen", 0.9)
        return Edit(start, end, "", RULE_SOFT_HYPHEN, "soft hyphen (invisible break point) removed")
    if ch in _NBSP:
        return Edit(start, end, " ", RULE_NBSP, f"{name} -> space")
    if ch in _ZERO_WIDTH:
        return Edit(start, end, "", RULE_ZERO_WIDTH, f"{name} removed")
    if ch in _C1:
        as_cp1252 = _cp1252_char(ch)
        if as_cp1252 is not None:
            return Edit(start, end, as_cp1252, RULE_C1,
                        f"C1 control U+{ord(ch):04X} is cp1252 byte 0x{ord(ch):02X} "
                        f"({unicodedata.name(as_cp1252)}) read as Latin-1", confidence=0.9)
        return Edit(start, end, "", RULE_CONTROL, f"control character U+{ord(ch):04X} removed")
    if ch == "\r" and not at_break:
        # a carriage return alone ends a line (old Mac files): removed, it would glue the
        # last word of one line to the first word of the next
        return Edit(start, end, "\n", RULE_CONTROL, "carriage return: a line end")
    return Edit(start, end, "", RULE_CONTROL, f"control character U+{ord(ch):04X} removed")


def _cp1252_char(ch: str) -> str | None:
    try:
        out = bytes([ord(ch)]).decode("cp1252")
    except UnicodeDecodeError:
        return None
    return out


def _mojibake_edits(text: str, hints: list[int]) -> list[tuple[int, int, str, str, bool]]:
    """Stretches ftfy repairs, as minimal (start, end, replacement, explanation, sure) edits,
    in the lines that hold a hint (``hints``: where, in order).

    Invisible characters (soft hyphens, zero-width spaces, controls) are set aside and
    no-break spaces read as spaces before ftfy sees a line: next to a mojibake sequence they
    would hide it from ftfy until another pass removed them, and the filter must be
    idempotent. A soft hyphen right after a byte's reading is kept (see _byte_of_sequence):
    it may be that sequence's own last byte. A Mac Roman pair standing apart from any word
    (``√©``) is only suggested unless the witness shows Mac Roman inside a word or a longer
    sequence elsewhere, or writes what it decodes to as a word of its own elsewhere.
    """
    out: list[tuple[int, int, str, str, bool]] = []
    left: list[tuple[int, str]] = []  # hinted lines ftfy left as they were
    lone: list[tuple[int, int, str, str]] = []  # Mac Roman pairs standing apart from any word
    shown = False  # whether a Mac Roman repair inside a word, or of a longer sequence, was found
    for pos, line in _lines_at(text, hints):
        if line.isprintable():  # (no invisible character and no no-break space: seen as it is)
            keep, seen = list(range(len(line))), line
        else:
            keep = [i for i, c in enumerate(line) if c not in _INVISIBLE or _byte_of_sequence(line, i)]
            seen = "".join(" " if line[i] in _NBSP else line[i] for i in keep)
        fixed, explanation = _fix_line(seen)
        if fixed == seen:
            left.append((pos, line))
            continue
        mac = ("encode", "macroman") in explanation
        why = "ftfy: " + ", ".join(f"{step} {arg}" for step, arg in explanation)
        keep.append(len(line))
        for a0, a1, b0, b1 in _diff_spans(seen, fixed):
            start, end = keep[a0], keep[a1 - 1] + 1 if a1 > a0 else keep[a0]
            if mac and _apart_from_words(seen, a0, a1):
                lone.append((pos + start, pos + end, fixed[b0:b1], why))
                continue
            shown = shown or mac
            out.append((pos + start, pos + end, fixed[b0:b1], why, True))
    for start, end, char, why in lone:
        # ftfy reads a lone ``√©`` as mojibake; standing apart from any word it may as well
        # be mathematics, a root sign before a symbol: the witness's other repairs decide
        if shown or _written_apart_elsewhere(text, char, start, end):
            out.append((start, end, char, why, True))
        else:
            out.append((start, end, char, why + "; a Mac Roman pair standing apart from any word, "
                        "and the witness shows Mac Roman nowhere else: suggested", False))
    if shown and left:
        out.extend((*seq, True) for seq in _mac_roman_sequences(left))
    out.sort()
    return out


def _apart_from_words(line: str, a0: int, a1: int) -> bool:
    """Whether ``line[a0:a1]`` is nothing but Mac Roman readings of two-byte sequences with no
    letter beside it, but a sign after a figure (``40¬∞``, as _mac_roman_sequences has it)."""
    if _MAC_ROMAN_PAIRS_RE.fullmatch(line, a0, a1) is None:
        return False
    before, after = line[a0 - 1:a0], line[a1:a1 + 1]
    return not (before.isalpha() or after.isalpha() or before.isdigit() and line[a0] == "\u00ac")


def _written_apart_elsewhere(text: str, run: str, start: int, end: int) -> bool:
    """Whether ``run`` stands apart from letters somewhere in ``text`` outside ``start:end``."""
    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(run) + r"(?![^\W\d_])", text):
        if m.end() <= start or m.start() >= end:
            return True
    return False


def _mac_roman_table() -> tuple[str, str, str, str]:
    """Mac Roman's readings of UTF-8's bytes: leads of 2, 3 and 4-byte sequences, continuations.

    Only the leads rare in print (the hints ¬ √ ƒ ≈ ∆ ‚, and the Apple sign): the others
    read as quotes, dashes, « … and capitals, which French puts before an accented letter
    (``qu’à``, ``«Ça``, ``—é`` are no mojibake)."""
    def read(lo: int, hi: int) -> str:
        return re.escape(bytes(range(lo, hi + 1)).decode("mac_roman"))
    return read(0xC2, 0xC6), read(0xE2, 0xE2), read(0xF0, 0xF0), read(0x80, 0xBF)


_MR_LEAD2, _MR_LEAD3, _MR_LEAD4, _MR_CONT = _mac_roman_table()
_MAC_ROMAN_SEQUENCE_RE = re.compile(
    f"[{_MR_LEAD2}][{_MR_CONT}]|[{_MR_LEAD3}][{_MR_CONT}]{{2}}|[{_MR_LEAD4}][{_MR_CONT}]{{3}}")
#: one or more Mac Roman readings of UTF-8's two-byte sequences
_MAC_ROMAN_PAIRS_RE = re.compile(f"(?:[{_MR_LEAD2}][{_MR_CONT}])+")


def _mac_roman_sequences(lines: list[tuple[int, str]]) -> list[tuple[int, int, str, str]]:
    """In a witness whose other lines ftfy found read as Mac Roman, the UTF-8 sequences so
    read on lines ftfy left alone, undone one by one (``d√¶mon``, ``Columbid√¶``).

    ftfy judges a line by itself, and a lone ``√¶`` or ``√©`` is too little for it to
    call mojibake; the witness's own repaired lines are the evidence that it is. A sequence
    that is not valid UTF-8 once read back is left as it is, and so is a two-character one
    standing apart from any word (``= √π``, ``√∞``: mathematics), but a sign after a
    figure (``40¬∞``).
    """
    out = []
    why = "Mac Roman reading of UTF-8, as on this witness's other lines: encode macroman, decode utf-8"
    for pos, line in lines:
        for m in _MAC_ROMAN_SEQUENCE_RE.finditer(line):
            if m.end() - m.start() == 2 and _apart_from_words(line, m.start(), m.end()):
                continue
            try:
                char = m.group().encode("mac_roman").decode("utf-8")
            except UnicodeError:
                continue
            out.append((pos + m.start(), pos + m.end(), char, why))
    return out


#: what cp1252 or Latin-1 reads for a byte 0x80-0xFF: the bytes of a UTF-8 sequence
_HIGH_BYTE_READINGS = frozenset(_cp1252_table()[0x80:] + bytes(range(0x80, 0x100)).decode("latin-1"))


def _byte_of_sequence(line: str, i: int) -> bool:
    """Whether the invisible ``line[i]`` may be a byte of a mojibake sequence: a soft hyphen
    (byte 0xAD, which both code pages read as U+00AD) after another byte's reading.

    A UTF-8 soft hyphen read as cp1252 is ``Â`` and U+00AD (``thouÂ\xadsand``); set aside,
    it would leave ftfy a lone ``Â`` it cannot repair, and the soft hyphen's own removal
    would then leave ``thouÂsand``.
    """
    return line[i] == "\u00ad" and i > 0 and line[i - 1] in _HIGH_BYTE_READINGS


def _lines_at(text: str, positions: list[int]) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of ``text`` that holds one of ``positions`` (in order).

    From positions one scan of the whole text found, instead of a search per line: a book
    has ten thousand lines and mojibake on a few of them.
    """
    end = -1
    for at in positions:
        if at <= end:
            continue  # (in the line just given)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield start, text[start:end]


# what ftfy makes of no configuration, made once (not again for each of a book's lines)
_FTFY_DEFAULTS = ftfy.TextFixerConfig()


@lru_cache(maxsize=4096)
def _fix_line(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    # Only the encoding repair: ftfy's other fixes (uncurling quotes, widths, HTML) would
    # change legitimate text.
    result = ftfy.fix_encoding_and_explain(line, _FTFY_DEFAULTS)
    return result.text, tuple(tuple(step) for step in result.explanation or ())


def _diff_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Changed spans between ``a`` and its repair ``b``, widened to whole damaged runs."""
    one = _one_changed_stretch(a, b)
    if one is not None:
        return [one]
    return _spans_by_sequence_matcher(a, b)


def _spans_by_sequence_matcher(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """The spans SequenceMatcher's opcodes change, adjacent ones merged (what the shortcut
    of _diff_spans must equal)."""
    spans: list[tuple[int, int, int, int]] = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if spans and a0 == spans[-1][1] and b0 == spans[-1][3]:
            # adjacent changes belong to one mojibake sequence: one edit, one record
            spans[-1] = (spans[-1][0], a1, spans[-1][2], b1)
        else:
            spans.append((a0, a1, b0, b1))
    return spans


def _one_changed_stretch(a: str, b: str) -> tuple[int, int, int, int] | None:
    """The one span SequenceMatcher's opcodes change, where that is sure without it, else None.

    With ``a`` and ``b`` cut into the same start, a middle each, and the same end, and
    neither middle empty nor holding a character of the other text (one mojibake sequence
    and its repair, the usual line), every matching block lies in the shared start or end;
    the longer of those is the longest block (ties go to the start: it comes first), and
    once it is taken the other is the longest left: the opcodes are equal, replace, equal.
    """
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    a_mid, b_mid = a[p:len(a) - s], b[p:len(b) - s]
    if not a_mid or not b_mid or not set(a_mid).isdisjoint(b) or not set(b_mid).isdisjoint(a):
        return None
    return p, len(a) - s, p, len(b) - s


def _nfc_edits(text: str) -> list[Edit]:
    """One edit per cluster (a starter and its combining marks) that NFC changes."""
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            edits.extend(_nfc_line_edits(line, pos))
        pos += len(line) + 1
    return edits


def _nfc_line_edits(text: str, base: int) -> list[Edit]:
    edits: list[Edit] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if not unicodedata.is_normalized("NFC", cluster):
            norm = unicodedata.normalize("NFC", cluster)
            edits.append(Edit(base + i, base + j, norm, RULE_NFC,
                              f"{'+'.join(f'U+{ord(c):04X}' for c in cluster)} composed "
                              f"to {'+'.join(f'U+{ord(c):04X}' for c in norm)} (NFC)"))
        i = j
    return edits
