"""Every value form the timeline gives maps to the days it covers (the dashboard's time axis), or
to none (vague references, unknown forms)."""

from datetime import date

import pytest

from analysis.periods import overlaps, period


@pytest.mark.parametrize("value, first, last", [
    ("2024-08-27", date(2024, 8, 27), date(2024, 8, 27)),
    ("2024-W35", date(2024, 8, 26), date(2024, 9, 1)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("1988-Q2", date(1988, 4, 1), date(1988, 6, 30)),
    ("1988-Q4", date(1988, 10, 1), date(1988, 12, 31)),
    ("1988-H1", date(1988, 1, 1), date(1988, 6, 30)),
    ("1988-H2", date(1988, 7, 1), date(1988, 12, 31)),
    ("1998-SU", date(1998, 6, 1), date(1998, 8, 31)),
    ("1998-WI", date(1998, 12, 1), date(1999, 2, 28)),
    ("1998", date(1998, 1, 1), date(1998, 12, 31)),
    ("199", date(1990, 1, 1), date(1999, 12, 31)),
    ("19", date(1900, 1, 1), date(1999, 12, 31)),
])
def test_value_forms(value, first, last):
    assert period(value) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "FUTURE_REF", None, "", "1988-Q5", "1988-H3",
                                   "2024-13", "XXXX-XX", "00", 1998])
def test_no_period(value):
    assert period(value) is None


def test_overlaps_quarter_and_vague():
    assert overlaps("1988-Q2", date(1988, 6, 1), None) is True
    assert overlaps("1988-Q2", date(1988, 7, 1), None) is False
    assert overlaps("PRESENT_REF", None, None) is None
