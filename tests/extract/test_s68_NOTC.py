"""Contacts told as stances, permissions, habits or ties kept up, which are no happening (session 68, helper NOTC):
a refusal held in place by a condition (contact.stance.refused-until), a contact one was only authorised or
allowed to have (contact.permitted-only), a rate by the day of the week (contact.habit), a dialogue kept up
(contact.habit.kept-up). On sentences written for these tests (names invented)."""

from tests.conftest import events_with

PUBLISHED = "2026-03-12"


def statuses(record: dict, *names: str) -> list[str]:
    return [e["status"] for e in events_with(record, *names)]


# contact.stance.refused-until


def test_a_refusal_until_something_is_done_is_no_contact(extract):
    r = extract(
        "Premier Jonas Eriksen said he would not meet President Ilir Berisha until the border crossings reopen.",
        published=PUBLISHED,
    )
    assert events_with(r, "Jonas Eriksen", "Ilir Berisha") == []


def test_cannot_meet_until_something_is_done_is_no_contact(extract):
    r = extract(
        "Premier Jonas Eriksen said he cannot meet President Ilir Berisha until the border crossings reopen.",
        published=PUBLISHED,
    )
    assert events_with(r, "Jonas Eriksen", "Ilir Berisha") == []


def test_cannot_meet_on_a_day_is_still_denied(extract):
    # negative: no condition holds the refusal in place
    r = extract("Premier Jonas Eriksen said he cannot meet President Ilir Berisha on Monday.", published=PUBLISHED)
    assert [e["status"] for e in events_with(r, "Jonas Eriksen", "Ilir Berisha")] == ["denied"]


def test_refusing_to_meet_while_a_case_lasts_is_no_contact(extract):
    r = extract(
        "The farmers' leader, Maria Olsen, has refused to meet Governor Paul Kern while the dispute remains in court.",
        published=PUBLISHED,
    )
    assert events_with(r, "Maria Olsen", "Paul Kern") == []


def test_talks_not_to_be_opened_while_a_dispute_lasts_are_no_contact(extract):
    r = extract(
        "Premier Jonas Eriksen said he would not open talks with President Ilir Berisha while the two countries "
        "remained in dispute.",
        published=PUBLISHED,
    )
    assert events_with(r, "Jonas Eriksen", "Ilir Berisha") == []


def test_talks_refused_unless_a_blockade_is_lifted_are_no_contact(extract):
    r = extract(
        "Minister Ada Moss will not hold talks with Premier Tomas Varga unless the blockade is lifted.",
        published=PUBLISHED,
    )
    assert events_with(r, "Ada Moss", "Tomas Varga") == []


def test_a_refusal_as_long_as_a_blockade_lasts_is_no_contact(extract):
    r = extract(
        "Minister Ada Moss said she will not meet Premier Tomas Varga as long as the blockade lasts.",
        published=PUBLISHED,
    )
    assert events_with(r, "Ada Moss", "Tomas Varga") == []


def test_a_refusal_for_a_stay_of_ones_own_still_denies_the_meeting(extract):
    r = extract(
        "Premier Jonas Eriksen said he would not meet President Ilir Berisha while in Oslo for the summit.",
        published=PUBLISHED,
    )
    assert statuses(r, "Jonas Eriksen", "Ilir Berisha") == ["denied"]


def test_a_refusal_with_no_condition_still_denies_the_meeting(extract):
    r = extract("Premier Jonas Eriksen refused to meet President Ilir Berisha on Monday.", published=PUBLISHED)
    assert statuses(r, "Jonas Eriksen", "Ilir Berisha") == ["denied"]


def test_a_meeting_offered_on_a_condition_stays_a_contact(extract):
    r = extract(
        "Minister Ada Moss said she would meet Premier Tomas Varga as long as the talks stay secret.",
        published=PUBLISHED,
    )
    assert len(events_with(r, "Ada Moss", "Tomas Varga")) == 1


def test_a_meeting_denied_beside_the_refusal_stays_denied(extract):
    r = extract(
        "Governor Paul Kern said he has not met and will not meet the rebel commander, Tomas Varga, while the siege "
        "continues.",
        published=PUBLISHED,
    )
    assert statuses(r, "Paul Kern", "Tomas Varga") == ["denied"]


# contact.permitted-only


def test_being_authorised_to_talk_to_someone_is_no_contact(extract):
    r = extract(
        "Envoy Karl Brandt was authorised to talk to the rebel commander, Tomas Varga, by the cabinet in 2009.",
        published=PUBLISHED,
    )
    assert events_with(r, "Karl Brandt", "Tomas Varga") == []


def test_nobody_authorised_to_negotiate_is_no_contact(extract):
    r = extract(
        "Nobody has been authorised to negotiate with the Northern Front on behalf of the government, Minister Ada "
        "Moss said.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_a_meeting_held_after_an_authorisation_stays_a_contact(extract):
    r = extract(
        "The cabinet authorised Envoy Karl Brandt to talk to the rebels, and he met their commander, Tomas Varga, in "
        "Oslo on Monday.",
        published=PUBLISHED,
    )
    assert statuses(r, "Karl Brandt", "Tomas Varga") == ["occurred"]


# contact.habit: a rate by the day of the week


def test_lunching_every_second_tuesday_is_a_habit(extract):
    r = extract(
        "For twenty years Gerard Lowe lunched every second Tuesday with his old friend, Senator Paul Kern.",
        published=PUBLISHED,
    )
    assert events_with(r, "Gerard Lowe", "Paul Kern") == []


def test_breakfast_together_every_sunday_is_a_habit(extract):
    r = extract(
        "Friends say Gerard Lowe and the late Senator Paul Kern used to have breakfast together every Sunday at a "
        "diner on Aurora Boulevard during the 1960s.",
        published=PUBLISHED,
    )
    assert events_with(r, "Gerard Lowe", "Paul Kern") == []


def test_a_call_on_sunday_stays_a_contact(extract):
    r = extract("Envoy Karl Brandt telephoned President Ilir Berisha on Sunday.", published=PUBLISHED)
    assert statuses(r, "Karl Brandt", "Ilir Berisha") == ["occurred"]


def test_a_meeting_next_tuesday_stays_a_contact(extract):
    r = extract("Envoy Karl Brandt will meet President Ilir Berisha next Tuesday.", published=PUBLISHED)
    assert statuses(r, "Karl Brandt", "Ilir Berisha") == ["planned"]


# contact.habit.kept-up


def test_keeping_up_the_dialogue_is_no_contact(extract):
    r = extract(
        "It is in the interests of the union to keep up the dialogue with Russia, Commissioner Ada Moss said.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_communications_maintained_over_years_are_no_contact(extract):
    r = extract(
        "Norway and Iceland have maintained healthy communications on fisheries over recent years.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_talks_continued_in_a_city_on_a_day_stay_a_planned_meeting(extract):
    r = extract(
        "President Ana Lind and Premier Tomas Varga met in Bergen on Thursday. The two leaders will continue their "
        "talks in Oslo on Friday.",
        published=PUBLISHED,
    )
    assert sorted(statuses(r, "Ana Lind", "Tomas Varga")) == ["occurred", "planned"]


def test_close_talks_held_on_a_day_stay_a_contact(extract):
    r = extract("Minister Ada Moss held close talks with Premier Tomas Varga in Oslo on Monday.", published=PUBLISHED)
    assert statuses(r, "Ada Moss", "Tomas Varga") == ["occurred"]
