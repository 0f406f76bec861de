"""The head of a body that met, named in the next sentences as the one who tells of the meeting.

News tells a meeting with a body first and names its head only as the one who spoke after it: "Leaders of the
Harbour Workers' Union met the mayor on Monday. The union's chairwoman, Ana Pita, said afterwards that …". The head
so named, who speaks for the body about the meeting, was at it: a party beside the body (rule party.body-head-after).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import ActorKind
from .actor_table import ActorTable
from .contact_words import BODY_HEAD_TITLES, NOUN_MODES
from .mentions import Mention
from .trace import collecting, fired

LOOK_AHEAD = 2
"""How many sentences after a contact may name the head of one of its bodies."""
LOOKING_BACK = frozenset({"afterwards", "afterward"})
"""Words by which a sentence tells what came of the contact just told: "said afterwards that …"."""


def name_body_heads(mentions: list[Mention], doc: Doc, table: ActorTable) -> None:
    """Add to each contact with a body the body's head whom the next sentences name as speaking of the contact
    ("The union's chairman, X, said after the meeting …"), before any other contact a verb tells."""
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    for n, mention in enumerate(mentions):
        bodies = _bodies_by_noun(mention, table)
        if not bodies:
            continue
        here = index[mention.trigger.sent.start]
        told = [m.trigger.i for m in mentions[n + 1 :] if m.trigger.pos_ == "VERB"]
        for sentence in sentences[here + 1 : here + 1 + LOOK_AHEAD]:
            if any(sentence.start <= i < sentence.end for i in told):
                break  # the sentence tells a contact of its own: what it says is about that one
            if not _looks_back(sentence):
                continue
            for head, body in _heads_of(sentence, bodies, table):
                if head in mention.participants:
                    continue
                with collecting(mention.rules):
                    fired("party.body-head-after")
                role = mention.actor if body in mention.actor else mention.recipient
                mention.add(role if body in role else mention.participants, [head])


def _bodies_by_noun(mention: Mention, table: ActorTable) -> dict[str, str]:
    """The contact's organisations by the noun that ends their names, by which the text refers back to them ("the
    union" for "the Harbour Workers' Union")."""
    out: dict[str, str] = {}
    for party in mention.participants:
        actor = table.get(party)
        if actor is not None and actor.kind is ActorKind.ORGANIZATION:
            out.setdefault(actor.name.split()[-1].lower(), actor.id)
    return out


def _looks_back(sentence: SpacySpan) -> bool:
    """Whether a sentence speaks of the contact told before: "afterwards", or a contact noun ("after the meeting",
    "said the talks had been long")."""
    return any(t.lower_ in LOOKING_BACK or (t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_MODES) for t in sentence)


def _heads_of(sentence: SpacySpan, bodies: dict[str, str], table: ActorTable) -> list[tuple[str, str]]:
    """The people named in apposition to a head's title held of one of the bodies: "the union's chairman, X"."""
    out = []
    for title in (t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in BODY_HEAD_TITLES):
        owner = next((c for c in title.children if c.dep_ == "poss"), None)
        body = bodies.get(owner.lower_) if owner is not None else None
        if body is None:
            continue
        for named in (c for c in title.children if c.dep_ == "appos"):
            actor = table.actor_at(named)
            if actor is not None and actor.kind is ActorKind.PERSON:
                out.append((actor.id, body))
    return out
