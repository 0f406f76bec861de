"""A title a descriptor word opens ("the Head of State") is no one's name once the word is cut (session 41)."""

from __future__ import annotations


def test_head_of_state_makes_no_person_named_of_state(extract) -> None:
    record = extract(
        "Diplomats in Abuja expect the Head of State to welcome the delegation on Friday. "
        '"We are ready for them," an aide said.'
    )
    assert "of State" not in {actor["name"] for actor in record["actors"]}
