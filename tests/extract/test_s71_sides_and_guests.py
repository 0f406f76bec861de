"""A go-between who "brought" two sides "together" (rule contact.verb.brought-together); a title joined to a first
party whose name the parse hung on that party (rule party.title-of-misplaced-name); the guest of honour at an
occasion hosted by a person (rule contact.host.attended-occasion); a record number of tourists visiting (rule
contact.visit.a-crowd). Session 71, on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_bringing_the_feuding_sides_together_is_a_mediated_meeting(extract):
    record = extract("Church mediators from Spain brought the feuding sides together in Madrid at the end of May.")
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert "feuding sides" in event_names(record, event)


def test_bringing_two_named_leaders_together_is_a_mediated_meeting(extract):
    record = extract(
        "Foreign Minister Lena Park brought together President Ana Ruiz and Chancellor Greta Lind in Oslo last week."
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert event_names(record, event) == {"Lena Park", "Ana Ruiz", "Greta Lind"}


def test_bringing_a_crowd_together_is_no_contact(extract):
    record = extract("The harbour festival brought together thousands of fans and dozens of bands on Saturday.")
    assert record["events"] == []


def test_bringing_experts_together_is_no_contact(extract):
    record = extract("The foundation brought together experts from twenty countries in Lisbon.")
    assert record["events"] == []


def test_a_title_before_a_name_hung_on_the_first_party_is_no_one_else(extract):
    record = extract("The envoy met President Ana Ruiz and rebel leader Omar Haddad in Oslo last week.")
    (event,) = record["events"]
    assert event_names(record, event) == {"envoy", "Ana Ruiz", "Omar Haddad"}
    assert "rebel leader" not in {a["name"] for a in record["actors"]}


def test_a_described_second_party_with_no_name_after_it_stays(extract):
    record = extract("The envoy met President Ana Ruiz and her deputy in Oslo last week.")
    (event,) = record["events"]
    assert "her deputy" in event_names(record, event)


def test_a_gathering_that_brings_leaders_together_is_not_their_go_between(extract):
    record = extract(
        "Delegations arrived for the forum, which brings together President Ana Ruiz and Chancellor Greta Lind for "
        "two days in Lisbon."
    )
    assert all(e["mode"] != "third-party" for e in record["events"])


def test_bringing_sides_together_for_a_meeting_is_that_meeting_once(extract):
    record = extract(
        "Foreign Minister Lena Park brought together President Ana Ruiz and Chancellor Greta Lind for a closed-door "
        "meeting on Saturday."
    )
    assert len(record["events"]) == 1


def test_the_guest_of_honour_at_a_banquet_meets_its_host(extract):
    record = extract(
        "Prime Minister Tom Avery was the guest of honour at a state banquet hosted by President Ana Ruiz on Monday."
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Tom Avery", "Ana Ruiz"}


def test_a_guest_at_a_dinner_hosted_by_an_embassy_meets_no_one(extract):
    record = extract("Prime Minister Tom Avery was a guest at a dinner hosted by the embassy on Monday.")
    assert record["events"] == []


def test_a_record_number_of_tourists_visiting_is_no_contact(extract):
    record = extract("A record number of tourists visited the Seychelles over Easter.")
    assert record["events"] == []


def test_a_number_of_senators_visiting_is_a_visit(extract):
    record = extract("A number of US senators visited Kyiv on Sunday.")
    assert [e["mode"] for e in record["events"]] == ["visit"]
