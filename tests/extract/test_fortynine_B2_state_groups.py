"""Groups named with their state (session 49, helper B2): a delegation named by its state's name before it is the
delegation, with the state beside it (rule party.state-named-group); delegations of two states are one of each
(rule party.group-of-each-state); and the spellings of a state's people that
English news uses beside the usual one ("Ecuadorean", "Salvadorean") name the state. Sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import actor_named, event_names, events_with


@pytest.mark.parametrize(
    "sentence, state",
    [
        ("Peruvian and Ecuadorean field commanders met at a border post on Sunday.", "Ecuador"),
        ("Foreign Minister Ana Ruiz met Salvadorean officials in Madrid on Monday.", "El Salvador"),
        ("Slovakian and Hungarian officials met in Komarno on Tuesday.", "Slovakia"),
        ("Uzbekistani and Afghan customs officers met at the Termez bridge on Monday.", "Uzbekistan"),
    ],
)
def test_a_second_spelling_of_a_people_names_their_state(extract, sentence, state):
    record = extract(sentence)
    assert any(state in event_names(record, e) for e in record["events"])


@pytest.mark.parametrize(
    "sentence, group, state",
    [
        ("A Bhutan trade delegation met Indian officials in Thimphu on Monday.", "Bhutan trade delegation", "BTN"),
        ("The Kosovo delegation met Serbian officials in Brussels on Monday.", "Kosovo delegation", "XKX"),
        (
            "The minister denied that a Myanmar military delegation had visited Dhaka in November.",
            "Myanmar military delegation",
            "MMR",
        ),
    ],
)
def test_a_delegation_named_by_its_state_is_the_delegation(extract, sentence, group, state):
    record = extract(sentence)
    assert actor_named(record, group)["country"] == state
    assert any(group in event_names(record, e) for e in record["events"])


def test_the_state_of_the_delegation_stays_beside_it(extract):
    record = extract("A Bhutan trade delegation met Indian officials in Thimphu on Monday.")
    assert events_with(record, "Bhutan trade delegation", "Bhutan", "Indian officials")


@pytest.mark.parametrize(
    "sentence, party, group",
    [
        # a state's government is the state itself, not a group beside it
        ("The Kosovo government met Serbian officials in Brussels on Monday.", "Kosovo", "Kosovo government"),
        # a state before a word that is no delegation, mission or team: the state, as before
        ("The Kosovo parliament met Serbian officials in Brussels on Monday.", "Kosovo", "Kosovo parliament"),
    ],
)
def test_only_a_delegation_named_by_its_state_stands_beside_it(extract, sentence, party, group):
    record = extract(sentence)
    names = set().union(*(event_names(record, e) for e in record["events"]))
    assert party in names
    assert group not in names


def test_delegations_of_two_states_are_one_of_each(extract):
    record = extract("The Ghanaian and Togolese trade missions met in Lome on Monday.")
    assert events_with(record, "Ghanaian trade mission", "Togolese trade mission", "Ghana", "Togo")
    assert actor_named(record, "Togolese trade mission")["country"] == "TGO"


def test_people_of_two_states_stay_one_group(extract):
    # negative: officials are many of each state, not one body of each
    record = extract("Ghanaian and Togolese officials met in Lome on Monday.")
    assert events_with(record, "Ghanaian and Togolese officials", "Ghana", "Togo")
    assert not any(a["name"] == "Ghanaian official" for a in record["actors"])
