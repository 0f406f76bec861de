"""A report's content ends before a joined verb that quotes someone else (rule quote.quoting-conjunct).

"The paper reported that the two sides would meet in Lima, but quoted an official as saying, “Nothing is fixed.”"
The parse often hangs "quoted" on the reported clause's verb, so that the paper's content would run on over the
official's words and take them for its own. A verb joined to the content that quotes someone "as saying" tells
the words of the one it quotes (rule quote.quoted-as-saying): the content before it ends where that verb's
clause begins, and the quoted words are left to that verb's finding.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_words import doc_text
from .quote_findings import DANGLING_WORDS, Finding
from .trace import fired

QUOTING_CONJUNCT = "quote.quoting-conjunct"
QUOTED_AS_SAYING = "quote.quoted-as-saying"


def before_quoting_conjuncts(doc: Doc, reported: list[Finding]) -> list[Finding]:
    """``reported`` with each content that holds a joined "quoted … as saying" cut before that verb."""
    quoting = [f for f in reported if f.rule == QUOTED_AS_SAYING and f.cue is not None and _joined(doc, f.cue)]
    for inner in quoting:
        if inner.cue is None:
            continue
        begin = inner.cue[0]
        for outer in reported:
            if outer is inner or outer.cue is None or outer.cue[1] > begin:
                continue
            n = next((n for n, (s, e) in enumerate(outer.ranges) if s < begin < e), None)
            if n is None:
                continue
            end = _end_before(doc_text(doc), outer.ranges[n][0], begin)
            if end is None:
                continue
            fired(QUOTING_CONJUNCT)
            outer.ranges = [*outer.ranges[:n], (outer.ranges[n][0], end)]
            outer.shaped_by.append(QUOTING_CONJUNCT)
    return reported


def _joined(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether the quoting verb is joined to another verb ("…, but quoted …"), not the sentence's own main verb."""
    span = doc.char_span(*cue, alignment_mode="expand")
    return span is not None and any(t.dep_ == "conj" and t.pos_ == "VERB" for t in span)


def _end_before(text: str, start: int, begin: int) -> int | None:
    """Where a content from ``start`` ends before the verb at ``begin``: past the commas and joining words between
    them ("…, but"); None when nothing is left."""
    end = begin
    while True:
        stripped = text[start:end].rstrip(" ,;:—–-\n")
        words = stripped.rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in DANGLING_WORDS:
            end = start + len(words[0])
            continue
        end = start + len(stripped)
        return end if end > start else None
