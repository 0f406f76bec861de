"""Mentions told by a contact verb ("met X", "spoke by phone with X", "visited Moscow", "hosted X"): the
verb's parties, host, status, place and date, with the parse's slips mended (a "with" hung on a place, a purpose
clause, a grouping verb)."""

from __future__ import annotations

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import ActorKind, EventStatus
from . import background_verbs, contact_habits, contact_nouns, contact_spells, contact_verbs, summons
from .actor_countries import nationalities
from .actor_table import ActorTable
from .circumstances import date_text_of, invitation_refused, status_of, topics_of
from .contact_words import (
    BRIEFING_VERBS,
    CARRIED_MESSAGES,
    CARRYING_PURPOSES,
    FUTURE_AUX,
    HOST_VERBS,
    INVITATION_SENDERS,
    LEADING_VERBS,
    LED_GROUPS,
    MEANS_PREPS,
    NOUN_MODES,
    PERFECT_AUX,
    PLANNING_HEADS,
    REQUEST_HEADS,
    SIDE_NOUNS,
    SITTING_VERBS,
    SUMMONING_VERBS,
    SUPPORT_PURPOSES,
    TOPIC_OBJECT_VERBS,
    TRAVEL_VERBS,
    carries_courtesies_only,
)
from .errand_rooms import room_keepers, sides_of_rooms
from .gender import PRONOUN_GENDER, gender_of
from .grammar import is_passive
from .hosted_occasions import attended_occasion
from .lexicon import GROUPING_MEMBERS, mended_lemma
from .mentions import (
    GATHERING_VERBS,
    Mention,
    add_broker,
    host_state_takes_part,
    no_one_in_particular,
    one_body,
    travel_told_with,
    visit_where_travelled,
)
from .parties import (
    INVITEE_VERBS,
    TIME_SPENDING_VERBS,
    host_state,
    is_actor_country,
    parties_of,
    person_like,
    subjects_of,
)
from .places import (
    clause_of,
    is_place,
    journey_for,
    on_arrival,
    place_in,
    place_in_own_clause,
    place_of_verb,
    place_of_where_clause,
    place_on_object,
    where_travelled,
)
from .shared_bodies import shared_body_meeting
from .speakers import SpeakerResolver
from .trace import fired, rejected
from .visit_inviters import invited_by

# --- verbs ------------------------------------------------------------------------------------


SETTING_PREPS = frozenset({"during", "after", "before", "at", "on", "in", "for"})
"""Prepositions of a verb's time, length or setting ("during the break", "for the first time"), on whose noun the
parse may hang "with X"."""

LETTER_PRONOUNS = frozenset({"him", "her", "them"})
"""Whom a letter asking to meet names by a pronoun: the one it was written to."""


def _with_under_adjunct(verb: Token, table: ActorTable) -> list[Token]:
    """ "spoke by video link during the break with X", "met for the first time with X": a person the parse hangs, with
    "with", on a noun of the verb's time, length or setting is whom the verb spoke with (rule
    party.with-under-adjunct)."""
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
        # "put his case to FIFA officials": whom a thing is put or handed to
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
            out += [
                g
                for g in prep.children
                if g.dep_ == "pobj" and g.ent_type_ != "GPE" and (table.actor_at(g) or person_like(g))
            ]
        briefed = purpose.lemma_.lower() in BRIEFING_VERBS  # "to brief the Administration": a body too
        out += [o for o in objects if (a := table.actor_at(o)) is not None and (briefed or a.kind is ActorKind.PERSON)]
    if out:
        fired("party.purpose-with")
    return out


def _support_purpose(purpose: Token) -> bool:
    """ "to congratulate him", "to convey Pakistan's support", "to express his shock and sadness"; not "to convey the
    decision", "to extend an invitation", "to express concern": conveying and expressing are support only when all
    they carry is."""
    lemma = purpose.lemma_.lower()
    if lemma not in SUPPORT_PURPOSES:
        return False
    if lemma not in CARRYING_PURPOSES:
        return True
    return carries_courtesies_only(purpose)


def _courtesy_joined(verb: Token) -> bool:
    """ "telephoned X and conveyed condolences", "called Y and congratulated him on his win": a call whose only
    joined deeds, with no purpose of its own, are courtesies of the same caller (rule contact.support-call.joined);
    not "spoke to X by phone and assured him that the province would get its share", which tells business."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return (
        bool(joined)
        and not any(c.dep_ in ("advcl", "xcomp") for c in verb.children)
        and not any(c.dep_ == "nsubj" for j in joined for c in j.children)  # one caller does all
        and all(_support_purpose(j) and not any(c.dep_ == "ccomp" for c in j.children) for j in joined)
    )


def _agreed_over_the_line(verb: Token, mode: str) -> bool:
    """ "X and Y agreed by phone to work together", "has agreed with Z by phone on a ceasefire": a planning verb that
    tells a call by its means (rule contact.verb.done-by-phone) is the call, held when the verb is; only what was
    agreed is to come (rule status.agreed-by-phone). Not "will agree by phone", nor one under another verb."""
    return (
        mode == "phone"
        and verb.lemma_.lower() in PLANNING_HEADS - contact_verbs.CONTACT_VERBS
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "shall", "should", "to")
            for c in verb.children
        )
    )


def _going_to(verb: Token) -> bool:
    """ "They are going to meet X", "she is going to visit Lima": "be going to" with the verb right after it is the
    future, not a journey made to meet (rule status.going-to)."""
    going = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl")
        and going.lemma_.lower() == "go"
        and going.tag_ == "VBG"
        and verb.i == going.i + 2
        and going.nbor(1).lower_ == "to"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in going.children)
    )


def verb_mention(verb: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = contact_verbs.verb_mode(verb, table)
    if mode is None:
        return None
    support = mode == "phone" and any(
        c.dep_ in ("advcl", "xcomp") and all(_support_purpose(p) for p in (c, *c.conjuncts)) for c in verb.children
    )
    if mode == "phone" and not support and _courtesy_joined(verb):
        fired("contact.support-call.joined")  # "telephoned X and conveyed condolences over the earthquake"
        support = True
    if support:
        # a call made only to congratulate or condole: a contact PLOVER codes as support (a visit or a meeting for
        # it is a consultation like any other)
        fired("contact.support-call")
    if contact_habits.habitual(verb):
        return rejected("contact.habit")  # "frequently meets with lawmakers", "officials do not meet"
    if background_verbs.left_undone(verb):
        return rejected("contact.should-have")  # "should have summoned the ambassador": it was not done
    if background_verbs.urged(verb):
        return rejected("contact.urged")  # "the county should talk to the traders": a call for talks
    if background_verbs.wh_slot(verb):
        return rejected("contact.wh-slot")  # "went on to list who X met, where the president visited"
    purpose_of_trip = (verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in TRAVEL_VERBS) or (
        # "took a detour on Wednesday to meet X": the purpose of a done act was done, unless the act plans it
        verb.dep_ == "advcl"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() not in PLANNING_HEADS | REQUEST_HEADS
    )
    if invitation_refused(verb) is not None:
        purpose_of_trip = False  # "turned down invitations to meet X": the invitation's meeting, not a purpose
    going_to = _going_to(verb)
    if going_to:
        fired("status.going-to")  # "are going to meet in Lima next week": a future, not a trip under way
        purpose_of_trip = False
    elif purpose_of_trip:
        fired("status.of-the-trip")  # "went to see X": as done as the going
    mention = Mention(
        trigger=verb, mode=mode, status=status_of(verb.head if purpose_of_trip else verb), support=support
    )
    if going_to and mention.status in (EventStatus.OCCURRED, EventStatus.ONGOING):
        mention.status = EventStatus.PLANNED
    if mention.status is EventStatus.PLANNED and _agreed_over_the_line(verb, mode):
        fired(
            "status.agreed-by-phone"
        )  # "agreed by phone to work together": the call is held, what it agreed is to come
        mention.status = EventStatus.OCCURRED
    lemma = verb.lemma_.lower()
    if lemma == "negotiate" and is_passive(verb):
        subjects = []  # "the deal was negotiated between X and Y": the deal is what they agreed (rule
        # contact.negotiate.between)
    else:
        subjects = _not_the_telling_outlet(verb, parties_of(subjects_of(verb), table, resolver), table)
    if lemma in HOST_VERBS and (attending := attended_occasion(verb)) is not None:
        subjects = parties_of(subjects_of(attending), table, resolver)  # "X attended a dinner hosted by Y": X, a guest
    if _they_taken_for_one(verb, subjects):
        subjects = []  # "when they met behind the chair": the two the sentence names, whom the merging finds
    if background_verbs.to_come_in_a_time_clause(verb) and _pronoun_taken_amiss(subjects, verb, table):
        return rejected("contact.time-clause.named-elsewhere")  # "… have him hear X before he meets Y": who is he?
    objects: list[str] = []
    place: Token | None = None
    # "called the ambassador to the ministry", "summoned the ambassador to the ministry"
    summoned = (lemma == "call" and mode == "meeting") or lemma in SUMMONING_VERBS
    owners = contact_verbs.home_owners(verb, table) if mode == "visit" and lemma in TRAVEL_VERBS else []
    owned = {o.i for o in owners}
    for child in [*verb.children, *_with_on_means(verb, table)]:
        if child.dep_ == "dobj" and (
            lemma in TOPIC_OBJECT_VERBS | contact_verbs.RAISING_VERBS or lemma in ("exchange", "shake", "present")
        ):
            continue  # "discussed the dam", "exchanged views", "presented his credentials": no party
        if child.dep_ == "dobj" and mode == "third-party" and child.lemma_.lower() in CARRIED_MESSAGES:
            continue  # "carried lists and letters between the two sides": what is carried is no party
        if child.dep_ == "dobj" and child.lower_ in LETTER_PRONOUNS and (written := contact_nouns.written_to(verb)):
            fired("party.written-to")  # "wrote to X in June asking to meet him": X, whom the letter asks
            objects += parties_of(written, table, resolver)
            continue
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
            elif lemma in HOST_VERBS and (bodies := _delegation_from_on_verb(child, verb)):
                fired("party.delegation-from-on-verb")  # "received a delegation from the X Parliament": X's
                objects += parties_of(bodies, table, resolver)
            else:
                objects += parties_of([child], table, resolver)
        elif summoned and child.dep_ == "prep" and child.lower_ == "in":
            objects += parties_of([g for g in child.children if g in summons.summoned_in(verb)], table, resolver)
        elif (
            child.dep_ == "agent"
            and (mode in ("meeting", "phone") or (mode == "visit" and lemma == "invite"))
            and is_passive(verb)
            and lemma not in HOST_VERBS
        ):
            # "was warmly embraced by President X in Riga": the one by whom is the other party; "was invited to Quito
            # by President X": X receives the guest
            objects += parties_of([g for g in child.children if g.dep_ == "pobj" and person_like(g)], table, resolver)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to", "between"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if summoned and pobj.lemma_.lower() in summons.SUMMONING_PLACES:
                    continue  # where one was called to, not whom
                if mode == "visit" and any(o.i in owned for o in pobj.subtree):
                    continue  # "went to X's house": X, not the house (added below)
                if (is_place(pobj) or place_in(pobj) is pobj) and child.lower_ == "to" and mode == "visit":
                    place = place or pobj
                    if is_actor_country(pobj, table):
                        objects += parties_of([pobj], table, resolver)
                else:
                    objects += parties_of([pobj], table, resolver)
    if lemma == "meet" and is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
        objects += parties_of(contact_verbs.met_by(verb), table, resolver)  # "met at the foot of the steps by X"
    if lemma in SITTING_VERBS:
        objects += parties_of(contact_spells.sat_facing(verb, table), table, resolver)  # "sat across from X"
    if not objects and lemma in ("speak", "talk", "meet", "confer"):
        objects += parties_of(_with_under_adjunct(verb, table), table, resolver)
    if not objects and lemma in ("speak", "talk", "meet", "confer") and (shared := _object_of_the_next_verb(verb)):
        fired("party.object-of-the-next-verb")  # "met with and briefed X", "has not met and will not meet X"
        objects += parties_of(shared, table, resolver)
    if not objects and lemma == "spend":
        objects += parties_of(contact_spells.with_in_setting(verb, table), table, resolver)  # "on a yacht with X"
    if place is None:
        place = place_of_verb(verb) or place_on_object(verb)
    travelled = travel_told_with(verb, mode)
    if place is None and travelled is not None:
        # "flew to Nairobi on Monday, where she met X"; "returned from Moscow, where he met X"; "flew to Oslo on
        # Monday and held talks with X"
        place = where_travelled(travelled, verb)
        visit_where_travelled(mention)
    if place is None and travelled is None and mode != "phone" and (journey := journey_for(verb)) is not None:
        place = journey[1]
    where = place_of_where_clause(verb) if place is None and travelled is None else None
    if place is None and (arrival := on_arrival(verb)) is not None:
        fired("mode.met-on-arrival")  # "will meet X when he arrives in Israel": a visit, there
        place = arrival
        mention.mode = "visit"
    if place is None and travelled is None and where is None and mode != "phone":
        place = place_in_own_clause(verb)
    if objects and (leaders := _leaders_of_those_met(verb, table)):
        fired("party.led-by-on-the-verb")  # "met leaders of the federation, headed by X", "headed" hung on "met"
        objects += [p for p in parties_of(leaders, table, resolver) if p not in objects]
    if mode == "visit":
        objects += parties_of(_purpose_partners(verb, table) + _inviters(verb, table), table, resolver)
        objects += [p for p in parties_of(owners, table, resolver) if p not in objects]
    if mode == "third-party":
        # the go-between acts (with its state: party.national-group); the sides are the recipients
        mention.add(mention.actor, subjects)
        ends = contact_verbs.between(verb)
        sides = sides_of_rooms(ends)
        mention.add(
            mention.recipient,
            parties_of(sides, table, resolver) + _states_of_sides(list(dict.fromkeys([*ends, *sides])), table),
        )
    elif lemma == "call" and mode == "visit":
        mention.add(mention.actor, subjects)  # "X called on Y": X visits Y
        mention.add(mention.recipient, parties_of(contact_verbs.calls_on(verb, table), table, resolver))
    elif lemma == "visit" and is_passive(verb) and (visitors := contact_verbs.by_someone(verb)):
        fired("contact.visit.passive-by")  # "X was visited in prison by Y": Y visits X
        mention.add(mention.actor, parties_of(visitors, table, resolver))
        mention.add(mention.recipient, [p for p in subjects + objects if p not in mention.actor])
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
    if not mention.pronoun_pair and (body := shared_body_meeting(verb)) is not None:
        # "a joint committee that would meet in Aflao", "the commission met": whose, the merging finds
        alone = (actor := table.actor_at(body)) is None or mention.participants == [actor.id]
        if alone:
            fired("party.shared-body-meets")
            mention.shared_body = True
    if not mention.participants and not mention.pronoun_pair and not mention.shared_body:
        return rejected("party.none")  # "the ability to visit relatives": no one named meets anyone
    met = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    if met and all(no_one_in_particular(t) for t in met if t.dep_ in ("dobj", "dative", "pobj")):
        return rejected("contact.habit.everyone")  # "will meet with any candidate who asks"
    if mode == "visit" and _only_states(mention.recipient, table):
        if inviters := _of_states(_inviter_hosts(verb, mention, table, resolver), mention.recipient, table):
            # "the governor invited the mayor to visit Kumasi": the governor receives him; "X invited Y to visit
            # Norway": X receives Y in Norway, the state visited staying a party (rule party.inviter-hosts-state)
            fired("party.inviter-hosts-state" if mention.recipient else "party.inviter-hosts")
            mention.add(mention.recipient, inviters)
    if not mention.recipient and place is not None and host_state_takes_part(mention, place, table):
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
    add_broker(mention, verb, table, resolver)
    mention.topics = topics_of(verb)
    mention.date_text = date_text_of(verb) or (date_text_of(travelled) if travelled is not None else None)
    if mention.date_text is None and where is not None and place is where:
        mention.date_text = date_text_of(clause_of(where))  # "On Friday he was in Nairobi, where he met X"
    if mention.date_text is None and mention.mode == "visit" and place is not None and place.head.dep_ == "prep":
        mention.date_text = date_text_of(place.head.head)  # "when he arrives in Israel later this month"
    if mention.date_text is None and (when := background_verbs.told_on_a_date(verb)) is not None:
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
    errand = mode == "third-party" and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
    if mention.date_text is None and errand:
        mention.date_text = date_text_of(verb.head)  # "travelled between X and Y last week, carrying messages …"
        if mention.date_text:
            fired("date.from-the-journey")
    purpose = verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if purpose and verb.head.pos_ in ("VERB", "AUX"):
        if mention.date_text is None:
            mention.date_text = date_text_of(verb.head)  # "took a detour on Wednesday to meet X": met on Wednesday
            if mention.date_text:
                fired("date.from-purpose")
        if mention.place is None and verb.head.lemma_ == "be" and (there := place_of_verb(verb.head)) is not None:
            fired("place.from-purpose")  # "will be in Nairobi on Friday to meet X": met there
            mention.place = there
    if mention.place is None and mode != "phone" and (there := _where_being(verb)) is not None:
        fired("place.being-there")  # "was in Tallinn on Wednesday, meeting with X": met there
        mention.place = there
        if mention.date_text is None and (when := date_text_of(verb.head)) is not None:
            fired("date.being-there")  # and then
            mention.date_text = when
    if _time_clause_ahead(verb):
        # "Obama will endorse Clinton on Thursday after the president meets with Sanders": English tells what is to
        # come in a time clause in the present; the main clause dates it
        mention.status = EventStatus.PLANNED
        mention.date_text = mention.date_text or date_text_of(verb.head)
    return mention


def _delegation_from_on_verb(group: Token, verb: Token) -> list[Token]:
    """ "received a high-level delegation from the X Parliament at her office": the body a received delegation,
    mission or team comes from, when the parse hung its "from" phrase on the verb right after the group; the
    delegation is that body's, as "a delegation from X" read whole is (rule party.delegation-from-on-verb). Only
    a group noun: "received a letter from X" tells where the letter came from; and a body, not a place ("a
    delegation from Lohja" acts for the town's state, read as before)."""
    if group.lemma_.lower() not in LED_GROUPS:
        return []
    after = group.right_edge.i + 1
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == after]
    pobjs = [g for c in froms for g in c.children if g.dep_ == "pobj"]
    return [
        g
        for g in pobjs
        if g.ent_type_ not in ("GPE", "LOC", "NORP") and not is_place(g) and gazetteer().state_of(g.text) is None
    ]


def _pronoun_taken_amiss(subjects: list[str], verb: Token, table: ActorTable) -> bool:
    """Whether a clause of time's "he" or "she" (a contact to come, rule contact.time-clause-to-come) was taken for
    the wrong one (rule contact.time-clause.named-elsewhere): for someone of the other gender, or for someone its
    sentence does not name while it names before the pronoun a person it may stand for ("Washington relies on Kral
    … to have him hear from Ortiz before he meets X": he is Kral, not the man who spoke a sentence before). A
    pronoun for someone named in an earlier sentence is the ordinary case ("She said she would raise it when she
    meets X"), and what a clause opened by "after", "when" or "as" kept before this rule (contact.pronoun-clause)
    stays kept."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in PRONOUN_GENDER), None)
    if pronoun is None or background_verbs.pronoun_clause_contact(verb):
        return False  # "they", or "I" in a quotation (its speaker, told beside it)
    told = PRONOUN_GENDER[pronoun.lower_]
    taken = [a for s in subjects if (a := table.get(s)) is not None and a.kind is ActorKind.PERSON]
    if any(gender_of(a) not in (None, told) for a in taken):
        return True
    named = {a.id: a for t in verb.sent if t.i < pronoun.i and t.pos_ != "PRON" and (a := table.actor_at(t))}
    if any(s in named for s in subjects):
        return False
    return any(a.kind is ActorKind.PERSON and gender_of(a) in (None, told) for a in named.values())


def _not_the_telling_outlet(verb: Token, subjects: list[str], table: ActorTable) -> list[str]:
    """A contact verb with no subject of its own takes that of the verb it hangs on, and a news outlet there is the
    one that tells of the contact ("The daily Harbour Star reported that a vice-chairman … had met X", parsed with no
    subject for "met"), not a side of it (rule party.outlet-tells)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return subjects
    kept = [s for s in subjects if (a := table.get(s)) is None or a.kind is not ActorKind.OUTLET]
    if len(kept) < len(subjects):
        fired("party.outlet-tells")
    return kept


def _states_of_sides(sides: list[Token], table: ActorTable) -> list[str]:
    """ "relayed messages between the Iranian and US sides", "carried messages between the Iranian leadership and
    Baghdad": a go-between's side named by a nationality is that state (rule party.side-of-a-nationality)."""
    out = [
        table.country(code, mention=said).id
        for side in sides
        for end in (side, *side.conjuncts)
        if end.lemma_.lower() in SIDE_NOUNS or _rooms_of_a_side(end)
        for code, said in nationalities(end).items()
    ]
    if out:
        fired("party.side-of-a-nationality")
    return out


def _rooms_of_a_side(end: Token) -> bool:
    """ "the Serbian and Albanian delegation rooms": premises named by a side noun before them, whose nationalities
    are those of the sides that keep them."""
    return any(k.dep_ == "compound" and k.lemma_.lower() in SIDE_NOUNS for k in room_keepers(end))


def _where_being(verb: Token) -> Token | None:
    """ "X was in Tallinn on Wednesday, meeting with Y", "X is in Oslo this week, holding talks with Y": a contact told
    by a participle hung on a "be" of being somewhere took place there (rule place.being-there)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_ != "be":
        return None
    return place_of_verb(verb.head)


TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "once", "until"})
"""Words opening a time clause whose contact the main clause may put ahead: "after the president meets X"."""
EXPECTING_HEADS = frozenset({"expect", "due", "schedule", "set", "plan", "intend"})
"""Heads whose infinitive is what is to come: "was expected to raise it when he met X"."""


def _time_clause_ahead(verb: Token) -> bool:
    """A contact in an after/before/when clause still to come: one told in the present ("will endorse her after the
    president meets X", rule status.time-clause-ahead), or one told in the past under a main clause told as to come
    from a past viewpoint ("said he would raise it when he met X later on Friday", "was expected to raise it when he
    met X", rule status.time-clause-backshifted); "said when he met X that …" tells a meeting held."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if verb.dep_ != "advcl" or not marks & TIME_CLAUSE_MARKS or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        fired("status.time-clause-ahead")
        return True
    # "will be their first meeting after they last met in May": under "will" a past tense is the past itself
    if verb.tag_ == "VBD" and _told_as_to_come(verb.head) and not any(c.lower_ == "last" for c in verb.children):
        fired("status.time-clause-backshifted")
        return True
    return False


def _told_as_to_come(clause: Token) -> bool:
    """Whether a main clause is told as still to come from a past viewpoint: under "would" (not "would have"; under
    "will" a past tense in its time clause is the past itself), or an infinitive of what was expected or set ("was
    expected to raise"); a later conjunct shares the first one's auxiliary ("would fly to Oslo and raise it"), and a
    clause the parse hangs the time clause on inside such a clause shares its time ("would discuss how they could
    work together when he met X")."""
    while clause.dep_ == "conj" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & FUTURE_AUX:
        return "would" in auxes and not auxes & PERFECT_AUX  # the future seen from the past: "said he would"
    if clause.dep_ == "ccomp" and auxes <= {"could", "can", "might", "may"} and clause.head.pos_ == "VERB":
        return _told_as_to_come(clause.head)  # "would discuss how they could work together when he met X"
    return clause.dep_ == "xcomp" and "to" in auxes and mended_lemma(clause.head) in EXPECTING_HEADS


def _grouping_gathers(verb: Token, table: ActorTable) -> bool:
    """ "ECOWAS foreign ministers will meet in Abuja", "the ministers of the Visegrad countries met in Krakow": one
    plural subject naming the officials of a grouping of states, or of many states, that meets with no one else is
    a gathering of them (rule mode.grouping-gathers)."""
    subjects = subjects_of(verb)
    if len(subjects) != 1 or not one_body(verb):
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


def _they_taken_for_one(verb: Token, subjects: list[str]) -> bool:
    """ "Rowe said he had sought Hale's support when they met behind the chair last week": the "they" of a clause
    of time that tells a contact (rule contact.they-in-time-clause) is a pair meeting each other, never the one
    party the pronoun's resolution took it for (a person, or a name the tagger took for a body); the merging finds
    the two."""
    return len(subjects) == 1 and background_verbs.they_met_there_or_then(verb)


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
    of time (npadvmod), or leaves hanging on the verb unlabelled (dep, as a nickname in quote marks after the name
    makes it: "met Prime Minister Ram Bahadur Thapa ‘Badal’"), is what was met (rule party.person-as-adverb)."""
    if child.dep_ not in ("npadvmod", "dep") or child.ent_type_ != "PERSON" or child.i < child.head.i:
        return False
    objects = [c for c in child.head.children if c.dep_ in ("dobj", "dative")]
    listed = _listed_after_object(child, objects)
    if not listed and child.dep_ == "dep" and any(t.text == "," for t in child.doc[child.head.i : child.i]):
        return False  # "spoke with X, according to Press Officer Y": a name past a comma is not whom the verb takes
    # "meet Solomon Islands Prime Minister Jeremiah Manele": the parse made the country the object, the titled
    # name an adverb; the country right before is the title's, the name is whom the verb meets
    qualifier = len(objects) == 1 and objects[0].right_edge.i + 1 == child.left_edge.i and is_place(objects[0])
    if objects and not qualifier and not listed:
        return False
    fired("party.person-as-adverb")
    return True


def _listed_after_object(child: Token, objects: list[Token]) -> bool:
    """ "telephoned King Omar of Saudi Arabia, Israeli Prime Minister Dov Levi and …": a name right after an object
    and its comma, which the parse took for an adverb, with the list going on after it (a name joined to it, or
    another object), is the next one of a list of those the verb takes (rule party.person-as-adverb)."""
    before = [o for o in objects if o.i < child.i]
    if not before or before[-1].right_edge.i + 2 != child.left_edge.i or child.doc[child.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "conj" for c in child.children) or any(o.i > child.i for o in objects)


def _with_on_means(verb: Token, table: ActorTable) -> list[Token]:
    """ "communicated by phone with the transport minister": the "with" the parse hung on the means phrase, or on the
    views exchanged ("exchanged views with X")."""
    return (
        [
            g
            for c in verb.children
            if c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS  # "had spoken by telephone": "by" as an agent
            for t in c.children
            for g in t.children
            if g.dep_ == "prep" and g.lower_ == "with"
        ]
        + contact_spells.on_the_phone_with(verb)
        + contact_verbs.views_with(verb)
        + contact_verbs.discussed_with(verb, table)
    )  # "on the phone with X"


def _leaders_of_those_met(verb: Token, table: ActorTable) -> list[Token]:
    """Who leads the group a contact verb's object names, when the parse hung the participle on the verb: "met
    leaders of the fishermen's federation, headed by X" (a "led by" after the object, the verb's own object before
    it)."""
    last_object = max((c.i for c in verb.children if c.dep_ == "dobj"), default=None)
    return [
        g
        for c in verb.children
        if c.dep_ == "advcl" and c.lemma_.lower() in LEADING_VERBS and last_object is not None and c.i > last_object
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj" and (table.actor_at(g) is not None or person_like(g))
    ]


def _object_of_the_next_verb(verb: Token) -> list[Token]:
    """ "met with and gave information to X", "has not met and will not meet X": a contact verb left with no object
    of its own, its "with" stranded or its lemma said again after "and", "or" or "nor", shares the object of the verb
    joined to it (rule party.object-of-the-next-verb). Not "met and agreed to a deal", where "met" needs none."""
    after = [c for c in verb.children if c.i > verb.i]
    joined = next((c for c in after if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if joined is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "or", "nor") for c in after):
        return []
    own = [c for c in after if c.i < joined.i and c.dep_ not in ("cc", "punct", "advmod", "neg")]
    stranded = bool(own) and all(c.dep_ == "prep" and c.lower_ == "with" and not list(c.children) for c in own)
    if not (stranded or (not own and joined.lemma_.lower() == verb.lemma_.lower())):
        return []
    objects = [c for c in joined.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in joined.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "over")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return objects[:1]


def _only_states(recipients: list[str], table: ActorTable) -> bool:
    """No one received as yet but, at most, the states visited ("to visit Norway")."""
    return all((a := table.get(r)) is not None and a.kind is ActorKind.COUNTRY for r in recipients)


def _of_states(inviters: list[str], states: list[str], table: ActorTable) -> list[str]:
    """The inviters who may receive a visit to these states: all when none is named yet, else those of no other
    state ("Sweden's prime minister invited X to visit Finland" does not receive X)."""
    countries = {a.country for s in states if (a := table.get(s)) is not None}
    return [i for i in inviters if not states or (a := table.get(i)) is None or a.country in countries | {None}]


def _inviter_hosts(verb: Token, mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who invited the visitor to come: the subject of "invite" above "to visit", not already a party."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "invite":
        return []
    return [p for p in parties_of(subjects_of(verb.head), table, resolver) if p not in mention.participants]


def _inviters(verb: Token, table: ActorTable) -> list[Token]:
    """Who invited a visit, or hosts the visitor as a guest, and who sent the invitation it is made on."""
    return invited_by(verb, table) + _invitation_senders(verb, table)


def _invitation_senders(verb: Token, table: ActorTable) -> list[Token]:
    """Who sent the invitation a visit is made on (rule party.invitation-from): "accepted the governor's invitation
    to visit Turnhout", "accepted an invitation from Rune Halvorsen to visit Kirkenes"; the sender receives the
    visitor, as the one who invited him does ("X invited Y to visit", rule party.inviter-hosts)."""
    invitation = _invitation_of(verb)
    if invitation is None:
        return []
    senders = [c for c in invitation.children if c.dep_ == "poss"]
    senders += [
        g
        for c in invitation.children
        if c.dep_ == "prep" and c.lower_ in INVITATION_SENDERS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found = [t for t in senders if table.actor_at(t) or person_like(t)]
    if found:
        fired("party.invitation-from")
    return found


def _invitation_of(verb: Token) -> Token | None:
    """The invitation a visiting verb's infinitive hangs on ("an invitation to visit Oslo"), or that the verb it
    hangs on took ("accepted an invitation from X, to visit Oslo", parsed with the infinitive on "accepted")."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "invitation":
        return verb.head
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in INVITEE_VERBS:
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"), None)
    return None
