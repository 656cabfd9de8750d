"""The time window of statement charts: the bulk of the dates, not the stray ones."""

import pandas as pd

from analysis import timeaxis


def _dated(*periods):
    return pd.DataFrame({"period_start": pd.to_datetime([a for a, _ in periods]),
                         "period_end": pd.to_datetime([b for _, b in periods])})


def test_a_year_at_the_edge_of_the_bulk_does_not_stretch_the_window_by_a_year():
    """Repro: on PolNeAR (statements Nov 2015 – Aug 2016) one statement dated only "2017" drew both
    time axes out to January 2018."""
    days = [(d, d) for d in pd.date_range("2015-11-01", "2016-12-31", freq="3D").strftime("%Y-%m-%d")]
    w = timeaxis.window(_dated(*days, ("2017-01-01", "2017-12-31")))
    assert (w.start, w.unit, w.before, w.after, w.shown) == (pd.Timestamp("2015-11-01"), "month", 0, 0, len(days) + 1)
    assert w.end <= w.keep_to + pd.Timedelta(days=31) < pd.Timestamp("2017-12-01")  # not to the year's end


def test_far_dates_are_counted_not_drawn_and_a_date_range_bounds_the_window():
    days = [(d, d) for d in ("2019-01-10", "2019-01-20", "2019-02-01", "2019-02-15")]
    w = timeaxis.window(_dated(*days, ("1976-01-01", "1976-12-31")))
    assert (w.before, w.earliest, w.shown) == (1, pd.Timestamp("1976-01-01"), 4)
    assert w.place(pd.to_datetime(pd.Series(["1976-01-01", "2019-01-20"]))).isna().tolist() == [True, False]
    bounded = timeaxis.window(_dated(*days), pd.Timestamp("2019-01-15").date(), pd.Timestamp("2019-01-31").date())
    assert (bounded.start, bounded.end) == (pd.Timestamp("2019-01-15"), pd.Timestamp("2019-02-01"))


def test_a_range_with_both_ends_is_the_window_and_a_week_begun_before_it_is_drawn_at_its_start():
    """Issue 18 review: with Jan–Mar chosen the axes began on 5 Jan and the tone of 4 Jan (a week
    begun on 31 Dec) was not drawn."""
    from analysis import sentiment_stats

    quotes = _dated(("2019-01-04", "2019-01-04"), ("2019-02-11", "2019-02-11")).assign(
        speaker_label="Ann Lee", polarity=0.0, tone_value=[1.0, -1.0])
    w = timeaxis.window(quotes, pd.Timestamp("2019-01-01").date(), pd.Timestamp("2019-03-31").date())
    assert (w.start, w.end, w.unit) == (pd.Timestamp("2019-01-01"), pd.Timestamp("2019-04-01"), "week")
    series = sentiment_stats.tone_over_time(quotes, w)
    assert list(series["period"]) == [pd.Timestamp("2019-01-01"), pd.Timestamp("2019-02-11")]
    year = _dated(("2019-01-01", "2019-12-31"))  # overlaps a February filter: drawn at its first day
    feb = timeaxis.window(year, pd.Timestamp("2019-02-01").date(), pd.Timestamp("2019-02-28").date())
    assert list(feb.place(year["period_start"])) == [pd.Timestamp("2019-02-01")]


def test_a_few_dates_months_apart_are_all_drawn_and_a_stray_decades_away_is_not():
    """Issue 28: "Donald Trump on United States" (three statements: 4 Jan, 14 Sep, 6 Oct 2019) left
    January out as "far outside the bulk": of three dates the middle one was the whole bulk."""
    w = timeaxis.window(_dated(("2019-01-04", "2019-01-04"), ("2019-09-14", "2019-09-14"), ("2019-10-06", "2019-10-06")))
    assert (w.start, w.end, w.unit, w.before, w.shown) == (pd.Timestamp("2019-01-01"), pd.Timestamp("2019-11-01"),
                                                          "month", 0, 3)
    stray = timeaxis.window(_dated(("1976-01-01", "1976-12-31"), ("2019-01-04", "2019-01-04"),
                                   ("2019-09-14", "2019-09-14")))
    assert (stray.before, stray.shown) == (1, 2)
