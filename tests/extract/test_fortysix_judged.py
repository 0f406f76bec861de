"""Round forty-six: a verdict on a contact ("the talks were not useful") is no denial of it; tested on sentences
written for these tests (names invented)."""

from tests.conftest import events_with


def test_talks_said_not_useful_were_held(extract):
    # status.judged: the office's verdict confirms the talks took place
    record = extract(
        "President Ana Lobo met Prime Minister Ivo Rand on Monday. Lobo's office said the talks were not useful.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ana Lobo", "Ivo Rand")
    assert event["status"] == "occurred"
    assert all(c["status"] != "denied" for c in event["confirmations"])


def test_talks_to_come_judged_stay_planned(extract):
    record = extract(
        "President Ana Lobo will meet Prime Minister Ivo Rand next week. Lobo said the talks would not be easy.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ana Lobo", "Ivo Rand")
    assert event["status"] == "planned"


def test_a_meeting_said_not_likely_is_still_denied(extract):
    record = extract(
        "A meeting between President Ana Lobo and Prime Minister Ivo Rand is not likely before June.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ana Lobo", "Ivo Rand")
    assert event["status"] == "denied"


def test_a_call_said_not_real_is_denied(extract):
    record = extract(
        "Sara Moss said Ivo Rand telephoned Ana Lobo on Monday. Lobo's lawyer said the call was not real.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ana Lobo", "Ivo Rand")
    assert any(c["status"] == "denied" for c in event["confirmations"]) or event["status"] == "denied"
