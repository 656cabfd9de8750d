"""The dashboard in a real Chromium, as people use it: views, links, filters, screenshots."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser_util import (
    ARTIFACTS,
    RUNNING,
    SIZES,
    VIEWS,
    browser_marks,
    main_text,
    new_page,
    pick_speaker,
    showing,
    streamlit_server,
    wait_for_app,
)
from tests.conftest import write_tricky_corpus

pytestmark = browser_marks()


@pytest.fixture(scope="module")
def uploads_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("uploads")


@pytest.fixture(scope="module")
def server(uploads_dir):
    with streamlit_server("seeds", env={"DASHBOARD_UPLOADS": str(uploads_dir)}) as s:
        yield s.url


@pytest.fixture(autouse=True)
def server_logs_stay_clean():
    """No traceback, error or warning in the log of any server up during the test."""
    for s in RUNNING:
        s.new_problems()  # what came before this test is another test's business
    yield
    problems = [line for s in RUNNING for line in s.new_problems()]
    assert problems == [], "server log:\n" + "\n".join(problems)


@pytest.fixture
def page(browser):
    """A fresh browser context; its console must stay free of errors and warnings."""
    pg = new_page(browser)
    yield pg
    pg.context.close()
    assert pg.console.messages == []


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders_clean(server, page, view):
    page.goto(f"{server}/?view={view}")
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stAlertContentError']").count() == 0
    if view in ("overview", "timeline", "speakers"):  # drawn, not only placed (Vega may take a while)
        page.wait_for_selector("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
                               timeout=30_000)
    assert "<mark" not in page.locator("[data-testid='stMain']").inner_text()  # no raw HTML as text


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
    pg = new_page(browser, width, height)
    for view in VIEWS:
        pg.goto(f"{server}/?view={view}")
        wait_for_app(pg)
        path = ARTIFACTS / f"{view}_{width}x{height}.png"
        pg.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    pg.context.close()
    assert pg.console.messages == []


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
    assert "analysis version" in text and "1 article" in text and "1 articles" not in text
    page.emulate_media(media="print")
    visible = [w for w in ("button", "input", "[role='radio']") if any(
        el.is_visible() for el in page.locator(w).all())]
    assert visible == []  # nothing to click on paper


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
    with streamlit_server(str(folder)) as s:
        yield s.url


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
    text = page.locator("[data-testid='stMain']").inner_text()
    if view in ("reader", "briefing"):
        assert "<img src=x onerror=alert(1)>" in text  # shown as the characters it is
        assert "<script>alert(2)</script>" in text


def test_two_sessions_keep_their_own_filters(server, browser):
    a, b = new_page(browser), new_page(browser)
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
    assert a.console.messages == b.console.messages == []


def test_enter_on_a_typed_name_picks_that_speaker_only(server, page):
    """Issue 28: Enter selected "Select N matches" (every label containing the words) before the speaker."""
    page.goto(f"{server}/?view=quotes")
    wait_for_app(page)
    assert pick_speaker(page, "Kirby") == ["John Kirby"]
    assert showing(page).startswith("Showing: John Kirby — 3 of 8 statements")


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


@pytest.mark.slow
def test_large_corpus_is_analysed_by_worker_processes_without_breaking_the_app(tmp_path, browser):
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
    with streamlit_server(str(tmp_path)) as s:
        page = new_page(browser)
        page.goto(f"{s.url}/?view=quotes")
        wait_for_app(page, timeout_ms=240_000)
        assert page.locator("[data-testid='stException']").count() == 0
        assert f"{n:,} of {n:,} statements" in showing(page)
        page.context.close()  # before the server stops: a page left open logs its lost connection
        assert page.console.messages == [] and s.new_problems() == []


# ------------------------------------------------------------------ issue 19: what a new user met


@pytest.fixture(scope="module")
def tricky_server(tmp_path_factory):
    """An undated text file and a table row with straight and curly apostrophes, '&' and '<'."""
    folder = write_tricky_corpus(tmp_path_factory.mktemp("tricky") / "corpus")
    with streamlit_server(str(folder)) as s:
        yield s.url


@pytest.mark.parametrize("view", VIEWS)
def test_links_with_from_draw_every_view_without_warnings(tricky_server, page, view):
    """Repro 6: a link with from= logged Streamlit's "created with a default value but also had its value
    set via the Session State API" with a stack, and Vega warned 'Infinite extent for field
    "period_start"' (the server log and console checks after each test fail on either)."""
    page.goto(f"{tricky_server}/?from=2024-08-27&view={view}")
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    if view != "briefing":
        assert showing(page) == "Showing: 27 Aug 2024 – … — 2 of 4 statements"


def test_apostrophes_and_markup_show_as_typed_in_reader_paragraph_and_briefing(tricky_server, page):
    """Repros 1 and 2: the briefing crashed on an undated statement; apostrophes showed as &#x27;."""
    page.goto(f"{tricky_server}/?view=reader")
    wait_for_app(page)
    page.locator("[data-testid='stSelectbox']").filter(has_text="Article").click()
    page.get_by_role("option", name="Pelosi's grandchildren & the <b>council</b>").click()
    # the rerun the choice starts: a loaded machine showed the page before it (the other article's text)
    page.locator("h4").filter(has_text="Pelosi's grandchildren").wait_for(timeout=60_000)
    wait_for_app(page)
    text = main_text(page)
    assert "Pelosi's grandchildren & the <b>council</b>" in text
    assert "the council's budget isn't ready & it won't be < 2025" in text and "Pelosi’s grandchildren" in text
    assert "&#" not in text and "&amp;" not in text and "&lt;" not in text
    page.goto(f"{tricky_server}/?view=quotes&speaker=Maria%20Ostrova")
    wait_for_app(page)
    page.locator("[data-testid='stDataFrame']").first.click(position={"x": 10, "y": 50})
    page.get_by_text("In its paragraph").wait_for(timeout=30_000)
    wait_for_app(page)
    paragraph = main_text(page).split("In its paragraph", 1)[1]
    assert "Maria Ostrova said “the council's budget isn't ready & it won't be < 2025" in paragraph
    page.goto(f"{tricky_server}/?view=briefing")
    wait_for_app(page)
    text = main_text(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert text.count("Maria Ostrova · undated") == 2 and "Sean O’Brien · 27 Aug 2024" in text
    assert "O’Brien’s ‘last word’ & <i>more</i>" in text and "we won't stop" in text
    assert "&#" not in text and "&amp;" not in text


def data_panel(page):
    panel = page.locator("[data-testid='stSidebar'] [data-testid='stExpander']").filter(has_text="Data").first
    if not panel.get_by_label("Corpus paths (separate with ;)").is_visible():
        panel.locator("summary").first.click()
    return panel


def type_paths(page, paths: str) -> None:
    box = data_panel(page).get_by_label("Corpus paths (separate with ;)")
    box.fill(paths)
    box.press("Enter")
    page.wait_for_timeout(500)
    wait_for_app(page)


def csv_of_statements(page) -> bytes:
    with page.expect_download(timeout=60_000) as dl:
        page.get_by_role("button", name="Download these statements (CSV)").click()
    return open(dl.value.path(), "rb").read()


def test_mistyped_path_then_the_right_one(server, page, tmp_path):
    """Repro 3: a mistyped path, then the corrected one, raised TypeError until the page was reloaded."""
    folder = write_tricky_corpus(tmp_path / "mine")
    page.goto(f"{server}/?view=quotes&kind=direct")
    wait_for_app(page)
    type_paths(page, str(folder) + "x")
    assert "This corpus is not available here" in main_text(page) and f"{folder}x" in main_text(page)
    type_paths(page, str(folder))
    assert page.locator("[data-testid='stException']").count() == 0
    assert showing(page) == "Showing: direct statements — 2 of 4 statements"  # '… were “not part of the deal”' is mixed


def test_link_from_a_custom_folder_shows_the_same_statements_elsewhere(server, browser, page, tmp_path):
    """Repro 4: a link made on a custom folder opened on seeds/ with '0 of 8 statements'."""
    folder = write_tricky_corpus(tmp_path / "mine")
    page.goto(f"{server}/?view=quotes")
    wait_for_app(page)
    type_paths(page, str(folder))
    page.goto(page.url.replace("view=quotes", "view=quotes&kind=indirect&kind=direct"))  # a filter as well
    wait_for_app(page)
    link, sent = page.url, csv_of_statements(page)
    assert parse_qs(urlparse(link).query)["corpus"] == [str(folder)]
    other = new_page(browser)
    other.goto(link)
    wait_for_app(other)
    assert showing(other) == showing(page) and csv_of_statements(other) == sent
    assert sent.count(b"\n") == 1 + 4
    other.context.close()
    assert other.console.messages == []


def test_link_to_an_uploaded_file_survives_reload_and_another_context(server, browser, page, tmp_path):
    """Repro 4: uploaded files were gone after a reload, so a link to them could not work."""
    import csv

    from tests.conftest import TRICKY_ROW

    upload = tmp_path / "wire story.csv"
    with open(upload, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(TRICKY_ROW))
        w.writeheader()
        w.writerow(TRICKY_ROW)
    page.goto(f"{server}/?view=quotes")
    wait_for_app(page)
    type_paths(page, "")
    data_panel(page).locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
    page.wait_for_function("() => location.search.includes('upload=')", timeout=60_000)
    wait_for_app(page)
    assert showing(page) == "Showing: All statements — 2 of 2 statements"
    sent = csv_of_statements(page)
    page.reload()
    wait_for_app(page)
    assert showing(page) == "Showing: All statements — 2 of 2 statements"
    other = new_page(browser)
    other.goto(page.url)
    wait_for_app(other)
    assert csv_of_statements(other) == sent and b"Sean O\xe2\x80\x99Brien" in sent
    other.context.close()
    assert other.console.messages == []


def test_link_whose_corpus_is_gone_says_so(server, page, tmp_path):
    page.goto(f"{server}/?view=quotes&speaker=John%20Kirby&corpus={tmp_path}/moved")
    wait_for_app(page)
    text = main_text(page)
    assert "This corpus is not available here" in text and f"{tmp_path}/moved" in text
    assert "Showing:" not in text and "Volodymyr Zelenskyy" not in text


@pytest.fixture(scope="module")
def coarse_server(tmp_path_factory):
    """Statements dated only to a season and a year of 2015, and one by its article's day of 2016."""
    from tests.test_dashboard import COARSE_TEXT

    folder = tmp_path_factory.mktemp("coarse")
    (folder / "bridge.txt").write_text(" date 2016-03-01\n" + COARSE_TEXT, encoding="utf-8")
    with streamlit_server(str(folder)) as s:
        yield s.url


@pytest.mark.parametrize("view", VIEWS)
def test_a_range_of_coarse_dates_only_or_of_none_draws_every_view_without_warnings(coarse_server, page, view):
    """Review 3, repro 1: PolNeAR train's Overview from 2015-01-01 to 2015-06-30 (years, seasons and
    quarters only) raised ValueError; drawn, no chart may leave Vega a warning either (the console
    check after each test)."""
    speakers = "&speaker=Ann%20Lee&speaker=Bo%20Chen" if view == "compare" else ""
    for days, shown in (("from=2015-01-01&to=2015-06-30", "2 of 3"), ("from=1980-01-01&to=1980-12-31", "0 of 3")):
        page.goto(f"{coarse_server}/?{days}&view={view}{speakers}")
        wait_for_app(page)
        assert page.locator("[data-testid='stException']").count() == 0
        if view != "briefing":
            assert showing(page).endswith(f"— {shown} statements")
