"""Round forty-five (e): sides brought together, or sitting in one room, meet; tested on sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import events_with


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The Austrian envoy, Karl Weber, brought the Greek and Turkish negotiators together in Geneva on Monday.",
            ("Karl Weber",),
        ),
        (
            "The EU envoy, Henrik Aalto, kept the chief negotiators of Serbia and Kosovo, Ivan Ilic and Arben Gashi,"
            " at the same table for four hours on Monday.",
            ("Ivan Ilic", "Arben Gashi"),
        ),
        (
            "The UN envoy, Jan Berg, wants to get Georgian and Abkhaz negotiators into the same room before summer.",
            ("Jan Berg",),
        ),
        (
            "Mayor Dora Kaminski will bring Senator Paul Odera together with Governor Rita Lang at City Hall soon.",
            ("Paul Odera", "Rita Lang"),
        ),
    ],
)
def test_sides_brought_together_meet(extract, text, names):
    # contact.verb.brought-together
    record = extract(text, published="2024-06-03")
    (event,) = events_with(record, *names)
    assert event["mode"] in ("meeting", "multilateral")
    for other in (  # no sides brought together
        "The crisis brought the country together.",
        "She put the team together in a week.",
        "He kept the documents at the same table.",
    ):
        assert extract(other, published="2024-06-03")["events"] == []


def test_two_sitting_in_the_same_room_met(extract):
    # contact.verb.at-one-table: one room shared, as one table is
    record = extract(
        "Officials said Avi Rosen and Omar al-Amin had also sat in the same room for twenty minutes on Tuesday.",
        published="2024-06-03",
    )
    (event,) = events_with(record, "Avi Rosen", "Omar al-Amin")
    assert event["status"] == "occurred"
    alone = extract("The minister sat in the room all afternoon.", published="2024-06-03")
    assert alone["events"] == []
