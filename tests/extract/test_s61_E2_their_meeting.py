"""A contact told as "their" meeting or talks in a clause that names both sides ("X handed Y the plan during their
meeting", "X and Y walked out after their talks") (session 61, helper E2, rule contact.noun.their-circumstance); on
sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_their_meeting_in_a_clause_from_one_side_to_another(extract):
    """ "X handed the proposal to Y during their meeting on Monday": X and Y met on Monday."""
    r = extract(
        "Governor Ilse Brandt handed the trade proposal to Mayor Omar Haddad during their meeting on Monday.",
        published=PUBLISHED,
    )
    assert {"Ilse Brandt", "Omar Haddad"} in pairs(r)
    event = r["events"][0]
    assert event["mode"] == "meeting" and event["status"] == "occurred"
    assert event["date"]["value"] == "2026-03-09"


def test_after_their_talks_with_a_pair_as_subject(extract):
    """ "X and Y walk along the seafront after their talks on Thursday": the pair held talks."""
    r = extract(
        "Minister Ilse Brandt and Governor Omar Haddad walked along the seafront after their talks on Thursday.",
        published=PUBLISHED,
    )
    assert {"Ilse Brandt", "Omar Haddad"} in pairs(r)


def test_their_talks_with_one_side_named_stay_background(extract):
    """ "X left early after their talks": who "they" were is not told in the clause; no contact of X alone."""
    r = extract(
        "Governor Omar Haddad left the building early after their talks on Thursday.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_after_their_talks_in_a_future_clause_are_planned(extract):
    """ "X and Y will sign the accord after their talks on Friday": the talks are still to come."""
    r = extract(
        "Minister Ilse Brandt and Governor Omar Haddad will sign the accord after their talks on Friday.",
        published=PUBLISHED,
    )
    assert {"Ilse Brandt", "Omar Haddad"} in pairs(r)
    assert r["events"][0]["status"] == "planned"
