"""Round forty-seven (D): a title the tagger took for an organisation ("the Governor-General") is the one person
named before with exactly that title (rule party.title-taken-for-a-body). Sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def test_the_governor_general_called_is_the_one_named_before(extract):
    record = extract(
        "The Governor-General, Sir Ana Vuni, met the opposition leader, Tom Hale, on Monday. Foreign Minister Paul "
        "Reid spoke by telephone with the Governor-General on Tuesday.",
        published="2024-05-08",
    )
    call = next(e for e in record["events"] if e["mode"] == "phone")
    assert event_names(record, call) == {"Paul Reid", "Ana Vuni"}


def test_a_title_named_only_later_stays_as_it_is(extract):
    # the holder is named only after the contact: no one named before holds the title
    record = extract(
        "Foreign Minister Paul Reid spoke by telephone with the Governor-General on Tuesday. The Governor-General, "
        "Sir Ana Vuni, later met the opposition leader, Tom Hale.",
        published="2024-05-08",
    )
    call = next(e for e in record["events"] if e["mode"] == "phone")
    assert "Ana Vuni" not in event_names(record, call)
