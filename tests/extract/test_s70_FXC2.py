"""Mends after the s70 review of the contacts area (REV/contacts.md): a place told in a joined clause only for the
same contact held (place.held-in-joined-clause); outcome verbs listed for status.outcome-negated; "moved to" done
only with "pay" (status.moved-to); the dateline city only for contacts held or under way
(place.dateline-city-in-country); "week-long" trips; "a key role in talks with X" is no contact
(contact.noun.in-talks-on-object); a denied detail of a planned trip leaves it planned (status.report-denied).
On sentences written for these tests (names invented)."""

from __future__ import annotations

from tests.conftest import events_with, one_event, place_name_of

# MUST 2: a joined clause's place only for the same contact, held as it was


def test_a_round_still_to_come_gives_no_place_to_talks_suspended(extract):
    text = (
        "Technical talks between Bolivia and Ecuador were suspended on Tuesday, but they will be held in Oslo in July."
    )
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Bolivia", "Ecuador")["place"] is None


def test_rallies_the_sides_held_are_not_where_the_talks_were(extract):
    text = (
        "Talks between the dockers' union and the Norfolk Port Authority collapsed on Tuesday, and they held rival "
        "marches in Hull on Wednesday."
    )
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Norfolk Port Authority")["place"] is None


def test_a_joined_clause_with_a_day_of_its_own_gives_no_place(extract):
    text = "Technical talks between Bolivia and Ecuador resumed on Tuesday, and they were held in Oslo on Wednesday."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Bolivia", "Ecuador")["place"] is None


def test_talks_that_took_place_elsewhere_in_a_joined_clause_take_that_place(extract):
    text = "Technical talks between Bolivia and Ecuador resumed on Tuesday, and this time they took place in Oslo."
    record = extract(text, published="2024-05-02")
    assert place_name_of(one_event(record, "Bolivia", "Ecuador")) == "Oslo"


def test_talks_held_in_a_joined_passive_clause_take_its_place(extract):
    text = "Technical talks between Bolivia and Ecuador went ahead on Tuesday, but this time they were held in Oslo."
    record = extract(text, published="2024-05-02")
    assert place_name_of(one_event(record, "Bolivia", "Ecuador")) == "Oslo"


# MUST 5: only a verb of what a contact brings about, negated, leaves the contact held


def test_a_meeting_that_did_not_get_the_go_ahead_is_denied(extract):
    text = (
        "A meeting between President Lucia Marquez and Chancellor Otto Lang did not get the go-ahead from parliament."
    )
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Lucia Marquez", "Otto Lang")["status"] == "denied"


def test_a_meeting_that_did_not_win_the_cabinets_backing_is_denied(extract):
    text = "A meeting between President Lucia Marquez and Chancellor Otto Lang did not win the backing of the cabinet."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Lucia Marquez", "Otto Lang")["status"] == "denied"


def test_a_meeting_that_yielded_no_deal_was_held(extract):
    record = extract("Governor Mika Sato's meeting with envoy Tomas Riva did not yield a deal.", published="2024-05-02")
    assert one_event(record, "Mika Sato", "Tomas Riva")["status"] == "occurred"


def test_a_meeting_that_did_not_result_in_an_agreement_was_held(extract):
    text = "Governor Mika Sato's meeting with envoy Tomas Riva did not result in an agreement."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Mika Sato", "Tomas Riva")["status"] == "occurred"


def test_a_meeting_that_brought_no_breakthrough_was_held(extract):
    text = "Governor Mika Sato's meeting with envoy Tomas Riva did not bring a breakthrough."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Mika Sato", "Tomas Riva")["status"] == "occurred"


# MUST 6: "moved to" is done only with "pay" (a courtesy call or visit)


def test_moved_to_hold_talks_is_still_planned(extract):
    record = extract("The junta moved to hold talks with the opposition leader Rafael Soto.", published="2024-05-02")
    assert one_event(record, "Rafael Soto")["status"] == "planned"


def test_moved_to_have_talks_is_still_planned(extract):
    record = extract("The junta moved to have talks with the opposition leader Rafael Soto.", published="2024-05-02")
    assert one_event(record, "Rafael Soto")["status"] == "planned"


def test_moved_to_pay_a_courtesy_call_was_paid(extract):
    text = "President Ines Moreno later moved to pay a courtesy call on President Omar Diallo."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Ines Moreno", "Omar Diallo")["status"] == "occurred"


def test_moved_to_meet_is_still_planned(extract):
    record = extract("The junta moved to meet the opposition leader Rafael Soto.", published="2024-05-02")
    assert one_event(record, "Rafael Soto")["status"] == "planned"


# SHOULD 8: the dateline city only for a contact held or under way, or on a trip the traveller is on


def test_a_visit_still_to_come_keeps_the_country_not_the_dateline_city(extract):
    text = (
        "WASHINGTON — Chinese President Li Qiang will visit the United States in November for the APEC summit and "
        "meet President Mark Dalton on its sidelines."
    )
    record = extract(text, published="2024-05-01")
    assert place_name_of(one_event(record, "Li Qiang", "United States")) == "United States"


def test_an_arrival_in_the_dateline_country_is_in_its_city(extract):
    text = "NAIROBI, May 1: Ghanaian President Kwame Boateng arrived in Kenya on Monday for a state visit."
    record = extract(text, published="2024-05-01")
    assert place_name_of(one_event(record, "Kwame Boateng")) == "Nairobi"


# SHOULD 9: "week-long" tells a trip's length


def test_an_arrival_for_a_week_long_visit_is_under_way(extract):
    text = "LUSAKA, May 1: Ghanaian President Kwame Boateng arrived in Zambia on Monday for a week-long state visit."
    record = extract(text, published="2024-05-01")
    assert one_event(record, "Kwame Boateng")["status"] == "ongoing"


def test_an_arrival_for_the_week_long_visit_is_under_way(extract):
    text = "LUSAKA, May 1: Ghanaian President Kwame Boateng arrived in Zambia on Monday for the week-long state visit."
    record = extract(text, published="2024-05-01")
    assert one_event(record, "Kwame Boateng")["status"] == "ongoing"


def test_an_arrival_for_a_week_long_visit_long_ago_is_over(extract):
    text = "LUSAKA, May 1: Ghanaian President Kwame Boateng arrived in Zambia on April 2 for a week-long state visit."
    record = extract(text, published="2024-05-01")
    assert one_event(record, "Kwame Boateng")["status"] == "occurred"


# SHOULD 12: a part played in talks with X is no contact of the subject with X


def test_a_key_role_played_in_talks_with_a_president_is_no_contact(extract):
    text = "Foreign Minister Elena Voss played a key role in talks with President Henrik Dahl, diplomats said."
    record = extract(text, published="2024-05-02")
    assert events_with(record, "Elena Voss", "Henrik Dahl") == []


def test_a_part_played_in_talks_with_a_president_is_no_contact(extract):
    text = "Foreign Minister Elena Voss played an important part in talks with President Henrik Dahl."
    record = extract(text, published="2024-05-02")
    assert events_with(record, "Elena Voss", "Henrik Dahl") == []


def test_an_agenda_confirmed_in_talks_with_a_president_is_a_contact(extract):
    text = "Foreign Minister Elena Voss confirmed the bilateral agenda in talks with President Henrik Dahl."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Elena Voss", "Henrik Dahl")["status"] == "occurred"


# SHOULD 7: a denial of a detail of a planned trip leaves the trip planned

PLANNED_TRIP = "President Lena Ortiz will visit Chile next week, state media reported. "


def test_a_deal_denied_for_a_planned_trip_leaves_the_trip_planned(extract):
    text = PLANNED_TRIP + "The Chilean government denied reports that Ortiz would sign a copper deal during the trip."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Lena Ortiz")["status"] == "planned"


def test_a_denied_report_that_the_trip_will_be_made_denies_it(extract):
    text = PLANNED_TRIP + "The Chilean government denied reports that Ortiz would make the trip."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Lena Ortiz")["status"] == "denied"


def test_a_report_of_the_trip_called_baseless_denies_it(extract):
    text = PLANNED_TRIP + "The Chilean government called the report baseless."
    record = extract(text, published="2024-05-02")
    assert one_event(record, "Lena Ortiz")["status"] == "denied"
