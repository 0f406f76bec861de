"""The other ways of saying a person the article knows only by a description.

A person the story never names is known by the office it gives them: "his Iraqi counterpart", "Thailand's prime
minister". A reader refers to that person the plain way too: "the Iraqi counterpart", "the Thai prime minister",
without the possessive that ties the office to the one beside it and with the state said as its people's
adjective (rule actor.description-forms). Those forms are the same person's names.
"""

from __future__ import annotations

import re

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .lexicon import POSSESSIVE_DETERMINERS
from .trace import fired

STATE_POSSESSIVE = re.compile(r"^(?P<state>.+?)['’]s (?P<office>.+)$")
"""A description opening on a possessive: "Thailand's prime minister"."""


def add_description_forms(actors: list[Actor]) -> None:
    """Give each person known only by a description its plain forms as aliases."""
    for actor in actors:
        if actor.kind is not ActorKind.PERSON or actor.name not in actor.titles:
            continue
        forms = [f for f in (_without_owner(actor.name), _demonym_form(actor)) if f]
        new = [f for f in forms if f != actor.name and f not in actor.aliases]
        if new:
            fired("actor.description-forms")
            actor.aliases.extend(new)


def _without_owner(name: str) -> str | None:
    """ "his Iraqi counterpart" said without "his": "Iraqi counterpart", which its state still ties to one person;
    what is left with no state is anyone's ("his chief of staff" is not "chief of staff", "his deputy" not
    "deputy")."""
    first, _, rest = name.partition(" ")
    if first.lower() not in POSSESSIVE_DETERMINERS or len(rest.split()) < 2:
        return None
    return rest if _names_a_state(rest.split()) else None


STATE_WORDS = 3
"""Words a state's name or adjective runs to at most: "North Korean", "Central African Republic"."""


def _names_a_state(words: list[str]) -> bool:
    """Whether some run of ``words`` names a state or its people: "North Korean counterpart"."""
    geo = gazetteer()
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + STATE_WORDS, len(words)) + 1))
    return any(geo.country_of(run) for run in runs)


def _demonym_form(actor: Actor) -> str | None:
    """ "Thailand's prime minister" said with the state's adjective, "Thai prime minister": only for the actor's
    own state, named by the possessive."""
    match = STATE_POSSESSIVE.match(actor.name)
    geo = gazetteer()
    if match is None or actor.country is None or geo.country_of(match["state"]) != actor.country:
        return None
    demonym = geo.demonym_of.get(actor.country)
    return f"{demonym} {match['office']}" if demonym else None
