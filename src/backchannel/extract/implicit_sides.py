"""The side a contact noun leaves unsaid when its clause's subject is no one: "The announcement was made after a
meeting with Kenya's ambassador", "The next item on his agenda is a meeting with the speaker", "A meeting with the
Afghan foreign minister had been scheduled for next month".

Such a sentence names only whom was met; who met them is the one the text is about just then: the owner of the
clause's subject ("his agenda"), or else the person the sentence before was about ("Governor Ana Ruiz announced a
new office." / "He had hoped to see it through in person."). Only a contact first told here ("a meeting"), with
one side the text names (not "a meeting with reporters", nor "a meeting between X and Y" or "a session of the
Bolivian-Chilean commission", which tell two), set on the main clause of its sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorKind
from .actor_table import ActorTable
from .contact_nouns import indefinite
from .parties import parties_of, person_like, subjects_of
from .speakers import SpeakerResolver
from .trace import fired

NAMED_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY})
"""Kinds of a party the text names: not a group ("farmers", "reporters") or an anonymous source."""


def _main_verb(noun: Token) -> Token | None:
    """The verb of the clause a contact noun stands in, when that clause is its sentence's main one: the root, or a
    clause that opens the sentence which the parse hung on a later one ("The next item is a meeting with X, in the
    course of which focus will be given to …", "is" under "given")."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            opening = node.dep_ in ("ccomp", "conj") and node.left_edge.i == node.sent.start
            return node if node.dep_ == "ROOT" or opening else None
    return None


def _people(tokens: list[Token], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The persons among the actors the tokens name."""
    found = parties_of(tokens, table, resolver)
    return [p for p in found if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON]


def _owner(subject: Token) -> Token | None:
    """The possessor inside a subject that is no one: "his agenda", "the next item on Ruiz's schedule"."""
    return next((t for t in subject.subtree if t.dep_ == "poss"), None)


def _about_whom(subjects: list[Token], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The person a clause's subjects are, or the owner of a subject that is a thing ("Ruiz's agenda")."""
    people = _people(subjects, table, resolver)
    if people:
        return people
    owners = [o for s in subjects if not person_like(s) and (o := _owner(s)) is not None]
    return _people(owners, table, resolver)


def _most_told(person: str, before: int, table: ActorTable) -> bool:
    """Whether no one has been named more often than this person before the offset: the one the text is about,
    not one met in the sentence before ("The Minister also met X. A planned meeting with Y could not take place")."""
    counts = {a.id: sum(m.start < before for m in a.mentions) for a in table.persons()}
    return counts.get(person, 0) >= max(counts.values(), default=0)


def _earlier_subjects(verb: Token) -> list[Token]:
    """The subjects of the main clause of the sentence before the verb's."""
    start = verb.sent.start
    if start == 0:
        return []
    return subjects_of(verb.doc[start - 1].sent.root)


def unsaid_side(noun: Token, met: list[str], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who met the named parties ``met`` of a contact noun whose own clause has no one for subject (rule
    party.unsaid-side): the owner of the clause's subject, else the person the sentence before was about, when the
    text has named no one more often so far."""
    if not met or not indefinite(noun) or any(c.lower_ == "between" for c in noun.children):
        return []  # "a meeting between X and Y" names its sides itself
    kinds = [a.kind for p in met if (a := table.get(p)) is not None]
    if len(kinds) < len(met) or not set(kinds) <= NAMED_KINDS:
        return []  # "a meeting with reporters", "a meeting with his lawyers": no one named
    if kinds.count(ActorKind.COUNTRY) > 1 or len(kinds) - kinds.count(ActorKind.COUNTRY) > 1:
        return []  # "a session of the Bolivian-Chilean commission": two sides told already
    verb = _main_verb(noun)
    if verb is None:
        return []
    subjects = [s for s in subjects_of(verb) if not s.left_edge.i <= noun.i <= s.right_edge.i]
    if any(person_like(s) or table.actor_at(s) is not None or s.pos_ == "PRON" for s in subjects):
        return []  # the clause has a someone for subject: it is theirs to tell (party.clause-subject)
    owners = [o for s in subjects if (o := _owner(s)) is not None]
    sides = _people(owners, table, resolver)
    if not sides:
        earlier = _about_whom(_earlier_subjects(verb), table, resolver)
        sides = [p for p in earlier if _most_told(p, noun.idx, table)]
    sides = [p for p in sides if p not in met]
    if sides:
        fired("party.unsaid-side")
    return sides
