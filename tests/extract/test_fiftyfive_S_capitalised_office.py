"""Round fifty-five, helper S: a capitalised title is read as its lowercase form when it refers back to the person
just talked about (rule speaker.capitalised-office). "the Prime Minister", "the Head of State" written with
capitals once stayed an unnamed titled person, while "the prime minister" was the person just speaking. Tested on
sentences written for these tests (names invented)."""

import pytest

from tests.conftest import quote_with, speaker_name

OPENING = (
    "Lena Horvik flew across the world for talks with the Danish leader.\n\nBut Horvik said the visit went well.\n\n"
)


@pytest.mark.parametrize(
    "attribution",
    ["the Prime Minister told the Gazette", "the Finance Minister said", "the Head of State noted", "the Mayor said"],
)
def test_a_capitalised_title_is_the_person_just_speaking(extract, attribution):
    record = extract(f'{OPENING}"It was a good day for both of us," {attribution}.')
    assert speaker_name(record, quote_with(record, "It was a good day")) == "Lena Horvik"


def test_a_capitalised_place_before_the_title_still_rules_the_person_out(extract):
    # "Indiana" says whose governor: not the person just speaking, whom the story never put in that office
    record = extract(f'{OPENING}"It was a good day for both of us," the Indiana Governor said.')
    assert speaker_name(record, quote_with(record, "It was a good day")) != "Lena Horvik"


def test_a_capitalised_title_is_not_a_person_titled_otherwise(extract):
    # the person just speaking holds another office: "the Prime Minister" is not the Transport Minister
    record = extract(
        "Transport Minister Lena Horvik flew to Oslo for talks.\n\nHorvik said the visit went well.\n\n"
        '"It was a good day for both of us," the Prime Minister told the Gazette.'
    )
    assert speaker_name(record, quote_with(record, "It was a good day")) != "Lena Horvik"


def test_a_title_the_story_gave_someone_else_before_naming_the_person_stays_apart(extract):
    # "the Prime Minister" came up as another party before Horvik was named: a later one is not Horvik
    record = extract(
        "The Chancellor spoke to the Prime Minister by phone on Monday.\n\nLena Horvik has called London often.\n\n"
        "Horvik said the visit went well.\n\n"
        '"It was a good day for both of us," the Prime Minister told the Gazette.'
    )
    assert speaker_name(record, quote_with(record, "It was a good day")) != "Lena Horvik"
