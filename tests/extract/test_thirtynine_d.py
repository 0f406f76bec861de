"""Contacts' dates and places from round thirty-nine (d), found by error analysis of the gate's matched events
whose date or place was wrong; tested on sentences written for these tests."""

import pytest


def dated(record: dict) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [
        (" and ".join(sorted(names[p] for p in e["participants"])), (e.get("date") or {}).get("value"))
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The daily Ekspres claimed on Wednesday that Finnish envoy Matti Laine had telephoned Russian envoy Ivan"
            " Petrov the previous evening.",
            "2026-03-10",
        ),
        (
            "The ministry said on Monday that Finnish envoy Matti Laine had met Russian envoy Ivan Petrov two days"
            " earlier.",
            "2026-03-07",
        ),
    ],
)
def test_a_day_counted_from_the_report_day_in_its_sentence(extract, text, day):
    # date.from-the-day-of-saying: the report's day is what "the previous evening" counts from
    assert dated(extract(text, published="2026-03-12")) == [("Ivan Petrov and Matti Laine", day)]


def test_the_same_day_still_harks_back_to_the_story(extract):
    text = (
        "Finnish envoy Matti Laine met Russian envoy Ivan Petrov on Tuesday. The ministry said on Wednesday that"
        " Laine had also met Estonian minister Kaja Tamm the same day."
    )
    assert ("Kaja Tamm and Matti Laine", "2026-03-10") in dated(extract(text, published="2026-03-12"))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Last month the daily Ekspres reported that Finnish envoy Matti Laine had met Russian envoy Ivan Petrov"
            " in Oslo.",
            "2026-02",
        ),
        (
            "Earlier this month, local media reported that Finnish envoy Matti Laine had met Russian envoy Ivan"
            " Petrov in Oslo.",
            "2026-03",
        ),
    ],
)
def test_a_bare_date_fronted_over_a_report_dates_the_contact(extract, text, month):
    # date.fronted-over-report, with no preposition before the date
    assert dated(extract(text, published="2026-03-12")) == [("Ivan Petrov and Matti Laine", month)]


def test_a_fronted_date_leaves_a_contact_with_a_year_of_its_own(extract):
    text = "Last week the ministry said that Finnish envoy Matti Laine had met Russian envoy Ivan Petrov in 2019."
    assert dated(extract(text, published="2026-03-12")) == [("Ivan Petrov and Matti Laine", "2019")]


def placed(record: dict) -> list[str | None]:
    return [(e.get("place") or {}).get("name") for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian foreign minister Anna Berg held talks with Russian envoy Ivan Lapshin on fishing in the Barents"
        " Sea.",
        "Lithuanian minister Ona Kairyte will meet the commander of US Army forces in Europe, General Tom Ridge,"
        " tomorrow.",
    ],
)
def test_open_water_or_a_continent_is_no_place_of_a_contact(extract, text):
    # place.open-water-or-continent
    assert placed(extract(text, published="2026-03-12")) == [None]


def test_a_town_named_for_a_bay_is_still_a_place(extract):
    text = "Jamaican minister Desmond Clarke met Cuban envoy Luis Perez in Montego Bay on Tuesday."
    assert placed(extract(text, published="2026-03-12")) == ["Montego Bay"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Venezuelan envoy Aurelio Montilla met Guyanese leader Cedric Ramdass at a private house in Georgetown"
            " on the night of 6 September.",
            "2025-09-06",
        ),
        (
            "Venezuelan envoy Aurelio Montilla met Guyanese leader Cedric Ramdass in Georgetown between 16-19 October"
            " 1990.",
            "1990-10",
        ),
    ],
)
def test_a_day_the_tagger_left_out_of_its_month_dates_the_contact(extract, text, day):
    # date.day-left-out, on the contact's own date; a span of days names none of them
    assert dated(extract(text, published="2026-03-12")) == [("Aurelio Montilla and Cedric Ramdass", day)]


@pytest.mark.parametrize(
    "text",
    [
        # place.name-of-a-building, then place.building-in-dateline-city
        "ARUSHA — Ugandan minister Grace Okello and Congolese minister Jean Mbuyi met for an hour at the Mount Meru"
        " hotel on Tuesday.",
        # a building that receives guests, named
        "ARUSHA — Ugandan minister Grace Okello met Congolese minister Jean Mbuyi at the Kilimanjaro Beach Resort on"
        " Tuesday.",
    ],
)
def test_a_named_building_the_gazetteer_does_not_know_stands_in_the_story_city(extract, text):
    assert placed(extract(text, published="2026-03-12")) == ["Arusha"]


def test_a_contact_an_arrival_is_for_is_held_where_it_arrives(extract):
    # place.journey-for, with the journey's end told with "in"
    text = (
        "The troika, led by Luxembourg foreign minister Gaston Reuland, will arrive in Belgrade next week for talks"
        " with the Yugoslav prime minister Ante Markovic."
    )
    assert placed(extract(text, published="2026-03-12")) == ["Belgrade"]
