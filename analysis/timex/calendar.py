"""Calendar arithmetic on TimeML values: the unit that holds a day, moving by units, and choosing
among a cyclic name's occurrences ("Friday", "May", "the third quarter") the one the tense points to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from ..periods import period

SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}
MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}


def unit_value(d: date, gran: str) -> str:
    """The TimeML value of the `gran` unit that holds day d."""
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "season":  # winter is named by the year of its December
        return f"{d.year - (d.month < 3):04d}-{SEASON_OF_MONTH[d.month]}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


def add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def shift(d: date, gran: str, n: int) -> date:
    """Day d moved by n units of `gran`."""
    if gran == "day":
        return d + timedelta(days=n)
    if gran == "week":
        return d + timedelta(weeks=n)
    return add_months(d, n * MONTHS_PER[gran])


def relative(anchor: date, gran: str, n: int) -> str:
    """'last month', 'next quarter', 'this year': the unit n steps from the one holding anchor."""
    return unit_value(shift(anchor, gran, n), gran)


def granularity(value: str) -> str | None:
    p = period(value)
    if p is None:
        return None
    if value[-2:] in ("SP", "SU", "FA", "WI"):
        return "season"
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return {10: "day", 7: "month", 4: "year", 3: "decade", 2: "century"}.get(len(value))


def shift_value(value: str, gran: str, n: int, out: str | None = None) -> str | None:
    """A value moved by n units of `gran`, at its own granularity or at `out`: 'a year earlier'
    than 1989-Q3 is 1988-Q3, 'two days later' than 1998-03-01 is 1998-03-03."""
    p = period(value)
    own = granularity(value)
    if p is None or own is None:
        return None
    return unit_value(shift(p[0], gran, n), out or own)


def choose(candidates: Iterable[str | None], anchor: date, direction: str | None, strict: bool = False) -> str | None:
    """The occurrence the direction points to, the anchor's own period included (unless strict):
    'past' the latest begun on or before the anchor, 'future' the earliest not ended before it,
    otherwise the nearest."""
    spans = [(v, p) for v in candidates if v and (p := period(v))]
    if direction == "past":
        ok = [(v, p) for v, p in spans if (p[1] < anchor if strict else p[0] <= anchor)]
        return max(ok, key=lambda vp: vp[1][0])[0] if ok else None
    if direction == "future":
        ok = [(v, p) for v, p in spans if (p[0] > anchor if strict else p[1] >= anchor)]
        return min(ok, key=lambda vp: vp[1][0])[0] if ok else None

    def distance(p: tuple[date, date]) -> tuple[int, int]:
        if p[0] <= anchor <= p[1]:
            return 0, 0
        gap = (p[0] - anchor).days if p[0] > anchor else (anchor - p[1]).days
        return gap, p[0] > anchor  # a tie goes to the past

    return min(spans, key=lambda vp: distance(vp[1]))[0] if spans else None


def yearly(anchor: date, make: Callable[[int], str | None]) -> list[str | None]:
    """A yearly name's occurrences around the anchor: `make(year)` for the years about it."""
    return [make(y) for y in range(anchor.year - 2, anchor.year + 3)]


def weekly(anchor: date, weekday: int) -> list[str]:
    """The weekday's dates within two weeks either side of the anchor."""
    start = anchor - timedelta(days=14)
    first = start + timedelta(days=(weekday - start.weekday()) % 7)
    return [(first + timedelta(weeks=k)).isoformat() for k in range(5)]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def iso_or_none(d: date | None) -> str | None:
    return d.isoformat() if d else None


# ------------------------------------------------------------------------------- holidays


def easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(date(y, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# name (lower case) → the day in a given year; US dates where the name is American
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "valentine's day": lambda y: date(y, 2, 14),
    "st. patrick's day": lambda y: date(y, 3, 17),
    "st patrick's day": lambda y: date(y, 3, 17),
    "may day": lambda y: date(y, 5, 1),
    "halloween": lambda y: date(y, 10, 31),
    "veterans day": lambda y: date(y, 11, 11),
    "armistice day": lambda y: date(y, 11, 11),
    "fourth of july": lambda y: date(y, 7, 4),
    "july fourth": lambda y: date(y, 7, 4),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),  # the Tuesday after the first Monday
}
# weeks named by a holiday: the ISO week that holds the day
HOLIDAY_WEEKS: dict[str, Callable[[int], date]] = {
    "easter week": easter,
    "holy week": easter,
    "christmas week": lambda y: date(y, 12, 25),
    "thanksgiving week": lambda y: nth_weekday(y, 11, 3, 4),
}
