"""Round forty-six: a subject description is not the person its own verb names after it; tested on sentences
written for these tests (names invented)."""

from tests.conftest import event_names


def test_the_french_president_meeting_a_president_is_not_him(extract):
    # party.description-not-ahead: no one meets himself
    record = extract("The French president met President Taras Hrytsenko in Kyiv on Wednesday.", published="2024-05-10")
    (event,) = record["events"]
    names = event_names(record, event)
    assert "Taras Hrytsenko" in names
    assert "France" in names


def test_a_subject_named_in_its_own_apposition_is_that_person(extract):
    record = extract("The president, Taras Hrytsenko, met Ana Lobo in Kyiv on Wednesday.", published="2024-05-10")
    (event,) = record["events"]
    assert event_names(record, event) == {"Taras Hrytsenko", "Ana Lobo"}
