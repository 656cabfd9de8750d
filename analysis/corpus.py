"""A whole corpus analysed into the frames the dashboard shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import canonical, corrections, duplicates, frames
from .cache import ResultCache
from .filters import add_periods
from .ingest import IngestResult
from .models import IngestEntry
from .nlp import DEFAULT_MODEL
from .periods import period
from .pipeline import ANALYSIS_VERSION, analyse
from .scale import auto_runner


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
                   model: str = DEFAULT_MODEL, cache: ResultCache | None = None) -> Corpus:
    analyses = []
    report = list(result.report)
    runner = auto_runner(len(result.articles))
    try:
        for an in analyse(result.articles, model=model, cache=cache, progress=progress, runner=runner):
            if an.error:
                report.append(IngestEntry(an.article.source, an.article.row, an.article.article_id, "error", an.error))
            analyses.append(an)
    finally:
        if runner is not None:
            runner.close()
    if cache is not None:
        report += [IngestEntry(str(cache.dir), None, None, "warning", p) for p in cache.problems]
    return from_frames(frames.quotes_frame(analyses), frames.timeline_frame(analyses), frames.targets_frame(analyses),
                       frames.articles_frame(analyses), frames.ingest_frame(report))


def from_frames(quotes: pd.DataFrame, timeline: pd.DataFrame, targets: pd.DataFrame, articles: pd.DataFrame,
                report: pd.DataFrame) -> Corpus:
    """The dashboard's corpus from the analysis tables (fresh, or read from a Parquet dataset)."""
    names = {r.article_id: display_title(r.title, r.source, r.row, r.article_id) for r in articles.itertuples()}
    articles = articles.assign(display_title=articles["article_id"].map(names))
    quotes, targets = canonical.merge_speakers(quotes, targets)
    quotes = add_periods(quotes).assign(display_title=quotes["article_id"].map(names))
    quotes, articles = duplicates.mark_copies(quotes, articles)
    quotes = corrections.with_columns(quotes, articles)
    groups = pd.DataFrame([{"source": src, "row": None, "article_id": None, "status": "ok", "message": msg}
                           for src, msg in duplicates.report(articles)], columns=report.columns)
    report = pd.concat([report, groups], ignore_index=True) if len(groups) else report
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    return Corpus(quotes, _events(timeline, texts), articles, report, targets)


def from_dataset(roots: list[Path]) -> Corpus:
    """A corpus analysed earlier (python -m analysis ... --format parquet --out ROOT)."""
    from .dataset import read_table

    def table(name: str, columns: list[str]) -> pd.DataFrame:
        parts = [read_table(r, name) for r in roots]
        parts = [p for p in parts if len(p)]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)

    report = pd.DataFrame([{"source": str(r), "row": None, "article_id": None, "status": "ok",
                            "message": "analysed earlier: Parquet dataset"} for r in roots],
                          columns=frames.INGEST_COLUMNS)
    return from_frames(table("quotes", frames.QUOTE_FRAME_COLUMNS), table("timeline", frames.TIMELINE_COLUMNS),
                       table("targets", frames.TARGET_COLUMNS), table("articles", frames.ARTICLE_COLUMNS), report)


def display_title(title: str | None, source: str, row: int, article_id: str) -> str:
    """The title, or for an untitled article its file name (and record number in a table)."""
    if isinstance(title, str) and title:
        return title
    name = Path(source).name
    return f"{name} #{row}" if article_id != source else name


def _events(timeline: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Timeline rows with their period and a little context, for the time axis."""
    spans = [period(v) for v in timeline["value"]]
    out = timeline.copy()
    out["period_start"] = pd.to_datetime([s[0] if s else None for s in spans])
    out["period_end"] = pd.to_datetime([s[1] if s else None for s in spans])
    out["context"] = [" ".join(texts[a][max(0, s - 60):e + 60].split())
                      for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)]
    return out
