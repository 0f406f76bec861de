"""A lawyer's client as a side of a contact (rule ``party.lawyers-client``).

Court and crime reporting tells contacts through the lawyer of one side: "Kessler's lawyer, Ana Berg, said her client
had never met Mazzone", "“My client never met Mr Sokolov,” said his counsel". The client is the one the lawyer acts
for, as the text names them beside the lawyer ("Kessler's lawyer", "counsel for Alleyne"), not the lawyer, who only
tells of it. A client the text does not tie to a named lawyer of a named principal is left as it was read.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor, ActorKind, Quote, QuoteKind
from .actor_table import ActorTable
from .contact_words import LAWYER_NOUNS
from .mentions import Mention
from .parties import subjects_of
from .reports import quotes_over
from .speakers import SpeakerResolver
from .trace import fired

CLIENT = "client"

FIRST_PERSON_OWNERS = frozenset({"my", "our"})
"""Possessors that make the client the client of the quoted speaker: "my client", "our client"."""

SIDE_PREPS = frozenset({"with", "to"})
"""Prepositions of the side a contact is held with: "spoke with her client", "talked to his client"."""

ACTING_FOR_PREPS = frozenset({"for", "of", "to"})
"""Prepositions after a lawyer's noun that name whom the lawyer acts for: "counsel for Alleyne"."""

PRINCIPAL_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})


def add_lawyers_client(mention: Mention, quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver) -> None:
    """Make the client a lawyer tells of a side of the contact, on the side the word "client" holds."""
    for word, role in _client_words(mention.trigger):
        lawyer = _lawyer_of(word, quotes, table, resolver)
        principal = principal_of(lawyer, table, resolver) if lawyer is not None else None
        if principal is None or principal.id in mention.participants:
            continue
        fired("party.lawyers-client")
        mention.add(mention.actor if role == "actor" else mention.recipient, [principal.id])


def _client_words(trigger: Token) -> list[tuple[Token, str]]:
    """The words "client" that are a side of the contact ``trigger`` tells, each with its side: a subject ("her
    client had never met X") holds it, an object or a "with" phrase ("met his client", "a call with her client")
    receives it."""
    found = [(s, "actor") for s in subjects_of(trigger) if s.pos_ != "PRON"]
    found += [(c, "actor") for c in trigger.children if c.dep_ == "poss"]
    found += [(c, "recipient") for c in trigger.children if c.dep_ == "dobj"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPS):
        found += [(c, "recipient") for c in prep.children if c.dep_ == "pobj"]
    return [(w, role) for w, role in found if w.lemma_.lower() == CLIENT and w.tag_ == "NN" and not _named_client(w)]


OTHER_CLIENTS = frozenset({"other", "another", "new"})
"""Words before "client" that make it another than the one the lawyer is named for: "her other client"."""


def _named_client(client: Token) -> bool:
    """ "her client, Moss, had never met X", "her other client, the developer Tom Moss": a client the text names
    itself, or says is another of the lawyer's, is that one, not the one named beside the lawyer."""
    return any(c.dep_ == "appos" or (c.dep_ == "amod" and c.lower_ in OTHER_CLIENTS) for c in client.children)


def _lawyer_of(client: Token, quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver) -> Actor | None:
    """The one whose client ``client`` is: the person its possessor names ("her client": the woman just named;
    "Berg's client": Berg), or the speaker of the quoted words it stands in ("my client")."""
    owner = next((c for c in client.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in FIRST_PERSON_OWNERS:
        speakers = [table.get(q.speaker_actor) for q in quotes_over(owner, quotes) if q.kind is QuoteKind.DIRECT]
        return next((a for a in speakers if a is not None), None)
    if owner.pos_ == "PRON":
        return table.get(resolver.resolve(client.doc[owner.i : owner.i + 1]))
    return table.actor_at(owner)


def principal_of(lawyer: Actor, table: ActorTable, resolver: SpeakerResolver) -> Actor | None:
    """Whom ``lawyer`` acts for, as a lawyer's noun beside one of the lawyer's mentions names them: its possessor
    ("Kessler's lawyer, Ana Berg", "his lawyer, Ana Berg" after Kessler) or the name after "for" ("Ana Berg,
    counsel for Kessler")."""
    if lawyer.kind is not ActorKind.PERSON:
        return None
    doc = table.doc
    for i in sorted(i for i, actor_id in table.token_actor.items() if actor_id == lawyer.id):
        for noun in _lawyers_nouns(doc[i]):
            principal = _acted_for(noun, table, resolver)
            if principal is not None and principal is not lawyer:
                return principal
    return None


def _lawyers_nouns(name: Token) -> list[Token]:
    """The lawyer's nouns apposed to a word of a name, either way round: "Kessler's lawyer, Ana Berg",
    "Ana Berg, counsel for Kessler"."""
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    return [n for n in nouns if n.lemma_.lower() in LAWYER_NOUNS]


def _acted_for(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> Actor | None:
    """The person or body a lawyer's noun says the lawyer acts for."""
    words = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ACTING_FOR_PREPS):
        words += [c for c in prep.children if c.dep_ == "pobj"]
    for word in words:
        if word.pos_ == "PRON":
            actor = table.get(resolver.resolve(word.doc[word.i : word.i + 1]))
        else:
            actor = table.actor_at(word)
        if actor is not None and actor.kind in PRINCIPAL_KINDS:
            return actor
    return None
