"""Contacts from round thirty-nine (helper v): cues that were never taken or were turned down, found by error
analysis of the gate's missed contacts. A host receives a guest the tagger names no entity (rule
contact.host.untagged-name); an official who says "she would travel" to a foreign capital is visiting it
(contact.travel.reporter-travels). Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _events(record: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """Each event's mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [
        (e["mode"], e["status"], sorted(names[i] for i in dict.fromkeys(e["participants"]) if i in names))
        for e in record["events"]
    ]


def test_a_host_receives_a_guest_the_tagger_names_no_entity(extract):
    record = extract("President Helle Aavik will receive Valk at Kadriorg on Tuesday.", published="2026-03-12")
    assert _events(record) == [("visit", "planned", ["Helle Aavik", "Valk"])]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Colombian Foreign Minister Ana Ruiz said on Monday that she would travel to Lima next week.", "planned"),
        ("Ana Ruiz, the Colombian trade minister, told reporters she would fly to Quito in March.", "planned"),
    ],
)
def test_an_official_who_says_she_will_travel_abroad_is_visiting(extract, text, status):
    events = _events(extract(text, published="2026-03-12"))
    assert [(mode, st) for mode, st, _ in events] == [("visit", status)]
    assert "Ana Ruiz" in events[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "The novelist Mara Quinn said she would fly to Rome next week.",
        "Colombian Foreign Minister Ana Ruiz said her husband would travel to Lima next week.",
    ],
)
def test_a_reported_journey_by_no_official_is_no_visit(extract, text):
    assert _events(extract(text, published="2026-03-12")) == []
