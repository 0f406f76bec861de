"""Who said what: direct, partial, mixed and indirect attributions.

Two sources of evidence meet here. Quote marks give direct quotes
(``quotemarks``); the dependency parse gives reporting constructions: a
reporting verb and its clause ("stated that …"), inverted and trailing
attributions ("…, explained Peskov", "…, the sources added"), "according to
X", and colon introductions. A quote inside a reported clause makes it mixed;
a quote the clause covers is direct; a quote with no cue of its own follows
the speaker of the quote before it. Speakers are resolved by ``speakers``.

This module puts the readings together; each kind of reading has its own:
``reporting_verbs`` (a verb and its clause), ``cue_findings`` (nouns, light
verbs, positions, regard), ``attribution_phrases`` ("according to", "in the
poll"), ``headline_quotes`` (headlines, round-up lines, blocks after a colon)
and ``quoted_passages`` (who said a passage in quote marks). They share
``quote_findings`` (the ``Finding`` record and its word tests),
``speaker_spans`` (the speaker in the parse), ``content_bounds`` (where the
content ends) and ``second_predicates``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind, Article, Quote, QuoteKind, Span
from .actor_table import ActorTable
from .actor_words import PARTICLES, doc_sents, doc_text
from .attribution_phrases import according_to, in_a_finding
from .channel_speakers import ACCORDING_TO, channel_speakers
from .content_bounds import that_clause_pieces
from .content_tails import with_tail
from .context_speakers import one_voice, sentence_subject
from .cue_findings import (
    cast_finding,
    casts_in_quotes,
    light_verb_finding,
    noun_cue,
    position_finding,
    regard_finding,
    stance_finding,
)
from .doc_index import doc_index
from .gender import given_names
from .headline_quotes import (
    blocks_after_colon,
    headline_claim,
    headline_quote_first,
    headline_summaries,
    headline_told,
    with_statement_lines,
)
from .interviews import answers_a_question, interviewee
from .lexicon import (
    CITED_SOURCES,
    HONORIFICS,
    JOINT_DOCUMENTS,
    REMARK_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TOPIC_VERBS,
)
from .light_verbs import light_verb_stance, made_clear, voiced_stance
from .line_wraps import unwrapped
from .local_sources import far_copy, take_local_source
from .nested_quotes import nested_findings
from .person_words import COURTESY_TITLES, PEOPLE_NOUNS
from .positions import stance_noun, urged_for
from .possessive_marks import straight_possessives
from .principals import principal
from .quote_findings import (
    BARE_OBJECT,
    CUE_WORDS,
    HEADLINE_SUMMARY,
    PLAN_INFINITIVE,
    QUESTION_IN_PASSING,
    SPEECH_CUES,
    WITHHELD,
    Finding,
    actors_in,
    cue_of,
    reporting_lemma,
    word_count,
)
from .quoted_passages import combine
from .quotemarks import Quoted, find_quoted
from .quoting_conjuncts import before_quoting_conjuncts
from .reporting_verbs import apposed_name, speech_verb, titled_person
from .second_clauses import with_second_clauses
from .short_answers import short_answer_at
from .sign_offs import signers
from .signed import (
    Signed,
    find_dash_after,
    find_dash_signed,
    find_embedded_posts,
    find_handle_labelled,
    find_signed,
)
from .speaker_spans import RELATIVE_TAGS, noun_phrase, relative_mention, speaker_rules, speaker_span
from .speakers import HONORIFIC_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SpeakerResolver
from .stance import is_stance_participle, stance_at
from .talk_topics import JOINT_AGREEMENT, TALK_TOPIC, TOPIC_REFUSED
from .titles import pseudonyms, titles
from .trace import collecting, fired
from .transcripts import Turn, transcript_turns, unnamed_questions
from .views import regard_at


def find_quotes(doc: Doc, article: Article, table: ActorTable) -> list[Quote]:
    text = unwrapped(article.text)  # as the parser read it: a wrapped line ends no quote (rule quote.hard-wrapped)
    if text != article.text:
        fired("quote.hard-wrapped")
    if straight_possessives(article.text) != article.text:
        fired("speaker.curly-possessive")  # the parser read the text with them straight (pipeline.analysable_text)
    boiler = [(b.start, b.end) for b in article.boilerplate]
    quoted = [q for q in find_quoted(text) if not any(s <= q.start and q.end <= e for s, e in boiler)]
    named_spans: list[tuple[int, int]] = []
    if named := titles(doc, text, quoted):
        fired("quote.title")
        named_spans = [(q.start, q.end) for n, q in enumerate(quoted) if n in named]
        quoted = [q for n, q in enumerate(quoted) if n not in named]
    given = pseudonyms(doc, text, quoted)
    names = [q for n, q in enumerate(quoted) if n in given]
    if names:
        fired("quote.quoted-pseudonym")
        quoted = [q for q in quoted if q not in names]
    resolver = SpeakerResolver(doc, table)
    # a cue inside quoted words is the quoted speaker's wording, not an attribution of the writer's; so is an aim
    # whose verb the quote opens on ('He had “wanted to fly,” his friend said'), which would take the quote away
    reported = [
        f
        for f in _reported(doc)
        if not (
            f.cue
            and any(
                q.start < f.cue[0] < q.end or (PLAN_INFINITIVE in f.shaped_by and q.start < f.cue[1] - 1 < q.end)
                for q in quoted
            )
        )
    ]
    # 'said on the podcast “Here’s the Thing”': a clause the parse reads inside a title is no one's words
    reported = [f for f in reported if not any(s <= f.start and f.end <= e for s, e in named_spans)]
    # "Quoting the embassy, the station said …": who is quoted is no words of the station's (rule quote.quoting-source)
    reported = [f for f in reported if not _cue_opens_quoting(doc, f.cue)]
    # 'commented a reader signing as "Marta"': no words of anyone's, though "as" casts the name like words
    reported = [kept for f in reported if (kept := _without_names(text, f, names)) is not None]
    reported = before_quoting_conjuncts(doc, reported)  # "reported that A, but quoted X as saying “B”"
    findings = combine(doc, text, quoted, _apart_from_questions(text, reported))
    findings += blocks_after_colon(doc, text, findings)
    findings = with_statement_lines(doc, text, findings)
    headline_summaries(findings, text, boiler)
    headline = headline_claim(doc, text, boiler) or headline_told(doc, text, boiler)
    if (claim := headline or headline_quote_first(doc, text, boiler)) is not None:
        findings = [f for f in findings if not (f.start < claim.end and claim.start < f.end)] + [claim]
    signed = find_signed(text, boiler, lambda s, e: _names_person(doc, s, e))
    signed += find_dash_signed(text, boiler, lambda s, e: _names_person(doc, s, e))
    signed += find_dash_after(text, boiler, lambda s, e: _signs_as_person(doc, table, s, e))
    signed += find_handle_labelled(text, boiler)
    signed += find_embedded_posts(text, boiler)
    findings = _with_signed(doc, text, table, findings, signed)
    findings = _with_turns(findings, transcript_turns(text, table), text)
    findings = with_second_clauses(doc, findings)
    ordered = sorted(findings, key=lambda f: (f.start, not f.signed))
    previous: Finding | None = None
    voiced: Finding | None = None  # the last quote of a person's own words, for rule speaker.one-voice
    for n, finding in enumerate(ordered):
        described: str | None = None  # a speaker known only by what it is, whom no later words point back to
        if finding.speaker is not None and finding.speaker_actor is None:
            # "Bashir, he said, was cautious": who is talked about is not who talks
            talked_about = actors_in(doc, table, finding.ranges)
            # but "… Sincerely, Ana": who signs the words off wrote them (rule speaker.signs-off)
            talked_about -= signers(doc, table, finding.ranges)
            # but "Prasad says … Prasad did meet the minister, he said": the one who just spoke goes on speaking
            talked_about.discard(resolver.last_speaker)
            chosen: list[str] = []  # the speaker and pronoun rules that chose who speaks
            with collecting(chosen):
                finding.speaker_actor = resolver.resolve(finding.speaker, exclude=talked_about, speaking=True)
                if finding.speaker_actor is None:
                    finding.speaker_actor = described = resolver.as_described(finding.speaker)
            finding.shaped_by.extend(r for r in chosen if r not in finding.shaped_by)
            finding.speaker = _speaker_with_particles(table, finding.speaker, finding.speaker_actor)
            relayed = _relayed(finding, table, resolver)
            if relayed is not None:
                ordered[n] = finding = relayed
            _cited_source(finding, table)
            _quoting_source(finding, table, resolver)
            _speaks_for(doc, table, resolver, finding)
        elif finding.kind is QuoteKind.DIRECT and finding.speaker_actor is None:
            if finding.cue is None and answers_a_question(text, finding.start):
                finding.speaker_actor = interviewee(table, text)  # rule quote.interview-answer
                if finding.speaker_actor is not None:
                    finding.shaped_by.append("quote.interview-answer")
            if (
                finding.speaker_actor is None
                and finding.cue is None
                and (own := sentence_subject(doc, table, resolver, finding))
            ):
                finding.speaker, finding.speaker_actor = own  # rule speaker.sentence-subject
                finding.shaped_by.append("speaker.sentence-subject")
            else:
                finding.speaker_actor = finding.speaker_actor or resolver.follow_on(finding.start)
                if one_voice(doc, table, finding, voiced):
                    finding.shaped_by.append("speaker.one-voice")
                    if finding.speaker_actor is not None and voiced is not None:
                        finding.speaker, finding.cue = voiced.speaker, voiced.cue
            _continue_attribution(finding, previous)
            _intro_attribution(doc, table, resolver, finding, previous)
            if far_copy(text, finding, previous) and "quote.continued-intro" not in finding.shaped_by:
                take_local_source(doc, resolver, finding)
        if finding.speaker_actor is not None and finding.speaker_actor != described:
            resolver.spoke(finding.speaker_actor, finding.start, finding.end)
            if finding.speaker is None or finding.speaker.root.tag_ not in RELATIVE_TAGS:
                previous = finding  # "“A,” said Moss, who wrote about it. “B.”": B goes on with Moss, not "who"
            if finding.kind is not QuoteKind.INDIRECT and _person(table, finding.speaker_actor):
                voiced = finding
    _agreement_reported(ordered, table)
    ordered = _relayed_after(ordered, table)
    ordered.sort(key=lambda f: (f.start, not f.signed))  # a relayed finding starts where its words start
    quotes = []
    passages = [(q.start, q.end) for q in quoted]
    for n, f in enumerate(ordered, start=1):
        if f.kind is not QuoteKind.DIRECT and f.cue is not None and len(f.ranges) == 1:
            pieces = that_clause_pieces(doc, f.ranges[0], passages)  # "said A and that B": two statements, as parts
            if len(pieces) > 1:
                f.ranges = pieces
                f.shaped_by.append("quote.that-clause-pair")
        if f.label is None:
            f.label = relative_mention(doc, f)
        rules = list(dict.fromkeys(([f.rule] if f.rule is not None else []) + f.shaped_by + speaker_rules(doc, f)))
        for rule in rules:
            fired(rule)
        quotes.append(_to_quote(n, f, text, rules))
    return quotes


def with_passed_on(doc: Doc, article: Article, table: ActorTable, quotes: list[Quote]) -> list[Quote]:
    """The quotes with the words each speaker passes on from someone else (rule quote.nested), and those of the
    speakers whose own verbs of saying stand in a clause "according to" passes on (rule
    quote.channel-not-speaker), each listed right before the quote that holds it. Run after the events have read
    the quotes: a telling of a contact inside a quote is the outer speaker's account, and resolving the inner
    speakers may add actors the events must not take for sides."""
    text = article.text
    candidates = _reported(doc)
    kept = [_as_finding(q) for q in quotes]
    resolver = SpeakerResolver(doc, table)  # who spoke last, as find_quotes had it before each quote
    passed_on: list[Quote] = []
    for quote, outer in zip(quotes, kept, strict=True):
        if quote.speaker_actor is not None:
            resolver.spoke(quote.speaker_actor, quote.content.start, quote.content.end)
        found = nested_findings(doc, table, resolver, outer, candidates, kept)
        if (channel := _channel(quote, outer, candidates)) is not None:
            found += channel_speakers(doc, table, resolver, channel, candidates, kept + found)
        for inner in found:
            own = [inner.rule] if inner.rule is not None else []  # quote.nested, or the inner reading's own rule
            rules = list(dict.fromkeys([*own, *inner.shaped_by, *speaker_rules(doc, inner)]))
            for rule in rules:
                fired(rule)
            passed_on.append(_to_quote(0, inner, text, rules))
    return _inner_first([*quotes, *passed_on])


def _channel(quote: Quote, finding: Finding, candidates: list[Finding]) -> Finding | None:
    """The "according to" attribution a quote stands for or came through (rule quote.channel-not-speaker): the
    quote's own, or, for words a relay rule gave their speaker ("According to the office, Vell said A and
    expressed B": Vell's A, relayed by the office), the clause the relaying source passes on, with that source."""
    if ACCORDING_TO in quote.rules:
        return finding
    if RELAY not in quote.rules or quote.relayed_by is None:
        return None
    start = quote.content.start
    told = next((c for c in candidates if ACCORDING_TO in c.shaped_by and c.start <= start < c.end), None)
    return replace(told, speaker_actor=quote.relayed_by) if told is not None else None


def _inner_first(quotes: list[Quote]) -> list[Quote]:
    """The quotes in text order, except that a quote of someone else's standing inside another's content (a
    transcript turn's report of what someone else said, words passed on) comes right before the quote that holds
    it: whoever looks up quoted words finds first the one who said them, not the one who repeats them."""
    quotes = sorted(quotes, key=lambda q: (q.content.start, -q.content.end))  # a holder before what it holds
    holders: list[list[int]] = [[] for _ in quotes]
    roots: list[int] = []
    open_: list[int] = []  # the quotes whose content may still hold the next one, outermost first
    for n, quote in enumerate(quotes):
        while open_ and not _holds(quotes[open_[-1]], quote):
            open_.pop()
        (holders[open_[-1]] if open_ else roots).append(n)
        open_.append(n)
    out: list[Quote] = []

    def emit(n: int) -> None:
        own = quotes[n].speaker_actor
        before = [c for c in holders[n] if quotes[c].speaker_actor not in (None, own)]
        for child in before:
            emit(child)
        out.append(quotes[n])
        for child in holders[n]:
            if child not in before:
                emit(child)  # the holder's own words again, or no one's: they stay in text order

    for n in roots:
        emit(n)
    return out


def _holds(outer: Quote, inner: Quote) -> bool:
    """``inner``'s words lie within one part of ``outer``'s content, and are not the same words."""
    parts = outer.content.parts or ((outer.content.start, outer.content.end),)
    same = (outer.content.start, outer.content.end) == (inner.content.start, inner.content.end)
    return not same and any(s <= inner.content.start and inner.content.end <= e for s, e in parts)


def _as_finding(quote: Quote) -> Finding:
    """A quote read back as the attribution it was made from, for the rules that look inside it."""
    ranges = [(start, end) for start, end in quote.content.parts] or [(quote.content.start, quote.content.end)]
    cue = (quote.cue.start, quote.cue.end) if quote.cue is not None else None
    return Finding(quote.kind, ranges, cue, None, speaker_actor=quote.speaker_actor)


NOT_SAID = frozenset(
    {
        WITHHELD,
        HEADLINE_SUMMARY,
        BARE_OBJECT,
        PLAN_INFINITIVE,
        TALK_TOPIC,
        TOPIC_REFUSED,
        JOINT_AGREEMENT,
        QUESTION_IN_PASSING,
    }
)
"""Rules that mark a finding as no one's words (``told``)."""


def told(quotes: list[Quote]) -> list[Quote]:
    """The quotes an article's record keeps, numbered again in order: not the tellings withheld (rule
    quote.withheld, "would not say whether the two had met") nor a headline's summing up (rule
    quote.headline-summary, "Seoul denies Shenyang contact") nor a verb's bare object (rule quote.bare-object,
    "confirmed the date") nor an aim (rule quote.plan-infinitive, "wants to meet") nor the topic of talks (rules
    quote.talk-topic, quote.topic-refused: "the two sides discussed the border") nor what several sides agreed to
    do (rule quote.joint-agreement) nor a question put in passing (rule quote.question-in-passing), which
    ``find_quotes`` still returns so that the events read who told of a contact (a statement that "did not mention
    a meeting" is its account of the day) and later pronouns go to whoever spoke.
    A name given in quote marks keeps only the quoted words (rule quote.named-in-quotes): the thing named served
    the events, which read who told of a contact."""
    kept = [q for q in quotes if not NOT_SAID & set(q.rules)]
    return [
        replace(q, id=f"q{n}", kind=QuoteKind.PARTIAL, content=q.said, said=None)
        if q.said is not None
        else replace(q, id=f"q{n}")
        for n, q in enumerate(kept, start=1)
    ]


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


def _without_names(text: str, finding: Finding, names: list[Quoted]) -> Finding | None:
    """``finding`` less the quoted names commenters go by that it takes in: "The accord, signed by a reader
    posting as “Blue_Kite”, would hold, Vold said" is still Vold's, without the name. None when nothing but names
    and punctuation is left, or when a name closes it ('commented a reader signing as "Marta"': the commenter's
    phrase, which "as" casts like words)."""
    if any(name.start < finding.end <= name.end + 1 for name in names):
        return None
    ranges: list[tuple[int, int]] = []
    for start, end in finding.ranges:
        for name in sorted((q for q in names if q.start < end and start < q.end), key=lambda q: q.start):
            ranges.append((start, name.start))
            start = max(start, name.end)
        ranges.append((start, end))
    ranges = [_stripped(text, s, e) for s, e in ranges if any(c.isalnum() for c in text[s:e])]
    if ranges == finding.ranges:
        return finding
    return replace(finding, ranges=ranges) if ranges else None


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch without the spaces and commas a cut left at its edges."""
    while text[start] in " ,;":
        start += 1
    while text[end - 1] in " ,;":
        end -= 1
    return start, end


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
                if r[0] <= q.cue[0] < r[1] and word_count(text, r[0], q.cue[0]) <= QUESTION_LEAD_WORDS:
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
        if reporting_lemma(f.speaker.root.head) not in TOPIC_VERBS - SPEECH_VERBS:
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


def _person(table: ActorTable, actor_id: str) -> bool:
    """Whether ``actor_id`` is a person's, who may speak as "I"."""
    actor = table.get(actor_id)
    return actor is not None and actor.kind is ActorKind.PERSON


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


def _intro_attribution(
    doc: Doc, table: ActorTable, resolver: SpeakerResolver, finding: Finding, previous: Finding | None
) -> None:
    """ "“A,” Howard said. … Howard went on with his attack.\n\n“B.”" (rule quote.continued-intro): a follow-on
    quote that opens a paragraph, whose speaker goes on from an attribution further back, is introduced by the
    sentence that closes the paragraph before when that sentence's subject is the same speaker ("Howard", "He"):
    that subject and its verb are the quote's speaker and cue, as a reader takes them, not the attribution told
    earlier. A quote in the same paragraph goes on with that attribution."""
    if finding.rule != "quote.continued" or previous is None or previous.cue is None:
        return
    quote = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if quote is None or quote.start == 0:
        return
    last = quote.start - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    if doc[last].text not in (".", "!", ":") or "\n" not in doc_text(doc)[doc[last].idx : finding.start]:
        return  # the sentence must close the paragraph before the quote's own
    sent = doc[last].sent
    verb = sent.root
    if sent.start_char < previous.cue[1] or verb.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in sent):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return
    if subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        actor = resolver.resolve(doc[subject.i : subject.i + 1], speaking=True)
    else:
        named = table.actor_at(subject)
        actor = named.id if named is not None else None
    if actor is None or actor != finding.speaker_actor:
        return
    finding.speaker = noun_phrase(subject)
    finding.cue = cue_of(verb)
    finding.shaped_by.append("quote.continued-intro")


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
        said=Span.of(text, *f.said) if f.said is not None else None,
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


def _with_signed(
    doc: Doc, text: str, table: ActorTable, findings: list[Finding], signed: list[Signed]
) -> list[Finding]:
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
            actor = _signer(table, text[item.signature[0] : item.signature[1]])
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


def _signer(table: ActorTable, name: str) -> Actor:
    """The person a signature names: one the story named in full ("Antony Blinken" signing as "Secretary Antony
    Blinken"), else a person of that name. The signature's own words, as the page printed them: a page's furniture
    may have blanked it out of the text the parse reads (rule quote.embedded-post-above)."""
    words = name.split()
    for n in range(len(words) - 1, 1, -1):
        tail = " ".join(words[-n:])
        if (known := next((a for a in table.persons() if a.name == tail), None)) is not None:
            return known
    return table.add(ActorKind.PERSON, name)


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
    if cue is None or not any(reporting_lemma(t) in SPEECH_VERBS - TOPIC_VERBS for t in cue):
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
    if body and (actor.kind is not ActorKind.PERSON or not any(reporting_lemma(t) in BODY_RELAYED_CUES for t in cue)):
        return None  # "according to the office, the two leaders agreed that …": the office's account of them
    kind = QuoteKind.MIXED if outer.kind is QuoteKind.MIXED and inner.kind is QuoteKind.INDIRECT else inner.kind
    return Finding(
        kind,
        inner.ranges,
        inner.cue,
        inner.speaker,
        speaker_actor=speaker,
        relayed_by=relay.id,
        shaped_by=[*inner.shaped_by, RELAY],
    )


CITED_SOURCE = "quote.cited-source"


def _cited_source(finding: Finding, table: ActorTable) -> None:
    """ "…, the public broadcaster reported, citing the president's chief of staff, Jan Kowalczyk." (rule
    quote.cited-source): an outlet or a body that reports words citing a person named by title and name passes
    that person's words on; the person speaks, relayed by the outlet. Citing a ground ("citing the delays") or an
    unnamed source ("citing officials") leaves the words the reporter's."""
    relay = table.get(finding.speaker_actor)
    if relay is None or relay.kind not in (ActorKind.OUTLET, ActorKind.ORGANIZATION) or finding.cue is None:
        return
    cue = table.doc.char_span(*finding.cue, alignment_mode="expand")
    citing = next((c for t in cue or [] for c in t.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG"), None)
    obj = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
    if obj is None or not titled_person(obj):
        return
    name = apposed_name(obj)  # "chief of staff, Jan Kowalczyk": the name, not "Lee" of "Lee's chief of staff"
    words = list(name) if name is not None else [t for t in obj.subtree if not _in_possessor(t, obj)]
    person = next((a for t in words if (a := table.actor_at(t)) and a.kind is ActorKind.PERSON), None)
    if person is None:
        return
    fired(CITED_SOURCE)
    finding.speaker = table.doc[obj.left_edge.i : name.end if name is not None else obj.right_edge.i + 1]
    finding.speaker_actor, finding.relayed_by = person.id, relay.id
    finding.shaped_by.append(CITED_SOURCE)


QUOTING_SOURCE = "quote.quoting-source"


def _quoting_source(finding: Finding, table: ActorTable, resolver: SpeakerResolver) -> None:
    """ "Quoting the embassy, the station said …", "Quoting Ramos, Delgado said: “…”" (rule quote.quoting-source): a
    sentence that opens by quoting someone passes on that one's words; the one quoted speaks, relayed by the subject
    of the verb of saying."""
    source = _quoted_at_opening(table.doc, finding.cue)
    if source is None or finding.speaker_actor is None:
        return
    actor = table.actor_in(source) or table.get(resolver.resolve(source, speaking=True))
    if actor is None or actor.id == finding.speaker_actor:
        return
    fired(QUOTING_SOURCE)
    finding.relayed_by, finding.speaker_actor, finding.speaker = finding.speaker_actor, actor.id, source
    finding.shaped_by.append(QUOTING_SOURCE)


def _cue_opens_quoting(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """Whether the cue is the "Quoting" that opens a sentence ("Quoting the embassy, the station said …")."""
    span = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    return span is not None and span[0].lower_ == "quoting" and span[0].is_sent_start


def _quoted_at_opening(doc: Doc, cue: tuple[int, int] | None) -> SpacySpan | None:
    """Who "Quoting X, …" at the opening of the cue's sentence names: the phrase up to the comma, without what
    follows its head ("Quoting Ramos at the end of the meeting,"); None when the sentence opens otherwise or the
    cue is inside the opening phrase. The tagger often reads "Quoting" as part of a name, so the word is matched."""
    span = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    if span is None:
        return None
    sent = span[0].sent
    comma = next((t.i for t in sent if t.text == ","), None)
    if sent[0].lower_ != "quoting" or comma is None or span.start < comma or comma - sent.start < 2:
        return None
    end = next((t.i for t in doc[sent.start + 2 : comma] if t.pos_ == "ADP" and t.lower_ != "of"), comma)
    return doc[sent.start + 1 : end]


def _in_possessor(token: Token, head: Token) -> bool:
    """Whether ``token`` stands in a possessor inside the phrase ``head`` heads ("Lee" of "Lee's spokesman")."""
    while token.i != head.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def _agreement_reported(findings: list[Finding], table: ActorTable) -> None:
    """ "… and the two men agreed that X would go to the talks, the presidency said"; "…, the ministry said in a
    release. The two sides agreed that …" (rule quote.agreement-reported): what the parties to a contact agreed,
    told by whoever reports the contact in that sentence or the one before, is that reporter's account; the
    parties themselves said nothing the story quotes."""
    sents = doc_sents(table.doc)
    for finding in findings:
        group = table.get(finding.speaker_actor)
        if group is None or group.kind is not ActorKind.GROUP or finding.cue is None or finding.speaker is None:
            continue
        cue = table.doc.char_span(*finding.cue, alignment_mode="expand")
        if cue is None or not any(reporting_lemma(t) == "agree" for t in cue):
            continue
        if finding.speaker[0].lower_ not in ("the", "both") or not any(
            t.like_num or t.lower_ == "both" for t in finding.speaker
        ):
            continue  # "the two men", "both sides": the parties just told, not a group of its own
        here = bisect_right([s.start for s in sents], cue.start) - 1
        reporter = _reporter_of(finding, findings, group.id, sents[here], sents[max(here - 1, 0)])
        if reporter is not None:
            fired("quote.agreement-reported")
            finding.speaker, finding.speaker_actor = reporter.speaker, reporter.speaker_actor
            finding.shaped_by.append("quote.agreement-reported")


def _reporter_of(
    finding: Finding, findings: list[Finding], group: str, sentence: SpacySpan, before: SpacySpan
) -> Finding | None:
    """Who tells the agreement: the nearest attribution after it in its sentence ("…, the presidency said",
    "…, according to a statement from …"), else the last one in the sentence before that tells of something
    ("…, the ministry said in a release."), not one quoting someone's own words."""
    others = [f for f in findings if f is not finding and f.cue is not None and f.speaker_actor not in (None, group)]
    after = [f for f in others if finding.cue[0] < f.cue[0] < sentence.end_char]
    if after:
        return min(after, key=lambda f: f.cue[0])
    earlier = [
        f for f in others if before.start_char <= f.cue[0] < sentence.start_char and f.kind is QuoteKind.INDIRECT
    ]
    return max(earlier, key=lambda f: f.cue[0]) if earlier and before.start != sentence.start else None


RELAY = "quote.relay"
"""Words a clause passes on, given to who said them and relayed by the one passing them on."""
RELAY_SOURCE = "quote.relay-source"


def _relayed_after(findings: list[Finding], table: ActorTable) -> list[Finding]:
    """ "The loan will be approved, Finance Minister Ahmed Saleh said, according to the state news agency" (rule
    quote.relay): an outlet's "according to" after a whole attribution passes that attribution on; the words
    stay the minister's, relayed by the outlet, and the outlet is credited with nothing of its own. Any other
    source ("…, according to two officials who attended", rule quote.relay-source) passes the words on too, but
    keeps its own account of the telling ("X told Y that …"), which holds the words X said."""
    out = list(findings)
    for outer in findings:
        relay = table.get(outer.speaker_actor)
        if "quote.according-to" not in outer.shaped_by or relay is None:
            continue
        rule = RELAY if relay.kind is ActorKind.OUTLET else RELAY_SOURCE
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
        if rule == RELAY_SOURCE and not _set_apart(table.doc, outer.cue):
            if inner is None:
                continue  # "would be dealt with according to Chilean law": the manner of a deed, not a source
            if not (_inside_words(inner, outer.cue) and _cites_a_source(table.doc, outer.cue, relay)):
                # "saying that councils can cut the tax if they wish according to the law" (rule
                # quote.according-to-manner): how a deed in someone's words is done, not who tells them
                fired("quote.according-to-manner")
                out.remove(outer)
                continue
        if inner is not None and inner.relayed_by is None and table.get(inner.speaker_actor) is not relay:
            inner.relayed_by = relay.id
            inner.shaped_by.append(rule)
            if rule == RELAY_SOURCE and outer.cue is not None:
                inner.ranges = _before_relay(table.doc, inner.ranges, outer.cue[0])
            else:
                out.remove(outer)
    return out


SOURCE_HEADS = SOURCE_NOUNS | CITED_SOURCES | JOINT_DOCUMENTS | PEOPLE_NOUNS
"""Nouns that make what "according to" names a source, not a manner: people, reports, statements."""


def _inside_words(inner: Finding, cue: tuple[int, int] | None) -> bool:
    """Whether the "according to" stands inside the words of the finding before it ("said the army would withdraw
    by May according to …"), not after them ('described it as "a courtesy call", but according to diplomats …',
    where it opens a clause of its own)."""
    return cue is not None and any(s <= cue[0] < e for s, e in inner.ranges)


def _cites_a_source(doc: Doc, cue: tuple[int, int] | None, relay: Actor) -> bool:
    """Whether "according to", with no comma before it, names who passes words on ("would withdraw by May according
    to two officials", "according to a statement", "according to Reuters"): a named person, body or outlet, or a
    noun for people or for what they put out; not a rule a deed follows ("according to the legislation", "the
    agreement signed in Minsk"), which rule quote.according-to-manner reads as how the deed is done."""
    if relay.kind is not ActorKind.ANONYMOUS:
        return True
    words = doc.char_span(*cue) if cue is not None else None
    if words is None:
        return False
    objs = [c for t in reversed(words) for c in t.children if c.dep_ == "pobj"]
    return bool(objs) and (objs[0].lemma_.lower() in SOURCE_HEADS or objs[0].lower_ in SOURCE_HEADS)


def _set_apart(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """ "…, according to two officials": a comma sets the source apart from the words it passes on (rule
    quote.relay-source), also one inside the closing quote mark ('…,” according to the statement', rule
    quote.according-to-after-quote); "dealt with according to the law" tells how something is done, and names no
    source."""
    before = doc_text(doc)[: cue[0]].rstrip() if cue is not None else ""
    if before[-2:] in (',"', ",”"):
        fired("quote.according-to-after-quote")  # 'asked them to "hire local engineers," according to the release'
        return True
    return before.endswith(",")


def _before_relay(doc: Doc, ranges: list[tuple[int, int]], relay_start: int) -> list[tuple[int, int]]:
    """The words of "X told him that A, according to two officials" (rule quote.relay-source) end before the
    "according to" that names who passes them on: the source is not part of what X said."""
    text = doc_text(doc)
    out = []
    for start, end in ranges:
        if start >= relay_start:
            continue
        end = min(end, relay_start)
        while end > start and text[end - 1] in " ,;—–-":
            end -= 1
        out.append((start, end))
    return out or ranges


# --- reporting constructions from the parse ---------------------------------------------------


REPORTED = "reported"
"""The key in ``doc.user_data`` of the attributions the parse shows and the rules that fired reading them."""


def _reported(doc: Doc) -> list[Finding]:
    """The attributions the parse shows, in document order. They are read once per document (``find_quotes`` and
    ``with_passed_on`` both look at them) and handed out as copies, since the callers change the findings they take
    (``combine`` sets their bounds, speakers and nested attributions); the rules that fired reading them fire again
    for whoever collects around each call."""
    if REPORTED not in doc.user_data:
        rules: list[str] = []
        with collecting(rules):
            found = _read_reported(doc)
        doc.user_data[REPORTED] = (found, rules)
    found, rules = doc.user_data[REPORTED]
    for rule in rules:
        fired(rule)
    return [_copied(f) for f in found]


def _copied(finding: Finding) -> Finding:
    """``finding`` with lists of its own, to change without changing ``finding``."""
    nested = _copied(finding.nested) if finding.nested is not None else None
    return replace(finding, ranges=list(finding.ranges), shaped_by=list(finding.shaped_by), nested=nested)


def _read_reported(doc: Doc) -> list[Finding]:
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
        return according_to(token, sent)
    if token.lower_ == "as":
        return cast_finding(token)
    if token.lower_ in ("in", "by"):
        return in_a_finding(token, sent)
    finding = None
    lemma = reporting_lemma(token)
    if is_stance_participle(token) and (stance := stance_at(token, speaker_span)) is not None:
        return stance_finding(token.doc, stance)  # "are worried the ferry will stop": a stance, not "worry"
    if token.pos_ in ("VERB", "AUX") and lemma in SPEECH_CUES:
        if lemma != token.lemma_.lower():
            fired("quote.put-it" if token.lemma_.lower() == "put" else "quote.phrasal-verb")
        if casts_in_quotes(token):
            return None  # the "as" phrase's finding (rule quote.cast-in-quotes)
        finding = speech_verb(token, sent)
        if finding is None and (answer := short_answer_at(token, speaker_span)) is not None:
            finding = stance_finding(token.doc, answer)
    elif (regard := regard_at(token)) is not None:
        finding = regard_finding(token, regard)
    elif token.pos_ == "NOUN" and token.lemma_.lower() in REMARK_NOUNS:
        finding = noun_cue(token)
    if finding is None and token.pos_ == "NOUN" and (taken := light_verb_stance(token) or voiced_stance(token)):
        finding = light_verb_finding(taken)  # also "made no comment on …", a remark noun with no that-clause
    elif token.pos_ == "ADJ" and (taken := made_clear(token)) is not None:
        finding = light_verb_finding(taken)
    if finding is None and (stance := stance_at(token, speaker_span)) is not None:
        finding = stance_finding(token.doc, stance)
    if finding is None and (position := stance_noun(token) or urged_for(token)) is not None:
        finding = position_finding(token, position)
    if finding is not None and token.pos_ == "VERB":
        with_tail(token, finding)
    return finding
