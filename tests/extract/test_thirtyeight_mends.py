"""Mends after the read-through of round thirty-eight: a first-person speaker takes part only in a contact "I" or
"we" holds or goes to (rule party.first-person-speaker), officials meeting are a pair of states' only near a contact
of those states (party.officials-of-the-two), and a name the tagger took for a person is a town before a building
only (place.city-not-person). Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _parties(record: dict[str, Any]) -> list[list[str]]:
    """Each event's participants, by name."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [sorted(names[p] for p in e["participants"]) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "“We welcome the talks between President Jonas Berg and the ambassador,” said Mira Hadzic.",
        "“I wrote about the meeting between President Jonas Berg and the ambassador,” said Mira Hadzic.",
        "“I urged President Jonas Berg to meet the ambassador,” said Mira Hadzic.",
    ],
)
def test_a_speaker_who_only_speaks_of_a_contact_takes_no_part(extract, text):
    assert all("Mira Hadzic" not in parties for parties in _parties(extract(text))), _parties(extract(text))


def test_a_speaker_who_received_the_guest_takes_part(extract):
    record = extract("“I received the American ambassador this morning,” Mira Hadzic said.")
    assert any("Mira Hadzic" in parties for parties in _parties(record)), _parties(record)


def test_officials_far_from_a_contact_of_two_states_are_not_theirs(extract):
    record = extract(
        "Peruvian President Ana Ruiz held talks with Chilean President Tomas Berg in Lima on Monday. The two leaders "
        "agreed on a water plan. "
        + "Ruiz later toured a school. Her aides spoke of the harvest. The weather was fine. " * 3
        + "Health officials met in Cusco on Tuesday to discuss the dengue outbreak."
    )
    assert ["Chile", "Peru"] not in _parties(record), _parties(record)


def test_officials_just_after_a_contact_of_two_states_are_theirs(extract):
    record = extract(
        "Peruvian President Ana Ruiz held talks with Chilean President Tomas Berg in Lima on Monday. They agreed "
        "that officials would meet in Arica next month."
    )
    assert ["Chile", "Peru"] in _parties(record), _parties(record)


@pytest.mark.parametrize("venue", ["an Obama rally", "the Bush ranch"])
def test_a_persons_name_before_a_venue_that_is_no_building_is_no_town(extract, venue):
    record = extract(f"Supporters gathered at {venue}, where Senator Jo Hale met the mayor, Tom Rix.")
    assert [(e.get("place") or {}).get("name") for e in record["events"]] == [None]
