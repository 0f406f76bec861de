"""Contact mentions: the places in a text that tell of a meeting, visit, call or talks.

A mention is found from the parse, never from a keyword alone: a contact verb
with its parties ("met X", "spoke by phone with X", "visited Moscow"), or a
contact noun that the sentence treats as a happening ("held talks with X",
"Bonn's visit", "a visit by X to Moscow", "no such meeting took place").
Background mentions ("after the talks, ...") and figurative uses ("called
for", "met the demands") are not contacts. Each mention carries its mode,
status (from negation, modality and tense, not from the verb alone), parties,
place, topics and date text; ``events`` merges mentions into events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..geo import gazetteer
from ..records import Actor, ActorKind, EventStatus
from .actors import GOVERNMENT_TITLE, ActorTable, place_name
from .circumstances import TOPIC_PREPS, date_text_of, status_of, topics_of
from .contact_words import (
    AUDIENCES,
    BACKGROUND_PREPS,
    CARRIER_NOUNS,
    COUNTING_NOUNS,
    DENIAL_HEADS,
    FIGURATIVE_OBJECTS,
    HAPPENING_VERBS,
    HOLDING_VERBS,
    HOST_VERBS,
    MEDIATING_VERBS,
    MEET_VERBS,
    MESSAGE_VERBS,
    NOUN_MODES,
    PHONE_VERBS,
    PHONE_WORDS,
    PLANNING_HEADS,
    SITTING_VERBS,
    SUPPORT_PURPOSES,
    TELLING_VERBS,
    TOPIC_OBJECT_VERBS,
)
from .lexicon import MULTILATERAL_BODIES, SPEECH_VERBS, TITLE_NOUNS
from .parties import host_state, is_actor_country, is_place, parties_of, place_in, place_of, subjects_of
from .speakers import SpeakerResolver
from .trace import collecting, fired, judged, rejected

GATHERING_VERBS = set("attend host convene chair join".split())
"""Verbs that make a conference a gathering of parties: "due to attend a Qatari-hosted conference"."""
DIPLOMATIC_WORDS = {"summit", "peace", "international", "donor", "security"}
SIDELINES = {"sidelines", "sideline", "margins", "margin"}
ARRIVAL_MARKS = ("when", "as", "while", "once")
TRAVEL_VERBS = set("travel fly go come arrive tour return head".split())
FREQUENCY_WORDS = set(
    "often frequently regularly routinely usually always sometimes occasionally rarely seldom".split()
)
DETERMINERS = ("det", "poss", "nummod")
"""Adverbs that make a contact a habit: "he often meets with them"."""
UPCOMING_DATE = re.compile(r"(?i)\b(next|coming|upcoming|later)\b")
"""A date no telling can have happened on: it dates the contact told of."""
REQUEST_VERBS = {"call", "press", "push", "appeal", "ask", "urge", "clamour", "clamor"}
NOUN_RULES = {"meeting": "contact.noun.meeting", "visit": "contact.noun.visit", "multilateral": "contact.noun.summit"}
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

    def add(self, role: list[str], actor_ids: list[str]) -> None:
        for actor_id in actor_ids:
            if actor_id not in role:
                role.append(actor_id)
            if actor_id not in self.participants:
                self.participants.append(actor_id)


def find_mentions(doc: Doc, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    mentions: list[Mention] = []
    for token in doc:
        rules: list[str] = []
        with collecting(rules):
            mention = None
            if token.pos_ == "VERB" and not _backgrounded_verb(token):
                mention = _verb_mention(token, table, resolver)
            if mention is None and token.pos_ in ("NOUN", "PROPN"):
                mention = _noun_mention(token, table, resolver)
        judged(token.i, mention is not None, rules)
        if mention is not None:
            mention.rules = rules
            mentions += _one_per_side(mention, table)
    return _fold_purposes(mentions)


def _one_per_side(mention: Mention, table: ActorTable) -> list[Mention]:
    """ "Biden was arranging calls with both Sanders and Clinton", "Israel is conducting talks with India, South
    Korea and China": a plural contact noun with one side and several named others tells one contact with each."""
    trigger = mention.trigger
    others = [
        r
        for r in mention.recipient
        if (a := table.get(r)) is not None and a.kind in (ActorKind.PERSON, ActorKind.COUNTRY)
    ]
    if trigger.tag_ != "NNS" or len(mention.actor) != 1 or len(others) < 2 or len(others) != len(mention.recipient):
        return [mention]
    out = []
    for other in others:
        rules = [*mention.rules, "contact.one-per-side"]
        one = replace(mention, actor=list(mention.actor), recipient=[], participants=list(mention.actor), rules=rules)
        one.add(one.recipient, [other])
        out.append(one)
    return out


# --- verbs ------------------------------------------------------------------------------------


def _verb_mode(verb: Token, table: ActorTable) -> str | None:
    lemma = verb.lemma_.lower()
    preps = {  # "on Saturday" is a date, not "called on"
        c.lower_
        for c in verb.children
        if c.dep_ in ("prep", "agent") and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    }
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "dative") or (c.dep_ == "oprd" and c.ent_type_ == "PERSON")
    ]
    subtree_words = {t.lower_ for t in verb.children} | {g.lower_ for c in verb.children for g in c.children}
    if lemma in PHONE_VERBS:
        if lemma == "call" and _calls_on(verb):
            fired("contact.call-on.visit")  # "the ambassador called on the minister at the ministry"
            return "visit"
        if lemma == "call":
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if (preps | marks) & {"for", "on", "off", "upon"} or any(
                (c.dep_ == "oprd" and c.ent_type_ != "PERSON")
                or c.dep_ in ("ccomp", "prt", "acomp")
                or (c.dep_ == "xcomp" and c.pos_ != "VERB")
                for c in verb.children
            ):
                return rejected("contact.call.not-a-call")  # "called for talks", "called X a liar", "called off"
            if objects and not any(_person_like(o) for o in objects):
                return rejected("contact.call.object-not-a-party")  # "called elections"
            if not objects and not (preps & {"with"}):
                if verb.dep_ in ("ROOT", "conj") and _has_subject(verb) and _plural_subject(verb):
                    fired("contact.call.they-call")
                    return "phone"
                return rejected("contact.call.no-one-called")
        fired("contact.verb.phone")
        return "phone"
    if lemma in SITTING_VERBS:
        if any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and "with" in preps:
            fired("contact.verb.sit-down-with")  # "sat down with the governor"
            return "meeting"
        return None
    if lemma in ("speak", "talk", "confer", "huddle"):
        on_the_phone = {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"}
        together = any(
            c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or c.tag_ in ("NNS", "NNPS"))
            for c in verb.children
        )
        if on_the_phone and together:
            fired("contact.speak.together-by-phone")
            return "phone"  # "X and Y spoke on the phone", "the two directors spoke over their hotline"
        if not preps & {"with", "to", "by"}:
            return rejected("contact.speak.no-listener")
        listeners = {
            g.lower_
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        }
        if listeners and listeners <= AUDIENCES:
            return rejected("contact.speak.audience")  # "speaking to reporters"
        fired("contact.verb.speak")
        return "phone" if subtree_words & PHONE_WORDS else "meeting"
    if lemma == "meet":
        if any(o.lower_ in FIGURATIVE_OBJECTS or o.lemma_.lower() in FIGURATIVE_OBJECTS for o in objects):
            return rejected("contact.meet.figurative")  # "met the demands"
        if verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children):
            return rejected("contact.meet.passive")  # "demands were met"
        fired("contact.verb.meet")
        return "meeting"
    if lemma == "discuss":
        if {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"}:
            fired("contact.discuss.by-phone")
            return "phone"  # "discussed grain exports by phone"
        together = any(
            c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or _pair(c)) for c in verb.children
        )
        if "with" in preps or together:
            fired("contact.verb.discuss")  # "X and Y discussed …", "the two discussed", "discussed … with X"
            return "meeting"
        return rejected("contact.discuss.alone")
    if _between(verb) and (
        (lemma in MESSAGE_VERBS and any(o.lemma_.lower() == "message" for o in objects)) or lemma in MEDIATING_VERBS
    ):
        fired("contact.verb.go-between")
        return "third-party"  # "Qatar is passing messages between X and Y", "Norway mediated between X and Y"
    if lemma in ("negotiate", "consult"):
        if "with" in preps or objects:
            fired("contact.verb.negotiate")
            return "meeting"
        return rejected("contact.negotiate.alone")
    if lemma == "visit":
        fired("contact.verb.visit")
        return "visit"
    if lemma == "see" and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in TRAVEL_VERBS and objects:
        fired("contact.travel.went-to-see")  # "went to see the executive at his offices"
        return "visit"
    if lemma == "spend" and any(c.lower_ == "together" for c in verb.children):
        fired("contact.verb.spend-together")
        return "meeting"  # "X and Y spent several hours together"
    if lemma in TRAVEL_VERBS:
        places = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
            for g in c.children
            if is_place(g)
        ]
        purpose = any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in MEET_VERBS | {"hold", "attend", "see"}
            for c in verb.children
        )
        for_talks = any(c.lower_ == "for" and any(g.lower_ in NOUN_MODES for g in c.children) for c in verb.children)
        travellers = subjects_of(verb)  # "X is set to travel to Y"
        if not any(
            (_person_like(t) or t.pos_ == "PROPN" or t.lower_ in ("he", "she", "they", "who"))
            and t.lemma_.lower() not in ("troop", "peacekeeper", "force")
            for t in travellers
        ):
            return rejected("contact.travel.not-a-party")  # troops, migrants and tourists arrive; envoys visit
        if places and (lemma in ("visit", "arrive", "tour") or purpose or for_talks):
            fired("contact.travel.to-meet")
            return "visit"
        # "Mansour could travel to Addis Ababa": an official going to a foreign state is visiting it
        states = [p for p in places if _is_state(p)]
        named = [t for s in travellers for t in [s, *(c for c in s.children if c.dep_ == "appos")]]
        officials = [a for t in named if (a := table.actor_at(t)) is not None and _official(a)]
        abroad = any(a.country is None or a.country != _country(p) for a in officials for p in states)
        if lemma != "come" and abroad:
            fired("contact.travel.official-abroad")
            return "visit"
        return rejected("contact.travel.no-purpose")
    if lemma in HOST_VERBS:
        if any(
            o.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or o.lower_ in ("counterpart", "delegation")
            for o in objects
        ):
            fired("contact.verb.host")
            return "visit"
        guests = subjects_of(verb)
        if _hosts_by(verb) and any(g.pos_ == "PROPN" or g.lemma_.lower() in TITLE_NOUNS for g in guests):
            fired("contact.host.received-by")
            return "visit"  # "Wang is expected to be received by President Putin"
        return rejected("contact.host.no-guest")
    return None


def _habitual(verb: Token) -> bool:
    """A contact told as a habit or a policy, not a happening: "frequently meets with lawmakers", "as a matter of
    policy, officials do not meet with …", "they often spoke by phone". Only a simple tense: "will often meet" is
    still a plan, and a headline's present with a named subject ("Trump meets expert") tells news."""
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
    if not present and verb.tag_ != "VBD":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_WORDS for c in verb.children):
        return True
    policy = any(t.lower_ == "policy" for c in verb.children if c.dep_ in ("prep", "advmod") for t in c.subtree)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    generic = any(s.tag_ == "NNS" and not any(c.dep_ in DETERMINERS for c in s.children) for s in subjects)
    return present and (policy or generic)


def _on_arrival(verb: Token) -> Token | None:
    """The place of a "when/as X arrives in PLACE" clause on a contact verb."""
    travelling = TRAVEL_VERBS | {"visit", "arrives", "lands", "visits"}  # the tagger may take "arrives" for a noun
    for clause in (c for c in verb.children if c.dep_ == "advcl" and (c.lemma_.lower() in travelling)):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ARRIVAL_MARKS for m in clause.children):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")):
            found = next((p for g in prep.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
            if found is not None:
                return found
    return None


def _calls_on(verb: Token) -> list[Token]:
    """Whom "called on X" visits: a person or body, with no "to do" ("called on X to resign" is a demand)."""
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") or c.lower_ == "for" for c in verb.children):
        return []
    hosts = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj" and _person_like(g) and g.ent_type_ not in ("DATE", "TIME")
    ]
    return [h for h in hosts if not any(c.dep_ in ("relcl", "acl") for c in h.children)]


def _hosts_by(verb: Token) -> list[Token]:
    """The host of a passive hosting verb: "received by Putin"."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and _person_like(g)]


def _between(verb: Token) -> list[Token]:
    """The objects of "between" on a verb or on its object: "carried messages between X and Y"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _place_of_verb(verb: Token) -> Token | None:
    """ "met in Lima", "met at a Lima hotel", "met on the sidelines of the G7 in Rome", "during a summit in Oslo"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("in", "at") and (found := place_in(pobj)) is not None:
                return found
            if prep.lower_ in ("at", "on", "during"):
                if (found := _place_of_occasion(pobj)) is not None:
                    return found
    return None


def _place_of_occasion(noun: Token) -> Token | None:
    """Where an occasion was: "the sidelines of the G7 in Rome", "a summit in Oslo"."""
    if noun.lower_ in ("sidelines", "sideline", "margins", "margin"):
        noun = next((g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), noun)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def _destination(verb: Token) -> Token | None:
    """Where a verb of going or sending went: "to Capitol Hill", "to Oslo"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                fired("place.destination")
                return found
    return None


def _place_within(noun: Token) -> Token | None:
    """A place anywhere in a contact noun's own phrase, not in a clause inside it."""
    for token in noun.subtree:
        if token.dep_ != "prep" or token.lower_ not in ("in", "at") or token.head.i == noun.i:
            continue
        node = token
        while node.i != noun.i and node.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            node = node.head
        if node.i != noun.i:
            continue
        for pobj in (g for g in token.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                fired("place.within-phrase")
                return found
    return None


def _place_on_object(verb: Token) -> Token | None:
    """ "met Foreign Minister Tomas Quispe in Lima", "met with officials in Santa Cruz": the parser often hangs
    the place on the person met."""
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    for obj in met:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            found = next((p for g in prep.children if g.dep_ == "pobj" and (p := place_in(g))), None)
            if found is not None:
                return found
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return _place_of_verb(verb.head)  # "agreed to meet in Montevideo", parsed onto "agreed"
    return None


def _states_of(actor_ids: list[str], table: ActorTable) -> list[str]:
    """The states of groups named by nationality: "Norwegian diplomats" act for Norway."""
    geo = gazetteer()
    out: list[str] = []
    for actor in (table.get(a) for a in actor_ids):
        if actor is None or actor.kind not in (ActorKind.GROUP, ActorKind.ANONYMOUS):
            continue
        code = actor.country or next((c for w in actor.name.split() if (c := geo.country_of(w))), None)
        if code is not None:
            out.append(table.country(code).id)
    return out


def _country(place: Token) -> str | None:
    where = place_of(place)
    return where.country if where is not None else None


def _official(actor: Actor) -> bool:
    """A person holding a government post: "Foreign Minister Rosa Lagos", not "singer Ana Torres"."""
    return actor.kind is ActorKind.PERSON and any(GOVERNMENT_TITLE.search(t) for t in actor.titles)


def _is_state(place: Token) -> bool:
    """A country or a capital: where a visit goes, unlike a town or a venue."""
    name = place_name(place)
    geo = gazetteer()
    return geo.is_country_name(name) or geo.is_capital(name)


def _person_like(token: Token) -> bool:
    """A party to a contact: a named person, state or body, a pronoun, or a title."""
    return (
        token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or token.lower_ in ("him", "her", "them", "counterpart", "delegation", "envoy")
        or token.lemma_.lower() in TITLE_NOUNS
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _plural_subject(verb: Token) -> bool:
    """ "They call and ask …": callers named only by a pronoun, with nothing else hung on the verb."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in verb.children) and not any(
        c.dep_ in ("advcl", "xcomp", "ccomp") for c in verb.children
    )


def _backgrounded_verb(verb: Token) -> bool:
    """ "a visiting diplomat", "said after meeting officials", "Speaking to Xi, he reaffirmed …"."""
    if verb.dep_ in ("amod", "compound"):
        return True
    if verb.dep_ == "pcomp":
        # a verb after a preposition is a circumstance ("against visiting X"), but "after meeting X and Y"
        # tells a meeting that happened
        return not (
            verb.head.lower_ == "after" and verb.lemma_.lower() in MEET_VERBS | {"visit"} and _named_object(verb)
        )
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & {"after", "before"} and _has_subject(verb) and not _pronoun_subject(verb):
        return False  # "a week after Orlov spoke by phone with Ellison" tells a call
    if marks & {"while", "after", "before", "since", "as", "when"}:
        return True  # "while visiting X", "since they met": a circumstance
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_ == "aux" for c in verb.children)


def _hosted(mention: Mention, place: Token, table: ActorTable) -> bool:
    """Whether the state a contact took place in is its other party.

    A visit's or a summit's place is; so is the place where one foreign party "held meetings in Baghdad" or "a
    Hamas delegation held talks in Cairo". Talks between two sides in Vienna are not talks with Austria, nor is
    a minister's meeting at home.
    """
    if mention.mode in HOSTED_MODES:
        return True
    parties = [table.get(p) for p in mention.participants]
    if len(parties) != 1 or parties[0] is None:
        return False
    party = parties[0]
    several = {"and", "two", "both", "three", "four", "several"} & set(party.name.lower().split())
    if party.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS) and several:
        return False  # "Ukrainian and Moldovan negotiators held talks in Vienna": two sides, a neutral venue
    where = place_of(place)
    return where is not None and where.country is not None and where.country != party.country


def _verb_mention(verb: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = _verb_mode(verb, table)
    if mode is None:
        return None
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SUPPORT_PURPOSES for c in verb.children):
        return rejected("contact.support-call")  # a call made to congratulate or condole is support
    if _habitual(verb):
        return rejected("contact.habit")  # "frequently meets with lawmakers", "officials do not meet"
    purpose_of_trip = verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in TRAVEL_VERBS
    if purpose_of_trip:
        fired("status.of-the-trip")  # "went to see X": as done as the going
    mention = Mention(trigger=verb, mode=mode, status=status_of(verb.head if purpose_of_trip else verb))
    lemma = verb.lemma_.lower()
    subjects = parties_of(subjects_of(verb), table, resolver)
    objects: list[str] = []
    place: Token | None = None
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in TOPIC_OBJECT_VERBS:
            continue  # "discussed the dam": what was discussed is a topic, not a party
        if child.dep_ in ("dobj", "dative") or (child.dep_ == "oprd" and child.ent_type_ == "PERSON"):
            named = table.actor_at(child)  # the parser takes "called Putin on Monday" for "called X Y" (oprd)
            is_person = named is not None and named.kind is ActorKind.PERSON
            if is_place(child) and not is_person and not is_actor_country(child, table):
                place = child
            else:
                objects += parties_of([child], table, resolver)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to", "between"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if is_place(pobj) and child.lower_ == "to" and mode == "visit":
                    place = place or pobj
                    if is_actor_country(pobj, table):
                        objects += parties_of([pobj], table, resolver)
                else:
                    objects += parties_of([pobj], table, resolver)
    if place is None:
        place = _place_of_verb(verb) or _place_on_object(verb)
    if place is None and (arrival := _on_arrival(verb)) is not None:
        fired("mode.met-on-arrival")  # "will meet X when he arrives in Israel": a visit, there
        place = arrival
        mention.mode = "visit"
    if mode == "third-party":
        # the go-between acts, with its state when it is a nation's diplomats; the sides are the recipients
        mention.add(mention.actor, subjects + _states_of(subjects, table))
        mention.add(mention.recipient, parties_of(_between(verb), table, resolver))
    elif lemma == "call" and mode == "visit":
        mention.add(mention.actor, subjects)  # "X called on Y": X visits Y
        mention.add(mention.recipient, parties_of(_calls_on(verb), table, resolver))
    elif lemma in HOST_VERBS and (hosts := _hosts_by(verb)):
        mention.add(mention.actor, subjects)  # the one received visits
        mention.add(mention.recipient, parties_of(hosts, table, resolver))
    elif lemma in HOST_VERBS:
        mention.add(mention.actor, objects)
        mention.add(mention.recipient, subjects)
    else:
        mention.add(mention.actor, subjects)
        mention.add(mention.recipient, objects)
    if not mention.participants:
        return rejected("party.none")  # "the ability to visit relatives": no one named meets anyone
    met = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    if met and all(_everyone(t) for t in met if t.dep_ in ("dobj", "dative", "pobj")):
        return rejected("contact.habit.everyone")  # "will meet with any candidate who asks"
    if not mention.recipient and place is not None and _hosted(mention, place, table):
        fired("party.host-state")
        mention.add(mention.recipient, host_state(place, table))
    mention.place = place
    mention.topics = topics_of(verb)
    mention.date_text = date_text_of(verb)
    if mention.date_text is None and mention.mode == "visit" and place is not None and place.head.dep_ == "prep":
        mention.date_text = date_text_of(place.head.head)  # "when he arrives in Israel later this month"
    if mention.date_text is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        mention.date_text = date_text_of(verb.head)  # "last week met X and spoke with Y": both last week
        if mention.date_text:
            fired("date.from-conjunct")
    return mention


# --- nouns ------------------------------------------------------------------------------------


def _noun_mode(noun: Token) -> str | None:
    low = noun.lower_
    mode = NOUN_MODES.get(low) or NOUN_MODES.get(noun.lemma_.lower())
    if mode is None:
        return None
    words = {c.lower_ for c in noun.children} | {noun.head.lower_} | _remote_words(noun)
    if mode == "phone":
        if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "for") for c in noun.children):
            return rejected("contact.call-noun.request")  # "a call for calm", "a call from X to postpone the vote"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        if (
            not words & PHONE_WORDS
            and not definite
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "from") for c in noun.children)
        ):
            return rejected("contact.call-noun.no-party")
        fired("contact.noun.call")
        return "phone"
    if words & PHONE_WORDS and low not in ("visit", "trip"):
        fired("mode.remote")
        return "phone"
    hosted = any("host" in c.lower_ for c in noun.children) or noun.head.lemma_.lower() in GATHERING_VERBS
    if low in ("conference", "session") and not hosted and not words & DIPLOMATIC_WORDS:
        return rejected("contact.conference.not-diplomatic")
    if low in ("contact", "contacts", "exchange", "exchanges") and not any(c.lower_ == "with" for c in noun.children):
        return rejected("contact.contacts.no-with")
    fired(NOUN_RULES[mode])
    return mode


def _noun_mention(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = _noun_mode(noun)
    if mode is None:
        return None
    if noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "PERSON", "GPE", "NORP"):
        return rejected("contact.noun.a-name")  # "the International Conference of Support": a name
    if noun.dep_ == "compound":
        if noun.head.lemma_.lower() not in CARRIER_NOUNS:
            return rejected("contact.noun.modifier")  # "talks progress", "a visit ban"
        fired("contact.noun.carrier")
        noun = noun.head  # "a mediation effort between X and Y": the effort carries the contact
    head = noun.head
    parties = _noun_parties(noun)
    self_told = _self_told(parties, mode)
    if self_told:
        fired("contact.noun.self-told")  # "during Obama's visit to Turkey": the phrase alone tells who and where
    if (
        noun.dep_ == "pobj"
        and (head.lower_ in BACKGROUND_PREPS or head.head.lower_ in BACKGROUND_PREPS)
        and not self_told
    ):
        return rejected("contact.noun.background")  # "after the talks", "ahead of the meeting"
    carrier = head.head if _counted(noun) else None
    if carrier is not None and carrier.dep_ == "pobj" and carrier.head.lower_ in BACKGROUND_PREPS:
        return rejected("contact.noun.background")  # "after weeks of talks", "on the second day of her visit"
    phone_call = mode == "phone" and any(c.lower_ in PHONE_WORDS - {"call"} for c in noun.children)
    if (
        not phone_call
        and noun.dep_ == "pobj"
        and head.lower_ in ("for", "of", "on", "about", "in")
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in ("reports", "report", "preparations", "preparation", "news", "details")
        and not _counted(noun)
        and not self_told
        and not _gathering_on_sidelines(noun, mode)
    ):
        return rejected("contact.noun.of-another-noun")  # "a call for talks", "the issue of talks"
    governor = _governor(noun)
    if governor is not None and governor.lemma_.lower() in REQUEST_VERBS and noun.head.lower_ == "for":
        return rejected("contact.noun.demanded")  # "called for talks", "pressed for a meeting"
    if _discussed(noun):
        return rejected("contact.noun.discussed")  # "discussed trade and the summit": a topic
    if phone_call and governor is not None and governor.pos_ == "NOUN":
        governor = _verb_above(governor)  # "discussed the war in a phone call": the call is the discussing
    if phone_call and governor is not None and governor.lemma_.lower() in SUPPORT_PURPOSES | {"voice"}:
        return rejected("contact.support-call")  # "voiced his support in a phone call"
    if (
        parties
        and all(_everyone(t) for role, t in parties if role == "recipient")
        and any(role == "recipient" for role, _ in parties)
    ):
        return rejected("contact.habit.everyone")  # "maintains contacts with all its neighbours"
    determiner = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
    such = any(c.lower_ == "such" for c in noun.children)  # "no such meeting took place"
    definite = (determiner in ("the", "this", "that", "these", "those", "such") or such) and not parties
    anchors = HOLDING_VERBS | TELLING_VERBS | PLANNING_HEADS | DENIAL_HEADS
    anchored = (
        bool(parties)
        or phone_call
        or (governor is not None and governor.lemma_.lower() in anchors and not _disposition(governor))
        or (governor is not None and _there_for(noun, governor) is not None)
        or (
            noun.dep_ in ("nsubj", "nsubjpass")
            and head.lemma_.lower() in HAPPENING_VERBS
            and any(c.dep_ in ("det", "poss") for c in noun.children)  # "the talks began", not "dialogue is good"
        )
        or definite
    )
    if not anchored:
        return rejected("contact.noun.unanchored")  # "dialogue is the only way": no happening told
    telling = governor is not None and governor.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS
    topic = noun.dep_ == "pobj" and head.lower_ in TOPIC_PREPS  # "thoughts on Trump's meeting with X"
    status_token = governor if governor is not None and not telling and not topic else noun
    mention = Mention(trigger=noun, mode=mode, status=status_of(status_token, noun=noun), definite=definite)
    if self_told and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead":
        fired("status.ahead-of")  # "a gesture ahead of Erdogan's meeting with Trump": still to come
        mention.status = EventStatus.PLANNED
    mention.asserted = not (
        (governor is not None and governor.lemma_.lower() in DENIAL_HEADS | {"confirm"})
        or (governor is not None and governor.lower_ in ("reports", "report", "claims", "rumours", "rumors"))
    )
    mention.silent = telling and any(c.dep_ == "neg" for c in governor.children)  # "did not mention any meeting"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        fired("status.no-such")
        mention.status = EventStatus.DENIED
    actors, others, place = [], [], None
    for role, token in parties:
        if role == "place":
            place = place or token
        elif role == "actor":
            actors += parties_of([token], table, resolver)
        else:
            others += parties_of([token], table, resolver)
    if governor is not None and _there_for(noun, governor) is not None:
        fired("contact.be-there-for-talks")  # "the minister was in Washington last week for talks with X"
        mode = mention.mode = "visit"
        place = place or _there_for(noun, governor)
        actors = parties_of(subjects_of(governor), table, resolver) + actors
    elif governor is not None and _in_state(noun, governor):
        fired("party.in-talks-with")
        actors = parties_of(subjects_of(governor), table, resolver) + actors  # "X is in talks with Y"
        if mention.status is EventStatus.OCCURRED:
            fired("status.in-talks")
            mention.status = EventStatus.ONGOING
    elif (
        governor is not None
        and noun.dep_ in ("dobj", "pobj")
        and governor.lemma_.lower() in HOLDING_VERBS
        and not _disposition(governor)
    ):
        fired("party.holder")  # "X held talks": the subject of a holding verb takes part
        holders = parties_of(subjects_of(governor), table, resolver)
        between = [r for r, _ in parties if r == "recipient"] and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in noun.children
        )
        if governor.lemma_.lower() == "receive" and actors:
            mention.add(mention.recipient, holders)  # "X received a call from Y": Y called X
            holders = []
        if governor.lemma_.lower() == "host" and between:
            fired("mode.hosted-between")
            mode = mention.mode = "third-party"  # "Norway hosted talks between X and Y": the host is a go-between
            actors = holders + actors
        elif governor.lemma_.lower() == "host":
            mention.add(mention.recipient, holders)
        else:
            actors = holders + actors
        # "held a meeting on Tuesday with X", "joined X for talks": parties hung on the verb
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                # "held talks on Tuesday with X", but not "opened a meeting, with the war in Ukraine on the agenda"
                met = [g for g in child.children if g.dep_ == "pobj" and (_person_like(g) or table.actor_at(g))]
                others += parties_of(met, table, resolver)
            elif (
                child.dep_ == "dobj"
                and child.i != noun.i
                and _person_like(child)
                and governor.lemma_.lower() not in TOPIC_OBJECT_VERBS
            ):
                others += parties_of([child], table, resolver)
    happening = noun.dep_ in ("nsubj", "nsubjpass") and governor is not None
    if place is None and governor is not None and (happening or governor.lemma_.lower() in HOLDING_VERBS):
        place = _place_of_verb(governor)  # "held talks in Geneva", "a meeting could take place in Oman"
    if place is None and governor is not None and noun.dep_ == "pobj" and head.lower_ == "for":
        place = _destination(governor)  # "sent his counsel to Capitol Hill for a meeting", "flew to Oslo for talks"
    if place is None:
        place = _place_within(noun)  # "a meeting with Clinton aboard her plane at the Phoenix airport"
    if not actors and others and governor is not None and not telling:
        actors = _clause_subject(noun, table, resolver)  # "she has been under fire for a meeting with Clinton"
    mention.add(mention.actor, actors)
    mention.add(mention.recipient, others)
    if mention.mode == "meeting" and any(_multilateral(table.get(p)) for p in mention.participants):
        fired("mode.multilateral-body")
        mention.mode = "multilateral"  # "ministers from the Group of 20 opened a two-day meeting"
    if not mention.recipient and place is not None and _hosted(mention, place, table):
        fired("party.host-state")
        mention.add(mention.recipient, host_state(place, table))
    mention.place = place
    mention.topics = topics_of(noun) or (topics_of(governor) if governor is not None else [])
    # "confirmed the trip in a statement on Monday": Monday is when it was told, not when it happened
    governor_date = date_text_of(governor) if governor is not None else None
    if telling and governor_date and not UPCOMING_DATE.search(governor_date):
        fired("date.told-not-held")  # "confirmed the trip on Monday"; "announced a visit next month" still dates it
        governor_date = None
    mention.date_text = date_text_of(noun) or governor_date
    return mention


def _named_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in verb.children)


def _remote_words(noun: Token) -> set[str]:
    """ "talks by video link", "held talks over the phone": the words of a means phrase on the noun or its verb."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [])
    return {
        t.lower_
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("by", "via", "over")
        for t in c.subtree
    } & PHONE_WORDS


def _gathering_on_sidelines(noun: Token, mode: str) -> bool:
    """ "met on the sidelines of the Mercosur summit in Asunción": the summit is a gathering of its own."""
    sidelines = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if mode == "multilateral" and sidelines is not None and sidelines.lower_ in SIDELINES:
        fired("contact.summit.sidelines")
        return True
    return False


def _there_for(noun: Token, governor: Token) -> Token | None:
    """Where someone "was in Budapest for talks": being somewhere for a contact is travelling there for it."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "for" and governor.lemma_.lower() == "be"):
        return None
    for prep in (c for c in governor.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def _in_state(noun: Token, governor: Token) -> bool:
    """ "Iran is in talks with the agency", "the envoy remained in close contact with both capitals"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and governor.lemma_.lower() in ("be", "remain", "stay")


def _disposition(governor: Token) -> bool:
    """ "open to dialogue", "keen on talks": an adjective tells a readiness, not a contact (unless it plans one:
    "ready for talks")."""
    return governor.pos_ == "ADJ" and governor.lemma_.lower() not in PLANNING_HEADS


def _pair(noun: Token) -> bool:
    """ "the two leaders", "both men", "the two": people counted as a pair."""
    return noun.lower_ in ("two", "both") or any(c.lower_ in ("two", "both") for c in noun.children)


def _discussed(noun: Token) -> bool:
    """Whether ``noun`` is what a discussing verb is about ("discussed trade and the summit", "discussed the
    grain corridor and the next round of talks"), through objects, conjuncts and "of" only."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ != "of":
            return False
        if node.dep_ not in ("dobj", "conj", "pobj", "prep", "appos"):
            return False
        node = node.head
        if node.lemma_.lower() in TOPIC_OBJECT_VERBS and node.pos_ == "VERB":
            return True
    return False


def _counted(noun: Token) -> bool:
    """ "two rounds of talks", "a series of meetings": the contact noun is what is counted."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNTING_NOUNS


def _governor(noun: Token) -> Token | None:
    """The verb a contact noun hangs on: "held talks", "preparing for dialogue", "talks took place"."""
    if _counted(noun):
        return _governor(noun.head.head)  # "held two rounds of talks": held
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ == "conj":
        return _governor(noun.head)
    return head if head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and head.i != noun.i else None


def _verb_above(token: Token) -> Token | None:
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def _everyone(token: Token) -> bool:
    return any(c.lower_ in ("all", "every", "any", "each") for c in token.children)


def _multilateral(actor: Actor | None) -> bool:
    if actor is None:
        return False
    names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
    return bool(names & MULTILATERAL_BODIES) or any(n.startswith("group of ") for n in names)


def _noun_parties(noun: Token) -> list[tuple[str, Token]]:
    """(role, token) for "Bonn's visit", "a visit by X to Moscow", "talks with X", "a Putin-Xi meeting"."""
    out: list[tuple[str, Token]] = []
    for child in noun.children:
        if (
            child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in ("its", "their")
        ) or (child.dep_ in ("compound", "amod") and child.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")):
            if NOUN_MODES.get(noun.lower_) == "visit" and child.dep_ == "compound" and is_place(child):
                out.append(("place", child))  # "his Mexico trip": where the trip went
            else:
                out.append(("actor", child))
        elif child.dep_ == "prep":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if child.lower_ in ("by", "of", "from") and pobj.lower_ not in NOUN_MODES:
                    out.append(("actor", pobj))  # "a visit by X", "a call from X"
                elif child.lower_ in ("with", "between"):
                    out.append(("recipient", pobj))
                elif child.lower_ in ("to", "in", "at") and (where := place_in(pobj)) is not None:
                    out.append(("place", where))
    return out


def _clause_subject(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The person a clause is about, as the other side of a contact noun that names only whom was met: "she came
    under fire for a private meeting with Clinton", "the senator defended his talks with Iran". Not the subject of
    a telling verb ("Reuters reported a meeting with X"), and only a person."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.lemma_.lower() in TELLING_VERBS | SPEECH_VERBS:
                return []
            # "Emerging from a meeting with Obama, Sanders said": Sanders emerged; not the contact itself
            subjects = [s for s in subjects_of(node) if not s.left_edge.i <= noun.i <= s.right_edge.i]
            people = [
                a
                for p in parties_of(subjects, table, resolver)
                if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON
            ]
            if people:
                fired("party.clause-subject")
            return [p.id for p in people]
    return []


def _self_told(parties: list[tuple[str, Token]], mode: str) -> bool:
    """Whether a contact noun names both its sides itself: "Obama's visit to Turkey", "Lynch's meeting with
    Clinton", "a visit by X to Y". Such a phrase tells a contact wherever it stands. (Where a meeting of a body
    took place is not a side: "a meeting of the council in Jeddah".)"""
    roles = {role for role, token in parties if token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or is_place(token)}
    return "actor" in roles and ("recipient" in roles or ("place" in roles and mode == "visit"))


def _stage(status: EventStatus) -> str:
    return {EventStatus.OCCURRED: "real", EventStatus.ONGOING: "real", EventStatus.DENIED: "real"}.get(status, "future")


def _retells(host: Mention, conj: Mention) -> bool:
    """A conjoined contact verb is part of the first contact when it is a visit's talks or meets no one new."""
    return host.mode == "visit" or set(conj.recipient) <= set(host.participants)


def _fold_purposes(mentions: list[Mention]) -> list[Mention]:
    """ "visited Moscow to meet with officials": the meeting is the visit's purpose, one event."""
    by_token = {m.trigger.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        head = m.trigger.head
        host = by_token.get(head.i) if m.trigger.dep_ in ("advcl", "xcomp", "conj", "acl") else None
        if host is None and m.trigger.dep_ == "pobj" and head.dep_ == "prep":
            host = by_token.get(head.head.i)  # "visited ... with discussions focusing on Ukraine"
        if host is not None and m.trigger.dep_ == "conj" and not _retells(host, m):
            host = None  # "met with workers and spoke with the company's chief": two contacts
        if host is not None and _stage(host.status) != _stage(m.status) and m.trigger.dep_ in ("pobj", "conj"):
            host = None  # "agreed in a phone call to resume visits": the visits are to come, the call took place
        if host is not None and host is not m and host.mode in ("visit", "meeting", "phone"):
            host.rules += [r for r in [*m.rules, "merge.purpose"] if r not in host.rules]
            host.add(host.recipient, [p for p in m.recipient if p not in host.actor])
            host.add(host.actor, [p for p in m.actor if p not in host.participants])
            host.topics += [t for t in m.topics if t not in host.topics]
            host.place = host.place or m.place
            host.date_text = host.date_text or m.date_text
            continue
        out.append(m)
    return out
