"""Mends from the review of round thirty-eight (helper m): a visit paid from the dateline's state to a host of
elsewhere is not placed at the host's premises in the dateline city (rule place.premises-in-story-city). Tested on
sentences written for these tests."""

from __future__ import annotations

from typing import Any


def _places(record: dict[str, Any]) -> list[str | None]:
    """Each event's place, by name."""
    return [e["place"]["name"] if e["place"] else None for e in record["events"]]


def test_a_visit_from_the_story_state_is_not_at_premises_in_its_city(extract):
    # place.premises-in-story-city: the residence is the host's, abroad
    record = extract(
        "CANBERRA — Narendra Rao welcomed the Australian trade envoy at his official residence on Thursday, his "
        "office said.",
        published="2026-03-12",
    )
    assert _places(record) == [None], record["events"]


def test_premises_of_a_local_contact_stay_in_the_story_city(extract):
    record = extract(
        "NAIROBI — President Kamau received the Ugandan foreign minister at his office on Monday.",
        published="2026-03-12",
    )
    assert _places(record) == ["Nairobi"], record["events"]
