"""Blocks and what several block filters judge alike: sentence ends, floats, bullet lines, numbered and short titles."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from variorum.clean.chain import MARKUP
from variorum.clean.lexicon import FUNCTION_WORDS

_BLOCK_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
#: the blank lines between two blocks, after the newline that ends the first
_GAP_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
_NON_SPACE_RE = re.compile(r"\S")
#: a run of letters (a word without its apostrophes, digits or underscores)
LETTERS_RE = re.compile(r"[^\W\d_]+")
#: sentence-final punctuation, possibly inside closing quotes or brackets: at the end of
#: a block, what re.search(r"[.!?:…][\"'”’)\]]*$", block) finds
_TERMINALS, _CLOSERS = ".!?:…", "\"'”’)]"
#: what opens a caption: its label and number
CAPTION_LABEL = (r"[ \t]*(?:Table|TABLE|Figure|FIGURE|Fig\.|FIG\.|Chart|Graph|Scheme|Plate|PLATE|Map|Exhibit)"
                 r"[ \t]+[0-9IVXivx]+\b")
#: a line of image residue the OCR read above a caption: one to three marks, no letter or figure
CAPTION_RESIDUE = r"[ \t]*(?:[^\w\s][ \t]*){1,3}\n"
_CAPTION_RE = re.compile(f"(?:{CAPTION_RESIDUE})?" + CAPTION_LABEL)
#: OCR readings of a bullet glyph: letters and signs a scanner makes of "•"; a glyph that is
#: nothing but a bullet may be glued to its item ("•The": the OCR lost the space)
BULLET_RE = re.compile(r"[ \t]*([oe»+*¢•●▪■◦·©®«>-])(?:[ \t]+|(?<=[•●▪■◦·]))(?=[\"“'‘(]?[A-Z0-9])")
# the same, also as the Markdown writer escapes it (``\+``): a cleaned text is judged alike
BULLET_OR_ESCAPED_RE = re.compile(r"[ \t]*\\?([oe»+*¢•●▪■◦·©®«>-])(?:[ \t]+|(?<=[•●▪■◦·]))(?=[\"“'‘(]?[A-Z0-9])")
#: a line that may open an item of a hanging-indent list: a one-character glyph (a sign, or
#: a letter a scanner makes of a round bullet) and spaces, then the item's text in any case
_HANGING_ITEM_RE = re.compile(r"([ \t]*)([oe»+*¢•●▪■◦·©®«°>-])([ \t]+(?=\S)|(?<=[»+*¢•●▪■◦·©®])(?=[\"“'‘(]?[A-Z]))")
# the same found from the newline before the line (as _BULLET_LINE_RE is)
_HANGING_LINE_RE = re.compile(r"\n(?=" + _HANGING_ITEM_RE.pattern + r")")
#: a figure standing as a word: "746", "1,759", "36.1"
_FIGURE_RE = re.compile(r"\d[\d,.]*")
_NUMBERED_RE = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)([ \t]*)(?=[A-Z])(.*\S)[ \t]*$")
#: a line a Markdown witness means as structure: a list item, heading, quote, table row, HTML,
#: fence or code (linejoin joins no line into one; whitespace keeps its spaces)
MD_STRUCTURE_LINE_RE = re.compile(r"[ \t]*(?:[-+*][ \t]|\d+[.)][ \t]|#|>|\||<|```|~~~|\t| {4})")
# md_structure also counts an image or a footnote's definition: a block holding one is no
# prose to re-flow, though a soft break may still run into an image inline
_MD_BLOCK_STRUCTURE_RE = re.compile(MD_STRUCTURE_LINE_RE.pattern.removesuffix(")") + r"|!\[|\[\^)")


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines: ``text[start:end]``."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def split_blocks(text: str) -> list[Block]:
    """The runs of non-blank lines of ``text``, in order: what _BLOCK_RE finds (tests compare)."""
    # title-split and drop-caps read one text (unless a title was split): its blocks are
    # found once, the text known again by identity or equality (a hash would read it all)
    last_text, last_blocks = _LAST_SPLIT
    if text == last_text:
        return list(last_blocks)
    blocks = _split_blocks(text)
    _LAST_SPLIT[:] = text, tuple(blocks)
    return blocks


#: the text split last and its blocks (one process cleans one witness at a time: a module's
#: slot serves; it keeps that text alive until the next split, and is not for threads)
_LAST_SPLIT: list = [None, ()]


def _split_blocks(text: str) -> list[Block]:
    """:func:`split_blocks`, found afresh."""
    # Found from the gaps between them: a gap's pattern opens with a newline, which the
    # engine skips to in C, where _BLOCK_RE backtracks over every line (half the cost).
    # A gap takes every blank line that ends in a newline, so only the text's first stretch
    # can begin with blank lines, and only its last can end with them.
    first = _NON_SPACE_RE.search(text)
    if first is None:
        return []
    bounds = [0, *itertools.chain.from_iterable(map(re.Match.span, _GAP_RE.finditer(text))), len(text)]
    starts, ends = bounds[::2], bounds[1::2]
    if first.start() >= ends[0]:
        del starts[0], ends[0]
    else:
        starts[0] = text.rfind("\n", 0, first.start()) + 1
    last = len(text.rstrip())  # (just after the last non-blank character)
    if last <= starts[-1]:
        del starts[-1], ends[-1]
    else:
        end = text.find("\n", last)
        ends[-1] = len(text) if end < 0 else end
    # Block(start, end) with its instance dict filled at once, as base.make_edit does for
    # an Edit: a book has thousands of blocks, and four filters split it
    blocks = []
    add = blocks.append
    for start, end in zip(starts, ends):
        block = _new_object(Block)
        fields = block.__dict__
        fields["start"], fields["end"] = start, end
        add(block)
    return blocks


_new_object = object.__new__


def first_char(s: str) -> str:
    """The first non-space character of ``s`` ("" if none)."""
    s = s.lstrip()
    return s[:1]


def more_words_than(s: str, n: int) -> bool:
    """``len(s.split()) > n``, without splitting a whole paragraph into words to know it."""
    return len(s.split(None, n)) > n if n >= 0 else True


def starts_with_digit(s: str) -> bool:
    """Whether the first non-space character is a decimal digit (what ``\\d`` matches).

    A numbered heading starts so: blocks that don't are not flattened to be judged.
    """
    m = _FIRST_NON_SPACE_RE.match(s)
    return m is not None and m.group(1).isdecimal()


_FIRST_NON_SPACE_RE = re.compile(r"\s*(\S)")


#: a plate's caption: a quotation of the text in capitals, then the page it illustrates
#: ("“HE ENTREATED ME TO WRITE OFTEN.” Page 57"), on a line or two
_PLATE_CAPTION_RE = re.compile(r"[ \t]*[\"“‘'(]?[A-Z](?:[^a-z\n]|\n(?!\n)){4,300}?[.!?\"”’')][ \t]*\n?[ \t]*"
                               r"(?:Facing |To face )?[Pp]age[ \t]+\d{1,4}\.?[ \t]*")


def is_caption(s: str) -> bool:
    return _CAPTION_RE.match(s) is not None or (s[-1:].isdigit() or s[-2:-1].isdigit()) and \
        _PLATE_CAPTION_RE.fullmatch(s.rstrip()) is not None


def _is_table(s: str) -> bool:
    lines = s.split("\n")
    return any("\t" in ln or ln.lstrip().startswith(("|", "+-", "![")) for ln in lines)


def is_float(s: str, fmt: str) -> bool:
    """Whether a block is a float: a caption, or (in Markdown) a table."""
    return is_caption(s) or (fmt == "markdown" and _is_table(s))


def md_structure(s: str) -> bool:
    """Whether any line of a Markdown block is structure (a list item, a table row, code...)."""
    return any(_MD_BLOCK_STRUCTURE_RE.match(line) for line in s.split("\n")) or _is_table(s)


def ends_sentence(s: str) -> bool:
    """The terminal pattern searched in ``s.rstrip()``, read from the end: closing quotes and brackets
    stripped, then sentence punctuation (the two sets are disjoint, so this is the same
    test, without a regex tried at every position of a paragraph)."""
    t = s.rstrip().rstrip(_CLOSERS)
    return t != "" and t[-1] in _TERMINALS


def last_word(s: str) -> str:
    """The last run of letters in the last 60 characters of ``s``, in lower case ("" if none)."""
    w = LETTERS_RE.findall(s[-60:])
    return w[-1].lower() if w else ""


def is_bullet_line(line: str) -> bool:
    return BULLET_RE.match(line) is not None


@dataclass(frozen=True)
class Numbered:
    """A numbered section title, as numbered_heading reads it from a line."""

    number: str
    dot: str
    space: str
    title: str
    offset: int  # where the number starts in the line


def numbered_heading(line: str) -> Numbered | None:
    """The numbered section title a one-line block reads as ("2.1 Methods", "3. Results"), or None:
    a number with no dot in or after it ("2 Kings"), or words that read as a sentence going on
    (ending as a sentence or clause does, or in a function word, or longer than fifteen words)."""
    if "\n" in line.strip():
        return None
    m = _NUMBERED_RE.match(line)
    if m is None:
        return None
    number, dot, space, title = m.groups()
    if not dot and "." not in number:
        return None  # "2 Kings": a number without a dot is no section number
    if ends_sentence(title) or title.endswith((",", ";")) or len(title.split()) > 15:
        return None
    if last_word(title) in FUNCTION_WORDS and title[-1:].isalpha():
        return None  # a sentence going on, not a title
    return Numbered(number, dot, space, title, m.start(1))


def title_like(flat: str, nxt: str | None, max_words: int) -> bool:
    """Whether a block (its lines joined) reads as a title: short, capitalised, no sentence."""
    words = flat.split()
    if not words or len(words) > max_words or len(flat) > 200:
        return False
    first = first_char(flat)
    if not first.isupper() or is_caption(flat) or is_bullet_line(flat):
        return False
    s = flat.rstrip()
    if s[-1] in ".,;!?-" or "," in flat or (s.endswith(":") and len(words) > 1):
        return False
    if last_word(s) in FUNCTION_WORDS:
        return False
    if sum(1 for w in words if _FIGURE_RE.fullmatch(w)) >= 2:
        return False  # a table's row of figures ("Rabbit 746 36.1"), set apart from its caption
    if len(words) > max_words // 2 and _reads_as_sentence(words):
        return False
    if nxt is None:
        return False
    nf = first_char(nxt)
    if s.endswith(":") and (nf == MARKUP or BULLET_OR_ESCAPED_RE.match(nxt)):
        return False  # "Points:" before a list introduces it
    if s.endswith(":") and not more_words_than(nxt, max_words):
        # a colon leads into what follows: a heading ("Abstract:") into the body of text it
        # heads; before another short line it is one line of a display (an imprint
        # "London:" / "PRINTED FOR", a title "FRANKENSTEIN:" / "OR, THE MODERN PROMETHEUS")
        return False
    return bool(nf) and (nf.isupper() or nf.isdigit() or nf in "\"“'‘(" or nf == MARKUP)


#: the closed class of English words that make a clause: a finite auxiliary or a subject
#: pronoun. A title is a phrase and has none, but a short one may ("Man is born free")
CLAUSE_WORDS = frozenset("""is are was were am has have had do does did can could may might must
    shall should will would i he she we they you""".split())
_WORD_EDGE = "\"“”‘’'()[],;:.!?"


def _reads_as_sentence(words: list[str]) -> bool:
    """Whether a line reads as a sentence: in sentence case (a title of many words capitalises
    its words), with a word that makes a clause."""
    rest = [w for w in words[1:] if w[:1].isalpha()]
    capitals = sum(1 for w in rest if w[0].isupper() and w != "I")
    if capitals * 4 > len(rest):
        return False
    return any(w.strip(_WORD_EDGE).lower() in CLAUSE_WORDS for w in words)


def hanging_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of the line start, glyph and spaces opening each item of a hanging-indent list.

    A list: two or more lines in a row opening with a glyph and its spaces at one place
    (a sign misread otherwise now and then, or glued to a later item), each followed only by lines indented to the item's text (its hanging
    indent) or by blank lines; at least one item runs onto such a line. That layout, not
    the glyph or the case of the word after it, tells an item: a lone ``o`` or ``e``
    opening a line of prose has no lines hanging under it.
    """
    return [item for items, _ in hanging_lists(text) for item in items]


def hanging_lists(text: str) -> list[tuple[list[tuple[int, int]], int]]:
    """Each hanging-indent list: its items (as hanging_items gives them), and where it ends."""
    found: list[tuple[list[tuple[int, int]], int]] = []
    run: list[tuple[int, int]] = []  # the items of the list being read
    key = ("", "", 0)  # its lead, glyph and hanging indent
    hung = False  # whether an item of the run has a line hanging under it
    reach = -1  # where the lines read after the run's last item end
    # only the few lines that open like an item are read from (a book has thousands of lines)
    for c in _HANGING_LINE_RE.finditer("\n" + text):
        pos = c.start()  # (the line's start in text: the padded text has one character more)
        if pos < reach:
            continue  # read already, as a line hanging under an item
        m = _HANGING_ITEM_RE.match(text, pos)
        assert m is not None
        lead, glyph, hang = m.group(1), m.group(2), m.end() - pos
        if not m.group(3):  # a sign glued to its item (a lost space) goes on with a list, opens none
            if not (run and pos == reach):
                continue
            hang = key[2]  # (its lines hang as the items' before it)
        # (a glyph misread otherwise than the items' before it, in the same place: one list,
        # unless both are letters, which may be prose: "o one thing", "e another")
        same = (run and pos == reach and (glyph == key[1] or not (glyph + key[1]).isalpha())
                and hang - key[2] in (0, 1)
                and lead in (key[0], key[0] + " "))
        if not same:
            if len(run) >= 2 and hung:
                found.append((run, reach))
            run, key, hung = [], (lead, glyph, hang), False
        run.append((pos, m.end()))
        reach, under = _hanging_lines(text, m.end(), key[2])
        hung = hung or under
    if len(run) >= 2 and hung:
        found.append((run, reach))
    return found


def _hanging_lines(text: str, pos: int, hang: int) -> tuple[int, bool]:
    """Where the lines after an item's first line (which goes on at ``pos``) stop hanging
    under it: the start of the next line that is neither blank nor indented by ``hang``
    (or one more space: the first line of a column, as some OCR marks it); and whether any
    line hung so."""
    hung = False
    end = text.find("\n", pos)
    while end >= 0:
        start = end + 1
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if not line.strip(" \t\f"):
            continue
        if len(line) - len(line.lstrip(" ")) not in (hang, hang + 1):
            return start, hung
        hung = True
    return len(text), hung
