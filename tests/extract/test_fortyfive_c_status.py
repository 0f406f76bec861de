"""Round forty-five (c): a contact every time told of which is still to come is planned, whatever the tense of the
clause around it; tested on sentences written for these tests (names invented)."""


def test_a_visit_due_next_week_is_planned(extract):
    # status.dated-to-come
    record = extract(
        "Ministers meet\n\nForeign Minister Anil Mehra is due in Colombo next week for two days of talks with his Sri"
        " Lankan counterpart, Ravi Perera.",
        published="2025-03-14",
    )
    assert [e["status"] for e in record["events"]] == ["planned"]
    # "the next day" counts from a day told before: held
    held = extract("Ministers meet\n\nMehra met Perera on Monday. The two men met again the next day.")
    assert all(e["status"] == "occurred" for e in held["events"])
