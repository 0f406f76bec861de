"""A side's own account as a confirmation (round 38 c2): a state's own news agency, known by its name ("Kuwait News
Agency", "Oman's state news agency"), telling a contact of a side of that state confirms it for that state, as its
ministry would (rule confirm.agency-of-a-side-state); an agency naming no state, or another state, does not. A side
speaking "after the dinner" speaks after the held contact it was at, not a plan told since (rule
confirm.said-after-the-held-one). Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _confirmers(record: dict[str, Any]) -> list[list[tuple[str, str]]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[(c["status"], names[c["by"]]) for c in e["confirmations"]] for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Foreign Minister Ali Saeed of Kuwait received the Iranian envoy, Reza Karimi, in Kuwait City on Sunday. "
            "The Kuwait News Agency said the two sides reviewed bilateral relations.",
            "Kuwait News Agency",
        ),
        (
            "Oman's Foreign Minister, Talal Nasser, received Iran's deputy foreign minister, Reza Karimi, in Muscat "
            "on Sunday. Oman's state news agency said the two men discussed shipping.",
            "Oman's state news agency",
        ),
    ],
)
def test_a_side_states_news_agency_telling_the_contact_confirms_it(extract, text, agency):
    assert _confirmers(extract(text, published="2026-03-12")) == [[("confirmed", agency)]]


def test_the_news_agency_of_a_state_of_no_side_confirms_nothing(extract):
    record = extract(
        "Oman's Foreign Minister, Talal Nasser, received Iran's deputy foreign minister, Reza Karimi, in Muscat on "
        "Sunday. The Bahrain News Agency said the two men discussed shipping.",
        published="2026-03-12",
    )
    assert _confirmers(record) == [[]]


def test_an_agency_only_described_by_its_country_confirms_nothing(extract):
    record = extract(
        "Oman's Foreign Minister, Talal Nasser, received Iran's deputy foreign minister, Reza Karimi, in Muscat on "
        "Sunday. According to the Omani news agency, the two men discussed shipping.",
        published="2026-03-12",
    )
    assert ("confirmed", "Omani news agency") not in _confirmers(record)[0]


def test_a_side_speaking_after_the_dinner_confirms_the_talks_not_the_plan_told_since(extract):
    record = extract(
        "Foreign Minister Anna Berg held talks with Jan Nowak in Warsaw on Monday. Berg is due to meet Nowak again "
        'in Paris in May. "We did not avoid the difficult subjects," Nowak told reporters after the dinner.',
        published="2026-03-12",
    )
    assert _confirmers(record) == [[("confirmed", "Jan Nowak")], []]
