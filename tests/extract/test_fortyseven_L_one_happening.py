"""Round forty-seven (helper L): one happening told twice must stay one event. A contact noun that says nothing of
how it was held ("had no conversation with") retells a call of the same people (rule merge.conversation-of-a-call);
a purpose the parser hangs on the copula of "is due in" is the trip's talks (rule merge.purpose-beside-the-trip).
Sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

CALL = "The Finnish president, Olli Rantanen, spoke by telephone on Tuesday with Polish Prime Minister Jan Kowal. "


def _events(record: dict[str, Any]) -> list[tuple[str, str, set[str]]]:
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


def test_a_conversation_denied_is_the_call_reported(extract):
    record = extract(
        CALL + "The government press office said that Rantanen has had no conversation with Mr. Kowal this month.",
        published="2026-03-12",
    )
    events = _events(record)
    assert len(events) == 1, events
    assert events[0][0] == "phone", events


def test_any_contact_denied_is_the_call_reported(extract):
    record = extract(
        CALL.replace(". ", ", a news site reported. ", 1)
        + "Kowal's office denied that there had been any contact with Rantanen this week.",
        published="2026-03-12",
    )
    assert [(e[0], e[1]) for e in _events(record)] == [("phone", "denied")], _events(record)


def test_talks_after_a_call_are_a_meeting_of_their_own(extract):
    record = extract(CALL + "Rantanen held talks with Kowal in Warsaw on Friday.", published="2026-03-12")
    # the Finnish president went to Warsaw for them: a visit (rule mode.talks-in-the-hosts-country)
    assert sorted(e[0] for e in _events(record)) == ["phone", "visit"], _events(record)


def test_a_conversation_in_person_is_no_call(extract):
    record = extract(
        CALL + "A week earlier Rantanen had a long conversation in person with Kowal in Warsaw.",
        published="2026-03-12",
    )
    assert len(_events(record)) == 2, _events(record)


def test_due_in_a_city_to_meet_someone_is_one_visit(extract):
    record = extract(
        "The Dutch foreign minister, Anna de Wit, is due in Lisbon on Monday to meet Pedro Santos ahead of the "
        "June summit, an official said.",
        published="2026-03-12",
    )
    events = _events(record)
    assert len(events) == 1, events
    mode, _, parties = events[0]
    assert mode == "visit" and {"Anna de Wit", "Pedro Santos"} <= parties, events
    assert record["events"][0]["date"]["value"] == "2026-03-16", record["events"][0]["date"]


def test_due_in_a_city_while_another_meets_is_not_the_trip(extract):
    record = extract(
        "The Dutch foreign minister, Anna de Wit, is due in Lisbon on Monday, while her deputy will meet Pedro "
        "Santos in Madrid.",
        published="2026-03-12",
    )
    assert len(_events(record)) == 2, _events(record)
