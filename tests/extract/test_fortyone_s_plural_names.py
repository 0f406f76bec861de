"""A capitalised plural of a noun for a person is no word of one person's name (session 41)."""

from __future__ import annotations

from typing import Any


def _kinds(record: dict[str, Any]) -> dict[str, str]:
    return {actor["name"]: actor["kind"] for actor in record["actors"]}


def test_title_case_group_taking_who_is_no_person(extract) -> None:
    record = extract(
        "The Young Farmers, who represent growers in the valley, said prices had never been this low.\n\n"
        '"We cannot go on like this," the Young Farmers said in a statement.'
    )
    assert _kinds(record).get("Young Farmers") != "person"


def test_title_case_group_given_a_number_is_no_person(extract) -> None:
    record = extract("Senior Officials, 52, said the talks in Geneva had failed.")
    assert "person" not in {kind for name, kind in _kinds(record).items() if "Officials" in name}
