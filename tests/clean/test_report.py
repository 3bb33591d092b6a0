"""The cleanup review report: self-contained HTML, every emendation in context, sortable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from variorum.clean.report import context, is_trivial, render_report
from variorum.model import Emendation, PageBreak


def em(eid, offset, before, after, rule, status="applied", confidence=0.9, evidence="because"):
    return Emendation(id=eid, witness="A", line=1, column=offset + 1, offset=offset, before=before,
                      after=after, rule=rule, evidence=evidence, confidence=confidence, status=status)


@pytest.fixture
def raw(data_dir) -> str:
    return (data_dir / "clean" / "report_raw_with_markup_characters.txt").read_text(encoding="utf-8")


@pytest.fixture
def items(raw):
    ems = [
        em("A-misread-digit-1-5", raw.index("c0mputer"), "c0mputer", "computer", "misread-digit"),
        em("A-misread-digit-3-15", raw.index("S0"), "S0", "so", "misread-digit", "suggested", 0.4,
           evidence="reading 'S0' <not> a word & more"),
        em("A-dehyphenate-2-14", raw.index("inter-") + 5, "-", "", "dehyphenate", confidence=0.95),
        em("A-reflow-1-36", raw.index("\n"), "\n", " ", "reflow"),
        em("A-hyphen-kept-2-14", raw.index("inter-") + 5, "-", "-", "hyphen-kept", "rejected", 0.6),
    ]
    return [("A", raw, ems)]


def test_every_non_trivial_emendation_is_a_row_with_its_context(items):
    page = lxml_html.fromstring(render_report(items))
    rows = page.xpath('//table[@id="items"]/tbody/tr')
    ids = [r.xpath("string(td[9])") for r in rows]
    assert ids == ["A-misread-digit-1-5", "A-hyphen-kept-2-14", "A-misread-digit-3-15"]
    first = rows[0]
    assert first.xpath("string(td[7]//del)") == "c0mputer"
    assert first.xpath("string(td[7]//ins)") == "computer"
    assert "The" in first.xpath("string(td[7])") and "costs" in first.xpath("string(td[7])")
    assert [r.get("class") for r in rows] == ["applied", "rejected", "suggested"]


def test_each_row_names_the_page_of_the_witness_it_stands_on(items):
    siglum, raw, ems = items[0]
    # the second line starts a page that shows no number, after the file's first page
    second = raw.index("\n") + 1
    pages = {siglum: [PageBreak(page="", line=2, offset=second)]}
    page = lxml_html.fromstring(render_report(items, pages=pages))
    rows = page.xpath('//table[@id="items"]/tbody/tr')
    assert [(r.xpath("string(td[9])"), r.xpath("string(td[3])")) for r in rows] == [
        ("A-misread-digit-1-5", "[1]"), ("A-hyphen-kept-2-14", "[2]"), ("A-misread-digit-3-15", "[2]")]
    numbered = lxml_html.fromstring(render_report(items, pages={siglum: [PageBreak("12", 2, second)]}))
    assert [r.xpath("string(td[3])") for r in numbered.xpath('//table[@id="items"]/tbody/tr')] == ["[11]", "12", "12"]


def test_trivial_joins_are_counted_not_listed(items):
    out = render_report(items)
    page = lxml_html.fromstring(out)
    routine = page.xpath('string(//h2[starts-with(., "Routine")]/following-sibling::ul[1])')
    assert "1 dehyphenate" in routine and "1 reflow" in routine
    assert "international" in routine  # the joined word, read from the raw text
    assert "A-reflow-1-36" not in out


def test_summary_counts_per_rule_and_status(items):
    page = lxml_html.fromstring(render_report(items))
    summary = {r.xpath("string(td[1])"): r.xpath("string(td[2])")
               for r in page.xpath('//table[@class="summary"]/tbody/tr')}
    assert summary["misread-digit"] == "1 applied, 1 suggested"
    assert summary["hyphen-kept"] == "1 rejected"


def test_text_is_escaped_and_the_page_is_self_contained(items):
    out = render_report(items)
    page = lxml_html.fromstring(out)
    text = page.text_content()
    assert "<b>&amp; costs $5 *now*" in text           # the raw context, verbatim
    assert "reading 'S0' <not> a word & more" in text  # the evidence, verbatim
    assert not page.xpath("//b")                       # nothing from the witness became markup
    assert not page.xpath("//link | //img | //iframe | //script[@src] | //*[@href]")
    assert "http" not in out


def test_output_is_deterministic(items):
    assert render_report(items) == render_report([(s, r, list(reversed(e))) for s, r, e in items])


def test_context_takes_a_few_words_each_side():
    raw = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    e = em("x", raw.index("seven"), "seven", "7", "r")
    left, reading, right = context(raw, e, words=2)
    assert (left.split(), reading, right.split()) == (["five", "six"], "seven", ["eight", "nine"])


def test_trivial_is_routine_and_applied_only():
    assert is_trivial(em("a", 0, "\n", " ", "reflow"))
    assert not is_trivial(em("b", 0, "\n", " ", "reflow", status="suggested"))
    assert not is_trivial(em("c", 0, "-", "", "dehyphenate", confidence=0.6))
    assert not is_trivial(em("d", 0, "S0", "so", "misread-digit"))


@pytest.mark.browser
def test_columns_sort_in_a_browser(items, tmp_path):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("no system Chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "cleanup.html"
    page_file.write_text(render_report(items), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.click('th:has-text("Confidence")')
            asc = page.eval_on_selector_all("#items tbody td:nth-child(5)", "els => els.map(e => e.textContent)")
            page.click('th:has-text("Confidence")')
            desc = page.eval_on_selector_all("#items tbody td:nth-child(5)", "els => els.map(e => e.textContent)")
            page.fill("#q", "suggested")
            shown = page.eval_on_selector_all("#items tbody tr", "els => els.filter(e => e.style.display !== 'none').length")
        finally:
            browser.close()
    assert asc == ["0.40", "0.60", "0.90"] and desc == ["0.90", "0.60", "0.40"]
    assert shown == 1 and errors == []


def test_invisible_characters_of_a_change_are_shown_in_the_report() -> None:
    raw = "end of a page\n\f12\nnext page\tgoes on\n"
    ems = [em("A-page-number-2-1", raw.index("\f"), "\f12\n", "", "page-number"),
           em("A-space-run-3-10", raw.index("\t"), "\t", " ", "space-run-odd")]
    page = lxml_html.fromstring(render_report([("A", raw, ems)]))
    changes = [r.xpath("string(td[7])") for r in page.xpath('//table[@id="items"]/tbody/tr')]
    assert "\u240c12⏎" in changes[0] and "\f" not in changes[0]
    assert "⇥" in changes[1] and "\t" not in changes[1]
