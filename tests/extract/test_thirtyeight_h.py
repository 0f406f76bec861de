"""Contacts from round thirty-eight (helper h): journeys whose purpose names whom the traveller goes to deal with,
which contact.travel.no-purpose dropped; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str, set[str]]]:
    """Each event's mode and the names of its parties."""
    return [(e["mode"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a briefing verb's object, the traveller a pronoun for a named person
        (
            "The Togolese minister Kofi Amega met the junta on Friday. He then flew to Abuja on Monday to brief "
            "President Olu Ade.",
            "Olu Ade",
        ),
        # whom a thing is put to
        (
            "It was unclear whether the sports minister Budi Hartono might travel to Zurich to put his case to "
            "FIFA officials.",
            "FIFA",
        ),
        # a "with" the parse hangs on the purpose's object
        (
            "The trade minister Roslan Tahir said he would travel to General Santos on Thursday to tour the fish "
            "port with Mayor Cristina Villar.",
            "Cristina Villar",
        ),
    ],
)
def test_a_journey_to_deal_with_a_party_is_a_visit_to_it(extract, text, other):
    # contact.travel.to-deal-with, party.purpose-with
    found = contacts(extract(text))
    assert any(mode == "visit" and other in names for mode, names in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The novelist Mara Quinn flew to Rome last week to give a lecture to students.",
        "The singer Mara Quinn flew to Madrid to sing with her sister.",
    ],
)
def test_a_journey_for_an_audience_or_a_relative_is_no_contact(extract, text):
    assert contacts(extract(text)) == []
