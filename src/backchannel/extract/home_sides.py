"""The state of a side the text names by office only, in talks with one foreign state (rule party.home-side).

"PORT OF SPAIN — Foreign Affairs Minister Baptiste spoke with Venezuela's deputy foreign minister … and agreed that
technical teams from both countries would meet in Caracas": the story names the minister's office, never her
state, as a paper does for its own government. When such talks send officials to meet, the two states are the
foreign one and the state of that side, which the story tells by its outlet's home (the state the outlet's name
gives, "The Kathmandu Courier"), by where it was filed from (its dateline, byline or live blog's city) or, failing
that, by where the talks were held or where the officials are to meet: a place
outside the foreign state is at home for the side whose state is not said (talks between two states alternate
between their countries; "the minister travelled to New Delhi … officials would meet again in Colombo").
"""

from __future__ import annotations

from ..records import ActorKind
from .actor_table import ActorTable
from .mentions import Mention
from .outlet_home import outlet_named_state
from .places import place_of, story_city


def home_state(mentions: list[Mention], foreign: str, table: ActorTable, sent: Mention) -> str | None:
    """The state of a titled person of these talks whose state the text does not give, when the other side is of
    the state ``foreign``: the outlet's home state, else the country of the story's city, else of the talks' place,
    else of the place where the officials ``sent`` by the talks meet, whichever is not ``foreign``."""
    parties = [a for p in dict.fromkeys(p for m in mentions for p in m.participants) if (a := table.get(p))]
    if not any(a.kind is ActorKind.PERSON and a.country is None and a.titles for a in parties):
        return None
    found = story_city(table.article.text)
    places = [found[0] if found else None, *(place_of(m.place) for m in [*mentions, sent])]
    states = [outlet_named_state(table.article), *(p.country for p in places if p is not None)]
    return next((state for state in states if state and state != foreign), None)
