"""A lead's unnamed office holder, named in the paragraph after it.

News often withholds a name from the lead: "Toronto's mayor made it clear Wednesday he would back any party that
puts transit first." and only then, opening the next paragraph, gives it bare: "Rob Ford emerged from a meeting
with …". A reader (and a labeller) takes the two for one person: the lead's office holder is the person the
next paragraph opens on, named in full with no title of his own and not told in the lead (a headline may name
him) (rule party.named-after-lead). Only when the lead has one such holder as a subject: two would leave the name
to either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .merging import Draft
from .quotemarks import CLOSERS
from .trace import fired

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "pobj"})


def name_lead_holders(drafts: list[Draft], doc: Doc, table: ActorTable) -> None:
    """Each contact's party known only by the lead's description becomes the person named bare at the head of the
    next paragraph."""
    lead = _lead(doc.text)
    if lead is None:
        return
    holders = [a for a in table.persons() if _unnamed_holder(a)]
    subjects = [a for a in holders if _told_in(a, lead, doc, table, SUBJECTS)]
    # "X met the head of the teachers' union": failing a subject, the lead's one unnamed holder met by someone
    # (rule party.named-after-lead-object)
    met = [] if subjects else [a for a in holders if _told_in(a, lead, doc, table, OBJECTS)]
    if len(subjects or met) != 1:
        return
    described = (subjects or met)[0]
    named = _named_after(described, lead, doc, table)
    if named is not None:
        rules = ["party.named-after-lead", *(["party.named-after-lead-object"] if met else [])]
        for draft in (d for d in drafts if described.id in d.participants()):
            for rule in rules:
                fired(rule)
                draft.rules.append(rule)
            for m in draft.mentions:
                for role in (m.actor, m.recipient, m.participants):
                    role[:] = list(dict.fromkeys(named.id if p == described.id else p for p in role))


def _unnamed_holder(actor: Actor) -> bool:
    """A person the text knows by an office alone: "Toronto's mayor", "the UN envoy for Yemen"."""
    return actor.kind is ActorKind.PERSON and actor.name in actor.titles


def _told_at(actor: Actor, table: ActorTable) -> list[int]:
    """The tokens the text tells ``actor`` by, in order."""
    return sorted(i for i, a in table.token_actor.items() if a == actor.id)


def _told_in(actor: Actor, lead: tuple[int, int], doc: Doc, table: ActorTable, deps: frozenset[str]) -> bool:
    """Whether the lead tells ``actor`` in one of ``deps``: as a subject ("Lunport's mayor met …") or as the one met
    ("… met with the head of the union")."""
    heads = [doc[i] for i in _told_at(actor, table)]
    heads += [span.root for x in actor.mentions if (span := doc.char_span(x.start, x.end, alignment_mode="expand"))]
    return any(t.dep_ in deps and lead[0] <= t.idx < lead[1] for t in heads)


def _named_after(described: Actor, lead: tuple[int, int], doc: Doc, table: ActorTable) -> Actor | None:
    """The person named bare as the subject opening the paragraph after the lead (the story's first paragraph of
    prose, after its headline and byline lines); someone the lead names (the one the holder met) is not the holder,
    though the headline may have named him."""
    following = _paragraph(doc.text, lead[1] + len(PARAGRAPH_BREAK))
    opening = next((s for s in doc.sents if s.start_char >= following[0] and s.text.strip()), None)
    if opening is None or opening.start_char >= following[1]:
        return None
    subject = next((t for t in opening if t.dep_ in SUBJECTS and t.head == opening.root), None)
    if subject is None:
        return None
    person = _bare_person(subject, described, lead, doc, table)
    if person is None and (beside := _named_subject_beside(subject, opening.root, lead, table)) is not None:
        person = _bare_person(beside, described, lead, doc, table)
        if person is not None:
            fired("party.named-after-lead-object")
    return person


def _bare_person(subject: Token, described: Actor, lead: tuple[int, int], doc: Doc, table: ActorTable) -> Actor | None:
    """The person a subject names in full and bare, with no office of his own told, of no other state than the
    holder's and not told in the lead."""
    if any(c.dep_ in ("relcl", "appos", "acl") for c in subject.children):
        return None  # "Oskar Venner, who leads the opposition, said …": a role of his own, someone else
    person = table.actor_at(subject)
    if person is None or person.kind is not ActorKind.PERSON or _unnamed_holder(person) or person.titles:
        return None  # "Ana Lobo, a spokeswoman, said": someone of her own office
    if person.country not in (None, described.country) or len(person.name.split()) < 2:
        return None
    if any(lead[0] <= doc[i].idx < lead[1] for i in _told_at(person, table)):
        return None
    return person


def _named_subject_beside(subject: Token, root: Token, lead: tuple[int, int], table: ActorTable) -> Token | None:
    """The named subject the opening sentence gives beside a subject that is no bare name: its conjunct ("The
    party leader and Ana Lobo discussed …", the first being the lead's named party by another name) or the subject
    of what the subject says with one the lead names ("Rui Sa, a spokesman, says Ana Lobo sat down with X"; not
    "says Ana Lobo should have been invited", someone else) (rule party.named-after-lead-object)."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    said = [
        t
        for c in root.children
        if c.dep_ == "ccomp" and _names_the_lead_party(c, lead, table)
        for t in c.children
        if t.dep_ in SUBJECTS and t.pos_ == "PROPN"
    ]
    return next(iter(conjuncts or said), None)


def _names_the_lead_party(clause: Token, lead: tuple[int, int], table: ActorTable) -> bool:
    """Whether a reported clause names, past its subject, someone the lead names (the one the holder met)."""
    subjects = {t.i for c in clause.children if c.dep_ in SUBJECTS for t in c.subtree}
    named = {a.id for t in clause.subtree if t.i not in subjects and (a := table.actor_at(t)) is not None}
    doc = clause.doc
    return any(lead[0] <= doc[i].idx < lead[1] for i, a in table.token_actor.items() if a in named)


PARAGRAPH_BREAK = "\n\n"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph holding character ``at`` starts and ends (paragraphs are split by a blank line)."""
    start = text.rfind(PARAGRAPH_BREAK, 0, at)
    end = text.find(PARAGRAPH_BREAK, at)
    return (0 if start < 0 else start + len(PARAGRAPH_BREAK)), (len(text) if end < 0 else end)


LONGEST_HEADING = 25
"""Words a headline, byline or dateline line runs to at most; a longer paragraph is prose."""


SENTENCE_STOPS = (".", "!", "?")
QUOTE_CLOSERS = CLOSERS + "\"'"
"""Marks that may close a sentence after its stop: the typographic closers and the straight marks."""


def _lead(text: str) -> tuple[int, int] | None:
    """Where the story's first paragraph of prose starts and ends: the first one longer than a headline, byline or
    dateline line, or one ending on a sentence's stop (a headline has none)."""
    at = 0
    for part in text.split(PARAGRAPH_BREAK):
        words = part.strip()
        if len(words.split()) > LONGEST_HEADING or words.rstrip(QUOTE_CLOSERS).endswith(SENTENCE_STOPS):
            return at, at + len(part)
        at += len(part) + len(PARAGRAPH_BREAK)
    return None
