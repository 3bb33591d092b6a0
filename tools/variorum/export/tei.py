"""TEI P5 export of a variorum in parallel segmentation (<app>/<lem>/<rdg> inline in the base)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from variorum.export.plain import ITEM, PARAGRAPH, MarkupMap, Token, unit_offsets
from variorum.model import Unit, Variorum, pagebreaks_of

TEI_NS = "http://www.tei-c.org/ns/1.0"

# Design notes.
# * The text structure (<div>/<head>, <p>, <list>/<item>) is that of the base, or of the
#   first witness when there is no base.  A block separator that every witness shares
#   (in agreement text) closes the element; one inside a variant cannot, because <app>
#   is phrase-level and <lem>/<rdg> may not contain <p>: it becomes
#   <milestone unit="p|head|item"/> (model.global, allowed in <lem> and <rdg>), so the
#   witnesses that break there and those that do not are both encoded exactly.
# * A Pandoc hard line break becomes <lb/>.  Markdown escapes are undone.  Emphasis and
#   links a Markdown witness keeps become <hi rend="italic|bold"> and <ref target>,
#   balanced within the stretch that holds both delimiters (the block, or one reading);
#   a delimiter whose partner falls in another unit is dropped: markup may be lost
#   there, never text.
# * Characters XML 1.0 cannot carry (control characters) become
#   <g type="xml-invalid-character" n="U+0001"/> so that no text is lost; carriage
#   returns and tabs in attributes are written as character references because XML
#   parsers would otherwise normalise them.
# * Each witness's original page breaks (the variorum's metadata "pagebreaks") become
#   <pb n="12" ed="E" edRef="#wit-E"/> before the first word that begins on the page: in
#   the running text where every witness agrees, else inside that witness's <lem>/<rdg>
#   (model.global, allowed in both); a break at a block's start opens the block first.
# * Sigla need not be NCNames ("1818"): each witness gets xml:id="wit-<siglum>" (invalid
#   characters replaced, made unique) and keeps its siglum in @n and <label>.

_NAME_BAD = re.compile(r"[^\w.\-]", re.UNICODE)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def to_tei(v: Variorum, metadata: Mapping[str, Any] | None = None) -> str:
    """The whole variorum as one TEI P5 document (a string, ending in a newline)."""
    meta = dict(v.metadata)
    meta.update(metadata or {})
    wit_ids = witness_ids(v.sigla)
    app_ids = _unique_ids((u.id for u in v.units), "app-")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<TEI xmlns="{TEI_NS}"{_lang(meta)}>\n',
        _header(v, meta, wit_ids),
        "<text>\n<body>\n",
        _Body(v, wit_ids, app_ids).render(),
        _links(v, app_ids),
        "</body>\n</text>\n</TEI>\n",
    ]
    return "".join(parts)


def witness_ids(sigla: Sequence[str]) -> dict[str, str]:
    """A valid, unique xml:id for each siglum: ``1818`` -> ``wit-1818``."""
    return _unique_ids(sigla, "wit-")


def _unique_ids(names: Iterable[str], prefix: str) -> dict[str, str]:
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        if name in out:
            continue
        base = prefix + (_NAME_BAD.sub("_", name) or "_")
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        out[name] = candidate
    return out


# --------------------------------------------------------------------------- escaping

def _text(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _XML_INVALID.sub(_invalid_char, s)


def _attr(s: str) -> str:
    s = _XML_INVALID.sub("\ufffd", s)  # an attribute cannot hold an element; never text of a witness
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;"))


def _invalid_char(m: re.Match[str]) -> str:
    return f'<g type="xml-invalid-character" n="U+{ord(m.group()):04X}"/>'


def _lang(meta: Mapping[str, Any]) -> str:
    lang = meta.get("language")
    return f' xml:lang="{_attr(str(lang))}"' if lang else ""


# --------------------------------------------------------------------------- header

def _header(v: Variorum, meta: Mapping[str, Any], wit_ids: Mapping[str, str]) -> str:
    title = str(meta.get("title") or "Variorum")
    lines = ["<teiHeader>", "<fileDesc>", "<titleStmt>", f"<title>{_text(title)}</title>"]
    if meta.get("subtitle"):
        lines.append(f'<title type="sub">{_text(str(meta["subtitle"]))}</title>')
    authors = meta.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    lines += [f"<author>{_text(str(a))}</author>" for a in authors]
    if meta.get("editor"):
        lines.append(f"<editor>{_text(str(meta['editor']))}</editor>")
    lines += ["</titleStmt>", "<publicationStmt>"]
    if meta.get("editor"):
        lines.append(f"<authority>{_text(str(meta['editor']))}</authority>")
        if meta.get("licence"):
            lines.append(f"<availability><licence>{_text(str(meta['licence']))}</licence></availability>")
        if meta.get("date"):
            lines.append(f"<date>{_text(str(meta['date']))}</date>")
    else:
        facts = [f"Licence: {meta['licence']}." if meta.get("licence") else "",
                 f"Date: {meta['date']}." if meta.get("date") else ""]
        text = " ".join(f for f in facts if f) or "Unpublished variorum edition."
        lines.append(f"<p>{_text(text)}</p>")
    lines += ["</publicationStmt>", "<sourceDesc>", "<listWit>"]
    for w in v.witnesses:
        inner = f"<label>{_text(w.siglum)}</label>"
        if w.description:
            inner += f" {_text(w.description)}"
        if w.date:
            inner += f" <date>{_text(w.date)}</date>"
        if w.siglum == v.base:  # <witness> has no @type; a note says which is the base
            inner += ' <note type="role">base text</note>'
        lines.append(f'<witness xml:id="{wit_ids[w.siglum]}" n="{_attr(w.siglum)}">{inner}</witness>')
    lines += ["</listWit>", "</sourceDesc>", "</fileDesc>"]
    lines += ["<encodingDesc>", '<variantEncoding method="parallel-segmentation" location="internal"/>',
              "</encodingDesc>", "</teiHeader>", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- body

@dataclass(frozen=True)
class _Reading:
    """One <lem> or <rdg>: the witnesses that share a reading, and its tokens."""

    sigla: tuple[str, ...]
    tokens: tuple[Token, ...]
    is_lemma: bool
    kind: str | None


class _Body:
    """Writes the base's blocks, agreement text inline and every variant as an <app>."""

    def __init__(self, v: Variorum, wit_ids: Mapping[str, str], app_ids: Mapping[str, str]) -> None:
        self.v = v
        self.wit_ids = wit_ids
        self.app_ids = app_ids
        self.spine = v.base if v.base is not None else (v.sigla[0] if v.sigla else None)
        self.out: list[str] = []
        self.divs: list[int] = []  # heading levels of the open <div>s
        self.in_list = False
        self.block: str | None = None  # the open block element
        self.inline: list[str] = []  # inline markup open in the block (hi:italic, ref:URL)
        self.next_kind = PARAGRAPH

    def render(self) -> str:
        v = self.v
        if not v.sigla:
            return "<p/>\n"
        maps = {s: MarkupMap(v.text_of(s)) for s in v.sigla}
        offsets = {s: unit_offsets([u.readings.get(s, "") for u in v.units]) for s in v.sigla}
        self.next_kind = maps[self.spine].first
        pages = _pages_by_unit(v, offsets, self.wit_ids)
        for i, unit in enumerate(v.units):
            toks = {s: maps[s].tokens(offsets[s][i], offsets[s][i + 1]) for s in v.sigla}
            shared = _shape(toks[self.spine])
            # where each page break of the unit cuts its witness's tokens
            cuts = {s: [(_cut(maps[s].tokens(offsets[s][i], o)), tag) for o, tag in pages[s][i]]
                    for s in v.sigla if i in pages[s]}
            if unit.kind == "agreement" and all(_shape(toks[s]) == shared for s in v.sigla):
                # the kind of the next block may differ (a heading in one witness, a
                # paragraph in another); the structure follows the spine's; the witnesses'
                # tokens have one shape, so a cut in one is the same cut in the spine's
                self._inline(_with_pages(toks[self.spine], [c for s in v.sigla for c in cuts.get(s, ())]))
            else:
                self._app(unit, toks, cuts)
        self._close_block()
        self._close_list()
        self.out.extend("</div>\n" for _ in self.divs)
        if not any(self.out):
            return "<p/>\n"
        return "".join(self.out)

    # structure ---------------------------------------------------------------

    def _inline(self, tokens: Sequence[Token]) -> None:
        for kind, value in tokens:
            if kind == "br":
                self._close_block()
                self.next_kind = value
            elif kind == "lb":
                self._open_block()
                self.out.append("<lb/>")
            elif kind == "pb":
                self._open_block()
                self.out.append(value)
            elif kind == "open":
                self._open_block()
                self.inline.append(value)
                self.out.append(_start_tag(value))
            elif kind == "close":
                # a delimiter whose partner lies inside a variant is left out: the
                # markup is lost, never the text or the well-formedness
                if self.inline and _same_markup(self.inline[-1], value):
                    self.out.append(_end_tag(self.inline.pop()))
            elif value:
                self._open_block()
                self.out.append(_text(value))

    def _open_block(self) -> None:
        if self.block is not None:
            return
        kind = self.next_kind
        if kind.startswith("head"):
            level = int(kind[4:])
            self._close_list()
            while self.divs and self.divs[-1] >= level:
                self.out.append("</div>\n")
                self.divs.pop()
            self.divs.append(level)
            self.out.append(f'<div type="section" n="{level}">\n<head>')
            self.block = "head"
        elif kind == ITEM:
            if not self.in_list:
                self.out.append("<list>\n")
                self.in_list = True
            self.out.append("<item>")
            self.block = "item"
        else:
            self._close_list()
            self.out.append("<p>")
            self.block = "p"

    def _close_block(self) -> None:
        while self.inline:
            self.out.append(_end_tag(self.inline.pop()))
        if self.block is not None:
            self.out.append(f"</{self.block}>\n")
            self.block = None

    def _close_list(self) -> None:
        if self.in_list:
            self.out.append("</list>\n")
            self.in_list = False

    # apparatus ---------------------------------------------------------------

    def _app(self, unit: Unit, toks: Mapping[str, tuple[Token, ...]],
             cuts: Mapping[str, list[tuple[tuple[int, int], str]]]) -> None:
        readings = _group(self.v, unit, toks)
        self._open_block()
        attrs = f' xml:id="{self.app_ids[unit.id]}" type="{_attr(unit.kind)}"'
        if unit.link is not None and unit.link in self.app_ids:
            attrs += f' corresp="#{self.app_ids[unit.link]}"'
        parts = [f"<app{attrs}>"]
        for r in readings:
            tag = "lem" if r.is_lemma else "rdg"
            wit = " ".join("#" + self.wit_ids[s] for s in r.sigla)
            kind = f' type="{_attr(r.kind)}"' if r.kind else ""
            body = _inline_tokens(_with_pages(r.tokens, [c for s in r.sigla for c in cuts.get(s, ())]))
            parts.append(f'<{tag} wit="{wit}"{kind}>{body}</{tag}>' if body else f'<{tag} wit="{wit}"{kind}/>')
        parts.append("</app>")
        self.out.append("".join(parts))
        # markup opened before the variant and closed inside every reading ends after it
        while self.inline and all(_unmatched_close(r.tokens, self.inline[-1]) for r in readings):
            self.out.append(_end_tag(self.inline.pop()))


def _pages_by_unit(v: Variorum, offsets: Mapping[str, list[int]],
                   wit_ids: Mapping[str, str]) -> dict[str, dict[int, list[tuple[int, str]]]]:
    """Per witness, per unit index: (offset, <pb/> tag) of the page breaks in its reading.

    A break belongs to the unit whose reading holds the character at its offset; one at
    the very end of the witness's text, to the last unit.
    """
    out: dict[str, dict[int, list[tuple[int, str]]]] = {s: {} for s in v.sigla}
    if not v.units:
        return out
    for s, breaks in pagebreaks_of(v).items():
        for page, o in breaks:
            i = min(bisect.bisect_right(offsets[s], o) - 1, len(v.units) - 1)
            n = f' n="{_attr(page)}"' if page else ""
            tag = f'<pb{n} ed="{_attr(s)}" edRef="#{wit_ids[s]}"/>'
            out[s].setdefault(i, []).append((o, tag))
    return out


def _cut(prefix: Sequence[Token]) -> tuple[int, int]:
    """Where the tokens of a reading's first part end in the tokens of the whole reading:
    (token index, characters into that token); the last text token may run on."""
    if prefix and prefix[-1][0] == "t":
        return len(prefix) - 1, len(prefix[-1][1])
    return len(prefix), 0


def _with_pages(tokens: Sequence[Token], cuts: Sequence[tuple[tuple[int, int], str]]) -> Sequence[Token]:
    """``tokens`` with a ("pb", tag) token at each cut (ties in the order given)."""
    if not cuts:
        return tokens
    out = list(tokens)
    order = sorted(range(len(cuts)), key=lambda j: (cuts[j][0], j))
    for j in reversed(order):
        (k, c), tag = cuts[j]
        if c == 0 or k >= len(out):
            out.insert(min(k, len(out)), ("pb", tag))
        else:
            kind, text = out[k]
            out[k:k + 1] = [(kind, text[:c]), ("pb", tag)] + ([(kind, text[c:])] if text[c:] else [])
    return out


def _shape(tokens: Sequence[Token]) -> tuple[Token, ...]:
    return tuple(("br", "") if k == "br" else (k, t) for k, t in tokens)


def _group(v: Variorum, unit: Unit, toks: Mapping[str, tuple[Token, ...]]) -> list[_Reading]:
    """Witnesses with identical readings share one <rdg>; the base's group is the <lem>."""
    groups: dict[tuple[str, tuple[Token, ...]], list[str]] = {}
    for s in v.sigla:
        groups.setdefault((unit.readings.get(s, ""), toks[s]), []).append(s)
    out = []
    for (_, tokens), sigla in groups.items():
        is_lemma = v.base in sigla
        kinds = {unit.kinds[s] for s in sigla if s in unit.kinds}
        kind = kinds.pop() if len(kinds) == 1 and not is_lemma else None
        out.append(_Reading(tuple(sigla), tokens, is_lemma, kind))
    out.sort(key=lambda r: not r.is_lemma)  # stable: otherwise in witness order
    return out


def _inline_tokens(tokens: Sequence[Token]) -> str:
    """One reading's content; its inline markup is balanced within the reading."""
    out = []
    stack: list[str] = []
    for kind, value in tokens:
        if kind == "br":
            while stack:  # markup never runs across a block break
                out.append(_end_tag(stack.pop()))
            unit = "head" if value.startswith("head") else value
            out.append(f'<milestone unit="{unit}"/>')
        elif kind in ("lb", "pb"):
            out.append("<lb/>" if kind == "lb" else value)
        elif kind == "open":
            stack.append(value)
            out.append(_start_tag(value))
        elif kind == "close":
            if stack and _same_markup(stack[-1], value):
                out.append(_end_tag(stack.pop()))
        else:
            out.append(_text(value))
    while stack:
        out.append(_end_tag(stack.pop()))
    return "".join(out)


def _unmatched_close(tokens: Sequence[Token], opened: str) -> bool:
    """Whether the reading closes markup it did not open itself."""
    depth = 0
    for kind, value in tokens:
        if kind == "open" and _same_markup(opened, value):
            depth += 1
        elif kind == "close" and _same_markup(opened, value):
            if depth == 0:
                return True
            depth -= 1
    return False


def _start_tag(what: str) -> str:
    if what.startswith("ref:"):
        return f'<ref target="{_attr(what[4:])}">'
    return f'<hi rend="{_attr(what[3:])}">'


def _end_tag(what: str) -> str:
    return "</ref>" if what.startswith("ref") else "</hi>"


def _same_markup(opened: str, closing: str) -> bool:
    return opened == closing or (opened.startswith("ref:") and closing == "ref")


def _links(v: Variorum, app_ids: Mapping[str, str]) -> str:
    pairs = []
    seen: set[frozenset[str]] = set()
    for u in v.units:
        if u.link is None or u.link not in app_ids:
            continue
        key = frozenset((u.id, u.link))
        if key in seen:
            continue
        seen.add(key)
        pairs.append(f'<link target="#{app_ids[u.id]} #{app_ids[u.link]}"/>')
    if not pairs:
        return ""
    return '<linkGrp type="transposition">\n' + "\n".join(pairs) + "\n</linkGrp>\n"


# --------------------------------------------------------------------------- reading back

def witness_blocks(tei: str | bytes, siglum: str) -> list[str]:
    """One witness's plain text read back from a TEI document written by :func:`to_tei`:
    its blocks in order, taking in each <app> the <lem> or <rdg> that names it.

    This is how the tests prove the export lossless; it also lets users pull any
    witness's text out of the TEI."""
    from lxml import etree

    root = etree.fromstring(tei.encode("utf-8") if isinstance(tei, str) else tei)
    ns = {"t": TEI_NS}
    found = root.xpath("//t:listWit/t:witness[@n=$s]/@xml:id", namespaces=ns, s=siglum)
    if not found:
        raise KeyError(siglum)
    wid = "#" + found[0]
    blocks: list[str] = []

    def add(text: str) -> None:
        if not blocks:
            blocks.append("")
        blocks[-1] += text

    def inline(el: Any) -> None:
        if el.text:
            add(el.text)
        for child in el:
            name = etree.QName(child).localname
            if name == "app":
                for r in child:
                    if etree.QName(r).localname in ("lem", "rdg") and wid in r.get("wit", "").split():
                        inline(r)
            elif name == "milestone":
                blocks.append("")
            elif name == "lb":
                add("\n")
            elif name == "g" and child.get("type") == "xml-invalid-character":
                add(chr(int(child.get("n")[2:], 16)))
            else:
                inline(child)
            if child.tail:
                add(child.tail)

    def structure(el: Any) -> None:
        for child in el:
            name = etree.QName(child).localname
            if name in ("p", "head", "item"):
                blocks.append("")
                inline(child)
            elif name in ("div", "list"):
                structure(child)

    for body in root.iterfind(f"{{{TEI_NS}}}text/{{{TEI_NS}}}body"):
        structure(body)
    return blocks or [""]


__all__ = ["to_tei", "witness_ids", "witness_blocks", "TEI_NS"]
