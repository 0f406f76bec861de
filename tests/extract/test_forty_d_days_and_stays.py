"""Where and when a contact was held: time spent in a place joined to a meeting (rule place.spent-in-and), and the
day a text's opening dates it to (rule date.heading-day); tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from backchannel import datelines
from backchannel.extract.places import story_city
from backchannel.geo import gazetteer
from tests.conftest import told_date


def _fields(record: dict) -> list[tuple[str | None, str | None]]:
    return [((e.get("date") or {}).get("value"), (e.get("place") or {}).get("name")) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "The trade minister, Lucia Ferro, spent three days in Nairobi last week and held talks with President "
        "Daniel Kiprop.",
        "Lucia Ferro spent two days in Nairobi last week and sat down with President Daniel Kiprop.",
    ],
)
def test_a_meeting_joined_to_time_spent_in_a_place_was_held_there_then(extract, text):
    record = extract(text, published="2026-03-12")
    assert _fields(record) == [("2026-03", "Nairobi")]
    assert record["events"][0]["mode"] == "visit"


def test_money_spent_in_a_place_puts_no_meeting_there(extract):
    spent_money = extract(
        "The company spent two million dollars in Nairobi last week and held talks with President Daniel Kiprop.",
        published="2026-03-12",
    )
    assert [place for _, place in _fields(spent_money)] == [None]
    # the positive control: time spent there does
    spent_days = extract(
        "The company spent two days in Nairobi last week and held talks with President Daniel Kiprop.",
        published="2026-03-12",
    )
    assert [place for _, place in _fields(spent_days)] == ["Nairobi"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("RADIO DIGEST FOR 12 MARCH 2026\n\nSummaries of the day's broadcasts.", "2026-03-12"),
        (
            "TRANSCRIPT - Weekly briefing of the ministry. Lusaka, Thursday 12 March 2026. Edited for length.",
            "2026-03-12",
        ),
        ("Briefing notes, March 11, 2026\n\nThe minister spoke.", "2026-03-11"),
        # a date told as something's, the day of publication itself, or one too far back: no day of its own
        ("Talks resume\n\nThe envoys met on 12 March 2026 in Lusaka.", None),
        ("RADIO DIGEST FOR 13 MARCH 2026\n\nSummaries.", None),
        ("RADIO DIGEST FOR 12 MARCH 2025\n\nSummaries.", None),
    ],
)
def test_the_day_a_texts_opening_dates_it_to(text, day):
    assert datelines.heading_day(text, "2026-03-13") == day


def test_today_in_a_digest_is_the_digests_day(extract):
    text = (
        "RADIO DIGEST FOR 12 MARCH 2026\n\n"
        "The Malawian foreign minister, Karl Moen, met his Zambian counterpart, Lena Vasquez, this morning."
    )
    assert [d for d, _ in _fields(extract(text, published="2026-03-13"))] == ["2026-03-12"]
    # the positive control's negative: a date told in the story is no day of the digest
    told = (
        "Ministers meet\n\nThe two ministers first met on 12 March 2026 in Lusaka.\n\n"
        "The Malawian foreign minister, Karl Moen, met his Zambian counterpart, Lena Vasquez, this morning."
    )
    assert "2026-03-13" in [d for d, _ in _fields(extract(told, published="2026-03-13"))]


def test_a_go_betweens_errands_between_sides_apart_are_held_in_no_one_place(extract):
    apart = extract(
        "MUSCAT — An Omani envoy, Salim al-Harthy, has been carrying messages between the Saudi defence minister, "
        "Prince Fahd, and the Houthi negotiator, Yahya Hadi.",
        published="2026-03-12",
    )
    assert [place for _, place in _fields(apart)] == [None]
    # the positive control: errands between delegations sitting in one venue are run in the dateline's city
    one_venue = extract(
        "MUSCAT — An Omani envoy, Salim al-Harthy, has been carrying messages between the Saudi delegation of "
        "Prince Fahd and the Houthi delegation of Yahya Hadi.",
        published="2026-03-12",
    )
    assert [place for _, place in _fields(one_venue)] == ["Muscat"]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Rasa Kairyte and Thomas Ridgefield, planned for Thursday, has been pushed back to "
        "December.",
        # moved in a sentence of its own: the new time dates it over the one first told
        "Rasa Kairyte was due to meet Thomas Ridgefield in Vilnius next week. That meeting has been pushed back to "
        "December.",
    ],
)
def test_a_contact_pushed_back_to_a_time_is_dated_by_it(extract, text):
    assert [d for d, _ in _fields(extract(text, published="2025-11-19"))] == ["2025-12"]


def test_a_contact_pushed_back_to_no_time_keeps_the_one_set(extract):
    text = (
        "The meeting between Rasa Kairyte and Thomas Ridgefield, planned for Thursday, has been pushed back because "
        "of the storm."
    )
    assert [d for d, _ in _fields(extract(text, published="2025-11-19"))] == ["2025-11-20"]
    # the positive control: a time it is pushed back to dates it
    moved = text.replace("because of the storm", "to December")
    assert [d for d, _ in _fields(extract(moved, published="2025-11-19"))] == ["2025-12"]


def test_a_contact_in_a_where_clause_on_a_venue_takes_the_time_of_its_clause(extract):
    dated = extract(
        "The summit opened on Monday in the Portuguese pavilion, where Luis Garcia met Joao Lobo.",
        published="1968-06-15",
    )
    assert [d for d, _ in _fields(dated)] == ["1968-06-10"]
    # no time told in the clause the venue is in: none taken (the story's month estimated for its news aside)
    undated = extract(
        "The summit opened in the Portuguese pavilion, where Luis Garcia met Joao Lobo.", published="1968-06-15"
    )
    assert [told_date(e) for e in undated["events"]] == [None]


@pytest.mark.parametrize(("name", "country"), [("Port Vila", "VUT"), ("Ulaanbaatar", "MNG"), ("Nuku'alofa", "TON")])
def test_a_dateline_capital_geonames_spells_otherwise_is_the_story_city(name, country):
    found = story_city(f"{name.upper()} — The talks opened on Monday.")
    assert found is not None and (found[0].name.lower(), found[0].country) == (name.lower(), country)
    assert gazetteer().is_city(name)
    # a village the gazetteer does not hold is no story city
    assert story_city("SADAKHLO — The talks opened on Monday.") is None


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Doha, Tuesday 7 June 2022.", "Tuesday 7 June 2022"),
        ("NEWS DIGEST FOR 12 FEBRUARY 1997", "12 FEBRUARY 1997"),
        ("The talks were held on Tuesday, 3 June 2022, in Doha.", None),
        ("No minister has visited since Monday, May 4, 2021.", None),
    ],
)
def test_a_heading_date_is_not_a_date_told_with_its_weekday(line: str, found: str | None) -> None:
    # date.heading-day: a weekday before the day does not hide the "on" or "since" that makes it a told date
    match = datelines.HEADING_DATE.search(line)
    assert (match.group() if match else None) == found
