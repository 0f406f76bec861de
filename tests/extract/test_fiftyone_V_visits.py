"""Round fifty-one (helper V): visits and trips as the world's press tells them. Being "on a visit" somewhere is
making it (rule contact.noun.on-a-trip); a stop named with its place is a trip's leg (rule contact.noun.stop); a trip
told after "after" or "following" on an arrival in another state is an earlier leg, a visit of its own (rules
contact.noun.earlier-leg, merge.earlier-leg); a courtesy call paid "to" someone calls on them (rule
party.courtesy-call-to). Sentences written for these tests (names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "visited", "status"),
    [
        ("President Elena Marquez is on a three-day state visit to Peru.", "Peru", "ongoing"),
        ("Trade Minister Ravi Menon is in Tokyo on an official visit.", "Japan", "ongoing"),
        ("Trade Minister Ravi Menon was in Tokyo on an official visit last week.", "Japan", "occurred"),
    ],
)
def test_one_on_a_visit_somewhere_is_making_it(extract, sentence, visited, status):
    # contact.noun.on-a-trip: "on" a visit is the news, not its background
    mode, got_status, parties = events(extract(sentence))[0]
    assert (mode, got_status) == ("visit", status)
    assert visited in parties


def test_one_on_a_visit_named_in_a_relative_clause_visits(extract):
    # contact.noun.on-a-trip: "X, who is in Tokyo on a visit, met Y"
    record = extract("Trade Minister Ravi Menon, who is in Tokyo on a three-day official visit, met bankers on Monday.")
    assert any("Ravi Menon" in parties and "Japan" in parties for _, _, parties in events(record))
    assert any({"Ravi Menon", "bankers"} <= parties for _, _, parties in events(record))  # the meeting stays told


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Whitfield was on that trip with her two sisters.",  # no place: no visit told
        "After the visit, the minister flew home.",  # background, as before
        "Ravi Menon was on a holiday trip to Spain.",  # a trip for something else is no contact
    ],
)
def test_being_on_a_trip_with_no_place_or_no_talks_tells_no_visit(extract, sentence):
    assert events(extract(sentence)) == []


def test_stops_named_with_their_places_are_visits(extract):
    # contact.noun.stop: "made stops in Tokyo and Seoul", one visit per state
    record = extract("President Elena Marquez made stops in Tokyo and Seoul last week.")
    assert sorted(sorted(parties) for _, _, parties in events(record)) == [
        ["Elena Marquez", "Japan"],
        ["Elena Marquez", "South Korea"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council wants to put a stop to the fighting in the north.",
        "Senator Dana Whitfield made two campaign stops in Ohio on Monday.",
    ],
)
def test_a_stop_to_something_or_at_home_is_no_visit(extract, sentence):
    assert events(extract(sentence)) == []


def test_an_earlier_leg_after_an_arrival_is_a_visit_of_its_own(extract):
    # contact.noun.earlier-leg: the leg is not background, and not the arrival's purpose
    record = extract("President Elena Marquez arrived in Lima on Monday, following earlier visits to Chile and Brazil.")
    found = sorted(sorted(parties) for _, _, parties in events(record))
    assert ["Chile", "Elena Marquez"] in found
    assert ["Brazil", "Elena Marquez"] in found
    assert ["Elena Marquez", "Peru"] in found


def test_an_earlier_leg_takes_no_date_of_the_arrival(extract):
    record = extract("President Elena Marquez arrived in Lima on Monday, after a two-day visit to Chile.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    leg = next(e for e in record["events"] if "Chile" in {names[p] for p in e["participants"]})
    assert leg["status"] == "occurred"
    assert leg["date"] is None


def test_stops_before_the_arrival_stay_apart_from_the_talks_of_the_trip(extract):
    # merge.earlier-leg: the legs are not the talks held where the trip arrived
    record = extract(
        "President Elena Marquez held talks with President Jorge Salas in Lima on Monday. "
        "She arrived in Lima on Sunday, following earlier stops in Chile and Bolivia."
    )
    found = [parties for _, _, parties in events(record)]
    assert {"Elena Marquez", "Chile"} in found
    assert {"Elena Marquez", "Bolivia"} in found
    assert any({"Elena Marquez", "Jorge Salas"} <= parties and "Chile" not in parties for parties in found)


def test_a_trip_within_the_state_arrived_in_is_no_earlier_leg(extract):
    # negative: "arrived in Lima after a visit to Cusco" is one journey in one state
    record = extract("President Elena Marquez arrived in Lima after a visit to Cusco.")
    assert len(events(record)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Tomas Vidal paid a courtesy call to President Ana Ruiz on Tuesday.",
        "Prime Minister Tomas Vidal will pay a courtesy call to President Ana Ruiz at State House on Tuesday.",
    ],
)
def test_a_courtesy_call_to_someone_is_a_visit_to_them(extract, sentence):
    # party.courtesy-call-to
    [(mode, _, parties)] = events(extract(sentence))
    assert mode == "visit"
    assert parties == {"Tomas Vidal", "Ana Ruiz"}


def test_a_courtesy_call_to_a_building_calls_on_no_one(extract):
    # negative: the palace is no one called on; left with one person alone, the call is no contact (session 52:
    # party.one-sided, the palace no longer kept as an unnamed host institution)
    record = extract("Prime Minister Tomas Vidal paid a courtesy call to the palace on Tuesday.")
    assert events(record) == []
