"""Calendar arithmetic behind the date values: choosing an occurrence by direction, holidays."""

from datetime import date

import pytest

from analysis.timex import calendar as cal

TUESDAY = date(2024, 8, 27)


@pytest.mark.parametrize("direction, strict, expected", [
    ("past", False, "2024-08-27"), ("future", False, "2024-08-27"), (None, False, "2024-08-27"),
    ("past", True, "2024-08-20"), ("future", True, "2024-09-03"),
])
def test_choose_includes_the_anchor_unless_strict(direction, strict, expected):
    assert cal.choose(cal.weekly(TUESDAY, 1), TUESDAY, direction, strict) == expected


def test_choose_nearest_and_ties_to_the_past():
    assert cal.choose(cal.weekly(TUESDAY, 4), TUESDAY, None) == "2024-08-30"  # Friday: 3 ahead, 4 back
    assert cal.choose(cal.weekly(TUESDAY, 0), TUESDAY, None) == "2024-08-26"
    months = cal.yearly(TUESDAY, lambda y: f"{y}-02")
    assert cal.choose(months, TUESDAY, None) == "2025-02"  # 5 months ahead, 6 back


@pytest.mark.parametrize("value, gran, n, out, expected", [
    ("1989-Q3", "year", -1, None, "1988-Q3"),
    ("1998-03-01", "day", 2, "day", "1998-03-03"),
    ("2024-02-29", "year", 1, None, "2025-02-28"),
    ("1995-03-02", "year", 1, "year", "1996"),
])
def test_shift_value(value, gran, n, out, expected):
    assert cal.shift_value(value, gran, n, out) == expected


@pytest.mark.parametrize("day, gran, expected", [
    (date(2024, 1, 15), "season", "2023-WI"), (date(2024, 8, 27), "quarter", "2024-Q3"),
    (date(2024, 8, 27), "half", "2024-H2"), (date(1998, 5, 1), "decade", "199"),
    (date(1998, 5, 1), "century", "19"), (date(2024, 12, 30), "week", "2025-W01"),
])
def test_unit_value(day, gran, expected):
    assert cal.unit_value(day, gran) == expected


@pytest.mark.parametrize("name, year, expected", [
    ("easter", 2000, date(2000, 4, 23)), ("easter", 2024, date(2024, 3, 31)), ("good friday", 2019, date(2019, 4, 19)),
    ("thanksgiving", 1999, date(1999, 11, 25)), ("memorial day", 2024, date(2024, 5, 27)),
    ("labor day", 2024, date(2024, 9, 2)),
])
def test_holidays(name, year, expected):
    assert cal.HOLIDAYS[name](year) == expected
