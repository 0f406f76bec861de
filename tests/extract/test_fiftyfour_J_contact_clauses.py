"""Contacts missed on real text (session 54, helper J): a contact told in a clause of time whose subject is a
pronoun ("a day after he met X", "as she received a delegation headed by Y", "after she telephoned Z"); tested
on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str, set[str]]]:
    """Each event's mode and the names of its parties."""
    return [(e["mode"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Trade Minister Ana Ruiz signed the accord on Monday, a day after she met Farm Minister Tom Hale in Lima.",
            {"Ana Ruiz", "Tom Hale"},
        ),
        (
            "Governor Paula Brandt praised the new rail line in Trenton as she met with Mayor Victor Osei on Friday.",
            {"Paula Brandt", "Victor Osei"},
        ),
        (
            "Senator Mark Dale was asked whether he had raised the dispute when he met Foreign Minister Lena Voss "
            "in Berlin last month.",
            {"Mark Dale", "Lena Voss"},
        ),
        (
            "Governor Paula Brandt said trade mattered as she received a delegation headed by former minister "
            "Paul Wolff on Tuesday.",
            {"Paula Brandt", "Paul Wolff"},
        ),
        (
            "General Mart Kask stayed calm in the final round, when he sat down with the Russian negotiator, "
            "General Anton Kuzmin.",
            {"Mart Kask", "Anton Kuzmin"},
        ),
    ],
)
def test_pronoun_clause_tells_a_contact(extract, text, parties):
    # contact.pronoun-clause
    record = extract(text, published="2026-03-12")
    assert any(mode in ("meeting", "visit") and names == parties for mode, names in contacts(record)), contacts(record)


def test_pronoun_clause_tells_a_call(extract):
    # contact.pronoun-clause with a verb of calling
    text = "Senator Ana Ruiz spoke to supporters in Reno shortly after she telephoned Governor Tom Hale on Friday."
    record = extract(text, published="2026-03-12")
    assert ("phone", {"Ana Ruiz", "Tom Hale"}) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Karl Obst did not mention the tariffs when he met with the press at his office.",
        "Singer Lara Quist moved to Ohio before she met Tom Hale and got married.",
        "Governor Paula Brandt was smiling as she spoke at the dinner.",
        "Mayor Lena Voss, when I called her later that day, did not deny it.",
        'Senator Tom Hale went after Mayor Lena Voss at the debate, when he called Governor Ana Ruiz "unhinged."',
    ],
)
def test_no_contact_from_other_pronoun_clauses(extract, text):
    # no one named met, "before" a first acquaintance, no one spoken to
    record = extract(text, published="2026-03-12")
    assert contacts(record) == [], contacts(record)
