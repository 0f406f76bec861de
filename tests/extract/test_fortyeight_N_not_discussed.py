"""Round forty-eight (helper N): refusing to discuss a contact, or a habit of not discussing such things, is no
comment on it (rule confirm.will-not-discuss); not discussing a topic in a meeting, or refusing to discuss a topic,
is none. Sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of

REPORT = (
    "The weekly Kurir reported that Deputy Minister Ivo Marek had dined with the Slovak envoy, Peter Dvorsky, "
    "in Brno on Friday. "
)


def _confirmations(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]]


def test_would_not_discuss_the_dinner_is_no_comment(extract):
    record = extract(REPORT + "Marek's spokesman would not discuss the dinner.")
    assert ("no_comment", "Ivo Marek's spokesman") in _confirmations(record)


def test_cannot_discuss_it_is_no_comment(extract):
    record = extract(REPORT + "Marek's office said it could not discuss it.")
    assert ("no_comment", "Ivo Marek's office") in _confirmations(record)


def test_a_habit_of_not_discussing_movements_is_no_comment(extract):
    record = extract(REPORT + "The Slovak embassy said it does not discuss the movements of its diplomats.")
    assert ("no_comment", "Slovak embassy") in _confirmations(record)


def test_a_quoted_habit_of_not_discussing_is_no_comment(extract):
    record = extract(REPORT + '"We do not discuss our envoys\' private appointments," the Slovak embassy said.')
    assert ("no_comment", "Slovak embassy") in _confirmations(record)


def test_not_discussing_a_topic_is_no_comment_on_nothing(extract):
    record = extract(REPORT + "Marek would not discuss the figures.")
    assert not _confirmations(record)


def test_a_topic_left_out_of_the_dinner_is_no_refusal(extract):
    record = extract(REPORT + "Marek said they did not discuss fishing.")
    assert all(status != "no_comment" for status, _ in _confirmations(record))


def test_what_was_said_is_a_topic_not_the_dinner(extract):
    record = extract(REPORT + '"What the envoy said to me I will not discuss," Marek told the radio.')
    assert all(status != "no_comment" for status, _ in _confirmations(record))
