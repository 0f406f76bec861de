"""Round forty-eight (helper N): "Both denied it", "Both men denied it": the two sides of a contact of two speak
themselves, and what they say each says (rules confirm.both-themselves, confirm.both-sides-each). Sentences written
for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

REPORT = (
    "The weekly Kurir reported that Deputy Minister Ivo Marek had dined with Peter Dvorsky, a Slovak businessman, "
    "in Brno on Friday. "
)


def _confirmations(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]]


def test_both_men_denying_is_each_denying(extract):
    found = _confirmations(extract(REPORT + "Both men denied it.", published="2026-03-12"))
    assert ("denied", "Ivo Marek") in found
    assert ("denied", "Peter Dvorsky") in found


def test_both_alone_denying_is_each_denying(extract):
    found = _confirmations(extract(REPORT + "Both denied it.", published="2026-03-12"))
    assert ("denied", "Ivo Marek") in found
    assert ("denied", "Peter Dvorsky") in found


def test_both_leaders_of_a_third_pair_deny_nothing_for_the_diners(extract):
    text = REPORT + "The mayors of Brno and Vienna met on Monday. Both leaders called it useful."
    found = _confirmations(extract(text, published="2026-03-12"))
    assert ("confirmed", "Peter Dvorsky") not in found
