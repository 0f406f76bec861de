"""Words one speaker quotes another as saying, inside the first one's quote (rule quote.nested).

"Moss said Hale had promised the board “will not abandon its workers”", "“Hale said, ‘Ana, go to sleep,’ and hung
up,” Moss said": the words in the inner quote marks, or the clause the inner verb reports, are Hale's, though the
whole is Moss's account. Only an inner clause that holds quoted words is made a quote: one with none ("Moss said
Hale had told her that the pier would close") is Moss's account of what he said. The inner attribution is kept as
a quote of its own, listed right before the quote that holds it, so that whoever looks up the inner words finds
the one who said them first; the outer quote stays as it was. A first-person speaker inside a quote ("I told
him", "we said") is the outer speaker and makes no quote; a pronoun ("he told them") counts only inside the
speaker's own words in quote marks, where it is someone talked of: in a reported clause it is as often the speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import QuoteKind
from .actor_table import ActorTable
from .actor_words import doc_text
from .lexicon import PASSED_ON_WORDS_VERBS
from .quote_findings import Finding, actors_in, inside_ranges, is_infinitive, overlap_chars, reporting_lemma
from .quotemarks import CLOSERS, DOUBLE_MARKS, OPENERS, SINGLE_MARKS
from .reporting_verbs import negated
from .speakers import PERSON_PRONOUNS, PLURAL_PRONOUNS, SpeakerResolver

NESTED = "quote.nested"

MARKS = DOUBLE_MARKS + SINGLE_MARKS
OPENING_MARK = re.compile(rf"[{OPENERS}\"]|(?:^|(?<=\s))'(?=\w)")
"""A mark that opens quoted words (a straight single one only before a word, never an apostrophe inside one)."""

CLOSING_MARK = re.compile(rf"[{CLOSERS}\"]|'(?!\w)")
MARK_SLACK = 3
"""At most this many characters (a comma, a full stop) between the clause's end and its closing mark."""

FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our"})
"""A speaker inside a quote who is the quote's own speaker. A set of its own: ``lexicon.FIRST_PERSONS`` holds the
subject forms alone, and ``quotes.FIRST_AND_SECOND_PERSONS`` takes in "you", someone else inside a quote. A block
set off after a colon goes on while its lines speak so (``headline_quotes``)."""


def _marked(text: str, cue_end: int, start: int, end: int) -> tuple[int, int] | None:
    """The words between the quote marks that open after the cue ("said, ‘Ana, go to sleep,’"), when the clause
    the parse gave the cue lies in them."""
    opening = OPENING_MARK.search(text, cue_end, start + 2)  # room for the word a mark opens
    if opening is None:
        return None
    if text[cue_end : opening.start()].strip(" ,:—–-") and text[start : opening.start()].strip():
        return None  # a mark that neither follows the cue nor opens the clause ("told the cabinet ‘we …’")
    close = CLOSING_MARK.search(text, opening.end(), end + MARK_SLACK + 1)
    if close is None:
        return None
    stop = close.start()
    while stop > opening.end() and text[stop - 1] in " ,;:":
        stop -= 1  # "‘Ana, go to sleep,’": the comma before the closing mark is the sentence's
    return opening.end(), stop


def _clipped(ranges: list[tuple[int, int]], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``ranges`` within ``bounds``."""
    parts = [(max(s, bs), min(e, be)) for s, e in ranges for bs, be in bounds]
    return [(s, e) for s, e in parts if s < e]


def _kind(text: str, start: int, end: int) -> QuoteKind:
    """Direct when quote marks open and close the inner words, mixed when some stand among them."""
    words = text[start:end].strip(" ,.:;")
    if len(words) > 1 and words[0] in MARKS and words[-1] in MARKS:
        return QuoteKind.DIRECT
    if OPENING_MARK.search(words):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _passes_on_words(doc: Doc, cue: tuple[int, int]) -> bool:
    """A verb that passes on what was said ("had promised", "told me"), affirmed and finite: not "wanted",
    "agreed", "would not say", nor an aim ("to warn her"), whose subject is the clause's own."""
    span = doc.char_span(*cue, alignment_mode="expand")
    verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX") and reporting_lemma(t) in PASSED_ON_WORDS_VERBS]
    return any(not negated(verb) and not is_infinitive(verb) and not _asks_if_said(verb) for verb in verbs)


def _asks_if_said(verb: Token) -> bool:
    """ "Did Hale really say ‘…’?": an auxiliary before the subject asks whether the words were said (the test
    ``questions.put_to_you`` makes of "you" alone)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def nested_findings(
    doc: Doc,
    table: ActorTable,
    resolver: SpeakerResolver,
    outer: Finding,
    candidates: list[Finding],
    kept: list[Finding],
) -> list[Finding]:
    """The attributions among ``candidates`` that stand wholly inside ``outer``'s content, each with a speaker
    other than ``outer``'s, in text order; none that ``kept`` (the quotes already found) holds already."""
    if outer.speaker_actor is None or outer.cue is None:
        return []
    text = doc_text(doc)  # the same length as the article's, with what the parser must not read blanked
    out: list[Finding] = []
    for inner in candidates:
        if inner is outer or inner.speaker is None or inner.cue is None or inner.nested is not None:
            continue
        spans = [inner.cue, (inner.speaker.start_char, inner.speaker.end_char)]
        ranges = _clipped(inner.ranges, outer.ranges)  # the parse may run the clause on past the closing mark
        if not ranges or not all(inside_ranges(outer.ranges, s, e) for s, e in spans):
            continue
        if (inner.start, inner.end) == (outer.start, outer.end) or inner.speaker.root.lower_ in FIRST_PERSON:
            continue
        inner = replace(inner, ranges=ranges)
        if any(_overlaps(inner, other) for other in out) or any(
            other is not outer and (other.cue == inner.cue or (_overlaps(inner, other) and other.start >= outer.start))
            for other in kept
        ):
            continue  # a quote of its own already (a transcript turn's report of someone else)
        if not _passes_on_words(doc, inner.cue):
            continue
        if inner.speaker.root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS and outer.kind is not QuoteKind.DIRECT:
            continue  # "Moss said she had told him …": in a reported clause "she" is most often Moss again
        if text[inner.start : inner.end].lstrip(" \"“'‘").lower().startswith("to "):
            continue  # "had promised to “look again”": a commitment the outer speaker reports, not words
        marked = _marked(text, inner.cue[1], inner.start, inner.end) if len(inner.ranges) == 1 else None
        kind = QuoteKind.DIRECT if marked else _kind(text, inner.start, inner.end)
        if kind is QuoteKind.INDIRECT:
            continue  # a clause with no quoted words in it is the outer speaker's account of what was said
        speaker = resolver.resolve(inner.speaker, exclude=actors_in(doc, table, inner.ranges), speaking=True)
        if speaker is None or speaker == outer.speaker_actor:
            continue
        out.append(
            Finding(
                kind,
                [marked] if marked else inner.ranges,
                inner.cue,
                inner.speaker,
                speaker_actor=speaker,
                rule=NESTED,
                shaped_by=[*inner.shaped_by],
            )
        )
    return out


def _overlaps(one: Finding, other: Finding) -> bool:
    return overlap_chars((one.start, one.end), (other.start, other.end)) > 0
