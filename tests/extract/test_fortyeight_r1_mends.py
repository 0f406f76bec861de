"""Round forty-eight, reviewer R1: overreach of this round's rules, mended. A high commissioner or an envoy posted
in the city, or talks with an ambassador, tell no journey; talks at a summit in one side's city are the
gathering's, not a visit (mode.talks-in-the-hosts-country). One in touch with the visitor who holds no office of
the visited state (an opposition leader, a rebel commander) is not the host of the visit to come
(party.visit-host-in-touch). A 'would' under a 'once' clause that sets a day is planned (status.would-some-day).
Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _modes(record: dict) -> list[tuple[str, set[str]]]:
    return [(e["mode"], event_names(record, e)) for e in record["events"]]


def test_high_commissioner_meeting_in_the_capital_he_is_posted_to_is_a_meeting(extract):
    record = extract(
        "The Australian high commissioner, Peter Hollis, met Fijian Finance Minister Ratu Naqara in Suva on Thursday.",
        published="2024-08-02",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_envoy_in_the_city_meeting_its_president_is_a_meeting(extract):
    record = extract(
        "Norway's envoy in Lusaka, Kari Dahl, met Zambian President Joseph Mwale in Lusaka on Monday.",
        published="2024-08-02",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_talks_with_a_foreign_ambassador_in_his_capital_tell_no_trip(extract):
    record = extract(
        "Peru's foreign minister, Lucia Barrios, met U.S. Ambassador Daniel Croft in Washington on Wednesday.",
        published="2024-08-02",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_talks_at_a_summit_in_the_hosts_city_stay_a_meeting(extract):
    record = extract(
        "At the regional summit in Accra, Nigerian President Musa Bello met Ghanaian President Kofi Asante on "
        "Saturday.",
        published="2024-08-05",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_opposition_leader_in_touch_is_not_the_host_of_the_visit(extract):
    record = extract(
        "Indian Foreign Minister Ravi Menon will visit Sri Lanka next month. He spoke by phone with Sri Lankan "
        "opposition leader Nimal Perera on Monday.",
        published="2024-08-02",
    )
    visit = next(e for e in record["events"] if e["mode"] == "visit")
    assert "Nimal Perera" not in event_names(record, visit)


def test_rebel_commander_in_touch_is_not_the_host_of_the_visit(extract):
    record = extract(
        "Kenya's foreign minister, Otieno Maina, hopes to visit South Sudan soon. South Sudanese rebel commander "
        "Peter Gatdet said on Monday he had met Maina in Nairobi in June.",
        published="2024-08-02",
    )
    visit = next(e for e in record["events"] if e["mode"] == "visit" and e["status"] != "occurred")
    assert "Peter Gatdet" not in event_names(record, visit)


def test_would_meet_once_he_arrives_on_a_day_is_planned(extract):
    record = extract(
        "The president would meet Prime Minister Anna Berg once she arrives in Tallinn on Monday, his office said on "
        "Tuesday.",
        published="2024-08-07",
    )
    assert [e["status"] for e in record["events"]] == ["planned"]


def test_would_meet_once_the_truce_holds_stays_hypothetical(extract):
    record = extract(
        "President Ivan Petrov would meet Prime Minister Anna Berg once the truce holds, his office said on Tuesday.",
        published="2024-08-07",
    )
    assert [e["status"] for e in record["events"]] == ["hypothetical"]


def test_they_under_the_saying_of_other_groups_is_not_the_gathering_again(extract):
    # party.gathered-again: 'they' are the farmers' unions, not the three states
    record = extract(
        "Trade ministers of Kenya, Uganda and Tanzania met in Arusha on Tuesday. Outside, farmers' unions said they "
        "would meet again on Friday.",
        published="2024-08-07",
    )
    assert [e["status"] for e in record["events"]] == ["occurred"]


def test_they_under_unnamed_officials_still_refers_to_the_gathering(extract):
    record = extract(
        "Trade ministers of Kenya, Uganda and Tanzania met in Arusha on Tuesday. Officials said they would meet again "
        "in Kampala in October.",
        published="2024-08-07",
    )
    assert [e["status"] for e in record["events"]] == ["occurred", "planned"]


def test_a_call_told_by_a_participle_that_prepared_the_summit_was_held(extract):
    # status.plan-made-in-it: 'prepared in calls' with no auxiliary is a done act, the calls were held
    record = extract(
        "The summit, prepared in a series of calls between Prime Minister Lena Aas and President Tomas Ruud, will "
        "open on Monday.",
        published="2024-08-07",
    )
    calls = [e for e in record["events"] if e["mode"] == "phone"]
    assert [e["status"] for e in calls] == ["occurred"]
