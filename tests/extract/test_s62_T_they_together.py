"""A "they" or "them" standing for people the sentence before joins, or for a delegation or team of people named in
the singular (rule party.they-together-before; session 62, helper T), on invented sentences."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_they_talked_after_a_pair_named_together(extract):
    """ "A, and B, attended the opening. They talked for an hour": the two talked with each other."""
    r = extract(
        "The Estonian Foreign Minister, Liis Tamm, and her Slovak colleague, Pavol Hruby, attended the opening of "
        "the exhibition on Tuesday. They talked for an hour afterwards, aides said.",
        published=PUBLISHED,
    )
    assert {"Liis Tamm", "Pavol Hruby"} in pairs(r)


def test_they_met_after_a_pair_named_together(extract):
    """ "A and B sat side by side at the match. They met again that evening": a meeting of the two."""
    r = extract(
        "Marta Kovacs and Jonas Lindqvist sat side by side at the football final in Vienna on Sunday. They met "
        "again that evening at the ambassador's residence.",
        published=PUBLISHED,
    )
    assert {"Marta Kovacs", "Jonas Lindqvist"} in pairs(r)


def test_they_in_a_clause_of_their_own_are_the_joined_subject(extract):
    """ "A and B would take up the dispute if they met": the pronoun's own sentence joins them first; an unnamed
    reporter, and what the reporter follows, stand before the pair and are none of "they"."""
    r = extract(
        "A diplomat who follows the talks said the Moldovan prime minister, Ion Rusu, and the Romanian prime minister, "
        "Dan Stoica, would take up the dispute if they met at the regional summit in Sofia next month.",
        published=PUBLISHED,
    )
    assert any({"Ion Rusu", "Dan Stoica"} <= p for p in pairs(r))


def test_they_received_after_a_team_of_officials(extract):
    """ "A team of officials from X, led by Y, was in Z. They were received by W": the team, through its leader."""
    r = extract(
        "A team of officials from Tarvo county, led by the county governor, Mr Erik Saarinen, was in Narva today "
        "for talks on the timber trade. They were received at the town hall by Narva Mayor Olga Petrova.",
        published=PUBLISHED,
    )
    assert any({"Erik Saarinen", "Olga Petrova"} <= p for p in pairs(r))


def test_a_plural_nearer_is_what_they_stand_for(extract):
    """ "A and B greeted the striking dockers. They met the mayor": the dockers may be "they"; not the pair."""
    r = extract(
        "Marta Kovacs and Jonas Lindqvist greeted the striking dockers at the port on Sunday. They met Mayor "
        "Olga Petrova later that day.",
        published=PUBLISHED,
    )
    assert not any({"Marta Kovacs", "Jonas Lindqvist"} <= p for p in pairs(r))


def test_a_pair_not_joined_is_no_they(extract):
    """ "A arrived on Monday and B left on Tuesday. They talked": no subject joins the two; no contact of theirs."""
    r = extract(
        "Marta Kovacs arrived in Vienna on Monday, and Jonas Lindqvist left for Oslo on Tuesday. They talked for "
        "an hour, aides said.",
        published=PUBLISHED,
    )
    assert not any({"Marta Kovacs", "Jonas Lindqvist"} <= p for p in pairs(r))


def test_a_sports_team_is_no_delegation(extract):
    """ "The team lost to Ghana. They were received by the president": a side at sport is no team of people the
    rule reads as a delegation."""
    r = extract(
        "The team lost 2-1 to Ghana in the final on Sunday. They were received at the palace by President Ana Ruiz "
        "on Monday.",
        published=PUBLISHED,
    )
    assert all("team" not in " ".join(p).lower() for p in pairs(r))
