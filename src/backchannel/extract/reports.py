"""Reporters: who tells that a contact took place.

A contact is reported by the speakers of the attributions that contain its
mention (an outlet, a named official, an anonymous source with its relaying
outlet, the sources a report cites), by the author of a report it is told
from ("denied a report by the newspaper X that he had met Y"), or by the
article's own outlet when it states the contact on its own authority.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor, ActorKind, Article, Quote, Report
from .actor_table import ActorTable
from .contact_words import DISMISSING_VERBS, REPORT_NOUNS, STATION_WORDS
from .lexicon import OUTLET_NAME_WORDS, OUTLET_NOUNS, OWN_ACCOUNT_VERBS
from .parties import apposition_end
from .speakers import PERSON_PRONOUNS, SpeakerResolver
from .trace import fired

DENYING_VERBS = DISMISSING_VERBS | {"deny"}
"""Verbs by which a speaker turns down what a report tells: "denied", "dismissed", "rejected"."""


def quotes_over(token: Token, quotes: list[Quote]) -> list[Quote]:
    pos = token.idx
    out = []
    for q in quotes:
        ranges = [(s, e) for s, e in q.content.parts] or [(q.content.start, q.content.end)]
        if any(s <= pos < e for s, e in ranges):
            out.append(q)
    return out


def reports_for(
    trigger: Token, quotes: list[Quote], table: ActorTable, article: Article, resolver: SpeakerResolver
) -> list[Report]:
    covering = quotes_over(trigger, quotes)
    reports: list[Report] = [Report(source=a) for a in _report_authors(trigger, table)]
    if reports:
        fired("report.author-of-report")  # "denied a report by the newspaper X that he had met Y"
    for q in covering:
        if reports and _denies(q, table):
            fired("report.denier-of-report")  # "X denied a report in the daily Y that …": Y tells it, X does not
            continue
        for actor_id in _speakers_of(q, table) + _cited_by(q, table, resolver):
            actor = table.get(actor_id)
            if actor is None:
                continue
            report = Report(
                source=actor.id, via=actor.via if actor.kind in (ActorKind.ANONYMOUS, ActorKind.GROUP) else None
            )
            if report not in reports:
                fired("report.speaker")  # told inside an attribution: its speaker asserts it
                reports.append(report)
    teller = None if covering or reports else unquoted_teller(trigger, resolver)
    if teller is not None:
        fired("report.teller-unquoted")  # "X told the station he had spoken with Y", found as no quote
        reports.append(Report(source=teller))
    elif not covering and article.outlet:
        fired("report.own-outlet")  # told on the article's own authority
        own = table.add(ActorKind.OUTLET, article.outlet)
        reports.append(Report(source=own.id))
    return reports


def unquoted_teller(trigger: Token, resolver: SpeakerResolver) -> str | None:
    """Who tells a contact in words no quote was found for: the subject of the telling verb its clause hangs on
    ("The minister, Karl Olsen, told the station he had spoken with Per Holm": Olsen, rule report.teller-unquoted),
    or with no such verb the writer of a first-person piece."""
    verb = _own_account_verb(trigger)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if verb is None or subject is None:
        return _narrator_telling(trigger, resolver)
    return resolver.resolve(verb.doc[subject.left_edge.i : apposition_end(subject) + 1], speaking=True)


def _narrator_telling(trigger: Token, resolver: SpeakerResolver) -> str | None:
    """The writer of a first-person piece, who tells in their own words, in a sentence where they say "I", what no
    quotation covers (rule report.narrator): "In March 1989 I met the Algerian foreign minister", "I watched the two
    ministers walk past each other", told by the memoir's writer."""
    narrated = resolver.narration
    if narrated.narrator is None or not narrated.own_words(trigger):
        return None
    if not any(narrated.narrator_of(t) for t in trigger.sent):
        return None  # "Levin met Qatari mediators on Monday": the outlet's report, though its writer says "I" elsewhere
    fired("report.narrator")
    return narrated.narrator


def _own_account_verb(trigger: Token) -> Token | None:
    """The telling verb whose clause a contact is told in: "said he had met", "volunteered that he had met", or
    "told the station he had spoken", parsed as a relative clause of the listener (then only with a personal pronoun
    as its subject, not "told the envoy who had met her")."""
    clause = trigger
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp":
        verb = clause.head
    elif clause.dep_ == "relcl" and clause.head.dep_ == "dobj":
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or (
            subjects[0].lower_ not in PERSON_PRONOUNS | {"i", "we", "they"} and not _that_clause(clause)
        ):
            return None
        verb = clause.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in OWN_ACCOUNT_VERBS else None


def _that_clause(clause: Token) -> bool:
    """ "told a briefing that Ermekov had spoken with Asanov", parsed as a relative clause of the listener: its
    "that" opens it and its verb has what a relative clause would lack, an object or a "with" of its own (not "told
    the envoy that Ermekov had met", whose envoy is the one met; rule report.teller-told-that)."""
    opener = clause.doc[clause.left_edge.i]
    if opener.lower_ != "that" or opener.dep_ not in ("dobj", "mark") or opener.head.i != clause.i:
        return False
    if not any(c.dep_ == "dobj" and c.i != opener.i for c in clause.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in clause.children
    ):
        return False
    fired("report.teller-told-that")
    return True


def _denies(q: Quote, table: ActorTable) -> bool:
    """Whether a quote's words are what its speaker denies or dismisses ("denied a report that …")."""
    if q.cue is None:
        return False
    cue = table.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    return cue is not None and any(t.lemma_.lower() in DENYING_VERBS for t in cue)


def _report_authors(trigger: Token, table: ActorTable) -> list[str]:
    """ "denied a report by the newspaper ABC Color that he had met X": the newspaper reported the meeting."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return []
        clause, node = node, node.head
        report = node if node.lower_ in REPORT_NOUNS and node.pos_ == "NOUN" else _report_beside(clause, node)
        if report is not None:
            holders = [c for c in report.children if c.dep_ == "poss"]
            holders += [
                g for c in report.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "in") for g in c.children
            ]
            found = [
                a.id
                for h in holders
                for t in _outside_the_telling(h, trigger)
                if (a := table.actor_at(t)) is not None and (h.head.lower_ != "in" or _a_paper(a))
            ]
            found = found or _broadcast_on(report, trigger, table)
            return list(dict.fromkeys(found or _described_author(report, holders, trigger, table)))[:1]
    return []


def _described_author(report: Token, holders: list[Token], trigger: Token, table: ActorTable) -> list[str]:
    """ "a report by a Pittsburgh radio station that …", "reports broadcast by Somali radio stations", "claims in some
    Arab media outlets", "a Globe-Mercury report", "a report by the evening paper Linnauudised": a report's author
    no actor holds, named by a noun for a news outlet or by a name of its own, is an outlet so named (rule
    report.author-described). Not a place or body a report is "in" ("the report in Parliament")."""
    holders = holders + [c for c in report.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    holders += [
        g
        for v in report.children
        if v.dep_ == "acl"
        for a in v.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    for holder in holders:
        words = [t for t in _outside_the_telling(holder, trigger) if not t.is_punct]
        while words and words[0].dep_ == "det":
            words = words[1:]
        if not words:
            continue
        phrase = holder.doc[words[0].i : words[-1].i + 1]
        if holder.lemma_.lower() in OUTLET_NOUNS:
            name = _apposed_name(holder) or phrase
        elif holder.pos_ == "PROPN" and (holder.head.lower_ != "in" or holder.lower_ in OUTLET_NAME_WORDS):
            name = phrase
        else:
            continue
        fired("report.author-described")
        return [table.add(ActorKind.OUTLET, name.text, mention=name).id]
    return []


def _apposed_name(noun: Token) -> SpacySpan | None:
    """The name apposed to an outlet's noun: "the evening paper Linnauudised", "the news portal Delfi"."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
    return None if name is None else noun.doc[name.left_edge.i : name.right_edge.i + 1]


def _report_beside(clause: Token, verb: Token) -> Token | None:
    """ "denied a report in the daily X that Moen had phoned him": the parse may hang the that-clause on the verb
    beside the report it tells (rule report.clause-beside-report); the report is the verb's object, one that tells
    nothing of its own."""
    if clause.dep_ != "ccomp" or clause.left_edge.lower_ != "that":
        return None
    report = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in REPORT_NOUNS), None)
    if report is None or report.pos_ != "NOUN" or any(c.dep_ in ("acl", "ccomp", "relcl") for c in report.children):
        return None
    fired("report.clause-beside-report")
    return report


def _broadcast_on(report: Token, trigger: Token, table: ActorTable) -> list[str]:
    """ "A report on Radio Coast that Moen had met Vasquez": the station a report went out on wrote it (rule
    report.broadcast-on); not "a report on the talks", nor "a report on Moen", whose "on" says what it is about."""
    holders = [g for c in report.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    found = [
        a.id
        for h in holders
        for t in _outside_the_telling(h, trigger)
        if (a := table.actor_at(t)) is not None and _a_station(a)
    ]
    if found:
        fired("report.broadcast-on")
    return found


def _a_paper(actor: Actor) -> bool:
    """What a report can be "in": an outlet or station, or a paper's foreign name the tagger took for a person ("a
    report in Eesti Sõnumid"); not a body or place ("denied the report in Parliament" is not Parliament's)."""
    return actor.kind is ActorKind.PERSON or _a_station(actor)


def _a_station(actor: Actor) -> bool:
    """An outlet, or a body named as a station ("Radio Delta", "TV Sur"): what a report can go out on."""
    first = actor.name.lower().split()[:1]
    return actor.kind is ActorKind.OUTLET or (actor.kind is ActorKind.ORGANIZATION and bool(set(first) & STATION_WORDS))


def _outside_the_telling(holder: Token, trigger: Token) -> list[Token]:
    """The words naming a report's author, without the clause that tells the contact: in "a report by a local radio
    station that Moen had met Vasquez" the parse may hang the clause on "station", and Moen did not report it."""
    telling = next((c for c in holder.children if trigger in c.subtree), None)
    hidden = set(telling.subtree) if telling is not None else set()
    return [t for t in holder.subtree if t not in hidden]


def _cited_by(q: Quote, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """ "…, the daily reported, citing three officials": the officials report through the daily."""
    if q.cue is None:
        return []
    cue = table.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    out: list[str] = []
    for verb in cue or []:
        for citing in (c for c in verb.children if c.lower_ == "citing"):
            for source in (c for c in citing.children if c.dep_ == "dobj"):
                found = resolver.resolve(table.doc[source.left_edge.i : source.right_edge.i + 1])
                if found and found not in out:
                    out.append(found)
    return out


def _speakers_of(q: Quote, table: ActorTable) -> list[str]:
    """Every actor the speaker phrase names: "Reuters and Bloomberg" is two reporters."""
    out = [q.speaker_actor] if q.speaker_actor else []
    if q.speaker is None:
        return out
    doc = table.doc
    span = doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
    if span is None:
        return out
    for token in span:
        actor = table.actor_at(token)
        if (
            actor is not None
            and actor.id not in out
            and (
                token.dep_ == "conj"
                or token.head.dep_ == "conj"
                or (
                    actor.kind is ActorKind.OUTLET
                    and q.speaker_actor
                    and (table.get(q.speaker_actor) or actor).kind is ActorKind.OUTLET
                )
            )
        ):
            out.append(actor.id)
    return out
