"""Round forty-six (e): a body two states share, meeting with no state named in its name ("a joint commission that
would meet in Lima", "a working group will meet", "the commission met" after "the joint commission"), is a meeting
of the two states of the contact told just before (rule party.shared-body-meets). Sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import events_with

TALKS = "Peru's foreign minister, Ana Soto, held talks in Quito on Monday with Ecuador's foreign minister, Luis Mora. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers agreed to set up a joint border commission that would meet in Tumbes next month.",
        "A statement said a working group would meet in Tumbes next month to draft the accord.",
        "Both sides agreed to create a technical commission, which will meet in Tumbes next month.",
    ],
)
def test_a_shared_body_meeting_is_the_two_states_meeting(extract, sentence):
    record = extract(TALKS + sentence, published="2024-06-05")
    (event,) = [e for e in events_with(record, "Peru", "Ecuador") if e["status"] == "planned"]
    assert event["mode"] == "meeting"


def test_the_commission_after_a_joint_one(extract):
    record = extract(
        TALKS + "Fishing quotas are set by the joint fisheries commission. The commission will meet in Tumbes in May.",
        published="2024-06-05",
    )
    assert [e for e in events_with(record, "Peru", "Ecuador") if e["status"] == "planned"]


@pytest.mark.parametrize(
    "text",
    [
        # one side's body, or one named as a body of its own
        TALKS + "The Senate's foreign affairs committee will meet in Lima next month.",
        TALKS + "The Electoral Commission will meet in Lima next month.",
        # a body that is no shared one, and a shared one with no contact of two states told before it
        TALKS + "The commission will meet in Lima next month.",
        "A joint commission will meet in Lima next month, officials said.",
    ],
)
def test_no_shared_body_no_meeting_of_states(extract, text):
    record = extract(text, published="2024-06-05")
    assert not [e for e in events_with(record, "Peru", "Ecuador") if e["status"] == "planned"]
