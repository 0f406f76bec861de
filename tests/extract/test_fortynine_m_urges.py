"""quote.urges-after-content: an appeal after a reported clause is the speaker's next act."""

import pytest


@pytest.fixture
def contents(extract):
    return lambda text: [q["content"]["text"] for q in extract(text)["quotes"]]


def test_a_warning_to_someone_after_the_reported_clause_ends_the_content(contents):
    found = contents(
        'The ministry said it was "deeply troubled" by the seizure and warned the harbour board to release the ship.'
    )
    assert 'it was "deeply troubled" by the seizure' in found


def test_an_urging_after_a_clause_with_another_subject_ends_the_content(contents):
    found = contents("Ms Okafor said the strike had gone on too long and urged the dockers to return to work.")
    assert "the strike had gone on too long" in found


def test_a_predicate_of_the_clause_own_subject_stays_in_the_content(contents):
    found = contents("Ms Okafor said the dockers were tired and wanted to return to work.")
    assert "the dockers were tired and wanted to return to work" in found


def test_a_warning_with_a_clause_of_its_own_was_already_a_second_statement(contents):
    found = contents("Ms Okafor said the strike had gone on too long and warned that the port would close.")
    assert "the strike had gone on too long" in found


def test_a_quote_another_clause_reports_is_no_continuation_of_the_quote_before(extract):
    record = extract(
        "“This is simply wrong,” Ms Okafor said. “You closed the pier to please the board” and the shipping lines,"
        " she said, pointing at the ledger."
    )
    first = next(q for q in record["quotes"] if "simply wrong" in q["content"]["text"])
    assert "closed the pier" not in first["content"]["text"]
    assert any(q["content"]["text"].startswith("“You closed the pier") for q in record["quotes"])


def test_a_quote_broken_by_its_attribution_still_joins(extract):
    record = extract("“The pier is closed,” Ms Okafor said, “and it will stay closed until Friday.”")
    (quote,) = record["quotes"]
    assert "stay closed" in quote["content"]["text"] and "pier is closed" in quote["content"]["text"]


def test_a_question_asked_after_a_comma_is_not_the_quote_before(extract):
    record = extract("“Keep the lights on,” Mr Tan told the crowd before asking them, “Where do we go from here?”")
    first = next(q for q in record["quotes"] if "lights" in q["content"]["text"])
    assert "Where do we go" not in first["content"]["text"]
