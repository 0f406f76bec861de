"""Session 66: a planned contact the opening announces with no time of its own ("X will meet Y") is one of the trip
or talks the story reports, dated to the publication's month approximately (rule date.coming-news-month).
Counted before writing: of the planned contacts matched in thirteen sets of real articles labelled blind and left
undated, the labellers dated every one within the publication's month or to it. Sentences written for these tests
(names invented)."""

import pytest


def _planned(record: dict) -> dict:
    (event,) = [e for e in record["events"] if e["status"] == "planned"]
    return event


def test_a_meeting_the_opening_announces_is_dated_to_the_month_approximately(extract):
    record = extract(
        "Defence Secretary Ana Ruiz will meet her Italian counterpart, Marco Bellini, to discuss the frigate order.",
        published="2024-09-11",
    )
    assert _planned(record)["date"] == {"value": "2024-09", "precision": "month", "text": "", "modifier": "approx"}


@pytest.mark.parametrize(
    "text",
    [
        # a time of its own
        "Defence Secretary Ana Ruiz will meet her Italian counterpart, Marco Bellini, in 2026.",
        # wished for, not planned
        "Defence Secretary Ana Ruiz would like to meet her Italian counterpart, Marco Bellini.",
        # a season
        "Defence Secretary Ana Ruiz will meet her Italian counterpart, Marco Bellini, in the autumn.",
        # a time clause of its own
        "Defence Secretary Ana Ruiz will meet her Italian counterpart, Marco Bellini, when the fair opens.",
        # only asked for by an invitation
        "Prime Minister Marco Bellini has invited Defence Secretary Ana Ruiz to visit Rome.",
        "Defence Secretary Ana Ruiz accepted an invitation to visit Rome, her office said.",
    ],
)
def test_a_contact_with_a_time_of_its_own_or_only_wished_is_not_guessed(extract, text):
    record = extract(text, published="2024-09-11")
    assert record["events"]
    assert all((e["date"] or {}).get("modifier") != "approx" for e in record["events"])


def test_one_announced_further_down_stays_undated(extract):
    text = (
        "The port strike entered its third week. Dockers blocked the gates again. Talks stalled over pay. The "
        "union wants a rise of eight percent. Employers offer four. Shipping lines have diverted cargo. Ferry "
        "services are running. Labour Minister Ana Ruiz will meet union leader Tomas Vidal, her office said."
    )
    assert _planned(extract(text, published="2024-09-11"))["date"] is None


def test_without_a_publication_date_nothing_is_guessed(extract):
    record = extract("Defence Secretary Ana Ruiz will meet her Italian counterpart, Marco Bellini.")
    assert _planned(record)["date"] is None


@pytest.mark.parametrize("drop", ["amid a fall in oil prices", "after the fall of the coalition"])
def test_a_fall_that_is_no_season_leaves_the_news_dated(extract, drop):
    record = extract(
        f"BAKU — Prime Minister Nika Beridze held talks with President Ilham Aliyev {drop}.", published="2024-09-11"
    )
    (event,) = record["events"]
    assert (event["date"] or {}).get("value") == "2024-09"
