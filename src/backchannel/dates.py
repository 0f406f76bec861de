"""Dates: finding full dates in text, writing them as ISO 8601, and the days an ISO value spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
"""A date as the query options take it: a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY)."""
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ][\d:.+Z-]*)?")
MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None when the parts name no real day."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full calendar date written in ``text``, as ``YYYY-MM-DD``."""
    found: list[tuple[int, str]] = []
    if m := ISO_DATE.search(text):
        if value := iso(int(m["year"]), int(m["m"]), int(m["d"])):
            found.append((m.start(), value))
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        if m := pattern.search(text):
            if value := iso(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])):
                found.append((m.start(), value))
    return min(found)[1] if found else None


@dataclass(frozen=True)
class Interval:
    """The days a date may stand for."""

    low: date
    high: date

    def overlaps(self, other: Interval, slack: int = 1) -> bool:
        return self.low - timedelta(days=slack) <= other.high and other.low - timedelta(days=slack) <= self.high


def date_span(value: str) -> Interval | None:
    """The days a query's date covers (``--since``, ``until=``): "2026-03-10" one day, "2026-03" the month, "2026"
    the year; None for anything else."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(value))
    return interval(value, precision) if DATE_FORM.match(value) else None


def is_day(value: str) -> bool:
    """Whether ``value`` is a day of the calendar written ``YYYY-MM-DD`` (a publication date)."""
    return len(value) == 10 and date_span(value) is not None


def interval(value: str | None, precision: str | None) -> Interval | None:
    """``2026-02-03``/day, ``2026-W07``/week, ``2025-12``/month, ``2026``/year as a span of days."""
    if not value:
        return None
    try:
        if precision == "week" or "-W" in value:
            year, week = value.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return Interval(monday, monday + timedelta(days=6))
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return Interval(day, day)
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return Interval(first, following - timedelta(days=1))
        return Interval(date(parts[0], 1, 1), date(parts[0], 12, 31))
    except (ValueError, TypeError):
        return None
