"""A state by its long official name is the state (gazetteer STATE_STYLES), and a call with only courtesies joined to
it is a courtesy call (rule contact.support-call.joined). Session 71, on sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def test_a_visit_to_a_state_by_its_long_name_is_a_visit_to_that_state(extract):
    record = extract("Foreign Minister Lena Park paid an official visit to the Hashemite Kingdom of Jordan on Monday.")
    (event,) = record["events"]
    assert event_names(record, event) == {"Lena Park", "Jordan"}
    assert event["mode"] == "visit"


def test_a_call_with_condolences_joined_is_a_courtesy_call(extract):
    record = extract(
        "Prime Minister Imran Qadir on Monday telephoned Turkish President Kemal Aydin and conveyed condolences over "
        "the earthquake."
    )
    assert [(e["type"], e["mode"]) for e in record["events"]] == [("SUPPORT", "phone")]


def test_a_call_with_congratulations_joined_is_a_courtesy_call(extract):
    record = extract("President Ana Ruiz telephoned Chancellor Greta Lind and congratulated her on her victory.")
    assert [e["type"] for e in record["events"]] == ["SUPPORT"]


def test_a_call_with_business_joined_stays_a_consultation(extract):
    record = extract("President Ana Ruiz called Chancellor Greta Lind and discussed the border dispute.")
    assert [e["type"] for e in record["events"]] == ["CONSULT"]


def test_a_call_with_a_decision_conveyed_stays_a_consultation(extract):
    record = extract("President Ana Ruiz called Chancellor Greta Lind and conveyed the cabinet's decision.")
    assert [e["type"] for e in record["events"]] == ["CONSULT"]


def test_a_call_with_an_assurance_of_business_joined_stays_a_consultation(extract):
    record = extract(
        "Minister Omar Baig said he had spoken to Governor Ali Raza on the telephone and assured him that the "
        "province would get its share of the water."
    )
    assert [e["type"] for e in record["events"]] == ["CONSULT"]
