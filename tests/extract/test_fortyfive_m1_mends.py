"""Round forty-five (m1 mends): a side quoted next confirms only when its words speak of the contact and it is the
side itself; a silence is no comment only on the contact, by a side; "called it false" only of the contact just
told, the verdict standing alone; tested on sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

TOLD = "Hanna Lund met Omar Reyes in Bergen on Tuesday."


def _confirmations(record: dict[str, Any]) -> list[tuple[str, str]]:
    event = record["events"][0]
    return [(c["status"], actor_of(record, c["by"])["name"]) for c in event["confirmations"]]


def test_a_quote_by_a_sides_rival_confirms_nothing(extract):
    # confirm.side-quoted-next: "Lund's rival" is not Lund
    record = extract(TOLD + ' "Reyes is a decent man," said Lund\'s rival, Per Dahl.', published="2024-03-15")
    assert not _confirmations(record)


def test_a_side_quoted_next_on_another_matter_confirms_nothing(extract):
    # confirm.side-quoted-next: the words say nothing of the contact
    for said in (' "I dislike the snow," Lund said.', ' "Exports are falling," Reyes told reporters.'):
        record = extract(TOLD + said, published="2024-03-15")
        assert not _confirmations(record), said


def test_a_side_quoted_next_on_the_talks_confirms_them(extract):
    # confirm.side-quoted-next: still, when the words speak of the talks
    for said in (' "The talks were useful," Lund said.', ' "Reyes is a decent man," Lund said.'):
        record = extract(TOLD + said, published="2024-03-15")
        assert ("confirmed", "Hanna Lund") in _confirmations(record), said


def test_a_rivals_silence_is_no_comment_of_a_side(extract):
    # confirm.said-nothing: "Reyes's opponent" does not speak for Reyes
    record = extract(TOLD + " Reyes's opponent, Eva Strand, said nothing about the meeting.", published="2024-03-15")
    assert not _confirmations(record)


def test_a_silence_on_another_matter_is_no_comment_on_the_contact(extract):
    # confirm.said-nothing: silent on the budget dispute, not on the meeting
    record = extract(TOLD + " Lund's office has said nothing about the budget dispute.", published="2024-03-15")
    assert not _confirmations(record)


def test_it_standing_for_something_else_called_false_denies_nothing(extract):
    # confirm.called-it-false: the nearer noun phrase is what "them" / "it" stands for
    for said in (
        " Asked about the fraud accusations, Reyes called them false.",
        " A critic's claim that Reyes had lied was false, Lund said, calling it a fabrication.",
    ):
        record = extract(TOLD + said, published="2024-03-15")
        assert record["events"][0]["status"] != "denied", said
        assert all(status != "denied" for status, _ in _confirmations(record)), said


def test_a_fabrication_of_something_else_denies_nothing(extract):
    # confirm.called-it-false: "a fabrication of evidence by ..." is not a verdict on the contact
    record = extract(
        "Hanna Lund met Omar Reyes in Bergen on Tuesday, the Fjord Post reported. Lund's lawyer called it a fabrication"
        " of documents by the tax office, which had questioned her accountant.",
        published="2024-03-15",
    )
    assert record["events"][0]["status"] != "denied"
