"""Speakers: tone and polarity per speaker with intervals, tone over time, who speaks how about whom."""

from __future__ import annotations

import streamlit as st

from analysis import charts, sentiment_stats
from ui.corrections import merge_split_speakers
from ui.widgets import Shown, chart_block, empty_state


def render(s: Shown) -> None:
    if s.view.empty:
        empty_state(s.filters, s.hidden)
        return
    tone = sentiment_stats.speaker_tone(s.view)
    st.dataframe(
        tone.rename(columns={"n": "statements"}), hide_index=True, width="stretch",
        column_config={
            **{c: st.column_config.NumberColumn(c.replace("_", " "), format="%+.2f")
               for c in ("mean_tone", "tone_low", "tone_high", "mean_polarity")},
            "low": st.column_config.NumberColumn("polarity low", format="%+.2f"),
            "high": st.column_config.NumberColumn("polarity high", format="%+.2f"),
            "mean_subjectivity": st.column_config.NumberColumn("mean subjectivity", format="%.2f"),
        })
    merge_split_speakers(s.view)
    chart_block(charts.speaker_tone(tone, s.colors, measure="tone"), "tone_by_speaker", "sp_tone")
    chart_block(charts.speaker_tone(tone, s.colors, measure="polarity"), "polarity_by_speaker", "sp_pol")
    chosen = s.filters.speakers or list(tone["speaker"].head(5))
    series = sentiment_stats.tone_over_time(s.view[s.view["speaker"].isin(chosen)])
    if len(series):
        chart_block(charts.tone_over_time(series, s.colors), "tone_over_time", "sp_time")
    st.caption("Tone is the shipped news-sentiment model's label per statement (−1 negative, 0 neutral, +1 "
               "positive; macro-F1 0.66 on NewsMTSC's test sentences). Polarity is TextBlob's lexicon score. "
               "With few statements the interval is wide.")
    table = sentiment_stats.speaker_target(s.corpus.statement_targets(s.view))
    if table.empty:
        st.info("These statements name no person or organisation other than their speaker.")
        return
    chart_block(charts.speaker_target_heatmap(table), "speaker_target", "sp_target")
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"mean_score": st.column_config.NumberColumn("mean sentiment", format="%+.2f"),
                                "n": st.column_config.NumberColumn("mentions")})
