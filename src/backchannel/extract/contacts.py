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

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import ActorKind, EventStatus
from .actors import ActorTable, entity_at
from .lexicon import TITLE_NOUNS
from .speakers import SpeakerResolver
from .when import is_calendar

HOST_VERBS = {"host", "receive", "welcome"}
MEET_VERBS = {"meet", "confer", "consult", "negotiate", "talk", "speak", "discuss"}
PHONE_VERBS = {"call", "phone", "telephone", "ring", "dial"}
HOLDING_VERBS = set(
    """hold have attend host join begin resume continue open conclude start conduct convene chair wrap launch
    restart reopen prepare plan schedule arrange organise organize seek propose agree make pay place take
    maintain keep discuss exchange review address raise agree receive""".split()
)
"""Verbs whose subject takes part in the contact noun they govern: "X held talks"."""
TELLING_VERBS = set("confirm deny announce report mention reveal disclose acknowledge".split())
"""Verbs that make a contact noun a happening without making their subject a party: "Reuters reported the visit"."""
NOUN_MODES = {
    "meeting": "meeting",
    "talks": "meeting",
    "talk": "meeting",
    "discussion": "meeting",
    "discussions": "meeting",
    "dialogue": "meeting",
    "negotiation": "meeting",
    "negotiations": "meeting",
    "consultations": "meeting",
    "consultation": "meeting",
    "conversation": "meeting",
    "conversations": "meeting",
    "contacts": "meeting",
    "contact": "meeting",
    "encounter": "meeting",
    "visit": "visit",
    "trip": "visit",
    "visits": "visit",
    "call": "phone",
    "calls": "phone",
    "summit": "multilateral",
    "conference": "multilateral",
    "mediation": "meeting",
    "audience": "meeting",
    "lunch": "meeting",
    "dinner": "meeting",
    "session": "meeting",
}
PHONE_WORDS = set("phone telephone video call telephoned phoned videoconference virtual online".split())
BACKGROUND_PREPS = set("after during before following since ahead amid despite until at throughout without on".split())
"""A contact noun after these is background to the sentence's news ("after the talks, …")."""
PLANNING_HEADS = set(
    """plan expect schedule agree prepare intend aim hope want propose invite seek offer arrange set due
    preparation preparations ready likely going try decide promise pledge vow consider invitation proposal
    request bid""".split()
)
REQUEST_HEADS = set("demand request urge ask press push".split())
HYPOTHETICAL_AUX = set("may might could can".split())
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
CARRIER_NOUNS = set("effort efforts bid mission initiative process round session".split())
HAPPENING_VERBS = set("take begin end focus aim continue resume be start last conclude center centre".split())
"""Verbs whose subject, if a contact noun, is a happening: "the talks began", "the visit focused on"."""
STARTING_VERBS = set("begin open start launch resume".split())
UPCOMING = set("next upcoming planned proposed future".split())
ONGOING_WORDS = set("underway under ongoing continuing progress".split())
DENIAL_HEADS = set("deny dismiss reject refute".split())
REFUSAL_HEADS = set(
    "refuse decline cancel postpone scrap boycott snub rule suspend halt abandon leave quit end".split()
)
SUPPORT_PURPOSES = set("congratulate express convey offer apologize apologise condole thank wish assure extend".split())
AUDIENCES = set(
    """reporters journalists press media students audience crowd supporters lawmakers parliament television
    radio people nation public broadcaster newspaper""".split()
)
FIGURATIVE_OBJECTS = set(
    """demand demands need needs goal goals target targets deadline requirement requirements criteria
    expectations standard standards end ends resistance opposition criticism protest protests fate death""".split()
)


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

    def add(self, role: list[str], actor_ids: list[str]) -> None:
        for actor_id in actor_ids:
            if actor_id not in role:
                role.append(actor_id)
            if actor_id not in self.participants:
                self.participants.append(actor_id)


def find_mentions(doc: Doc, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    mentions: list[Mention] = []
    for token in doc:
        mention = None
        if token.pos_ == "VERB" and not _backgrounded_verb(token):
            mention = _verb_mention(token, table, resolver)
        if mention is None and token.pos_ in ("NOUN", "PROPN"):
            mention = _noun_mention(token, table, resolver)
        if mention is not None:
            mentions.append(mention)
    return _fold_purposes(mentions)


# --- verbs ------------------------------------------------------------------------------------


def _verb_mode(verb: Token) -> str | None:
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
        if lemma == "call":
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if (preps | marks) & {"for", "on", "off", "upon"} or any(
                (c.dep_ == "oprd" and c.ent_type_ != "PERSON")
                or c.dep_ in ("ccomp", "prt", "acomp")
                or (c.dep_ == "xcomp" and c.pos_ != "VERB")
                for c in verb.children
            ):
                return None  # "called for talks", "called X a liar", "called off a strike", "called on X to"
            if objects and not any(_person_like(o) for o in objects):
                return None  # "called elections"
            if not objects and not (preps & {"with"}):
                return (
                    "phone" if verb.dep_ in ("ROOT", "conj") and _has_subject(verb) and _plural_subject(verb) else None
                )
        return "phone"
    if lemma in ("speak", "talk", "confer"):
        on_the_phone = {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"}
        together = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
        if on_the_phone and together:
            return "phone"  # "X and Y spoke on the phone"
        if not preps & {"with", "to", "by"}:
            return None
        listeners = {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
        if listeners and listeners <= AUDIENCES:
            return None  # "speaking to reporters"
        return "phone" if subtree_words & PHONE_WORDS else "meeting"
    if lemma == "meet":
        if any(o.lower_ in FIGURATIVE_OBJECTS or o.lemma_.lower() in FIGURATIVE_OBJECTS for o in objects):
            return None
        if verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "demands were met"
        return "meeting"
    if lemma == "discuss":
        if {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"}:
            return "phone"  # "discussed grain exports by phone"
        together = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
        return "meeting" if "with" in preps or together else None  # "X and Y discussed …"
    if lemma in ("negotiate", "consult"):
        return "meeting" if "with" in preps or objects else None
    if lemma == "visit":
        return "visit"
    if lemma in ("travel", "fly", "go", "come", "arrive", "tour"):
        places = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
            for g in c.children
            if _is_place(g)
        ]
        purpose = any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in MEET_VERBS | {"hold", "attend"} for c in verb.children
        )
        for_talks = any(c.lower_ == "for" and any(g.lower_ in NOUN_MODES for g in c.children) for c in verb.children)
        travellers = _subjects(verb)  # "X is set to travel to Y"
        if not any(
            (_person_like(t) or t.pos_ == "PROPN") and t.lemma_.lower() not in ("troop", "peacekeeper", "force")
            for t in travellers
        ):
            return None  # troops, migrants and tourists arrive; envoys visit
        return "visit" if places and (lemma in ("visit", "arrive", "tour") or purpose or for_talks) else None
    if lemma in HOST_VERBS:
        if any(
            o.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or o.lower_ in ("counterpart", "delegation")
            for o in objects
        ):
            return "visit"
    return None


def _person_like(token: Token) -> bool:
    """A party to a contact: a named person, state or body, a pronoun, or a title."""
    return (
        token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or token.lower_ in ("him", "her", "them", "counterpart", "delegation", "envoy")
        or token.lemma_.lower() in TITLE_NOUNS
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


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
        return True  # a verb after a preposition is a circumstance: "against visiting X", "after meeting Y"
    if any(c.dep_ == "mark" and c.lower_ in ("while", "after", "before", "since", "as", "when") for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_ == "aux" for c in verb.children)


def _verb_mention(verb: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = _verb_mode(verb)
    if mode is None:
        return None
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SUPPORT_PURPOSES for c in verb.children):
        return None  # a call made to congratulate or condole is support, not consultation
    mention = Mention(trigger=verb, mode=mode, status=_status(verb))
    lemma = verb.lemma_.lower()
    subjects = _parties_of(_subjects(verb), table, resolver)
    objects: list[str] = []
    place: Token | None = None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            named = table.actor_at(child)
            is_person = named is not None and named.kind is ActorKind.PERSON
            if _is_place(child) and not is_person and not _is_actor_country(child, table):
                place = child
            else:
                objects += _parties_of([child], table, resolver)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to", "between"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if _is_place(pobj) and child.lower_ == "to" and mode == "visit":
                    place = place or pobj
                    if _is_actor_country(pobj, table):
                        objects += _parties_of([pobj], table, resolver)
                else:
                    objects += _parties_of([pobj], table, resolver)
        elif child.dep_ == "prep" and child.lower_ in ("in", "at") and place is None:
            place = next((g for g in child.children if g.dep_ == "pobj" and _is_place(g)), None)
    if lemma in HOST_VERBS:
        mention.add(mention.actor, objects)
        mention.add(mention.recipient, subjects)
    else:
        mention.add(mention.actor, subjects)
        mention.add(mention.recipient, objects)
    if not mention.participants:
        return None  # "the ability to visit relatives": no one named meets anyone
    if not mention.recipient and place is not None:
        mention.add(mention.recipient, _host_state(place, table))
    mention.place = place
    mention.topics = _topics(verb)
    mention.date_text = _date_text(verb)
    return mention


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the clause it hangs on: "She is due to meet X", "X went on to visit Y"."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
        if node.dep_ not in ("xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "acomp") or node.head.i == node.i:
            return []
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN")):
            return [node.head]
        node = node.head
    return []


def _is_place(token: Token) -> bool:
    """A place, by the tagger or by the gazetteer when the tagger took a capital for a person."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if token.pos_ != "PROPN":
        return False
    ent = entity_at(token)
    name = ent.text if ent is not None else token.text
    geo = gazetteer()
    return geo.is_capital(name) or geo.is_country_name(name)


def _is_actor_country(token: Token, table: ActorTable) -> bool:
    actor = table.actor_at(token)
    return actor is not None and actor.kind is ActorKind.COUNTRY


def _parties_of(heads: list[Token], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Actors named by each noun phrase (and its conjuncts): "X and Y", "Russian officials, including Z"."""
    out: list[str] = []
    for head in heads:
        for node in [head, *(c for c in head.conjuncts if c.i > head.i)]:
            found = _named_in(node, table)
            if not found:
                if node.pos_ == "PRON" and node.lower_ in ("he", "she", "they", "him", "her", "them"):
                    resolved = resolver.resolve(node.doc[node.i : node.i + 1])
                    found = [resolved] if resolved else []
                elif (
                    node.pos_ in ("NOUN", "PROPN") or node.lower_ in ("two", "both")
                ) and node.lower_ not in NOUN_MODES:
                    titled = _named_next(node, table) or _titled_person(node, table)
                    phrase = node.doc[node.left_edge.i : max(node.i, _apposition_end(node)) + 1]
                    resolved = titled or resolver.resolve(phrase)
                    found = [resolved] if resolved else []
            out += [f for f in found if f not in out]
    return out


def _apposition_end(node: Token) -> int:
    """Where "his Ethiopian counterpart, Dawit Alemu" ends: the name apposed to a description."""
    appositions = [c for c in node.children if c.dep_ == "appos"]
    return appositions[-1].right_edge.i if appositions else node.i


def _named_next(node: Token, table: ActorTable) -> str | None:
    """ "her Serbian counterpart Ivo Petrovic", parsed as two phrases: the name right after the title."""
    if node.lemma_.lower() not in TITLE_NOUNS or node.i + 1 >= len(node.doc):
        return None
    actor = table.actor_at(node.doc[node.i + 1])
    return actor.id if actor is not None and actor.kind is ActorKind.PERSON else None


def _titled_person(node: Token, table: ActorTable) -> str | None:
    """ "Macron's advisor": the one person the article gives that title, wherever it names him."""
    if node.lemma_.lower() not in TITLE_NOUNS:
        return None
    possessor = next((table.actor_at(c) for c in node.children if c.dep_ == "poss"), None)
    matches = [
        a
        for a in table.persons()
        if a is not possessor and any(node.lemma_.lower() in title.lower().split() for title in a.titles)
    ]
    return matches[0].id if len(matches) == 1 else None


def _named_in(node: Token, table: ActorTable) -> list[str]:
    """Named actors in a phrase, skipping nested clauses and the possessor of a title ("Macron's advisor")."""
    out: list[str] = []
    stack = [node]
    titled = table.actor_at(node) is None and node.lower_ not in NOUN_MODES
    while stack:
        token = stack.pop()
        if token.i != node.i and token.dep_ == "poss" and token.head.i == node.i and titled:
            continue
        actor = table.actor_at(token)
        if actor is not None and actor.id not in out:
            out.append(actor.id)
        # a phrase's own conjuncts are parties of their own (see _parties_of); those inside an apposition
        # belong to it: "the two ministers, Lena Varga and Ivo Petrovic"
        skipped = ("relcl", "acl", "advcl", "ccomp", "conj", "cc") if token.i == node.i else ("relcl", "acl", "advcl")
        stack.extend(c for c in token.children if c.dep_ not in skipped)
    people = [a for a in (table.get(x) for x in out) if a is not None and a.kind is ActorKind.PERSON]
    named = [p for p in people if _is_name(p.name)]
    if named or people:
        # "New Zealand Foreign Minister Aroha Tane" is one party; "his counterpart, Dawit Alemu" is Alemu
        return [p.id for p in named or people]
    return [_as_state(a, table) for a in out]


def _is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0][0].isupper() and words[0].lower() not in ("his", "her", "its", "their", "the")


def _as_state(actor_id: str, table: ActorTable) -> str:
    """A capital named as a party ("dialogue with Moscow") stands for its state."""
    actor = table.get(actor_id)
    geo = gazetteer()
    if actor is None or actor.kind is not ActorKind.ORGANIZATION or not geo.is_capital(actor.name):
        return actor_id
    code = geo.country_of(actor.name)
    if code is None:
        return actor_id
    state = table.add(ActorKind.COUNTRY, geo.display[code], country=code, key=code)
    if actor.name not in state.aliases:
        state.aliases.append(actor.name)
    return state.id


def _host_state(place: Token, table: ActorTable) -> list[str]:
    """The state whose country or capital a contact took place in: "a summit in the United Kingdom"."""
    geo = gazetteer()
    ent = entity_at(place)
    name = ent.text if ent is not None else place.text
    code = geo.country_of(name)
    if code is None or not (geo.is_country_name(name) or geo.is_capital(name)):
        return []
    state = table.add(
        ActorKind.COUNTRY,
        geo.display[code],
        country=code,
        key=code,
        mention=ent if ent is not None else place.doc[place.i : place.i + 1],
    )
    return [state.id]


# --- nouns ------------------------------------------------------------------------------------


def _noun_mode(noun: Token) -> str | None:
    low = noun.lower_
    mode = NOUN_MODES.get(low) or NOUN_MODES.get(noun.lemma_.lower())
    if mode is None:
        return None
    words = {c.lower_ for c in noun.children} | {noun.head.lower_}
    if mode == "phone":
        if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "for") for c in noun.children):
            return None  # "a call for calm", "a call from X to postpone the vote": a request
        if not words & PHONE_WORDS and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between", "from") for c in noun.children
        ):
            return None
        return "phone"
    if words & PHONE_WORDS and low not in ("visit", "trip"):
        return "phone"
    if low in ("conference", "session") and not words & {"summit", "peace", "international", "donor", "security"}:
        return None
    if low in ("contact", "contacts") and not any(c.lower_ == "with" for c in noun.children):
        return None
    return mode


def _noun_mention(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = _noun_mode(noun)
    if mode is None:
        return None
    if noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "PERSON", "GPE", "NORP"):
        return None  # "the International Conference of Support": a name, not a happening
    if noun.dep_ == "compound":
        if noun.head.lemma_.lower() not in CARRIER_NOUNS:
            return None
        noun = noun.head  # "a mediation effort between X and Y": the effort carries the contact
    head = noun.head
    if noun.dep_ == "pobj" and (head.lower_ in BACKGROUND_PREPS or head.head.lower_ in BACKGROUND_PREPS):
        return None  # "after the talks", "ahead of the meeting", "on a visit to X, he said"
    phone_call = mode == "phone" and any(c.lower_ in PHONE_WORDS - {"call"} for c in noun.children)
    if (
        not phone_call
        and noun.dep_ == "pobj"
        and head.lower_ in ("for", "of", "on", "about", "in")
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in ("reports", "report", "preparations", "preparation", "news", "details")
    ):
        return None  # "a call for talks", "the issue of talks"
    governor = _governor(noun)
    if phone_call and governor is not None and governor.pos_ == "NOUN":
        governor = _verb_above(governor)  # "discussed the war in a phone call": the call is the discussing
    if phone_call and governor is not None and governor.lemma_.lower() in SUPPORT_PURPOSES | {"voice"}:
        return None  # "voiced his support in a phone call": support, not consultation
    parties = _noun_parties(noun)
    determiner = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
    such = any(c.lower_ == "such" for c in noun.children)  # "no such meeting took place"
    definite = (determiner in ("the", "this", "that", "these", "those", "such") or such) and not parties
    anchors = HOLDING_VERBS | TELLING_VERBS | PLANNING_HEADS | DENIAL_HEADS
    anchored = (
        bool(parties)
        or phone_call
        or (governor is not None and governor.lemma_.lower() in anchors)
        or (
            noun.dep_ in ("nsubj", "nsubjpass")
            and head.lemma_.lower() in HAPPENING_VERBS
            and any(c.dep_ in ("det", "poss") for c in noun.children)  # "the talks began", not "dialogue is good"
        )
        or definite
    )
    if not anchored:
        return None
    telling = governor is not None and governor.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS
    status_token = governor if governor is not None and not telling else noun
    mention = Mention(trigger=noun, mode=mode, status=_status(status_token, noun=noun), definite=definite)
    mention.asserted = not (
        (governor is not None and governor.lemma_.lower() in DENIAL_HEADS | {"confirm"})
        or (governor is not None and governor.lower_ in ("reports", "report", "claims", "rumours", "rumors"))
    )
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        mention.status = EventStatus.DENIED
    actors, others, place = [], [], None
    for role, token in parties:
        if role == "place":
            place = place or token
        elif role == "actor":
            actors += _parties_of([token], table, resolver)
        else:
            others += _parties_of([token], table, resolver)
    if governor is not None and noun.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in HOLDING_VERBS:
        holders = _parties_of(_subjects(governor), table, resolver)
        between = [r for r, _ in parties if r == "recipient"] and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in noun.children
        )
        if governor.lemma_.lower() == "receive" and actors:
            mention.add(mention.recipient, holders)  # "X received a call from Y": Y called X
            holders = []
        if governor.lemma_.lower() == "host" and between:
            mode = mention.mode = "third-party"  # "Norway hosted talks between X and Y": the host is a go-between
            actors = holders + actors
        elif governor.lemma_.lower() == "host":
            mention.add(mention.recipient, holders)
        else:
            actors = holders + actors
        # "held a meeting on Tuesday with X", "joined X for talks": parties hung on the verb
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                others += _parties_of([g for g in child.children if g.dep_ == "pobj"], table, resolver)
            elif child.dep_ == "dobj" and child.i != noun.i and _person_like(child):
                others += _parties_of([child], table, resolver)
        if place is None:
            place = next(
                (
                    g
                    for c in governor.children
                    if c.dep_ == "prep" and c.lower_ in ("in", "at")
                    for g in c.children
                    if g.dep_ == "pobj" and _is_place(g)
                ),
                None,
            )
    mention.add(mention.actor, actors)
    mention.add(mention.recipient, others)
    if not mention.recipient and place is not None:
        mention.add(mention.recipient, _host_state(place, table))
    mention.place = place
    mention.topics = _topics(noun) or (_topics(governor) if governor is not None else [])
    mention.date_text = _date_text(noun) or (_date_text(governor) if governor is not None else None)
    return mention


def _governor(noun: Token) -> Token | None:
    """The verb a contact noun hangs on: "held talks", "preparing for dialogue", "talks took place"."""
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


def _noun_parties(noun: Token) -> list[tuple[str, Token]]:
    """(role, token) for "Bonn's visit", "a visit by X to Moscow", "talks with X", "a Putin-Xi meeting"."""
    out: list[tuple[str, Token]] = []
    for child in noun.children:
        if (
            child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in ("its", "their")
        ) or (child.dep_ in ("compound", "amod") and child.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")):
            out.append(("actor", child))
        elif child.dep_ == "prep":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if child.lower_ in ("by", "of", "from") and pobj.lower_ not in NOUN_MODES:
                    out.append(("actor", pobj))  # "a visit by X", "a call from X"
                elif child.lower_ in ("with", "between"):
                    out.append(("recipient", pobj))
                elif child.lower_ in ("to", "in", "at") and _is_place(pobj):
                    out.append(("place", pobj))
    return out


# --- status, topics, dates ----------------------------------------------------------------------


def _status(token: Token, *, noun: Token | None = None) -> EventStatus:
    """Status from negation, modality, planning heads and tense around ``token``."""
    chain = [token]
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() not in REFUSAL_HEADS:
            break
        if node.head.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS or node.head.lower_ in ("reports", "report"):
            break  # what a teller says of a contact is a confirmation, not the contact's status
        node = node.head
        chain.append(node)
    children = [c for t in chain for c in t.children]
    if noun is not None:
        children += list(noun.children)
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    markers = {c.lower_ for c in children if c.dep_ in ("mark", "advmod", "amod", "acomp", "prep", "npadvmod")}
    words = {t.lower_ for t in chain}
    lemmas = {t.lemma_.lower() for t in chain}
    if lemmas & REFUSAL_HEADS or any(c.dep_ == "neg" for c in children):
        return EventStatus.DENIED
    called_for = "call" in lemmas and any(  # "called for talks", "called on X to meet" (not "called on Monday")
        c.lower_ == "for" or (c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in children
    )
    if (
        auxes & HYPOTHETICAL_AUX
        or markers & {"if", "possible", "possibly", "perhaps", "whether"}
        or lemmas & REQUEST_HEADS
        or called_for
    ):
        return EventStatus.HYPOTHETICAL
    to_infinitive = token.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    if auxes & FUTURE_AUX or lemmas & PLANNING_HEADS or markers & UPCOMING or to_infinitive:
        return EventStatus.PLANNED
    progressive = token.tag_ == "VBG" and auxes & {"is", "are", "am"}
    if lemmas & STARTING_VERBS and noun is not None:
        return EventStatus.ONGOING  # "began a new round of talks": under way as the article goes out
    if (markers | words) & ONGOING_WORDS or progressive:
        return EventStatus.ONGOING
    return EventStatus.OCCURRED


def _topics(token: Token) -> list[str]:
    """ "focusing on Ukraine", "discussed the grain corridor", "talks on fishing rights"."""
    out: list[str] = []
    candidates: list[Token] = []
    for t in token.subtree:
        if t.lemma_.lower() in ("focus", "center", "centre", "concentrate") or t.lower_ in ("on", "about", "over"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "about"):
                    candidates += [g for g in c.children if g.dep_ == "pobj"]
                elif (
                    c.dep_ == "pobj"
                    and t.lower_ in ("on", "about", "over")
                    and t.head.lower_ in set(NOUN_MODES) | {"focus", "focusing", "focused", "discussions", "talks"}
                ):
                    candidates.append(c)
        if t.lemma_.lower() == "discuss":
            candidates += [c for c in t.children if c.dep_ == "dobj"]
    for c in {c.i: c for c in candidates if c.ent_type_ not in ("DATE", "TIME")}.values():
        phrase = c.doc[c.left_edge.i : c.right_edge.i + 1]
        text = phrase.text.strip(" ,.")
        if text and len(phrase) <= 12:
            out.append(text)
        for conj in c.conjuncts:
            if conj.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and conj.text not in out:
                out.append(conj.text)
        for app in (g for g in c.subtree if g.ent_type_ == "GPE" and g.text not in text):
            out.append(app.text)
    return list(dict.fromkeys(out))


def _date_text(token: Token) -> str | None:
    """The DATE entity attached to a trigger (within its own clause)."""
    for t in token.subtree:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent is not None and is_calendar(ent.text) and _in_clause(ent, token):
                head = t.head
                prefix = head.lower_ + " " if head.dep_ == "prep" and head.lower_ in ("since", "until", "by") else ""
                return prefix + ent.text
    return None


def _in_clause(ent: SpacySpan, token: Token) -> bool:
    node = ent.root
    while node.head.i != node.i and node.i != token.i:
        if node.dep_ in ("ccomp", "relcl", "advcl") and node.i != token.i:
            return False
        node = node.head
    return True


def _fold_purposes(mentions: list[Mention]) -> list[Mention]:
    """ "visited Moscow to meet with officials": the meeting is the visit's purpose, one event."""
    by_token = {m.trigger.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        head = m.trigger.head
        host = by_token.get(head.i) if m.trigger.dep_ in ("advcl", "xcomp", "conj", "acl") else None
        if host is None and m.trigger.dep_ == "pobj" and head.dep_ == "prep":
            host = by_token.get(head.head.i)  # "visited ... with discussions focusing on Ukraine"
        if host is not None and host is not m and host.mode in ("visit", "meeting", "phone"):
            host.add(host.recipient, [p for p in m.recipient if p not in host.actor])
            host.add(host.actor, [p for p in m.actor if p not in host.participants])
            host.topics += [t for t in m.topics if t not in host.topics]
            host.place = host.place or m.place
            host.date_text = host.date_text or m.date_text
            continue
        out.append(m)
    return out


def place_of(token: Token | None) -> tuple[str, str | None] | None:
    if token is None:
        return None
    ent = entity_at(token)
    name = ent.text if ent is not None else token.text
    return name, gazetteer().country_of(name)
