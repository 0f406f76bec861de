"""The city a story is filed from: read from wire datelines of every form, and the place of a contact held there
with no place of its own (rule place.dateline-city-of-a-local-side); tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from backchannel.datelines import dateline_city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("SANTO DOMINGO, Aug. 29 - The talks", "Santo Domingo"),
        ("LA PAZ, Bolivia, Feb. 9 (Andean Press Service) - The talks", "La Paz"),
        ("Washington (AFP) – The talks", "Washington"),
        ("Ferry fares rise\n\nKUWAIT - The talks", "Kuwait"),
        ("The talks opened in Oslo on Monday.", None),
    ],
)
def test_the_city_of_a_dateline_of_any_wire_form(text, city):
    assert dateline_city(text) == city


def _places(record: dict) -> list[str | None]:
    return [(e.get("place") or {}).get("name") for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, June 8 (Rift Wire) — Kenyan President Ruth Kamau received the Ugandan foreign minister, "
        "Okello Mbabazi, on Monday.",
        "NAIROBI — Foreign Minister Ruth Kamau on Monday received the visiting Ugandan foreign minister, "
        "Okello Mbabazi.",
    ],
)
def test_a_contact_with_a_foreign_side_and_no_place_was_held_in_the_dateline_city(extract, text):
    assert _places(extract(text)) == ["Nairobi"]


@pytest.mark.parametrize(
    "text",
    [
        # a call is held nowhere; a contact still to come may be held anywhere; no dateline, no city
        "NAIROBI — Kenyan President Ruth Kamau spoke by phone with the Ugandan foreign minister, Okello Mbabazi.",
        # (an opposition leader: a state's leader or minister receives in its capital, rule place.hosts-capital)
        "NAIROBI — Kenyan opposition leader Ruth Kamau will receive the Ugandan foreign minister, Okello Mbabazi, "
        "in May.",
        "Kenyan opposition leader Ruth Kamau received the Ugandan foreign minister, Okello Mbabazi, on Monday.",
    ],
)
def test_no_dateline_city_for_a_call_a_contact_to_come_or_a_story_without_a_dateline(extract, text):
    assert _places(extract(text)) == [None]
