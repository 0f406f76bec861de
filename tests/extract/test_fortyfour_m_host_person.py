"""Round forty-four: the state a contact took place in is a party only while no one of that state is named among
its parties (party.host-person-named). Tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_a_named_host_replaces_the_state_of_the_place(extract):
    record = extract(
        "Foreign Minister Katrin Vogler will travel to Ankara next month for talks with Turkish Foreign Minister "
        "Selim Aydin.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Katrin Vogler", "Selim Aydin"}


def test_with_no_host_named_the_state_stays_the_other_side(extract):
    record = extract("Defence Minister Tomas Varga visited Kyiv on Wednesday.", published="2024-04-10")
    (event,) = record["events"]
    assert event_names(record, event) == {"Tomas Varga", "Ukraine"}


def test_a_host_of_another_state_leaves_the_state_in_place(extract):
    record = extract(
        "Foreign Minister Katrin Vogler travelled to Ankara on Monday for talks with the Syrian envoy, Omar Haddad.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert {"Katrin Vogler", "Omar Haddad"} <= event_names(record, event)
