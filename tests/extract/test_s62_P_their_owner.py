"""A contact owned by "their" whose owners are the joined subject of the clause that reports it ("X and Y said their
summit in Lima had been useful") (session 62, helper P): the joined sides held it; a subject naming one side only
is no pair. On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-10"


def test_their_summit_reported_by_two_joined_leaders_is_theirs(extract):
    """ "X of Peru and Y of Chile said their summit in Lima had been useful": X and Y met (rule
    party.their-joined-owner)."""
    r = extract(
        "President Ana Ruiz of Peru and President Tomas Berg of Chile said their summit in Lima had been useful.",
        published=PUBLISHED,
    )
    assert any({"Ana Ruiz", "Tomas Berg"} <= event_names(r, e) for e in r["events"])


def test_their_talks_reported_by_two_joined_states_are_theirs(extract):
    """ "Zambia and Malawi said their talks in Lusaka next week would settle the border": the two states meet."""
    r = extract("Zambia and Malawi said their talks in Lusaka next week would settle the border.", published=PUBLISHED)
    assert any({"Zambia", "Malawi"} <= event_names(r, e) for e in r["events"])


def test_their_summit_of_a_one_sided_plural_subject_is_no_pair(extract):
    """ "The unions said their summit in Lusaka had been useful": the unions are one side; no contact of two."""
    r = extract("The unions said their summit in Lusaka had been useful.", published=PUBLISHED)
    assert not any(len(event_names(r, e)) >= 2 and "unions" in " ".join(event_names(r, e)).lower() for e in r["events"])
