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
