"""Confirmations: what parties said about whether a contact happened.

A statement confirms, denies, neither confirms nor denies, declines to comment
on, or could not confirm a contact; it attaches to the event it names or
refers back to ("the report", "this"), or to the one just told when it is a
bare "declined to comment", and is stated by its subject or by the speaker of
the quote around it. A party quoted saying the contact did not happen denies it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Article, Confirmation, ConfirmationStatus, EventStatus, Quote, Span
from .actors import ActorTable
from .contact_words import ANSWERING_VERBS, ASKING_NOUNS, NOUN_MODES, REFERRING_WORDS
from .contacts import Mention
from .doc_index import doc_index
from .merging import Draft
from .parties import apposition_end
from .reports import quotes_over
from .speakers import PERSON_PRONOUNS, SpeakerResolver

STATEMENT_LEMMAS = frozenset({"confirm", "deny", "comment", "aware", "discuss"}) | ANSWERING_VERBS
"""The lemmas ``_confirmation_status`` can give a status to; it gives none to any other word."""


def _confirmation_status(verb: Token) -> ConfirmationStatus | None:
    lemma = verb.lemma_.lower()
    children = {c.lower_ for c in verb.children}
    deps = {c.dep_ for c in verb.children}
    head = verb.head
    if lemma == "confirm":
        if "neither" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "deny"):
            return ConfirmationStatus.NEITHER
        if any(c.lemma_.lower() == "deny" and c.dep_ == "conj" for c in verb.children):
            return ConfirmationStatus.NEITHER
        if "neg" in deps or head.lemma_.lower() in ("unable", "decline", "refuse"):
            return ConfirmationStatus.UNCONFIRMED
        return ConfirmationStatus.CONFIRMED
    if lemma == "deny":
        if "nor" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "confirm"):
            return None  # counted once, on "confirm"
        if "neg" in deps or head.lemma_.lower() in ("decline", "refuse"):
            return None  # "did not deny the meeting" denies nothing, and confirms nothing either
        return ConfirmationStatus.DENIED
    if lemma == "comment" and (head.lemma_.lower() in ("decline", "refuse") or "neg" in deps):
        return ConfirmationStatus.NO_COMMENT
    if _unanswered(verb):
        return ConfirmationStatus.NO_COMMENT  # "did not respond to a request for comment", "declined to discuss it"
    if lemma == "aware" and "neg" in {c.dep_ for c in head.children}:
        return ConfirmationStatus.UNCONFIRMED
    return None


def _unanswered(verb: Token) -> bool:
    """Not answering the press: "did not respond to requests for comment", "did not return calls seeking
    comment", "declined to discuss the call"."""
    lemma = verb.lemma_.lower()
    if lemma == "discuss" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse"):
        return True
    if lemma not in ANSWERING_VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(t.lower_ in ASKING_NOUNS for t in verb.subtree if t.i != verb.i)


CONFIRMATION_RULES = {
    ConfirmationStatus.CONFIRMED: "confirm.confirmed",
    ConfirmationStatus.DENIED: "confirm.denied",
    ConfirmationStatus.NEITHER: "confirm.neither",
    ConfirmationStatus.NO_COMMENT: "confirm.no-comment",
    ConfirmationStatus.UNCONFIRMED: "confirm.unconfirmed",
}


def confirmations(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver, article: Article
) -> None:
    if not drafts:
        return
    trigger_draft = {m.trigger.i: d for d in drafts for m in d.mentions}
    for token in doc_index(doc).with_lemma(STATEMENT_LEMMAS):
        status = _confirmation_status(token)
        if status is None:
            continue
        draft = _about(token, status, trigger_draft, drafts)
        if draft is None:
            continue
        verb = token.head if token.lemma_.lower() in ("comment", "aware") else token
        by = _stated_by(verb, quotes, resolver)
        sent = token.sent
        evidence = Span.of(article.text, sent.start_char, sent.end_char)
        for actor_id in by:
            confirmation = Confirmation(status=status, by=actor_id, evidence=evidence)
            if all((c.status, c.by) != (status, actor_id) for c in draft.confirmations):
                draft.rules.append(CONFIRMATION_RULES[status])
                draft.confirmations.append(confirmation)
    # a party quoted saying the contact did not happen denies it
    for draft in drafts:
        for m in draft.mentions[1:]:
            if m.status is EventStatus.DENIED and draft.first.status is not EventStatus.DENIED and not _unknowing(m):
                for q in quotes_over(m.trigger, quotes):
                    if q.speaker_actor and all(
                        c.by != q.speaker_actor or c.status is not ConfirmationStatus.DENIED
                        for c in draft.confirmations
                    ):
                        sent = m.trigger.sent
                        draft.rules.append("confirm.quoted-denial")
                        draft.confirmations.append(
                            Confirmation(
                                ConfirmationStatus.DENIED,
                                q.speaker_actor,
                                Span.of(article.text, sent.start_char, sent.end_char),
                            )
                        )


def _unknowing(m: Mention) -> bool:
    """ "I am not aware of such a meeting" says one does not know of it, which is no denial."""
    node = m.trigger
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in ("aware", "know", "sure", "confirm", "recall"):
            return True
    return False


def _about(
    token: Token, status: ConfirmationStatus, trigger_draft: dict[int, Draft], drafts: list[Draft]
) -> Draft | None:
    """The event a confirmation statement is about: one it names or refers back to ("the report", "this").

    "Declined to comment" and a bare "would neither confirm nor deny" answer the contact just told;
    "confirmed two arrests" is about something else and attaches to nothing.
    """
    verb = token.head if token.lemma_.lower() in ("comment", "aware") else token
    for t in verb.subtree:
        if t.i in trigger_draft:
            return trigger_draft[t.i]
    earlier = [d for d in drafts if d.first.trigger.i < token.i]
    if not earlier:
        return None
    if any(t.lower_ in REFERRING_WORDS or t.lower_ in NOUN_MODES for t in token.subtree if t.i != token.i):
        return earlier[-1]
    if status is ConfirmationStatus.NO_COMMENT:
        return earlier[-1]  # declining to comment, on whatever aspect, is declining to comment on the story
    bare = not any(c.dep_ in ("dobj", "ccomp", "prep") for c in token.children)
    if bare and status in (ConfirmationStatus.NEITHER, ConfirmationStatus.UNCONFIRMED):
        return earlier[-1]
    return None


def _stated_by(verb: Token, quotes: list[Quote], resolver: SpeakerResolver) -> list[str]:
    out: list[str] = []
    node = verb
    while node.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # "the meeting was confirmed by the president's adviser": the agent states it, not the meeting
    stating = agents or [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    quoted = [q.speaker_actor for q in quotes_over(verb, quotes) if q.speaker_actor]
    for subject in stating:
        if subject.lower_ in ("we", "i") or (subject.lower_ in PERSON_PRONOUNS and quoted):
            continue  # "the spokeswoman said she would neither confirm nor deny it": the speaker, below
        # "A spokeswoman, Sadia Karim, declined to comment": the name apposed to the description
        resolved = resolver.resolve(verb.doc[subject.left_edge.i : apposition_end(subject) + 1])
        if resolved and resolved not in out:
            out.append(resolved)
    for q in quotes_over(verb, quotes):
        if q.speaker_actor and q.speaker_actor not in out:
            out.append(q.speaker_actor)
    return out
