"""Speakers of direct quotes that have no cue of their own and take their speaker from the story around them.

A quote with no verb of saying goes on with the last speaker (``SpeakerResolver.follow_on``). Two things the
quote's own sentence or words say override that:

- a quote set inside a sentence of narration whose subject is someone else is that subject's words (rule
  ``speaker.sentence-subject``): 'The opposition party called on the governor to "sit down with
  the teachers"' is the party's, whoever spoke before;
- words said in the first person singular ("I met him", "my country") are one person's, never those of a body,
  a group, a country or an outlet that spoke last in an aside (rule ``speaker.one-voice``): they go on with the
  person quoted last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import ActorKind
from .actor_table import ActorTable
from .lexicon import FIRST_PERSON_SINGULAR
from .quote_findings import Finding, actors_in
from .speaker_spans import noun_phrase
from .speakers import FOLLOW_ON_CHARS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SpeakerResolver

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
MANY_VOICES = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.COUNTRY, ActorKind.OUTLET})
"""Speakers that do not say "I": bodies, groups, states and outlets (their statements say "we")."""


def sentence_subject(
    doc: Doc, table: ActorTable, resolver: SpeakerResolver, finding: Finding
) -> tuple[SpacySpan, str] | None:
    """The speaker of a cue-less direct quote set inside a sentence of narration (rule speaker.sentence-subject):
    the subject of the sentence's main verb, told before the quote, when that subject is an actor other than the
    last speaker. None when the rule does not apply: the quote opens its sentence, the sentence's verb is the
    quote's own, the sentence has no subject before the quote, its subject names no actor (a thing's clause), is
    the last speaker, or the sentence names the last speaker on the way to the quote ('with Moss, in his words,
    "…"'), in which cases the quote goes on with the last speaker."""
    quote = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if quote is None:
        return None
    first = quote[0]
    sent = first.sent
    lead = doc[sent.start : first.i]
    words = [t for t in lead if not (t.is_punct or t.is_space or t.is_quote)]
    closed = next((t for t in reversed(lead) if not (t.is_space or t.is_quote)), None)
    if not words or "\n" in lead.text or (closed is not None and closed.text in SENTENCE_ENDS):
        return None  # the quote opens its sentence, though the parse may run the sentence before into it
    verb = sent.root
    if verb.i >= first.i:
        return None  # 'With the minister "our talks went well"': the sentence's verb is the quote's own
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < first.i), None)
    if subject is None:
        return None
    actor = _subject_actor(table, resolver, subject)
    last = resolver.follow_on(finding.start)
    if last is not None and (actor == last or last in actors_in(doc, table, [(sent.start_char, finding.start)])):
        return None
    if actor is None:
        return None  # 'The pier was closed after a "structural failure"': a thing's clause, the last speaker's words
    return noun_phrase(subject), actor


def _subject_actor(table: ActorTable, resolver: SpeakerResolver, subject: Token) -> str | None:
    """The actor a sentence's subject names: a pronoun as the resolver reads it, a name or a named body as the
    story's table has it (a description no name goes with names no one here)."""
    if subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return resolver.resolve(subject.doc[subject.i : subject.i + 1], speaking=True)
    named = table.actor_at(subject)
    return named.id if named is not None else None


def one_voice(doc: Doc, table: ActorTable, finding: Finding, voiced: Finding | None) -> bool:
    """Whether a cue-less direct quote that went on with a body, a group, a state or an outlet speaks in the first
    person singular (rule speaker.one-voice): "The meeting I had with the envoy …" after 'The visit, a statement
    from the minister's office said, was …' is not the office's. The quote then goes on with the person quoted
    last (``voiced``) if that was lately, else with no one."""
    speaker = table.get(finding.speaker_actor)
    if speaker is None or speaker.kind not in MANY_VOICES:
        return False
    words = [doc.char_span(s, e, alignment_mode="expand") for s, e in finding.ranges]
    if not any(t.lower_ in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" for w in words if w is not None for t in w):
        return False
    lately = voiced is not None and 0 <= finding.start - voiced.end <= FOLLOW_ON_CHARS
    finding.speaker_actor = voiced.speaker_actor if lately and voiced is not None else None
    return True
