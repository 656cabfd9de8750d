"""A whole corpus, built one way for every command and every view:
ingest → analyse → speaker identity → duplicate groups → corrections → periods.

The command line and the dashboard both call build_corpus(), so they count the same statements
under the same speaker names; Corpus.statements() is what both count.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import corrections, duplicates, frames, identity, quotes_table, speaker_audit, target_names
from .cache import ResultCache
from .corrections import Correction
from .ingest import DEFAULT_MAX_BYTES, IngestResult, cap_articles, ingest
from .models import ArticleAnalysis, IngestEntry
from .nlp import DEFAULT_MODEL
from .periods import period
from .pipeline import ANALYSIS_VERSION, analyse
from .quotes.rules import ALL_ON, RuleSwitch
from .scale import runner_for

Tell = Callable[[IngestEntry], None]


@dataclass
class Corpus:
    quotes: pd.DataFrame
    timeline: pd.DataFrame
    articles: pd.DataFrame
    report: pd.DataFrame
    targets: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=frames.TARGET_COLUMNS))
    version: str = ANALYSIS_VERSION
    # pairs of speakers that may be one person, open for the analyst (speaker_audit.py)
    suggestions: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=speaker_audit.SUGGESTION_COLUMNS))
    actions: list[Correction] = field(default_factory=list)  # the analyst's corrections, as read
    problems: list[str] = field(default_factory=list)  # corrections that could not be read or applied

    def statements(self, count_copies: bool = False) -> pd.DataFrame:
        """The statements to count: one repeated in a near-duplicate article counts once, unless
        `count_copies` (the dashboard's *Count wire copies separately*, the CLI's --count-copies)."""
        if count_copies or "is_copy" not in self.quotes:
            return self.quotes
        return self.quotes[~self.quotes["is_copy"].astype(bool)]

    def statement_targets(self, statements: pd.DataFrame, labelled: bool = False) -> pd.DataFrame:
        """The people, organisations and places named in these statements, under the statements'
        speakers (as corrected); `labelled` puts the speaker's label (unnamed sources by their
        description) in `speaker`, as charts show it."""
        keys = ["article_id", "statement_start", "statement_end"]
        who = "speaker_label" if labelled else "speaker"
        speakers = statements[["article_id", "start", "end", who, "speaker_type"]].rename(
            columns={"start": "statement_start", "end": "statement_end", who: "speaker"}).drop_duplicates(keys)
        found = self.targets.drop(columns=["speaker", "speaker_type"]).merge(speakers, on=keys)
        return found[frames.TARGET_COLUMNS]

    def speakers(self, count_copies: bool = False) -> pd.DataFrame:
        return frames.speakers_frame(self.statements(count_copies))

    def audit(self, count_copies: bool = False) -> pd.DataFrame:
        """The open 'possibly the same person' pairs and the flagged labels of the speaker list."""
        return speaker_audit.audit_table(speaker_audit.recount(self.suggestions, self.statements(count_copies)),
                                         speaker_audit.flags(self.speakers(count_copies)))


def build_corpus(paths: Iterable[str | os.PathLike], *, model: str = DEFAULT_MODEL, cache: ResultCache | None = None,
                 progress: Callable[[int, int | None], None] | None = None, processes: int = 0,
                 dask: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, max_articles: int | None = None,
                 corrections_file: Path | None = None, tell: Tell | None = None,
                 rules: RuleSwitch = ALL_ON) -> Corpus:
    """Every stage from files to the counted corpus. `tell` hears each problem as it is met
    (an unreadable input, a failed analysis); all of them are also in the report."""
    result = ingest(list(paths), max_bytes=max_bytes)
    if max_articles is not None:
        cap_articles(result, max_articles)
    for entry in result.report if tell is not None else []:
        tell(entry)
    corpus = analyse_corpus(result, progress=progress, model=model, cache=cache, processes=processes, dask=dask,
                            tell=tell, rules=rules)
    return with_corrections(corpus, corrections_file)


def analyse_corpus(result: IngestResult, progress: Callable[[int, int | None], None] | None = None,
                   model: str = DEFAULT_MODEL, cache: ResultCache | None = None, processes: int = 0,
                   dask: str | None = None, tell: Tell | None = None, rules: RuleSwitch = ALL_ON) -> Corpus:
    """Analyse → speaker identity → duplicate groups → periods (corrections: with_corrections)."""
    analyses = []
    report = list(result.report)
    runner = runner_for(len(result.articles), processes, dask)

    def note(entry: IngestEntry) -> None:
        report.append(entry)
        if tell is not None:
            tell(entry)

    try:
        for an in analyse(result.articles, model=model, cache=cache, progress=progress, runner=runner, rules=rules):
            if an.error:
                note(IngestEntry(an.article.source, an.article.row, an.article.article_id, "error", an.error))
            analyses.append(an)
    finally:
        if runner is not None:
            runner.close()
    for problem in cache.problems if cache is not None else []:
        note(IngestEntry(str(cache.dir), None, None, "warning", problem))
    return from_frames(frames.quotes_frame(analyses), frames.timeline_frame(analyses), frames.targets_frame(analyses),
                       frames.articles_frame(analyses), frames.ingest_frame(report), rules)


def with_corrections(corpus: Corpus, path: Path | None) -> Corpus:
    """The corpus as the analyst corrected it (the file is read on every call: it changes while the
    analysis stays); speaker labels follow reassigned speakers."""
    actions, problems = corrections.load(path)
    fixed, stale = corrections.apply_to_corpus(corpus, actions)
    return dataclasses.replace(fixed, actions=actions, problems=problems + stale,
                               suggestions=speaker_audit.open_suggestions(corpus.suggestions, fixed.quotes, actions))


def from_frames(quotes: pd.DataFrame, timeline: pd.DataFrame, targets: pd.DataFrame, articles: pd.DataFrame,
                report: pd.DataFrame, rules: RuleSwitch = ALL_ON) -> Corpus:
    """The corpus from the analysis tables (fresh, or read from a Parquet dataset)."""
    articles = _titled(articles)
    if "date_basis" not in quotes:  # a dataset written before statements said what dated them
        quotes = quotes.assign(date_basis=None)
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    targets = target_names.normalise(targets, quotes)
    quotes, targets, resolution = identity.rename(quotes, targets, texts, rules)
    quotes = quotes.assign(about=target_names.about(quotes, targets))
    quotes, articles = duplicates.mark_copies(quotes, articles)
    quotes = quotes_table.finish(quotes, articles)
    groups = frames.ingest_frame(_group_entries(articles))
    report = pd.concat([report, groups], ignore_index=True) if len(groups) else report
    return Corpus(quotes, _events(timeline, texts), articles, report, targets,
                  suggestions=speaker_audit.suggestions(resolution, quotes))


def ingest_report(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> list[IngestEntry]:
    """What was read and skipped, and the near-duplicate groups, without analysing anything."""
    result = ingest(list(paths), max_bytes=max_bytes)
    articles = _titled(frames.articles_frame(ArticleAnalysis(a, [], []) for a in result.articles))
    return result.report + _group_entries(duplicates.with_groups(articles))


def _group_entries(articles: pd.DataFrame) -> list[IngestEntry]:
    return [IngestEntry(src, None, None, "ok", msg) for src, msg in duplicates.report(articles)]


def _titled(articles: pd.DataFrame) -> pd.DataFrame:
    names = {r.article_id: display_title(r.title, r.source, r.row, r.article_id) for r in articles.itertuples()}
    return articles.assign(display_title=articles["article_id"].map(names))


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
