"""Round forty-eight (L): a story whose headline or first sentence sets a gathering in a city tells the contacts held
at it without naming the city again (place.scene-of-the-gathering); tested on sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import events_with

PUBLISHED = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "sides", "city"),
    [
        # the headline names the gathering's city before the noun
        (
            "Apia summit closes with a pledge on fishing\n\n"
            "Leaders of the island states ended their yearly meeting on Thursday.\n\n"
            "On Wednesday morning Prime Minister Ana Tupou held talks with President Karl Moen.",
            ("Ana Tupou", "Karl Moen"),
            "Apia",
        ),
        # the first sentence: people gathered in the city for the forum
        (
            "Pacific leaders gathered in Apia on Tuesday for the annual islands forum.\n\n"
            "Prime Minister Ana Tupou sat down with President Karl Moen for forty minutes.",
            ("Ana Tupou", "Karl Moen"),
            "Apia",
        ),
        # a round of talks in a city, and a contact of it still to come
        (
            "Border talks in Almaty: day two\n\n"
            "The deputy prime ministers of the two states spent six hours together at the foreign ministry.\n\n"
            "Deputy Prime Minister Nurlan Sadykov will meet Deputy Prime Minister Azamat Beishenov again tomorrow.",
            ("Nurlan Sadykov", "Azamat Beishenov"),
            "Almaty",
        ),
    ],
)
def test_a_contact_told_with_no_place_after_a_gathering_is_set_in_a_city_was_held_there(extract, text, sides, city):
    record = extract(text, published=PUBLISHED)
    events = events_with(record, *sides)
    assert events
    assert all(e["place"] is not None and e["place"]["name"] == city for e in events)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a call, had from afar
        (
            "Pacific leaders gathered in Apia on Tuesday for the annual islands forum.\n\n"
            "Prime Minister Ana Tupou spoke by telephone with Chancellor Lisa Brandt on Wednesday.",
            ("Ana Tupou", "Lisa Brandt"),
        ),
        # told as background, a month or a year before
        (
            "Pacific leaders gathered in Apia on Tuesday for the annual islands forum.\n\n"
            "Prime Minister Ana Tupou first met President Karl Moen last year.",
            ("Ana Tupou", "Karl Moen"),
        ),
        # only hoped for: wanted anywhere
        (
            "Pacific leaders gathered in Apia on Tuesday for the annual islands forum.\n\n"
            "President Karl Moen said he would be willing to meet Prime Minister Ana Tupou.",
            ("Ana Tupou", "Karl Moen"),
        ),
        # the sides' capitals joined in the gathering's name are no scene
        (
            "Belgrade-Pristina dialogue resumes\n\n"
            "Envoy Helena Lind is due to meet Prime Minister Arben Kras this morning.",
            ("Helena Lind", "Arben Kras"),
        ),
        # a gathering set in no opening sentence
        (
            "Island leaders end a quiet week\n\n"
            "The islands' leaders said little on Tuesday. Their forum in Apia was cut short by the storm.\n\n"
            "Prime Minister Ana Tupou sat down with President Karl Moen for forty minutes.",
            ("Ana Tupou", "Karl Moen"),
        ),
    ],
)
def test_a_contact_the_gathering_does_not_hold_takes_no_place_from_it(extract, text, sides):
    record = extract(text, published=PUBLISHED)
    events = events_with(record, *sides)
    assert events
    assert all(e["place"] is None for e in events)


@pytest.mark.parametrize(
    ("text", "sides", "city"),
    [
        # a trip held, a sentence about something else, then another contact of the traveller's
        (
            "Trade envoy Marta Quispe arrived in Hanoi on Monday and held talks with Prime Minister Le Van Thanh. The "
            "talks covered rice exports. Over lunch, Quispe also sat down with leaders of the Andean Chamber of "
            "Commerce.",
            ("Marta Quispe", "Andean Chamber of Commerce"),
            "Hanoi",
        ),
        # a trip to come, and a further call the traveller hopes to pay, told from home
        (
            "Labour Minister Anwar Hossain is due in Abu Dhabi on Tuesday for talks with Labour Minister Saif Nahyan. "
            "Hossain told reporters in Dhaka on Sunday that he will also call on President Khalid Mansour.",
            ("Anwar Hossain", "Khalid Mansour"),
            "Abu Dhabi",
        ),
    ],
)
def test_a_contact_of_a_traveller_told_after_the_trip_was_held_where_the_trip_went(extract, text, sides, city):
    record = extract(text, published=PUBLISHED)
    events = events_with(record, *sides)
    assert events
    assert all(e["place"] is not None and e["place"]["name"] == city for e in events)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a call, had from afar
        (
            "Trade envoy Marta Quispe arrived in Hanoi on Monday. She spoke by phone with President Luis Arce on "
            "Tuesday.",
            ("Marta Quispe", "Luis Arce"),
        ),
        # a meeting hoped for after a trip held: another stage
        (
            "Trade envoy Marta Quispe arrived in Hanoi on Monday. She would like to meet President Luis Arce one day.",
            ("Marta Quispe", "Luis Arce"),
        ),
    ],
)
def test_a_contact_the_trip_does_not_hold_takes_no_place_from_it(extract, text, sides):
    record = extract(text, published=PUBLISHED)
    events = events_with(record, *sides)
    assert events
    assert all(e["place"] is None for e in events)


def test_a_contact_the_story_sets_in_another_town_keeps_it(extract):
    text = (
        "Envoy Karin Vahl arrived in Niamey yesterday at the end of a tour. Her tour began in Tunis on Monday, where "
        "she held talks with Interior Minister Kamel Romdhane."
    )
    record = extract(text, published=PUBLISHED)
    (event,) = events_with(record, "Karin Vahl", "Kamel Romdhane")
    assert event["place"]["name"] == "Tunis"
