"""Round fifty-nine (E): plural contacts of one side whose other sides the next sentence lists ("These were with
the leaders of A, B and C", "The meetings involved A, B and C") are one contact with each listed (rule
contact.listed-after); one listed side's contact never takes in another's (rule merge.listed-apart). Sentences
written for these tests."""

from tests.conftest import event_names


def _pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_these_were_with_the_leaders_of_several_states(extract):
    record = extract(
        "Prime Minister Ana Ruiz had bilateral meetings with four of her counterparts in Lima on Friday.\n\n"
        "These were with the leaders of Peru, Bolivia, Ecuador and Colombia.",
        published="2026-03-14",
    )
    pairs = _pairs(record)
    for state in ("Peru", "Bolivia", "Ecuador", "Colombia"):
        assert {"Ana Ruiz", state} in pairs


def test_the_meetings_involved_states_and_a_body(extract):
    record = extract(
        "Norwegian Prime Minister Tomas Erland held a series of meetings in Oslo on Monday. The meetings involved "
        "Sweden, Finland, Denmark and the European Union.",
        published="2026-03-12",
    )
    pairs = _pairs(record)
    for side in ("Sweden", "Finland", "Denmark", "European Union"):
        assert {"Tomas Erland", side} in pairs


def test_a_singular_meeting_is_not_split(extract):
    record = extract(
        "Prime Minister Tomas Erland had a meeting in Oslo on Monday. It was with the leaders of Sweden, Finland "
        "and Denmark.",
        published="2026-03-12",
    )
    assert {"Tomas Erland", "Sweden"} not in _pairs(record)


def test_a_next_sentence_about_something_else_lists_no_sides(extract):
    record = extract(
        "Prime Minister Tomas Erland held talks in Oslo on Monday. The leaders of Sweden, Finland and Denmark "
        "attended a concert.",
        published="2026-03-12",
    )
    assert {"Tomas Erland", "Sweden"} not in _pairs(record)
