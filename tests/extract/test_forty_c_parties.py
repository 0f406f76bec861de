"""Round forty (c): contacts whose parties came out wrong or one-sided: a visit made on someone's invitation, a
guest told by a relative clause ("who was received by"); tested on sentences written for these tests (names
invented)."""

from tests.conftest import event_names, events_with


def test_the_sender_of_an_invitation_receives_the_visitor(extract):
    # party.invitation-from: "an invitation from X to visit": X receives her
    record = extract(
        "Minister Vera Kozlova accepted an invitation from Rune Halvorsen to visit Kirkenes in May.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Vera Kozlova", "Rune Halvorsen")
    assert (event["mode"], event["status"]) == ("visit", "planned")


def test_a_possessive_invitation_is_the_senders_not_the_visitors(extract):
    # party.invitation-from (and party.planner): "the governor's invitation" was sent by the governor; the mayor
    # who accepted it is the visitor
    record = extract(
        "Governor Jan Peeters toured the port on Monday. Mayor Anna Nowak has accepted the governor's invitation to "
        "visit Turnhout in the spring.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Anna Nowak", "Jan Peeters")
    assert event["mode"] == "visit"


def test_an_invitation_without_a_sender_names_no_host(extract):
    # negative: no one named as sending it; the visit is to the country (positive control: the visit is read)
    record = extract(
        "Prime Minister Ana Ruiz has accepted an invitation to visit Japan in May.", published="2024-02-10"
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Ana Ruiz", "Japan"}


def test_a_guest_told_by_who_was_received_by(extract):
    # contact.host.received-by-who: "X, who was received by President Y": X visited Y
    record = extract(
        "Foreign Minister Wale Okon, who was received by President Andile Mokoena at the Union Buildings on Monday, "
        "flew home on Tuesday.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Wale Okon", "Andile Mokoena")
    assert event["mode"] == "visit"


def test_a_thing_received_by_someone_is_no_guest(extract):
    # negative: "the letter, which was received by President Y": no one visited (positive control above)
    record = extract(
        "The letter, which was received by President Andile Mokoena on Monday, asked for more aid.",
        published="2024-02-10",
    )
    assert record["events"] == []


def test_calling_on_someone_on_a_day_to_run_an_errand_is_a_visit(extract):
    # contact.call-on.errand: "called on X on Tuesday to hand over …": the caller's purpose, not a demand of X
    record = extract(
        "The Chinese ambassador, Zhou Wei, called on Prime Minister Obed Tari on Tuesday to hand over a donation.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Zhou Wei", "Obed Tari")
    assert (event["mode"], event["status"]) == ("visit", "occurred")


def test_calling_on_someone_on_a_day_to_resign_is_a_demand(extract):
    # negative: what the one called on is to do is a demand, however the day is told (positive control above)
    record = extract(
        "The opposition leader Tom Vira called on President Obed Tari on Monday to resign.", published="2024-02-10"
    )
    assert record["events"] == []


def test_a_visit_made_for_talks_with_someone_is_a_visit_to_them(extract):
    # party.trip-partner: "a visit by X for talks with Y"
    record = extract(
        "A visit by Guinea's mines minister, Sekou Camara, for talks with Liberia's minister of mines, Winston "
        "Kollie, has been called off.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Sekou Camara", "Winston Kollie")
    assert (event["mode"], event["status"]) == ("visit", "denied")


def test_a_trip_to_see_something_meets_no_one(extract):
    # negative: "a trip to see the sights" names no one met; positive control: "to see" a person
    record = extract("Mr. Victor Rusu's trip to see the sights of Rome was cancelled.", published="2024-02-10")
    assert record["events"] == []
    record = extract(
        "Mr. Victor Rusu's trip to see the enlargement commissioner, Katrien Vandermeulen, was cancelled.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Victor Rusu", "Katrien Vandermeulen")
    assert event["mode"] == "visit"


def test_sides_hung_on_the_sidelines_are_the_contacts(extract):
    # party.sides-after-sidelines: "a bilateral on the sidelines between X and Y", "between" hung on "sidelines"
    record = extract(
        "Diplomats say a bilateral on the sidelines between the Saudi Foreign Minister, Prince Rakan Al-Saud, and "
        "his Qatari counterpart, Sheikh Mansour Al-Kuwari, is possible.",
        published="2024-02-10",
    )
    (event,) = events_with(record, "Rakan Al-Saud", "Mansour Al-Kuwari")
    assert (event["mode"], event["status"]) == ("meeting", "hypothetical")


def test_the_sidelines_of_a_summit_name_no_side(extract):
    # negative: "on the sidelines of the summit" names where, not whom (positive control above)
    record = extract(
        "Officials said a meeting on the sidelines of the summit was planned for Friday.", published="2024-02-10"
    )
    assert record["events"] == []


def test_a_visitor_hung_on_the_place_is_the_visitor(extract):
    # party.visitor-after-place: "the visit to Beijing of the Russian foreign minister, X"
    record = extract(
        "The visit to Beijing of the Russian foreign minister, Pavel Orlov, ended on Friday.", published="2024-02-10"
    )
    (event,) = events_with(record, "Pavel Orlov", "China")
    assert event["mode"] == "visit"


def test_a_place_of_a_place_is_no_visitor(extract):
    # negative: "the city of Rome" is the place; no one visits (positive control above)
    record = extract("The visit to the city of Rome was cancelled.", published="2024-02-10")
    assert record["events"] == []
