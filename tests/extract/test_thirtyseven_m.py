"""One contact told twice became two events (round thirty-seven, helper m): a lead that tells a contact by its states
alone, with its day ("The foreign ministers of Norway and Chile met in Oslo on Monday"), told again in the next
sentences by the named people of those states, is one contact between the people (rule merge.people-of-the-states);
a contact of other states' people, or a states' contact told without a day, stays apart. One of a contact's people
told with a group of another state in place of the other people it took in is another contact of that person (rule
merge.other-side-instead). Tested on sentences written for these tests."""

from typing import Any

import pytest


def _events(record: dict[str, Any]) -> list[tuple[str, list[str], str | None]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [
        (e["status"], sorted(names[p] for p in e["participants"]), (e.get("date") or {}).get("value"))
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        (
            "The foreign ministers of Norway and Chile met in Oslo on Monday for the first time in a decade. "
            "Norwegian Foreign Minister Anna Berg and her Chilean counterpart, Jorge Soto, talked for about an hour "
            "in a room at the Grand Hotel, officials said.",
            "occurred",
            "2026-06-08",
        ),
        (
            "The foreign ministers of Norway and Chile will meet in Bergen on Friday, both ministries said. "
            "Norwegian Foreign Minister Anna Berg will host her Chilean counterpart, Jorge Soto, for a day of talks "
            "on fisheries.",
            "planned",
            "2026-06-12",
        ),
    ],
)
def test_a_lead_told_by_states_is_the_contact_of_their_people(extract, text, status, date):
    record = extract(text, published="2026-06-10")
    assert _events(record) == [(status, ["Anna Berg", "Jorge Soto"], date)], record["events"]


def test_people_of_other_states_are_another_contact(extract):
    record = extract(
        "The foreign ministers of Norway and Chile met in Oslo on Monday. Norwegian Foreign Minister Anna Berg "
        "also talked for an hour with the Peruvian trade minister, Rosa Quispe, officials said.",
        published="2026-06-10",
    )
    assert len(record["events"]) == 2, record["events"]


def test_states_told_without_a_day_stay_apart(extract):
    record = extract(
        "Norwegian Foreign Minister Anna Berg told reporters that Norway and Chile had spoken with one voice. "
        "Berg and her Chilean counterpart, Jorge Soto, had met privately at the Grand Hotel on Tuesday night.",
        published="2026-06-10",
    )
    assert [(s, names) for s, names, _ in _events(record)] == [
        ("occurred", ["Chile", "Norway"]),
        ("occurred", ["Anna Berg", "Jorge Soto"]),
    ], record["events"]


def test_one_of_the_people_with_another_states_group_is_another_contact(extract):
    record = extract(
        "Kenyan envoy Peter Lagat held talks on Monday in Garowe with the Puntland president, Abdi Isse. Puntland "
        "officials dismissed a report that Isse had held talks with Ethiopian military officers in Galkayo this month.",
        published="2026-03-12",
    )
    assert [(s, names) for s, names, _ in _events(record)] == [
        ("occurred", ["Abdi Isse", "Peter Lagat"]),
        ("denied", ["Abdi Isse", "Ethiopia", "Ethiopian military officers"]),
    ], record["events"]


def test_a_group_of_the_missing_persons_state_retells_the_contact(extract):
    record = extract(
        "Kenyan envoy Peter Lagat held talks on Monday in Garowe with the Puntland president, Abdi Isse. Puntland "
        "officials said Isse had held talks with Kenyan officials in Garowe on Monday.",
        published="2026-03-12",
    )
    assert len(record["events"]) == 1, record["events"]
