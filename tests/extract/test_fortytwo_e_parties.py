"""Round forty-two (e): sides named by a count of states ("the three capitals", "the two countries' ministers")
or by premises their owner keeps ("the rebels' headquarters"); tested on sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def test_the_three_capitals_are_the_three_states_named_before(extract):
    # party.the-n-states: a count of three takes the three states last named
    record = extract(
        "Peru, Chile and Bolivia signed the water accord in March. A Uruguayan envoy, Mateo Sosa, has since "
        "shuttled between the three capitals.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert {"Peru", "Chile", "Bolivia", "Mateo Sosa"} <= event_names(record, event)


def test_the_countries_leaders_act_for_the_states_named_before(extract):
    # party.the-n-states: "the three countries' leaders", the count on a possessor
    record = extract(
        "China, Japan and South Korea agreed on a trade plan on Monday. Japan hopes to host a summit of the three "
        "countries' leaders before the end of the year.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert {"China", "Japan", "South Korea"} <= event_names(record, event)


def test_the_offices_of_a_union_stand_for_the_union(extract):
    # party.premises-owner: "the Teachers Union's offices" is the union, not a body of its own beside it
    record = extract(
        "The mediator, Lena Dahl, spent the night shuttling between the Teachers Union's offices and the ministry.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    names = event_names(record, event)
    assert "Teachers Union" in names
    assert not any("offices" in n for n in names)


def test_officials_of_a_body_are_read_with_the_body(extract):
    # party.members-of-a-body: "officials of the sport's governing body", not bare "officials"
    record = extract(
        "The union chief, Tevita Lomu, flew to Auckland in 2001 to meet officials of the sport's governing body.",
        published="2024-04-10",
    )
    (event,) = record["events"]
    assert "officials of the sport's governing body" in event_names(record, event)
