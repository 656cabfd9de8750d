"""Quotes: every statement in a table, one at a time in its paragraph and open to correction."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from analysis import briefing, export, labels
from analysis.frames import newest_first, readable
from analysis.reader import escape, highlight, paragraph_bounds
from ui.corrections import correct_statement
from ui.views.reader import open_article
from ui.widgets import Shown, empty_state

# what the table shows, in this order; polarity, offsets and the rest are in the CSV
COLUMNS = ["date", "dated_by", "speaker_label", "quote", "about_names", "kind", "tone", "confidence", "display_title",
           "why_words", "also_in", "verified", "url"]
CONFIG = {
    "date": st.column_config.TextColumn("Date", width="small", help="when the statement was made"),
    "dated_by": st.column_config.TextColumn("Dated", width=110,
                                            help="how the date was found: a time in the statement's own sentence, "
                                                 "the text around it, or only the article's publication day"),
    "speaker_label": st.column_config.TextColumn("Speaker", width="medium"),
    "quote": st.column_config.TextColumn("Statement", width="large",
                                         help="select the row to read it whole in its paragraph"),
    "kind": st.column_config.TextColumn("Kind", width="small", help="direct quote or reported speech"),
    "tone": st.column_config.TextColumn("Tone", width="small"),
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f",
                                                  width="small"),
    "about_names": st.column_config.TextColumn("About", width="small",
                                               help="the people, organisations and places the statement names"),
    "display_title": st.column_config.TextColumn("Article", width="medium"),
    "why_words": st.column_config.TextColumn(
        "Why", width="medium", help="how the statement was found, its speaker chosen and its date set, in plain "
        "words (the rules' names are in the CSV's `why` column, and shown when a row is selected)"),
    "also_in": st.column_config.NumberColumn("Also in", width="small", format="%d",
                                             help="other near-duplicate articles with this statement"),
    "verified": st.column_config.CheckboxColumn("Verified", width="small"),
    "url": st.column_config.LinkColumn("Link", display_text="open", width="small"),
}


def render(s: Shown) -> None:
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    table = readable(newest_first(s.view))  # the table's headers sort it otherwise
    if "date_basis" in table:
        table = table.assign(dated_by=table["date_basis"].map(lambda b: labels.dated_by(b, short=True)))
    shown = table.assign(date=table["date"].map(lambda v: labels.coarse_date(v) if isinstance(v, str) else v))
    event = st.dataframe(
        shown[[c for c in COLUMNS if c in shown]], hide_index=True, width="stretch", height=min(620, 38 + 56 * len(table)), row_height=56,
        on_select="rerun", selection_mode="single-row", key="quotes_table", placeholder="—",
        column_config=CONFIG)
    name = briefing.file_stem(s.filters, datetime.now(), "statements")
    st.download_button("Download these statements (CSV)", export.statements_csv(table), f"{name}.csv",
                       "text/csv", key="dl_csv")
    rows = event.selection.rows if event and hasattr(event, "selection") else []
    if rows:  # the statement whole first: the table cuts long ones
        whole_statement(table.iloc[rows[0]])
    correct_statement(table, table.index[rows[0]] if rows else None)
    if not rows:
        st.caption("Select a row to read the statement whole, in its paragraph.")
        return
    sel = table.iloc[rows[0]]
    open_article(sel["article_id"])  # the Article reader opens this statement's article
    st.button("Read its whole article", key="quotes_read", on_click=open_article, args=(sel["article_id"], True),
              help="Opens the Article reader on this statement's article (the reader opens it too when chosen above)")
    text = s.corpus.articles.set_index("article_id").at[sel["article_id"], "text"]
    a, b = paragraph_bounds(text, int(sel["start"]), int(sel["end"]))
    same = s.view[s.view["article_id"] == sel["article_id"]]
    st.markdown("**In its paragraph**")
    st.markdown(highlight(text, same, s.colors, a, b, focus=(int(sel["start"]), int(sel["end"]))),
                unsafe_allow_html=True)


def whole_statement(row) -> None:
    """The selected statement whole (the table cuts long ones), what it names and why it is there,
    in words, with the rules' names in the tooltip."""
    kind = "Direct quote" if row["kind"] == "direct" else "Reported speech"
    words = f"“{row['quote']}”" if row["kind"] == "direct" else str(row["quote"])
    st.markdown(f"**{escape(str(row['speaker_label']))}** · {escape(labels.readable_date(row['date']))} · {kind}",
                unsafe_allow_html=True)
    st.markdown(f"<div class='cite'>{escape(words)}</div>", unsafe_allow_html=True)
    about = f"About: {row['about_names']}. " if row["about_names"] else ""
    st.caption(escape(f"{about}Why: {row['why_words']}"), help=f"Rules: {row['why']}")
