"""Tone of a statement: TextBlob polarity and subjectivity (lexicon based, offline)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _analyzer():
    from textblob.en.sentiments import PatternAnalyzer

    return PatternAnalyzer()


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """Rounded so that output is byte-identical across runs and platforms."""
    result = _analyzer().analyze(text)
    return round(float(result[0]), 4), round(float(result[1]), 4)
