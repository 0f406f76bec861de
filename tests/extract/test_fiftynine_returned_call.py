"""Round fifty-nine: "X returned Y's phone call" is a call between X and Y (rule party.returned-call); a call
from a paper, returned or not, is a reporter asking for comment, no contact. Sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import events_with


def test_returned_someones_phone_call(extract):
    record = extract("On Saturday, President Lena Maris returned Prime Minister Otto Brandl's phone call.")
    (event,) = events_with(record, "Lena Maris", "Otto Brandl")
    assert event["mode"] == "phone" and event["status"] == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Senator Ana Ruiz did not return calls from The Associated Press on Friday.",
        "Senator Ana Ruiz did not immediately return a phone call from Reuters seeking comment.",
        "Mayor Tom Reed did not answer calls from The Associated Press on Friday.",
        "A spokesman for Senator Ana Ruiz returned a call from The Associated Press on Friday but declined to comment.",
    ],
)
def test_calls_from_a_paper_are_no_contact(extract, text):
    record = extract(text)
    assert record["events"] == []


def test_returning_papers_is_no_contact(extract):
    record = extract("Chancellor Otto Brandl returned the signed treaty to President Lena Maris's office on Friday.")
    assert record["events"] == []
