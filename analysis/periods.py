"""ISO / TimeML date values as the period of days they cover: day, week, month, quarter, half,
season, year, decade (199 = the 1990s), century (19 = 1900–1999). Vague references
(PRESENT_REF, PAST_REF, FUTURE_REF) and unknown forms name no period."""

from __future__ import annotations

import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of the period an ISO value names; None when it names none."""
    if not value or not isinstance(value, str):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", value):
            y, months = int(m[1]), 3 if m[2] == "Q" else 6
            first = (int(m[3]) - 1) * months + 1
            if first > 12:
                return None
            return date(y, first, 1), _month_end(y, first + months - 1)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            y = int(m[1])
            a, b = SEASON_MONTHS[m[2]]
            return (date(y, a, 1), _month_end(y + (1 if b < a else 0), b))
        if re.fullmatch(r"\d{2,4}", value):  # year, decade, century
            span = 10 ** (4 - len(value))
            first = int(value) * span
            return date(first, 1, 1), date(first + span - 1, 12, 31)
    except ValueError:
        return None
    return None


def _month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def overlaps(value: str | None, start: date | None, end: date | None) -> bool | None:
    """Whether the period overlaps [start, end]; None for an undated value."""
    p = period(value)
    if p is None:
        return None
    return (end is None or p[0] <= end) and (start is None or p[1] >= start)
