"""The head of a body that met, named in the next sentences as the one who tells of the meeting.

News tells a meeting with a body first and names its head only as the one who spoke after it: "Leaders of the
Harbour Workers' Union met the mayor on Monday. The union's chairwoman, Ana Pita, said afterwards that …". The head
so named, who speaks for the body about the meeting, was at it: a party beside the body (rule party.body-head-after).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import ActorKind
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .contact_words import BODY_HEAD_TITLES, NOUN_MODES
from .mentions import Mention
from .trace import collecting, fired

LOOK_AHEAD = 2
"""How many sentences after a contact may name the head of one of its bodies."""
LOOKING_BACK = frozenset({"afterwards", "afterward"})
"""Words by which a sentence tells what came of the contact just told: "said afterwards that …"."""
ELSEWHERE = frozenset({"absent", "away", "boycott", "miss", "separately", "skip", "snub"})
"""Words by which a sentence tells that the head was not at the contact: "boycotted the talks", "Separately, the
union's president …" (with a negation: "who did not attend", "had not been told"; with "too" on a word: "who was
too ill to attend", not "The chairman, too, said")."""


def _too_much(word: Token) -> bool:
    """ "too ill to attend": "too" on an adjective or adverb, not "The chairman, too, said"."""
    return word.lower_ == "too" and word.head.pos_ in ("ADJ", "ADV")


def name_body_heads(mentions: list[Mention], doc: Doc, table: ActorTable) -> None:
    """Add to each contact with a body the body's head whom the next sentences name as speaking of the contact
    ("The union's chairman, X, said after the meeting …"), before any other contact a verb tells."""
    sentences = doc_sents(doc)
    for n, mention in enumerate(mentions):
        bodies = _bodies_by_noun(mention, table)
        if not bodies:
            continue
        here = sentence_index(sentences, mention.trigger.i)
        told = [m.trigger.i for m in mentions[n + 1 :] if m.trigger.pos_ == "VERB"]
        for sentence in sentences[here + 1 : here + 1 + LOOK_AHEAD]:
            if any(sentence.start <= i < sentence.end for i in told):
                break  # the sentence tells a contact of its own: what it says is about that one
            if not _looks_back(sentence):
                continue
            with collecting(mention.rules):
                heads = _heads_of(sentence, bodies, table)  # a head told away is passed over (party.body-head-away)
            for head, body in heads:
                if head in mention.participants:
                    continue
                with collecting(mention.rules):
                    fired("party.body-head-after")
                role = next((r for r in (mention.actor, mention.recipient) if body in r), mention.participants)
                mention.add(role, [head])


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
            if actor is not None and actor.kind is ActorKind.PERSON and not _told_away(title, named):
                out.append((actor.id, body))
    return out


def _told_away(title: Token, named: Token) -> bool:
    """Whether the head's own words tell that he was not at the contact: "the union's chairwoman, X, who was too ill
    to attend, said …", "X said afterwards that he had not been told of the meeting", "Separately, the guild's
    president, X, spoke at a rally"; the head's clauses are the one he is the subject of, those on his name, and
    those under it whose subject is "he" or "she"."""
    clauses = [c for c in named.children if c.dep_ in ("relcl", "acl")]
    verb = title.head if title.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        clauses.append(verb)
        clauses += [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("he", "she") for s in c.children)
        ]
    for clause in clauses:
        words = [clause, *(c for c in clause.children if c.dep_ not in ("ccomp", "relcl", "nsubj"))]
        words += [g for c in words[1:] for g in c.subtree if c.dep_ in ("acomp", "advmod", "neg", "prep", "xcomp")]
        if any(w.dep_ == "neg" or {w.lemma_.lower(), w.lower_} & ELSEWHERE or _too_much(w) for w in words):
            fired("party.body-head-away")
            return True
    return False
