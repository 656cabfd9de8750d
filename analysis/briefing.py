"""A briefing: the current selection summarised for sharing (dashboard page, PDF and PNG)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

import altair as alt
import pandas as pd

from . import charts, labels, sentiment_stats, timeaxis
from .corpus import Corpus
from .filters import Filters
from .labels import plural
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
    direct: bool = True  # a direct quote is printed in quotation marks; reported speech as a paraphrase

    @property
    def source(self) -> str:
        parts = [x for x in (self.title, self.outlet) if x]
        if self.also_in:
            parts.append(f"also published in {plural(self.also_in, 'other article')}")
        return " · ".join(parts)

    @property
    def words(self) -> str:
        """The statement as it may be read out: quoted only when it is the speaker's own words."""
        return f"“{self.quote}”" if self.direct else f"Paraphrase: {self.quote}"


@dataclass
class Briefing:
    title: str
    filters: str
    numbers: list[tuple[str, str, str]]
    citations: list[Citation]
    provenance: str
    notes: list[str] = field(default_factory=list)
    charts: dict[str, alt.TopLevelMixin] = field(default_factory=dict)
    chart_notes: dict[str, str] = field(default_factory=dict)  # what a chart leaves out, under it
    rule: str = ""  # how the top statements were chosen
    file_stem: str = "briefing"  # download names: briefing_john-kirby_2024-08-26


def span_words(a: date, b: date) -> str:
    if a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a:%b %Y} – {b:%b %Y}"


BULK_MIN = 20  # with fewer dated statements the span is the whole range


def date_span(view: pd.DataFrame) -> tuple[str, str]:
    """The span of the bulk of the statements' dates (5th–95th percentile) with the extremes named,
    so one statement dated decades back does not make a 2019 corpus span 44 years."""
    dated = view.dropna(subset=["period_start"])
    if dated.empty:
        return "—", "no dated statement"
    a, b = dated["period_start"].min().date(), dated["period_end"].max().date()
    if len(dated) >= BULK_MIN:
        lo, hi = dated["period_start"].quantile(timeaxis.BULK[0]).date(), dated["period_end"].quantile(timeaxis.BULK[1]).date()
        if (lo, hi) != (a, b):
            return span_words(lo, hi), f"90% of dated statements; earliest {a.day} {a:%b %Y}, latest {b.day} {b:%b %Y}"
    return span_words(a, b), plural((b - a).days + 1, "day")


def key_numbers(corpus: Corpus, view: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Label, value and note for each headline figure of a selection."""
    span, span_note = date_span(view)
    anon = int((view["speaker_type"] == "anonymous").sum())
    unknown = int((view["speaker_type"] == "unknown").sum())
    named = view.loc[~view["speaker_type"].isin(["anonymous", "unknown"]), "speaker"].nunique()
    return [
        ("Articles", f"{view['article_id'].nunique():,}", f"of {len(corpus.articles):,} analysed"),
        ("Statements", f"{len(view):,}", f"of {len(corpus.quotes):,}"),
        ("Named speakers", f"{named:,}", f"{plural(unknown, 'statement')} with no known speaker" if unknown
         else "people and organisations"),
        ("Date span", span, span_note),
        ("Anonymous sources", f"{anon / len(view):.0%}" if len(view) else "—", plural(anon, "statement")),
    ]


PER_SPEAKER = 2
WHOLE, FRAGMENT = 6, 3  # words: a statement to cite whole; less than a fragment worth citing


def top_statements(view: pd.DataFrame, outlets: dict[str, str], n: int = 10) -> tuple[list[Citation], str]:
    """Statements worth reading out, and the rule that chose them (in words, for the reader): the
    leading speakers in turn (named first, most statements), each with whole statements first, then
    those repeated in most articles, then the most confident; fragments are never cited."""
    ranked = labels.ranking(view)
    speakers = list(ranked["speaker_label"])
    per = PER_SPEAKER if len(speakers) * PER_SPEAKER >= n else -(-n // max(len(speakers), 1))
    rule = (f"Top statements: the most quoted speakers in this selection (named before unnamed sources; "
            f"unknown speakers left out), up to {per} statements each: statements of {WHOLE} words or more "
            f"before shorter ones, then those repeated in most articles, then the most confident; fragments "
            f"under {FRAGMENT} words are left out.")
    pool = view[view["speaker_label"].isin(speakers)]
    words = pool["quote"].str.split().str.len()
    pool = pool[words >= FRAGMENT].assign(whole=words >= WHOLE,
                                          repeats=pool["also_in"] if "also_in" in pool else 0,
                                          rank=pool["speaker_label"].map({s: i for i, s in enumerate(speakers)}))
    chosen = pool.sort_values(["rank", "whole", "repeats", "confidence", "period_start", "article_id", "start"],
                              ascending=[True, False, False, False, True, True, True], na_position="last")
    chosen = chosen.groupby("speaker_label", sort=False).head(per).head(n)
    # a missing date is NaN in pandas' string columns: readable_date says "undated" for it (it once printed "nan")
    cites = [Citation(r.speaker_label, labels.statement_date(r.date, getattr(r, "date_basis", None)), r.quote,
                      str(r.display_title), outlets.get(r.article_id) or "", r.url if _is_link(r.url) else "",
                      int(r.repeats or 0), r.kind == "direct")
             for r in chosen.itertuples()]
    return cites, rule


def _is_link(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def file_stem(f: Filters, generated: datetime, name: str = "briefing") -> str:
    """briefing_john-kirby_2024-08-26: the speakers and dates chosen, else the day it was made."""
    parts = [name]
    if f.speakers:
        parts.append(_slug(f.speakers[0]) if len(f.speakers) == 1 else f"{len(f.speakers)}-speakers")
    if f.about:
        parts.append("on-" + (_slug(f.about[0]) if len(f.about) == 1 else f"{len(f.about)}-names"))
    if f.dated:
        days = [d.isoformat() if d else "open" for d in (f.date_from, f.date_to)]
        parts.append(days[0] if days[0] == days[1] else "_to_".join(days))
    else:
        parts.append(f"{generated:%Y-%m-%d}")
    return "_".join(p for p in parts if p)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or "speaker"


def build(corpus: Corpus, view: pd.DataFrame, f: Filters, hidden: int, corpus_label: str,
          generated: datetime | None = None, n_statements: int = 10,
          link_problems: list[str] | None = None) -> Briefing:
    generated = generated or datetime.now()
    colors = charts.speaker_colors(view)
    outlets = {a: o for a, o in zip(corpus.articles["article_id"], corpus.articles["outlet"], strict=True)
               if isinstance(o, str)}
    notes = list(link_problems or [])
    if hidden:
        notes.append(f"{plural(hidden, 'undated statement')} {'is' if hidden == 1 else 'are'} left out because a "
                     "date range is set.")
    citations, rule = top_statements(view, outlets, n_statements)
    out = Briefing(
        title=f"Briefing: {f.describe()}",
        filters=f.describe(),
        numbers=key_numbers(corpus, view),
        citations=citations,
        provenance=(f"Corpus {corpus_label} · {plural(len(corpus.articles), 'article')} · analysis version "
                    f"{ANALYSIS_VERSION} · generated {generated:%Y-%m-%d %H:%M}"),
        notes=notes,
        rule=rule if citations else "",
        file_stem=file_stem(f, generated),
    )
    if view.empty:
        out.notes.append("No statement matches these filters.")
        return out
    w = timeaxis.window(view, f.date_from, f.date_to)
    if w.shown:
        out.charts["Statements over time"] = charts.statements_over_time(view, colors, w)
    if w.note():
        out.chart_notes["Statements over time"] = w.note()
    tone = sentiment_stats.speaker_tone(view)
    out.charts["Tone by speaker"] = charts.speaker_tone(tone, colors, n=10)
    out.chart_notes["Tone by speaker"] = TONE_NOTE
    return out


TONE_NOTE = ("Tone is a news-trained model's label per statement (−1 negative, 0 neutral, +1 positive), right on "
             "60% of NewsMTSC's test sentences (macro-F1 0.55; TextBlob's polarity scores 0.40); the interval is "
             "wide when a speaker has few statements.")
