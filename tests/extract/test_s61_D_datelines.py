"""Datelines the code did not read: one under a masthead's or a label's capitals set off by a dash (rule
place.dateline-past-masthead), an agency's name closed by a full stop ("(BTA). -", "January 21. /BELTA/."), a day
before a colon, a region written short ("Alta."), and a town the gazetteer does not know in a dateline that names
its state (rule place.dateline-town-of-state); not a headline, a byline or a sentence opening with a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from backchannel.datelines import dateline_city, dateline_day, wire_dateline_city
from backchannel.extract.places import story_city
from backchannel.pipeline import extract_article
from backchannel.records import Article


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "TARTU REGIONAL NEWS SERVICE (TRNS) - ENGLISH SERVICE\n\n"
            "TARTU, March 3 - Prime Minister Karl Moen received the Finnish envoy on Tuesday.",
            "Tartu",
        ),
        (
            "FACTBOX - Harbour talks: who is meeting whom\n\n"
            "BERGEN, June 3 (NWS) - Norwegian and Icelandic officials met on Wednesday.",
            "Bergen",
        ),
        ("MINSK, January 21. /BELTA/. Spokesman Ilya Dorn denied the report on Tuesday.", "Minsk"),
        ("Tartu, 17th June: Comrade Karl Moen received the delegation.", "Tartu"),
        ("Red Deer, Alta., Friday, June 3, 1977\n\nMayor Ann Holt met the union on Thursday.", "Red Deer"),
    ],
)
def test_dateline_read(text: str, city: str) -> None:
    assert dateline_city(text) == city


@pytest.mark.parametrize(
    "text",
    [
        "KREMLIN TALKS - ENVOYS MEET AGAIN\n\nThe two envoys met on Tuesday.",
        "By ANA REYES\n\nTokyo has agreed to host the talks, officials said on Tuesday.",
        "Tokyo has agreed to host the talks, officials said on Tuesday.",
        "WEEKLY BRIEF - Issue 27, Friday 5 July 2019\n\nThe two envoys met on Tuesday.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_city(text) is None


def test_day_of_the_dateline_past_a_masthead() -> None:
    text = "TARTU REGIONAL NEWS SERVICE (TRNS) - ENGLISH SERVICE\n\nTARTU, March 3 - Karl Moen spoke on Tuesday."
    assert dateline_day(text, "2026-03-04") == "2026-03-03"


def test_day_of_a_dateline_with_an_agency_and_a_full_stop() -> None:
    text = "PLOVDIV, May 3 (BTA). - Prime Minister Ivo Stanev received the Greek envoy."
    assert dateline_day(text, "2026-05-04") == "2026-05-03"


def test_story_city_past_a_masthead_names_its_rule() -> None:
    text = "TARTU REGIONAL NEWS SERVICE (TRNS) - ENGLISH SERVICE\n\nTARTU, March 3 - Karl Moen spoke on Tuesday."
    found = story_city(text)
    assert found is not None and found[0].name == "Tartu" and found[1] == "place.dateline-past-masthead"


def test_unknown_town_of_a_named_state() -> None:
    found = story_city("ZELENOVKA, Ukraine — Foreign Minister Olena Marchuk received the Polish envoy on Tuesday.")
    assert found is not None
    assert (found[0].name, found[0].country, found[1]) == ("Zelenovka", "UKR", "place.dateline-town-of-state")


@pytest.mark.parametrize(
    "text",
    [
        "JUABENKROM, Ashanti Region - Chief Kofi Boateng received the delegation on Tuesday.",
        "ZELENOVKA — Foreign Minister Olena Marchuk received the Polish envoy on Tuesday.",
    ],
)
def test_unknown_town_with_no_state_is_no_place(text: str) -> None:
    assert wire_dateline_city(text) is not None  # read as a dateline, but its town is placed nowhere
    assert story_city(text) is None


def _places(text: str, nlp: Language) -> list[str | None]:
    record = extract_article(Article(id="t", text=text, published="2026-03-12"), nlp)
    return [e.place.name if e.place else None for e in record.events]


def test_contact_held_in_the_town_of_the_dateline(nlp: Language) -> None:
    text = (
        "ZELENOVKA, Ukraine — Ukrainian Foreign Minister Olena Marchuk received the Polish envoy, Adam Wrona, "
        "on Tuesday."
    )
    assert _places(text, nlp) == ["Zelenovka"]


def test_contact_held_in_the_city_below_a_masthead(nlp: Language) -> None:
    text = (
        "TARTU REGIONAL NEWS SERVICE (TRNS) - ENGLISH SERVICE\n\n"
        "TARTU, March 3 - Estonian Prime Minister Karl Moen received the Finnish foreign minister, Lena Vasquez, "
        "on Tuesday."
    )
    assert _places(text, nlp) == ["Tartu"]


def test_lede_with_a_colon_of_its_own() -> None:
    text = (
        "ZELENOVKA, Ukraine — Olena Marchuk keeps two telephones on the table in her kitchen: one for her family, "
        "and one for the army."
    )
    found = story_city(text)
    assert found is not None and found[0].name == "Zelenovka"
