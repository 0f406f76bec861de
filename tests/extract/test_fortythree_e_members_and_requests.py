"""Round forty-three (e): members "from" a body stand as the body even where the parse hangs the "from" on the verb;
"should have met" is a reproach, no contact; a letter asking for a meeting asks whom it was written to. Tested on
sentences written for these tests (names invented)."""

import pytest

from tests.conftest import event_names


def test_officers_from_a_body_hung_on_the_verb(extract):
    # party.body-of-members-hung
    record = extract(
        "Campaigners met officers from the Marsh Drainage Board at the community centre on Thursday.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert "Marsh Drainage Board" in event_names(record, event)


@pytest.mark.parametrize("should_have", ["should have", "should've"])
def test_should_have_met_is_a_reproach_not_a_contact(extract, should_have):
    # contact.should-have: what someone should have done was not done
    record = extract(
        f"The opposition leader, Maria Holt, said the minister {should_have} met the families of the crew. "
        "Defence Minister Carl Berg met the families' lawyer, Ana Lobo, on Tuesday.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Carl Berg", "Ana Lobo"}


def test_a_letter_asking_for_a_meeting_names_whom_it_asks(extract):
    # party.written-to: the one written to is asked for the meeting, which is only requested
    record = extract(
        "The union leader, Ola Dahl, had written to the chief executive, Carl Berg, on Monday asking for an urgent "
        "meeting.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["status"] == "hypothetical"
    assert event_names(record, event) == {"Ola Dahl", "Carl Berg"}


def test_asking_to_see_someone_asks_for_a_meeting(extract):
    # contact.verb.asked-to-see
    record = extract(
        "During her visit to Lima, Trade Minister Ana Ruiz also asked to see the Peruvian prime minister, Jorge "
        "Vidal, but was told he was travelling.",
        published="2024-04-10",
    )
    seen = [e for e in record["events"] if {"Ana Ruiz", "Jorge Vidal"} <= event_names(record, e)]
    assert seen and seen[0]["status"] == "hypothetical"


def test_a_message_from_one_capital_to_another_goes_between_the_states(extract):
    # contact.message-capital-to-capital
    record = extract(
        "In the spring of 1971 the Romanian diplomat Ion Popa carried a message from Washington to Beijing.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert {"Ion Popa", "United States", "China"} <= event_names(record, event)


def test_an_afternoon_spent_with_officials_of_a_body(extract):
    # contact.verb.spent-with-members
    record = extract(
        "Governor Paul Otieno spent the afternoon with officials of the Kenyan Agency for Investment.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "meeting"
    assert event_names(record, event) == {"Paul Otieno", "Kenyan Agency for Investment"}
