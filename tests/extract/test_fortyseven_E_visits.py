"""Round forty-seven (helper E): visits. A trip to places of two states told by one verb is a visit to each
(rule contact.each-destination); one invited to visit a state is received by the inviter as well as by the state
(rule party.inviter-hosts-state). Sentences written for these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _visits(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each visit as its place and its parties' names."""
    return [
        ((e.get("place") or {}).get("name"), [actor_of(record, p)["name"] for p in e["participants"]])
        for e in record["events"]
        if e["mode"] == "visit"
    ]


def test_a_trip_to_two_capitals_is_a_visit_to_each_state(extract):
    record = extract("The envoy, Marta Kowal, will travel to Nairobi and Kampala next week.", published="2025-06-02")
    assert _visits(record) == [("Nairobi", ["Marta Kowal", "Kenya"]), ("Kampala", ["Marta Kowal", "Uganda"])]
    assert {e["status"] for e in record["events"]} == {"planned"}


def test_a_visit_to_two_capitals_is_two_visits(extract):
    record = extract(
        "Deputy Foreign Minister Oskar Lind visited Vilnius and Riga last month to discuss the pipeline.",
        published="2025-06-02",
    )
    assert _visits(record) == [("Vilnius", ["Oskar Lind", "Lithuania"]), ("Riga", ["Oskar Lind", "Latvia"])]


def test_two_cities_of_one_state_are_one_visit(extract):
    record = extract(
        "Dutch Trade Minister Oskar Lind will travel to Lyon and Paris next week for talks with French officials.",
        published="2025-06-02",
    )
    assert [place for place, _ in _visits(record)] == ["Lyon"]


def test_the_inviter_receives_a_visit_to_his_state(extract):
    record = extract(
        "Norway's trade minister, Eva Lund, invited Pedro Alves to visit Norway in the spring.", published="2025-06-02"
    )
    [(_, parties)] = _visits(record)
    assert set(parties) == {"Pedro Alves", "Norway", "Eva Lund"}


def test_an_inviter_of_another_state_does_not_receive_the_visit(extract):
    record = extract(
        "Sweden's prime minister, Ulf Berg, invited the Danish king to visit Finland next year.",
        published="2025-06-02",
    )
    [(_, parties)] = _visits(record)
    assert "Ulf Berg" not in parties


def test_a_stop_on_the_way_home_is_a_visit(extract):
    # contact.travel.stop-in: "stop in" read as any verb of travel; an official abroad visits
    record = extract(
        "Peru's trade minister, Hugo Salas, plans to stop in Quito on his way back to Lima, his office said.",
        published="2025-06-02",
    )
    [(place, parties)] = _visits(record)
    assert place == "Quito"
    assert set(parties) == {"Hugo Salas", "Ecuador"}


def test_a_stop_for_talks_is_a_visit_to_the_one_met(extract):
    record = extract(
        "Chile's foreign minister, Rosa Vidal, will stop in Lima on Friday for talks with Jorge Paz.",
        published="2025-06-02",
    )
    [(_, parties)] = _visits(record)
    assert {"Rosa Vidal", "Jorge Paz"} <= set(parties)
    assert record["events"][0]["status"] == "planned"


def test_stopping_something_is_no_stop_on_a_journey(extract):
    # contact.travel.stopped-something
    record = extract("The president stopped the war in Bosnia to meet the demands of the allies.")
    assert record["events"] == []


def test_a_guest_named_after_a_description_is_received(extract):
    # contact.host.apposed-guest: the object's noun is no title, the name apposed to it a person
    record = extract(
        "On Tuesday Foreign Minister Omar Haddad received the Libyan minister delegate for Maghreb and Gulf affairs,"
        " Salem Ferjani, at the ministry in Tunis.",
        published="2025-06-04",
    )
    [(_, parties)] = _visits(record)
    assert set(parties) == {"Salem Ferjani", "Omar Haddad"}


def test_a_delegation_led_by_a_title_then_a_name_brings_the_name(extract):
    # party.led-by-title-then-name: the name after the title's phrase, hung elsewhere by the parse
    record = extract(
        "President Ali Musa will receive a Chadian delegation led by the Minister of State for Foreign Affairs,"
        " Mr. Idriss Kebir, in Niamey on Monday.",
        published="2025-06-04",
    )
    [(_, parties)] = _visits(record)
    assert {"Idriss Kebir", "Ali Musa"} <= set(parties)


def test_the_leader_of_the_group_met_is_a_party(extract):
    # party.led-by-on-the-verb: "headed by" after the object, hung on the verb by the parse
    record = extract(
        "Chile's mining minister, Rosa Vidal, flew to the northern port of Iquique on Monday and met leaders of the"
        " local dockers' union, headed by Tomas Araya Cortes, who have threatened to strike.",
        published="2025-06-04",
    )
    [(_, parties)] = _visits(record)
    assert {"Rosa Vidal", "Tomas Araya Cortes"} <= set(parties)


def test_a_led_delegation_keeps_the_body_it_comes_from(extract):
    # party.led-group-body: the body beside its leader
    record = extract(
        "A delegation from the Harbour Workers Federation, led by its deputy chairman, Jorge Mena, was received by"
        " the mayor, Ana Ruiz, on Monday.",
        published="2025-06-04",
    )
    [(_, parties)] = _visits(record)
    assert {"Jorge Mena", "Harbour Workers Federation", "Ana Ruiz"} <= set(parties)


def test_a_delegation_of_a_state_led_by_a_person_is_the_person(extract):
    record = extract(
        "A delegation from Niger led by Prime Minister Ali Musa met the French president, Paul Dufour.",
        published="2025-06-04",
    )
    assert [actor_of(record, p)["name"] for p in record["events"][0]["participants"]] == ["Ali Musa", "Paul Dufour"]


def test_leaving_for_a_place_for_talks_is_no_refusal(extract):
    # status.left-for-a-place: "leave" among the refusal heads ("left the talks") sets out on a journey here
    record = extract(
        "Foreign Minister Ana Ruiz will leave for Lima on Monday for talks with Jorge Paz.", published="2025-06-04"
    )
    assert [e["status"] for e in record["events"]] == ["planned"]


def test_leaving_the_talks_is_still_a_walk_out(extract):
    record = extract(
        "Foreign Minister Ana Ruiz met Jorge Paz in Lima on Monday. Ruiz left the talks after an hour.",
        published="2025-06-04",
    )
    assert all(e["status"] != "planned" for e in record["events"])


def test_who_a_reporter_said_met_someone_is_the_one_described(extract):
    # party.who-they-said: the relative pronoun is the reported clause's subject
    record = extract(
        "Rosa Vidal, who officials said had met the Bolivian envoy, Jorge Paz, in Arica, declined to comment.",
        published="2025-06-04",
    )
    [event] = record["events"]
    assert {actor_of(record, p)["name"] for p in event["participants"]} == {"Rosa Vidal", "Jorge Paz"}


def test_talks_told_of_the_visitor_merge_with_the_visit(extract):
    record = extract(
        "The Lima daily led on Monday's visit to La Paz by Foreign Minister Hugo Salas, who the paper said had held"
        " long talks with the Bolivian president, Evo Mamani, on the lithium deal.",
        published="2025-06-04",
    )
    [(place, parties)] = _visits(record)
    assert place == "La Paz"
    assert {"Hugo Salas", "Evo Mamani"} <= set(parties)


@pytest.mark.parametrize(
    "text",
    [
        "Executives of the Harbour Bank held talks with the Polish economy ministry in Warsaw last month and are"
        " expected in Kiev in November.",
        # the parse joins "are expected" to the teller's "said": the reported clause's subject is still the visitor
        "Executives of the Harbour Bank held talks with the Polish economy ministry in Warsaw last month, two bankers"
        " said, and are expected in Kiev in November.",
    ],
)
def test_expected_in_a_place_after_and_shares_the_subject(extract, text):
    # party.expected-shares-subject
    assert ("Kiev", ["Harbour Bank", "Ukraine"]) in _visits(extract(text, published="2025-06-04"))


def test_one_invited_to_a_capital_is_to_visit_it(extract):
    # contact.verb.invited-to-place: the passive, the guest its subject
    record = extract(
        "Peru's foreign minister, Hugo Salas, has been invited to Quito in October for talks on the border.",
        published="2025-06-04",
    )
    assert _visits(record) == [("Quito", ["Hugo Salas", "Ecuador"])]
    assert record["events"][0]["status"] == "planned"


def test_the_one_who_invited_receives_the_guest(extract):
    record = extract("Peru's foreign minister, Hugo Salas, was invited to Quito by President Ana Vera.")
    [(_, parties)] = _visits(record)
    assert set(parties) == {"Hugo Salas", "Ana Vera"}


def test_reporters_invited_to_a_press_conference_visit_no_one(extract):
    assert _visits(extract("The reporters were invited to the press conference in Quito.")) == []


def test_a_gathering_that_hosts_two_named_rivals_receives_no_one(extract):
    # contact.host.apposed-guest: a plural object and a host that is no one
    record = extract(
        "The convention is expected to host the governor's two challengers -- State Sen. Ada Moss and Mayor Tom Hale"
        " -- along with Ruth Ellery."
    )
    assert _visits(record) == []
