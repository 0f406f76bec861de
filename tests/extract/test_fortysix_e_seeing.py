"""Round forty-six (e): seeing someone, as diplomats say of a call on a person, is meeting them (rule
contact.verb.saw-person); sight is not. Sentences written for these tests (names invented)."""

import pytest

from tests.conftest import events_with


def test_saw_a_titled_person_alone(extract):
    record = extract(
        "Ambassador Tomas Berg saw Chancellor Ilse Brandt alone in her office on Tuesday morning, an aide said.",
        published="2024-06-06",
    )
    (event,) = events_with(record, "Tomas Berg", "Ilse Brandt")
    assert event["status"] == "occurred"
    assert event["mode"] == "meeting"


def test_will_see_a_named_person(extract):
    record = extract(
        "Ambassador Tomas Berg will see Foreign Minister Rosa Lind at the ministry on Friday, his office said.",
        published="2024-06-06",
    )
    (event,) = events_with(record, "Tomas Berg", "Rosa Lind")
    assert event["status"] == "planned"


def test_is_to_see_the_minister(extract):
    record = extract(
        "Envoy Ana Ruiz arrived in Oslo on Thursday. She is to see the defence minister, Piet Smit, on Friday.",
        published="2024-06-06",
    )
    (event,) = events_with(record, "Ana Ruiz", "Piet Smit")
    assert event["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses saw Mayor Ada Moss leave the town hall by a side door on Monday.",
        "Voters saw President Lina Ortiz on television on Monday night.",
        "Captain Jon Hale said he had never seen Colonel Piet Smit before that night.",
        "Senator Ana Ruiz sees Chancellor Ilse Brandt as the stronger partner.",
        "The year 2019 saw Ana Ruiz rise to the top of the party.",
        "Senator Ana Ruiz said: “I saw him at the market on Monday.”",
    ],
)
def test_sight_is_no_meeting(extract, text):
    assert extract(text, published="2024-06-06")["events"] == []


def test_a_question_about_seeing_is_no_meeting(extract):
    record = extract(
        "Asked whether he had seen Governor Ana Ruiz, Senator Jon Hale said only that they knew each other.",
        published="2024-06-06",
    )
    assert events_with(record, "Ana Ruiz", "Jon Hale") == []
