"""Round fifty-nine: a teleconference, a videoconference and a videocall are calls in themselves.

"X and Y held a teleconference on Monday" was rejected as a 'call' with no party (the noun was not in the
vocabulary, then not a phone word of its own). Sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_teleconference_of_two_named_leaders(extract):
    record = extract("Prime Minister Sok Vanna and General Aung Min Thet held a teleconference on Monday.")
    (event,) = events_with(record, "Sok Vanna", "Aung Min Thet")
    assert event["mode"] == "phone"


def test_videoconference_with_someone(extract):
    record = extract("President Lena Maris held a videoconference with Chancellor Otto Brandl on Friday.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["mode"] == "phone"


def test_teleconference_for_investors_is_no_contact(extract):
    record = extract("Northwind Holdings will hold a teleconference for investors on Monday.")
    assert record["events"] == []


def test_a_difficult_call_is_still_no_contact(extract):
    record = extract("Choosing the new governor was a difficult call, Prime Minister Sok Vanna said.")
    assert record["events"] == []
