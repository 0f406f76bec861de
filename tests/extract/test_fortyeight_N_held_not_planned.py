"""Round forty-eight (helper N): a confirmation that tells a contact as held, in the past, confirms the contact held,
not the plan of the same parties told just before it (rule confirm.held-not-planned). Sentences written for these
tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

HELD = "Foreign Minister Anna Berg met Jan Nowak in Warsaw on Monday. "


def _confirmed(record: dict[str, Any], status: str) -> list[str]:
    return [
        actor_of(record, c["by"])["name"]
        for e in record["events"]
        if e["status"] == status
        for c in e["confirmations"]
        if c["status"] == "confirmed"
    ]


def test_talks_that_were_frank_are_the_ones_held(extract):
    text = HELD + "The two ministers will meet again in Prague in May. The talks were frank, Nowak's spokeswoman said."
    record = extract(text, published="2026-03-12")
    assert "Jan Nowak's spokeswoman" in _confirmed(record, "occurred")
    assert "Jan Nowak's spokeswoman" not in _confirmed(record, "planned")


def test_a_meeting_that_had_been_businesslike_was_held(extract):
    text = (
        HELD + "Both sides say the talks will resume on Tuesday. "
        "A spokeswoman for Nowak, Eva Dlouha, said later that the meeting had been businesslike."
    )
    record = extract(text, published="2026-03-12")
    assert "Eva Dlouha" in _confirmed(record, "occurred")


def test_a_plan_confirmed_stays_with_the_plan(extract):
    text = HELD + "The two ministers will meet again in Prague in May, Nowak's spokeswoman said."
    record = extract(text, published="2026-03-12")
    assert "Jan Nowak's spokeswoman" not in _confirmed(record, "occurred")


def test_a_sentence_telling_both_confirms_both(extract):
    text = (
        HELD + "They will meet again in Prague in May. A spokeswoman for Nowak, Eva Dlouha, said later that the "
        "meeting had been businesslike and that the two would sit down again soon."
    )
    record = extract(text, published="2026-03-12")
    assert "Eva Dlouha" in _confirmed(record, "occurred")
