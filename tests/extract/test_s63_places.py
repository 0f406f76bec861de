"""Session 63: places of contacts.

- place.also-there carried the place of an earlier meeting to a further contact told with "also" even when that
  contact is a visit to a place of its own ("He will also visit Brazil"): the place visited is its own.

Sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_a_further_visit_told_with_also_keeps_its_destination(extract):
    record = extract(
        "Premier Ana Duarte met President Tomas Ilves on Tuesday in Montevideo. She will also visit Chile on Friday.",
        published="2019-03-06",
    )
    (visit,) = events_with(record, "Ana Duarte", "Chile")
    assert visit["place"]["name"] == "Chile"


def test_a_further_meeting_told_with_also_is_still_where_the_first_was(extract):
    # negative: a further meeting with no place of its own goes on where the first was
    record = extract(
        "Premier Ana Duarte met President Tomas Ilves on Tuesday in Montevideo. "
        "She also met the opposition leader Marta Gil.",
        published="2019-03-06",
    )
    (meeting,) = events_with(record, "Ana Duarte", "Marta Gil")
    assert meeting["place"]["name"] == "Montevideo"
