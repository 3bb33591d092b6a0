"""Turn a Variorum into Pandoc Markdown: the reading text with every variant marked and its apparatus."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Mapping, Sequence

from variorum.clean.markdown import escape_text
from variorum.clean.report import visible
from variorum.model import UNIT_KINDS, Emendation, Unit, Variorum, page_labels, pagebreaks_of
from variorum.render.settings import RenderSettings

Target = Literal["html", "print", "epub"]

#: the name of each variant kind as the reader sees it, and its short label
KIND_LABELS: dict[str, tuple[str, str]] = {
    "punctuation": ("punctuation", "punct."),
    "orthographic": ("spelling, case or hyphenation", "orth."),
    "substantive": ("different words", "subst."),
    "omission": ("passage missing in a witness", "om."),
    "addition": ("passage only in a witness", "add."),
    "transposition": ("passage moved", "transp."),
    "rewrite": ("passage reworded", "rewr."),
    "structure": ("paragraph division", "struct."),
}

#: Markdown that opens a line and must stay outside an inline span (heading, list item,
#: block quote, indentation); looped because a quote may hold a list item
_LINE_PREFIX = re.compile(r"(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?|[ \t]+)")
#: print: the notes gathered so far become one footnote at the next sentence end once there
#: are this many (else at the paragraph end); WeasyPrint lays out every footnote of a page
#: again for each new one, so fewer, fuller footnotes keep a dense apparatus fast
_FOOTNOTE_GROUP = 6
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
_PARTIAL_PREFIX = re.compile(r"#{1,6}|[-*+]|\d{1,9}[.)]?|>")
_HEADING = re.compile(r"#{1,6}[ \t]")
_WORD = re.compile(r"\S+")


def md_escape(text: str) -> str:
    """Plain text as one line of Pandoc Markdown that reads back as exactly that text."""
    # a newline in a label or caption is layout, not content
    return escape_text(re.sub(r"\s*\n\s*", " ", text))


def _ends_in_escape(fragment: str) -> bool:
    """True when the fragment ends inside a backslash escape (an odd run of backslashes)."""
    run = len(fragment) - len(fragment.rstrip("\\"))
    return run % 2 == 1


def _balance_brackets(fragment: str) -> str:
    """Escape the brackets of a fragment whose unescaped brackets do not pair up.

    A reading is a substring of the witness, so a link or a bracketed span may be cut at
    its edge; left alone, a lone bracket would close the span we wrap around it.
    """
    depth = 0
    i = 0
    balanced = True
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth < 0:
                balanced = False
                break
        i += 1
    if balanced and depth == 0:
        return fragment
    return re.sub(r"(?<!\\)((?:\\\\)*)([\[\]])", r"\1\\\2", fragment)


def split_prefix(line: str) -> tuple[str, str]:
    """Split the block markup that opens a line (``# ``, ``- ``, ``1. ``, ``> ``) from its text."""
    pos = 0
    while True:
        m = _LINE_PREFIX.match(line, pos)
        if not m or m.end() == pos:
            return line[:pos], line[pos:]
        pos = m.end()


def inline_reading(fragment: str) -> str:
    """A reading as one line of inline Markdown: block markup dropped, block breaks shown as ¶."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", fragment)]
    shown = []
    for block in blocks:
        lines = [split_prefix(line)[1] for line in block.split("\n")]
        shown.append(" ".join(line for line in lines if line.strip()))
    text = " ¶ ".join(b for b in shown) if len(shown) > 1 else shown[0]
    text = re.sub(r"[ \t]+", " ", text)
    if _ends_in_escape(text):
        text += "\\"
    return _balance_brackets(text)


def abbreviate(fragment: str, max_words: int) -> str:
    """A long lemma cited as its first and last words around an ellipsis."""
    text = inline_reading(fragment).strip()
    words = _WORD.findall(text)
    if len(words) <= max_words:
        return text
    keep = max(1, max_words // 2)
    head = " ".join(words[:keep])
    tail = " ".join(words[-keep:])
    return _balance_brackets(f"{head} … {tail}")


def word_count(fragment: str) -> int:
    return len(_WORD.findall(inline_reading(fragment)))


def is_long(reading: str, settings: RenderSettings) -> bool:
    """A reading shown whole as a passage rather than in a note: a long one, or one of
    several paragraphs too long to cite whole in a note."""
    words = word_count(reading)
    if words > settings.box_min_words:
        return True
    return "\n\n" in reading.strip() and words > settings.lemma_max_words


@dataclass(frozen=True)
class Group:
    """Witnesses that share one reading of a unit."""

    reading: str
    sigla: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Entry:
    """One apparatus entry: a variant unit as the edition shows it."""

    n: int
    unit: Unit
    anchor: str
    lemma: str
    lemma_sigla: tuple[str, ...]
    groups: tuple[Group, ...]
    kind: str
    boxed: bool
    link: str | None = None  # anchor of the other end of a transposition
    link_n: int | None = None


@dataclass(frozen=True)
class Rendered:
    """The Markdown of the edition and what was found while writing it."""

    body: str
    front: str
    back: str
    entries: tuple[Entry, ...]
    reading_siglum: str
    kinds_present: tuple[str, ...]
    #: the witnesses whose original page breaks the text marks
    paged: tuple[str, ...] = ()


def reading_siglum(v: Variorum) -> str:
    """The witness whose text is the reading text: the base, or else the first witness."""
    if v.base:
        return v.base
    if not v.witnesses:
        raise ValueError("a variorum without witnesses has no text to render")
    return v.witnesses[0].siglum


def reading_label(v: Variorum) -> str:
    """How the edition names its reading text, saying so when no base was chosen."""
    siglum = reading_siglum(v)
    return siglum if v.base else f"{siglum} (the first witness: no base was chosen)"


def _anchor(n: int) -> str:
    return f"app-{n}"


def make_entries(v: Variorum, settings: RenderSettings) -> dict[str, Entry]:
    """Every variant unit that the apparatus shows, numbered in document order, by unit id."""
    base = reading_siglum(v)
    others = [s for s in v.sigla if s != base]
    hidden = set(settings.hide_kinds)
    raw: list[tuple[Unit, tuple[str, ...], tuple[Group, ...]]] = []
    for unit in v.units:
        if not unit.is_variant or unit.kind in hidden:
            continue
        lemma = unit.readings.get(base, "")
        agree = tuple(s for s in others if unit.readings.get(s, "") == lemma)
        by_reading: dict[str, list[str]] = {}
        for s in others:
            r = unit.readings.get(s, "")
            if r != lemma:
                by_reading.setdefault(r, []).append(s)
        groups = []
        for r, sigla in by_reading.items():
            kind = unit.kinds.get(sigla[0], unit.kind)
            if kind in hidden or kind == "agreement":
                continue
            groups.append(Group(r, tuple(sigla), kind))
        if not groups:
            continue
        raw.append((unit, (base, *agree), tuple(groups)))
    numbers = {unit.id: i + 1 for i, (unit, _, _) in enumerate(raw)}
    entries: dict[str, Entry] = {}
    for unit, lemma_sigla, groups in raw:
        n = numbers[unit.id]
        lemma = unit.readings.get(base, "")
        boxed = unit.kind != "structure" and any(is_long(g.reading, settings) for g in groups)
        link_n = numbers.get(unit.link) if unit.link else None
        entries[unit.id] = Entry(
            n=n, unit=unit, anchor=_anchor(n), lemma=lemma, lemma_sigla=lemma_sigla,
            groups=groups, kind=unit.kind, boxed=boxed,
            link=_anchor(link_n) if link_n else None, link_n=link_n)
    return entries


def _sigla_md(sigla: Sequence[str]) -> str:
    return " ".join(f"[{md_escape(s)}]{{.sig}}" for s in sigla)


def _kind_md(kind: str) -> str:
    name, short = KIND_LABELS.get(kind, (kind, kind))
    return f"[{md_escape(short)}]{{.kind .k-{kind} title=\"{name}\"}}"


def entry_md(e: Entry, settings: RenderSettings) -> str:
    """The apparatus entry as inline Markdown: ``lemma] P; reading E subst.``"""
    lemma = abbreviate(e.lemma, settings.lemma_max_words)
    parts = []
    if lemma.strip():
        parts.append(f"[{lemma}]{{.lem}}\\] {_sigla_md(e.lemma_sigla)}")
    else:
        parts.append(f"[not in]{{.lem .empty}} {_sigla_md(e.lemma_sigla)}")
    for g in e.groups:
        shown = inline_reading(g.reading).strip()
        if e.boxed and is_long(g.reading, settings):
            shown = f"[passage of {word_count(g.reading)} words, given in full below]{{.see}}"
            parts.append(f"{shown} {_sigla_md(g.sigla)} {_kind_md(g.kind)}")
        elif not shown:
            label = "no paragraph break" if g.kind == "structure" else "om."
            parts.append(f"[{label}]{{.om}} {_sigla_md(g.sigla)} {_kind_md(g.kind)}")
        else:
            parts.append(f"[{shown}]{{.rdg}} {_sigla_md(g.sigla)} {_kind_md(g.kind)}")
    text = "; ".join(parts)
    if e.link:
        text += f" [(moved: see [{e.link_n}](#{e.link}))]{{.moved}}"
    return text


def _number_md(e: Entry, linked: bool, ident: str = "") -> str:
    """The variant's number in a note: a link back to its place in the text when it has one."""
    num = f"[{e.n}](#{e.anchor})" if linked else f"{e.n}"
    return f"[{num}]{{.n .k-{e.kind}{ident}}}"


def print_entry_md(e: Entry, settings: RenderSettings) -> str:
    """The apparatus entry for a footnote, with little markup (each element costs layout time)."""
    lemma = abbreviate(e.lemma, settings.lemma_max_words)
    parts = [f"{lemma}\\] {md_escape(' '.join(e.lemma_sigla))}" if lemma.strip()
             else f"*not in* {md_escape(' '.join(e.lemma_sigla))}"]
    for g in e.groups:
        shown = inline_reading(g.reading).strip()
        short = md_escape(KIND_LABELS.get(g.kind, (g.kind, g.kind))[1])
        sig = md_escape(" ".join(g.sigla))
        if e.boxed and is_long(g.reading, settings):
            parts.append(f"*passage given in full below* {sig} *{short}*")
        elif not shown:
            parts.append(f"*{'no paragraph break' if g.kind == 'structure' else 'om.'}* {sig} *{short}*")
        else:
            parts.append(f"{shown} {sig} *{short}*")
    text = "; ".join(parts)
    if e.link:
        text += f" *(moved: see {e.link_n})*"
    return text


def _box_md(e: Entry, settings: RenderSettings, linked: bool = True,
            marks: Mapping[str, Sequence[PageMark]] | None = None) -> str:
    """Long or multi-paragraph readings of other witnesses, shown whole as a marked passage
    (with the page marks of those witnesses, by siglum, at their words)."""
    out = []
    first = next((i for i, g in enumerate(e.groups) if is_long(g.reading, settings)), None)
    for i, g in enumerate(e.groups):
        if not is_long(g.reading, settings):
            continue
        sig = md_escape(", ".join(g.sigla))
        if e.link and not e.lemma.strip():
            label = f"{sig} has here the passage that the reading text has at [{e.link_n}](#{e.link})"
        elif not e.lemma.strip():
            label = f"Only in {sig}"
        elif g.kind == "omission":
            label = f"{sig} reads"
        else:
            label = f"{sig} reads instead of «{abbreviate(e.lemma, settings.lemma_max_words)}»"
        # n-app-N belongs to the note in the list when the entry has one (some witnesses
        # with short readings), else to the first passage
        listed = any(not is_long(g2.reading, settings) for g2 in e.groups)
        ident = f"n-{e.anchor}" if i == first and not listed else f"box-{e.anchor}-{i}"
        name = KIND_LABELS.get(g.kind, (g.kind, g.kind))[0]
        # a passage that stands in place of its mark carries the variant's anchor itself
        anchor = f"[]{{#{e.anchor}}}" if not linked and i == first else ""
        head = (f"{anchor}{_number_md(e, linked)} [{label}]{{.alt-label}}"
                f" [{md_escape(name)}]{{.kind .k-{g.kind}}}")
        reading, holders = _with_marks(g.reading, [m for s in g.sigla for m in (marks or {}).get(s, ())])
        body = _blocks_md(reading)
        for holder, md in holders:
            body = body.replace(holder, md)
        out.append(f"::: {{.alt .k-{g.kind} #{ident}}}\n{head}\n\n{body}\n:::")
    return "\n\n".join(out)


def _blocks_md(fragment: str) -> str:
    """A reading as standalone blocks: headings turned into marked paragraphs (kept out of the TOC)."""
    blocks = []
    for block in re.split(r"\n[ \t]*\n", fragment.strip("\n")):
        if not split_prefix(block.strip())[1].strip():
            continue  # nothing but block markup: the reading was cut just after it
        lines = block.split("\n")
        if _HEADING.match(lines[0]):
            text = " ".join(split_prefix(line)[1] for line in lines)
            blocks.append(f"[{_balance_brackets(text)}]{{.alt-heading}}")
            continue
        # a lone line of colons would close our fenced div, and a code fence cut off from
        # its other half would swallow the rest of the edition
        lines = [("\\" + line if re.match(r"\s*(?::::|```|~~~)", line) else line) for line in lines]
        text = "\n".join(lines)
        if _ends_in_escape(text):
            text += "\\"
        blocks.append(text)
    return "\n\n".join(blocks) if blocks else "[(empty)]{.om}"


def _block_kind(block: str) -> str:
    """What a block is, from its beginning: a heading, verbatim (tables, code) or text."""
    first = block.lstrip(" ")
    if _HEADING.match(first):
        return "heading"
    if first.startswith(("|", "+-", "+=", "```", "~~~")) or block.startswith("    "):
        return "verbatim"
    return "text"


# --------------------------------------------------------------------------- pagination

#: A page mark: (offset into a reading, its Markdown), placed before the word at the offset.
PageMark = tuple[int, str]


def _attr_value(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def page_mark_md(siglum: str, page: str, is_base: bool) -> str:
    """The mark of a page of a witness beginning: an empty span whose label CSS draws from
    ``data-label`` ("E 12"), so that copying or searching the text never picks it up."""
    label = f"{siglum} {page}" if page else siglum
    title = f"page {page} of {siglum} begins here" if page else f"a page of {siglum} begins here"
    role = "pb-base" if is_base else "pb-other"
    return (f'[]{{.pb .{role} wit="{_attr_value(siglum)}" page="{_attr_value(page)}" '
            f'label="{_attr_value(label)}" title="{_attr_value(title)}"}}')


@dataclass(frozen=True)
class PageMarks:
    """Where the text shows each witness's original page breaks, per unit index: in the
    reading text (``text``: offsets into the base's reading of the unit), or inside the
    passage a boxed variant shows whole (``boxed``: by siglum, offsets into its reading)."""

    text: Mapping[int, Sequence[PageMark]]
    boxed: Mapping[tuple[int, str], Sequence[PageMark]]
    sigla: tuple[str, ...]


def page_marks(v: Variorum, entries: Mapping[str, Entry], settings: RenderSettings) -> PageMarks:
    """Each page break the setting ``pagination`` shows, placed in the reading text.

    A break of the base, or of a witness that reads as the base there, is at its word; one
    inside a passage shown whole (a long addition) is at its word in that passage; one
    inside any other reading that differs from the base's is at the start of the variant.
    """
    if settings.pagination == "none" or not v.units:
        return PageMarks({}, {}, ())
    base = reading_siglum(v)
    breaks = pagebreaks_of(v)
    if settings.pagination == "base":
        breaks = {s: b for s, b in breaks.items() if s == base}
    text: dict[int, list[tuple[int, int, str]]] = {}
    boxed: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    order = {s: k for k, s in enumerate(v.sigla)}
    for siglum, items in breaks.items():
        starts = [0]
        for u in v.units:
            starts.append(starts[-1] + len(u.readings.get(siglum, "")))
        for page, offset in _labelled(items):
            if offset >= starts[-1]:
                continue  # a page on which no text of the witness begins (its last foot)
            i = bisect.bisect_right(starts, offset) - 1
            unit = v.units[i]
            rel = offset - starts[i]
            mark = (order[siglum], page_mark_md(siglum, page, siglum == base))
            reading = unit.readings.get(siglum, "")
            e = entries.get(unit.id)
            if siglum == base or reading == unit.readings.get(base, ""):
                text.setdefault(i, []).append((rel, *mark))
            elif e is not None and e.boxed and any(siglum in g.sigla and is_long(g.reading, settings)
                                                   for g in e.groups):
                boxed.setdefault((i, siglum), []).append((rel, *mark))
            else:
                text.setdefault(i, []).append((0, *mark))

    def ordered(marks: list[tuple[int, int, str]]) -> list[PageMark]:
        return [(rel, md) for rel, _, md in sorted(marks, key=lambda m: (m[0], m[1]))]

    return PageMarks({i: ordered(m) for i, m in text.items()},
                     {k: ordered(m) for k, m in boxed.items()},
                     tuple(s for s in v.sigla if s in breaks))


def _labelled(items: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """(page, offset) pairs with each page as the edition shows it (model.page_labels)."""
    return list(zip(page_labels([page for page, _ in items]), (offset for _, offset in items)))


def _with_marks(fragment: str, marks: Sequence[PageMark]) -> tuple[str, list[tuple[str, str]]]:
    """A reading given whole (a boxed passage) with a placeholder character for each page
    mark, after the block markup (``# ``, ``- ``) of its line, and (placeholder, Markdown)
    pairs to put back once the reading is written (so no bracket balancing touches them)."""
    holders: list[tuple[str, str]] = []
    c = 0xF0000  # plane 15's private use: characters no witness holds (skipped if one does)
    for _ in marks:
        while chr(c) in fragment:
            c += 1
        holders.append((chr(c), ""))
        c += 1
    out = fragment
    for k in sorted(range(len(marks)), key=lambda k: (marks[k][0], k), reverse=True):
        rel, md = marks[k]
        rel = max(0, min(rel, len(out)))
        line_start = out.rfind("\n", 0, rel) + 1
        line_end = out.find("\n", line_start)
        prefix = split_prefix(out[line_start:line_end if line_end >= 0 else len(out)])[0]
        rel = max(rel, line_start + len(prefix))
        out = out[:rel] + holders[k][0] + out[rel:]
        holders[k] = (holders[k][0], md)
    return out, holders


def _marked_core(core: str, core_start: int, marks: Sequence[PageMark]) -> str:
    """A lemma piece's text for its span, with page marks before their words; the pieces
    between marks are balanced one by one (a mark's brackets are never escaped)."""
    parts = []
    pos = 0
    for rel, mark in marks:
        cut = max(pos, min(rel - core_start, len(core)))
        parts.append(_balance_brackets(core[pos:cut]) if cut > pos else "")
        parts.append(mark)
        pos = cut
    parts.append(_balance_brackets(core[pos:]) if pos < len(core) else "")
    return "".join(parts)


@dataclass
class _Writer:
    """Writes the reading text block by block, keeping track of where a line starts."""

    target: Target
    settings: RenderSettings
    out: list[str] = field(default_factory=list)
    pending: list[Entry] = field(default_factory=list)
    boxes: list[Entry] = field(default_factory=list)
    block: str = ""  # the current block so far (to know if it is a heading or a table)
    anchored: set[int] = field(default_factory=set)
    fn_group: list[Entry] = field(default_factory=list)  # print: notes waiting for their footnote
    footnotes: bool = False  # print: the apparatus goes to the foot of the page  # entries whose place in the text has an id
    #: empty lemmas met at a block's start, marked once the block's own markup (``# ``,
    #: ``- ``) is written: a mark before it would turn the heading into a paragraph
    deferred: list[Entry] = field(default_factory=list)
    #: page marks met where no mark may stand yet (a block's or line's markup to come, a
    #: heading, a table): written before the next text of a paragraph or list item
    pages: list[str] = field(default_factory=list)
    #: page marks of the passages boxed variants show whole: by unit id, then siglum
    box_marks: Mapping[str, Mapping[str, Sequence[PageMark]]] = field(default_factory=dict)

    @property
    def line_start(self) -> bool:
        return self.block == "" or self.block.endswith("\n")

    @property
    def kind_of_block(self) -> str:
        return _block_kind(self.block)

    def text(self, fragment: str) -> None:
        """Base text outside any variant: written as it is, flushing notes at block ends."""
        parts = re.split(r"(\n[ \t]*\n)", fragment)
        for i, part in enumerate(parts):
            if i % 2 == 1:
                self._separator(part)
                continue
            m = (_SENTENCE_END.search(part)
                 if len(self.fn_group) >= _FOOTNOTE_GROUP and self.kind_of_block == "text" else None)
            if m:
                # the page's notes so far go to its foot at the end of the sentence
                self.out.append(part[:m.end()])
                self.block += part[:m.end()]
                self._group_notes()
                part = part[m.end():]
            if part:
                part = self._place_deferred(part)
                self.out.append(part)
                self.block += part

    def page(self, mark: str) -> None:
        """A page mark before the text that follows: at once inside a paragraph's line,
        else deferred until the markup that opens a block or line is written."""
        if self.line_start or self.kind_of_block != "text" or _ends_in_escape(self.block):
            self.pages.append(mark)
        else:
            self.out.append(mark)

    def text_with_marks(self, fragment: str, marks: Sequence[PageMark]) -> None:
        """:meth:`text`, with each page mark before the word at its offset."""
        pos = 0
        for rel, mark in marks:
            rel = max(pos, min(rel, len(fragment)))
            while rel < len(fragment) and fragment[rel].isspace():
                rel += 1  # a mark at a variant's start that is a space: before the word after it
            if rel > pos:
                self.text(fragment[pos:rel])
            self.page(mark)
            pos = rel
        if pos < len(fragment) or not marks:
            self.text(fragment[pos:])

    def _group_notes(self) -> None:
        """One footnote holding the notes of a sentence, run in: few floats keep layout fast."""
        if not self.fn_group:
            return
        items = " ".join(f"[{_number_md(e, True, f' #n-{e.anchor}')} {print_entry_md(e, self.settings)}]{{.entry}}"
                         for e in self.fn_group)
        self.out.append(f"[{items}]{{.fn .group}}")
        self.fn_group = []

    def _place_deferred(self, piece: str) -> str:
        """Write the block markup that opens ``piece``, then the marks of the empty lemmas
        deferred at the block's start; return what is left of ``piece``."""
        if not self.deferred and not self.pages:
            return piece
        if not self.deferred and not piece.strip():
            return piece  # page marks wait for the words they stand before
        prefix, rest = split_prefix(piece) if self.line_start else ("", piece)
        self.out.append(prefix)
        self.block += prefix
        # a heading carries no marks (the table of contents would copy them): notes only
        ctx = _block_kind(self.block + rest)
        if self.pages and ctx == "text" and rest.strip() and not _ends_in_escape(self.block):
            self.out.extend(self.pages)
            self.pages = []
        for e in self.deferred:
            if ctx == "text":
                self.out.append(f"[]{{.app .k-{e.kind} .empty #{e.anchor}}}")
                self.anchored.add(e.n)
            self._note(e, ctx)
        self.deferred = []
        return rest

    def end_block(self) -> None:
        self.block = ""
        if self.pending or self.boxes:
            self.out.append(self.flush() + "\n\n")

    def flush(self) -> str:
        parts = []
        if self.boxes:
            parts.append("\n\n".join(_box_md(e, self.settings, e.n in self.anchored, self.box_marks.get(e.unit.id))
                                      for e in self.boxes))
        if self.pending and self.target == "epub":
            notes = "\n\n".join(
                f"::: {{#n-{e.anchor} .note .k-{e.kind} epub:type=footnote}}\n"
                f"{_number_md(e, e.n in self.anchored)} {entry_md(e, self.settings)}\n:::"
                for e in self.pending)
            parts.append(f"::::: {{.apparatus role=\"note\" aria-label=\"Variants\"}}\n{notes}\n:::::")
        elif self.pending:
            items = "\n".join(
                f"- {_number_md(e, e.n in self.anchored, f' #n-{e.anchor}')} {entry_md(e, self.settings)}"
                for e in self.pending)
            parts.append(f"::: {{.apparatus role=\"note\" aria-label=\"Variants\"}}\n{items}\n:::")
        self.pending, self.boxes = [], []
        return "\n\n".join(parts)

    def finish(self) -> str:
        self._place_deferred("")
        if self.pages:
            # pages that begin with no text after them (the end, a closing heading or table)
            if self.block and self.kind_of_block == "text" and not self.line_start:
                self.out.extend(self.pages)
            else:
                self.out.append(("" if not self.block else "\n\n") + "".join(self.pages) + "\n\n")
            self.pages = []
        if self.fn_group:
            tail = []
            while self.out and not self.out[-1].strip():
                tail.append(self.out.pop())
            self._group_notes()
            self.out.extend(reversed(tail))
        if self.pending or self.boxes:
            self.out.append("\n\n" + self.flush() + "\n")
        return "".join(self.out)

    def variant(self, e: Entry, marks: Sequence[PageMark] = ()) -> None:
        """A variant unit: its lemma marked piece by piece, then its note or marker; each
        page mark (offsets into the lemma) before its word, inside the lemma's mark."""
        classes = f".app .k-{e.kind}"
        pieces = re.split(r"(\n[ \t]*\n|\n)", e.lemma)
        texts = [p for i, p in enumerate(pieces) if i % 2 == 0]
        first = next((i for i, p in enumerate(texts) if p.strip()), None)
        last = max((i for i, p in enumerate(texts) if p.strip()), default=None)
        if first is None:
            # an empty lemma (or only spaces and breaks): mark the place once, before any break
            for _, mark in marks:
                self.page(mark)
            self._note(e, self._mark_empty(e, texts[0]))
            for i, piece in enumerate(pieces[1:], start=1):
                self.text(piece) if i % 2 == 0 else self._separator(piece)
            return
        ti = 0
        pos = 0  # where the piece begins in the lemma
        todo = list(marks)
        for i, piece in enumerate(pieces):
            start, pos = pos, pos + len(piece)
            if i % 2 == 1:
                self._separator(piece)
                continue
            is_first, is_last = ti == first, ti == last
            ti += 1
            # the page marks of this piece (the last piece takes any left)
            here = [m for m in todo if m[0] < pos] if not is_last else todo
            todo = todo[len(here):]
            if not piece.strip():
                for _, mark in here:
                    self.page(mark)
                self.out.append(piece)
                self.block += piece
                continue
            orig = piece
            piece = self._place_deferred(piece)
            prefix, rest = self._split_piece(piece)
            self.out.append(prefix)
            self.block += prefix
            line = self.block.rsplit("\n", 1)[-1]
            if not split_prefix(line)[1] and _PARTIAL_PREFIX.fullmatch(rest.strip()):
                # the lemma is only block markup (``##`` against ``#``): it stays markup,
                # and its note goes to the apparatus without a mark
                for _, mark in here:
                    self.page(mark)
                self.out.append(rest)
                self.block += rest
                if is_last:
                    self._note(e, "raw")
                continue
            ctx = self.kind_of_block
            if rest and _ends_in_escape(self.block):
                # the text before ended on a backslash (a cut inside an escape): the escaped
                # character completes it outside the span
                self.out.append(rest[0])
                self.block += rest[0]
                rest = rest[1:]
            # Pandoc drops spaces at the edges of a span: they stay outside it
            core = rest.strip(" \t")
            lead = rest[:len(rest) - len(rest.lstrip(" \t"))]
            trail = rest[len(lead) + len(core):]
            if _ends_in_escape(core) or ctx != "text":
                for _, mark in here:
                    self.page(mark)  # before the piece, or deferred out of a heading or table
                here = []
            if _ends_in_escape(core):
                # a reading cut inside a backslash escape: nothing may follow it
                self.out.append(rest)
                self.block += rest
                if is_last:
                    self._note(e, "raw")
                continue
            self.out.append(lead)
            core_start = start + len(orig) - len(rest) + len(lead)
            if core:
                # marks at the lemma's first word stand before its mark, not inside it
                for _, mark in [m for m in here if m[0] <= core_start]:
                    self.out.append(mark)
                here = [m for m in here if m[0] > core_start]
            if ctx == "verbatim" or not core:
                # an empty span would be copied into the EPUB's nav, where spans need text
                self.out.append(core)
            else:
                ident = ""
                if ctx == "text" and e.n not in self.anchored:
                    # the id goes on the first piece outside a heading (ids in headings
                    # would be copied into the table of contents)
                    ident = f" #{e.anchor}"
                    self.anchored.add(e.n)
                part = "" if is_first and is_last else " .part"
                self.out.append(f"[{_marked_core(core, core_start, here)}]"
                                f"{{{classes}{part}{ident}}}")
                here = []
            for _, mark in here:
                self.page(mark)  # a piece written without a span: the marks before it
            self.block += lead + core
            if is_last:
                self._note(e, ctx)
            self.out.append(trail)
            self.block += trail

    def _split_piece(self, piece: str) -> tuple[str, str]:
        """The block markup that opens a piece, counting markup the line already began
        (a unit may start inside ``## `` when the collator cut there)."""
        line = self.block.rsplit("\n", 1)[-1]
        tail = split_prefix(line)[1]
        if tail and not _PARTIAL_PREFIX.fullmatch(tail):
            return "", piece
        prefix, _ = split_prefix(line + piece)
        cut = max(0, len(prefix) - len(line))
        return piece[:cut], piece[cut:]

    def _separator(self, sep: str) -> None:
        self._place_deferred("")  # a block that ends before any text keeps its marks
        if sep.count("\n") >= 2:
            self._group_notes()
        self.out.append(sep)
        if sep.count("\n") >= 2:
            self.end_block()
        else:
            self.block += sep

    def _mark_empty(self, e: Entry, piece: str) -> str:
        ctx = self.kind_of_block if not _ends_in_escape(self.block) else "raw"
        if e.boxed and self.block == "":
            # an addition of whole blocks at a block boundary: the passage stands here itself
            self.out.append(_box_md(e, self.settings, False, self.box_marks.get(e.unit.id)) + "\n\n")
            self.anchored.add(e.n)
            if any(not self._long(g) for g in e.groups):
                self.pending.append(e)
            self.out.append(piece)
            self.block += piece
            return "done"
        if ctx == "text" and self.block == "" and piece == "":
            self.deferred.append(e)
            return "deferred"
        if ctx == "text":
            self.out.append(f"[]{{.app .k-{e.kind} .empty #{e.anchor}}}")
            self.anchored.add(e.n)
        self.out.append(piece)
        self.block += piece
        return ctx

    def _note(self, e: Entry, ctx: str) -> None:
        """The mark after the lemma and the note it leads to (listed, footnoted or boxed)."""
        if ctx in ("done", "deferred"):
            return
        small = [g for g in e.groups if not self._long(g)]
        if e.boxed:
            self.boxes.append(e)
            if ctx == "text":
                self.out.append(self._ref(e, "boxref"))
            if small:
                self.pending.append(e)
            return
        if ctx == "text" and self.target == "print" and self.footnotes:
            self.out.append(self._ref(e, "noteref"))
            self.fn_group.append(e)
            return
        if ctx == "text":
            self.out.append(self._ref(e, "noteref"))
        self.pending.append(e)

    def _ref(self, e: Entry, role: str) -> str:
        """The mark after a lemma: a link to its note or passage, numbered like it.

        The number must not fuse with the word before it when the text is copied or
        searched: in HTML it is drawn by CSS from ``data-n`` (no text in the page); in print
        and EPUB it follows a WORD JOINER, which keeps it on the line and apart as a word.
        """
        attrs = f".app-ref .{role} .k-{e.kind} n={e.n} aria-label=\"variant {e.n}\""
        if role == "noteref":
            attrs += " role=\"doc-noteref\""
            if self.target == "epub":
                attrs += " epub:type=noteref"
        # (PDF text extraction drops the joiner, so print uses hair spaces instead)
        sep = {"html": "", "print": "\u200a", "epub": "\u2060"}[self.target]
        text = "" if self.target == "html" else f"{sep}{e.n}{sep}"
        return f"[{text}](#n-{e.anchor}){{{attrs}}}"

    def _long(self, g: Group) -> bool:
        return is_long(g.reading, self.settings)


def use_footnotes(v: Variorum, entries: Mapping[str, Entry], settings: RenderSettings) -> bool:
    """Whether the PDF's apparatus goes to the foot of the page (see ``pdf_apparatus``)."""
    if settings.pdf_apparatus != "auto":
        return settings.pdf_apparatus == "footnotes"
    words = word_count(v.text_of(reading_siglum(v)))
    return len(entries) * 1000 <= settings.footnotes_max_per_1000_words * max(words, 1)


def body_markdown(v: Variorum, entries: Mapping[str, Entry], target: Target,
                  settings: RenderSettings) -> str:
    """The reading text with every shown variant marked, as Pandoc Markdown."""
    base = reading_siglum(v)
    pages = page_marks(v, entries, settings)
    box_marks: dict[str, dict[str, Sequence[PageMark]]] = {}
    for (i, siglum), marks in pages.boxed.items():
        box_marks.setdefault(v.units[i].id, {})[siglum] = marks
    w = _Writer(target, settings, footnotes=target == "print" and use_footnotes(v, entries, settings),
                box_marks=box_marks)
    for i, unit in enumerate(v.units):
        e = entries.get(unit.id)
        marks = pages.text.get(i, ())
        if e is None:
            w.text_with_marks(unit.readings.get(base, ""), marks)
        else:
            w.variant(e, marks)
    return w.finish().strip("\n") + "\n"


def front_markdown(v: Variorum, entries: Mapping[str, Entry], settings: RenderSettings) -> str:
    """The section that explains the edition: witnesses and their sigla, the reading text, the kinds."""
    base = reading_siglum(v)
    lines = ["# About this edition {.unnumbered .front #about}", ""]
    if v.base:
        lines.append(f"The reading text is witness [{md_escape(base)}]{{.sig}}. Every place where another "
                     "witness differs is marked in the text and numbered; the numbered notes give the "
                     "other readings with the sigla of the witnesses that have them.")
    else:
        lines.append(f"No witness was chosen as base: the text of the first witness, "
                     f"[{md_escape(base)}]{{.sig}}, is shown as the reading text. It has no more authority "
                     "than the others; every place where a witness differs is marked and numbered.")
    lines += ["", "## Witnesses {.unnumbered}", ""]
    for w in v.witnesses:
        desc = md_escape(w.description) if w.description else "(no description)"
        date = f" ({md_escape(w.date)})" if w.date else ""
        lines += [f"[{md_escape(w.siglum)}]{{.sig}}", f":   {desc}{date}", ""]
    counts: dict[str, int] = {}
    for e in entries.values():
        for g in e.groups:
            counts[g.kind] = counts.get(g.kind, 0) + 1
    lines += ["## Kinds of variant {.unnumbered}", ""]
    if not counts:
        lines += ["The witnesses agree everywhere the apparatus looks.", ""]
    for kind in UNIT_KINDS[1:]:
        if kind not in counts:
            continue
        name, short = KIND_LABELS[kind]
        lines.append(f"- {_kind_md(kind)} [{md_escape(name)}]{{.kind-name}}: {counts[kind]}, "
                     f"marked [like this]{{.app .k-{kind} .sample}}")
    lines.append("")
    if settings.hide_kinds:
        lines += [f"Not listed in this edition: {md_escape(', '.join(settings.hide_kinds))}.", ""]
    return "\n".join(lines)


def _visible(text: str) -> str:
    """Emendation text with its invisible characters made visible, '∅' for none."""
    return visible(text) or "∅"


def _clip(text: str, limit: int = 60) -> str:
    """A long emendation text (a moved table, a rejoined paragraph) cut in the middle."""
    if len(text) <= limit:
        return text
    keep = limit // 2 - 1
    return f"{text[:keep]} … {text[-keep:]}"


def emendations_markdown(emendations: Mapping[str, Sequence[Emendation]],
                         settings: RenderSettings) -> str:
    """The apparatus of editorial emendations: counts per rule, and every non-trivial change listed."""
    if not emendations:
        return ""
    lines = ["# Editorial emendations {.unnumbered #emendations}", "",
             "The witnesses were cleaned of OCR and conversion artefacts before collation. "
             "Each change is counted below by rule; routine ones (line joins, spacing) are only "
             "counted, every other applied change is listed with its place in the source file.", ""]

    def trivial(rule: str) -> bool:
        return any(rule.startswith(p) for p in settings.summarised_rules)

    for siglum in sorted(emendations):
        items = [e for e in emendations[siglum] if e.status == "applied"]
        suggested = [e for e in emendations[siglum] if e.status != "applied"]
        lines += [f"## Witness {md_escape(siglum)} {{.unnumbered}}", ""]
        if not items and not suggested:
            lines += ["No changes.", ""]
            continue
        per_rule: dict[str, int] = {}
        for e in items:
            per_rule[e.rule] = per_rule.get(e.rule, 0) + 1
        lines += ["| Rule | Applied |", "|:-----|------:|"]
        for rule in sorted(per_rule):
            lines.append(f"| {md_escape(rule)} | {per_rule[rule]} |")
        lines += ["", f"Table: Applied emendations in {md_escape(siglum)} by rule", ""]
        listed = [e for e in items if not trivial(e.rule)]
        if listed:
            lines += ["| Line:col | Source | Edition | Rule |", "|---:|:---|:---|:---|"]
            for e in sorted(listed, key=lambda e: (e.offset, e.id)):
                lines.append(f"| {e.line}:{e.column} | {md_escape(_clip(_visible(e.before)))} | "
                             f"{md_escape(_clip(_visible(e.after)))} | {md_escape(e.rule)} |")
            lines += ["", f"Table: Emendations in {md_escape(siglum)}, in the order of the source file", ""]
        if suggested:
            lines += [f"{len(suggested)} further change(s) were suggested by the cleanup but not applied.", ""]
    return "\n".join(lines)


def _pair_rows(pairs: Iterable[Mapping[str, Any]], kinds: Sequence[str]) -> list[str]:
    rows = []
    for p in pairs:
        agree = p.get("agreement")
        shown = f"{100 * float(agree):.1f} %" if isinstance(agree, (int, float)) else "–"
        counts = p.get("kinds") or {}
        cells = [f"{md_escape(str(p.get('a', '?')))} – {md_escape(str(p.get('b', '?')))}", shown,
                 str(p.get("variants", sum(counts.values())))] + [str(counts.get(k, 0)) for k in kinds]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def stats_markdown(stats: Mapping[str, Any] | None) -> str:
    """Pairwise agreement of the witnesses, overall and per section (variorum.export.stats)."""
    if not stats or not isinstance(stats.get("pairs"), list) or not stats["pairs"]:
        return ""
    pairs = [p for p in stats["pairs"] if isinstance(p, Mapping)]
    kinds = [k for k in UNIT_KINDS[1:] if any((p.get("kinds") or {}).get(k) for p in pairs)]
    head = ["Witnesses", "Agreement", "Variants"] + [KIND_LABELS[k][1] for k in kinds]
    lines = ["# Statistics {.unnumbered #statistics}", "",
             "Agreement is the share of the two witnesses' words that stand in passages where they "
             "read alike; the other columns count the places where they differ, by kind.", "",
             "| " + " | ".join(md_escape(h) for h in head) + " |",
             "|" + "|".join([":---"] + ["---:"] * (len(head) - 1)) + "|",
             *_pair_rows(pairs, kinds), "",
             "Table: Agreement and variants for each pair of witnesses", ""]
    sections = [sec for sec in stats.get("sections") or [] if isinstance(sec, Mapping)]
    if len(sections) > 1:
        lines += ["| Section | Witnesses | Agreement | Variants |", "|:---|:---|---:|---:|"]
        for sec in sections:
            title = md_escape(str(sec.get("title") or "(before the first heading)"))
            for p in sec.get("pairs") or []:
                agree = p.get("agreement")
                shown = f"{100 * float(agree):.1f} %" if isinstance(agree, (int, float)) else "–"
                lines.append(f"| {title} | {md_escape(str(p.get('a')))} – {md_escape(str(p.get('b')))} "
                             f"| {shown} | {p.get('variants', '')} |")
        lines += ["", "Table: Agreement per section", ""]
    return "\n".join(lines)


def render_markdown(v: Variorum, target: Target, settings: RenderSettings, *,
                    emendations: Mapping[str, Sequence[Emendation]] | None = None,
                    stats: Mapping[str, Any] | None = None) -> Rendered:
    """The whole edition as Pandoc Markdown for one kind of output."""
    entries = make_entries(v, settings)
    if stats is None and settings.show_stats and len(v.witnesses) > 1:
        from variorum.export.stats import statistics

        stats = statistics(v)
    kinds = tuple(k for k in UNIT_KINDS[1:] if any(g.kind == k for e in entries.values() for g in e.groups))
    back = "\n\n".join(part for part in (
        emendations_markdown(emendations or {}, settings),
        stats_markdown(stats) if settings.show_stats else "") if part)
    return Rendered(
        body=body_markdown(v, entries, target, settings),
        front=front_markdown(v, entries, settings),
        back=back,
        entries=tuple(sorted(entries.values(), key=lambda e: e.n)),
        reading_siglum=reading_siglum(v),
        kinds_present=kinds,
        paged=page_marks(v, entries, settings).sigla,
    )
