"""Altair chart builders: frames in, charts out; no Streamlit here."""

from __future__ import annotations

import altair as alt
import pandas as pd

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
           "#3182bd", "#e6550d", "#31a354", "#756bb1"]
OTHER = "other"
OTHER_COLOR = "#b0b0b0"
LABEL_LIMIT = 220
# Streamlit stretches charts to their column; fitting only the width keeps the height we set.
FIT_X = alt.AutoSizeParams(type="fit-x", contains="padding")


def speaker_colors(quotes: pd.DataFrame) -> dict[str, str]:
    """One colour per speaker, stable for a corpus: the most quoted speakers get the palette."""
    counts = quotes["speaker"].value_counts(sort=False)
    order = sorted(counts.index, key=lambda s: (-counts[s], s))
    return {s: PALETTE[i] if i < len(PALETTE) else OTHER_COLOR for i, s in enumerate(order)}


def _color(colors: dict[str, str], present: list[str], field: str = "speaker", legend: bool = False) -> alt.Color:
    domain = [s for s in colors if s in set(present)]
    return alt.Color(f"{field}:N", scale=alt.Scale(domain=domain, range=[colors[s] for s in domain]),
                     legend=alt.Legend(orient="bottom", title=None, labelLimit=LABEL_LIMIT, columns=5) if legend else None)


def _truncate(s: pd.Series, n: int = 160) -> pd.Series:
    return s.where(s.str.len() <= n, s.str.slice(0, n - 1) + "…")


def top_speakers(quotes: pd.DataFrame, colors: dict[str, str], n: int = 10) -> alt.Chart:
    counts = quotes["speaker"].value_counts()
    top = counts.head(n)
    rows = [{"speaker": s, "statements": int(c)} for s, c in top.items()]
    if len(counts) > n:
        rows.append({"speaker": f"{OTHER} ({len(counts) - n} speakers)", "statements": int(counts.iloc[n:].sum())})
    df = pd.DataFrame(rows)
    palette = {**colors, **{r["speaker"]: OTHER_COLOR for r in rows if r["speaker"].startswith(OTHER + " (")}}
    order = list(df["speaker"])
    return alt.Chart(df, title="Top speakers").mark_bar().encode(
        x=alt.X("statements:Q", title="statements", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("speaker:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT)),
        color=_color(palette, order),
        tooltip=["speaker:N", "statements:Q"],
    ).properties(autosize=FIT_X, height=max(120, 26 * len(df)))


def statements_over_time(quotes: pd.DataFrame, colors: dict[str, str], legend: bool = False) -> alt.Chart:
    """Statements per day of their speech act (coarser dates counted at their period start).

    The dashboard shows speakers' colours elsewhere; a briefing standing alone needs the legend.
    """
    dated = quotes.dropna(subset=["period_start"])
    span_days = (dated["period_start"].max() - dated["period_start"].min()).days if len(dated) else 0
    unit, fmt = ("yearmonthdate", "%d %b %Y") if span_days <= 120 else ("yearmonth", "%b %Y")
    # ordinal: one bar per period that has statements, labelled once (a temporal axis repeats labels)
    n_bars = max(1, dated["period_start"].dt.to_period("D" if unit == "yearmonthdate" else "M").nunique())
    return alt.Chart(dated, title="Statements over time").mark_bar(size=max(4, min(56, 600 // n_bars))).encode(
        x=alt.X(f"{unit}(period_start):O", title=None, axis=alt.Axis(format=fmt, labelAngle=0)),
        y=alt.Y("count():Q", title="statements", axis=alt.Axis(tickMinStep=1, format="d")),
        color=_color(colors, list(dated["speaker"]), legend=legend),
        tooltip=[alt.Tooltip(f"{unit}(period_start):T", title="date", format=fmt), "speaker:N",
                 alt.Tooltip("count():Q", title="statements")],
    ).properties(autosize=FIT_X, height=220)


def timeline(quotes: pd.DataFrame, events: pd.DataFrame, colors: dict[str, str]) -> alt.LayerChart:
    """Statements on a time axis by speaker: days as points, weeks/months/years as bars."""
    q = quotes.dropna(subset=["period_start"]).copy()
    q["lane"] = q["speaker"]
    q["text_short"] = _truncate(q["quote"])
    q["period_end_excl"] = q["period_end"] + pd.Timedelta(days=1)
    q["title"] = q["display_title"] if "display_title" in q else q["title"].fillna(q["article_id"])
    lanes = list(dict.fromkeys(q.sort_values("period_start")["lane"]))
    tooltip = [alt.Tooltip("speaker:N"), alt.Tooltip("date:N", title="date"),
               alt.Tooltip("date_granularity:N", title="precision"), alt.Tooltip("kind:N"),
               alt.Tooltip("text_short:N", title="statement"), alt.Tooltip("title:N", title="article")]
    base = alt.Chart(q)
    y = alt.Y("lane:N", sort=lanes, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    days = base.transform_filter(alt.datum.date_granularity == "day").mark_circle(size=110, opacity=0.85).encode(
        x=alt.X("period_start:T", title=None), y=y, color=_color(colors, lanes), tooltip=tooltip)
    periods = base.transform_filter(alt.datum.date_granularity != "day").mark_bar(
        height=10, opacity=0.35, cornerRadius=3).encode(
        x="period_start:T", x2="period_end_excl:T", y=y, color=_color(colors, lanes), tooltip=tooltip)
    # a layer whose rows are all filtered out makes Vega warn "Infinite extent for field period_start"
    day = q["date_granularity"] == "day"
    layers = [layer for layer, rows in ((periods, ~day), (days, day)) if rows.any()]
    ev = events.dropna(subset=["period_start"]) if len(events) else events
    if len(ev):
        lane = "dates in the text"
        ev = ev.assign(lane=lane, period_end_excl=ev["period_end"] + pd.Timedelta(days=1))
        ev_y = alt.Y("lane:N", sort=lanes + [lane], title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
        ev_tip = [alt.Tooltip("text:N", title="expression"), alt.Tooltip("value:N", title="value"),
                  alt.Tooltip("context:N", title="context")]
        ev_base = alt.Chart(ev)
        ev_day = ev["granularity"] == "day"
        if ev_day.any():
            layers.append(ev_base.transform_filter(alt.datum.granularity == "day").mark_tick(
                thickness=2, size=16, color="#555").encode(x="period_start:T", y=ev_y, tooltip=ev_tip))
        if (~ev_day).any():
            layers.append(ev_base.transform_filter(alt.datum.granularity != "day").mark_bar(
                height=8, opacity=0.3, color="#555", cornerRadius=2).encode(
                x="period_start:T", x2="period_end_excl:T", y=ev_y, tooltip=ev_tip))
    n_lanes = len(lanes) + (1 if len(ev) else 0)
    return alt.layer(*layers, title="Who spoke when").properties(autosize=FIT_X, height=max(140, 30 * n_lanes))


MEASURES = {
    "tone": ("mean_tone", "tone_low", "tone_high", "mean tone (model: −1 all negative … +1 all positive), 95% interval"),
    "polarity": ("mean_polarity", "low", "high", "mean polarity (TextBlob, −1 negative … +1 positive), 95% interval"),
}


def speaker_tone(tone: pd.DataFrame, colors: dict[str, str], n: int = 15, measure: str = "polarity") -> alt.LayerChart:
    """Mean tone or polarity per speaker with its 95% interval; the count is in the label."""
    mean, low, high, title = MEASURES[measure]
    df = tone.head(n).copy()
    df["label"] = df["speaker"] + " (" + df["n"].astype(str) + ")"
    order = list(df["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    palette = {lab: colors.get(s, OTHER_COLOR) for lab, s in zip(df["label"], df["speaker"], strict=True)}
    bars = alt.Chart(df).mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=alt.X(f"{low}:Q", title=title, scale=alt.Scale(domain=[-1, 1]), axis=alt.Axis(tickCount=10)),
        x2=f"{high}:Q", y=y, color=_color(palette, order, "label"))
    points = alt.Chart(df).mark_point(filled=True, size=90).encode(
        x=f"{mean}:Q", y=y, color=_color(palette, order, "label"),
        tooltip=["speaker:N", alt.Tooltip("n:Q", title="statements"),
                 alt.Tooltip(f"{mean}:Q", format="+.2f"), alt.Tooltip(f"{low}:Q", format="+.2f", title="95% low"),
                 alt.Tooltip(f"{high}:Q", format="+.2f", title="95% high")])
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#888", strokeDash=[4, 4]).encode(x="x:Q")
    name = "Tone by speaker" if measure == "tone" else "Polarity by speaker (TextBlob)"
    return alt.layer(bars, points, zero, title=name).properties(autosize=FIT_X, height=max(120, 28 * len(df)))


def tone_over_time(series: pd.DataFrame, colors: dict[str, str], measure: str = "tone") -> alt.Chart:
    mean, _, _, _ = MEASURES[measure]
    present = list(dict.fromkeys(series["speaker"]))
    return alt.Chart(series, title=f"{measure.capitalize()} over time (monthly mean)").mark_line(point=True).encode(
        x=alt.X("period:T", title=None),
        y=alt.Y(f"{mean}:Q", title=f"mean {measure}", scale=alt.Scale(domain=[-1, 1])),
        color=alt.Color("speaker:N", scale=alt.Scale(domain=present, range=[colors.get(s, OTHER_COLOR) for s in present]),
                        legend=alt.Legend(orient="bottom", labelLimit=LABEL_LIMIT, title=None, columns=5)),
        tooltip=["speaker:N", alt.Tooltip("period:T", format="%b %Y"), "n:Q",
                 alt.Tooltip(f"{mean}:Q", format="+.2f")],
    ).properties(autosize=FIT_X, height=260)


def speaker_target_heatmap(table: pd.DataFrame, n_speakers: int = 15, n_targets: int = 20) -> alt.Chart:
    """Rows are speakers, columns the people and organisations they mention; colour is the mean
    sentiment toward the target (red negative, blue positive), the number is how often."""
    top_s = list(table.groupby("speaker")["n"].sum().sort_values(ascending=False).head(n_speakers).index)
    top_t = list(table.groupby("target")["n"].sum().sort_values(ascending=False).head(n_targets).index)
    df = table[table["speaker"].isin(top_s) & table["target"].isin(top_t)]
    x = alt.X("target:N", sort=top_t, title="mentioned", axis=alt.Axis(labelAngle=-40, labelLimit=160))
    y = alt.Y("speaker:N", sort=top_s, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    cells = alt.Chart(df).mark_rect(stroke="white").encode(
        x=x, y=y,
        color=alt.Color("mean_score:Q", title="sentiment toward", scale=alt.Scale(scheme="redblue", domain=[-1, 1]),
                        legend=alt.Legend(orient="right")),
        tooltip=["speaker:N", "target:N", alt.Tooltip("n:Q", title="mentions"),
                 alt.Tooltip("mean_score:Q", format="+.2f", title="mean P(pos)−P(neg)"),
                 "negative:Q", "neutral:Q", "positive:Q"])
    counts = alt.Chart(df).mark_text(fontSize=11).encode(x=x, y=y, text="n:Q")
    return alt.layer(cells, counts, title="Who speaks how about whom").properties(
        autosize=FIT_X, height=max(120, 26 * len(top_s)))
