"""Round sixty-one (S): a contact told after its scene was set takes that scene's place: the next of a run of
contacts by the same side ("then", "also", "afterwards", "in the afternoon"; place.run-of-contacts) and a bare "on
the sidelines" after a gathering named just before (place.sidelines-of-the-gathering-before); tested on sentences
written for these tests (names invented)."""

import pytest

from tests.conftest import events_with

PUBLISHED = "2026-03-12"

LEAD = (
    "Peru and Chile tie-up\n\n"
    "Trade between Peru and Chile grew by a tenth last year, figures showed.\n\n"
    "Exporters in both countries have asked for lower tariffs.\n\n"
)


def _place(extract, text: str, *sides: str) -> str | None:
    events = events_with(extract(LEAD + text, published=PUBLISHED), *sides)
    assert len(events) == 1
    place = events[0]["place"]
    return place["name"] if place else None


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The talks covered trade. "
            "She then met Interior Minister Rosa Paz.",
            ("Marta Quispe", "Rosa Paz"),
        ),
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The talks covered trade and fishing. "
            "Exporters welcomed them. Quispe also held talks with opposition leader Juan Soto.",
            ("Marta Quispe", "Juan Soto"),
        ),
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The talks covered trade. "
            "Afterwards, Quispe had a meeting with Interior Minister Rosa Paz. "
            "In the afternoon, Quispe met opposition leader Juan Soto.",
            ("Marta Quispe", "Juan Soto"),
        ),
    ],
)
def test_the_next_contact_of_a_run_was_held_where_the_one_before_was(extract, text, sides):
    assert _place(extract, text, *sides) == "Lima"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a new day told between them
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. On Wednesday the cabinet resigned. "
            "She then met Interior Minister Rosa Paz.",
            ("Marta Quispe", "Rosa Paz"),
        ),
        # another town told between them as where someone did something
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The president opened a factory in "
            "Arequipa. She then met Interior Minister Rosa Paz.",
            ("Marta Quispe", "Rosa Paz"),
        ),
        # background in the past perfect
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The talks covered trade. "
            "She had also met Interior Minister Rosa Paz.",
            ("Marta Quispe", "Rosa Paz"),
        ),
        # not the same side
        (
            "Envoy Marta Quispe met Prime Minister Luis Arce in Lima on Monday. The talks covered trade. "
            "Senator Hugo Blanco then met Interior Minister Rosa Paz.",
            ("Hugo Blanco", "Rosa Paz"),
        ),
    ],
)
def test_a_run_is_broken_by_a_new_day_another_town_background_or_another_side(extract, text, sides):
    assert _place(extract, text, *sides) != "Lima"


def test_a_bare_sidelines_is_the_margins_of_the_gathering_named_just_before(extract):
    text = (
        "The Andean bloc holds its annual assembly in Quito next month. Diplomats expect Foreign Minister Ana Kovac "
        "and her counterpart Ivo Maric to meet on the sidelines."
    )
    assert _place(extract, text, "Ana Kovac", "Ivo Maric") == "Quito"


def test_a_sidelines_of_no_gathering_told_before_takes_no_place(extract):
    text = (
        "The Andean bloc published its annual report in Quito last month. Diplomats expect Foreign Minister Ana "
        "Kovac and her counterpart Ivo Maric to meet on the sidelines."
    )
    assert _place(extract, text, "Ana Kovac", "Ivo Maric") != "Quito"
