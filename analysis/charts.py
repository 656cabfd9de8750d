"""Altair chart builders: frames in, charts out; no Streamlit here."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from . import labels, sentiment_stats, timeaxis

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
           "#3182bd", "#e6550d", "#31a354", "#756bb1"]
OTHER_COLOR = "#b0b0b0"
LABEL_LIMIT = 220
LEGEND_LABEL_LIMIT = 170
# Streamlit stretches charts to their column; fitting only the width keeps the height we set.
FIT_X = alt.AutoSizeParams(type="fit-x", contains="padding")


TOP_N = 8  # speakers with a colour of their own in a chart's legend; the rest are "other speakers"
OTHERS = "other speakers"


def speaker_colors(quotes: pd.DataFrame, ranked: pd.DataFrame | None = None) -> dict[str, str]:
    """One colour per speaker label, the most quoted (named first) taking the palette; unknown and
    the rest are grey. `ranked`: labels.ranking(quotes), when the caller has it (as every chart taking
    it here: a page ranks its statements once)."""
    ranked = labels.ranking(quotes) if ranked is None else ranked
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


def count_axis(top: float) -> tuple[int, int]:
    """The end and tick step of a count axis: steps of 1, 2 or 5 × 10^k, six or fewer, ending on a tick
    above the tallest bar (5% clear of it), so no bar touches the frame where no tick says its height."""
    top = max(float(top), 1.0)
    step = next(m * 10 ** k for k in range(16) for m in (1, 2, 5) if m * 10 ** k * 6 >= top)
    return step * math.ceil(top * 1.05 / step), step


def _count_scale(top: float, title: str = "statements", **axis) -> dict:
    """Scale and axis of a count channel ending on a tick (count_axis)."""
    end, step = count_axis(top)
    return {"title": title, "scale": alt.Scale(domain=[0, end], nice=False, zero=True),
            "axis": alt.Axis(values=list(range(0, end + 1, step)), format="d", **axis)}


def _time_x(w: timeaxis.Window, field: str = "bin_start", orient: str = "bottom") -> alt.X:
    """A temporal axis over the window, labelled in the window's unit."""
    # a window without dates (no statement dated) has no domain to set: Vega takes the data's
    return alt.X(f"{field}:T", title=None, scale=alt.Scale(domain=_domain(w)) if w.start is not None else alt.Scale(),
                 axis=alt.Axis(format=timeaxis.LABEL_FORMAT[w.unit], labelOverlap=True, orient=orient, grid=True,
                               labelFlush=True, tickCount={"interval": w.unit, "step": 1}))  # a tick per bin at most


def top_speakers(quotes: pd.DataFrame, colors: dict[str, str], n_named: int = 12, n_unnamed: int = 3,
                 ranked: pd.DataFrame | None = None) -> alt.Chart:
    """Named speakers first, then the commonest unnamed sources by their description; statements
    whose speaker is unknown are not ranked."""
    ranked = labels.ranking(quotes) if ranked is None else ranked
    named, unnamed = ranked[ranked["named"]], ranked[~ranked["named"]]
    shown = pd.concat([named.head(n_named), unnamed.head(n_unnamed)])
    rest = ranked.drop(shown.index)
    df = shown[["speaker_label", "statements"]].astype({"statements": int})
    title: alt.TitleParams | str = "Top speakers"
    if len(rest):  # named in the subtitle: as a bar, the long tail would dwarf every speaker shown
        tail = labels.SpeakerCount(int(rest["named"].sum()), int((~rest["named"]).sum()), 0)
        title = alt.TitleParams("Top speakers", subtitle=tail.not_shown(int(rest["statements"].sum())),
                                subtitleColor="#666")
    order = list(df["speaker_label"])
    return alt.Chart(df, title=title).mark_bar().encode(
        x=alt.X("statements:Q", title="statements", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("speaker_label:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT)),
        color=_color(colors, order),
        tooltip=[alt.Tooltip("speaker_label:N", title="speaker"), "statements:Q"],
    ).properties(autosize=FIT_X, height=max(120, 26 * len(df)))


def legend_groups(quotes: pd.DataFrame, colors: dict[str, str], n: int = TOP_N,
                  ranked: pd.DataFrame | None = None) -> tuple[pd.Series, dict[str, str]]:
    """Each statement's group in a legend: one of the n most quoted speakers, else "other speakers";
    and the groups' colours in legend order."""
    ranked = labels.ranking(quotes) if ranked is None else ranked
    top = [s for s in ranked["speaker_label"] if s in colors and colors[s] != OTHER_COLOR][:n]
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


FROM_TEXT, BY_PUBLICATION = "from the text", "by publication only"  # the date legend's two entries
PUBLICATION_OPACITY = 0.45  # light enough to tell apart, dark enough to tell whose


def _stacked_bins(quotes: pd.DataFrame, groups: pd.Series, w: timeaxis.Window, order: list[str]) -> pd.DataFrame:
    """Statements per bin, speaker and dating (from the text, by publication), stacked here in legend
    order: with x and x2 set, Vega-Lite draws y as a point, not a stack from 0."""
    q = quotes.assign(speaker_label=groups, _pub=_by_publication(quotes).map({True: "1", False: "0"}))
    q = q.assign(_group=q["speaker_label"] + "\x1f" + q["_pub"])
    df = timeaxis.binned(q, w, "_group")
    # split by map, not str.split(expand=True): with no bar (a view dated only to years, seasons or
    # quarters) that made a frame without columns, and the assignment raised
    df["speaker_label"] = df["_group"].map(lambda g: g.split("\x1f")[0])
    df["_pub"] = df["_group"].map(lambda g: g.split("\x1f")[1])
    df["dated_by"] = df["_pub"].map({"1": BY_PUBLICATION, "0": FROM_TEXT})
    df["_rank"] = df["speaker_label"].map({s: i for i, s in enumerate(order)})
    df = df.sort_values(["bin_start", "_rank", "_pub"], kind="stable")
    df["top"] = df.groupby("bin_start")["statements"].cumsum()
    df["base"] = df["top"] - df["statements"]
    return df


def statements_over_time(quotes: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window,
                         n: int = TOP_N, ranked: pd.DataFrame | None = None) -> alt.LayerChart:
    """Statements per day, week, month or year of their speech act on a real time axis bounded by the
    window; the top speakers only, the others counted in the subtitle (as Top speakers does). Each speaker is one block per bin: the statements whose
    date the text gives solid at its foot, those dated only by publication a lighter shade of the same
    colour above (a second legend says which is which; an outline or a faint fill made most of a
    PolNeAR bar grey). Statements dated only to a period longer than a bin (a month in a chart of days)
    are a grey band from zero over their whole period, named in the subtitle."""
    groups, palette = legend_groups(quotes, colors, n, ranked)
    notes = []
    others = groups.eq(OTHERS)
    if others.any() and len(palette) > 1:  # as a stack, the long tail dwarfed every speaker named (PolNeAR: a grey wall)
        tail = labels.count_speakers(quotes[others])
        notes += tail.not_shown(int(others.sum()) - tail.unknown)
        quotes, groups = quotes[~others], groups[~others]
        palette.pop(OTHERS)
    fine = quotes["date_granularity"].map(FINENESS).fillna(0) <= FINENESS[w.unit]
    df = _stacked_bins(quotes[fine], groups[fine], w, list(palette))
    fmt = timeaxis.LABEL_FORMAT[w.unit]
    coarse = _coarse_periods(quotes[~fine], w)
    counts = _count_scale(max(df["top"].max() if len(df) else 0, coarse["statements"].max() if len(coarse) else 0))
    y = alt.Y("top:Q", **counts)
    layers = []
    if len(df):
        present = [d for d in (FROM_TEXT, BY_PUBLICATION) if d in set(df["dated_by"])]
        layers.append(alt.Chart(df.drop(columns=["_rank", "_group"])).mark_bar(
            clip=True, stroke="white", strokeWidth=0.5).encode(
            x=_time_x(w), x2="bin_end:T", y=y, y2="base:Q",
            color=_color(palette, list(palette), legend=True),
            # opacity, not fillOpacity: Vega-Lite draws no legend for fillOpacity; ordinal, as an unsorted
            # nominal field on opacity makes Vega-Lite warn in the browser console
            opacity=alt.Opacity("dated_by:O", scale=alt.Scale(
                domain=present, range=[1.0 if d == FROM_TEXT else PUBLICATION_OPACITY for d in present]),
                legend=alt.Legend(title="dated", orient="top", symbolType="square", symbolFillColor="#4a5563",
                                  symbolStrokeWidth=0, symbolSize=150)),
            tooltip=[alt.Tooltip("bin_start:T", title=w.unit, format=fmt),
                     alt.Tooltip("speaker_label:N", title="speaker"), alt.Tooltip("statements:Q", title="statements"),
                     alt.Tooltip("dated_by:N", title="dated")]))
    if len(coarse):  # on top, an outline from zero (y2): a bar with x and x2 and only y was drawn around its
        # value, below zero; behind the stacks it was hidden
        layers.append(alt.Chart(coarse.assign(base=0)).mark_bar(
            clip=True, color=OTHER_COLOR, fillOpacity=0.12, strokeDash=[4, 3], stroke="#333", strokeWidth=1.2).encode(
            # the count axis's own title and ticks: without bars below, Vega-Lite titled it "statements, base"
            x=_time_x(w, "period_start"), x2="period_end_excl:T", y=alt.Y("statements:Q", **counts), y2="base:Q",
            tooltip=[alt.Tooltip("period:N", title="dated only to"), alt.Tooltip("statements:Q", title="statements")]))
    if len(coarse):
        notes.append("dashed box: statements dated only to a longer period (a quarter, a year), across it")
    title: alt.TitleParams | str = f"Statements per {w.unit}"
    if notes:
        title = alt.TitleParams(title, subtitle=notes if len(notes) > 1 else notes[0], subtitleColor="#666")
    return alt.layer(*layers, title=title).properties(autosize=FIT_X, height=240)


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


EVENT_LANE = "dates in the text"
BIN_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
TIP_STATEMENTS = 3  # statements named in a point's tooltip


def _tip(texts: pd.Series) -> pd.Series:
    """Up to TIP_STATEMENTS statements as tooltip lines, and how many more there are."""
    shown = list(texts.head(TIP_STATEMENTS)) + [""] * max(0, TIP_STATEMENTS - len(texts))
    more = len(texts) - TIP_STATEMENTS
    return pd.Series(shown + [f"and {labels.plural(more, 'more statement')} (see the list under the chart)"
                              if more > 0 else ""])


def _bin_middle(starts: pd.Series, w: timeaxis.Window) -> pd.Series:
    """The middle of each bin (of its part inside the window): a mark there stands for the whole bin."""
    first = starts.clip(lower=w.start)
    return first + (timeaxis.bin_end(starts, w.unit).clip(upper=w.end) - first) / 2


def timeline_points(quotes: pd.DataFrame, w: timeaxis.Window, lanes: list[str]) -> pd.DataFrame:
    """One mark per speaker and bin of the window's unit (day, week, month or year), in the bin's
    middle: `fine` marks count the statements dated within the bin, the others those dated only to a
    longer period (a year on a monthly axis) that starts in it, not stretched over it; `n` counts
    them and s1…s3 quote them for the tooltip. A year of statements day by day was a band of
    overlapping dots; by month it is a dozen counted ones."""
    q = quotes[quotes["speaker_label"].isin(lanes)].assign(_at=lambda d: w.place(d["period_start"]))
    q = q.dropna(subset=["_at"]).sort_values([c for c in ("_at", "article_id", "start") if c in q], kind="stable")
    cols = ["speaker_label", "at", "bin_start", "fine", "n", "dates", "by_publication",
            *[f"s{i + 1}" for i in range(TIP_STATEMENTS)], "more"]
    if q.empty:
        return pd.DataFrame(columns=cols)
    days = (q["period_end"] - q["period_start"]).dt.days + 1
    q = q.assign(fine=days <= BIN_DAYS[w.unit], _bin=timeaxis.bin_start(q["_at"], w.unit),
                 _text="“" + _truncate(q["quote"], 110) + "” (" + q["date"].map(labels.readable_date) + ")")
    rows = []
    for (lane, at, fine), g in q.groupby(["speaker_label", "_bin", "fine"], sort=False):
        tip = _tip(g["_text"])
        dates = list(dict.fromkeys(g["date"].map(labels.readable_date)))
        pub = int(_by_publication(g).sum())
        rows.append([lane, at, at, bool(fine), len(g), ", ".join(dates[:3]) + (" …" if len(dates) > 3 else ""),
                     "all" if pub == len(g) else f"{pub} of {len(g)}" if pub else "none", *tip.tolist()])
    out = pd.DataFrame(rows, columns=cols)
    out["at"] = _bin_middle(out["bin_start"], w)
    out["bin_start"] = out["bin_start"].clip(lower=w.start)
    return out


def mentioned_dates(events: pd.DataFrame, w: timeaxis.Window) -> tuple[pd.DataFrame, int]:
    """Dates the articles mention, one tick per bin of the window's unit, and how many mentions
    were too coarse for the bins (a whole year on a monthly axis) to be drawn as a tick."""
    cols = ["bin_start", "at", "mentions", "examples"]
    if events.empty or w.start is None:
        return pd.DataFrame(columns=cols), 0
    ev = events.dropna(subset=["period_start"])
    ev = ev[(ev["period_start"] >= w.start) & (ev["period_start"] < w.end)]
    days = (ev["period_end"] - ev["period_start"]).dt.days + 1
    fine = ev[days <= BIN_DAYS[w.unit]]
    if fine.empty:
        return pd.DataFrame(columns=cols), len(ev)
    fine = fine.assign(bin_start=timeaxis.bin_start(fine["period_start"], w.unit))
    out = fine.groupby("bin_start").agg(
        mentions=("value", "size"),
        examples=("text", lambda s: ", ".join(f"“{t}”" for t in list(dict.fromkeys(s))[:4]))).reset_index()
    out["at"] = _bin_middle(out["bin_start"], w)
    out["bin_start"] = out["bin_start"].clip(lower=w.start)
    return out[cols], len(ev) - len(fine)


# Marks and their counts, so a count stays legible at corpus scale (60 monthly bins, 45 days):
PLOT_WIDTH = 640  # px: about the narrowest the plot is drawn (the main column at 1400 wide, less the lane names)
DIGIT_PX, LABEL_PAD = 6.5, 7  # px: a digit of the bold 10px count, and the room around it on a mark
CIRCLE_PX = (10, 28)  # diameters of the circle of one statement and of the bin with the most
SQUARE_PX, SQUARE_OFFSET = 20, 15  # the largest square, and how far below its lane's circles it sits


def bins_in(w: timeaxis.Window) -> int:
    """How many bins of the window's unit the axis holds."""
    if w.start is None:
        return 1
    return len(pd.period_range(w.start, w.end - timeaxis.DAY, freq=timeaxis.FREQ[w.unit]))


def mark_sizes(pts: pd.DataFrame, w: timeaxis.Window) -> pd.DataFrame:
    """Each mark's `size` (Vega's symbol size: its diameter squared) and whether its count is written on
    it (`label`). The diameter grows with the square root of the count, at most a bin's width at
    PLOT_WIDTH (neighbours do not cover each other); a count of two or more is written when its digits
    fit in that width, the mark then at least as wide as its digits (solid and hollow alike); a count
    that does not fit is in the tooltip."""
    if pts.empty:
        return pts.assign(size=pd.Series(dtype=float), label=pd.Series(dtype=bool))
    bin_px = PLOT_WIDTH / bins_in(w)
    cap = pts["fine"].map({True: CIRCLE_PX[1], False: SQUARE_PX}).clip(upper=bin_px - 2)
    low = cap.clip(upper=CIRCLE_PX[0])
    top = int(pts["n"].max())
    share = (pts["n"] ** 0.5 - 1) / (top ** 0.5 - 1) if top > 1 else pd.Series(0.0, index=pts.index)
    diameter = low + (cap - low) * share
    digits = pts["n"].astype(int).astype(str).str.len() * DIGIT_PX + LABEL_PAD
    label = (pts["n"] > 1) & (digits <= cap)
    diameter = diameter.where(~label, diameter.clip(lower=digits))
    return pts.assign(size=diameter.round(1) ** 2, label=label)


def timeline(quotes: pd.DataFrame, events: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window,
             lanes: list[str]) -> alt.LayerChart:
    """Statements of the given speakers (one lane each) on a time axis bounded by the window, axis on
    top: a circle per bin (day, week, month or year) with statements dated within it, a square for
    those dated only to a longer period starting in it, each sized by its count with the count written
    on it where it fits (white on a solid mark, in the speaker's colour inside a hollow one: dated only
    by publication); dates the articles mention as a lane of ticks, one per bin, taller where more
    are mentioned."""
    pts = mark_sizes(timeline_points(quotes, w, lanes), w)
    lane_order = list(lanes)
    ticks, _ = mentioned_dates(events, w)
    if len(ticks):
        lane_order.append(EVENT_LANE)
    y = alt.Y("speaker_label:N", sort=lane_order, title=None, scale=alt.Scale(domain=lane_order),
              axis=alt.Axis(labelLimit=LABEL_LIMIT))
    x = _time_x(w, "at", orient="top")
    fmt = timeaxis.LABEL_FORMAT[w.unit]
    # one title each: the tooltip is an object keyed by title, so repeated titles kept only the last line
    tooltip = [alt.Tooltip("speaker_label:N", title="speaker"), alt.Tooltip("bin_start:T", title=w.unit, format=fmt),
               alt.Tooltip("n:Q", title="statements"), alt.Tooltip("dates:N", title="dated"),
               alt.Tooltip("by_publication:N", title="dated by publication")] + [
        alt.Tooltip(f"s{i + 1}:N", title=f"statement {i + 1}") for i in range(TIP_STATEMENTS)] + [
        alt.Tooltip("more:N", title="more")]
    size = alt.Size("size:Q", legend=None, scale=None)  # sized by mark_sizes, in pixels
    color = _color(colors, lanes)
    layers = []
    # a layer without rows makes Vega warn "Infinite extent for field …": only parts that have some
    # squares sit below the circles of the same bin, so neither hides the other's count
    for fine, shape, offset in ((True, "circle", 0), (False, "square", SQUARE_OFFSET)):
        for hollow in (False, True):  # dated only by publication: hollow, read as "some time up to then"
            part = pts[(pts["fine"] == fine) & ((pts["by_publication"] == "all") == hollow)]
            if part.empty:
                continue
            base = alt.Chart(part.drop(columns="fine"))
            # a hollow mark is white inside, so its count is not crossed by the grid
            layers.append(base.mark_point(
                shape=shape, filled=not hollow, fill="white" if hollow else alt.Undefined, strokeWidth=2,
                opacity=1 if hollow else 0.8, yOffset=offset).encode(x=x, y=y, color=color, size=size,
                                                                     tooltip=tooltip))
            if part["label"].any():
                text = base.transform_filter(alt.datum.label).mark_text(
                    fontSize=10, fontWeight="bold", yOffset=offset, **({} if hollow else {"color": "white"}))
                layers.append(text.encode(x=x, y=y, text="n:Q", tooltip=tooltip,
                                          **({"color": color} if hollow else {})))
    if len(ticks):
        tk = ticks.assign(speaker_label=EVENT_LANE)
        most = int(tk["mentions"].max())
        layers.append(alt.Chart(tk).mark_tick(thickness=2, color="#555", opacity=0.8).encode(
            x=x, y=y, size=alt.Size("mentions:Q", legend=None,
                                    scale=alt.Scale(domain=[1, max(most, 2)], range=[6, 24])),
            tooltip=[alt.Tooltip("bin_start:T", title=w.unit, format=fmt),
                     alt.Tooltip("mentions:Q", title="dates mentioned"),
                     alt.Tooltip("examples:N", title="for example")]))
    # statements and mentions are counted on scales of their own
    return alt.layer(*layers, title="Who spoke when").resolve_scale(size="independent").properties(
        autosize=FIT_X, height=max(100, 46 * len(lane_order)))


TONE_TITLE = "mean tone (−1 all negative … +1 all positive), 95% interval"
TONE_PAD = 0.08  # the tone scale reaches past −1 and +1, so a mean or interval end there is drawn whole, not cut


def _tone_scale(ticks: list[float]) -> dict:
    """Scale and axis of a tone channel: −1 … +1 with room beyond, ticks only on the scale itself."""
    return {"scale": alt.Scale(domain=[-1 - TONE_PAD, 1 + TONE_PAD], nice=False, zero=False),
            "axis": alt.Axis(values=ticks, format=".1f")}


TONE_TICKS = [round(-1 + 0.2 * i, 1) for i in range(11)]


def speaker_tone(tone: pd.DataFrame, colors: dict[str, str], n: int = 15) -> alt.LayerChart:
    """Mean tone per speaker with its 95% interval; the count is in the label."""
    df = tone.head(n).copy()
    df["label"] = df["speaker"] + " (" + df["n"].astype(str) + ")"
    order = list(df["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    palette = {lab: colors.get(s, OTHER_COLOR) for lab, s in zip(df["label"], df["speaker"], strict=True)}
    bars = alt.Chart(df).mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=alt.X("tone_low:Q", title=TONE_TITLE, **_tone_scale(TONE_TICKS)),
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


def tone_over_time(series: pd.DataFrame, colors: dict[str, str], w: timeaxis.Window) -> alt.LayerChart:
    """Mean tone per speaker and week, month or year, on the window's time axis, each mean with its
    95% interval (a vertical line) and its number of statements (the dot's size and the tooltip); a
    line breaks where a period has no statement. Each mean stands in the middle of its period (of its
    part inside the window): at the period's first day, the first month's was cut by the frame."""
    present = list(dict.fromkeys(series["speaker"]))
    unit = timeaxis.TONE_UNIT[w.unit]
    color = alt.Color("speaker:N", scale=alt.Scale(domain=present, range=[colors.get(s, OTHER_COLOR) for s in present]),
                      legend=_legend(3))
    if len(series):
        first = series["period"].clip(lower=w.start)
        series = series.assign(at=first + (timeaxis.bin_end(series["period"], unit).clip(upper=w.end) - first) / 2)
    else:
        series = series.assign(at=series["period"])
    x = _time_x(w, "at")
    y = alt.Y("mean_tone:Q", title="mean tone, 95% interval", **_tone_scale([-1, -0.5, 0, 0.5, 1]))
    tooltip = ["speaker:N", alt.Tooltip("period:T", format=timeaxis.LABEL_FORMAT[unit], title=unit),
               alt.Tooltip("n:Q", title="statements"), alt.Tooltip("mean_tone:Q", format="+.2f", title="mean tone"),
               alt.Tooltip("tone_low:Q", format="+.2f", title="95% low"),
               alt.Tooltip("tone_high:Q", format="+.2f", title="95% high")]
    base = alt.Chart(series)
    spread = base.mark_rule(strokeWidth=1.5, opacity=0.35).encode(x=x, y="tone_low:Q", y2="tone_high:Q", color=color,
                                                                    tooltip=tooltip)
    line = base.mark_line(opacity=0.8).encode(x=x, y=y, color=color, detail="segment:N")
    dots = base.mark_circle(opacity=0.9).encode(
        x=x, y=y, color=color, tooltip=tooltip,
        size=alt.Size("n:Q", title="statements", scale=alt.Scale(range=[25, 300], type="sqrt", domainMin=1),
                      legend=alt.Legend(orient="bottom", symbolFillColor="#888", symbolStrokeColor="#888")))
    title = alt.TitleParams(f"Tone over time (mean per {unit})",
                            subtitle=f"dots sized by the statements they average; vertical lines: 95% interval; "
                                     f"a line joins periods of {sentiment_stats.LINE_MIN} or more statements",
                            subtitleColor="#666")
    return alt.layer(spread, line, dots, title=title).properties(autosize=FIT_X, height=260)


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


def volume(quotes: pd.DataFrame, color: str, w: timeaxis.Window, y_max: int | None = None) -> alt.Chart:
    """One speaker's statements per bin of a window shared with the speakers beside it, on a count
    axis shared with them too (`y_max`), so columns compare at a glance."""
    # from 0 by y2: with x and x2 set, Vega-Lite draws a bar's y as a point, not from 0
    df = timeaxis.binned(quotes.assign(_all="all"), w, "_all").drop(columns="_all").assign(base=0)
    top = max(int(df["statements"].max()) if len(df) else 1, y_max or 1)
    fmt = timeaxis.LABEL_FORMAT[w.unit]
    return alt.Chart(df, title=f"Statements per {w.unit}").mark_bar(clip=True, color=color).encode(
        x=_time_x(w), x2="bin_end:T",
        y=alt.Y("statements:Q", **_count_scale(top)), y2="base:Q",
        tooltip=[alt.Tooltip("bin_start:T", title=w.unit, format=fmt), alt.Tooltip("statements:Q")],
    ).properties(autosize=FIT_X, height=150)


def top_targets(table: pd.DataFrame, n: int = 8, x_max: int | None = None) -> alt.Chart:
    """Whom one speaker names most (statements naming each), coloured by the mean sentiment toward
    them (red negative, blue positive), on a count axis shared with the speakers beside it."""
    df = table.sort_values(["n", "target"], ascending=[False, True]).head(n)
    order = list(df["target"])
    top = max(int(df["n"].max()) if len(df) else 1, x_max or 1)
    return alt.Chart(df, title="Talks about most").mark_bar().encode(
        x=alt.X("n:Q", **_count_scale(top, "mentions")),
        y=alt.Y("target:N", sort=order, title=None, axis=alt.Axis(labelLimit=160)),
        color=alt.Color("mean_score:Q", title="sentiment toward", scale=alt.Scale(scheme="redblue", domain=[-1, 1]),
                        legend=alt.Legend(orient="bottom", gradientLength=90, titleLimit=150)),
        tooltip=[alt.Tooltip("target:N", title="mentioned"), alt.Tooltip("target_type:N", title="type"),
                 alt.Tooltip("n:Q", title="mentions"),
                 alt.Tooltip("mean_score:Q", format="+.2f", title="mean P(pos)−P(neg)")],
    ).properties(autosize=FIT_X, height=max(60, 22 * len(df)))


def tone_interval(tone: pd.DataFrame, color: str, axis_title: str = TONE_TITLE) -> alt.LayerChart:
    """One speaker's mean tone with its 95% interval on the full scale, n under the title: the speaker
    is named by the column it stands in, so no label takes the chart's width."""
    df = tone.head(1).assign(y="tone", words=lambda d: "n = " + d["n"].map("{:,}".format))
    y = alt.Y("y:N", title=None, axis=None)
    x = alt.X("tone_low:Q", title=axis_title, **_tone_scale([-1, -0.5, 0, 0.5, 1]))
    tooltip = [alt.Tooltip("n:Q", title="statements"), alt.Tooltip("mean_tone:Q", format="+.2f", title="mean tone"),
               alt.Tooltip("tone_low:Q", format="+.2f", title="95% low"),
               alt.Tooltip("tone_high:Q", format="+.2f", title="95% high")]
    spread = alt.Chart(df).mark_rule(strokeWidth=3, opacity=0.6, color=color).encode(x=x, x2="tone_high:Q", y=y,
                                                                                      tooltip=tooltip)
    point = alt.Chart(df).mark_point(filled=True, size=110, color=color, opacity=1).encode(
        x="mean_tone:Q", y=y, tooltip=tooltip)
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#888", strokeDash=[4, 4]).encode(x="x:Q")
    # n under the title: as a label beside the interval it ran over the interval line and the zero rule
    title = alt.TitleParams("Tone", subtitle=df["words"].iloc[0] + " statements" if len(df) else "",
                            subtitleColor="#444")
    return alt.layer(spread, point, zero, title=title).properties(autosize=FIT_X, height=32)
