"""Round forty-four (e2): "any meeting" is no meeting in particular, while "denied that any meeting took place"
still speaks of one; tested on sentences written for these tests (names invented)."""


def test_any_meeting_is_no_contact(extract):
    # contact.noun.any: a condition set on whatever meeting there may be
    record = extract(
        "Mayor Lisa Grant said any meeting with the developer Tom Reyes must not become a photo opportunity.",
        published="2024-05-08",
    )
    assert record["events"] == []
    # an offer to host any meeting names no meeting either
    record = extract("Qatar said it was ready to host any meeting between Sudan and Chad.", published="2024-05-08")
    assert record["events"] == []


def test_denying_that_any_meeting_took_place_still_denies(extract):
    # contact.noun.any does not take "denied that any meeting had taken place"
    record = extract(
        "Mayor Lisa Grant said any meeting with the developer Tom Reyes must not become a photo opportunity. "
        "Ambassador Karl Osei denied that any meeting with Jan Nowak had taken place.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert event["status"] == "denied"


def test_any_meeting_said_to_be_absent_is_still_spoken_of(extract):
    # contact.noun.any does not take "absent from the list was any meeting between X and Y": whether one happened
    record = extract(
        "Mayor Lisa Grant said any meeting with the developer Tom Reyes must not become a photo opportunity. "
        "Notably absent from the list was any meeting between Lu Wei and Ramon Cruz.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    names = {a["name"] for a in record["actors"] if a["id"] in event["participants"]}
    assert names == {"Lu Wei", "Ramon Cruz"}
