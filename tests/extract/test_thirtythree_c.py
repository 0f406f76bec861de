"""A group named as members of, from or for a body or place acts for that place's state (rule party.members-of),
and whoever conducts a delegation is there (rule party.led-by)."""

from __future__ import annotations

import pytest

from backchannel.nlp import load
from backchannel.pipeline import extract_article
from backchannel.records import Article


def _parties(text: str) -> list[list[str]]:
    result = extract_article(Article(text=text, published="2026-03-12"), load()).to_dict()
    names = {a["id"]: a["name"] for a in result["actors"]}
    return [[names[p] for p in e["participants"]] for e in result["events"]]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Anna Holm met two officials from Taipei at a resort near Oslo on Saturday.", "Taiwan"),
        ("Senator Ruth Ames met lobbyists for the Chilean government trade office on Friday.", "Chile"),
        ("The minister met directors of a Port of Spain property company on Monday.", "Trinidad and Tobago"),
        ("President Lena Moss received a delegation from Lohja on Friday.", "Finland"),
    ],
)
def test_members_of_a_place_act_for_its_state(text: str, state: str) -> None:
    (parties,) = _parties(text)
    assert state in parties


def test_a_named_body_is_the_party_itself() -> None:
    (parties,) = _parties("The minister met leaders of the Independence Party on Monday.")
    assert parties == ["minister", "Independence Party"]


def test_conducted_by_names_the_leader() -> None:
    (parties,) = _parties("President Lena Moss received a delegation from Mali conducted by Mr. Keita on Friday.")
    assert "Keita" in parties


def test_its_members_bring_their_body() -> None:
    (parties,) = _parties("The Harbour Pilots Union said on Sunday that its leaders will meet Omar Haddad on Monday.")
    assert "Harbour Pilots Union" in parties
