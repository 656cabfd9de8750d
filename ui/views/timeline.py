"""Timeline: who spoke when, beside the dates the articles mention."""

from __future__ import annotations

import streamlit as st

from analysis import charts
from ui.widgets import Shown, chart_block, empty_state


def render(s: Shown) -> None:
    dated = s.view.dropna(subset=["period_start"])
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    if dated.empty:
        st.info("These statements carry no date to place on a time axis.")
        return
    tl = s.corpus.timeline
    events = tl[tl["article_id"].isin(s.view["article_id"])]
    events = events[~events["vague"].astype(bool)]
    st.caption("Points are statements dated to the day; bars are statements dated only to a week, month or "
               "year. Grey ticks are the dates mentioned in these articles. Hover for the words.")
    chart_block(charts.timeline(dated, events, s.colors), "timeline", "tl")
    if s.hidden:
        st.caption(f"{s.hidden} undated statement(s) hidden by the date range.")
