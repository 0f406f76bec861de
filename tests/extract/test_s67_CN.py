"""States named by their countries' names as the objects of one verb of visiting are one visit to each state, each
its own host (session 67, helper CN; rule contact.each-state-visited), as two capitals already were
(contact.each-destination). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def visits(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "visit"]


def test_two_states_visited_are_two_visits(extract):
    r = extract("Minister Ada Okafor has visited Ghana and Kenya this month.", published=PUBLISHED)
    assert sorted(map(sorted, visits(r))) == [["Ada Okafor", "Ghana"], ["Ada Okafor", "Kenya"]]


def test_a_state_named_by_its_initials_is_one_of_the_visits(extract):
    r = extract("President Tomas Varga has visited the UAE and Oman since the floods.", published=PUBLISHED)
    assert len(visits(r)) == 2
    assert {"Tomas Varga", "Oman"} in visits(r)


def test_three_states_visited_are_three_visits_each_in_its_own_place(extract):
    r = extract("Envoy Lena Moss will visit Benin, Togo and Nigeria next week.", published=PUBLISHED)
    places = sorted(e["place"]["name"] for e in r["events"] if e["mode"] == "visit")
    assert places == ["Benin", "Nigeria", "Togo"]


def test_a_state_beside_a_person_visited_stays_one_visit(extract):
    r = extract("Minister Ada Okafor visited Kenya and President Omondi last week.", published=PUBLISHED)
    assert len(visits(r)) == 1


def test_two_cities_of_one_state_stay_one_visit(extract):
    r = extract("Minister Ada Okafor will visit Beijing and Shanghai next week.", published=PUBLISHED)
    assert len(visits(r)) == 1


def test_meeting_two_states_is_not_split_as_visits(extract):
    r = extract("Minister Ada Okafor met Ghana and Kenya at the summit on Monday.", published=PUBLISHED)
    assert len(visits(r)) == 0
