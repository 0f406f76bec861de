"""Round fifty-nine: "X returned (answered) Y's phone call" is a call between X and Y (holding verbs "return" and
"answer"). Sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_returned_someones_phone_call(extract):
    record = extract("On Saturday, President Lena Maris returned Prime Minister Otto Brandl's phone call.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["mode"] == "phone" and event["status"] == "occurred"


def test_answered_a_call_from_someone(extract):
    record = extract("Chancellor Otto Brandl answered a call from President Lena Maris late on Friday.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["mode"] == "phone"


def test_returning_papers_is_no_contact(extract):
    record = extract("Chancellor Otto Brandl returned the signed treaty to President Lena Maris's office on Friday.")
    assert record["events"] == []
