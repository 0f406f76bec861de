"""Round fifty-nine (helper C): contacts looked forward to, and gatherings named for blocs or for two sides.

"looked forward to receiving the Prime Minister in Washington later this year" told no contact (an -ing verb after
a preposition was taken for a circumstance); "is looking forward to attending the summit" was under way, without
its attendee; "the ASEAN-Japan summit in Hanoi" took Japan for the place; "the G20 Foreign Ministers Meeting" and
"a Southern African Development Community (SADC) summit" lost their bloc, leaving the host state as the party.
Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _only_event(record: dict) -> dict:
    assert len(record["events"]) == 1, record["events"]
    return record["events"][0]


def test_looked_forward_to_receiving_is_a_planned_visit(extract):
    # contact.looked-forward-to, status.looked-forward: the host and the guest of a visit still to come
    record = extract(
        "President Ana Lobo said she looked forward to receiving Prime Minister Jan Berg in Lisbon later this year."
    )
    event = _only_event(record)
    assert (event["mode"], event["status"]) == ("visit", "planned")
    assert {"Ana Lobo", "Jan Berg"} <= event_names(record, event)


def test_looking_forward_to_attending_a_summit_is_planned(extract):
    # status.looked-forward: not under way; the one who looks forward attends
    record = extract("President Ana Lobo is looking forward to attending the NATO summit later this year in Madrid.")
    event = _only_event(record)
    assert (event["mode"], event["status"]) == ("multilateral", "planned")
    assert {"Ana Lobo", "NATO"} <= event_names(record, event)


def test_looking_forward_to_a_thing_tells_no_contact(extract):
    # negative: "looks forward to the harvest" names no contact, and a verb after another preposition stays a
    # circumstance
    record = extract("Governor Ana Lobo looks forward to the harvest and warned against visiting the flooded valley.")
    assert record["events"] == []


def test_hyphened_sides_of_a_summit(extract):
    # party.hyphen-summit-sides: both sides gather, and the second is not where the summit is held
    record = extract("President Ana Lobo will attend the EU-Canada summit in Brussels next week.")
    event = _only_event(record)
    assert {"Ana Lobo", "EU", "Canada"} <= event_names(record, event)
    assert event["place"]["name"] == "Brussels"


def test_two_leaders_summit_is_not_hyphened_sides(extract):
    # negative: two people joined by a hyphen are not a state's or a bloc's sides (rule party.hyphen-pair's)
    record = extract("Ana Lobo and Jan Berg met in Vienna. The Lobo-Berg summit in Geneva was short.")
    assert all(e["mode"] != "multilateral" for e in record["events"])


def test_grouping_in_a_meetings_name(extract):
    # party.grouping-names-meeting: "the G20 Foreign Ministers Meeting" is the G20's
    record = extract("Foreign Minister Ana Lobo is in Bali to attend the G20 Foreign Ministers Meeting.")
    event = _only_event(record)
    assert event["mode"] == "multilateral"
    assert {"Ana Lobo", "G20"} <= event_names(record, event)


def test_bracketed_acronym_of_a_bodys_summit(extract):
    # party.body-names-summit through the bracketed acronym: the bloc gathers, Zambia is only the venue
    record = extract(
        "President Ana Lobo will attend a Southern African Development Community (SADC) emergency summit this "
        "weekend in Zambia."
    )
    event = _only_event(record)
    names = event_names(record, event)
    assert "Ana Lobo" in names and "Zambia" not in names
    assert any("Southern African Development Community" in n or n == "SADC" for n in names)
