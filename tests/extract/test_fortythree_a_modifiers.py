"""Round forty-three (a): a name set before a common noun ("the Turkana governor") names a place or a thing, not a
person; tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_place_before_a_title_is_no_party(extract):
    # actor.name-modifying-a-noun: "the Turkana governor, Peter Ekai Lokwang": one person, the governor
    record = extract(
        "The charity director, Grace Moyo, visited Lodwar last week and held talks with the Turkana governor, "
        "Peter Ekai Lokwang.",
        published="2024-04-10",
    )
    assert not any(a["name"] == "Turkana" for a in record["actors"])
    assert record["events"]
    assert all(event_names(record, e) == {"Grace Moyo", "Peter Ekai Lokwang"} for e in record["events"])


def test_place_before_a_group_noun_is_the_groups(extract):
    # actor.name-modifying-a-noun: "the Jubba leaders" are the leaders, not a person called Jubba
    record = extract("Elders met the Jubba leaders on Monday, and Jubba forces withdrew.", published="2024-04-10")
    assert not any(a["name"] == "Jubba" and a["kind"] == "person" for a in record["actors"])


def test_a_place_before_a_thing_is_no_party(extract):
    # actor.name-modifying-a-noun: "the Siachen glacier" is where, not who
    record = extract(
        "Pakistan was ready for talks between the two defence secretaries on the Siachen glacier, the spokesman, "
        "Amir Rauf, said.",
        published="2024-04-10",
    )
    assert not any(a["name"] == "Siachen" for a in record["actors"])


def test_a_name_before_what_is_a_persons_stays_a_person(extract):
    # actor.name-modifying-a-noun does not take "a Putin spokesman", "the Xi visit" for places
    record = extract("A Putin spokesman said the Kremlin would host the Xi visit next week.", published="2024-04-10")
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("Xi") == "person"
