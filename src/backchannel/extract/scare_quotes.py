"""Short words in quote marks that stand apart from the reporting verb near them: a scare quote or a name in
quotes ("the “Never Trump” movement continues", "praise from “rebellious” students, said …"), which reports no
one's words, against a short quote the verb governs ("called the plan “a disgrace”", "chanted “Dump Trump”"),
one inside what the verb reports ("hailed the pact as a “historic” step") and a quoted clause ("“Islam hates us”");
and the title of a piece given with its byline ("“Ferry fares to rise,” by the Herald's Ada Moss: …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .lexicon import ATTRIBUTION_VERBS
from .quote_findings import NOT_CONTENT_DEPS, reporting_lemma
from .trace import fired

GOVERNED_DEPS = frozenset(
    {"dobj", "oprd", "attr", "acomp", "ccomp", "xcomp", "pobj", "pcomp", "prep", "conj", "appos", "dep", "dative"}
)
"""Arcs on the way up from a quoted phrase to a verb that keep it what the verb says or names: an object, a
predicate, a complement, the object of a preposition on the verb ("accused her of “taking sides”")."""

PREDICATE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})
"""Verb forms that make quoted words a piece of someone's sentence ("had “listened carefully”", "of “taking
sides”"), not a label; a bare verb ("the “Stop the Levy” campaign") is a slogan's."""

SAYING_MARKS = frozenset(".!?")
"""Marks inside the quote that make it a saying of its own, however short ("“Out!” the crowd yelled")."""

ASIDE_DEPS = frozenset({"parataxis", "advcl", "ccomp"})
"""How a reporting verb set off inside the clause it reports hangs on that clause ("those fees, he said, paid
for “sponsorships”")."""


def apart_from_cue(doc: Doc, quote: SpacySpan, cue: tuple[int, int]) -> bool:
    """ "the “Save the Pier” campaign continues to grow" (rule quote.scare-quote): a quote of a few words inside a
    sentence, with no sentence mark and no verb of a predicate (``PREDICATE_TAGS``), that no verb beside it or
    reporting verb above it governs and the cue's verb does not report (inside its object or complement, or the
    clause it is set inside) is a scare quote or a name in quotes: no quote is made of it."""
    words = [t for t in quote if not (t.is_punct or t.is_space or t.is_quote)]
    if not words or any(t.text in SAYING_MARKS for t in quote) or any(t.tag_ in PREDICATE_TAGS for t in words):
        return False
    if not any(t.is_alpha for t in doc[words[0].sent.start : quote.start]):
        return False  # "“Denver,” he answered": the quote opens its sentence
    cue_words = doc.char_span(*cue, alignment_mode="expand")
    verb = next((t for t in cue_words or [] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.sent != words[0].sent:
        return False
    root = next((t for t in words if not quote.start <= t.head.i < quote.end or t.head == t), words[0])
    if root == verb or root.is_ancestor(verb) or _beside(verb, quote):
        return False
    if _named_by_a_verb(root, verb) or _reported_by(verb, quote, root):
        return False
    fired("quote.scare-quote")
    return True


BESIDE_TOKENS = 3
"""How near before a quote a verb stands to govern it whatever the parse ("called it “productive and frank”")."""


def _beside(verb: Token, quote: SpacySpan) -> bool:
    """Whether the verb stands right before the quote with only its own words between ("calls “a first step”",
    "called it “frank”"), or right after it ("“a door opening” says council leader"): it reports the quote however
    the parser hung the quoted words."""
    doc = verb.doc
    if verb.i >= quote.end:
        return all(t.is_punct or t.is_space for t in doc[quote.end : verb.i])
    between = doc[verb.i + 1 : quote.start]
    return len(between) < BESIDE_TOKENS and all(t.head == verb or t.is_punct for t in between)


def _named_by_a_verb(root: Token, verb: Token) -> bool:
    """Whether the quote's top word is under the cue's verb, or under any reporting verb ("what had been called
    the “Golden Week”"), through arcs that keep it what the verb says or names."""
    node = root
    # whatever the arc, a word hung on a preposition is its object ("as “completely baseless”", parsed amod)
    while (node.dep_ in GOVERNED_DEPS or node.head.pos_ == "ADP") and node.head != node:
        node = node.head
        if node == verb or (node.pos_ in ("VERB", "AUX") and reporting_lemma(node) in ATTRIBUTION_VERBS):
            return True
    return False


def _reported_by(verb: Token, quote: SpacySpan, root: Token) -> bool:
    """Whether the quote lies inside what the verb reports: a word after the verb that is no subject, adverb or
    mark ("to portray his run as a “working-class” revolt"), or the clause the verb is set inside as an aside, set
    off by commas (one may stand inside the quote's closing mark: "the talks were “very productive,” as Moss put
    it, …")."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ not in NOT_CONTENT_DEPS and child.left_edge.i <= quote.start:
            if quote.end - 1 <= child.right_edge.i:
                return True
    doc = verb.doc
    own = [t.i for t in verb.subtree if not t.is_punct]
    first, last = own[0], own[-1]
    before = first - 1
    if before > 0 and doc[before].is_quote:
        before -= 1  # "were “very productive,” as Moss put it": the comma inside the closing mark
    set_off = before >= 0 and doc[before].text == "," and last + 1 < len(doc) and doc[last + 1].text in ",.!?"
    return set_off and verb.dep_ in ASIDE_DEPS and verb.head.is_ancestor(root) and not first <= root.i <= last


BYLINE_AFTER = re.compile(r"[ \t]*by[ \t]+(?:the[ \t]+)?[A-Z]")
"""A byline right after a closing quote mark: "by the Herald's Ada Moss", "by DNAinfo's Tom Vance"."""


def titles_a_piece(text: str, start: int, end: int) -> bool:
    """ "“Ferry fares to rise in spring,” by the Herald's Ada Moss: …" (rule quote.byline-title): quoted words that
    close on a comma inside the marks and are followed by "by" and a name are the headline of a piece given with
    its byline, as news digests list them, not anyone's saying."""
    if text[end - 2 : end - 1] != "," or not BYLINE_AFTER.match(text, end):
        return False
    fired("quote.byline-title")
    return True
