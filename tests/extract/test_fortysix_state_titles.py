"""Round forty-six: a state's name compounded into a title is whose office it is; the party is the holder;
tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def test_the_us_secretary_of_state_is_a_person_of_the_united_states(extract):
    # party.title-of-a-state
    record = extract(
        "Prime Minister Arman Sargsyan spoke by telephone with the US secretary of state on Monday.",
        published="2024-05-10",
    )
    (event,) = record["events"]
    names = event_names(record, event)
    assert "Arman Sargsyan" in names
    assert any("secretary of state" in n.lower() for n in names)
    holder = next(a for a in record["actors"] if "secretary of state" in a["name"].lower())
    assert holder["kind"] == "person"
    assert holder["country"] == "USA"


def test_the_us_president_named_before_is_that_person(extract):
    record = extract(
        "President Dana Hale flew home on Friday. Prime Minister Arman Sargsyan spoke by telephone with the US "
        "president on Monday.",
        published="2024-05-10",
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Arman Sargsyan", "Dana Hale"}


def test_us_officials_stay_their_state(extract):
    record = extract("Prime Minister Arman Sargsyan met US officials on Monday.", published="2024-05-10")
    (event,) = record["events"]
    assert "United States" in event_names(record, event)


def test_an_ambassador_to_a_state_keeps_both_states(extract):
    # the post's other state is read with the title, as before party.title-of-a-state
    record = extract(
        "Councillor Rick Dunn will seek a private meeting with the U.S. ambassador to Canada next week.",
        published="2024-05-10",
    )
    (event,) = record["events"]
    assert {"Canada", "United States"} <= event_names(record, event)
