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
        pytest.skip(f"shared corpus missing: {WIKINEWS}")
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
