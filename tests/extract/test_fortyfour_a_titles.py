"""Round forty-four (a): a title's brief and posting before an apposed name, after a form of address, are the
title's; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_a_title_of_a_state_before_a_form_of_address_gives_the_state(extract):
    # actor.title-brief: "the Prime Minister of Malta, Mr. X"
    record = extract(
        "Later, the envoy was received by the Prime Minister of Malta, Mr. Joseph Borg, at the government building.",
        published="2024-04-10",
    )
    person = actor_named(record, "Joseph Borg")
    assert "Prime Minister of Malta" in person["titles"]
    assert person["country"] == "MLT"


def test_an_ambassador_of_one_state_to_another_is_of_the_first(extract):
    # actor.title-brief: "the Ambassador of Nepal to Bangladesh, X": both phrases are the title's
    record = extract(
        "The Ambassador of Nepal to Bangladesh, Chandra Bahadur Thapa, paid a courtesy call on the minister.",
        published="2024-04-10",
    )
    assert actor_named(record, "Chandra Bahadur Thapa")["country"] == "NPL"


def test_a_brief_before_a_form_of_address_is_the_title(extract):
    # actor.title-brief: "the Minister of Fisheries, Mr. X", the form of address between title and name
    record = extract(
        "The envoy held talks on Monday with the Minister of Fisheries, Mr. Tomas Hallgren, in the capital.",
        published="2024-04-10",
    )
    assert actor_named(record, "Tomas Hallgren")["titles"] == ["Minister of Fisheries"]
