"""Overview: the headline numbers, the most quoted speakers and statements over time."""

from __future__ import annotations

import streamlit as st

from analysis import briefing, charts, labels
from ui.widgets import Shown, chart_block, empty_state, kpi_cards


def render(s: Shown) -> None:
    kpi_cards(briefing.key_numbers(s.corpus, s.view, s.window, s.filters.copies))
    if s.hidden:
        st.caption(f"{labels.plural(s.hidden, 'undated statement')} hidden by the date range.")
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    left, right = st.columns(2)
    with left:
        chart_block(charts.top_speakers(s.view, s.colors, ranked=s.ranked), "top_speakers", "ov_top", context=s.context)
        unknown = int((s.view["speaker_label"] == labels.UNKNOWN).sum())
        if unknown:
            st.caption(f"Not ranked: {labels.plural(unknown, 'statement')} whose speaker could not be determined. "
                       "Unnamed sources are ranked by their description, after the named speakers.")
    with right:
        w = s.window
        if w.shown:
            chart_block(charts.statements_over_time(s.view, s.colors, w, ranked=s.ranked), "statements_over_time", "ov_time",
                        context=s.context)
        else:
            st.info("None of these statements has a date, so there is nothing to draw over time.")
        if w.note():
            st.caption(w.note())
