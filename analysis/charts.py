"""Altair chart builders: frames in, charts out; no Streamlit here."""

from __future__ import annotations

import altair as alt
import pandas as pd

from . import labels, timeaxis

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
           "#3182bd", "#e6550d", "#31a354", "#756bb1"]
OTHER = "other"
OTHER_COLOR = "#b0b0b0"
LABEL_LIMIT = 220
LEGEND_LABEL_LIMIT = 170
# Streamlit stretches charts to their column; fitting only the width keeps the height we set.
FIT_X = alt.AutoSizeParams(type="fit-x", contains="padding")


TOP_N = 8  # speakers with a colour of their own in a chart's legend; the rest are "other speakers"
OTHERS = "other speakers"


def speaker_colors(quotes: pd.DataFrame) -> dict[str, str]:
    """One colour per speaker label, the most quoted (named first) taking the palette; unknown and
    the rest are grey."""
    ranked = labels.ranking(quotes)
    return {s: PALETTE[i] if i < len(PALETTE) else OTHER_COLOR for i, s in enumerate(ranked["speaker_label"])}


def _legend(columns: int) -> alt.Legend:
    """Below the chart, in columns narrow enough for half the page: Vega cuts off columns that do not
    fit rather than wrapping them."""
    return alt.Legend(orient="bottom", title=None, labelLimit=LEGEND_LABEL_LIMIT, columns=columns, symbolLimit=0)


def _color(colors: dict[str, str], present: list[str], field: str = "speaker_label", legend: bool = False,
           columns: int = 2) -> alt.Color:
    domain = [s for s in colors if s in set(present)]
    return alt.Color(f"{field}:N", scale=alt.Scale(domain=domain, range=[colors[s] for s in domain]),
                     legend=_legend(columns) if legend else None)


def _truncate(s: pd.Series, n: int = 160) -> pd.Series:
    return s.where(s.str.len() <= n, s.str.slice(0, n - 1) + "…")


def _domain(w: timeaxis.Window) -> dict[str, str]:
    """The window as one Vega expression: a list of DateTime objects beside an x2 channel makes
    Vega-Lite union two spellings of the domain, and Vega then warns of an infinite extent."""
    def at(t: pd.Timestamp) -> str:
        return f"datetime({t.year}, {t.month - 1}, {t.day})"  # JavaScript months count from 0
    return {"expr": f"[{at(w.start)}, {at(w.end)}]"}


def _time_x(w: timeaxis.Window, field: str = "bin_start", orient: str = "bottom") -> alt.X:
    """A temporal axis over the window, labelled in the window's unit."""
    return alt.X(f"{field}:T", title=None, scale=alt.Scale(domain=_domain(w)),
                 axis=alt.Axis(format=timeaxis.LABEL_FORMAT[w.unit], labelOverlap=True, orient=orient, grid=True,
                               labelFlush=True, tickCount={"interval": w.unit, "step": 1}))  # a tick per bin at most


def top_speakers(quotes: pd.DataFrame, colors: dict[str, str], n_named: int = 12, n_unnamed: int = 3) -> alt.Chart:
    """Named speakers first, then the commonest unnamed sources by their description; statements
    whose speaker is unknown are not ranked."""
    ranked = labels.ranking(quotes)
    named, unnamed = ranked[ranked["named"]], ranked[~ranked["named"]]
    shown = pd.concat([named.head(n_named), unnamed.head(n_unnamed)])
    rest = ranked.drop(shown.index)
    df = shown[["speaker_label", "statements"]].astype({"statements": int})
    title: alt.TitleParams | str = "Top speakers"
    if len(rest):  # named in the subtitle: as a bar, the long tail would dwarf every speaker shown
        title = alt.TitleParams("Top speakers", subtitle=f"not shown: {labels.plural(int(rest['statements'].sum()), 'statement')} "
                                f"by {labels.plural(len(rest), 'other speaker')}", subtitleColor="#666")
    order = list(df["speaker_label"])
    return alt.Chart(df, title=title).mark_bar().encode(
        x=alt.X("statements:Q", title="statements", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("speaker_label:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT)),
        color=_color(colors, order),
        tooltip=[alt.Tooltip("speaker_label:N", title="speaker"), "statements:Q"],
    ).properties(autosize=FIT_X, height=max(120, 26 * len(df)))


def legend_groups(quotes: pd.DataFrame, colors: dict[str, str], n: int = TOP_N) -> tuple[pd.Series, dict[str, str]]:
    """Each statement's group in a legend: one of the n most quoted speakers, else "other speakers";
    and the groups' colours in legend order."""
    top = [s for s in labels.ranking(quotes)["speaker_label"] if s in colors and colors[s] != OTHER_COLOR][:n]
    groups = quotes["speaker_label"].where(quotes["speaker_label"].isin(top), OTHERS)
    palette = {s: colors[s] for s in top}
    if (groups == OTHERS).any():
        palette[OTHERS] = OTHER_COLOR
    return groups, palette


# how fine each date is, to tell which ones a bin of the window can hold
FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 3, "year": 4, "decade": 5,
            "century": 6}


def _by_publication(q: pd.DataFrame) -> pd.Series:
    """Statements dated only by their article's publication day (date_basis 'article')."""
    return q["date_basis"].eq("article") if "date_basis" in q else pd.Series(False, index=q.index)


def statements_over_time(quotes: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window,
                         n: int = TOP_N) -> alt.LayerChart:
    """Statements per day, week, month or year of their speech act on a real time axis bounded by the
    window; the legend names the top speakers. Statements dated only by publication are hollow; those
    dated only to a period longer than a bin (a month in a chart of days) are a grey band over their
    whole period, not a day."""
    groups, palette = legend_groups(quotes, colors, n)
    fine = quotes["date_granularity"].map(FINENESS).fillna(0) <= FINENESS[w.unit]
    q = quotes.assign(speaker_label=groups, _pub=_by_publication(quotes).map({True: "1", False: "0"}))
    q = q.assign(_group=q["speaker_label"] + "\x1f" + q["_pub"])
    df = timeaxis.binned(q[fine], w, "_group")
    df[["speaker_label", "_pub"]] = df["_group"].str.split("\x1f", expand=True)
    df["dated_by"] = df["_pub"].map({"1": labels.dated_by("article"), "0": "read from the text"})
    # stacked here, in legend order: with x and x2 set, Vega-Lite draws y as a point, not a stack from 0
    df["_rank"] = df["speaker_label"].map({s: i for i, s in enumerate(palette)})
    df = df.sort_values(["bin_start", "_rank", "_pub"], kind="stable")
    df["top"] = df.groupby("bin_start")["statements"].cumsum()
    df["base"] = df["top"] - df["statements"]
    fmt = timeaxis.LABEL_FORMAT[w.unit]
    y = alt.Y("top:Q", title="statements", scale=alt.Scale(zero=True), axis=alt.Axis(tickMinStep=1, format="d"))
    layers = []
    coarse = _coarse_periods(q[~fine], w)
    if len(coarse):
        layers.append(alt.Chart(coarse).mark_bar(clip=True, color=OTHER_COLOR, opacity=0.25, strokeDash=[3, 2],
                                                  stroke="#666").encode(
            x=_time_x(w, "period_start"), x2="period_end_excl:T", y=alt.Y("statements:Q", title="statements"),
            tooltip=[alt.Tooltip("period:N", title="dated only to"), alt.Tooltip("statements:Q", title="statements")]))
    if len(df):
        layers.append(alt.Chart(df.drop(columns=["_rank", "_group"])).mark_bar(clip=True, strokeWidth=1).encode(
            x=_time_x(w), x2="bin_end:T", y=y, y2="base:Q",
            color=_color(palette, list(palette), legend=True),
            # dated only by publication: a faint fill in the speaker's colour inside a dark outline
            stroke=alt.condition(alt.datum._pub == "1", alt.value("#444"), alt.value("white")),
            fillOpacity=alt.condition(alt.datum._pub == "1", alt.value(0.2), alt.value(1.0)),
            tooltip=[alt.Tooltip("bin_start:T", title=w.unit, format=fmt),
                     alt.Tooltip("speaker_label:N", title="speaker"), alt.Tooltip("statements:Q", title="statements"),
                     alt.Tooltip("dated_by:N", title="dated")]))
    return alt.layer(*layers, title=f"Statements per {w.unit}").properties(autosize=FIT_X, height=240)


def _coarse_periods(q: pd.DataFrame, w: timeaxis.Window) -> pd.DataFrame:
    """Statements dated only to a period longer than a bin, counted per period, spanning it in the window."""
    at = w.place(q["period_start"])
    q = q.assign(_at=at).dropna(subset=["_at"])
    if q.empty:
        return pd.DataFrame(columns=["period_start", "period_end_excl", "period", "statements"])
    df = q.groupby(["_at", "period_end", "date"], sort=True).size().rename("statements").reset_index()
    return pd.DataFrame({"period_start": df["_at"],
                         "period_end_excl": (df["period_end"] + timeaxis.DAY).clip(upper=w.end),
                         "period": df["date"].map(labels.readable_date), "statements": df["statements"]})


def timeline(quotes: pd.DataFrame, events: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window,
             lanes: list[str]) -> alt.LayerChart:
    """Statements of the given speakers (one lane each) on a time axis bounded by the window, axis on
    top: days as points (hollow when dated only by publication), weeks/months/years as bars over
    their whole period; dates the articles mention as an extra lane."""
    q = quotes[quotes["speaker_label"].isin(lanes)].assign(_at=lambda d: w.place(d["period_start"])).dropna(
        subset=["_at"])
    q = q.assign(text_short=_truncate(q["quote"]), period_start=q["_at"],
                 period_end_excl=(q["period_end"] + pd.Timedelta(days=1)).clip(upper=w.end),
                 title=q["display_title"] if "display_title" in q else q["title"].fillna(q["article_id"]),
                 dated_by=q["date_basis"].map(labels.dated_by) if "date_basis" in q else "")
    q = q.drop(columns=["_at"])
    tooltip = [alt.Tooltip("speaker_label:N", title="speaker"), alt.Tooltip("date:N", title="date"),
               alt.Tooltip("date_granularity:N", title="precision"), alt.Tooltip("dated_by:N", title="dated"),
               alt.Tooltip("kind:N"),
               alt.Tooltip("text_short:N", title="statement"), alt.Tooltip("title:N", title="article")]
    lane_order = list(lanes)
    ev = events
    if len(ev):
        ev = ev.dropna(subset=["period_start"])
        ev = ev[(ev["period_start"] >= w.start) & (ev["period_start"] < w.end)]
    event_lane = "dates in the text"
    if len(ev):
        lane_order.append(event_lane)
    y = alt.Y("speaker_label:N", sort=lane_order, title=None, scale=alt.Scale(domain=lane_order),
              axis=alt.Axis(labelLimit=LABEL_LIMIT))
    x = _time_x(w, "period_start", orient="top")
    base = alt.Chart(q)
    color = _color(colors, lanes)
    day = q["date_granularity"] == "day"
    by_pub = _by_publication(q)
    layers = []
    # a layer whose rows are all filtered out makes Vega warn "Infinite extent for field period_start"
    if (~day).any():
        layers.append(base.transform_filter(alt.datum.date_granularity != "day").mark_bar(
            height=10, opacity=0.35, cornerRadius=3, clip=True).encode(
            x=x, x2="period_end_excl:T", y=y, color=color, tooltip=tooltip))
    # not clipped: every point is placed inside the window, and one on its first day is drawn whole
    if (day & ~by_pub).any():
        layers.append(base.transform_filter((alt.datum.date_granularity == "day") & (alt.datum.date_basis != "article"))
                      .mark_circle(size=110, opacity=0.85).encode(x=x, y=y, color=color, tooltip=tooltip))
    if (day & by_pub).any():  # dated only by the article's day: hollow, read as "some time up to then"
        layers.append(base.transform_filter((alt.datum.date_granularity == "day") & (alt.datum.date_basis == "article"))
                      .mark_point(shape="circle", filled=False, size=110, strokeWidth=2, opacity=0.85).encode(
                          x=x, y=y, color=color, tooltip=tooltip))
    if len(ev):
        ev = ev.assign(speaker_label=event_lane, period_end_excl=(ev["period_end"] + pd.Timedelta(days=1)).clip(
            upper=w.end))
        ev_tip = [alt.Tooltip("text:N", title="expression"), alt.Tooltip("value:N", title="value"),
                  alt.Tooltip("context:N", title="context")]
        ev_base = alt.Chart(ev)
        ev_day = ev["granularity"] == "day"
        if ev_day.any():
            layers.append(ev_base.transform_filter(alt.datum.granularity == "day").mark_tick(
                thickness=2, size=16, color="#555", clip=True).encode(x=x, y=y, tooltip=ev_tip))
        if (~ev_day).any():
            layers.append(ev_base.transform_filter(alt.datum.granularity != "day").mark_bar(
                height=8, opacity=0.3, color="#555", cornerRadius=2, clip=True).encode(
                x=x, x2="period_end_excl:T", y=y, tooltip=ev_tip))
    return alt.layer(*layers, title="Who spoke when").properties(
        autosize=FIT_X, height=max(100, 30 * len(lane_order)))


TONE_TITLE = "mean tone (−1 all negative … +1 all positive), 95% interval"


def speaker_tone(tone: pd.DataFrame, colors: dict[str, str], n: int = 15) -> alt.LayerChart:
    """Mean tone per speaker with its 95% interval; the count is in the label."""
    df = tone.head(n).copy()
    df["label"] = df["speaker"] + " (" + df["n"].astype(str) + ")"
    order = list(df["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    palette = {lab: colors.get(s, OTHER_COLOR) for lab, s in zip(df["label"], df["speaker"], strict=True)}
    bars = alt.Chart(df).mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=alt.X("tone_low:Q", title=TONE_TITLE, scale=alt.Scale(domain=[-1, 1]), axis=alt.Axis(tickCount=10)),
        x2="tone_high:Q", y=y, color=_color(palette, order, "label"))
    points = alt.Chart(df).mark_point(filled=True, size=90).encode(
        x="mean_tone:Q", y=y, color=_color(palette, order, "label"),
        tooltip=["speaker:N", alt.Tooltip("n:Q", title="statements"),
                 alt.Tooltip("mean_tone:Q", format="+.2f", title="mean tone"),
                 alt.Tooltip("tone_low:Q", format="+.2f", title="95% low"),
                 alt.Tooltip("tone_high:Q", format="+.2f", title="95% high")])
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#888", strokeDash=[4, 4]).encode(x="x:Q")
    return alt.layer(bars, points, zero, title="Tone by speaker").properties(
        autosize=FIT_X, height=max(120, 28 * len(df)))


def tone_over_time(series: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window) -> alt.Chart:
    """Mean tone per speaker and week, month or year, on the window's time axis; a line breaks
    where a period has no statement."""
    present = list(dict.fromkeys(series["speaker"]))
    unit = timeaxis.TONE_UNIT[w.unit]
    return alt.Chart(series, title=f"Tone over time (mean per {unit})").mark_line(point=True).encode(
        x=_time_x(w, "period"),
        y=alt.Y("mean_tone:Q", title="mean tone", scale=alt.Scale(domain=[-1, 1])),
        color=alt.Color("speaker:N", scale=alt.Scale(domain=present, range=[colors.get(s, OTHER_COLOR) for s in present]),
                        legend=_legend(3)),
        detail="segment:N",
        tooltip=["speaker:N", alt.Tooltip("period:T", format=timeaxis.LABEL_FORMAT[unit], title=unit),
                 alt.Tooltip("n:Q", title="statements"), alt.Tooltip("mean_tone:Q", format="+.2f", title="mean tone")],
    ).properties(autosize=FIT_X, height=260)


def speaker_target_heatmap(table: pd.DataFrame, n_speakers: int = 15, n_targets: int = 20) -> alt.Chart:
    """Rows are speakers, columns the people and organisations they mention; colour is the mean
    sentiment toward the target (red negative, blue positive), the number is how often."""
    top_s = list(table.groupby("speaker")["n"].sum().sort_values(ascending=False).head(n_speakers).index)
    top_t = list(table.groupby("target")["n"].sum().sort_values(ascending=False).head(n_targets).index)
    df = table[table["speaker"].isin(top_s) & table["target"].isin(top_t)]
    x = alt.X("target:N", sort=top_t, title="mentioned",
              axis=alt.Axis(labelAngle=-40, labelLimit=160, labelOverlap=False))
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
