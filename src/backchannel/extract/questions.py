"""A question put to someone, reported in passing: "Asked whether the ferry would run, Moss said …".

The question is not part of the answer that follows, so the finding for the main clause must not start
with it (``quotes`` trims it). What was asked (the whether-, if- or wh-clause, the "about" phrase, the
infinitive of "asked to respond") is an attribution of its own only when "by" names the asker: a question
with no asker is the reporter's (PolNeAR counts those too, with no source, but a ledger of who said what
has no one to credit them to).

Three constructions, rule ``quote.asked``: a fronted participle with no subject ("Asked about the merger, …",
"When asked whether …, …"), the same participle set off after the one asked ("Moss, asked about the merger,
said …") and a passive ("She was asked about the border").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .grammar import is_passive

QUESTION_PREPS = frozenset({"about", "regarding"})
CUE_DEPS = frozenset({"auxpass", "aux", "neg"})


@dataclass(frozen=True)
class Asked:
    """A reported question, as inclusive token ranges of its doc."""

    content: tuple[int, int]
    cue: tuple[int, int]
    asker: Span | None


def asked_at(verb: Token) -> Asked | None:
    """The question ``verb`` ("asked") reports when nobody in the clause is its asker as subject."""
    if verb.lemma_.lower() != "ask" or verb.tag_ not in ("VBN", "VBD"):
        return None
    # a passive inside a reported clause ("said he is being asked about …") is part of that report
    passive = is_passive(verb) and verb.dep_ not in ("ccomp", "xcomp")
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and not any(c.dep_ == "nsubj" for c in verb.children)
    if not (passive or fronted or _aside_on_speaker(verb)):
        return None
    content = _question(verb)
    if content is None:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    objects = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
    asker = None
    if objects:
        first, end = objects[0].left_edge.i, objects[0].right_edge.i
        if first < content[0] <= end:
            end = content[0] - 1  # "asked by Moss about the pier": the parse hung the question on the asker
        asker = verb.doc[first : end + 1]
    cue_tokens = [verb.i] + [c.i for c in verb.children if c.dep_ in CUE_DEPS and c.i < verb.i]
    return Asked(content, (min(cue_tokens), verb.i), asker)


def _aside_on_speaker(verb: Token) -> bool:
    """ "Moss, asked on Monday whether the ferry would run, said …": a participle set off by a comma after the one
    asked, which the parser hangs on that noun; the question was put to the speaker, by no one named."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.head.i < verb.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def _question(verb: Token) -> tuple[int, int] | None:
    """What was asked: the clause, the "about" phrase or the infinitive after the verb ("asked by Moss about
    the pier": the parser may hang the phrase on the asker)."""
    askers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for child in [*verb.children, *(c for a in askers for c in a.children if c.dep_ == "prep")]:
        if child.i < verb.i:
            continue
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            return child.left_edge.i, child.right_edge.i
        if child.dep_ == "prep" and child.lower_ in QUESTION_PREPS and any(g.dep_ == "pobj" for g in child.children):
            return child.i, child.right_edge.i
    return None


def put_to_you(verb: Token) -> bool:
    """ "Do you support the ferry levy?", "What do you think of the plan?" (rule quote.question-to-you): a question
    put to the reader or to the one addressed, its auxiliary before "you", asks what they think; they have said
    nothing, so the verb reports no words of theirs."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "you":
        return False
    if not any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return False
    return any(t.text == "?" for t in verb.doc[verb.i : verb.sent.end])
