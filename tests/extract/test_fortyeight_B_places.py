"""Round forty-eight (B): where a contact was held, when the parse hangs the place deeper in the contact's clause
or names only a building; tested on sentences written for these tests (names invented)."""

import pytest

from tests.conftest import events_with


@pytest.mark.parametrize(
    "text",
    [
        # on the body the side met belongs to, two "of" phrases down, past an apposed name and a date
        "Interior Minister Paula Lind met the head of the legal unit of the EU mission, Marek Horn, last Friday in "
        "Tallinn.",
        # on the last of the states whose officials were met
        "Deputy Foreign Minister Ali Navabi met the political directors of Chile, Peru and the United Kingdom in "
        "Tallinn on February 27.",
    ],
)
def test_a_place_hung_deeper_in_the_contacts_clause_is_where_it_was_held(extract, text):
    # place.in-own-clause
    record = extract(text)
    (event,) = [e for e in record["events"] if e["place"] is not None]
    assert event["place"]["name"] == "Tallinn"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # who the side met is: where he serves
        (
            "Foreign Minister Paula Lind met Ivan Petrov, a deputy minister in the Tallinn trade ministry, on Monday.",
            "Ivan Petrov",
        ),
        # what they talked about
        (
            "Foreign Minister Paula Lind met Ivan Petrov on Monday over the fate of the Russian minority in Narva.",
            "Ivan Petrov",
        ),
        # a clause of its own
        ("Foreign Minister Paula Lind met Ivan Petrov, who had spent the week in Tallinn, on Monday.", "Ivan Petrov"),
    ],
)
def test_a_place_outside_the_contacts_own_clause_is_not_where_it_was_held(extract, text, met):
    # place.in-own-clause does not reach appositions, topics or clauses of their own
    record = extract(text)
    (event,) = events_with(record, "Paula Lind", met)
    assert event["place"] is None


def test_premises_hung_deeper_in_the_clause_are_in_the_story_city(extract):
    # place.premises-in-own-clause: "at the ministry" hung on "two hours", then place.premises-in-story-city
    record = extract("ROME - Carla Conti met Marco Pini for two hours at the ministry on Tuesday.")
    (event,) = events_with(record, "Carla Conti", "Marco Pini")
    assert (event["place"]["name"], event["place"]["venue"]) == ("Rome", "the ministry")


def test_premises_hung_deeper_do_not_place_a_call(extract):
    # place.call-held-nowhere still holds for a call told with premises
    record = extract("ROME - Carla Conti telephoned Marco Pini for two minutes at the ministry on Tuesday.")
    assert all(e["place"] is None for e in record["events"])


@pytest.mark.parametrize("building", ["the Auberge de Castille", "the County Buildings", "the Governor's Mansion"])
def test_a_building_named_by_its_kind_stands_in_the_story_city(extract, building):
    # place.building-in-dateline-city: "auberge", "buildings" and "mansion" name buildings too (lexicon
    # building_words)
    record = extract(
        f"VALLETTA - Prime Minister Karl Borg met the opposition leader, Marie Vella, at {building} on Monday."
    )
    (event,) = events_with(record, "Karl Borg", "Marie Vella")
    assert event["place"]["name"] == "Valletta"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The two border commissioners, Colonel Aivar Kask and Colonel Pavel Orlov, met at the Koidula checkpoint "
            "on Monday.",
            "Koidula checkpoint",
        ),
        (
            "General Somsak Chai had met his Cambodian counterpart, General Heng Sok, at the Chong Chom border "
            "crossing on Monday.",
            "Chong Chom border crossing",
        ),
        (
            "President Hugo Salas and President Jorge Pinto met in 1975 at the border railway station of Charagua and "
            "agreed to restore relations.",
            "Charagua",
        ),
    ],
)
def test_a_named_site_on_the_frontier_is_where_the_contact_was_held(extract, text, place):
    # place.named-site: the name before the site noun, or after "of", whatever the tagger called it
    record = extract(text)
    (event,) = record["events"]
    assert event["place"]["name"] == place


def test_an_acronym_before_a_site_names_whose_it_is_not_where(extract):
    # place.named-site: "the UN checkpoint" is the UN's
    record = extract("Colonel Aivar Kask met Colonel Pavel Orlov at the UN checkpoint on Monday.")
    (event,) = events_with(record, "Aivar Kask", "Pavel Orlov")
    assert event["place"] is None
