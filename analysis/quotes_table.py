"""The quotes table as the views and commands read it, finished in one place: for a fresh analysis,
a dataset read back, and the statements an analyst corrected or added by hand."""

from __future__ import annotations

import pandas as pd

from .filters import add_periods
from .labels import add_speaker_labels


def with_columns(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The columns corrections use, added once (a no-op when they are there)."""
    if {"content_hash", "verified", "corrected", "original_speaker"} <= set(quotes.columns):
        return quotes
    hashes = dict(zip(articles["article_id"], articles["content_hash"], strict=True))
    return quotes.assign(content_hash=quotes["article_id"].map(hashes), verified=False, corrected=False,
                         original_speaker=None)


def finish(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each statement's period and its article's display title where it has none (every row of a
    fresh table; afterwards only the statements added by hand), the columns corrections use, and
    every row's speaker label (a correction may have renamed the speaker). `articles` holds
    `display_title` (corpus._titled)."""
    titles = dict(zip(articles["article_id"], articles["display_title"], strict=True))
    if "display_title" not in quotes:
        quotes = add_periods(quotes).assign(display_title=quotes["article_id"].map(titles))
    elif (added := quotes["display_title"].isna()).any():
        quotes = quotes.copy()
        quotes.loc[added, "display_title"] = quotes.loc[added, "article_id"].map(titles)
        periods = add_periods(quotes.loc[added].drop(columns=["period_start", "period_end"]))
        quotes.loc[added, ["period_start", "period_end"]] = periods[["period_start", "period_end"]]
    return add_speaker_labels(with_columns(quotes, articles))
