"""Filters over the quotes table (pure pandas); their URL form is the table in ui/state.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .labels import plural
from .periods import period

VIEWS = ("overview", "timeline", "speakers", "compare", "quotes", "reader", "briefing")


@dataclass
class Filters:
    speakers: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    articles: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    tones: list[str] = field(default_factory=list)  # the tone model's labels: negative, neutral, positive
    q: str = ""
    min_confidence: float = 0.0
    copies: bool = False  # count every wire copy of a statement, not once per duplicate group
    about: list[str] = field(default_factory=list)  # people, organisations or places the statement names

    @property
    def dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def describe(self) -> str:
        """The filters in words, for captions and briefings."""
        parts = []
        who = ", ".join(self.speakers)
        if self.about:
            parts.append(f"{who or 'Statements'} on {' or '.join(self.about)}")
        elif who:
            parts.append(who)
        if self.types:
            parts.append("types: " + ", ".join(self.types))
        if self.dated:
            a = _fmt(self.date_from) if self.date_from else "…"
            b = _fmt(self.date_to) if self.date_to else "…"
            parts.append(a if a == b else f"{a} – {b}")
        if self.kinds:
            parts.append(" and ".join(self.kinds) + " statements")
        if self.articles:
            parts.append(plural(len(self.articles), "article"))
        if self.tones:
            parts.append("tone " + " or ".join(self.tones))
        if self.q:
            parts.append(f"text contains “{self.q}”")
        if self.min_confidence > 0:
            parts.append(f"confidence ≥ {self.min_confidence:.2f}")
        if self.copies:
            parts.append("wire copies counted separately")
        return " · ".join(parts) or "All statements"


def _fmt(d: date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def add_periods(quotes: pd.DataFrame) -> pd.DataFrame:
    """Adds period_start / period_end (datetime64) for each quote's dated period."""
    spans = [period(v) for v in quotes["date"]] if len(quotes) else []
    out = quotes.copy()
    out["period_start"] = pd.to_datetime([s[0] if s else None for s in spans])
    out["period_end"] = published_by(out["period_start"], pd.to_datetime([s[1] if s else None for s in spans]),
                                     quotes.get("article_date"))
    return out


def published_by(start: pd.Series, end: pd.Series, published: pd.Series | None) -> pd.Series:
    """A statement was said by the day its article came out: a period reaching past it ('2016' in an
    article of 12 April 2016) ends that day, so a speaker's last date is no later than their last
    article (a period starting after publication is left as dated)."""
    end = pd.Series(end, index=start.index)
    if published is None:
        return end
    day = pd.to_datetime(published, errors="coerce")
    clip = day.notna() & start.notna() & (start <= day) & (end > day)
    return end.where(~clip, day)


def about_mask(quotes: pd.DataFrame, names: list[str]) -> pd.Series:
    """Statements whose targets (the `about` column: the people, organisations and places they
    name) include any of these names."""
    wanted = set(names)
    if "about" not in quotes:
        return pd.Series(False, index=quotes.index)
    return quotes["about"].map(lambda found: isinstance(found, tuple) and not wanted.isdisjoint(found)).astype(bool)


def apply(quotes: pd.DataFrame, f: Filters) -> tuple[pd.DataFrame, int]:
    """Rows that pass every filter, and how many undated rows a date range hid."""
    if "period_start" not in quotes:
        quotes = add_periods(quotes)
    mask = pd.Series(True, index=quotes.index)
    if f.speakers:  # a name, or an unnamed source's description ("unnamed: officials")
        named = quotes["speaker"].isin(f.speakers)
        mask &= named | quotes["speaker_label"].isin(f.speakers) if "speaker_label" in quotes else named
    if f.about:
        mask &= about_mask(quotes, f.about)
    if f.types:
        mask &= quotes["speaker_type"].isin(f.types)
    if f.articles:
        mask &= quotes["article_id"].isin(f.articles)
    if f.kinds:
        mask &= quotes["kind"].isin(f.kinds)
    if f.tones:
        mask &= quotes["tone"].isin(f.tones)
    if f.q:
        needle = f.q.lower()
        mask &= (quotes["quote"].str.lower().str.contains(needle, regex=False)
                 | quotes["speaker"].str.lower().str.contains(needle, regex=False))
    if f.min_confidence > 0:
        mask &= quotes["confidence"] >= f.min_confidence
    if not f.copies and "is_copy" in quotes:
        mask &= ~quotes["is_copy"].astype(bool)
    hidden = 0
    if f.dated:
        undated = quotes["period_start"].isna()
        hidden = int((mask & undated).sum())
        in_range = ~undated
        if f.date_to is not None:
            in_range &= quotes["period_start"] <= pd.Timestamp(f.date_to)
        if f.date_from is not None:
            in_range &= quotes["period_end"] >= pd.Timestamp(f.date_from)
        mask &= in_range
    return quotes[mask], hidden
