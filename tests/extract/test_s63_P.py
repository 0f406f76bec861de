"""Session 63, helper P: contacts arranged, planned or possible, told in ways the extractor missed. A contact noun
whose participle of arranging carries its sides ("a call scheduled between X and Y"; rules party.on-its-arrangement,
contact.call-noun.arranged). Sentences written for these tests (names invented)."""

from tests.conftest import events_with

# --- party.on-its-arrangement, contact.call-noun.arranged ------------------------------------------------------


def test_call_scheduled_between_two_named_is_a_planned_call(extract):
    record = extract(
        "However a call scheduled between Foreign Secretary Ann Hale and Secretary Tom Ruiz on Monday is likely"
        " to cover fishing quotas.",
        published="2025-01-26",
    )
    (event,) = events_with(record, "Ann Hale", "Tom Ruiz")
    assert event["mode"] == "phone" and event["status"] == "planned"


def test_there_is_a_meeting_scheduled_between(extract):
    record = extract("There is a meeting scheduled between Foreign Minister Lena Ostrova and Secretary Piet Lund.")
    (event,) = events_with(record, "Lena Ostrova", "Piet Lund")
    assert event["mode"] == "meeting" and event["status"] == "planned"


def test_no_call_planned_with_someone_is_denied(extract):
    record = extract(
        "A spokesman for Prime Minister Ann Hale said there was no telephone call or meeting planned with Tom Ruiz."
    )
    (event,) = events_with(record, "Ann Hale", "Tom Ruiz")
    assert event["status"] == "denied"


def test_call_for_calm_is_still_a_request(extract):
    record = extract("Foreign Minister Ann Hale repeated her call for calm along the border with Tom Ruiz's army.")
    assert record["events"] == []


def test_call_scheduled_for_a_day_names_no_side_on_its_participle(extract):
    # the participle carries only a day: no side hangs on it, and a call with no one stays unread
    record = extract("A call scheduled for Monday was cancelled, officials said.")
    assert record["events"] == []
