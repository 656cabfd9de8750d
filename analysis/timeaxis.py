"""The time window a chart of statements shows: bounded by the bulk of the statements, not by a
stray date decades away, with a bin size chosen from its span and the rest counted, not hidden."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from .labels import plural

BULK = (0.05, 0.95)  # quantiles of the statements' dates that make the bulk
MIN_PAD = pd.Timedelta(days=31)
# with fewer dated statements than this the quantiles say little (of three dates, the middle one is
# the whole "bulk"): anything within a year of them is drawn, only a stray decades away is not
FEW, FEW_PAD = 20, pd.Timedelta(days=366)
# the largest span (days) each bin size is used for; beyond the last, years
UNITS = (("day", 45), ("week", 270), ("month", 366 * 5))
FREQ = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
TONE_UNIT = {"day": "week", "week": "week", "month": "month", "year": "year"}  # a day's mean is too few
LABEL_FORMAT = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


DAY = pd.Timedelta(days=1)


@dataclass(frozen=True)
class Window:
    start: pd.Timestamp | None  # first day shown
    end: pd.Timestamp | None  # the day after the last one shown
    unit: str  # bin size: day, week, month or year
    shown: int  # dated statements drawn
    before: int = 0  # dated statements far before the bulk, not drawn
    after: int = 0
    earliest: pd.Timestamp | None = None  # the extremes left out
    latest: pd.Timestamp | None = None
    undated: int = 0
    keep_from: pd.Timestamp | None = None  # dates from here to keep_to are drawn (at the edge if outside)
    keep_to: pd.Timestamp | None = None

    def note(self) -> str:
        """What the chart leaves out, in words ('' when nothing)."""
        parts = []
        far = []
        if self.before:
            far.append(f"{plural(self.before, 'statement')} dated earlier (the earliest {self.earliest:%b %Y})")
        if self.after:
            far.append(f"{plural(self.after, 'statement')} dated later (the latest {self.latest:%b %Y})")
        if far:
            parts.append("Not drawn, far outside the bulk of the dates: " + " and ".join(far) + ".")
        if self.undated:
            verb = "is" if self.undated == 1 else "are"
            parts.append(f"{plural(self.undated, 'statement')} without a date {verb} not drawn.")
        return " ".join(parts)

    def place(self, starts: pd.Series) -> pd.Series:
        """Where each date is drawn: inside the window, or NaT when it is left out."""
        if self.start is None:
            return pd.Series(pd.NaT, index=starts.index)
        kept = starts.where(starts.between(self.keep_from, self.keep_to))
        return kept.clip(lower=self.start, upper=self.end - DAY)


def choose_unit(days: int) -> str:
    for unit, most in UNITS:
        if days <= most:
            return unit
    return "year"


def window(quotes: pd.DataFrame, date_from: date | None = None, date_to: date | None = None) -> Window:
    """The window for these statements (period_start / period_end): the 5th–95th percentile of their
    dates, widened to every date within half that span (at least a month) of it, to whole bins; a
    date range set by the filters is the window when it has both ends, and bounds it when it has one."""
    undated = int(quotes["period_start"].isna().sum())
    dated = quotes.dropna(subset=["period_start"])
    if dated.empty:
        return Window(None, None, "day", 0, undated=undated)
    if date_from is not None and date_to is not None:  # the range asked for, whatever its bulk
        start, end = pd.Timestamp(date_from), pd.Timestamp(date_to) + DAY
        # every statement the filter let through is drawn: a month or year begun before the range
        # (it overlaps the range) at the range's first day
        return Window(start, end, choose_unit((end - start).days), len(dated), undated=undated,
                      keep_from=dated["period_start"].min(), keep_to=dated["period_start"].max())
    starts = dated["period_start"]
    # real dates, not interpolated ones: one stray date among a handful must not pull the bulk to it
    lo, hi = sorted((starts.quantile(BULK[0], interpolation="higher"), starts.quantile(BULK[1], interpolation="lower")))
    pad = max((hi - lo) / 2, FEW_PAD if len(starts) < FEW else MIN_PAD)
    keep_from, keep_to = lo - pad, hi + pad
    keep = starts.between(keep_from, keep_to)
    before, after = starts < keep_from, starts > keep_to
    # the axis ends at the last date drawn: a year or month near the edge of the bulk (drawn at its
    # start) does not stretch it by its whole length
    start = starts[keep].min()
    end = starts[keep].max() + DAY
    unit = choose_unit((end - start).days)
    start = bin_start(pd.Series([start]), unit).iloc[0]
    end = bin_end(bin_start(pd.Series([end - DAY]), unit), unit).iloc[0]
    if date_from is not None:
        start = max(start, pd.Timestamp(date_from))
    if date_to is not None:
        end = min(end, pd.Timestamp(date_to) + DAY)
    return Window(start, end, unit, int(keep.sum()), int(before.sum()), int(after.sum()),
                  starts[before].min() if before.any() else None, starts[after].max() if after.any() else None,
                  undated, keep_from, keep_to)


def bin_start(days: pd.Series, unit: str) -> pd.Series:
    return days.dt.to_period(FREQ[unit]).dt.start_time


def bin_end(starts: pd.Series, unit: str) -> pd.Series:
    """The first day after each bin."""
    return (starts.dt.to_period(FREQ[unit]) + 1).dt.start_time


def binned(quotes: pd.DataFrame, w: Window, group: str) -> pd.DataFrame:
    """Statements per bin and group inside the window: bin_start, bin_end (both inside the window),
    group, statements."""
    at = w.place(quotes["period_start"])
    inside = quotes.assign(_at=at).dropna(subset=["_at"])
    df = inside.assign(bin_start=bin_start(inside["_at"], w.unit)).groupby(
        ["bin_start", group], sort=True).size().rename("statements").reset_index()
    df["bin_end"] = bin_end(df["bin_start"], w.unit).clip(upper=w.end)
    df["bin_start"] = df["bin_start"].clip(lower=w.start)
    return df[["bin_start", "bin_end", group, "statements"]]
