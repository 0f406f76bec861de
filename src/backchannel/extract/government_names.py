"""Bodies and groups that are a state's by name: "the government of Sri Lanka" is Sri Lanka, known by that name
too; "the government" of a story filed from Khartoum is the Sudanese government; "Kenya's envoys" are Kenyan."""

from __future__ import annotations

import re

from ..datelines import dateline_city
from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .outlet_home import outlet_domain_state, outlet_named_state
from .trace import fired

GOVERNMENT_OF = re.compile(r"\b([Gg]overnment of (?:the )?)$")
"""The words before a state's name that name its government: "the government of", "the Government of the"."""


def name_governments_of_states(table: ActorTable) -> None:
    """ "The government of Sri Lanka will resume talks …" (rule actor.government-of-state): the state's actor is
    also known as "government of Sri Lanka", as readers and other stories call it (aliases are the names an actor
    goes by in the text)."""
    text = table.article.text
    for state in (a for a in table.actors if a.kind is ActorKind.COUNTRY):
        for mention in state.mentions:
            before = GOVERNMENT_OF.search(text[max(0, mention.start - 20) : mention.start])
            if before is None:
                continue
            alias = before.group(1).lower() + mention.text
            if alias not in state.aliases:
                fired("actor.government-of-state")
                state.aliases.append(alias)


def name_the_home_government(table: ActorTable) -> None:
    """ "KABUL — … denied that the government had held talks …" (rule actor.government-of-dateline-state): a
    government named by no state's name is that of the state the story is filed from, the "Afghan government", in a
    paper at home there (by its name or its address, as actor.country-of-dateline asks), when the text names no
    state's government otherwise; "the government in Caracas" is the state of that city's, wherever
    the story is filed. Named after the events are found, which hold it by its id."""
    bare = [a for a in table.actors if a.kind is ActorKind.ORGANIZATION and a.name.casefold() == "government"]
    if len(bare) != 1 or any(_a_government(actor) for actor in table.actors if actor is not bare[0]):
        return
    (generic,) = bare
    text = table.article.text
    seats = {code for m in generic.mentions if (code := _seat_after(text, m.start, m.end)) is not None}
    if len(seats) == 1:
        (code,) = seats
    else:
        city = dateline_city(text)
        code = gazetteer().state_of(city) if city and not seats else None
        if code not in (outlet_named_state(table.article), outlet_domain_state(table.article)):
            return  # a wire's story filed from London may be about any state's government
    demonym = gazetteer().demonym_of.get(code) if code else None
    if demonym is None:
        return
    fired("actor.government-of-dateline-state")
    generic.aliases.append(generic.name)
    generic.name, generic.country = f"{demonym} government", code


SEAT_AFTER = re.compile(r"[ ]+in[ ]+([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})")
"""A city after a government's word: "the government in Caracas"."""


def _seat_after(text: str, start: int, end: int) -> str | None:
    """The state of the city named right after the word "government" of a mention ("the government in Caracas",
    whether or not the mention took the city in), if any."""
    word = text.lower().find("government", start, end)
    found = SEAT_AFTER.match(text, word + len("government")) if word >= 0 else None
    return gazetteer().state_of(found.group(1)) if found is not None else None


def _a_government(actor: Actor) -> bool:
    """Whether an actor is a state's government by name ("the Chadian government", "the government of Chad")."""
    words = [actor.name.casefold(), *(alias.casefold() for alias in actor.aliases)]
    return any(w.endswith(" government") or w.startswith("government of ") for w in words)


OWNING_STATE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})['’]s ")
"""A name's opening possessive of one to four capitalised words: "Kenya's", "Saudi Arabia's", "Beijing's"."""


def state_of_owned_groups(table: ActorTable) -> None:
    """ "Kenya's envoys", "Beijing's top negotiator" (rule actor.country-of-owning-state): a group or an unnamed
    source named as a state's, by the state's name or its capital's, is of that state, as "Kenyan envoys" are."""
    for actor in table.actors:
        if actor.kind not in (ActorKind.GROUP, ActorKind.ANONYMOUS) or actor.country is not None:
            continue
        owner = OWNING_STATE.match(actor.name)
        code = gazetteer().country_of(owner.group(1)) if owner is not None else None
        if code is not None:
            fired("actor.country-of-owning-state")
            actor.country = code
