"""A contact told as a stance or a permission, not as a happening.

"Will not meet X until the crossings reopen", "refused to hold talks with X while the case is in court": a refusal
held in place by a condition tells where someone stands, not a meeting that was called off or denied (rule
contact.stance.refused-until). "Was authorised to talk to the rebels", "had not been allowed to speak to him by
telephone": a contact one was only permitted, or not permitted, to have tells no contact either (rule
contact.permitted-only). A refusal with no condition ("refused to meet her on Monday") is still a denied contact,
and a refusal for a while of one's own ("would not meet him while in Rome") still denies that meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import CONDITION_MARKS, FUTURE_AUX, PERMITTING_VERBS, REFUSING_HEADS
from .grammar import is_passive, not_or_never
from .lexicon import UNABLE_MODALS

REFUSING_AUX = FUTURE_AUX | UNABLE_MODALS
"""Auxiliaries that with a negation refuse what is to come: "will not meet", "won't", "cannot talk to" (not
lexicon's REFUSING_MODALS, the modals of a refusal to tell)."""


def refused_until(trigger: Token) -> bool:
    """Whether a contact word is refused on a condition: its verb, or the verb a contact noun is the object of
    ("would not open talks with X"), negated with a modal of the future or of ability ("cannot") or under
    "refuse"/"decline", with a clause of "until", "unless", "while" or "as long as" that holds the refusal in place."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    refusing = _refusing(verb)
    return refusing is not None and any(_condition(c) for v in {verb, refusing} for c in v.children)


def permitted_only(trigger: Token) -> bool:
    """Whether a contact word is only what someone was (or was not) permitted to do: the infinitive of a passive
    verb of permission ("was authorised to talk to X", "nobody has been authorised to talk or negotiate with X")."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "authorised to talk or negotiate": the second verb shares the first's permission
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in PERMITTING_VERBS and is_passive(head)


def _verb_of(trigger: Token) -> Token | None:
    """The verb a contact word is told by: the word itself if a verb, or the verb a contact noun is the direct
    object of ("open talks", "hold talks")."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _refusing(verb: Token) -> Token | None:
    """The verb that refuses ``verb``: itself when negated with a modal of what is to come ("will not meet"), or
    the verb of refusing whose infinitive it is ("refused to meet")."""
    if not_or_never(verb) and any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in verb.children):
        return verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_HEADS:
        return verb.head
    return None


def _condition(clause: Token) -> bool:
    """Whether a dependent is a clause of condition or of time with a verb of its own ("until the crossings reopen",
    "while the dispute remains in court", "unless the blockade is lifted", "as long as the blockade lasts", hung
    on "long"); "while in Rome" and "while visiting Rome" only set the time of the contact refused."""
    if clause.dep_ == "advmod" and clause.lower_ == "long":
        return any(_condition(c) for c in clause.children)  # "as long as …": the clause hangs on "long"
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or clause.tag_ == "VBG":
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in auxes) or (clause.tag_ == "VBN" and not auxes):
        return False  # "until to leave", "unless invited": no clause of its own
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & CONDITION_MARKS) or ("as" in marks and clause.head.lower_ == "long")
