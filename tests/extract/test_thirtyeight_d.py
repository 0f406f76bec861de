"""Dates from round thirty-eight (helper d): a time the parse hangs above the contact verb still dates it, on the
verb or adjective its infinitive hangs on (rule date.on-the-verb-above) or on the report after it. Tested on
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _dates(record: dict[str, Any]) -> list[str | None]:
    """Each event's date value."""
    return [(e.get("date") or {}).get("value") for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Ana Ruiz and Tomas Berg are due to meet again, in Suva in mid-September, according to the statement.",
            "2026-09",
        ),
        ("Haddad is expected in Tunis later this week, Libyan officials in Cairo said.", "2026-03"),
    ],
)
def test_a_time_hung_above_the_contact_dates_it(extract, text, date):
    assert _dates(extract(text, published="2026-03-12")) == [date]
