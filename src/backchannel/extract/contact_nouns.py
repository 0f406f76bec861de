"""Whether a contact noun tells a contact, and in which mode; the verb it hangs on, and the parties it names.

A contact noun ("talks", "a visit", "a phone call") tells a contact only where
the sentence treats it as a happening: it names its sides ("Bonn's visit to
Moscow"), a verb holds, tells or plans it ("held talks", "confirmed the
meeting"), or it happens ("the talks began"). These read the noun's phrase: its
mode ("talks by video link" are a call; a conference is a contact only when
diplomatic or hosted), its governor (the verb it hangs on), whether it is
counted ("two rounds of talks"), discussed ("discussed the summit"), wished for
("open to dialogue"), a state someone is in ("in talks with X") or a reason to
be somewhere ("in Budapest for talks"), and the parties its phrase names.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import ActorKind
from .actor_table import ActorTable
from .circumstances import held_as, held_verb, takes_place
from .contact_words import (
    ARRANGING_VERBS,
    ASKING_VERBS,
    ATTENDED_BY_VERBS,
    ATTENDING_VERBS,
    AUSPICES_NOUNS,
    BROKERING_PARTICIPLES,
    BROKERING_ROLES,
    CAME_ABOUT_VERBS,
    CHARACTERIZING_VERBS,
    COUNTING_NOUNS,
    DIPLOMATIC_WORDS,
    DIVIDING_PLACES,
    GATHERING_VERBS,
    HAPPENING_VERBS,
    HOST_VERBS,
    JOINT_BODIES,
    LED_GROUPS,
    MEANS_PREPS,
    MEET_VERBS,
    NOUN_MODES,
    PARTAKING_VERBS,
    PHONE_VERBS,
    PHONE_WORDS,
    PLANNING_HEADS,
    PRESS_WORDS,
    RELATIVE_PRONOUNS,
    REMOTE_ONLY_NOUNS,
    SEEING_VERBS,
    SESSION_HOLDERS,
    SIDELINES,
    SITTING_BODIES,
    STALLED_STATES,
    STOPPING_TALKS_VERBS,
    TELLING_VERBS,
    TOPIC_OBJECT_VERBS,
    TRAVEL_VERBS,
    VIRTUAL_VISIT_WORDS,
    WALKING_OUT_VERBS,
    WRITING_VERBS,
)
from .grammar import is_passive, not_or_never, takes_to
from .headline_names import headline_verb_before
from .included_counterparts import included_with
from .lexicon import (
    GROUPING_WORDS,
    MULTILATERAL_BODIES,
    QUESTION_ASKERS,
    SPEECH_VERBS,
    TITLE_NOUNS,
    mended_lemma,
    names_a_body,
)
from .listed_counterparts import listed_after_with
from .pair_names import split_pair
from .parties import parties_of, person_like, subjects_of
from .places import SETTLEMENT_NOUNS, is_place, place_in
from .speakers import SpeakerResolver
from .trace import fired, rejected
from .trip_errands import errand_trip
from .trip_legs import stop_somewhere
from .when import names_a_day

NOUN_RULES = {"meeting": "contact.noun.meeting", "visit": "contact.noun.visit", "multilateral": "contact.noun.summit"}


def noun_mode(noun: Token) -> str | None:
    low = noun.lower_
    mode = NOUN_MODES.get(low) or NOUN_MODES.get(noun.lemma_.lower())
    if mode is None and stop_somewhere(noun):
        fired("contact.noun.stop")  # "following earlier stops in Tokyo and Seoul"
        mode = "visit"
    if mode is None:
        return None
    if low in RETREATS and not a_gathering_retreat(noun):
        return None  # "no retreat from reform", "the army's retreat to the hills": a withdrawal
    if low == "congress" and (noun.text[0].isupper() or any(c.lower_ == "party" for c in noun.children)):
        return rejected("contact.congress.a-body")  # "members of Congress", "the party congress": not a gathering
    # "what both sides call negotiations": the naming verb is no phone call
    naming = noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in CHARACTERIZING_VERBS
    words = {c.lower_ for c in noun.children} | (set() if naming else {noun.head.lower_}) | _remote_words(noun)
    if low in PHONE_WORDS - {"call"}:
        words.add(low)  # "held a teleconference": the noun says itself that the contact was remote
    if mode == "phone" and paid_call(noun):
        fired("mode.courtesy-call")
        return "visit"
    if mode == "phone":
        by_phone = bool(words & (PHONE_WORDS - {"call"}))  # "a phone call … that": the parse's clause, no request
        arranged = arranged_with(noun) is not None
        if arranged:
            fired("contact.call-noun.arranged")  # "a call scheduled between X and Y": a call had, no request
        if (
            not by_phone
            and not arranged
            and any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "for") for c in noun.children)
        ):
            return rejected("contact.call-noun.request")  # "a call for calm", "a call from X to postpone the vote"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        if (
            not arranged
            and not words & PHONE_WORDS
            and not definite
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "from") for c in noun.children)
        ):
            if not taken_from(noun):
                return rejected("contact.call-noun.no-party")
            fired("contact.call.taken-from")
        fired("contact.noun.call")
        return "phone"
    if low in REMOTE_ONLY_NOUNS and not words & PHONE_WORDS:
        return None  # "communication with the outside world"
    if mode == "visit" and virtual_visit(noun):
        fired("mode.virtual-visit")  # "his virtual visit to Kenya": no one travelled
        return "phone"
    if words & PHONE_WORDS and low not in ("visit", "trip"):
        fired("mode.remote")
        return "phone"
    if mode == "meeting" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("indirect", "proximity") for c in noun.children
    ):
        fired("mode.indirect-talks")  # "held indirect talks through Omani mediators": carried by a go-between
        return "third-party"
    hosted = any("host" in c.lower_ for c in noun.children) or noun.head.lemma_.lower() in GATHERING_VERBS
    if joint_body_states(noun):
        fired("party.joint-body")  # "the June session of the Kenya-Uganda border commission": the two states meet
        mode = "meeting"
    elif low in ("conference", "session") and _of_a_grouping(noun):
        fired("contact.conference.of-a-grouping")  # "the conference of trade ministers of the Andean Community"
        mode = "multilateral"
    elif low in ("conference", "session") and _of_a_body(noun):
        fired("contact.conference.of-a-body")  # "a session of the commission", "the conference of foreign ministers"
        mode = "multilateral"
    elif low == "session" and _between_someone(noun):
        fired("contact.session.between")  # "a marathon session between the two negotiating teams": they met
    elif low in ("conference", "session") and not hosted and not words & DIPLOMATIC_WORDS:
        return rejected("contact.conference.not-diplomatic")
    if _absent_from(noun):
        return rejected("contact.gathering.absent-from")  # "Trump was not at the summit", "did not attend the talks"
    if low in ("journey", "journeys") and _figurative_journey(noun):
        return rejected("contact.journey.figurative")  # "his journey from a hard childhood to the bar"
    if mode == "visit" and errand_trip(noun):
        return rejected("contact.trip.other-purpose")  # "his medical treatment trip to the US"
    if low in ("contact", "contacts", "exchange", "exchanges") and not any(c.lower_ == "with" for c in noun.children):
        return rejected("contact.contacts.no-with")
    fired(NOUN_RULES[mode])
    return mode


RETREATS = frozenset({"retreat", "retreats"})
"""Nouns of a closed gathering of leaders ("the leaders' retreat") that more often name a withdrawal."""
WITHDRAWAL_PREPS = frozenset({"from", "to", "into", "toward", "towards", "behind"})
"""Prepositions of where one withdraws from or to: "a retreat from reform", "the retreat to the hills"."""


def a_gathering_retreat(noun: Token) -> bool:
    """ "The CARICOM leaders' two-day retreat scheduled for Dominica", "ECOWAS leaders began their annual retreat in
    Accra", and "the retreat" told after such a one: a retreat held by a body of many states or its officials (its
    possessor or modifier, or the subject of the clause a "their" retreat is in) is their closed gathering (rule
    contact.retreat.a-gathering); one from or to somewhere, or of no such body ("no retreat from reform", "the
    army's retreat", "a tactical retreat"), is a withdrawal, or a gathering with no side named. A definite "the
    retreat" looks back for a held one only: a "the retreat" before it counts only through a held one before that,
    which the same look-back finds, so one pass over the earlier words is enough (no look-back from each)."""
    if _held_retreat(noun) or (
        not _withdrawal(noun)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(t.lower_ in RETREATS and _held_retreat(t) for t in noun.doc[: noun.sent.start])
    ):
        fired("contact.retreat.a-gathering")
        return True
    return False


def _withdrawal(noun: Token) -> bool:
    """ "A retreat from reform", "the retreat to the hills": a retreat from or to somewhere is a withdrawal."""
    return any(c.dep_ == "prep" and c.lower_ in WITHDRAWAL_PREPS for c in noun.children)


def _held_retreat(noun: Token) -> bool:
    """A retreat held by a body of many states or its officials, named as its possessor or modifier or as the
    subject of the clause a "their" retreat is in, and from or to nowhere. Looking fires nothing."""
    if _withdrawal(noun):
        return False
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.lower_ not in ("its", "their")]
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        holders += subjects_of(verb) if verb is not None else []
    return any(_holds_retreats(h) for h in holders)


def _holds_retreats(holder: Token) -> bool:
    """A body of many states by its name, or officials of one ("CARICOM", "the ECOWAS leaders"): not officials named
    by a region's word only ("Pacific leaders"), whose retreat names no side."""
    words = [t for t in holder.subtree if t.ent_type_ not in ("DATE", "TIME")]
    return any(t.text[:1].isupper() and names_a_body(t.text) for t in words) or names_a_body(
        " ".join(t.text for t in words)
    )


def _absent_from(noun: Token) -> bool:
    """ "X was not at the summit", "X, who did not attend Thursday's summit", "was not invited to the talks": the
    sentence tells who was away from a gathering told by itself (no "with" or "between" naming its sides), which
    others held; the absent one is no party to it, nor is it denied (rule contact.gathering.absent-from). The
    gathering is news where it is told for itself."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ("attend", "join") and not_or_never(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to") and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
        return verb.lemma_.lower() in ("be", "invite") and not_or_never(verb)
    return False


def _figurative_journey(noun: Token) -> bool:
    """ "his journey from a challenging childhood to a young advocate", "the journey from poverty to power": a
    journey whose ends, from and to, are both words of no place, person or body is a course of life, no trip (rule
    contact.journey.figurative)."""
    ends = {
        c.lower_: g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("from", "to", "into")
        for g in c.children
        if g.dep_ == "pobj"
    }
    if "from" not in ends or not ends.keys() & {"to", "into"}:
        return False
    return not any(
        g.ent_type_ or g.pos_ == "PROPN" or is_place(g) or person_like(g) or g.lemma_.lower() in SETTLEMENT_NOUNS
        for g in ends.values()
    )


def _between_someone(noun: Token) -> bool:
    """A session "between" sides, not times: "a session between the two delegations", not "between 9 and 11"."""
    sides = between_sides(noun)
    return bool(sides) and not any(s.ent_type_ in ("DATE", "TIME", "CARDINAL") or s.like_num for s in sides)


def between_sides(noun: Token) -> list[Token]:
    """The sides a contact noun's "between" phrase names, conjuncts included ("talks between Ferri and Weber")."""
    return [s for c in noun.children if c.lower_ == "between" for g in c.children for s in (g, *g.conjuncts)]


def gloss_of_a_contact(noun: Token) -> bool:
    """ "X spoke with Y on Monday, the first conversation between a Western leader and Y since 2020": a contact noun
    set off by a comma after a clause that has told a contact, with a "between" phrase, says what that contact was: it
    names the same sides again, often generically ("a Western leader"), so it is no contact of its own. A side it names
    by name that the clause has not named ("held talks on Monday, the first meeting between a European leader and X")
    is who was met: the noun then tells the contact's sides, and stands."""
    sides = between_sides(noun)
    if not sides:
        return False  # "…, his first visit to China": no sides restated, and it tells the contact was a visit
    # the parse may make it a second object of the verb ("met X on the sidelines, the first meeting between …")
    second_object = noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
    if noun.dep_ not in ("npadvmod", "appos") and not second_object:
        return False
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return False
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.i > start:
        return False
    before = {t.lower_ for t in clause.subtree if t.i < start}
    if any(s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "NORP") and s.lower_ not in before for s in sides):
        return False  # "made a call on Monday, the first conversation between a Western leader and X": X is met
    told = clause.lemma_.lower() in MEET_VERBS | PHONE_VERBS | HOST_VERBS | TRAVEL_VERBS | SEEING_VERBS | {"visit"}
    return told or any(
        t.i < start - 1 and (NOUN_MODES.get(t.lower_) or NOUN_MODES.get(t.lemma_.lower())) for t in clause.subtree
    )


TAKING_VERBS = frozenset({"take", "receive", "get", "answer"})
"""Verbs by which one gets a call someone made: "took a call from X", "received a call on Tuesday from X"."""


def taken_from(noun: Token) -> list[Token]:
    """Who made a call taken or received, when the parse hangs "from X" on the verb rather than on the call ("took a
    call on Tuesday from X", rule contact.call.taken-from)."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() != "call" or verb.lemma_.lower() not in TAKING_VERBS:
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    ]


def paid_call(noun: Token) -> bool:
    """ "paid a courtesy call on the prime minister", "received a courtesy call from X": a call paid on someone is a
    visit to them in person, not a telephone call (rule mode.courtesy-call)."""
    if noun.lemma_.lower() != "call":
        return False
    return any(c.lower_ == "courtesy" for c in noun.children) or (
        noun.head.lemma_.lower() == "pay" and any(c.dep_ == "prep" and c.lower_ == "on" for c in noun.children)
    )


def _remote_words(noun: Token) -> set[str]:
    """ "talks by video link", "held talks over the phone": the words of a means phrase on the noun or its verb."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [])
    return {
        t.lower_ for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for t in c.subtree
    } & PHONE_WORDS


def gathering_on_sidelines(noun: Token, mode: str) -> bool:
    """ "met on the sidelines of the Mercosur summit in Asunción": the summit is a gathering of its own."""
    sidelines = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if mode == "multilateral" and sidelines is not None and sidelines.lower_ in SIDELINES:
        fired("contact.summit.sidelines")
        return True
    return False


def there_for(noun: Token, governor: Token) -> Token | None:
    """Where someone "was in Budapest for talks": being somewhere for a contact is travelling there for it."""
    span = noun.head.head if counted(noun) else noun  # "is due in Accra for two days of talks": for the talks
    if not (span.dep_ == "pobj" and span.head.lower_ == "for" and governor.lemma_.lower() in ("be", "expect")):
        return None
    return where_one_is(governor)


def where_one_is(governor: Token) -> Token | None:
    """The place after "in" or "at" on a verb of being somewhere: "was in Budapest", "is due in Rabat next week" (the
    place hangs on "due", rule contact.be-there-for-talks), "is in Tokyo on an official visit"."""
    holders = [governor, *(c for c in governor.children if c.dep_ == "acomp" and c.lower_ in EXPECTED_WORDS)]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def on_a_trip(noun: Token, governor: Token | None) -> bool:
    """ "is on a three-day state visit to Peru", "X, who is in Tokyo on an official visit": someone who is on a
    trip somewhere is making it; "on" here tells the news itself, not its background (rule contact.noun.on-a-trip).
    "was on that trip with her sister" names no place: no visit told."""
    if not (
        governor is not None
        and NOUN_MODES.get(noun.lower_) == "visit"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
        and noun.head.head.i == governor.i
        and governor.lemma_.lower() == "be"
    ):
        return False
    to_a_place = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and place_in(g) for g in c.children)
        for c in noun.children
    )
    return to_a_place or where_one_is(governor) is not None


EXPECTED_WORDS = frozenset({"due", "expected"})
"""Being somewhere "due" or "expected" for a contact is going there for it, later."""


def expected_there(governor: Token) -> bool:
    """ "is due in Rabat", "is expected in Hanoi": the visit is still to come."""
    return governor.lemma_.lower() == "expect" or any(
        c.dep_ == "acomp" and c.lower_ in EXPECTED_WORDS for c in governor.children
    )


def in_state(noun: Token, governor: Token) -> bool:
    """ "Iran is in talks with the agency", "the envoy remained in close contact with both capitals"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and governor.lemma_.lower() in ("be", "remain", "stay")


def asked_for_own(noun: Token, governor: Token) -> bool:
    """ "asked for a meeting with the minister", "requested talks with Kyiv", "asked the minister for a meeting": a
    contact the asker would take part in (rule party.asker); "asked for talks" with no one named stays a demand."""
    if governor.lemma_.lower() not in ASKING_VERBS or noun.dep_ not in ("dobj", "pobj"):
        return False
    if noun.dep_ == "pobj" and (noun.head.lower_ != "for" or noun.head.head.i != governor.i):
        return False
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    asked_someone = noun.dep_ == "pobj" and any(
        c.dep_ in ("dobj", "dative") and person_like(c) for c in governor.children
    )
    return with_someone or asked_someone or (noun.dep_ == "pobj" and bool(written_to(governor)))


WRITING_STEPS = 3
"""How far up from "asking" the letter's verb may be: "wrote to X on Monday asking …" hangs "asking" on "on"."""


def written_to(asking: Token) -> list[Token]:
    """ "wrote to the chief executive, Carl Berg, on Monday asking for a meeting": whom the letter that asks was
    written to, who is asked (rule party.written-to)."""
    node = asking
    for _ in range(WRITING_STEPS):
        if node.dep_ not in ("advcl", "pcomp", "xcomp", "conj", "pobj", "prep") or node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in WRITING_VERBS:
            return [
                g
                for c in node.children
                if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj" and any(person_like(t) or t.pos_ == "PROPN" for t in _with_appositions(g))
            ]
    return []


def _with_appositions(noun: Token) -> list[Token]:
    """ "the chief executive, Carl Berg": the noun and the names set beside it."""
    return [noun, *(c for c in noun.children if c.dep_ == "appos")]


def stalled_since(noun: Token) -> bool:
    """ "Peace talks between X and Y have been stalled since 1996", "the negotiations have remained deadlocked": the
    contact noun is the subject of a lasting standstill told with "since" or in a perfect tense, which tells a state
    of affairs and no round held (rule contact.noun.stalled-since). "Talks stalled on Tuesday over tariffs" tells a
    round that was held, and stays."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    states = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp"))]
    if not any(t.lower_ in STALLED_STATES or t.lemma_.lower() in STALLED_STATES for t in states):
        return False
    since = any(c.dep_ == "prep" and c.lower_ == "since" for t in states for c in t.children)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
    return since or perfect


ACCOMPANYING_VERBS = frozenset({"accompany", "escort"})
"""Verbs of going along with someone to a contact: "was accompanied to the meeting by X"."""


def accompanied_to(noun: Token) -> bool:
    """ "President X was accompanied to the meeting by Y and Z", "escorted to the talks by his deputy": a contact
    noun that is where someone was taken along to; its "by" agents are companions of the one accompanied, not the
    other side of a contact of their own (rule party.companions-by)."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in ACCOMPANYING_VERBS
    )


def virtual_visit(noun: Token) -> bool:
    """ "his virtual visit to Kenya", "the Africa virtual tour": a visit noun made remote by its own modifier."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in VIRTUAL_VISIT_WORDS for c in noun.children)


def disposition(governor: Token) -> bool:
    """ "open to dialogue", "keen on talks": an adjective tells a readiness, not a contact (unless it plans one:
    "ready for talks")."""
    return governor.pos_ == "ADJ" and governor.lemma_.lower() not in PLANNING_HEADS


def discussed(noun: Token) -> bool:
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


def discussed_in_headline(noun: Token) -> bool:
    """Whether ``noun`` is what a verb of discussing before it in a headline in title case is about ("Lind, Moss
    Discuss Upcoming G-20 Summit"), which the parser leaves as one compound name and the noun's modifiers as its
    parties (rule contact.noun.headline-discussed)."""
    return headline_verb_before(noun, TOPIC_OBJECT_VERBS) is not None


def counted(noun: Token) -> bool:
    """ "two rounds of talks", "a series of meetings": the contact noun is what is counted."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNTING_NOUNS


def governor(noun: Token) -> Token | None:
    """The verb a contact noun hangs on: "held talks", "preparing for dialogue", "talks took place"."""
    if counted(noun):
        return governor(noun.head.head)  # "held two rounds of talks": held
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if (described := _described_as(noun)) is not None:
        fired("contact.noun.described-as-held")
        return described  # "held what officials described as frank talks": held
    if noun.dep_ == "conj":
        return governor(noun.head)
    if (happening := _was_to_happen(noun)) is not None:
        return happening  # "the meeting was to take place in Oslo": take
    return head if head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and head.i != noun.i else None


MEANT_HEADS = frozenset({"suppose", "slate"})
"""Passives that, besides the planning heads, set a contact for later: "was supposed to take place", "is slated to
be held"."""


def _was_to_happen(noun: Token) -> Token | None:
    """ "The meeting between X and Y was to take place in Oslo on Friday", "talks are to be held in Rome", "the summit
    was due to open on Monday", "the talks were supposed to take place in Lima": a contact noun that is the subject
    of "be" (or "be due", or a passive of arranging) with a to-infinitive of coming about hangs on that infinitive,
    which tells it still to come from the time told (its status, rule status.was-to-happen) and where and when it is
    held."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if head.lemma_ == "be":
        heads = [head, *(c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in PLANNING_HEADS)]
    elif is_passive(head) and mended_lemma(head) in PLANNING_HEADS | MEANT_HEADS:
        heads = [head]
    else:
        return None
    happening = next((c for h in heads for c in h.children if c.dep_ == "xcomp" and takes_to(c)), None)
    if happening is None or not takes_place(happening):
        return None
    fired("status.was-to-happen")
    return happening


def left_the_talks(noun: Token) -> Token | None:
    """The verb by which someone left talks they were a side of (rule party.left-the-talks): "broke off the talks",
    "walked out of negotiations", "walked away from the talks", "pulled out of the talks", "withdrew from the
    talks", "emerged from a daylong meeting". Its subject took part, and the talks were held until then."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() == "break":
        return head if any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children) else None
    if noun.dep_ != "pobj" or head.lower_ not in ("of", "from"):
        return None
    above = head.head
    if head.lower_ == "from" and above.pos_ == "VERB" and above.lemma_.lower() in ("withdraw", "emerge"):
        return above  # "withdrew from the talks"; "emerged from a daylong meeting"
    out = (head.lower_, above.lower_) in (("of", "out"), ("from", "away"))
    verb = above.head
    return verb if out and verb.pos_ == "VERB" and verb.lemma_.lower() in WALKING_OUT_VERBS else None


def stopped_the_talks(noun: Token) -> Token | None:
    """The verb by which a side stops or puts off talks it has with someone (rule party.stopped-the-talks): "the
    rebels suspended the talks with the government", "broke the second round of talks with X", "called off talks
    with Y", "boycotted talks with the ruling party". Only when the talks name whom with ("with"), so that an
    organiser that cancels a gathering ("the hotel cancelled the summit") or someone who stops talks between others
    takes no part; nor with a possessive, which tells whose they are ("cancelled their dinner with X"); nor when the
    subject is told as the talks' go-between, host or organiser ("the mediator, Norway, postponed the talks with the
    rebels", "Qatar, the host of the talks, …"), who puts them off for the sides."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the families cancelled their dinner with X": the possessive tells whose
    objekt = noun.head.head if counted(noun) else noun
    verb = objekt.head
    if objekt.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in STOPPING_TALKS_VERBS:
        return None
    if verb.lemma_.lower() == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return None  # "called talks with X": called them, not off
    if any(_told_as_broker(c) for c in verb.children if c.dep_ == "nsubj"):
        return None  # "the mediator, Norway, postponed the talks with the rebels": no side
    return verb


BROKER_NOUNS = frozenset(
    {"mediator", "facilitator", "intermediary", "go-between", "broker", "host", "organiser", "organizer", "convener"}
)
"""Nouns for one who holds talks between others rather than sits at them as a side: a subject so described that
stops the talks is no side of them (rule party.stopped-the-talks). Not "envoy" or "negotiator", who speak for a
side."""


def _told_as_broker(subject: Token) -> bool:
    """ "The mediator, Norway", "Norway, the host of the talks", "Mediator Norway": a subject described by a
    broker's noun, as its head, its apposition or a title before it."""
    told = [subject, *(c for c in subject.children if c.dep_ in ("appos", "compound"))]
    return any(t.lemma_.lower() in BROKER_NOUNS or t.lower_ in BROKER_NOUNS for t in told)


def _described_as(noun: Token) -> Token | None:
    """The verb whose object is a free relative that names the contact: "held what officials described as frank
    talks", "began what both sides call detailed negotiations"."""
    naming = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("pobj", "dobj", "oprd") or naming.lemma_.lower() not in CHARACTERIZING_VERBS:
        return None
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in naming.children):
        return None
    above = naming.head
    return above if naming.dep_ in ("ccomp", "dobj") and above.pos_ == "VERB" and above.i < naming.i else None


def verb_above(token: Token) -> Token | None:
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def _unknown_initials(token: Token) -> bool:
    """Initials no gazetteer knows ("the AI safety summit", tagged as a place): a topic, not where it is held;
    "the UK trip" is the United Kingdom's ("the G7 summit", a group's name, keeps its reading)."""
    return token.is_alpha and token.is_upper and len(token.text) <= 4 and gazetteer().country_of(token.text) is None


def noun_parties(noun: Token) -> list[tuple[str, Token]]:
    """(role, token) for "Bonn's visit", "a visit by X to Moscow", "talks with X", "a Putin-Xi meeting"."""
    out: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("poss", "compound"):
            fired("party.not-a-date")  # "Tuesday's visit", "last week's meeting": when, not who
            continue
        if (first := _hyphened_side(child, noun)) is not None:
            fired("party.hyphen-summit-sides")  # "the ASEAN-Japan summit in Hanoi": both named sides gather
            out += [(role, t) for t in (first, child) if (role := _side_role(t)) is not None]
            continue
        if (
            child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in ("its", "their")
        ) or (
            child.dep_ in ("compound", "amod")
            and (child.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or _acronym(child, noun))
        ):
            gathering = NOUN_MODES.get(noun.lower_) in ("visit", "multilateral")
            if gathering and child.dep_ == "compound" and is_place(child) and not _unknown_initials(child):
                if _bodys_gathering(child, noun):
                    fired("party.body-names-summit")
                    out.append(("actor", child))  # "the G7 summit in Hiroshima": the body's, though tagged a place
                else:
                    fired("place.compound")
                    out.append(("place", child))  # "his Mexico trip", "the Sochi congress": where it was
            else:
                out.append(("actor", child))
        elif (
            child.dep_ == "nmod"
            and (child.ent_type_ == "ORG" or _acronym(child, noun))
            and _bodys_gathering(child, noun)
        ):
            # "the Group of Seven summit": the parser hangs the body's name as nmod, and so the untagged acronym of
            # "a Southern African Development Community (SADC) summit"
            fired("party.body-names-summit")
            out.append(("actor", child))
        elif held_as(child, noun):
            # "a summit that will take place in Quito": where it is held (rule status.held-as)
            verb = held_verb(child)
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
            out += [("place", w) for p in preps for g in p.children if g.dep_ == "pobj" and (w := place_in(g))]
        elif (
            child.dep_ == "relcl"
            and child.lemma_.lower() in CLAUSE_HOLDING_VERBS
            and (held := _held_in_own_clause(child))
        ):
            fired("party.held-in-own-clause")
            out += held
        elif child.dep_ == "amod" and child.lemma_.lower() == "host":
            hosts = [g for g in child.children if g.ent_type_ in ("NORP", "GPE") and g.dep_ in ("npadvmod", "compound")]
            out += [("host", g) for g in hosts]  # "a Russian-hosted conference": Russia hosts it, there
        elif child.dep_ == "prep":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if child.lower_ == "on" and pobj.lower_ in SIDELINES:
                    out += [("recipient", side) for side in _sides_hung_on_sidelines(pobj)]
                if child.lower_ == "to" and NOUN_MODES.get(noun.lower_) == "visit":
                    out += [("actor", visitor) for visitor in _visitor_hung_on_place(pobj)]
                if child.lower_ == "by" and accompanied_to(noun):
                    fired("party.companions-by")  # "was accompanied to the meeting by X": X came along, no side
                elif child.lower_ in ("by", "of", "from") and pobj.lower_ not in NOUN_MODES:
                    out.append(("actor", pobj))  # "a visit by X", "a call from X"
                elif child.lower_ in ("with", "between") or (child.lower_ == "on" and paid_call(noun)):
                    out.append(("recipient", partaker(pobj)))  # "talks with X", "a courtesy call on X"
                elif (child.lower_ in ("to", "in", "at") and (where := place_in(pobj)) is not None) or (
                    child.lower_ in ("to", "in", "through", "across", "around") and (where := the_country(pobj))
                ):
                    out.append(("place", where))
                elif child.lower_ == "to" and NOUN_MODES.get(noun.lower_) == "visit" and _someone(pobj):
                    fired("party.visit-to-someone")
                    out.append(("recipient", pobj))  # "paid a visit to President X", "a visit to the minister"
                elif child.lower_ == "to" and paid_call(noun) and _someone(pobj):
                    fired("party.courtesy-call-to")
                    out.append(("recipient", pobj))  # "pays a courtesy call to President X"
                elif child.lower_ == "to" and noun.lemma_.lower() == "audience" and _someone(pobj):
                    fired("party.audience-granted-to")
                    out.append(("recipient", pobj))  # "granted an audience to Ambassador X"
                elif child.lower_ == "for" and noun.lemma_.lower() in MEAL_NOUNS and _someone(pobj):
                    fired("party.meal-for-guest")
                    out.append(("recipient", pobj))  # "hosted a dinner for President X": X is the guest
    if NOUN_MODES.get(noun.lower_) == "visit":
        out += [("recipient", partner) for partner in _trip_partners(noun)]
    if not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        out += [("recipient", side) for side in _sides_hung_on_its_phrase(noun)]
    out += [("recipient", guest) for guest in attended_by(noun)]
    out += [("recipient", listed) for listed in included_with(noun)]  # "held calls, including with X and Y"
    out += [("recipient", listed) for listed in listed_after_with(noun)]  # "meetings with A, B, C and a chat with D"
    return out + [("actor", caller) for caller in taken_from(noun)]  # "took a call on Tuesday from X"


PHRASE_PREPS = frozenset({"in", "at", "on", "during", "over", "about", "behind", "for"})
"""Prepositions of a contact noun's own place, time, length, manner or topic, on whose nouns the parse may hang its
sides ("a meeting behind closed doors with X", "talks for the first time with X")."""
HAPPENED_VERBS = HAPPENING_VERBS | CAME_ABOUT_VERBS | {"hold"}
"""Verbs that tell their subject, a contact noun, happened: "took place", "was held", "there was"."""


def _sides_hung_on_its_phrase(noun: Token) -> list[Token]:
    """ "a meeting took place in Oslo between X and Y", "there was a meeting at the consulate in Hamburg between X and
    Y", "talks about a merger with Z", "talks for the first time with Z": the parse hangs the sides' "between" or
    "with" on the verb that tells the contact happened, or on a noun of its place, time, length or topic, up to three
    phrases down (rule party.hung-on-its-phrase). A visit's "with" is its company ("a visit to the port with his
    wife"), a "with" names a side only when its object is a party ("began with a minute's silence" names none), and
    "between" after a border, a bridge or a road names its ends."""
    visit = NOUN_MODES.get(noun.lower_) == "visit"
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass", "attr") and noun.head.lemma_.lower() in HAPPENED_VERBS:
        holders.append(noun.head)  # "the meeting took place …", "there was a meeting …", "talks were held …"
    arranged = arranged_with(noun)
    if arranged is not None and arranged not in holders:
        holders.append(arranged)  # "a call scheduled between X and Y", "no meeting is planned with X"
    nodes = [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PHRASE_PREPS for g in c.children
    ]
    hangers = holders[1:]
    for _ in range(3):
        hangers += [g for g in nodes if g.dep_ == "pobj" and g.lower_ not in NOUN_MODES]  # a contact noun tells its own
        for hanger in hangers:
            for prep in hanger.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("between", "with") or (visit and prep.lower_ == "with"):
                    continue
                if prep.lower_ == "between" and hanger.lemma_.lower() in DIVIDING_PLACES:
                    return []
                sides = [
                    g
                    for g in map(partaker, prep.children)
                    if g.dep_ == "pobj"
                    and g.ent_type_ not in ("DATE", "TIME")
                    and (prep.lower_ == "between" or person_like(g) or g.pos_ == "PROPN")
                ]
                if sides:
                    fired("party.on-its-arrangement" if hanger is arranged else "party.hung-on-its-phrase")
                    return sides
        nodes = [g for h in hangers if h.pos_ != "VERB" for c in h.children if c.dep_ == "prep" for g in c.children]
        hangers = []
    return []


PARTAKING_NOUNS = frozenset({"participation", "attendance"})
"""Nouns whose "of" names those who took part: "a meeting with the participation of X and Y"."""


def partaker(side: Token) -> Token:
    """ "convened a meeting with the participation of X and Y": the one named after the participation's "of" is a
    side of the contact, the participation none (rule party.with-participation-of); any other side is itself."""
    if side.lemma_.lower() not in PARTAKING_NOUNS:
        return side
    named = [g for c in side.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not named:
        return side
    fired("party.with-participation-of")
    return named[0]


def attended_by(noun: Token) -> list[Token]:
    """ "chaired a meeting attended by X and Y", "held a meeting on Monday, attended by X": those by whom a contact
    noun's own participle (or one the parse hangs on the verb holding it) tells it attended are its sides (rule
    party.attended-by). Not "the meeting was attended by X", which tells more of a contact told before: the merging
    finds which."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "dobj":
        verbs += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    out = _agents_of(verbs, ATTENDED_BY_VERBS)
    if out:
        fired("party.attended-by")
    return out


def arranged_with(noun: Token) -> Token | None:
    """ "a call scheduled between X and Y", "no meeting is planned with X", "there is a call set with X on Monday":
    the participle or passive telling that a contact noun was arranged, when the parse hangs the contact's sides on
    it with "between" or "with" (rule party.on-its-arrangement); the noun then names a contact had with them, not
    a request ("a call for calm")."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    return next(
        (
            verb
            for verb in verbs
            if verb.lemma_.lower() in ARRANGING_VERBS
            and any(
                p.dep_ == "prep" and p.lower_ in ("between", "with") and any(g.dep_ == "pobj" for g in p.children)
                for p in verb.children
            )
        ),
        None,
    )


def _visitor_hung_on_place(place: Token) -> list[Token]:
    """ "The visit to Beijing of the Russian foreign minister, X": the parse hangs the visitor's "of" or "by" on the
    place (rule party.visitor-after-place); only a person by name or title ("the visit to the city of Rome", "to the
    Ministry of Finance" name places)."""
    if place_in(place) is None:
        return []
    found = [
        g
        for c in place.children
        if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for g in c.children
        if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or (g.lemma_.lower() in TITLE_NOUNS and not g.ent_type_))
    ]
    if found:
        fired("party.visitor-after-place")
    return found


def _sides_hung_on_sidelines(sidelines: Token) -> list[Token]:
    """ "a bilateral on the sidelines between X and Y", "a meeting on the margins with X": the parse hangs the
    contact's "between" or "with" on "sidelines", which meets no one (rule party.sides-after-sidelines)."""
    found = [
        g
        for c in sidelines.children
        if c.dep_ == "prep" and c.lower_ in ("between", "with")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if found:
        fired("party.sides-after-sidelines")
    return found


def _trip_partners(noun: Token) -> list[Token]:
    """Whom a visit or trip is made to meet, told in its own phrase (rule party.trip-partner): "a visit by X for
    talks with Y", "his trip to see Y" (an infinitive of meeting hung on the noun)."""
    found = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for talks in c.children
        if talks.dep_ == "pobj" and NOUN_MODES.get(talks.lower_) == "meeting"
        for w in talks.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj" and person_like(g)
    ]
    found += [
        o
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in MEET_VERBS | SEEING_VERBS and any(a.tag_ == "TO" for a in c.children)
        for o in c.children
        if o.dep_ == "dobj" and person_like(o)
    ]
    if found:
        fired("party.trip-partner")
    return found


CLAUSE_HOLDING_VERBS = frozenset({"hold", "have", "conduct"})
"""Verbs of a relative clause by which its subject held the contact noun it hangs on: "a call he held with X"."""


def _held_in_own_clause(clause: Token) -> list[tuple[str, Token]]:
    """ "a telephone conversation he held on Monday with X", "the talks she had with Y in May": the clause's
    subject held the contact and its "with" names the other side (rule party.held-in-own-clause)."""
    holders = [("actor", s) for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in ("which", "that")]
    others = [
        ("recipient", g)
        for p in clause.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return holders + others if holders and others else []


def held_in_own_clause(noun: Token) -> bool:
    """Whether the noun's own relative clause tells who held it with whom: such a phrase tells a contact wherever it
    stands ("briefed his guest on a conversation he held with X")."""
    return holding_clause(noun) is not None


def holding_clause(noun: Token) -> Token | None:
    """The noun's own relative clause that tells who held it with whom ("a call he held with X in Oslo"), if any."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl" and c.lemma_.lower() in CLAUSE_HOLDING_VERBS and _held_in_own_clause(c)
        ),
        None,
    )


MEAL_NOUNS = frozenset({"breakfast", "lunch", "luncheon", "dinner", "banquet"})
"""Meals one hosts "for" a guest, who then meets the host: "hosted a dinner for President X" (rule
party.meal-for-guest)."""


def _someone(token: Token) -> bool:
    """A person visited: "President X", "the minister"; not a body, nor one word the tagger took for a name ("a
    visit to the Louvre" meets no one)."""
    named = token.ent_type_ == "PERSON" and (token.ent_iob_ == "I" or any(c.dep_ == "compound" for c in token.children))
    return named or (token.ent_type_ == "" and token.lemma_.lower() in TITLE_NOUNS)


def _hyphened_side(second: Token, noun: Token) -> Token | None:
    """The first of two capitalised names joined by a hyphen before a summit ("the ASEAN-Japan summit", "the
    Russia-ASEAN summit"): the sides that gather, neither the place it is held in (the reading "his Mexico trip"
    gives a lone place name); None for any other modifier."""
    if NOUN_MODES.get(noun.lower_) != "multilateral" or second.dep_ != "compound" or second.i < 2:
        return None
    hyphen, first = second.doc[second.i - 1], second.doc[second.i - 2]
    if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or first.head.i != second.i:
        return None
    if not (first.text[:1].isupper() and second.text[:1].isupper()) or first.pos_ not in ("PROPN", "ADJ"):
        return None
    following = second.doc[second.i + 1]
    if following.i != noun.i and following.text[:1].isupper():
        return None  # "the Asia-Pacific Economic Cooperation summit": the two words begin a body's longer name
    # each side a state or a known body: not "the Putin-Trump summit" (two leaders', rule party.hyphen-pair), not a
    # region's name ("the Indo-Pacific summit", "the Central Asia-China summit"), nor a city's ("the Berlin Process")
    if not all(_side_role(t) for t in (first, second)):
        return None
    return first


def _side_role(side: Token) -> str | None:
    """How a named side of a summit is read, the tagger often leaving such names untagged: a known bloc's own name
    ("ASEAN"), a state by its name or people's word ("Canada", "Kazakh"), never by its capital; None for any other
    word."""
    if names_grouping(side) and names_a_body(side.text):
        return "bloc"
    geo = gazetteer()
    return "state" if geo.is_country_name(side.text) or geo.is_demonym(side.text) else None


def _acronym(word: Token, noun: Token) -> bool:
    """ "the ECOWAS summit": a body's acronym the tagger left untagged names who gathers."""
    return word.pos_ == "PROPN" and word.is_upper and len(word) >= 3 and NOUN_MODES.get(noun.lower_) == "multilateral"


def the_country(noun: Token) -> Token | None:
    """ "his swing through the country": the country named last before it (by name, or by its people)."""
    if noun.lower_ != "country" or not any(c.lower_ == "the" for c in noun.children):
        return None
    for token in reversed(noun.doc[: noun.i]):
        if token.ent_type_ in ("GPE", "NORP") and gazetteer().country_of(token.text) is not None:
            if token.ent_type_ == "NORP" or gazetteer().is_country_name(token.text):
                fired("place.the-country")
                return token
    return None


def clause_subject(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
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


def their_owners(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who "their" contact with someone named after "with" belongs to: the plural subject of the nearest clause
    above it that has one before the noun, of any kind ("Pacific foreign ministers are defending their meeting with
    X", "the ministers gave little detail about their meetings with X", "the unions said their talks with X had
    gone well") (rule party.their-owner-subject). Unlike clause_subject, the subject of a verb of saying counts, since
    "their" binds the contact to a plural before it; a news outlet, which only tells of it, does not, nor anyone
    named inside the subject ("the ministers' families cancelled their dinner with X": the families' dinner)."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return []
    if not _with_names_an_actor(noun, table):
        return []
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [s for s in subjects_of(node) if s.i < noun.i and not s.left_edge.i <= noun.i <= s.right_edge.i]
        if not subjects:
            continue
        if not any(_particular_plural(s) for s in subjects) or any(s.pos_ == "PRON" for s in subjects):
            # "the envoy said their talks …", "Voters want their meetings with X …": no plural in particular; "they
            # agreed to coordinate their negotiations with the IMF": each its own, and "they" is still to be resolved
            return []
        found = parties_of(subjects, table, resolver)
        inside = _named_inside(subjects, table)
        owners = [
            p for p in found if p not in inside and (a := table.get(p)) is not None and a.kind is not ActorKind.OUTLET
        ]
        if owners:
            fired("party.their-owner-subject")
        return owners
    return []


def _named_inside(subjects: list[Token], table: ActorTable) -> set[str]:
    """Actors named by a word before a subject's head that the head itself is not: a modifier ("Pacific" of "Pacific
    foreign ministers") or a possessor ("the ministers' families" are not the ministers)."""
    heads = [e for s in subjects for e in (s, *s.conjuncts)]
    return {
        a.id
        for h in heads
        for t in h.subtree
        if t.i < h.i and (a := table.actor_at(t)) is not None and a is not table.actor_at(h)
    }


def _with_names_an_actor(noun: Token, table: ActorTable) -> bool:
    """Whether the contact's "with" names an actor of the text among those met ("their meetings with the interim
    leader, Commodore X, and Mr Y"), not only people of a kind ("their talks with teachers")."""
    met = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    words = [t for m in met for t in m.subtree]
    return any(t.pos_ == "PROPN" and table.actor_at(t) is not None for t in words)


def _particular_plural(subject: Token) -> bool:
    """A plural subject that stands for parties in particular: "the ministers", "Pacific foreign ministers", "Kenya
    and Uganda"; not a bare plural of a kind ("Voters", "Parents")."""
    if subject.conjuncts:
        return True
    return subject.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod") for c in subject.children
    )


OWNERS = frozenset({"his", "her", "their"})


def self_told(parties: list[tuple[str, Token]], mode: str) -> bool:
    """Whether a contact noun names both its sides itself: "Obama's visit to Turkey", "Lynch's meeting with
    Clinton", "a visit by X to Y". Such a phrase tells a contact wherever it stands. (Where a meeting of a body
    took place is not a side: "a meeting of the council in Jeddah".)"""
    named = [(role, t) for role, t in parties if t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or is_place(t)]
    roles = {role for role, _ in named}
    if any(role == "recipient" and t.head.lower_ == "between" and t.conjuncts for role, t in named):
        return True  # "the meeting between Obama and Sanders"
    owned = any(role == "actor" and t.lower_ in OWNERS for role, t in parties)  # "during his call with X"
    return ("actor" in roles or owned) and (
        "recipient" in roles or ("place" in roles and mode == "visit" and not owned)
    )


def own_visit(parties: list[tuple[str, Token]], mode: str) -> bool:
    """ "during her two-day visit to Peru", "the queen's visit to Dublin": one visit whose possessor, a pronoun or an
    office, and destination the phrase gives itself, though no side is a name, so that it tells a contact even where
    background would drop it (rule contact.noun.own-visit). Not "his trips to Israel": several visits, none told."""
    if mode != "visit" or not any(role == "place" for role, _ in parties):
        return False
    if any(role == "actor" and t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") for role, t in parties):
        return False  # "Obama's visit to Turkey" is told by its named side
    owners = [t for role, t in parties if role == "actor" and t.dep_ == "poss" and t.head.tag_ == "NN"]
    return any(t.lower_ in OWNERS for t in owners) or titled_owner(parties)


def titled_owner(parties: list[tuple[str, Token]]) -> bool:
    """ "the queen's visit to Dublin", "the minister's trip to Lima": one holder of an office (the tagger tags no
    title), whom the article may name, as the visitor; not "the envoys' trip", a group."""
    return any(
        role == "actor"
        and t.dep_ == "poss"
        and t.tag_ == "NN"
        and t.head.tag_ == "NN"
        and t.lemma_.lower() in TITLE_NOUNS
        for role, t in parties
    )


def set_in_phrase(noun: Token, parties: list[tuple[str, Token]]) -> bool:
    """ "after a meeting on Wednesday in Delhi with the service chiefs", "after talks between their ministers in
    Accra": a contact first told inside a phrase that gives whom it was with and its own place or date tells a
    contact, though the phrase is background to the clause. Not one told before ("after the talks with X")."""
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    # "between Foreign Minister Dorsinville and her counterpart": the tagger may miss the name, not the title after it
    met = [t for role, t in parties if role == "recipient" and any(map(person_like, [t, *t.conjuncts]))]
    # "talks between their ministers in Accra": the tagger often hangs the place on the last party
    return bool(met) and any(_setting(c) for c in [*noun.children, *(c for t in met for c in t.children)])


def has_own_setting(noun: Token) -> bool:
    """Whether a contact noun carries a place or a date of its own: "the meeting with X on February 6 in Astana"."""
    return any(_setting(c) for c in noun.children)


def _setting(child: Token) -> bool:
    """A place or a date hung on a contact noun: "in Accra", "on Sunday", "last week", "here"."""
    if child.dep_ == "advmod" and child.lower_ == "here":
        return True
    if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
        return True
    objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
    return any(
        (child.lower_ in ("in", "at") and place_in(g) is not None)
        or (child.lower_ in ("on", "in") and g.ent_type_ in ("DATE", "TIME"))
        for g in objects
    )


def where_clauses(noun: Token) -> list[Token]:
    """ "where" clauses on a gathering, or on the place phrase right after it ("the summit in Paris, where …")."""
    hosts = [noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return [
        c
        for h in hosts
        for c in h.children
        if c.dep_ == "relcl" and any(g.lower_ == "where" and g.i < c.i for g in c.children)
    ]


def named_gathering(noun: Token) -> bool:
    """A summit of a named body told with its own place or date ("the ECOWAS summit scheduled to hold in Monrovia
    on June 4", "last week's Normandy-format summit in Paris"): a gathering that happened or will, wherever the
    sentence puts it."""
    body = any(
        t.i < noun.i
        and t.ent_type_ not in ("DATE", "TIME")
        and (t.ent_type_ in ("ORG", "NORP", "GPE") or t.pos_ == "PROPN" or (t.is_title and t.i > t.sent.start))
        for t in noun.subtree
    ) or any(g.ent_type_ == "ORG" for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    body = body or meeting_of_a_grouping(noun)  # "at a meeting of Gulf Cooperation Council oil ministers in May"
    setting = any(
        t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "pobj" and is_place(t)) for t in noun.subtree if t.i != noun.i
    )
    return body and setting


def meeting_of_a_grouping(noun: Token) -> bool:
    """A meeting held by a grouping of states or by officials of one ("the ASEAN foreign ministers' meeting", "a
    meeting of Gulf Cooperation Council oil ministers", "the meeting of OAS foreign ministers", "an ECOWAS meeting")
    or by a council of one ("the meeting of the ECOWAS Council of Ministers") is a gathering of many, as their summit
    is (rule contact.meeting.of-a-grouping); not a meeting of officials no grouping is named for ("a meeting of
    foreign ministers", "the party leaders' meeting"), nor one the news is only dated from, which stays background."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "since"):
        return False  # "following a meeting of ASEAN ministers on Sunday, the bloc said …": what the news is dated from
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    holders += [g for c in of for g in c.children if g.dep_ == "pobj"]
    # "UN-mediated negotiations between X and Y": the body that brokers them does not hold them (its go-between)
    holders = [h for h in holders if not _before_a_brokering_hyphen(h)]
    return any(names_grouping(h) or officials_of_a_grouping(h) for h in holders)  # "an ECOWAS meeting"


def grouping_holds_their(noun: Token) -> Token | None:
    """ "CARICOM leaders at their inter-sessional summit in Basseterre last month", "the finance ministers from the
    G8 came up with a plan at their meeting this month": a gathering that is "their" own, where "they" are officials
    of a grouping of states, is that grouping's gathering (rule contact.summit.grouping-theirs), told for itself
    though set by a preposition; the officials, the noun "at" hangs on or the subject of its clause. Not one the
    news is dated from ("since their meeting in Berlin"), nor one with neither a place nor a date of its own."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ in ("after", "following", "since") or not _own_setting(noun):
        return None
    for above in list(noun.ancestors)[1:]:  # past the preposition: the noun it hangs on, up to its clause's verb
        if above.pos_ in ("VERB", "AUX"):
            return next((c for c in subjects_of(above) if c.i < noun.i and officials_of_a_grouping(c)), None)
        if above.i < noun.i and officials_of_a_grouping(above):
            return above
    return None


def grouping_named_in(officials: Token) -> list[Token]:
    """The grouping's own name in its officials' phrase ("CARICOM" of "CARICOM leaders", "G8" of "the finance
    ministers from the G8"): the party labellers record for the officials' own gathering, whatever span the speaker
    rules gave the officials ("NATO defence ministers at their meeting in Brussels", cut past the gathering)."""
    return [t for t in officials.subtree if t.i != officials.i and names_grouping(t)][:1]


def _own_setting(noun: Token) -> bool:
    """A place or a date told in the gathering's own phrase, or a date on the verb it hangs on ("at their meeting
    this month", which the parse may hang on the verb)."""
    words = [t for t in noun.subtree if t.i != noun.i]
    told = any(t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "pobj" and is_place(t)) for t in words)
    return told or their_date_on_the_verb(noun) is not None


def their_date_on_the_verb(noun: Token) -> Token | None:
    """ "CARICOM leaders at their summit in Basseterre last month agreed …": the parse hangs the gathering's time on
    the verb of the clause its phrase is in, as a bare noun phrase; it is the gathering's own time."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return next(
        (
            c
            for c in (verb.children if verb is not None else ())
            if c.dep_ == "npadvmod" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        ),
        None,
    )


def grouping_in_the_name(noun: Token) -> list[Token]:
    """The bloc a meeting's own name is written with, as a modifier of the noun ("the G20 Foreign Ministers
    Meeting", "an ECOWAS meeting"): the body whose members gather, a side the parser leaves as a mere modifier; not
    a region's word ("Arctic talks" are talks on the Arctic)."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("compound", "nmod")
        and names_grouping(c)
        and names_a_body(c.text)
        and not _before_a_brokering_hyphen(c)
    ]


def _before_a_brokering_hyphen(token: Token) -> bool:
    """ "UN-mediated", "AU-brokered": a name joined by a hyphen to a participle of brokering, which the parser may
    hang on the noun the participle qualifies (rule party.hyphen-broker)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 2].lemma_.lower() in BROKERING_PARTICIPLES and doc[token.i + 2].head.i == token.head.i


def officials_of_a_grouping(token: Token) -> bool:
    """Officials of a grouping of states in the plural, or a council of one: "ASEAN foreign ministers", "heads of
    state of the Andean Community", "the ECOWAS Council of Ministers"."""
    officials = token.lemma_.lower() in SESSION_HOLDERS and token.tag_ in ("NNS", "NNPS")
    sitting = token.lemma_.lower() in SITTING_BODIES
    return (officials or sitting) and any(names_grouping(t) for t in token.subtree if t.i != token.i)


def gathering_attendees(noun: Token) -> list[Token]:
    """Who goes to, comes back from or is at a gathering named as the end of a journey (rule
    party.attends-gathering): the subject of a verb of going or being there ("returned from the ASEAN ministers'
    meeting", "will report to a meeting of ECOWAS ministers"), the owner of a trip to it ("before his trip to a
    meeting of Nordic ministers"), or whoever leads a delegation to it ("will lead the delegation to the SADC
    summit")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and _takes_part(noun.head.head):
        fired("party.takes-part-in-gathering")  # "participated in the ASEAN summit": she was one of those there
        return subjects_of(noun.head.head)
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for", "from", "at"):
        return []
    head = noun.head.head
    if head.pos_ == "NOUN" and NOUN_MODES.get(head.lower_) == "visit":
        return [c for c in head.children if c.dep_ == "poss"]  # "his trip to the summit"
    if head.pos_ == "NOUN" and head.lemma_.lower() in LED_GROUPS and head.dep_ == "dobj":
        head = head.head  # "will lead our delegation to the meeting"
    if head.pos_ not in ("VERB", "AUX"):
        return []
    leads = head.lemma_.lower() in ("lead", "head") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in LED_GROUPS for c in head.children
    )
    if leads or head.lemma_.lower() in TRAVEL_VERBS | ATTENDING_VERBS:
        return subjects_of(head)
    if noun.head.lower_ == "at" and head.tag_ in ("VBD", "VBZ", "VBP") and bodys_summit(noun) and _of_the_news(head):
        fired("party.acts-at-a-summit")  # "At the ECOWAS summit in Abuja, X announced …": he was there
        return subjects_of(head)
    return []


def _takes_part(verb: Token) -> bool:
    """A verb of taking part, whose "in" names what its subject was one of: "participated in", "took part in" (not
    "took the floor in")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in PARTAKING_VERBS:
        return False
    return lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _of_the_news(act: Token) -> bool:
    """Whether an act is undated or dated to a day ("announced on Sunday"), not to a year of the story's background
    ("signed a deal at the ASEAN summit in 2019"), where the summit is only its circumstance (as in rule
    contact.gathering-in-passing)."""
    dated = " ".join(t.text for t in act.subtree if t.ent_type_ == "DATE")
    return not dated or names_a_day(dated)


def bodys_summit(noun: Token) -> bool:
    """ "the ASEAN summit", "the G7 Summit": a summit told with the body whose members gather there."""
    return NOUN_MODES.get(noun.lower_) == "multilateral" and any(
        c.dep_ in ("compound", "nmod") and (_bodys_gathering(c, noun) or names_grouping(c)) for c in noun.children
    )


ATTENDING_GROUPS = TITLE_NOUNS | LED_GROUPS | {"delegate"}
"""What a gathering's attendees told by a common noun are: "the ministers", "Kenya's delegation", "delegates"."""


def looks_on(attendee: Token, parties: list[str], table: ActorTable) -> bool:
    """Whether one there at a gathering only looks on, no side of it (rule party.attends-gathering): the press ("a
    reporter who returned from the ASEAN summit", "Jane Doe of the Jakarta Post went to the summit") or people told
    by a noun of no office and of no state or body ("analysts were at the summit to watch the vote", "hotel staff",
    "police"); not "the ministers", "Kenya's delegation", "Kenyan officials"."""
    actors = [a for p in parties if (a := table.get(p)) is not None]
    told = [attendee]
    if attendee.lower_ in RELATIVE_PRONOUNS and attendee.head.dep_ == "relcl":
        told.append(attendee.head.head)  # "Reporter Jane Doe, who returned from the summit"
    press = any(w in QUESTION_ASKERS or w in PRESS_WORDS for a in actors for t in a.titles for w in t.lower().split())
    outlet = any(
        (b := table.actor_at(g)) is not None and b.kind is ActorKind.OUTLET
        for t in told
        for c in t.children
        if c.dep_ in ("prep", "appos")
        for g in c.subtree
    )
    if press or outlet or any(a.kind is ActorKind.OUTLET for a in actors):
        return True
    return (
        attendee.pos_ == "NOUN"
        and attendee.lemma_.lower() not in ATTENDING_GROUPS
        and not any(
            (b := table.actor_at(t)) is not None and b.kind in (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
            for t in attendee.subtree
            if t.i != attendee.i
        )
    )


def first_told_with_setting(noun: Token) -> bool:
    """ "told the ministers at a meeting in Addis Ababa next week", "on a state visit to Tokyo in October, signed
    …", "during talks in Accra in May": a contact first told (indefinite, or a bare plural) in a phrase at, on or
    during it that gives its own place or date is told there, though the phrase sets the scene (rule
    contact.noun.circumstance-set); "after the talks" or "at the meeting" retell one."""
    if noun.head.lower_ not in ("at", "on", "during"):
        return False
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if not (indefinite(noun) or bare_plural):
        return False
    return any(
        _setting(c) or (c.dep_ == "prep" and c.lower_ == "to" and any(place_in(g) is not None for g in c.children))
        for c in noun.children
    )


def indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def hyphen_pair(noun: Token, table: ActorTable) -> list[Token]:
    """ "a Modi-Sharif meeting", "the Biden-Xi call": two people or states the article named, joined by a hyphen
    before a contact noun (the tagger leaves such surnames untagged), as [first, second]."""
    doc = noun.doc
    for second in (c for c in noun.children if c.dep_ == "compound" and c.i >= 2):
        hyphen, first = doc[second.i - 1], doc[second.i - 2]
        if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_:
            continue
        if _two_sides(table, first, second) or (split_pair(table, first, second) and _two_sides(table, first, second)):
            return [first, second]
    return []


def _two_sides(table: ActorTable, first: Token, second: Token) -> bool:
    """Whether ``first`` and ``second`` mention two different people or states."""
    sides = [table.actor_at(first), table.actor_at(second)]
    kinds = (ActorKind.PERSON, ActorKind.COUNTRY)
    return all(a is not None and a.kind in kinds for a in sides) and sides[0] != sides[1]


def joint_body_states(noun: Token) -> list[Token]:
    """The two states whose shared body a contact noun is a sitting of: "the session of the Kenya-Uganda border
    commission", "a meeting of the joint committee of Ghana and Togo" (rule party.joint-body), as [first, second]."""
    holders = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    # "opened its annual session" after "the Soviet-Norwegian Fisheries Commission"
    holders += [_antecedent_body(c) for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    bodies = [g for g in holders if g is not None and g.lemma_.lower() in JOINT_BODIES]
    return next((states for body in bodies if (states := states_of_body(body))), [])


def states_of_body(body: Token) -> list[Token]:
    """The two states a body's own name says it is shared by ("the Kenya-Uganda border commission", "the
    Bolivian-Chilean mixed commission", "the joint committee of Ghana and Togo"), as [first, second], or none."""
    if body.lemma_.lower() not in JOINT_BODIES:
        return []
    geo = gazetteer()
    named = [
        t
        for t in body.subtree
        if t.i != body.i and t.dep_ in ("compound", "pobj", "conj", "amod", "nmod") and not _in_clause(t, body)
    ]
    # a state's name, or its people's in the body's own name ("the Bolivian-Chilean mixed commission"); not a city it
    # sits in ("the Joint Commission in Kathmandu")
    states = [
        t
        for t in named
        if (t.pos_ == "PROPN" and geo.is_country_name(t.text))
        or (t.i < body.i and t.pos_ in ("PROPN", "ADJ") and t.ent_type_ != "GPE" and geo.country_of(t.text))
    ]
    if len(states) == 2 and geo.country_of(states[0].text) != geo.country_of(states[1].text):
        return states
    return []


def _in_clause(token: Token, noun: Token) -> bool:
    """A word in a clause on ``noun`` ("the commission set for May in Santiago"), not of its name."""
    node = token
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return True
        node = node.head
    return False


def brokers(word: Token) -> list[Token]:
    """Who brought a contact's sides together: "a meeting chaired by the UN envoy", "talks hosted by the Saudi
    king", "the meeting was arranged by a Swiss foundation"; for a contact verb, by way of the contact noun it was
    held in ("met in Jeddah in a meeting hosted by the king")."""
    if word.pos_ == "VERB":
        nouns = [
            g
            for c in word.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")
            for g in c.children
            if g.dep_ == "pobj" and (g.lower_ in NOUN_MODES or g.lemma_.lower() in NOUN_MODES)
        ]
    else:
        nouns = [word]
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    participles += [n.head for n in nouns if n.dep_ == "nsubjpass"]
    if after := participles_after_the_telling(word):
        fired("party.brokered-after-comma")
        participles += after
    holders = list({t.i: t for t in [word, *nouns, *_holding_verb(word)]}.values())
    return _agents_of(participles, BROKERING_PARTICIPLES) + _in_a_brokering_role(holders)


def _holding_verb(word: Token) -> list[Token]:
    """The verb a contact noun is the object of: "held talks", "held a round of talks"; none for a verb."""
    if word.pos_ == "VERB":
        return []
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "dobj":
        word = word.head.head  # "held a round of talks"
    return [word.head] if word.dep_ == "dobj" and word.head.pos_ == "VERB" else []


def participles_after_the_telling(word: Token) -> list[Token]:
    """ "held a first round of talks in Baghdad on April 9, hosted by the Iraqi government", "met in Jeddah on
    Monday, hosted by the king": a passive participle after a comma on the verb that tells the contact, or that
    holds its noun as object, says who brought it about (rule party.brokered-after-comma). Not for a visit ("arrived
    in Doha, hosted by the emir", "paid a visit to Doha, hosted by the emir"): its host is the one visited."""
    verb = word if word.pos_ == "VERB" else next(iter(_holding_verb(word)), None)
    if verb is None:
        return []
    told = [word, verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(t.lemma_.lower() in TRAVEL_VERBS | {"visit"} or NOUN_MODES.get(t.lower_) == "visit" for t in told):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.i > verb.i
        and c.nbor(-1).text == ","
        and c.lemma_.lower() in BROKERING_PARTICIPLES
        and any(a.dep_ == "agent" for a in c.children)
    ]


def _in_a_brokering_role(holders: list[Token]) -> list[Token]:
    """Who a contact is told as held under or with as a go-between (rule party.brokered-by): "talks could resume in
    Oslo, with Norway as facilitator", "met under the auspices of the African Union", "under EU auspices"."""
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    # "Kenyan-mediated talks", "UN-brokered negotiations": the name before the hyphen of the participle
    found = [
        g
        for h in holders
        for a in h.children
        if a.dep_ == "amod" and a.lemma_.lower() in BROKERING_PARTICIPLES and a.i > 1 and a.nbor(-1).text == "-"
        for g in a.children
        if g.i == a.i - 2 and g.text[:1].isupper()
    ]
    hyphened = [c for h in holders for c in h.children if c.dep_ == "compound" and _before_a_brokering_hyphen(c)]
    if hyphened:
        fired("party.hyphen-broker")
    found += hyphened
    found += [
        g
        for p in preps
        if p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
        and any(
            a.dep_ == "prep" and a.lower_ == "as" and any(r.lemma_.lower() in BROKERING_ROLES for r in a.children)
            for a in g.children
        )
    ]
    for care in (g for p in preps if p.lower_ == "under" for g in p.children if g.dep_ == "pobj"):
        if care.lemma_.lower() not in AUSPICES_NOUNS and care.lower_ not in AUSPICES_NOUNS:
            continue
        found += [c for c in care.children if c.dep_ in ("poss", "compound")]  # "under EU auspices"
        # "under Saudi auspices", "under Qatari mediation": the state of the nationality
        found += [c for c in care.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        of = [c for c in care.children if c.dep_ == "prep" and c.lower_ == "of"]
        found += [g for c in of for g in c.children if g.dep_ == "pobj"]
    return found


def _bodys_gathering(modifier: Token, noun: Token) -> bool:
    """ "the G7 summit", "the Group of Seven summit", "an OSCE summit": a gathering noun named for a multilateral
    body, whose members gather (rule party.body-names-summit), however the tagger took the name: "G7" is often
    tagged a place, and "Group of Seven" hangs on the noun as a modifier of its own."""
    if NOUN_MODES.get(noun.lower_) != "multilateral" or not modifier.text[:1].isupper():
        return False
    return names_a_body(" ".join(t.text for t in modifier.subtree))


def names_grouping(token: Token) -> bool:
    """A capitalised word of a grouping of states ("Nordic", "Baltic") or a multilateral body's name ("ECOWAS",
    "EU"); not "who" or "gulf" in lower case."""
    if not token.text[:1].isupper():
        return False
    body = token.lower_ in MULTILATERAL_BODIES and (token.pos_ == "PROPN" or token.is_upper)
    return body or (token.lower_ in GROUPING_WORDS and not _names_one_state(token))


def _names_one_state(token: Token) -> bool:
    """ "South African", "Central African": a grouping word that, with the capitalised word before it, names one
    state's people."""
    if token.i == 0 or not (before := token.nbor(-1)).text[:1].isupper():
        return False
    return gazetteer().country_of(f"{before.text} {token.text}") is not None


def _of_a_grouping(noun: Token) -> bool:
    """A conference or session "of" a grouping of states or of its officials: "the conference of trade ministers
    of the Andean Community", "a session of the Nordic Council"."""
    return any(
        names_grouping(t)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
        for t in g.subtree
    )


def _of_a_body(noun: Token) -> bool:
    """A conference or session whose of-object, possessor or holder is a standing body or officials of many sides:
    "a session of the commission", "the Council of Ministers' session", "the conference of foreign ministers",
    "its annual session" after the commission is named, "ministers of the Arab League will hold a conference".
    Such a body sits in no court or press room."""
    holders = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    holders += [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("hold", "convene", "open"):
        holders += subjects_of(noun.head)  # "foreign ministers of the Arab League will hold a conference"
    holders = [_antecedent_body(h) if h.lower_ in ("its", "their") else h for h in holders]
    return any(h is not None and _sits(h) for h in holders)


def _sits(token: Token) -> bool:
    """A standing body of many sides, named ("the Joint Rivers Commission", "the Council of Ministers") or
    referred back to once named ("the commission"), or officials of many ("foreign ministers"); not a body of one
    state ("the Kenyan parliament's committee") nor an unnamed one ("the fisheries commission")."""
    lemma = token.lemma_.lower()
    if lemma in SESSION_HOLDERS and token.tag_ in ("NNS", "NNPS"):
        return not _of_one_state(token)
    if lemma not in SITTING_BODIES:
        return False
    return (token.text[:1].isupper() or _named_before(token)) and not _of_one_state(token)


def _named_before(body: Token) -> bool:
    """ "the commission" after "the Joint Rivers Commission": a body the text has named by its name."""
    lemma = body.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.text[:1].isupper() for t in body.doc[: body.i])


def _of_one_state(body: Token) -> bool:
    """A body or officials one state's name or people qualify: "the Kenyan parliament's committee", "Ghanaian
    ministers"; "the Soviet-Norwegian Fisheries Commission" is of two."""
    geo = gazetteer()
    modifiers = [t for t in body.subtree if t.i < body.i and (t.ent_type_ in ("NORP", "GPE") or geo.country_of(t.text))]
    return len({geo.country_of(t.text) or t.text for t in modifiers}) == 1


def _antecedent_body(pronoun: Token) -> Token | None:
    """The body "its" or "their" stands for: the last noun before it, in its sentence or the one before, that
    names one ("The commission met in March. Its next session …")."""
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    nouns = [t for t in pronoun.doc[start : pronoun.i] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
    bodies = [t for t in nouns if t.lemma_.lower() in SITTING_BODIES | SESSION_HOLDERS]
    return bodies[-1] if bodies else None


def _agents_of(participles: list[Token], lemmas: frozenset[str]) -> list[Token]:
    """Who the participles of ``lemmas`` among ``participles`` name by "by": "attended by X", "brokered by Y"."""
    return [
        g
        for v in participles
        if v.lemma_.lower() in lemmas
        for a in v.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
