"""Pieces every view uses: what a view is given, KPI cards, charts with export, empty states, the
ingest report, and the page's CSS."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd
import streamlit as st

from analysis import charts, export, labels, timeaxis
from analysis.corpus import Corpus
from analysis.filters import Filters
from analysis.frames import ingest_summary
from analysis.labels import plural
from analysis.reader import escape


@dataclass
class Shown:
    """What a view lays out: the corpus, the statements the filters keep, and how to rank and colour
    them (ranked once per rerun: colours, charts and the briefing's choice all read it)."""

    corpus: Corpus
    view: pd.DataFrame  # the statements that pass the filters
    filters: Filters
    hidden: int  # undated statements a date range hides
    label: str  # the corpus in words, for provenance
    link_problems: list[str] = field(default_factory=list)  # what of the link could not be applied

    @cached_property
    def ranked(self) -> pd.DataFrame:
        """The view's speakers, most quoted first (labels.ranking)."""
        return labels.ranking(self.view)

    @cached_property
    def colors(self) -> dict[str, str]:
        return charts.speaker_colors(self.view, self.ranked)

    @cached_property
    def context(self) -> export.ChartContext:
        """What an exported chart says about itself: the filters, the corpus and n."""
        return export.ChartContext(self.filters.describe(), self.label, len(self.view))

    @cached_property
    def window(self) -> timeaxis.Window:
        """The time window of every chart of these statements (the filters' range bounds it)."""
        return timeaxis.window(self.view, self.filters.date_from, self.filters.date_to)


def empty_state(f: Filters, hidden: int) -> None:
    widen = []
    if f.dated:
        widen.append("the date range")
    if f.speakers:
        widen.append("the speaker selection")
    if f.types or f.kinds or f.articles:
        widen.append("the type, kind or article filters")
    if f.q:
        widen.append("the search text")
    if f.tones:
        widen.append("the tone selection")
    if f.min_confidence:
        widen.append("the confidence slider")
    advice = ("Widen " + ", ".join(widen) + ".") if widen else "The corpus has no attributed statements."
    extra = (f" {plural(hidden, 'undated statement')} {'is' if hidden == 1 else 'are'} hidden while a date range is "
             "set.") if hidden else ""
    st.info(f"No statement matches these filters. {advice}{extra}", icon="🔎")


def chart_block(chart, name: str, key: str, export_buttons: bool = True,
                context: export.ChartContext | None = None) -> None:
    """A chart stretched to its column, and (unless not wanted) its PNG/SVG export headed by its
    title, the filters in words, the corpus, n and the time it was made (`context`)."""
    st.altair_chart(chart, width="stretch", key=f"{key}_chart")
    if not export_buttons:
        return
    with st.popover("Export chart", icon=":material/download:"):
        fixed = chart.properties(width=export.CHART_WIDTH)
        title = name.replace("_", " ")
        # drawn only when clicked: rendering every chart on every rerun would slow each filter change
        st.download_button("PNG image", lambda: export.chart_png(fixed, context=context, name=title), f"{name}.png",
                           "image/png", key=f"{key}_png", on_click="ignore")
        st.download_button("SVG image", lambda: export.chart_svg(fixed, context=context, name=title), f"{name}.svg",
                           "image/svg+xml", key=f"{key}_svg", on_click="ignore")


def kpi_cards(cards: list[tuple[str, str, str]]) -> None:
    """Label, value and a small note per card; all text escaped."""
    cells = "".join(
        f"<div class='kpi'><div class='kpi-label'>{escape(label)}</div>"
        f"<div class='kpi-value'>{escape(value)}</div><div class='kpi-note'>{escape(note)}</div></div>"
        for label, value, note in cards)
    st.markdown(f"<div class='kpis'>{cells}</div>", unsafe_allow_html=True)


def ingest_report(corpus: Corpus) -> None:
    rep = corpus.report
    with st.expander(ingest_summary(rep, len(corpus.articles)), expanded=bool((rep["status"] == "error").any())):
        st.dataframe(rep, hide_index=True, width="stretch")


CSS = """
<style>
.kpis {display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 4px 0 16px;}
.kpi {border: 1px solid #e3e6ea; border-radius: 8px; padding: 10px 14px; background: #fafbfc;}
.kpi-label {font-size: 0.8rem; color: #5f6b7a; text-transform: uppercase; letter-spacing: .03em;}
.kpi-value {font-size: 1.3rem; font-weight: 650; color: #1f2a37; line-height: 1.3;}
.kpi-note {font-size: 0.78rem; color: #7a8594;}
.cite {margin: 0 0 12px; line-height: 1.45;}
.cite-src {font-size: 0.82rem; color: #5f6b7a;}
.cmp-name {border-left: 6px solid; padding: 0 0 0 10px !important; margin: 0 0 8px;}
.cmp-num {margin: 0 0 6px; line-height: 1.35;}
.cmp-num b {font-size: 1.05rem; color: #1f2a37;}
.brief-note {margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid #d97706; background: #fffbeb;}
</style>
"""


def citation(cite, with_speaker: bool = True) -> None:
    """One cited statement as the briefing prints it: (speaker ·) date, the words (reported speech in
    italics) and its linked source."""
    source = escape(cite.source)
    if cite.url:
        source = f'<a href="{html.escape(cite.url, quote=True)}">{source}</a>'
    words = escape(cite.words) if cite.direct else f"<i>{escape(cite.words)}</i>"
    head = f"<b>{escape(cite.speaker)}</b> · {escape(cite.date)}" if with_speaker else f"<b>{escape(cite.date)}</b>"
    st.markdown(f"<div class='cite'>{head}<br>{words}<div class='cite-src'>Source: {source}</div></div>",
                unsafe_allow_html=True)
