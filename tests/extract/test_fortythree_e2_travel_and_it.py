"""Round forty-three (e2): journeys made "at the invitation of" someone, and a reported "it" that stands for the
body or state reporting; tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_travelling_at_someones_invitation_is_a_visit_to_them(extract):
    # contact.travel.at-invitation with party.invited-by: the inviter receives the traveller
    record = extract(
        "The novelist Lena Brandt travelled to Bergen on Monday at the invitation of Mayor Erik Dahl.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert event["mode"] == "visit"
    assert {"Lena Brandt", "Erik Dahl"} <= event_names(record, event)


def test_at_a_possessive_invitation_the_inviter_receives(extract):
    # party.invited-by: "at X's invitation"
    record = extract(
        "Foreign Minister Jorge Vidal, who flew to Quito on Wednesday at President Rosa Paredes's invitation, "
        "declined to comment.",
        published="2024-05-10",
    )
    (event,) = record["events"]
    assert {"Jorge Vidal", "Rosa Paredes"} <= event_names(record, event)


def test_a_reported_it_is_the_reporting_state(extract):
    # party.it-reporter: "Ghana said it had held talks with Togo"
    record = extract(
        "Ghana said on Monday that it had held talks with Burkina Faso on the northern border.",
        published="2024-05-07",
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Ghana", "Burkina Faso"}


def test_a_reported_it_is_the_reporting_union(extract):
    # party.it-reporter: a body's "it" asked for the meeting
    record = extract(
        "The Harbour Pilots' Association said it had asked for a meeting with Transport Minister Karin Dahl.",
        published="2024-05-07",
    )
    (event,) = record["events"]
    assert "Karin Dahl" in event_names(record, event)
    assert any("Pilots" in name for name in event_names(record, event))
    # a person's "it" is some thing, not a party
    record = extract("Transport Minister Karin Dahl said it had met every safety rule.", published="2024-05-07")
    assert record["events"] == []
