"""Mentions told by a contact noun that the sentence treats as a happening ("held talks with X", "Bonn's
visit", "a visit by X to Moscow", "no such meeting took place"): the noun's parties, status, place and date."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import ActorKind, EventStatus
from . import attended_gatherings, contact_habits, contact_nouns, contact_verbs, implicit_sides
from .actor_table import ActorTable
from .actor_words import place_name
from .circumstances import (
    TOPIC_PREPS,
    characterized,
    date_moved_to,
    date_text_of,
    degree_denied,
    gatherings_own_clauses,
    held_as,
    schedule_of,
    status_of,
    topics_of,
)
from .contact_words import (
    BACKGROUND_PREPS,
    BROKERING_PARTICIPLES,
    CARRIER_NOUNS,
    DEMANDING_VERBS,
    DENIAL_HEADS,
    HAPPENING_VERBS,
    HOLDING_VERBS,
    KIN_NOUNS,
    LED_GROUPS,
    MESSAGE_VERBS,
    MET_OVER_NOUNS,
    OCCURRING_VERBS,
    PHONE_WORDS,
    PLANNING_HEADS,
    RECALLING_VERBS,
    REQUEST_VERBS,
    SENDING_VERBS,
    STEADY_WORDS,
    SUPPORT_PURPOSES,
    TELLING_VERBS,
    TOPIC_OBJECT_VERBS,
    TRAVEL_VERBS,
    VOICE_TITLES,
    WANTING_VERBS,
)
from .grammar import not_or_never, takes_to
from .lexicon import QUESTIONING_VERBS, SPEECH_VERBS, TITLE_NOUNS, mended_lemma
from .mentions import (
    Mention,
    add_broker,
    host_state_takes_part,
    is_multilateral,
    no_one_in_particular,
    travel_told_with,
    visit_where_travelled,
)
from .parties import an_unnamed_individual, host_state, is_name, parties_of, person_like, subjects_of
from .person_words import RELATIVE_NOUNS
from .places import (
    destination,
    finer_place,
    is_place,
    journey_for,
    place_in,
    place_in_joined_clause,
    place_of,
    place_of_verb,
    place_of_where_clause,
    place_within,
    where_travelled,
)
from .speakers import SpeakerResolver
from .trace import fired, rejected
from .trip_legs import earlier_leg
from .visit_inviters import invited_to_the_visit

UPCOMING_DATE = re.compile(r"(?i)\b(next|coming|upcoming|later)\b")
"""A date no telling can have happened on: it dates the contact told of."""


def _preposition_of(noun: Token) -> Token | None:
    """The preposition a contact noun's phrase is the object of: "after talks", "in two rounds of talks"."""
    phrase = noun.head.head if contact_nouns.counted(noun) else noun
    return phrase.head if phrase.dep_ == "pobj" else None


def _after_a_done_act(noun: Token, governor: Token | None) -> bool:
    """ "after talks with X" on a verb in the past: the talks came first, so they took place, whatever the verb
    planned ("agreed to revive the commission")."""
    prep = _preposition_of(noun)
    return (
        governor is not None and prep is not None and prep.lower_ in ("after", "following") and governor.tag_ == "VBD"
    )


PLAN_SETTING_PREPS = frozenset({"in", "at", "by", "over"})
"""Prepositions of the setting or means a plan was made in: "agreed in a phone call", "set in motion by a call"."""
DONE_AUXES = frozenset({"was", "were", "had", "has", "have", "been", "'ve"})
"""Auxiliaries of a verb told as done: "had been prepared", "was set in motion"."""


def _plan_made_in(noun: Token) -> bool:
    """ "agreed on the meeting in a telephone call on Friday", "the visit had been prepared in a call last week",
    "the thaw was set in motion by a call", "the summit, prepared in calls between them": a contact told as the
    setting or means of a plan made in the past was held; what the verb plans is something else (rule
    status.plan-made-in-it). Not a contact the plan is still to make ("will agree in a call next week"), nor one
    inside the plan ("agreed to raise it in talks")."""
    prep = _preposition_of(noun)
    if prep is None or prep.lower_ not in PLAN_SETTING_PREPS or prep.dep_ not in ("prep", "agent"):
        return False
    governor = prep.head  # "set in motion by a call": the passive's agent hangs on the verb
    if governor.dep_ == "nsubj" and prep.i > governor.i:
        governor = governor.head  # "X in a meeting with Y promised …": the parser hung the phrase on the speaker
    if governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head  # "agreed on the meeting in a call", the call hung on what was agreed
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in PLANNING_HEADS:
        return False
    if governor.tag_ == "VBD":
        return True
    auxes = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    if governor.tag_ == "VBN" and governor.dep_ == "acl" and not auxes:
        return True  # "the summit, prepared in a series of calls": a participle of what was done
    return governor.tag_ == "VBN" and bool(auxes) and auxes <= DONE_AUXES


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


def _between_named(noun: Token) -> bool:
    """ "a day after talks between Ferri and the German chancellor": a "between" phrase whose sides are all someone in
    particular names the contact's sides itself ("between a European leader and X" leaves one to the clause)."""
    sides = contact_nouns.between_sides(noun)
    return len(sides) >= 2 and not any(
        d.dep_ == "det" and d.lower_ in ("a", "an", "any") for s in sides for d in s.children
    )


def _back_from(noun: Token, governor: Token | None) -> bool:
    """ "returned to Lisbon from a three-day visit to Brazil": a trip someone comes back from."""
    return governor is not None and governor.lemma_.lower() in TRAVEL_VERBS and noun.head.lower_ == "from"


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


# --- nouns ------------------------------------------------------------------------------------


def _errand_of_trips(noun: Token, governor: Token) -> Token | None:
    """ "made three trips between Belgrade and Zagreb carrying messages between X and Y", "made round trips between
    Algiers and Rabat, carrying proposals": journeys between two ends told with a participle that carries messages
    are a go-between's errands (rule contact.trips-between), not visits; the participle, whose "between" may name
    the sides themselves."""
    betweens = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    if not betweens:
        return None
    participles = [c for c in (*governor.children, *noun.children) if c.dep_ in ("advcl", "acl", "xcomp")]
    participles += [g for b in betweens for g in b.children if g.dep_ == "pcomp"]  # the parser's "between … carrying"
    return next(
        (
            c
            for c in participles
            if c.tag_ == "VBG"
            and c.i > noun.i
            and c.lemma_.lower() in MESSAGE_VERBS
            and contact_verbs.carries_messages(c, [o for o in c.children if o.dep_ == "dobj"], between_on=(noun,))
        ),
        None,
    )


def noun_mention(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    mode = contact_nouns.noun_mode(noun)
    if mode is None:
        return None
    if noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "PERSON", "GPE", "NORP"):
        if attended_gatherings.attended_by_name(noun):
            fired("contact.summit.attended-by-name")  # "will attend the Tallinn Conference on Digital Policy"
        elif not contact_nouns.bodys_summit(noun):
            return rejected("contact.noun.a-name")  # "the International Conference of Support": a name
        else:
            fired("contact.summit.body-named")  # "at the OSCE Summit in Budapest": a body's summit, written as a name
    if noun.dep_ == "compound":
        if noun.head.lemma_.lower() not in CARRIER_NOUNS:
            return rejected("contact.noun.modifier")  # "talks progress", "a visit ban"
        fired("contact.noun.carrier")
        noun = noun.head  # "a mediation effort between X and Y": the effort carries the contact
    grouping_named: list[Token] = []
    if mode == "meeting" and contact_nouns.meeting_of_a_grouping(noun):
        fired("contact.meeting.of-a-grouping")  # "the ASEAN foreign ministers' meeting in Vientiane": a gathering
        mode = "multilateral"
        grouping_named = contact_nouns.grouping_in_the_name(noun)
    if contact_nouns.gloss_of_a_contact(noun):
        return rejected("contact.noun.gloss-of-a-contact")  # "…, the first conversation between a Western leader and Y"
    head = noun.head
    parties = contact_nouns.noun_parties(noun)
    if grouping_named and not any(t.i == g.i for _, t in parties for g in grouping_named):
        fired("party.grouping-names-meeting")  # "to attend the G20 Foreign Ministers Meeting": the G20 gathers
        parties += [("bloc", g) for g in grouping_named]
    pair = contact_nouns.hyphen_pair(noun, table)
    joint = contact_nouns.joint_body_states(noun)
    if joint:  # the two states meet; the body itself is no side ("the session of the Kenya-Uganda commission")
        parties = [(r, t) for r, t in parties if not t.is_ancestor(joint[0])] + [("state", t) for t in joint]
    if pair:
        fired("party.hyphen-pair")  # "a Modi-Sharif meeting", "the Biden-Xi call": both sides in the name
        named = {t.i for _, t in parties}
        parties += [(role, t) for role, t in zip(("actor", "recipient"), pair, strict=True) if t.i not in named]
    self_told = contact_nouns.self_told(parties, mode) or bool(pair or joint) or contact_nouns.held_in_own_clause(noun)
    if self_told:
        fired("contact.noun.self-told")  # "during Obama's visit to Turkey": the phrase alone tells who and where
    own = contact_nouns.own_visit(parties, mode)  # "during her visit to Peru": kept where background would drop it
    kept_as_own = False  # whether only the visit's own owner and destination kept it from being dropped as background
    # "after talks on Sunday in Accra with X": background, and yet the phrase tells whom with, where and when
    set_in = not self_told and noun.dep_ == "pobj" and contact_nouns.set_in_phrase(noun, parties)
    phone_call = mode == "phone" and any(c.lower_ in PHONE_WORDS - {"call"} for c in noun.children)
    backgrounded = noun.dep_ == "pobj" and (head.lower_ in BACKGROUND_PREPS or head.head.lower_ in BACKGROUND_PREPS)
    left = contact_nouns.left_the_talks(noun)  # "walked out of the negotiations": the leaver was a side
    # "the rebels suspended the talks with the government": the one that stops them is a side of them
    stopper = contact_nouns.stopped_the_talks(noun) if left is None else None
    # "X and Y have said they want talks": with no one named after it, the wanting pair are its sides
    wanted = noun.dep_ == "dobj" and noun.head.lemma_.lower() in WANTING_VERBS and not parties
    verb = contact_nouns.governor(noun) or left
    on_trip = contact_nouns.on_a_trip(noun, verb)  # "is on a state visit to Peru"
    leg = earlier_leg(noun, mode, verb)  # "arrived in Lima following a visit to Chile"
    if leg:
        fired("contact.noun.earlier-leg")
    backgrounded = backgrounded and not on_trip and not leg
    circumstance = False  # "X told Y during a phone call": the clause's parties are the call's
    speaking: Token | None = None  # the verb of speaking a meeting is the setting of: "said in a meeting with X"
    met_over = backgrounded and not self_told and _met_over(noun, table)
    set_here = False  # "will brief X at a meeting in Y next week": the clause's tense is the meeting's too
    theirs = False  # "X told Y during their meeting": the clause's sides are the "they" that held it
    grouping: Token | None = None  # "CARICOM leaders at their summit": the grouping's officials that held it
    setting_sides: list[str] = []  # "After 18 hours of talks, X and Y reached a deal": the subject's sides held them
    if backgrounded and not self_told:
        if mode == "multilateral" and contact_nouns.named_gathering(noun):
            fired("contact.summit.named-with-setting")  # "before the ECOWAS summit in Monrovia on June 4"
        elif (
            (phone_call or mode in ("meeting", "visit")) and head.lower_ == "during" and contact_nouns.indefinite(noun)
        ):
            fired("contact.noun.circumstance")  # "during a phone call", "during a meeting in Vienna": first told here
            circumstance = True
        elif (
            (phone_call or mode in ("meeting", "visit"))
            and contact_nouns.first_told_with_setting(noun)
            and _dealt_with(noun)
        ):
            fired("contact.noun.circumstance-set")  # "at a meeting in Addis Ababa next week", "on a visit to Male"
            circumstance = set_here = True
        elif mode in ("meeting", "phone") and _their_own(noun, verb, table, resolver):
            fired("contact.noun.their-circumstance")  # "X handed Y the letter during their meeting on Monday"
            circumstance = theirs = True
            # "during": the clause's time is theirs; "walked out after their talks": they came before it, held
            set_here = head.lower_ == "during" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        elif set_in or met_over:
            if set_in:
                fired("contact.noun.set-in-phrase")
            if met_over:
                fired("contact.noun.circumstance-with")  # "At a breakfast with the Texas delegation, Cruz said …"
                circumstance = set_here = True
        elif own:
            kept_as_own = True
        elif mode in ("multilateral", "meeting") and (grouping := contact_nouns.grouping_holds_their(noun)):
            fired("contact.summit.grouping-theirs")  # "CARICOM leaders at their summit in Basseterre last month"
            mode = "multilateral"
        elif mode in ("meeting", "phone") and (setting_sides := _sides_of_the_clause(noun, parties, table, resolver)):
            fired("contact.noun.their-setting")  # "X and Y said … following a meeting on Thursday"
        else:
            return rejected("contact.noun.background")  # "after the talks", "ahead of the meeting"
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and (speaking := _speech_verb_of(head)) is not None
        and (phone_call or mode in ("meeting", "phone"))
        and contact_nouns.indefinite(noun)
        and not self_told
        and _someone_met(noun, speaking)
    ):
        fired("contact.noun.said-in")  # "told X in a phone call that …", "said in a meeting with X": they spoke
        if speaking is not head.head:
            fired("contact.noun.in-phrase-on-speaker")
        circumstance = True
    elif (deed := _done_in_talks_with(noun, mode)) is not None and not self_told:
        fired("contact.noun.in-talks-on-object")  # "confirmed the agenda in talks with X": the confirming was in them
        circumstance, speaking = True, deed
    carrier = head.head if contact_nouns.counted(noun) else None
    if carrier is not None and carrier.dep_ == "pobj" and carrier.head.lower_ in BACKGROUND_PREPS and not self_told:
        if set_in:
            fired("contact.noun.set-in-phrase")  # "after two days of talks here between X and Y"
        elif own:
            kept_as_own = True  # "on the second day of her visit to Peru"
        elif mode in ("meeting", "phone") and (setting_sides := _sides_of_the_clause(noun, parties, table, resolver)):
            fired("contact.noun.their-setting")  # "After 18 hours of negotiations, X and Y reached a deal"
        else:
            return rejected("contact.noun.background")  # "after weeks of talks", "on the second day of the visit"
    if (
        not phone_call
        and speaking is None
        and noun.dep_ == "pobj"
        and head.lower_ in ("for", "of", "on", "about", "in")
        and head.head.pos_ == "NOUN"
        and head.head.lower_ not in ("reports", "report", "preparations", "preparation", "news", "details", "detail")
        and not contact_nouns.counted(noun)
        and not self_told
        and not contact_nouns.gathering_on_sidelines(noun, mode)
        and not (mode == "multilateral" and contact_nouns.named_gathering(noun))
    ):
        if not own:
            return rejected("contact.noun.of-another-noun")  # "a call for talks", "the issue of talks"
        kept_as_own = True  # "the results of his visit to Chile"
    if kept_as_own:
        fired("contact.noun.own-visit")  # "during her visit to Peru", "the queen's visit to Dublin last year"
        self_told = True
    retold = mode != "visit"  # "it was his first visit to Kenya" says what the contact told was: a visit
    if noun.dep_ == "attr" and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and ((retold and c.lower_ in ("it", "this")) or contact_nouns.noun_mode(c) is not None)
        for c in head.children
    ):
        # "Tuesday's call was his first conversation with Kang", "It was the first Korea-Japan summit since …"
        return rejected("contact.noun.said-of-a-contact")
    governor = verb
    if circumstance and speaking is not None:
        governor = speaking  # "X in a meeting with Y promised …": the verb the speaker spoke with, not the speaker
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
    if contact_nouns.stalled_since(noun):
        return rejected("contact.noun.stalled-since")  # "talks have been stalled since 1996": no round held
    if contact_nouns.discussed_in_headline(noun):
        return rejected("contact.noun.headline-discussed")  # "Lind, Moss Discuss Upcoming Summit"
    if phone_call and governor is not None and governor.pos_ == "NOUN":
        governor = contact_nouns.verb_above(governor)  # "discussed the war in a phone call": the call is the discussing
    support = phone_call and governor is not None and governor.lemma_.lower() in SUPPORT_PURPOSES | {"voice"}
    if support:
        fired("contact.support-call")  # "voiced his support in a phone call"
    if (
        parties
        and all(no_one_in_particular(t) for role, t in parties if role == "recipient")
        and any(role == "recipient" for role, _ in parties)
    ):
        return rejected("contact.habit.everyone")  # "maintains contacts with all its neighbours"
    if _steady_contact(noun):
        return rejected("contact.habit.steady-contact")  # "is in regular contact with the Iranian authorities"
    if contact_habits.held_as_a_habit(noun, governor):
        return rejected("contact.habit.held")  # "regularly holds meetings with union leaders"
    determiner = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
    such = any(c.lower_ == "such" for c in noun.children)  # "no such meeting took place"
    if determiner == "any" and not such and not _whether_any_was_held(noun, governor):
        return rejected("contact.noun.any")  # "ready to host any meeting that helps", "attended any meeting with X"
    definite = (determiner in ("the", "this", "that", "these", "those", "such") or such) and not parties
    if determiner == "no" and not parties and _there_was(noun):
        fired("status.there-was-none")  # "“There was no meeting,” Osei said": the contact told before is denied
        definite = True
    anchors = HOLDING_VERBS | TELLING_VERBS | PLANNING_HEADS | DENIAL_HEADS
    anchored = (
        bool(parties)
        or phone_call
        or asked_own
        or left is not None
        or (governor is not None and governor.lemma_.lower() in anchors and not contact_nouns.disposition(governor))
        or (governor is not None and contact_nouns.there_for(noun, governor) is not None)
        or on_trip
        or leg
        or (
            noun.dep_ in ("nsubj", "nsubjpass")
            and head.lemma_.lower() in HAPPENING_VERBS
            and any(c.dep_ in ("det", "poss") for c in noun.children)  # "the talks began", not "dialogue is good"
        )
        or definite
        or theirs
        or grouping is not None
        or bool(setting_sides)
    )
    if not anchored:
        return rejected("contact.noun.unanchored")  # "dialogue is the only way": no happening told
    # "asked for a meeting with X" tells no meeting: it asks for one
    telling = governor is not None and governor.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS and not asked_own
    telling = telling or characterized(noun)  # "described the talks as constructive": its own status
    topic = noun.dep_ == "pobj" and head.lower_ in TOPIC_PREPS  # "thoughts on Trump's meeting with X"
    if _source_of_a_denied_act(noun, head, governor):
        topic = True
    # "the trip was agreed during a phone call between X and Y": a contact told as a circumstance keeps its own
    # status; the agreeing is not the call's
    held_then = governor is not None and not telling and not topic and (set_here or not backgrounded)
    status_token = governor if held_then else noun
    mention = Mention(
        trigger=noun, mode=mode, status=status_of(status_token, noun=noun), definite=definite, support=support
    )
    if _after_a_done_act(noun, governor) and mention.status is EventStatus.PLANNED:
        fired("status.before-a-done-act")  # "agreed on Friday to revive the commission, after talks here with X"
        mention.status = EventStatus.OCCURRED
    if _plan_made_in(noun) and mention.status is EventStatus.PLANNED:
        fired("status.plan-made-in-it")  # "agreed on the visit in a telephone call last Thursday": the call was held
        mention.status = EventStatus.OCCURRED
    if set_here and governor is not None and governor.tag_ == "VBD" and mention.status is EventStatus.PLANNED:
        # "During talks in Accra in May, X agreed with Y to cut tariffs": the talks the agreeing was done at took
        # place; what "agreed" plans is the cutting, not them
        fired("status.set-in-a-done-act")
        mention.status = EventStatus.OCCURRED
    if asked_own and mention.status is not EventStatus.DENIED:
        fired("status.requested")  # "asked the minister for a meeting": possible, not arranged
        mention.status = EventStatus.HYPOTHETICAL
    if self_told and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead":
        fired("status.ahead-of")  # "a gesture ahead of Erdogan's meeting with Trump": still to come
        mention.status = EventStatus.PLANNED
    own_phrases = [
        *noun.children,
        *(c for p in noun.children if p.dep_ == "prep" for g in p.children for c in g.children),
        *gatherings_own_clauses(noun),  # "on the sidelines of the summit to be held in November"
    ]
    held = next((c for c in own_phrases if held_as(c, noun)), None)
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
    said_none = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if said_none and degree_denied(noun):
        fired("status.degree-negated")  # "there were no detailed talks": talks there were
    elif said_none and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in ("further", "more", "other", "new") for c in noun.children
    ):
        return rejected("contact.noun.none-further")  # "no further meetings were planned": no contact told
    elif said_none:
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
        elif role == "bloc":
            # "an ECOWAS meeting": the tagger may leave the bloc's name untagged, and so no actor yet
            span = token.doc[token.i : token.i + 1]
            # nor a state the parse hung on it ("the Russia-ASEAN summit" read as one name): the bloc is its own side
            found = parties_of([token], table, resolver)
            own = [p for p in found if (a := table.get(p)) is not None and a.kind is not ActorKind.COUNTRY]
            actors += own or [table.add(ActorKind.ORGANIZATION, token.text, mention=span).id]
        elif role == "actor":
            actors += parties_of([token], table, resolver)
        else:
            others += parties_of([token], table, resolver)
    if kept_as_own and contact_nouns.titled_owner(parties) and not _a_named_visitor(actors, table):
        return rejected("contact.noun.own-visit-unnamed")  # "on the king's visit to Lima", no king named
    attendees = []
    for attendee in contact_nouns.gathering_attendees(noun) if mode == "multilateral" else []:
        if not contact_nouns.looks_on(attendee, found := parties_of([attendee], table, resolver), table):
            attendees += [p for p in found if p not in attendees]
    if attendees:
        fired("party.attends-gathering")  # "returned from the ASEAN ministers' meeting": she was there
        actors = attendees + actors
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
    elif governor is not None and on_trip:
        fired("contact.noun.on-a-trip")  # "is on a three-day visit to Peru", "is in Tokyo on an official visit"
        place = place or contact_nouns.where_one_is(governor)
        actors = parties_of(subjects_of(governor), table, resolver) + actors
        if mention.status is EventStatus.OCCURRED and governor.tag_ in ("VBZ", "VBP"):
            mention.status = EventStatus.ONGOING
    elif governor is not None and contact_nouns.in_state(noun, governor):
        fired("party.in-talks-with")
        actors = parties_of(subjects_of(governor), table, resolver) + actors  # "X is in talks with Y"
        if mention.status is EventStatus.OCCURRED:
            fired("status.in-talks")
            mention.status = EventStatus.ONGOING
    elif (
        governor is not None
        and noun.dep_ in ("dobj", "pobj", "oprd")
        and (
            governor.lemma_.lower() in HOLDING_VERBS
            or asked_own
            or (left is not None and governor.i == left.i)
            or (stopper is not None and governor.i == stopper.i)
            or (wanted and governor.i == noun.head.i)
            or _returned_call(noun, governor, mention.mode, table)
        )
        and not contact_nouns.disposition(governor)
        and not pair  # "officials are preparing for a Modi-Sharif meeting": the name tells its sides
    ):
        # "X held talks": the subject of a holding verb takes part; "X asked Y for a meeting": so does the asker
        fired(
            "party.asker"
            if asked_own
            else "party.left-the-talks"
            if left is not None
            else "party.stopped-the-talks"
            if stopper is not None and governor.i == stopper.i
            else "party.wanted-by-the-pair"
            if wanted
            else "party.holder"
        )
        mention.left = left is not None
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
        if governor.lemma_.lower() in BROKERING_PARTICIPLES and between:
            # "Norway hosted talks between X and Y", "she would chair a meeting between the two sides": the host or
            # the chair is a go-between; a chair of a body's own meeting ("chaired a cabinet meeting") names no sides
            fired("mode.hosted-between" if governor.lemma_.lower() == "host" else "mode.chaired-between")
            mode = mention.mode = "third-party"
            actors = holders + actors
        elif governor.lemma_.lower() == "host":
            mention.add(mention.recipient, holders)
        else:
            actors = holders + actors
        if asked_own and (written := contact_nouns.written_to(governor)):
            fired("party.written-to")  # "wrote to the minister asking for a meeting": the minister is asked
            others += parties_of(written, table, resolver)
        if set_here:
            others += parties_of(_dealt_with(noun), table, resolver)  # "at a meeting in Y, will discuss Z with X"
        # "held a meeting on Tuesday with X", "joined X for talks": parties hung on the verb
        # "paid a courtesy call to X", the parse hanging "to X" on "paid"
        hung = ("with", "between", "on", "to") if contact_nouns.paid_call(noun) else ("with", "between")
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in hung:
                # "held talks on Tuesday with X", but not "opened a meeting, with the war in Ukraine on the agenda"
                met = [
                    g
                    for g in map(contact_nouns.partaker, child.children)
                    if g.dep_ == "pobj" and (person_like(g) or table.actor_at(g) or an_unnamed_individual(g))
                ]
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
        if set_here:
            others += parties_of(_dealt_with(noun), table, resolver)  # "reported to X at a meeting in Y"
    if gathering := attended_gatherings.attended_gathering(noun, table):
        others += [p for p in gathering if p not in others]  # "attend the Munich Conference": not with Germany
        mention.mode = "multilateral"
    if mention.mode == "visit" and actors:
        # "X's visit is at the invitation of Y": Y receives X; a visit by no one named is no one's guest
        invited = parties_of(invited_to_the_visit(noun, governor, table), table, resolver)
        others += [p for p in invited if p not in others]
    happening = noun.dep_ in ("nsubj", "nsubjpass") and governor is not None
    if place is None and governor is not None and (happening or governor.lemma_.lower() in HOLDING_VERBS):
        place = place_of_verb(governor)  # "held talks in Geneva", "a meeting could take place in Oman"
    if place is None and governor is not None and happening:
        place = place_in_joined_clause(governor)  # "Talks went ahead today, but this time they were held in Lima"
    if place is None and governor is not None and noun.dep_ == "pobj" and head.lower_ == "for":
        place = destination(governor)  # "sent his counsel to Capitol Hill for a meeting", "flew to Oslo for talks"
        place = finer_place(place, place_within(noun)) if place is not None else None
    if place is None:
        place = place_within(noun)  # "a meeting with Clinton aboard her plane at the Phoenix airport"
    if place is None:
        place = _place_of_holding_clause(noun)
    if place is None and governor is not None and (hosting := _hosting_place(governor)) is not None:
        fired("place.hosting-place")  # "Baghdad has hosted rounds of talks between Iran and Saudi Arabia"
        place = hosting
    if place is None and scheduled:
        place = next((p for c in scheduled for t in c.subtree if (p := _place_set(t)) is not None), None)
        if place is not None:
            fired("place.scheduled")  # "talks due to take place in Bergen in April"
    if not actors and others and governor is not None and not telling and not _between_named(noun):
        # "she has been under fire for a meeting with Clinton"; "talks between A and B" name both sides themselves
        actors = contact_nouns.clause_subject(noun, table, resolver)
        if not actors and (actors := contact_nouns.their_owners(noun, table, resolver)):
            _their_contact_judged(mention, governor)
        # "The announcement was made after a meeting with X": who met X is the one the text is about
        actors = actors or implicit_sides.unsaid_side(noun, others, table, resolver)
    elif not actors and not others and leg and governor is not None:
        actors = parties_of(subjects_of(governor), table, resolver)  # "arrived in Lima following a visit to Chile"
    elif not actors and not others and mention.mode == "visit" and _back_from(noun, governor):
        actors = contact_nouns.clause_subject(noun, table, resolver)  # "returned on Sunday from a visit to Brazil"
        if actors:
            fired("party.back-from-a-visit")
    if grouping is not None and not actors and not others:
        # their own gathering: the grouping by its name ("CARICOM"), or its officials when the name is no body's
        # ("Nordic foreign ministers")
        named = parties_of(contact_nouns.grouping_named_in(grouping), table, resolver)
        actors = named or parties_of([grouping], table, resolver)
    if not actors and not others and setting_sides:
        actors = setting_sides  # held together: no host state besides, and no side apart from the others
        if len(setting_sides) > 2:
            fired("mode.joined-sides-gathered")  # "After 18 hours of talks, X, Y and Z signed": the three met as one
            mention.mode = "multilateral"
    if not actors and not others and (owners := _their_joined_owners(noun, table, resolver)):
        fired("party.their-joined-owner")  # "X and Y said their summit in Lima had been useful": X and Y met
        actors, others = owners[:1], owners[1:]  # held together: no host state besides
    mention.add(mention.actor, actors)
    mention.add(mention.recipient, others)
    add_broker(mention, noun, table, resolver)
    if mention.mode == "visit" and governor is not None and (errand := _errand_of_trips(noun, governor)) is not None:
        fired("contact.trips-between")
        mention.mode = "third-party"
        mention.add(mention.recipient, parties_of(contact_verbs.between(errand), table, resolver))
    if governor is not None and governor.pos_ == "VERB" and mention.mode != "third-party":
        add_broker(mention, governor, table, resolver)  # "held talks on Monday in a meeting chaired by X"
    body_met = mention.mode == "meeting" and any(is_multilateral(table.get(p)) for p in mention.participants)
    if body_met and len(contact_nouns.between_sides(noun)) == 2:
        fired("mode.between-two-sides")  # "a meeting between X and the UN envoy": two sides, one the body's
    elif body_met:
        fired("mode.multilateral-body")
        mention.mode = "multilateral"  # "ministers from the Group of 20 opened a two-day meeting"
    elif mention.mode == "multilateral" and _two_sides(mention.participants, table):
        fired("mode.two-sided-summit")
        mention.mode = "meeting"  # "Trump and Kim held a summit in Singapore": two leaders, a bilateral meeting
    if not mention.recipient and place is not None and host_state_takes_part(mention, place, table):
        fired("party.host-state")
        mention.venue_state = host_state(place, table) or _town_state(mention, place, table)
        mention.add(mention.recipient, mention.venue_state)
    mention.place = place
    mention.topics = topics_of(noun) or (topics_of(governor) if governor is not None else [])
    # "confirmed the trip in a statement on Monday": Monday is when it was told, not when it happened
    governor_date = date_text_of(governor) if governor is not None and not leg else None  # the leg came before
    if governor_date and governor is not None and _recalled_with_its_date(noun, governor, governor_date):
        fired("date.recalled-contact")  # "mentioned his visit to Jamaica in 2009": the visit's year
    elif (telling or asked_own) and governor_date and not UPCOMING_DATE.search(governor_date):
        # "confirmed the trip on Monday", "asked last month for a meeting"; "announced a visit next month" still
        # dates it
        fired("date.told-not-held")
        governor_date = None
    if governor_date and _asked_about(noun, governor):
        fired("date.asked-about")  # "Asked on Wednesday about X's recent meeting with Y": the day of the question
        governor_date = None
    moved = date_moved_to(governor) if governor is not None else None
    mention.date_text = moved or date_text_of(noun) or governor_date
    if mention.date_text is None and grouping is not None and (when := contact_nouns.their_date_on_the_verb(noun)):
        mention.date_text = date_text_of(when)  # "CARICOM leaders at their summit in Basseterre last month agreed"
    if mention.date_text is None and (set_for := next(filter(None, map(date_text_of, scheduled)), None)):
        fired("date.scheduled")  # "the summit, which was due to open in Lusaka on March 3"
        mention.date_text = set_for
    travelled = travel_told_with(governor, mention.mode) if governor is not None else None
    if travelled is not None and not (mention.place and mention.date_text):
        # "travelled to Warsaw on Tuesday, where she held talks with X", "flew to Oslo and held talks with X"
        mention.place = mention.place or where_travelled(travelled, governor)
        mention.date_text = mention.date_text or date_text_of(travelled)
        visit_where_travelled(mention)
    if mention.place is None and mention.mode != "phone" and (journey := _journey_for(noun, governor)) is not None:
        # "will travel to La Paz next Monday to hold a meeting with X": there, and then
        gone, mention.place = journey
        mention.date_text = mention.date_text or date_text_of(gone)
    if governor is not None:
        _from_a_stay(mention, governor)
    if mention.place is None and governor is not None and (where := place_of_where_clause(governor)) is not None:
        fired("place.where-clause")  # "took place in Brussels, where X and Y had their first meeting"
        mention.place = where
    return mention


def _their_contact_judged(mention: Mention, governor: Token) -> None:
    """ "Pacific foreign ministers are defending their meeting with X", "are praising their talks with X": what goes
    on is the defending or the praising, of a contact held (rule status.their-contact-judged); a "their" contact is
    going on only under a verb of taking part in it ("are holding their talks with X", "are continuing their talks
    with X")."""
    if mention.status is EventStatus.ONGOING and governor.lemma_.lower() not in HOLDING_VERBS:
        fired("status.their-contact-judged")
        mention.status = EventStatus.OCCURRED


def _from_a_stay(mention: Mention, verb: Token) -> None:
    """A contact held in the purpose of a stay somewhere ("is in Riga on May 4 to take part in the summit", "will be
    in Lima on Friday to hold talks with X") was held there and then, as a contact verb told so is (rules
    place.from-purpose, date.from-purpose): the stay's place, and its time if the contact has none of its own."""
    stay = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not takes_to(verb) or stay.lemma_ != "be":
        return
    if (where := place_of_verb(stay)) is None:
        return
    if mention.place is None and mention.mode != "phone":
        fired("place.from-purpose")
        mention.place = where
    if mention.date_text is None and (when := date_text_of(stay)) is not None:
        fired("date.from-purpose")
        mention.date_text = when


def _hosting_place(verb: Token) -> Token | None:
    """The place that is the subject of "host": "Doha will host talks between X and Y", "Norway hosted the talks";
    the contact was held there (rule place.hosting-place). A place the gazetteer knows: the tagger may take a
    person's name for a place."""
    if verb.lemma_.lower() != "host":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ == "PERSON" or not is_place(subject):
        return None
    return subject if gazetteer().locate(place_name(subject)) is not None else None  # not "Tveit hosted X"


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


def _steady_contact(noun: Token) -> bool:
    """ "is in regular contact with his Russian colleagues": being in contact kept up over time is a habit, not one
    happening (rule contact.habit.steady-contact); "was in telephone contact with X on Monday night" is one."""
    return noun.lemma_.lower() == "contact" and any(
        c.dep_ == "amod" and c.lower_ in STEADY_WORDS for c in noun.children
    )


def _whether_any_was_held(noun: Token, governor: Token | None) -> bool:
    """ "denied that any meeting took place", "absent was any meeting between X and Y", "did not mention any call": a
    statement about whether a contact happened, which may deny or leave open one told elsewhere; otherwise "any
    meeting" is no meeting in particular (rule contact.noun.any)."""
    if noun.dep_ in ("nsubj", "nsubjpass", "attr") and noun.head.lemma_.lower() in OCCURRING_VERBS:
        return True
    return governor is not None and governor.lemma_.lower() in DENIAL_HEADS | TELLING_VERBS


def _speech_verb_of(prep: Token) -> Token | None:
    """The verb of speaking an "in" phrase tells the setting of: "said in a meeting with X", and "X in a meeting
    with Y promised …", where the parser, with no commas around the phrase, hung it on the speaker (rule
    contact.noun.in-phrase-on-speaker)."""
    verb = prep.head
    if verb.dep_ == "nsubj" and verb.pos_ in ("PROPN", "NOUN") and prep.i > verb.i:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS else None


PART_PLAYED_NOUNS = frozenset({"role", "part", "hand"})
"""Objects of a part played in talks ("played a key role in talks with X", "had a hand in talks with X"): talks the
subject helped along, not ones held with X."""


def _done_in_talks_with(noun: Token, mode: str) -> Token | None:
    """The verb whose object the parser hung "in talks with X" on: "confirmed the bilateral agenda in talks with
    Secretary X", "reviewed the trade deal in talks with her counterpart" (rule contact.noun.in-talks-on-object).
    The talks are where the verb's deed was done, as if hung on the verb; not "his role in talks with X", whose noun
    is no verb's object, nor "played a key role (a part, a hand) in talks with X", a broker's part, nor the talks
    told before, nor talks with no one named or titled."""
    head = noun.head
    if mode != "meeting" or noun.dep_ != "pobj" or head.lower_ != "in":
        return None
    objekt = head.head
    if objekt.pos_ != "NOUN" or objekt.dep_ != "dobj" or objekt.head.pos_ != "VERB":
        return None
    if objekt.lemma_.lower() in PART_PLAYED_NOUNS:
        return None  # "played a key role in talks with X": a broker's part, not the subject's talks with X
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return None  # "in the talks with X": talks told before
    met = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    named = any(t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS | {"counterpart"} for t in met)
    return objekt.head if named else None


def _someone_met(noun: Token, verb: Token) -> bool:
    """A person named or titled whom "in a meeting with …" names, or whom the verb told ("told X in a phone call");
    not an editorial board or reporters (an interview, not a contact)."""
    met = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    met += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS | LED_GROUPS | {"counterpart"} for t in met)


def _their_own(noun: Token, verb: Token | None, table: ActorTable, resolver: SpeakerResolver) -> bool:
    """ "X gave Y the letter during their meeting", "X and Y walked out after their talks on Thursday": "their"
    contact, set by a preposition in a clause that names two or more sides (its subjects and whom the verb is said to
    or done with), is the one those sides held; a clause with one side ("she left after their talks") tells not who
    "they" were."""
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return False
    told = [
        g
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj" and (table.actor_at(g) or person_like(g))
    ]
    sides = parties_of(subjects_of(verb), table, resolver)
    sides += parties_of(contact_verbs.addressed(verb, table) + told, table, resolver)
    return len(set(sides)) >= 2


def _their_joined_owners(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The sides a "their" contact belongs to when the nearest subject before it, of its own clause or of a clause
    it hangs on (the one that reports it), joins two or more sides: "Leaders of Zambia and Malawi said that their
    summit in Lusaka would settle the border", "X of Peru and Y of Chile said their summit had been useful". A
    subject naming one side only ("The unions said their meeting with the minister …") is no pair: none then."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return []
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
        if not subjects:
            continue
        owners = parties_of(subjects, table, resolver)
        return owners if len(set(owners)) >= 2 else []
    return []


def _dealt_with(noun: Token) -> list[Token]:
    """The people named or titled whom the clause around a contact phrase deals with: "reported to the ministers at
    a meeting in Addis Ababa", "on a visit to Tokyo, signed a declaration with Prime Minister X"; none in "spoke at a
    meeting in Geneva", where no one is met."""
    verb = contact_nouns.verb_above(noun)
    if verb is None:
        return []
    met = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    met += [
        g
        for c in (verb, *met)
        for p in c.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("with", "to")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [t for t in met if t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS | {"counterpart"}]


def _met_over(noun: Token, table: ActorTable) -> bool:
    """ "At a breakfast with the Texas delegation, Cruz defended his speech", "spoke to reporters following a
    meeting with House members": a meeting or call first told (indefinite, or a bare plural) in a phrase at,
    during, after or following it that names whom it was with, set on a clause whose subject is a person or a body,
    is the subject's contact with them, at the clause's time (rule contact.noun.circumstance-with). Not one told
    before ("after the meeting with X"), not a conversation or an exchange (as often an interview), and not one
    "before" or "ahead of" the clause, which need not have taken place; calls with a plural of no one named ("During
    calls with investors, X said …") are an earnings call's, no contact."""
    if noun.lower_ not in MET_OVER_NOUNS or noun.head.lower_ not in ("at", "during", "after", "following"):
        return False
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if not (contact_nouns.indefinite(noun) or bare_plural or _the_one_set_here(noun)):
        return False
    plural_met = noun.lemma_.lower() != "call"  # "after a meeting with House members", not "calls with investors"
    met = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and (person_like(g) or table.actor_at(g) is not None or (plural_met and g.tag_ == "NNS"))
    ]
    verb = contact_nouns.governor(noun)
    subjects = subjects_of(verb) if met and verb is not None and verb.pos_ in ("VERB", "AUX") else []
    return any(
        person_like(s) or table.actor_at(s) is not None or s.lower_ in ("he", "she", "they", "we", "i")
        for s in subjects
    )


def _the_one_set_here(noun: Token) -> bool:
    """ "At the meeting with X on February 6 in Astana, Y stressed …": a definite contact noun that gives its own
    day or place as well as whom it was with is told here, not retold ("after the meeting with X" may retell one);
    a retelling with the same sides merges into the contact told before (rule contact.noun.definite-set-here)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or not contact_nouns.has_own_setting(noun):
        return False
    fired("contact.noun.definite-set-here")
    return True


FIRST_TOLD_PREPS = frozenset({"after", "following"})
"""Prepositions of a contact that came before the clause it sets: "after two days of talks, X and Y signed …"."""
SIDE_KINDS = frozenset({ActorKind.PERSON, ActorKind.COUNTRY})
"""Kinds of actor a clause's joined subject names as the sides of the contact before it."""
JOINT_ACTS = frozenset(
    """
    adopt agree announce approve conclude declare endorse establish finalise finalize initial issue launch pledge
    reach restore resume seal settle sign strike unveil vow
    """.split()
)
"""Acts a joined subject does together, as the outcome of the talks before them: "after talks, X and Y signed an
accord", "agreed to set up", "reached a deal", "issued a joint statement", "restored relations"."""
JOINT_REPORTS = frozenset({"say", "state", "stress", "tell"})
"""Verbs by which a joined subject reports, together, what came of the talks ("X and Y said after a meeting …")."""
TIED_NOUNS = (
    KIN_NOUNS
    | RELATIVE_NOUNS
    | VOICE_TITLES
    | {"assistant", "bodyguard", "chief", "deputy", "interpreter", "translator"}
)
"""Kin and aide nouns that, with a possessor ("her husband X", "his deputy Y"), make a side the other's own person,
who came along rather than met the other."""


def _sides_of_the_clause(
    noun: Token, parties: list[tuple[str, Token]], table: ActorTable, resolver: SpeakerResolver
) -> list[str]:
    """ "After 18 hours of negotiations, X and his counterpart Y reached a deal", "X and Y said they will set up a
    council following a meeting on Thursday": a contact first told (indefinite, a bare plural, or counted) after or
    following which a clause whose subject joins two or more people or states acted was theirs (rule
    contact.noun.their-setting); the sides, or none. Only when the clause's verb is an act they do together ("signed",
    "agreed", "reached", "announced": ``JOINT_ACTS``) or a report of both ("said"): not "after talks, X and Y flew
    home"; not one side tied to the other as kin or aide ("X and her husband Y", "X and his deputy Y"). Not "after
    the talks, X flew home" (told before, one subject), not a contact with a side of its own ("after a meeting with
    Z": contact.noun.circumstance-with); a "they" takes the joined subject of the clause that reports it."""
    if any(role in ("actor", "recipient") for role, _ in parties):
        return []
    counted = contact_nouns.counted(noun)
    phrase = noun.head.head if counted else noun
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in FIRST_TOLD_PREPS:
        return []
    if not (counted or bare_plural or contact_nouns.indefinite(noun)):
        return []
    for verb in phrase.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [s for s in subjects_of(verb) if not s.left_edge.i <= noun.i <= s.right_edge.i]
        if not subjects:
            continue
        if all(s.lower_ in ("they", "we") for s in subjects):
            continue  # "X and Y said they will …": the reporting clause names them
        if not any(s.conjuncts for s in subjects) or not _done_together(verb):
            return []
        if any(_tied_to_another(side) for s in subjects for side in (s, *s.conjuncts)):
            return []
        sides = list(dict.fromkeys(parties_of(subjects, table, resolver)))
        kinds = [a.kind for p in sides if (a := table.get(p)) is not None]
        return sides if len(sides) >= 2 and all(k in SIDE_KINDS for k in kinds) else []
    return []


def _done_together(verb: Token) -> bool:
    """Whether a joined subject's verb, or a verb it is the infinitive of ("agreed to set up"), is an act its sides
    do together (``JOINT_ACTS``) or a report of both (``JOINT_REPORTS``)."""
    node = verb
    while node.lemma_.lower() not in JOINT_ACTS | JOINT_REPORTS:
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return True


def _tied_to_another(side: Token) -> bool:
    """Whether a side of a joined subject is told as another's kin or aide: "her husband Pablo" (the noun itself),
    "her deputy Pablo Ortiz" (a compound or apposition of the name), with a possessor of its own."""
    nouns = [side, *(c for c in side.children if c.dep_ in ("compound", "appos"))]
    return any(c.dep_ == "poss" for c in side.children) and any(n.lemma_.lower() in TIED_NOUNS for n in nouns)


def _two_sides(parties: list[str], table: ActorTable) -> bool:
    """Exactly two parties, each one person or one state, none a body of many."""
    actors = [table.get(p) for p in parties]
    return len(actors) == 2 and all(
        a is not None and a.kind in (ActorKind.PERSON, ActorKind.COUNTRY) and not is_multilateral(a) for a in actors
    )


def _journey_for(noun: Token, governor: Token | None) -> tuple[Token, Token] | None:
    """The journey a contact noun, or the verb that holds it ("to hold talks"), was the purpose of."""
    return journey_for(noun) or (journey_for(governor) if governor is not None else None)


def _asked_about(noun: Token, governor: Token | None) -> bool:
    """Whether the contact is what a question was about ("Asked on Wednesday about the minister's meeting with X",
    "pressed him about the call"): the question's time is not the contact's (rule date.asked-about)."""
    return (
        governor is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "about"
        and noun.head.head.i == governor.i
        and governor.lemma_.lower() in QUESTIONING_VERBS
    )


def _returned_call(noun: Token, governor: Token, mode: str, table: ActorTable) -> bool:
    """ "returned the prime minister's phone call": who returns someone's call makes one (not "returned from the
    summit", where the one back from it keeps apart from those met there). Only a call its caller's possessive
    names, and no paper's: "did not return calls from the AP", "returned a call from Reuters" are a reporter asking
    for comment (rule party.returned-call)."""
    if mode != "phone" or noun.dep_ != "dobj" or governor.lemma_.lower() != "return":
        return False
    callers = [table.actor_at(c) for c in noun.children if c.dep_ == "poss"]
    if not callers or any(a is None or a.kind is ActorKind.OUTLET for a in callers):
        return False
    fired("party.returned-call")
    return True


def _place_of_holding_clause(noun: Token) -> Token | None:
    """ "a meeting he held with X in Canberra last Sunday", "the talks she had with Y in Oslo": the place that the
    contact noun's own relative clause of who held it with whom tells (rule place.held-in-own-clause)."""
    clause = contact_nouns.holding_clause(noun)
    if clause is None or (found := place_of_verb(clause)) is None:
        return None
    fired("place.held-in-own-clause")
    return found


PAST_TIME = re.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\bago\b|\blast\b")
"""A time told as gone: a year, "two years ago", "last year"."""


def _recalled_with_its_date(noun: Token, governor: Token, told: str) -> bool:
    """ "mentioned his visit to Jamaica in 2009", "recalled her trip to Lagos in 2011": a gone time right after a
    recalled contact's own phrase is the contact's, though the parse hangs it on the verb of recalling (rule
    date.recalled-contact); not one told before ("In 2009 he recalled …")."""
    if mended_lemma(governor) not in RECALLING_VERBS or noun.dep_ != "dobj" or not PAST_TIME.search(told):
        return False
    after = noun.right_edge.i + 1
    return any(c.i == after and c.dep_ in ("prep", "npadvmod") for c in governor.children)


def _source_of_a_denied_act(noun: Token, head: Token, governor: Token | None) -> bool:
    """ "no conclusions should be drawn from Orpo's visit", "did not return from his visit to China until Friday"
    (rule status.denied-act-from-contact): a contact named after "from" is where a denied act would come from; the
    denial is the act's, and the contact keeps its own status."""
    if noun.dep_ != "pobj" or head.lower_ != "from" or governor is None or not not_or_never(governor):
        return False
    fired("status.denied-act-from-contact")
    return True


def _a_named_visitor(actors: list[str], table: ActorTable) -> bool:
    """Whether a visit's possessor named by an office ("the queen's visit to Dublin") stands for someone the article
    names: only then does a background phrase tell whose visit it was (rule contact.noun.own-visit-unnamed)."""
    return any((a := table.get(p)) is not None and a.kind is ActorKind.PERSON and is_name(a.name) for p in actors)
