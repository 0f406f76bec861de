"""Dates and places told further back in the story (round thirty-five, helper f): a contact told at a part of a
day takes the story's day, a paragraph or more back (rule date.part-of-the-day); a span the story names in passing
("before the end of the year") does not hide the day told before it (rules date.scene-before,
date.relative-to-story); a dateline's city may be spelt with accented capitals ("LOMÉ —"). Tested on sentences
written for these tests."""

import pytest

from backchannel.datelines import dateline_city


def _dates(record: dict) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in record["events"] if e["status"] == "occurred"]


@pytest.mark.parametrize(
    "part",
    ["In the afternoon the Nigerien minister", "Earlier in the day, the Nigerien minister"],
)
def test_a_part_of_the_day_is_the_day_the_story_told(extract, part):
    record = extract(
        "The foreign ministers of Chad and Niger signed a water pact in N'Djamena on Monday.\n\n"
        "The accord had been delayed since January by a dispute over the river's flow, officials said. "
        "Farmers on both banks welcomed it.\n\n"
        f"{part} was received by President Idriss Mahamat at his palace.",
        published="2026-06-10",
    )
    assert _dates(record)[-1] == "2026-06-08", record["events"]


def test_a_day_counted_from_no_day_is_left_undated(extract):
    record = extract(
        "Farmers on both banks of the river welcomed the news.\n\n"
        "In the afternoon the Nigerien minister was received by President Idriss Mahamat at his palace.",
        published="2026-06-10",
    )
    assert _dates(record) == [None], record["events"]


def test_a_span_told_in_passing_does_not_hide_the_day_before_it(extract):
    record = extract(
        "Minister Sara Lind of Sweden arrived in Tallinn on Tuesday. The two governments hope to sign the cable deal "
        "before the end of the year. That evening Lind dined with the Estonian prime minister, Kaja Mets.",
        published="2026-06-12",
    )
    assert _dates(record)[-1] == "2026-06-09", record["events"]


def test_a_part_of_a_day_told_from_another_happening_is_not_the_storys_day(extract):
    record = extract(
        "The foreign ministers of Chad and Niger signed a water pact in N'Djamena on Monday.\n\n"
        "The morning after the vote, the Nigerien minister was received by President Idriss Mahamat at his palace.",
        published="2026-06-10",
    )
    assert _dates(record)[-1] is None, record["events"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("LOMÉ, July 15 (WAPA) — Ghana's minister held talks.", "Lomé"),
        ("CHIȘINĂU — The two sides met on Friday.", "Chișinău"),
        ("SÃO PAULO — The governor received the envoy.", "São Paulo"),
    ],
)
def test_a_dateline_city_with_accented_capitals(text, city):
    assert dateline_city(text) == city


def test_a_contact_with_no_place_is_held_in_an_accented_dateline_city(extract):
    record = extract(
        "TÓRSHAVN — The Faroese fisheries minister, Jóan Hansen, held talks on Wednesday with Iceland's fisheries "
        "minister, Gudrun Olafsdottir, on mackerel quotas.",
        published="2026-03-12",
    )
    assert [(e.get("place") or {}).get("name") for e in record["events"]] == ["Tórshavn"], record["events"]
