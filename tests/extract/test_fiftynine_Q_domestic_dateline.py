"""A contact between sides all of the dateline's state, told with no place, was held in the dateline's city (rule
place.dateline-city-of-local-sides); not a call, and not where the sentence names another place the contact's own
phrase did not take. Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _places(record: dict[str, Any]) -> list[str | None]:
    return [(e.get("place") or {}).get("name") for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI — Kenyan President Ruth Kamau met Kenyan opposition leader Juma Otieno on Monday.",
        "NAIROBI — Kenyan Interior Minister Ruth Kamau held a meeting with Kenyan Finance Minister Juma Otieno on "
        "Tuesday.",
        "NAIROBI — Governor Ruth Kamau emerged from an hour-long meeting with Mayor Juma Otieno to say they had "
        "agreed on funding.",
    ],
)
def test_a_domestic_contact_with_no_place_was_held_in_the_dateline_city(extract, text: str) -> None:
    assert _places(extract(text, published="2026-03-12")) == ["Nairobi"]


@pytest.mark.parametrize(
    "text",
    [
        # a call joins two places
        "NAIROBI — Governor Ruth Kamau spoke by phone with Mayor Juma Otieno on Monday.",
        # the sentence puts a side elsewhere: the dateline's city is not where they met
        "NAIROBI — Kenyan President Ruth Kamau met Kenyan opposition leader Juma Otieno on Monday, a day after a "
        "rally in London.",
        # no dateline, no city
        "Kenyan President Ruth Kamau met Kenyan opposition leader Juma Otieno on Monday.",
    ],
)
def test_no_dateline_city_for_a_call_a_sentence_naming_another_place_or_no_dateline(extract, text: str) -> None:
    assert _places(extract(text, published="2026-03-12")) == [None]


def test_a_side_placed_elsewhere_by_its_own_clause_met_there_not_in_the_dateline_city(extract) -> None:
    # session 63: the subject's "who" clause places the meeting (place.subject-is-there), not the dateline
    text = (
        "NAIROBI — Kenyan President Ruth Kamau, who was in Mombasa for a rally, met Kenyan opposition leader Juma "
        "Otieno on Monday."
    )
    assert _places(extract(text, published="2026-03-12")) == ["Mombasa"]
