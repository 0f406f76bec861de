"""Mends after the s70 review of the contacts area (REV/contacts.md): a place told in a joined clause only for the
same contact held (place.held-in-joined-clause); outcome verbs listed for status.outcome-negated; "moved to" done
only with "pay" (status.moved-to); the dateline city only for contacts held or under way
(place.dateline-city-in-country); "week-long" trips; "a key role in talks with X" is no contact
(contact.noun.in-talks-on-object); a denied detail of a planned trip leaves it planned (status.report-denied).
On sentences written for these tests (names invented)."""

from __future__ import annotations

from typing import Any

from tests.conftest import events_with


def one_event(record: dict[str, Any], *names: str) -> dict[str, Any]:
    found = events_with(record, *names)
    assert len(found) == 1, [(e["participants"], e["mode"]) for e in record["events"]]
    return found[0]


def place_name_of(event: dict[str, Any]) -> str | None:
    return (event.get("place") or {}).get("name")


# MUST 2: a joined clause's place only for the same contact, held as it was


def test_a_round_still_to_come_gives_no_place_to_talks_suspended(extract):
    text = (
        "Technical talks between Bolivia and Ecuador were suspended on Tuesday, but they will be held in Oslo in July."
    )
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Bolivia", "Ecuador")["place"] is None


def test_rallies_the_sides_held_are_not_where_the_talks_were(extract):
    text = (
        "Talks between the dockers' union and the Norfolk Port Authority collapsed on Tuesday, and they held rival "
        "marches in Hull on Wednesday."
    )
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Norfolk Port Authority")["place"] is None


def test_a_joined_clause_with_a_day_of_its_own_gives_no_place(extract):
    text = "Technical talks between Bolivia and Ecuador resumed on Tuesday, and they were held in Oslo on Wednesday."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Bolivia", "Ecuador")["place"] is None


def test_talks_that_took_place_elsewhere_in_a_joined_clause_take_that_place(extract):
    text = "Technical talks between Bolivia and Ecuador resumed on Tuesday, and this time they took place in Oslo."
    record = extract(text, published="2024-05-02")
    assert place_name_of(one_event(record, "Bolivia", "Ecuador")) == "Oslo"


def test_talks_held_in_a_joined_passive_clause_take_its_place(extract):
    text = "Technical talks between Bolivia and Ecuador went ahead on Tuesday, but this time they were held in Oslo."
    record = extract(text, published="2024-05-02")
    assert place_name_of(one_event(record, "Bolivia", "Ecuador")) == "Oslo"
