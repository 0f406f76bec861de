"""Round forty-seven (helper c): a contact verb with no subject of its own, after a clause and a comma the parse hung
under it ("Berg has not been to Oslo, has not met Nowak"), takes that clause's subject, not the speaker's (rule
party.subject-of-the-clause-before). Sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_the_denial_is_of_the_one_named_before(extract):
    record = extract(
        'A weekly reported that Minister Anna Berg had met Jan Nowak in Oslo last week. "Minister Berg has not been '
        'to Oslo, has not met Mr Nowak and has no plans to," her spokesman, Lars Holm, said.',
        published="2024-05-10",
    )
    (event,) = record["events"]
    assert events_with(record, "Anna Berg", "Jan Nowak") == [event]
    assert event["status"] == "denied"
    assert not events_with(record, "Lars Holm", "Jan Nowak")


def test_a_verb_with_its_own_subject_keeps_it(extract):
    record = extract(
        "Minister Anna Berg flew to Oslo on Monday, and Jan Nowak met her at the airport.", published="2024-05-10"
    )
    assert events_with(record, "Anna Berg", "Jan Nowak")
