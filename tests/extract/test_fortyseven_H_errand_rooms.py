"""Round forty-seven (helper H): rooms, offices and buildings standing for the sides a go-between goes between.
Walking, going back and forth or moving between premises two sides keep is a go-between's errand (rule
contact.travel.between-rooms), and whoever keeps the premises is the side (rule party.errand-room-keeper).
Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _third_party(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "third-party"]


def test_walking_between_the_rooms_of_two_delegations_of_named_nations(extract):
    # contact.travel.between-rooms, party.side-of-a-nationality on the nouns before the rooms
    record = extract(
        "The Norwegian mediator, Kari Lund, spent Tuesday walking between the Serbian and Albanian delegation rooms "
        "with a draft.",
        published="2025-06-13",
    )
    assert any({"Kari Lund", "Serbia", "Albania"} <= names for names in _third_party(record))


def test_going_back_and_forth_between_the_two_delegations_hotels(extract):
    # contact.travel.between-rooms: "go" between premises of the two sides told before
    record = extract(
        "Negotiators for Chile and Peru met in Quito on Monday. On Tuesday the Ecuadorean mediator, Rosa Almagro, "
        "went back and forth between the two delegations' hotels with fresh proposals.",
        published="2025-06-13",
    )
    assert any({"Rosa Almagro", "Chile", "Peru"} <= names for names in _third_party(record))


def test_rooms_nobody_keeps_are_no_sides(extract):
    record = extract(
        "The waiter, Paul Dorn, walked between the kitchen and the dining room all evening.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_a_walk_between_one_office_and_a_car_park_is_no_errand(extract):
    record = extract(
        "The minister, Ana Ferreira, walked between her office and the car park on Monday.",
        published="2025-06-13",
    )
    assert not _third_party(record)
