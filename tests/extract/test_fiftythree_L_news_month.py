"""Round fifty-three (lead): a contact held that the text gives no time for, when it is the article's news (told in
its opening third, or as now or just done), is dated to the month of the story's day, approximately (rule
date.news-month); one told as past, in a sentence naming another time, by a narrator of their own past, or a
go-between's messages, stays undated. Counted before writing: of the contacts matched in four real labelled sets
and left undated, the labellers dated four in five to the publication's month. Sentences written for these tests
(names invented)."""

import pytest


def _date(record: dict) -> dict | None:
    (event,) = record["events"]
    return event["date"]


def test_the_news_in_the_opening_is_dated_to_the_month_approximately(extract):
    record = extract(
        "BAKU — Georgia's prime minister, Nika Beridze, met President Ilham Aliyev at the presidential palace.",
        published="2024-09-11",
    )
    assert _date(record) == {"value": "2024-09", "precision": "month", "text": "", "modifier": "approx"}


def test_a_contact_told_as_just_done_further_down_is_the_news_too(extract):
    text = (
        "The port strike entered its third week. Dockers blocked the gates again. Talks stalled over pay. The "
        "union wants a rise of eight percent. Employers offer four. Shipping lines have diverted cargo. Ferry "
        "services are running. Labour Minister Ana Ruiz has met union leader Tomas Vidal, her office said."
    )
    assert _date(extract(text, published="2024-09-11"))["value"] == "2024-09"


@pytest.mark.parametrize(
    "text",
    [
        "Nika Beridze had previously met Ilham Aliyev at the presidential palace.",
        "Nika Beridze, the 2012 laureate of the peace prize, met Ilham Aliyev at the presidential palace.",
        "Two years later, Nika Beridze met Ilham Aliyev at the presidential palace.",
        "I met Ilham Aliyev at the presidential palace, Nika Beridze recalled.",
    ],
)
def test_a_contact_told_as_past_stays_undated(extract, text):
    record = extract(text, published="2024-09-11")
    assert record["events"]
    assert all((e["date"] or {}).get("modifier") != "approx" for e in record["events"])


def test_without_a_publication_date_nothing_is_guessed(extract):
    record = extract("Nika Beridze met Ilham Aliyev at the presidential palace.")
    assert _date(record) is None


def test_messages_carried_by_a_go_between_stay_undated(extract):
    record = extract(
        "Qatar is passing messages between the Taliban administration and Pakistan over the border crossing.",
        published="2024-09-11",
    )
    assert all(e["date"] is None for e in record["events"])


def test_the_us_is_no_narrator(extract):
    record = extract(
        "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing.", published="2024-09-11"
    )
    assert _date(record)["value"] == "2024-09"


def test_many_meetings_are_not_the_news(extract):
    record = extract("Nika Beridze has met President Ilham Aliyev several times.", published="2024-09-11")
    assert all((e["date"] or {}).get("modifier") != "approx" for e in record["events"])
