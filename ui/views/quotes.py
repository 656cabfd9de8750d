"""Quotes: every statement in a table, one at a time in its paragraph and open to correction."""

from __future__ import annotations

import streamlit as st

from analysis import export
from analysis.reader import highlight, paragraph_bounds
from ui.corrections import correct_statement
from ui.widgets import Shown, empty_state

# `why` (the rule that found the statement or chose its speaker) is shown where the analysis gives it
COLUMNS = ["date", "speaker", "speaker_type", "kind", "quote", "cue", "why", "polarity", "tone", "confidence",
           "verified", "display_title", "outlet", "also_in", "url"]


def render(s: Shown) -> None:
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    table = s.view.sort_values(["period_start", "article_id", "start"], na_position="last")
    shown = table[[c for c in COLUMNS if c in table]].rename(
        columns={"speaker_type": "type", "display_title": "article", "also_in": "also in"})
    event = st.dataframe(
        shown, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        key="quotes_table",
        column_config={
            "quote": st.column_config.TextColumn("statement", width="large"),
            "why": st.column_config.TextColumn("why", help="the rule that found the statement or chose its speaker"),
            "polarity": st.column_config.NumberColumn(format="%+.2f"),
            "confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="%.2f"),
            "url": st.column_config.LinkColumn("link", display_text="open"),
            "also in": st.column_config.NumberColumn(help="other near-duplicate articles with this statement"),
        })
    st.download_button("Download these statements (CSV)", export.statements_csv(table), "statements.csv",
                       "text/csv", key="dl_csv")
    rows = event.selection.rows if event and hasattr(event, "selection") else []
    correct_statement(table, table.index[rows[0]] if rows else None)
    if not rows:
        st.caption("Select a row to read the statement in its paragraph.")
        return
    sel = table.iloc[rows[0]]
    text = s.corpus.articles.set_index("article_id").at[sel["article_id"], "text"]
    a, b = paragraph_bounds(text, int(sel["start"]), int(sel["end"]))
    same = s.view[s.view["article_id"] == sel["article_id"]]
    st.markdown("**In its paragraph**")
    st.markdown(highlight(text, same, s.colors, a, b, focus=(int(sel["start"]), int(sel["end"]))),
                unsafe_allow_html=True)
