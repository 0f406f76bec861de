"""Whether talks told as a meeting were held in the country of one side only: the other side went there.

"Kazakhstan's foreign minister held talks in Tashkent with his Uzbek counterpart", "Mexico's foreign minister met
the White House adviser in Washington": the one who came from abroad to the other's country made a visit
(LABELLING's `visit`: one party travels to the other's country for the contact), however the sentence words it.
"""

from __future__ import annotations

from ..geo import Location
from ..records import Actor, EventStatus
from .actor_table import ActorTable
from .contact_words import RESIDENT_DIPLOMAT_WORDS, at_a_gathering
from .mentions import Mention
from .merging import Draft
from .trace import fired


def came_to_the_hosts_country(draft: Draft, place: Location | None, status: EventStatus, table: ActorTable) -> bool:
    """Talks in a place of the recipient's country, which no one on the actor's side belongs to, led by someone of
    another known country (rule mode.talks-in-the-hosts-country). The sides are those of the first telling that
    names both ("X met Y in Washington"), before a retelling ("the two men had held a working meeting") ran them
    together.

    Left a meeting: talks both sides hold in a third country or at home, talks with both sides as one subject ("X
    and Y met in Wellington", "they agreed to meet in Arusha"), talks on the sidelines of a gathering or at a
    summit or conference (both came to it), a diplomat posted there on either side ("the Russian ambassador met
    the minister in Oslo", "Canada's envoy in Nairobi"), and a reported meeting denied, which no trip is told of.
    """
    if place is None or place.country is None or status is EventStatus.DENIED or _both_as_one(draft.first):
        return False
    told = next((m for m in draft.mentions if m.actor and m.recipient), None)
    if told is None:
        return False
    visitors = [a for p in told.actor if (a := table.get(p)) is not None]
    hosts = [a for p in told.recipient if (a := table.get(p)) is not None]
    if not any(a.country == place.country for a in hosts) or any(a.country == place.country for a in visitors):
        return False
    if not any(a.country is not None for a in visitors) or any(_posted_abroad(a, place) for a in (*visitors, *hosts)):
        return False
    if any(at_a_gathering(m.trigger.sent) for m in draft.mentions):
        return False
    fired("mode.talks-in-the-hosts-country")
    return True


def _both_as_one(mention: Mention) -> bool:
    """ "They agreed to meet in Arusha", "the two ministers met in Lima": both sides as one subject, which does not
    tell who came to whom."""
    return mention.pronoun_pair or "party.the-two" in mention.rules


def _posted_abroad(actor: Actor, place: Location) -> bool:
    """ "the Turkish ambassador", "Chile's chargé d'affaires", "officials of the Hungarian embassy", "the British
    high commissioner", "Canada's envoy in Nairobi": a diplomat posted abroad, on either side; talks with one held
    in his own country tell no journey there either."""
    texts = [text.lower() for text in (actor.name, *actor.titles)]
    words = {w for text in texts for w in text.replace("'", " ").split()}
    posted_in = f" in {place.name.lower()}"
    return bool(words & RESIDENT_DIPLOMAT_WORDS) or any(
        posted_in in t or any(phrase in t for phrase in _DIPLOMAT_PHRASES) for t in texts
    )


_DIPLOMAT_PHRASES = tuple(w for w in RESIDENT_DIPLOMAT_WORDS if " " in w)
"""The diplomats' titles of more than one word ("high commissioner"), which no single word of a title matches."""
