"""Round forty-seven (helper F): readings that are no contact by the labelling rules. Speaking "with one voice" is
agreeing, not talking (rule contact.speak.one-voice); what someone "should" do is a wish or a call for talks
(contact.urged), unless the people who should meet are named; being "in regular contact" is a habit
(contact.habit.steady-contact), and so is a present-tense contact with people named only as a kind or had by no
one (contact.habit.kind-met). Sentences written for these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _sides(record: dict[str, Any]) -> list[set[str]]:
    """Each event's participants by name."""
    return [{actor_of(record, p)["name"] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier said the provinces must speak to Ottawa with one voice on tariffs.",
        "Kandor and Belmar agreed that they would speak with one voice at the summit in Oslo next week.",
    ],
)
def test_speaking_with_one_voice_is_no_contact(extract, sentence):
    assert extract(sentence, published="2026-03-12")["events"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council should talk to the stallholders before the market closes, a resident wrote.",
        "Maybe the mayors of Narva and Ivangorod should meet on the bridge, Ada Moss said.",
    ],
)
def test_what_someone_should_do_is_a_wish(extract, sentence):
    assert extract(sentence, published="2026-03-12")["events"] == []


def test_a_meeting_agreed_with_should_stays_a_possible_contact(extract):
    record = extract(
        "Kandor and Belmar agreed that President Ali Moss and President Jan Berg should meet in Oslo next month.",
        published="2026-03-12",
    )
    assert _sides(record) == [{"Ali Moss", "Jan Berg"}]
    assert record["events"][0]["status"] == "hypothetical"


def test_being_in_regular_contact_is_a_habit(extract):
    record = extract(
        "The ministry said only that Ada Moss was in regular contact with President Ilir Berisha.",
        published="2026-03-12",
    )
    assert record["events"] == []


def test_being_in_telephone_contact_on_a_night_is_a_contact(extract):
    record = extract(
        "Ada Moss was in telephone contact with President Ilir Berisha on Monday night, an aide said.",
        published="2026-03-12",
    )
    assert _sides(record) == [{"Ada Moss", "Ilir Berisha"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "A navy spokesman said Admiral Ion Rusu does not telephone foreign ambassadors at night.",
        "Our commanders meet local authorities as part of their duties, a spokeswoman for General Ada Moss said.",
        "Nobody meets the dockers, said Ada Moss, who leads the union.",
    ],
)
def test_a_present_contact_with_a_kind_of_people_is_a_habit(extract, sentence):
    assert extract(sentence, published="2026-03-12")["events"] == []


def test_a_headline_present_with_a_kind_of_people_is_news(extract):
    record = extract("Minister Ada Moss meets farmers in Kisumu", published="2026-03-12")
    assert _sides(record) == [{"Ada Moss", "farmers"}]
