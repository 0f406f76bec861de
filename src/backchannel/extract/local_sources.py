"""A cue-less quote in a paragraph of its own source.

A direct quote with no cue goes on with the last attribution (rule quote.continued). When that attribution lies in
another paragraph and the quote's own paragraph introduces the words itself, the paragraph's source is the one a
reader credits: 'The envoy's reply came an hour later: "…"' is the envoy's, not the words of the minister quoted
two paragraphs up. Three local introductions are read, in this order (rule speaker.local-source):

- a name or a noun right after the closing mark, before a verb or the sentence's end ('“…,” read one banner');
- the subject of the verb the quote's own sentence runs on, told before it, when a piece that speaks or a name
  ('The ad targets a “corrupt system”'), unless the sentence gives the words to someone else ("in the words of X");
- the sentence right before the quote in its paragraph: the subject of its main verb, when that subject is a name
  or a pronoun for an actor ("Moss turned to the crowd. “…”").

A named subject speaks only as a person or a body, never as a state or a place ("Washington imposed sanctions. “…”"
goes on with the last speaker), and a sentence adverb the parse took into it is left out ("Afterwards Governor X").

(A clause ending in a colon right before the quote already gives the quote its subject, on other paths.)

Measured on PolNeAR train in session 67: the far copies were right once in 68 matched pairs, while the gold source
lies in the quote's own paragraph 99.5% of the time.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import ActorKind
from .actor_words import doc_text
from .attribution_phrases import OPENING_WORDS
from .lexicon import PUBLISHED_WORKS
from .places import is_place
from .quote_findings import Finding, cue_of
from .scene_runs import RUN_WORDS
from .speaker_spans import noun_phrase
from .speakers import DOCUMENT_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, UNSIGNED_RECORDS, SpeakerResolver

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OPENING_MARKS = frozenset({'"', "“", "'", "‘", "«"})
SPEAKING_PIECES = frozenset(DOCUMENT_NOUNS) | PUBLISHED_WORKS | UNSIGNED_RECORDS
"""Pieces that speak for themselves as a sentence's subject: "The ad targets a “…”", "The statement calls it “…”"."""
SENTENCE_ADVERBS = OPENING_WORDS | RUN_WORDS
"""Words that open a sentence and tie it to the one before ("Afterwards", "Meanwhile"), not part of its subject."""
GIVEN_TO_WORDS = frozenset({"word", "words", "according"})
"""Words by which a sentence gives the quote to someone else than its subject: "in the words of one shopkeeper"."""


def far_copy(text: str, finding: Finding, previous: Finding | None) -> bool:
    """Whether a continued quote copied its speaker from an attribution in another paragraph."""
    if finding.rule != "quote.continued" or previous is None or previous.speaker is None:
        return False
    if finding.label is not None or text[finding.start : finding.start + 1] not in OPENING_MARKS:
        return False  # a transcript's turn, or words the parse reported without quotation marks
    return "\n" in text[previous.speaker.start_char : finding.start]


def local_source(doc: Doc, resolver: SpeakerResolver, finding: Finding) -> tuple[SpacySpan, Token | None] | None:
    """The phrase (and its verb, if any) that gives a quote its source within its own paragraph: a name right after
    it, else the subject of its own sentence, else that of the sentence right before it in the paragraph."""
    quote = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if quote is None or quote.start == 0:
        return None
    before = quote.start - 1
    while before > 0 and (doc[before].is_space or doc[before].is_quote) and "\n" not in doc[before].text:
        before -= 1
    if (after := _named_after(doc, quote)) is not None:
        return after
    mark = doc[before]
    if "\n" in mark.text or "\n" in doc_text(doc)[mark.idx : finding.start]:
        return None  # the quote opens its paragraph: it goes on with the paragraph before
    if mark.text in (".", "!", "?"):
        return _sentence_before(doc, resolver, mark)
    return _own_sentence(resolver, quote)


def _own_sentence(resolver: SpeakerResolver, quote: SpacySpan) -> tuple[SpacySpan, Token] | None:
    """ "The ad targets a “corrupt political system …”": the subject of the verb the quote's sentence runs on,
    told before the quote, when it is a piece that speaks (an ad, a statement, a cable) or names an actor; not a
    thing the words are about ('The pier was closed after a “structural failure”' goes on with the last speaker)."""
    verb = quote[0].sent.root
    if verb.i >= quote.start or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < quote.start), None)
    if subject is None or any(t.lower_ in GIVEN_TO_WORDS for t in quote.doc[subject.i : quote.start]):
        return None  # "The two men talked, with Moss, in his words, “…”": the words are Moss's
    phrase = _without_opening_adverb(noun_phrase(subject))
    piece = subject.pos_ == "NOUN" and subject.lemma_.lower() in SPEAKING_PIECES
    named = subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS
    if not (piece or (named and _speaks(resolver, subject, phrase))):
        return None
    return phrase, verb


def _named_after(doc: Doc, quote: SpacySpan) -> tuple[SpacySpan, Token | None] | None:
    """ "“…,” read one banner.", "“…,” Moss from her desk.": a name or a noun right after the closing mark, in the
    quote's sentence, before a verb or the sentence's end, names who spoke, though the parse took no cue there."""
    end = quote.end
    while end < len(doc) and (doc[end].is_punct or doc[end].is_quote) and "\n" not in doc[end].text:
        end += 1
    if end >= len(doc) or not any(t.text == "," for t in doc[quote.end - 2 : end]):
        return None  # only words that go on past a comma at the closing mark ('“…,” read one') name a source
    word = doc[end]
    verb: Token | None = None
    if word.pos_ == "VERB":  # "read one banner": the inverted verb's subject, as the parse hung it on the verb
        verb = word
        word = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i > verb.i), verb)
    if word.pos_ not in ("PROPN", "NOUN", "PRON") or word.is_space:
        return None
    while word.head.i > word.i and word.head.pos_ in ("PROPN", "NOUN") and word.dep_ in ("compound", "amod", "det"):
        word = word.head  # "Governor Pablo Soto": the name's last word heads it
    whole = noun_phrase(word)
    phrase = doc[whole.start : word.i + 1]  # "Soto from his office": the name, not where he spoke from
    if verb is None:
        nxt = doc[phrase.end] if phrase.end < len(doc) else None
        verb = nxt if nxt is not None and nxt.pos_ in ("VERB", "AUX") else None
    return phrase, verb


def _sentence_before(doc: Doc, resolver: SpeakerResolver, stop: Token) -> tuple[SpacySpan, Token] | None:
    """ "Moss turned to the crowd. “…”": the subject of the sentence right before the quote, in its paragraph, when
    it names an actor (a person or a body, a pronoun for one)."""
    sent = stop.sent
    if "\n" in sent.text.strip():
        return None
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in sent):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return None
    phrase = _without_opening_adverb(noun_phrase(subject))
    named = subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS or subject.pos_ == "PROPN"
    if not named or not _speaks(resolver, subject, phrase):
        return None
    return phrase, verb


def _speaks(resolver: SpeakerResolver, subject: Token, phrase: SpacySpan) -> bool:
    """Whether a sentence's subject is a person or a body that may speak the quote, never a state or a place:
    "Washington imposed new sanctions. “This is economic warfare …”" is the words of the one quoted before. A place
    is refused before it is resolved, which would put its state in the record."""
    if resolver.table.actor_at(subject) is None and is_place(subject):
        return False
    found = resolver.table.get(resolver.resolve(phrase, speaking=True))
    return found is not None and found.kind is not ActorKind.COUNTRY


def _without_opening_adverb(phrase: SpacySpan) -> SpacySpan:
    """The subject's phrase without a sentence adverb the parse took into the name ("Afterwards Governor Pablo
    Soto"): the speaker is "Governor Pablo Soto"."""
    start = phrase.start
    while start < phrase.root.i and phrase.doc[start].lower_ in SENTENCE_ADVERBS:
        start += 1
    return phrase.doc[start : phrase.end]


def take_local_source(doc: Doc, resolver: SpeakerResolver, finding: Finding) -> None:
    """Give a far-copied quote its paragraph's own source (rule speaker.local-source), when it has one."""
    found = local_source(doc, resolver, finding)
    if found is None:
        return
    phrase, verb = found
    actor = resolver.resolve(phrase, speaking=True) or resolver.as_described(phrase)
    if actor is None:
        return
    finding.speaker, finding.speaker_actor = phrase, actor
    finding.cue = cue_of(verb) if verb is not None else None
    finding.shaped_by.append("speaker.local-source")
