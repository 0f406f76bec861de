"""Contacts from round thirty-eight (helper e): the contacts the system missed on the gate, by the cause of the
miss, tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of

TALKS = "Foreign Minister Ana Ruiz of Peru held talks with Chile's foreign minister, Tomas Vidal, in Lima on Monday. "


def contacts(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event's mode, status and the names of its parties."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


@pytest.mark.parametrize(
    "sent",
    [
        "The two ministers agreed that officials would meet in Santiago next month.",
        "Experts from both countries will meet in Santiago in May to compare their figures.",
        "A joint technical commission will meet in Santiago in May.",
        "Field commanders from both sides are expected to hold talks at the border next week.",
    ],
)
def test_officials_told_only_so_meet_for_the_two_states(extract, sent):
    # party.officials-of-the-two: the states of the talks told just before send them
    record = extract(TALKS + sent)
    assert ("meeting", "planned", {"Peru", "Chile"}) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    "sent",
    [
        "Peruvian officials will meet in Cusco next week to study the accord.",  # one state's people
        "The delegation will meet again on Friday.",  # one body, no pair of sides
        "Officials of the Andean Community will meet in Quito in May.",  # a body of their own
    ],
)
def test_officials_of_one_side_are_no_contact(extract, sent):
    record = extract(TALKS + sent)
    assert not any(parties == {"Peru", "Chile"} for _, _, parties in contacts(record)), contacts(record)


@pytest.mark.parametrize(
    "text, guest",
    [
        ("Foreign Minister Ana Ruiz received the Ambassador of Chile on Monday.", "Ambassador"),
        ("Cardinal Pedro Sala received the Chilean Ambassador at the palace last Thursday.", "Chile"),
    ],
)
def test_a_guest_told_by_a_capitalised_title_is_received(extract, text, guest):
    # contact.host.titled-guest: the tagger makes "Ambassador" a proper noun with no name beside it; a resident
    # ambassador received is a meeting (mode.resident-diplomat-received, round 57: was "visit")
    record = extract(text)
    assert [(mode, guest in parties) for mode, _, parties in contacts(record)] == [("meeting", True)], contacts(record)


def test_travelling_between_two_states_capitals_is_going_between(extract):
    # contact.travel.between: shuttling told with a plain verb of travel
    record = extract("The Norwegian envoy, Lars Dahl, has flown twice between Addis Ababa and Mogadishu this month.")
    assert contacts(record) == [("third-party", "occurred", {"Lars Dahl", "Ethiopia", "Somalia"})], contacts(record)


def test_travelling_between_two_towns_of_one_state_is_no_contact(extract):
    record = extract("The Norwegian envoy, Lars Dahl, has flown twice between Mogadishu and Kismayo this month.")
    assert contacts(record) == [], contacts(record)
