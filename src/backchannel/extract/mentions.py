"""A contact mention (``Mention``), and the readings that verb and noun mentions share: who hosted it, who
brokered it, whether it gathered many, whether "everyone" took part, and the trip it was told with."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import Actor, ActorKind, EventStatus
from . import contact_nouns
from .actor_table import ActorTable
from .lexicon import names_a_body
from .parties import parties_of, subjects_of
from .places import place_of, travel_joined, travel_of_where_clause
from .presiding import presiding
from .speakers import SpeakerResolver
from .trace import fired

GATHERING_VERBS = frozenset({"meet", "gather", "convene", "assemble", "reconvene"})
"""Verbs by which one party meeting alone is its members meeting one another, not meeting the place's state."""

HOSTED_MODES = {"visit", "multilateral"}
"""Contacts whose place names a party: a visit to Moscow meets Russia, a summit in London has Britain as host."""


@dataclass
class Mention:
    """One telling of a contact in the text."""

    trigger: Token
    mode: str | None
    status: EventStatus
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    place: Token | None = None
    topics: list[str] = field(default_factory=list)
    date_text: str | None = None
    definite: bool = False
    in_headline: bool = False
    asserted: bool = True
    """False when the text only talks about reports of it ("will not confirm reports of a visit")."""
    silent: bool = False
    """True when the text says someone did not mention it ("state media did not mention any meeting")."""
    rules: list[str] = field(default_factory=list)
    """The ids of the rules that made this mention and decided its fields."""
    venue_state: list[str] = field(default_factory=list)
    """The state made a party only because the contact took place in it (rule party.host-state)."""
    pronoun_pair: bool = False
    """True when "they" or "we" met, spoke or talked with no one else named: the people of the contact told just
    before (rule party.they-the-last-pair)."""

    support: bool = False
    """True for a call made only to congratulate, thank or condole (rule contact.support-call): a contact, which
    PLOVER codes as support, not consultation."""
    left: bool = False
    """True when a side is told leaving the talks the noun names ("broke off the talks", "walked out of the
    negotiations", rule party.left-the-talks): "the talks" told before, when definite."""
    shared_body: bool = False
    """True when a body two states share ("a joint commission", "a working group") meets with no state named: the
    states of the contact told just before (rule party.shared-body-meets)."""
    earlier: bool = False
    """True for one of several past contacts told in one perfect-tense list ("has met previously with A, B and C",
    rule contact.each-before): had before the story's own contacts, so neither one of them nor of their day."""

    def add(self, role: list[str], actor_ids: list[str]) -> None:
        for actor_id in actor_ids:
            if actor_id not in role:
                role.append(actor_id)
            if actor_id not in self.participants:
                self.participants.append(actor_id)

    def with_one(self, mine: list[str], other: str, rule: str) -> Mention:
        """A copy of this mention as the contact of ``mine`` with ``other`` alone, split off by ``rule``."""
        one = replace(self, actor=list(mine), recipient=[], participants=list(mine), rules=[*self.rules, rule])
        one.add(one.recipient, [other])
        return one


def one_body(verb: Token) -> bool:
    """The verb's subject names one body, not two sides the parse ran together ("Delegates of the rebels and
    government envoys met"), where the place's state stays the best guess at the other side."""
    return not any(t.lower_ == "and" for s in subjects_of(verb) for t in s.subtree)


def add_broker(mention: Mention, word: Token, table: ActorTable, resolver: SpeakerResolver) -> None:
    """ "A and B met in a meeting chaired by the UN envoy", "talks hosted by the Saudi king": whoever brought the
    sides together is a go-between, unless of a side's own state (rule party.brokered-by)."""
    found = contact_nouns.brokers(word)
    # "I sat with my counterpart, with the Saudi minister in the room": the one in the room is no side
    sitting_in = parties_of(presiding(word), table, resolver)
    named = [t for t in found if t.pos_ != "ADJ"]
    # "under Saudi auspices", "under Qatari mediation": the state the nationality names
    by_states = [table.country(code).id for t in found if t.pos_ == "ADJ" and (code := gazetteer().country_of(t.text))]
    found_ids = parties_of(named, table, resolver) + by_states
    sides = [p for p in mention.participants if p not in sitting_in]
    # "UN-mediated negotiations between Morocco and the Polisario Front": the parser may make the broker a holder of
    # the talks; with two sides besides it, it is the go-between only (a conference it hosts stays a gathering)
    apart = [p for p in sides if p not in found_ids]
    if mention.mode != "multilateral" and len(apart) >= 2 and len(apart) < len(sides):
        sides = apart
    if not (found or sitting_in) or len(sides) < (1 if sitting_in and len(mention.participants) > 1 else 2):
        # "the two ministers met at talks chaired by X": whom the pair stands for, the merging finds; one side
        # left besides the one in the room has its other told elsewhere ("I sat with X, with Y in the room")
        return
    brokers = [p for p in found_ids if p not in sides]
    brokers += [p for p in sitting_in if p not in brokers]
    states = {a.country for p in sides if (a := table.get(p)) is not None and a.country}
    if not brokers or any((a := table.get(b)) is not None and a.country in states for b in brokers):
        return
    fired("party.brokered-by")
    mention.mode = "third-party"
    mention.actor.clear()
    mention.recipient.clear()
    mention.participants.clear()
    mention.add(mention.actor, brokers)
    mention.add(mention.recipient, sides)


def host_state_takes_part(mention: Mention, place: Token, table: ActorTable) -> bool:
    """Whether the state a contact took place in is its other party.

    A visit's or a summit's place is; so is the place where one foreign party "held meetings in Baghdad" or "a
    Hamas delegation held talks in Cairo". Talks between two sides in Vienna are not talks with Austria, nor is
    a minister's meeting at home.
    """
    parties = [table.get(p) for p in mention.participants]
    if mention.mode == "multilateral" and any(is_body(p) for p in parties):
        fired("party.body-summit-venue")
        return False  # "attended the African Union summit in Addis Ababa": the body meets there, Ethiopia is no party
    trigger = mention.trigger
    gathering = trigger.pos_ == "VERB" and trigger.lemma_.lower() in GATHERING_VERBS and one_body(trigger)
    if mention.mode == "multilateral" and gathering and len(parties) == 1:
        fired("party.gathering-venue")
        return False  # "the leaders of ECOWAS will gather in Abuja": the bloc's members gather there, not with Nigeria
    if mention.mode in HOSTED_MODES:
        return True
    if len(parties) != 1 or parties[0] is None:
        return False
    party = parties[0]
    if gathering:
        fired("party.gathering-venue")
        return False  # "the commission met in Lisbon", "EU leaders will meet in Brussels": its members meet there
    several = {"and", "two", "both", "three", "four", "several", "pair", "duo"} & set(party.name.lower().split())
    if party.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS) and several:
        return False  # "Ukrainian and Moldovan negotiators held talks in Vienna": two sides, a neutral venue
    where = place_of(place)
    return where is not None and where.country is not None and where.country != party.country


def is_body(actor: Actor | None) -> bool:
    """An organisation of no one state (a council, a commission, an alliance): where it meets is only a venue."""
    return actor is not None and (
        is_multilateral(actor) or (actor.kind is ActorKind.ORGANIZATION and actor.country is None)
    )


def no_one_in_particular(token: Token) -> bool:
    """ "any candidate who asks", "every envoy", and "anyone else": no one in particular, or those left out."""
    if any(c.lower_ in ("all", "every", "any", "each") for c in token.children):
        return True
    return token.lower_ in ("anyone", "anybody", "everyone", "everybody") and else_after(token)


def else_after(token: Token) -> bool:
    """ "anyone else", "no one else": "else" on the word, or right after it where the parse hangs it elsewhere."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return any(c.lower_ == "else" for c in token.children) or (following is not None and following.lower_ == "else")


def travel_told_with(trigger: Token, mode: str | None) -> Token | None:
    """The journey a contact is told with: one its "where" clause hangs on, or, for a meeting, one its verb is
    joined to ("flew to Oslo on Monday and held talks with X"; not "… and called X", a call from wherever)."""
    return travel_of_where_clause(trigger) or (travel_joined(trigger) if mode == "meeting" else None)


def visit_where_travelled(mention: Mention) -> None:
    """ "flew to Tokyo, where she held talks with X", "returned from Moscow, where he met X", "spent three days in
    Tokyo, where …": a contact held where one side had gone is a visit (rule mode.where-travelled)."""
    if mention.mode == "meeting":
        fired("mode.where-travelled")
        mention.mode = "visit"


def is_multilateral(actor: Actor | None) -> bool:
    if actor is None:
        return False
    return any(names_a_body(name) for name in (actor.name, *actor.aliases))
