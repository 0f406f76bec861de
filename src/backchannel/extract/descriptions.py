"""Unnamed sources as the text describes them: in full, and where it first did.

A story introduces an unnamed source once, in full ("two aides familiar with the negotiations", "a senior Treasury
official travelling with the minister"), and refers back to it briefly ("the aides said", "the official
added"). The full description is how a reader (and a labeller) names that source; the brief one is only a pointer
to it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actor_words import strip_article
from .contact_words import MEMBER_NOUNS
from .trace import fired

POSTMODIFIERS = frozenset({"prep", "acl", "relcl", "amod"})
"""What may follow a noun inside its description: "in Oslo", "travelling with the minister", "who attended
the session", "familiar with the negotiations"."""
MAX_DESCRIPTION_TOKENS = 14
"""A longer phrase is a parse that swallowed the sentence, not a description."""
CLAUSES_AFTER = frozenset({"advcl", "ccomp", "conj", "cc", "parataxis"})
INTRODUCING_DETERMINERS = frozenset({"a", "an", "another", "some", "several", "many", "few"})
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})
LOOK_BACK_TOKENS = 800
WORD_HYPHENS = frozenset({"-", "‐"})
CIRCUMSTANCE_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "by",
        "during",
        "over",
        "about",
        "near",
        "outside",
        "inside",
        "after",
        "before",
        "since",
        "until",
        "through",
        "via",
        "throughout",
        "across",
    }
)
"""Prepositions whose phrase, after a described party, may say where, when, how or about what it was met ("in
Muscat", "at a hotel", "by telephone", "about the fares") rather than who the party is."""
CIRCUMSTANCE_DEPS = frozenset({"npadvmod", "relcl", "acl"})
"""Clauses and measures after a described party's noun that a shorter naming leaves out: "who …", "backing …"."""


def description_in_full(head: Token, longest: int | None = MAX_DESCRIPTION_TOKENS) -> Span:
    """The noun phrase ``head`` heads, with the words after it that say which ones (rule speaker.description-in-full):
    "a Norwegian diplomat briefed on the talks", "two aides who were in the room". The phrase ends at a
    comma or quote mark; one the parse made too long is cut back to the noun."""
    doc = head.doc
    end = head.i + 1
    for child in head.children:
        if child.i > head.i and child.dep_ in POSTMODIFIERS:
            end = max(end, _modifier_end(child))
    stop = next((i for i in range(head.i + 1, end) if _ends_phrase(doc[i])), end)
    start = head.left_edge.i
    if (longest is not None and stop - start > longest) or any(_quote_mark(doc[i]) for i in range(start, stop)):
        stop = head.i + 1
    return doc[start:stop]


def shorter_descriptions(head: Token) -> list[str]:
    """The description ``head`` heads, in full and cut before each phrase after the noun that may say where, when or
    how rather than who (rule actor.description-core): "members of the farming community in Porto" is also "members of
    the farming community", "a senior Saudi intelligence officer in Muscat" also "a senior Saudi intelligence officer",
    "representatives of both sides by telephone" also "representatives of both sides"; each with the article as the
    text gives it and without it. A description too long to be a name in full is still one cut short ("a delegation
    of farmers who travelled …" is "a delegation of farmers")."""
    full = description_in_full(head, longest=None)
    if full.end <= head.i + 1 and full[0].lower_ not in ("a", "an"):
        return []  # "the delegation": no more than the noun phrase, named so already
    cuts = sorted(
        {full.end}
        | {
            t.left_edge.i
            for t in full
            if t.left_edge.i > max(head.i, t.head.i)  # after the noun it hangs on: not "state-owned"
            and t.head.pos_ in ("NOUN", "PROPN")
            and (
                (t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS)
                or t.dep_ in CIRCUMSTANCE_DEPS
                or (t.pos_ == "PRON" and t.lower_.endswith(("selves", "self")))
            )
        }
    )
    forms: list[str] = []
    for cut in cuts:
        span = full.doc[full.start : cut]
        while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in ("cc", "det", "case")):
            span = span[:-1]
        if len(span) > MAX_DESCRIPTION_TOKENS:
            continue
        for form in (span.text, strip_article(span.text)):
            if form not in forms:
                forms.append(form)
    return forms


def body_of_members(head: Token) -> list[str]:
    """The body whose people a description names, as the text names it (rule actor.body-of-the-members): "officials
    of the sport's governing body" are also known by "the sport's governing body", "executives of a rival Japanese
    buyer in Osaka" by "a rival Japanese buyer": a reader, and a labeller, names the side of a contact by the body
    its unnamed people act for. Not a place or a state ("officials from Taipei"), whose own rules name it."""
    if head.lemma_.lower() not in MEMBER_NOUNS or head.i + 2 >= len(head.doc):
        return []
    prep = head.doc[head.i + 1]
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.head.i != head.i or prep.lower_ not in ("of", "for") or body is None or body.tag_ != "NN":
        return []  # "officials of the two countries" are of two sides, no one body
    if body.ent_type_ in ("GPE", "NORP", "LOC"):
        return []
    stops = [
        t.left_edge.i
        for t in body.subtree
        if t.i > body.i and (_ends_phrase(t) or (t.dep_ in ("prep", "relcl", "acl") and t.lower_ not in ("of", "for")))
    ]
    phrase = head.doc[prep.i + 1 : min([body.right_edge.i + 1, *stops])]
    if len(phrase) < 2 or len(phrase) > MAX_DESCRIPTION_TOKENS:
        return []  # "officials of Harbourline", a name of its own; or a parse run on
    return list(dict.fromkeys([phrase.text, strip_article(phrase.text)]))


def _ends_phrase(token: Token) -> bool:
    """A comma, quote mark or other stop; not a hyphen inside a word ("state-owned") or a possessive's apostrophe
    ("the tanners' guild")."""
    if token.tag_ == "POS" or (
        token.text in WORD_HYPHENS and not token.doc[token.i - 1].whitespace_ and token.whitespace_ == ""
    ):
        return False
    return token.is_punct or _quote_mark(token)


def _quote_mark(token: Token) -> bool:
    """A quote mark, not a possessive's apostrophe ("the tanners' guild")."""
    return token.is_quote and token.tag_ != "POS"


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


def named_possessor(noun: Token) -> bool:
    """Whether ``noun`` is someone's unnamed aide by a named person's possessive: "Mr Hale's spokesman", "Vera
    Lind's aides" bring in the spokesman and the aides as "a spokesman for Mr Hale" would (rule
    speaker.definite-after-possessive); a day's or a place's possessive ("Tuesday's report", "Kazakhstan's
    leaders") brings in no one's aide. Not a description apposed to a name ("Ana Ruiz, the Commission's chief
    negotiator"): that one is named, and its phrase is no unnamed source's."""
    if noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children):
        return False
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("", "PERSON") and c.i < noun.i
    ]
    return bool(owners) and noun.left_edge.i >= owners[0].left_edge.i


def introduction_of(span: Span) -> Token | None:
    """The head noun of the phrase that introduced the unnamed source a definite description refers back to (rule
    speaker.definite-unnamed): for "the aides", "two aides familiar with the negotiations"; for "the Treasury
    official", "a senior Treasury official travelling with the minister"; for "the spokesman", "Mr Hale's
    spokesman" (rule speaker.definite-after-possessive). The nearest earlier phrase with the same head noun, in
    the same number, that brought someone new in and has every word of the description."""
    head = span.root
    if span[0].lower_ not in DEFINITE_DETERMINERS or head.pos_ != "NOUN":
        return None
    words = {t.lower_ for t in span if t.i != head.i and t.is_alpha and t.lower_ not in DEFINITE_DETERMINERS}
    lemma = head.lemma_.lower()
    doc = span.doc
    for i in range(span.start - 1, max(span.start - LOOK_BACK_TOKENS, -1), -1):
        earlier = doc[i]
        if earlier.tag_ != head.tag_ or earlier.lemma_.lower() != lemma:
            continue
        introduced = introduces(earlier)
        possessed = not introduced and named_possessor(earlier)
        if not (possessed or introduced):
            continue
        if words <= {t.lower_ for t in earlier.subtree}:
            if possessed:
                fired("speaker.definite-after-possessive")
            return earlier
    return None
