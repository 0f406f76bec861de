"""Round forty-four (a): an official with no stated country takes the state of the body he belongs to or speaks
for, not that of any body his sentence names; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_a_foreign_minister_announced_by_another_states_presidency_is_not_of_it(extract):
    # actor.country-of-body-spoken-for: the White House speaks of Ruiz; it is not her body
    record = extract("The White House said Foreign Minister Ana Ruiz would arrive on Monday.", published="2024-04-10")
    assert actor_named(record, "Ana Ruiz")["country"] is None


def test_a_minister_takes_the_state_of_his_ministry_not_the_first_body_named(extract):
    # actor.country-of-body-spoken-for: a minister's ministry, though another body is named first
    record = extract(
        "The White House and the Kenyan Foreign Ministry said Minister Paul Odera would travel to Washington.",
        published="2024-04-10",
    )
    assert actor_named(record, "Paul Odera")["country"] == "KEN"


def test_an_embassy_speaks_of_the_president_it_is_posted_to(extract):
    # actor.country-of-body-spoken-for: an embassy is an ambassador's body, not a president's
    record = extract(
        "The U.S. Embassy said the envoy would call on President Rosa Lindqvist-Abad at her palace on Tuesday.",
        published="2024-04-10",
    )
    assert actor_named(record, "Rosa Lindqvist-Abad")["country"] is None


def test_a_spokesman_gives_the_words_of_his_body(extract):
    # actor.country-of-body-spoken-for: the body whose words he gives, not the other body his sentence names
    record = extract(
        "Asked about the Pentagon's account, the Kremlin would not comment, press secretary Ivan Belov said.",
        published="2024-04-10",
    )
    assert actor_named(record, "Ivan Belov")["country"] == "RUS"
