"""Contacts told in the first person: whoever "I", "me" or "my" is takes part.

Outside quotation that is the narrator of a first-person piece (``narrators``; rule ``party.narrator``: "In March
1989 I met the Algerian foreign minister", "the minister telephoned me at my hotel"). Inside a direct quote it is
the quote's speaker (rule ``party.first-person-speaker``: "“The king received me on Monday,” Mansour said"; the
speaker's "I" or "we" as a subject is read where the speaker's other parts are, in ``events``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorKind, Quote, QuoteKind
from .actor_table import ActorTable
from .contact_words import ATTENDING_PREPS, HOLDING_VERBS
from .lexicon import NARRATOR_FORMS
from .mentions import Mention
from .narrators import Narration
from .reports import quotes_over
from .trace import fired

OBJECT_LINKS = frozenset({"dobj", "dative"})
"""Links from a contact's word to a side it was held with: "telephoned me", "received me"."""

FELLOW_PREPS = frozenset({"with", "to"})
"""Prepositions of the side a contact is held with: "spoke with me", "talked to me" (not "talked about me", "met
without me")."""

CLAUSE_LINKS = frozenset({"prep", "pobj", "dobj", "xcomp", "conj", "compound"})
"""Links climbed from a contact's word to the verb whose subject takes part: "I sat with", "I have just come from a
session with", "I hope to meet", "I go to Nassau for the meeting"."""


def add_first_person(mention: Mention, narrated: Narration, quotes: list[Quote], table: ActorTable) -> None:
    """The narrator of a first-person piece takes part in a contact their own "I", "me" or "my" holds or receives
    outside quotation; a direct quote's speaker in one its "me" receives ("“The king received me,” X said")."""
    found = _first_person_role(mention.trigger, narrated)
    if found is None:
        return
    pronoun, role = found
    spoken = quotes_over(pronoun, quotes)
    who, rule = (None if spoken else narrated.narrator_of(pronoun)), "party.narrator"
    if who is None:
        if role == "actor":
            return  # a speaker's "I met" is read with the speaker's other parts (events)
        speakers = [table.get(q.speaker_actor) for q in spoken if q.kind is QuoteKind.DIRECT]
        speaker = next((a for a in speakers if a is not None), None)
        if speaker is None or speaker.kind is not ActorKind.PERSON:
            return
        who, rule = speaker.id, "party.first-person-speaker"
    if who in mention.participants:
        return
    fired(rule)
    mention.add(mention.actor if role == "actor" else mention.recipient, [who])


def _first_person_role(trigger: Token, narrated: Narration) -> tuple[Token, str] | None:
    """The first-person word a contact is held with ("recipient": "telephoned me", "a meeting with me") or held by
    ("actor": the narrator's "I met", "my meeting with"), if any."""
    for child in trigger.children:
        if child.dep_ in OBJECT_LINKS and child.lower_ in NARRATOR_FORMS:
            return child, "recipient"
        if child.dep_ == "prep" and child.lower_ in FELLOW_PREPS:
            mine = next((p for p in child.children if p.dep_ == "pobj" and p.lower_ in NARRATOR_FORMS), None)
            if mine is not None:
                return mine, "recipient"
        if child.dep_ == "poss" and narrated.narrator_of(child):
            return child, "actor"
    subject = first_person_subject(trigger, NARRATOR_FORMS)
    if subject is None:
        return None
    return subject, "recipient" if subject.dep_ == "nsubjpass" else "actor"


def first_person_subject(trigger: Token, forms: frozenset[str]) -> Token | None:
    """The first-person pronoun (one of ``forms``) that is the subject of the contact's word or of the verb it hangs
    from: one that holds the contact ("we held talks"), goes to it ("I go to Nassau for the meeting") or means to ("I
    hope to meet"), not one that only speaks of it ("we welcome the talks between …", "I wrote about the meeting") or
    asks others to ("I urged the president to meet …"). "Cisternas and I met": the "I" of a subject's conjuncts."""
    node = trigger
    for _ in range(4):
        for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            mine = next((p for p in (subject, *subject.conjuncts) if p.lower_ in forms), None)
            if mine is not None:
                return mine
        if (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "conj")) or node.dep_ not in CLAUSE_LINKS:
            return None
        if not _climbs_to_a_party(node):
            return None
        node = node.head
    return None


def _climbs_to_a_party(node: Token) -> bool:
    """Whether the subject of ``node``'s head would take part in the contact ``node`` leads to: not the object of a
    verb that does not hold it, a preposition of what is spoken of, nor an infinitive whose doer is the head's
    object."""
    head = node.head
    if node.dep_ == "dobj":
        return head.lemma_.lower() in HOLDING_VERBS
    if node.dep_ == "prep":
        return node.lower_ in ATTENDING_PREPS
    if node.dep_ == "xcomp":
        return not any(c.dep_ in ("dobj", "dative") for c in head.children)
    return True
