"""Speakers: tone per speaker with intervals, tone over time, who speaks how about whom."""

from __future__ import annotations

import streamlit as st

from analysis import charts, sentiment_stats, speaker_audit
from analysis.briefing import TONE_NOTE
from ui.corrections import identity_suggestions, merge_split_speakers
from ui.widgets import Shown, chart_block, empty_state


def render(s: Shown) -> None:
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    tone = sentiment_stats.speaker_tone(s.view)
    st.dataframe(
        tone, hide_index=True, width="stretch", placeholder="—",
        column_order=["speaker", "speaker_type", "n", "mean_tone", "tone_low", "tone_high"],
        column_config={
            "speaker": st.column_config.TextColumn("Speaker", width="large"),
            "speaker_type": st.column_config.TextColumn("Type"),
            "n": st.column_config.NumberColumn("Statements", format="%d"),
            "mean_tone": st.column_config.NumberColumn("Mean tone", format="%+.2f"),
            "tone_low": st.column_config.NumberColumn("95% low", format="%+.2f"),
            "tone_high": st.column_config.NumberColumn("95% high", format="%+.2f"),
        })
    # counted as the Speaker filter counts them (a wire copy once unless counted separately)
    identity_suggestions(speaker_audit.recount(s.corpus.suggestions, s.corpus.statements(s.filters.copies)))
    merge_split_speakers(s.view)
    chart_block(charts.speaker_tone(tone, s.colors), "tone_by_speaker", "sp_tone", context=s.context)
    st.caption(TONE_NOTE + " TextBlob's polarity is in the CSV exports only.")
    chosen = s.filters.speakers or list(tone["speaker"].head(5))
    w = s.window
    series = sentiment_stats.tone_over_time(s.view[s.view["speaker_label"].isin(chosen)], w)
    if len(series):
        chart_block(charts.tone_over_time(series, s.colors, w), "tone_over_time", "sp_time", context=s.context)
        if w.note():
            st.caption(w.note())
    table = sentiment_stats.speaker_target(s.corpus.statement_targets(s.view, labelled=True))
    if table.empty:
        st.info("These statements name no person or organisation other than their speaker.")
        return
    chart_block(charts.speaker_target_heatmap(table), "speaker_target", "sp_target", context=s.context)
    st.dataframe(table, hide_index=True, width="stretch", placeholder="—",
                 column_config={"speaker": st.column_config.TextColumn("Speaker"),
                                "target": st.column_config.TextColumn("Mentioned"),
                                "target_type": st.column_config.TextColumn("Type of mentioned"),
                                "n": st.column_config.NumberColumn("Mentions", format="%d"),
                                "mean_score": st.column_config.NumberColumn("Mean sentiment toward", format="%+.2f"),
                                "negative": st.column_config.NumberColumn("Negative", format="%d"),
                                "neutral": st.column_config.NumberColumn("Neutral", format="%d"),
                                "positive": st.column_config.NumberColumn("Positive", format="%d")})
