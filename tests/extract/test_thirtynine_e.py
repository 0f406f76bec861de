"""Contacts from round thirty-nine (helper e): the parties of a contact, where the gate's contacts were missed or
matched with the wrong parties; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str, set[str]]]:
    """Each event's mode and the names of its parties."""
    return [(e["mode"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Peru and Chile have clashed over fishing rights for a decade. The two sides met in Arica on Tuesday.",
            {"Peru", "Chile"},
        ),
        (
            "The Dockworkers Union and the Port Authority have been at odds over wages since March. Both sides held "
            "talks on Monday.",
            {"Dockworkers Union", "Port Authority"},
        ),
        (
            "Armenia accused Azerbaijan of shelling border villages. The two sides held talks in Vienna on Monday.",
            {"Armenia", "Azerbaijan"},
        ),
        (
            "Publicly, Saudi Arabia and Iran are still trading accusations over the attacks. Privately, the two "
            "rivals have been talking for weeks.",
            {"Saudi Arabia", "Iran"},
        ),
        (
            "The Harbour Board and the Dockers Union have argued about pay since May. The two organisations will "
            "meet on Friday.",
            {"Harbour Board", "Dockers Union"},
        ),
    ],
)
def test_the_two_sides_are_those_just_named_together(extract, text, sides):
    # party.sides-named-together: no contact told before, so the pair the text just named
    record = extract(text, published="2026-03-12")
    assert [s for _, s in contacts(record)] == [sides], contacts(record)


def test_a_pair_describing_others_is_not_the_two_sides(extract):
    # "with OSCE and EU observers present": the observers, not two sides; the sides are the pair who met
    record = extract(
        "Karl Larsen and Ivan Holm met in Bergen with OSCE and EU observers present. Both sides said the talks "
        "went well.",
        published="2026-03-12",
    )
    assert [s for _, s in contacts(record)] == [{"Karl Larsen", "Ivan Holm"}], contacts(record)


@pytest.mark.parametrize(
    "text",
    [
        "Algeria and Morocco have feuded over the border for decades. The Tunisian foreign minister, Habib Ben "
        "Salah, has been shuttling between the two capitals since the spring.",
        "Algeria and Morocco quarrelled over the border. The Nigerian envoy, Musa Bello, carried messages between "
        "the two governments last week.",
    ],
)
def test_a_go_between_carries_between_the_two_states(extract, text):
    # party.the-two-states: "the two capitals" stand for the states, though read before as a group of their own
    record = extract(text, published="2026-03-12")
    assert ("third-party", {"Algeria", "Morocco"}) in [
        (m, s - {"Habib Ben Salah", "Musa Bello"}) for m, s in contacts(record)
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Minister Carl Holm flew to Bergen on Tuesday and met leaders of the local fishermen's federation.",
            "local fishermen's federation",
        ),
        (
            "The Harbour Association of Teachers wants a raise. Governor Paul Reyes said he would meet with leaders "
            "of the association in Savannah on Saturday.",
            "Harbour Association of Teachers",
        ),
        (
            "Minister Aleks Voronin travelled to St Petersburg in late August to meet officials of the Leningrad "
            "regional government.",
            "Leningrad regional government",
        ),
    ],
)
def test_members_of_a_body_stand_as_the_body(extract, text, body):
    # party.body-of-members: the body the members belong to is the party met, not "leaders"
    record = extract(text, published="2026-03-12")
    (parties,) = [s for _, s in contacts(record)]
    assert body in parties and not parties & {"leaders", "officials"}, contacts(record)


def test_members_of_a_foreign_body_stay_one_side_with_their_state(extract):
    # the body takes the group's state: the officers and the United Kingdom are one side, and no one met them
    record = extract("The officers of the British military administration met at Jijiga.", published="1950-03-12")
    assert contacts(record) == [], contacts(record)
    bodies = [(a["name"], a["country"]) for a in record["actors"] if a["kind"] == "organization"]
    assert bodies == [("British military administration", "GBR")], record["actors"]  # the rule did read the body
