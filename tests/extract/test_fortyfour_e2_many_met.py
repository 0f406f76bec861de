"""Round forty-four (e2): meeting "many" others in any tense names no contact in particular; tested on sentences
written for these tests (names invented)."""


def test_having_met_many_officials_is_no_contact(extract):
    # contact.habit.many-met: a perfect with an uncounted many
    record = extract("Bishop Tomas Reyes has met many public officials over the years.", published="2024-05-08")
    assert record["events"] == []


def test_numerous_mayors_met_beside_a_named_meeting_leave_it_alone(extract):
    # contact.habit.many-met: the vague many is dropped, the named meeting stays, without "numerous mayors" as a party
    record = extract(
        "Bishop Tomas Reyes met Mayor Lena Brandt in Bergen on Monday. He said he had met numerous mayors in the past.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    names = {a["name"] for a in record["actors"] if a["id"] in event["participants"]}
    assert names == {"Tomas Reyes", "Lena Brandt"}


def test_a_many_met_on_a_named_day_is_still_a_meeting(extract):
    # contact.habit.many-met takes only a many met on no particular day or occasion (review mend r3)
    record = extract("Bishop Tomas Reyes met various local mayors in Bergen on Monday.", published="2024-05-08")
    (event,) = record["events"]
    assert event["status"] == "occurred"
