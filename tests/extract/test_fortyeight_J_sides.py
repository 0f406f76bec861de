"""Sides of meetings agreed below the leaders (session 48, helper J): officials, teams and committees that two
states send, when the story names one side by office only, tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event's mode, status and the names of its parties."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the story's dateline gives the home side's state
        "LIMA — Foreign Minister Rosa Quispe spoke by telephone on Monday with Chile's foreign minister, Tomas Vidal. "
        "The two ministers agreed that technical teams would meet in Santiago next month.",
        # the talks were held at home
        "Trade Minister Rosa Quispe held talks in Lima on Monday with Chile's trade minister, Tomas Vidal. "
        "The two ministers agreed that officials would meet in Santiago next month.",
        # the minister went abroad; the officials meet at home next
        "Trade Minister Rosa Quispe travelled to Santiago last week for talks with Chile's trade minister, Tomas "
        "Vidal. The two ministers agreed that officials would meet again in Lima in June.",
    ],
)
def test_officials_of_a_side_told_by_office_only(extract, text):
    # party.home-side: the side whose state is not said is the story's or the talks' home state
    record = extract(text, published="2026-03-12")
    assert ("meeting", "planned", {"Peru", "Chile"}) in contacts(record), contacts(record)


def test_the_outlets_home_is_the_home_side(extract):
    # party.home-side: "The Lima Courier" tells its own minister by office only
    text = (
        "Foreign Minister Rosa Quispe spoke by telephone on Monday with Chile's foreign minister, Tomas Vidal. "
        "The two ministers agreed that technical teams would meet in Santiago next month."
    )
    record = extract(text, published="2026-03-12", outlet="The Lima Courier")
    assert ("meeting", "planned", {"Peru", "Chile"}) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    "text",
    [
        # no place says where the minister is from
        "Trade Minister Rosa Quispe spoke by telephone on Monday with Chile's trade minister, Tomas Vidal. "
        "The two ministers agreed that officials would meet next month.",
        # every place is the foreign state's
        "Trade Minister Rosa Quispe travelled to Santiago last week for talks with Chile's trade minister, Tomas "
        "Vidal. The two ministers agreed that officials would meet again in Valparaiso in June.",
    ],
)
def test_no_home_state_without_a_place_of_it(extract, text):
    record = extract(text, published="2026-03-12")
    assert not any(parties == {"Peru", "Chile"} for _, _, parties in contacts(record)), contacts(record)


def test_officials_meeting_is_not_their_ministers_meeting(extract):
    # merge.officials-not-their-ministers: the commission's meeting keeps its two states
    text = (
        "Trade Minister Ines Soto of Bolivia held talks with Paraguay's trade minister, Hugo Benitez, in Sucre on "
        "Friday. Both governments said a joint commission of senior officials would meet in Asuncion before the end "
        "of May to prepare a meeting of the two trade ministers."
    )
    record = extract(text, published="2026-03-12")
    assert ("meeting", "planned", {"Bolivia", "Paraguay"}) in contacts(record), contacts(record)
