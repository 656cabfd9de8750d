from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# tests never share the user's results cache, nor each other's across sessions
os.environ["ANALYSIS_CACHE_DIR"] = tempfile.mkdtemp(prefix="analysis-cache-")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "seeds" / "000_c8a401f571122ff9.txt"
WIKINEWS = SHARED / "corpora" / "wikinews_2019.csv"
EVAL = SHARED / "eval"
SHARED_MISSING = f"needs ../shared beside the project ({SHARED} is absent); CI has it"

# A corpus a new user might bring: an undated text file, a table row with curly quotes and markup in
# its title, straight and curly apostrophes, '&' and '<' in text, titles and statements.
UNDATED_TEXT = (
    "Pelosi's grandchildren & the <b>council</b>\n\n"
    "Maria Ostrova said “the council's budget isn't ready & it won't be < 2025” after the meeting.\n\n"
    "Ostrova told reporters that Pelosi’s grandchildren were “not part of the deal”.\n")
TRICKY_ROW = {"title": "O’Brien’s ‘last word’ & <i>more</i>", "date": "2024-08-27", "url": "https://example.org/obrien",
              "text": "Sean O’Brien said “we’re not done & we won't stop” after the vote. Ann Lee, O'Brien's deputy, "
                      "said the union's fund & its members' savings (< 5%) were safe."}


def write_tricky_corpus(folder: Path) -> Path:
    """Four statements, two of them undated (see UNDATED_TEXT and TRICKY_ROW)."""
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "undated.txt").write_text(UNDATED_TEXT, encoding="utf-8")
    with open(folder / "dated.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(TRICKY_ROW))
        w.writeheader()
        w.writerow(TRICKY_ROW)
    return folder


def three_edited_copies(folder):
    """The sample three times with small edits (a wire copy, an updated version), and one other story."""
    text = SAMPLE.read_text(encoding="utf-8")
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text.replace("Politico reported", "Politico first reported")
                                  + "\n\nThis story has been updated.", encoding="utf-8")
    (folder / "c.txt").write_text(text.replace("The United States", "The US"), encoding="utf-8")
    (folder / "other.txt").write_text(" date 2024-08-27\nThe mayor said “the bridge will reopen on Friday” "
                                      "after repairs, officials said.", encoding="utf-8")
    return folder


@pytest.fixture
def tricky_folder(tmp_path):
    return write_tricky_corpus(tmp_path / "tricky")


@pytest.fixture(scope="session")
def sample_analysis():
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    result = ingest([SAMPLE])
    (an,) = analyse(result.articles)
    return an


@pytest.fixture(scope="session")
def wikinews_analyses():
    if not WIKINEWS.exists():
        pytest.skip(SHARED_MISSING)
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    result = ingest([WIKINEWS])
    return result, list(analyse(result.articles))


@pytest.fixture(scope="session")
def sample_corpus():
    from analysis.corpus import analyse_corpus
    from analysis.ingest import ingest

    return analyse_corpus(ingest([ROOT / "seeds"]))


@pytest.fixture
def loopback_only(monkeypatch):
    """Name lookups and connections beyond 127.0.0.1/::1 fail (tests/fetch_site.py)."""
    from tests.fetch_site import guard_loopback

    yield from guard_loopback(monkeypatch)


@pytest.fixture
def site(loopback_only):
    """A news site on 127.0.0.1 for the fetch tests (tests/fetch_site.py)."""
    from tests.fetch_site import serving

    yield from serving(loopback_only)


@pytest.fixture(scope="module")
def browser():
    """One Chromium for a test module (the browser suites)."""
    from playwright.sync_api import sync_playwright

    from tests.browser_util import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
