"""Round forty-five (e): a go-between's errands told by what is carried ("lists and letters", "questions", from one
capital to another) or by going to and fro between the sides; tested on sentences written for these tests (names
invented)."""

import pytest

from tests.conftest import event_names


def _third_parties(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["mode"] == "third-party"]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross has been carrying lists and letters between Morocco and the Polisario Front since March.",
        "The Swiss mediator, Anna Keller, relayed questions and answers between Armenia and Azerbaijan all winter.",
    ],
)
def test_papers_joined_to_one_another_are_carried_messages(extract, text):
    # contact.verb.go-between: any of the joined objects may be the carried messages
    record = extract(text, published="2024-06-03")
    (event,) = _third_parties(record)
    assert len(event_names(record, event)) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian mediator, Lars Dahl, carried questions from Addis Ababa to Asmara and brought the answers back.",
        "In April the Turkish mediator, Ali Demir, carried a written proposal from Baku to Yerevan himself.",
    ],
)
def test_a_proposal_or_a_question_carried_from_capital_to_capital(extract, text):
    # contact.verb.go-between, contact.message-capital-to-capital: a capital by its whole name, whatever its tag;
    # a letter (delivered_papers) carried "from X to Y" is only delivered
    (event,) = _third_parties(extract(text, published="2024-06-03"))
    assert event["status"] == "occurred"
    letter = extract("The courier carried a letter from Baku to Yerevan on Monday.", published="2024-06-03")
    assert _third_parties(letter) == []


@pytest.mark.parametrize(
    "text",
    [
        "The conciliator, Anne Holm, spent six hours on Tuesday moving between the union's negotiators and the city's"
        " negotiators.",
        "The UN envoy, Pierre Morel, went back and forth between the Serbian and Kosovar delegations on Tuesday.",
    ],
)
def test_moving_between_the_sides_is_a_go_betweens_errand(extract, text):
    # contact.travel.between-sides; moving between places, jobs or things, or tourists going, is no errand
    (event,) = _third_parties(extract(text, published="2024-06-03"))
    assert event["status"] == "occurred"
    for other in (
        "She moved between jobs in Paris and London before settling in Rome.",
        "He moved between the two rooms of the small flat all evening.",
        "Tourists went back and forth between Lusaka and Harare all summer.",
        "The players moved between the two clubs last season.",
    ):
        assert extract(other, published="2024-06-03")["events"] == []


def test_back_and_forth_between_two_states_capitals(extract):
    # contact.travel.between: back and forth between places of two states, by a team that can be a go-between
    record = extract(
        "The World Bank team has been going back and forth between Lusaka and Harare since December.",
        published="2024-06-03",
    )
    (event,) = _third_parties(record)
    assert {"Zambia", "Zimbabwe"} <= event_names(record, event)
