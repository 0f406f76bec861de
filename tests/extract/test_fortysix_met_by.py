"""Round forty-six: a passive "was met by" between parties, and errands run in person when calling on someone;
tested on sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_met_by_an_official_is_a_meeting(extract):
    # contact.meet.passive-by
    record = extract(
        "Prime Minister Lea Moss was met by Foreign Minister Tomas Vik at the airport on Monday.",
        published="2024-06-05",
    )
    (event,) = events_with(record, "Lea Moss", "Tomas Vik")
    assert event["status"] == "occurred"
    assert event["date"]["value"] == "2024-06-03"


def test_met_by_hung_on_the_place_is_a_meeting(extract):
    # the parse hangs "by" on the steps: the agent is still the other party
    record = extract(
        "President Ivo Rand was met at the foot of the aircraft steps by Foreign Minister Nadia Kerr.",
        published="2024-06-05",
    )
    assert events_with(record, "Ivo Rand", "Nadia Kerr")


def test_demands_met_by_a_board_are_no_meeting(extract):
    record = extract(
        "The union said its demands were met by the port board on Friday, and the targets were met by the ministry.",
        published="2024-06-05",
    )
    assert record["events"] == []


def test_calling_on_someone_at_an_office_to_complain_is_a_visit(extract):
    # contact.call-on.errand: complaining, like protesting, is the caller's errand
    record = extract(
        "Karin Holm, a nurse, said she had called on Governor Paulo Mendes at his office in May to complain about the "
        "checkpoints.",
        published="2024-06-05",
    )
    (event,) = events_with(record, "Karin Holm", "Paulo Mendes")
    assert event["mode"] == "visit"


def test_calling_on_a_minister_to_explain_is_a_demand(extract):
    record = extract(
        "The opposition called on Prime Minister Ali Noor on Monday to explain the deal to parliament.",
        published="2024-06-05",
    )
    assert record["events"] == []
