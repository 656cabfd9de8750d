"""Compare: two to four speakers from the speaker filter side by side, one column each, every row
(numbers, statements over time, tone, whom they talk about, top statements) level across them;
the comparison briefing (PDF/PNG) is laid out the same way."""

from __future__ import annotations

import html

import streamlit as st

from analysis import compare, export, labels
from analysis.reader import escape
from ui.widgets import Shown, chart_block, citation, empty_state


def render(s: Shown) -> None:
    c = compare.build(s.corpus, s.view, s.filters, s.hidden, s.label, link_problems=s.link_problems, colors=s.colors)
    for note in c.notes:
        st.info(escape(note), icon="↔️")
    if not c.columns:
        ranked = labels.ranking(s.corpus.statements(s.filters.copies))
        top = ", ".join(ranked[ranked["named"]]["speaker_label"].head(4))
        if top:
            st.caption(escape(f"The most quoted speakers here: {top}."))
        return
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    with st.container(key="compare-controls", horizontal=True):
        st.download_button("Download comparison PDF", lambda: export.comparison_pdf(c), f"{c.file_stem}.pdf",
                           "application/pdf", key="cmp_pdf", on_click="ignore", icon=":material/picture_as_pdf:")
        st.download_button("Download comparison PNG", lambda: export.comparison_png(c), f"{c.file_stem}.png",
                           "image/png", key="cmp_png", on_click="ignore", icon=":material/image:")
    st.caption(escape(c.provenance))
    row = st.columns(len(c.columns), gap="medium")
    for box, col in zip(row, c.columns, strict=True):
        with box:
            numbers = "".join(f"<div class='cmp-num'><span class='kpi-label'>{escape(label)}</span> "
                              f"<b>{escape(value)}</b><div class='kpi-note'>{escape(note)}</div></div>"
                              for label, value, note in col.numbers)
            st.markdown(f"<h3 class='cmp-name' style='border-color:{html.escape(col.color, quote=True)}'>"
                        f"{escape(col.speaker)}</h3>{numbers}", unsafe_allow_html=True)
    for section in c.sections:  # a row per section, so each starts level across the columns
        row = st.columns(len(c.columns), gap="medium")
        for i, (box, col) in enumerate(zip(row, c.columns, strict=True)):
            with box:
                if section in col.charts:
                    chart_block(col.charts[section], f"{section.lower().replace(' ', '_')}_{i + 1}",
                                f"cmp_{section}_{i}", context=s.context)
                if section in col.chart_notes:
                    st.caption(escape(col.chart_notes[section]))
    if c.rule:
        st.markdown("#### Top statements")
    row = st.columns(len(c.columns), gap="medium")
    for box, col in zip(row, c.columns, strict=True):
        with box:
            for cite in col.citations:
                citation(cite, with_speaker=False)  # the column names the speaker
    if c.rule:  # under the list: how these were chosen
        st.caption(escape(c.rule))
