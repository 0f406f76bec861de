"""Round forty-nine (helper Q): "X is expected to attend" tells a timetable, not a view anyone holds (rule
quote.expected-agenda), so it is no quote; an expected outcome ("is expected to win") stays an attribution to
no one named (quote.raising), as PARC-style corpora label it. Sentences written for these tests (names
invented)."""

import pytest


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master is expected to attend the launch on Friday.",
        "The four mayors are expected to sign a joint declaration at noon.",
        "Ines Varga is expected to travel on to Bergen on Thursday.",
        "The delegation is expected to remain in the capital for three days.",
    ],
)
def test_an_expected_part_in_a_timetable_is_no_quote(extract, sentence):
    assert contents(extract(sentence, published="2025-04-02")) == []


def test_an_expected_outcome_stays_an_attribution(extract):
    found = contents(extract("The ferry company is expected to win the contract.", published="2025-04-02"))
    assert found == ["The ferry company is expected to win the contract"]


def test_what_someone_says_is_expected_stays_their_quote(extract):
    record = extract("The minister is expected to attend, a spokesman said.", published="2025-04-02")
    assert contents(record) == ["The minister is expected to attend"]
