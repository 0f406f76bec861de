"""Session 62 (lead): a denial of an act that comes "from" a contact is not the contact's (rule
status.denied-act-from-contact). Sentences written for these tests (names invented)."""


def _statuses(record: dict) -> list[str]:
    return [e["status"] for e in record["events"] if e["mode"] == "visit"]


def test_conclusions_not_drawn_from_a_visit_leave_it_held(extract):
    record = extract(
        "Far-reaching conclusions should not be drawn from Prime Minister Ana Lind's visit to Tallinn on Wednesday, "
        "the minister said.",
        published="2023-07-20",
    )
    assert _statuses(record) == ["occurred"]


def test_not_returning_from_a_visit_leaves_it_held(extract):
    record = extract("The minister did not return from his visit to China until Friday.", published="2023-07-20")
    assert _statuses(record) == ["occurred"]


def test_a_visit_called_off_is_still_denied(extract):
    # negative: the denial of the visit itself stands
    record = extract("Prime Minister Ana Lind did not visit Tallinn on Wednesday.", published="2023-07-20")
    assert _statuses(record) == ["denied"]
