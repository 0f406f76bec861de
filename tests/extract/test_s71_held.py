"""Contacts told as held by their ending (rule status.ended-held) or by someone coming out of them (rule
party.left-the-talks, "emerged from"), and a time clause inside a clause to come (rule
status.time-clause-backshifted). Session 71, on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def statuses(record: dict) -> list[str]:
    return [e["status"] for e in record["events"]]


def test_leaders_who_ended_their_summit_had_held_it(extract):
    record = extract("Estonian and Latvian leaders ended their summit meeting in Tartu yesterday without a deal.")
    assert statuses(record) == ["occurred"]


def test_negotiators_who_have_ended_their_talks_had_held_them(extract):
    record = extract("Union negotiators have ended their talks with the port employers after two days in Hull.")
    assert statuses(record) == ["occurred"]


def test_a_visit_of_a_stated_length_ended_was_made(extract):
    record = extract("President Ana Ruiz ended a three-day visit to Laos on Friday.")
    assert statuses(record) == ["occurred"]


def test_a_threat_to_end_talks_is_still_a_breaking_off(extract):
    record = extract("The rebels threatened to end their talks with the government.")
    assert statuses(record) == ["denied"]


def test_talks_ended_by_one_side_stay_broken_off(extract):
    record = extract("The rebels ended the talks with the government on Monday.")
    assert statuses(record) == ["denied"]


def test_two_leaders_who_emerged_from_a_meeting_held_it(extract):
    record = extract(
        "President Ana Ruiz and Chancellor Greta Lind emerged from a daylong meeting on Saturday night to announce "
        "a deal."
    )
    (event,) = record["events"]
    assert event["status"] == "occurred"
    assert event_names(record, event) == {"Ana Ruiz", "Greta Lind"}


def test_someone_who_emerged_from_a_building_met_no_one(extract):
    record = extract("President Ana Ruiz emerged from the palace on Saturday night to greet the crowd.")
    assert record["events"] == []


def test_a_time_clause_hung_inside_a_clause_to_come_is_to_come(extract):
    record = extract(
        "President Luis Ortega said that he would discuss how the two states could trade more when he met "
        "President-elect Jorge Paz later on Friday."
    )
    assert statuses(record) == ["planned"]


def test_a_time_clause_inside_a_past_report_is_held(extract):
    record = extract(
        "President Luis Ortega said the two states could trade more when he met President-elect Jorge Paz on Monday."
    )
    assert statuses(record) == ["occurred"]


def test_a_past_meeting_in_a_time_clause_under_will_was_held(extract):
    record = extract(
        "Prime Minister Tashi Dorji will hold talks with President Anil Rao on Wednesday. It will be their first "
        "meeting after they met in Thimphu in May.",
        published="2008-07-14",
    )
    held = [e for e in record["events"] if event_names(record, e) >= {"Tashi Dorji", "Anil Rao"}]
    assert sorted(e["status"] for e in held) == ["occurred", "planned"]
