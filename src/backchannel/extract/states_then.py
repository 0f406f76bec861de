"""States as the press of their time named them: in an article from 1987 "Moscow" and "the Soviet side" are the
Soviet Union, not Russia (``data/former_states.tsv``).

The extractors read a former state's names, demonyms and capital as the present state that continues it, so that
one state is one code however the article names it; this last pass gives that state, and the people and bodies of
it, the name and code it had when the article was published.
"""

from __future__ import annotations

import re
from functools import cache

from ..geo import FormerState, former_states, gazetteer, normalise
from ..records import Actor, ActorKind
from .trace import fired


def name_states_then(actors: list[Actor], text: str, published: str | None) -> None:
    """Rule actor.former-state: rename the present state to the one of the article's time, unless the article
    names it only by its present name ("Serbia" in 1995 is the republic, not Yugoslavia)."""
    for state in former_states():
        if not state.names_then(published):
            continue
        country = next((a for a in actors if a.kind is ActorKind.COUNTRY and a.country == state.present), None)
        if _named_as_now(country, text, state):
            continue
        fired("actor.former-state")
        for actor in actors:
            if actor.country == state.present:
                actor.country = state.code
        if country is not None:
            _rename(country, text, state)


def _named_as_now(country: Actor | None, text: str, state: FormerState) -> bool:
    """The article names the state by its present name or demonym and never by the former one (a capital alone
    names the state of the time): the state's own mentions, or, with no actor for the state, the demonym in a
    person's title ("Serbian President X" in 1995, "Czech Prime Minister X" in 1992); a former name anywhere in
    the text ("Soviet Foreign Minister X" beside a loose "Russia" in 1987) is the state of the time."""
    then = _names_then(state)
    present = _present_names(state)
    written = _written(text, then | present)
    said = {normalise(text[m.start : m.end]) for m in country.mentions} if country is not None else written
    return bool(said & present) and not (said | written) & then


def _written(text: str, names: frozenset[str]) -> set[str]:
    """Those of ``names`` (normalised) that the text writes as words, not after "former" ("the envoy for the former
    Yugoslavia" writes of the state as gone)."""
    folded = normalise(text)
    return {n for n in names if re.search(rf"(?<![\w-])(?<!former ){re.escape(n)}(?![\w-])", folded)}


@cache
def _names_then(state: FormerState) -> frozenset[str]:
    """The former state's names and demonyms, normalised, and their plurals ("Soviets"); read once a state."""
    then = {normalise(n) for n in (state.name, *state.other_names, *state.demonyms)}
    return frozenset(then | {n + "s" for n in then})


@cache
def _present_names(state: FormerState) -> frozenset[str]:
    """The present state's own names and demonyms ("Serbia", "Serbian"), not those of the former state; read once a
    state, not once an article."""
    geo = gazetteer()
    now = [name for table in (geo.names, geo.demonyms) for name, code in table.items() if code == state.present]
    then = _names_then(state)
    return frozenset(name for name in now if name not in then)


def _rename(country: Actor, text: str, state: FormerState) -> None:
    said = {normalise(text[m.start : m.end]) for m in country.mentions}
    present = country.name
    country.name = state.name
    country.aliases = [a for a in country.aliases if normalise(a) != normalise(state.name)]
    if normalise(present) in said and present not in country.aliases:
        country.aliases.append(present)  # "Russia" named beside "the Soviet Union" is the same state
