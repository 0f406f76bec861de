"""Round forty-five (p): who received a visitor or met a minister when the article names the host by an office
alone; tested on sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_a_state_presidents_office_named_by_a_possessive_is_that_state(extract):
    # party.unnamed-holder-state: "Peru's president" is never named, so Peru is the side
    record = extract(
        "Trade Minister Ana Ruiz said on Monday that she had been received by Peru's president last week.",
        published="2024-04-10",
    )
    assert events_with(record, "Ana Ruiz", "Peru")


def test_an_unnamed_minister_of_a_state_has_his_state_beside_him(extract):
    # party.unnamed-holder-state: "Latvia's interior minister" is never named
    record = extract(
        "Interior Minister Karl Brandt said he had spoken by phone with Latvia's interior minister on Monday.",
        published="2024-04-10",
    )
    assert events_with(record, "Karl Brandt", "Latvia")


def test_the_president_of_a_state_in_an_of_phrase_is_that_state(extract):
    # party.unnamed-holder-state: the office's state in an of-phrase
    record = extract(
        "President Luis Orrego said he was willing to meet the president of Chile face to face.",
        published="2024-04-10",
    )
    assert events_with(record, "Luis Orrego", "Chile")


def test_a_host_named_by_name_replaces_the_state_of_the_place(extract):
    # party.host-person-named: Aydin is the Turkish side; Turkey is no party beside him
    record = extract(
        "Foreign Minister Katrin Vogler will travel to Ankara next month for talks with Turkish Foreign Minister "
        "Selim Aydin.",
        published="2024-04-10",
    )
    (event,) = events_with(record, "Katrin Vogler", "Selim Aydin")
    assert len(event["participants"]) == 2
