"""Round forty-three (a): a government official's country from the officials of a state named beside them;
tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_officials_of_a_state_give_it_to_the_minister_met(extract):
    # actor.country-of-officials: "officials of Kazakhstan … met Deputy Foreign Minister X": Kazakh
    record = extract(
        "The envoy held talks with officials of Kazakhstan in Astana on Monday, and met Deputy Foreign Minister "
        "Yerlan Sadykov.",
        published="2024-04-10",
    )
    assert actor_named(record, "Yerlan Sadykov")["country"] == "KAZ"


def test_officials_from_a_state_give_it_to_the_minister_met(extract):
    # actor.country-of-officials: "officials from Kazakhstan" as well
    record = extract(
        "The envoy held talks with officials from Kazakhstan on Monday, and met Deputy Foreign Minister "
        "Yerlan Sadykov.",
        published="2024-04-10",
    )
    assert actor_named(record, "Yerlan Sadykov")["country"] == "KAZ"
