"""Constructions of real political news that the rules misread (session 50, helper P), on sentences written here."""

from tests.conftest import event_names, events_with


def test_a_state_party_description_is_no_second_person(extract):
    # actor.description-not-name: "a Vermont Republican" describes Hale; "who" met Briggs, and so did Hale
    r = extract("Senator Ann Hale, a Vermont Republican who met privately with Governor Tom Briggs, backed the bill.")
    assert [event_names(r, e) for e in r["events"]] == [{"Ann Hale", "Tom Briggs"}]
    assert not any(a["name"] == "Vermont Republican" for a in r["actors"])


def test_the_description_after_the_name_names_no_one_either(extract):
    r = extract("Senator Ann Hale, the Vermont Republican who met with Governor Tom Briggs, backed the bill.")
    assert events_with(r, "Ann Hale", "Tom Briggs")


def test_an_apposed_name_is_still_a_person(extract):
    # not a description: no article before the name
    r = extract("The harbour administrator, Marit Marrow, met the mayor on Monday.")
    assert any(a["name"] == "Marit Marrow" and a["kind"] == "person" for a in r["actors"])


def test_two_speakers_at_a_convention_did_not_talk(extract):
    # contact.speak.addressed-an-occasion
    r = extract("Governor Ines Ortiz and Senator Hal Lamb also spoke at the party convention in Dayton.")
    assert r["events"] == []


def test_two_who_spoke_at_a_building_still_talked(extract):
    r = extract("Governor Ines Ortiz and Senator Hal Lamb spoke at the governor's mansion on Tuesday.")
    assert events_with(r, "Ines Ortiz", "Hal Lamb")


def test_a_meeting_after_which_someone_proposed_took_place(extract):
    # status.after-meeting: "proposed" is what followed the meeting, not a proposal of it
    r = extract(
        "After meeting with Pastor Ada Lowe and other church leaders, Mayor Tom Briggs proposed a new youth curfew."
    )
    (event,) = events_with(r, "Tom Briggs", "Ada Lowe")
    assert event["status"] == "occurred"


def test_a_meeting_after_which_someone_will_act_is_still_to_come(extract):
    r = extract("After meeting with Paul Varga on Friday, Mayor Tom Briggs will fly to Berlin.", published="2016-02-17")
    (event,) = events_with(r, "Tom Briggs", "Paul Varga")
    assert event["status"] == "planned"


def test_aides_named_by_whom_they_serve_are_a_group(extract):
    # party.staff-of-a-name: "Briggs aides" are not Briggs
    r = extract("Governor Ines Ortiz met with Briggs aides on Thursday.")
    assert [event_names(r, e) for e in r["events"]] == [{"Ines Ortiz", "Briggs aides"}]


def test_lawmakers_of_a_party_are_a_group(extract):
    r = extract("Governor Ines Ortiz held a private meeting with Labour lawmakers before her speech.")
    assert events_with(r, "Ines Ortiz", "Labour lawmakers")


def test_officials_of_a_body_still_name_the_body(extract):
    r = extract("Governor Ines Ortiz met with NATO officials on Thursday.")
    assert events_with(r, "Ines Ortiz", "NATO")


def test_after_meeting_with_aides_is_a_meeting(extract):
    # the contact.verb.meet gerund after "after" now takes an object named by whom it serves
    r = extract("Victory is vital, Senator Hal Lamb said after meeting Thursday with Briggs aides.")
    assert events_with(r, "Hal Lamb", "Briggs aides")


def test_meetings_over_the_years_are_a_habit(extract):
    # contact.habit.over-the-years
    r = extract("Councillor Ida Brenner and Mayor Tom Briggs have met over the years at the yacht club.")
    assert r["events"] == []


def test_meetings_over_counted_years_may_be_told(extract):
    r = extract("Councillor Ida Brenner met Mayor Tom Briggs in Dayton three times over the past two years.")
    assert events_with(r, "Ida Brenner", "Tom Briggs")


def test_a_summit_known_only_by_its_host_city_names_no_side(extract):
    # party.host-alone
    r = extract("By then the Lisbon climate summit had ended in turmoil.")
    assert r["events"] == []


def test_a_summit_with_a_named_host_leader_is_kept(extract):
    r = extract("Chancellor Ines Ortiz is hosting a climate summit in Lisbon next week.")
    assert events_with(r, "Ines Ortiz")


def test_a_summit_someone_attended_keeps_its_host(extract):
    # the attendee is a side, even when no rule names it
    r = extract("In May, the delegates attended the first ever fisheries summit in Lisbon.")
    assert r["events"]
