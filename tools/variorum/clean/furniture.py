"""Page furniture: running heads and feet and page numbers found by fuzzy repetition, removed; page breaks kept."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import is_caption
from variorum.clean.lexicon import lexicon_words

RULE_FURNITURE = "furniture"
RULE_PAGE_NUMBER = "page-number"
RULE_SIGNATURE = "signature"
RULE_COLUMN_RULE = "column-rule"
RULES = (RULE_FURNITURE, RULE_PAGE_NUMBER, RULE_SIGNATURE, RULE_COLUMN_RULE)

_DIGITS_RE = re.compile(r"\d+")
#: a number in a key: its digits, and any the OCR parted from them by a space ("1 70")
_NUMBER_RE = re.compile(r"\d+(?: \d+)*")
#: a page number inside a head: a number standing alone, not a digit misread in a word
_PAGE_NO_IN_LINE_RE = re.compile(r"(?<!\w)\d(?: ?\d){0,3}(?!\w)")
_DIGIT_LIKE = frozenset("#losizgbq|")
_COMMON_SHORT = frozenset("is so go oz io lo sb si bo ho".split())
_NOT_KEY_RE = re.compile(r"[^\w#]+")
_NOT_KEY_IN_LINES_RE = re.compile(r"[^\w#\n]+")  # (lines joined by newlines: each kept apart)
#: a page number as printed: "12", "- 12 -", "— 12 —", "[12]", "(12)", "Page 12", "xiv"; its
#: digits may be misread as like letters ("l94", "I91") as long as one digit is left
#: ... and the OCR may see a space inside it ("4 3", "— 1 70 —", "( 100)") or a speck after it
_PAGE_NUMBER_RE = re.compile(r"[ \t]*(?:[-–—][ \t]*)?(?:page[ \t]+)?[\[(]?[ \t]?"
                             r"((?=[\dlIOS]*\d)[\dlIOS]{1,4}|\d(?: ?\d){1,3}|[ivxlcdm]{1,7})"
                             r"[ \t]?[\])]?[ \t]*(?:[-–—])?[ \t]*(?:[ \t][.,•·]|['-])?[ \t]*$", re.IGNORECASE)
#: a well-formed lower-case roman numeral (not any word of the letters i v x l c d m: "did")
_LOWER_ROMAN_RE = re.compile(r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_SENTENCE_END_RE = re.compile(r"(?<!\.)[.!?][\"'”’)]*[ \t]*$")
_TEXT_END_RE = re.compile(r"(?:(?<!\.)[.!?][\"'”’)]*|\w-)[ \t]*$")
_TRUNCATED_RE = re.compile(r"(?:\.\.|…)[ \t]*$")
# a line of running text ends a sentence or runs to the margin; furniture is short
_MAX_FURNITURE_CHARS = 100
_SPREAD_MIN_LINES = 15
# two pages of two long columns: alternating heads recur at most this far apart
_SPREAD_MAX_LINES = 300


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # without the newline
    index: int
    text: str
    #: what ends the line: a newline, a form feed, or nothing at the end of the text
    separator: str = "\n"


@dataclass(frozen=True)
class Furniture:
    """Lines found to be furniture, with the page each begins and why."""

    line: Line
    rule: str
    evidence: str
    confidence: float
    page_label: str


@dataclass(frozen=True)
class _Lines:
    """The lines of a text as parallel arrays (cheap for a book); a form feed ends a line too."""

    texts: tuple[str, ...]
    separators: tuple[str, ...]
    starts: tuple[int, ...]
    blank: tuple[bool, ...]
    #: the lines a form feed ends (their separator), in order
    feeds: tuple[int, ...] = ()
    #: the lines of glyphs without a letter or digit ("______", "- — — -", "^ ° «~'")
    glyph_only: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Line:
        t = self.texts[i]
        return Line(self.starts[i], self.starts[i] + len(t), i, t, self.separators[i])


@lru_cache(maxsize=4)
def _lines(text: str) -> _Lines:
    # C-level passes (a book has ten thousand lines, a form feed at most one a page): split
    # at both separators as at newlines, then mark the lines a form feed ends
    texts = (text.replace("\f", "\n") if "\f" in text else text).split("\n")
    # each line starts one separator after the end of the one before
    starts = tuple(itertools.accumulate(map(operator.add, map(len, texts[:-1]), itertools.repeat(1)), initial=0))
    separators = ["\n"] * (len(texts) - 1) + [""]
    feeds = []
    at = text.find("\f")
    while at >= 0:
        feeds.append(bisect.bisect_right(starts, at) - 1)
        separators[feeds[-1]] = "\f"
        at = text.find("\f", at + 1)
    blank = tuple(map(operator.not_, map(str.strip, texts)))
    # (one C-level scan of the text for them, from newline to newline: a book has a few, one
    # a page at most; a newline put before the text, each match starts where its line does)
    glyph_only = frozenset(bisect.bisect_right(starts, m.start()) - 1
                           for m in _GLYPH_ONLY_RE.finditer("\n" + text.replace("\f", "\n")))
    return _Lines(tuple(texts), tuple(separators), starts, blank, tuple(feeds), glyph_only)


#: a line of glyphs, not one letter or digit in it (a rule, binding shadow, an engraving
#: read as specks); at least one glyph that is no space
_GLYPH_ONLY_RE = re.compile(r"\n[ \t]*(?:[^\w\s]|_)(?:[^\w\n]|_)*(?![^\n])")
#: a printed rule as read: dashes, underscores, asterisks or dots alone (an author's
#: section break looks the same: a rule is furniture only beside a head or foot)
_RULE_LINE_RE = re.compile(r"[ \t]*[-‐‑‒–—―_=*.·•~ \t]+[ \t]*")
#: specks as a scanner reads dirt, shadow or an engraving: small marks, none a sign an author
#: sets on a line alone (§ ⁂ ❧ † ? ! … are, and so is a rule: "designed" lines)
_SPECKS_LINE_RE = re.compile(r"[ \t.,'`^~°|:;/\\«»_-]+")


def _key(s: str) -> str:
    """A line as its furniture identity: lower case, digits masked, punctuation dropped.

    A page number at either edge is masked even when the OCR read its digits as letters
    (``14l``, ``ls`` for ``15``): a short token of digit-like glyphs there that is no
    common word.
    """
    return _edges_masked(_NOT_KEY_RE.sub(" ", _NUMBER_RE.sub("#", s.lower())).split(), _NOT_KEY_RE.sub(" ", s))


def _keys(lines: list[str]) -> list[str]:
    """``[_key(s) for s in lines]`` for lines (no newline in them), with the case folded and
    the punctuation dropped in one pass over all of them, not three passes per line.

    (Folded together, each line folds as it does alone: no letter's case depends on what
    stands beyond a newline.)
    """
    if not lines:
        return []
    joined = "\n".join(lines)
    folded = _non_key_spaced(_NUMBER_RE.sub("#", joined.lower())).split("\n")
    as_written = _non_key_spaced(joined).split("\n")
    return list(map(_edges_masked, map(str.split, folded), as_written))


# every ASCII character _NOT_KEY_IN_LINES_RE matches, as a space
_ASCII_NOT_KEY = bytes(c for c in range(128) if _NOT_KEY_IN_LINES_RE.match(chr(c)))
_ASCII_NOT_KEY_TO_SPACE = bytes.maketrans(_ASCII_NOT_KEY, b" " * len(_ASCII_NOT_KEY))
_NON_ASCII_NOT_KEY_RE = re.compile(r"[^\x00-\x7f\w#\n]+")


def _non_key_spaced(s: str) -> str:
    """``s`` split by str.split as ``_NOT_KEY_IN_LINES_RE.sub(" ", s)`` splits: every
    character the pattern matches made a space, newlines kept.

    The keys only split their lines at those characters, so each may become a space of its
    own: the ASCII ones in one C pass over the UTF-8 bytes (no multibyte character holds an
    ASCII byte), the pattern left to find the rare others (curly quotes, dashes). Half the
    cost of the pattern's two passes (some fifteen thousand matches a book).
    """
    spaced = s.encode("utf-8", "surrogatepass").translate(_ASCII_NOT_KEY_TO_SPACE).decode("utf-8", "surrogatepass")
    return spaced if spaced.isascii() else _NON_ASCII_NOT_KEY_RE.sub(" ", spaced)


# every character of an edge token that may be masked: a digit-like glyph or a roman digit
_MASKABLE = "".join(sorted(_DIGIT_LIKE | set("ivxlcdm")))


def _edges_masked(tokens: list[str], as_written: str) -> str:
    """The key of a line from its tokens (lower case, digits masked) and the line with its
    punctuation dropped, as written."""
    # Most lines are ASCII words: each token as written is then the same token in its own
    # case, and an edge token with a letter no numeral is made of is masked by no test below
    if tokens and tokens[0].strip(_MASKABLE) and tokens[-1].strip(_MASKABLE) and as_written.isascii():
        return " ".join(tokens)
    if tokens:
        # a front-matter page number in lower-case roman ("xii", "- iv -", "Page v", "Mark
        # — v —") at either edge; capitals ("IV") number chapters and are the text's own
        original = as_written.split()
        for i in {0, len(tokens) - 1}:
            if i < len(original) and _LOWER_ROMAN_RE.fullmatch(original[i]):
                tokens[i] = "#"
    for i in {0, len(tokens) - 1} if len(tokens) > 1 else ():
        t = tokens[i]
        if len(t) <= 4 and set(t) <= _DIGIT_LIKE and ("#" in t or t not in _COMMON_SHORT):
            tokens[i] = "#"
    if len(tokens) == 1 and "#" in tokens[0] and len(tokens[0]) <= 4 and set(tokens[0]) <= _DIGIT_LIKE:
        tokens[0] = "#"  # a bare page number with a digit misread as a letter ("l29")
    return " ".join(tokens)


def _page_starts(lines: _Lines, gap: int) -> list[int]:
    """Line indexes where a page starts: after a form feed, or after ``gap`` blank lines.

    Found in C from a byte a line (1 blank, 0 not, 2 where a form feed ends it): a line of
    text after a run of ``gap`` blank lines or more that follows another line (a form
    feed's, which begins the count again, or one of text).
    """
    n = len(lines)
    flags = bytearray(lines.blank)  # (False and True as 0 and 1)
    for i in lines.feeds:
        flags[i] = 2
    after_gap = re.compile(rb"(?<=[^\x01])\x01{%d,}(?=\x00)" % max(gap, 0))
    starts = {i + 1 for i in lines.feeds} | {m.end() for m in after_gap.finditer(flags)}
    return sorted(i for i in starts if 0 < i < n)


# The furniture and the page breaks both start from them: found once per text.
@lru_cache(maxsize=4)
def _text_page_starts(text: str, gap: int) -> tuple[int, ...]:
    return tuple(_page_starts(_lines(text), gap))


def _isolated(lines: _Lines, i: int) -> bool:
    n = len(lines)
    return (i == 0 or lines.blank[i - 1] or lines.separators[i - 1] == "\f"
            or i + 1 >= n or lines.blank[i + 1]
            # a printed rule under a head, binding shadow over it: lines of glyphs, no text
            or i - 1 in lines.glyph_only or i + 1 in lines.glyph_only)


def _ends_as_text(line: str) -> bool:
    """Whether _TEXT_END_RE finds a match in ``line`` (a line: no newline in it), read from
    its end: the pattern, searched, is tried at every position of the line."""
    t = line.rstrip(" \t")
    if t[-1:] == "-" and (t[-2:-1].isalnum() or t[-2:-1] == "_"):
        return True
    u = t.rstrip("\"'”’)")
    return u[-1:] in (".", "!", "?") and u[-2:-1] != "."


def _alone(lines: _Lines, near_edge: set[int]) -> list[int]:
    """``[i for i in range(len(lines)) if i in near_edge or _isolated(lines, i)]``, from the
    blank lines and form feeds: a book has ten thousand lines, most between two of text."""
    n = len(lines)
    blank = list(itertools.compress(range(n), lines.blank))
    beside = {*map((-1).__add__, blank), *map((1).__add__, blank), *map((1).__add__, lines.feeds),
              *map((-1).__add__, lines.glyph_only), *map((1).__add__, lines.glyph_only)}
    return sorted(i for i in beside | near_edge | {0, n - 1} if 0 <= i < n)


def find_furniture(text: str, ctx: CleanContext) -> list[Furniture]:
    """Every furniture line of ``text``, in order."""
    return list(_find(text, ctx.settings.page_gap_blank_lines, ctx.settings.furniture_min_repeats,
                      ctx.settings.language))


# The chain asks twice about one text (page breaks, then the removal): found once.
@lru_cache(maxsize=4)
def _find(text: str, gap: int, min_repeats: int, language: str = "en") -> tuple[Furniture, ...]:
    lines = _lines(text)
    page_starts = _text_page_starts(text, gap)
    near_edge: set[int] = set()
    for p in page_starts:
        # the first and last non-blank lines around each known page break
        near_edge.update(j for j in (_nonblank(lines, p, 1), _nonblank(lines, p - 1, -1)) if j is not None)
    texts, blank, n = lines.texts, lines.blank, len(lines)
    candidates = [
        i for i in _alone(lines, near_edge)
        if not blank[i] and len(texts[i]) <= _MAX_FURNITURE_CHARS + 20
        # a line ending a sentence or a hyphenated word is running text (or a page number)
        and (not _ends_as_text(texts[i]) or _DIGITS_RE.search(texts[i]))
        and len(texts[i].strip()) <= _MAX_FURNITURE_CHARS
    ]
    found: dict[int, Furniture] = {}
    first_text_line = blank.index(False) if False in blank else -1
    # the measured page length, where the text shows its page breaks
    page_lines = statistics.median(b - a for a, b in zip(page_starts, page_starts[1:])) \
        if len(page_starts) >= 3 else 0
    heads: set[str] = set()  # the loose keys of the running heads found
    one_word: list[list[Line]] = []  # one-word groups waiting for the page breaks to show

    def accept(group: list[Line], is_number: bool) -> None:
        for ln in group:
            rule = RULE_PAGE_NUMBER if is_number else RULE_FURNITURE
            why = (f"page number, one of {len(group)} at page edges" if is_number else
                   f"repeats on {len(group)} pages ('{group[0].text.strip()[:40]}')")
            found[ln.index] = Furniture(ln, rule, why, 0.95, _label(ln.text))

    key_of = dict(zip(candidates, _keys([texts[i] for i in candidates])))
    for indexes in _groups(key_of, lexicon_words(language)):
        if len(indexes) < min_repeats:
            continue
        group = [lines[i] for i in indexes]  # (a Line for the few lines that may be furniture)
        at_breaks = all(g.index in near_edge for g in group)
        if not _regular(group, lenient=at_breaks, page_lines=page_lines) and not (
                at_breaks and _every_few_pages(group, page_starts)):
            continue
        group, group_keys = _without_intruders(group, [key_of[i] for i in indexes], near_edge)
        if len(group) < min_repeats:
            continue
        # the group as most of its lines read (one line of it may be the text's own)
        key = statistics.mode(group_keys)
        is_number = 2 * sum(_PAGE_NUMBER_RE.match(g.text) is not None for g in group) > len(group)
        if not key.replace("#", "").strip() and not is_number:
            continue
        if not is_number and "#" not in key and \
                2 * sum(_SENTENCE_END_RE.search(g.text) is not None for g in group) > len(group):
            continue  # a repeated sentence is the text's own (a refrain), not a head
        if not is_number and len(key.split()) < 2 and "#" not in key \
                and not all((g.index in near_edge or g.index == first_text_line) and _isolated(lines, g.index)
                            for g in group):
            # one repeated word is more likely the text's own (a refrain, a name): set aside,
            # and taken for a one-word running head only where, once the page breaks are
            # known, it stands alone at a page edge every time (see below)
            one_word.append(group)
            continue
        if is_number:
            group = _in_sequence(group)
        else:
            heads.add(_loose(key))
            heads.update(_loose(key_of[g.index]) for g in group)  # each as misread: one may be near a stray
        accept(group, is_number)
    found.update((f.line.index, f) for f in _glyph_lines(lines, found, near_edge, min_repeats))
    # the page breaks the furniture found shows, where no form feed or gap shows them: the
    # lines beside a head or a page number are a page's first or last
    beside_found = {j for i in found for j in (_nonblank(lines, i - 1, -1), _nonblank(lines, i + 1, 1))
                    if j is not None}
    edges = near_edge | beside_found
    for group in one_word:
        at_edges = [g for g in group if (g.index in edges or g.index == first_text_line) and _isolated(lines, g.index)]
        # the others, if any, are few, and each stands between two pages of the head (as
        # intruders: not at an edge, unlike the usual member, which stands at one)
        if len(at_edges) >= min_repeats and 4 * (len(group) - len(at_edges)) <= len(group) and \
                _without_intruders(group, [g in at_edges for g in group], edges)[0] == at_edges:
            heads.add(_loose(_key(at_edges[0].text)))
            accept(at_edges, False)
        elif _every_other_page_after_a_gap(lines, group, page_starts, min_repeats):
            heads.add(_loose(_key(group[0].text)))
            found.update((g.index, Furniture(g, RULE_FURNITURE, f"{_INSIDE_PAGE_HEAD} on every other page "
                                                                f"({len(group)}, '{group[0].text.strip()[:40]}')",
                                             0.9, _label(g.text))) for g in group)
    # a lone line at a known page break: a bare page number or a truncated running head
    bare: list[Furniture] = []
    head_letters = [h.replace("#", "") for h in heads]  # (the heads without digit masks, for _reads_as_head)
    # the text's end is the foot of its last page (when it has pages)
    last_text_line = n - 1 - blank[::-1].index(False) if (page_starts or found) and False in blank else -1
    for j in sorted(edges | {first_text_line, last_text_line} - {-1}):
        k = bisect.bisect_left(page_starts, j)
        if j in found or j not in (first_text_line, last_text_line) and j in near_edge and not any(
                abs(j - page_starts[x]) <= 3 or _only_blank_between(lines, j, page_starts[x])
                for x in (k - 1, k) if 0 <= x < len(page_starts)):
            continue
        ln = lines[j]
        s = ln.text.strip()
        if len(s) > _MAX_FURNITURE_CHARS:
            continue
        number = _PAGE_NUMBER_RE.match(s)
        if number and _under_caption(lines, j, found):
            continue  # a plate's caption's reference to the page it illustrates ("Page 57"): the caption's
        if number and _isolated(lines, j) and (j in near_edge or j == last_text_line or (
                # beside a head, a capital numeral is a chapter's
                j in beside_found and not number.group(1).isupper())):
            bare.append(Furniture(ln, RULE_PAGE_NUMBER, "a bare number at a page break", 0.85, _label(s)))
        elif heads and (_isolated(lines, j) or j in near_edge) and \
                not _PUNCTUATED_RE.search(_SPECKS_AFTER_RE.sub("", s)) and \
                (sure := _reads_as_head(_loose(key_of.get(j) or _key(s)), heads, head_letters)):
            # a running head the OCR read with a speck or a split letter ("MA RK", "IVIARK",
            # "TITLE-", "TITLE ."): the same head where a head stands; never a group of its
            # own, and left, its hyphen would join the page's first word
            why = "" if sure >= 0.85 else "; near a head but not equal to one: it may be a chapter's title"
            found[j] = Furniture(ln, RULE_FURNITURE, f"a running head misread ('{s[:40]}') at a page break{why}",
                                 sure, _label(s))
        elif j in near_edge and _TRUNCATED_RE.search(s) and _isolated(lines, j) and len(s.split()) >= 2 \
                and sum(w[:1].isupper() for w in s.split()) * 2 >= len(s.split()):
            found[j] = Furniture(ln, RULE_FURNITURE, "a title-case line cut short ('..') at a page break",
                                 0.85, _label(s))
    found.update((f.line.index, f) for f in _short_heads_misread(lines, candidates, key_of, found, heads, near_edge))
    if bare:
        # the bare numbers must fit the page numbering, judged with the numbers found above
        numbers = sorted([f for f in found.values() if f.rule == RULE_PAGE_NUMBER] + bare,
                         key=lambda f: f.line.index)
        kept = {f.line.index for f in _in_sequence_furniture(numbers)}
        # one found only beside the furniture must also fit the numbers the heads show (a
        # year under a head on a title page does not)
        labelled = sorted((i, int(f.page_label)) for i, f in found.items() if f.page_label.isdigit())
        kept -= {f.line.index for f in bare if f.line.index not in near_edge | {last_text_line}
                 and not _fits_labels(f, labelled)}
        found.update((f.line.index, f) for f in bare if f.line.index in kept)
    if heads:
        found.update((f.line.index, f) for f in _short_heads_beside_folios(lines, edges, found, head_letters))
    found.update((f.line.index, f) for f in _glyph_lines(lines, found, near_edge | beside_found, min_repeats))
    found.update((f.line.index, f) for f in _signatures(lines, page_starts, found, last_text_line))
    found.update((f.line.index, f) for f in _numbers_above_signatures(lines, found))
    found.update((f.line.index, f) for f in _numbers_between_columns(lines, found))
    return tuple(found[k] for k in sorted(found))


#: the evidence of a page number inside its page (no page begins there)
_INSIDE_PAGE = "a bare number inside a page"
#: ... and of a running head inside its page
_INSIDE_PAGE_HEAD = "a running head inside its page, before the second column,"


def _numbers_between_columns(lines: _Lines, found: dict[int, Furniture]) -> list[Furniture]:
    """Bare numbers standing alone inside a page (blank lines both sides) whose value is
    the one the page numbers found either side of it leave for it: one less than the next,
    one more than the one before (a recto's number at its outer top corner, that a text
    layer's reading order writes after the first column, between the two)."""
    numbers = sorted((i, int(f.page_label)) for i, f in found.items()
                     if f.rule == RULE_PAGE_NUMBER and f.page_label.isdigit())
    out = []
    for (i, before), (j, after) in zip(numbers, numbers[1:]):
        if after != before + 2 or j - i < 4:
            continue
        for k in range(i + 2, j - 1):
            if lines.blank[k] or not (lines.blank[k - 1] and lines.blank[k + 1]) or k in found:
                continue
            text = lines.texts[k]
            if len(text) <= 12 and _page_value(lines[k]) == before + 1:
                out.append(Furniture(lines[k], RULE_PAGE_NUMBER,
                                     f"{_INSIDE_PAGE}, between the page numbers {before} and "
                                     f"{after}: the page's own (set between its columns)", 0.85, _label(text)))
    return out


def _every_other_page_after_a_gap(lines: _Lines, group: list[Line], page_starts: tuple[int, ...],
                                  min_repeats: int) -> bool:
    """Whether a one-word line in capitals is a verso's running head that a text layer's
    reading order wrote before the second column: once on every other page the form feeds
    show (a page or two skipped where the OCR misread it past grouping), and nowhere else,
    each time after a blank line (a name in capitals in the text recurs as it will, not on
    alternate pages)."""
    if len(group) < max(min_repeats, 4) or len(page_starts) < 2 * len(group) - 2:
        return False
    def capitals(s: str) -> bool:  # (a letter misread small: 'FRANKENSTElN')
        letters = [c for c in s if c.isalpha()]
        return bool(letters) and 5 * sum(map(str.isupper, letters)) >= 4 * len(letters)

    if not all(capitals(g.text) and g.index > 0 and lines.blank[g.index - 1] for g in group):
        return False
    pages = [bisect.bisect_right(page_starts, g.index) for g in group]
    # (a head the OCR read too badly to group leaves a gap of four pages)
    steps = [b - a for a, b in zip(pages, pages[1:])]
    return all(step in (2, 4) for step in steps) and 4 * steps.count(4) <= len(steps)


def _under_caption(lines: _Lines, j: int, found: dict[int, Furniture]) -> bool:
    """Whether line ``j`` ("Page 57") stands directly under a plate's caption: a line of
    capitals (a quotation of the text, "“HE ENTREATED ME TO WRITE OFTEN.”") that is no
    furniture, with no blank line between."""
    if j == 0 or lines.blank[j - 1] or j - 1 in found or lines.separators[j - 1] == "\f" \
            or not lines.texts[j].lstrip().lower().startswith("page"):
        return False
    return is_caption(lines.texts[j - 1] + "\n" + lines.texts[j])


def _glyph_lines(lines: _Lines, found: dict[int, Furniture], edges: set[int], min_repeats: int) -> list[Furniture]:
    """The lines of glyphs (no letter or digit in them) that go with the page's furniture.

    A run of such lines (no blank line inside it) directly under or over a running head,
    foot or page number: the printed rule under a head (read ``______``, ``- — — -``),
    binding shadow read as specks beside it; a rule or an ornament (a designed line, no
    speck) only where such lines stand beside a quarter of the furniture's lines or more
    (``min_repeats`` at least: the page design), else its removal is only suggested. A run at a page's edge
    (``edges``: the first or last lines of a page) of specks that are no rule (``~ ~/^ :;``):
    a plate's engraving or binding shadow read as glyphs. Never touches: a rule, a row of
    asterisks or dots, an ornament or a mark (``§``, ``⁂``, ``…``, ``“?”``) standing apart
    from the furniture (an author's section break, a reply).
    """
    glyphs = lines.glyph_only
    runs: list[tuple[list[int], Furniture | None]] = []
    taken: set[int] = set()
    for j in sorted(glyphs):
        if j in taken or j in found or j - 1 in glyphs:
            continue
        run = [j]
        while run[-1] + 1 in glyphs:
            run.append(run[-1] + 1)
        taken.update(run)
        beside = next((found[k] for k in (run[0] - 1, run[-1] + 1) if k in found and found[k].rule != RULE_SIGNATURE),
                      None)
        runs.append((run, beside))

    def designed(run: list[int]) -> bool:
        return any(_RULE_LINE_RE.fullmatch(lines.texts[k]) or not _SPECKS_LINE_RE.fullmatch(lines.texts[k])
                   for k in run)
    # (a rule or fleuron printed under every head recurs, beside a good share of the
    # furniture; an author's break or reply beside a page number now and then does not)
    page_design = sum(beside is not None and designed(run) for run, beside in runs) >= max(min_repeats, len(found) / 4)
    out: list[Furniture] = []
    for run, beside in runs:
        sure = 0.9
        if beside is not None:
            why = f"a line of glyphs beside the furniture ('{beside.line.text.strip()[:30]}'): a printed rule or a speck"
            if designed(run) and not page_design:
                why, sure = why + "; no speck, and beside few pages' furniture: it may be the author's", 0.6
        elif any(k in edges for k in run) and not designed(run):
            why = "a line of glyphs at a page's edge, no rule: binding shadow or an engraving read as specks"
        else:
            continue
        out += [Furniture(lines[k], RULE_FURNITURE, why, sure, "") for k in run if k not in found]
    return out


def _fits_labels(f: Furniture, labelled: list[tuple[int, int]]) -> bool:
    """Whether bare number ``f`` fits between the page numbers (line, value) found before
    and after it; with none on one side, it must fit the one on the other."""
    v = _page_value(f.line)
    if v is None:
        return True  # a misread number is not judged
    k = bisect.bisect_left(labelled, (f.line.index, -1))
    before = labelled[k - 1][1] if k > 0 else None
    after = labelled[k][1] if k < len(labelled) else None
    if before is None and after is None:
        return True
    return (before is None or before - 2 <= v <= before + 3) and (after is None or after - 3 <= v <= after + 2)


def _nonblank(lines: _Lines, i: int, step: int) -> int | None:
    """The first non-blank line from ``i`` on, going by ``step`` (None past an end)."""
    while 0 <= i < len(lines):
        if not lines.blank[i]:
            return i
        i += step
    return None


#: what OCR leaves after a line of furniture: a speck or a comma apart from it, a stray
#: hyphen, quote or bullet (a full stop or comma on a word is the text's own punctuation)
_SPECKS_AFTER_RE = re.compile(r"(?:[ \t]+[.,'’•·\-]|['’•·\-])+$")
#: a line that ends in a word's own punctuation ("TITLE;", "Mark."): the text's
_PUNCTUATED_RE = re.compile(r"\w[.,;:!?]$")
#: letter shapes OCR reads one for another in the capitals of heads (as pairs: read, meant)
_LOOKALIKES = (("ivi", "m"), ("rn", "m"), ("vv", "w"), ("ii", "h"), ("cl", "d"), ("0", "o"), ("1", "i"),
               ("l", "i"), ("5", "s"), ("8", "s"))


def _loose(key: str) -> str:
    """A key as a running head's identity under OCR noise: no spaces (the OCR splits a
    word), look-alike letters made one."""
    key = key.replace(" ", "")
    for read, meant in _LOOKALIKES:
        key = key.replace(read, meant)
    return key


def _reads_as_head(loose: str, heads: set[str], head_letters: list[str]) -> float | None:
    """How surely a line's loose key is a running head's: its equal (spacing and look-alike
    letters folded, see :func:`_loose`) surely; near one (a letter or two misread more than in
    any head of the group: "FRAH K EN 5TE IN" for "FRANKENSTEIN"), compared without the masks
    of digits (a page number's, or a letter read as a digit: "0RIGIN"), only as a suggestion:
    a chapter's own title may differ from the running head by as little ("THE WIFE OF JOHN
    SMITH" under "THE LIFE OF JOHN SMITH"). None where it reads as no head."""
    if loose in heads:
        return 0.85
    letters = loose.replace("#", "")
    if letters in head_letters:
        return 0.85
    # (one C-level pass over the heads: a noisy book's heads are as many as its pages)
    near = len(letters) >= 8 and process.extractOne(letters, head_letters, scorer=fuzz.ratio,
                                                    score_cutoff=80) is not None
    return 0.5 if near else None


#: how near a short head's letters must read to a head's (``fuzz.ratio``) once its folio places it
_SHORT_HEAD_RATIO = 70


def _short_heads_misread(lines: _Lines, candidates: list[int], key_of: dict[int, str],
                         found: dict[int, Furniture], heads: set[str], near_edge: set[int]) -> list[Furniture]:
    """The running heads too short for a fuzzy match that the OCR misread (``MRK 123``,
    ``NARK 133`` for ``MARK 1xx``: a letter is a fifth of the head), known by their folio: on
    the head's side, and the number between those of the heads found before and after it (one
    page on, where only one side has a head). Never touches a line whose number does not fall
    there, or with no number, or whose letters read like no head's."""
    labelled = sorted((i, int(f.page_label)) for i, f in found.items() if f.page_label.isdigit())
    # (the heads with their folio, as a side and the letters; a foot has none)
    sided = [(h[0] == "#", h.strip("#")) for h in heads if h.count("#") == 1 and (h[0] == "#") != (h[-1] == "#")]
    if not labelled or not sided:
        return []
    out = []
    for j in candidates:
        if j in found or not (_isolated(lines, j) or j in near_edge):
            continue
        loose = _loose(key_of[j])
        if loose.count("#") != 1 or (loose[0] == "#") == (loose[-1] == "#"):
            continue
        label = _label(lines.texts[j])
        if not label.isdigit() or _PUNCTUATED_RE.search(_SPECKS_AFTER_RE.sub("", lines.texts[j].strip())):
            continue
        v = int(label)
        k = bisect.bisect_left(labelled, (j, -1))
        before = labelled[k - 1][1] if k > 0 else None
        after = labelled[k][1] if k < len(labelled) else None
        if before is None and after is None:
            continue
        if not ((before is None or before < v <= before + 2) and (after is None or after - 2 <= v < after)
                and (before is None or after is None or after - before <= 4)):
            continue
        side, letters = loose[0] == "#", loose.strip("#")
        near = [h for s, h in sided if s == side]
        if near and process.extractOne(letters, near, scorer=fuzz.ratio, score_cutoff=_SHORT_HEAD_RATIO):
            out.append(Furniture(lines[j], RULE_FURNITURE, f"a running head misread ('{lines.texts[j].strip()[:40]}')"
                                 f" with its folio {v} in the page sequence", 0.85, label))
    return out


def _short_heads_beside_folios(lines: _Lines, edges: set[int], found: dict[int, Furniture],
                               head_letters: list[str]) -> list[Furniture]:
    """The running heads too short for a fuzzy match that the OCR misread (``Mnrk`` for
    ``Mark``), set apart from their folio: a lone line at a page break, a word or two with no
    mark, next to a page number found (the line before or after it, blank lines between),
    that reads near a head (_SHORT_HEAD_RATIO). Never touches a line with no folio beside it."""
    folios = {i for i, f in found.items() if f.rule == RULE_PAGE_NUMBER}
    if not folios:
        return []
    out = []
    for j in sorted(edges):
        if j in found or not _isolated(lines, j):
            continue
        s = lines.texts[j].strip()
        letters = _loose(_key(s)).replace("#", "")
        if not letters or len(letters) >= 8 or len(s.split()) > 2 or _PUNCTUATED_RE.search(s):
            continue
        if not any(_nonblank(lines, j + step, step) in folios for step in (-1, 1)):
            continue
        if process.extractOne(letters, head_letters, scorer=fuzz.ratio, score_cutoff=_SHORT_HEAD_RATIO):
            out.append(Furniture(lines[j], RULE_FURNITURE, f"a running head misread ('{s[:40]}') beside "
                                 "its folio at a page break", 0.85, ""))
    return out


def _numbers_above_signatures(lines: _Lines, found: dict[int, Furniture]) -> list[Furniture]:
    """The bare page numbers set just above a printer's signature, with a blank line above
    them: the foot of a page without a head (a chapter's opening page), which the page
    breaks alone do not show, as the signature stands at the edge."""
    labelled = sorted((i, int(f.page_label)) for i, f in found.items() if f.page_label.isdigit())
    out = []
    for i, f in found.items():
        j = i - 1
        if f.rule != RULE_SIGNATURE or j < 1 or j in found or lines.blank[j] or not lines.blank[j - 1]:
            continue
        if _PAGE_NUMBER_RE.match(lines.texts[j]) and not _PAGE_NUMBER_RE.match(lines.texts[j]).group(1).isupper():
            number = Furniture(lines[j], RULE_PAGE_NUMBER, "a bare number above a printer's signature", 0.85,
                               _label(lines.texts[j]))
            if _fits_labels(number, labelled):
                out.append(number)
    return out


def _without_intruders(group: list[Line], keys: list, near_edge: set[int]) -> tuple[list[Line], list]:
    """The group without the lines of the text that read like its head, and their keys.

    A head recurs a page (or two) apart; a line of the text that reads like it (a title
    page's "TITLE;" beside heads "TITLE 15") stands between two of its pages, nearer a
    head than half their interval. Of two lines so near each other, the one not at a known
    page break whose key (``keys``: one per line) is not the group's usual one goes (of
    two such, the one that leaves the others more evenly spaced).
    """
    group, keys = list(group), list(keys)
    usual = statistics.mode(keys) if keys else ""
    while len(group) >= 3:
        gaps = [b.index - a.index for a, b in zip(group, group[1:])]
        med = statistics.median(gaps)
        near = [k for k, g in enumerate(gaps) if 2 * g < med]
        choice = None
        for k in near:
            odd = [i for i in (k, k + 1) if group[i].index not in near_edge and keys[i] != usual]
            if odd:
                choice = odd[0] if len(odd) == 1 else min(odd, key=lambda i: _spread([
                    g.index for x, g in enumerate(group) if x != i]))
                break
        if choice is None:
            break
        del group[choice], keys[choice]
    return group, keys


def _spread(indexes: list[int]) -> float:
    gaps = [b - a for a, b in zip(indexes, indexes[1:])]
    return statistics.pstdev(gaps) / statistics.mean(gaps) if len(gaps) > 1 else 0.0


#: a printer's signature (the mark of a gathering at the foot of its first leaves, "C",
#: "C 2", "VOL. I. C"), read with its spaces removed
_SIGNATURE_RE = re.compile(r"(?:V[O0]L[.,]?[IVXl1]{1,4}[.,])?([A-Z])([1-9]?)")


def _signatures(lines: _Lines, page_starts: tuple[int, ...], found: dict[int, Furniture],
                last_text_line: int) -> list[Furniture]:
    """The printer's signatures at the feet of the pages.

    A signature is a capital letter (after the volume, or with the leaf's number) on a
    page's last lines; the gatherings follow the alphabet, so the signatures of a book
    come in its order, each the letter of the one before or one of the next two (the
    printers' alphabet lacks J, U or W). Two or more in that order are furniture.
    """
    feet = {last_text_line} - {-1}  # (the text's end is its last page's foot)
    for p in page_starts:
        j = _nonblank(lines, p - 1, -1)
        if j is not None:
            feet.add(j)
            if j > 0 and not lines.blank[j - 1]:
                feet.add(j - 1)  # a page number above the signature, or the signature above it
    for i, f in found.items():
        before = _nonblank(lines, i - 1, -1)
        if before is not None and f.rule == RULE_FURNITURE:
            feet.add(before)  # the last line of the page before a running head
        if f.rule == RULE_PAGE_NUMBER and i + 1 < len(lines) and not lines.blank[i + 1]:
            feet.add(i + 1)  # a signature under a page number
    marks = []
    for j in sorted(feet - found.keys()):
        s = _SPECKS_AFTER_RE.sub("", lines.texts[j]).replace(" ", "").replace("\t", "")
        m = _SIGNATURE_RE.fullmatch(s)
        if m and (j + 1 >= len(lines) or lines.blank[j + 1] or _next_is_start(lines, j) or j + 1 in found
                  or j + 1 in feet):
            marks.append((j, ord(m.group(1)), int(m.group(2) or 1)))
    out: list[Furniture] = []
    run: list[tuple[int, int, int]] = []
    for mark in marks + [(-1, -1, -1)]:
        if run and 0 <= mark[1] - run[-1][1] <= 2 and mark[1:] > run[-1][1:]:
            run.append(mark)
            continue
        if len(run) >= 2:
            out += [Furniture(lines[j], RULE_SIGNATURE, f"printer's signature {chr(letter)}, one of {len(run)} "
                              "in the alphabet's order at page feet", 0.9, "") for j, letter, _ in run]
        run = [mark]
    return out


def _only_blank_between(lines: _Lines, i: int, j: int) -> bool:
    """Whether nothing but blank lines stands between lines ``i`` and ``j`` (a page's foot
    and the next page's start, however many blank lines the page ends with)."""
    a, b = min(i, j) + 1, max(i, j)
    return all(lines.blank[a:b])


def _page_value(ln: Line) -> int | None:
    m = _PAGE_NUMBER_RE.match(ln.text)
    digits = m.group(1).replace(" ", "") if m else ""
    return int(digits) if digits.isdigit() else None


def _in_sequence(group: list[Line]) -> list[Line]:
    """The bare numbers of a group that fit the page numbering: a number far above the
    next page number, or far below the one before, is a line of the text (a year on a
    title page, a figure), not a page number. Numbers the OCR misread are not judged."""
    values = [_page_value(ln) for ln in group]
    read = [(i, v) for i, v in enumerate(values) if v is not None]
    out_of_line = set()
    for k, (i, v) in enumerate(read):
        before = read[k - 1][1] if k > 0 else None
        after = read[k + 1][1] if k + 1 < len(read) else None
        if not _fits(v, before, after):
            out_of_line.add(i)
    return [ln for i, ln in enumerate(group) if i not in out_of_line]


def _in_sequence_furniture(numbers: list[Furniture]) -> list[Furniture]:
    kept = {ln.index for ln in _in_sequence([f.line for f in numbers])}
    return [f for f in numbers if f.line.index in kept]


def _fits(v: int, before: int | None, after: int | None) -> bool:
    """Whether page number ``v`` fits between the page numbers before and after it (two
    pages of slack: a misread digit, "218" for "216", still fits); where those two do not
    agree with each other, they are no evidence against it."""
    if (after is not None and v > after + 2) or (before is not None and v < before - 2):
        return before is not None and after is not None and before > after + 2
    return True


def _label(s: str) -> str:
    m = _PAGE_NO_IN_LINE_RE.search(s)
    return m.group().replace(" ", "") if m else ""


def _groups(key_of: dict[int, str], known: frozenset[str] = frozenset()) -> list[list[int]]:
    """Candidate lines (line index -> key, in line order) grouped by fuzzy equality of
    their keys (exact key, then similar keys, or alike but a last word mostly no word of
    ``known``: see :func:`_alike_but_last_word`), each group in line order.

    The groups are the sets of keys joined by similarity, in the order of their first
    key, each the lines of its keys in line order (``key_of`` in line order).
    """
    by_key: dict[str, list[int]] = {}
    for i, key in key_of.items():
        by_key.setdefault(key, []).append(i)
    keys = sorted(by_key)
    # each key joined to a similar one points to it, the first of the two (a key's group is
    # named by its first key); most keys are like no other and point nowhere
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k

    # Similar keys share a start or an end; comparing within those buckets keeps this
    # linear in practice while still catching OCR noise in the middle of a head.
    long_keys = [k for k in keys if len(k) >= 8]
    for edge in (slice(None, 5), slice(-5, None)):
        buckets: dict[str, list[str]] = {}
        for k in long_keys:
            buckets.setdefault(k[edge], []).append(k)
        for members in buckets.values():
            if 1 < len(members) <= 200:
                for x, y in itertools.combinations(members, 2):
                    # (a cutoff lets rapidfuzz stop early where the keys are far apart)
                    if fuzz.ratio(x, y, score_cutoff=85) >= 85:
                        a, b = root(x), root(y)
                        if a != b:
                            parent[max(a, b)] = min(a, b)
    for a, b in itertools.chain(_alike_loosely(keys), _alike_but_last_word(keys, known)):
        a, b = root(a), root(b)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # a group where its first key stands: that key's lines, and those of the keys joined to
    # it (a key like no other is a group alone, its lines in line order already)
    joined: dict[str, list[int]] = {}
    for k in parent:
        joined.setdefault(root(k), []).extend(by_key[k])
    return [sorted(by_key[k] + joined[k]) if k in joined else by_key[k] for k in keys if k not in parent]


#: a head at every page break recurs at most this many pages apart, on the median: one
#: that alternates verso and recto is missing where a chapter opens a page
_HEAD_MAX_PAGES = 4


def _every_few_pages(group: list[Line], page_starts: tuple[int, ...]) -> bool:
    """Whether lines that all stand at known page breaks recur every few pages, each on a
    page of its own: counted in pages, not lines, as pages that open chapters drop their
    heads and leave gaps of several pages (which lines alone would take for a title page
    per volume)."""
    pages = [bisect.bisect_right(page_starts, g.index) for g in group]
    gaps = [b - a for a, b in zip(pages, pages[1:])]
    return bool(gaps) and min(gaps) >= 1 and statistics.median(gaps) <= _HEAD_MAX_PAGES


def _alike_loosely(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of keys that read alike once letter spacing and look-alike letters are seen
    through (see :func:`_loose`): a head in letter-spaced small capitals is read with its
    gaps anywhere ("FRA N KENSTEIN", "FRANKE NSTEIN"), which no two keys share."""
    spaced = [k for k in keys if " " in k]
    # (the keys made loose all at once: no look-alike spans a newline)
    loose = dict(zip(spaced, _loose("\n".join(spaced)).split("\n"))) if spaced else {}
    pairs = []
    for bucket_of in (lambda k: k[:5], lambda k: k[-5:]):
        buckets: dict[str, list[str]] = {}
        for k, s in loose.items():
            if len(s) >= 8:
                buckets.setdefault(bucket_of(s), []).append(k)
        for members in buckets.values():
            if len(members) > 200:
                continue
            pairs += [(a, b) for a, b in itertools.combinations(members, 2) if fuzz.ratio(loose[a], loose[b]) >= 85]
    return pairs


def _alike_but_last_word(keys: list[str], known: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Pairs of keys of three words or more that agree in all but their last word (eight
    letters or more agreeing): a foot whose last word the OCR reads anew on every page, as
    it reads a scanner's watermark in an ornate face ("Digitized by Google", "... VjOOQlC",
    "... dOOQlC"), too far apart letter for letter for the fuzzy comparison. Only where at
    least half the last words are no word of ``known`` (the lexicon): misreadings; lines
    whose last words are words are the text's (a refrain, "Sing hey for Jo" ... "for Tom")."""
    buckets: dict[str, list[str]] = {}
    for k in keys:
        head, _, last = k.rpartition(" ")
        if head.count(" ") >= 1 and len(head) >= 8 and last != "#":
            buckets.setdefault(head, []).append(k)
    pairs = []
    for members in buckets.values():
        lasts = {m.rpartition(" ")[2] for m in members}
        if 1 < len(members) <= 200 and len(lasts) <= 2 * len(lasts - known):
            pairs += [(members[0], k) for k in members[1:]]
    return pairs


def _regular(group: list[Line], lenient: bool = False, page_lines: float = 0) -> bool:
    """Whether the lines recur at page-like intervals: spread out, and evenly (unless every
    one stands at a known page break: pages may differ in length). ``page_lines`` is the
    measured length of a page (0 when the text shows no page breaks): a head that
    alternates recto and verso recurs every two pages, however long they are."""
    gaps = [b.index - a.index for a, b in zip(group, group[1:])]
    if not gaps or min(gaps) < 3:
        return False
    med = statistics.median(gaps)
    # two pages and a half: a page's length varies with the lines its furniture takes
    if med < _SPREAD_MIN_LINES or med > max(_SPREAD_MAX_LINES, 2.5 * page_lines):
        return False  # closer than pages, or farther apart than pages (a title page per volume)
    if len(gaps) == 1 or lenient:
        return True
    spread = statistics.pstdev(gaps) / statistics.mean(gaps)
    return spread <= 0.5 or _pages_skipped(gaps, med)


#: how far a gap may be from a whole number of a head's intervals, as a share of one
_SKIP_TOLERANCE = 0.15


def _pages_skipped(gaps: list[int], med: float) -> bool:
    """Whether the gaps are the head's interval, most of them, and a whole number of it (up to
    ``_HEAD_MAX_PAGES``) the others: a head missing where a chapter opens a page or the OCR read
    it past knowing, which a plain spread counts against it. Each gap near a multiple: random
    recurrence (a heading now and then) seldom is."""
    wholes = [round(g / med) for g in gaps]
    return all(1 <= k <= _HEAD_MAX_PAGES and abs(g - k * med) <= _SKIP_TOLERANCE * med for g, k in zip(gaps, wholes)) \
        and 2 * wholes.count(1) > len(gaps)


def remove_furniture(text: str, ctx: CleanContext) -> list[Edit]:
    """Remove running heads, running feet and page numbers.

    Repairs: lines recurring at page-like intervals (fuzzily, digits masked: heads with
    page numbers, alternating recto and verso heads, OCR noise; a head missing from a page or
    a few, its gaps then whole numbers of its interval), a head too short for a fuzzy match
    misread (``MRK 123``) whose folio falls between those of the heads around it, or set apart
    beside its folio (``Mnrk`` under ``223``), bare page numbers (a
    space the OCR saw inside one: ``4 3``) and truncated heads at page breaks, a bare
    number alone inside a page that is the one the page numbers around it leave for it
    (a recto's corner number written between the columns), a one-word head in capitals
    after a blank line on every other page (a verso's head written before the second column), one-word
    heads and heads misread letter for letter (``IVIARK``, ``TITLE-``) where a page
    breaks, heads in letter-spaced small capitals read with gaps anywhere (``FRA N
    KENSTEIN``: compared with the spaces removed and look-alike letters folded), printers'
    signatures at page feet (``C 2``, ``VOL. I. D``: two or more in the alphabet's order)
    and a bare page number just above one (a chapter's opening page), a foot read anew
    in its last word on every page (``Digitized by VjOOQlC``), lines of glyphs beside the
    furniture (the rule under a head read ``______`` or ``- — — -``, binding shadow) and
    lines of glyphs that are no rule at a page's edge (a plate's engraving). The page
    breaks are kept as metadata (see :func:`page_breaks`).
    Never touches: lines of running text, a heading or a word that recurs irregularly, a
    short line like a head whose number is not the page's there (``Mary 40``), a
    line of the text that reads like the head between two of its pages (a title page's
    ``TITLE;``), a rule or a row of asterisks apart from the furniture (a section break),
    a plate caption's ``Page 57``, anything in a Markdown witness.
    A column rule read as a bar at a line's edge, set apart from a line of prose
    (``that he was |``, ``| nately``, ``Fortu- |``), is removed too; a bar that is the
    text's own is kept: a second bar on the line (a table's row, a grammar's
    alternatives), a bar at the same edge of the line before or after (a quotation's or a
    box's rule runs down its lines), a line of no prose (a table's ``| 34.3 173``).
    """
    edits = []
    for f in find_furniture(text, ctx):
        end = f.line.end + 1 if f.line.separator == "\n" else f.line.end
        edits.append(Edit(f.line.start, end, "", f.rule, f.evidence, f.confidence))
    if "|" in text or "¦" in text:
        lines = {e.start for e in edits}  # (the furniture's lines: their bars go with them)
        bars = [e for e in _column_rules(text) if text.rfind("\n", 0, e.start) + 1 not in lines]
        if bars:
            edits = sorted(edits + bars, key=lambda e: e.start)
    return edits


#: a bar at a line's start or end, set apart by spaces from the line's prose (matched at
#: the line's start, or at the spaces before the bar, found from each bar: a book has few)
_BAR_OPENS_RE = re.compile(r"[ \t]*[|¦][ \t]+(?=\S)")
_BAR_ENDS_RE = re.compile(r"[ \t]+[|¦][ \t]*(?=\n|\Z)")
#: a word of prose: three small letters or more
_PROSE_WORD_RE = re.compile(r"[a-z]{3,}")


def _column_rules(text: str) -> list[Edit]:
    """A column rule read as a bar at a line's edge (see remove_furniture), removed."""
    edits = []
    for m in _edge_bars(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        at_start = m.start() == start
        rest = line[m.end() - start:] if at_start else line[:m.start() - start]
        if "|" in rest or "¦" in rest or len(_PROSE_WORD_RE.findall(rest)) < 2:
            continue
        if any(_bar_at_edge(text, i, at_start) for i in (start - 1, end + 1)):
            continue
        edits.append(Edit(m.start(), m.end(), "", RULE_COLUMN_RULE,
                          "a bar at a line's edge, the only one on a line of prose: a column rule "
                          "the OCR read", 0.85))
    return edits


def _edge_bars(text: str) -> list[re.Match[str]]:
    """The bars set apart at a line's start (the match from the line's start) or end (from
    the spaces before the bar, a word before them), in order."""
    out = []
    for bar in "|¦":
        i = text.find(bar)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            m = _BAR_OPENS_RE.match(text, start)
            if m is None or m.end() <= i:
                j = i
                while j > start and text[j - 1] in " \t":
                    j -= 1
                m = _BAR_ENDS_RE.match(text, j) if start < j < i else None
            if m is not None:
                out.append(m)
            i = text.find(bar, i + 1)
    return sorted(out, key=re.Match.start)


def _bar_at_edge(text: str, at: int, at_start: bool) -> bool:
    """Whether the line holding ``at`` (before the text's start or past its end: none)
    opens (``at_start``) or ends with a bar."""
    if at < 0 or at >= len(text):
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end].strip(" \t")
    return bool(line) and (line[0] if at_start else line[-1]) in "|¦"


def page_breaks(text: str, ctx: CleanContext) -> list[tuple[str, int]]:
    """Where each page after the first begins: (label, offset into ``text``).

    A page begins after a form feed, after a run of blank lines, at a running head, or
    after a running foot (and the printer's signature under it). The label is the page
    number the furniture shows (a foot's number belongs to the page it ends, so the next
    page is that number plus one), else empty.
    """
    lines = _lines(text)
    furniture = find_furniture(text, ctx)
    is_furniture = {f.line.index for f in furniture}
    nonblank = list(itertools.compress(range(len(lines)), map(operator.not_, lines.blank)))
    starts = _text_page_starts(text, ctx.settings.page_gap_blank_lines)
    start_set = set(starts)
    candidates: list[tuple[int, str, bool]] = [(i, "", False) for i in starts]
    signatures = {f.line.index for f in furniture if f.rule == RULE_SIGNATURE}
    for f in furniture:
        if f.evidence.startswith((_INSIDE_PAGE, _INSIDE_PAGE_HEAD)):
            continue  # (its page began at the form feed or head above it)
        k = bisect.bisect_right(nonblank, f.line.index)
        # a signature ends its page's foot: the page after begins after it
        while k < len(nonblank) and nonblank[k] in signatures:
            k += 1
        following = nonblank[k] if k < len(nonblank) else None
        if following is None:
            continue  # a foot on the last page begins no page
        if f.rule == RULE_SIGNATURE:
            candidates.append((following, "", False))
        elif following in is_furniture or ctx.fmt == "text" and following - f.line.index > 1 and \
                _PAGE_NUMBER_RE.match(f.line.text) and f.line.index > 0 and (
                    _next_is_start(lines, f.line.index) or following in start_set):
            label = str(int(f.page_label) + 1) if f.page_label.isdigit() else ""
            candidates.append((following, label, False))
        else:
            candidates.append((f.line.index, f.page_label, True))
    merged: list[tuple[int, str]] = []
    for pos, label, from_head in sorted(candidates):
        if pos <= 0:
            continue
        if merged and (pos - merged[-1][0] <= 3 or _only_blank_between(lines, merged[-1][0], pos)):
            prev_pos, prev_label = merged[-1]
            merged[-1] = (prev_pos, label if from_head and label else prev_label or label)
        else:
            merged.append((pos, label))
    return [(label, lines.starts[i]) for i, label in _labels_between(merged)]


def _labels_between(merged: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The page breaks with an unlabelled page numbered between its neighbours where they
    leave it one number (a chapter's opening page, numbered at its foot: the number labels
    the page after it, the page's own label is the one before it plus one)."""
    out = list(merged)
    for k in range(1, len(out) - 1):
        before, after = out[k - 1][1], out[k + 1][1]
        if not out[k][1] and before.isdigit() and after.isdigit() and int(after) - int(before) == 2:
            out[k] = (out[k][0], str(int(before) + 1))
    return out


def _next_is_start(lines: _Lines, i: int) -> bool:
    return lines.separators[i] == "\f"
