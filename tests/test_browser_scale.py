"""Browser suite at corpus scale (slow): every view, the briefing, compare, about and timeline on
Wikinews and PolNeAR train, screenshotted at two window sizes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser_util import (
    ARTIFACTS,
    VIEWS,
    browser_marks,
    main_text,
    new_page,
    pick_speaker,
    showing,
    streamlit_server,
    wait_for_app,
)
from tests.conftest import SHARED, SHARED_MISSING, WIKINEWS

pytestmark = browser_marks()


CORPORA = {"wikinews": WIKINEWS, "polnear_train": SHARED / "corpora" / "polnear_train.csv"}
# what never belongs in text a reader sees: Python's missing values, escaped HTML, a count's "(s)"
RAW = re.compile(r"\b(?:None|nan|NaN|NaT)\b|&#|&amp;|&lt;|\(s\)")


def _view_text_problems(page) -> list[str]:
    text = main_text(page)
    return sorted({m.group(0) for m in RAW.finditer(text)})


@pytest.mark.slow
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_every_view_and_the_briefing_at_corpus_scale(browser, corpus, tmp_path):
    """Issue 18, as a user sees it: every view and the briefing of a real corpus (hundreds of articles
    and speakers) at a laptop's and a desktop's window size, then tall for the screenshots in
    tests/artifacts/<corpus>_<view>_<size>.png; the briefing's PDF pages as PNGs. No exception, no
    console warning (Vega's "legend count exceeds limit" once showed the legend was cut), no raw
    None/nan/escaped HTML, no page wider than the window, charts of bounded height."""
    path = CORPORA[corpus]
    if not path.exists():
        pytest.skip(SHARED_MISSING)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with streamlit_server(str(path)) as s:
        for width, height in ((1400, 900), (1920, 1080)):
            pg = new_page(browser, width, height)
            for view in VIEWS:
                pg.set_viewport_size({"width": width, "height": height})
                pg.goto(f"{s.url}/?view={view}")
                wait_for_app(pg, timeout_ms=1_200_000)
                assert pg.locator("[data-testid='stException']").count() == 0, view
                assert _view_text_problems(pg) == [], view
                assert pg.evaluate("() => document.documentElement.scrollWidth") <= width, view
                heights = pg.locator("[data-testid='stVegaLiteChart']").evaluate_all(
                    "els => els.map(e => e.getBoundingClientRect().height)")
                assert all(h <= 1000 for h in heights), (view, heights)
                tall = pg.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
                pg.set_viewport_size({"width": width, "height": min(max(height, tall + 60), 8000)})
                pg.wait_for_timeout(1500)
                shot = ARTIFACTS / f"{corpus}_{view}_{width}x{height}.png"
                pg.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 10_000
            with pg.expect_download(timeout=300_000) as dl:
                pg.get_by_role("button", name="Download PDF").click()
            pdf = tmp_path / f"{corpus}.pdf"
            dl.value.save_as(pdf)
            pg.context.close()
            assert pg.console.messages == [] and s.new_problems() == []
        pages = _pdf_pages(pdf, ARTIFACTS / f"{corpus}_briefing_pdf")
        assert 1 <= len(pages) <= 6
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
                              timeout=120).stdout
        assert "Top statements" in text and sorted({m.group(0) for m in RAW.finditer(text)}) == []


def _pdf_pages(pdf: Path, prefix: Path) -> list[Path]:
    """The PDF's pages as PNGs beside the screenshots (poppler's pdftoppm, installed with Chromium in CI)."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed (apt-get install -y poppler-utils)")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


FOCUS = {"wikinews": (("Donald Trump", "Boris Johnson"), "United States"),
         "polnear_train": (("Donald Trump", "Hillary Clinton"), "Hillary Clinton")}


def _shoot(pg, width: int, height: int, path: Path) -> None:
    """The whole page, the window made as tall as the page so Streamlit lays it all out."""
    tall = pg.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    pg.set_viewport_size({"width": width, "height": min(max(height, tall + 60), 8000)})
    pg.wait_for_timeout(1500)
    pg.screenshot(path=str(path), full_page=True)
    pg.set_viewport_size({"width": width, "height": height})
    assert path.stat().st_size > 10_000


def _png_text(data: bytes) -> dict[str, str]:
    import io

    from PIL import Image

    return dict(Image.open(io.BytesIO(data)).text)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_compare_about_and_timeline_at_corpus_scale(browser, corpus):
    """Issue 28 on a real corpus at a laptop's and a desktop's width: two speakers compared (and their
    comparison PDF), a briefing of one speaker on a name (“Donald Trump on Hillary Clinton”), a
    speaker's timeline with its chronological list, the speaker chosen by typing and Enter; an
    exported chart PNG says its title, filters and corpus. Screenshots in tests/artifacts/."""
    path = CORPORA[corpus]
    if not path.exists():
        pytest.skip(SHARED_MISSING)
    (first, second), about = FOCUS[corpus]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    q = {"a": first.replace(" ", "%20"), "b": second.replace(" ", "%20"), "about": about.replace(" ", "%20")}
    with streamlit_server(str(path)) as s:
        for width, height in ((1400, 900), (1920, 1080)):
            pg = new_page(browser, width, height)
            pg.goto(f"{s.url}/?view=timeline")
            wait_for_app(pg, timeout_ms=1_200_000)
            assert pick_speaker(pg, first) == [first]
            text = main_text(pg)
            n = int(re.search(r"— ([\d,]+) of", showing(pg)).group(1).replace(",", ""))
            assert f"Statements, newest first ({n:,})" in text and _view_text_problems(pg) == []
            _shoot(pg, width, height, ARTIFACTS / f"{corpus}_timeline_{width}.png")
            pg.get_by_text("Export chart").first.click()
            with pg.expect_download(timeout=120_000) as dl:
                pg.get_by_role("button", name="PNG image").first.click()
            meta = _png_text(open(dl.value.path(), "rb").read())
            assert meta["Title"] == "Who spoke when" and meta["Description"] == first and path.name in meta["Source"]
            pg.keyboard.press("Escape")

            pg.goto(f"{s.url}/?view=compare&speaker={q['a']}&speaker={q['b']}")
            wait_for_app(pg, timeout_ms=600_000)
            names = pg.locator("h3.cmp-name").all_inner_texts()
            assert names == [first, second] and _view_text_problems(pg) == []
            assert pg.evaluate("() => document.documentElement.scrollWidth") <= width
            pg.wait_for_selector("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
                                 timeout=30_000)
            _shoot(pg, width, height, ARTIFACTS / f"{corpus}_compare_{width}.png")
            with pg.expect_download(timeout=300_000) as dl:
                pg.get_by_role("button", name="Download comparison PDF").click()
            assert open(dl.value.path(), "rb").read(5) == b"%PDF-"

            pg.goto(f"{s.url}/?view=briefing&speaker={q['a']}&about={q['about']}")
            wait_for_app(pg, timeout_ms=600_000)
            title = pg.locator("[data-testid='stMain'] h1").first.inner_text()
            assert title == f"Briefing: {first} on {about}" and _view_text_problems(pg) == []
            _shoot(pg, width, height, ARTIFACTS / f"{corpus}_briefing_about_{width}.png")
            with pg.expect_download(timeout=300_000) as dl:
                pg.get_by_role("button", name="Download PNG").click()
            png = ARTIFACTS / f"{corpus}_briefing_about_download_{width}.png"
            dl.value.save_as(png)
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            pg.context.close()
            assert pg.console.messages == [] and s.new_problems() == []
