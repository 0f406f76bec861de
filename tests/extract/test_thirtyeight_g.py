"""Parties told by description, round thirty-eight (helper g): the speaker whose quoted "I" met someone is a
party, however many others the contact names (rule party.first-person-speaker); a single title is told by what it is
the title of when that is no actor ("the head of the Russian veterinary service", rule party.title-of-a-thing).
Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _parties(record: dict[str, Any]) -> list[set[str]]:
    """Each event's parties, by name."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            'SARAJEVO, May 2 - The Bosnian president, Edin Hadzic, was upbeat.\n\n"I received the American '
            'ambassador this morning," Hadzic said.',
            {"Edin Hadzic", "American ambassador"},
        ),
        (
            "TUNIS, May 2 - Tunisia's trade minister, Leila Mansour, spoke to reporters.\n\n\"On Monday I met the "
            'Algerian trade minister and the head of the customs service," Mansour said.',
            {"Leila Mansour"},
        ),
    ],
)
def test_the_speaker_whose_i_met_is_a_party(extract, text, parties):
    # party.first-person-speaker: "I" in the quoted words is the speaker, beside the two others met
    found = _parties(extract(text, published="2026-05-02"))
    assert any(parties <= p for p in found), found


def test_a_quoted_contact_of_others_leaves_the_speaker_out(extract):
    # no "I": the speaker tells of others' contact with two guests and is not one of its parties
    text = (
        'SARAJEVO, May 2 - The Bosnian president, Edin Hadzic, was upbeat.\n\n"Marko Kovac received the American '
        'ambassador and the Russian envoy this morning," Hadzic said.'
    )
    found = _parties(extract(text, published="2026-05-02"))
    assert found and all("Edin Hadzic" not in p for p in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "HANOI, May 2 - Mr Vinh had spoken by telephone with the head of the Russian veterinary service in "
            "early June.",
            "head of the Russian veterinary service",
        ),
        (
            "SAN JOSE, May 2 - The minister, Aurelio Brenes, met no one except the governor of Guanacaste on Monday.",
            "governor of Guanacaste",
        ),
    ],
)
def test_a_title_is_told_by_what_it_is_the_title_of(extract, text, party):
    # party.title-of-a-thing: "the head of the Russian veterinary service", not "head"
    found = _parties(extract(text, published="2026-05-02"))
    assert any(party in p for p in found), found
