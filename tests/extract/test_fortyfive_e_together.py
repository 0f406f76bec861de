"""Round forty-five (e): two sitting in one room meet, as at one table; tested on sentences written for these tests
(names invented)."""

from tests.conftest import events_with


def test_two_sitting_in_the_same_room_met(extract):
    # contact.verb.at-one-table: one room shared, as one table is; one sitting in a room met no one
    record = extract(
        "Officials said Avi Rosen and Omar al-Amin had also sat in the same room for twenty minutes on Tuesday.",
        published="2024-06-03",
    )
    (event,) = events_with(record, "Avi Rosen", "Omar al-Amin")
    assert event["status"] == "occurred"
    alone = extract("The minister sat in the room all afternoon.", published="2024-06-03")
    assert alone["events"] == []
