"""Round forty-four (r2): mends of the actor and speaker rules a review found overreaching: a ministry in another
clause is not an official's, a summit's capital is not a host's state, a family named by its surname is people, and
a person a list member is related to is no co-speaker; tested on sentences written for these tests (names
invented)."""

from tests.conftest import actor_named, actor_of


def test_a_ministry_in_a_clause_of_its_own_is_not_the_ministers(extract):
    # actor.country-of-body-spoken-for: the Russian ministry acts in the "after" clause; it is not Ruiz's office
    record = extract(
        "Foreign Minister Ana Ruiz summoned the ambassador after the Russian Foreign Ministry expelled two diplomats.",
        published="2024-04-10",
    )
    assert actor_named(record, "Ana Ruiz")["country"] is None


def test_a_ministry_that_tells_of_its_minister_is_still_his(extract):
    # actor.country-of-body-spoken-for: the ministry's words tell of its minister, whose clause they hang
    record = extract(
        "The Ghanaian Foreign Ministry said on Monday that Foreign Minister Kwame Asante would visit Lome.",
        published="2024-04-10",
    )
    assert actor_named(record, "Kwame Asante")["country"] == "GHA"


def test_a_president_met_at_a_summit_in_a_capital_is_not_of_its_state(extract):
    # actor.country-of-host: talks on the sidelines of a summit, whose guests come from everywhere
    record = extract(
        "The UN envoy flew to Addis Ababa on Monday for talks with President Daniel Awut on the sidelines of the "
        "African Union summit. The adviser travelled to Hanoi and met President Tran Minh at a regional forum.",
        published="2024-04-10",
    )
    assert actor_named(record, "Daniel Awut")["country"] is None
    assert actor_named(record, "Tran Minh")["country"] is None


def test_a_family_named_by_its_surname_is_people_not_a_movement(extract):
    # actor.people-by-name: "the Obamas" of a story that names Barack Obama is a family
    record = extract(
        "Barack Obama arrived in Madrid on Sunday with his wife. The Obamas met King Felipe on Monday.",
        published="2024-04-10",
    )
    assert actor_named(record, "Obamas")["kind"] == "person"


def test_a_lone_plural_name_is_a_movement(extract):
    # actor.people-by-name: "the Houthis" told alone, with no member of that name, is a movement
    record = extract("The Houthis said on Monday they had met Omani mediators in Muscat.", published="2024-04-10")
    assert actor_named(record, "Houthis")["kind"] == "organization"


def test_a_family_whose_member_the_story_names_is_people(extract):
    # actor.people-by-name: "the Clintons" of a story that names Hillary Clinton, whose "Clinton Foundation" is a
    # body's name
    record = extract(
        "Hillary Clinton spoke at the Clinton Foundation gala. The Clintons later met the prime minister in Dublin.",
        published="2024-04-10",
    )
    assert actor_named(record, "Clintons")["kind"] != "organization"


def test_a_person_a_list_member_is_related_to_is_no_co_speaker(extract):
    # speaker.listed-together: "the brother of former mayor Ana Moss" relates Hale to Moss; Moss does not speak
    record = extract(
        "The ferry will stop in May, harbour master Tom Hale, the brother of former mayor Ana Moss, and union leader "
        "Lena Varga said on Monday.",
        published="2024-04-10",
    )
    speakers = [(actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"]]
    assert speakers == ["Tom Hale and Lena Varga"]
