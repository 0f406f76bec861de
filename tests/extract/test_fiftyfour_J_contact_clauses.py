"""Contacts missed on real text (session 54, helper J): a meeting told in a clause of time whose subject is a
pronoun ("a day after he met X", "as she met with a delegation from Y"); tested on sentences written for these
tests."""

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
    ],
)
def test_pronoun_clause_tells_a_contact(extract, text, parties):
    # contact.pronoun-clause
    record = extract(text, published="2026-03-12")
    assert ("meeting", parties) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Karl Obst did not mention the tariffs when he met with the press at his office.",
        "Singer Lara Quist moved to Ohio before she met Tom Hale and got married.",
        "Governor Paula Brandt was smiling as she spoke at the dinner.",
    ],
)
def test_no_contact_from_other_pronoun_clauses(extract, text):
    # no one named met, "before" a first acquaintance, no one spoken to
    record = extract(text, published="2026-03-12")
    assert contacts(record) == [], contacts(record)
