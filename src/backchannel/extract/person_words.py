"""Words for people that are not their names: what a person is or does, and the unnamed individuals a story
quotes. Kept apart from the office titles in ``lexicon.TITLE_NOUNS`` because they resolve differently: an office
must match what the article says of a person, a role need not."""

from __future__ import annotations

from .lexicon import PERSON_NOUNS, TITLE_NOUNS

ROLE_NOUNS = frozenset(
    """
    frontrunner front-runner hopeful contender incumbent challenger socialist populist billionaire businessman
    businesswoman mogul tycoon magnate pontiff pastor preacher evangelist speaker author writer novelist
    columnist commentator host activist economist professor scholar scientist politician veteran lawyer
    entrepreneur investor singer actor actress star comedian founder vp mate strategist pollster campaigner
    witness defendant accused plaintiff claimant complainant laureate pensioner retiree headteacher headmaster
    headmistress executive officer coach manager analyst editor inspector detective constable researcher
    striker midfielder goalkeeper referee teacher surgeon agent skipper batsman bowler all-rounder allrounder
    paceman wicketkeeper playmaker
    """.split()
)
"""Nouns for what a person is or does that are not offices: "the self-described socialist", "the mogul"; and
their part in a trial: "the witness told the court" is the person just named giving evidence; and a player's place in
a side: "the former skipper said" is the player named before. Only nouns used of sport alone: an everyday noun
("the cyclist" hit by a car, "the keeper of the museum", "the opener of the exhibition", a defender, a jockey) is
someone new, not the person named before."""

INDIVIDUAL_NOUNS = frozenset(
    """
    man woman commenter reader viewer listener caller user voter resident supporter critic student worker
    attendee protester protestor participant parent shopper customer employee passenger neighbor neighbour
    bystander witness follower fan member
    """.split()
)
"""Unnamed individuals a story quotes: "one man wrote", "another commenter said"."""

STAFF_NOUNS = frozenset(
    """
    executive employee worker lawyer attorney manager researcher scientist engineer economist analyst
    """.split()
)
"""People who work for an organisation and speak as its staff: "executives for Mondelez"."""

PEOPLE_NOUNS = TITLE_NOUNS | ROLE_NOUNS | INDIVIDUAL_NOUNS | STAFF_NOUNS | PERSON_NOUNS
"""Every noun for a person that is not a name: offices, roles, occupations, kin."""


RELATIVE_NOUNS = frozenset(
    """
    daughter son wife husband widow widower mother father brother sister nephew niece cousin uncle aunt grandson
    granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother
    """.split()
)
"""Kin a name may be apposed to ("His daughter, Dr Hiwot Bekele,"): the noun describes that person, as a title
does, and tells whether "he" or "she" may stand for them."""


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
"""Courtesy titles before a surname ("Mr. Lund", "Dr Berg"), without their full stop."""
