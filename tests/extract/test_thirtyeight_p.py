"""Where contacts happened, round thirty-eight: places the tagger misread (a city taken for a person or an
organisation, a named building standing in its town); tested on sentences written for these tests."""

import pytest


def summary(record: dict) -> list[tuple[str, str | None]]:
    return [(e["mode"], (e.get("place") or {}).get("name")) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Colonel Karl Osei said he would be willing to sit down with Mrs. Lind in Bender next month.",
            [("meeting", "Bender")],
        ),
        (
            "Trade Minister Lucia Ferro flew to Tórshavn on Monday for three days of talks with her Faroese "
            "counterpart, Jan Poulsen.",
            [("visit", "Tórshavn")],
        ),
        (
            "Mayor Ana Ruiz had held a private meeting with Jan Nowak at a Porto hotel over the weekend, the "
            "paper said.",
            [("meeting", "Porto")],
        ),
        (
            "President Ana Ruiz and President Jan Nowak are expected to meet in the border town of Dajabón in "
            "October, officials said.",
            [("meeting", "Dajabón")],
        ),
    ],
)
def test_a_city_the_tagger_misread_is_the_place(extract, sentence, expected):
    # place.city-not-person (and place.known-town through it), a town "of" a name the gazetteer knows
    assert summary(extract(sentence, published="2026-03-12")) == expected


def test_a_surname_that_is_also_a_city_stays_a_person(extract):
    # place.city-not-person: "Bender" is Jan Bender here, not the Moldovan town
    record = extract(
        "Foreign Minister Karl Osei met Jan Bender on Monday. Later Osei had lunch with Bender at a restaurant.",
        published="2026-03-12",
    )
    assert all(place is None for _, place in summary(record)), record["events"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Interim President Karl Osei met Senate President Jan Nowak at the Jaburu Palace in Brasília on "
            "Saturday night.",
            [("meeting", "Brasília")],
        ),
        (
            "Mayor Ana Ruiz met the developer, Jan Nowak, at the Grand Hotel in Bender on Monday.",
            [("meeting", "Bender")],
        ),
    ],
)
def test_a_named_building_stands_in_its_town(extract, sentence, expected):
    # place.named-building-in-city
    assert summary(extract(sentence, published="2026-03-12")) == expected


def test_a_known_venue_keeps_its_city(extract):
    # place.venue-city, unchanged: the gazetteer knows the White House
    record = extract("President Ana Ruiz received Jan Nowak at the White House on Monday.", published="2026-03-12")
    assert [(e.get("place") or {}).get("venue") for e in record["events"]] == ["the White House"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The report said Ambassador Karl Osei had met commanders of an armed group in Bunia in May.",
            [("meeting", "Bunia")],
        ),
        (
            "Deputy Minister Jan Nowak met the head of the Commission's legal unit in Brussels in January.",
            [("meeting", "Brussels")],
        ),
    ],
)
def test_a_place_on_the_body_of_the_side_met_is_where_they_met(extract, sentence, expected):
    # place.on-objects-body
    assert summary(extract(sentence, published="2026-03-12")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The broadcaster said the Russian attaché had met Norwegian officers near Bodø last week.",
            [("meeting", "Bodø")],
        ),
        ("General Karl Osei and General Jan Nowak met outside Tacna on Monday.", [("meeting", "Tacna")]),
    ],
)
def test_a_contact_near_a_town_is_placed_there(extract, sentence, expected):
    # place.near-town
    assert summary(extract(sentence, published="2026-03-12")) == expected


def test_an_acronym_is_no_town(extract):
    # place.city-not-person: "the UN compound" is not at the Indian town of Un
    record = extract("President Ana Ruiz met President Jan Nowak at the UN compound on Monday.", published="2026-03-12")
    assert summary(record) == [("meeting", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TRENTON — Proceedings were halted on Monday while Judge Harriet Lind met with the two lawyers in her "
            "chambers.",
            ("Trenton", "her chambers"),
        ),
        (
            "TALLINN — Prime Minister Karl Valk and the Centre leader, Maria Tamm, are due to meet at his office later "
            "this afternoon.",
            ("Tallinn", "his office"),
        ),
    ],
)
def test_premises_that_name_no_town_are_in_the_story_city(extract, text, expected):
    # place.premises-in-story-city
    record = extract(text, published="2026-03-12")
    assert [((e.get("place") or {}).get("name"), (e.get("place") or {}).get("venue")) for e in record["events"]] == [
        expected
    ]


def test_premises_with_no_story_city_give_no_place(extract):
    # place.premises-in-story-city needs the city the story was filed from
    record = extract("Prime Minister Karl Valk met the Centre leader, Maria Tamm, at his office on Monday.")
    assert summary(record) == [("meeting", None)]


def test_a_journey_still_places_a_contact_at_the_town_hall(extract):
    # place.where-travelled comes first: the dateline is not where the minister went
    record = extract(
        "OSLO — Trade Minister Lucia Ferro flew to Bergen on Monday, where she met the mayor, Jan Poulsen, at the "
        "town hall.",
        published="2026-03-12",
    )
    assert summary(record) == [("visit", "Bergen")]
