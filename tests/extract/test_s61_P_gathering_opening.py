"""Round sixty-one (P): the opening that sets a gathering's scene passes over a credit or dateline line with no verb
(place.scene-past-credit-line), and a city word in a gathering's name that the tagger took whole for a body sets
the scene in that city (place.city-in-gathering-name); tested on sentences written for these tests (names
invented)."""

import pytest

from tests.conftest import events_with

PUBLISHED = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "sides", "city"),
    [
        # a credit line of its own between the headline and the first sentence
        (
            "Trade ministers gather\n\n"
            "LIMA/CUSCO - Andean Wire\n\n"
            "Foreign ministers of twelve states gathered on Tuesday for the Cusco summit.\n\n"
            "Peru is keen on trade, officials said.\n\n"
            "Foreign Minister Ana Rivas held talks with Foreign Minister Tom Hale.",
            ("Ana Rivas", "Tom Hale"),
            "Cusco",
        ),
        # the city is a word of the forum's name, which the tagger reads whole as a body
        (
            "Trade ministers gather\n\n"
            "Foreign ministers of twelve states gathered on Tuesday for the Cusco Trade Forum in southern Peru.\n\n"
            "Peru is keen on trade, officials said.\n\n"
            "Foreign Minister Ana Rivas held talks with Foreign Minister Tom Hale.",
            ("Ana Rivas", "Tom Hale"),
            "Cusco",
        ),
    ],
)
def test_a_contact_after_a_gathering_set_past_a_credit_line_or_in_its_name_was_held_there(extract, text, sides, city):
    events = events_with(extract(text, published=PUBLISHED), *sides)
    assert events
    assert all(e["place"] is not None and e["place"]["name"] == city for e in events)


def test_a_gathering_told_after_the_opening_sets_no_scene(extract):
    """A gathering told only in the third sentence with a verb is background, not the story's scene, however many
    credit lines come before it."""
    text = (
        "Trade ministers gather\n\n"
        "Andean Wire\n\n"
        "Peru is keen on trade, officials said on Monday.\n\n"
        "Foreign ministers of twelve states gathered on Tuesday for the Cusco Trade Forum.\n\n"
        "Foreign Minister Ana Rivas held talks with Foreign Minister Tom Hale."
    )
    events = events_with(extract(text, published=PUBLISHED), "Ana Rivas", "Tom Hale")
    assert events
    assert all(e["place"] is None for e in events)
