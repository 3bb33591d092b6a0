"""The cleanup review report: one self-contained HTML page listing every emendation in its context."""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from typing import Iterable, Mapping, Sequence

from variorum.model import Emendation, PageBreak, first_page_label, page_labels

#: rules whose applied changes are routine (a line end, a run of spaces): counted, not listed
TRIVIAL_RULES = frozenset({"reflow", "hyphen-break", "space-run", "trailing-space",
                           "leading-space", "form-feed"})
#: a line-end hyphen joined with at least this confidence is routine too
TRIVIAL_JOIN_CONFIDENCE = 0.9
CONTEXT_WORDS = 6
_CONTEXT_CHARS = 160

Item = tuple[str, str, Sequence[Emendation]]


def is_trivial(e: Emendation) -> bool:
    """Routine line joins and spacing, summarised in the report and the apparatus."""
    if e.status != "applied":
        return False
    return e.rule in TRIVIAL_RULES or (e.rule == "dehyphenate" and e.confidence >= TRIVIAL_JOIN_CONFIDENCE)


def context(raw: str, e: Emendation, words: int = CONTEXT_WORDS) -> tuple[str, str, str]:
    """(words before, the raw reading, words after) around an emendation in the raw text."""
    start = max(0, min(e.offset, len(raw)))
    end = start + len(e.before) if raw.startswith(e.before, start) else start
    left = raw[max(0, start - _CONTEXT_CHARS):start]
    right = raw[end:end + _CONTEXT_CHARS]
    shown_left = re.search(rf"(?:\S+\s*){{0,{words}}}$", left)
    shown_right = re.match(rf"(?:\s*\S+){{0,{words}}}", right)
    return (shown_left.group() if shown_left else "", raw[start:end] or e.before,
            shown_right.group() if shown_right else "")


def render_report(items: Iterable[Item], title: str = "Cleanup report",
                  pages: Mapping[str, Sequence[PageBreak]] | None = None) -> str:
    """The HTML report for ``(siglum, raw_text, emendations)`` per witness.

    Every non-trivial emendation is a table row with its raw context, the page of the
    witness it stands on (from ``pages``, each witness's page breaks; as the edition labels
    them), rule, confidence, status and evidence; rows sort by any column (a few lines of
    inline script) and filter
    by a search box. Routine line joins and spacing are counted per witness and rule. No
    external assets: the page works offline and from a file:// URL.
    """
    items = [(s, raw, tuple(ems)) for s, raw, ems in items]
    rows: list[str] = []
    summary: Counter[tuple[str, str, str]] = Counter()
    trivial: Counter[tuple[str, str]] = Counter()
    joined_words: dict[str, list[str]] = {}
    for siglum, raw, ems in items:
        page_of = _pages((pages or {}).get(siglum, ()))
        for e in sorted(ems, key=lambda e: (e.offset, e.id)):
            summary[(e.rule, siglum, e.status)] += 1
            if is_trivial(e):
                trivial[(siglum, e.rule)] += 1
                if e.rule == "dehyphenate":
                    joined_words.setdefault(siglum, []).append(_joined_word(raw, e))
                continue
            rows.append(_row(siglum, raw, e, page_of(e.offset)))
    sigla = [s for s, _, _ in items]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_h(title)}</h1>",
        "<p>Every change the cleanup made (<em>applied</em>) or proposes (<em>suggested</em>), "
        "and those the editor refused (<em>rejected</em>). Positions are line:column in the raw "
        "witness file. Decide in <code>edition.yaml</code> under <code>review:</code> "
        "(by id, word or rule), or with <code>variorum review</code>.</p>",
        _summary_table(summary, sigla),
        _trivial_section(trivial, joined_words, sigla),
        f"<h2>Emendations ({len(rows)})</h2>",
        '<p><label>Filter: <input id="q" type="search" placeholder="rule, word, status, id"></label> '
        "<span class=\"hint\">Click a column heading to sort.</span></p>",
        '<table id="items"><thead><tr>'
        + "".join(f'<th data-type="{t}" tabindex="0">{_h(n)}</th>' for n, t in _COLUMNS)
        + "</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


_COLUMNS = (("Witness", "text"), ("Line:col", "pos"), ("Page", "text"), ("Rule", "text"), ("Confidence", "num"),
            ("Status", "text"), ("Change in context", "text"), ("Evidence", "text"), ("Id", "text"))


def _pages(breaks: Sequence[PageBreak]):
    """offset in the raw witness -> the label of the page it stands on ('' without pages)."""
    if not breaks:
        return lambda offset: ""
    ordered = sorted(breaks, key=lambda b: b.offset)
    labels = page_labels([b.page for b in ordered])
    first = first_page_label([b.page for b in ordered])
    starts = [b.offset for b in ordered]

    def page_of(offset: int) -> str:
        i = bisect.bisect_right(starts, offset) - 1
        return labels[i] if i >= 0 else first
    return page_of


def _row(siglum: str, raw: str, e: Emendation, page: str = "") -> str:
    left, reading, right = context(raw, e)
    change = (f'<span class="ctx">{_show(left)}</span><del>{_show(reading) or "∅"}</del>'
              f'<ins>{_show(e.after) or "∅"}</ins><span class="ctx">{_show(right)}</span>')
    cells = [
        _h(siglum),
        f'<span data-key="{e.line:07d}:{e.column:05d}">{e.line}:{e.column}</span>',
        f'<span data-key="{e.line:07d}">{_h(page)}</span>' if page else "",
        _h(e.rule),
        f"{e.confidence:.2f}",
        f'<span class="st-{_h(e.status)}">{_h(e.status)}</span>',
        change,
        _h(e.evidence),
        f"<code>{_h(e.id)}</code>",
    ]
    return f'<tr class="{_h(e.status)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _summary_table(summary: Counter[tuple[str, str, str]], sigla: list[str]) -> str:
    rules = sorted({r for r, _, _ in summary})
    head = "".join(f"<th>{_h(s)}</th>" for s in sigla)
    out = ["<h2>Summary per rule</h2>",
           '<table class="summary"><thead><tr><th>Rule</th>' + head + "<th>Total</th></tr></thead><tbody>"]
    for rule in rules:
        cells = []
        total: Counter[str] = Counter()
        for s in sigla:
            counts = {st: summary[(rule, s, st)] for st in ("applied", "suggested", "rejected")}
            total.update(counts)
            cells.append(f"<td>{_counts(counts)}</td>")
        out.append(f"<tr><td>{_h(rule)}</td>{''.join(cells)}<td>{_counts(total)}</td></tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _counts(counts: dict[str, int] | Counter[str]) -> str:
    shown = [f'<span class="st-{st}">{counts[st]} {st}</span>'
             for st in ("applied", "suggested", "rejected") if counts[st]]
    return ", ".join(shown) or "–"


def _trivial_section(trivial: Counter[tuple[str, str]], joined: dict[str, list[str]],
                     sigla: list[str]) -> str:
    if not trivial:
        return ""
    out = ["<h2>Routine changes (counted, not listed)</h2><ul>"]
    for s in sigla:
        rules = sorted((r, n) for (sig, r), n in trivial.items() if sig == s)
        if not rules:
            continue
        text = "; ".join(f"{n} {_h(r)}" for r, n in rules)
        out.append(f"<li><strong>{_h(s)}</strong>: {text}")
        if joined.get(s):
            words = ", ".join(_h(w) for w in joined[s])
            out.append(f"<details><summary>the {len(joined[s])} words joined across a line-end "
                       f"hyphen</summary><p class=\"words\">{words}</p></details>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _joined_word(raw: str, e: Emendation) -> str:
    """The word a line-end hyphen join made, read from the raw text around it."""
    start = max(0, min(e.offset, len(raw)))
    end = start + len(e.before) if raw.startswith(e.before, start) else start
    left = re.search(r"[^\W_]*$", raw[max(0, start - 60):start])
    right = re.match(r"\s*([^\W_]*)", raw[end:end + 60])
    return (left.group() if left else "") + e.after + (right.group(1) if right else "")


_SHOWN = {"\n": "⏎", "\t": "⇥", "\u00ad": "‹shy›", "\u00a0": "‹nbsp›", "\x7f": "\u2421"}


def visible(text: str) -> str:
    """An emendation's text with its invisible characters made visible (the report and the
    edition's apparatus): line breaks and tabs by signs, a control character by its picture
    (U+240C for a form feed), other format characters by their code point. Left as they
    are, XML (the EPUB) refuses some of them and a reader sees none."""
    if text.isprintable():
        return text
    return "".join(_SHOWN.get(c) or (chr(0x2400 + ord(c)) if c < " " else f"‹U+{ord(c):04X}›")
                   if not c.isprintable() else c for c in text)


def _show(text: str) -> str:
    """Escaped for HTML, its invisible characters made visible (line ends set apart)."""
    return _h(visible(text)).replace("⏎", '<span class="nl">⏎</span>')


def _h(text: str) -> str:
    return html.escape(str(text), quote=True)


_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222;max-width:110em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25em .45em;vertical-align:top;text-align:left}
th{background:#f2f2f2;cursor:pointer;user-select:none;position:sticky;top:0}
th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
table.summary{width:auto}table.summary th{cursor:default;position:static}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.ctx{color:#666}.nl{color:#99a}.hint{color:#777;font-size:.9em}
.st-applied{color:#175}.st-suggested{color:#a60;font-weight:bold}.st-rejected{color:#a22}
tr.suggested{background:#fffbe8}td:nth-child(8){font-size:.85em;color:#444;max-width:32em}
code{font-size:.85em}.words{font-size:.9em;color:#444}
"""

_JS = """
(function(){
var table=document.getElementById('items');if(!table)return;
var body=table.tBodies[0],heads=table.tHead.rows[0].cells;
function key(row,i,type){var c=row.cells[i],k=c.querySelector('[data-key]');
 var v=k?k.getAttribute('data-key'):c.textContent;return type==='num'?parseFloat(v)||0:v.toLowerCase();}
Array.prototype.forEach.call(heads,function(th,i){
 function sort(){var asc=!th.classList.contains('asc');
  Array.prototype.forEach.call(heads,function(h){h.classList.remove('asc','desc');});
  th.classList.add(asc?'asc':'desc');var type=th.getAttribute('data-type');
  var rows=Array.prototype.slice.call(body.rows);
  rows.sort(function(a,b){var x=key(a,i,type),y=key(b,i,type);return (x<y?-1:x>y?1:0)*(asc?1:-1);});
  rows.forEach(function(r){body.appendChild(r);});}
 th.addEventListener('click',sort);
 th.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();sort();}});
});
var q=document.getElementById('q');
q.addEventListener('input',function(){var s=q.value.toLowerCase();
 Array.prototype.forEach.call(body.rows,function(r){r.style.display=r.textContent.toLowerCase().indexOf(s)<0?'none':'';});});
})();
"""
