"""Absolute dates in text: finding them and writing them as ISO 8601."""

from __future__ import annotations

import re
from datetime import date

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
