"""Round sixty: the place a contact noun's own relative clause tells ("a meeting he held with X in Oslo last
Sunday", rule place.held-in-own-clause), and "undertake a visit" as a visit made by the subject. Sentences written
for these tests (names invented)."""

from tests.conftest import event_names


def _only_event(record):
    assert len(record["events"]) == 1, record["events"]
    return record["events"][0]


def test_the_place_of_the_holding_clause(extract):
    record = extract(
        "Minister Ana Lindqvist confirmed a meeting she held with the trade envoy Karl Brandt in Oslo last Sunday.\n",
        published="2024-03-12",
    )
    event = _only_event(record)
    assert event_names(record, event) >= {"Ana Lindqvist", "Karl Brandt"}
    assert event["place"]["name"] == "Oslo"


def test_a_place_in_the_other_sides_clause_is_not_taken(extract):
    record = extract(
        "Minister Ana Lindqvist confirmed a meeting she held last Sunday with Karl Brandt, who lives in Oslo.\n",
        published="2024-03-12",
    )
    event = _only_event(record)
    assert (event.get("place") or {}).get("name") != "Oslo"


def test_undertaking_a_visit_is_a_visit(extract):
    record = extract(
        "Prime Minister Tomas Varga will undertake an official visit to Ghana beginning Sunday.\n",
        published="2024-03-12",
    )
    event = _only_event(record)
    assert event["mode"] == "visit" and event["status"] == "planned"
    assert event_names(record, event) >= {"Tomas Varga", "Ghana"}
