"""Round forty-two (e): go-betweens who carry letters, proposals or drafts between two sides, not only "messages";
tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_carrying_letters_between_two_sides_is_a_go_between(extract):
    # contact.verb.go-between: what is carried may be letters, not only messages
    record = extract(
        "The retired bishop, Mark Otieno, carried letters between the governor, Paul Wekesa, and the rebel "
        "commander, John Barasa, for most of March.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert event_names(record, event) == {"Mark Otieno", "Paul Wekesa", "John Barasa"}


def test_relaying_drafts_between_a_union_and_a_company(extract):
    # contact.verb.go-between: "relayed drafts"; the drafts are no party (not_people)
    record = extract(
        "The labour lawyer Ana Lobo relayed drafts between the dockers' union and the port company for weeks.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert "drafts" not in " ".join(event_names(record, event))
