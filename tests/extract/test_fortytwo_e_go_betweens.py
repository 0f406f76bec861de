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


def test_with_a_state_as_facilitator_is_a_go_between(extract):
    # party.brokered-by: "with Norway as facilitator" joins the talks' sides as their go-between
    record = extract(
        "Formal talks between the government and the rebels could resume in Oslo next month, with Norway as "
        "facilitator.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert "Norway" in event_names(record, event)


def test_under_the_auspices_of_a_body_is_a_go_between(extract):
    # party.brokered-by: "under the auspices of X", "under UN auspices"
    record = extract(
        "Foreign Minister Ana Ruiz and her Chilean counterpart, Jorge Vidal, met in Geneva under the auspices of "
        "the Carter Centre on Monday.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert {"Ana Ruiz", "Jorge Vidal", "Carter Centre"} <= event_names(record, event)


def test_a_state_mediated_talks_have_the_state_as_go_between(extract):
    # party.brokered-by and party.demonym-state: "Kenyan-mediated talks" are mediated by Kenya
    record = extract(
        "Somali and Ethiopian officials held a second day of Kenyan-mediated talks in Nairobi on Wednesday.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "third-party"
    assert {"Kenya", "Somalia", "Ethiopia"} <= event_names(record, event)
