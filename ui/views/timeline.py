"""Timeline: who spoke when, a screenful of speakers at a time, beside the dates the articles mention."""

from __future__ import annotations

import streamlit as st

from analysis import charts, labels
from analysis.frames import chronological
from ui.widgets import Shown, chart_block, empty_state

LANES = 15  # speakers per screen


def render(s: Shown) -> None:
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    w = s.window
    if not w.shown:
        st.info("These statements carry no date to place on a time axis.")
        return
    dated = s.view[w.place(s.view["period_start"]).notna()]
    ranked = list(labels.ranking(dated, unknown_last=True)["speaker_label"])
    pages = [ranked[i:i + LANES] for i in range(0, len(ranked), LANES)]
    left, right = st.columns([3, 2])
    page = 0
    if len(pages) > 1:
        page = left.selectbox(
            # keyed by the ranking's size: when a filter changes it, the choice starts again at the top
            "Speakers shown", range(len(pages)), key=f"tl_page_{len(ranked)}",
            format_func=lambda i: f"{i * LANES + 1}–{i * LANES + len(pages[i])} "
                                  f"({'most quoted' if i == 0 else 'by statements'})")
        page = min(page, len(pages) - 1)
    # counted as every view counts speakers (labels.count_speakers), the lanes' total beside the selection's
    left.caption(labels.charted_words(labels.count_speakers(dated), labels.count_speakers(s.view)))
    show_dates = right.toggle("Dates mentioned in the articles", value=True, key="tl_events",
                              help="A lane of the dates mentioned in the articles quoting the speakers shown, within the "
                                    "chart's range")
    events = s.corpus.timeline.iloc[0:0]
    if show_dates:
        tl = s.corpus.timeline
        articles = dated.loc[dated["speaker_label"].isin(pages[page]), "article_id"]
        events = tl[tl["article_id"].isin(articles) & ~tl["vague"].astype(bool)]
    st.caption(f"A circle counts a speaker's statements of one {w.unit}, a square (just below) those dated only to a "
               f"longer period (a quarter, a year) that starts in that {w.unit}; a mark is sized by its count, written on it "
               "where it fits (hover for the rest); a hollow mark holds statements the text gives no time for, dated only by their article's publication. Grey "
               "ticks are dates mentioned in the articles quoting these speakers, taller where more are. Hover for "
               "the words; every statement is listed under the chart. Choose speakers in the sidebar (or the "
               "Compare view) to compare them.")
    chart_block(charts.timeline(dated, events, s.colors, w, pages[page]), "timeline", "tl", context=s.context)
    coarse = charts.mentioned_dates(events, w)[1]
    notes = [w.note()] + ([f"{labels.plural(s.hidden, 'undated statement')} hidden by the date range."]
                          if s.hidden else []) + (
        [f"{labels.plural(coarse, 'mentioned date')} longer than a {w.unit} (a whole month, year or more) "
         f"{'is' if coarse == 1 else 'are'} not drawn as ticks."] if coarse else [])
    st.caption(" ".join(n for n in notes if n))
    statement_list(s)


def statement_list(s: Shown) -> None:
    """Every statement the filters keep, newest first (undated last)."""
    rows = chronological(s.view)
    st.markdown(f"#### Statements, newest first ({len(rows):,})")
    st.dataframe(rows, hide_index=True, width="stretch", height=min(560, 38 + 35 * len(rows)), key="tl_list",
                 placeholder="—",
                 column_config={
                     "day": st.column_config.TextColumn("Day", width=110, help="when the statement was made"),
                     "dated": st.column_config.TextColumn("Dated", width=110,
                                                          help="how the day was found: in the statement's sentence, "
                                                               "from the text around it, or only by publication"),
                     "speaker": st.column_config.TextColumn("Speaker", width=160),
                     "statement": st.column_config.TextColumn("Statement", width="large"),
                     "article": st.column_config.TextColumn("Article", width="medium"),
                     "source": st.column_config.LinkColumn("Source", display_text="open", width="small")})
