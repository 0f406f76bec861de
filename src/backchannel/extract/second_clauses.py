"""A reported content that stops right before a second "that"-clause of its own.

"She said the minister “would like” to visit in May, but that no date had been set": the parse of words in quote
marks, or of a long first clause, often hangs the second clause of the pair on some other word (the sentence's
main verb, a word the first clause's parse cut off), and the content stops at the first clause's end. A "that"
that marks a clause right after "and" or "but" opens the second statement of the same report (rule
quote.that-pair-resumed): the content goes on to that clause's end.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import QuoteKind
from .content_bounds import PAIR_JOINS
from .quote_findings import Finding, has_subject, trimmed_chars

MAX_GAP = 3
"""Tokens that may stand between the content's end and the joint: a closing quote mark, a comma."""


def with_second_clauses(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """The findings, each reported content that stops right before a second "that"-clause carried on to that
    clause's end (rule quote.that-pair-resumed), unless another finding holds those words."""
    for finding in findings:
        if finding.kind is QuoteKind.DIRECT or finding.cue is None or len(finding.ranges) != 1:
            continue
        end = _second_clause_end(doc, finding.ranges[0])
        if end is None or any(o is not finding and o.start < end and finding.end < o.end for o in findings):
            continue
        finding.ranges = [(finding.start, end)]
        finding.shaped_by.append("quote.that-pair-resumed")
    return findings


def _second_clause_end(doc: Doc, span: tuple[int, int]) -> int | None:
    """Where the second clause of a "that"-pair ends, when the content ``span`` stops right before its joint: "and"
    or "but", then a "that" that marks a clause with a subject of its own; None otherwise."""
    content = doc.char_span(*span, alignment_mode="expand")
    if content is None:
        return None
    k = content.end
    while k < len(doc) and k - content.end < MAX_GAP and (doc[k].is_quote or doc[k].text == ","):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in PAIR_JOINS or doc[k].sent != content[0].sent:
        return None
    that = doc[k + 1]
    if that.lower_ != "that" or that.dep_ != "mark":
        return None
    clause = that.head
    if clause.i <= that.i or clause.right_edge.i <= that.i or not has_subject(clause):
        return None
    bounds = trimmed_chars(doc, k, clause.right_edge.i)
    return None if bounds is None else bounds[1]
