"""Session 66: someone told to have left a contact had held it (rule status.left-after-holding): "left talks with
X yesterday" is a held meeting, not one refused. Seen in real wire copy where the gold calls it held. Sentences
written for these tests (names invented)."""


def _statuses(record: dict) -> list[str]:
    return [e["status"] for e in record["events"]]


def test_talks_left_yesterday_were_held(extract):
    record = extract(
        "U.S. envoy Ray Dalton left talks with President Ivo Lazar yesterday without a breakthrough.",
        published="2016-09-15",
    )
    assert _statuses(record) == ["occurred"]


def test_talks_someone_means_to_leave_are_not_read_as_left(extract):
    record = extract(
        "Trade Minister Ana Ruiz refused to meet the union leader, Tomas Vidal, on Monday.", published="2016-09-15"
    )
    assert _statuses(record) == ["denied"]


def test_talks_left_in_some_state_by_a_thing_are_not_read_as_held(extract):
    record = extract("The border dispute left talks with Chancellor Ilse Brandt in limbo.", published="2016-09-15")
    assert "occurred" not in _statuses(record)


def test_talks_left_to_someone_else_are_not_read_as_held(extract):
    record = extract("President Ana Ruiz left talks with Chancellor Ilse Brandt to her deputy.", published="2016-09-15")
    assert "occurred" not in _statuses(record)
