"""What talks were about and what they settled: the object of "discussed" when the talking was between parties
("the two ministers discussed the dam", "met Hale to discuss the levy") or was turned down ("would not discuss its
content"), and what parties agreed to do ("the two sides agreed to meet again"). These name the subject of a
conversation or of a silence, or its outcome, not words anyone said, so they are no quote; the finding still tells
the events who spoke of a contact (``quotes.told``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import QuoteKind
from .actor_words import doc_text
from .contact_words import MEET_VERBS, NOUN_MODES, PHONE_VERBS, SEEING_VERBS, TOPIC_OBJECT_VERBS, TRAVEL_VERBS
from .grammar import not_or_never
from .quote_findings import UNSAID, Finding, reporting_lemma
from .quotemarks import DOUBLE_MARKS, OPENERS
from .trace import fired

TALK_TOPIC = "quote.talk-topic"
"""The rule that marks the topic of talks between parties ("the two sides discussed the border"): no quote, though
the events still read it (``quotes.told``)."""
JOINT_AGREEMENT = "quote.joint-agreement"
"""The rule that marks what parties agreed to do ("the two sides agreed to meet again"): an outcome of talks, not
words anyone said."""
TOPIC_REFUSED = "quote.topic-refused"
"""The rule that marks a topic someone would not discuss ("declined to discuss his role"): nothing was said."""

MEETING_HEADS = MEET_VERBS | PHONE_VERBS | SEEING_VERBS
"""Verbs of a contact whose purpose or sequel "to discuss X" / "and discussed X" tells what the contact was about
(and the verbs of travel, with a destination)."""
PAST_REFUSING = frozenset({"would", "did", "could", "wo"})
"""Auxiliaries of a refusal on an occasion: "would not discuss", "did not discuss", "won't discuss"."""
JOINT_DETERMINERS = frozenset({"both", "two", "three", "four", "five", "all"})
"""Words before a plural subject that make it several parties at once: "both sides", "the two ministers"."""
JOINT_PRONOUNS = frozenset({"they", "we"})


def talk_topic(verb: Token, finding: Finding) -> str | None:
    """The rule that makes a finding of talks no quote, or None. What parties agreed to do (rule
    quote.joint-agreement: "the two sides agreed to meet again"): the outcome of their talks, not words of either.
    The object of a verb of talking something over (``topic_object_verbs``), a topic, not words said: a topic
    refused (rule quote.topic-refused: "declined to discuss his role", "would not discuss its content", "never
    discussed the cable"), or talks between parties (rule quote.talk-topic): a subject of several ("Moss and Hale
    discussed the fares", "the two ministers discussed", "they discussed"), a partner ("discussed the levy with
    Hale"), or a contact the talking is the purpose or sequel of ("met Hale to discuss the levy", "met Hale and
    discussed the levy", "talks to discuss the levy"). Quoted words in the content ('discussed "the window that
    is open now"') stay a quote: someone's words were reported."""
    if finding.kind is not QuoteKind.INDIRECT or len(finding.ranges) != 1 or _quoted(verb.doc, finding.ranges[0]):
        return None
    lemma = reporting_lemma(verb)
    if lemma == "agree" and _joint_subject(verb) and _an_infinitive(verb):
        fired(JOINT_AGREEMENT)
        return JOINT_AGREEMENT
    if lemma not in TOPIC_OBJECT_VERBS:
        return None
    if _turned_down(verb):
        fired(TOPIC_REFUSED)
        return TOPIC_REFUSED
    if _joint_subject(verb) or _with_partner(verb) or _after_a_contact(verb):
        fired(TALK_TOPIC)
        return TALK_TOPIC
    return None


def _an_infinitive(verb: Token) -> bool:
    """ "agreed to meet again": the verb's infinitive, not a that-clause ("agreed that the talks had helped")."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _quoted(doc: Doc, content: tuple[int, int]) -> bool:
    start, end = content
    return any(mark in DOUBLE_MARKS + OPENERS for mark in doc_text(doc)[max(start - 2, 0) : end + 1])


def _turned_down(verb: Token) -> bool:
    """A refusal on the occasion reported, an answer not given: "declined to discuss", "refused to discuss",
    "would not discuss", "did not discuss", "never discussed". A refusal in the present ("refuses to discuss
    appointees", "does not discuss his engagements") is a stand kept, which PARC-style corpora take as an
    attribution."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNSAID:
        return verb.head.tag_ in ("VBD", "VBN")
    if not not_or_never(verb):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in PAST_REFUSING for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is the infinitive or the second predicate of ("met X and
    discussed Y", "are expected to discuss Y")."""
    node = verb
    while True:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.dep_ not in ("xcomp", "conj") or node.head == node:
            return subject
        node = node.head


def _joint_subject(verb: Token) -> bool:
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in JOINT_PRONOUNS or any(c.dep_ == "conj" for c in subject.children):
        return True
    if subject.lower_ in JOINT_DETERMINERS:  # "the two discussed", "both discussed"
        return True
    # "the two harbour chiefs": the number may hang on a compound before the noun
    return subject.tag_ in ("NNS", "NNPS") and any(
        t.lower_ in JOINT_DETERMINERS for t in subject.lefts for t in t.subtree
    )


def _with_partner(verb: Token) -> bool:
    """ "discussed the levy with Hale", the "with" hung on the verb or on its object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
        for node in [verb, *objects]
        for c in node.children
    )


def _after_a_contact(verb: Token) -> bool:
    """ "met Hale to discuss", "met Hale and discussed", "flew to Oslo to discuss", "talks to discuss"; not "went
    on to discuss", where the going leads into the talking and goes nowhere."""
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        return lemma in MEETING_HEADS or (lemma in TRAVEL_VERBS and _a_destination(head))
    return verb.dep_ in ("acl", "relcl") and head.lower_ in NOUN_MODES


def _a_destination(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
