"""A briefing: the current selection summarised for sharing (dashboard page, PDF and PNG)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import altair as alt
import pandas as pd

from . import charts, sentiment_stats
from .corpus import Corpus
from .filters import Filters
from .pipeline import ANALYSIS_VERSION


@dataclass
class Citation:
    speaker: str
    date: str
    quote: str
    title: str
    outlet: str
    url: str
    also_in: int = 0  # other near-duplicate articles carrying the same statement

    @property
    def source(self) -> str:
        parts = [x for x in (self.title, self.outlet) if x]
        if self.also_in:
            parts.append(f"also published in {self.also_in} other article(s)")
        return " · ".join(parts)


@dataclass
class Briefing:
    title: str
    filters: str
    numbers: list[tuple[str, str, str]]
    citations: list[Citation]
    provenance: str
    notes: list[str] = field(default_factory=list)
    charts: dict[str, alt.TopLevelMixin] = field(default_factory=dict)


def span_words(a: date, b: date) -> str:
    if a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a:%b %Y} – {b:%b %Y}"


def key_numbers(corpus: Corpus, view: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Label, value and note for each headline figure of a selection."""
    dated = view.dropna(subset=["period_start"])
    span, span_note = "—", "no dated statement"
    if len(dated):
        a, b = dated["period_start"].min().date(), dated["period_end"].max().date()
        span, span_note = span_words(a, b), f"{(b - a).days + 1} day(s)"
    anon = int((view["speaker_type"] == "anonymous").sum())
    return [
        ("Articles", f"{view['article_id'].nunique():,}", f"of {len(corpus.articles):,} analysed"),
        ("Statements", f"{len(view):,}", f"of {len(corpus.quotes):,}"),
        ("Speakers", f"{view['speaker'].nunique():,}", "named, unnamed and unknown"),
        ("Date span", span, span_note),
        ("Anonymous sources", f"{anon / len(view):.0%}" if len(view) else "—", f"{anon} statement(s)"),
    ]


def top_statements(view: pd.DataFrame, outlets: dict[str, str], n: int = 10) -> list[Citation]:
    """Statements worth reading out: whole sentences before fragments, most confident first,
    and when many speakers are in view, at most two each so one voice does not fill the list."""
    ranked = view.assign(_whole=view["quote"].str.split().str.len() >= 6).sort_values(
        ["_whole", "confidence", "period_start", "article_id", "start"],
        ascending=[False, False, True, True, True], na_position="last")
    if ranked["speaker"].nunique() >= 5:
        ranked = ranked.groupby("speaker", sort=False).head(2)
    # a missing date is NaN in pandas' string columns, and NaN is truthy: `r.date or …` printed "nan"
    return [Citation(r.speaker, r.date if isinstance(r.date, str) and r.date else "undated", r.quote,
                     str(r.display_title),
                     outlets.get(r.article_id) or "", r.url if _is_link(r.url) else "",
                     int(getattr(r, "also_in", 0) or 0))
            for r in ranked.head(n).itertuples()]


def _is_link(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def build(corpus: Corpus, view: pd.DataFrame, f: Filters, hidden: int, corpus_label: str,
          generated: datetime | None = None, n_statements: int = 10) -> Briefing:
    generated = generated or datetime.now()
    colors = charts.speaker_colors(corpus.quotes)
    outlets = {a: o for a, o in zip(corpus.articles["article_id"], corpus.articles["outlet"], strict=True)
               if isinstance(o, str)}
    notes = [f"{hidden} undated statement(s) are left out because a date range is set."] if hidden else []
    out = Briefing(
        title=f"Briefing: {f.describe()}",
        filters=f.describe(),
        numbers=key_numbers(corpus, view),
        citations=top_statements(view, outlets, n_statements),
        provenance=(f"Corpus {corpus_label} · {len(corpus.articles):,} articles · analysis version "
                    f"{ANALYSIS_VERSION} · generated {generated:%Y-%m-%d %H:%M}"),
        notes=notes,
    )
    if view.empty:
        out.notes.append("No statement matches these filters.")
        return out
    if view["period_start"].notna().any():
        out.charts["Statements over time"] = charts.statements_over_time(view, colors, legend=True)
    tone = sentiment_stats.speaker_tone(view)
    out.charts["Tone by speaker"] = charts.speaker_tone(tone, colors, n=10, measure="tone")
    return out
