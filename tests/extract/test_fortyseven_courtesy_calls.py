"""Round forty-seven: a call made to congratulate, thank or condole is a phone contact (LABELLING.md counts talking by
phone, and the gate's labellers keep every such call), which PLOVER codes as support: the event is typed SUPPORT, so
the ledger keeps it and PLOVER's CONSULT count does not take it in. Sentences written for these tests (names
invented; the first three from helper D's, round forty-seven)."""

from backchannel.plover import from_record
from tests.conftest import event_names


def test_a_call_to_congratulate_is_a_phone_contact_typed_support(extract):
    record = extract(
        "Governor Lena Marsh telephoned Mayor Tomas Okafor on Sunday to congratulate him on his re-election.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["type"], event["mode"], event["status"]) == ("SUPPORT", "phone", "occurred")
    assert event_names(record, event) == {"Lena Marsh", "Tomas Okafor"}
    assert event["date"]["value"] == "2024-05-05"


def test_a_call_to_thank_a_host_is_a_phone_contact_typed_support(extract):
    record = extract(
        "Prime Minister Ines Varga called the Emir of Darvel, Sheikh Omar Haddad, on Monday to thank him for hosting "
        "the talks, her office said.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["type"], event["mode"]) == ("SUPPORT", "phone")
    assert event_names(record, event) >= {"Ines Varga", "Omar Haddad"}


def test_support_voiced_in_a_phone_call_is_a_contact_typed_support(extract):
    record = extract(
        "Chancellor Paul Brenner voiced his support for the ceasefire in a phone call with President Ada Kovac on "
        "Tuesday.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["type"], event["mode"]) == ("SUPPORT", "phone")
    assert event_names(record, event) == {"Paul Brenner", "Ada Kovac"}


def test_a_courtesy_call_told_again_as_talks_is_a_consultation(extract):
    # the event is support only when every telling of it is a courtesy
    record = extract(
        "Governor Lena Marsh telephoned Mayor Tomas Okafor on Sunday to congratulate him on his re-election. During "
        "the call the two discussed the new bridge.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["type"], event["mode"]) == ("CONSULT", "phone")


def test_plover_export_keeps_the_support_type(extract):
    record = extract(
        "Governor Lena Marsh telephoned Mayor Tomas Okafor on Sunday to congratulate him on his re-election.",
        published="2024-05-08",
    )
    assert [row["event_type"] for row in from_record(record)] == ["SUPPORT"]


def test_a_message_of_congratulation_is_still_no_contact(extract):
    # a letter or statement is no contact (LABELLING.md), whatever it says
    record = extract(
        "President Ada Kovac sent a message to Governor Lena Marsh on Sunday to congratulate her on her victory.",
        published="2024-05-08",
    )
    assert record["events"] == []


def test_business_done_during_a_courtesy_call_makes_it_a_consultation(extract):
    # contact.support-call.business (reviewer R1's finding): the call was more than a courtesy
    record = extract(
        "President Ana Ruiz called Prime Minister Tom Reid on Monday to congratulate him on his victory. During the "
        "call, the two agreed to meet in Madrid next month.",
        published="2024-05-08",
    )
    calls = [e for e in record["events"] if e["mode"] == "phone"]
    assert [e["type"] for e in calls] == ["CONSULT"]


def test_more_courtesy_during_the_call_keeps_it_support(extract):
    record = extract(
        "President Ana Ruiz called Prime Minister Tom Reid on Monday to congratulate him on his victory. During the "
        "call, she thanked him for his support.",
        published="2024-05-08",
    )
    calls = [e for e in record["events"] if e["mode"] == "phone"]
    assert [e["type"] for e in calls] == ["SUPPORT"]
