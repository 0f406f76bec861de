"""mode.met-abroad: a trip to a third country to meet someone there is the meeting, held abroad."""

from tests.conftest import actor_of


def parties(record, event):
    return sorted(actor_of(record, p)["name"] for p in event["participants"])


def test_a_trip_to_a_third_country_to_meet_a_minister_is_a_meeting_there(extract):
    record = extract(
        "Chilean President Ana Cruz flew to Geneva on Monday to meet the Iranian foreign minister, Ali Bagheri.",
        published="2026-03-12",
    )
    (event,) = record["events"]
    assert event["mode"] == "meeting"
    assert event["place"]["name"] == "Geneva"
    assert "Switzerland" not in parties(record, event)


def test_a_trip_retold_as_a_meeting_with_someone_of_another_state_is_one_meeting(extract):
    record = extract(
        "The summit reminded her of President Alvarez's trip to Vienna in 1979, and of the meeting between Alvarez"
        " and Soviet leader Leonid Brezhnev.",
        published="2016-09-06",
    )
    (event,) = record["events"]
    assert event["mode"] == "meeting"
    assert parties(record, event) == ["Alvarez", "Leonid Brezhnev"]


def test_a_trip_that_meets_its_hosts_stays_a_visit(extract):
    record = extract(
        "Chilean President Ana Cruz visited Kenya on Monday and met President William Ruto in Nairobi.",
        published="2026-03-12",
    )
    (event,) = record["events"]
    assert event["mode"] == "visit"


def test_a_trip_to_meet_a_group_of_no_state_stays_a_visit(extract):
    record = extract("Chilean President Ana Cruz flew to Geneva on Monday to meet aid workers.", published="2026-03-12")
    assert [e["mode"] for e in record["events"]] == ["visit"]
