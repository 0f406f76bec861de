"""Round forty-five (e): an official told by title alone travelling abroad visits; a journey made to begin dealing
with a party, or to press one, is a visit to it; tested on sentences written for these tests (names invented)."""

import pytest


def _visits(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["mode"] == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's finance minister flew to Harare last week to ask for a loan.",
        "The secretary of state will go to Tripoli when the security conditions allow it.",
    ],
)
def test_an_official_by_title_travelling_abroad_visits(extract, text):
    # contact.travel.titled-official-abroad
    (event,) = _visits(extract(text, published="2024-06-03"))
    assert event["place"] is not None
    for other in ("The company's president flew to Tokyo last week.", "The president of the club flew to Madrid."):
        assert extract(other, published="2024-06-03")["events"] == []  # no government post


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry said a delegation would travel to Lisbon next month to begin renegotiating the loan with"
        " Portuguese banks.",
        "The mayor and two councillors plan to travel to Ottawa in March to press the federal government on roads.",
    ],
)
def test_a_journey_to_begin_dealing_with_or_to_press_a_party_is_a_visit(extract, text):
    # contact.travel.to-deal-with; selling grain to buyers deals with no party met
    assert len(_visits(extract(text, published="2024-06-03"))) == 1
    other = extract("Farmers plan to travel to Ottawa in March to sell their grain to buyers.", published="2024-06-03")
    assert other["events"] == []
