"""Tone of a statement: TextBlob polarity and subjectivity (lexicon based, offline)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=4096)
def textblob_scores(text: str) -> tuple[float, float]:
    """TextBlob's PatternAnalyzer result without its per-call namedtuple class; the statement,
    its sentence and the sentiment model's features ask for the same texts, hence the cache."""
    from textblob.en import sentiment

    polarity, subjectivity = sentiment(text)
    return float(polarity), float(subjectivity)


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """Rounded so that output is byte-identical across runs and platforms."""
    polarity, subjectivity = textblob_scores(text)
    return round(polarity, 4), round(subjectivity, 4)
