"""Round forty-five (p2): places the gazetteer knows by another name or not at all, and cities the tagger took for
organisations; tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with


def test_an_old_name_of_a_metropolis_is_the_metropolis_not_a_small_towns_own_name(extract):
    # geo city index: "Calcutta" is Kolkata's other name, not the South African town's
    record = extract("Foreign Minister Lena Stahl met trade minister Ravi Menon in Calcutta on Monday.")
    (event,) = events_with(record, "Lena Stahl", "Ravi Menon")
    assert (event["place"]["name"], event["place"]["country"]) == ("Calcutta", "IND")


def test_a_city_of_a_hundred_thousand_is_known_by_its_other_names(extract):
    # geo city index: "Grodno" is Hrodna's Russian name
    record = extract("Deputy Minister Jan Kowal met his counterpart, Oleg Sidorov, in Grodno on Tuesday.")
    (event,) = events_with(record, "Jan Kowal", "Oleg Sidorov")
    assert (event["place"]["name"], event["place"]["country"]) == ("Grodno", "BLR")


def test_a_city_visited_is_no_party_to_the_visit(extract):
    # actor.city-not-organisation: "visited Tiraspol", the tagger's organisation, is where the visit went
    record = extract("Foreign Minister Lena Stahl visited Tiraspol on Monday and met the region's leader, Igor Lupu.")
    assert not any("Tiraspol" in event_names(record, e) for e in record["events"])
    assert not any(a["name"] == "Tiraspol" and a["kind"] == "organization" for a in record["actors"])


def test_a_quarter_named_after_a_trip_is_in_the_trip_city(extract):
    # place.quarter-of-trip-city: an office "in Kaloum", a name the gazetteer lacks, after "flew to Conakry"
    record = extract(
        "Omar Haddad flew to Conakry on Monday and met Prime Minister Alpha Diallo at his office in Kaloum."
    )
    (event,) = events_with(record, "Omar Haddad", "Alpha Diallo")
    assert event["place"]["name"] == "Conakry"


def test_a_contact_told_after_the_trip_continues_it(extract):
    # place.trip-goes-on: "she was received" the day after "arrived in Lima" took place in Lima
    record = extract(
        "Trade envoy Marta Quispe arrived in Lima on Monday. On Tuesday she was received by Prime Minister Luis Arce."
    )
    (event,) = events_with(record, "Marta Quispe", "Luis Arce")
    assert event["place"]["name"] == "Lima"
