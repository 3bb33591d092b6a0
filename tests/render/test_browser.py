"""The HTML edition in a real browser (system Chromium): marks visible, notes reachable, toggles work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.render.helpers import META, load
from variorum.render import RenderSettings, render_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"no Chromium at {CHROMIUM}: the browser tests need the system Chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    index = render_html(load(), tmp_path_factory.mktemp("browser") / "html", meta=META,
                        settings=RenderSettings())
    return index.as_uri()


def test_variants_are_marked_and_their_notes_pop_up(browser, page_url: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_url)
    first = page.locator("main .app-ref").first
    assert first.is_visible()
    assert page.locator("#app-1").inner_text() == "quick"
    # the number comes from CSS, so it is seen though it is not in the text
    assert page.evaluate("getComputedStyle(document.querySelector('.app-ref'), '::after').content") == '"1"'
    first.hover()
    pop = page.locator("#popover")
    assert pop.is_visible() and "swift" in pop.inner_text()
    page.screenshot(path=str(tmp_path / "popover.png"), full_page=True)
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    # keyboard: tabbing onto a mark shows its note; Enter follows it to the note
    page.locator("#app-2 + .app-ref").focus()
    assert pop.is_visible() and "forward/slash" in pop.inner_text()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#n-app-2"
    page.close()


def test_kind_toggles_hide_marks_and_notes_but_never_text(browser, page_url: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_url)
    note = page.locator("#n-app-1")
    assert note.is_visible()
    page.locator("#show-substantive").uncheck()
    assert not note.is_visible()
    assert not page.locator("#app-1 + .app-ref").is_visible()
    assert page.locator("#app-1").is_visible(), "the text itself stays"
    assert page.locator("#n-app-3").is_visible(), "other kinds stay"
    page.close()


def test_everything_is_readable_without_javascript(browser, page_url: str, tmp_path: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 420, "height": 900})
    page = context.new_page()
    page.goto(page_url)
    assert page.locator("#n-app-1").is_visible()
    assert page.locator("#n-app-5").is_visible(), "the passage only in B is shown whole"
    assert "Closing words of B." in page.locator("main").inner_text()
    page.screenshot(path=str(tmp_path / "narrow-nojs.png"), full_page=True)
    # nothing is wider than the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    context.close()
