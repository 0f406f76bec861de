"""Round fifty-three (lead): a meeting with a party its own sentence calls a guest ("met visiting Prime Minister
X") is the guest's visit (rule mode.guest-visiting), and a meeting held during someone's visit is the visit (rule
mode.during-a-visit); one only hoped for during a visit stays a meeting. Counted before writing: the labellers of
three real sets gave "visit" to every such contact (six of six). Sentences written for these tests (names
invented)."""

from tests.conftest import actor_of


def _one(record: dict) -> dict:
    (event,) = record["events"]
    return event


def test_a_meeting_with_a_visiting_guest_is_the_guests_visit(extract):
    record = extract("President Omar Halabi met visiting Prime Minister Lena Marsh in Cairo on Monday.")
    event = _one(record)
    assert event["mode"] == "visit"
    assert [actor_of(record, p)["name"] for p in event["actor"]] == ["Lena Marsh"]
    assert [actor_of(record, p)["name"] for p in event["recipient"]] == ["Omar Halabi"]


def test_a_meeting_held_during_a_visit_is_the_visit(extract):
    for text in (
        "During her visit to Accra, Foreign Minister Ana Ruiz met President John Mahama.",
        "Envoy Carl Berg held talks with President Michel Haddad during his visit to Beirut in December.",
    ):
        assert _one(extract(text, published="2024-03-02"))["mode"] == "visit", text


def test_a_meeting_only_hoped_for_during_a_visit_stays_a_meeting(extract):
    record = extract(
        "Minister Ana Ruiz had hoped to meet the fishermen's leader Tomas Vidal during the visit.",
        published="2024-03-02",
    )
    assert all(e["mode"] == "meeting" for e in record["events"])


def test_visiting_in_a_clause_after_a_name_makes_no_guest(extract):
    record = extract(
        "President Omar Halabi, who had earlier greeted visiting students, met Prime Minister Lena Marsh in Cairo on "
        "Monday."
    )
    assert _one(record)["mode"] == "meeting"


def test_a_meeting_during_another_ones_visit_stays_a_meeting(extract):
    record = extract(
        "During the Pope's visit to Beirut, President Michel Aoun met Prime Minister Najib Mikati.",
        published="2024-03-02",
    )
    assert _one(record)["mode"] == "meeting"
