"""Chart specs: what Vega is given."""

from datetime import date

import pandas as pd

from analysis import charts, labels, timeaxis


def _quotes(rows):
    q = pd.DataFrame(rows)
    q["period_start"] = pd.to_datetime(q["period_start"])
    q["period_end"] = pd.to_datetime(q["period_end"])
    for col, value in (("kind", "direct"), ("display_title", "A"), ("quote", "we will"), ("speaker_type", "person"),
                       ("role", None)):
        if col not in q:
            q[col] = value
    return labels.add_speaker_labels(q)


def _day(speaker, day, granularity="day", end=None):
    return {"speaker": speaker, "date": day, "date_granularity": granularity, "period_start": (day + "-01-01")[:10],
            "period_end": end or day}


def _marks(chart) -> list[str]:
    return [layer.mark.type if hasattr(layer.mark, "type") else layer.mark for layer in chart.layer]


def test_timeline_draws_no_layer_without_rows():
    """Repro 6: an empty layer (no week/month/year statement, no dates in the text) made Vega warn
    'Infinite extent for field "period_start"' in the browser console."""
    quotes = _quotes([_day("Ann Lee", "2024-08-27")])
    events = pd.DataFrame(columns=["text", "value", "granularity", "period_start", "period_end", "context"])
    w = timeaxis.window(quotes)
    chart = charts.timeline(quotes, events, {"Ann Lee": "#123456"}, w, ["Ann Lee"])
    assert _marks(chart) == ["point"]  # one statement: no count to write on it
    month = _quotes([_day("Ann Lee", "2024-08-27"), _day("Ann Lee", "2024-08", "month", "2024-08-31")])
    assert len(charts.timeline(month, events, {}, timeaxis.window(month), ["Ann Lee"]).layer) == 2


def _events(*rows):
    text, value, start, end = zip(*rows, strict=True) if rows else ((), (), (), ())
    return pd.DataFrame({"text": text, "value": value, "granularity": "day", "context": "",
                         "period_start": pd.to_datetime(start), "period_end": pd.to_datetime(end)})


def test_timeline_draws_only_its_lanes_with_the_axis_on_top_and_dates_inside_the_window():
    quotes = _quotes([_day("Ann Lee", "2019-01-10"), _day("Bo Chen", "2019-02-10"), _day("Cy Dale", "2019-03-01")])
    events = _events(("in 1150", "1150", "1150-01-01", "1150-12-31"), ("on Feb. 3", "2019-02-03", "2019-02-03", "2019-02-03"))
    w = timeaxis.window(quotes)
    spec = charts.timeline(quotes, events, {}, w, ["Ann Lee", "Bo Chen"]).to_dict()
    drawn = [v for d in spec["datasets"].values() for v in d]
    assert {r["speaker_label"] for r in drawn} == {"Ann Lee", "Bo Chen", "dates in the text"}
    assert [r["examples"] for r in drawn if r["speaker_label"] == "dates in the text"] == ["“on Feb. 3”"]
    x = spec["layer"][0]["encoding"]["x"]
    assert x["axis"]["orient"] == "top"
    assert x["scale"]["domain"] == {"expr": "[datetime(2019, 0, 7), datetime(2019, 2, 4)]"}  # JS months from 0
    assert spec["height"] == 138  # three lanes, bounded by the lanes asked for, not by the corpus


def test_timeline_counts_statements_of_a_bin_in_one_mark_and_quotes_them_in_its_tooltip():
    """Issue 28: 42 statements of one speaker drew 11 dots and no count; a year-dated one was a
    year-long bar; on PolNeAR a year of statements day by day was a band of overlapping dots."""
    rows = [{**_day("Ann Lee", "2019-03-05"), "quote": f"statement {i}"} for i in range(5)]
    rows += [_day("Ann Lee", "2019-03-09"), _day("Ann Lee", "2019", "year", "2019-12-31")]
    quotes = _quotes(rows)
    w = timeaxis.window(quotes, date(2019, 3, 1), date(2019, 3, 31))
    assert w.unit == "day"
    pts = charts.timeline_points(quotes, w, ["Ann Lee"])
    assert [(str(r.bin_start.date()), str(r.at), r.fine, r.n) for r in pts.itertuples()] == [
        ("2019-03-01", "2019-03-01 12:00:00", False, 1),  # the year, where it enters the range
        ("2019-03-05", "2019-03-05 12:00:00", True, 5), ("2019-03-09", "2019-03-09 12:00:00", True, 1)]
    five = pts[pts["n"] == 5].iloc[0]
    assert (five.s1, five.s3) == ("“statement 0” (5 Mar 2019)", "“statement 2” (5 Mar 2019)")
    assert five.more == "and 2 more statements (see the list under the chart)"
    chart = charts.timeline(quotes, _events(), {}, w, ["Ann Lee"])
    assert _marks(chart) == ["point", "text", "point"]  # circles with their count written on, a square
    assert [layer.mark.shape for layer in chart.layer if layer.mark.type == "point"] == ["circle", "square"]
    weeks = timeaxis.window(quotes, date(2019, 1, 1), date(2019, 3, 31))
    assert weeks.unit == "week"
    by_week = charts.timeline_points(quotes, weeks, ["Ann Lee"])
    assert [(str(r.bin_start.date()), r.fine, r.n) for r in by_week.itertuples()] == [
        ("2019-01-01", False, 1), ("2019-03-04", True, 6)]  # the week of 4 Mar holds both days


def test_counts_are_written_on_hollow_marks_as_on_solid_ones_and_only_where_they_fit():
    """Issue 28 review: a hollow mark's count was white on white (unreadable), and at corpus scale
    (PolNeAR by month) counts ran over their marks and a square's count over its circle's."""
    rows = [_day("Ann Lee", "2015-07-10")] * 149 + [_day("Ann Lee", "2015-08-10")] * 12 + [
        _day("Ann Lee", "2016-09-10")] + [_day("Ann Lee", "2016", "year", "2016-12-31")] * 12
    quotes = _quotes(rows).assign(date_basis=["stated"] * 149 + ["article"] * 12 + ["stated"] * 13)
    w = timeaxis.window(quotes, date(2015, 7, 1), date(2016, 9, 30))
    assert (w.unit, charts.bins_in(w)) == ("month", 15)
    pts = charts.mark_sizes(charts.timeline_points(quotes, w, ["Ann Lee"]), w)
    assert [(str(r.bin_start.date()), r.fine, r.by_publication, r.n, r.size, r.label) for r in pts.itertuples()] == [
        ("2015-07-01", True, "none", 149, 28.0 ** 2, True),  # the most: the widest circle, three digits fit
        ("2015-08-01", True, "all", 12, 20.0 ** 2, True),  # hollow: as wide as its two digits, as a solid one
        ("2016-01-01", False, "none", 12, 20.0 ** 2, True),  # the year's square, its two digits on it
        ("2016-09-01", True, "none", 1, 10.0 ** 2, False)]  # one statement: no count
    spec = charts.timeline(quotes, _events(), charts.speaker_colors(quotes), w, ["Ann Lee"]).to_dict()
    layers = [(la["mark"]["type"], la["mark"].get("filled"), la["mark"].get("fill"), la["mark"].get("color"),
               la["encoding"].get("color", {}).get("field"), la["mark"]["yOffset"]) for la in spec["layer"]]
    assert layers == [("point", True, None, None, "speaker_label", 0),
                      ("text", None, None, "white", None, 0),  # white on the solid circle
                      ("point", False, "white", None, "speaker_label", 0),  # white inside, the grid does not cross it
                      ("text", None, None, None, "speaker_label", 0),  # in the speaker's colour inside the ring
                      ("point", True, None, None, "speaker_label", charts.SQUARE_OFFSET),
                      ("text", None, None, "white", None, charts.SQUARE_OFFSET)]
    assert spec["layer"][0]["encoding"]["size"] == {"field": "size", "legend": None, "scale": None,
                                                    "type": "quantitative"}
    # five years by month at the plot's narrowest: 60 bins of 10.7 px, no count fits, no mark is wider
    # than its bin; the counts are in the tooltip
    wide = timeaxis.window(quotes, date(2015, 1, 1), date(2019, 12, 31))
    assert charts.bins_in(wide) == 60
    crowded = charts.mark_sizes(charts.timeline_points(quotes, wide, ["Ann Lee"]), wide)
    assert not crowded["label"].any() and crowded["size"].max() == round(charts.PLOT_WIDTH / 60 - 2, 1) ** 2
    spec = charts.timeline(quotes, _events(), charts.speaker_colors(quotes), wide, ["Ann Lee"]).to_dict()
    assert [la["mark"]["type"] for la in spec["layer"]] == ["point", "point", "point"]


def test_mentioned_dates_are_one_tick_per_bin_and_coarser_ones_are_counted():
    w = timeaxis.window(_quotes([_day("Ann Lee", "2019-01-10"), _day("Ann Lee", "2019-12-10")]))
    assert w.unit == "month"
    events = _events(("Jan. 3", "2019-01-03", "2019-01-03", "2019-01-03"), ("Jan. 30", "2019-01-30", "2019-01-30",
                                                                          "2019-01-30"),
                     ("March", "2019-03", "2019-03-01", "2019-03-31"), ("2019", "2019", "2019-01-01", "2019-12-31"))
    ticks, coarse = charts.mentioned_dates(events, w)
    assert ticks[["bin_start", "mentions", "examples"]].values.tolist() == [
        [pd.Timestamp("2019-01-01"), 2, "“Jan. 3”, “Jan. 30”"], [pd.Timestamp("2019-03-01"), 1, "“March”"]]
    assert list(ticks["at"]) == [pd.Timestamp("2019-01-16 12:00"), pd.Timestamp("2019-03-16 12:00")]  # mid-month
    assert coarse == 1  # the whole year: no tick on a monthly axis


def test_statements_over_time_is_temporal_with_a_legend_of_the_top_speakers_and_others():
    rows = [_day(f"Speaker {i:02d}", f"2019-{1 + i % 12:02d}-15") for i in range(12) for _ in range(12 - i)]
    rows.append(_day("Doris Day", "1976-01-01", "year", "1976-12-31"))
    quotes = _quotes(rows)
    w = timeaxis.window(quotes)
    assert (w.start, w.end, w.unit, w.before) == (pd.Timestamp("2019-01-01"), pd.Timestamp("2020-01-01"), "month", 1)
    assert w.note() == "Not drawn, far outside the bulk of the dates: 1 statement dated earlier (the earliest Jan 1976)."
    spec = charts.statements_over_time(quotes, charts.speaker_colors(quotes), w).to_dict()
    (bars,) = spec["layer"]  # no statement dated more coarsely than a month inside the window: no band
    assert bars["encoding"]["x"]["type"] == "temporal"
    assert bars["encoding"]["x"]["scale"]["domain"] == {"expr": "[datetime(2019, 0, 1), datetime(2020, 0, 1)]"}
    color = bars["encoding"]["color"]
    assert color["legend"] is not None
    # the top speakers only: as a stack, the long tail dwarfed them (fresh-eyes review: a grey wall on PolNeAR)
    assert color["scale"]["domain"] == [f"Speaker {i:02d}" for i in range(charts.TOP_N)]
    assert charts.TOP_N == 8  # speakers 08-11 (4 + 3 + 2 + 1 statements) and Doris Day (1) are the others
    assert spec["title"] == {"text": "Statements per month", "subtitle": ["not shown: 11 statements", "by 5 named speakers"],
                             "subtitleColor": "#666"}


def test_publication_dates_are_hollow_and_a_month_is_not_drawn_as_a_day():
    rows = [_day("Ann Lee", "2019-01-10"), _day("Ann Lee", "2019-01-11"), _day("Bo Chen", "2019-01-20"),
            _day("Bo Chen", "2019-01", "month", "2019-01-31")]
    quotes = _quotes(rows).assign(date_basis=["stated", "article", "context", "context"])
    w = timeaxis.window(quotes)
    assert w.unit == "day"
    spec = charts.statements_over_time(quotes, charts.speaker_colors(quotes), w).to_dict()
    bars, band = spec["layer"]  # the band on top: behind the stacks it was hidden
    drawn = {k: v for k, v in spec["datasets"].items()}
    band_rows = drawn[band["data"]["name"]]
    assert [(r["period"], r["statements"]) for r in band_rows] == [("Jan 2019", 1)]  # the month spans January
    assert band["encoding"]["x2"]["field"] == "period_end_excl"
    assert band["encoding"]["y2"]["field"] == "base" and {r["base"] for r in band_rows} == {0}  # from zero
    assert spec["title"]["subtitle"].startswith("dashed box: statements dated only to a longer period")
    bar_rows = drawn[bars["data"]["name"]]
    assert sorted((r["speaker_label"], r["dated_by"], r["statements"]) for r in bar_rows) == [
        ("Ann Lee", "by publication only", 1), ("Ann Lee", "from the text", 1), ("Bo Chen", "from the text", 1)]
    # dated by publication: a lighter shade of the speaker's colour, said by a legend of its own
    assert bars["encoding"]["opacity"]["scale"] == {"domain": ["from the text", "by publication only"],
                                                    "range": [1.0, charts.PUBLICATION_OPACITY]}
    assert bars["encoding"]["opacity"]["legend"]["title"] == "dated"
    assert bars["encoding"]["color"]["legend"] is not None
    events = pd.DataFrame(columns=["text", "value", "granularity", "period_start", "period_end", "context"])
    tl = charts.timeline(quotes, events, {}, w, ["Ann Lee", "Bo Chen"]).to_dict()
    marks = [(layer["mark"]["shape"], layer["mark"]["filled"]) for layer in tl["layer"]]
    assert marks == [("circle", True), ("circle", False), ("square", True)]  # a month is a square, not a day
    tips = {t.get("title") for t in tl["layer"][1]["encoding"]["tooltip"]}
    assert {"dated", "dated by publication"} <= tips
    points = [r for d in tl["datasets"].values() for r in d]
    assert sorted((r["speaker_label"], r["by_publication"]) for r in points) == [
        ("Ann Lee", "all"), ("Ann Lee", "none"), ("Bo Chen", "none"), ("Bo Chen", "none")]


def test_count_axes_end_on_a_tick_above_the_tallest_bar():
    """Issue 28 review: a PolNeAR 'Statements per month' axis ran down to −200 (a coarse-date band drawn
    around its value, below zero), and the tallest bars touched the frame with no tick at the top."""
    assert [charts.count_axis(n) for n in (0, 1, 3, 9, 10, 150, 1380)] == [
        (2, 1), (2, 1), (4, 1), (10, 2), (12, 2), (200, 50), (1500, 500)]
    rows = [_day("Ann Lee", "2019-01-10")] * 9 + [_day("Ann Lee", "2019-03-10"), _day("Bo Chen", "2019", "year",
                                                                                     "2019-12-31")]
    quotes = _quotes(rows)
    w = timeaxis.window(quotes)
    bars, band = charts.statements_over_time(quotes, charts.speaker_colors(quotes), w).to_dict()["layer"]
    y = bars["encoding"]["y"]
    assert y["scale"] == {"domain": [0, 10], "nice": False, "zero": True}
    assert y["axis"]["values"] == [0, 2, 4, 6, 8, 10]
    assert band["encoding"]["y2"]["field"] == "base"


def test_time_domain_compiles_to_one_signal_beside_x2():
    """Repro: DateTime objects as the domain of an x with an x2 compiled to a union of two spellings
    of the same dates, and Vega warned 'Infinite extent for field "data"' in the browser console."""
    import vl_convert as vlc

    quotes = _quotes([_day("Ann Lee", "2019-01-10"), _day("Bo Chen", "2019-01", "month", "2019-01-31")])
    w = timeaxis.window(quotes)
    for chart in (charts.statements_over_time(quotes, charts.speaker_colors(quotes), w),
                  charts.timeline(quotes, quotes.iloc[:0].assign(granularity=[], value=[], text=[], context=[]),
                                  {}, w, ["Ann Lee", "Bo Chen"])):
        (x,) = [s for s in vlc.vegalite_to_vega(chart.to_json())["scales"] if s["name"] == "x"]
        # the axis ends at the last date drawn (the month is drawn at its start), not at the month's end
        assert x["domain"] == {"signal": "[datetime(2019, 0, 1), datetime(2019, 0, 11)]"}


def test_top_speakers_ranks_named_first_describes_unnamed_sources_and_leaves_out_unknown():
    rows = ([{**_day("anonymous", "2019-01-01"), "speaker_type": "anonymous", "role": "Officials"}] * 5
            + [{**_day("unknown", "2019-01-01"), "speaker_type": "unknown"}] * 9
            + [_day("Ann Lee", "2019-01-01")] * 2 + [_day("Bo Chen", "2019-01-02")])
    quotes = _quotes(rows)
    spec = charts.top_speakers(quotes, charts.speaker_colors(quotes), n_named=1).to_dict()
    df = next(iter(spec["datasets"].values()))
    assert [(r["speaker_label"], r["statements"]) for r in df] == [("Ann Lee", 2), ("unnamed: officials", 5)]
    assert spec["title"]["subtitle"] == ["not shown: 1 statement", "by 1 named speaker"]  # the tail, not a bar


def test_tone_over_time_breaks_its_line_at_a_month_without_statements_and_keeps_to_the_window():
    """Repro: on PolNeAR the tone chart ran from 1963 to 2016, its 2016 lines squeezed into the edge."""
    from analysis import sentiment_stats

    days = ("2019-01-05", "2019-02-05", "2019-05-05", "2019-09-05", "2019-10-05", "2019-10-20")
    quotes = _quotes([_day("Ann Lee", d) for d in days] + [_day("Ann Lee", "1963", "year", "1963-12-31")]).assign(
        polarity=0.0, tone_value=[1.0, 0.0, -1.0, 0.0, 1.0, 0.0, 1.0])
    w = timeaxis.window(quotes)
    series = sentiment_stats.tone_over_time(quotes, w)
    assert [str(p.date()) for p in series["period"]] == ["2019-01-01", "2019-02-01", "2019-05-01", "2019-09-01",
                                                          "2019-10-01"]
    # every month here has fewer than LINE_MIN statements: each stands alone, no line suggests a swing
    assert list(series["segment"]) == [0, 1, 2, 3, 4] and list(series["mean_tone"]) == [1.0, 0.0, -1.0, 0.0, 0.5]
    assert list(series["n"]) == [1, 1, 1, 1, 2]
    # weeks of three or more statements join when consecutive; a gap or a thin week between breaks the line
    busy = ["2019-01-07"] * 3 + ["2019-01-14"] * 3 + ["2019-01-21"] + ["2019-01-28"] * 3 + ["2019-02-11"] * 3
    q2 = _quotes([_day("Ann Lee", d) for d in busy]).assign(polarity=0.0, tone_value=0.5)
    assert list(sentiment_stats.tone_over_time(q2, timeaxis.window(q2))["segment"]) == [0, 0, 1, 2, 3]
    assert list(series["tone_low"]) == [-1.0, -1.0, -1.0, -1.0, -0.48]  # one statement: the whole scale
    spec = charts.tone_over_time(series, {}, w).to_dict()
    spread, line, dots = spec["layer"]
    assert line["encoding"]["detail"]["field"] == "segment" and spec["title"]["text"] == "Tone over time (mean per month)"
    assert (spread["encoding"]["y"]["field"], spread["encoding"]["y2"]["field"]) == ("tone_low", "tone_high")
    assert dots["encoding"]["size"]["field"] == "n"
    assert dots["encoding"]["x"]["scale"]["domain"] == {"expr": "[datetime(2019, 0, 1), datetime(2019, 10, 1)]"}
    # Issue 28 review: means and intervals at −1/+1 were cut by the frame, the first month's mean too
    assert dots["encoding"]["y"]["scale"]["domain"] == [-1 - charts.TONE_PAD, 1 + charts.TONE_PAD]
    assert dots["encoding"]["y"]["axis"]["values"] == [-1, -0.5, 0, 0.5, 1]
    assert dots["encoding"]["x"]["field"] == "at"
    drawn = next(iter(spec["datasets"].values()))
    assert [r["at"][:10] for r in drawn] == ["2019-01-16", "2019-02-15", "2019-05-16", "2019-09-16", "2019-10-16"]  # mid-month: Sep has 30 days


def test_tone_interval_says_n_under_its_title_and_reaches_past_the_scale_ends():
    """Issue 28 review: 'n = 1,022' was written over the interval line and the zero rule."""
    tone = pd.DataFrame({"speaker": ["Ann Lee"], "n": [1022], "mean_tone": [1.0], "tone_low": [0.9], "tone_high": [1.0]})
    spec = charts.tone_interval(tone, "#1f77b4").to_dict()
    assert spec["title"] == {"text": "Tone", "subtitle": "n = 1,022 statements", "subtitleColor": "#444"}
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rule", "point", "rule"]  # no text on the line
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [-1.08, 1.08]
    tone_by_speaker = charts.speaker_tone(tone, {}).to_dict()
    assert tone_by_speaker["layer"][0]["encoding"]["x"]["axis"]["values"][::5] == [-1.0, 0.0, 1.0]
    # compare's volume and mentions end on a tick above the tallest bar, not at it
    q = _quotes([_day("Ann Lee", "2019-01-10")] * 9)
    y = charts.volume(q, "#1f77b4", timeaxis.window(q), 9).to_dict()["encoding"]["y"]
    assert y["scale"]["domain"] == [0, 10] and y["axis"]["values"] == [0, 2, 4, 6, 8, 10]
    targets = pd.DataFrame({"target": ["Bo"], "target_type": ["person"], "n": [41], "mean_score": [0.0]})
    x = charts.top_targets(targets, x_max=46).to_dict()["encoding"]["x"]
    assert x["scale"]["domain"] == [0, 50] and x["axis"]["values"] == [0, 10, 20, 30, 40, 50]


def test_who_about_whom_has_one_row_per_speaker_and_target_and_leaves_out_unknown_speakers():
    """Issue 18 review: 'Obama' typed as person in one sentence and organisation in another made two
    rows, drawn as two counts on top of each other in one heatmap cell."""
    from analysis import sentiment_stats

    targets = pd.DataFrame({
        "speaker": ["Ann Lee", "Ann Lee", "Ann Lee", "unknown", "Ann Lee"],
        "speaker_type": ["person", "person", "person", "unknown", "person"],
        "target": ["Obama", "Obama", "Obama", "Obama", "Ann Lee"],
        "target_type": ["person", "organization", "person", "person", "person"],
        "score": [0.5, -0.5, 0.3, 0.9, 1.0], "label": ["positive", "negative", "neutral", "positive", "positive"]})
    table = sentiment_stats.speaker_target(targets)
    assert table[["speaker", "target", "target_type", "n", "negative", "neutral", "positive"]].values.tolist() == [
        ["Ann Lee", "Obama", "person", 3, 1, 1, 1]]
    assert table["mean_score"].tolist() == [0.1]


def _every_chart(quotes: pd.DataFrame, w: timeaxis.Window) -> list:
    """Every chart builder the views call, on these statements and this window, as Vega-Lite dicts."""
    from analysis import sentiment_stats

    colors = charts.speaker_colors(quotes)
    lanes = list(labels.ranking(quotes)["speaker_label"])[:15]
    events = _events(("in 2015", "2015", "2015-01-01", "2015-12-31"))
    tone = sentiment_stats.speaker_tone(quotes)
    targets = pd.DataFrame({"speaker": quotes["speaker"], "speaker_type": quotes["speaker_type"], "target": "Bo Chen",
                            "target_type": "person", "score": 0.5, "label": "positive"})
    table = sentiment_stats.speaker_target(targets)
    built = [charts.top_speakers(quotes, colors), charts.statements_over_time(quotes, colors, w),
             charts.timeline(quotes, events, colors, w, lanes), charts.speaker_tone(tone, colors),
             charts.tone_over_time(sentiment_stats.tone_over_time(quotes, w), colors, w),
             charts.speaker_target_heatmap(table), charts.volume(quotes, "#1f77b4", w, 3),
             charts.top_targets(table), charts.tone_interval(tone, "#1f77b4")]
    return [c.to_dict() for c in built]


def test_every_chart_builds_on_coarse_dates_only_and_on_no_statement():
    """Fresh-eyes review 3: Overview on PolNeAR train from 2015-01-01 to 2015-06-30 raised `ValueError:
    Columns must be same length as key` in statements_over_time: no statement of the view was dated to a
    day, week or month (only years, seasons, quarters), so no bar was left to split into speaker and basis."""
    rows = [_day("Ann Lee", "2015", "year", "2015-12-31"), _day("Ann Lee", "2015-Q1", "quarter", "2015-03-31"),
            _day("Bo Chen", "2015-SP", "season", "2015-05-31")]
    rows[1]["period_start"], rows[2]["period_start"] = "2015-01-01", "2015-03-01"
    coarse = _quotes(rows).assign(polarity=0.1, subjectivity=0.5, tone_value=[1.0, 0.0, -1.0], date_basis="stated",
                                  article_id="a", start=0)
    for w in (timeaxis.window(coarse, date(2015, 1, 1), date(2015, 6, 30)), timeaxis.window(coarse)):
        over_time = _every_chart(coarse, w)[1]
        (band,) = over_time["layer"]  # no bar: the dashed boxes of the year, quarter and season
        assert band["mark"]["strokeDash"] == [4, 3]
        # the count axis titled as with bars (alone, the box's y and y2 made it "statements, base")
        assert band["encoding"]["y"]["title"] == "statements" and band["encoding"]["y"]["scale"]["domain"] == [0, 2]
        assert sorted(r["period"] for d in over_time["datasets"].values() for r in d) == [
            "2015", "2015 Q1", "2015 spring"]
    empty = coarse.iloc[0:0]
    for w in (timeaxis.window(empty, date(2015, 1, 1), date(2015, 6, 30)), timeaxis.window(empty)):
        assert len(_every_chart(empty, w)) == 9


def test_every_view_counts_speakers_alike():
    """Fresh-eyes review 3: PolNeAR train's Overview said "1,999 named speakers", Top speakers "3,213 other
    speakers", the monthly chart "3,221 other speakers", the Timeline "1–15 of 3,185": 1,229 descriptions
    of unnamed sources were speakers in some places, and statements of no known speaker in one.
    labels.count_speakers says who counts, and every view writes its words."""
    from analysis import briefing
    from analysis.corpus import Corpus

    unnamed = [{**_day("anonymous", "2019-01-05"), "speaker_type": "anonymous", "role": r} for r in
               ("officials", "officials", "aides to Lee", None)]
    unknown = [{**_day("unknown", "2019-01-06"), "speaker_type": "unknown"}] * 2
    named = [_day("Ann Lee", "2019-01-02")] * 3 + [_day("Bo Chen", "2019-01-03")] * 2 + [_day("Cy Dale", "2019-01-04")]
    undated = [{**_day("Di Eve", "2019-01-04"), "date": None, "period_start": None, "period_end": None}]
    quotes = _quotes(unnamed + unknown + named + undated).assign(
        article_id="a", date_basis="stated", polarity=0.0, subjectivity=0.0, tone_value=0.0)
    who = labels.count_speakers(quotes)
    assert who == labels.SpeakerCount(named=4, unnamed=3, unknown=2)
    assert who.words() == "4 named speakers and 3 unnamed sources"
    corpus = Corpus(quotes=quotes, articles=pd.DataFrame({"article_id": ["a"]}), timeline=pd.DataFrame(),
                    report=pd.DataFrame())
    numbers = {label: (value, note) for label, value, note in briefing.key_numbers(corpus, quotes)}
    assert numbers["Named speakers"] == ("4", "2 statements with no known speaker")
    assert numbers["Unnamed sources"] == ("3", "counted by description; 4 statements (31%)")
    colors = charts.speaker_colors(quotes)
    top = charts.top_speakers(quotes, colors, n_named=1, n_unnamed=1).to_dict()  # Ann Lee, unnamed: officials
    assert top["title"]["subtitle"] == ["not shown: 6 statements", "by 3 named speakers and 2 unnamed sources"]
    over_time = charts.statements_over_time(quotes, colors, timeaxis.window(quotes), n=2).to_dict()
    assert over_time["title"]["subtitle"] == ["not shown: 6 statements", "by 2 named speakers and 3 unnamed sources",
                                              "and 2 statements with no known speaker"]  # in lines: not cut
    dated = quotes.dropna(subset=["period_start"])
    assert labels.charted_words(labels.count_speakers(dated), who) == (
        "On this chart: 3 named speakers and 3 unnamed sources, of the selection's 4 named speakers and 3 unnamed "
        "sources (the others have no statement dated on it); 2 statements with no known speaker, in the last lane.")
