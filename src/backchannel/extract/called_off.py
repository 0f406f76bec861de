"""A contact called off or refused is not the contact held between the same people.

"A meeting between Ruiz and Lind, scheduled for the afternoon, was called off. The two did speak, briefly, before the
dinner": the meeting that never came to be and the word they had are two happenings, one told as possible or denied
and one as held, though the same people and day make them look like one telling. A plain denial ("Lind did not meet
Ruiz") is another matter: it answers the contact told, and stays with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import EventStatus
from .actor_words import next_sentence_root
from .contact_words import CALLING_OFF_HEADS, COUNTERFACTUAL_PLANS, FALLEN_THROUGH_PLANS, REFUSING_HEADS
from .lexicon import mended_lemma
from .mentions import Mention
from .trace import fired

CHAIN = 3
"""How far above the contact word the calling-off verb may be: "the visit … has been called off", "had refused to
meet her"."""
HELD = (EventStatus.OCCURRED, EventStatus.ONGOING)


def held_beside_called_off(first: Mention, m: Mention) -> bool:
    """Whether one of two tellings of the same people is of a contact held and the other of one called off or
    refused (rule merge.called-off-not-held): two contacts."""
    apart = (first.status in HELD and _called_off(m)) or (m.status in HELD and _called_off(first))
    if apart and _retold_as_held(first, m):
        return False  # "The meeting … was called off. On Tuesday the meeting went ahead after all": the one told
    if apart:
        fired("merge.called-off-not-held")
    return apart


def _called_off(m: Mention) -> bool:
    """ "The meeting … was called off", "cancelled the visit", "had refused to meet her": denied by a verb that
    stopped it before it was held."""
    if m.status is not EventStatus.DENIED:
        return False
    node = m.trigger
    for _ in range(CHAIN + 1):
        lemma = node.lemma_.lower()
        if lemma in REFUSING_HEADS or _calls_off(node):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


RETELLING_DETERMINERS = frozenset({"the", "that", "this"})


def _retold_as_held(first: Mention, m: Mention) -> bool:
    """Whether the later of the two tellings is held and retells the one called off by the same noun, made definite:
    "A meeting between Ruiz and Lind was called off. On Tuesday, the meeting went ahead after all": one contact, held
    in the end."""
    earlier, later = sorted((first, m), key=lambda x: x.trigger.i)
    noun = later.trigger
    return (
        later.status in HELD
        and _called_off(earlier)
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() == earlier.trigger.lemma_.lower()
        and any(c.dep_ == "det" and c.lower_ in RETELLING_DETERMINERS for c in noun.children)
    )


PAST_AUX = frozenset({"was", "were", "had"})
"""Auxiliaries that put a plan in the past: "was supposed to", "had been planning to", "were hoping to"."""


def plan_fell_through(trigger: Token) -> bool:
    """ "Kallas was also supposed to meet President Levits but he was diagnosed with coronavirus", "had been
    planning to meet in Cornwall, but Japan canceled the plan", "were hoping to meet Prime Minister Leota. But they
    did not.": a contact told as the infinitive of a plan or a hope in the past, with a "but" after it that calls
    it off, says it did not happen, or (after "supposed to", "meant to") says anything at all, did not take place
    (rule status.plan-fell-through)."""
    plan = _past_plan_over(trigger)
    if plan is None:
        return False
    counterfactual = mended_lemma(plan) in COUNTERFACTUAL_PLANS
    if any(c.dep_ == "cc" and c.lower_ == "but" for c in plan.children):
        if any(c.dep_ == "conj" and (counterfactual or _undoes(c)) for c in plan.children):
            return True
    following = next_sentence_root(plan)
    return following is not None and _but_not(following)


def _past_plan_over(trigger: Token) -> Token | None:
    """The head of plan or hope, told in the past, whose infinitive the contact is ("was supposed to meet", "had been
    planning to meet", "were hoping to meet")."""
    node = trigger
    for _ in range(2):
        if node.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return None
        node = node.head
        if mended_lemma(node) in FALLEN_THROUGH_PLANS:
            past = node.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in node.children
            )
            return node if past else None
    return None


def _undoes(clause: Token) -> bool:
    """ "but Japan canceled the plan", "but they did not", "but it was called off": a clause that calls the plan
    off or says it did not come about; also when a closing attribution was parsed as the clause ("but Japan
    canceled the plan, the daily has confirmed": the cancelling is what was confirmed)."""
    told = [clause, *(c for c in clause.children if c.dep_ == "ccomp")]
    return any(_calls_off(verb) or _but_not(verb, opened=True) for verb in told)


def _calls_off(verb: Token) -> bool:
    """ "cancelled", "scrapped", "called off"."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in CALLING_OFF_HEADS


def _but_not(verb: Token, *, opened: bool = False) -> bool:
    """ "But they did not.", "but she never did": a bare "do" or auxiliary, negated, opened by "but" (or in a "but"
    clause already), with nothing after it: the plan told before did not come about."""
    if not opened and not any(c.lower_ == "but" and c.i < verb.i for c in verb.children):
        return False
    bare = verb.lemma_.lower() in ("do", "be", "have") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "prep") for c in verb.children
    )
    return bare and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
