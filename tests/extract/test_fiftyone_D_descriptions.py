"""Round fifty-one (helper D): a description standing where the press named the person. A title whose posting or
brief follows "to" or "for" before a name ("Ambassador to Chile X", "Special Envoy for Sudan X") is the person's
title, so a later "the Swedish ambassador" is that person (rule actor.title-posting-before-name). After a title's
phrase and its comma, a rank written with a hyphen ("Lieutenant-General") or a short style with a stop ("Eng.") is
passed over to the name (rule party.name-after-styled-rank), also after a second title apposed to the first ("his
counterpart, the head of the agency, Eng. X": rule party.name-after-apposed-title). Sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import actor_named


def events(record: dict) -> list[tuple[str, set[str]]]:
    """Each event as its mode and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Swedish Ambassador to Chile Lena Holmqvist met the mayor of Valparaiso on Monday.",
            "Lena Holmqvist",
            "Swedish Ambassador to Chile",
        ),
        (
            "Ambassador of Peru to Japan Lucia Fernandez Rojas met Governor Taro Ishida on Monday.",
            "Lucia Fernandez Rojas",
            "Ambassador of Peru to Japan",
        ),
    ],
)
def test_a_title_with_its_posting_before_a_name_is_the_persons(extract, sentence, name, title):
    # actor.title-posting-before-name
    assert title in actor_named(extract(sentence), name)["titles"]


def test_the_ambassador_later_is_the_one_named_with_the_posting(extract):
    # actor.title-posting-before-name: "the Swedish Ambassador" is Holmqvist, not an unnamed ambassador of Sweden
    record = extract(
        "Swedish Ambassador to Chile Lena Holmqvist met the mayor of Valparaiso on Monday. "
        "The Swedish Ambassador had a meeting with President Tomas Reyes Mella on Tuesday."
    )
    assert ("meeting", {"Lena Holmqvist", "Tomas Reyes Mella"}) in events(record)


def test_an_adviser_to_a_named_minister_gives_the_minister_no_adviser_title(extract):
    # negative: "adviser to Prime Minister X" names another office in its brief; X is the prime minister
    record = extract("Adviser to Prime Minister Jonas Varga met the delegation in Budapest on Monday.")
    assert not any("Adviser" in t for t in actor_named(record, "Jonas Varga")["titles"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lobo met the army's chief of staff, Lieutenant-General Omar Haddad, in Ruili on Monday.",
        "Ana Lobo met the head of the water authority, Eng. Omar Haddad, in Amman on Monday.",
        "Ana Lobo phoned her Chilean counterpart, the head of the water authority, Eng. Omar Haddad, on Monday.",
    ],
)
def test_the_name_after_a_styled_rank_or_a_second_title_is_the_party(extract, sentence):
    # party.name-after-styled-rank, party.name-after-apposed-title: Haddad, not the description
    [(_, parties)] = events(extract(sentence))
    assert parties == {"Ana Lobo", "Omar Haddad"}


def test_a_plain_apposed_name_is_still_the_party(extract):
    # negative: the construction the rules extend is read as before
    [(_, parties)] = events(extract("Ana Lobo met the head of the water authority, Omar Haddad, in Amman on Monday."))
    assert parties == {"Ana Lobo", "Omar Haddad"}


def test_a_hyphenated_first_name_after_the_comma_is_the_name_itself(extract):
    # negative: "Jean-Marc" is the name's own first word, no rank to pass over
    record = extract("Ana Lobo met the head of the water authority, Jean-Marc Dufour, in Lyon on Monday.")
    assert [parties for _, parties in events(record)] == [{"Ana Lobo", "Jean-Marc Dufour"}]
