"""Round forty-nine (B): parties the text names by a description, not a name ("a delegation of beekeepers from the
northern valleys", "officials of the regional ferry board"): the party is known by the description as the text
gives it, without the phrases that only say where or when it was met, and a group of a body's people also by that
body; tested on sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import event_names


def _party_known_as(record: dict[str, Any], form: str) -> dict[str, Any]:
    """The one party of the one event that has ``form`` as its name or an alias."""
    (event,) = record["events"]
    actors = {a["id"]: a for a in record["actors"]}
    (party,) = [actors[i] for i in event["participants"] if form == actors[i]["name"] or form in actors[i]["aliases"]]
    return party


def test_a_bare_delegation_is_known_by_its_description(extract):
    # actor.description-core: "a delegation" is also "a delegation of beekeepers from the northern valleys"
    record = extract(
        "The mayor, Lena Varga, met a delegation of beekeepers from the northern valleys on Monday.",
        published="2025-05-14",
    )
    _party_known_as(record, "a delegation of beekeepers from the northern valleys")


def test_a_description_without_where_it_was_met(extract):
    # actor.description-core: "in Porto" says where they met, not who they are
    record = extract(
        "Trade Minister Tomas Varga is scheduled to meet with members of the Portuguese farming community in Porto "
        "on Friday.",
        published="2025-05-14",
    )
    _party_known_as(record, "members of the Portuguese farming community")


def test_a_description_without_when_they_spoke(extract):
    # actor.description-core: "on strike" and "on Monday" hang on the description, but only the unions say who
    record = extract(
        "Lena Varga spoke by telephone with representatives of both unions on strike on Monday.",
        published="2025-05-14",
    )
    _party_known_as(record, "representatives of both unions")


def test_a_description_without_themselves(extract):
    # actor.description-core: "themselves" only insists on who
    record = extract("Lena Varga met with the owners of the mills themselves.", published="2025-05-14")
    _party_known_as(record, "owners of the mills")


def test_a_possessive_inside_a_description(extract):
    # actor.description-core: the apostrophe of "the tanners' guild" is no quote mark ending the description
    record = extract(
        "The mayor, Lena Varga, met members of the tanners' guild in Fez on Monday.", published="2025-05-14"
    )
    _party_known_as(record, "members of the tanners' guild")


def test_a_hyphened_word_inside_a_description(extract):
    # actor.description-core: "state-owned" is one word of the description, the hyphen no stop
    record = extract(
        "Lena Varga met a senior manager of a state-owned shipping line in Gdansk in March.", published="2025-05-14"
    )
    _party_known_as(record, "a senior manager of a state-owned shipping line")


def test_no_shorter_name_cut_inside_a_premodifier(extract):
    # negative: "state-owned" is no clause after the noun to cut before
    record = extract(
        "Ana Soto met representatives of a Chinese state-owned shipping company in May.", published="2025-05-14"
    )
    aliases = {alias for a in record["actors"] if a["kind"] == "group" for alias in a["aliases"]}
    assert aliases and not any(alias.endswith(("Chinese", "Chinese state")) for alias in aliases)


def test_a_body_s_people_are_known_by_the_body(extract):
    # actor.body-of-the-members: "executives of a rival Japanese buyer" act for "a rival Japanese buyer"
    record = extract("Ana Soto met executives of a rival Japanese buyer in Osaka last week.", published="2025-05-14")
    _party_known_as(record, "a rival Japanese buyer")


def test_a_governing_body_s_officials(extract):
    # actor.body-of-the-members: "officials of the sport's governing body"
    record = extract("Ana Soto met officials of the sport's governing body in Zurich.", published="2025-05-14")
    _party_known_as(record, "the sport's governing body")


def test_officials_of_two_countries_are_of_no_one_body(extract):
    # negative: "the two countries" are two sides, no body the officials act for
    record = extract("Ana Soto met officials of the two countries in Lima.", published="2025-05-14")
    aliases = {alias for a in record["actors"] for alias in a["aliases"]}
    assert not aliases & {"the two countries", "two countries"}


def test_a_named_party_gets_no_description(extract):
    # negative: a person and a state are named by their names, not by descriptions
    record = extract("Foreign Minister Lena Varga met Ana Soto in Oslo in March.", published="2025-05-14")
    (event,) = record["events"]
    assert event_names(record, event) == {"Lena Varga", "Ana Soto"}
    assert all(not a["aliases"] for a in record["actors"] if a["kind"] == "person")


def test_a_group_joined_to_a_body_is_two_sides(extract):
    # speaker.first-conjunct: "Officials of the union and the city government" are two sides of the talks
    record = extract(
        "Officials of the Norwegian Seamen's Union and the Bergen city government met on Tuesday, and agreed to meet "
        "again on Friday.",
        published="2025-05-14",
    )
    assert record["events"]
    for event in record["events"]:
        assert "Bergen city government" in event_names(record, event)


def test_people_joined_to_people_stay_one_group(extract):
    # negative: "Relatives and friends of the crew" speak as one group
    record = extract("Relatives and friends of the crew said the ship was unsafe.", published="2025-05-14")
    assert [a["name"] for a in record["actors"] if a["kind"] == "group"] == ["Relatives and friends of the crew"]
