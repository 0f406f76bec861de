"""Confirmations, places and dates of contacts read on the blind34 articles: a party's "we" and "their talk" told
right after a contact, up to two sentences on, or one speaking "afterwards", confirm it (rules confirm.party-we,
confirm.their-contact, confirm.side-account, confirm.said-afterwards); "no meeting took place" denies it
(rule confirm.no-contact-held); a visit joined to the visitor's journey was paid at its end (rule
place.journey-of-the-visit); a byline's city is the story's (rule place.byline-city); a dateline's day is the one
"this morning" is counted from (rule date.dateline-day); a contact in a "when" clause takes the time it hangs on (rule
date.when-clause). Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from backchannel.datelines import byline_city, dateline_day


def _confirmers(record: dict[str, Any]) -> list[list[tuple[str, str]]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[(c["status"], names[c["by"]]) for c in e["confirmations"]] for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "confirmer"),
    [
        (
            "Foreign Minister Anna Berg was received on Monday by the Malawian president, Karl Moen, in Lilongwe. "
            '"We came as friends and we were treated as friends," Berg told reporters at the airport.',
            "Anna Berg",
        ),
        (
            "The Malawian foreign minister, Karl Moen, had breakfast with his Zambian counterpart, Lena Vasquez, "
            "on Friday. Moen said their talk had dealt with the border and with water.",
            "Karl Moen",
        ),
        (
            "The Malawian foreign minister, Karl Moen, had breakfast with his Zambian counterpart, Lena Vasquez, "
            "on Friday. The two sat in the garden of the residence until noon. Moen said the two ministers had "
            "agreed to reopen the border post.",
            "Karl Moen",
        ),
    ],
)
def test_a_party_telling_what_we_or_their_talk_did_confirms_the_contact(extract, text, confirmer):
    assert _confirmers(extract(text, published="2026-03-12")) == [[("confirmed", confirmer)]]


def test_we_of_one_speaking_for_no_side_confirms_nothing(extract):
    record = extract(
        "The Malawian foreign minister, Karl Moen, met his Zambian counterpart, Lena Vasquez, on Friday. "
        '"We waited outside for three hours," said Peter Banda, a driver.',
        published="2026-03-12",
    )
    assert _confirmers(record) == [[]]


def test_a_visit_joined_to_the_journey_was_paid_at_its_end(extract):
    record = extract(
        "The Malawian foreign minister, Karl Moen, flew into Lusaka for a one-day visit on Tuesday and was received "
        "at the Chancellery by his Zambian counterpart, Lena Vasquez.",
        published="2026-03-12",
    )
    assert [(e["mode"], (e.get("place") or {}).get("name")) for e in record["events"]] == [("visit", "Lusaka")]


def test_a_building_in_a_story_with_a_bylined_city_stands_in_that_city(extract):
    record = extract(
        "Talks on the border\n\nBy Ana Reyes in Lima\n\nThe Bolivian foreign minister, Karl Moen, met the Peruvian "
        "foreign minister, Lena Vasquez, at the Hotel Bolivar on Tuesday.",
        published="2026-03-12",
    )
    assert [((e.get("place") or {}).get("name"), (e.get("place") or {}).get("venue")) for e in record["events"]] == [
        ("Lima", "the Hotel Bolivar")
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Head\n\nBy Ana Reyes in Lima\n\nText", "Lima"),
        ("Head\n\nBy Ana Reyes, in Port of Spain\n\nText", "Port of Spain"),
        ("Head\n\nBy Ana Reyes in Ba, Fiji\n\nText", "Ba"),
        ("Head\n\nBy Ana Reyes in Lima and Tomas Ruiz in Quito\n\nText", None),
        ("Head\n\nBy Ana Reyes in Lima and Cusco\n\nText", None),
        ("Head\n\nBy Ana Reyes\n\nThe talks in Lima", None),
    ],
)
def test_the_city_of_a_byline(text, city):
    assert byline_city(text) == city


def test_this_morning_is_the_datelines_day(extract):
    record = extract(
        "LILONGWE, March 10 — The Malawian foreign minister, Karl Moen, met his Zambian counterpart, Lena Vasquez, "
        "this morning.",
        published="2026-03-12",
    )
    assert [e["date"]["value"] for e in record["events"]] == ["2026-03-10"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("RABAT, September 17 — The talks", "1961-09-18", "1961-09-17"),
        ("OSLO, Dec. 31 — The talks", "2020-01-02", "2019-12-31"),
        ("OSLO, March 12 — The talks", "2026-03-12", None),
        ("OSLO, March 2 — The talks", "2026-03-12", None),
        ("OSLO — The talks", "2026-03-12", None),
    ],
)
def test_the_day_of_a_dateline_in_the_week_before_publication(text, published, day):
    assert dateline_day(text, published) == day


@pytest.mark.parametrize(
    "denial",
    [
        "Peter Banda, a spokesman for Vasquez, said no meeting had taken place.",
        '"There was no meeting in Lusaka, secret or otherwise," said Peter Banda, a spokesman for Vasquez.',
    ],
)
def test_no_meeting_said_to_have_been_held_denies_the_contact_just_told(extract, denial):
    record = extract(
        "A Lusaka weekly reported that the Malawian envoy, Karl Moen, met the Zambian minister, Lena Vasquez, in "
        "Lusaka on Friday. " + denial,
        published="2026-03-12",
    )
    assert [e["status"] for e in record["events"]] == ["denied"]
    assert _confirmers(record) == [[("denied", "Peter Banda")]]


def test_no_meeting_with_someone_else_denies_nothing(extract):
    record = extract(
        "A Lusaka weekly reported that the Malawian envoy, Karl Moen, met the Zambian minister, Lena Vasquez, on "
        "Friday. Peter Banda, a spokesman for Vasquez, said no meeting with the Tanzanian envoy had taken place.",
        published="2026-03-12",
    )
    assert [c for cs in _confirmers(record) for c in cs if c[0] == "denied"] == []


def test_a_contact_told_in_a_when_clause_takes_the_time_it_hangs_on(extract):
    record = extract(
        "The crisis began on Tuesday, when the Zambian foreign minister, Lena Vasquez, flew into Lilongwe and was "
        "received by the Malawian president, Karl Moen.",
        published="2026-03-12",
    )
    assert [e["date"]["value"] for e in record["events"]] == ["2026-03-10"]


@pytest.mark.parametrize(
    "denial",
    [
        "Peter Banda, a spokesman for Vasquez, said no meeting had taken place in Dodoma.",
        'Asked about later talks, Peter Banda, a spokesman for Vasquez, said there was "no meeting on the calendar."',
        '"There has been no call since," said Peter Banda, a spokesman for Vasquez.',
    ],
)
def test_no_meeting_elsewhere_later_or_planned_denies_nothing(extract, denial):
    record = extract(
        "A Lusaka weekly reported that the Malawian envoy, Karl Moen, met the Zambian minister, Lena Vasquez, in "
        "Lusaka on Friday. " + denial,
        published="2026-03-12",
    )
    assert [c for cs in _confirmers(record) for c in cs if c[0] == "denied"] == []


@pytest.mark.parametrize(
    ("said", "confirmers"),
    [
        ("Vasquez said afterwards that the border post at Mwami would reopen in May.", [("confirmed", "Lena Vasquez")]),
        ("Moen told reporters after the dinner that trade would double.", [("confirmed", "Karl Moen")]),
        ("Moen told reporters on Thursday that trade would double.", []),
    ],
)
def test_a_side_speaking_after_the_contact_confirms_it(extract, said, confirmers):
    record = extract(
        "The Malawian foreign minister, Karl Moen, held talks with his Zambian counterpart, Lena Vasquez, in Lusaka on "
        "Friday. " + said,
        published="2026-03-12",
    )
    assert _confirmers(record) == [confirmers]
