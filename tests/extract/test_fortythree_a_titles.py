"""Round forty-three (a): a named holder's title when the parse did not appose the name to it, so that a bare
title later ("the minister") is that person; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named, actor_of, events_with, quote_with


def test_title_before_a_name_the_parse_hung_on_the_verb(extract):
    # actor.title-before-comma: "fell to the Minister for Foreign Affairs, Teodor Lenz, who …"
    record = extract(
        "The job of carrying the gift to the White House fell to the Minister for Foreign Affairs, Teodor Lenz, "
        'who arrived on Monday. "We had a good talk," the minister said.',
        published="2024-04-10",
    )
    assert "Minister for Foreign Affairs" in actor_named(record, "Teodor Lenz")["titles"]
    quote = quote_with(record, "good talk")
    assert actor_of(record, quote["speaker_actor"])["name"] == "Teodor Lenz"
    # but "After meeting the minister, Ruiz said": the minister is someone else
    record = extract("After meeting the minister, Ana Ruiz said the port would reopen.", published="2024-04-10")
    assert "minister" not in actor_named(record, "Ana Ruiz")["titles"]


def test_bare_title_later_meets_as_the_named_holder(extract):
    # actor.title-before-comma: the later "The Minister" is Lenz, not an actor of his own
    record = extract(
        "The job of carrying the gift to the White House fell to the Minister for Foreign Affairs, Teodor Lenz, "
        "who arrived on Monday. The Minister later met the Secretary of State, Ruth Caldwell, in Geneva.",
        published="2024-04-10",
    )
    assert events_with(record, "Teodor Lenz", "Ruth Caldwell")
    assert not any(a["name"] == "Minister" for a in record["actors"])


def test_title_before_a_name_the_parse_joined_to_it(extract):
    # actor.title-before-comma: "between the Moroccan Foreign Minister, X, and …", the name parsed as a conjunct
    record = extract(
        "Qatar has been carrying messages between the Moroccan Foreign Minister, Driss Alaoui Lahlou, and his "
        "Algerian counterpart, Karim Haddad.",
        published="2024-04-10",
    )
    person = actor_named(record, "Driss Alaoui Lahlou")
    assert "Moroccan Foreign Minister" in person["titles"] and person["country"] == "MAR"


def test_title_whose_brief_the_parse_hung_on_the_verb(extract):
    # actor.title-before-comma: "met Saudi Arabia's Minister of State for Foreign Affairs, X," with "for" on "met"
    record = extract(
        "He met Saudi Arabia's Minister of State for Foreign Affairs, Fahd bin Nasser al-Mutairi, on Monday.",
        published="2024-04-10",
    )
    person = actor_named(record, "Fahd bin Nasser al-Mutairi")
    assert any(t.endswith("Minister of State for Foreign Affairs") for t in person["titles"])
    assert person["country"] == "SAU"
