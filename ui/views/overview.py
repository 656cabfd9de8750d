"""Overview: the headline numbers, the most quoted speakers and statements over time."""

from __future__ import annotations

import streamlit as st

from analysis import briefing, charts
from ui.widgets import Shown, chart_block, empty_state, kpi_cards


def render(s: Shown) -> None:
    kpi_cards(briefing.key_numbers(s.corpus, s.view))
    if s.hidden:
        st.caption(f"{s.hidden} undated statement(s) hidden by the date range.")
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    left, right = st.columns(2)
    with left:
        chart_block(charts.top_speakers(s.view, s.colors), "top_speakers", "ov_top")
    with right:
        if s.view["period_start"].notna().any():
            chart_block(charts.statements_over_time(s.view, s.colors), "statements_over_time", "ov_time")
        else:
            st.info("None of these statements has a date, so there is nothing to draw over time.")
