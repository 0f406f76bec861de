"""Who said what: direct, partial, mixed and indirect attributions.

Two sources of evidence meet here. Quote marks give direct quotes
(``quotemarks``); the dependency parse gives reporting constructions: a
reporting verb and its clause ("stated that …"), inverted and trailing
attributions ("…, explained Peskov", "…, the sources added"), "according to
X", and colon introductions. A quote inside a reported clause makes it mixed;
a quote the clause covers is direct; a quote with no cue of its own follows
the speaker of the quote before it. Speakers are resolved by ``speakers``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import ActorKind, Article, Quote, QuoteKind, Span
from .actors import PARTICLES, TITLE_ABBREVIATIONS, ActorTable, doc_sents, doc_text, entity_at
from .contact_verbs import called_in
from .contact_words import NOUN_MODES
from .doc_index import doc_index
from .gender import given_names
from .interviews import answers_a_question, interviewee
from .lexicon import (
    APPEARANCE_VERBS,
    ATTRIBUTION_VERBS,
    AUDIENCE_NOUNS,
    BESIDE_QUOTES_ONLY,
    CHANNEL_NOUNS,
    CITED_SOURCES,
    FELT_STANCE_NOUNS,
    FINDING_WORKS,
    HONORIFICS,
    ISSUING_VERBS,
    LEMMA_FIXES,
    MADE_REMARK_NOUNS,
    OBJECT_CONTENT_VERBS,
    OCCASION_NOUNS,
    PASSIVE_JUDGEMENTS,
    PERSON_NOUNS,
    PHRASAL_SPEECH_VERBS,
    PLATFORM_NAMES,
    PUBLISHED_WORKS,
    RAISING_VERBS,
    REGARDING_VERBS,
    REMARK_NOUNS,
    SCENE_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_TAKING_NOUNS,
    TITLE_NOUNS,
    TOPIC_VERBS,
    URGING_VERBS,
    VIEW_NOUNS,
    mended_lemma,
)
from .light_verbs import (
    LightVerbStance,
    absolute_with,
    is_a_share,
    light_verb_stance,
    made_clear,
    takes_a_stand,
    voiced_stance,
)
from .person_words import COURTESY_TITLES, PEOPLE_NOUNS
from .positions import Position, stance_noun, urged_for
from .principals import principal
from .questions import Asked, asked_at
from .quotemarks import Quoted, find_quoted
from .remark_owner import remark_owner
from .signed import HANDLE, Signed, find_dash_after, find_dash_signed, find_handle_labelled, find_signed
from .speakers import DESCRIBED_SOURCES, DOCUMENT_NOUNS, EDITORIAL_NOUNS, HONORIFIC_WORDS, SpeakerResolver
from .stance import APPEARANCE_FORMS, Stance, stance_at
from .statement_lines import statement_lines
from .titles import title_case, titles
from .trace import collecting, fired
from .transcripts import Turn, transcript_turns, unnamed_questions
from .views import Regard, cast_in_quotes, regard_at

WRITTEN_VOICES = DOCUMENT_NOUNS | EDITORIAL_NOUNS | {"it", "sign", "caption", "headline", "banner", "message"}

CLAUSE_DEPS = {"ccomp", "xcomp"}
AUX_DEPS = {"aux", "auxpass", "neg", "prt"}
SCARE_QUOTE_WORDS = 3
"""Quoted stretches this short, with no attribution around them, are scare quotes or titles."""
OUTSIDE_WORDS = 1
"""A reported clause with more words than this outside its quote marks is a mixed quote, not a direct one."""
LONE_QUOTE_WORDS = 6
"""An unattributed quote this long or longer is still reported, with no speaker."""
INTERRUPTION_TOKENS = 10
"""At most this many tokens between two quoted parts for "“A,” he said, “B.”"."""
CONTINUATION_TOKENS = 40
"""A longer attribution ending its sentence ("“A,” he told reporters on Monday. “B.”") still joins B."""


@dataclass
class Finding:
    """An attribution before it becomes a ``Quote``."""

    kind: QuoteKind
    ranges: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: SpacySpan | None
    speaker_actor: str | None = None
    nested: Finding | None = None
    """An attribution inside this one's content ("According to X, Y said …": Y said …)."""
    relayed_by: str | None = None
    signed: bool = False
    """A reader's comment or post with its signature (rule quote.signed): listed first of those at its start."""
    rule: str | None = None
    """The registered rule (data/rules/quote.toml) that made this finding, if it has one."""
    shaped_by: list[str] = field(default_factory=list)
    """Rules that found the finding on the core paths (quote.reported-clause, quote.quote-marks, …) or changed its
    bounds after it was made (quote.ends-before-inner): for ``explain``. The core ids are kept here, not in
    ``rule``, because ``_dedupe`` ranks a finding with no ``rule`` (a reporting reading) first."""
    label: tuple[int, int] | None = None
    """A transcript's label: the mention that introduces the speaker, which the parse has no tokens of
    (``analysable_text`` blanks labels out)."""

    @property
    def start(self) -> int:
        return self.ranges[0][0]

    @property
    def end(self) -> int:
        return self.ranges[-1][1]


def find_quotes(doc: Doc, article: Article, table: ActorTable) -> list[Quote]:
    text = article.text
    boiler = [(b.start, b.end) for b in article.boilerplate]
    quoted = [q for q in find_quoted(text) if not any(s <= q.start and q.end <= e for s, e in boiler)]
    if named := titles(doc, text, quoted):
        fired("quote.title")
        quoted = [q for n, q in enumerate(quoted) if n not in named]
    resolver = SpeakerResolver(doc, table)
    reported = [f for f in _reported(doc) if not (f.cue and any(q.start < f.cue[0] < q.end for q in quoted))]
    findings = _combine(doc, text, quoted, _apart_from_questions(text, reported))
    findings += _blocks_after_colon(doc, text, findings)
    findings = _with_statement_lines(doc, text, findings)
    headline = _headline_claim(doc, text, boiler) or _headline_told(doc, text, boiler)
    if (claim := headline or _headline_quote_first(doc, text, boiler)) is not None:
        findings = [f for f in findings if not (f.start < claim.end and claim.start < f.end)] + [claim]
    signed = find_signed(text, boiler, lambda s, e: _names_person(doc, s, e))
    signed += find_dash_signed(text, boiler, lambda s, e: _names_person(doc, s, e))
    signed += find_dash_after(text, boiler, lambda s, e: _signs_as_person(doc, table, s, e))
    signed += find_handle_labelled(text, boiler)
    findings = _with_signed(doc, table, findings, signed)
    findings = _with_turns(findings, transcript_turns(text, table), text)
    ordered = sorted(findings, key=lambda f: (f.start, not f.signed))
    previous: Finding | None = None
    for n, finding in enumerate(ordered):
        if finding.speaker is not None and finding.speaker_actor is None:
            # "Bashir, he said, was cautious": who is talked about is not who talks
            content = [doc.char_span(s, e, alignment_mode="expand") for s, e in finding.ranges]
            talked_about = {
                a.id
                for part in content
                if part is not None
                for i in range(part.start, part.end)
                if (a := table.actor_at_index(i)) is not None
            }
            # but "Prasad says … Prasad did meet the minister, he said": the one who just spoke goes on speaking
            talked_about.discard(resolver.last_speaker)
            chosen: list[str] = []  # the speaker and pronoun rules that chose who speaks
            with collecting(chosen):
                finding.speaker_actor = resolver.resolve(finding.speaker, exclude=talked_about, speaking=True)
            finding.shaped_by.extend(r for r in chosen if r not in finding.shaped_by)
            finding.speaker = _speaker_with_particles(table, finding.speaker, finding.speaker_actor)
            relayed = _relayed(finding, table, resolver)
            if relayed is not None:
                ordered[n] = finding = relayed
            _speaks_for(doc, table, resolver, finding)
        elif finding.kind is QuoteKind.DIRECT and finding.speaker_actor is None:
            if finding.cue is None and answers_a_question(text, finding.start):
                finding.speaker_actor = interviewee(table, text)  # rule quote.interview-answer
                if finding.speaker_actor is not None:
                    finding.shaped_by.append("quote.interview-answer")
            finding.speaker_actor = finding.speaker_actor or resolver.follow_on(finding.start)
            _continue_attribution(finding, previous)
        if finding.speaker_actor is not None:
            resolver.spoke(finding.speaker_actor, finding.start, finding.end)
            if finding.speaker is None or finding.speaker.root.tag_ not in RELATIVE_TAGS:
                previous = finding  # "“A,” said Moss, who wrote about it. “B.”": B goes on with Moss, not "who"
    ordered = _relayed_after(ordered, table)
    ordered.sort(key=lambda f: (f.start, not f.signed))  # a relayed finding starts where its words start
    quotes = []
    for n, f in enumerate(ordered, start=1):
        rules = list(dict.fromkeys(([f.rule] if f.rule is not None else []) + f.shaped_by + _speaker_rules(doc, f)))
        for rule in rules:
            fired(rule)
        quotes.append(_to_quote(n, f, text, rules))
    return quotes


def _speaker_with_particles(table: ActorTable, speaker: SpacySpan, actor_id: str | None) -> SpacySpan:
    """ "…,” de la Fuente said": the parse hangs "de" on the verb, so the subject is "la Fuente"; the speaker span
    takes in the particles before it that mention the same person (rule actor.surname-particle)."""
    if actor_id is None:
        return speaker
    start = speaker.start
    while start > 0 and table.doc[start - 1].lower_ in PARTICLES and table.token_actor.get(start - 1) == actor_id:
        start -= 1
    return table.doc[start : speaker.end]


QUESTION_LEAD_WORDS = 1
"""Words allowed before a fronted question inside another content ("When asked about …")."""


def _apart_from_questions(text: str, reported: list[Finding]) -> list[Finding]:
    """ "Asked whether he would run, he said, “No.”" (rule quote.asked): the question is not part of the
    answer, so a content that starts with it starts after it, and one that is nothing but the question is
    dropped. The question is kept as an attribution only when "by" names who asked; a question with no
    asker in the text is the reporter's, not anyone's words in the story."""
    questions = [f for f in reported if f.rule == "quote.asked" and f.cue is not None]
    if not questions:
        return reported
    out = []
    for f in reported:
        if f.rule == "quote.asked":
            if f.speaker is not None:
                out.append(f)
            continue
        ranges = f.ranges
        for q in questions:
            kept = []
            for r in ranges:
                if r[0] <= q.cue[0] < r[1] and _words(text, r[0], q.cue[0]) <= QUESTION_LEAD_WORDS:
                    rest = re.search(r"\w|[\"“‘']", text[q.end : r[1]])
                    if rest is not None:
                        kept.append((q.end + rest.start(), r[1]))
                else:
                    kept.append(r)
            ranges = kept
        if ranges != f.ranges:
            f.shaped_by.append("quote.asked")
        if ranges:
            f.ranges = ranges
            out.append(f)
    return out


FIRST_AND_SECOND_PERSONS = frozenset({"i", "we", "you", "me", "us", "'s", "’s"})
"""Speakers a turn's own words have: "I said", "you told us", "Let's talk about …"."""


SENTENCE_CLOSE = re.compile(r"[^.?!\n]*(?P<mark>[.?!]|$)", re.MULTILINE)
"""From a point to the mark that closes its sentence (or the line's end)."""


def _with_turns(findings: list[Finding], turns: list[Turn], text: str) -> list[Finding]:
    """A transcript's turns as their speakers' direct quotes (rule quote.transcript-turn), each introduced by its
    label and cued by the label's colon. What a turn reports of someone else ("He said China would …") stays an
    attribution of its own beside the whole turn; what its speaker says in the first person is the turn itself."""
    if not turns:
        return findings

    def inside(f: Finding) -> bool:
        return any(t.said[0] <= f.start and f.end <= t.said[1] for t in turns)

    def third_person(f: Finding) -> bool:
        """ "He said China would …", "he talked about how devastating it was"; not "They discussed Sudan and
        Yemen", the turn's speaker telling of a meeting: a topic with no clause is what was talked about."""
        if f.speaker is None or f.speaker.root.lower_ in FIRST_AND_SECOND_PERSONS:
            return False
        if _lemma(f.speaker.root.head) not in TOPIC_VERBS - SPEECH_VERBS:
            return True
        said = f.speaker.doc.char_span(f.start, f.end, alignment_mode="expand")
        return said is not None and any(t.pos_ in ("VERB", "AUX") for t in said)

    def across_labels(f: Finding) -> bool:
        """Stray quote marks before labels ('"WALLACE: …') pair up over turns: no quote of anyone's."""
        return f.speaker is None and any(f.start <= t.label[0] < f.end for t in turns)

    asked = unnamed_questions(text)

    def in_a_question(f: Finding) -> bool:
        """Asked in an interviewer's question sentence; "QUESTION: The Courier reports that …" still reports."""
        closing = SENTENCE_CLOSE.match(text, f.end)
        if closing is None or closing["mark"] != "?":
            return False
        if any(start <= f.start and f.end <= end for start, end in asked):
            fired("quote.transcript-question")  # "QUESTION: Did they discuss Sudan?" asks; it reports nothing
            return True
        return False

    kept = [f for f in findings if (not inside(f) or third_person(f)) and not across_labels(f) and not in_a_question(f)]
    said = []
    for t in turns:
        # the whole turn, also where it reports others' words ("He told me that …"), which stay attributions of
        # their own inside it, as the hand-labelled transcripts have both
        start, end = t.said
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end -= len(text[start:end]) - len(text[start:end].rstrip())
        if end > start:
            said.append(
                Finding(
                    QuoteKind.DIRECT,
                    [(start, end)],
                    t.colon,
                    None,
                    speaker_actor=t.speaker,
                    label=t.label,
                    rule="quote.transcript-turn",
                )
            )
    return kept + said


def _continue_attribution(finding: Finding, previous: Finding | None) -> None:
    """ "“A,” Moss said. “B.”": a quote with no cue of its own that goes on with the last speaker's words is told
    by the same attribution (rule quote.continued): it takes that attribution's speaker and cue spans."""
    if (
        finding.speaker_actor is None
        or previous is None
        or finding.cue is not None
        or previous.speaker_actor != finding.speaker_actor
        or previous.speaker is None
    ):
        return
    finding.speaker, finding.cue, finding.rule = previous.speaker, previous.cue, "quote.continued"


def _to_quote(n: int, f: Finding, text: str, rules: list[str]) -> Quote:
    parts = tuple(f.ranges) if len(f.ranges) > 1 else ()
    content = Span(f.start, f.end, text[f.start : f.end], parts)
    cue = Span.of(text, *f.cue) if f.cue else None
    speaker = Span.of(text, f.speaker.start_char, f.speaker.end_char) if f.speaker is not None else None
    if f.label is not None:
        speaker = Span.of(text, *f.label)
    return Quote(
        id=f"q{n}",
        kind=f.kind,
        content=content,
        cue=cue,
        speaker=speaker,
        speaker_actor=f.speaker_actor,
        relayed_by=f.relayed_by,
        rules=rules,
    )


SIGNATURE_TITLES = HONORIFIC_WORDS | COURTESY_TITLES | HONORIFICS | {a.rstrip(".") for a in TITLE_ABBREVIATIONS}
"""Abbreviated titles a signature may open with ("Dr.", "Sen.", "Rev.", "Col."), without their full stop."""


def _signs_as_person(doc: Doc, table: ActorTable, start: int, end: int) -> bool:
    """A name after a dash that ends in the tagger's person or in a person the story names ("- Moss." after "Ada
    Moss" was named)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].lower_ == "by":
        return False  # "— By Ada Moss": a byline under a headline
    text = doc_text(doc)
    opening = text[start:end].split(maxsplit=1)[0]
    if opening.endswith(".") and len(opening) > 2 and opening[:-1].lower() not in SIGNATURE_TITLES:
        return False  # "— Photo. Ada Moss", "— Ed. Omar Field": a credit, not a title of the name
    line = text.find("\n", end)
    rest = doc.char_span(end, len(text) if line < 0 else line, alignment_mode="expand")
    if rest is not None and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return False  # "- Tom Baxter, harbour master, will present the plan": an item of a list, not a signature
    last = span[-1]
    actor = table.actor_at(last)
    return last.ent_type_ == "PERSON" or (actor is not None and actor.kind is ActorKind.PERSON)


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """The tagger's person, or a name that starts with a given name ("Sy Burr" it missed)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span) or span[0].lower_ in given_names()


def _with_signed(doc: Doc, table: ActorTable, findings: list[Finding], signed: list[Signed]) -> list[Finding]:
    """Signed comments and posts (rule quote.signed) are their signer's words; a stretch inside them that the
    rules found with no speaker of its own is part of the comment, one with its own cue stays a quote."""
    out = list(findings)
    for item in signed:
        start, end = item.ranges[0][0], item.ranges[-1][1]
        speaker = doc.char_span(*item.signature, alignment_mode="expand")
        if speaker is None:
            continue
        actor = table.actor_at(speaker[0])
        if actor is None or actor.kind is not ActorKind.PERSON or table.actor_at(speaker[-1]) is not actor:
            # no mention: a signature is not part of the story the other rules read
            actor = table.add(ActorKind.PERSON, speaker.text)
        out = [f for f in out if not (start <= f.start and f.end <= end and f.speaker is None)]
        rule = item.rule or ("quote.dash-signed" if item.dash else None)
        out.append(
            Finding(
                QuoteKind.DIRECT,
                [(start, end)],
                item.dash,
                speaker,
                speaker_actor=actor.id,
                signed=True,
                rule=rule,
                shaped_by=[] if item.dash else ["quote.signed"],
            )
        )
    return out


def _speaks_for(doc: Doc, table: ActorTable, resolver: SpeakerResolver, finding: Finding) -> None:
    """A speaker who speaks "on behalf of" someone (rule quote.on-behalf) keeps the quote; whom he speaks for
    becomes his ``via``, unless he already speaks through someone."""
    if "behalf" not in doc_text(doc):
        return
    speaker = table.get(finding.speaker_actor)
    cue = doc.char_span(*finding.cue, alignment_mode="expand") if finding.cue else None
    if speaker is None or speaker.via is not None or cue is None or finding.speaker is None:
        return
    mention = principal(cue.root, finding.speaker)
    if mention is None:
        return
    chief = resolver.resolve(mention, speaking=True)  # a group or a body may be spoken for too
    if chief is not None and chief != speaker.id:
        speaker.via = chief
        finding.shaped_by.append("quote.on-behalf")


BODY_RELAYED_CUES = frozenset({"say", "tell", "add", "state"})
"""What a body passes on as a person's own words: what he said, not what two sides agreed."""


def _relayed(outer: Finding, table: ActorTable, resolver: SpeakerResolver) -> Finding | None:
    """ "According to GMA News, Salceda said …", "The Post reported that Klein said …" (rule quote.relay): the
    words are the named speaker's; the outlet only passes them on, as a body does after "according to"."""
    inner = outer.nested
    relay = table.get(outer.speaker_actor)
    if inner is None or inner.speaker is None or relay is None:
        return None
    # "According to the President's Office, Jurgelionis said …": a body passes on its principal's words too
    body = relay.kind is ActorKind.ORGANIZATION and "quote.according-to" in outer.shaped_by
    if relay.kind is not ActorKind.OUTLET and not body:
        return None
    cue = table.doc.char_span(*inner.cue, alignment_mode="expand") if inner.cue else None
    if cue is None or not any(_lemma(t) in SPEECH_VERBS - TOPIC_VERBS for t in cue):
        return None  # "X reported that A and B discussed the dam": a contact, not words passed on
    outer_cue = table.doc.char_span(*outer.cue, alignment_mode="expand") if outer.cue else None
    if outer_cue is not None and not any(t.head in outer_cue or any(o.head == t for o in outer_cue) for t in cue):
        return None  # "reported that A had spoken to B to ask him …": what is reported is not A's words
    verbs = [t for t in cue if t.pos_ == "VERB"]
    if verbs and inner.kind is QuoteKind.INDIRECT and not any(c.dep_ == "ccomp" for t in verbs for c in t.children):
        return None  # "reported that the palace had asked the navy to prepare …": an act reported, not words
    speaker = resolver.resolve(inner.speaker)
    actor = table.get(speaker)
    if actor is None or actor.kind is ActorKind.OUTLET:
        return None
    if body and (actor.kind is not ActorKind.PERSON or not any(_lemma(t) in BODY_RELAYED_CUES for t in cue)):
        return None  # "according to the office, the two leaders agreed that …": the office's account of them
    kind = QuoteKind.MIXED if outer.kind is QuoteKind.MIXED and inner.kind is QuoteKind.INDIRECT else inner.kind
    return Finding(
        kind,
        inner.ranges,
        inner.cue,
        inner.speaker,
        speaker_actor=speaker,
        relayed_by=relay.id,
        shaped_by=[*inner.shaped_by, "quote.relay"],
    )


def _relayed_after(findings: list[Finding], table: ActorTable) -> list[Finding]:
    """ "The loan will be approved, Finance Minister Ahmed Saleh said, according to the state news agency" (rule
    quote.relay): an outlet's "according to" after a whole attribution passes that attribution on; the words
    stay the minister's, relayed by the outlet, and the outlet is credited with nothing of its own."""
    out = list(findings)
    for outer in findings:
        relay = table.get(outer.speaker_actor)
        if "quote.according-to" not in outer.shaped_by or relay is None or relay.kind is not ActorKind.OUTLET:
            continue
        inner = next(
            (
                f
                for f in findings
                if f is not outer
                and f.cue is not None
                and f.speaker is not None
                and f.speaker_actor is not None
                and outer.start <= f.start
                and outer.cue is not None
                and f.cue[1] <= outer.cue[0]
                and any(s <= f.cue[0] < e for s, e in outer.ranges)
            ),
            None,
        )
        if inner is not None and inner.relayed_by is None and table.get(inner.speaker_actor) is not relay:
            inner.relayed_by = relay.id
            inner.shaped_by.append("quote.relay")
            out.remove(outer)
    return out


# --- reporting constructions from the parse ---------------------------------------------------


def _reported(doc: Doc) -> list[Finding]:
    """The attributions the parse shows, in document order. Only the tokens with a cue word are looked at:
    ``_reported_at`` finds nothing at any other."""
    sents = doc_sents(doc)
    starts = [sent.start for sent in sents]
    out: list[Finding] = []
    for token in doc_index(doc).with_lemma_or_lower(CUE_WORDS):
        rules: list[str] = []
        with collecting(rules):
            finding = _reported_at(token, sents[bisect_right(starts, token.i) - 1])
        for rule in rules:
            fired(rule)  # to whoever collects around the whole search
        if finding:
            finding.shaped_by.extend(r for r in rules if r != finding.rule and r not in finding.shaped_by)
            out.append(finding)
    return out


def _reported_at(token: Token, sent: SpacySpan) -> Finding | None:
    """The attribution ``token`` cues: a reporting verb, "according to", a report noun or a stance word."""
    if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
        return _according_to(token, sent)
    if token.lower_ == "as":
        return _cast_finding(token)
    if token.lower_ in ("in", "by"):
        return _in_a_finding(token, sent)
    finding = None
    lemma = _lemma(token)
    if token.pos_ in ("VERB", "AUX") and lemma in SPEECH_CUES:
        if lemma != token.lemma_.lower():
            fired("quote.put-it" if token.lemma_.lower() == "put" else "quote.phrasal-verb")
        if _casts_in_quotes(token):
            return None  # the "as" phrase's finding (rule quote.cast-in-quotes)
        finding = _speech_verb(token, sent)
    elif (regard := regard_at(token)) is not None:
        finding = _regard_finding(token, regard)
    elif token.pos_ == "NOUN" and token.lemma_.lower() in REMARK_NOUNS:
        finding = _noun_cue(token)
    if finding is None and token.pos_ == "NOUN" and (taken := light_verb_stance(token) or voiced_stance(token)):
        finding = _light_verb_finding(taken)  # also "made no comment on …", a remark noun with no that-clause
    elif token.pos_ == "ADJ" and (taken := made_clear(token)) is not None:
        finding = _light_verb_finding(taken)
    if finding is None and (stance := stance_at(token, _subject)) is not None:
        finding = _stance_finding(token.doc, stance)
    if finding is None and (position := stance_noun(token) or urged_for(token)) is not None:
        finding = _position_finding(token, position)
    return finding


def _position_finding(token: Token, position: Position) -> Finding | None:
    """ "his support for the levy", "called for the mayor to resign": see ``positions``."""
    doc = token.doc
    start = position.start
    span = _trimmed(doc, start, _cut_trailing(doc, start, position.end, start))
    if span is None:
        return None
    shaped = []
    if position.holder is not None:
        speaker: SpacySpan | None = doc[position.holder[0] : position.holder[1] + 1]
        if (own := _own_stand(token, speaker)) is not None:
            speaker = own
            shaped.append("quote.own-stance")
    else:
        speaker = _subject(token)
    first, last = doc[position.cue_start], doc[position.cue_end]
    cue = (first.idx, last.idx + len(last))
    return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=position.rule, shaped_by=shaped)


OWN_PLURAL = frozenset({"their"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
OWN_SINGULAR = frozenset({"his", "her", "its"})


def _own_stand(noun: Token, holder: SpacySpan) -> SpacySpan | None:
    """ "Varga has toned down his criticism of the levy", "the pilots were unsparing in their opposition to …"
    (rule quote.own-stance): a stand held by a possessive pronoun, named in the predicate of a clause whose
    subject the pronoun agrees with in number, is that subject's; the clause is not itself a report ("mocked his
    support for …" is someone else's stand)."""
    if len(holder) != 1 or holder[0].lower_ not in OWN_PLURAL | OWN_SINGULAR:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX", "ADJ") or _lemma(verb) in SPEECH_CUES:
        return None
    clause = verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > noun.i or subject.nbor().text in DATELINE_DASHES:
        return None  # "BRASÍLIA — the minister sharpened his criticism …": the dateline is no subject
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if plural != (holder[0].lower_ in OWN_PLURAL):
        return None
    return _noun_phrase(subject)


def _stance_finding(doc: Doc, stance: Stance) -> Finding | None:
    ranges = [r for a, b in stance.content if (r := _trimmed(doc, a, b)) is not None]
    if len(ranges) < len(stance.content):
        return None
    first, last = doc[stance.cue[0]], doc[stance.cue[1]]
    cue = (first.idx, last.idx + len(last))
    return Finding(QuoteKind.INDIRECT, ranges, cue, stance.speaker, rule=stance.rule)


def _noun_cue(noun: Token) -> Finding | None:
    """ "his claim that the vote was rigged", "the governor's insistence that …" (rule quote.noun-cue): the
    that-clause is what was said, the possessor who said it."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")  # a "relcl" with a "that" marker is the parser's content clause
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    copular = clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be"
    if copular:  # "The mayor's view is that the pier must go" (rule quote.view-is-that): an owner's only
        clause = next(
            (
                c
                for c in noun.head.children
                if c.dep_ == "ccomp"
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None or not any(c.dep_ == "poss" for c in noun.children):
            return None
    if clause is None:
        return None
    start = clause.left_edge.i
    span = _trimmed(noun.doc, start, _cut_trailing(noun.doc, start, clause.right_edge.i, clause.i))
    if span is None:
        return None
    speaker, rule = remark_owner(noun, _subject)
    cue = (noun.idx, noun.idx + len(noun))
    shaped = ["quote.noun-cue", "quote.view-is-that"] if copular else ["quote.noun-cue"]
    return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=rule, shaped_by=shaped)


def _light_verb_finding(taken: LightVerbStance) -> Finding | None:
    """ "took aim at the fares", "made no secret of her anger", "made clear she will run", "threw her support behind
    the plan", "drew criticism from pilots" (rules quote.light-verb, quote.made-remark, quote.made-clear,
    quote.voiced-stance, quote.drew-stance): see ``light_verbs``."""
    doc = taken.verb.doc
    speaker = doc[taken.holder[0] : taken.holder[1] + 1] if taken.holder is not None else _subject(taken.verb)
    span = _trimmed(doc, taken.start, _cut_trailing(doc, taken.start, taken.end, taken.start))
    if speaker is None or span is None:
        return None
    first = _cue(taken.verb)[0]
    last = doc[taken.cue_end]
    return Finding(QuoteKind.INDIRECT, [span], (first, last.idx + len(last)), speaker, rule=taken.rule)


def _regard_finding(verb: Token, regard: Regard) -> Finding | None:
    """ "voters see him as the stronger candidate", "the pier is regarded as unsafe" (rule quote.seen-as)."""
    doc = verb.doc
    if regard.passive:
        if regard.agent is None and any(_lemma(a) in SPEECH_VERBS for a in verb.ancestors):
            return None  # "aides say the primaries are seen as closer": part of what the aides say
        speaker = _noun_phrase(regard.agent) if regard.agent is not None else None
        if speaker is not None and (cut := [a for a, _ in regard.content if speaker.start < a < speaker.end]):
            speaker = doc[speaker.start : min(cut)]  # "was seen by some as a demotion": the agent is "some"
    else:
        speaker = _subject(verb)
        if speaker is None:
            return None
    ranges = [r for a, b in regard.content if (r := _trimmed(doc, a, b)) is not None]
    if len(ranges) < len(regard.content):
        return None
    return Finding(QuoteKind.INDIRECT, ranges, _cue(verb), speaker, rule="quote.seen-as")


def _cast_finding(as_word: Token) -> Finding | None:
    """ "blasted the mayor as a “fraud”", "is going after the senator as “unfit”" (rule quote.cast-in-quotes): the
    object with its quoted "as" phrase is the subject's words; see ``views``."""
    cast = cast_in_quotes(as_word)
    speaker = _subject(cast.verb) if cast is not None else None
    if cast is None or speaker is None:
        return None
    doc = as_word.doc
    ranges = [r for a, b in cast.content if (r := _trimmed(doc, a, b)) is not None]
    if len(ranges) < len(cast.content):
        return None
    start, end = _cue(cast.verb)
    cue = (start, max(end, cast.cue_end.idx + len(cast.cue_end)))
    return Finding(QuoteKind.INDIRECT, ranges, cue, speaker, rule="quote.cast-in-quotes")


def _casts_in_quotes(verb: Token) -> bool:
    """Whether an "as" phrase casts ``verb``'s object in quoted words."""
    return any((cast := cast_in_quotes(t)) is not None and cast.verb == verb for t in verb.subtree if t.lower_ == "as")


PHRASAL_HEADS = frozenset(phrase.split()[0] for phrase in PHRASAL_SPEECH_VERBS)
"""Verbs that, with a particle, report what the two words mean ("fired back", "called out"): see ``_lemma``."""
SPEECH_CUES = ATTRIBUTION_VERBS - BESIDE_QUOTES_ONLY
"""Verbs that cue an attribution wherever they stand (the others only beside quote marks)."""
CUE_WORDS = (
    (SPEECH_CUES | frozenset(LEMMA_FIXES) | REMARK_NOUNS | RAISING_VERBS | STANCE_ADJECTIVES | APPEARANCE_VERBS)
    | STANCE_TAKING_NOUNS
    | MADE_REMARK_NOUNS
    | {"clear"}
    | REGARDING_VERBS
    | STANCE_NOUNS
    | URGING_VERBS
    | APPEARANCE_FORMS
    | FELT_STANCE_NOUNS
    | {"according", "as", "in", "by", "put"}
    | PHRASAL_HEADS
)
"""Every word, by lemma or form, that ``_reported_at`` can find an attribution at."""


def _puts_it(verb: Token) -> bool:
    """ "As the harbour master put it, …", "as Ada Moss put it: “…”", "She put it bluntly: …" (rule quote.put-it):
    "put it" with "as", or with only a manner word before a colon, is "said"; not "put it on the table"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "it" or doc[verb.i + 1].head != verb:
        return False
    if any(c.dep_ in ("prep", "dative", "prt") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    after = verb.i + 2
    while after < len(doc) and doc[after].pos_ == "ADV" and doc[after].head == verb:
        after += 1
    return after < len(doc) and doc[after].text == ":"


def _lemma(token: Token) -> str:
    """The token's lemma, mended ("hoping"), or, for a verb with a particle, the reporting verb the two mean:
    "fired back" is "retort", "weighed in" is "comment" (rule quote.phrasal-verb, fired by ``_reported_at``)."""
    lemma = mended_lemma(token)
    if lemma == "put" and _puts_it(token):
        return "say"
    if lemma in PHRASAL_HEADS and token.pos_ == "VERB":
        for child in token.children:
            if (child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)) and (
                meaning := PHRASAL_SPEECH_VERBS.get(f"{lemma} {child.lower_}")
            ) is not None:
                return meaning
    return lemma


def _cue(verb: Token) -> tuple[int, int]:
    tokens = [verb] + [c for c in verb.children if c.dep_ in AUX_DEPS and abs(c.i - verb.i) <= 3]
    head = verb.head
    if verb.dep_ == "xcomp" and _lemma(head) in UNSAID and 0 < verb.i - head.i <= 3:
        # "declined to discuss the closure": the refusal is part of how it was told
        tokens += [head] + [c for c in head.children if c.dep_ in AUX_DEPS and abs(c.i - head.i) <= 3]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


DANGLING_WORDS = frozenset({"and", "but", "or", "nor"})
"""Conjunctions left at a content's end where it was cut before the clause they join ("… trustworthy, and")."""


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end] as characters, without edge punctuation (quote marks kept) or a conjunction left
    dangling at its end."""
    while start <= end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    while end >= start and (
        doc[end].is_space or (doc[end].is_punct and not doc[end].is_quote) or doc[end].lower_ in DANGLING_WORDS
    ):
        if doc[end].text == ")" and _opened(doc, start, end):
            break
        end -= 1
    if end < start or not any(t.is_alpha for t in doc[start : end + 1]):
        return None
    return doc[start].idx, doc[end].idx + len(doc[end])


def _opened(doc: Doc, start: int, end: int) -> bool:
    """Whether a parenthesis opened in tokens [start, end) is still open: its closing one stays ("Ryan (R-Wis.)")."""
    depth = 0
    for t in doc[start:end]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


RELATIVE_TAGS = frozenset({"WDT", "WP"})
PARTICIPLE_PREPS = frozenset(
    {"by", "before", "after", "upon", "on", "while", "without", "since", "in", "to", "despite", "besides"}
)
"""Prepositions whose participle ("before saying", "upon hearing") shares the subject of the verb they hang on."""


def _as_saying(verb: Token) -> Token | None:
    """The reporting verb of "quoted … as saying": "saying" in "The Star quoted Moss as saying …"."""
    if _lemma(verb) != "quote":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        said = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if said is not None and _lemma(said) in SPEECH_VERBS:
            return said
    return None


def _quoted_one(verb: Token) -> SpacySpan | None:
    """Who "quoted … as saying" quotes: the object ("quoted Moss as saying"), or the passive's subject ("Moss was
    quoted as saying")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return _noun_phrase(child)
    return None


def _quoted_as_saying(verb: Token) -> Finding | None:
    """ "The Star quoted Ada Moss as saying the ferry would run", "Moss was quoted by the Star as saying …" (rule
    quote.quoted-as-saying): the words are the one quoted's, not the paper's, and what was said is the clause
    after "saying"."""
    said = _as_saying(verb)
    speaker = _quoted_one(verb) if said is not None else None
    clause = next((c for c in said.children if c.dep_ in CLAUSE_DEPS), None) if said is not None else None
    if said is None or speaker is None or clause is None:
        return None
    span, shaped = _clause_span(said, clause)
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), speaker, rule="quote.quoted-as-saying", shaped_by=shaped)


def _asked_aside(verb: Token) -> Token | None:
    """ "Kremlin spokesman Dmitry Peskov, asked about a ceasefire, told reporters that …", parsed as a clause "Peskov
    asked about a ceasefire" that the telling verb reports, or that reports the telling (rule quote.asked-aside): an
    aside set off by commas between the speaker and the verb, whose subject is the speaker and which is no part of
    what was told."""
    doc = verb.doc
    near = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        near.append(verb.head)  # "…, asked whether …, said …" with "asked" as the root
    for clause in near:
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if (
            clause.lemma_.lower() == "ask"
            and clause.tag_ in ("VBD", "VBN")
            and subjects
            and doc[clause.i - 1].text == ","
            and doc[verb.i - 1].text == ","
            and max(t.i for t in clause.subtree if t.i < verb.i) >= verb.i - 2
        ):
            return clause
    return None


def _told_after_aside(asked: Token) -> bool:
    """Whether ``asked`` is the aside before a telling verb (``_asked_aside``)."""
    tellers = [asked.head] if asked.dep_ == "ccomp" else []
    tellers += [c for c in asked.children if c.dep_ == "ccomp" and c.i > asked.i]
    return any(_asked_aside(t) == asked for t in tellers)


def _subject(verb: Token) -> SpacySpan | None:
    if _as_saying(verb) is not None and (quoted := _quoted_one(verb)) is not None:
        return quoted  # "“…,” Moss is quoted as saying in the Star" (rule quote.quoted-as-saying)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and (reduced := _reduced_relative(verb)) is not None:
        return _noun_phrase(next(c for c in reduced.children if c.dep_ in ("nsubj", "nsubjpass")))
    if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i and verb.doc[verb.i - 1].text == ",":
        # "The decision, said Agriculture Secretary Faith Njoroge, was final" (rule quote.aside-in-subject): the
        # subject after the verb speaks; the one before is what the words are about
        return _noun_phrase(subjects[1])
    if len(subjects) > 1 and subjects[0].tag_ in RELATIVE_TAGS and subjects[1].i < verb.i:
        # "the department, which he argued seeks …", "whom many believed was …": the relative pronoun is the
        # content's subject, the next subject the speaker's (rule quote.relative-aside)
        return _noun_phrase(subjects[1])
    if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and (split := _split_subject(subjects)) is not None:
        fired("quote.split-subject")
        return split
    if subjects:
        if (antecedent := _antecedent(subjects[0], verb)) is not None:
            return antecedent
        return (
            _trailing_speaker(subjects[0], verb)
            or _author(subjects[0])
            or _before_verb(_noun_phrase(subjects[0]), verb)
        )
    if (aside := _asked_aside(verb)) is not None:
        fired("quote.asked-aside")
        return _noun_phrase(next(c for c in aside.children if c.dep_ == "nsubj"))
    if (contracted := _contracted_has(verb)) is not None:
        return contracted
    if (handle := _handle(verb)) is not None:
        return handle
    for child in verb.children:  # passive with an agent: "was told by officials"; not "confirmed by telephone"
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj" and g.lower_ not in CHANNEL_NOUNS]
            if objs:
                return _noun_phrase(objs[0])
    head = verb.head
    if (verb.dep_ == "conj" or (verb.dep_ == "dep" and head.i < verb.i)) and head.pos_ in ("VERB", "AUX"):
        # "Moss paused, then revealed why …" parsed as a loose dependent: the same subject
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "… and heavy rain was forecast": a passive with a subject of its own and no agent
        if (reporting := _reporting_of_second(verb)) is not None:
            return _subject(reporting)
        if (governor := _coordinate_across_forms(verb)) is not None:
            fired("quote.coordinate-form")
            return _subject(governor)
        return _subject(head)
    if (first := _first_conjunct_read_as_adverbial(verb)) is not None:
        fired("quote.first-conjunct")
        return _subject(first)
    if (apposed := _trailing_speaker_apposed(verb)) is not None:
        fired("quote.trailing-speaker-apposed")
        return apposed
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
        and head.pos_ in ("VERB", "AUX")
        and head.i < verb.i
    ):
        if (seen := _seen_saying(verb)) is not None:
            return seen
        return _subject(_reporting_head(verb) or _noun_clause_head(verb) or head)  # "…, Anderson said, adding that …"
    if _main_verb_read_as_modifier(verb):
        fired("quote.misread-main-verb")
        return _subject(head) if head.pos_ in ("VERB", "AUX") else _noun_phrase(head)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        if (clause_verb := _adverbial_participle(verb)) is not None:
            return _subject(clause_verb)
        if (issuer := _issuer(head)) is not None:
            return issuer
        if not _may_speak(head) and (holder := _holder(head)) is not None:
            return holder  # "spent the evening at a rally blasting the fares" (rule quote.holder-of-thing)
        if verb.tag_ == "VBN" and head.dep_ != "ROOT":
            # "a ruling expected in weeks", "Moss, referred to as …": what is spoken of, not who speaks (but
            # "Oyelaran, who …, posted on X: …" parsed with the name as the root is the main verb misread)
            return None
        return _noun_phrase(head)  # "emails showing that …", "a statement saying …"
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i > verb.i:
        fired("quote.fronted-participle")
        return _subject(head)  # "Declaring that he alone could win, the billionaire …"
    if (purpose := _purpose_subject(verb)) is not None:
        return purpose
    if _extraposed(verb):
        fired("quote.extraposed-it")
        return None  # "it is hard to know …", "it is important to note …": no one
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.i < verb.i:
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and _lemma(head) in CONTACTING_VERBS:
            fired("quote.purpose-of-contact")  # "telephoned Sidibe to ask whether …": the caller asked
            return _subject(head)
        if obj is not None and _may_speak(obj):
            return _noun_phrase(obj)  # "urged critics to say"
        return _subject(head)  # "wants to say", "used his speech to call for …" (rule quote.instrument-object)
    if verb.dep_ == "acl" and _infinitive(verb) and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        # "the first senator to say …"; "had a rare chance to show …" (rule quote.holder-of-thing)
        if not _may_speak(head):
            return _holder(head)
        if _names_someone(head.doc[head.i : head.i + 1]):
            return _noun_phrase(head)
        return _controller(head)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < verb.i:
        return _subject(head.head)  # "voters are more likely to say"
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head.pos_ in ("ADJ", "ADV")
        and head.dep_ in ("advcl", "advmod")
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i < head.i
    ):
        # "detailed the plan, eager to show that …", "went so far as to say …" (rule quote.modifier-infinitive):
        # an infinitive on a word that modifies a verb speaks for that verb's subject
        # not "came out too late to say whether …": an idiom of timing, no one's stance
        too = any(c.lower_ == "too" for c in head.children)
        speaker = _subject(head.head) if _infinitive(verb) and not too else None
        if speaker is None:
            return None
        fired("quote.modifier-infinitive")
        return speaker
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in PARTICIPLE_PREPS
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "began by saying", "deflected questions before saying", "pivoted to arguing" (rule
        # quote.participle-after-preposition)
        return _surface_subject(verb, head.head)
    if verb.dep_ == "pcomp" and (clause_verb := _compound_preposition_verb(head)) is not None:
        return _surface_subject(verb, clause_verb)  # "In addition to stating that …, Moss has vowed …"
    return _subject_before(verb)


def _split_subject(subjects: list[Token]) -> SpacySpan | None:
    """A verb the parser gave two subjects (rule quote.split-subject): pieces of one phrase that meet across a
    comma, hyphen or "and" are that phrase ("His ex-wife", "45% of farmers, 28% of fishers"); a place or date
    before the subject, or a phrase set apart from it by a comma, gives way to the subject nearest the verb
    ("Speaking in Salem, New Hampshire, Moss went after Hale", "The day before, at a rally, Moss was just as
    blunt"). Two subjects that meet otherwise are a parse gone wrong deeper down: None."""
    first, last = subjects[0], subjects[-1]
    doc = last.doc
    end = first.right_edge.i
    while end > first.i and doc[end].text == "," and doc[last.left_edge.i].pos_ == "DET":
        end -= 1  # "…, Tomas Berg-Lund, the port authority said": the comma hung on the name parts the two
    if doc[end].text == ":":
        fired("quote.lead-in-colon")  # "Worth flagging: a Western diplomat here tells us …": the subject after it
        return _noun_phrase(last)
    gap = doc[end + 1 : last.left_edge.i]
    listed = any(t.dep_ == "cc" for t in last.subtree)
    worded = first.text == "%" or any(ch.isalnum() for ch in first.text)  # not a dash taken for a noun
    if worded and first.ent_type_ not in SETTING_ENTITIES and all(_joins(t, listed) for t in gap):
        return _joined_pieces(first, last)
    if any(t.text == "," for t in doc[last.right_edge.i : last.head.i]):
        # "His widow, Mrs. Ada Berg, said": the name of the first, with it; "Ferry crews, many of them part-time,
        # said": an aside, not the subject
        return _joined_pieces(first, last) if last.pos_ == "PROPN" else None
    before = doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
    if before is not None and (before.text in (",", "―", "—") or before.is_quote):
        return _noun_phrase(last)  # also a first "subject" inside the quote: "“My apologies,” Moss said"
    return None


def _joined_pieces(first: Token, last: Token) -> SpacySpan:
    """The phrase from the first piece of a split subject to the last, without a comma closing it."""
    doc = first.doc
    stop = last.right_edge.i
    while stop > last.i and doc[stop].text == ",":
        stop -= 1  # "Her ex-husband, a pilot, said": not the comma
    return doc[first.left_edge.i : stop + 1]


def _joins(token: Token, listed: bool) -> bool:
    """A word between two pieces of one phrase: "and", a hyphen inside a word, a comma of a list."""
    if token.dep_ == "cc":
        return True
    if token.text == "-":
        return not token.whitespace_
    return token.text == "," and listed


COMPOUND_PREPOSITIONS = frozenset(
    {("in", "addition", "to"), ("instead", "of"), ("rather", "than"), ("aside", "from"), ("apart", "from")}
)
"""Prepositions of more than one word before a participle: "in addition to stating", "instead of saying"."""


def _surface_subject(participle: Token, verb: Token) -> SpacySpan | None:
    """Who a participle after a preposition shares as subject: the verb's passive subject ("After saying the pier
    was unsafe, Moss was rushed to hospital": Moss said it, not the agent of "rushed by …"), else its subject. A
    passive participle ("After being told …") was said to that subject, not by it: None."""
    if any(c.dep_ == "auxpass" for c in participle.children):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if passive is None:
        return _subject(verb)
    if passive.tag_ in RELATIVE_TAGS or passive.lower_ in ("it", "this", "that"):
        return None
    return _noun_phrase(passive)


def _compound_preposition_verb(prep: Token) -> Token | None:
    """The verb a participle after "in addition to" or "instead of" shares its subject with (rule
    quote.participle-after-preposition)."""
    doc = prep.doc
    for words in COMPOUND_PREPOSITIONS:
        first = prep.i - len(words) + 1
        if first < 0 or tuple(t.lower_ for t in doc[first : prep.i + 1]) != words:
            continue
        for ancestor in prep.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                return ancestor
    return None


def _extraposed(verb: Token) -> bool:
    """ "It is hard to know whether …", "it's important to note that …": an infinitive after "it" with a copula and
    an adjective is the writer's aside; "it" speaks for no one (rule quote.extraposed-it)."""
    if verb.dep_ != "xcomp" or not _infinitive(verb):
        return False
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if copula.lemma_.lower() != "be" or not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in copula.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


LEAD_IN_VERBS = frozenset({"proceed", "rush", "hasten", "hurry"})
"""Verbs an infinitive goes on from rather than serves ("rushed to praise the pilots", and "went on to …")."""


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("met on Monday to discuss the levy"): with an object it says what someone set
    out to do, not what they said (rule quote.purpose-infinitive). Not after a verb it goes on from ("went on to
    criticize the board", "rushed to praise the pilots", rule quote.went-on-to)."""
    if not _adverbial_infinitive(verb):
        return False
    head = verb.head
    particle = next((c for c in head.children if c.dep_ == "prt" and c.i == head.i + 1), None)
    lead_in = (head.lemma_.lower() in LEAD_IN_VERBS and verb.left_edge.i == head.i + 1) or (
        head.lemma_.lower() == "go"
        and particle is not None
        and particle.lower_ == "on"
        and verb.left_edge.i == head.i + 2
    )
    if lead_in:  # right after it: "rushed to the hospital to thank the doctors" is a purpose
        fired("quote.went-on-to")
        return False
    return True


CONTACTING_VERBS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet", "contact", "email", "text"})
"""Verbs of getting in touch whose object is whom the subject reached, not who acts next: an infinitive after
them is the subject's purpose ("telephoned Sidibe to ask …"), where after "urged critics to say" it is the
object's."""


def _purpose_subject(verb: Token) -> SpacySpan | None:
    """ "stood up at a town meeting to say …", "went out of her way to say …" (rule quote.purpose-infinitive), "went
    on to criticize …": an infinitive hung on a verb before it speaks for that verb's subject."""
    head = verb.head
    if not _adverbial_infinitive(verb) or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return _subject(head)


def _adverbial_infinitive(verb: Token) -> bool:
    return verb.dep_ == "advcl" and _infinitive(verb)


def _controller(noun: Token) -> SpacySpan | None:
    """ "Firms are taking pains to say …", "they were under pressure to pledge …" (rule quote.object-infinitive): an
    infinitive on a noun that names no one, the object of a verb, speaks for that verb's subject."""
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "no") for c in noun.children):
        return None  # "seized on her refusal to say …", "found no evidence to suggest …": not the holder's words
    if any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in noun.children):
        return None  # "stepped up pressure on the firm to say …": the firm is to say it
    speaker = _holder(noun)
    if speaker is None:
        return None
    fired("quote.object-infinitive")
    return speaker


def _may_speak(noun: Token) -> bool:
    """Anything but the occasion, means or time of a remark ("his speech", "a rally", "a crude word", "$5,000")."""
    return noun.lemma_.lower() not in OCCASION_NOUNS and noun.ent_type_ not in ("MONEY", "DATE", "TIME")


def _holder(thing: Token) -> SpacySpan | None:
    """Who acts through a thing that cannot speak (rule quote.holder-of-thing): the subject of the nearest verb
    the thing hangs on ("Moss spent the evening at a rally blasting the fares": Moss)."""
    for ancestor in thing.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return _subject(ancestor)
    return None


def _coordinate_across_forms(verb: Token) -> Token | None:
    """ "Putin backpedaled on his prediction that Russia would pull out, and blamed the oil price": a finite verb
    the parser joined to a plain form under a modal or "to" cannot share its clause (the forms differ), so it goes
    on with the nearest verb above of its own form, whose subject acts (rule quote.coordinate-form)."""
    head = verb.head
    if verb.tag_ not in FINITE_TAGS or head.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
        return None
    governor = head.head
    while governor.i != governor.head.i and governor.tag_ != verb.tag_:
        governor = governor.head
    if governor.tag_ != verb.tag_ or governor.i > head.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    return governor


def _predicate_of_another_form(doc: Doc, start: int, end: int) -> int | None:
    """The end of reported words before a finite predicate the parser joined to their plain verb ("pledged that
    the council would cut fares, and blamed the unions"): that predicate is the speaker's next act, not theirs."""
    for t in doc[start : end + 1]:
        if (
            t.dep_ == "conj"
            and start <= t.head.i
            and _lemma(t) in SPEECH_VERBS
            and not _has_subject(t)
            and (governor := _coordinate_across_forms(t)) is not None
            and governor.i < start
        ):
            return t.left_edge.i - 1
    return None


def _trailing_speaker_apposed(verb: Token) -> SpacySpan | None:
    """ "The delegation will fly on to Osaka, Peru's embassy in Tokyo said.": a reporting verb that ends the
    sentence with no subject of its own, right after a phrase the parse apposed to the reported clause's last
    place: that phrase is who said it (rule quote.trailing-speaker-apposed)."""
    doc = verb.doc
    if _lemma(verb) not in SPEECH_VERBS or verb.i == 0 or _has_subject(verb):
        return None
    if any(not t.is_punct and not t.is_space for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    head = doc[verb.i - 1]
    while head.head.i != head.i and head.head.i < verb.i and head.dep_ not in ("appos", "conj"):
        head = head.head
    if head.dep_ != "appos" or head.left_edge.i < 1 or doc[head.left_edge.i - 1].text != ",":
        return None
    if head.right_edge.i != verb.i - 1 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[head.left_edge.i : verb.i]


def _first_conjunct_read_as_adverbial(verb: Token) -> Token | None:
    """ "Trump summed up Clinton as terrible, denounced her record and said …": with no subject of its own, a verb
    after a comma takes the subject of a finite clause before it that has no conjunction ("when", "if") of its
    own, the first of a list of predicates the parser hung on the second as an adverbial or as its object (rule
    quote.first-conjunct)."""
    if _has_subject(verb) or verb.tag_ not in FINITE_TAGS:
        return None
    for clause in verb.children:
        if (
            (clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and _object_read_in_a_list(clause, verb)))
            and clause.i < verb.i
            and clause.tag_ in FINITE_TAGS
            and any(c.dep_ == "nsubj" for c in clause.children)
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)
            and any(t.text == "," for t in verb.doc[clause.right_edge.i : verb.i])
        ):
            return clause
    return None


def _object_read_in_a_list(clause: Token, verb: Token) -> bool:
    """A clause before a verb with no subject is the first of a list of predicates, not the words of a speaker
    named after the verb ("“…,” said a spokesman, …" parsed wrong), when it is not opened by a quote mark and
    the verb either reports nothing or goes on to a further predicate ("…, thanked the staff and said …")."""
    start = clause.left_edge.i
    if clause.doc[start].is_quote or (start > 0 and clause.doc[start - 1].is_quote):
        return False
    return _lemma(verb) not in SPEECH_CUES or any(c.dep_ == "conj" for c in verb.children)


def _reporting_head(participle: Token) -> Token | None:
    """ "Starr said the case reminds him of a book, explaining, …", "Trump asked why the mother did not speak,
    implying that …" (rule quote.participle-climbs): a participle after a comma that hangs on the verb of a
    reported clause goes with the reporting verb, whose subject speaks."""
    head = participle.head
    doc = participle.doc
    before = participle.i - 1
    while before > 0 and doc[before].is_quote:  # "…has “widened the party,” claiming …"
        before -= 1
    while head.dep_ == "conj" and head.head.i < head.i and not _has_subject(head):
        head = head.head  # "…said her father has been … and would do …, saying"; not "… and the pilots left, saying"
    if before < 1 or doc[before].text != "," or head.dep_ not in ("ccomp", "advcl"):
        return None
    reporting = head.head
    if reporting.pos_ not in ("VERB", "AUX") or reporting.i > head.i or _lemma(reporting) not in SPEECH_CUES:
        return None
    return reporting


PERCEPTION_VERBS = frozenset(
    {
        "hear",
        "overhear",
        "see",
        "catch",
        "capture",
        "film",
        "record",
        "tape",
        "videotape",
        "spot",
        "watch",
        "show",
        "find",
    }
)
"""Verbs of catching someone in the act, whose participle is what the one caught did: "was heard saying"."""


def _shown_saying(verb: Token, clause: Token) -> bool:
    """ "A video shows Hale telling reporters that …" (rule quote.shown-saying): what a verb of catching someone in
    the act reports is a speech act with its own subject, who is the speaker; the participle's own attribution
    carries it, and the video only shows it."""
    if _lemma(verb) not in PERCEPTION_VERBS or clause.tag_ != "VBG" or _lemma(clause) not in SPEECH_VERBS | TOPIC_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and _names_someone(_noun_phrase(c)) for c in clause.children):
        return False
    said = any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in clause.children) or (
        _lemma(clause) in TOPIC_VERBS
        and any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") for c in clause.children)
    )
    if not said:
        return False  # "Polls show Moss declining among young voters": no words of Moss's to report
    fired("quote.shown-saying")
    return True


def _seen_saying(participle: Token) -> SpacySpan | None:
    """ "Moss can be heard telling the officers that …", "Hale was caught on tape saying …" (rule
    quote.seen-saying): the participle of a verb of hearing or seeing is said by the one heard or seen, the
    passive's subject or the object right before it, not by who heard or saw."""
    head = participle.head
    if _lemma(head) not in PERCEPTION_VERBS or participle.dep_ not in ("xcomp", "advcl"):
        return None
    if participle.doc[participle.i - 1].text == ",":
        return None  # "Moss watched the vote, saying …": Moss's own remark
    caught = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if caught is None:
        caught = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == participle.i - 1), None)
    if caught is None or not _names_someone(_noun_phrase(caught)):
        return None
    fired("quote.seen-saying")
    return _noun_phrase(caught)


def _noun_clause_head(participle: Token) -> Token | None:
    """ "Hale denied the notion that a shake-up is coming, explaining that …" (rule quote.participle-climbs): a
    participle after a comma hung on the that-clause of a noun goes with the verb the noun is the object of."""
    clause = participle.head
    noun = clause.head
    if participle.doc[participle.i - 1].text != "," or clause.dep_ != "acl" or noun.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _adverbial_participle(participle: Token) -> Token | None:
    """ "Clinton was the first candidate to weigh in, tweeting her thanks", "Trump made a third attempt to deflect
    the criticism, writing on Twitter that …": a participle after a comma that the parser hung on a common noun
    (not a piece someone put out) goes with the verb of that noun's clause (rule quote.adverbial-participle)."""
    doc = participle.doc
    noun = participle.head
    if participle.tag_ != "VBG" or doc[participle.i - 1].text != "," or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None  # "a statement, saying …": the statement speaks
    if lemma in PERSON_NOUNS | SOURCE_NOUNS | TITLE_NOUNS and noun.dep_ != "attr":
        return None  # "officials, saying …"; but "X was the first candidate to weigh in, tweeting …" is X
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


CONTRACTED_HAS = frozenset({"'s", "’s"})


def _contracted_has(verb: Token) -> SpacySpan | None:
    """ "He's said he will run": the parser reads "'s" as a passive "is"; with a clause or object after the
    verb it is "has", and the passive subject is the speaker (rule quote.contracted-has). "He's said to be
    angry" stays a passive."""
    if verb.tag_ not in ("VBN", "VBD") or not any(
        c.dep_ == "auxpass" and c.lower_ in CONTRACTED_HAS for c in verb.children
    ):
        return None
    if not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    return _noun_phrase(subject) if subject is not None else None


def _speaker_rules(doc: Doc, finding: Finding) -> list[str]:
    """The rules that chose a finding's speaker span, for explain."""
    cue = doc.char_span(*finding.cue, alignment_mode="expand") if finding.cue else None
    if cue is None or finding.speaker is None:
        return []
    subjects = [c for c in cue.root.children if c.dep_ == "nsubj"]
    pronoun = subjects[0] if subjects else None
    if len(subjects) > 1 and pronoun.tag_ in RELATIVE_TAGS and subjects[1] in finding.speaker:
        return ["quote.relative-aside"]
    if pronoun is not None and pronoun not in finding.speaker and _antecedent(pronoun, cue.root) is not None:
        return ["quote.relative-antecedent"]
    if _contracted_has(cue.root) is not None:
        return ["quote.contracted-has"]
    if _handle(cue.root) is not None and not any(c.dep_ == "nsubj" for c in cue.root.children):
        return ["quote.handle"]
    if _apposed_before(cue.root) == finding.speaker:
        return ["quote.apposed-subject"]
    if _share_before(cue.root) == finding.speaker:
        return ["quote.share-subject"]
    if cue.root.tag_ == "VBG" and _reporting_head(cue.root) is not None:
        return ["quote.participle-climbs"]
    if cue.root.dep_ == "acl" and _adverbial_participle(cue.root) is not None:
        return ["quote.adverbial-participle"]
    if cue.root.dep_ == "pcomp" and (
        cue.root.head.lower_ in PARTICIPLE_PREPS - {"by"} or _compound_preposition_verb(cue.root.head) is not None
    ):
        return ["quote.participle-after-preposition"]
    if cue.root.dep_ in ("acl", "relcl") and _issued_work(cue.root.head) == finding.speaker:
        return ["quote.issued-work"]
    if _purpose_subject(cue.root) == finding.speaker:
        return ["quote.purpose-infinitive"]
    head = cue.root.head
    if cue.root.dep_ == "acl" and not _may_speak(head) and _holder(head) == finding.speaker:
        return ["quote.holder-of-thing"]
    if cue.root.dep_ == "xcomp" and any(c.dep_ == "dobj" and not _may_speak(c) for c in head.children):
        return ["quote.instrument-object"]
    return []


def _handle(verb: Token) -> SpacySpan | None:
    """ "“…,” wrote @delta_watcher on X", "@delta_watcher wrote that …" (rule quote.handle): the parser gives a
    handle next to a reporting verb any role but the subject's; the account is the speaker."""
    for child in verb.children:
        if HANDLE.fullmatch(child.text) and child.dep_ != "pobj":
            return verb.doc[child.i : child.i + 1]
    if verb.i > 0 and HANDLE.fullmatch(verb.doc[verb.i - 1].text):
        return verb.doc[verb.i - 1 : verb.i]  # a paragraph's first word, which the parser made a sentence alone
    return None


def _antecedent(pronoun: Token, verb: Token) -> SpacySpan | None:
    """ "a super PAC that backed Rubio", "a video that accuses Cruz" (rule quote.relative-antecedent): the
    relative "that" speaks for the noun phrase it hangs on, or for whoever issued the document it names. "who"
    and "which" stay as written, as PolNeAR marks them."""
    if pronoun.lower_ != "that" or pronoun.tag_ != "WDT" or verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    return _issuer(head) or _noun_phrase(head)


def _issuer(document: Token) -> SpacySpan | None:
    """ "Trump released a statement saying …": the statement speaks for whoever issued it, the subject of the
    verb it is the object of; an ad, an article or a video likewise when that verb puts it out (rule
    quote.issued-work)."""
    if (issued := _issued_work(document)) is not None:
        return issued
    if document.lemma_.lower() not in DOCUMENT_NOUNS or document.dep_ != "dobj" or document.head.pos_ != "VERB":
        return None
    issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    return _noun_phrase(issuer) if issuer is not None else None


WORK_PREPS = frozenset({"in", "with", "through", "via"})
"""Prepositions by which a verb's subject speaks through a piece: "shot back in an article stating …"."""


def _author(work: Token) -> SpacySpan | None:
    """ "An article written by Ada Moss accuses …", "a fundraising email sent out by the campaign warned …" (rule
    quote.issued-work): a piece that speaks, with the one who put it out named by "by", speaks for that one."""
    if work.lemma_.lower() not in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None
    for put_out in (c for c in work.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if put_out.lemma_.lower() in ISSUING_VERBS | {"sign"}:
            agents = (g for a in put_out.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
            agent = next(agents, None)
            if agent is not None and _may_author(agent):
                fired("quote.issued-work")
                phrase = _noun_phrase(agent)
                when = [c.i for c in agent.children if c.dep_ == "prep" and c.i > agent.i and _tells_when(c)]
                return phrase.doc[phrase.start : min([*when, phrase.end])]  # not "the campaign on Tuesday"
    return None


def _may_author(agent: Token) -> bool:
    """Someone or some body that can put a piece out: "by Ada Moss", "by the campaign"; not "by hand"."""
    return _names_someone(agent.doc[agent.i : agent.i + 1]) or agent.lemma_.lower() in DESCRIBED_SOURCES


def _tells_when(prep: Token) -> bool:
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children if g.dep_ == "pobj")


def _issued_work(work: Token) -> SpacySpan | None:
    """Who put out the piece (rule quote.issued-work): "POLITICO published a story detailing …", "the group
    helped draft a report defending …" (the object of an issuing verb), "Forbes shot back in an article stating
    …", "responded with a note on the story saying …" (a piece the verb's subject speaks in or through)."""
    if work.lemma_.lower() not in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None
    head = work.head
    if work.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "NOUN" and head.head.i < work.i:
        return _issued_work(head.head)  # "a note on the story saying": the note's author
    if work.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ISSUING_VERBS:
        verb = head
    elif work.dep_ == "pobj" and head.lower_ in WORK_PREPS and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    else:
        return None
    subject = _subject(verb)
    if subject is None or work in subject or subject.root.lemma_.lower() in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None  # "the ad was released", "the report ran a story": no one who put it out
    return subject


SUBJECT_PHRASE_DEPS = {"compound", "poss", "case", "amod", "det", "nummod", "punct"}


def _main_verb_read_as_modifier(verb: Token) -> bool:
    """ "One of the pilots, Ada Moss, confirmed by telephone that she had met him", "The harbour master, reached
    on Friday, confirmed that …" (rule quote.misread-main-verb): the parser took the sentence's reporting verb,
    after a comma closing its subject, for a modifier of that subject or of the aside before it; a that-clause
    after it shows it reports (a passive "told that" is left alone). Also "Protesters marching through the streets
    chanted …": the participle that modifies the subject taken for the main verb, and the finite verb, with no
    subject or conjunction of its own, for a clause hung on it."""
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VBG"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        and not any(t.dep_ == "aux" for t in head.children)
    ):
        return True
    return (
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ != "VBG"  # "…rejected the notion that …, saying that …": a participle, not the main verb
        and head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and _lemma(verb) in SPEECH_VERBS
        and _lemma(verb) not in ADDRESSEE_VERBS
        and any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark") for c in verb.children
        )
    )


def _name_read_as_adverb(token: Token) -> bool:
    """ "“…,” Tolliver wrote": a capitalised word the tagger took for an adverb, right after a closing quote mark
    and right before the reporting verb, is the speaker's name (rule quote.subject-by-position)."""
    doc = token.doc
    return (
        token.pos_ == "ADV"
        and token.is_title
        and not token.is_stop
        and not token.lower_.endswith("ly")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "VERB"
        and token.i > 0
        and doc[token.i - 1].tag_ == "''"
    )


def _subject_before(verb: Token) -> SpacySpan | None:
    """ "…, House Speaker Paul Ryan's office announced Friday that …" parsed with no subject (the noun phrase
    hung on something earlier): the noun phrase right before a main reporting verb is its subject (rule
    quote.subject-by-position)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if (apposed := _apposed_before(verb)) is not None:
        return apposed
    if (share := _share_before(verb)) is not None:
        return share
    end = verb.i - 1
    while (
        end > verb.sent.start
        and doc[end].pos_ == "ADV"
        and doc[end].head == verb
        and not _name_read_as_adverb(doc[end])
    ):
        end -= 1  # "…, 62-year-old Ada Moss also railed against …"
    last = doc[end]
    if (last.pos_ not in ("NOUN", "PROPN") and not _name_read_as_adverb(last)) or last.ent_type_ in ("DATE", "TIME"):
        return None
    start = last.i
    while (
        start > 0
        and doc[start - 1].dep_ in SUBJECT_PHRASE_DEPS
        and doc[start - 1].text not in (",", "—", "(")
        and not doc[start - 1].is_quote
    ):
        start -= 1
    if start > last.left_edge.i > verb.sent.start and doc[last.left_edge.i - 1].text == ",":
        start = last.left_edge.i  # "…, 62-year-old Ada Moss also railed …": the whole phrase of the name
    if (
        start == 0
        or doc[start - 1].text in (",", "\n", "\n\n")
        or doc[start - 1].is_space
        or doc[start - 1].tag_ == "''"
    ):
        fired("quote.subject-by-position")
        return doc[start : last.i + 1]
    person = _person_phrase_before(verb)
    if person is not None:
        fired("quote.subject-by-position")
    return person


def _person_phrase_before(verb: Token) -> SpacySpan | None:
    """ "At the town hall, a young woman who had studied in Oslo asked the mayor …" parsed with the woman hung on
    the place before her: a phrase for a person that opens after a comma and ends right before the verb is its
    subject (rule quote.subject-by-position)."""
    doc = verb.doc
    for noun in doc[verb.sent.start : verb.i]:
        if noun.right_edge.i != verb.i - 1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS_ALL:
            continue
        start = noun.left_edge.i
        if start > verb.sent.start and doc[start - 1].text == ",":
            return _noun_phrase(noun)
    return None


PERSON_NOUNS_ALL = PEOPLE_NOUNS | SOURCE_NOUNS | TITLE_NOUNS | PERSON_NOUNS
"""Nouns for a person or people, whoever they are."""
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "majorities", "percent"})
"""Nouns for a share of a group polled: "Less than a third agreed", "About 4 in 10 say"."""


def _share_before(verb: Token) -> SpacySpan | None:
    """ "About 4 in 10 say …", "Less than a third agreed …" parsed with no subject (the number hung on the verb as
    a modifier): the share that opens the sentence, with nothing else and no comma before the verb, is the
    speaker (rule quote.share-subject)."""
    doc = verb.doc
    words = [t for t in doc[verb.sent.start : verb.i] if not t.is_space]
    if not words or any(t.is_punct and t.text != "-" for t in words):
        return None
    if any(t.head.i >= verb.i and t.head != verb for t in words):
        return None
    if not any(t.like_num or t.lower_ in SHARE_WORDS for t in words if t.dep_ in ("nummod", "npadvmod", "quantmod")):
        return None
    return doc[words[0].i : words[-1].i + 1]


APPOSITION_INNER_DEPS = frozenset({"conj", "pobj", "prep"})
"""Links from the last word of an apposition up to its head: a second noun, a place after "in"."""


def _apposed_before(verb: Token) -> SpacySpan | None:
    """ "Alarmed by the unrest, Senator Ada Moss, the minority leader, said …" parsed with no subject (the name
    hung on the phrase before it): a name with its apposition between commas right before the verb is its
    subject (rule quote.apposed-subject)."""
    doc = verb.doc
    end = verb.i - 1
    while end > 0 and (doc[end].pos_ == "ADV" or (doc[end].head == verb and doc[end].dep_ in ("aux", "neg"))):
        end -= 1  # "…, bluntly suggested", "…, have said"
    if end < 2 or doc[end].text != ",":
        return None
    appos = doc[end - 1]
    while appos.dep_ != "appos" and appos.dep_ in APPOSITION_INNER_DEPS and appos.head.i < appos.i:
        # "Ada Moss, the club's president and general manager, said", "Col. Ada Moss, a spokeswoman in Tromsø,
        # said": up from the last word to the apposition it ends (rule quote.apposed-subject)
        appos = appos.head
    name = appos.head
    if _described_name(appos):
        start = name.left_edge.i  # "her senior adviser, Tom Hale, said" (rule quote.apposed-subject)
        # also right after a closing quote mark: '"…," its director-general, Tedros Adhanom Ghebreyesus, said'
        opens = doc[start - 1].text in (",", "\n", "\n\n") or doc[start - 1].is_space or doc[start - 1].tag_ == "''"
        if start == 0 or opens:
            return doc[start:end]
        return None
    if appos.dep_ != "appos" or name.pos_ != "PROPN" or not (appos.left_edge.i > name.i) or name.ent_type_ != "PERSON":
        if (described := _description_and_name(doc, end)) is not None:
            return described
        name = _name_before_relative(doc, end)
        if name is None:
            return None
    start = name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    if start == 0 or (doc[start - 1].text not in (",", "\n", "\n\n") and not doc[start - 1].is_space):
        return _apposition_alone(appos, end)
    return doc[start:end]


def _apposition_alone(appos: Token, end: int) -> SpacySpan | None:
    """ "In addition to Mr. Lund, two members of the council, Ada Moss and Piet Tolland, have said …": the name
    before the comma sits in a phrase of its own, so the people hung on it as an apposition are the subject (rule
    quote.apposed-subject)."""
    doc = appos.doc
    start = appos.left_edge.i
    if appos.dep_ != "appos" or doc[start - 1].text != "," or appos.head.dep_ != "pobj":
        return None
    phrase = doc[start:end]
    if appos.lemma_.lower() not in PERSON_NOUNS_ALL and not any(t.ent_type_ == "PERSON" for t in phrase):
        return None
    return phrase


def _description_and_name(doc: Doc, end: int) -> SpacySpan | None:
    """ "…on 9 April, a spokeswoman for the port, Ingrid Bakker, said": a noun for a person and the name after it,
    each between commas, which the parse hung on the clause before as two appositions (rule
    quote.apposed-subject)."""
    start = end - 1
    if doc[start].ent_type_ != "PERSON":
        return None
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if start < 3 or doc[start - 1].text != ",":
        return None
    noun = next((t for t in (doc[start - 2], *doc[start - 2].ancestors) if t.lemma_.lower() in PERSON_NOUNS_ALL), None)
    if noun is None or noun.pos_ != "NOUN" or noun.right_edge.i != start - 2:
        return None
    first = noun.left_edge.i
    return doc[first:end] if first > 0 and doc[first - 1].text == "," else None


def _described_name(appos: Token) -> bool:
    """A person's name in apposition after a noun for people ("her senior policy adviser, Tom Hale")."""
    noun = appos.head
    return (
        appos.dep_ == "appos"
        and appos.pos_ == "PROPN"
        and appos.ent_type_ == "PERSON"
        # "its director-general, Tedros …": the tagger may take a hyphenated title's last part for an adjective
        and (noun.pos_ == "NOUN" or (noun.pos_ == "ADJ" and noun.i > 0 and noun.doc[noun.i - 1].text == "-"))
        and noun.i < appos.i
        and noun.lemma_.lower() in PEOPLE_NOUNS
    )


def _name_before_relative(doc: Doc, end: int) -> Token | None:
    """ "Ada Moss, whose company runs the ferries, said …": the name before a "who"/"whose" clause that closes
    with the comma at ``end`` (rule quote.apposed-subject)."""
    sent_start = doc[end].sent.start
    for k in range(end - 2, sent_start, -1):
        if doc[k].text == "," and doc[k + 1].lower_ in ("who", "whose"):
            name = doc[k - 1]
            return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None
    return None


def _trailing_speaker(subject: Token, verb: Token) -> SpacySpan | None:
    """ "… talks with his counterpart Sergei Orlov, the Russian foreign ministry said": the parser made the name
    at the end of the content the subject and the ministry its apposition; the speaker is the ministry."""
    for appos in (c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1):
        if subject.i < verb.i and verb.doc[appos.left_edge.i - 1].text == "," and subject.left_edge.i > 0:
            if verb.doc[subject.left_edge.i - 1].pos_ in ("ADP", "NOUN", "ADJ", "PRON"):
                return verb.doc[appos.left_edge.i : appos.right_edge.i + 1]
    return None


def _before_verb(phrase: SpacySpan, verb: Token) -> SpacySpan:
    """A subject before its verb that the parse let run past it ("The pilots are wary of X, a plan the board
    dropped", with "a plan" in apposition to "pilots") ends before the verb and its auxiliaries."""
    if not phrase.start < verb.i < phrase.end:
        return phrase
    doc = verb.doc
    end = min([verb.i] + [c.i for c in verb.children if c.dep_ in AUX_DEPS and phrase.start < c.i < verb.i]) - 1
    return doc[phrase.start : _last_word(doc, phrase.start, end) + 1]


def _last_word(doc: Doc, floor: int, end: int) -> int:
    """The index of the last token from ``end`` back that is not punctuation or space, but not below ``floor``."""
    while end > floor and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def _noun_phrase(head: Token) -> SpacySpan:
    """The noun phrase under ``head`` without relative clauses hanging off it."""
    doc = head.doc
    cut = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    end = (min(c.left_edge.i for c in cut) - 1) if cut else head.right_edge.i
    start = head.left_edge.i
    for c in head.lefts:  # "Footage captured Hale telling …" misread as a modifier: a clause of its own before the noun
        if c.dep_ == "amod" and any(g.dep_ == "nsubj" for g in c.children):
            fired("quote.misread-modifier")
            start = c.right_edge.i + 1
    # "one Democrat familiar with the talks, who added …" whatever the clause hangs on
    end = next((k - 1 for k in range(start + 1, end) if doc[k].text == "," and doc[k + 1].tag_ in ("WP", "WDT")), end)
    end = _last_word(doc, start, end)
    if end + 1 < len(doc) and doc[end + 1].text == ")" and _opens_bracket(doc[start : end + 1]):
        end += 1  # "Sen. Ada Moss (D-Wash.)": the bracket the name opened is closed with it
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1  # (a live blog's time stamp is blanked before parsing: pipeline.TIME_STAMP)
    return doc[start : end + 1]


def _opens_bracket(span: SpacySpan) -> bool:
    """Whether ``span`` opens a round bracket that it does not close."""
    return sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span)


ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "brief", "notify", "caution", "ask"}
)
"""Reporting verbs whose object is whom they address ("…, Moss told reporters"), not what was said."""


def _left_clause_is_not_content(verb: Token, clause: Token, speaker: SpacySpan | None) -> bool:
    """ "…hemmed in by her record: She and her husband supported NAFTA" (rule quote.own-object): a clause before
    the verb is not what it reports when the verb has an object of its own after it (other than whom it
    addresses), or when a colon or a semicolon closes the clause ("Moss said the pier would close; the pilots have not
    responded": the parse may hang the first clause on the second's verb)."""
    doc = verb.doc
    # "…, explained press secretary Dmitry Peskov" parsed as an object: the speaker, not what is explained
    inverted = _inverted_subject(verb) if speaker is None else None
    own = speaker or (inverted if inverted is not None and _names_someone(inverted) else None)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (own is None or c not in own)]
    if objects and _lemma(verb) not in ADDRESSEE_VERBS:
        return True
    return any(doc[k].text in (":", ";") for k in range(clause.right_edge.i + 1, verb.i))


def _names_someone(span: SpacySpan) -> bool:
    """A name, a pronoun or a noun for a person or a source ("the spokesman", "officials")."""
    root = span.root
    if root.pos_ in ("PROPN", "PRON") or root.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return root.lemma_.lower() in PERSON_NOUNS | SOURCE_NOUNS | TITLE_NOUNS


BARE_ATTRIBUTION_VERBS = frozenset(
    {"say", "add", "report", "write", "note", "state", "announce", "confirm", "claim", "insist"}
)
"""Verbs that stand alone after what they report: "…, the army said in a statement"."""


def _bare_attribution(verb: Token, subject: SpacySpan) -> SpacySpan | None:
    """ "Hale resigned on Monday, and his deputy, Ada Moss, said in a statement", "…, or so the operator claimed"
    (rule quote.content-first): a verb that only attributes, with nothing after it but where or how, reports the
    words before it though joined to them by a conjunction; its subject speaks. When the parser also took a name
    inside those words for the subject ("… between A, and his counterpart, B, the army said"), the phrase after
    the last comma before the verb speaks."""
    doc = verb.doc
    if _lemma(verb) not in BARE_ATTRIBUTION_VERBS or subject.end > verb.i:
        return None
    if not all(t.is_punct or (t.head == verb and t.dep_ in ("aux", "advmod")) for t in doc[subject.end : verb.i]):
        return None  # only "has", "also" or a comma between the subject and the verb
    if not all(c.i < verb.i or c.dep_ in ("punct", "advmod") or _adjunct(c) for c in verb.children):
        return None
    commas = [t.i for t in subject if t.text == ","]
    if not commas or doc[verb.i - 1].text == ",":
        return subject  # "and his deputy, Ada Moss, said": the whole phrase
    phrase = doc[commas[-1] + 1 : verb.i]
    return phrase if _names_someone(phrase) else None


def _joined_by_cc(conj: Token) -> bool:
    """ "McCain backed it and Moss, as in the past, opposed the measure": an "and"/"but" between the conjunct and
    the one before it, however far (not the "nor" of "will neither confirm nor deny …, explained X")."""
    head = conj.head
    before = max([head.i] + [c.i for c in head.children if c.dep_ == "conj" and c.i < conj.i])
    return any(c.dep_ == "cc" and before < c.i < conj.i for c in head.children)


def _inverted_subject(verb: Token) -> SpacySpan | None:
    """ "…, explained presidential press secretary Dmitry Peskov": the name after the verb."""
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in ("nsubj", "dobj", "attr", "npadvmod")
            and child.pos_ in ("PROPN", "NOUN", "PRON")
        ):
            return _noun_phrase(child)
    return _subject_of_next_clause(verb)


def _subject_of_next_clause(verb: Token) -> SpacySpan | None:
    """ "“…,” said surveyor Ada Moss, asked about her claims …" (rule quote.inverted-misparsed): the parser made
    the name right after the verb the subject of the participle after the comma; it is the verb's inverted
    speaker."""
    doc = verb.doc
    for clause in verb.children:
        if clause.i <= verb.i or clause.dep_ not in ("ccomp", "advcl", "conj"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        phrase = _noun_phrase(subject)
        if phrase.end < len(doc) and doc[phrase.end].text == ",":
            fired("quote.inverted-misparsed")
            return phrase
    return None


SOURCING = re.compile(
    r"\b(?:on (?:the )?condition (?:of|that)|to be (?:identified|named)|to remain anonymous|"
    r"because (?:they|he|she) (?:was|were|is|are) not authori[sz]ed)\b",
    re.IGNORECASE,
)
"""What a source says about being quoted is not what it said."""


UNSAID = frozenset({"decline", "refuse"})
"""Reporting verbs that say nothing was said: "declined to comment", "refused donations"."""


def _speech_verb(verb: Token, sent: SpacySpan) -> Finding | None:
    lemma = _lemma(verb)
    if lemma == "ask" and (asked := asked_at(verb)) is not None:
        return _asked_finding(verb.doc, asked)  # "Asked whether a call was planned, X said …"
    if lemma == "ask" and (put := _question_put(verb)) is not None:
        return put
    if lemma == "ask" and _told_after_aside(verb):
        return None  # "Peskov, asked about a ceasefire, told …": a question put to the speaker (quote.asked-aside)
    if lemma == "cite":
        return _citing(verb)
    if lemma == "quote" and _quoting_a_source(verb):
        return None
    if lemma in NAMING_VERBS and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i < verb.i:
        fired("quote.naming")
        return None  # "a party called Anti-Prom", "a class named Perception": a name, not a remark
    if lemma == "blame" and verb.head.lemma_.lower() == "be" and any(c.lower_ == "to" for c in verb.lefts):
        fired("quote.to-blame")
        return None  # "who is to blame for the closures": who is at fault, not what anyone said
    if lemma in UNSAID:
        return None  # "declined to comment", "refused to say whom she met": nothing was said
    if _neither_confirmed_nor_denied(verb):
        fired("quote.neither-confirm-nor-deny")
        return None
    if verb.dep_ == "xcomp" and _lemma(verb.head) in UNSAID and _on_what_others_said(verb):
        fired("quote.declined")  # "declined to comment on reports that X met Y": the reports', not the decliner's
        return None
    finding = _speech_verb_finding(verb, sent)
    if finding is None:
        return None
    text = doc_text(verb.doc)
    if any(SOURCING.search(text[s:e]) for s, e in finding.ranges):
        return None
    return finding


QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
"""Verbs whose "when"/"whether" clause is the question asked, not its occasion."""
OCCASION_WORDS = frozenset({"when", "while", "as", "after", "before", "because", "since", "until", "once"})
"""Words that open a clause telling when or why something was said, not what."""


def _quotation_before(verb: Token, sent: SpacySpan) -> bool:
    """Whether a quotation closes between the sentence's start and ``verb`` ("“…,” Marsh, the front-runner,
    said when …"): the quoted words are what the verb reports."""
    return any(t.is_quote for t in verb.doc[sent.start : verb.i]) and sent[0].is_quote


def _occasion_clause(verb: Token, clause: Token) -> bool:
    """ "“…,” Marsh said when a reporter asked her about the strike" (rule quote.occasion-not-content): after a
    quotation, a clause after the verb opened by "when", "after", "as" … tells the occasion; the parser may hang
    it on the verb as its complement."""
    if clause.i < verb.i or _lemma(verb) in QUESTION_VERBS:
        return False
    first = clause.left_edge
    if first.lower_ not in OCCASION_WORDS or first.head != clause or first.dep_ not in ("advmod", "mark"):
        return False
    fired("quote.occasion-not-content")
    return True


def _reduced_relative(verb: Token) -> Token | None:
    """ "Mr Haddad, now retired in Beirut, told the Tribune that …" (rule quote.reduced-relative): the parser reads
    "Haddad … retired" as a clause the verb reports; a participle set off by commas between a noun and the verb
    describes the noun, which is the verb's subject. The participle's clause, or None."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    if clause.tag_ != "VBN" and (clause.tag_ != "VBD" or any(c.dep_ in ("dobj", "ccomp") for c in clause.children)):
        return None  # "Moss, the harbour master, met Hale on Monday, …": a clause of its own
    if _lemma(clause) == "ask":
        return None  # "Peskov, asked about a ceasefire, told …": a question put to him (quote.asked-aside)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or not any(t.text == "," for t in doc[subject.i + 1 : clause.i]):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None  # "Moss, who has retired, …" is no participle; "The pier has closed, Moss said" is content
    fired("quote.reduced-relative")
    return clause


def _speaker_read_into_quotation(verb: Token, clause: Token) -> bool:
    """ "“…,” William Daley, the president's former chief of staff, said.": a verb with no subject whose reported
    clause, a quotation before it, runs on past the closing mark to a name the parser apposed to the quoted
    words; the name is the speaker (rule quote.speaker-read-into-quotation)."""
    doc = verb.doc
    if clause.i > verb.i:
        return False
    closing = max((t.i for t in doc[clause.left_edge.i : verb.i] if t.is_quote), default=None)
    if closing is None or clause.right_edge.i <= closing:
        return False
    return any(t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") for t in doc[closing + 1 : verb.i])


def _quotation_then_speaker(verb: Token, sent: SpacySpan) -> Finding | None:
    """ "“…,” Marsh, the front-runner, said when …" with the parse's subject inside the quotation: the
    quotation is the content and the words between its closing mark and the verb name the speaker."""
    doc = verb.doc
    closing = max(t.i for t in doc[sent.start : verb.i] if t.is_quote)
    if closing == sent.start or verb.i - closing > MAX_TRAILING_SPEAKER:
        return None
    content = _trimmed(doc, sent.start, closing)
    named = _trimmed(doc, closing + 1, verb.i - 1)
    if content is None or named is None:
        return None
    speaker = doc.char_span(*named, alignment_mode="expand")
    if speaker is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
        return None
    return Finding(QuoteKind.INDIRECT, [content], _cue(verb), speaker, shaped_by=["quote.reported-clause"])


MAX_TRAILING_SPEAKER = 16
"""Tokens a speaker after a quotation may take before its verb, a description in apposition included."""


def _neither_confirmed_nor_denied(verb: Token) -> bool:
    """ "would neither confirm nor deny that the envoys had met", "would not confirm or deny it": the pair says
    nothing of the clause; the events keep it as a confirmation status, not a quote."""
    first = verb.head if verb.dep_ == "conj" else verb
    pair = {first.lemma_.lower()} | {c.lemma_.lower() for c in first.children if c.dep_ == "conj"}
    if pair != {"confirm", "deny"}:
        return False
    return any(c.lower_ == "neither" or c.dep_ == "neg" for c in first.children)


NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "nickname"})
"""Verbs that, as a participle after a noun, give the thing its name (rule quote.naming)."""


QUESTION_MARKS = frozenset({"if", "whether"})


def _question_put(verb: Token) -> Finding | None:
    """ "He asked the workers if they planned to vote" (rule quote.asked-if): the parser hangs an if- or
    whether-clause after the person asked on the verb as an adverbial; it is the question, not the person."""
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)
        ),
        None,
    )
    if clause is None or not any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children):
        return None
    span = _trimmed(verb.doc, clause.left_edge.i, clause.right_edge.i)
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), _subject(verb), rule="quote.asked-if")


def _asked_finding(doc: Doc, asked: Asked) -> Finding | None:
    """ "Asked by Moss whether a call was planned, …" (rule quote.asked): the question, attributed to its asker
    if "by" names one (``_apart_from_questions`` decides whether it is kept)."""
    span = _trimmed(doc, *asked.content)
    if span is None:
        return None
    first, last = doc[asked.cue[0]], doc[asked.cue[1]]
    return Finding(QuoteKind.INDIRECT, [span], (first.idx, last.idx + len(last)), asked.asker, rule="quote.asked")


def _citing(verb: Token) -> Finding | None:
    """ "…, he said, citing the plant closures" (rule quote.citing): what is cited is the speaker's ground,
    attributed to whoever cites it; citing a source ("citing officials") names the source and attributes
    nothing of its own."""
    doc = verb.doc
    speaker = _subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if speaker is None or obj is None or _a_source(obj):
        return None
    end = max([obj.right_edge.i] + [c.right_edge.i for c in verb.children if c.i > obj.i and c.dep_ == "prep"])
    span = _trimmed(doc, obj.left_edge.i, _cut_trailing(doc, obj.left_edge.i, end, obj.i))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), speaker, rule="quote.citing")


def _a_source(obj: Token, *, documents: bool = True) -> bool:
    """Whether what is cited or quoted is a source, not a ground: a person or a body ("citing officials", "quoting
    witnesses"), or, with ``documents``, a document or data ("citing a report")."""
    if obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lower_ in SOURCE_NOUNS:
        return True
    return documents and (obj.lower_ in CITED_SOURCES or obj.lemma_.lower() in DOCUMENT_NOUNS | CITED_SOURCES)


def _quoting_a_source(verb: Token) -> bool:
    """ "…, quoting witnesses, …" (rule quote.citing): a participle that names who the words come from, a person
    or people, as "citing" does, quotes nothing of its own; "quoting the minister's statement" quotes it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if verb.tag_ != "VBG" or obj is None or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return _a_source(obj, documents=False)


def _speech_verb_finding(verb: Token, sent: SpacySpan) -> Finding | None:
    doc = verb.doc
    lemma = _lemma(verb)
    if _reason_infinitive(verb.head, verb):
        return None  # "…, said on condition of anonymity to discuss the talks": why the name is withheld
    if (quoted := _quoted_as_saying(verb)) is not None:
        return quoted
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and _as_saying(verb.head.head) == verb:
        return None  # "quoted Moss as saying …": the finding of "quoted"
    speaker = _subject(verb) or _inverted_intro(verb)
    if (as_reported := _as_reported(verb, sent, speaker)) is not None:
        return as_reported
    aside = _asked_aside(verb)
    clauses = [
        c
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS
        and c != aside
        and c.pos_ in ("VERB", "AUX")
        and not _reason_infinitive(verb, c)
        and not (c.dep_ == "xcomp" and lemma in LEARNING_VERBS)  # "learn to sail": a skill, not a belief
    ]
    if (reduced := _reduced_relative(verb)) is not None:
        clauses = [c for c in clauses if c != reduced]
    if clauses and _quotation_before(verb, sent):
        kept = [c for c in clauses if not _occasion_clause(verb, c)]
        if not kept and len(clauses) == 1:
            return _quotation_then_speaker(verb, sent)
        if speaker is None and len(kept) == 1 and _speaker_read_into_quotation(verb, kept[0]):
            fired("quote.speaker-read-into-quotation")
            return _quotation_then_speaker(verb, sent)
        clauses = kept
    if not clauses and (nonverbal := _nonverbal_clause(verb)) is not None:
        clauses = [nonverbal]
    if not clauses and (stray := _stray_clause(verb)) is not None:
        clauses = [stray]
    if not clauses and (told := _clause_on_addressee(verb)) is not None:
        clauses = [told]
        fired("quote.clause-on-addressee")
    if not clauses and (adverbial := _that_adverbial(verb)) is not None:
        clauses = [adverbial]
        fired("quote.that-adverbial")
    right = [c for c in clauses if c.i > verb.i]
    # "…paying off: He said he's raised …": the clause after a verb whose subject precedes it
    clause = right[0] if right and speaker is not None and speaker.start < verb.i else next(iter(clauses), None)
    if clause is not None and clause.i < verb.i and _left_clause_is_not_content(verb, clause, speaker):
        fired("quote.own-object")
        clause = None
    if clause is not None and clause.dep_ == "xcomp" and speaker is None:
        clause = None
    if clause is not None and _shown_saying(verb, clause):
        return None
    if clause is not None:
        if clause.i < verb.i and speaker is None:
            speaker = _inverted_subject(verb)
        span, shaped = _clause_span(verb, clause)
        if span is None:
            return None
        if clause.i > verb.i and (more := _continued_clause(verb, clause)) is not None:
            span = (span[0], more)
        ranges = [span]
        if clause.i > verb.i and (fronted := _fronted_clause(verb, clause, speaker)) is not None:
            ranges.insert(0, fronted)
            shaped.append("quote.fronted-clause")
        elif clause.i > verb.i and (subject := _subject_before_inverted(verb, clause, speaker)) is not None:
            ranges.insert(0, subject)
            shaped.append("quote.aside-in-subject")
        return Finding(QuoteKind.INDIRECT, ranges, _cue(verb), speaker, shaped_by=["quote.reported-clause", *shaped])
    head = verb.head
    if (
        verb.dep_ in ("parataxis", "ccomp", "conj", "advcl")
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and verb.tag_ not in ("VBG", "VB")
        and not any(c.dep_ == "mark" for c in verb.children)  # "…, X said that he spoke …": a complement
        and not any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children)  # "…, said when Moss asked him"
        and not (verb.dep_ == "ccomp" and _lemma(head) in SPEECH_CUES)  # "…, said the two men had agreed"
    ):
        # content first, attribution after: "Talks may resume, the sources added."
        if any(doc[i].text == "," or doc[i].is_quote for i in range(max(verb.left_edge.i - 2, sent.start), verb.i)):
            own = next((_noun_phrase(c) for c in verb.children if c.dep_ == "nsubj"), None)
            # a coordinated predicate ("…, but admitted X") shares its head's subject: X is not a speaker
            coordinated = verb.dep_ == "conj" and (doc[verb.i - 1].dep_ == "cc" or _joined_by_cc(verb))
            if coordinated and own is not None and (bare := _bare_attribution(verb, own)) is not None:
                coordinated, own = False, bare  # "… between A, and his counterpart, B, the army said in a statement"
            own_speaker = None if coordinated else own or _inverted_subject(verb)
            # "…, but Moss learned from it", "…, and neither side has briefed journalists": a clause joined by a
            # conjunction tells of something else, never of the words before it
            if own_speaker is not None and not _has_right_content(verb, own_speaker):
                span = _trimmed(doc, max(head.left_edge.i, sent.start), verb.left_edge.i - 1)
                if span is not None:
                    resumed = _resumed_content(verb, sent)
                    ranges = [span] if resumed is None else [span, resumed]
                    rule = None if resumed is None else "quote.resumed-content"
                    return Finding(
                        QuoteKind.INDIRECT,
                        ranges,
                        _cue(verb),
                        own_speaker,
                        rule=rule,
                        shaped_by=["quote.content-first"],
                    )
    if finding := _parenthetical(verb, sent, speaker):
        return finding
    if speaker is not None and lemma not in OBJECT_CONTENT_VERBS and (said := _said_object(verb, speaker)) is not None:
        return said
    if speaker is None and (passive := _agentless_passive(verb)) is not None:
        return passive
    if (passive := _agent_passive(verb)) is not None:
        return passive
    if lemma in OBJECT_CONTENT_VERBS and (speaker is not None or _extraposed(verb)) and not _purpose(verb):
        right = [
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod")
            and (not _adjunct(c) or _completes_object(c))
        ]
        if lemma in ADDRESSING_VERBS | {"call"}:  # "spoke to reporters about …", "called on Congress to …"
            right = [c for c in right if not (c.dep_ == "prep" and c.lower_ in ("to", "on"))]
        if lemma in WRITING_VERBS:  # not "tweeted a link to a story": that "to" belongs to the object
            objects_at = [c.i for c in right if c.dep_ == "dobj"]
            written = [c for c in right if not (_written_where(c) and c.i < min(objects_at, default=len(doc)))]
            if len(written) < len(right):
                fired("quote.written-where")
            right = written
        topics = TOPIC_PREPS if lemma in ADDRESSING_VERBS else TOPIC_PREPS | {"to"}  # "referred to", not "spoke to"
        if lemma in TOPIC_VERBS and not any(c.dep_ == "dobj" or c.lower_ in topics for c in right):
            return None  # "speaking in Warsaw" says where, not what
        if lemma in ADDRESSING_VERBS and any(c.dep_ == "dobj" and _a_language(c) for c in right):
            fired("quote.language-spoken")
            return None  # "who speaks fluent English", "speaks three languages": a skill, not a remark
        if right and lemma in VERDICT_VERBS and _only_the_story(right):
            # "confirmed the call", "denied reports that he had spoken to X": a verdict on a story, which the
            # events keep as a confirmation; what the reports said is not the speaker's
            return None
        if right and all(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in right):
            fired("quote.stranded-preposition")
            return None  # "a fight they never asked for": a preposition with nothing after it reports nothing
        predicates = _object_predicates(verb, right)
        if lemma == "call" and not predicates and (_called_not_named(right) or called_in(verb)):
            fired("quote.call-without-name")
            return None  # "Moss called Hale": a phone call, no name given
        if right:
            first, last = right[0].left_edge.i, max(c.right_edge.i for c in right + predicates)
            cue = _cue(verb)
            prep = right[0] if right[0].lower_ in CUE_PREPS else None
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
            between = doc[verb.i + 1 : right[0].i]
            if objects and (
                doc[verb.i + 1].dep_ == "prt" or all(t.head == verb and t.dep_ in ("prt", "advmod") for t in between)
            ):
                # "referred to the plan", "railed against the deal", "wrote recently about the fares": the
                # preposition is part of the cue (rule quote.prepositional-object)
                first, cue = objects[0].left_edge.i, (cue[0], right[0].idx + len(right[0]))
            last = _second_act_before(verb, first, last)
            span = _trimmed(doc, first, _cut_trailing(doc, first, last, right[0].i))
            if span is not None:
                rule = "quote.prepositional-object" if first != right[0].left_edge.i else None
                object_end = doc[max(c.right_edge.i for c in right)]
                if predicates and span[1] > object_end.idx + len(object_end):  # characters, not tokens
                    rule = "quote.object-predicative"
                shaped = ["quote.object-content"]
                if any(_adjunct(c) and c.left_edge.idx < span[1] for c in right):
                    shaped.append("quote.object-complement")
                return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=rule, shaped_by=shaped)
    return _trailing_attribution(verb, sent, speaker)


def _on_what_others_said(verb: Token) -> bool:
    """ "comment on reports that …", "respond to claims that …": the that-clause tells what the reports claim."""
    return any(
        prep.dep_ == "prep" and noun.dep_ == "pobj" and any(c.dep_ in ("acl", "ccomp") for c in noun.children)
        for prep in verb.children
        for noun in prep.children
    )


def _second_act_before(verb: Token, first: int, last: int) -> int:
    """ "touting her record upstate and pounding him on guns downstate" (rule quote.second-act): a verb in the
    reporting verb's own form, joined by "and" or "but" to a noun of what the parser made its object, is the
    speaker's next act; the content ends before it. The content's new last token."""
    doc = verb.doc
    for t in doc[first : last + 1]:
        if t.dep_ != "conj" or t.pos_ != "VERB" or t.tag_ != verb.tag_ or t.head.pos_ in ("VERB", "AUX"):
            continue  # "projects like installing panels and giving credits": a list of acts inside the content
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        k = t.left_edge.i - 1
        if k <= first or doc[k].dep_ != "cc":
            continue
        while k > first and (doc[k].dep_ == "cc" or doc[k].is_punct):
            k -= 1
        fired("quote.second-act")
        return k
    return last


PASSIVE_COMPLEMENT_PREPS = frozenset({"as", "for", "of"})
NOT_AGENT_PASSIVE = frozenset(
    {"attack", "blast", "call", "quote", "show", "seek", "want", "write", "post", "publish", "email", "tweet"}
    | {"retweet", "pen", "issue", "ask", "explain", "highlight", "demonstrate", "announce"}
)
"""Verbs whose passive with "by" tells of a deed, of authorship, of a cause or of news given out ("was attacked by
gunmen", "a letter written by the mayor", "is explained by the rules", "dates will be announced by the office"),
or asks (questions are their own rule), not of a stand the agent took on the subject."""


def _agent_passive(verb: Token) -> Finding | None:
    """ "The timetable was criticized by the pilots' union", "the mayor, endorsed by the ferry union, …", "the plan,
    which was praised by the harbour master" (rule quote.agent-passive): a reporting verb whose object says what was
    said or the stand taken, in the passive with "by" someone: the agent said it of the subject (with an "as" or
    "for" phrase after the verb). Not a share ("backed by 60 percent of voters"), a channel ("by telephone"), "by
    it", nor a deed or authorship (``NOT_AGENT_PASSIVE``)."""
    if verb.tag_ != "VBN" or _lemma(verb) not in AGENT_PASSIVE_VERBS:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    holders = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
    if (
        not holders
        or holders[0].lower_ in CHANNEL_NOUNS
        or (holders[0].pos_ == "PRON" and not takes_a_stand(holders[0]))
    ):
        return None
    if is_a_share(list(holders[0].subtree)):
        return None  # "backed by 60 percent of voters": a share polled
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is not None and subject.lemma_.lower() in REMARK_NOUNS and _noun_cue(subject) is not None:
        return None  # "his claim that no ransom was paid was echoed by …": the claim is its maker's (quote.noun-cue)
    if subject is not None and subject.tag_ not in RELATIVE_TAGS:
        said = _noun_phrase(subject)
    elif verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        said = _noun_phrase(verb.head)  # "the plan, (which was) praised by …": the noun the clause describes
    else:
        return None
    if said[0].pos_ == "PRON" and len(said) == 1:
        return None  # "it was praised by …": only a pronoun
    if _lemma(verb) == "welcome" and takes_a_stand(said.root):
        return None  # "the consul was welcomed by the provost": a visitor received, which the events keep
    head = _trimmed(doc, said.start, said.end - 1)
    if head is None:
        return None
    ranges = [head]
    complement = next(
        (c for c in verb.children if c.i > agent.i and c.dep_ == "prep" and c.lower_ in ("as", "for")), None
    )
    if complement is not None and (rest := _trimmed(doc, complement.i, complement.right_edge.i)) is not None:
        ranges.append(rest)
    return Finding(QuoteKind.INDIRECT, ranges, _cue(verb), _noun_phrase(holders[0]), rule="quote.agent-passive")


def _agentless_passive(verb: Token) -> Finding | None:
    """ "The levy has been widely criticized as a tax on fishing", "the pilot was accused of sinking the ferry" (rule
    quote.agentless-passive): a judging or disclosing verb in the passive with no agent attributes its subject,
    with the "as", "for" or "of" phrase or predicate after the verb, to no one named."""
    if verb.tag_ != "VBN" or _lemma(verb) not in PASSIVE_JUDGEMENTS or verb.dep_ in ("acl", "relcl", "amod"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return None
    doc = verb.doc
    head = _trimmed(doc, subject.left_edge.i, subject.right_edge.i)
    if head is None:
        return None
    ranges = [head]
    complement = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("oprd", "xcomp", "attr") or (c.dep_ == "prep" and c.lower_ in PASSIVE_COMPLEMENT_PREPS))
        ),
        None,
    )
    if complement is not None:
        first = complement.i + 1 if complement.dep_ == "prep" else complement.left_edge.i
        if (rest := _trimmed(doc, first, complement.right_edge.i)) is not None:
            ranges.append(rest)
    cue_start = min(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)
    cue_end = complement.i if complement is not None and complement.dep_ == "prep" else verb.i
    first_tok, last_tok = doc[cue_start], doc[cue_end]
    cue = (first_tok.idx, last_tok.idx + len(last_tok))
    return Finding(QuoteKind.INDIRECT, ranges, cue, None, rule="quote.agentless-passive")


WRITING_VERBS = frozenset({"write", "email", "tweet"})
"""Verbs of writing, whose "to", "with" and "on Twitter" say to whom, with whom and where, not what."""


def _written_where(child: Token) -> bool:
    """ "wrote to investors", "wrote with Ada Berg", "wrote on Twitter" (rule quote.written-where): whom a piece
    was written to, the name of who wrote it with, or the site it went out on (``PLATFORM_NAMES``), is not what
    it said."""
    if child.dep_ not in ("prep", "dative"):
        return False
    if child.lower_ == "to":
        return True
    objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if child.lower_ == "with":  # "wrote with Ada Berg"; not "tweeted with “Not us!”"
        return bool(objects)
    # "wrote on Twitter"; not "wrote on Brexit", "has written on China": a topic
    return child.lower_ == "on" and any(g.lower_ in PLATFORM_NAMES for g in objects)


NAME_GIVING_DEPS = frozenset({"appos", "oprd", "attr", "npadvmod", "conj", "dobj", "acomp"})
"""Links inside an object that may carry the name given to it ("called the senator “the next Washington”")."""


def _called_not_named(right: list[Token]) -> bool:
    """ "Moss called Hale on Tuesday", "called Mr. Lund", "called him" (rule quote.call-without-name): "call" with
    one name or a pronoun as its only object, and nothing that could be a name given to it, is a telephone call,
    not a remark. ("called a referendum" stays: a decision announced; so does "called Moss Pocahontas", which may
    give a nickname.)"""
    if len(right) != 1 or right[0].dep_ not in ("dobj", "oprd"):  # "called Museveni": the parse may say oprd
        return False
    obj = right[0]
    # "called Col. Ana Ruiz, the former commander, …": who the person called is, not a name given
    described = {
        t.i
        for c in obj.children
        if c.dep_ == "appos" and c.i > obj.i and c.lemma_.lower() in PEOPLE_NOUNS | TITLE_NOUNS
        for t in c.subtree
    }
    words = [t for t in obj.subtree if not t.is_punct and t.i not in described]
    if any(t.is_quote or (t.dep_ in NAME_GIVING_DEPS and t != obj) for t in obj.subtree if t.i not in described):
        return False
    if obj.pos_ == "PRON":
        return True
    # one name, after a courtesy title at most: "called Moss Pocahontas" may be a nickname given
    titled = len(words) == 2 and words[0].lower_.rstrip(".") in COURTESY_TITLES
    if words and words[0].lower_ in TITLE_ABBREVIATIONS:
        words = words[1:]  # "called Col. Ana Ruiz"
    # a full name the tagger holds as one person: "called Paul Kagame"
    full_name = len(words) in (2, 3) and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words)
    return obj.pos_ == "PROPN" and (len(words) == 1 or titled or (full_name and _one_entity(words)))


def _one_entity(words: list[Token]) -> bool:
    first = entity_at(words[0])
    return first is not None and all(entity_at(t) == first for t in words)


def _object_predicates(verb: Token, right: list[Token]) -> list[Token]:
    """ "described the ferry as beset by problems", "a survey shows the mayor at 40 percent" (rule
    quote.object-predicative): what the verb predicates of its object after it, which the parse hangs on the verb
    as if it said when or how, is part of what is reported: an "as" clause with no subject of its own, or a
    phrase that places the object on a scale (a number or a share)."""
    obj = next((c for c in right if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    return [
        child
        for child in verb.children
        if child.i > obj.right_edge.i
        and child not in right
        and (
            (child.dep_ == "advcl" and _marked(child, "as") and not _has_subject(child))
            or (child.dep_ == "prep" and any(_a_figure(g) for g in child.children if g.dep_ == "pobj"))
        )
    ]


def _marked(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _a_language(noun: Token) -> bool:
    """A language or languages: "English", "fluent Arabic", "three languages"."""
    return noun.lemma_.lower() == "language" or noun.ent_type_ in ("LANGUAGE", "NORP")


def _a_figure(noun: Token) -> bool:
    """A share or an amount ("40 percent", "$2 million"), not a count of things ("two meetings")."""
    return noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")


TRAILING_TAIL_DEPS = frozenset({"npadvmod", "prep", "advmod", "punct", "agent"})
"""What may follow a closing attribution: when, where, how ("…, he said on Monday in an interview.")."""
MIN_TRAILING_WORDS = 3
SAID_WORDS = frozenset({"so", "enough", "yes", "no", "otherwise", "nothing", "little", "much"})
"""What a trailing "said" may take as its own words: "Mexico said enough"."""


def _trailing_attribution(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "Pilots who take on heavy debt struggle, even with a “good” boat, he said." (rule
    quote.trailing-attribution): a sentence that closes with a comma, a subject and a finite reporting verb (and
    at most when, where or how) reports all that comes before the comma, however the parser hung it."""
    doc = verb.doc
    if speaker is None or verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS or _lemma(verb) not in SPEECH_VERBS:
        return None
    if speaker.start <= sent.start + 1 or doc[speaker.start - 1].text != "," or speaker.end > verb.i:
        return None
    end = sent.end
    while end > verb.i + 1 and doc[end - 1].is_space:
        end -= 1  # the paragraph break a sentence ends with
    if doc[end - 1].text not in (".", "!", "?"):
        return None  # "In a televised address, Moss said:" introduces what follows
    for t in doc[verb.i + 1 : end]:
        while t.head != verb and t.head != t:
            t = t.head
        if t.head != verb or t.dep_ not in TRAILING_TAIL_DEPS or t.lower_ in SAID_WORDS:
            return None  # the verb has words of its own after it: "Then, last week, Moss called the plan …"
    span = _trimmed(doc, sent.start, speaker.start - 2)
    if span is None or _words(doc_text(doc), *span) < MIN_TRAILING_WORDS:
        return None
    before = doc.char_span(*span, alignment_mode="expand") or doc[0:0]
    if not any(t.tag_ in FINITE_TAGS | {"MD"} for t in before):
        return None  # "After the vote, he said.", "Speaking to students, Moss said.": no finite clause before it
    opener = next((t for t in before if t.dep_ != "cc"), None)
    if opener is not None and opener.dep_ in ("mark", "advmod") and opener.head.dep_ == "advcl":
        if opener.head.right_edge.i >= before.end - 1:
            return None  # "But when Congress cut the funds, Mexico said enough.": a clause of when, not what
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), speaker, rule="quote.trailing-attribution")


def _said_object(verb: Token, speaker: SpacySpan) -> Finding | None:
    """ "Most voters say the same of the mayor", "everyone but Moss said yes" (rule quote.say-object): the object
    of "say" after it, unless a pronoun, is what was said, with what the parser hung on the verb after it (not
    when or where: "said on Monday", "said in a statement", nor "said to reporters"). Also the subject of a clause
    the parser read as the object ("says the rise in fares that Varga decries makes the ferry less popular")."""
    if verb.lemma_.lower() != "say" or speaker.start > verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c not in speaker), None)
    if obj is None or obj.pos_ == "PRON":
        return None  # "said it", "won't say anything": what was said is elsewhere, or nothing
    doc = verb.doc
    last = max(
        [obj.right_edge.i]
        + [
            c.right_edge.i
            for c in verb.children
            if c.i > obj.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl") and not _adjunct(c) and c.lower_ != "to"
        ]
    )
    span = _trimmed(doc, obj.left_edge.i, _cut_trailing(doc, obj.left_edge.i, last, obj.i))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), speaker, rule="quote.say-object")


def _fronted_clause(verb: Token, clause: Token, speaker: SpacySpan | None) -> tuple[int, int] | None:
    """ "If the pier closes, Moss said on Monday, the town will lose its ferry" (rule quote.fronted-clause): an
    adverbial clause with a conjunction of its own ("if", "when", "because"), set off by a comma right before the
    speaker of an attribution that commas set off, belongs to what is reported: it is its first part."""
    doc = verb.doc
    first = clause.left_edge.i
    if speaker is None or speaker.start >= verb.i or "," not in (doc[first].text, doc[first - 1].text):
        return None
    for fronted in verb.children:
        if fronted.i > speaker.start or not (_fronted_adverbial(fronted) or _fronted_subject(fronted, clause)):
            continue
        end = fronted.right_edge.i
        if end + 2 == speaker.start and doc[end + 1].text == ",":
            if fronted.dep_ == "dep":
                fired("quote.aside-in-subject")
            return _trimmed(doc, fronted.left_edge.i, end)
    return None


def _subject_before_inverted(verb: Token, clause: Token, speaker: SpacySpan | None) -> tuple[int, int] | None:
    """ "The decision, said Agriculture Secretary Faith Njoroge, was final" (rule quote.aside-in-subject): with the
    speaker after the verb, the subject before the comma and the verb is the reported clause's, which has none."""
    doc = verb.doc
    if speaker is None or speaker.start <= verb.i or _has_subject(clause):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "dep") and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or doc[verb.i - 1].text != ",":
        return None
    end = subject.right_edge.i
    while end > subject.i and doc[end].is_punct:
        end -= 1  # the comma the parse hung on the subject
    if end + 2 != verb.i:
        return None
    return _trimmed(doc, subject.left_edge.i, end)


def _fronted_adverbial(fronted: Token) -> bool:
    """ "If the pier closes, Moss said …": an adverbial clause with a conjunction of its own, not a reporting one."""
    return (
        fronted.dep_ == "advcl"
        and _lemma(fronted) not in SPEECH_CUES
        and any(c.dep_ == "mark" and c.lower_ != "as" for c in fronted.children)
    )


def _fronted_subject(fronted: Token, clause: Token) -> bool:
    """ "The cuts, the minister told parliament, were unavoidable", parsed with the reporting verb as the root
    (rule quote.aside-in-subject): the noun before the speaker is the subject the reported clause lacks."""
    return fronted.dep_ == "dep" and fronted.pos_ in ("NOUN", "PROPN", "PRON") and not _has_subject(clause)


TOPIC_PREPS = frozenset({"about", "of", "on"})
CUE_PREPS = frozenset({"about", "to", "for", "against", "of", "with", "at"})
"""Prepositions that join a reporting verb's cue ("talked about", "called for", "railed against")."""
ADDRESSING_VERBS = frozenset({"speak", "talk"})
"""Topic verbs whose "to" names the one spoken to, not the topic."""


def _as_reported(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "As the Post reported, the mayor would then need …" (rule quote.as-reported): the clause the "as"
    clause opens is what was reported."""
    if verb.dep_ != "advcl" or speaker is None or verb.head.i < verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    end = verb.head.right_edge.i
    last = verb.right_edge
    if end <= last.i or (last.text != "," and verb.doc[last.i + 1 : last.i + 2].text != ","):
        return None  # "as X reported" must end at a comma
    span = _trimmed(verb.doc, verb.right_edge.i + 1, min(end, sent.end - 1))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], _cue(verb), speaker, shaped_by=["quote.as-reported"])


VERDICT_VERBS = {"confirm", "deny", "acknowledge", "dismiss", "reject", "refute", "dispute", "comment"}
AGENT_PASSIVE_VERBS = (OBJECT_CONTENT_VERBS | PASSIVE_JUDGEMENTS) - NOT_AGENT_PASSIVE - VERDICT_VERBS
"""Verbs whose passive with "by" is the agent's stand (rule quote.agent-passive); not a verdict ("the meeting was
confirmed by the ministry": the events keep it as a confirmation)."""
STORY_WORDS = {"report", "reports", "it", "this", "that", "them", "claim", "claims", "story", "account", "speculation"}


def _only_the_story(objects: list[Token]) -> bool:
    """The object is the story or the contact itself: "the call", "the report", "it", "the meeting"."""
    return all(o.dep_ == "dobj" and (o.lower_ in STORY_WORDS or o.lemma_.lower() in NOUN_MODES) for o in objects)


ADJUNCT_PREPS = set("during at in after before since until amid following ahead throughout within from".split())
PHRASE_AFTER_STOPS = frozenset(
    ADJUNCT_PREPS | {"by", "per", "through", "via", "toward", "towards", "under", "upon", "among", "outside", "near"}
)
"""Prepositions whose phrase after a content says when, where, how or by whom it was said (rule
quote.phrase-after)."""
ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def _sets_scene(prep: Token) -> bool:
    """A phrase after a content that says when, where, through what or to whom it was said ("on the radio", "on
    condition of anonymity", "to the committee", "to Moss"), not more of what was said."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in PHRASE_AFTER_STOPS or not objects:
        return True
    for g in objects:
        if g.ent_type_ in SETTING_ENTITIES or g.lemma_.lower() in OCCASION_NOUNS | CHANNEL_NOUNS | SCENE_NOUNS:
            return True
        if prep.lower_ == "to" and (g.ent_type_ in ADDRESSEE_ENTITIES or g.lemma_.lower() in AUDIENCE_NOUNS):
            return True
    return False


def _adjunct(child: Token) -> bool:
    """When, where or by whom rather than what: "spoke on Sunday", "tweeted during the debate", "backed by most"."""
    if child.dep_ in ("agent", "advcl", "prt"):
        return True
    if child.dep_ != "prep":
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return child.lower_ in ADJUNCT_PREPS or any(g.ent_type_ in ("DATE", "TIME") for g in objects)


OBJECT_PHRASE_PREPS = frozenset({"in", "from", "within"})
"""Prepositions of a phrase that may say more of the object ("her stance in support of …") as well as where."""
SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def _completes_object(child: Token) -> bool:
    """ "decried the council's calls to close the harbour", "announced a concert in support of the dockers" (rule
    quote.object-complement): an infinitive or an "in" or "from" phrase right after the object, which the parser
    hung on the verb as if it said what for or where, completes the object's noun; a phrase naming a time, a place
    or the occasion ("in an interview") still says where or when. An infinitive right after a prepositional
    object that is not itself a setting completes it too ("talked of reforms to protect the workers")."""
    doc = child.doc
    before = doc[child.left_edge.i - 1]
    if not any(
        c.right_edge.i == before.i
        and ((c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ == "prep" and c.i > c.head.i and not _adjunct(c)))
        for c in child.head.children
    ):
        return False
    if child.dep_ == "advcl":
        return child.tag_ == "VB" and child.left_edge.lower_ == "to" and not _marked(child, "to")
    if child.dep_ != "prep" or child.lower_ not in OBJECT_PHRASE_PREPS:
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return bool(objects) and not any(
        g.ent_type_ in SETTING_ENTITIES or g.lemma_.lower() in OCCASION_NOUNS | PUBLISHED_WORKS | DOCUMENT_NOUNS
        for g in objects
    )


def _nonverbal_clause(verb: Token) -> Token | None:
    """A reported clause whose head the tagger made no verb: "said the pier is best suited to small boats" (rule
    quote.adjectival-clause: an adjective after the verb, with a subject and a finite auxiliary of its own; "found
    himself alone" has none), "The closure of the pier signals “the end of an era” for the town, Moss said" (rule
    quote.noun-headed-clause: a noun or adjective heading the clause before a trailing attribution), "said the spate
    of shootings demands that …" (rule quote.verb-tagged-noun: a verb in "-s" the tagger read as a plural noun, with a
    subject before it and an object or a clause after it), "said that the ruling raises the need to …" parsed with
    "raises" a noun and "need" the head (rule quote.noun-tagged-clause: a noun with "that" and a subject before it),
    "said after the vote she would not run" (rule quote.unmarked-adverbial: the parser, misled by the phrase after
    the verb, made the clause an adverbial; one with no word to subordinate it, a subject and a finite verb of its
    own is what was said)."""
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i > verb.i
            and clause.pos_ in ("VERB", "AUX")
            and verb.doc[clause.left_edge.i - 1].text != ","
            and not any(c.dep_ == "mark" or (c.tag_.startswith("W") and c.i < clause.i) for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
            and (
                clause.tag_ in FINITE_TAGS
                or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in clause.children)
            )
        ):
            fired("quote.unmarked-adverbial")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ == "ADJ"
            and clause.i > verb.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in clause.children)
        ):
            fired("quote.adjectival-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ in ("NOUN", "PROPN", "ADJ")
            and clause.i < verb.i
            and verb.doc[clause.right_edge.i + 1].text == ","
            and any(c.dep_ == "nsubj" and clause.right_edge.i < c.i < verb.i for c in verb.children)
        ):
            fired("quote.noun-headed-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ == "NOUN"
            and clause.i > verb.i
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        ):
            fired("quote.noun-tagged-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.tag_ == "NNS"
            and clause.i > verb.i
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
            and any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > clause.i for c in clause.children)
        ):
            fired("quote.verb-tagged-noun")
            return clause
    return None


URGED_TO_VERBS = URGING_VERBS | {"appeal"}
"""Verbs whose "to" or "on" names whom they urge ("appealed to voters to stay home"); "appeal" is no verb of urging
for ``quote.urged-for`` ("appealed for calm" is no stand)."""
URGED_PREPS = frozenset({"with", "for"})
"""Prepositions whose object is who or what an infinitive after it concerns: "pleaded with him to stay", "asked
for funds to fight the outbreak"; after a verb of urging also "to" and "on" ("called on voters to stay home")."""


def _reason_infinitive(verb: Token, clause: Token) -> bool:
    """ "…, he said, on condition of anonymity to discuss the talks", "said on stage to justify his vote" (rule
    quote.phrase-infinitive): an infinitive the parser hung on a speech verb right after a prepositional phrase of
    the verb's says why it was said, not what; after "with" or "for" ("pleaded with him to stay"), or "to" or "on"
    after a verb of urging ("appealed to voters to stay home"), it is what was urged, as it is what someone was told
    ("told reporters at the pier to expect delays")."""
    before = clause.left_edge.i - 1
    lemma = _lemma(verb)
    if clause.dep_ != "xcomp" or lemma not in SPEECH_CUES:
        return False
    if lemma in ADDRESSEE_VERBS and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children):
        return False  # "told reporters at the pier to expect delays": what they were told
    urged = URGED_PREPS | ({"to", "on", "upon"} if lemma in URGED_TO_VERBS else set())
    if not any(
        c.dep_ == "prep"
        and c.i > verb.i
        and c.right_edge.i == before
        and c.lower_ not in urged
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "told them on Sunday to expect delays"
        for c in verb.children
    ):
        return False
    fired("quote.phrase-infinitive")
    return True


def _stray_clause(verb: Token) -> Token | None:
    """ "wrote in a letter that taxes would rise", "said in one of a series of messages that …": a that-clause the
    parser hung on a noun of the phrase before it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in _objects_down(prep):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
                first = clause.left_edge
                own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
                phrase_end = max(t.i for t in noun.subtree if not clause.left_edge.i <= t.i <= clause.right_edge.i)
                if first.lower_ == "that" and first.i == phrase_end + 1 and own_subject:
                    return clause
    return None


def _clause_on_addressee(verb: Token) -> Token | None:
    """ "told the programme that ministers had ignored repeated warnings", "told a briefing that India had lodged
    a protest" (rule quote.clause-on-addressee): after a verb of telling, the parser may read the that-clause as a
    relative clause on whom it was told. It is what was told when "that" cannot be the clause's subject or object:
    the clause has a subject of its own, and an object or a clause of its own, or is a copula's."""
    if _lemma(verb) not in ADDRESSEE_VERBS - {"ask"}:
        return None
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")):
            first = clause.left_edge
            phrase_end = max(t.i for t in noun.subtree if not first.i <= t.i <= clause.right_edge.i)
            if first.lower_ != "that" or first.head != clause or first.i != phrase_end + 1:
                continue
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c != first for c in clause.children)
            # "that" cannot be the clause's object: it has one of its own, or it is a copula's ("… was unsafe"); not
            # "told a joke that the audience found offensive"
            other = any(c.dep_ in ("dobj", "ccomp") and c != first for c in clause.children)
            # "… that Britain aimed to attract $40 billion": the infinitive's object is there, so no gap for "that"
            other = other or any(
                c.dep_ == "xcomp" and any(g.dep_ in ("dobj", "ccomp") for g in c.children) for c in clause.children
            )
            copula = clause.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children)
            if own_subject and (other or copula):
                return clause
    return None


def _that_adverbial(verb: Token) -> Token | None:
    """ "reported, citing three people familiar with the matter, that Canada was preparing sanctions" (rule
    quote.that-adverbial): a that-clause with a subject of its own, after a participle aside, that the parser hung
    on the reporting verb as an adverbial, or on the aside's participle as its object ("citing two people who
    attended, that …": the comma closes the aside). "so that", "now that" open no such clause: the word before
    "that" must be the aside's comma."""
    # "citing …", and "seen by The Associated Press" (a participle with its agent)
    asides = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and (c.tag_ == "VBG" or (c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)))
    ]
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in ("VERB", "AUX")):
        if _comma_that(clause) is not None and _aside_before_that(clause, clause.left_edge.i) is not None:
            return clause
    for aside in asides:
        for clause in (c for c in aside.children if c.dep_ == "ccomp" and c.i > aside.i):
            mark = _comma_that(clause)
            # the aside has its own object before the comma: "saying, apparently for the first time, that …" is
            # the participle's own report
            if (
                mark is not None
                and clause.left_edge == mark
                and any(c.dep_ in ("dobj", "agent") and c.i < mark.i for c in aside.children)
            ):
                return clause
    return _that_after_gloss(verb)


def _that_after_gloss(verb: Token) -> Token | None:
    """ "wrote on X, formerly Twitter, that the talks had failed" (rule quote.that-adverbial): a gloss between
    commas after the verb's phrase, which the parser made a noun of its own with the that-clause as its relative
    clause; a restrictive "that" never follows a comma, so the clause is what was written."""
    for noun in (c for c in verb.children if c.i > verb.i and c.dep_ in ("npadvmod", "appos", "advmod")):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
            if (mark := _comma_that(clause)) is not None and clause.left_edge == mark:
                return clause
    return None


def _that_mark(clause: Token) -> Token | None:
    """The "that" that marks ``clause`` as reported."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _comma_that(clause: Token) -> Token | None:
    """The "that" opening ``clause`` right after a comma, when the clause has a subject of its own after it."""
    mark = _that_mark(clause)
    if mark is None or mark.i < 2 or clause.doc[mark.i - 1].text != ",":
        return None
    return mark if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in clause.children) else None


def _objects_down(prep: Token, depth: int = 3) -> Iterator[Token]:
    """The objects of a preposition and of the prepositions hung on them: "in one of a series of messages"."""
    for noun in (g for g in prep.children if g.dep_ == "pobj"):
        yield noun
        if depth > 1:
            for inner in (c for c in noun.children if c.dep_ == "prep"):
                yield from _objects_down(inner, depth - 1)


def _parenthetical(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "In his state, the governor said, offenders go to treatment": the cue sits inside its content."""
    doc = verb.doc
    head = _clause_around(verb) if speaker is not None else None
    if head is None or head.pos_ not in ("VERB", "AUX") or _has_right_content(verb, speaker):
        return None
    high = max([verb.i] + [t.right_edge.i for t in verb.rights if not t.is_punct])
    low = min(speaker.start, verb.i)
    # "On some evenings, aides said, the talks ran late": the parser hung what opens the sentence on a short aside
    opener = low - 1 >= sent.start and doc[low - 1].text == "," and high - verb.i <= MAX_ASIDE_TAIL
    if not opener:
        low = min([low] + [t.i for t in verb.lefts if not t.is_punct])
    if low - 1 < sent.start or doc[low - 1].text != "," or high + 1 >= sent.end or doc[high + 1].text != ",":
        return None
    before = _trimmed(doc, max(head.left_edge.i, sent.start), low - 1)
    after = _trimmed(doc, high + 1, min(head.right_edge.i, sent.end - 1))
    if after is None:
        return None
    rule = "quote.parenthetical-after-opener" if opener and any(t.i < low - 1 for t in verb.lefts) else None
    # the reporting reading keeps no ``rule``, so that ``_dedupe`` ranks it first: its id goes with the shaping ones
    shaped = [] if rule else ["quote.parenthetical"]
    return Finding(
        QuoteKind.INDIRECT, [r for r in (before, after) if r], _cue(verb), speaker, rule=rule, shaped_by=shaped
    )


def _clause_around(verb: Token) -> Token | None:
    """The verb of the clause an attribution set between commas sits inside. "The closure was, she said, the
    hardest decision": hung on a noun after it, the attribution is inside that noun's verb's clause. "The real
    problem, Moss told reporters, is that …" (rule quote.aside-in-subject): hung on the subject before it, as a
    clause of its own or a relative clause with no relative word, it sits between the subject and its verb."""
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i > verb.i:
        return head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.dep_ not in ("parataxis", "relcl") or head.i > verb.i or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.tag_ in RELATIVE_TAGS or c.tag_ == "WP$" or c.dep_ == "mark" for c in verb.children):
        return None  # "The plan, which Moss told reporters about, is …": a relative clause
    clause = head.head
    first = min([verb.i] + [t.left_edge.i for t in verb.lefts if not t.is_punct])
    if clause.i <= verb.right_edge.i or verb.doc[first - 1].text != ",":
        return None
    fired("quote.aside-in-subject")
    return clause


MAX_ASIDE_TAIL = 4
"""Words an attribution set between commas may have after its verb ("…, Moss told The Washington Post, …")."""


def _has_right_content(verb: Token, speaker: SpacySpan | None) -> bool:
    """Whether the verb has content of its own after it (the inverted speaker does not count, nor whom a telling
    verb addresses: "…, Carter told a Senate panel")."""
    addressee = "dobj" if _lemma(verb) in ADDRESSEE_VERBS else None
    return any(
        c.i > verb.i
        and c.dep_ in ("ccomp", "dobj", "xcomp")
        and c.dep_ != addressee
        and (speaker is None or c not in speaker)
        and not _reason_infinitive(verb, c)
        for c in verb.children
    )


RESUMED_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "cc", "punct"})
"""What may follow a parenthetical attribution without being reported: when, where, how."""


def _resumed_content(verb: Token, sent: SpacySpan) -> tuple[int, int] | None:
    """ "The treaty was, she said, the hardest thing she had negotiated" (rule quote.resumed-content): an
    attribution set between commas inside what it reports, which the parser hung on the words before it: what the
    sentence says after the closing comma is reported too, unless only when, where or how ("…, he said, on
    condition of anonymity") or a clause of its own joined by "and" or "but"."""
    doc = verb.doc
    close = verb.right_edge.i if doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    if close + 1 >= sent.end or doc[close].text != ",":
        return None
    head = verb.head
    rest = [c for c in head.children if c.i > close]
    if doc[close + 1].dep_ == "cc" or all(c.dep_ in RESUMED_ADJUNCT_DEPS for c in rest):
        return None  # "…, she said, and it would be …": a clause of its own
    return _trimmed(doc, close + 1, min(head.right_edge.i, sent.end - 1))


def _continued_clause(verb: Token, clause: Token) -> int | None:
    """ "stated that A, and B were ongoing": B, hung on the verb by the parser, is reported too; not after a
    reported infinitive or another clause with no subject of its own ("agreed to pay the fee, and he put …"),
    which a clause with its own subject cannot go on with (rule quote.second-predicate). A predicate in the past
    perfect with no subject goes on with the clause too (``_backshifted``)."""
    if not _has_subject(clause):
        return None
    for conj in verb.children:
        if _semicolon_before_source(verb.doc, clause.right_edge.i, conj.right_edge.i) is not None:
            fired("quote.semicolon-bounds")
            continue  # "…; according to the board, it will stop in March": another source's clause
        if (
            (
                conj.dep_ in ("conj", "ccomp")
                and conj.i > clause.right_edge.i
                and conj.lemma_.lower() not in SPEECH_VERBS
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)  # "and there was …"
                and not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in conj.children)  # "and that's …"
                and sum(not t.is_quote for t in verb.doc[clause.right_edge.i + 1 : conj.left_edge.i]) <= 2
            )
            or _backshifted(verb, clause, conj)
        ):
            span = _trimmed(verb.doc, conj.left_edge.i, conj.right_edge.i)
            return span[1] if span else None
    return None


def _backshifted(verb: Token, clause: Token, conj: Token) -> bool:
    """ "said they were superficial and had been sealed within weeks" (rule quote.backshifted-predicate): a
    predicate in the past perfect with no subject of its own, hung by the parser on a reporting verb in the past
    right after the reported clause (as its conjunct or as a second clause of the verb's), goes on with that
    clause, as reported speech shifts its tenses back; the speaker's own next act would be told in the simple
    past."""
    if verb.tag_ != "VBD" or conj.dep_ not in ("conj", "ccomp") or conj.i <= clause.right_edge.i or conj.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in conj.children):
        return False
    if sum(not t.is_punct for t in verb.doc[clause.right_edge.i + 1 : conj.left_edge.i]) > 2:
        return False
    fired("quote.backshifted-predicate")
    return True


def _clause_span(verb: Token, clause: Token) -> tuple[tuple[int, int] | None, list[str]]:
    """The reported clause's span, and the ids of the rules that cut it short."""
    doc = verb.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    shaped: list[str] = []
    if clause.i < verb.i:
        end = min(end, verb.i - 1)
        subject = _subject(verb)
        if subject is not None and subject.start > clause.i:
            end = min(end, subject.start - 1)
            if (reach := _reported_up_to_comma(clause, end, subject)) is not None:
                end = reach
                shaped.append("quote.reported-up-to-comma")
    else:
        # take in the dative of "told reporters that": content starts at the clause
        start = max(start, verb.i + 1)
        if (aside := _aside_before_that(clause, start)) is not None:
            start = aside
            shaped.append("quote.aside-before-that")
        elif clause.dep_ == "advcl":  # "said after the vote she would not run": the phrase tells when it was said
            start = min((c.left_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), default=start)
        if (detached := _detached_subject(verb, clause)) is not None:
            start = detached
            shaped.append("quote.detached-subject")
        if (listed := _infinitive_list_end(verb, clause, end)) is not None:
            end = listed
            shaped.append("quote.infinitive-list")
        if (predicate := _split_off_predicate(verb, end)) is not None:
            end = predicate.right_edge.i
            shaped.append("quote.split-predicate")
        end = _cut_trailing(doc, start, end, clause.i)
        if (second := _second_predicate(verb, clause)) is not None:
            end = min(end, second)
            shaped.append("quote.second-predicate")
        if (own := _predicate_of_another_form(doc, start, end)) is not None:
            end = own
            shaped.append("quote.coordinate-form")
        if (relayed := _relayed_end(doc, start, end, clause.i)) is not None:
            end = relayed
            shaped.append("quote.relayed-by")
        if (bound := _semicolon_before_source(doc, start, end)) is not None:
            end = bound
            shaped.append("quote.semicolon-bounds")
    return _trimmed(doc, start, end), shaped


def _semicolon_before_source(doc: Doc, start: int, end: int) -> int | None:
    """ "said the ferry would run until May; according to the board, it will stop in March" (rule
    quote.semicolon-bounds): the clause after the semicolon is another source's."""
    for t in doc[start : end + 1]:
        if t.text == ";" and t.i + 2 <= end and doc[t.i + 1].lower_ == "according" and doc[t.i + 2].lower_ == "to":
            return t.i - 1
    return None


def _reported_up_to_comma(clause: Token, end: int, subject: SpacySpan) -> int | None:
    """ "The plan could win rural, though mostly poor, counties in the north, she said" (rule
    quote.reported-up-to-comma): what comes before ", she said" is what she said, up to that comma, even where
    the parse hung its last words elsewhere; words that are a clause of their own or open a quotation stay out."""
    doc = clause.doc
    comma = subject.start - 1
    if end >= comma - 1 or doc[comma].text != "," or clause.left_edge.i > end:
        return None
    gap = doc[end + 1 : comma]
    if any(t.is_quote or t.dep_ in ("nsubj", "nsubjpass", "expl") or t.text in (";", ":") for t in gap):
        return None
    return comma - 1


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _aside_before_that(clause: Token, start: int) -> int | None:
    """ "said, speaking on behalf of the minister, that talks were welcome" (rule quote.aside-before-that): a
    participle phrase between commas that the parser hung on the reported clause, before its "that", tells how
    the words were said; the content starts at "that"."""
    mark = _that_mark(clause)
    if mark is None:
        return None
    doc = clause.doc
    for child in clause.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.left_edge.i == start
            and doc[mark.i - 1].text == ","
            and child.right_edge.i in (mark.i - 2, mark.i - 1)  # the comma the phrase's or the clause's
        ):
            return mark.i
    return None


def _split_off_predicate(verb: Token, end: int) -> Token | None:
    """ "hope the technology developed in Israel can aid the border effort" (rule quote.split-predicate): a
    predicate with no subject that the parser hung on the reporting verb right after the content, with nothing
    between, is the rest of the reported clause; its subject is the content so far."""
    doc = verb.doc
    if end + 1 >= len(doc) or doc[end].is_punct:
        return None
    word = doc[end + 1]
    predicate = word.head if word.dep_ in ("aux", "auxpass", "neg") else word
    if predicate.head != verb or predicate.dep_ not in ("ccomp", "advcl") or predicate.i <= end:
        return None
    if not predicate.tag_.startswith("VB") or predicate.left_edge.i != end + 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in predicate.children):
        return None
    return predicate


def _infinitive_list_end(verb: Token, clause: Token, end: int) -> int | None:
    """ "pledged to cut fares, restore the night service and rebuild the wall" (rule quote.infinitive-list): the
    parser hangs the later infinitives of a list on the finite reporting verb, where a plain form (or a present
    one, after a past or third-person verb) cannot go on; the content runs through them. The new end, or None."""
    if not _infinitive(clause) or verb.tag_ not in FINITE_TAGS | {"VBN"}:
        return None
    doc, last = verb.doc, end
    for conj in sorted((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i), key=lambda c: c.i):
        plain = conj.tag_ == "VB" or (conj.tag_ == "VBP" and verb.tag_ != "VBP")  # "has promised to …, hire"
        if not plain or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children):
            break
        if any(not (doc[k].is_punct or doc[k].dep_ == "cc") for k in range(last + 1, conj.left_edge.i)):
            break
        last = conj.right_edge.i
    last = _last_word(doc, end, last)
    return last if last > end else None


def _detached_subject(verb: Token, clause: Token) -> int | None:
    """ "Moss said the days when the port had a ferry are gone" (rule quote.detached-subject): a finite reported
    clause with no subject of its own, whose subject the parser hung on the reporting verb as a noun phrase right
    before the clause, starts at that noun phrase. Not a bare date ("said Tuesday") nor whom it was told to."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    finite = clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children
    )
    if not finite:
        return None
    noun = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dobj")
            and verb.i < c.i < clause.i
            and c.right_edge.i + 1 == clause.left_edge.i
            and c.pos_ in ("NOUN", "PROPN")
            and (c.ent_type_ not in ("DATE", "TIME") or any(g.dep_ in ("relcl", "acl") for g in c.children))
        ),
        None,
    )
    if noun is None or _lemma(verb) in ADDRESSEE_VERBS:
        return None
    return noun.left_edge.i


def _tense(clause: Token) -> str:
    """The tag of a clause's finite verb: its auxiliary's ("had met", "would go": past), else its own."""
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), None)
    if aux is None:
        return clause.tag_
    return "VBD" if aux.tag_ == "MD" and aux.lower_ in PAST_MODALS else aux.tag_


PAST_MODALS = frozenset({"would", "could", "might", "should"})
INFLECTED_TAGS = frozenset({"VBD", "VBZ"})
"""Finite forms the tagger cannot take for an infinitive's ("celebrated", "refuses"; "protect" may be either)."""


def _second_predicate(verb: Token, clause: Token) -> int | None:
    """ "denies that the killings were a genocide and goes to great lengths to …" (rule
    quote.second-predicate): a predicate with no subject, joined to the reported clause by "and" or "but" but
    in the reporting verb's tense, not the clause's, is the speaker's next act; the content ends before it. So is
    an inflected predicate after a reported infinitive ("vowed to fight the closure and accused the board …"),
    which cannot go on with the infinitive. An alternative ("either … or") is never the next act."""
    tense = _tense(verb)
    infinitive = _infinitive(clause)
    if tense not in FINITE_TAGS or not (infinitive or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return None
    shifts = _tense(clause) != tense
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > clause.i):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        if not _reports_again(conj) and not _goes_apart(conj, tense, shifts, infinitive):
            continue
        if _alternative(clause, conj):
            continue
        k = conj.left_edge.i - 1
        while k > clause.i and (verb.doc[k].is_punct or verb.doc[k].dep_ == "cc"):
            k -= 1
        if k >= clause.i and verb.doc[k + 1].dep_ in ("cc", "punct"):
            return k
    return None


def _alternative(clause: Token, conj: Token) -> bool:
    """ "say they would either stay home or are undecided": a predicate offered as an alternative ("or", "nor",
    "either … or") goes on with the reported clause; a speaker's next act is told with "and" or "but"."""
    doc = clause.doc
    between = doc[clause.i + 1 : conj.left_edge.i]
    joined = {t.lower_ for t in between if t.dep_ == "cc" and t.head in (clause, conj)}
    return bool(joined & {"or", "nor"}) or any(c.dep_ == "preconj" for c in clause.children)


def _goes_apart(conj: Token, tense: str, shifts: bool, infinitive: bool) -> bool:
    """Whether a predicate joined to the reported clause is in the reporting verb's tense, not the clause's, or
    inflected after a reported infinitive (``_second_predicate``)."""
    if infinitive:
        return conj.tag_ in INFLECTED_TAGS
    return shifts and (_own_tense(conj) == tense or (tense == "VBP" and _reports_a_clause(conj)))


def _reports_again(predicate: Token) -> bool:
    """ "said that the ferry was late and added that the pier would close": a finite reporting verb (or one made
    finite by its auxiliary: "but did not suggest …") with a clause of its own to report (``_reported_anew``) and no
    subject cannot go on with the reported clause; it is the speaker's next statement, whatever the tenses."""
    return (
        (predicate.tag_ in FINITE_TAGS or _tense(predicate) in FINITE_TAGS)
        and _lemma(predicate) in SPEECH_CUES
        and any(c.dep_ == "ccomp" and _reported_anew(predicate, c) for c in predicate.children)
    )


def _reported_anew(predicate: Token, clause: Token) -> bool:
    """Whether ``clause`` is what ``predicate`` reports of its own: a that-clause, or after a verb of saying a finite
    clause without "that" ("… but did not suggest it would be soon", "… and said any delay would cost jobs"); not
    the infinitive a verb of wanting or expecting takes ("… and expected the board to act")."""
    return _marked(clause, "that") or (_lemma(predicate) in SPEECH_VERBS and not _infinitive(clause))


def _reporting_of_second(predicate: Token) -> Token | None:
    """The reporting verb whose speaker acts again in ``predicate``, a second predicate after its reported clause
    ("fear that A and warn that B": the fearful warn, not A's subject)."""
    clause = predicate.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in SPEECH_CUES:
        return None
    end = _second_predicate(verb, clause)
    return verb if end is not None and predicate.i > end else None


def _own_tense(predicate: Token) -> str:
    """A predicate's tense when it tells an act of its own: a finite form ("blamed") or a perfect ("has warned");
    a passive or a modal ("had been told", "would follow") may as well go on with the reported clause's subject."""
    if predicate.tag_ in FINITE_TAGS:
        return predicate.tag_
    if any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "MD" for c in predicate.children):
        return predicate.tag_
    return _tense(predicate)


def _reports_a_clause(predicate: Token) -> bool:
    """ "fear that A and warn that B": a bare reporting verb with a that-clause of its own, in the present, where
    the tagger gives the plain form (VB) rather than the present's (VBP)."""
    return (
        predicate.tag_ == "VB"
        and _lemma(predicate) in SPEECH_CUES
        and any(c.dep_ == "ccomp" and _marked(c, "that") for c in predicate.children)
    )


DASHES = ("—", "–", "-", "--")
TRAILING_WORDS = ("which", "who", "where", "despite", "although", "though")
"""Words that open an aside after a content (and "while", "whereas" but for ``_contrast_in_content``)."""


def _narration_after(doc: Doc, closing: int, start: int) -> bool:
    """ "Moss said: “We never closed the pier,” but in fact the board closed it twice" (rule
    quote.narration-after-quote): after a content that opens with a quote, a clause with a subject of its own that
    "and" or "but" joins to the closing mark is the writer's, not the speaker's."""
    opening = start if doc[start].tag_ == "``" else start - 1
    if opening < 0 or doc[opening].tag_ != "``" or any(doc[k].tag_ == "''" for k in range(opening + 1, closing)):
        return False
    k = closing + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].dep_ != "cc":
        return False
    joined = next((c for c in doc[k].head.children if c.dep_ == "conj" and c.i > k), None)
    return joined is not None and _has_subject(joined)


def _contrast_in_content(mark: Token) -> bool:
    """ "found that 28 percent backed Moss, while 23 percent favoured Varga" (rule quote.contrast-in-content): a
    "while" or "whereas" clause with a subject and a finite verb of its own, not a reporting one, sets a contrast
    inside what was said; "while saying …" or "while critics argued …" stands beside it."""
    clause = mark.head
    if mark.dep_ != "mark" or clause.pos_ not in ("VERB", "AUX") or not _has_subject(clause):
        return False
    if _lemma(clause) in ATTRIBUTION_VERBS:
        return False
    finite = FINITE_TAGS | {"MD"}
    if clause.tag_ not in FINITE_TAGS and not any(c.dep_ in AUX_DEPS and c.tag_ in finite for c in clause.children):
        return False
    fired("quote.contrast-in-content")
    return True


def _breaks(doc: Doc, start: int, end: int, head: int) -> Iterator[tuple[int, bool]]:
    """Where a content may break off: each token after its head and outside quote marks with a token after it
    in the content, and whether it is a closing mark after a comma ("… a “distortion,” describing …")."""
    # a content that starts right after an opening mark the parse hung elsewhere (said, “We …) starts inside it
    marks = 1 if start > 0 and doc[start - 1].tag_ == "``" else 0
    for k in range(start, end + 1):
        t = doc[k]
        if t.is_quote and t.text not in ("'", "’", "‘"):
            marks += 1
        if k <= max(head, start) or marks % 2 or k + 1 > end:
            continue
        yield k, t.is_quote and doc[k - 1].text == ","


def _cut_trailing(doc: Doc, start: int, end: int, head: int) -> int:
    """ "that it is a “distortion,” describing the team as …": a trailing participle, relative or dashed
    aside after the content's head, outside quote marks, is not part of what was said."""
    for k, closing in _breaks(doc, start, end, head):
        t, nxt = doc[k], doc[k + 1]
        if (t.text == "," or closing) and (
            (nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "xcomp", "conj", "acl") and not _listed_modifier(nxt))
            or (nxt.lower_ in TRAILING_WORDS and not _aside_within(nxt, end))
            or (nxt.lower_ in CONTRAST_MARKS and not _contrast_in_content(nxt))
            or (nxt.lower_ == "with" and absolute_with(nxt))
        ):
            fired("quote.trailing-cut")
            return k if closing else k - 1
        if t.is_quote and nxt.text in DASHES and nxt.whitespace_:
            fired("quote.trailing-cut")
            return k
        if t.is_quote and _narration_after(doc, k, start):
            fired("quote.narration-after-quote")
            return k
        if t.text == "," and _trailing_apposition(doc, k, start, end):
            fired("quote.trailing-apposition")
            return k - 1
        if t.text == "," and _trailing_gloss(doc, k, end):
            fired("quote.trailing-gloss")
            return k - 1
    return end


def _aside_within(word: Token, end: int) -> bool:
    """ "to form a task force, which would include the army, to crack down on …": a relative clause closed by a
    comma with the content going on after it is an aside inside the content, not a trailing one."""
    if word.lower_ not in ("which", "who"):
        return False
    clause = word.head
    if clause.dep_ != "relcl":  # "…, which residents doubted," on a whole clause is the writer's
        return False
    after = clause.right_edge.i + 1
    doc = word.doc
    if after + 1 <= end and (  # what follows the aside is itself trailing
        doc[after + 1].tag_ == "VBG" or doc[after + 1].lower_ in (*TRAILING_WORDS, *CONTRAST_MARKS, "according")
    ):
        return False
    if after < end and doc[after].text == "," and any(not t.is_punct for t in doc[after + 1 : end + 1]):
        fired("quote.aside-within")
        return True
    return False


NOUN_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})


def _listed_modifier(participle: Token) -> bool:
    """ "called him a kind, loving and caring man": an -ing word in a list of a noun's modifiers describes the
    noun; it does not open a trailing participle."""
    head = participle.head
    if participle.dep_ == "conj" and head.pos_ in ("ADJ", "NOUN") and head.dep_ in NOUN_MODIFIER_DEPS:
        fired("quote.listed-modifier")
        return True
    return False


GLOSS_DETERMINERS = frozenset({"a", "an", "another"})


def _trailing_gloss(doc: Doc, comma: int, end: int) -> bool:
    """ "…would pay “slightly more” in taxes, an acknowledgment that aides quickly trumpeted" (rule
    quote.trailing-gloss): an indefinite noun phrase after a comma, with a clause of its own and running to the
    content's end, is the writer's comment on what was said, however the parser hung it."""
    first = doc[comma + 1]
    noun = first.head
    if first.lower_ not in GLOSS_DETERMINERS or first.dep_ != "det" or noun.pos_ != "NOUN" or noun.i <= first.i:
        return False
    if noun.left_edge.i != first.i or not any(c.dep_ in ("relcl", "acl") and c.i > noun.i for c in noun.children):
        return False
    return noun.right_edge.i >= _last_word(doc, comma, end)


def _trailing_apposition(doc: Doc, comma: int, start: int, end: int) -> bool:
    """ "…his proposal to ban Muslims, a plan he has since modified" (rule quote.trailing-apposition): a noun
    phrase after a comma that stands in apposition to a noun of the content and runs to its end is the
    writer's gloss, not what was said."""
    first = doc[comma + 1]
    appos = next((a for a in (first, *first.ancestors) if a.dep_ == "appos" and a.left_edge.i == first.i), None)
    if appos is None or not start <= appos.head.i < comma or appos.pos_ not in ("NOUN", "PROPN"):
        return False  # "a different firm, one that …" restates the content
    if any(c.dep_ in ("cc", "conj") for c in (*appos.children, *appos.head.children)):
        return False  # "Mr. Ping, his aides and advisers": a list the parser took for an apposition
    return appos.right_edge.i >= _last_word(doc, comma, end)


def _relayed_end(doc: Doc, start: int, end: int, head: int) -> int | None:
    """Rule quote.relayed-by: "…, the Daily Ledger reported": a clause of a subject and a reporting verb, after a
    comma outside quote marks and before the next punctuation, says who passed the content on, not what was
    said. The content's new end, or None."""
    for k, closing in _breaks(doc, start, end, head):
        if doc[k].text == "," or closing:
            if any(_relays(token, k + 1, end) for token in doc[k + 1 : end + 1]):
                return k if closing else k - 1
    return None


def _relays(subject: Token, start: int, end: int) -> bool:
    """``subject`` opens at ``start`` a clause whose finite reporting verb closes it within ``end``."""
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.left_edge.i == start
        and subject.i < verb.i <= end
        and verb.lemma_.lower() in SPEECH_CUES
        and verb.tag_ in FINITE_TAGS
        and (verb.i + 1 >= len(subject.doc) or subject.doc[verb.i + 1].is_punct)
    )


def _according_to(token: Token, sent: SpacySpan) -> Finding | None:
    doc = token.doc
    to = token.nbor()
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = _noun_phrase(objs[0])
    prep_end = max(objs[0].right_edge.i, to.i)
    cue = (token.idx, to.idx + len(to))
    # "The mayor said X; according to the board, Y": "according to" right after a semicolon tells the clause
    # after it only (at the end of a clause, "A; B, according to X", it tells both)
    semicolon = token.i - 1 > sent.start and doc[token.i - 1].text == ";"
    if semicolon:
        fired("quote.semicolon-bounds")
    opening = _opening(doc, token.i if semicolon else sent.start, token.i)
    leading = opening == token.i
    comma = next((t.i for t in doc[to.i + 1 : sent.end] if t.text == ","), None)
    if leading and comma is not None and comma <= prep_end:
        # "According to a statement from the embassy in Tallinn, the flights …": the parse ran the source on
        # into the content; the comma ends it
        prep_end = comma - 1
        source = doc[objs[0].left_edge.i : comma]
    ranges: list[tuple[int, int] | None]
    if leading or doc[token.i - 1].text == ",":
        # leading ("According to X, …") or trailing ("…, according to X")
        if leading:
            ranges = [_trimmed(doc, prep_end + 1, sent.end - 1)]
        else:
            ranges = [_trimmed(doc, opening, token.i - 1)]
            after = _trimmed(doc, prep_end + 1, sent.end - 1)
            # not "…, according to DANE, the statistics office.": a phrase with no verb says who the source is
            clause = after is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[prep_end + 1 : sent.end])
            # the comma closing the phrase, which the parse may hang on the source's noun
            clause = clause and (doc[prep_end].text == "," or doc[prep_end + 1 :].text[:1] == ",")
            if clause and doc[opening].lower_ in SUBORDINATORS:
                # "While most were marked confidential, according to an official, two were upgraded": what the
                # source tells is the main clause; the clause before sets it against something known
                ranges = [after]
                fired("quote.according-to-aside")
            elif clause and ranges[0] is not None:
                # "Now, according to the poll, some are swinging" (rule quote.according-to-aside): the words on
                # either side, not the source between them
                ranges.append(after)
                fired("quote.according-to-aside")
    else:
        ranges = [_trimmed(doc, opening, token.i - 1)]
    if ranges[0] is None:
        return None
    return Finding(
        QuoteKind.INDIRECT, [r for r in ranges if r is not None], cue, source, shaped_by=["quote.according-to"]
    )


def _in_a_finding(prep: Token, sent: SpacySpan) -> Finding | None:
    """ "In the same poll, the mayor was winning pilots by 28 points" (rule quote.in-a-finding): a sentence opened
    by "in" a poll, a survey or a study (``finding_works``) tells that work's finding; a clause with a reporting
    verb of its own ("In the poll, 40 percent said …") is its speakers', and "leads in the polls" says where."""
    work = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if work is None or prep.dep_ != "prep":
        return None
    if prep.lower_ == "by":
        if work.lemma_.lower() == "account" and (owner := _view_holder(work)) is not None:
            return _by_their_account(prep, owner, sent)  # "by the harbour master's own account"
        return None
    holder, rule = (_noun_phrase(work), "quote.in-a-finding") if work.lemma_.lower() in FINDING_WORKS else (None, None)
    if work.lemma_.lower() in VIEW_NOUNS and (owner := _view_holder(work)) is not None:
        holder, rule = owner, "quote.in-their-view"
    if holder is None:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) in ATTRIBUTION_VERBS or _lemma(verb) in CUE_WORDS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = prep.doc
    after = prep.right_edge.i + 1
    fronted = _opening(doc, sent.start, prep.i) == prep.i and after < len(doc) and doc[after].text == ","
    if not fronted and rule == "quote.in-their-view" and (aside := _view_aside(prep, holder, sent)) is not None:
        return aside  # "The closure was, in the words of one pilot, a disgrace"
    if not fronted or verb.dep_ != "ROOT":
        return None  # "leads in the polls", "who has sagged in the polls": where, not whose words
    last = min(verb.right_edge.i, sent.end - 1)
    if any(_lemma(t) in SPEECH_CUES and t.pos_ in ("VERB", "AUX") for t in doc[prep.i : last + 1]):
        return None
    span = _trimmed(doc, prep.right_edge.i + 1, last)
    if span is None:
        return None
    cue = (prep.idx, prep.idx + len(prep))
    return Finding(QuoteKind.INDIRECT, [span], cue, holder, rule=rule)


def _by_their_account(prep: Token, holder: SpacySpan, sent: SpacySpan) -> Finding | None:
    """ "By the harbour master's own account, the pilots refused to sail" (rule quote.by-their-account): what the
    sentence tells is the owner's telling of it, wherever the phrase stands between commas."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    if _opening(doc, sent.start, prep.i) == prep.i and after < sent.end and doc[after].text == ",":
        span = _trimmed(doc, after + 1, sent.end - 1)
        if span is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1 : sent.end]):
            return None
        fired("quote.by-their-account")
        cue = (prep.idx, doc[prep.right_edge.i].idx + len(doc[prep.right_edge.i]))
        return Finding(QuoteKind.INDIRECT, [span], cue, holder, rule="quote.by-their-account")
    return _view_aside(prep, holder, sent, rule="quote.by-their-account")


def _view_aside(prep: Token, holder: SpacySpan, sent: SpacySpan, *, rule: str = "quote.view-aside") -> Finding | None:
    """ "The closure was, in the words of one pilot, a disgrace" (rule quote.view-aside; "The pier will close in May,
    by the mayor's account": ``rule`` quote.by-their-account): a phrase of whose words or telling it is, set off by
    commas inside or at the end of a sentence with a verb, attributes the sentence around it, without the phrase."""
    doc = prep.doc
    last = prep.right_edge.i
    comma = next((t.i for t in holder if t.text == "," and t.i > holder.root.i), None)
    if comma is not None:
        # "in the words of one pilot, a disgrace": the parse hung the rest on the holder
        holder, last = doc[holder.start : comma], comma - 1
    if prep.i - 1 <= sent.start or doc[prep.i - 1].text != ",":
        return None
    closing = last + 1 < sent.end and doc[last + 1].text == ","
    ending = all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end])
    if not (closing or ending) or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : sent.end]):
        return None
    if _lemma(prep.head) in SPEECH_VERBS and any(c.dep_ in ("ccomp", "dobj") for c in prep.head.children):
        return None  # "…, he said, in his words, that …": the verb's own attribution has it
    ranges = [_trimmed(doc, sent.start, prep.i - 2)]
    if closing:
        ranges.append(_trimmed(doc, last + 2, sent.end - 1))
    kept = [r for r in ranges if r is not None]
    if not kept:
        return None
    fired(rule)
    cue = (prep.idx, doc[last].idx + len(doc[last]))
    return Finding(QuoteKind.INDIRECT, kept, cue, holder, rule=rule)


def _view_holder(view: Token) -> SpacySpan | None:
    """Whose view or words "In the mayor's view, …", "In the eyes of the pilots, …" tell (rule quote.in-their-view):
    the owner, or the object of "of"."""
    owner = next((c for c in view.children if c.dep_ == "poss"), None)
    if owner is not None:
        return view.doc[owner.left_edge.i : owner.i + 1]
    if not any(c.dep_ == "det" for c in view.children):
        return None  # "In view of the delays, …": because of them
    of = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > view.i), None)
    holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return _noun_phrase(holder) if holder is not None and takes_a_stand(holder) else None


SUBORDINATORS = frozenset(
    {"while", "although", "though", "whereas", "because", "since", "if", "when", "after", "before"}
)
OPENING_WORDS = frozenset({"and", "but", "yet", "so", "now", "still", "however", "meanwhile", "indeed", "also"})
"""Words that may open a sentence before "according to" without being part of what the source tells."""


def _opening(doc: Doc, start: int, according: int) -> int:
    """Where the words "according to" bears on start: after a colon in the sentence before it ("It has not gone
    unnoticed: according to polls, …"), or at "according" itself when only a joining word or two comes before it
    ("But, according to the poll, …", rule quote.according-to-aside)."""
    colon = next((t.i for t in reversed(doc[start:according]) if t.text == ":"), None)
    if colon is not None and not doc[colon + 1].is_quote:  # 'said: “…”, according to …' is all the source's
        start = colon + 1
    words = [t for t in doc[start:according] if not (t.is_punct or t.is_space)]
    if all(t.lower_ in OPENING_WORDS for t in words):
        return according
    return words[0].i


BLOCK_AFTER_COLON = re.compile(r":[ \t]*\n\s*(?P<block>[^\s\"“‘'][^\n]*(?:\n(?!\s*\n)[^\n]+)*)")
"""A paragraph's closing colon, then the next paragraph (its lines up to a blank one), not opened by a quote mark."""
LIST_ITEM = re.compile(r"(?m)^\s*(?:[-•*–—]|\d+[.)])\s")


def _a_works_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted stretch from ``start`` to ``end`` (marks included) is written as a title and has no
    verb: the name of a film, a book or a song ("‘Squid Game’", "“The Long Strike”"), not words someone said."""
    inner = doc.char_span(start + 1, end - 1, alignment_mode="expand")
    return (
        inner is not None
        and title_case(doc_text(doc)[start + 1 : end - 1])
        and not any(t.pos_ in ("VERB", "AUX") for t in inner)
    )


def _with_statement_lines(doc: Doc, text: str, findings: list[Finding]) -> list[Finding]:
    """Round-up lines of a name, a colon and a quotation (rule quote.statement-line, see ``statement_lines``) as
    that person's quotes, in place of the speakerless quotes found in them. The name must be one, a proper noun
    or the tagger's entity, with no verb ("Moss said: “…”" is a sentence the parse reads)."""
    lines = []
    for line in statement_lines(text):
        name = doc.char_span(*line.name, alignment_mode="expand")
        if name is None or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        words = [t for t in name if t.is_alpha]
        named = len(words) >= 2 and any(t.pos_ == "PROPN" for t in words)
        if not (named or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words)):
            continue  # "Correction: “…”", "Read more: “…”": a label, not a name
        if NOT_A_SPEAKER.search(name.text):
            continue
        if any(f.speaker is not None and f.start < line.said[1] and line.said[0] < f.end for f in findings):
            continue
        if _a_works_title(doc, *line.said):
            continue  # "- Ana Ruiz, novelist: “The Long Strike”": a list of works
        lines.append(Finding(QuoteKind.DIRECT, [line.said], line.colon, name, rule="quote.statement-line"))
    if not lines:
        return findings
    kept = [f for f in findings if not any(f.start < g.end and g.start < f.end for g in lines)]
    return kept + lines


def _blocks_after_colon(doc: Doc, text: str, findings: list[Finding]) -> list[Finding]:
    """ "In a speech last July, he said: ¶ Let no one be mistaken …" (rule quote.block-after-colon): a paragraph
    that ends on a reporting verb with its speaker and a colon introduces the next paragraph, set off without
    quote marks, as the speaker's words. The attributions inside the block stay as they are."""
    out = []
    for m in BLOCK_AFTER_COLON.finditer(text):
        colon = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if colon is None or any(f.start <= m.start() < f.end for f in findings):
            continue
        verb = colon.sent.root
        if verb.pos_ != "VERB" or _lemma(verb) not in SPEECH_VERBS or verb.i > colon.start:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") and verb.i < c.i < colon.start for c in verb.children):
            continue  # "said the fares would rise:" reports something of its own
        speaker = _subject(verb)
        start, end = m.start("block"), m.end("block")
        if speaker is None or _words(text, start, end) < LONE_QUOTE_WORDS or LIST_ITEM.search(m["block"]):
            continue  # "What councillors said: ¶ - A said …": a list of reports, each with its own
        out.append(Finding(QuoteKind.DIRECT, [(start, end)], _cue(verb), speaker, rule="quote.block-after-colon"))
    return out


HEADLINE_CLAIM = re.compile(r"^(?P<who>[A-Z][^:\n]{1,40}?):\s+(?P<what>\S.*?)\s*$")
NOT_A_SPEAKER = re.compile(
    r"(?i)^(the|a|an|report|exclusive|breaking|watch|video|live|update|analysis|opinion|factbox|explainer|timeline"
    r"|correction|clarification|note|editor's note|read more|related|see also)\b"
    r"|\b(update|daily|live|podcast|briefing|newsletter|roundup|round-up|explainer|factbox|timeline|editorial|review"
    r"|notebook|diary|journal|letter|dispatch|digest|column|postcard|memo|brief|bulletin|news|newscast|recap|wrap"
    r"|programme|transcript)$"
)
"""Section labels, a page's furniture and programme names before a colon: "Delegate Update: …", "Read more: …",
"News Daily: …", "Harbour Radio morning bulletin: …", "FACTBOX - Gulf shipping: …"."""
HEADLINE_CHARS = 200
SPEAKER_WORDS = 5


def _headline_line(text: str, boiler: list[tuple[int, int]]) -> re.Match[str] | None:
    """The text's first line, if it is short enough for a headline and no boilerplate."""
    line = re.search(r"[^\n]+", text)
    if line is None or len(line.group(0)) > HEADLINE_CHARS or any(s <= line.start() < e for s, e in boiler):
        return None
    return line


def _headline_claim(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "Caddell: Voters Worried About Health": a headline that attributes with a colon."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_CLAIM.match(line.group(0))
    if m is None or len(m["who"].split()) > SPEAKER_WORDS or m["who"].isupper() or NOT_A_SPEAKER.search(m["who"]):
        return None
    base = line.start()
    speaker = doc.char_span(base + m.start("who"), base + m.end("who"), alignment_mode="expand")
    if speaker is None:
        return None
    if any(t.pos_ == "VERB" for t in speaker):
        return None  # "Ada Moss said: “…”" opening the text is a sentence, not a headline's "Moss: …"
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in speaker)
    later = not named and _named_later(doc, text, m["who"], line.end())
    described = not named and not later and _described_speaker(speaker)
    if not named and not later and not described and not _capitalised_in_sentence_case(m["who"], m["what"]):
        return None
    end = base + m.end("what")
    if (quoted := HEADLINE_QUOTED.match(m["what"])) is not None:
        end = base + m.start("what") + quoted.end()  # 'Defence minister: "We are not at war" over drones'
    while end > base + m.start("what") and text[end - 1] == ".":
        end -= 1
    colon = base + m.end("who")
    if end <= base + m.start("what"):
        return None
    rule = (
        None
        if named
        else "quote.headline-named-later"
        if later
        else "quote.headline-described"
        if described
        else "quote.headline-capitals"
    )
    shaped = [] if rule else ["quote.headline-named"]
    return Finding(
        QuoteKind.DIRECT, [(base + m.start("what"), end)], (colon, colon + 1), speaker, rule=rule, shaped_by=shaped
    )


def _described_speaker(speaker: SpacySpan) -> bool:
    """ "Defence minister: …", "EU officials: …" (rule quote.headline-described): a description ending in a
    title or a noun for people, written in a headline's sentence case, speaks; the story names whom it means."""
    words = [t for t in speaker if t.is_alpha]
    last = words[-1] if words else None
    return last is not None and last.lower_ == last.text and (last.lemma_ in TITLE_NOUNS or last.lemma_ in PEOPLE_NOUNS)


HEADLINE_QUOTED = re.compile(
    r"['‘\"“][^'‘’\"“”]+['’\"”](?=\s+(?i:over|on|about|amid|after|as|at|in|for|with|against|despite|during)\b)"
)
"""A quoted stretch opening what a headline attributes, with a phrase of the headline's own after it that says
what it is about ("… over drones"); a stretch that the words after it go on ("‘Of Course’ Moss Is Qualified")
is part of a claim, not the whole quote."""
HEADLINE_QUOTE_FIRST = re.compile(r"^(?P<what>['‘\"“][^\n]+?['’\"”]):\s+(?P<rest>\S[^\n]*)$")
"""A headline that opens with the quote: "'We will not yield': Minister vows to defend waters"."""


def _headline_quote_first(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "'We will not yield': Minister vows to defend waters", "‘Not at war’: Ruiz rejects drone claims" (rule
    quote.headline-quote-first): the quote before the colon is in the words of the subject of the clause after
    it, when that subject is someone: a name (one the tagger read as a common noun when the story goes on to use
    it as a name), or a noun for a person or people."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_QUOTE_FIRST.match(line.group(0))
    if m is None:
        return None
    base = line.start()
    rest = doc.char_span(base + m.start("rest"), base + m.end("rest"), alignment_mode="expand")
    if rest is None:
        return None
    subject = next((t for t in rest if t.dep_ in ("nsubj", "nsubjpass") and t.head in rest), None)
    if subject is None or subject.left_edge.i != rest.start:
        return None  # the subject opens the clause: "Ruiz rejects …", not "Why Ruiz rejects …"
    someone = subject.pos_ == "PROPN" or subject.lemma_.lower() in TITLE_NOUNS | PEOPLE_NOUNS
    if not someone and not (subject.is_title and _named_later(doc, text, subject.text, line.end())):
        return None
    start, end = base + m.start("what"), base + m.end("what")
    if _a_works_title(doc, start, end):
        return None  # "'The Crown': Netflix star joins cast"
    colon = end
    speaker = doc[subject.left_edge.i : subject.i + 1]
    return Finding(QuoteKind.DIRECT, [(start, end)], (colon, colon + 1), speaker, rule="quote.headline-quote-first")


QUOTE_EDGES = " '\"‘’“”,"
"""What a headline's words are cut from at either end."""
HEADLINE_TOLD = re.compile(
    r"^(?P<what>[^\n]+?)[,’'\"”]*,[’'\"”]?\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?P<verb>Says|Tells|Warns|Claims|Insists|Admits|Urges|Vows|Predicts|Argues)\b"
)
"""A title-case headline that ends with its attribution: "Fares Are 'A Tax On Islanders,' Ada Moss Tells Board"."""


def _headline_told(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "Fares Are 'A Tax On Islanders,' Ada Moss Tells Board" (rule quote.headline-told): in a headline in title
    case, what comes before the comma is what the capitalised name after it says, tells or warns."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_TOLD.match(line.group(0))
    if m is None or NOT_A_SPEAKER.search(m["who"]):
        return None
    base = line.start()
    speaker = doc.char_span(base + m.start("who"), base + m.end("who"), alignment_mode="expand")
    start, end = base + m.start("what"), base + m.end("what")
    while end > start and text[end - 1] in QUOTE_EDGES:
        end -= 1
    if text[start] in QUOTE_EDGES and not any(c in "’'\"”" for c in text[start + 1 : end]):
        start += 1  # a mark opening the whole headline, not one closed inside it ("‘ISIS Truther’ Trump Is …")
    words = doc.char_span(start, end, alignment_mode="expand")
    if speaker is None or words is None or _words(text, start, end) < MIN_TRAILING_WORDS:
        return None
    if not any(t.tag_ in FINITE_TAGS | {"MD"} for t in words):
        return None  # "Railing Against Trump, Sanders Vows …": a phrase, not a claim
    cue = (base + m.start("verb"), base + m.end("verb"))
    return Finding(QuoteKind.DIRECT, [(start, end)], cue, speaker, rule="quote.headline-told")


LATER_MENTIONS = 3
"""Mentions after the headline looked at to see whether its word before the colon is a name."""


def _named_later(doc: Doc, text: str, who: str, after: int) -> bool:
    """ "Varga: Ferry Deal Is Dead" in title case, the tagger reading "Varga" as a common noun: the words before
    the colon are a name when the story goes on to use them as one (rule quote.headline-named-later)."""
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", who):
        return False
    for k, hit in enumerate(re.finditer(r"\b" + re.escape(who) + r"\b", text[after:])):
        if k >= LATER_MENTIONS:
            break
        span = doc.char_span(after + hit.start(), after + hit.end(), alignment_mode="expand")
        if span is not None and all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
            return True
    return False


def _capitalised_in_sentence_case(who: str, what: str) -> bool:
    """ "Trump: 'We are going to win'", "Insiders: Trump will rebound": in a headline written in sentence case
    (some word after the colon in lower case), capitals before the colon name someone, whatever the tagger
    made of them (rule quote.headline-capitals)."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", who)
    later = re.findall(r"[A-Za-z][\w'’-]*", what)[1:]
    return bool(words) and all(w[0].isupper() for w in words) and any(w[0].islower() and len(w) > 3 for w in later)


# --- combining quote marks and the parse ------------------------------------------------------


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for w in text[start:end].split() if any(c.isalnum() for c in w))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _combine(doc: Doc, text: str, quoted: list[Quoted], reported: list[Finding]) -> list[Finding]:
    findings: list[Finding] = []
    used: set[int] = set()
    for finding in reported:
        if len(finding.ranges) > 1:
            # "The RSF, she said, « stands ready »": a parenthetical attribution around a quote
            parts = [i for i, q in enumerate(quoted) for r in finding.ranges if _overlap((q.start, q.end), r) > 0]
            if parts:
                used.update(parts)
                finding.kind = QuoteKind.MIXED
                finding.ranges = [_covering(r, [quoted[i] for i in parts]) for r in finding.ranges]
            findings.append(finding)
            continue
        span, rule, shaped = finding.ranges[0], finding.rule, finding.shaped_by
        inside = [i for i, q in enumerate(quoted) if min(q.end, span[1]) - max(q.start, span[0]) > 0 and i not in used]
        if not inside:
            findings.append(finding)
            continue
        covered = sum(_overlap((quoted[i].start, quoted[i].end), span) for i in inside)
        outside = _words(text, span[0], span[1]) - sum(_words(text, quoted[i].start, quoted[i].end) for i in inside)
        if covered >= 0.6 * (span[1] - span[0]) and outside <= OUTSIDE_WORDS:
            # the clause is the quote: a direct quote with this cue and speaker
            group = _interrupted(doc, quoted, inside[0], finding)
            used.update(group)
            ranges = [(quoted[i].start, quoted[i].end) for i in group]
            findings.append(
                Finding(
                    QuoteKind.DIRECT,
                    ranges,
                    finding.cue,
                    finding.speaker,
                    rule=rule,
                    shaped_by=[*shaped, "quote.quote-marks"],
                )
            )
        else:
            used.update(inside)
            start = min(span[0], *(quoted[i].start for i in inside))
            end = max(span[1], *(quoted[i].end for i in inside))
            marked = [*shaped, "quote.quote-marks"]
            mixed = Finding(QuoteKind.MIXED, [(start, end)], finding.cue, finding.speaker, rule=rule, shaped_by=marked)
            findings.append(mixed)
    for i, _q in enumerate(quoted):
        if i in used:
            continue
        rules: list[str] = []
        with collecting(rules):
            finding = _attribute_quote(doc, text, quoted, i, findings)
        for rule in rules:
            fired(rule)  # to whoever collects around the whole search
        if finding is None:
            continue
        finding.shaped_by.extend(r for r in rules if r != finding.rule and r not in finding.shaped_by)
        used.update(range(i, i + len(finding.ranges)))
        findings.append(finding)
    return _dedupe(_cut_swallowed(doc, [_with_phrase_after(doc, _without_trailing_aside(doc, f)) for f in findings]))


ASIDE_UNCUT_RULES = frozenset(
    {
        "quote.appearance",
        "quote.appearance-complement",
        "quote.raising",
        "quote.parenthetical-after-opener",
        "quote.content-first",
        "quote.seen-as",
        "quote.stance-adjective",
    }
)
"""Rules whose contents are made without ``_cut_trailing``; a relative or apposed aside at their end is cut after."""


def _without_trailing_aside(doc: Doc, finding: Finding) -> Finding:
    """ "Moss appears to back the levy, which the board opposed": the relative clause, apposition or gloss that
    ends a content of these rules is the writer's, as it is after a reported clause (``_cut_trailing``)."""
    if not ({finding.rule, *finding.shaped_by} & ASIDE_UNCUT_RULES):
        return finding
    span = doc.char_span(*finding.ranges[-1], alignment_mode="expand")
    if span is None or len(span) < 2:
        return finding
    start, end = span.start, span.end - 1
    rules: list[str] = []
    with collecting(rules):  # an aside kept inside the content (quote.aside-within) is shown too
        for k, closing in _breaks(doc, start, end, span.root.i):
            t, nxt = doc[k], doc[k + 1]
            if not (t.text == "," or closing):
                continue
            if (nxt.lower_ in TRAILING_WORDS and not _aside_within(nxt, end)) or (
                t.text == "," and (_trailing_apposition(doc, k, start, end) or _trailing_gloss(doc, k, end))
            ):
                last = doc[k if closing else k - 1]
                finding.ranges = [*finding.ranges[:-1], (finding.ranges[-1][0], last.idx + len(last))]
                rules.append("quote.trailing-aside")
                break
    finding.shaped_by.extend(r for r in rules if r not in finding.shaped_by)
    return finding


def _with_phrase_after(doc: Doc, finding: Finding) -> Finding:
    """ "urged the board to act ‖ on the ferry fares", "“…” ‖ for the harbour" (rule quote.phrase-after): a
    prepositional phrase right after a content that follows its cue, with no punctuation between, hung on the cue
    or on a word of the content, goes on with what was said, unless it says when, where, how or to whom
    (``_sets_scene``). So does a condition right after it (``_condition_after``)."""
    if finding.cue is None or finding.cue[1] > finding.start:
        return finding
    start, end = finding.ranges[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return finding
    prep = doc[span.end]
    if prep.idx != end + 1 or doc_text(doc)[end] != " ":
        return finding
    if (last := _condition_after(finding, prep)) is not None:
        finding.ranges = [*finding.ranges[:-1], (start, last.idx + len(last))]
        finding.shaped_by.append("quote.condition-after")
        return finding
    if prep.dep_ != "prep":
        return finding
    head = prep.head
    if not (finding.cue[0] <= head.idx < finding.cue[1] or span.start <= head.i < span.end) or _sets_scene(prep):
        return finding
    last = doc[_last_word(doc, prep.i, prep.right_edge.i)]
    finding.ranges = [*finding.ranges[:-1], (start, last.idx + len(last))]
    finding.shaped_by.append("quote.phrase-after")
    return finding


CONDITION_MARKS = frozenset({"if", "unless", "because"})


def _condition_after(finding: Finding, mark: Token) -> Token | None:
    """ "threatened not to show up ‖ unless he is paid" (rule quote.condition-after): an "if", "unless" or "because"
    clause right after a reported clause or a quote, with no comma, that the parser hung on the reporting verb, is
    part of what was said; not after a verb's object ("opposed the levy because …" gives the writer's reason). The
    clause's last word, or None."""
    if mark.dep_ != "mark" or mark.lower_ not in CONDITION_MARKS or "quote.object-content" in finding.shaped_by:
        return None
    clause = mark.head
    cue = finding.cue
    if cue is None or clause.dep_ != "advcl" or clause.left_edge.i != mark.i:
        return None
    content = mark.doc.char_span(*finding.ranges[-1], alignment_mode="expand")
    if mark.lower_ == "because" and content is not None and _infinitive(content.root):
        return None  # "agreed to testify because he had nothing to hide": why the act, not what was said
    if not cue[0] <= clause.head.idx < cue[1]:
        return None
    return clause.doc[_last_word(clause.doc, clause.i, clause.right_edge.i)]


def _covering(span: tuple[int, int], quotes: list[Quoted]) -> tuple[int, int]:
    """``span`` widened to take in whole the quotes it overlaps (their marks included)."""
    over = [q for q in quotes if _overlap((q.start, q.end), span) > 0]
    return min([span[0]] + [q.start for q in over]), max([span[1]] + [q.end for q in over])


LINKING_WORDS = frozenset("and but or while whereas as when after before since because even though although".split())
"""Words that join a second attribution onto the content before it ("accused X while experts warned …")."""
MIN_CONTENT_WORDS = 2


def _cut_swallowed(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """ "told the board that the pier was unsafe while the engineers said it was sound" (rule
    quote.ends-before-inner): when the cue of another attribution set beside the content lies inside it, after
    some of it, the content ends before that attribution, which is reported on its own (PolNeAR never nests one
    attribution in another's content). An attribution at the very start of a content ("According to X, Y said
    …") is left for the relay rule."""
    # only an attribution whose own content follows its cue ("warned of Y"); cutting keeps every start and cue
    following = [(f, f.cue) for f in findings if f.cue is not None and f.start >= f.cue[0]]
    for outer in findings:
        for inner, cue in following:
            if inner is outer or (outer.cue is not None and _overlap(outer.cue, cue) > 0):
                continue
            n = next((n for n, r in enumerate(outer.ranges) if r[0] < cue[0] < r[1]), None)
            if n is None or not _joined_beside(doc, outer.ranges[n], cue):
                continue
            start = outer.ranges[n][0]
            begin = cue[0]
            if inner.speaker is not None and start <= inner.speaker.start_char < begin:
                begin = inner.speaker.start_char
            end = _end_before(doc, start, begin)
            if end is None:
                continue
            outer.ranges = [*outer.ranges[:n], (start, end)]
            outer.shaped_by.append("quote.ends-before-inner")
    return findings


SIBLING_DEPS = frozenset({"conj", "advcl", "parataxis"})
CONTRAST_MARKS = frozenset({"while", "whereas"})
"""An adverbial clause so marked stands beside the content; "after", "when", "if" clauses are part of it."""


def _joined_beside(doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a reporting verb's clause stands beside the content rather than inside what it reports: on the
    way from the cue up to the content's edge there is an adverbial or coordinated clause with a subject of its
    own ("… while experts warned", "…, and the mayor said"), not the content's own clause ("insisted that he
    never said …") nor a second "that" clause of the same report ("said that A, but that B")."""
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None or _lemma(span.root) not in SPEECH_VERBS:
        return False
    node = span.root
    while True:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if (
            node.dep_ in SIBLING_DEPS
            and (node.dep_ != "advcl" or marks & CONTRAST_MARKS)
            and "that" not in marks
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT", "DT") for c in node.children)
        ):
            return True
        if node.head.i == node.i or not content[0] <= node.head.idx < content[1]:
            return False
        node = node.head


def _end_before(doc: Doc, start: int, begin: int) -> int | None:
    """Where a content from ``start`` ends when an attribution begins at character ``begin``: before the commas,
    dashes and linking words between them; None when too little of the content is left."""
    first = doc.char_span(start, begin, alignment_mode="expand")
    if first is None:
        return None
    k = first.end - 1
    while k >= first.start and doc[k].idx >= begin:
        k -= 1
    while k >= first.start and (
        doc[k].is_space or (doc[k].is_punct and not doc[k].is_quote) or doc[k].lower_ in LINKING_WORDS
    ):
        k -= 1
    if k < first.start:
        return None
    end = doc[k].idx + len(doc[k])
    if _words(doc_text(doc), start, end) < MIN_CONTENT_WORDS:
        return None
    return end


def _interrupted(doc: Doc, quoted: list[Quoted], first: int, finding: Finding) -> list[int]:
    """Indexes of the quoted parts one attribution covers: "“A,” he said, “B.”"."""
    group = [first]
    cue = finding.cue
    nxt = first + 1
    if cue and nxt < len(quoted) and quoted[first].end <= cue[0] and cue[1] <= quoted[nxt].start:
        between = doc.char_span(quoted[first].end, quoted[nxt].start, alignment_mode="expand")
        if (
            between is not None
            and "\n" not in between.text
            and not any(_own_attribution(t, cue, quoted[nxt].start) for t in between)
            and not _cued_after(doc, quoted[nxt])
            and not _inside_next_sentence(between)
            and (
                len(between) <= INTERRUPTION_TOKENS
                or (len(between) <= CONTINUATION_TOKENS and between.text.rstrip(" \t'\"‘’“”").endswith((".", ":")))
            )
        ):
            group.append(nxt)
    return group


def _inside_next_sentence(between: SpacySpan) -> bool:
    """ "“We do not go there,” she said. She blamed the closure on a “careless board,” …" (rule
    quote.inside-next-sentence): a quote that stands inside a later sentence, after words of that sentence, is no
    continuation of the quote before."""
    last = between.doc[_last_word(between.doc, between.start, between[-1].i)]
    sent = last.sent
    if sent.start <= between.start or not any(t.is_alpha for t in between.doc[sent.start : last.i + 1]):
        return False
    fired("quote.inside-next-sentence")
    return True


OWN_CUE_TOKENS = 4
"""How near after a quote its own reporting verb stands ("“B,” he added", "“B,” said the mayor's aide")."""


def _cued_after(doc: Doc, q: Quoted) -> bool:
    """ "“A,” said Moss. “B,” she added." (rule quote.own-cue-after): a quote closed by a comma, "!" or "?" and
    followed at once by a reporting verb with a speaker of its own is told by that verb, not by the one before."""
    if doc_text(doc)[q.end - 2 : q.end - 1] not in (",", "!", "?"):
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    for token in doc[span.end : min(span.end + OWN_CUE_TOKENS, len(doc))]:
        if "\n" in token.text or token.is_quote or token.text in ".!?":
            return False
        if token.pos_ in ("VERB", "AUX") and _lemma(token) in SPEECH_VERBS:
            speaker = _subject(token) or _inverted_subject(token)
            if speaker is not None and speaker.start >= span.end:
                fired("quote.own-cue-after")
                return True
            return False
    return False


def _own_attribution(t: Token, cue: tuple[int, int], nxt_start: int) -> bool:
    """A reporting verb between two quotes that is not their cue and reports the second ("he asked, …")."""
    if cue[0] <= t.idx < cue[1] or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.right_edge.idx >= nxt_start:
        return True
    # "she said, then referred to …", "he said before adding: …": a second reporting predicate
    return (t.dep_ == "conj" and cue[0] <= t.head.idx < cue[1]) or t.doc[
        t.right_edge.i + 1 : t.right_edge.i + 2
    ].text == ":"


def _attribute_quote(doc: Doc, text: str, quoted: list[Quoted], i: int, findings: list[Finding]) -> Finding | None:
    q = quoted[i]
    # a quote inside an attribution's content is part of it
    for f in findings:
        if f.start <= q.start and q.end <= f.end:
            if f.kind is QuoteKind.INDIRECT:
                f.kind = QuoteKind.MIXED
            return None
    words = _words(text, q.start, q.end)
    near = _adjacent_cue(doc, q, quoted) or _colon_intro(doc, q) or _sentence_intro(doc, q)
    if (joined := _goes_on_with(text, q, near[0] if near is not None else None, findings)) is not None:
        # "told reporters that she would meet him “if the talks are public.”" (rule quote.goes-on-in-quote)
        joined.ranges[-1] = (joined.ranges[-1][0], q.end)
        joined.kind = QuoteKind.MIXED
        joined.shaped_by.append("quote.goes-on-in-quote")
        return None
    if near is not None:
        ranges = [(q.start, q.end)]
        if i + 1 < len(quoted) and near[0] is not None:
            probe = Finding(QuoteKind.DIRECT, ranges, near[0], near[1])
            ranges = [(quoted[j].start, quoted[j].end) for j in _interrupted(doc, quoted, i, probe)]
        if len(ranges) == 1 and near[0] is not None and (wider := _complement(doc, text, q, near[0])) is not None:
            return Finding(QuoteKind.MIXED, [wider], near[0], near[1], shaped_by=["quote.quote-marks"])
        return Finding(QuoteKind.DIRECT, ranges, near[0], near[1], shaped_by=["quote.quote-marks"])
    if words <= SCARE_QUOTE_WORDS:
        return None
    if words >= LONE_QUOTE_WORDS or _opens_paragraph(text, q.start):
        if (holder := _quoting_clause(doc, quoted, q)) is not None:
            return Finding(QuoteKind.DIRECT, [(q.start, q.end)], *holder, rule="quote.quoting-clause")
        return Finding(QuoteKind.DIRECT, [(q.start, q.end)], None, None, shaped_by=["quote.lone-quote"])
    return None


def _quoting_clause(doc: Doc, quoted: list[Quoted], q: Quoted) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Varga offered “my thoughts to every family that lost a boat.”" (rule quote.quoting-clause): a quote with no
    reporting verb beside it, inside a clause whose verb and subject come before it in its sentence, is in the
    words of that subject, not of whoever spoke last, when the subject names someone (not "it"), is a document
    ("Its editorial called for “…”") or is a piece put out whose verb reports ("The ad accuses the mayor of
    “…”"; not "The motion passed with a “…”"). Of the verbs above the quote, a reporting one speaks for the
    clause it reports ("said she hoped for a crowd, which “…”")."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    first = next((t for t in span if not (t.is_quote or t.is_punct or t.is_space)), None) if span else None
    if span is None or first is None:
        return None
    verbs = [
        a
        for a in first.ancestors
        if a.pos_ in ("VERB", "AUX") and a.i < span.start and a.sent == first.sent and not _in_quotes(a, quoted)
    ]
    if not verbs:  # "Varga issued a statement, “Our harbour lost a pier.”": the parser hung the clause on the quote
        inside = range(span.start, span.end)
        top = next((t for t in span if not t.is_punct and (t.head == t or t.head.i not in inside)), first)
        verbs = [c for c in top.children if c.pos_ in ("VERB", "AUX") and c.i < span.start]
    reporting = [v for v in verbs if _lemma(v) in ATTRIBUTION_VERBS]
    verb = reporting[-1] if reporting else next(iter(verbs), None)
    speaker = _subject(verb) if verb is not None else None
    if speaker is None or speaker.end > span.start or speaker.sent != first.sent or _in_quotes(speaker.root, quoted):
        return None
    root = speaker.root
    if root.pos_ == "PRON" and root.lower_ not in PERSONAL_PRONOUNS:
        return None  # "It was a “structural failure …”": no one
    lemma = root.lemma_.lower()
    written = lemma in QUOTING_DOCUMENTS or (lemma in PUBLISHED_WORKS and _lemma(verb) in ATTRIBUTION_VERBS)
    if not (_names_someone(speaker) or written):
        return None
    return _cue(verb), speaker


PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
QUOTING_DOCUMENTS = WRITTEN_VOICES - {"it"}
LEARNING_VERBS = frozenset({"learn"})
"""Verbs of coming to know whose infinitive is a skill learnt ("learn to sail"), not something held true."""


def _in_quotes(token: Token, quoted: list[Quoted]) -> bool:
    return any(q.start <= token.idx < q.end for q in quoted)


def _goes_on_with(text: str, q: Quoted, cue: tuple[int, int] | None, findings: list[Finding]) -> Finding | None:
    """The reported clause (not a quote) that ends right before the quote, with nothing but spaces between, and has
    the quote's own cue if it has one: the quote goes on with what that clause reports."""
    for f in findings:
        if (
            f.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
            and f.cue is not None
            and cue in (None, f.cue)
            and f.end <= q.start
            and not text[f.end : q.start].strip(" ")
        ):
            return f
    return None


CUE_WINDOW = 12
"""How many tokens either side of a quote are searched for its reporting verb."""


def _adjacent_cue(doc: Doc, q: Quoted, quoted: list[Quoted]) -> tuple[tuple[int, int], SpacySpan | None] | None:
    """The reporting verb just after ("…,” Peskov said") or before ("He said, “…”") a quote."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    inside = lambda t: any(o.start <= t.idx < o.end for o in quoted)  # noqa: E731
    after = list(doc[span.end : min(span.end + CUE_WINDOW, len(doc))])
    stop = next(
        (n for n, t in enumerate(after) if "\n" in t.text or t.is_quote or t.text == "." or (t.text in "!?" and n > 0)),
        len(after),
    )
    if _ends_a_sentence(doc, q, after):
        stop = 0
    before = doc[max(span.start - CUE_WINDOW, 0) : span.start]
    start_before = next(
        (n for n in range(len(before) - 1, -1, -1) if "\n" in before[n].text or before[n].text in ".!?"), -1
    )
    for token in [*after[:stop], *reversed(list(before)[start_before + 1 :])]:
        if token.lower_ == "read" and token.pos_ == "NOUN" and doc[token.i - 1].lower_ in WRITTEN_VOICES:
            # the tagger's slip on "the editorial read": "editorial" an adjective, "read" a noun
            first = token.i - 2 if doc[token.i - 2].lower_ in ("the", "its", "their") else token.i - 1
            return (token.idx, token.idx + len(token)), doc[first : token.i]
        if (read_by := _read_after(token, span)) is not None:
            return _cue(token), read_by
        if token.pos_ in ("VERB", "AUX") and _reports(token) and not inside(token) and _lemma(token) not in UNSAID:
            speaker = _subject(token) or _inverted_subject(token)
            if speaker is not None and inside(speaker.root):
                return _cue(token), _outside_speaker(doc, token, span)
            if speaker is not None:
                return _cue(token), speaker
    # "“…,” Trump shot back": any verb with a named or pronoun subject right after a quote closed by , ! ?
    if doc_text(doc)[q.end - 2 : q.end - 1] in (",", "!", "?"):
        for token in after[: min(stop, 4)]:
            if token.pos_ == "VERB" and not inside(token):
                speaker = _subject(token) or _inverted_subject(token)
                if speaker is not None and speaker.root.pos_ in ("PROPN", "PRON") and speaker.start >= span.end:
                    return _cue(token), speaker
                break
    return _verb_before_comma(doc, span, after)


def _verb_before_comma(doc: Doc, quote: SpacySpan, after: list[Token]) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Grandi reacted sharply to the deal, “I am concerned about …”" (rule quote.verb-before-quote): a quote that
    ends its sentence after a comma that closes a clause whose verb has a named subject is that subject's words."""
    if quote.start < 2 or doc[quote.start - 1].text != "," or (after and not after[0].is_sent_start):
        return None
    verbs = [t for t in (doc[quote.start - 1].head, doc[quote.start - 2].sent.root) if t.i < quote.start]
    verb = next((t for t in verbs if t.pos_ == "VERB" and t.tag_ in FINITE_TAGS), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    fired("quote.verb-before-quote")
    return _cue(verb), _noun_phrase(subject)


def _ends_a_sentence(doc: Doc, q: Quoted, after: list[Token]) -> bool:
    """ "The mayor called the ferry “a triumph.” The board said …" (rule quote.full-stop-inside): a quote that
    closes on a full stop inside its marks, followed by a capitalised word, ends its sentence; the reporting verb
    of the next sentence is not its cue."""
    if not after or doc_text(doc)[q.end - 2 : q.end - 1] != "." or not after[0].text[:1].isupper():
        return False
    if _opens_its_sentence(doc, q) and _reporting_only(after):
        return False
    fired("quote.full-stop-inside")
    return True


def _opens_its_sentence(doc: Doc, q: Quoted) -> bool:
    """Whether the quote stands first in its sentence ("“…” Moss said."), not after a cue of its own ("Hale's
    letter ended: “…” Moss wrote back.")."""
    before = doc_text(doc)[: q.start].rstrip(" \t\xa0")
    return not before or before[-1] in '.!?\n"”’'


def _says_where_or_when(word: Token) -> bool:
    """A word after a bare reporting verb that only says where, when, how or to whom: "Moss said on Monday", "in
    a statement", "on Facebook", "later", "told reporters"; not "so", "back" or a preposition with something else
    to report."""
    if word.is_punct or word.dep_ in ("npadvmod", "advcl"):
        return True
    if word.dep_ in ("dobj", "dative") and _lemma(word.head) in ADDRESSEE_VERBS:
        return True  # "Moss told reporters": whom it was said to
    if word.dep_ == "advmod":
        return word.lower_ not in ("so", "otherwise", "back", "too")
    if word.dep_ != "prep":
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return word.lower_ in ADJUNCT_PREPS or any(
        o.ent_type_ in ("DATE", "TIME") or (word.lower_ == "on" and o.pos_ == "PROPN") for o in objects
    )


def _reporting_only(after: list[Token]) -> bool:
    """ "“… We need it.” Moss said." (rule quote.attribution-after-full-stop): a sentence that is only a subject and a
    reporting verb, reporting nothing of its own, attributes the quote before it, whatever the full stop."""
    end = next((n for n, t in enumerate(after) if t.text in (".", "!", "?") or "\n" in t.text), None)
    if end is None:
        return False
    verb = next((t for t in after[:end] if t.pos_ in ("VERB", "AUX") and _lemma(t) in BARE_ATTRIBUTION_VERBS), None)
    if verb is None or any(c.i > verb.i and not _says_where_or_when(c) for c in verb.children):
        return False  # "Moss wrote for the Herald until 2019", "Hale insisted on a recount": more than an attribution
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != after[0].i or subject.pos_ not in ("PROPN", "PRON"):
        return False
    fired("quote.attribution-after-full-stop")
    return True


def _reports(verb: Token) -> bool:
    """A reporting verb; "read" only for a text that speaks ("the editorial read", "it read": rule
    quote.document-read)."""
    lemma = _lemma(verb)
    if lemma in SPEECH_VERBS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lemma == "read" and subject is not None and subject.lemma_.lower() in WRITTEN_VOICES


def _read_after(verb: Token, quote: SpacySpan) -> SpacySpan | None:
    """ "“…,” read the statement", "“…,” reads the letter" (rule quote.read-inverted): "read" right after a quote,
    with no subject before it and a text that speaks after it, has that text as its speaker."""
    doc = verb.doc
    if _lemma(verb) != "read" or verb.i < quote.end or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[quote.end : verb.i]):
        return None
    text = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")), None)
    if text is None or text.lemma_.lower() not in WRITTEN_VOICES - {"it"}:
        return None
    fired("quote.read-inverted")
    return _noun_phrase(text)


def _outside_speaker(doc: Doc, verb: Token, quote: SpacySpan) -> SpacySpan | None:
    """The parse took words inside the quote marks for the cue's subject ("“My reaction, that was outrageous,”
    a former strategist said"); the speaker is what stands outside them (rule quote.speaker-outside-quote):
    between the quote and a following verb, or after the verb ("…,” said Rep. Ada Moss)."""
    if verb.i >= quote.end:
        between = [t for t in doc[quote.end : verb.i] if not (t.is_punct or t.is_space)]
        if between:
            fired("quote.speaker-outside-quote")
            return doc[between[0].i : between[-1].i + 1]
    after = _inverted_subject(verb)
    if after is None or after.start < quote.end:
        return None
    fired("quote.speaker-outside-quote")
    return after


NOT_CONTENT_DEPS = {"nsubj", "nsubjpass", "punct", "cc", "conj", "advmod", "npadvmod", "agent"}


def _complement(doc: Doc, text: str, q: Quoted, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "said Sanders has energized “a lot of people”": a partial quote inside the cue verb's complement is
    reported with the whole complement (a mixed quote)."""
    verbs = [
        t for t in doc.char_span(cue[0], cue[1], alignment_mode="expand") or [] if t.lemma_.lower() in SPEECH_VERBS
    ]
    if not verbs or verbs[0].idx > q.start:
        return None
    verb = verbs[0]
    for child in verb.children:
        if child.i <= verb.i or child.dep_ in NOT_CONTENT_DEPS:
            continue
        # the quote overlaps the child's words (its opening mark may hang on the verb: admitted “two cases” …)
        if child.left_edge.idx < q.end and q.start < child.right_edge.idx + len(child.right_edge):
            span = _trimmed(doc, child.left_edge.i, child.right_edge.i)
            if span is None:
                return None
            span = (min(span[0], q.start), max(span[1], q.end))
            if _words(text, *span) - _words(text, q.start, q.end) <= OUTSIDE_WORDS:
                return None
            return span
    return None


def _opens_paragraph(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _colon_intro(doc: Doc, q: Quoted) -> tuple[tuple[int, int] | None, SpacySpan | None] | None:
    """ "Lavrov said:" at the end of the sentence before the quote."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    i = first.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ("\n",)):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent = doc[i].sent
    intro = [t for t in sent if t.i < i]  # the quote may share the colon's sentence: never look inside it
    for token in reversed(intro):
        if token.pos_ in ("VERB", "AUX") and _lemma(token) in SPEECH_VERBS:
            return _cue(token), _subject(token) or _inverted_intro(token)
    # "President Clinton released the following statement:", "Keller was more guarded about timing:"
    for root in (sent.root, doc[i].head):
        if root.i < i and root.pos_ in ("VERB", "AUX"):
            passive = next((c for c in root.children if c.dep_ == "nsubjpass"), None)  # "X was guarded:"
            speaker = _subject(root) or (_noun_phrase(passive) if passive is not None else None)
            if speaker is None and root.lemma_.lower() in ATTRIBUTION_VERBS:
                speaker = _inverted_intro(root)
            if speaker is not None:
                return _cue(root), speaker
    return None


INTRO_SENTENCE_TOKENS = 12
"""The longest sentence read as a bare introduction ("Port historian Lena Varga agreed.")."""


def _sentence_intro(doc: Doc, q: Quoted) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Port historian Lena Varga agreed. “The owners are running out of time.”" (rule quote.intro-sentence): a
    short sentence of a subject and a reporting verb with nothing reported of its own, right before a quote in the
    same paragraph, is that quote's attribution."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    end = doc[first.start - 1]
    if end.text != "." or end.sent.end > first.start + 1:
        return None
    verb = end.sent.root
    if verb.pos_ != "VERB" or _lemma(verb) not in SPEECH_VERBS or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children) or "\n" in end.sent.text:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    # the subject's own description does not count: "Lena Marsh, the party's chair, said in a statement."
    if len(end.sent) - len(list(subject.subtree)) > INTRO_SENTENCE_TOKENS:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(not _setting_of_saying(c) for c in preps):
        return None  # "Moss spoke about the pier.": what she spoke of, not an introduction
    fired("quote.intro-sentence-setting" if preps else "quote.intro-sentence")
    return _cue(verb), _noun_phrase(subject)


SAYING_SETTINGS = frozenset({"in", "on", "at", "to", "during", "after", "before", "via", "through", "from"})
"""Prepositions that place a saying ("in a statement", "on Monday", "to reporters", "at the rally") rather than
give its topic ("about", "of")."""


def _setting_of_saying(prep: Token) -> bool:
    """A phrase that says where, when or to whom something was said, with no clause of its own."""
    return prep.lower_ in SAYING_SETTINGS and not any(
        t.pos_ in ("VERB", "AUX") for c in prep.children for t in c.subtree
    )


INTRO_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "PRP$"})


def _inverted_intro(verb: Token) -> SpacySpan | None:
    """ "Added the mayor: “…”", "Continued Stone: “…”" (rule quote.inverted-colon): a reporting verb opening
    the sentence, then a noun phrase and the colon: the noun phrase is the speaker."""
    doc = verb.doc
    if verb.i != verb.sent.start:
        return None
    colon = next((t.i for t in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)] if t.text == ":"), None)
    if colon is None or colon - verb.i < 2:
        return None
    phrase = doc[verb.i + 1 : colon]
    if not all(t.tag_ in INTRO_NAME_TAGS for t in phrase) or phrase[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    fired("quote.inverted-colon")
    return phrase


def _same_cue(one: Finding, other: Finding) -> bool:
    return one.cue is not None and other.cue is not None and one.cue[0] < other.cue[1] and other.cue[0] < one.cue[1]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per content: the direct or mixed one over a bare clause."""
    rank = {QuoteKind.DIRECT: 0, QuoteKind.MIXED: 1, QuoteKind.PARTIAL: 2, QuoteKind.INDIRECT: 3}
    kept: list[Finding] = []
    # a kept finding covers its parts: the words between the parts of "“A,” X said, referring to …. “B.”" are the
    # attribution's, and another attribution there ("referring to …") is no duplicate; a reading of the same cue
    # there ("“A,” she said, a hint of anger in her voice, …") is
    # a stance rule's reading gives way to a reporting one of the same words ("X is expected to go, aides said")
    for f in sorted(findings, key=lambda f: (rank[f.kind], f.rule is not None, f.start)):
        start, end = f.start, f.end
        share = 0.8 * (end - start)
        covering = next(
            (
                k
                for k in kept
                if sum(max(0, min(end, e) - max(start, s)) for s, e in k.ranges) >= share
                or (max(0, min(end, k.end) - max(start, k.start)) >= share and _same_cue(f, k))
            ),
            None,
        )
        if covering is None:
            kept.append(f)
        elif f.cue and f.speaker is not None and covering.start <= f.cue[0] < covering.end and covering.nested is None:
            covering.nested = f  # "According to X, Y said …": Y's attribution, kept for the relay rule
    return kept
