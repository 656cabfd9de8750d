"""Overview: the headline numbers, the most quoted speakers and statements over time."""

from __future__ import annotations

import streamlit as st

from analysis import briefing, charts, labels
from ui.widgets import Shown, chart_block, empty_state, kpi_cards


def render(s: Shown) -> None:
    kpi_cards(briefing.key_numbers(s.corpus, s.view, s.filters))
    if s.hidden:
        st.caption(f"{labels.plural(s.hidden, 'undated statement')} hidden by the date range.")
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    left, right = st.columns(2)
    with left:
        chart_block(charts.top_speakers(s.view, s.colors, ranked=s.ranked), "top_speakers", "ov_top", context=s.context)
        who = labels.count_speakers(s.view)
        st.caption(f"Speakers: {who.words()}" + (f"; not ranked: {who.unknown_words()}" if who.unknown else "")
                   + ". Unnamed sources are counted and ranked by their description, after the named speakers.")
    with right:
        w = s.window
        if w.shown:
            chart_block(charts.statements_over_time(s.view, s.colors, w, ranked=s.ranked), "statements_over_time", "ov_time",
                        context=s.context)
        else:
            st.info("None of these statements has a date, so there is nothing to draw over time.")
        if w.note():
            st.caption(w.note())
