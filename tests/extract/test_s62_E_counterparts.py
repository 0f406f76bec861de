"""Counterparts whose states are listed after them ("met her counterparts from Norway, Chile and Peru") (session
62, helper E): each listed state is a side of the contact, as the nationalities before a group give; on sentences
written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def test_counterparts_from_a_list_of_states_have_each_state_as_a_side(extract):
    """ "met her counterparts from Norway, Chile and Peru": Norway, Chile and Peru are sides (rule
    party.states-listed-after)."""
    r = extract(
        "Foreign Minister Ilse Marrak met her counterparts from Norway, Chile and Peru in Ruritania on Monday.",
        published=PUBLISHED,
    )
    assert any({"Ilse Marrak", "Norway", "Chile", "Peru"} <= event_names(r, e) for e in r["events"])


def test_counterparts_in_a_city_are_no_list_of_states(extract):
    """ "met her counterparts in Oslo": a place where they met, not states they act for."""
    r = extract("Foreign Minister Ilse Marrak met her counterparts in Oslo on Monday.", published=PUBLISHED)
    assert all("Norway" not in event_names(r, e) for e in r["events"])


def test_officials_of_two_ministries_are_no_states_listed_after(extract):
    """ "officials of the Norwegian and Chilean fisheries ministries": "of" names the bodies they serve, not states
    listed after the group (rule party.states-listed-after reads "from" only)."""
    r = extract(
        "Senior officials of the Norwegian and Chilean fisheries ministries met in Lima on Monday.", published=PUBLISHED
    )
    assert all(not {"Norway", "Chile"} <= event_names(r, e) for e in r["events"])
