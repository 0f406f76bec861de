"""Status and type of contacts (session 71, helper B): a contact noun the subject of "was to take place" or "was
due to be held" is planned (rule status.was-to-happen), as is one in a perfect infinitive under "was to" in a
main clause (rule status.was-to-have); a past-tense time clause under a main clause told as to come is planned
(rule status.time-clause-backshifted); turning down an invitation to meet denies the meeting, with the refusers as
its sides, and leaves the visit of the one invited apart (rules status.invitation-refused,
merge.refused-during-a-visit, pronoun.one-of-a-pair); a count of unnamed people visiting a place is no contact
(rule contact.visit.a-crowd). On sentences written for these tests (names invented); the article is dated
Wednesday 11 March 2026."""

import pytest

from tests.conftest import event_names, one_event, place_name_of

PUBLISHED = "2026-03-11"


def events(text: str, extract) -> list[tuple[frozenset[str], str, str]]:
    record = extract(text, published=PUBLISHED)
    return sorted(
        ((frozenset(event_names(record, e)), e["mode"], e["status"]) for e in record["events"]),
        key=lambda e: sorted(e[0]),
    )


# status.was-to-happen, status.was-to-have


@pytest.mark.parametrize(
    "text",
    [
        "The summit between Chancellor Mira Voss and President Tomas Keller was to take place in Bern on Thursday.",
        "Talks between Chancellor Mira Voss and President Tomas Keller were to be held in Bern.",
        "Voss's meeting with President Tomas Keller was due to take place in Bern on Thursday.",
        "The meeting between Chancellor Mira Voss and President Tomas Keller was supposed to take place in Bern.",
    ],
)
def test_a_contact_noun_that_was_to_take_place_is_planned(extract, text):
    event = one_event(extract(text, published=PUBLISHED), "Tomas Keller")
    assert event["status"] == "planned"
    assert place_name_of(event) == "Bern"


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Mira Voss was to have flown to Bern on Monday for talks with President Tomas Keller.",
        "Chancellor Mira Voss was supposed to have met President Tomas Keller in Bern on Monday.",
    ],
)
def test_a_perfect_infinitive_under_was_to_is_a_plan(extract, text):
    assert one_event(extract(text, published=PUBLISHED), "Mira Voss", "Tomas Keller")["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Chancellor Mira Voss and President Tomas Keller took place in Bern on Monday.",
        "Chancellor Mira Voss is said to have met President Tomas Keller in Bern on Monday.",
        "The meeting between Chancellor Mira Voss and President Tomas Keller was held in Bern on Monday.",
    ],
)
def test_a_contact_told_as_held_stays_held(extract, text):
    event = one_event(extract(text, published=PUBLISHED), "Tomas Keller")
    assert event["status"] == "occurred"


# status.time-clause-backshifted


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ilse Marten said she would bring up the tariffs when she met Governor Paul Rennick later on Friday.",
        "Senator Ilse Marten told reporters she would raise the tariffs after she talked with Governor Paul Rennick.",
        "Senator Ilse Marten was expected to bring up the tariffs when she met Governor Paul Rennick on Friday.",
    ],
)
def test_a_past_time_clause_under_a_reported_future_is_planned(extract, text):
    event = one_event(extract(text, published=PUBLISHED), "Ilse Marten", "Paul Rennick")
    assert event["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ilse Marten said when she met Governor Paul Rennick on Monday that the tariffs must go.",
        "Senator Ilse Marten brought up the tariffs when she met Governor Paul Rennick on Monday.",
        "Senator Ilse Marten agreed to drop the tariffs when she met Governor Paul Rennick on Monday.",
    ],
)
def test_a_past_time_clause_under_a_past_main_clause_stays_held(extract, text):
    event = one_event(extract(text, published=PUBLISHED), "Ilse Marten", "Paul Rennick")
    assert event["status"] == "occurred"


# status.invitation-refused, merge.refused-during-a-visit, pronoun.one-of-a-pair


def test_refused_invitations_deny_the_meeting_and_leave_the_visit_apart(extract):
    text = (
        "Mayors Lena Torvik and Karl Ostberg have turned down invitations to meet President Jonas Melander when he "
        "visits Oslo next week."
    )
    found = events(text, extract)
    assert (frozenset({"Lena Torvik", "Karl Ostberg", "Jonas Melander"}), "meeting", "denied") in found
    assert [e for e in found if e[1] == "visit"] == [(frozenset({"Jonas Melander", "Norway"}), "visit", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayors Lena Torvik and Karl Ostberg rejected invitations to meet President Jonas Melander.",
        "Mayor Lena Torvik declined an offer to meet President Jonas Melander in Bergen.",
    ],
)
def test_a_refused_invitation_is_a_denied_meeting(extract, text):
    event = one_event(extract(text, published=PUBLISHED), "Lena Torvik", "Jonas Melander")
    assert event["status"] == "denied"
    assert event["mode"] == "meeting"


def test_an_accepted_invitation_is_still_planned(extract):
    text = "Mayor Lena Torvik accepted an invitation to meet President Jonas Melander in Bergen."
    assert one_event(extract(text, published=PUBLISHED), "Lena Torvik", "Jonas Melander")["status"] == "planned"


# contact.visit.a-crowd


@pytest.mark.parametrize(
    "text",
    [
        "Nearly half a million people have visited Lalibela since the road opened.",
        "More than 80,000 tourists visited Montenegro in August.",
        "Thousands of pilgrims visited Kraków over the weekend.",
        "Hundreds of thousands of Danes visited Sweden last year.",
    ],
)
def test_a_crowd_visiting_a_place_is_no_contact(extract, text):
    assert extract(text, published=PUBLISHED)["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Four Austrian ministers visited Slovenia on Monday.",
        "A delegation of thirty Ghanaian lawmakers visited Togo on Monday.",
    ],
)
def test_counted_officials_still_visit(extract, text):
    record = extract(text, published=PUBLISHED)
    assert [e["mode"] for e in record["events"]] == ["visit"]
