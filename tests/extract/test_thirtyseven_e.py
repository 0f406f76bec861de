"""Contacts from round thirty-seven (helper e): constructions that missed or invented contacts on the blind36
articles, tested on sentences written for these tests."""

import pytest


def contacts(record: dict) -> list[tuple[str, str, list[str]]]:
    """Each event as (mode, status, the names of its parties)."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # contact.verb.sat-together: "sat together" without "down"
            "OSLO, May 4 - Anna Berg, the Danish envoy, and Jan Nowak, the Brazilian trade minister, sat together "
            "in the library of the old embassy on Friday.",
            id="sat-together",
        ),
        pytest.param(
            # contact.verb.at-one-table: a spell spent at the same table
            "OSLO, May 4 - The Danish envoy, Anna Berg, and the Brazilian trade minister, Jan Nowak, spent six "
            "hours at the same table in Oslo on Friday.",
            id="spent-hours-at-the-same-table",
        ),
        pytest.param(
            # contact.verb.at-one-table: sitting at one table
            "OSLO, May 4 - Anna Berg and Jan Nowak sat at one table for the first time on Friday.",
            id="sat-at-one-table",
        ),
        pytest.param(
            # contact.verb.sat-down-together: the subject is that of the verb "sat" is joined to
            "OSLO, May 4 - The Danish envoy, Anna Berg, and the Brazilian trade minister, Jan Nowak, walked out of "
            "the plenary and sat down together in a side room.",
            id="joined-verb-sat-down-together",
        ),
    ],
)
def test_sitting_together_or_at_one_table_is_a_meeting(extract, text: str) -> None:
    found = contacts(extract(text, published="2026-05-04"))
    assert [c for c in found if c[0] == "meeting" and {"Anna Berg", "Jan Nowak"} <= set(c[2])], found


def test_a_seat_at_a_table_alone_is_no_meeting(extract) -> None:
    # contact.verb.at-one-table: "at a table in the lobby" is no shared table
    assert contacts(extract("OSLO, May 4 - Anna Berg sat at a table in the lobby on Friday.")) == []


def test_around_the_table_sat_names_those_who_met(extract) -> None:
    # contact.verb.at-one-table: the parse makes the people seated the subject of "sat"
    found = contacts(
        extract(
            "OSLO, May 4 - The fishing talks reopened on Friday in a hotel near the harbour.\n\n"
            "Around the table sat Anna Berg, Jan Nowak and Lars Holm.",
            published="2026-05-04",
        )
    )
    assert [c for c in found if {"Anna Berg", "Jan Nowak", "Lars Holm"} <= set(c[2])], found


def test_a_call_held_in_the_nouns_own_clause_is_told_after_on(extract) -> None:
    # party.held-in-own-clause: "on a conversation" read as background, though the clause tells who held it
    found = contacts(
        extract(
            "OSLO, May 4 - Anna Berg briefed her guest on a telephone conversation she held on Monday with the "
            "Polish foreign minister, Jan Nowak.",
            published="2026-05-04",
        )
    )
    assert ("phone", "occurred", ["Anna Berg", "Jan Nowak"]) in found, found


@pytest.mark.parametrize("verb", ["took", "received"])
def test_a_call_taken_from_someone_after_its_day_is_a_call(extract, verb: str) -> None:
    # contact.call.taken-from: the parse hangs "from X" on the verb, after "on Tuesday"
    found = contacts(
        extract(f"OSLO, May 4 - Anna Berg also {verb} a call on Tuesday from Jan Nowak, the Polish trade envoy.")
    )
    assert ("phone", "occurred", ["Anna Berg", "Jan Nowak"]) in found, found


def test_calls_taken_from_an_audience_are_none(extract) -> None:
    assert contacts(extract("OSLO, May 4 - Anna Berg took calls from reporters all day on Tuesday.")) == []


def test_a_visit_said_later_to_have_been_postponed_is_still_planned(extract) -> None:
    # status.postponed-later: the first mention read as held ("the day X arrived"), the later one puts it off
    found = contacts(
        extract(
            "OSLO, May 4 - Friday was to be the day the Polish minister, Jan Nowak, arrived in Oslo for talks with the "
            "Norwegian foreign minister, Anna Berg. The visit has been postponed to June, a spokesman said.",
            published="2026-05-04",
        )
    )
    assert [c[1] for c in found if {"Anna Berg", "Jan Nowak"} <= set(c[2])] == ["planned"], found


def test_a_visit_once_postponed_and_since_made_stays_held(extract) -> None:
    found = contacts(
        extract(
            "OSLO, May 4 - The Polish minister, Jan Nowak, arrived in Oslo on Friday for talks with the Norwegian "
            "foreign minister, Anna Berg. The visit had been postponed twice before.",
            published="2026-05-04",
        )
    )
    assert [c[1] for c in found if {"Anna Berg", "Jan Nowak"} <= set(c[2])] == ["occurred"], found


def test_a_call_planned_on_a_friend_named_and_described_is_a_visit(extract) -> None:
    # contact.call-on.apposed-name: "her old friend" with a name apposed, the infinitive in the clause describing him
    found = contacts(
        extract(
            "OSLO, May 4 - Anna Berg had planned to call on her old friend Jan Nowak, who was about to become "
            "Poland's foreign minister, in Warsaw in March.",
            published="2026-05-04",
        )
    )
    assert ("visit", "planned", ["Anna Berg", "Jan Nowak"]) in found, found


def test_a_planned_visit_that_never_took_place_is_denied(extract) -> None:
    # status.never-held-later: the visit named again and said never to have taken place
    found = contacts(
        extract(
            "OSLO, May 4 - Anna Berg had planned to call on her old friend Jan Nowak in Warsaw in March. A bout of "
            "flu kept her at home and the visit never took place.",
            published="2026-05-04",
        )
    )
    assert ("visit", "denied", ["Anna Berg", "Jan Nowak"]) in found, found


def test_calling_on_a_minister_to_resign_is_still_a_demand(extract) -> None:
    found = contacts(
        extract("OSLO, May 4 - Anna Berg called on her deputy, Jan Nowak, to resign on Friday.", published="2026-05-04")
    )
    assert found == [], found
