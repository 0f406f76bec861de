"""Contact mentions: the places in a text that tell of a meeting, visit, call or talks.

A mention is found from the parse, never from a keyword alone: a contact verb
with its parties ("met X", "spoke by phone with X", "visited Moscow"), or a
contact noun that the sentence treats as a happening ("held talks with X",
"Bonn's visit", "a visit by X to Moscow", "no such meeting took place").
Background mentions ("after the talks, ...") and figurative uses ("called
for", "met the demands") are not contacts. Each mention carries its mode,
status (from negation, modality and tense, not from the verb alone), parties,
place, topics and date text; ``events`` merges mentions into events.

Whether a verb or a noun tells a contact, and in which mode, is decided in
``contact_verbs`` and ``contact_nouns``, where it took place in ``places``;
this module builds the mention from them (its parties, the host state among
them, status, place, topics and date), makes one mention per side of a plural
contact, and folds a purpose into its trip ("visited Moscow to meet officials").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..geo import gazetteer
from ..records import Actor, ActorKind, EventStatus
from . import contact_nouns, contact_verbs
from .actor_table import ActorTable
from .circumstances import (
    TOPIC_PREPS,
    characterized,
    date_moved_to,
    date_text_of,
    held_as,
    said_again,
    schedule_of,
    status_of,
    topics_of,
)
from .contact_words import (
    BACKGROUND_PREPS,
    CARRIER_NOUNS,
    CARRYING_PURPOSES,
    DEMANDING_VERBS,
    DENIAL_HEADS,
    HAPPENING_VERBS,
    HOLDING_VERBS,
    HOST_VERBS,
    MEANS_PREPS,
    NOUN_MODES,
    PHONE_WORDS,
    PLANNING_HEADS,
    REQUEST_HEADS,
    REQUEST_VERBS,
    SENDING_VERBS,
    SITTING_VERBS,
    SUPPORT_OBJECTS,
    SUPPORT_PURPOSES,
    TELLING_VERBS,
    TOPIC_OBJECT_VERBS,
    TRAVEL_VERBS,
)
from .doc_index import doc_index
from .lexicon import GROUPING_MEMBERS, MULTILATERAL_BODIES, SPEECH_VERBS, TITLE_NOUNS
from .parties import (
    TIME_SPENDING_VERBS,
    host_state,
    is_actor_country,
    parties_of,
    person_like,
    subjects_of,
    together_when,
)
from .places import (
    clause_of,
    destination,
    is_place,
    on_arrival,
    place_in,
    place_of,
    place_of_verb,
    place_of_where_clause,
    place_on_object,
    place_told_before,
    place_within,
    travel_joined,
    travel_of_where_clause,
    where_travelled,
)
from .speakers import SpeakerResolver
from .trace import collecting, fired, judged, rejected

UPCOMING_DATE = re.compile(r"(?i)\b(next|coming|upcoming|later)\b")
"""A date no telling can have happened on: it dates the contact told of."""
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

    def add(self, role: list[str], actor_ids: list[str]) -> None:
        for actor_id in actor_ids:
            if actor_id not in role:
                role.append(actor_id)
            if actor_id not in self.participants:
                self.participants.append(actor_id)


CANDIDATE_WORDS = contact_verbs.CONTACT_VERBS | frozenset(NOUN_MODES) | contact_nouns.EXPECTED_WORDS
"""The words that can tell a contact: a contact verb by its lemma, a contact noun by its form or lemma. Other
tokens are not looked at: neither ``verb_mode`` nor ``noun_mode`` takes them, and no rule fires on them."""


def find_mentions(doc: Doc, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    mentions: list[Mention] = []
    for token in doc_index(doc).with_lemma_or_lower(CANDIDATE_WORDS):
        rules: list[str] = []
        with collecting(rules):
            mention = None
            if token.pos_ == "VERB" and not contact_verbs.backgrounded_verb(token):
                mention = _verb_mention(token, table, resolver)
            if mention is None and (token.pos_ in ("NOUN", "PROPN") or _adjective_as_noun(token)):
                mention = _noun_mention(token, table, resolver)
            if mention is None and token.lower_ in contact_nouns.EXPECTED_WORDS:
                mention = _expected_visit(token, table, resolver)
            if mention is not None and _yes_no_question(token):
                mention = rejected("contact.yes-no-question")  # "Did the two men also meet in Nairobi?"
            if mention is not None:
                _add_together(mention, table, resolver)
                _place_at_the_scene(mention)
        judged(token.i, mention is not None, rules)
        if mention is not None:
            mention.rules = rules
            mentions += _one_per_side(mention, table)
            mentions += _again_with(mention, table, resolver)
            mentions += _gapped_objects(mention, table, resolver)
    return _fold_purposes(mentions, table)


def _after_a_done_act(noun: Token, governor: Token | None) -> bool:
    """ "after talks with X" on a verb in the past: the talks came first, so they took place, whatever the verb
    planned ("agreed to revive the commission")."""
    phrase = noun.head.head if contact_nouns.counted(noun) else noun
    return (
        governor is not None
        and phrase.dep_ == "pobj"
        and phrase.head.lower_ in ("after", "following")
        and governor.tag_ == "VBD"
    )


def _place_at_the_scene(mention: Mention) -> None:
    """ "There, X sat down with Y": a contact with no place of its own is where the story last was; not a call,
    which is had from afar."""
    if mention.place is None and mention.mode != "phone" and (where := place_told_before(mention.trigger)):
        fired("place.told-before")
        mention.place = where


QUESTION_OPENERS = frozenset(
    {"did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "is", "are", "was", "were", "should"}
)


def _yes_no_question(token: Token) -> bool:
    """A sentence that asks whether something happened ("Q: Did the two men meet in Nairobi?", "Has Burundi replied
    to the invitation to the Kigali summit?") tells no contact; a wh-question ("Why did they meet?") takes it as
    given, and the answer that follows tells its own."""
    words = [t for t in token.sent if not t.is_space]
    if len(words) < 3 or words[-1].text != "?":
        return False
    if words[1].text == ":" and (words[0].is_upper or words[0].text == "Question"):
        words = words[2:]  # a transcript's label
    return bool(words) and words[0].lower_ in QUESTION_OPENERS


def _again_with(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    """ "spoke by telephone with Valk and with Tamm", "met with X on Monday and with Y on Tuesday" (rule
    contact.again-with): a "with" said again is another contact of the same side, not one of three."""
    verb = mention.trigger
    if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "held talks with X on Monday and with Y on Tuesday"
    if verb.pos_ != "VERB":
        return []
    holders = [verb] if verb is mention.trigger else [verb, mention.trigger]
    firsts = [c for t in holders for c in t.children if c.dep_ == "prep"]
    # the parse may join the second "with" to the first one's date ("with X on Monday and with Y"), or to the verb
    # ("held talks with Zarif and then with Kerry")
    agains = [c for t in [*firsts, verb] for c in t.children if c.dep_ == "conj" and c.lower_ == "with"]
    out = []
    for again in agains:
        others = parties_of([g for g in again.children if g.dep_ == "pobj"], table, resolver)
        if not others or not mention.actor:
            continue
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i == again.right_edge.i + 1), None)
        date_text = date_text_of(again) or (date_text_of(after) if after is not None else None)
        mention.recipient = [r for r in mention.recipient if r not in others]
        mention.participants = [p for p in mention.participants if p not in others or p in mention.actor]
        one = replace(
            mention,
            recipient=[],
            participants=list(mention.actor),
            date_text=date_text or mention.date_text,
            rules=[*mention.rules, "contact.again-with"],
        )
        one.add(one.recipient, others)
        out.append(one)
    return out


def _gapped_objects(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    """ "met Biden on Monday and Kishida on Tuesday" (rule contact.gapped-object): a person the parse joined to the
    verb itself, its "met" left out, is another contact of the same side, with its own date and place."""
    verb = mention.trigger
    if verb.pos_ != "VERB" or not mention.actor or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    # the parse joins the person to the verb, or to the date or place before it ("on Monday and Tamm on Tuesday")
    adjuncts = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    joined = [c for t in [verb, *adjuncts] for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    out = []
    for person in joined:
        if person.head.i != verb.i and person.head.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
            continue
        actor = table.actor_at(person)
        if actor is None or actor.kind is not ActorKind.PERSON:
            continue
        others = [p for p in parties_of([person], table, resolver) if p not in mention.participants]
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i == person.right_edge.i + 1), None)
        place = place_of_verb(person)
        if place is None and after is not None and after.lower_ in ("in", "at"):
            place = next((p for g in after.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
        date_text = date_text_of(person) or (date_text_of(after) if after is not None else None)
        if not others or not (date_text or place):
            continue  # "met X in Paris and Y": one meeting, as the parse may also read it
        fired("contact.gapped-object")
        one = replace(
            mention,
            recipient=[],
            participants=list(mention.actor),
            date_text=date_text,
            place=place,
            rules=[*mention.rules, "contact.gapped-object"],
        )
        one.add(one.recipient, others)
        out.append(one)
    return out


def _adjective_as_noun(token: Token) -> bool:
    """ "held a bilateral with X": a contact word the tagger read as an adjective, in a noun's place (rule
    contact.noun.adjective-as-noun)."""
    if token.pos_ != "ADJ" or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return False
    fired("contact.noun.adjective-as-noun")
    return True


def _add_together(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> None:
    """Whoever a "when" clause has act with a side of the contact takes part in it (rule party.together-when)."""
    heads = together_when(mention.trigger)
    together = parties_of(heads, table, resolver)
    others = [p for p in together if p not in mention.participants]
    # "when he and X …" or "when Novak and X …" (not "when Poland and Lithuania …", the state visited and another)
    people = [p for p in together if p in mention.participants and (a := table.get(p)) and a.kind is ActorKind.PERSON]
    ours = bool(people) or any(t.pos_ == "PRON" for t in heads)
    if others and ours:
        fired("party.together-when")
        mention.add(mention.recipient if mention.actor else mention.participants, others)


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
    if mention.mode == "third-party":
        return [mention]  # "talks chaired by X" between A and B: one contact of the go-between with both
    out = []
    for other in others:
        rules = [*mention.rules, "contact.one-per-side"]
        one = replace(mention, actor=list(mention.actor), recipient=[], participants=list(mention.actor), rules=rules)
        one.add(one.recipient, [other])
        out.append(one)
    return out


# --- verbs ------------------------------------------------------------------------------------


SETTING_PREPS = frozenset({"during", "after", "before", "at", "on", "in"})
"""Prepositions of a verb's time or setting ("during the break"), on whose noun the parse may hang "with X"."""


def _with_under_adjunct(verb: Token, table: ActorTable) -> list[Token]:
    """ "spoke by video link during the break with X": a person the parse hangs, with "with", on a noun of the
    verb's time or setting is whom the verb spoke with (rule party.with-under-adjunct)."""
    out = [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lower_ not in NOUN_MODES
        for with_ in noun.children
        if with_.dep_ == "prep" and with_.lower_ == "with"
        for g in with_.children
        if g.dep_ == "pobj" and (a := table.actor_at(g)) is not None and a.kind is ActorKind.PERSON
    ]
    if out:
        fired("party.with-under-adjunct")
    return out


OTHER_DAY_WORDS = frozenset({"again", "later", "earlier", "afterwards", "afterward", "previously", "before"})
"""Adverbs by which a joined contact verb tells of another day than the first verb's."""

CLAUSE_LINKS = frozenset(
    {"while", "whereas", "as", "after", "before", "when", "since", "because", "although", "though"}
)
"""Words that open a clause told beside a contact, not its purpose."""


def _purpose_partners(verb: Token, table: ActorTable) -> list[Token]:
    """Whom a visit's purpose names: "will visit Fiji to sign an agreement with Prime Minister X", "flew to Abuja
    to brief President X" (a person the purpose acts on)."""
    out = []
    # a clause with its own subject or a linking word of time or contrast is no purpose: "hosted X in Moscow, while
    # Y received Z"
    purposes = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and not any(
            g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "mark" and g.lower_ in CLAUSE_LINKS) for g in c.children
        )
    ]
    for purpose in purposes:
        objects = [c for c in purpose.children if c.dep_ == "dobj"]
        holders = [purpose, *objects]  # "sign an agreement with X"
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            out += [g for g in prep.children if g.dep_ == "pobj" and (table.actor_at(g) or person_like(g))]
        out += [o for o in objects if (a := table.actor_at(o)) is not None and a.kind is ActorKind.PERSON]
    if out:
        fired("party.purpose-with")
    return out


def _support_purpose(purpose: Token) -> bool:
    """ "to congratulate him", "to convey Pakistan's support"; not "to convey the decision", "to extend an
    invitation": conveying and extending are support only when what they carry is."""
    lemma = purpose.lemma_.lower()
    if lemma not in SUPPORT_PURPOSES:
        return False
    if lemma not in CARRYING_PURPOSES:
        return True
    carried = [c for c in purpose.children if c.dep_ == "dobj"]
    return not carried or any(c.lemma_.lower() in SUPPORT_OBJECTS for c in carried)


def _verb_mention(verb: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = contact_verbs.verb_mode(verb, table)
    if mode is None:
        return None
    if verb.lemma_.lower() != "invite" and any(
        c.dep_ in ("advcl", "xcomp") and _support_purpose(c) for c in verb.children
    ):
        return rejected("contact.support-call")  # a call made to congratulate or condole is support
    if contact_verbs.habitual(verb):
        return rejected("contact.habit")  # "frequently meets with lawmakers", "officials do not meet"
    purpose_of_trip = (verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in TRAVEL_VERBS) or (
        # "took a detour on Wednesday to meet X": the purpose of a done act was done, unless the act plans it
        verb.dep_ == "advcl"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() not in PLANNING_HEADS | REQUEST_HEADS
    )
    if purpose_of_trip:
        fired("status.of-the-trip")  # "went to see X": as done as the going
    mention = Mention(trigger=verb, mode=mode, status=status_of(verb.head if purpose_of_trip else verb))
    lemma = verb.lemma_.lower()
    subjects = parties_of(subjects_of(verb), table, resolver)
    objects: list[str] = []
    place: Token | None = None
    summoned = lemma == "call" and mode == "meeting"  # "called the ambassador to the ministry"
    for child in [*verb.children, *_with_on_means(verb)]:
        if child.dep_ == "dobj" and (lemma in TOPIC_OBJECT_VERBS or lemma in ("exchange", "shake")):
            continue  # "discussed the dam", "exchanged views", "shook hands": what was talked about is no party
        if (
            child.dep_ in ("dobj", "dative")
            or contact_verbs.called_one(child)
            or (summoned and child.dep_ == "oprd")
            or _person_adverb(child)
        ):
            named = table.actor_at(child)  # the parser takes "called Putin on Monday" for "called X Y" (oprd)
            is_person = named is not None and named.kind is ActorKind.PERSON
            if is_place(child) and not is_person and not is_actor_country(child, table):
                place = child
            else:
                objects += parties_of([child], table, resolver)
        elif summoned and child.dep_ == "prep" and child.lower_ == "in":
            objects += parties_of([g for g in child.children if g in contact_verbs.summoned_in(verb)], table, resolver)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to", "between"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if summoned and pobj.lemma_.lower() in contact_verbs.SUMMONING_PLACES:
                    continue  # where one was called to, not whom
                if (is_place(pobj) or place_in(pobj) is pobj) and child.lower_ == "to" and mode == "visit":
                    place = place or pobj
                    if is_actor_country(pobj, table):
                        objects += parties_of([pobj], table, resolver)
                else:
                    objects += parties_of([pobj], table, resolver)
    if lemma in SITTING_VERBS:
        objects += parties_of(contact_verbs.sat_facing(verb, table), table, resolver)  # "sat across from X"
    if not objects and lemma in ("speak", "talk", "meet", "confer"):
        objects += parties_of(_with_under_adjunct(verb, table), table, resolver)
    if not objects and lemma == "spend":
        objects += parties_of(contact_verbs.with_in_setting(verb, table), table, resolver)  # "on a yacht with X"
    if place is None:
        place = place_of_verb(verb) or place_on_object(verb)
    travelled = _travel_told_with(verb, mode)
    if place is None and travelled is not None:
        # "flew to Nairobi on Monday, where she met X"; "returned from Moscow, where he met X"; "flew to Oslo on
        # Monday and held talks with X"
        place = where_travelled(travelled, verb)
        _visit_where_travelled(mention)
    where = place_of_where_clause(verb) if place is None and travelled is None else None
    if place is None and (arrival := on_arrival(verb)) is not None:
        fired("mode.met-on-arrival")  # "will meet X when he arrives in Israel": a visit, there
        place = arrival
        mention.mode = "visit"
    if mode == "visit":
        objects += parties_of(_purpose_partners(verb, table) + contact_verbs.inviters(verb, table), table, resolver)
    if mode == "third-party":
        # the go-between acts (with its state: party.national-group); the sides are the recipients
        mention.add(mention.actor, subjects)
        mention.add(mention.recipient, parties_of(contact_verbs.between(verb), table, resolver))
    elif lemma == "call" and mode == "visit":
        mention.add(mention.actor, subjects)  # "X called on Y": X visits Y
        mention.add(mention.recipient, parties_of(contact_verbs.calls_on(verb, table), table, resolver))
    elif lemma in HOST_VERBS and (hosts := contact_verbs.hosts_by(verb)):
        mention.add(mention.actor, subjects)  # the one received visits
        mention.add(mention.recipient, parties_of(hosts, table, resolver))
    elif lemma in HOST_VERBS:
        mention.add(mention.actor, objects)
        mention.add(mention.recipient, subjects)
    else:
        mention.add(mention.actor, subjects)
        mention.add(mention.recipient, objects)
    # "They last spoke by phone in January": whom "they" are, the merging finds
    mention.pronoun_pair = not mention.participants and _they_together(verb, mode)
    if not mention.participants and not mention.pronoun_pair:
        return rejected("party.none")  # "the ability to visit relatives": no one named meets anyone
    met = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    if met and all(_everyone(t) for t in met if t.dep_ in ("dobj", "dative", "pobj")):
        return rejected("contact.habit.everyone")  # "will meet with any candidate who asks"
    if not mention.recipient and mode == "visit" and (inviters := _inviter_hosts(verb, mention, table, resolver)):
        fired("party.inviter-hosts")  # "the governor invited the mayor to visit Kumasi": the governor receives him
        mention.add(mention.recipient, inviters)
    if not mention.recipient and place is not None and _hosted(mention, place, table):
        fired("party.host-state")
        mention.venue_state = host_state(place, table)
        mention.add(mention.recipient, mention.venue_state)
    if not mention.recipient and lemma in GATHERING_VERBS and _two_states_sit(mention, verb, table):
        fired("party.joint-body")  # "the Kenya-Uganda Joint Commission will meet in Kampala": the two states meet
    elif not mention.recipient and lemma in GATHERING_VERBS and _grouping_gathers(verb, table):
        mention.mode = "multilateral"  # after the host: "ECOWAS ministers will meet in Abuja" does not meet Nigeria
    if mention.mode == "visit" and place is not None and not mention.recipient and len(mention.actor) >= 2:
        return rejected("contact.visit.co-visitors")  # "Sanders and Clinton both visited Wilmington": no one received
    if place is None and where is not None and mention.recipient:
        # "was in Nairobi on Friday, where he met X"; not "where he visited a camp": no state hosts what it tells
        fired("place.where-clause")
        place = where
    mention.place = place
    _brokered(mention, verb, table, resolver)
    mention.topics = topics_of(verb)
    mention.date_text = date_text_of(verb) or (date_text_of(travelled) if travelled is not None else None)
    if mention.date_text is None and where is not None and place is where:
        mention.date_text = date_text_of(clause_of(where))  # "On Friday he was in Nairobi, where he met X"
    if mention.date_text is None and mention.mode == "visit" and place is not None and place.head.dep_ == "prep":
        mention.date_text = date_text_of(place.head.head)  # "when he arrives in Israel later this month"
    if mention.date_text is None and (when := contact_verbs.told_on_a_date(verb)) is not None:
        mention.date_text = when.text  # "is due in Narva on Friday, when he will meet X"
    # "last week met X and spoke with Y": both last week; not "… and spoke by phone again two days later"
    other_day = any(c.lower_ in OTHER_DAY_WORDS for c in verb.children if c.dep_ in ("advmod", "npadvmod"))
    if mention.date_text is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not other_day:
        mention.date_text = date_text_of(verb.head)
        if mention.date_text:
            fired("date.from-conjunct")
    if mention.date_text is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TIME_SPENDING_VERBS:
        mention.date_text = date_text_of(verb.head)  # "In 1996 he spent weeks negotiating with X"
        if mention.date_text:
            fired("date.from-time-spent")
    purpose = verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if purpose and verb.head.pos_ in ("VERB", "AUX"):
        if mention.date_text is None:
            mention.date_text = date_text_of(verb.head)  # "took a detour on Wednesday to meet X": met on Wednesday
            if mention.date_text:
                fired("date.from-purpose")
        if mention.place is None and verb.head.lemma_ == "be" and (there := place_of_verb(verb.head)) is not None:
            fired("place.from-purpose")  # "will be in Nairobi on Friday to meet X": met there
            mention.place = there
    if _time_clause_ahead(verb):
        # "Obama will endorse Clinton on Thursday after the president meets with Sanders": English tells what is to
        # come in a time clause in the present; the main clause dates it
        fired("status.time-clause-ahead")
        mention.status = EventStatus.PLANNED
        mention.date_text = mention.date_text or date_text_of(verb.head)
    return mention


def _expected_visit(token: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    """ "The president is expected in Nairobi next week", "Lavrov is due in Ankara on Friday" (rule
    contact.expected-in): someone expected in a foreign place is to visit it, its state the host. Being expected
    for talks, or expected to do something, is told by the words that follow."""
    if token.lower_ == "expected" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        holder, subjects = token, [c for c in token.children if c.dep_ == "nsubjpass"]
    elif token.lower_ == "due" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        holder, subjects = token.head, subjects_of(token.head)
    else:
        return None
    complements = [c for t in (token, holder) for c in t.children]
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in complements):
        return None  # "expected to meet X", "due in Rabat for talks": the contact is told there
    places = [c for c in complements if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    place = next((p for prep in places for g in prep.children if g.dep_ == "pobj" and (p := place_in(g))), None)
    visitors = parties_of(subjects, table, resolver)
    host = host_state(place, table) if place is not None else []
    state = table.get(host[0]) if host else None
    home = {a.country for v in visitors if (a := table.get(v)) is not None}
    if not visitors or state is None or state.country in home:
        return None  # a visitor at home, or a place with no state known, tells no visit
    fired("contact.expected-in")
    mention = Mention(trigger=token, mode="visit", status=EventStatus.PLANNED, place=place)
    mention.add(mention.actor, visitors)
    mention.venue_state = host
    mention.add(mention.recipient, host)
    mention.date_text = date_text_of(token) or date_text_of(holder)
    return mention


def _time_clause_ahead(verb: Token) -> bool:
    """A present-tense contact in an after/before/when clause: a contact still to come."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "neg") for c in verb.children)
    return verb.dep_ == "advcl" and present and bool(marks & {"after", "before", "when", "once", "until"})


def _one_body(verb: Token) -> bool:
    """The verb's subject names one body, not two sides the parse ran together ("Delegates of the rebels and
    government envoys met"), where the place's state stays the best guess at the other side."""
    return not any(t.lower_ == "and" for s in subjects_of(verb) for t in s.subtree)


def _brokered(mention: Mention, word: Token, table: ActorTable, resolver: SpeakerResolver) -> None:
    """ "A and B met in a meeting chaired by the UN envoy", "talks hosted by the Saudi king": whoever brought the
    sides together is a go-between, unless of a side's own state (rule party.brokered-by)."""
    found = contact_nouns.brokers(word)
    sides = list(mention.participants)
    if not found or len(sides) < 2:
        return  # "the two ministers met at talks chaired by X": whom the pair stands for, the merging finds
    brokers = [p for p in parties_of(found, table, resolver) if p not in sides]
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


def _grouping_gathers(verb: Token, table: ActorTable) -> bool:
    """ "ECOWAS foreign ministers will meet in Abuja", "the ministers of the Visegrad countries met in Krakow": one
    plural subject naming the officials of a grouping of states, or of many states, that meets with no one else is
    a gathering of them (rule mode.grouping-gathers)."""
    subjects = subjects_of(verb)
    if len(subjects) != 1 or not _one_body(verb):
        return False
    subject = subjects[0]
    if subject.tag_ not in ("NNS", "NNPS"):
        return False  # "the Security Council met", "the council convenes": a body's own sitting
    words = list(subject.subtree)
    if subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].dep_ == "csubj":
        words.append(subject.doc[subject.left_edge.i - 1])  # "ECOWAS foreign ministers": the parse split the name off
    named = any(contact_nouns.names_grouping(t) for t in words)
    states = any(
        t.lower_ in GROUPING_MEMBERS and t.dep_ == "pobj" and t.head.lower_ in ("of", "from") for t in subject.subtree
    )
    two = any(t.lower_ in ("two", "both", "2") for t in words)  # "officials of the two countries": a meeting of two
    if (named or states) and not two:
        fired("mode.grouping-gathers")
        return True
    return False


def _two_states_sit(mention: Mention, verb: Token, table: ActorTable) -> bool:
    """ "The Kenya-Uganda Joint Commission will meet in Kampala": a body two states share, meeting as its one subject,
    is a meeting of the two, as its session is (rule party.joint-body); they become the contact's parties."""
    subjects = subjects_of(verb)
    states = contact_nouns.states_of_body(subjects[0]) if len(subjects) == 1 else []
    if not states:
        return False
    mention.mode = "meeting"
    mention.actor.clear()
    mention.participants.clear()
    mention.add(mention.actor, [table.country(code).id for t in states if (code := gazetteer().country_of(t.text))])
    return True


def _they_together(verb: Token, mode: str | None) -> bool:
    """ "They met again in May", "we spoke by phone": a plural pronoun meeting or talking with no one else."""
    if verb.lemma_.lower() not in ("meet", "speak", "talk", "confer") or mode not in ("meeting", "phone"):
        return False
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to")) for c in verb.children):
        return False
    # "They agreed to meet in Arusha": the subject of the verb the contact is the complement of
    holder = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in holder.children)


def _person_adverb(child: Token) -> bool:
    """ "met Tanzanian President Samia Suluhu Hassan": a long name after the verb the parser takes for an adverb
    of time (npadvmod) is what was met (rule party.person-as-adverb)."""
    if child.dep_ != "npadvmod" or child.ent_type_ != "PERSON" or child.i < child.head.i:
        return False
    objects = [c for c in child.head.children if c.dep_ in ("dobj", "dative")]
    # "meet Solomon Islands Prime Minister Jeremiah Manele": the parse made the country the object, the titled
    # name an adverb; the country right before is the title's, the name is whom the verb meets
    qualifier = len(objects) == 1 and objects[0].right_edge.i + 1 == child.left_edge.i and is_place(objects[0])
    if objects and not qualifier:
        return False
    fired("party.person-as-adverb")
    return True


def _with_on_means(verb: Token) -> list[Token]:
    """ "communicated by phone with the transport minister": the "with" the parse hung on the means phrase."""
    return [
        g
        for c in verb.children
        if c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS  # "had spoken by telephone": "by" as an agent
        for t in c.children
        for g in t.children
        if g.dep_ == "prep" and g.lower_ == "with"
    ] + contact_verbs.on_the_phone_with(verb)  # "spent an hour on the phone with X"


def _hosted(mention: Mention, place: Token, table: ActorTable) -> bool:
    """Whether the state a contact took place in is its other party.

    A visit's or a summit's place is; so is the place where one foreign party "held meetings in Baghdad" or "a
    Hamas delegation held talks in Cairo". Talks between two sides in Vienna are not talks with Austria, nor is
    a minister's meeting at home.
    """
    parties = [table.get(p) for p in mention.participants]
    if mention.mode == "multilateral" and any(_body(p) for p in parties):
        fired("party.body-summit-venue")
        return False  # "attended the African Union summit in Addis Ababa": the body meets there, Ethiopia is no party
    if mention.mode in HOSTED_MODES:
        return True
    if len(parties) != 1 or parties[0] is None:
        return False
    party = parties[0]
    if (
        mention.trigger.pos_ == "VERB"
        and mention.trigger.lemma_.lower() in GATHERING_VERBS
        and _one_body(mention.trigger)
    ):
        fired("party.gathering-venue")
        return False  # "the commission met in Lisbon", "EU leaders will meet in Brussels": its members meet there
    several = {"and", "two", "both", "three", "four", "several", "pair", "duo"} & set(party.name.lower().split())
    if party.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS) and several:
        return False  # "Ukrainian and Moldovan negotiators held talks in Vienna": two sides, a neutral venue
    where = place_of(place)
    return where is not None and where.country is not None and where.country != party.country


def _inviter_hosts(verb: Token, mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who invited the visitor to come: the subject of "invite" above "to visit", not already a party."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "invite":
        return []
    return [p for p in parties_of(subjects_of(verb.head), table, resolver) if p not in mention.participants]


def _town_state(mention: Mention, place: Token, table: ActorTable) -> list[str]:
    """The state a visit to a town in it is hosted by: "a visit to Mombasa by the Norwegian minister" visits Kenya.
    Only for a visit, and only when a visitor's own state is known and is another: a minister touring towns at
    home visits no one. Told by a noun only: a verb names its own host ("was received in Nuuk by X") or whom the
    trip was to meet ("went to Osaka to meet business leaders")."""
    where = place_of(place)
    if mention.mode != "visit" or where is None or where.country is None:
        return []
    homes = {a.country for p in mention.participants if (a := table.get(p)) is not None and a.country is not None}
    if not homes or where.country in homes:
        return []
    fired("party.town-state")
    return [table.country(where.country).id]


def _body(actor: Actor | None) -> bool:
    """An organisation of no one state (a council, a commission, an alliance): where it meets is only a venue."""
    return actor is not None and (
        _multilateral(actor) or (actor.kind is ActorKind.ORGANIZATION and actor.country is None)
    )


def _there_was(noun: Token) -> bool:
    """ "there was no meeting", "there have been no talks": a contact noun said to be, or not to be, alone (not
    "no dinner and no meeting outside the agreed schedule", which picks out what it denies)."""
    return (
        not noun.conjuncts
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)
        and noun.dep_ == "attr"
        and noun.head.lemma_.lower() == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in noun.head.children)
    )


def _everyone(token: Token) -> bool:
    """ "any candidate who asks", "every envoy", and "anyone else": no one in particular, or those left out."""
    if any(c.lower_ in ("all", "every", "any", "each") for c in token.children):
        return True
    return token.lower_ in ("anyone", "anybody", "everyone", "everybody") and else_after(token)


def else_after(token: Token) -> bool:
    """ "anyone else", "no one else": "else" on the word, or right after it where the parse hangs it elsewhere."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return any(c.lower_ == "else" for c in token.children) or (following is not None and following.lower_ == "else")


# --- nouns ------------------------------------------------------------------------------------


def _noun_mention(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = contact_nouns.noun_mode(noun)
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
    parties = contact_nouns.noun_parties(noun)
    pair = contact_nouns.hyphen_pair(noun, table)
    joint = contact_nouns.joint_body_states(noun)
    if joint:  # the two states meet; the body itself is no side ("the session of the Kenya-Uganda commission")
        parties = [(r, t) for r, t in parties if not t.is_ancestor(joint[0])] + [("state", t) for t in joint]
    if pair:
        fired("party.hyphen-pair")  # "a Modi-Sharif meeting", "the Biden-Xi call": both sides in the name
        named = {t.i for _, t in parties}
        parties += [(role, t) for role, t in zip(("actor", "recipient"), pair, strict=True) if t.i not in named]
    self_told = contact_nouns.self_told(parties, mode) or bool(pair or joint)
    if self_told:
        fired("contact.noun.self-told")  # "during Obama's visit to Turkey": the phrase alone tells who and where
    # "after talks on Sunday in Accra with X": background, and yet the phrase tells whom with, where and when
    set_in = not self_told and noun.dep_ == "pobj" and contact_nouns.set_in_phrase(noun, parties)
    phone_call = mode == "phone" and any(c.lower_ in PHONE_WORDS - {"call"} for c in noun.children)
    backgrounded = noun.dep_ == "pobj" and (head.lower_ in BACKGROUND_PREPS or head.head.lower_ in BACKGROUND_PREPS)
    circumstance = False  # "X told Y during a phone call": the clause's parties are the call's
    if backgrounded and not self_told:
        if mode == "multilateral" and contact_nouns.named_gathering(noun):
            fired("contact.summit.named-with-setting")  # "before the ECOWAS summit in Monrovia on June 4"
        elif (
            (phone_call or mode in ("meeting", "visit")) and head.lower_ == "during" and contact_nouns.indefinite(noun)
        ):
            fired("contact.noun.circumstance")  # "during a phone call", "during a meeting in Vienna": first told here
            circumstance = True
        elif set_in:
            fired("contact.noun.set-in-phrase")
        else:
            return rejected("contact.noun.background")  # "after the talks", "ahead of the meeting"
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in SPEECH_VERBS
        and (phone_call or mode in ("meeting", "phone"))
        and contact_nouns.indefinite(noun)
        and not self_told
        and _someone_met(noun, head.head)
    ):
        fired("contact.noun.said-in")  # "told X in a phone call that …", "said in a meeting with X": they spoke
        circumstance = True
    carrier = head.head if contact_nouns.counted(noun) else None
    if carrier is not None and carrier.dep_ == "pobj" and carrier.head.lower_ in BACKGROUND_PREPS and not self_told:
        if not set_in:
            return rejected("contact.noun.background")  # "after weeks of talks", "on the second day of her visit"
        fired("contact.noun.set-in-phrase")  # "after two days of talks here between X and Y"
    if (
        not phone_call
        and noun.dep_ == "pobj"
        and head.lower_ in ("for", "of", "on", "about", "in")
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in ("reports", "report", "preparations", "preparation", "news", "details")
        and not contact_nouns.counted(noun)
        and not self_told
        and not contact_nouns.gathering_on_sidelines(noun, mode)
        and not (mode == "multilateral" and contact_nouns.named_gathering(noun))
    ):
        return rejected("contact.noun.of-another-noun")  # "a call for talks", "the issue of talks"
    retold = mode != "visit"  # "it was his first visit to Kenya" says what the contact told was: a visit
    if noun.dep_ == "attr" and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and ((retold and c.lower_ in ("it", "this")) or contact_nouns.noun_mode(c) is not None)
        for c in head.children
    ):
        # "Tuesday's call was his first conversation with Kang", "It was the first Korea-Japan summit since …"
        return rejected("contact.noun.said-of-a-contact")
    governor = contact_nouns.governor(noun)
    asked_own = governor is not None and contact_nouns.asked_for_own(noun, governor)
    demanded = governor is not None and governor.lemma_.lower() in REQUEST_VERBS and noun.head.lower_ == "for"
    if demanded and not asked_own:
        return rejected("contact.noun.demanded")  # "called for talks", "pressed for a meeting"
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in DEMANDING_VERBS
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    ):
        # "urged renewed talks between Moscow and Kyiv": others' talks asked for, not held ("demanded a meeting
        # with the minister" is the asker's possible meeting)
        return rejected("contact.noun.demanded")
    if contact_nouns.discussed(noun):
        return rejected("contact.noun.discussed")  # "discussed trade and the summit": a topic
    if phone_call and governor is not None and governor.pos_ == "NOUN":
        governor = contact_nouns.verb_above(governor)  # "discussed the war in a phone call": the call is the discussing
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
    if determiner == "no" and not parties and _there_was(noun):
        fired("status.there-was-none")  # "“There was no meeting,” Osei said": the contact told before is denied
        definite = True
    anchors = HOLDING_VERBS | TELLING_VERBS | PLANNING_HEADS | DENIAL_HEADS
    anchored = (
        bool(parties)
        or phone_call
        or asked_own
        or (governor is not None and governor.lemma_.lower() in anchors and not contact_nouns.disposition(governor))
        or (governor is not None and contact_nouns.there_for(noun, governor) is not None)
        or (
            noun.dep_ in ("nsubj", "nsubjpass")
            and head.lemma_.lower() in HAPPENING_VERBS
            and any(c.dep_ in ("det", "poss") for c in noun.children)  # "the talks began", not "dialogue is good"
        )
        or definite
    )
    if not anchored:
        return rejected("contact.noun.unanchored")  # "dialogue is the only way": no happening told
    # "asked for a meeting with X" tells no meeting: it asks for one
    telling = governor is not None and governor.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS and not asked_own
    telling = telling or characterized(noun)  # "described the talks as constructive": its own status
    topic = noun.dep_ == "pobj" and head.lower_ in TOPIC_PREPS  # "thoughts on Trump's meeting with X"
    # "the trip was agreed during a phone call between X and Y": a contact told as a circumstance keeps its own
    # status; the agreeing is not the call's
    status_token = governor if governor is not None and not telling and not topic and not backgrounded else noun
    mention = Mention(trigger=noun, mode=mode, status=status_of(status_token, noun=noun), definite=definite)
    if _after_a_done_act(noun, governor) and mention.status is EventStatus.PLANNED:
        fired("status.before-a-done-act")  # "agreed on Friday to revive the commission, after talks here with X"
        mention.status = EventStatus.OCCURRED
    if asked_own and mention.status is not EventStatus.DENIED:
        fired("status.requested")  # "asked the minister for a meeting": possible, not arranged
        mention.status = EventStatus.HYPOTHETICAL
    if self_told and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead":
        fired("status.ahead-of")  # "a gesture ahead of Erdogan's meeting with Trump": still to come
        mention.status = EventStatus.PLANNED
    held = next((c for c in noun.children if held_as(c, noun)), None)
    if held is not None and mention.status is not EventStatus.DENIED:
        fired("status.held-as")  # "the summit that will take place in Quito on 16 December": its own tense
        mention.status = status_of(held)
    scheduled = schedule_of(noun, head.head if contact_nouns.counted(noun) else None)
    # "cancelled a meeting scheduled for Friday" is called off; one "postponed to October" is still to come
    postponed = governor is not None and governor.lemma_.lower() in ("postpone", "delay", "reschedule")
    # a clause of its own may tell a schedule the contact then kept ("a meeting that had been arranged before the
    # postponement" took place): only a participle or "due" makes it still to come
    to_come = [c for c in scheduled if c.dep_ != "relcl" or any(g.lower_ == "due" for g in c.children)]
    if to_come and (mention.status is not EventStatus.DENIED or postponed):
        fired("status.scheduled-gathering")  # "the summit scheduled to hold in Monrovia on June 4"
        mention.status = EventStatus.PLANNED
    elif (
        backgrounded
        and head.lower_ == "before"
        and governor is not None
        and status_of(governor) in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
    ):
        fired("status.before-a-gathering-to-come")  # "would meet X before the NATO summit in Madrid": still to come
        mention.status = EventStatus.PLANNED
    mention.asserted = not (
        (governor is not None and governor.lemma_.lower() in DENIAL_HEADS | {"confirm"})
        or (governor is not None and governor.lower_ in ("reports", "report", "claims", "rumours", "rumors"))
    )
    mention.silent = telling and any(c.dep_ == "neg" for c in governor.children)  # "did not mention any meeting"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        if any(c.dep_ in ("amod", "advmod") and c.lower_ in ("further", "more", "other", "new") for c in noun.children):
            return rejected("contact.noun.none-further")  # "no further meetings were planned": no contact told
        fired("status.no-such")
        mention.status = EventStatus.DENIED
    actors, others, place = [], [], None
    for role, token in parties:
        if role == "place":
            place = place or token
        elif role == "host" and (code := gazetteer().country_of(token.text)) is not None:
            fired("party.hosted-by")  # "a Russian-hosted conference": Russia is a party, and the place
            others.append(table.country(code).id)
            place = place or token
        elif role == "state" and (code := gazetteer().country_of(token.text)) is not None:
            others.append(table.country(code).id)  # "the Kenya-Uganda border commission"
        elif role == "actor":
            actors += parties_of([token], table, resolver)
        else:
            others += parties_of([token], table, resolver)
    if mode == "multilateral":
        for where in contact_nouns.where_clauses(noun):
            fired("party.gathered-where")  # "the summit in Paris, where the leaders of X and Y agreed …"
            actors += parties_of(subjects_of(where), table, resolver)
    envoys = [c for c in governor.children if c.dep_ == "dobj"] if governor is not None else []
    if envoys and noun.dep_ == "pobj" and head.lower_ == "for" and governor.lemma_.lower() in SENDING_VERBS:
        fired("party.sent-for-talks")  # "sent the White House counsel to Capitol Hill for a meeting with X"
        actors = parties_of(envoys, table, resolver) + actors
    if governor is not None and contact_nouns.there_for(noun, governor) is not None:
        fired("contact.be-there-for-talks")  # "the minister was in Washington last week for talks with X"
        if mode != "multilateral":
            mode = mention.mode = "visit"  # not "was in Quito for the conference of the Andean ministers"
        if contact_nouns.expected_there(governor) and mention.status is EventStatus.OCCURRED:
            fired("status.expected-there")  # "is due in Rabat next week for talks"
            mention.status = EventStatus.PLANNED
        place = place or contact_nouns.there_for(noun, governor)
        actors = parties_of(subjects_of(governor), table, resolver) + actors
    elif governor is not None and contact_nouns.in_state(noun, governor):
        fired("party.in-talks-with")
        actors = parties_of(subjects_of(governor), table, resolver) + actors  # "X is in talks with Y"
        if mention.status is EventStatus.OCCURRED:
            fired("status.in-talks")
            mention.status = EventStatus.ONGOING
    elif (
        governor is not None
        and noun.dep_ in ("dobj", "pobj", "oprd")
        and (governor.lemma_.lower() in HOLDING_VERBS or asked_own)
        and not contact_nouns.disposition(governor)
        and not pair  # "officials are preparing for a Modi-Sharif meeting": the name tells its sides
    ):
        # "X held talks": the subject of a holding verb takes part; "X asked Y for a meeting": so does the asker
        fired("party.asker" if asked_own else "party.holder")
        holders = parties_of(subjects_of(governor), table, resolver)
        between = [r for r, _ in parties if r == "recipient"] and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in noun.children
        )
        if governor.lemma_.lower() == "receive" and actors:
            mention.add(mention.recipient, holders)  # "X received a call from Y": Y called X
            holders = []
        if between and governor.lemma_.lower() in PROPOSING_VERBS:
            fired("party.between-named")  # "Paz proposed a meeting between Vidal and Arce": Paz is not at it
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
                met = [g for g in child.children if g.dep_ == "pobj" and (person_like(g) or table.actor_at(g))]
                others += parties_of(met, table, resolver)
            elif (
                child.dep_ == "dobj"
                and child.i != noun.i
                and person_like(child)
                and governor.lemma_.lower() not in TOPIC_OBJECT_VERBS
            ):
                others += parties_of([child], table, resolver)
    elif circumstance and governor is not None and governor.pos_ == "VERB":
        # "X told Y during a phone call", "X and Y agreed during a video call": the clause's parties spoke
        actors = parties_of(subjects_of(governor), table, resolver) + actors
        others += parties_of(contact_verbs.addressed(governor, table), table, resolver)
    happening = noun.dep_ in ("nsubj", "nsubjpass") and governor is not None
    if place is None and governor is not None and (happening or governor.lemma_.lower() in HOLDING_VERBS):
        place = place_of_verb(governor)  # "held talks in Geneva", "a meeting could take place in Oman"
    if place is None and governor is not None and noun.dep_ == "pobj" and head.lower_ == "for":
        place = destination(governor)  # "sent his counsel to Capitol Hill for a meeting", "flew to Oslo for talks"
    if place is None:
        place = place_within(noun)  # "a meeting with Clinton aboard her plane at the Phoenix airport"
    if place is None and scheduled:
        place = next((p for c in scheduled for t in c.subtree if (p := _place_set(t)) is not None), None)
        if place is not None:
            fired("place.scheduled")  # "talks due to take place in Bergen in April"
    if not actors and others and governor is not None and not telling:
        # "she has been under fire for a meeting with Clinton"
        actors = contact_nouns.clause_subject(noun, table, resolver)
    mention.add(mention.actor, actors)
    mention.add(mention.recipient, others)
    _brokered(mention, noun, table, resolver)
    if governor is not None and governor.pos_ == "VERB" and mention.mode != "third-party":
        _brokered(mention, governor, table, resolver)  # "held talks on Monday in a meeting chaired by X"
    if mention.mode == "meeting" and any(_multilateral(table.get(p)) for p in mention.participants):
        fired("mode.multilateral-body")
        mention.mode = "multilateral"  # "ministers from the Group of 20 opened a two-day meeting"
    elif mention.mode == "multilateral" and _two_sides(mention.participants, table):
        fired("mode.two-sided-summit")
        mention.mode = "meeting"  # "Trump and Kim held a summit in Singapore": two leaders, a bilateral meeting
    if not mention.recipient and place is not None and _hosted(mention, place, table):
        fired("party.host-state")
        mention.venue_state = host_state(place, table) or _town_state(mention, place, table)
        mention.add(mention.recipient, mention.venue_state)
    mention.place = place
    mention.topics = topics_of(noun) or (topics_of(governor) if governor is not None else [])
    # "confirmed the trip in a statement on Monday": Monday is when it was told, not when it happened
    governor_date = date_text_of(governor) if governor is not None else None
    if (telling or asked_own) and governor_date and not UPCOMING_DATE.search(governor_date):
        # "confirmed the trip on Monday", "asked last month for a meeting"; "announced a visit next month" still
        # dates it
        fired("date.told-not-held")
        governor_date = None
    moved = date_moved_to(governor) if governor is not None else None
    mention.date_text = moved or date_text_of(noun) or governor_date
    if mention.date_text is None and (set_for := next(filter(None, map(date_text_of, scheduled)), None)):
        fired("date.scheduled")  # "the summit, which was due to open in Lusaka on March 3"
        mention.date_text = set_for
    travelled = _travel_told_with(governor, mention.mode) if governor is not None else None
    if travelled is not None and not (mention.place and mention.date_text):
        # "travelled to Warsaw on Tuesday, where she held talks with X", "flew to Oslo and held talks with X"
        mention.place = mention.place or where_travelled(travelled, governor)
        mention.date_text = mention.date_text or date_text_of(travelled)
        _visit_where_travelled(mention)
    return mention


def _place_set(token: Token) -> Token | None:
    """The place a schedule names: "scheduled for Friday in Vienna", "due in Suva", "due to take place in Bergen"."""
    if token.pos_ == "VERB":
        return place_of_verb(token)
    return next(
        (
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children
            if g.dep_ == "pobj" and (p := place_in(g)) is not None
        ),
        None,
    )


PROPOSING_VERBS = frozenset({"discuss", "plan", "prepare", "propose", "raise", "review", "seek"})
"""Holding verbs whose subject only puts forward or talks over a contact: with its sides named after "between",
the subject is none of them."""


def _travel_told_with(trigger: Token, mode: str | None) -> Token | None:
    """The journey a contact is told with: one its "where" clause hangs on, or, for a meeting, one its verb is
    joined to ("flew to Oslo on Monday and held talks with X"; not "… and called X", a call from wherever)."""
    return travel_of_where_clause(trigger) or (travel_joined(trigger) if mode == "meeting" else None)


def _visit_where_travelled(mention: Mention) -> None:
    """ "flew to Tokyo, where she held talks with X", "returned from Moscow, where he met X", "spent three days in
    Tokyo, where …": a contact held where one side had gone is a visit (rule mode.where-travelled)."""
    if mention.mode == "meeting":
        fired("mode.where-travelled")
        mention.mode = "visit"


def _someone_met(noun: Token, verb: Token) -> bool:
    """A person named or titled whom "in a meeting with …" names, or whom the verb told ("told X in a phone call");
    not an editorial board or reporters (an interview, not a contact)."""
    met = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    met += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS | {"counterpart"} for t in met)


def _two_sides(parties: list[str], table: ActorTable) -> bool:
    """Exactly two parties, each one person or one state, none a body of many."""
    actors = [table.get(p) for p in parties]
    return len(actors) == 2 and all(
        a is not None and a.kind in (ActorKind.PERSON, ActorKind.COUNTRY) and not _multilateral(a) for a in actors
    )


def _multilateral(actor: Actor | None) -> bool:
    if actor is None:
        return False
    names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
    return bool(names & MULTILATERAL_BODIES) or any(n.startswith("group of ") for n in names)


def _stage(status: EventStatus) -> str:
    return {EventStatus.OCCURRED: "real", EventStatus.ONGOING: "real", EventStatus.DENIED: "real"}.get(status, "future")


def _retells(host: Mention, conj: Mention) -> bool:
    """A conjoined contact verb is part of the first contact when it is a visit's talks or meets no one new; not a
    call after a meeting or a visit ("met in Brussels on April 27 and spoke by telephone on the 15th"), nor one said
    to come again (rule merge.conjoined-call), nor one denied beside one held (rule merge.denied-with-another)."""
    if (conj.mode == "phone" and host.mode != "phone") or said_again(conj.trigger):
        conj.rules.append("merge.conjoined-call")
        return False
    if (conj.status is EventStatus.DENIED) != (host.status is EventStatus.DENIED):
        conj.rules.append("merge.denied-with-another")  # "visited Lima …, but he did not meet the rebels"
        return False
    return host.mode == "visit" or set(conj.recipient) <= set(host.participants)


def _summit_trip(trip: Mention) -> None:
    """ "flew to Vilnius for the NATO summit": the trip is the body's summit, and Lithuania only its venue."""
    trip.rules.append("merge.summit-trip")
    trip.mode = "multilateral"
    for role in (trip.recipient, trip.participants):
        role[:] = [p for p in role if p not in trip.venue_state]
    trip.venue_state = []


def _definite_pair(actor: Actor | None) -> bool:
    """ "the two", "both men", "the two ministers": people already named, as a group."""
    return (
        actor is not None
        and actor.kind is ActorKind.GROUP
        and re.match(r"(?i)(the two|both)\b", actor.name) is not None
    )


def _contrasted(mention: Mention, host: Mention) -> bool:
    """A "while" clause of other people is set beside the contact, not its purpose (rule merge.while-others); a
    "when" clause may tell the same occasion ("refused to meet Obama when the U.S. president visited Cuba")."""
    marks = {c.lower_ for c in mention.trigger.children if c.dep_ == "mark"}
    if mention.trigger.dep_ != "advcl" or not marks & {"while", "whereas"}:
        return False
    return not set(mention.participants) & set(host.participants)


def _fold_purposes(mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """ "visited Moscow to meet with officials": the meeting is the visit's purpose, one event. A definite group
    there ("received Vidal, and the two discussed …") is the host's own people, no party of its own."""
    by_token = {m.trigger.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        head = m.trigger.head
        host = by_token.get(head.i) if m.trigger.dep_ in ("advcl", "xcomp", "conj", "acl") else None
        if host is None and m.trigger.dep_ == "pobj" and head.dep_ == "prep":
            host = by_token.get(head.head.i)  # "visited ... with discussions focusing on Ukraine"
        if host is not None and m.trigger.dep_ == "conj" and not _retells(host, m):
            host = None  # "met with workers and spoke with the company's chief": two contacts
        if host is not None and _contrasted(m, host):
            m.rules.append("merge.while-others")
            host = None  # "X hosted Y in Moscow, while Z received W in Istanbul": other people, another contact
        if host is not None and _stage(host.status) != _stage(m.status) and m.trigger.dep_ in ("pobj", "conj"):
            host = None  # "agreed in a phone call to resume visits": the visits are to come, the call took place
        # "gathered in Kuala Lumpur for a two-day ASEAN summit": a gathering's purpose is that gathering
        gathering = host is not None and host.mode == m.mode == "multilateral"
        if host is not None and host is not m and (host.mode in ("visit", "meeting", "phone") or gathering):
            host.rules += [r for r in [*m.rules, "merge.purpose"] if r not in host.rules]
            if host.mode == "visit" and "party.body-summit-venue" in m.rules:
                _summit_trip(host)
            own = [p for p in m.participants if not _definite_pair(table.get(p))]
            host.add(host.recipient, [p for p in m.recipient if p not in host.actor and p in own])
            host.add(host.actor, [p for p in m.actor if p not in host.participants and p in own])
            host.topics += [t for t in m.topics if t not in host.topics]
            host.place = host.place or m.place
            host.date_text = host.date_text or m.date_text
            continue
        out.append(m)
    return out
