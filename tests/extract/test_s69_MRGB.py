"""Contacts told on different occasions are not merged into one (session 69, helper MRGB): two contacts of the same
people each told on a day of its own, and not the same day, are two (rule merge.other-day), except a meeting of a
traveller's joining a trip told with no one met, which keeps the meeting's day (rule merge.trip-meeting-day); a
contact told as the one before ("the last time …", "last met …") is an earlier occasion, neither the purpose of a
trip told beside it nor the story's own contact (rule merge.the-last-time). On sentences written for these tests
(names invented)."""

from tests.conftest import event_names

PUBLISHED = "2024-05-10"


def dated(record: dict, *people: str) -> list[str | None]:
    """The dates of the events that take in all of ``people``."""
    return [(e.get("date") or {}).get("value") for e in record["events"] if set(people) <= event_names(record, e)]


def test_two_meetings_on_days_one_apart_are_two(extract):
    r = extract(
        "Foreign Minister Ana Lind held talks with Trade Minister Carlos Ruiz in Lima on Monday. "
        "Lind met Ruiz in Lima on Tuesday to sign the fishing pact.",
        published=PUBLISHED,
    )
    assert sorted(dated(r, "Ana Lind", "Carlos Ruiz")) == ["2024-05-06", "2024-05-07"]


def test_a_meeting_joining_a_trip_keeps_its_own_day(extract):
    r = extract(
        "Envoy Lars Brek arrived in Hanoi on Monday. Brek met Deputy Minister Tran Vu on Tuesday.",
        published=PUBLISHED,
    )
    assert dated(r, "Lars Brek", "Tran Vu") == ["2024-05-07"]


def test_a_retelling_with_no_day_of_its_own_still_joins(extract):
    r = extract(
        "Foreign Minister Ana Lind met Trade Minister Carlos Ruiz in Lima on Monday. "
        "The two ministers' meeting lasted two hours.",
        published=PUBLISHED,
    )
    assert dated(r, "Ana Lind", "Carlos Ruiz") == ["2024-05-06"]


def test_talks_told_ending_on_the_next_day_are_the_same_talks(extract):
    r = extract(
        "Foreign Minister Ana Lind began talks with Trade Minister Carlos Ruiz in Lima on Monday. "
        "The talks, which ended on Tuesday, covered fishing rights.",
        published=PUBLISHED,
    )
    assert len(dated(r, "Ana Lind", "Carlos Ruiz")) == 1


def test_the_last_time_two_met_is_not_the_story_s_meeting(extract):
    r = extract(
        "Foreign Minister Ana Lind met Trade Minister Carlos Ruiz in Quito on Wednesday. "
        "The last time Lind met with Ruiz was in March in Lima.",
        published=PUBLISHED,
    )
    assert sorted(dated(r, "Ana Lind", "Carlos Ruiz")) == ["2024-03", "2024-05-08"]


def test_a_past_meeting_told_as_the_last_is_no_purpose_of_a_visit(extract):
    r = extract(
        "Prime Minister Ravi Menon is visiting Moscow this week, as President Ivan Sokol and the Indian leader last "
        "met in Delhi in July.",
        published=PUBLISHED,
    )
    statuses = {e["status"] for e in r["events"] if {"Ivan Sokol", "Ravi Menon"} <= event_names(r, e)}
    assert statuses == {"occurred"}
    assert "2023-07" in dated(r, "Ivan Sokol", "Ravi Menon")


def test_the_talks_of_the_last_visit_stay_with_that_visit(extract):
    r = extract(
        "Prime Minister Ravi Menon met President Ivan Sokol in Delhi on Wednesday. "
        "Sokol last visited Delhi in March, when he held talks with Menon.",
        published=PUBLISHED,
    )
    assert sorted(dated(r, "Ivan Sokol", "Ravi Menon")) == ["2024-03", "2024-05-08"]
