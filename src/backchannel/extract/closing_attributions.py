"""A sentence its attribution closes, read from the words when the parse hides it (rule quote.closing-attribution).

"Talks will resume in May, the ministry said in a statement." and "…, said Ada Moss." are the commonest form of
wire copy. The parser often loses them when the words before the comma are long: it hangs "said" on a verb
inside them, makes the speaker a relative clause's subject or the verb's object ("noted the report"), or splits
the sentence at an abbreviation or a bracket ("the official news agency [ANA] reported."). The reading here asks
only for the surface: a comma, a short phrase naming someone, a verb that does nothing but attribute (and at most
where, when or to whom), and the sentence's end."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import QuoteKind
from .actor_words import doc_text
from .contact_words import PRESS_WORDS
from .content_bounds import MIN_TRAILING_WORDS
from .lexicon import (
    CLOSING_ATTRIBUTION_VERBS,
    FINDING_WORKS,
    OPENING_SUBORDINATORS,
    ORGANIZATION_WORDS,
    PUBLISHED_WORKS,
    RECORD_NOUNS,
    SOURCE_NOUNS,
)
from .person_words import PEOPLE_NOUNS
from .quote_findings import FINITE_TAGS, Finding, cue_of, reporting_lemma, trimmed_chars, word_count
from .speaker_spans import BARE_ATTRIBUTION_VERBS

MAX_SPEAKER_TOKENS = 12
"""A phrase naming who spoke is short: "the presidential office", "two people familiar with his trips"."""
SENTENCE_ENDS = frozenset({".", "!", "?"})
ELLIPSES = frozenset({"…", "..."})
"""An ellipsis before a capitalised word ends a sentence (``nlp.ellipsis_ends``)."""
SPEAKER_BARRIERS = frozenset({"that", "which", "who", "whom", "whose", "what", "and", "but", "or", "nor"})
"""Words that make the phrase before the verb more than a name: a clause or a second subject."""
NOT_SPEAKERS = frozenset({"so", "enough", "yes", "no", "otherwise", "nothing", "little", "much", "it", "this"})
"""What "said" may take after it as its own words ("…, said nothing."), not a speaker."""
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
"""Whom "told" may name after the speaker ("…, the minister told him"): someone spoken to, not part of the speaker."""
AUDIENCE_WORDS = PRESS_WORDS | {"parliament"}
"""Whom "told" names after it when it only attributes: "…, the spokesman told reporters"."""
TELLING = "tell"
CLOSING_VERBS = BARE_ATTRIBUTION_VERBS | CLOSING_ATTRIBUTION_VERBS | {TELLING}
"""Verbs that close a sentence of reported speech: "…, the ministry said.", "…, the minister indicated."."""
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SPEAKER_NOUNS = PEOPLE_NOUNS | SOURCE_NOUNS | ORGANIZATION_WORDS | PUBLISHED_WORKS | FINDING_WORKS | RECORD_NOUNS
"""Nouns that name who or what can say something: "the spokesman", "the ministry", "the report"."""
NAME_TAGS = frozenset({"DT", "JJ", "NNP", "NNPS", "POS", "HYPH"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def closing_attribution(verb: Token, sent: SpacySpan) -> Finding | None:
    """ "Chung will lead the delegation to Pyongyang that will include Suh Hoon, chief of the intelligence
    service, the presidential office said." (rule quote.closing-attribution): everything from the sentence's start
    to the comma is what the phrase between the comma and the verb said; or, inverted, "…, said Moss." """
    doc = verb.doc
    lemma = reporting_lemma(verb)
    if verb.i < 4 or verb.tag_ not in FINITE_TAGS or lemma not in CLOSING_VERBS:
        return None
    end = _sentence_end(verb)
    if end is None:
        return None
    if doc[verb.i - 1].text == ",":
        if lemma == TELLING:
            return None
        speaker_end = _tail_start(verb, verb.i + 1, end)
        speaker = doc[verb.i + 1 : speaker_end]
        if any(t.tag_.startswith("VB") for t in speaker) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children
        ):
            return None  # "A driver, who gave only his first name, said the draw suited nobody": what was said
        comma = verb.i - 1
    else:
        comma = _comma_before(verb)
        if comma is None:
            return None
        speaker = doc[comma + 1 : _before_auxiliaries(verb)]
        after = verb.i + 1
        if lemma == TELLING:
            after = _told_whom(verb, end)
            if after is None:
                return None
        speaker_end = _tail_start(verb, after, end)
        if speaker_end != after:
            return None  # "…, Moss said enough", "…, the paper reported the figures": words of the verb's own
    if not _names_someone(speaker) or not _only_setting(doc[speaker_end:end]):
        return None
    start = _sentence_start(sent, verb)
    if any(t.is_quote for t in doc[start:end]):
        return None  # quote marks are read by the rules for them
    span = trimmed_chars(doc, start, comma - 1)
    if span is None or word_count(doc_text(doc), *span) < MIN_TRAILING_WORDS:
        return None
    content = doc[start:comma]
    if not any(t.tag_ in FINITE_TAGS | {"MD"} for t in content) or _only_when(content):
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.closing-attribution")


def _sentence_end(verb: Token) -> int | None:
    """The index of the full stop that closes the sentence of ``verb``, if no line break comes first."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.i + 25, len(doc))]:
        if "\n" in t.text or t.is_quote:
            return None
        if t.text in SENTENCE_ENDS:
            following = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if following is None or following.is_space or following.text[:1].isupper() or following.is_quote:
                return t.i
            return None
    return None


def _comma_before(verb: Token) -> int | None:
    """The comma that sets off the speaker before ``verb``, no more than ``MAX_SPEAKER_TOKENS`` before it."""
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.i - MAX_SPEAKER_TOKENS - 2, -1), -1):
        if doc[i].text == ",":
            return i
        if "\n" in doc[i].text or doc[i].text in SENTENCE_ENDS:
            return None
    return None


def _before_auxiliaries(verb: Token) -> int:
    """Where the speaker ends: before "has", "also", "later" right before the verb."""
    i = verb.i
    while i > 0 and (verb.doc[i - 1].lemma_.lower() == "have" or verb.doc[i - 1].tag_ == "RB"):
        i -= 1
    return i


def _told_whom(verb: Token, end: int) -> int | None:
    """After "told", the index past whom: a name, "reporters", "him"."""
    doc = verb.doc
    i = verb.i + 1
    if i < end and doc[i].lower_ in OBJECT_PRONOUNS:
        return i + 1
    while i < end and (doc[i].tag_ in NAME_TAGS or doc[i].lower_ in AUDIENCE_WORDS):
        i += 1
    if i == verb.i + 1 or not (doc[i - 1].pos_ == "PROPN" or doc[i - 1].lower_ in AUDIENCE_WORDS):
        return None
    return i


def _tail_start(verb: Token, start: int, end: int) -> int:
    """Where what says when, where or how begins after ``start`` ("on Monday", "in a statement"), or ``end``."""
    doc = verb.doc
    for t in doc[start:end]:
        if (t.tag_ in ("IN", "RB") and t.lower_ not in ("that", "of")) or t.ent_type_ in ("DATE", "TIME"):
            return t.i
    return end


def _names_someone(speaker: SpacySpan) -> bool:
    """A short phrase with no verb or clause of its own that names a person, a body or a source."""
    if not 0 < len(speaker) <= MAX_SPEAKER_TOKENS:
        return False
    if speaker[0].lower_ in NOT_SPEAKERS or any(t.lower_ in SPEAKER_BARRIERS or _a_verb(t) for t in speaker):
        return False
    if any(t.tag_ in WH_TAGS for t in speaker) or _relative_without_that(speaker):
        return False
    return any(
        t.pos_ in ("PROPN", "PRON") or t.ent_type_ in SPEAKER_ENTITIES or t.lemma_.lower() in SPEAKER_NOUNS
        for t in speaker
    )


def _relative_without_that(speaker: SpacySpan) -> bool:
    """ "…, a decision Ford announced in December.", "…, a meeting the State Department confirmed.": a noun and
    a new phrase right after it open a relative clause with no "that", whose verb is the one read; the phrase is
    no speaker. A noun for a speaker before a name is the name's title ("the news agency Saba")."""
    for noun, after in pairwise(speaker):
        if noun.pos_ != "NOUN":
            continue
        if after.tag_ in ("DT", "PRP", "PRP$") or (after.pos_ == "PROPN" and noun.lemma_.lower() not in SPEAKER_NOUNS):
            return True
    return False


def _a_verb(token: Token) -> bool:
    """A verb of a clause: not a participle used as an adjective ("the so-called council")."""
    return token.tag_ == "MD" or (token.tag_.startswith("VB") and token.tag_ != "VBN")


def _only_setting(tail: SpacySpan) -> bool:
    """What follows the verb says only when, where or how: no verb of its own, no clause, no words it said
    ("…, Mexico said enough")."""
    if len(tail) and tail[0].lower_ in NOT_SPEAKERS:
        return False
    return not any(t.tag_ in FINITE_TAGS | {"MD"} or t.lower_ in ("that", "which", "who") for t in tail)


def _sentence_start(sent: SpacySpan, verb: Token) -> int:
    """The start of the written sentence: the parser's, or an earlier one when it split the sentence at an
    abbreviation or a bracket ("… from Dec. 11 to 12, the ministry said", "… Agency [KUNA] reported")."""
    doc = verb.doc
    start = sent.start
    while start > 0:
        last = next((t for t in reversed(doc[max(start - 5, 0) : start]) if not t.is_space), None)
        if last is None or "\n" in doc[start - 1].text:
            break
        split = last.text not in SENTENCE_ENDS | ELLIPSES or doc[start].is_lower or doc[start].is_digit
        if not split:
            break
        start = doc[last.i].sent.start
    return start


def _only_when(content: SpacySpan) -> bool:
    """ "When the talks ended, the minister said.", "But when Congress cut the funds, Mexico said enough.": a
    clause of when with no main clause after it."""
    opener = next((t for t in content if t.dep_ != "cc" and t.lower_ not in ("but", "and", "so")), content[0])
    if opener.lower_ not in OPENING_SUBORDINATORS:
        return False
    commas = [t.i for t in content if t.text == ","]
    return not any(t.tag_ in FINITE_TAGS | {"MD"} for c in commas[:1] for t in content.doc[c + 1 : content.end])
