"""Round forty-six: coming home from a visit is no visit home, and the one who comes back made the visit;
tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_returning_home_from_a_visit_is_the_visit_abroad(extract):
    # contact.travel.returned-home, party.back-from-a-visit
    record = extract(
        "President Ana Lobo returned to Lisbon on Sunday from a three-day visit to Brazil.", published="2024-06-05"
    )
    (event,) = record["events"]
    assert event["mode"] == "visit"
    assert event_names(record, event) == {"Ana Lobo", "Brazil"}
    assert event["place"]["name"] == "Brazil"


def test_an_official_of_another_state_returning_to_a_capital_visits_it(extract):
    record = extract("Kenyan Foreign Minister Rose Wanjiru returned to London on Monday.", published="2024-06-05")
    (event,) = record["events"]
    assert event["place"]["name"] == "London"


def test_returning_to_a_capital_with_no_country_told_is_going_home(extract):
    record = extract("Foreign Minister Rui Vaz returned to Lisbon on Sunday.", published="2024-06-05")
    assert record["events"] == []
