"""Who speaks in a clause that "according to" passes on (rule quote.channel-not-speaker).

"Lind said the talks were useful, and expressed hope for closer ties, according to his office": the clause has
verbs of saying of its own, and their subject, Lind, is who said those words; "according to" names only the
channel they came through. The project decided so (session 68): the subject of a speech verb speaks, the
"according to" source relays. The "according to" finding stays as the channel's account of the telling (what the
office put out), and each speech verb of the clause gives a quote of its own, relayed by the channel, listed
before it. A clause whose verb is no verb of saying ("the two leaders agreed that …", "Lind met Berg …") stays
the channel's alone. These quotes are made after the events have read the quotes (``quotes.with_passed_on``):
the contact the clause tells stays the channel's account, with its reporters and confirmations, and the channel
stays the voice the story goes on with ("According to an official, the envoys promised talks. “…,” he told me":
the official).

Only a telling the channel gives as one act, by someone it names: "Police have said …" or "the paper reports …"
is a standing position the channel passes on, and "According to her account, she insisted …" is the channel's
own person as it tells it; those stay the channel's (PolNeAR, too, gives them to the channel).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actor_table import ActorTable
from .actor_words import doc_text
from .lexicon import SPEECH_VERBS
from .quote_findings import Finding, actors_in, inside_ranges, overlap_chars, reporting_lemma, word_count
from .quotemarks import find_quoted
from .speakers import SpeakerResolver
from .trace import fired

CHANNEL_NOT_SPEAKER = "quote.channel-not-speaker"
ACCORDING_TO = "quote.according-to"

MIN_WORDS = 3
"""Fewer words than this tell nothing said ("promised nothing", "asked for an explanation")."""
NOT_OWN_WORDS = frozenset({"agree", "concur", "disagree", "decline", "refuse", "cite"})
"""Verbs of saying that tell of an agreement, a refusal or a ground, not of words one side said: "the two leaders
agreed that …, according to the office" is the office's account of them, and so is "turned the request down,
citing the schedule"."""
CLAUSE_LINKS = frozenset({"conj", "ccomp", "advcl"})
"""How a verb of saying may hang on the speaker's own verb: joined to it, or a clause or participle of it; not a
relative clause of someone else ("received by the envoy, who asked for …")."""


def channel_speakers(
    doc: Doc,
    table: ActorTable,
    resolver: SpeakerResolver,
    outer: Finding,
    candidates: list[Finding],
    findings: list[Finding],
) -> list[Finding]:
    """The quotes of the speakers whose own speech verbs stand in the clause an "according to" finding
    (``outer``) passes on, each relayed by ``outer``'s source: none for a verb that ``findings`` already has a
    quote for (rule quote.relay-source relays that one), a speaker who is the source itself, or one no actor
    stands for."""
    text = doc_text(doc)
    if outer.cue is None or outer.speaker_actor is None or not _set_apart(text, outer.cue[0]):
        return []  # "said the case would be dealt with according to the law": a manner, not a channel
    have = {f.cue for f in findings if f.cue is not None}
    quoted = [(q.start, q.end) for q in find_quoted(text)]
    out: list[Finding] = []
    for inner in candidates:
        if inner.cue is None or inner.speaker is None or inner.cue in have or inside_ranges(quoted, *inner.cue):
            continue  # 'According to X, “Y revealed …”': X's own words, quoting Y
        ranges = _before_channel(inner.ranges, outer.cue[0], text)
        if sum(word_count(text, s, e) for s, e in ranges) < MIN_WORDS:
            continue  # "listened politely and promised nothing": no words told
        if not _own_clause(doc, outer, inner, ranges) or any(
            overlap_chars(a, b) > 0 for f in out for a in ranges for b in f.ranges
        ):
            continue  # "expressed appreciation for …" read twice, as "expressed" and as "expressed … for"
        speaker = resolver.resolve(inner.speaker, exclude=actors_in(doc, table, ranges), speaking=True)
        if speaker is None or speaker == outer.speaker_actor:
            continue
        fired(CHANNEL_NOT_SPEAKER)
        out.append(
            Finding(
                inner.kind,
                ranges,
                inner.cue,
                inner.speaker,
                speaker_actor=speaker,
                relayed_by=outer.speaker_actor,
                rule=inner.rule,
                shaped_by=[*inner.shaped_by, CHANNEL_NOT_SPEAKER],
            )
        )
        have.add(inner.cue)
    return out


def _own_clause(doc: Doc, outer: Finding, inner: Finding, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``inner`` is told by a verb of saying of the clause ``outer`` passes on, its speaker that clause's
    subject: its cue, speaker and words (``ranges``, up to the channel) lie in ``outer``'s words, and the speaker
    is the subject of the sentence's main verb or of one joined to it ("Lind said …, and expressed hope …"), not
    of a verb inside what someone is told to have said ("the envoy said the mayor told him …")."""
    if inner.cue is None or inner.speaker is None:
        return False
    spans = [inner.cue, (inner.speaker.start_char, inner.speaker.end_char), *ranges]
    if not all(inside_ranges(outer.ranges, s, e) for s, e in spans):
        return False
    cue = doc.char_span(*inner.cue, alignment_mode="expand")
    if not any(t.pos_ in ("VERB", "AUX") and _tells_words(t) and _told_act(t) for t in cue or ()):
        return False
    subject = inner.speaker.root
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ == "PRON":
        return False  # "According to her account, she insisted …": the channel's own person, as it tells it
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and any(_hangs_on(t, subject.head) for t in cue or () if _tells_words(t))


def _hangs_on(said: Token, verb: Token) -> bool:
    """Whether the verb of saying is ``verb`` or hangs on it by joined verbs, clauses and participles only."""
    node = said
    while node.i != verb.i:
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return True


def _tells_words(verb: Token) -> bool:
    """A verb of saying that tells of words (not "agreed", "refused")."""
    lemma = reporting_lemma(verb)
    return lemma in SPEECH_VERBS and lemma not in NOT_OWN_WORDS


def _set_apart(text: str, channel: int) -> bool:
    """Whether "according to" at character ``channel`` is set apart as a source is: it opens its sentence or
    follows a comma ('…,” according to the office')."""
    before = text[:channel].rstrip().rstrip("\"”’'")
    return not before or before[-1] in ",.!?:;\n"


def _told_act(verb: Token) -> bool:
    """A saying the channel tells as one act, in the simple past ("said", "expressed hope"), or a participle joined
    to one ("…, stressing …"); not a standing position the channel passes on ("Police have said …", "the paper
    reports …"), which stays the channel's account."""
    if verb.tag_ == "VBG":
        return verb.head.tag_ == "VBD"
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


def _before_channel(ranges: list[tuple[int, int]], channel: int, text: str) -> list[tuple[int, int]]:
    """The words up to an "according to" after them that names the channel: "…, according to the office" is not
    part of what the speaker said. Words after a leading "According to X, …" stay whole."""
    out = []
    for start, end in ranges:
        if start < channel < end:
            end = channel
        while end > start and text[end - 1] in " ,;—–-":
            end -= 1
        if end > start:
            out.append((start, end))
    return out
