"""Places, dates and status (session 70, analyses AG, AH and AI). A contact told only as held in a country takes
the story's dateline city when that city lies in the country (rule place.dateline-city-in-country); a one-word
town after "at" on a named gathering is its place (place.town-of-named-gathering); a place told in a joined clause
whose pronoun subject is the contact is its place (place.held-in-joined-clause); a contact verb with no time of its
own takes the time of its "when" clause (date.own-when-clause). On sentences written for these tests (names
invented)."""

from __future__ import annotations

from tests.conftest import one_event, place_name_of, told_date

# AG P1: the trip's country, the story filed from a city in it

VISIT_TO_GHANA = (
    "ACCRA, May 5: Kenyan President Daniel Mwangi arrived in Ghana on Monday for a three-day visit. "
    "He will hold talks with President Kofi Asare on Wednesday."
)


def test_a_visit_to_the_country_of_the_dateline_is_in_its_city(extract):
    record = extract(VISIT_TO_GHANA, published="2026-05-05")
    assert place_name_of(one_event(record, "Daniel Mwangi", "Kofi Asare")) == "Accra"


def test_a_dateline_with_a_blank_before_its_colon_places_the_visit(extract):
    text = (
        "Thai PM begins visit to Vietnam\n\nHanoi : Thai Prime Minister Somchai Wongsawat began his first visit to "
        "Vietnam on Monday. He will hold talks with Prime Minister Nguyen Van Hai on Wednesday."
    )
    record = extract(text, published="2026-05-04")
    assert place_name_of(one_event(record, "Somchai Wongsawat", "Nguyen Van Hai")) == "Hanoi"


def test_another_town_of_the_country_keeps_the_country(extract):
    text = VISIT_TO_GHANA + " On Thursday he flies on to Kumasi."
    record = extract(text, published="2026-05-05")
    assert place_name_of(one_event(record, "Daniel Mwangi", "Kofi Asare")) == "Ghana"


def test_a_dateline_in_another_country_changes_nothing(extract):
    text = (
        "NAIROBI, May 5: Kenyan President Daniel Mwangi arrived in Ghana on Monday for a three-day visit. "
        "He will hold talks with President Kofi Asare on Wednesday."
    )
    record = extract(text, published="2026-05-05")
    assert place_name_of(one_event(record, "Daniel Mwangi", "Kofi Asare")) == "Ghana"


# AI H2: "at <town>" on a named gathering


def test_a_town_after_at_on_a_named_forum_is_the_place(extract):
    text = (
        "President Ana Ruiz met the lender's chief Jonas Berg on the sidelines of the World Economic Forum at "
        "Davos on Wednesday."
    )
    record = extract(text, published="2026-01-18")
    assert place_name_of(one_event(record, "Ana Ruiz", "Jonas Berg")) == "Davos"


def test_a_body_after_at_on_a_named_forum_is_no_place(extract):
    text = "President Ana Ruiz met Jonas Berg on the sidelines of the Global Health Forum at Harvard on Wednesday."
    record = extract(text, published="2026-01-18")
    assert one_event(record, "Ana Ruiz", "Jonas Berg")["place"] is None


# AI H1: the place told in a joined clause whose pronoun is the contact


def test_talks_held_elsewhere_in_a_joined_clause_take_that_place(extract):
    text = "Technical talks between Chile and Peru went ahead on Monday, but this time they were held in Lisbon."
    record = extract(text, published="2026-05-05")
    assert place_name_of(one_event(record, "Chile", "Peru")) == "Lisbon"


def test_a_joined_clause_of_another_subject_gives_no_place(extract):
    text = "Technical talks between Chile and Peru went ahead on Monday, but the ministers stayed in Lisbon."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Chile", "Peru")["place"] is None


# AI J2: the time of the "when" clause on the contact verb


def test_talks_when_she_travels_later_this_week_are_dated_this_week(extract):
    text = "Prime Minister Ana Ruiz will hold talks with Premier Li Wei when she travels to Beijing later this week."
    record = extract(text, published="2026-05-05")
    event = one_event(record, "Ana Ruiz", "Li Wei")
    assert (told_date(event), event["date"]["week"]) == ("2026-05", "2026-W19")


def test_talks_with_a_day_of_their_own_keep_it(extract):
    text = (
        "Prime Minister Ana Ruiz will hold talks with Premier Li Wei on Friday when she travels to Beijing next month."
    )
    record = extract(text, published="2026-05-05")
    assert told_date(one_event(record, "Ana Ruiz", "Li Wei")) == "2026-05-08"


# AH C7: "moved to pay a courtesy call" was done; a negation on what a meeting brought does not deny the meeting


def test_moved_to_pay_a_courtesy_call_was_done(extract):
    text = "President Ama Kwarteng later moved to pay a courtesy call on President Joseph Banda."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Ama Kwarteng", "Joseph Banda")["status"] == "occurred"


def test_moved_to_block_talks_is_no_talks_held(extract):
    text = "Minister Ana Ruiz moved to block talks with union leader Paul Okoro."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Ana Ruiz", "Paul Okoro")["status"] == "planned"


def test_a_meeting_that_produced_no_agreement_was_held(extract):
    text = "Opposition leader Amara Diallo's meeting with bishop Paul Okoro did not produce an agreement."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Amara Diallo", "Paul Okoro")["status"] == "occurred"


def test_a_meeting_that_did_not_take_place_is_denied(extract):
    text = "Opposition leader Amara Diallo's meeting with bishop Paul Okoro did not take place."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Amara Diallo", "Paul Okoro")["status"] == "denied"


# AG S1: an arrival on a visit of some days, still under way on the story's day

ARRIVAL = "Kenyan President Daniel Mwangi arrived in Ghana on Monday on a four-day visit."


def test_an_arrival_for_a_four_day_visit_is_under_way_within_the_four_days(extract):
    record = extract(ARRIVAL, published="2026-05-07")
    event = one_event(record, "Daniel Mwangi")
    assert (event["status"], told_date(event)) == ("ongoing", "2026-05-04")


def test_an_arrival_for_a_two_day_visit_last_week_is_over(extract):
    text = "Kenyan President Daniel Mwangi arrived in Ghana on Friday for a two-day visit."
    record = extract(text, published="2026-05-05")
    assert one_event(record, "Daniel Mwangi")["status"] == "occurred"


# AG D1: "later in the day" counts from the day told before, whatever happened on it


def test_talks_later_in_the_day_take_the_day_of_the_ceremony_before(extract):
    text = (
        "Thai Prime Minister Somchai Wongsawat will be given a ceremonial welcome on Wednesday. He will hold talks "
        "with Prime Minister Arun Mehta later in the day."
    )
    record = extract(text, published="2026-05-04")
    assert told_date(one_event(record, "Somchai Wongsawat", "Arun Mehta")) == "2026-05-06"


# AH C8: a guest's hotel is in the city of the story's gathering, not in the capital of the one called on there

SUMMIT_LEDE = (
    "Heads of state are in the country for the regional summit, which opens in Lusaka tomorrow. "
    "President Ama Kwarteng paid a courtesy call on Lesotho's Prime Minister Tumelo Mokoena at the Pamodzi Hotel."
)


def test_a_courtesy_call_at_a_hotel_is_in_the_summit_city(extract):
    record = extract(SUMMIT_LEDE, published="2007-08-15")
    place = one_event(record, "Ama Kwarteng", "Tumelo Mokoena")["place"]
    assert (place["name"], place["venue"]) == ("Lusaka", "the Pamodzi Hotel")


def test_a_palace_with_no_summit_stays_in_the_hosts_capital(extract):
    text = (
        "President Ama Kwarteng paid a courtesy call on Lesotho's Prime Minister Tumelo Mokoena at Makoanyane Palace."
    )
    record = extract(text, published="2007-08-15")
    assert place_name_of(one_event(record, "Ama Kwarteng", "Tumelo Mokoena")) == "Maseru"


# AI J1: the year right after a recalled contact is the contact's


def test_a_visit_mentioned_with_its_year_is_dated_to_that_year(extract):
    record = extract("President Xi Wen mentioned his visit to Jamaica in 2009.", published="2019-11-05")
    assert told_date(one_event(record, "Xi Wen")) == "2009"


def test_a_visit_confirmed_on_a_day_is_not_dated_by_the_confirming(extract):
    record = extract("President Xi Wen confirmed his visit to Jamaica on Monday.", published="2019-11-05")
    assert told_date(one_event(record, "Xi Wen")) is None


# AI J3: a gathering dated by its own "to be held" clause


def test_a_meeting_on_the_margins_of_an_assembly_to_be_held_in_september(extract):
    text = (
        "President Ana Ruiz may meet President Jonas Berg on the margins of the UN General Assembly to be held in "
        "September."
    )
    record = extract(text, published="2015-09-03")
    assert told_date(one_event(record, "Ana Ruiz", "Jonas Berg")) == "2015-09"


def test_a_summit_to_be_held_is_still_to_come(extract):
    text = "President Ana Ruiz may meet President Jonas Berg on the sidelines of the G20 summit to be held in November."
    record = extract(text, published="2015-09-03")
    summit = next(e for e in record["events"] if e["mode"] == "multilateral")
    assert (summit["status"], told_date(summit)) == ("planned", "2015-11")


# AG P2: a venue on a town's outskirts is by that town


def test_talks_at_a_lodge_on_the_outskirts_of_a_town_are_placed_in_the_town(extract):
    text = (
        "Talks between the government negotiator Ram Sharma and rebel leader Hari Thapa started at the Lake View "
        "Lodge on the outskirts of Kampala on Friday."
    )
    record = extract(text, published="2019-11-05")
    assert place_name_of(one_event(record, "Ram Sharma", "Hari Thapa")) == "Kampala"


def test_a_lodge_with_no_town_stays_the_place(extract):
    text = "Ram Sharma met rebel leader Hari Thapa at the Lake View Lodge on Friday."
    record = extract(text, published="2019-11-05")
    assert place_name_of(one_event(record, "Ram Sharma", "Hari Thapa")) == "the Lake View Lodge"
