"""Round forty-eight (helper G): the status of a contact. A call or meeting told as the setting or means of a plan
made in the past ("agreed on the trip in a telephone call on Friday", "the visit had been prepared in a call last
week", "was set in motion by a call") was held: what was planned is something else. A contact under "would" whose
time is left open ("at any time", "once …", "as soon as …") or that is offered gladly is possible, not planned. A
contact told in the simple present under a diary's day heading still to come is on its timetable: planned, that day.
A contact affirmed with an emphatic "did" ("Kamau did meet them") is held, whoever denied the report of it.
Sentences written for these tests (names invented)."""

import pytest


def _the_event(record: dict, mode: str) -> dict:
    (event,) = [e for e in record["events"] if e["mode"] == mode]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Tallinn said the trip had been prepared in a telephone call last Thursday between Interior "
        "Minister Liis Kask and her Latvian counterpart, Andris Ozols.",
        "The thaw was set in motion by a telephone call between Prime Minister Ines Varga and President Tomas Berg "
        "in January.",
        "President Ines Varga and Chancellor Tomas Berg agreed on the summit in a telephone conversation on Friday, "
        "a spokeswoman said.",
    ],
)
def test_a_call_a_plan_was_made_in_was_held(extract, text):
    event = _the_event(extract(text, published="2026-03-12"), "phone")
    assert event["status"] == "occurred"


def test_a_call_a_plan_was_made_in_is_dated_in_the_past(extract):
    text = (
        "President Ines Varga and Chancellor Tomas Berg agreed on the summit in a telephone conversation on Friday, "
        "a spokeswoman said."
    )
    event = _the_event(extract(text, published="2026-03-12"), "phone")
    assert event["date"]["value"] == "2026-03-06"


@pytest.mark.parametrize(
    "text",
    [
        # the plan is still to be made: the call is to come
        "President Ines Varga will agree on the budget in a telephone call with Chancellor Tomas Berg on Friday.",
        # the talks are inside what was agreed
        "President Ines Varga agreed to raise the fishing quotas at talks with Chancellor Tomas Berg in Oslo next "
        "month.",
    ],
)
def test_a_contact_still_to_come_stays_planned(extract, text):
    record = extract(text, published="2026-03-12")
    assert [e["status"] for e in record["events"]] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lena Ostrova said she would gladly meet Governor Piet Haarman to talk about the bridge.",
        "Officials said President Ana Ruiz would travel to Lisbon for talks with Prime Minister Tomas Varga "
        '"at the right time".',
        "Chancellor Tomas Berg said he would meet President Ines Varga once the ceasefire holds.",
        'Governor Piet Haarman said he would invite Mayor Lena Ostrova to Utrecht "as soon as the bridge reopens".',
        "The president would welcome Chancellor Tomas Berg to Riga at any time, his spokesman said.",
    ],
)
def test_a_contact_under_would_left_open_is_possible(extract, text):
    (event,) = extract(text, published="2026-03-12")["events"]
    assert event["status"] == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        # a future told in the past of a report, with its day
        "Chancellor Tomas Berg said he would meet President Ines Varga in Riga on Monday.",
        # "will" plans it, whenever it falls
        "Chancellor Tomas Berg will meet President Ines Varga in Riga once the summit ends.",
    ],
)
def test_a_contact_under_would_with_its_time_stays_planned(extract, text):
    (event,) = extract(text, published="2026-03-12")["events"]
    assert event["status"] == "planned"


DIARY = "THE WEEK AHEAD: Ministers on the move\n\nOur guide to the diplomatic calendar.\n\n{heading}\n\n{sentence}"


@pytest.mark.parametrize(
    ("heading", "sentence", "day"),
    [
        (
            "TUESDAY, MARCH 17 - RIGA",
            "Foreign Minister Liis Kask receives her Polish counterpart, Jan Nowak, for talks on energy.",
            "2026-03-17",
        ),
        (
            "WEDNESDAY",
            "The dockers' union meets Harbour Board chairman Piet Haarman at his office in Tallinn.",
            "2026-03-18",
        ),
    ],
)
def test_a_diary_day_ahead_plans_its_contacts(extract, heading, sentence, day):
    record = extract(DIARY.format(heading=heading, sentence=sentence), published="2026-03-15")
    (event,) = record["events"]
    assert (event["status"], event["date"]["value"]) == ("planned", day)


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # a day gone by
        (
            "MONDAY, MARCH 9 - RIGA",
            "Foreign Minister Liis Kask receives her Polish counterpart, Jan Nowak, for talks on energy.",
        ),
        # told in the past under the day
        ("WEDNESDAY", "The dockers' union met Harbour Board chairman Piet Haarman at his office in Tallinn."),
    ],
)
def test_a_diary_day_behind_or_a_past_tense_is_no_plan(extract, heading, sentence):
    record = extract(DIARY.format(heading=heading, sentence=sentence), published="2026-03-15")
    assert [e["status"] for e in record["events"]] == ["occurred"]


def test_a_contact_affirmed_with_did_is_held_despite_a_denial(extract):
    text = (
        "The weekly Harbour Star reported that Interior Minister Peter Kamau had met Ugandan officials in Kampala "
        "last month. The Kenyan interior ministry called the report baseless. Kamau did meet the Ugandan officials "
        "in Kampala, the paper said."
    )
    (event,) = extract(text, published="2026-03-12")["events"]
    assert event["status"] == "occurred"


def test_a_question_with_did_affirms_nothing(extract):
    text = (
        "The weekly Harbour Star reported that Interior Minister Peter Kamau had met Ugandan officials in Kampala "
        "last month. The Kenyan interior ministry called the report baseless. Did Kamau meet the Ugandan officials "
        "in Kampala?"
    )
    (event,) = extract(text, published="2026-03-12")["events"]
    assert event["status"] == "denied"
