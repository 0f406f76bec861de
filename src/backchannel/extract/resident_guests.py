"""Whether a contact told only as someone receiving a resident diplomat is a meeting rather than a visit.

"The prime minister received the Turkish ambassador", "Sheikh X received the Iranian chargé d'affaires": the
ambassador lives in the host's country and came across town, not from abroad; the labellers of the gate set and of
real7 call such a reception a meeting (thirteen of seventeen; rule mode.resident-diplomat-received). A special
envoy, an ambassador-at-large or one to the United Nations travels to be received, and a former ambassador is
posted nowhere: still a visit.
"""

from __future__ import annotations

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .contact_words import HOST_VERBS, RESIDENT_DIPLOMAT_WORDS, UNPOSTED_DIPLOMAT_WORDS
from .mentions import Mention
from .trace import fired


def received_resident_diplomat(mentions: list[Mention], table: ActorTable) -> bool:
    """Every telling of the visit is a host's verb ("received", "welcomed") and every person received is a diplomat
    posted abroad; a trip or a visit noun told with it keeps the visit."""
    visits = [m for m in mentions if m.mode == "visit"]
    if not visits or any(m.trigger.lemma_.lower() not in HOST_VERBS for m in visits):
        return False
    guests = [a for m in visits for p in m.actor if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON]
    if not guests or not all(_posted_here(a) for a in guests):
        return False
    fired("mode.resident-diplomat-received")
    return True


def _posted_here(actor: Actor) -> bool:
    """An ambassador, a chargé d'affaires or a consul, by a title or a name; not one whose title tells travel or a
    post left ("special envoy", "former ambassador")."""
    texts = [text.lower() for text in (actor.name, *actor.titles)]
    if any(_has(text, UNPOSTED_DIPLOMAT_WORDS) for text in texts):
        return False
    return any(_has(text, RESIDENT_DIPLOMAT_WORDS) for text in texts)


def _has(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words``, a word of one word as a whole word, one of two as a phrase."""
    split = set(text.replace("'", " ").replace(",", " ").split())
    return any((w in text) if " " in w else (w in split) for w in words)
