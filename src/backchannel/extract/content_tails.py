"""What the parse leaves hanging on a reporting verb right after its object, though it goes on with what was said: a
small clause on the object ("pushed for help from the Gulf states to rebuild the port")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .content_bounds import cut_trailing
from .lexicon import TOPIC_VERBS
from .quote_findings import SPEECH_CUES, Finding, has_subject, reporting_lemma, trimmed_chars
from .trace import fired

SMALL_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "ccomp"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def with_tail(verb: Token, finding: Finding) -> None:
    """Extend the finding's last range over a small clause on its object that follows it and that the parser hung on
    ``verb``, the cue (``object_small_clause``)."""
    doc = verb.doc
    last = _last_token(doc, finding.ranges[-1][1])
    if last is None or last.i <= verb.i or last.i + 2 >= len(doc) or last.sent != verb.sent:
        return
    end = object_small_clause(verb, last)
    if end is None:
        return
    span = trimmed_chars(doc, last.i + 1, end)
    if span is not None:
        finding.ranges[-1] = (finding.ranges[-1][0], span[1])


def _last_token(doc: Doc, end: int) -> Token | None:
    """The token a content ending at character ``end`` ends with."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span[-1]


def object_small_clause(verb: Token, last: Token) -> int | None:
    """ "pushed for help from the Gulf states to rebuild the port", "see him as a channel to reach the leadership",
    "decried a wave of rhetoric spreading through the valley" (rule quote.object-small-clause): a content that is the
    verb's object, followed with no comma by an infinitive or a participle with no subject of its own that the
    parser hung on the verb, goes on with it: it says what the object is for or is doing, not why the speaker spoke.
    Not "in order to …", the speaker's purpose, which the parse hangs elsewhere, nor a clause that reports words of
    its own ("wrote a letter asking that …"). The index of the clause's last token (``cut_trailing``), or None."""
    doc = verb.doc
    if not _object_ends_at(verb, last):
        return None
    first = doc[last.i + 1]
    if first.tag_ not in ("TO", "VBG"):
        return None
    clause = first.head if first.tag_ == "TO" else first
    if first.tag_ == "TO" and (first.dep_ != "aux" or clause.tag_ != "VB"):
        return None
    if clause.head != verb or clause.dep_ not in SMALL_CLAUSE_DEPS or clause.left_edge != first:
        return None
    if has_subject(clause) or _reports_its_own(clause):
        return None
    fired("quote.object-small-clause")
    return cut_trailing(doc, first.i, clause.right_edge.i, clause.i)


def _reports_its_own(clause: Token) -> bool:
    """ "wrote a letter asking that the fees be cut", "called the paper to ask readers to …", "an advert talking
    about the pier": a clause whose verb reports words of its own, with its own cue; not one whose verb only takes
    an object ("her years as a judge advising the council")."""
    lemma = reporting_lemma(clause)
    if lemma in TOPIC_VERBS:
        return True
    return lemma in SPEECH_CUES and any(c.dep_ in ("ccomp", "xcomp") for c in clause.children)


def _object_ends_at(verb: Token, last: Token) -> bool:
    """Whether ``last`` ends the verb's object after it: a noun or pronoun object ("help"), or the noun of a
    prepositional phrase ("for help from the Gulf states", "him as a useful channel")."""
    for child in verb.children:
        if child.i <= verb.i or child.right_edge != last:
            continue
        if child.dep_ == "dobj" and child.pos_ in NOMINAL_POS:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ in NOMINAL_POS for g in child.children):
            return True
    return False
