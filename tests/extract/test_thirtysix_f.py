"""Dates told in the contact's own sentence that the event lost (round thirty-six, helper f): a time set at the front
of a sentence that reports the contact dates it (rule date.fronted-over-report), and a time told after the
report's verb stays the report's own; a contact a journey is made for ("travel to X next Monday to hold a meeting with
Y") is held at the journey's end and time (rule place.journey-for), and in a "when" clause takes its time (rule
date.when-clause); a day told between a reported contact and the report's subject is the contact's (rule
date.day-before-the-report). Tested on sentences written for these tests."""

import pytest

from tests.conftest import told_date


def _dates(record: dict) -> list[tuple[str, str | None]]:
    return [(e["status"], told_date(e)) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "In April, the weekly Sauti reported that the Malawian foreign minister, Karl Moen, had met the Zambian "
            "envoy, Lena Vasquez, in Lusaka.",
            "2026-04",
        ),
        (
            "On 3 May, she said in an interview, the Malawian foreign minister, Karl Moen, telephoned the Zambian "
            "president, Lena Vasquez, to ask about the border.",
            "2026-05-03",
        ),
        (
            "On Monday evening the Zambian president's office posted that Lena Vasquez had held a telephone "
            "conversation with the Malawian president, Karl Moen.",
            "2026-06-08",
        ),
    ],
)
def test_a_time_at_the_front_dates_the_contact_reported(extract, sentence, date):
    record = extract(sentence, published="2026-06-10")
    assert [d for _, d in _dates(record)] == [date], record["events"]


def test_a_claim_denied_is_dated_by_its_front_time(extract):
    record = extract(
        "In 1998, the daily Nyasa Times alleged that the Malawian foreign minister, Karl Moen, had met the Zambian "
        "envoy, Lena Vasquez, secretly in Lusaka. Moen called the report baseless.",
        published="2026-06-10",
    )
    assert ("denied", "1998") in _dates(record), record["events"]


def test_a_time_after_the_report_is_the_reports_own(extract):
    record = extract(
        "The Zambian president, Lena Vasquez, said on Thursday that the Malawian foreign minister, Karl Moen, had "
        "telephoned her.",
        published="2026-06-10",
    )
    assert [d for _, d in _dates(record)] == [None], record["events"]


def test_a_meeting_a_journey_is_made_for_is_held_at_its_end_and_time(extract):
    record = extract(
        "It was agreed that a committee of six leaders of the farmers union will travel to the city of Lilongwe "
        "next Monday to hold a meeting with the Minister Karl Moen in the offices of the Ministry.",
        published="2026-03-12",
    )
    [event] = record["events"]
    assert (event["place"] or {}).get("name") == "Lilongwe", event
    assert (event["date"] or {}).get("value") == "2026-03-16", event


def test_a_call_a_journey_in_a_when_clause_was_made_for_takes_the_clauses_time(extract):
    record = extract(
        "The memoir opens in the last week of May 1994, when Lena Vasquez, then a young lawyer, flew to Lilongwe "
        "to call on the Malawian deputy foreign minister, Karl Moen.",
        published="2026-03-12",
    )
    assert [(e["date"] or {}).get("value") for e in record["events"]] == ["1994-05"], record["events"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Karl Moen spoke by telephone with the Zambian foreign minister, Lena Vasquez, on Tuesday, the ministry "
            "said.",
            "2026-06-09",
        ),
        (
            "Karl Moen telephoned the Zambian foreign minister, Lena Vasquez, the Zambian foreign ministry said on "
            "Tuesday.",
            None,
        ),
    ],
)
def test_a_day_before_the_reports_subject_is_the_contacts(extract, sentence, date):
    record = extract(sentence, published="2026-06-10")
    assert [d for _, d in _dates(record)] == [date], record["events"]
