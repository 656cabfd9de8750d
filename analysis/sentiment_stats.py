"""Per-speaker and per-period tone with intervals: few statements give wide intervals."""

from __future__ import annotations

import math

import pandas as pd

from . import timeaxis

Z95 = 1.96


def _interval(mean: pd.Series, sd: pd.Series, n: pd.Series) -> tuple[pd.Series, pd.Series]:
    # with one statement the spread is unknown: the interval is the full scale
    half = [Z95 * (s if not math.isnan(s) else 1.0) / math.sqrt(k) if k > 1 else 2.0
            for s, k in zip(sd, n, strict=True)]
    return (mean - half).clip(-1, 1), (mean + half).clip(-1, 1)


def speaker_tone(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per speaker (as labelled: unnamed sources by description): mean model tone (−1 negative, 0
    neutral, +1 positive) and mean TextBlob polarity, each with a 95% interval, and mean
    subjectivity; named speakers first, unknown last."""
    cols = ["speaker", "speaker_type", "n", "mean_tone", "tone_low", "tone_high", "mean_polarity", "low", "high",
            "mean_subjectivity"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    key = "speaker_label" if "speaker_label" in quotes else "speaker"
    g = quotes.groupby([key, "speaker_type"], sort=False)
    df = g.agg(n=("polarity", "size"), mean_polarity=("polarity", "mean"),
               mean_subjectivity=("subjectivity", "mean"), sd=("polarity", "std"),
               mean_tone=("tone_value", "mean"), tone_sd=("tone_value", "std")).reset_index()
    df = df.rename(columns={key: "speaker"})
    df["low"], df["high"] = _interval(df["mean_polarity"], df["sd"], df["n"])
    df["tone_low"], df["tone_high"] = _interval(df["mean_tone"], df["tone_sd"], df["n"])
    rank = df["speaker_type"].map({"anonymous": 1, "unknown": 2}).fillna(0)
    df = df.assign(_rank=rank).sort_values(["_rank", "n", "speaker"], ascending=[True, False, True], kind="stable")
    return df[cols].round(4).reset_index(drop=True)


def speaker_target(targets: pd.DataFrame, min_count: int = 1) -> pd.DataFrame:
    """Who speaks how about whom: per speaker and target, mentions, mean P(pos)−P(neg), and the
    count of each label. A speaker's mentions of themselves, and statements whose speaker is
    unknown, are left out."""
    cols = ["speaker", "target", "target_type", "n", "mean_score", "negative", "neutral", "positive"]
    t = targets[(targets["speaker"] != targets["target"]) & (targets["speaker_type"] != "unknown")]
    if t.empty:
        return pd.DataFrame(columns=cols)
    # one row per speaker and target: the NER may type one name two ways (Obama as person and as
    # organisation), and two rows drew two counts in one heatmap cell; the commoner type is shown
    df = t.groupby(["speaker", "target"]).agg(
        target_type=("target_type", lambda s: s.mode().iloc[0]), n=("score", "size"), mean_score=("score", "mean"),
        negative=("label", lambda s: int((s == "negative").sum())),
        neutral=("label", lambda s: int((s == "neutral").sum())),
        positive=("label", lambda s: int((s == "positive").sum()))).reset_index()
    df = df[df["n"] >= min_count].sort_values(["n", "speaker", "target"], ascending=[False, True, True])
    return df[cols].round(4).reset_index(drop=True)


LINE_MIN = 3  # statements a period's mean needs before a line joins it to its neighbours


def tone_over_time(quotes: pd.DataFrame, w: timeaxis.Window) -> pd.DataFrame:
    """Mean polarity and tone (with its 95% interval and n) per speaker per period of the window's
    tone unit (a week when the window counts days), over the statements the window draws; `segment` numbers each speaker's
    runs of consecutive periods, so a line is not drawn across periods without statements, nor to or from a
    mean of fewer than LINE_MIN statements (one statement at -1 is no swing of mood)."""
    cols = ["speaker", "period", "n", "mean_polarity", "mean_tone", "tone_low", "tone_high", "segment"]
    at = w.place(quotes["period_start"])
    dated = quotes.assign(period_start=at).dropna(subset=["period_start"])
    if dated.empty:
        return pd.DataFrame(columns=cols)
    freq = timeaxis.FREQ[timeaxis.TONE_UNIT[w.unit]]
    key = "speaker_label" if "speaker_label" in dated else "speaker"
    period = dated["period_start"].dt.to_period(freq)
    df = dated.assign(period=period).groupby([key, "period"]).agg(
        n=("polarity", "size"), mean_polarity=("polarity", "mean"), mean_tone=("tone_value", "mean"),
        tone_sd=("tone_value", "std")).reset_index()
    df = df.rename(columns={key: "speaker"})
    df["tone_low"], df["tone_high"] = _interval(df["mean_tone"], df["tone_sd"], df["n"])
    ordinal = df["period"].map(lambda p: p.ordinal)
    few = df["n"] < LINE_MIN
    gap = (ordinal.groupby(df["speaker"]).diff().fillna(1) != 1) | few | few.groupby(df["speaker"]).shift(fill_value=False)
    gap &= df["speaker"].duplicated()  # a speaker's first period opens segment 0
    df["segment"] = gap.groupby(df["speaker"]).cumsum().astype(int)
    df["period"] = df["period"].dt.start_time.clip(lower=w.start)  # a week begun before the window
    df[["mean_polarity", "mean_tone", "tone_low", "tone_high"]] = df[
        ["mean_polarity", "mean_tone", "tone_low", "tone_high"]].round(4)
    return df[cols]
