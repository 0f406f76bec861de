"""Attributions whose cue is not a reporting verb: a noun ("his claim that …"), a light verb ("made the case
that …"), a position taken ("his support for the levy"), a stance, a way of regarding ("see him as …") and a thing
cast in someone's words."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import QuoteKind
from .content_bounds import cut_trailing
from .lexicon import REMARK_MAKING_VERBS, SPEECH_VERBS
from .light_verbs import LightVerbStance
from .positions import Position
from .quote_findings import SPEECH_CUES, Finding, cue_of, reporting_lemma, trimmed_chars
from .remark_owner import remark_owner
from .speaker_spans import noun_phrase, speaker_span
from .stance import Stance
from .views import Regard, cast_in_quotes


def position_finding(token: Token, position: Position) -> Finding | None:
    """ "his support for the levy", "called for the mayor to resign": see ``positions``."""
    doc = token.doc
    start = position.start
    span = trimmed_chars(doc, start, cut_trailing(doc, start, position.end, start))
    if span is None:
        return None
    shaped = []
    if position.holder is not None:
        speaker: SpacySpan | None = doc[position.holder[0] : position.holder[1] + 1]
        if (own := _own_stand(token, speaker, named_subjects=True)) is not None:
            speaker = own
            shaped.append("quote.own-stance")
    else:
        speaker = speaker_span(token)
    first, last = doc[position.cue_start], doc[position.cue_end]
    cue = (first.idx, last.idx + len(last))
    return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=position.rule, shaped_by=shaped)


OWN_PLURAL = frozenset({"their"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
OWN_SINGULAR = frozenset({"his", "her", "its"})
SUBJECT_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we"}
"""The subject pronoun a possessive pronoun goes with: "she escalated her attacks" is one person's stand."""


def _own_stand(noun: Token, holder: SpacySpan, *, named_subjects: bool) -> SpacySpan | None:
    """ "Varga has toned down his criticism of the levy", "the pilots were unsparing in their opposition to …"
    (rule quote.own-stance): a stand held by a possessive pronoun, named in the predicate of a clause whose
    subject the pronoun agrees with in number, is that subject's; the clause is not itself a report ("mocked his
    support for …" is someone else's stand). A pronoun subject holds it only as the same pronoun's subject form
    ("He has stepped up his attacks on …", "she shared her belief that …"; not "she questioned his support");
    a named subject only with ``named_subjects`` (a stand, not a remark: "the panel accepted his argument that …"
    is his)."""
    possessive = holder[0].lower_ if len(holder) == 1 else ""
    if possessive not in OWN_PLURAL | OWN_SINGULAR | set(SUBJECT_OF_POSSESSIVE):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if (
        noun.dep_ not in ("dobj", "pobj")
        or verb.pos_ not in ("VERB", "AUX", "ADJ")
        or reporting_lemma(verb) in SPEECH_CUES
    ):
        return None
    clause = verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None and clause.dep_ == "xcomp":  # "appeared to betray her own concern that …"
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > noun.i or subject.nbor().text in DATELINE_DASHES:
        return None  # "BRASÍLIA — the minister sharpened his criticism …": the dateline is no subject
    if subject.pos_ == "PRON":
        return noun_phrase(subject) if SUBJECT_OF_POSSESSIVE.get(possessive) == subject.lower_ else None
    if not named_subjects or possessive not in OWN_PLURAL | OWN_SINGULAR:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if plural != (holder[0].lower_ in OWN_PLURAL):
        return None
    return noun_phrase(subject)


def stance_finding(doc: Doc, stance: Stance) -> Finding | None:
    ranges = [r for a, b in stance.content if (r := trimmed_chars(doc, a, b)) is not None]
    if len(ranges) < len(stance.content):
        return None
    first, last = doc[stance.cue[0]], doc[stance.cue[1]]
    cue = (first.idx, last.idx + len(last))
    return Finding(QuoteKind.INDIRECT, ranges, cue, stance.speaker, rule=stance.rule)


def noun_cue(noun: Token) -> Finding | None:
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
    shaped = ["quote.noun-cue", "quote.view-is-that"] if copular else ["quote.noun-cue"]
    if clause is None and (clause := _clause_on_making_verb(noun)) is not None:
        shaped.append("quote.remark-clause-on-verb")
    if clause is None:
        return None
    start = clause.left_edge.i
    span = trimmed_chars(noun.doc, start, cut_trailing(noun.doc, start, clause.right_edge.i, clause.i))
    if span is None:
        return None
    speaker, rule = remark_owner(noun, speaker_span)
    cue = (noun.idx, noun.idx + len(noun))
    if rule is None and speaker is not None and (own := _own_stand(noun, speaker, named_subjects=False)) is not None:
        speaker = own  # "she shared her belief that …"
        shaped.append("quote.own-stance")
    return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=rule, shaped_by=shaped)


def _clause_on_making_verb(noun: Token) -> Token | None:
    """ "Umno issued a statement around 11pm that it would quit", "gave assurances on Monday that …" (rule
    quote.remark-clause-on-verb): a that-clause after a remark that a verb of making or issuing has for its object,
    the parse having hung the clause on the verb past words of when or where, is the remark's content."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in REMARK_MAKING_VERBS:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > noun.i for m in c.children)
        ),
        None,
    )


def light_verb_finding(taken: LightVerbStance) -> Finding | None:
    """ "took aim at the fares", "made no secret of her anger", "made clear she will run", "threw her support behind
    the plan", "drew criticism from pilots" (rules quote.light-verb, quote.made-remark, quote.made-clear,
    quote.voiced-stance, quote.drew-stance): see ``light_verbs``."""
    doc = taken.verb.doc
    speaker = doc[taken.holder[0] : taken.holder[1] + 1] if taken.holder is not None else speaker_span(taken.verb)
    span = trimmed_chars(doc, taken.start, cut_trailing(doc, taken.start, taken.end, taken.start))
    if speaker is None or span is None:
        return None
    first = cue_of(taken.verb)[0]
    last = doc[taken.cue_end]
    return Finding(QuoteKind.INDIRECT, [span], (first, last.idx + len(last)), speaker, rule=taken.rule)


def regard_finding(verb: Token, regard: Regard) -> Finding | None:
    """ "voters see him as the stronger candidate", "the pier is regarded as unsafe" (rule quote.seen-as)."""
    doc = verb.doc
    if regard.passive:
        if regard.agent is None and any(reporting_lemma(a) in SPEECH_VERBS for a in verb.ancestors):
            return None  # "aides say the primaries are seen as closer": part of what the aides say
        speaker = noun_phrase(regard.agent) if regard.agent is not None else None
        if speaker is not None and (cut := [a for a, _ in regard.content if speaker.start < a < speaker.end]):
            speaker = doc[speaker.start : min(cut)]  # "was seen by some as a demotion": the agent is "some"
    else:
        speaker = speaker_span(verb)
        if speaker is None:
            return None
    ranges = [r for a, b in regard.content if (r := trimmed_chars(doc, a, b)) is not None]
    if len(ranges) < len(regard.content):
        return None
    return Finding(QuoteKind.INDIRECT, ranges, cue_of(verb), speaker, rule="quote.seen-as")


def cast_finding(as_word: Token) -> Finding | None:
    """ "blasted the mayor as a “fraud”", "is going after the senator as “unfit”" (rule quote.cast-in-quotes): the
    object with its quoted "as" phrase is the subject's words; see ``views``."""
    cast = cast_in_quotes(as_word)
    speaker = speaker_span(cast.verb) if cast is not None else None
    if cast is None or speaker is None:
        return None
    doc = as_word.doc
    ranges = [r for a, b in cast.content if (r := trimmed_chars(doc, a, b)) is not None]
    if len(ranges) < len(cast.content):
        return None
    start, end = cue_of(cast.verb)
    cue = (start, max(end, cast.cue_end.idx + len(cast.cue_end)))
    return Finding(QuoteKind.INDIRECT, ranges, cue, speaker, rule="quote.cast-in-quotes")


def casts_in_quotes(verb: Token) -> bool:
    """Whether an "as" phrase casts ``verb``'s object in quoted words."""
    return any((cast := cast_in_quotes(t)) is not None and cast.verb == verb for t in verb.subtree if t.lower_ == "as")
