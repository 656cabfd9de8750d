"""A whole corpus analysed into the frames the dashboard shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import frames
from .filters import add_periods
from .ingest import IngestResult
from .models import IngestEntry
from .nlp import DEFAULT_MODEL
from .periods import period
from .pipeline import ANALYSIS_VERSION, analyse


@dataclass
class Corpus:
    quotes: pd.DataFrame
    timeline: pd.DataFrame
    articles: pd.DataFrame
    report: pd.DataFrame
    targets: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=frames.TARGET_COLUMNS))
    version: str = ANALYSIS_VERSION

    @property
    def speakers(self) -> pd.DataFrame:
        return frames.speakers_frame(self.quotes)


def analyse_corpus(result: IngestResult, progress: Callable[[int, int], None] | None = None,
                   model: str = DEFAULT_MODEL) -> Corpus:
    analyses = []
    report = list(result.report)
    total = len(result.articles)
    for i, an in enumerate(analyse(result.articles, model=model), start=1):
        if an.error:
            report.append(IngestEntry(an.article.source, an.article.row, an.article.article_id, "error", an.error))
        analyses.append(an)
        if progress is not None:
            progress(i, total)
    quotes = add_periods(frames.quotes_frame(analyses))
    articles = frames.articles_frame(analyses)
    names = {an.article.article_id: display_title(an.article) for an in analyses}
    articles["display_title"] = articles["article_id"].map(names)
    quotes["display_title"] = quotes["article_id"].map(names)
    return Corpus(quotes, _events(frames.timeline_frame(analyses), analyses), articles, frames.ingest_frame(report),
                  frames.targets_frame(analyses))


def display_title(article) -> str:
    """The title, or for an untitled article its file name (and record number in a table)."""
    if article.title:
        return article.title
    name = Path(article.source).name
    return f"{name} #{article.row}" if article.article_id != article.source else name


def _events(timeline: pd.DataFrame, analyses) -> pd.DataFrame:
    """Timeline rows with their period and a little context, for the time axis."""
    texts = {an.article.article_id: an.article.text for an in analyses}
    spans = [period(v) for v in timeline["value"]]
    out = timeline.copy()
    out["period_start"] = pd.to_datetime([s[0] if s else None for s in spans])
    out["period_end"] = pd.to_datetime([s[1] if s else None for s in spans])
    out["context"] = [" ".join(texts[a][max(0, s - 60):e + 60].split())
                      for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)]
    return out
