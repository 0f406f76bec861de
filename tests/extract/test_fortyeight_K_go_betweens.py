"""Round forty-eight (helper K): go-betweens still missed. "Between" hung by the parser on how long the errands went
on (rule contact.between-after-duration); premises "of X and Y", one end kept by both sides (rule
party.errand-rooms-of-both); "with X shuttling between …" around a contact (rule party.with-shuttling-between); a
body joined by a hyphen to a participle of brokering, which brokers the talks and does not hold them (rule
party.hyphen-broker). Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _third_party(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "third-party"]


def test_between_hung_on_a_duration_still_tells_the_ends(extract):
    # contact.between-after-duration: the parser hangs "between" on "months", not on "shuttled"
    record = extract(
        "Marta Kowalczyk shuttled for months between the Tarvian government and the Dunmoor Liberation Front, "
        "carrying messages across the lines.",
        published="2025-06-13",
    )
    assert any({"Marta Kowalczyk", "Dunmoor Liberation Front"} <= names for names in _third_party(record))


def test_a_life_spent_between_two_cities_is_no_errand(extract):
    record = extract("Marta Kowalczyk lived for years between Paris and Lyon.", published="2025-06-13")
    assert not record["events"]


def test_premises_of_two_leaders_are_kept_by_both(extract):
    # party.errand-rooms-of-both: "the residences of X and Y" is one end of the parse, kept by both
    record = extract(
        "Ola Brenn spent much of the night going back and forth between the residences of President Ivo Marek "
        "and Prime Minister Edda Lund.",
        published="2025-06-13",
    )
    assert any({"Ola Brenn", "Ivo Marek", "Edda Lund"} <= names for names in _third_party(record))


def test_rooms_of_one_keeper_are_still_one_side(extract):
    record = extract(
        "Ola Brenn walked between the kitchens of the Grand Hotel for an hour.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_talks_with_a_mediator_shuttling_between_the_sides_are_mediated(extract):
    # party.with-shuttling-between: the talks are the contact, the one shuttling their go-between
    record = extract(
        "Negotiators for Tarvia and the Dunmoor Liberation Front resumed talks in Oslo on Monday, with the Swiss "
        "envoy, Anna Roth, shuttling between the two delegations.",
        published="2025-06-13",
    )
    assert any({"Anna Roth", "Dunmoor Liberation Front"} <= names for names in _third_party(record))


def test_talks_with_aides_carrying_bags_are_not_mediated(extract):
    record = extract(
        "Ivo Marek and Edda Lund held talks in Oslo on Monday, with their aides carrying the files.",
        published="2025-06-13",
    )
    assert not _third_party(record)
    assert any({"Ivo Marek", "Edda Lund"} <= event_names(record, e) for e in record["events"])


def test_un_mediated_negotiations_are_brokered_not_a_gathering(extract):
    # party.hyphen-broker: "UN" hangs on "negotiations" in the parse, which made them the UN's own gathering
    record = extract(
        "The fifth round of UN-mediated negotiations between Tarvia and the Dunmoor Liberation Front is due to open "
        "in Geneva on Sunday.",
        published="2025-06-13",
    )
    [event] = record["events"]
    assert event["mode"] == "third-party"
    assert {"UN", "Tarvia", "Dunmoor Liberation Front"} <= event_names(record, event)


def test_a_conference_a_state_hosts_stays_a_gathering(extract):
    record = extract(
        "Ivo Marek and Edda Lund will both attend a Norwegian-hosted conference on Arctic shipping next month.",
        published="2025-06-13",
    )
    assert all(e["mode"] != "third-party" for e in record["events"])


def test_trips_between_two_capitals_carrying_messages_are_errands(extract):
    # contact.trips-between: the trips are the go-between's errands, and the participle names the sides
    record = extract(
        "Last spring Ola Brenn made four trips between Tarvia and Kelvar carrying messages between the Tarvian "
        "foreign minister, Oskar Dahl, and the Kelvar interior minister, Ilse Varga.",
        published="2025-06-13",
    )
    assert any({"Oskar Dahl", "Ilse Varga"} <= names for names in _third_party(record))


def test_trips_between_two_capitals_carrying_bags_stay_visits(extract):
    record = extract(
        "The French minister, Paul Rivet, made two trips between Paris and Berlin last month, carrying his own bags.",
        published="2025-06-13",
    )
    assert not _third_party(record)
