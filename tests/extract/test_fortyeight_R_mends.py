"""Round forty-eight, mender R: a coming told with "'ll" or "won't" is a coming ahead, as with "will" or "would not"
(rule contact.travel.coming-abroad); one of a consulate is a diplomat posted where he meets, as one of an embassy
is (rule mode.talks-in-the-hosts-country). Sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of


def _events(record: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """Each event as its mode, status and its parties' names."""
    return [
        (e["mode"], e["status"], sorted(actor_of(record, p)["name"] for p in e["participants"]))
        for e in record["events"]
    ]


def test_an_official_who_says_she_will_come_to_a_capital_abroad_visits(extract):
    record = extract(
        "The Danish trade minister, Karin Lund, said she'll come to Tallinn in September.", published="2026-03-04"
    )
    assert _events(record) == [("visit", "planned", ["Estonia", "Karin Lund"])]


def test_an_official_who_wont_come_to_a_capital_abroad_is_a_visit_denied(extract):
    record = extract(
        "The Danish trade minister, Karin Lund, won't come to Tallinn in September.", published="2026-03-04"
    )
    assert _events(record) == [("visit", "denied", ["Estonia", "Karin Lund"])]


def test_one_of_a_consulate_meeting_a_mayor_in_his_city_is_a_meeting(extract):
    record = extract(
        "The Hungarian consulate's head of trade, Peter Nagy, met Porto Mayor Ana Costa in Porto on Tuesday.",
        published="2026-03-04",
    )
    assert [mode for mode, _, _ in _events(record)] == ["meeting"]
