"""Attributions of a stance without a reporting verb.

PolNeAR-style attribution covers more than speech: a stance held ("Democrats are wary of steering left"),
what unnamed others expect or believe ("Trump is expected to win") and how things look. Three constructions,
each a rule:

- ``quote.stance-adjective``: a subject, a copula and a stance adjective with its complement: a that-clause,
  a to-infinitive or the object of a preposition ("are concerned that …", "is wary of …").
- ``quote.raising``: a passive reporting or belief verb raising its subject ("X is expected/said/believed to
  do Y"): the subject with its infinitive; the speaker is the agent if "by" names one.

- ``quote.appearance``: how things look, to no one named ("The council seems to favour the plan", "it
  appears that the ferry will stop"): the subject with its infinitive, or the clause after "it seems".
- ``quote.appearance-complement``: how things look, told by a complement that carries words of its own
  ("the board appeared likely to approve the loan", "seems ready for a long fight", "seemed rattled by the
  questions", "it seems fairly likely that …"): the subject with the complement. A bare adjective ("the
  patients appeared calm") stays the writer's observation.

The words are data (``stance_adjectives``, ``raising_verbs`` and ``appearance_verbs`` in
data/vocab/lexicon.toml). How things *appear* was first left out (about half of its readings attributions on a
PolNeAR train sample); read with a subject and an infinitive, or "it seems" with a clause, two thirds of its
readings on a 250-article train sample are attributions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .grammar import is_passive
from .lexicon import AGENDA_VERBS, APPEARANCE_VERBS, RAISING_VERBS, SPEECH_VERBS, STANCE_ADJECTIVES
from .trace import fired

COPULAS = frozenset({"be", "become", "remain", "grow", "feel", "seem", "appear", "sound", "look", "get"})
COMPLEMENT_PREPS = frozenset({"about", "of", "with", "in", "on", "over", "toward", "towards", "for", "at", "by"})
CUE_DEPS = frozenset({"neg", "aux", "auxpass"})
APPEARANCE_FORMS = frozenset(verb + ending for verb in APPEARANCE_VERBS for ending in ("", "s", "ed", "ing"))
"""The forms of the (regular) appearance verbs: the lemmatiser leaves "seemed" as it is when tagged an auxiliary."""


@dataclass(frozen=True)
class Stance:
    """What a stance construction attributes, as token ranges (inclusive) of the sentence's doc."""

    content: list[tuple[int, int]]
    cue: tuple[int, int]
    speaker: Span | None
    rule: str


def stance_at(token: Token, subject: Callable[[Token], Span | None]) -> Stance | None:
    """The stance construction ``token`` heads, if any; ``subject`` finds a verb's subject phrase."""
    lower = token.lower_
    if lower in STANCE_ADJECTIVES:
        return _stance_adjective(token, subject) or _stance_participle(token, subject)
    if token.tag_ == "VBN" and token.lemma_.lower() in RAISING_VERBS:
        return _raising(token)
    if token.lemma_.lower() in APPEARANCE_VERBS or token.lower_ in APPEARANCE_FORMS:
        if token.pos_ == "VERB":
            return _appearance(token) or _appearance_complement(token, token, _complement_of_look(token))
        if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass") and token.head.tag_ in ("VBN", "VBG"):
            # "Moss seemed rattled by the questions": the parser made the verb an auxiliary of the participle
            verb = token.head
            if token.i < verb.i and _has_words_after(verb):
                return _appearance_complement(token, verb, verb)
    return None


def _stance_adjective(adj: Token, subject: Callable[[Token], Span | None]) -> Stance | None:
    """ "Some Democrats are concerned that …", "leaders are wary of steering …", "is willing to offer …"."""
    if adj.pos_ == "ADJ" and adj.dep_ in ("acomp", "oprd") and adj.head.lemma_.lower() in COPULAS:
        verb = adj.head
        speaker = subject(verb)
    elif adj.pos_ in ("VERB", "ADJ") and adj.tag_ == "VBN" and is_passive(adj):
        verb = adj
        passive = next((c for c in adj.children if c.dep_ == "nsubjpass"), None)
        speaker = adj.doc[passive.left_edge.i : passive.i + 1] if passive is not None else None
    else:
        return None
    if speaker is None:
        return None
    complement = _complement(adj) or (_complement(verb) if verb is not adj else None)
    if complement is None:
        return None
    start, end, cue_end = complement
    return Stance([(start, end)], (min(cue_start(verb), adj.i), cue_end), speaker, "quote.stance-adjective")


def is_stance_participle(word: Token) -> bool:
    """Whether ``word`` is a stance word the tagger made a participle after a copula: "pilots are worried the ferry
    will stop" (a complement of "are"), "Moss is convinced the ferry will fail" (a passive whose subject the parser
    did not mark as passive). Read as a stance, not as the verb "worry", so that the copula's subject holds it."""
    if word.lower_ not in STANCE_ADJECTIVES or word.tag_ != "VBN":
        return False
    if word.dep_ in ("acomp", "oprd"):
        return word.head.lemma_.lower() in COPULAS
    return is_passive(word) and _holder(word) is not None


def _holder(word: Token) -> Token | None:
    """The subject of a stance participle: the copula's, or the participle's own, which the parser may hang on its
    passive auxiliary instead ("Moss is convinced …" with "Moss" under "is")."""
    verb = word.head if word.dep_ in ("acomp", "oprd") else word
    hosts = [verb, *(c for c in verb.children if c.dep_ == "auxpass")]
    return next((c for h in hosts for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < word.i), None)


def _stance_participle(word: Token, subject: Callable[[Token], Span | None]) -> Stance | None:
    """ "Moss is convinced the ferry will fail", "pilots are worried that the pier will close" (rule
    quote.stance-participle): the holder of the stance with the clause held. Only a clause: a participle's
    infinitive ("is determined to win") tells an aim, not a view."""
    if not is_stance_participle(word):
        return None
    verb = word.head if word.dep_ in ("acomp", "oprd") else word
    holder = _holder(word)
    clause = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i and c.pos_ in ("VERB", "AUX")), None)
    if holder is None or clause is None or holder.lower_ in ("it", "there"):
        return None
    whole = word.doc[holder.left_edge.i : min(holder.right_edge.i, word.i - 1) + 1]  # "Most of the pilots"
    speaker = subject(verb) if verb is not word else whole
    if speaker is None:
        return None
    cue = (min(cue_start(verb), word.i), word.i)
    return Stance([(clause.left_edge.i, clause.right_edge.i)], cue, speaker, "quote.stance-participle")


def _complement(head: Token) -> tuple[int, int, int] | None:
    """The first complement right of ``head``: (content start, content end, last cue token)."""
    for child in head.children:
        if child.i <= head.i:
            continue
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            return child.left_edge.i, child.right_edge.i, head.i
        if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[-1].right_edge.i, child.i
    return None


def _raising(verb: Token) -> Stance | None:
    """ "Trump is expected to deliver a victory speech", "the envoy is said by aides to favour a deal"."""
    if not is_passive(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    infinitive = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if subject is None or infinitive is None or subject.lower_ in ("it", "there"):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and verb.lemma_.lower() == "expect" and infinitive.lemma_.lower() in AGENDA_VERBS:
        # "The minister is expected to attend", "the leaders are expected to sign a declaration at noon": a
        # timetable told, not a view anyone holds (rule quote.expected-agenda)
        fired("quote.expected-agenda")
        return None
    objects = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
    speaker = verb.doc[objects[0].left_edge.i : objects[0].i + 1] if objects else None
    who = (subject.left_edge.i, subject.right_edge.i)
    content = [who, (infinitive.left_edge.i, infinitive.right_edge.i)]
    return Stance(content, (cue_start(verb), verb.i), speaker, "quote.raising")


def _appearance(verb: Token) -> Stance | None:
    """ "The council seems to favour the plan", "it appears that the ferry will stop" (rule
    quote.appearance): how things look to someone unnamed, the subject with its infinitive or the clause."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    if subject.lower_ in ("it", "there"):
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None:
            return None
        return Stance([(clause.left_edge.i, clause.right_edge.i)], (cue_start(verb), verb.i), None, "quote.appearance")
    complement = next(
        (c for c in verb.children if c.i > verb.i and c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None
    )
    if complement is None or complement.lemma_.lower() in SPEECH_VERBS:
        return None  # "Moss seemed to suggest that …": Moss's suggestion, which the reporting verb reports
    content = [(subject.left_edge.i, subject.right_edge.i), (complement.left_edge.i, complement.right_edge.i)]
    return Stance(content, (cue_start(verb), verb.i), None, "quote.appearance")


LOOK_DEPS = frozenset({"oprd", "acomp", "attr"})
"""How the parser hangs what something looks like on "seem"/"appear": "seems ready", "appeared poised", "seemed a
reminder"."""


def _complement_of_look(verb: Token) -> Token | None:
    """The complement after "seem"/"appear" that carries words of its own ("likely to approve", "ready for a
    fight", "like an impossible task"), or None."""
    for child in verb.children:
        if child.i <= verb.i:
            continue
        if child.dep_ in LOOK_DEPS and _has_words_after(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "like" and any(g.dep_ == "pobj" for g in child.children):
            return child
    return None


def _has_words_after(head: Token) -> bool:
    """Whether ``head`` has a dependent after it other than punctuation: "likely to win", not "calm"."""
    return any(c.i > head.i and not c.is_punct for c in head.children)


def _appearance_complement(cue: Token, verb: Token, complement: Token | None) -> Stance | None:
    """ "The board appeared likely to approve the loan", "Moss seemed rattled by the questions", "it seems
    fairly likely that the ferry will stop" (rule quote.appearance-complement): how things look, to no one
    named; the subject (none after "it") with the complement."""
    if complement is None:
        return None
    owner = verb
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        owner = verb.head  # "held a large lead and appeared poised to win": the first verb's subject
    subject = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subject is None or subject.lower_ == "there":
        return None
    rest = (max(complement.left_edge.i, cue.i + 1), complement.right_edge.i)
    if subject.lower_ == "it":
        return Stance([rest], (cue_start(cue), cue.i), None, "quote.appearance-complement")
    content = [(subject.left_edge.i, subject.right_edge.i), rest]
    return Stance(content, (cue_start(cue), cue.i), None, "quote.appearance-complement")


def cue_start(verb: Token) -> int:
    """Where a verb's cue starts: at its auxiliaries and negation before it ("did not say", "has said")."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_ in CUE_DEPS and c.i < verb.i])
