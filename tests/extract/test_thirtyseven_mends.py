"""Mends after the read-through of round thirty-seven's rules, each on sentences written for these tests."""

from typing import Any

import pytest


def _parties(record: dict[str, Any]) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [sorted(names[p] for p in e["participants"]) for e in record["events"]]


@pytest.mark.parametrize(
    "second",
    [
        "Norwegian Foreign Minister Anna Berg also met UN envoy Jorge Soto on Monday in Oslo.",
        "Norwegian Foreign Minister Anna Berg met UN envoy Jorge Soto too, on Monday in Oslo.",
    ],
)
def test_a_contact_set_beside_the_lead_does_not_retell_it(extract, second):
    """merge.people-of-the-states: "also" or "too" on the verb tells another contact, though one of its
    people is of neither state's known country."""
    record = extract(f"Norway and Chile held talks in Oslo on Monday. {second}", published="2026-06-10")
    assert _parties(record) == [["Chile", "Norway"], ["Anna Berg", "Jorge Soto"]], record["events"]
