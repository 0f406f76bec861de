"""Round forty-eight (helper E): contacts still to come. A planned or possible visit to a state is hosted by the one
person of that state the article tells the visitor in touch with (rule party.visit-host-in-touch); an unnamed
counterpart is the one person of that state holding the office whom the article names (rule party.counterpart-named).
Sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of


def _visits(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each visit as its status and its parties' names."""
    return [
        (e["status"], sorted(actor_of(record, p)["name"] for p in e["participants"]))
        for e in record["events"]
        if e["mode"] == "visit"
    ]


def test_a_planned_visit_is_hosted_by_the_counterpart_called_before(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Chilean counterpart, Tomas Vidal, on Monday. "
        "Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("planned", ["Ana Ruiz", "Chile", "Tomas Vidal"])]


def test_a_possible_visit_is_hosted_by_the_minister_met_before(extract):
    record = extract(
        "Kenyan Foreign Minister Joseph Otieno met Ugandan Foreign Minister Grace Nakato in Geneva on Monday. "
        "Nakato said she could travel to Nairobi in June if the border reopened.",
        published="2026-03-04",
    )
    assert _visits(record) == [("hypothetical", ["Grace Nakato", "Joseph Otieno", "Kenya"])]


def test_a_visit_already_made_keeps_its_state_alone(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Chilean counterpart, Tomas Vidal, on Monday. "
        "Ruiz travelled to Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("occurred", ["Ana Ruiz", "Chile"])]


def test_no_host_when_the_one_in_touch_is_of_another_state(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Bolivian counterpart, Tomas Vidal, on Monday. "
        "Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("planned", ["Ana Ruiz", "Chile"])]


def test_no_host_when_two_of_the_state_were_in_touch(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned Chilean Finance Minister Tomas Vidal on Monday and met "
        "Chilean Labour Minister Rosa Pinto on Tuesday. Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert ("planned", ["Ana Ruiz", "Chile"]) in _visits(record)


def _parties(record: dict[str, Any]) -> list[list[str]]:
    """Each contact's parties' names."""
    return [sorted(actor_of(record, p)["name"] for p in e["participants"]) for e in record["events"]]


def test_a_counterpart_is_the_minister_of_that_state_named_later(extract):
    record = extract(
        "Chile's foreign minister, Tomas Vidal, could meet his Argentine counterpart next month. "
        "Argentina's foreign minister, Lucia Ferrer, said she would welcome it.",
        published="2026-03-04",
    )
    # the counterpart is Ferrer where the text describes him (speaker.counterpart-holder, session 68), so no state
    # is added beside an unnamed holder (party.unnamed-holder-state): the two ministers, as the gate's gold has them
    assert _parties(record) == [["Lucia Ferrer", "Tomas Vidal"]]


def test_a_counterpart_is_the_minister_of_that_state_named_before(extract):
    record = extract(
        "Argentine Foreign Minister Lucia Ferrer spoke on the radio on Monday. "
        "Chilean Foreign Minister Tomas Vidal is expected to hold talks with his Argentine counterpart in Mendoza.",
        published="2026-03-04",
    )
    assert ["Lucia Ferrer", "Tomas Vidal"] in [[p for p in ps if p != "Argentina"] for ps in _parties(record)]


def test_a_counterpart_of_another_office_stays_unnamed(extract):
    record = extract(
        "Chile's foreign minister, Tomas Vidal, could meet his Argentine counterpart next month. "
        "Argentina's defence minister, Lucia Ferrer, said she would welcome it.",
        published="2026-03-04",
    )
    assert "Lucia Ferrer" not in _parties(record)[0]


def test_a_counterpart_stays_unnamed_when_two_could_be_meant(extract):
    record = extract(
        "Chile's trade minister, Tomas Vidal, could meet his Argentine counterpart next month. "
        "Argentine Trade Minister Lucia Ferrer welcomed it. Argentine Trade Minister Pablo Ibarra, her predecessor, "
        "did not.",
        published="2026-03-04",
    )
    assert not {"Lucia Ferrer", "Pablo Ibarra"} & set(_parties(record)[0])


def test_the_counterpart_of_a_minister_given_no_state(extract):
    record = extract(
        "Agriculture Minister Tom Hale said he would meet his Indonesian counterpart next week. "
        "Indonesia's agriculture minister, Budi Santoso, has not commented.",
        published="2026-03-04",
    )
    # the counterpart is Santoso where the text describes him (speaker.counterpart-holder, session 68): no state is
    # added beside an unnamed holder (party.unnamed-holder-state)
    assert _parties(record) == [["Budi Santoso", "Tom Hale"]]


def test_a_title_with_a_name_apposed_says_he_will_travel_abroad(extract):
    record = extract(
        "The Swedish minister, Tomas Berg, said he would travel to Oslo next week.", published="2026-03-04"
    )
    assert _visits(record) == [("planned", ["Norway", "Tomas Berg"])]


def test_a_title_alone_says_he_will_travel_abroad(extract):
    record = extract("The Swedish minister said he would travel to Oslo next week.", published="2026-03-04")
    assert [parties for _, parties in _visits(record)] == [["Norway", "Swedish minister"]]


def test_one_who_is_no_official_travelling_is_no_visit(extract):
    record = extract("The novelist, Tomas Berg, said he would travel to Oslo next week.", published="2026-03-04")
    assert _visits(record) == []


def test_an_official_who_will_come_to_a_capital_abroad_visits(extract):
    record = extract("The Swedish foreign minister, Tomas Berg, will come to Oslo in July.", published="2026-03-04")
    assert _visits(record) == [("planned", ["Norway", "Tomas Berg"])]


def test_one_who_came_to_a_capital_in_the_past_is_no_visit(extract):
    record = extract(
        "The Swedish foreign minister, Tomas Berg, came to Oslo in 1990 as a student.", published="2026-03-04"
    )
    assert _visits(record) == []


def test_an_official_coming_to_his_own_capital_is_no_visit(extract):
    record = extract("The Norwegian foreign minister, Tomas Berg, will come to Oslo in July.", published="2026-03-04")
    assert _visits(record) == []
