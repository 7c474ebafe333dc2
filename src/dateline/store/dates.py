"""Calendar intervals of TIMEX3 date values, for ordering and filtering events by day."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})")
_DECADE = re.compile(r"^(\d{3})$")


def interval(value: str, fallback: str) -> tuple[str, str]:
    """Returns the first and last ISO day a TIMEX3 value covers.

    Args:
        value: A TIMEX3 value: "2018-02-13", "2018-02-13T15:00", "2018-01", "2018-W08",
            "2018-Q1", "2018", "201" (decade), or a reference like "PAST_REF".
        fallback: ISO day used when the value names no calendar period (the article date).

    Returns:
        (first_day, last_day) as ISO strings; both are `fallback` for unanchored values.
    """
    try:
        span = _parse(value or "")
    except ValueError:  # "2018-02-30" and the like: the value is unusable, not the event
        span = None
    if span is None:
        return fallback, fallback
    return span[0].isoformat(), span[1].isoformat()


def _parse(value: str) -> tuple[date, date] | None:
    """Parses a value into a day interval; None when it is not a calendar period."""
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := _QUARTER.match(value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        last = first + 2
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _DECADE.match(value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    return None
