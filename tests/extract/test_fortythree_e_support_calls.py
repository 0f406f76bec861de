"""Round forty-three (e), revised in round forty-seven: a call made only to congratulate or condole is a contact of
PLOVER type SUPPORT; a call with another purpose besides, one that offers something other than support, and a visit
or meeting whatever it was for are consultations (CONSULT). Tested on sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def test_a_call_offering_something_besides_support_is_a_contact(extract):
    # contact.support-call: "offer" is a gesture only when what it offers is support (carrying_purposes)
    record = extract(
        "The mayor, Carl Berg, telephoned Governor Ola Dahl on Tuesday to offer buses from the city fleet.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert (event["mode"], event["type"]) == ("phone", "CONSULT")
    assert event_names(record, event) == {"Carl Berg", "Ola Dahl"}


def test_a_call_to_apologise_and_to_do_more_is_a_contact(extract):
    # contact.support-call: another purpose joined to the courtesy makes the call a contact
    record = extract(
        "Mayor Carl Berg telephoned Governor Ola Dahl on Wednesday to apologise and to pass on his views on the "
        "budget.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["type"] == "CONSULT"
    assert event_names(record, event) == {"Carl Berg", "Ola Dahl"}


def test_a_meeting_to_thank_someone_is_a_contact(extract):
    # contact.support-call: only calls; meeting in person is a contact whatever it is for
    record = extract(
        "The Dutch ambassador, Anna Visser, met Foreign Minister Ali Salem on Tuesday to thank him in person.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert event["mode"] == "meeting"
    assert event_names(record, event) == {"Anna Visser", "Ali Salem"}


def test_a_call_only_to_condole_is_support_and_the_meeting_a_consultation(extract):
    # contact.support-call: "to offer condolences" carries support; the meeting told next is a consultation
    record = extract(
        "President Ana Ruiz telephoned Prime Minister Jorge Vidal to offer condolences after the floods. On Friday "
        "the Chilean ambassador, Pedro Soto, met Foreign Minister Ali Salem to thank him for the aid.",
        published="2024-04-10",
    )
    typed = sorted((e["type"], sorted(event_names(record, e))) for e in record["events"])
    assert typed == [("CONSULT", ["Ali Salem", "Pedro Soto"]), ("SUPPORT", ["Ana Ruiz", "Jorge Vidal"])]
