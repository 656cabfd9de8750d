"""Per-speaker and per-period tone with intervals: few statements give wide intervals."""

from __future__ import annotations

import math

import pandas as pd

Z95 = 1.96


def speaker_tone(quotes: pd.DataFrame) -> pd.DataFrame:
    """Mean polarity/subjectivity per speaker with a 95% interval on the mean polarity."""
    cols = ["speaker", "speaker_type", "n", "mean_polarity", "mean_subjectivity", "low", "high"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    g = quotes.groupby(["speaker", "speaker_type"], sort=False)
    df = g.agg(n=("polarity", "size"), mean_polarity=("polarity", "mean"),
               mean_subjectivity=("subjectivity", "mean"), sd=("polarity", "std")).reset_index()
    # with one statement the spread is unknown: draw the full scale as the interval
    half = [Z95 * (sd if not math.isnan(sd) else 1.0) / math.sqrt(n) if n > 1 else 1.0
            for sd, n in zip(df["sd"], df["n"], strict=True)]
    df["low"] = (df["mean_polarity"] - half).clip(-1, 1)
    df["high"] = (df["mean_polarity"] + half).clip(-1, 1)
    df = df.sort_values(["n", "speaker"], ascending=[False, True], kind="stable")
    return df[cols].round(4).reset_index(drop=True)


def tone_over_time(quotes: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Mean polarity per speaker per month (or week, freq='W') of the statement's period start."""
    cols = ["speaker", "period", "n", "mean_polarity"]
    dated = quotes.dropna(subset=["period_start"])
    if dated.empty:
        return pd.DataFrame(columns=cols)
    period = dated["period_start"].dt.to_period(freq).dt.start_time
    df = dated.assign(period=period).groupby(["speaker", "period"]).agg(
        n=("polarity", "size"), mean_polarity=("polarity", "mean")).reset_index()
    df["mean_polarity"] = df["mean_polarity"].round(4)
    return df[cols]
