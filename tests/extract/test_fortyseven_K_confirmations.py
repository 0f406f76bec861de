"""Round forty-seven (helper K): confirmations that are not denials. A silence stressed, not measured ("said nothing
at all", "absolutely nothing"), is a side's silence on its contact (rule confirm.said-nothing-at-all). Sentences
written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

REPORT = (
    "The weekly Zora reported that Deputy Minister Ivo Marek had dined with the Slovak envoy, Peter Dvorsky, "
    "in Brno on Friday. "
)


def _confirmations(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]]


def test_a_side_that_said_nothing_at_all_has_not_commented(extract):
    record = extract(REPORT + "The Slovak embassy has said nothing at all.", published="2025-06-16")
    assert ("no_comment", "Slovak embassy") in _confirmations(record)


def test_absolutely_nothing_about_the_dinner_is_no_comment(extract):
    record = extract(REPORT + "The Slovak embassy said absolutely nothing about the dinner.", published="2025-06-16")
    assert ("no_comment", "Slovak embassy") in _confirmations(record)


def test_nothing_whatsoever_is_no_comment(extract):
    record = extract(REPORT + "The Slovak embassy said nothing whatsoever.", published="2025-06-16")
    assert ("no_comment", "Slovak embassy") in _confirmations(record)


def test_almost_nothing_is_no_silence(extract):
    record = extract(REPORT + "The Slovak embassy said almost nothing.", published="2025-06-16")
    assert not _confirmations(record)


def test_a_third_state_silent_at_all_says_nothing_of_the_contact(extract):
    record = extract(REPORT + "The Austrian embassy said nothing at all.", published="2025-06-16")
    assert not _confirmations(record)
