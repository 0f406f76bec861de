"""Where and when a contact was held: time spent in a place joined to a meeting (rule place.spent-in-and), and the
day a text's opening dates it to (rule date.heading-day); tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from backchannel import datelines


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
