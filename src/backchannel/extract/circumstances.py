"""A contact's status, topics and date, read from the words around its trigger."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import EventStatus
from .actor_words import LIST_BULLETS, doc_text, entity_at
from .contact_words import (
    ACHIEVING_HEADS,
    CAME_ABOUT_VERBS,
    CHARACTERIZING_VERBS,
    CLOCK_ZONES,
    DEGREE_WORDS,
    DENIAL_HEADS,
    ERA_NOUNS,
    FAILING_HEADS,
    FUTURE_AUX,
    GLADLY_ADVERBS,
    HOLDING_VERBS,
    HYPOTHETICAL_AUX,
    KNOWING_WORDS,
    LASTING_HAPPENINGS,
    MOVED_TO_HOLD_VERBS,
    NOUN_MODES,
    OFFER_NOUNS,
    OFFERING_HEADS,
    ONGOING_WORDS,
    OPEN_QUESTION_WORDS,
    OPEN_TIME_MARKS,
    OPEN_TIMES,
    OUTCOME_VERBS,
    PERFECT_AUX,
    PLANNING_HEADS,
    PLEASURE_HEADS,
    POSTPONING_HEADS,
    REFUSAL_HEADS,
    REQUEST_HEADS,
    RESCHEDULING_VERBS,
    SIDELINES,
    SPECULATION_NOUNS,
    SPURNING_VERBS,
    STARTING_VERBS,
    TELLING_VERBS,
    TIMES_OF_THEIR_OWN,
    TIMING_PREPS,
    TOPIC_PREPS,
    TRAVEL_VERBS,
    UPCOMING,
    WELCOMING_WORDS,
    WHETHER_WORDS,
    WILLING_WORDS,
)
from .grammar import is_passive, looked_forward_to, takes_to, verb_at_or_above, whom_clause
from .lexicon import KNOWN_ANSWER_WORDS, SPEECH_VERBS, mended_lemma
from .person_words import PEOPLE_NOUNS
from .places import place_in, place_of_verb, purpose_of
from .story_days import day_left_out
from .trace import collecting, fired
from .untagged_people import PLACE_NOUNS
from .when import (
    AHEAD,
    DAY_OF_MONTH,
    FULL_DATE,
    NUMBERS,
    ORDINAL_DAYS,
    SEASON,
    WEEKDAY,
    WEEKDAY_RANGE,
    YEAR,
    is_calendar,
    is_length,
    story_day_offset,
)

PAST_TIME_MARKS = frozenset({"when", "while", "after", "as", "before", "once", "where"})
"""Words opening a time clause (or a clause of place) whose verb in the past tense tells its contact took place."""
CIRCUMSTANCE_PREPS = ("during", "after", "before", "since", "following", "amid", "from")


def _spoken_of(contact: Token) -> bool:
    """A contact after "of" or "about" a noun of talk or chance ("talk of a meeting", "the prospect of talks"): only
    spoken of as possible."""
    prep = contact.head
    if contact.dep_ != "pobj" or prep.lower_ not in ("of", "about"):
        return False
    head = prep.head
    if head.lemma_.lower() == "be":  # "There is talk, too, of a meeting": the parse hung "of" on "is"
        head = next((c for c in head.children if c.dep_ in ("attr", "nsubj")), head)
    return head.pos_ == "NOUN" and head.lemma_.lower() in SPECULATION_NOUNS


def _verb_of(prep: Token) -> Token:
    """The verb a preposition modifies. One the parse hung on a "that" clause it stands before ("said after meeting
    X that talks would resume") modifies the verb that clause hangs on."""
    head = prep.head
    if head.dep_ == "ccomp" and any(c.dep_ == "mark" and prep.i < c.i < head.i for c in head.children):
        return head.head
    return head


def _told_as_past(verb: Token) -> bool:
    """Whether a verb tells a past act: in the past tense ("proposed") or a perfect, present or past ("has
    promised", "had agreed"), not under a modal ("will have promised"). What it was done after had happened."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return (
        verb.tag_ == "VBN"
        and any(a in PERFECT_AUX for a in auxes)
        and not any(a in FUTURE_AUX | HYPOTHETICAL_AUX for a in auxes)
    )


HOPING_VERBS = frozenset({"hope", "wish", "pray"})
"""Verbs whose clause tells a wish: "Abe hoped that Moon would visit Japan" (rule status.hoped-that)."""
SINGLING_WORDS = frozenset({"first", "second", "third", "last", "only", "latest"})
"""Words that single out one of a series on a noun whose infinitive says what it did: "the first leader to visit"."""


def _first_done(verb: Token) -> bool:
    """ "became the first European leader to speak to X", "was the only minister to visit Y", "The first company
    to visit Manila opened its tour": an infinitive on a noun singled out by an ordinal or "only" says what its
    holder did, told as done when the clause the noun stands in is in the past (rule status.first-to); "will be
    the first to visit" is still to come."""
    noun = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "amod" and c.lower_ in SINGLING_WORDS for c in noun.children):
        return False
    while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
        noun = noun.head  # "a survey team …, the first Japanese officials to visit": the noun it renames
    clause = noun.head
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head  # "one of the first leaders to visit": through the phrase the noun is in
    return clause.pos_ in ("VERB", "AUX") and _told_as_past(clause)


def _setting_of_an_offer(noun: Token) -> bool:
    """ "X offered in a phone call with Y to host talks", "In a call with Y, X proposed a summit": a contact noun after
    "in" on a verb of offering that offers something else is where the offer was made, so the offer is not the
    contact's; the call keeps its own status (rule status.setting-of-an-offer)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lower_ not in NOUN_MODES:
        return False
    verb = noun.head.head
    return (
        verb.pos_ == "VERB"
        and mended_lemma(verb) in OFFERING_HEADS
        and any(c.dep_ in ("xcomp", "ccomp", "advcl", "dobj") and c.i != noun.head.i for c in verb.children)
    )


def status_of(token: Token, *, noun: Token | None = None) -> EventStatus:
    """Status from negation, modality, planning heads and tense around ``token``."""
    if invitation_refused(token) is not None:
        fired("status.invitation-refused")  # "turned down invitations to meet X": the meeting is refused
        return EventStatus.DENIED
    if _spoken_of(noun if noun is not None else token):
        fired("status.speculated")  # "there is talk of a meeting", "speculation about a visit"
        return EventStatus.HYPOTHETICAL
    chain = [token]
    node = token
    proposed = False
    hoped = False  # "hoped that President X would visit Japan": wished for, not arranged
    left_open = False  # "it is not clear when they will meet": asked about, not denied
    for _ in range(4):
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        if _asked_if_known(node):
            left_open = True
            break
        if _proposed_clause(node):
            proposed = True
            break
        if node.dep_ == "ccomp" and mended_lemma(node.head) in HOPING_VERBS:
            hoped = True
            break
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS + CIRCUMSTANCE_PREPS:
            # "asked not to speculate about a meeting", "agreed during a phone call": the contact a clause is about,
            # or that frames it, keeps its own status
            break
        if node.dep_ == "pcomp" and node.head.lower_ in ("after", "following") and _told_as_past(_verb_of(node.head)):
            fired("status.after-meeting")  # "after meeting with X, Clinton proposed …": met, whatever she proposed
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() not in REFUSAL_HEADS:
            break
        # "what would be his first meeting with X" names the meeting (a free relative), asks nothing about it
        asked = any(
            c.lower_ in KNOWN_ANSWER_WORDS and c.i < node.i and not (c.dep_ == "nsubj" and node.lemma_ == "be")
            for c in node.children
        )
        if node.dep_ in ("pcomp", "acl") and asked:
            fired("status.embedded-question")  # "I have no indication of what those meetings were": they were held
            break
        if node.dep_ == "conj" and _own_clause(node):
            break  # "had not been summoned but had attended a meeting": the second verb says it for itself
        if (
            node.dep_ in ("advcl", "relcl")
            and node.tag_ == "VBD"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in PAST_TIME_MARKS for c in node.children)
        ):
            fired("status.own-past-clause")
            break  # "Planning started in May, when the mayor held a video call": it was held, not started
        if node.dep_ == "relcl" and (
            node.tag_ == "VBD"
            or any(c.dep_ == "aux" and c.lower_ != "to" for c in node.children)
            or any(t.lower_ == "whom" and (c := whom_clause(t)) is not None and c.i == node.i for t in node.subtree)
        ):
            fired("status.own-relative-clause")
            break  # "Ruto, who hosted Dagalo in January, has offered to mediate": the hosting is done
        if node.head.lemma_.lower() in TELLING_VERBS | DENIAL_HEADS or node.head.lower_ in ("reports", "report"):
            break  # what a teller says of a contact is a confirmation, not the contact's status
        if characterized(node):
            fired("status.characterized")
            break  # "declined to describe the call as tense": the call was held; only the word is refused
        node = node.head
        chain.append(node)
    children = [c for t in chain for c in t.children]
    if noun is not None:
        children += list(noun.children)
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    markers = {c.lower_ for c in children if c.dep_ in ("mark", "advmod", "amod", "acomp", "prep", "npadvmod")}
    words = {t.lower_ for t in chain}
    lemmas = {mended_lemma(t) for t in chain}
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children)
    if negated and noun is not None and _judged(noun):
        fired("status.judged")  # "the talks were not useful": a verdict on a contact, not its denial
        negated = False
    if negated and noun is not None and _outcome_denied(noun):
        fired("status.outcome-negated")  # "X's meeting with Y did not produce an agreement": held, to no end
        negated = False
    if negated and degree_denied(noun if noun is not None else token):
        fired("status.degree-negated")
        negated = False  # "there will not be detailed discussions with Abe": there will be discussions
    # "has no plans to meet": a plan denied
    negated = negated or any(t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children) for t in chain[1:])
    # "ending a three-day trip", "the talks ended", "ended a third round of talks without agreement": a contact
    # that ended took place
    ended = noun is not None and _ended(noun)
    called_off = any(
        t.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children) for t in chain
    )
    # "put off until the autumn", "pushed back to December", "put back a week"
    put_off = any(
        t.lemma_.lower() in ("put", "push")
        and any(
            (c.dep_ == "prt" and c.lower_ == "off" and t.lemma_.lower() == "put")
            or (c.dep_ in ("prt", "advmod") and c.lower_ == "back")
            for c in t.children
        )
        for t in chain
    )
    if (lemmas & POSTPONING_HEADS or put_off) and not negated:
        fired("status.postponed")  # "the visit was postponed", "put off until the autumn": still to come
        return EventStatus.PLANNED
    if "leave" in lemmas and any(_left_for_a_place(t) for t in chain):
        fired("status.left-for-a-place")  # "will leave for New Delhi on Monday for talks": a journey, not a walk-out
        lemmas.discard("leave")
    if "leave" in lemmas and _left_a_place_for_it(chain, noun):
        fired("status.left-a-place")  # "left Sanaa to meet X", "before leaving the country": a journey
        lemmas.discard("leave")
    if noun is not None and _left_after_holding(noun):
        fired("status.left-after-holding")  # "left talks with X yesterday": the talks were held
        lemmas.discard("leave")
    if (lemmas & REFUSAL_HEADS or called_off) and not ended:
        fired("status.refused")  # "refused to meet", "cancelled the visit", "called off the call"
        return EventStatus.DENIED
    if left_open:
        fired("status.left-open")  # "it is not clear when the next meeting will take place": possible, not denied
        if not _told_as_past(chain[-1]):
            return EventStatus.HYPOTHETICAL
    if negated:
        fired("status.negated")  # "did not meet", "never met"
        return EventStatus.DENIED
    if proposed:
        fired("status.proposed")  # "proposed that the two sides meet again": put forward, not arranged
        return EventStatus.HYPOTHETICAL
    if hoped:
        fired("status.hoped-that")  # "hoped that X would visit Japan", "I hope he will visit us": a wish
        return EventStatus.HYPOTHETICAL
    if auxes & HYPOTHETICAL_AUX or markers & {"if", "possible", "possibly", "perhaps", "whether"}:
        fired("status.modal.hypothetical")  # "could meet", "a possible meeting", "if they meet"
        return EventStatus.HYPOTHETICAL
    if _on_a_condition(chain) and not (noun is not None and noun.dep_ == "pobj"):
        fired("status.conditional")  # "would meet Nangaa if Kabila agrees", "only if Rwanda withdrew"
        return EventStatus.HYPOTHETICAL
    if _requested([noun, *chain] if noun is not None and noun.head.i == token.i else chain):
        fired("status.requested")  # "urged X to meet", "called for talks"
        return EventStatus.HYPOTHETICAL
    # "agreed to meet", "welcomed Putin to mediate": an infinitive tells what is to come
    to_infinitive = (token.dep_ == "xcomp" or token.tag_ == "VB" or _held_to_come(token)) and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in token.children
    )
    # "would be prepared to meet": the participle of readiness is tagged as a verb
    willing = {t.lower_ for t in chain if t.pos_ == "ADJ" or t.dep_ == "acomp"} & WILLING_WORDS
    if auxes & (HYPOTHETICAL_AUX | {"would", "'d"}):
        willing |= words & WELCOMING_WORDS  # "would be honoured to receive him"; "was pleased to meet" met
    if willing and not lemmas & {"agree", "plan", "schedule"}:
        fired("status.willing")  # "would be willing to meet", "is ready to travel": possible, not arranged
        return EventStatus.HYPOTHETICAL
    # "Monday's talks offered little hope", "the summit agreed a plan": a contact that acts took place; the verb
    # it is the subject of plans nothing for it (rule status.contact-as-subject)
    acting = noun is not None and noun.dep_ == "nsubj" and noun.head.i == token.i and token.pos_ == "VERB"
    wishes = {mended_lemma(t) for t in chain if t.pos_ == "VERB" and not (acting and t.i == token.i)}
    plans = {mended_lemma(t) for t in chain if not (acting and t.i == token.i)}
    if acting and {token.lemma_.lower()} & (OFFERING_HEADS | PLANNING_HEADS) and not auxes & FUTURE_AUX:
        fired("status.contact-as-subject")
    offered = wishes & OFFERING_HEADS
    if offered and noun is not None and _setting_of_an_offer(noun):
        fired("status.setting-of-an-offer")  # "offered in a phone call with X to host talks": the call was held
        offered = set()
    if offered and not lemmas & {"agree", "plan", "schedule"}:
        fired("status.offered")  # "offered to host talks", "hopes to meet": wished for, not arranged
        return EventStatus.HYPOTHETICAL
    if auxes & {"would", "'d"} and _time_left_open(chain):
        fired("status.would-some-day")  # "would gladly meet him", "would visit Accra at any time": possible
        return EventStatus.HYPOTHETICAL
    if any(looked_forward_to(t) is not None for t in chain):
        fired("status.looked-forward")  # "is looking forward to attending the summit": to come, not under way
        return EventStatus.PLANNED
    if auxes & FUTURE_AUX:
        fired("status.modal.future")  # "will meet", "would travel"
        return EventStatus.PLANNED
    if plans & PLANNING_HEADS or markers & UPCOMING:
        fired("status.planning-head")  # "plans to visit", "agreed to meet", "the upcoming summit"
        return EventStatus.PLANNED
    if _here_now_for(chain, noun):  # a modal verb returned above
        fired("status.here-now-for")  # "X is in Riga to attend the summit", "is in Quito for talks": under way
        return EventStatus.ONGOING
    if to_infinitive and _first_done(token):
        fired("status.first-to")  # "became the first leader to speak to X": the speaking is done
        return EventStatus.OCCURRED
    achieved = _achieved(token, noun) if to_infinitive else None
    if achieved is not None:  # "managed to meet" met; "failed to meet" did not
        return EventStatus.OCCURRED if achieved else EventStatus.DENIED
    perfect = token.tag_ == "VBN" and any(c.lower_ in ("have", "'ve") and c.dep_ == "aux" for c in token.children)
    if to_infinitive and perfect and _meant_to_have(token):
        fired("status.was-to-have")  # "was to have come to La Paz in July", "was supposed to have met X": a plan
        return EventStatus.PLANNED
    if to_infinitive and perfect:
        fired("status.perfect-infinitive")  # "was said to have telephoned", "is believed to have met": done
        return EventStatus.OCCURRED
    if to_infinitive:
        fired("status.infinitive")  # "welcomed Putin to mediate"
        return EventStatus.PLANNED
    progressive = token.tag_ == "VBG" and auxes & {"is", "are", "am", "been"}  # "have been carrying"
    if lemmas & STARTING_VERBS and noun is not None:
        fired("status.begun")
        return EventStatus.ONGOING  # "began a new round of talks": under way as the article goes out
    under_way = any(c.lower_ == "under" and any(g.lower_ == "way" for g in c.children) for c in children)
    if (markers | words) & ONGOING_WORDS or progressive or under_way:
        fired("status.ongoing")  # "talks are under way", "is holding talks"
        return EventStatus.ONGOING
    if not auxes and _scheduled_in_the_present(chain):
        fired("status.present-scheduled")  # "The minister visits Quito on Friday": a timetable, in the body
        return EventStatus.PLANNED
    return EventStatus.OCCURRED


def invitation_refused(infinitive: Token) -> Token | None:
    """ "X and Y have turned down invitations to meet Z", "declined an offer to visit Moscow", "rejected a proposal to
    hold talks": a contact in the infinitive of an invitation, offer or request that its object's verb turns down
    is refused (rule status.invitation-refused); the verb of refusing, whose subject refused it, or None. The parse
    may hang the infinitive on the verb past its object ("turned down invitations | to meet Z")."""
    if not takes_to(infinitive):
        return None
    offer = infinitive.head
    if infinitive.dep_ in ("advcl", "xcomp") and offer.pos_ == "VERB":
        offer = next((c for c in offer.children if c.dep_ == "dobj" and c.i < infinitive.i), offer)
    elif infinitive.dep_ != "acl":
        return None
    if offer.lemma_.lower() not in OFFER_NOUNS or offer.dep_ != "dobj":
        return None
    verb = offer.head
    turned_down = verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return verb if turned_down or verb.lemma_.lower() in SPURNING_VERBS else None


def _meant_to_have(infinitive: Token) -> bool:
    """ "X was to have flown to Quito in May", "was supposed to have met Y": a perfect infinitive under a bare "be" or
    "supposed" in a main clause tells what was arranged, not what was done (rule status.was-to-have); "is said to
    have met" tells a deed. In a relative clause ("the session, at which X was to have met Y, was postponed") the
    noun's own clause tells what became of it, and the contact is read with it as before."""
    head = infinitive.head
    meant = head.lemma_ == "be" or (head.lemma_ == "suppose" and is_passive(head))
    return infinitive.dep_ == "xcomp" and meant and head.dep_ != "relcl"


def _held_to_come(token: Token) -> bool:
    """ "the summit to be held in November": a passive infinitive in a clause on a noun tells what is to come (rule
    status.to-be-held)."""
    if token.dep_ not in ("relcl", "acl") or token.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    fired("status.to-be-held")
    return True


def _asked_if_known(clause: Token) -> bool:
    """ "It is not clear when the next meeting will take place", "it is unclear whether they will meet": a clause
    opened by when, where, whether or if after "is (not) clear" asks about its contact; the negation above it denies
    the knowing, not the contact (rule status.left-open). One still to come is only possible; one told in the past
    ("it is not clear when the two met") was held, its time unknown. "It is not known when …", "it has not been
    decided where …" ask the same with a negated passive of knowing as the clause's head."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    opened = any(
        c.dep_ in ("advmod", "mark") and c.lower_ in OPEN_QUESTION_WORDS and c.i < clause.i for c in clause.children
    )
    return opened and (_is_knowing(clause.head) or _not_known(clause.head))


def _is_knowing(head: Token) -> bool:
    """ "is (not) clear", "is unclear", "is not certain": "be" with an adjective of knowing."""
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in KNOWING_WORDS for c in head.children)


def _not_known(head: Token) -> bool:
    """ "is not known", "has not been decided", "is not yet settled": a negated passive of knowing."""
    children = [c.dep_ for c in head.children]
    return head.lower_ in KNOWING_WORDS and "auxpass" in children and "neg" in children


def _here_now_for(chain: list[Token], noun: Token | None) -> bool:
    """ "X is in Riga on May 4 to take part in the summit", "Y is in Quito for talks with Z": a present
    "be" that puts its subject at a place, and a contact that is the purpose of the stay (its infinitive or its
    "for" noun), tells a contact under way as the article goes out, not one still to come or done (rule
    status.here-now-for). The past ("was in Lima last week for talks") is left to the tense."""
    stay = next((t for t in chain if t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP")), None)
    if stay is None or any(c.dep_ == "acomp" for c in stay.children):  # "is due in Rabat next week for talks"
        return False
    with collecting([]):  # where it is decides the status here; the place is told by the place rules
        if place_of_verb(stay) is None:
            return False
    if stay is chain[0]:  # the noun's mention gives the stay itself: "is in Quito for talks"
        return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == stay.i
    below = chain[chain.index(stay) - 1]
    infinitive = below.dep_ in ("advcl", "xcomp") and takes_to(below)
    purpose = below.dep_ == "prep" and below.lower_ == "for"
    return infinitive or purpose


def _achieved(infinitive: Token, noun: Token | None = None) -> bool | None:
    """Whether the contact an infinitive tells came about by the word it completes: True for one done in the past
    ("managed to meet", "was able to meet", "got to meet", "happened to meet"; not under a wish, "hoped she was able
    to meet") or had with pleasure ("was pleased to meet", "it was an honour to meet", "Great to meet"; not "is
    pleased to meet", which may be still to come), False for one that failed ("failed to meet", "neglected to
    call"), None for any other head (a plan, a wish, or ability now: "is able to meet"). Heads under "will" or
    "would" never get here."""
    head = infinitive.head
    if infinitive.dep_ in ("xcomp", "acl", "relcl", "advcl") and head.lower_ in PLEASURE_HEADS:
        copula = head.head if head.dep_ in ("acomp", "attr") else None
        if copula is not None and copula.tag_ != "VBD":
            return None  # "is pleased to meet him on Friday": perhaps still to come; "was pleased to meet" was had
        fired("status.pleasure")
        return True
    if infinitive.dep_ != "xcomp":
        return None
    if mended_lemma(head) in FAILING_HEADS:
        fired("status.failed")
        return False
    word = "able" if head.lower_ == "able" else mended_lemma(head)
    if word not in ACHIEVING_HEADS:
        return None
    if word == "move" and mended_lemma(infinitive) not in MOVED_TO_HOLD_VERBS:
        return None  # "moved to block talks", "moved to hold talks", "moved to meet X": steps towards them
    verb = head.head if word == "able" and head.dep_ == "acomp" else head
    if verb.dep_ in ("ccomp", "xcomp") and mended_lemma(verb.head) in OFFERING_HEADS | PLANNING_HEADS:
        return None  # "hoped she was able to meet": a wish, not a meeting
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if word == "get":
        past = verb.tag_ == "VBD"  # "has got to meet him" is a must, not a meeting
    if past or (perfect and word != "get"):
        fired("status.moved-to" if word == "move" else "status.achieved")
        return True
    return None


def _time_left_open(chain: list[Token]) -> bool:
    """ "would gladly sit down with them", "would travel to Lima at the right time", "would meet him once the guns
    fall silent", "as soon as the road is open": a contact under "would" whose time is left open, or that is
    offered with a readiness, is a possibility, not a plan told in the past of a report ("said he would travel to
    Lima on Monday"; rule status.would-some-day)."""
    for c in (c for t in chain for c in t.children):
        if c.dep_ == "advmod" and (c.lower_ in GLADLY_ADVERBS or _as_soon_as(c)):
            return True
        if c.dep_ in ("prep", "npadvmod", "advmod"):
            if " ".join(w.lower_ for w in c.subtree if not w.is_punct) in OPEN_TIMES:
                return True
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in OPEN_TIME_MARKS for m in c.children):
            if not any(w.ent_type_ == "DATE" for w in c.subtree):  # "once he lands in Minsk on Monday": a day set
                return True
    return False


def _as_soon_as(soon: Token) -> bool:
    """ "as soon as the road is open", parsed as "soon" with its "as" and the clause beneath it."""
    return soon.lower_ == "soon" and any(c.lower_ == "as" for c in soon.children if c.i < soon.i)


CONDITION_MARKS = frozenset({"if", "unless"})


def _on_a_condition(chain: list[Token]) -> bool:
    """A contact whose clause holds an "if" or "unless" clause of its own is one that may happen (not a contact
    named in a phrase of a clause so conditioned: "The rapprochement, if that is what it is, comes days before the
    talks", which ``status_of`` leaves out)."""
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)
        for t in chain
        for c in t.children
    )


SCHEDULED_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|this coming|later this)\b"
)
PAST_DAY = re.compile(r"(?i)\b(?:last|ago|yesterday|earlier|previous|past)\b")


PROPOSING_VERBS = frozenset({"propose", "suggest", "recommend"})


def _proposed_clause(clause: Token) -> bool:
    """ "proposed that the two sides meet again", "suggested they should talk": a clause put forward, in the
    subjunctive's bare verb or with "should", under a verb of proposing."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in PROPOSING_VERBS:
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    bare = clause.tag_ in ("VB", "VBP") and not auxes and any(c.dep_ == "nsubj" for c in clause.children)
    return bare or "should" in auxes


def said_again(trigger: Token) -> bool:
    """ "will meet again", "met once more": a contact said to repeat one told before."""
    words = [c.lower_ for c in trigger.children if c.dep_ in ("advmod", "npadvmod")]
    return "again" in words or any(
        c.lower_ == "more" and any(g.lower_ == "once" for g in c.children) for c in trigger.children
    )


def _judged(noun: Token) -> bool:
    """A contact that is the subject of "be" with an adjective of its character ("the talks were not useful", "the
    visit was not easy"; rule status.judged): what was said of it, not whether it was held. Words of whether it
    happened (``whether_words``: "was not real", "is not likely") still deny, and a noun after "be" may call it made
    up ("a story built to order"), so is left alone."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lower_ not in WHETHER_WORDS for c in verb.children)


def _outcome_denied(noun: Token) -> bool:
    """A contact that is the subject of a negated verb of what it brings about, with an object of its own ("the
    meeting did not produce an agreement", "her visit did not secure any talks", "the talks did not result in a
    deal"; rule status.outcome-negated): what it failed to bring denies the outcome, not the contact. "Did not take
    place" still denies it, and so does "did not get the go-ahead" (a permission, not an outcome)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB":
        return False
    word = mended_lemma(verb)
    if word not in OUTCOME_VERBS:
        return False
    if word in ("result", "lead"):
        into = "in" if word == "result" else "to"
        return any(
            c.dep_ == "prep" and c.lower_ == into and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
        )
    return any(c.dep_ == "dobj" for c in verb.children)


def degree_denied(noun: Token) -> bool:
    """ "There will not be detailed discussions with Abe", "there were no lengthy talks": a contact noun with an
    adjective of how much was said, told in a clause that "not" or "no" negates, is a contact held or to come whose
    degree is denied, not a denial of it (rule status.degree-negated): it retells the contact told, at its stage.
    "No separate meeting", "no such meeting" deny one; so do "no serious talks", "no meaningful dialogue", whose
    adjective tells no amount said but whether there was a contact worth the name.
    Looking fires nothing: the callers fire the rule where it changes what they read."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in DEGREE_WORDS for c in noun.children)


def characterized(noun: Token) -> bool:
    """A contact given a character: "described the talks as constructive", "called the meeting a breakthrough"."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in CHARACTERIZING_VERBS
        and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    )


def _scheduled_in_the_present(chain: list[Token]) -> bool:
    """A verb in the simple present dated by a weekday or "next …", outside the headline (where the present tells
    the news): news tells a timetable so ("He travels to Paris next week"). A present joined to such a verb keeps
    its day: "flies to Tokyo on Monday and meets the prime minister" (rule status.present-scheduled-joined)."""
    verb = next((t for t in chain if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or "\n" not in doc_text(verb.doc)[: verb.idx]:
        return False
    when = date_text_of(verb)
    joined = when is None and verb.dep_ == "conj" and verb.head.tag_ == verb.tag_
    if joined:
        when = date_text_of(verb.head)
    scheduled = when is not None and SCHEDULED_DAY.search(when) is not None and PAST_DAY.search(when) is None
    if scheduled and joined:
        fired("status.present-scheduled-joined")
    return scheduled


def _ended(noun: Token) -> bool:
    """Whether ``noun`` is a contact that ended, so was not called off: "ended a three-day visit", "the talks ended",
    "at the end of her visit", "before the end of his talks" (any preposition: "the end of" a contact is its close),
    "ended the latest round of talks", "ended two days of talks", "ended a two-day summit", "ended their talks"
    (rules status.ended-held, status.at-its-end); not "ended mediation efforts" (called off) nor "ended a tour with
    talk of a meeting"."""
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if held is not noun and held.lemma_.lower() == "end" and held.dep_ == "pobj":
        fired("status.at-its-end")  # "came at the end of her visit", "left before the end of the talks": not called off
        return True
    if held.head.lemma_.lower() != "end" or held.dep_ not in ("dobj", "nsubj"):
        return False
    if held is not noun and held.lemma_.lower() in SPANS_OF_TIME:
        fired("status.ended-held")  # "ended two days of talks": the talks were held for two days
        return True
    if NOUN_MODES.get(noun.lower_) == "multilateral":
        fired("status.ended-held")  # "ended a two-day summit": a gathering ends when it closes
        return True
    if held is noun and _their_own_ended(noun):
        fired("status.ended-held")  # "ended their summit meeting yesterday": they held it
        return True
    return held.dep_ == "nsubj" or NOUN_MODES.get(noun.lower_) == "visit" or held.lemma_.lower() in ("round", "session")


def _their_own_ended(noun: Token) -> bool:
    """ "the two leaders ended their summit meeting yesterday", "have ended their talks with X": a meeting or
    call its own sides are told to have ended; not "ended its mediation" (an effort called off), nor "threatened
    to end their talks", still to come."""
    verb = noun.head
    own = any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its", "our") for c in noun.children)
    sitting = NOUN_MODES.get(noun.lower_) in ("meeting", "phone") and noun.lemma_.lower() not in ENDED_EFFORTS
    return noun.dep_ == "dobj" and _told_as_done(verb) and own and sitting


ENDED_EFFORTS = frozenset({"mediation", "dialogue", "contact", "communication", "negotiation", "exchange"})
"""Contact nouns for an effort or a channel, not a sitting: ended, they are called off ("ended its mediation")."""


SPANS_OF_TIME = frozenset({"hour", "day", "week", "month"})
"""Spans a contact is counted in: "two days of talks", "three weeks of negotiations"."""


def _requested(chain: list[Token]) -> bool:
    """A contact asked for: "urged X to meet Y", "requested a meeting", "pressed for talks"; not one the asking is
    only about ("asked readers their thoughts on Trump's meeting with X")."""
    for below, above in itertools.pairwise(chain):
        if above.lemma_.lower() in REQUEST_HEADS or _calls_for(above):
            return below.dep_ in ("dobj", "xcomp", "ccomp", "advcl") or below.lower_ == "for"
        through = below.dep_ in ("xcomp", "conj", "aux") or (below.dep_ == "pobj" and above.lower_ == "for")
        if not through and not (below.dep_ == "dobj" and above.lemma_.lower() in HOLDING_VERBS):
            return False  # "called on the government to block the visit": the blocking is asked for, not the visit
    return False


def _calls_for(verb: Token) -> bool:
    """ "called for talks", "called on X to meet" (not "called on Monday", nor "called on the minister": a visit)."""
    if verb.lemma_.lower() != "call":
        return False
    demanding = any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children)
    return any(
        c.lower_ == "for"
        or (c.lower_ == "on" and demanding and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in verb.children
    )


def _own_clause(conj: Token) -> bool:
    """A conjoined verb with its own auxiliary or after "but" keeps its own polarity and tense."""
    own_aux = any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children)
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.head.children)
    return own_aux or contrast


def topics_of(token: Token) -> list[str]:
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
        text = " ".join(phrase.text.split("\n")[0].split()).strip(" ,.")  # one line, single spaces
        if text and len(phrase) <= 12:
            out.append(text)
        for conj in c.conjuncts:
            if conj.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and conj.text not in out:
                out.append(conj.text)
        for app in (g for g in c.subtree if g.ent_type_ == "GPE" and g.text not in text):
            out.append(app.text)
    return list(dict.fromkeys(out))


def date_text_of(token: Token) -> str | None:
    """The DATE entity attached to a trigger within its own clause, or standing right after the clause."""
    for t in token.subtree:
        if t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent is not None and is_length(ent.text) and _in_clause(ent, token):
                fired("date.length-not-a-time")  # "their first meeting in more than a year": no time of its own
                continue
            if ent is not None and (ahead := _counted_ahead(ent)) is not None and _in_clause(ent, token):
                return ahead  # "will meet again in two weeks" (rule date.counted-ahead)
            if ent is None or not (is_calendar(ent.text + _counted_from(ent)) and _in_clause(ent, token)):
                continue
            if _clock_time(ent):
                continue
            if _season_beside_a_year(ent, token):
                continue  # "during the late summer heatwave of 2018": the year dates it, not the season
            head = t.head
            prefix = head.lower_ + " " if head.dep_ == "prep" and head.lower_ in ("since", "until", "by") else ""
            if prefix == "since " and _after_a_first(head):
                continue  # "the first meeting between the two since November": November was the last one
            text = doc_text(token.doc)
            until = WEEKDAY_RANGE.match(text, ent.end_char)  # "Monday and Tuesday": the tagger splits them
            # "this coming Sunday": the tagger leaves "coming" out of the day (rule date.weekday.coming)
            coming = COMING_BEFORE.search(text, max(0, ent.start_char - 16), ent.start_char)
            prefix += coming.group(1) + " " if coming is not None and WEEKDAY.match(ent.text) else ""
            spelt = _spelt_day_before(ent) or day_left_out(ent)  # "on the night of 6 September"
            if spelt and spelt[0].isdigit():
                fired("date.day-left-out")
            return prefix + spelt + ent.text + (until.group(0) if until else "") + _counted_from(ent)
    return (
        _story_day_phrase(token)
        or _day_of_month(token)
        or _day_and_month(token)
        or _date_after_clause(token)
        or _on_a_day_before_the_report(token)
        or _date_on_the_verb_above(token)
        or _date_before_the_purpose(token)
        or _line_head_date(token)
        or _date_of_its_when_clause(token)
        or _date_of_its_gathering(token)
    )


def _counted_ahead(ent: SpacySpan) -> str | None:
    """ "in two weeks", "within ten days", "in three weeks' time": a count of days, weeks or months after "in" or
    "within", which the tagger leaves out of the date, read ahead from the article's date for a contact still to
    come (rule date.counted-ahead), told on a verb ("will meet again in two weeks"); not on a noun ("their first
    meeting in two weeks"), a length."""
    doc = ent.doc
    prep = doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.lower_ not in ("in", "within") or prep.head.pos_ not in ("VERB", "AUX"):
        return None  # "their first meeting in two weeks": a length
    if prep.i > 0 and doc[prep.i - 1].lower_ in ("time", "times"):
        return None  # "postponed for the second time in two months"
    end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ == "time" else ent.end  # "three weeks' time"
    phrase = doc[prep.i : end].text
    return phrase if AHEAD.fullmatch(phrase) else None


COMING_BEFORE = re.compile(r"\b((?:this\s+)?coming)\s+$", re.IGNORECASE)
"""The words before a weekday that set it ahead, which the tagger leaves out of the date."""
LINE_LEAD = re.compile(rf"[ \t]*(?:[{re.escape(''.join(sorted(LIST_BULLETS)))}\-–—]\s*)?")
"""What may open a line of a timeline or fact box before its date: blanks and a bullet or a dash."""
HEAD_MARK = re.compile(r"\s*[—–:\-]\s")
"""The dash or colon that sets a line's heading date off from what happened then."""


def _line_head_date(token: Token) -> str | None:
    """ "• January 2015 — X and Y spoke by telephone", "- 4 May: X met Y": a date that opens a line of a timeline or
    fact box, set off by a dash or colon, dates the contact told on that line, however the parse hung it (rule
    date.line-head)."""
    doc = token.doc
    text = doc_text(doc)
    lead = LINE_LEAD.match(text, text.rfind("\n", 0, token.idx) + 1)
    first = doc.char_span(lead.end(), lead.end() + 1, alignment_mode="expand") if lead.end() < token.idx else None
    if first is None or first[0].i >= token.i:
        return None
    word = first[0]
    numbered = word.text.isdigit() and word.i + 1 < len(doc)  # "4 May", which the tagger may date from "May"
    ent = entity_at(doc[word.i + 1] if numbered else word)
    if ent is None or ent.label_ != "DATE" or ent.start != word.i + numbered or ent.end > token.i:
        return None
    day = day_left_out(ent) if numbered else ""
    if day:
        fired("date.day-left-out")
    if HEAD_MARK.match(text, ent.end_char) is None or not is_calendar(ent.text):
        return None
    fired("date.line-head")
    return day + ent.text


def _season_beside_a_year(ent: SpacySpan, token: Token) -> bool:
    """Whether ``ent`` is a season with no year of its own while the clause also tells a year ("in late summer,
    after the 2021 election"): the season's year is that one, not the one nearest the article (rule date.season)."""
    if SEASON.search(ent.text) is None or YEAR.search(ent.text) is not None:
        return False
    return any(
        t.ent_type_ == "DATE" and YEAR.fullmatch(t.text) is not None and not ent.start <= t.i < ent.end
        for t in token.subtree
    )


def _date_on_the_verb_above(token: Token) -> str | None:
    """ "The two ministers are due to meet again, in Suva in mid-September", "agreed to meet Y in Lima in August":
    the parse may hang a time told after the contact verb on the verb or adjective its infinitive hangs on, which
    only frames the contact; that time is the contact's (rule date.on-the-verb-above). One told before the contact
    verb ("agreed on Tuesday to meet Y") is the framing verb's own, and "would be willing to meet them tomorrow"
    tells how ready one is, not a time set."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i or node.head.lower_ in WILLING_WORDS:
            return None
        node = node.head
        for prep in (c for c in node.children if c.dep_ in ("prep", "npadvmod") and c.i > token.i):
            if (found := date_text_of(prep)) is not None:
                fired("date.on-the-verb-above")
                return found
    return None


def _date_before_the_purpose(token: Token) -> str | None:
    """ "telephoned X on Monday to ask that …", "met Y on Tuesday evening to discuss …": the parse may hang a time
    told between the contact verb's words and the "to" of its purpose on the purpose's verb, yet it stands in the
    contact verb's clause, before the purpose begins, and dates the contact (rule date.before-the-purpose). One told
    after the "to" ("to ask on Monday that …") is the purpose's own."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for purpose in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.i > token.i):
        to = next((c for c in purpose.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        for prep in (c for c in purpose.children if c.dep_ in ("prep", "npadvmod") and token.i < c.i < to.i):
            if all(t.i < to.i for t in prep.subtree) and (found := date_text_of(prep)) is not None:
                fired("date.before-the-purpose")
                return found
    return None


def _date_of_its_when_clause(token: Token) -> str | None:
    """ "will hold talks with Li when he travels to Beijing later this week": a contact verb with no time of its own
    happens at the time of the "when" or "while" clause of a journey or a visit hung on it (rule
    date.own-when-clause); not at the time of another happening ("a visit first agreed when the two met in
    September")."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for clause in (c for c in token.children if c.dep_ == "advcl" and c.i > token.i):
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while") for c in clause.children):
            continue
        if mended_lemma(clause) not in TRAVEL_VERBS | {"visit"}:
            continue
        for t in (c for c in clause.children if c.dep_ in ("prep", "npadvmod", "advmod")):
            if (found := date_text_of(t)) is not None:
                fired("date.own-when-clause")
                return found
    return None


CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
"""A time of day in four figures, "2140", which the tagger may take for a year."""


def _clock_time(ent: SpacySpan) -> bool:
    """ "UPDATE 2 (2140 ICT) — X and Y spoke …": four figures before a time zone are the time an update was filed,
    not a year the contact took place in (rule date.clock-time)."""
    doc = ent.doc
    zoned = ent.end < len(doc) and doc[ent.end].lower_ in CLOCK_ZONES
    if CLOCK.fullmatch(ent.text.strip()) is None or not zoned:
        return False
    fired("date.clock-time")
    return True


TRIP_LENGTH = re.compile(r"(?i)\bweek-?long\b|\b(\d{1,2}|" + "|".join(NUMBERS) + r")[- ](day|week)(?:-long)?\b")
"""A trip's length told before its noun: "three-day", "4-day", "two-week", "a week-long", "week-long"; the number
spelt out as ``when.NUMBERS`` reads it, so "the week-long tour" is not taken for "the week"."""
LENGTHY_TRIPS = frozenset({"visit", "trip", "tour", "stay"})
"""Nouns of a stay away whose length may be told before them."""


def trip_length_days(trigger: Token) -> int | None:
    """How many days a visit told with its length lasts ("a four-day visit", "a week-long tour", "arrived on Monday
    on a three-day visit"); None for one told without."""
    if trigger.pos_ == "VERB":
        trips = (g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "for") for g in c.children)
        return next((n for g in trips if g.dep_ == "pobj" and (n := trip_length_days(g)) is not None), None)
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in LENGTHY_TRIPS:
        return None
    before = trigger.doc[trigger.left_edge.i : trigger.i]
    found = TRIP_LENGTH.search(before.text.replace(" - ", "-").replace(" -", "-").replace("- ", "-"))
    if found is None:
        return None
    if found.group(1) is None:
        return 7  # "week-long"
    count = int(found.group(1)) if found.group(1).isdigit() else NUMBERS[found.group(1).lower()]
    return count * (7 if found.group(2).lower() == "week" else 1)


def date_of_when_clause(trigger: Token) -> str | None:
    """ "It began on Tuesday, when X flew into Niamey and was received by Y": a contact told in a "when" clause
    took place at the time of the clause it hangs on (rule date.when-clause)."""
    node = trigger
    # "when X flew to Moscow and met Y", "when X flew to Moscow to call on Y": the clause of the journey
    while (
        up := node.head if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") else purpose_of(node)
    ) is not None:
        node = up
    if node.dep_ not in ("advcl", "relcl") or not any(c.lower_ == "when" for c in node.children):
        return None
    held = node.head
    if held.ent_type_ in ("DATE", "TIME") and (ent := entity_at(held)) is not None and is_calendar(ent.text):
        fired("date.when-clause")  # "on Tuesday, when …": the parse hangs the clause on the day
        return ent.text
    for t in (c for c in held.children if c.dep_ in ("prep", "npadvmod") and c.i != node.i):
        if (found := date_text_of(t)) is not None:
            fired("date.when-clause")
            return found
    return None


def date_of_where_clause(trigger: Token) -> str | None:
    """ "The encounter took place on Tuesday in the Portuguese pavilion, where X was received by Y": a contact told
    in a "where" clause on a place or venue took place at the time of the clause that place is told in (rule
    date.where-clause), whether or not the venue names a town; so did one told by a noun the clause's verb holds
    ("took place on Tuesday in Brussels, where X and Y had their first meeting")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        trigger = trigger.head
    if trigger.dep_ != "relcl" or not any(c.lower_ == "where" for c in trigger.children):
        return None
    venue = trigger.head
    if venue.dep_ != "pobj" or venue.head.dep_ != "prep" or venue.head.head.pos_ not in ("VERB", "AUX"):
        return None
    held, prep = venue.head.head, venue.head
    for t in (c for c in held.children if c.dep_ in ("prep", "npadvmod") and c.i != prep.i):
        if (found := date_text_of(t)) is not None:
            fired("date.where-clause")
            return found
    return None


def date_fronted_over_report(trigger: Token) -> str | None:
    """ "In June, the weekly reported that X had spoken with Y", "On 2 March, he said in an interview, he telephoned
    Y": a time set at the very front of the sentence, which the parse hangs on the verb that reports the contact,
    dates the contact told in it (rule date.fronted-over-report); one told after the report ("X said on Thursday
    that …") is the report's own."""
    first = trigger.sent[0]
    if first.lower_ in ("in", "on") and first.dep_ == "prep":
        report = first.head
        # the whole phrase: "On Wednesday evening", which the tagger splits into a date and a time
        phrases = [first.doc[c.left_edge.i : c.right_edge.i + 1] for c in first.children if c.dep_ == "pobj"]
        when = next((p.text for p in phrases if any(t.ent_type_ == "DATE" for t in p) and is_calendar(p.text)), None)
    elif (fronted := _fronted_date(first)) is not None:
        report, when = fronted.root.head, fronted.text  # "Last month the daily reported that …"
    else:
        return None
    if when is None or mended_lemma(report) not in SPEECH_VERBS:
        return None
    clause = _clause_verb(trigger)
    if clause is None or not (_reported_in(clause, report) or _reported_in(report, clause)):
        return None
    if _a_time_of_its_own(clause, report):
        return None  # "In March, X told parliament that he had met Y years before": the meeting is not March's
    fired("date.fronted-over-report")
    return when


def _fronted_date(first: Token) -> SpacySpan | None:
    """ "Last month the daily reported …", "Earlier this month, local media reported …": a date with no
    preposition opening the sentence, set on the verb it hangs on."""
    ent = entity_at(first) if first.ent_type_ == "DATE" and first.ent_iob_ == "B" else None
    if ent is None or ent.root.dep_ not in ("npadvmod", "advmod") or not is_calendar(ent.text):
        return None
    return ent


def _a_time_of_its_own(clause: Token, report: Token) -> bool:
    """Whether the reported clause tells a time of its own, one the date of the mention leaves undated ("a decade
    earlier", "years before", "had once met", "before the war"): the time at the front is the report's, not the
    contact's."""
    # "…, he said in an interview, he telephoned Y": the report between commas is not the clause's own
    reporting = {t.i for t in report.subtree} if clause.is_ancestor(report) else set()
    return any(_a_time(t) for t in clause.subtree if t.i not in reporting)


def _a_time(token: Token) -> bool:
    """Whether ``token`` sets a point in time: a calendar date ("in 1998", not "for two hours"), an adverb of time
    ("earlier", "once"), or a word of time before one ("before the war", "after 1990"; not "after the vote", "during a
    stop in Lusaka", which set the contact by another happening and leave its time to the report's)."""
    if token.ent_type_ in ("DATE", "TIME") and (ent := entity_at(token)) is not None and is_calendar(ent.text):
        return True
    if token.lower_ not in TIMES_OF_THEIR_OWN or token.dep_ not in ("advmod", "prep", "npadvmod"):
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return not objects or any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in ERA_NOUNS for o in objects)


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a trigger is told in, past the verbs it is joined to ("drove … and sat down")."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "conj":
            return node
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def _reported_in(clause: Token, report: Token) -> bool:
    """Whether ``clause`` is what ``report`` says, directly: its complement, or the report put between commas
    inside it ("…, he said in an interview, he telephoned …")."""
    return clause.dep_ in ("ccomp", "parataxis") and clause.head.i == report.i


def date_moved_to(verb: Token) -> str | None:
    """The new time a verb of rescheduling gives a contact: "has been moved to Monday, May 29", "postponed to April
    14", "put back to September" (rule date.moved-to); it dates the contact over the time first set ("originally
    set for Friday")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESCHEDULING_VERBS:
        return None
    # "pushed back to December", "brought forward to Monday": the parse may hang the "to" on the particle
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "forward"))]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "until", "till")]
    for prep in preps:
        if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children):
            found = date_text_of(prep)
            if found is not None:
                fired("date.moved-to")
                return found
    return None


def _day_and_month(token: Token) -> str | None:
    """ "On 7th May X met Y", "on the morning of 3 May": a day and a month the tagger left out of its dates (it takes
    "7th" for an ordinal and "May" for a name) (rule date.day-and-month)."""
    text = doc_text(token.doc)
    for t in token.subtree:
        if not (t.like_num or t.tag_ == "JJ") or t.dep_ not in ("pobj", "amod", "nummod", "compound"):
            continue
        node = t
        while node.i != token.i and node.dep_ not in ("ccomp", "relcl", "advcl", "conj"):
            node = node.head
        if node.i != token.i:
            continue  # in a clause of its own
        found = FULL_DATE.match(text, t.idx)
        if found is not None and found.group("day2") is not None:
            fired("date.day-and-month")
            return found.group(0)
    return None


def _day_of_month(token: Token) -> str | None:
    """ "met Ruto on the 9th": the tagger may take a day of the month for an ordinal (rule date.day-of-month)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            for pobj in prep.children:
                phrase = token.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
                if pobj.dep_ == "pobj" and DAY_OF_MONTH.match(phrase):
                    return phrase
    return None


def _spelt_day_before(ent: SpacySpan) -> str:
    """ "on the twelfth of April": the tagger's date may be the month alone, the day spelt out before it."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in ORDINAL_DAYS:
        return doc[ent.start - 2 : ent.start].text + " "
    return ""


def _counted_from(ent: SpacySpan) -> str:
    """ "the day before": the tagger's date stops at "the day", and the word that counts it from another day
    (rule date.relative-to-story) hangs after it."""
    doc = ent.doc
    side = doc[ent.end] if ent.end < len(doc) else None
    if side is not None and side.lower_ in STORY_DAY_SIDES and side.head.i in range(ent.start, ent.end):
        # "the day after the co-op meeting" counts from that meeting, not from the story's last day
        return "" if any(c.dep_ == "pobj" for c in side.children) else " " + side.text
    return ""


def _story_day_phrase(token: Token) -> str | None:
    """ "That evening Berg met Dvorak": a part of the day told from the story's day, which the tagger may not
    mark as a date, nor the parser hang on the verb (rule date.relative-to-story)."""
    for child in token.children:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in DAY_PARTS and not child.ent_type_:
            phrase = token.doc[child.left_edge.i : child.right_edge.i + 1].text
            if story_day_offset(phrase) is not None:
                return phrase
    day = token.head
    if token.dep_ == "relcl" and day.dep_ == "ROOT" and day.lemma_.lower() in DAY_PARTS and day.i < token.i:
        # "The following day Lind flew to Tunis", parsed as a day the clause describes
        phrase = token.doc[day.left_edge.i : day.i + 1].text
        if day.left_edge.i == day.sent.start and story_day_offset(phrase) is not None:
            return phrase
    return None


def _after_a_first(since: Token) -> bool:
    noun = since.head
    return any(c.lower_ in ("first", "last", "only") for c in noun.children) or noun.lower_ in ("first",)


def _date_after_clause(token: Token) -> str | None:
    """ "X and Y discussed the dam in a phone call yesterday, the agency reported": the parser often hangs the
    date on the reporting verb; a date right after the reported clause is still the clause's."""
    if token.dep_ not in ("ccomp", "parataxis") or token.right_edge.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.right_edge.i + 1]
    ent = entity_at(after) if after.ent_type_ == "DATE" and after.ent_iob_ == "B" else None
    # "later this week, diplomats said": the date's first word may hang on its noun, which hangs on the report
    if ent is None or ent.root.head.i != token.head.i or not is_calendar(ent.text):
        return None
    return ent.text


def _on_a_day_before_the_report(clause: Token) -> str | None:
    """ "X spoke by telephone with Y, Z, on Tuesday evening, the ministry said": a day told after the reported
    clause, before the report's own subject, which the parse hangs on the reporting verb, is still the clause's
    (rule date.day-before-the-report)."""
    report = clause.head
    if clause.dep_ not in ("ccomp", "parataxis", "advcl") or report.i < clause.i or report.pos_ != "VERB":
        return None
    if clause.right_edge.i + 1 >= len(clause.doc):
        return None
    prep = clause.doc[clause.right_edge.i + 1]
    if prep.lower_ != "on" or prep.head.i != report.i or mended_lemma(report) not in SPEECH_VERBS:
        return None
    subjects = [c for c in report.children if c.dep_ == "nsubj" and c.i > prep.right_edge.i]
    phrase = clause.doc[prep.i + 1 : prep.right_edge.i + 1]
    if not subjects or not any(t.ent_type_ == "DATE" for t in phrase) or not is_calendar(phrase.text):
        return None
    fired("date.day-before-the-report")
    return phrase.text


STORY_DAY_SIDES = frozenset({"before", "after", "later", "earlier", "afterwards", "afterward", "previously"})
DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def held_as(clause: Token, noun: Token) -> bool:
    """ "the summit, which will take place in Quito on 16 December", "talks that are to be held in Oslo": a
    clause on the contact noun telling when and where it is held is the noun's own (rule status.held-as)."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    if clause.head.i != noun.i and not _past_its_party(clause, noun) and not _on_its_sidelines(clause, noun):
        return False
    verb = held_verb(clause)
    held = takes_place(verb) or verb.lemma_.lower() == "convene"
    if held and clause.head.i != noun.i:
        fired("status.held-as-past-its-party")
    return held


def _on_its_sidelines(clause: Token, noun: Token) -> bool:
    """ "on the sidelines of the G20 summit to be held in November": a clause after a gathering that the parse hung
    on the sidelines the gathering is named after tells of the gathering."""
    margins = clause.head
    return (
        margins.lower_ in SIDELINES
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i == margins.i
        and clause.i > noun.i
    )


def gatherings_own_clauses(noun: Token) -> list[Token]:
    """The clauses the parse hung on the sidelines a gathering noun is named after, past the noun: "the sidelines of
    the summit to be held in November"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ not in SIDELINES:
        return []
    return [c for c in noun.head.head.children if c.dep_ in ("relcl", "acl") and _on_its_sidelines(c, noun)]


def _date_of_its_gathering(token: Token) -> str | None:
    """ "may meet Y on the sidelines of the UN General Assembly to be held in September": a contact at a gathering,
    with no time of its own, takes the time the gathering's own clause of its holding tells (rule
    date.gathering-held-clause)."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "during")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            gatherings = [g for c in place.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for gathering in [place, *gatherings] if place.lower_ in SIDELINES else [place]:
                clauses = [c for c in gathering.children if c.dep_ in ("relcl", "acl")]
                for clause in clauses + gatherings_own_clauses(gathering):
                    if not held_as(clause, gathering):
                        continue
                    verb = held_verb(clause)
                    for t in (c for c in verb.children if c.dep_ in ("prep", "npadvmod")):
                        if (found := date_text_of(t)) is not None:
                            fired("date.gathering-held-clause")
                            return found
    return None


def _past_its_party(clause: Token, noun: Token) -> bool:
    """ "requested a meeting with Mr. Hale, which took place at his office this morning": a "which" clause the parse
    hung on the party named in the noun's own "with" phrase tells of the contact, since no person takes place (rule
    status.held-as-past-its-party)."""
    party = clause.head
    prep = party.head
    return (
        party.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("with", "between")
        and prep.head.i == noun.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in held_verb(clause).subtree)
    )


def takes_place(verb: Token) -> bool:
    """ "took place", "was held", "happened", "occurred": a verb whose subject, a contact noun, is said to come
    about, so that the clause tells the contact's own time and whether it was held at all."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "hold":
        return is_passive(verb)
    return lemma in CAME_ABOUT_VERBS


SCHEDULE_PATH_DEPS = frozenset({"prep", "pobj", "conj", "cc", "appos", "compound", "amod", "punct"})
"""How the words of a contact noun's own phrase hang on it: "talks between X and Y, due in Suva"."""


def schedule_of(noun: Token, carrier: Token | None = None) -> list[Token]:
    """ "talks between Chad and Sudan planned for next week in Doha", "a round of talks due to take place in Bergen
    in April", "the summit, which was due to open in Lusaka on March 3" (rule status.scheduled-gathering): the
    words of the contact's phrase that set its time and place. The parse hangs them on the noun, on the counting
    noun that carries it ("round", "session") or on a party inside the phrase ("the ministers, scheduled for …")."""
    found = []
    for holder in [noun] if carrier is None else [noun, carrier]:
        for token in holder.subtree:
            # a participle on the noun itself may plan it ("the visit, promised since the spring"); one deeper in the
            # phrase must set a time ("the ministers, scheduled for Friday")
            planned = token.head.i == holder.i and token.dep_ == "acl" and token.tag_ == "VBN"
            if token.i == holder.i or not (
                (planned and token.lemma_.lower() in PLANNING_HEADS) or _sets_schedule(token)
            ):
                continue
            node = token.head
            while node.i != holder.i and node.dep_ in SCHEDULE_PATH_DEPS:
                node = node.head
            if node.i == holder.i and token.i not in {f.i for f in found}:  # not inside a clause of its own
                found.append(token)
    return found


SCHEDULING_VERBS = frozenset({"arrange", "expect", "pencil", "plan", "schedule", "set"})
"""Participles that give a contact its time and place in advance: "scheduled for", "set for", "pencilled in"."""


def _sets_schedule(token: Token) -> bool:
    """ "scheduled for Friday", "set for June", "due (to take place) in Oslo", "which was due to open …"."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in SCHEDULING_VERBS:
        return True
    if token.lower_ == "due" and token.dep_ in ("amod", "prep", "acl", "advmod"):
        return True
    if token.dep_ != "relcl":
        return False
    if any(c.dep_ == "acomp" and c.lower_ == "due" for c in token.children):
        return True  # "which was due to open in Lusaka"
    # "which had been scheduled for this month in New Delhi"
    return token.lemma_.lower() in SCHEDULING_VERBS and is_passive(token)


def held_verb(clause: Token) -> Token:
    """ "is to be held": the verb under "is to", which tells what happens."""
    if clause.lemma_.lower() == "be":
        return next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    return clause


def _in_clause(ent: SpacySpan, token: Token) -> bool:
    node = ent.root
    while node.head.i != node.i and node.i != token.i:
        clausal = node.dep_ in ("ccomp", "relcl", "advcl") and node.i != token.i
        if clausal and not held_as(node, token) and not _held_by_its_subject(node, token):
            return False
        if node.dep_ == "pcomp" and node.pos_ == "VERB" and node.head.lower_ in TIMING_PREPS and node.i != token.i:
            return False  # "her first since winning the election in June 2024": the winning's date
        if _another_happenings(node, ent) and node.head.i != token.i:
            fired("date.of-another-happening")  # "met following a contested election on August 9"
            return False
        node = node.head
    return True


OTHER_HAPPENING_PREPS = frozenset({"after", "following", "since"})
"""Prepositions that time a contact after another happening, whose own day is not the contact's ("before the
September round" bounds a contact asked for from above, and dates it: rule date.possible-just-gone)."""


def _another_happenings(node: Token, ent: SpacySpan) -> bool:
    """Whether ``node`` is a happening a contact is timed after whose phrase holds the date ``ent``: one it is the
    first contact since ("their first meeting since the strikes of 1964"), or one whose aftermath lasts ("following a
    contested election on August 9"); not the time itself ("after Monday"), the year of one it followed ("after the
    2021 election"), one it follows on the same day ("after Monday's dinner", "after his arrival on Monday"), nor one
    told at the front that sets the sentence's day (rule date.of-another-happening)."""
    if node.dep_ != "pobj" or node.head.lower_ not in OTHER_HAPPENING_PREPS:
        return False
    if ent.start <= node.i < ent.end or node.pos_ != "NOUN" or node.ent_type_ in ("DATE", "TIME"):
        return False
    if node.head.lower_ == "since":
        return True  # "their first meeting since the strikes of 1964": the last one before it
    if YEAR.fullmatch(ent.text.strip()):
        return False  # "met in late summer, after the 2021 election": the year is the contact's too
    return node.lemma_.lower() in LASTING_HAPPENINGS and not _sets_the_scene(node.head)


def in_another_happening(token: Token, contact: Token) -> bool:
    """Whether ``token`` lies in the phrase of another happening, which date.of-another-happening sets aside: its
    past marker or time is that happening's, not the ``contact``'s (rule date.marker-of-another-happening). A
    "since" phrase anywhere ("the first talks since last week's clash"); an "after" or "following" phrase only in
    another clause ("after a meeting with X, who refused to step down following the November polls"): one on the
    contact's own noun or verb times the contact ("met X after the election in March" was near that March)."""
    told = token.doc[token.i : token.i + 1]
    own = (contact.i, verb_at_or_above(contact).i)
    return any(
        _another_happenings(node, told) and (node.head.lower_ == "since" or node.head.head.i not in own)
        for node in (token, *token.ancestors)
    )


def _sets_the_scene(prep: Token) -> bool:
    """ "After the ceremony on March 3, X went on to meet Y": a happening the contact followed, told at the front of
    the sentence, sets the day the sentence goes on in."""
    first = prep.sent[0]
    return prep.lower_ in ("after", "following") and prep.i == first.i


def _held_by_its_subject(clause: Token, noun: Token) -> bool:
    """ "a telephone conversation he held on Monday with X", "the talks she had with Y in May": a relative clause on
    the contact noun telling who held it with whom is the contact's own, and so is the time it tells (rule
    date.held-in-own-clause)."""
    from .contact_nouns import held_in_own_clause  # contact_nouns reads this module's clauses

    if clause.dep_ != "relcl" or clause.head.i != noun.i or not held_in_own_clause(noun):
        return False
    fired("date.held-in-own-clause")
    return True


def _left_after_holding(noun: Token) -> bool:
    """ "Holbrooke left talks with Milosevic yesterday", "the delegation walked out of the negotiations": someone
    who left a contact, told as done, had held it; not one who will leave, or means to, which the refusal words
    read."""
    verb = noun.head
    if verb.lemma_.lower() == "of" and verb.dep_ == "prep":  # "walked out of the negotiations"
        verb = verb.head
        if verb.lemma_.lower() != "walk" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return False
    elif not (noun.dep_ == "dobj" and verb.lemma_.lower() == "leave"):
        return False
    return _told_as_done(verb) and _a_side_as_subject(verb) and not _left_in_a_state(verb)


def _told_as_done(verb: Token) -> bool:
    """A verb told as done: in the past ("left", "ended") or the perfect ("has left", "had ended")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)


LEAVING_SIDES = frozenset({"he", "she", "they", "we", "i"})
"""Pronouns that may stand for a side leaving talks; "it" is a thing ("the dispute left the talks in limbo")."""
SIDE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _a_side_as_subject(verb: Token) -> bool:
    """Whether the one who left is a side: a name, a person or body by its noun, or a pronoun for people; not a
    happening or a thing ("The dispute left talks with X in limbo")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in LEAVING_SIDES
    return subject.ent_type_ in SIDE_ENTITIES or subject.pos_ == "PROPN" or subject.lemma_.lower() in PEOPLE_NOUNS


def _left_in_a_state(verb: Token) -> bool:
    """ "left the talks in limbo", "left the talks to her deputy", "left them deadlocked": the talks left in some
    state or to someone else, not walked out of; a place or a time after the talks ("in Belgrade", "on Monday")
    is where or when they were left."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "in", "into"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not any(g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in objects):
                return True
    return False


def _left_for_a_place(token: Token) -> bool:
    """ "left for Tripoli", "will leave for New Delhi": setting out for a place, which refuses nothing."""
    return token.lemma_.lower() == "leave" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(place_in(g) is not None for g in c.children)
        for c in token.children
    )


LEFT_PLACE_NOUNS = PLACE_NOUNS | {"country", "island", "airport", "palace"}
"""Nouns for a place one leaves on a journey: "before leaving the west African country", "left the capital"."""


def _left_a_place_for_it(chain: list[Token], noun: Token | None) -> bool:
    """ "left Sanaa to meet X", "said before leaving the country after talks with X", "efforts to get the militia
    to leave Goma, including a possible trip to Kigali": leaving a place is a journey, from it or on to another,
    and refuses no contact told with it (rule status.left-a-place), but one set against the leaving, the
    alternative turned down ("left Geneva rather than meet X", "instead of meeting X", "without meeting X"). A
    status asked of the leaving itself, with no contact noun below it, is asked for the trip's purpose infinitive
    ("to meet X", status.of-the-trip), as "leave" is no contact verb."""
    if noun is None and _left_a_place(chain[0]):
        return True
    path = [*_path_below(noun, chain[0]), *chain] if noun is not None else chain
    return any(_left_a_place(leave) and not _set_against(link) for link, leave in itertools.pairwise(path))


def _path_below(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to, not including, its ancestor ``top`` (none when ``top`` is not above it)."""
    path = []
    while token.i != top.i:
        if token.head.i == token.i:
            return []
        path.append(token)
        token = token.head
    return path


ALTERNATIVE_WORDS = frozenset({"than", "instead", "without"})
"""Words that set an act against another as the one not done: "rather than meet", "instead of", "without meeting"."""


def _set_against(link: Token) -> bool:
    """Whether the step from a contact up to "leave" sets the contact against the leaving: a conjunct joined by
    "rather than" or "instead of" (the parse hangs "than", "of" on "leave"), or a "without", "than" or "instead of"
    phrase."""
    if link.dep_ == "conj":
        return any(c.dep_ == "cc" and (c.lower_ == "than" or _instead_of(c)) for c in link.head.children)
    return link.dep_ in ("prep", "cc") and (link.lower_ in ALTERNATIVE_WORDS or _instead_of(link))


def _instead_of(word: Token) -> bool:
    """ "of" of "instead of", however the parse hangs the two."""
    return word.lower_ == "of" and word.i > 0 and word.nbor(-1).lower_ == "instead"


def _left_a_place(token: Token) -> bool:
    """ "left Sanaa", "leaving the country", "left here": leaving a place, not talks or a meeting, which is what the
    refusal words read. The tagger may call a city a person ("left Sanaa"): a proper name that is a place counts."""
    if token.lemma_.lower() != "leave":
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in ("here", "there"):
            return True
        if child.dep_ == "dobj" and (
            child.lemma_.lower() in LEFT_PLACE_NOUNS or (child.pos_ == "PROPN" and place_in(child) is not None)
        ):
            return True
    return False
