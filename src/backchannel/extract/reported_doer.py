"""Who a speaker tells of as holding a contact, when it is someone other than the speaker.

"Lee said the president would welcome a meeting with Ortiz": the meeting the speaker tells of is the president's,
so the speaker is no party to it, though nobody else is named on that side.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .parties import subjects_of
from .person_words import PEOPLE_NOUNS

OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "acomp", "attr"})
"""How a contact noun hangs below the verb whose subject holds it: "would welcome a meeting with X", "is ready for
talks"."""

NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def doer_of(trigger: Token) -> list[Token]:
    """The subjects of the clause a contact word is told in: of its verb, or of the verb a contact noun is the
    object of ("the director would welcome a meeting": the director)."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in OBJECT_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    return subjects_of(verb)


def others_holding(trigger: Token, speaker: Actor, table: ActorTable) -> list[Token]:
    """The subjects of the clause telling of a contact that are noun phrases naming someone other than the speaker
    (rule party.speaker-tells-of-another): "Lee said the president would welcome a meeting with Ortiz", "his client
    never met X"; none in "we have never met them", "there was no meeting with X" or "preparations were under way to
    resume talks", nor the speaker's own state ("Finland was ready to host talks", said by a Finnish minister)."""
    found: list[Token] = []
    for subject in doer_of(trigger):
        if subject.pos_ not in NOUN_TAGS:
            continue
        actor = table.actor_at(subject)
        if actor is not None:
            own_state = actor.kind is ActorKind.COUNTRY and actor.country == speaker.country
            if actor.id != speaker.id and not own_state:
                found.append(subject)
        elif subject.pos_ == "PROPN" or subject.lemma_.lower() in PEOPLE_NOUNS:
            found.append(subject)  # "the president", "his client": someone, unnamed or not; not "preparations"
    return found
