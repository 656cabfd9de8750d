"""Briefing: a print-friendly page of the current filters. The sidebar, view bar and toolbars are
hidden by CSS; only the back and download buttons remain on screen, and they are hidden when printing."""

from __future__ import annotations

import streamlit as st

from analysis import briefing, export
from analysis.reader import escape
from ui.widgets import Shown, chart_block, citation, kpi_cards

CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stElementToolbar"], .st-key-viewbar, .st-key-ingest {display: none !important;}
.block-container {padding-top: 1.5rem; max-width: 1100px;}
@media print {.st-key-briefing-controls {display: none !important;}}
</style>
"""


def render(s: Shown) -> None:
    b = briefing.build(s.corpus, s.view, s.filters, s.hidden, s.label, link_problems=s.link_problems, ranked=s.ranked)
    st.markdown(CSS, unsafe_allow_html=True)
    with st.container(key="briefing-controls", horizontal=True):
        st.button("← Back to the dashboard", key="brief_back", on_click=st.session_state.update,
                  kwargs={"view": "overview"})
        st.download_button("Download PDF", lambda: export.briefing_pdf(b), f"{b.file_stem}.pdf", "application/pdf",
                           key="brief_pdf", on_click="ignore", icon=":material/picture_as_pdf:")
        st.download_button("Download PNG", lambda: export.briefing_png(b), f"{b.file_stem}.png", "image/png",
                           key="brief_png", on_click="ignore", icon=":material/image:")
    st.markdown(f"# {escape(b.title)}", unsafe_allow_html=True)
    st.caption(escape(b.provenance))
    kpi_cards(b.numbers)
    for note in b.notes:
        st.markdown(f"<div class='brief-note'>{escape(note)}</div>", unsafe_allow_html=True)
    for name, chart in b.charts.items():
        chart_block(chart, name.lower().replace(" ", "_"), f"br_{name}", export_buttons=False)
        if name in b.chart_notes:
            st.caption(escape(b.chart_notes[name]))
    if b.citations:
        st.markdown("#### Top statements")
    for c in b.citations:
        citation(c)
    if b.citations:  # under the list: how these were chosen
        st.caption(escape(b.rule))
