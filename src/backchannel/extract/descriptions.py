"""Unnamed sources as the text describes them: in full, and where it first did.

A story introduces an unnamed source once, in full ("two aides familiar with the negotiations", "a senior Treasury
official travelling with the minister"), and refers back to it briefly ("the aides said", "the official
added"). The full description is how a reader (and a labeller) names that source; the brief one is only a pointer
to it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

POSTMODIFIERS = frozenset({"prep", "acl", "relcl", "amod"})
"""What may follow a noun inside its description: "in Oslo", "travelling with the minister", "who attended
the session", "familiar with the negotiations"."""
MAX_DESCRIPTION_TOKENS = 14
"""A longer phrase is a parse that swallowed the sentence, not a description."""
CLAUSES_AFTER = frozenset({"advcl", "ccomp", "conj", "cc", "parataxis"})
INTRODUCING_DETERMINERS = frozenset({"a", "an", "another", "some", "several", "many", "few"})
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})
LOOK_BACK_TOKENS = 800


def description_in_full(head: Token) -> Span:
    """The noun phrase ``head`` heads, with the words after it that say which ones (rule speaker.description-in-full):
    "a Norwegian diplomat briefed on the talks", "two aides who were in the room". The phrase ends at a
    comma or quote mark; one the parse made too long is cut back to the noun."""
    doc = head.doc
    end = head.i + 1
    for child in head.children:
        if child.i > head.i and child.dep_ in POSTMODIFIERS:
            end = max(end, _modifier_end(child))
    stop = next((i for i in range(head.i + 1, end) if doc[i].is_punct or doc[i].is_quote), end)
    start = head.left_edge.i
    if stop - start > MAX_DESCRIPTION_TOKENS or any(doc[i].is_quote for i in range(start, stop)):
        stop = head.i + 1
    return doc[start:stop]


def _modifier_end(modifier: Token) -> int:
    """Where a modifier ends, without a clause it governs that says why or what else: "who spoke on condition of
    anonymity" ends before "because he was not authorised …"."""
    clauses = [c.left_edge.i for c in modifier.children if c.i > modifier.i and c.dep_ in CLAUSES_AFTER]
    return min(clauses) if clauses else modifier.right_edge.i + 1


def introduces(noun: Token) -> bool:
    """Whether ``noun`` heads a phrase that brings someone new into the story: "a diplomat", "three officials"."""
    return any(
        (c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS) or c.dep_ == "nummod"
        for c in noun.children
        if c.i < noun.i
    )


def introduction_of(span: Span) -> Token | None:
    """The head noun of the phrase that introduced the unnamed source a definite description refers back to (rule
    speaker.definite-unnamed): for "the aides", "two aides familiar with the negotiations"; for "the Treasury
    official", "a senior Treasury official travelling with the minister". The nearest earlier phrase with
    the same head noun, in the same number, that brought someone new in and has every word of the description."""
    head = span.root
    if span[0].lower_ not in DEFINITE_DETERMINERS or head.pos_ != "NOUN":
        return None
    words = {t.lower_ for t in span if t.i != head.i and t.is_alpha and t.lower_ not in DEFINITE_DETERMINERS}
    lemma = head.lemma_.lower()
    doc = span.doc
    for i in range(span.start - 1, max(span.start - LOOK_BACK_TOKENS, -1), -1):
        earlier = doc[i]
        if earlier.tag_ != head.tag_ or earlier.lemma_.lower() != lemma or not introduces(earlier):
            continue
        if words <= {t.lower_ for t in earlier.subtree}:
            return earlier
    return None
