"""Round forty-four (a): a person titled only "President" or "Prime Minister" takes the state of the capital a
visitor came to see him in; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_a_president_met_in_a_capital_is_of_its_state_not_the_traveller(extract):
    # actor.country-of-host: the visitor flew to Vientiane for talks with him; not the one who travels, nor the
    # capital of a journey home
    record = extract(
        "The envoy flew to Vientiane on Monday for talks with President Khamla Vongsa. President Ruben Castell flew "
        "to Hanoi on Tuesday for talks with the envoy. The minister had lunch with President Ana Ruiz before flying "
        "back to Lima.",
        published="2024-04-10",
    )
    assert actor_named(record, "Khamla Vongsa")["country"] == "LAO"
    assert actor_named(record, "Ruben Castell")["country"] is None
    assert actor_named(record, "Ana Ruiz")["country"] is None


def test_a_president_who_received_a_visitor_at_his_palace_is_of_the_capital_state(extract):
    # actor.country-of-host: the agent of "was received", hung on the palace by the parse
    record = extract(
        "The envoy arrived in Asmara on Tuesday and was received the same evening at the palace by President "
        "Tekle Berhane.",
        published="2024-04-10",
    )
    assert actor_named(record, "Tekle Berhane")["country"] == "ERI"


def test_the_capital_of_a_demonym_gives_its_state(extract):
    # actor.country-of-host: "the Somali capital"
    record = extract(
        "The adviser flew to the Somali capital and spent an evening with President Abdi Farah Nur.",
        published="2024-04-10",
    )
    assert actor_named(record, "Abdi Farah Nur")["country"] == "SOM"
