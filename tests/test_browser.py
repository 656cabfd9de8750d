"""The dashboard in a real Chromium, as people use it: views, links, filters, screenshots."""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser_util import CHROMIUM, CHROMIUM_ARGS, ROOT, chromium_missing, streamlit_server, wait_for_app

ARTIFACTS = ROOT / "tests" / "artifacts"
VIEWS = ["overview", "timeline", "speakers", "quotes", "reader", "briefing"]
SIZES = [(1280, 800), (1920, 1080)]

reason = chromium_missing()
if reason and not os.environ.get("CI"):
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason=f"browser tests skipped: {reason}")]
else:
    pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    with streamlit_server("seeds") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.console_errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


def showing(page) -> str:
    return page.locator("text=/^Showing: /").first.inner_text()


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders_clean(server, page, view):
    page.goto(f"{server}/?view={view}")
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stAlertContentError']").count() == 0
    if view in ("overview", "timeline", "speakers"):
        charts = page.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg")
        assert charts.count() >= 1
    assert "<mark" not in page.locator("[data-testid='stMain']").inner_text()  # no raw HTML as text
    assert page.console_errors == []


def test_link_with_speaker_and_day_shows_only_kirby(server, page):
    page.goto(f"{server}/?speaker=John%20Kirby&from=2024-08-26&to=2024-08-26&view=quotes")
    wait_for_app(page)
    assert showing(page).startswith("Showing: John Kirby · 26 Aug 2024 — 3 of 8 statements")
    main = page.locator("[data-testid='stMain']")
    assert "Volodymyr Zelenskyy" not in main.inner_text()


def test_filter_change_updates_url_and_table(server, page):
    page.goto(f"{server}/?view=quotes")
    wait_for_app(page)
    assert "— 8 of 8 statements" in showing(page)
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text="Quote kind")
    box.locator("input").click()
    page.get_by_role("option", name="direct", exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function("() => location.search.includes('kind=direct')", timeout=30_000)
    wait_for_app(page)
    assert parse_qs(urlparse(page.url).query)["kind"] == ["direct"]
    assert re.search(r"— 4 of 8 statements", showing(page))


@pytest.mark.parametrize("width,height", SIZES)
def test_screenshots_of_every_view(server, browser, width, height):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    for view in VIEWS:
        pg.goto(f"{server}/?view={view}")
        wait_for_app(pg)
        path = ARTIFACTS / f"{view}_{width}x{height}.png"
        pg.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    context.close()


def test_briefing_is_clean_for_print(server, page):
    page.goto(f"{server}/?speaker=John%20Kirby&from=2024-08-26&to=2024-08-26&view=briefing")
    wait_for_app(page)
    main = page.locator("[data-testid='stMain']")
    assert main.locator("h1").first.inner_text() == "Briefing: John Kirby · 26 Aug 2024"
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    assert not page.locator("[data-testid='stToolbar']").is_visible()
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 2
    text = main.inner_text()
    assert "Volodymyr Zelenskyy" not in text and "This is not a new desire" in text
    assert "analysis version" in text and "1 articles" in text
    page.emulate_media(media="print")
    visible = [w for w in ("button", "input", "[role='radio']") if any(
        el.is_visible() for el in page.locator(w).all())]
    assert visible == []  # nothing to click on paper
    assert page.console_errors == []


HOSTILE = ('<img src=x onerror=alert(1)>', "<script>alert(2)</script>", "[click](javascript:alert(3))", "**bold** $x$")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """An article whose title, text and quotes carry markup, script and markdown."""
    import csv

    folder = tmp_path_factory.mktemp("hostile")
    title = " ".join(HOSTILE)
    text = (f"Mayor Ann Lee said “{HOSTILE[0]} we will rebuild {HOSTILE[1]}” on Monday. "
            f"Ann Lee told reporters that {HOSTILE[2]} was {HOSTILE[3]}. "
            "Police chief Bob Ray said “the bridge is closed” after the storm.")
    with open(folder / "hostile.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "date", "url", "text"])
        w.writerow([title, "2024-08-27", "javascript:alert(4)", text])
    with streamlit_server(str(folder)) as url:
        yield url


@pytest.mark.parametrize("view", VIEWS)
def test_untrusted_text_stays_literal_in_every_view(hostile_server, page, view):
    page.goto(f"{hostile_server}/?view={view}")
    wait_for_app(page)
    if view == "quotes":  # open a statement in its paragraph too
        page.locator("[data-testid='stDataFrame']").first.click(position={"x": 10, "y": 50})
        page.wait_for_timeout(1500)
    page.wait_for_timeout(500)
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.text.includes('alert('))") is False
    assert [e for e in page.console_errors if e.startswith("dialog")] == []
    text = page.locator("[data-testid='stMain']").inner_text()
    if view in ("reader", "briefing"):
        assert "<img src=x onerror=alert(1)>" in text  # shown as the characters it is
        assert "<script>alert(2)</script>" in text


def test_two_sessions_keep_their_own_filters(server, browser):
    a = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    b = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    a.goto(f"{server}/?view=quotes&speaker=John%20Kirby")
    b.goto(f"{server}/?view=quotes&kind=direct")
    wait_for_app(a)
    wait_for_app(b)
    a.reload()
    wait_for_app(a)
    assert showing(a).startswith("Showing: John Kirby — 3 of 8 statements")
    assert showing(b).startswith("Showing: direct statements — 4 of 8 statements")
    a.context.close()
    b.context.close()


def test_chart_and_briefing_downloads(server, page):
    page.goto(f"{server}/?view=overview")
    wait_for_app(page)
    page.get_by_text("Export chart").first.click()
    with page.expect_download(timeout=60_000) as dl:
        page.get_by_role("button", name="PNG image").first.click()
    assert open(dl.value.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    page.goto(f"{server}/?view=briefing")
    wait_for_app(page)
    with page.expect_download(timeout=60_000) as dl:
        page.get_by_role("button", name="Download PDF").click()
    assert open(dl.value.path(), "rb").read(5) == b"%PDF-"
    assert page.console_errors == []


def test_large_corpus_is_analysed_by_worker_processes_without_breaking_the_app(tmp_path, page):
    """100+ articles go to worker processes, which import dashboard.py: they must not start the app."""
    import csv

    from analysis.scale import AUTO_MIN_ARTICLES

    n = AUTO_MIN_ARTICLES + 2
    with open(tmp_path / "many.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "date", "url", "text"])
        for i in range(n):
            w.writerow([f"Storm {i}", "2024-08-27", f"https://example.org/{i}",
                        f"Mayor Ann Lee said “the bridge number {i} is closed” on Monday."])
    with streamlit_server(str(tmp_path)) as url:
        page.goto(f"{url}/?view=quotes")
        wait_for_app(page, timeout_ms=240_000)
        assert page.locator("[data-testid='stException']").count() == 0
        assert f"{n:,} of {n:,} statements" in showing(page)
