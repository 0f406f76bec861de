"""Contacts whose subject refers back to a pair: "they" in a clause of time (session 61, helper T), on invented
sentences."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_they_in_a_when_clause_are_the_two_the_sentence_names(extract):
    """ "sought Hale's support when they met behind the chair last week": a meeting of the two (rule
    contact.they-in-time-clause, party.they-the-two-named), though no contact was told before."""
    r = extract(
        "Prime Minister Andrew Rowe said that he had sought and received Peter Hale's support for the two bills "
        "when they met behind the speaker's chair in parliament last week.",
        published=PUBLISHED,
    )
    assert {"Andrew Rowe", "Peter Hale"} in pairs(r)


def test_they_both_in_a_before_clause_are_the_pair_of_the_contact_told(extract):
    """ "termed his meeting with Odera …, before they both met at the stadium on Saturday": a second meeting of the
    pair, on its own day."""
    r = extract(
        "Opposition leader Tom Kariuki termed his meeting with President Sam Odera at the funeral a chance "
        "encounter, before they both met at the stadium on Saturday.",
        published=PUBLISHED,
    )
    saturday = [e for e in r["events"] if (e.get("date") or {}).get("value") == "2026-03-07"]
    assert saturday and event_names(r, saturday[0]) == {"Tom Kariuki", "Sam Odera"}


def test_they_met_with_no_scene_stays_a_circumstance(extract):
    """ "Speaking before they met, Rowe said …": no place, no day, no contact of its own."""
    r = extract(
        "Speaking before they met, Prime Minister Andrew Rowe said there was much work to be done.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_since_they_met_is_no_new_contact(extract):
    """ "since they met in Osh": what was told before, not a contact of its own."""
    r = extract(
        "Prime Minister Andrew Rowe has not spoken to Peter Hale since they met in Osh in October.",
        published=PUBLISHED,
    )
    assert not any((e.get("date") or {}).get("value") == "2025-10" for e in r["events"]), (
        "a 'since' clause told a contact"
    )


def test_they_with_three_people_named_finds_no_pair(extract):
    """Three people named before "when they met" and no contact told: no pair to take."""
    r = extract(
        "Andrew Rowe said Peter Hale and Maria Kessel had backed the two bills when they met behind the speaker's "
        "chair last week.",
        published=PUBLISHED,
    )
    assert {"Andrew Rowe", "Peter Hale"} not in pairs(r)
    assert {"Peter Hale", "Maria Kessel"} not in pairs(r)
