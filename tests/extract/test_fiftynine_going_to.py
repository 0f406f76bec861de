"""Round fifty-nine: "be going to" with a contact verb right after it is the future (rule status.going-to), not
the purpose of a journey under way, which read it as ongoing. Sentences written for these tests (names
invented)."""

from tests.conftest import events_with


def test_are_going_to_meet_is_planned(extract):
    record = extract("President Lena Maris and Chancellor Otto Brandl are going to meet in Lima next week.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["status"] == "planned"


def test_is_going_to_visit_is_planned(extract):
    record = extract("President Lena Maris is going to visit Lima next week.")
    (event,) = record["events"]
    assert event["mode"] == "visit" and event["status"] == "planned"


def test_going_somewhere_to_meet_is_still_the_journey(extract):
    # "is going to Lima to meet X": the trip is under way, the meeting its purpose, as before
    record = extract("President Lena Maris is going to Lima to meet Chancellor Otto Brandl.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["status"] == "ongoing"
