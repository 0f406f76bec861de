"""A speaker whose name is followed by a long aside ("Dr. Lena Ostrova, whose ministry has worked out of tents since
the flood destroyed its offices, said the match would …"): the parser may read the name and its aside as a clause
the reporting verb reports, leaving the verb with no subject and two clauses, one on either side. The clause after
the verb is what was said; the name before the aside is who said it (rule quote.subject-read-as-clause)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .quote_findings import FINITE_TAGS, has_subject, marked_by
from .trace import fired

ASIDE_OPENERS = frozenset({",", "(", "-", "–", "—"})
"""Marks that open an aside after a name: a comma, a bracket, a dash."""
ASIDE_CLOSERS = frozenset({",", ")", "-", "–", "—"})
"""Marks that close it, right before the reporting verb (or the adverbs on it)."""
CLAUSE_BREAKS = frozenset({"while", "whereas", "but", "and", "as"})
"""Conjunctions after a comma that open the clause the speaker's name starts ("…, while Marsh, leaving by a side
gate, said …")."""
MAX_NAME_WORDS = 9


def subject_before_aside(verb: Token, left: Token, right: Token) -> SpacySpan | None:
    """The speaker of a reporting verb with no subject whose parse put a clause on either side of it (``left`` before,
    ``right`` after, a finite clause with its own subject or "that"), when an aside closes right before the verb: the
    noun phrase that opens the stretch ending at the verb, up to the mark that opens the aside. None when that
    stretch does not start with a name or a description (a date, a preposition, a verb)."""
    doc = verb.doc
    if left.dep_ != "ccomp" or right.i < verb.i or not (has_subject(right) or marked_by(right, "that")):
        return None
    if right.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in right.children):
        return None
    before = _before_adverbs(verb)
    if before is None or doc[before].text not in ASIDE_CLOSERS:
        return None
    start = _stretch_start(verb, left)
    name = _name_at(doc, start, before)
    if name is None:
        return None
    fired("quote.subject-read-as-clause")
    return name


def _before_adverbs(verb: Token) -> int | None:
    """The index of the word before the reporting verb and the adverbs and dates hung on it ("…, meanwhile,
    suddenly insisted", "…, last week said")."""
    k = verb.i - 1
    lead = {
        t.i for c in verb.children if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "aux", "neg") for t in c.subtree
    }
    while k >= verb.sent.start and k in lead:
        k -= 1
    return k if k >= verb.sent.start else None


def _stretch_start(verb: Token, left: Token) -> int:
    """Where the stretch holding the speaker's name starts: the sentence's start, or the word after the last
    "…, while", "…, but" before the verb."""
    doc = verb.doc
    start = min(left.left_edge.i, verb.i)
    for k in range(verb.i - 1, start, -1):
        if doc[k].lower_ in CLAUSE_BREAKS and doc[k - 1].text in (",", ";") and not _ends_a_list(doc[k]):
            return k + 1
    return start


def _ends_a_list(conjunction: Token) -> bool:
    """Whether ", and" closes a list of names or nouns ("Moss, Hale, and Alder"), not a clause: the parser hangs it
    on a noun."""
    return conjunction.lower_ == "and" and conjunction.head.pos_ in ("PROPN", "NOUN")


def _past_the_list(first: Token, stop: int, end: int) -> int:
    """Where a list of names that ``first`` opens ends, when the comma at ``stop`` only parts its members ("Moss,
    Hale, and Alder, leaving by a side gate, said …"): at the mark after its last member."""
    last = max((c.right_edge.i for c in first.children if c.dep_ == "conj" and stop < c.i < end), default=None)
    if last is None or last + 1 >= end or first.doc[last + 1].text not in ASIDE_OPENERS:
        return stop
    return last + 1


def _name_at(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The words from ``start`` to the first mark that opens an aside before ``end`` (past a list of names), if they
    name someone: a noun
    or name, no finite verb outside a name, no date or leading preposition, at most MAX_NAME_WORDS words."""
    stop = next((k for k in range(start + 1, end) if doc[k].text in ASIDE_OPENERS), None)
    if stop is None:
        return None
    stop = _past_the_list(doc[start:stop].root, stop, end)
    words = doc[start:stop]
    if not 1 <= len(words) <= MAX_NAME_WORDS or words[0].pos_ in ("ADP", "SCONJ", "ADV", "PRON"):
        return None
    if any(t.tag_ in FINITE_TAGS | {"MD"} and not t.ent_type_ for t in words):
        return None
    head = words.root
    if head.pos_ not in ("PROPN", "NOUN") or head.ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    return words
