"""Events: contact mentions merged into happenings, with who reports them and who confirmed.

One happening told several times in an article ("a visit by Macron's
advisor", "Bonn visited Moscow", "Bonn's visit", "the visit") becomes one
event. Each event is reported by the speakers of the attributions that
contain its mentions (an outlet, a named official, an anonymous source with
its relaying outlet), or by the article's own outlet when it states the
contact on its own authority. Confirmations are what parties said about
whether it happened: confirmed, denied, neither confirmed nor denied, no
comment, or could not confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..dates import Interval, interval
from ..geo import gazetteer
from ..records import (
    Actor,
    ActorKind,
    Article,
    Confirmation,
    ConfirmationStatus,
    Event,
    EventStatus,
    Place,
    Quote,
    Report,
    Span,
)
from .actors import ActorTable, place_name
from .contact_words import COUNTING_NOUNS, DENIAL_HEADS, NOUN_MODES
from .contacts import Mention, find_mentions
from .delegations import name_delegations
from .parties import apposition_end, place_of
from .speakers import SpeakerResolver
from .trace import collecting, fired, judged
from .when import resolve

CONSULT = "CONSULT"
GENERIC_CONTACT_NOUNS = {
    "conversation",
    "conversations",
    "contact",
    "contacts",
    "talks",
    "discussion",
    "discussions",
    "encounter",
    "exchange",
}
REFERRING_WORDS = {
    "mediating",
    "mediation",
    "messages",
    "role",
    "report",
    "reports",
    "this",
    "it",
    "that",
    "claim",
    "claims",
    "information",
    "account",
    "story",
    "meeting",
    "visit",
    "talks",
    "call",
    "trip",
    "contact",
    "contacts",
}


@dataclass
class Draft:
    """An event being assembled from its mentions."""

    mentions: list[Mention] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    confirmations: list[Confirmation] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    """Rules that decided the event as a whole: its reports, confirmations, status, date and place."""

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def named(self, table: ActorTable) -> set[str]:
        return {
            p
            for m in self.mentions
            for p in m.participants
            if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON
        }

    def participants(self) -> set[str]:
        return {p for m in self.mentions for p in m.participants}


def find_events(doc: Doc, article: Article, table: ActorTable, quotes: list[Quote]) -> list[Event]:
    resolver = SpeakerResolver(doc, table)
    mentions = find_mentions(doc, table, resolver)
    for mention in mentions:
        with collecting(mention.rules):
            _add_speaker_as_party(mention, quotes, table)
    name_delegations(mentions, doc, table)
    drafts = [d for d in _merge(_headline_last(mentions, article), table, article.published) if _two_sided(d, table)]
    drafts.sort(key=lambda d: min(m.trigger.i for m in d.mentions))
    _on_the_sidelines(drafts)
    for draft in drafts:
        denied_later = draft.first.status is not EventStatus.DENIED
        with collecting(draft.rules):
            for mention in (
                m for m in draft.mentions if m.asserted and not (denied_later and m.status is EventStatus.DENIED)
            ):
                for report in _reports_for(mention.trigger, quotes, table, article, resolver):
                    if report not in draft.reports:
                        draft.reports.append(report)
    _confirmations(doc, drafts, quotes, table, resolver, article)
    return [_to_event(n, d, article, table) for n, d in enumerate(drafts, start=1)]


def _go_between(trigger: Token) -> bool:
    """A mediating trigger: "mediated", "a mediation effort" (the effort carries the contact)."""
    words = {trigger.lemma_.lower(), *(c.lower_ for c in trigger.children if c.dep_ == "compound")}
    return bool(words & {"mediate", "mediation", "broker", "facilitate"})


def _sides_in_one(actor: Actor | None) -> bool:
    """A group that names two sides or more: "Russia and Turkey's foreign ministers", "the two leaders"."""
    if actor is None or actor.kind not in (ActorKind.GROUP, ActorKind.ANONYMOUS):
        return False
    words = set(actor.name.lower().replace(",", " ").split())
    return bool(words & {"and", "two", "both", "three", "four", "several", "sides"})


INSTITUTIONS = set("ministry embassy consulate palace chancellery headquarters kremlin department".split())


def _at_an_institution(trigger: Token) -> bool:
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    return any(
        g.lower_ in INSTITUTIONS
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "in")
        for g in c.children
        if g.dep_ == "pobj"
    )


def _two_sided(draft: Draft, table: ActorTable) -> bool:
    """A contact has two sides: two parties, or one and the state that hosts it ("visited Mexico")."""
    if len(draft.participants()) >= 2:
        return True
    with collecting(draft.rules):
        if any(m.mode == "multilateral" for m in draft.mentions):
            fired("party.summit-has-many")  # "Macron is hosting a climate summit": a summit has many sides
            return True
        if any(_go_between(m.trigger) for m in draft.mentions):
            fired("party.mediator-alone")  # "launched a mediation effort": mediating takes two sides
            return True
        if any(_sides_in_one(table.get(p)) for p in draft.participants()):
            fired("party.group-of-sides")  # "Russia and Turkey's foreign ministers met", "the two leaders met"
            return True
        if draft.participants() and any(_at_an_institution(m.trigger) for m in draft.mentions):
            fired("party.host-institution")  # "attended a meeting at the ministry": the ministry receives him
            return True
    for m in draft.mentions:
        with collecting(m.rules):
            fired("party.one-sided")  # "Sanders held a meeting", "the visit": no one to meet
        judged(m.trigger.i, False, m.rules)
    return False


SIDELINES = {"sidelines", "sideline", "margins", "margin"}
GATHERINGS = {"summit", "conference", "meeting", "meetings", "session", "forum", "assembly"}


def _on_the_sidelines(drafts: list[Draft]) -> None:
    """ "On the sidelines, X held talks with Y": a contact on the margins of the gathering just told shares its day
    and place, unless the text gives its own."""
    for n, draft in enumerate(drafts):
        if any(m.date_text for m in draft.mentions) and any(m.place is not None for m in draft.mentions):
            continue
        if not any(_sideline(m.trigger) for m in draft.mentions):
            continue
        gathering = next((d for d in reversed(drafts[:n]) if d.first.trigger.lemma_.lower() in GATHERINGS), None)
        if gathering is None:
            continue
        m = draft.first
        draft.rules.append("date.place.sidelines")
        m.date_text = m.date_text or next((x.date_text for x in gathering.mentions if x.date_text), None)
        m.place = m.place or next((x.place for x in gathering.mentions if x.place is not None), None)


def _sideline(trigger: Token) -> bool:
    holders = [trigger, trigger.head]
    return any(
        g.lower_ in SIDELINES
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")
        for g in c.children
    )


def _quotes_over(token: Token, quotes: list[Quote]) -> list[Quote]:
    pos = token.idx
    out = []
    for q in quotes:
        ranges = [(s, e) for s, e in q.content.parts] or [(q.content.start, q.content.end)]
        if any(s <= pos < e for s, e in ranges):
            out.append(q)
    return out


def _add_speaker_as_party(mention: Mention, quotes: list[Quote], table: ActorTable) -> None:
    """ "Macron said preparations were under way to resume dialogue with Putin": Macron is a party (not of "a
    meeting between Putin and Zelensky", which names both its sides)."""
    if mention.actor or len(mention.recipient) != 1:
        return
    for q in _quotes_over(mention.trigger, quotes):
        speaker = table.get(q.speaker_actor)
        if speaker is not None and speaker.kind is ActorKind.PERSON and speaker.id not in mention.participants:
            fired("party.speaker")  # "Macron said … to resume dialogue with Putin": Macron is a party
            mention.add(mention.actor, [speaker.id])
            return


def _headline_last(mentions: list[Mention], article: Article) -> list[Mention]:
    """A headline sums up the story: read its contacts after the body's, so they join the body's events."""
    start = article.text.find(article.title) if article.title else -1
    if start < 0:
        return mentions
    end = start + len(article.title or "")
    in_headline = [m for m in mentions if start <= m.trigger.idx < end]
    for m in in_headline:
        m.in_headline = True
    return [m for m in mentions if m not in in_headline] + in_headline


def _definite_group(m: Mention, table: ActorTable) -> bool:
    """Parties named only as "the two presidents", "both men": people the text has already named."""
    if not m.participants:
        return False
    for actor_id in m.participants:
        actor = table.get(actor_id)
        if actor is None or actor.kind is not ActorKind.GROUP:
            return False
        if not any(re.match(r"(?i)(the|both|these|those)\b", x.text) for x in actor.mentions):
            return False
    return True


def _resolve_group(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> Draft | None:
    """The people a definite group refers to (those of the last event between named people), and the event
    between them it is, if it is one already told ("They spoke on Thursday and agreed to meet. The two leaders
    discussed trade": the call)."""
    pair: set[str] | None = None
    generic = m.trigger.lower_ in GENERIC_CONTACT_NOUNS or m.trigger.lemma_.lower() == "discuss"
    for draft in reversed(drafts):
        named = draft.named(table)
        if len(named) < 2 or (pair is not None and named != pair):
            continue
        if pair is None:
            pair = named
            m.participants, m.actor, m.recipient = [], [], []
            m.add(m.actor, [p for p in draft.first.actor if p in named])
            m.add(m.recipient, [p for p in named if p not in m.actor])
        same_kind = generic or _compatible_modes(draft.first.mode, m.mode)
        if draft.first.status == m.status and same_kind and _same_time(draft, m, published) and _same_place(draft, m):
            m.participants, m.actor, m.recipient = [], [], []  # the group is the draft's named people
            return draft
    return None


def _merge(mentions: list[Mention], table: ActorTable, published: str | None) -> list[Draft]:
    drafts: list[Draft] = []
    for m in mentions:
        with collecting(m.rules):
            _merge_one(m, drafts, table, published)
    return drafts


def _merge_one(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> None:
    """Add ``m`` to the event it retells, start a new one, or drop it."""
    if _conjoined_with_another(m, drafts):
        fired("merge.conjoined-contacts-differ")  # "met with workers and spoke briefly with the company's chief"
        drafts.append(Draft([m]))
        return
    if not m.participants and drafts and _another(m.trigger):
        fired("merge.another")  # "a second meeting could take place in Oman": the same parties again
        _same_parties_as(m, drafts[-1], table)
        drafts.append(Draft([m]))
        return
    if _definite_group(m, table):
        fired("party.the-two")  # "the two leaders": the pair named before
        same = _resolve_group(m, drafts, table, published)
        if same is not None:
            fired("merge.the-two")
            same.mentions.append(m)
            return
    target = _antecedent(m, drafts, table, published)
    if target is None and m.in_headline:
        target = _same_people(m, drafts, table, exact=True)
        if target is not None:
            fired("merge.headline-same-people")  # "Trump didn't need to meet X" heads the story of their meeting
    if target is None and m.in_headline:
        target = next(
            (
                d
                for d in drafts
                if _compatible_modes(d.first.mode, m.mode) and STATUS_CLASS[d.first.status] == STATUS_CLASS[m.status]
            ),
            None,
        )
        if target is not None:
            fired("merge.headline")  # a headline sums up a contact the body tells
    if target is None and m.silent:
        target = _same_people(m, drafts, table)  # "state media did not mention any meeting with Putin"
        if target is None:
            fired("contact.silent")  # a contact nobody asserts, which is no other one told, is not an event
            judged(m.trigger.i, False, m.rules)
            return
    if target is None:
        if m.definite and not m.participants:
            fired("contact.definite.no-antecedent")  # "the talks" with nothing before it to refer to
            judged(m.trigger.i, False, m.rules)
            return
        drafts.append(Draft([m]))
    else:
        target.mentions.append(m)


def _conjoined_with_another(m: Mention, drafts: list[Draft]) -> bool:
    """A contact verb conjoined to another that met other people: "met X and spoke with Y" tells two contacts."""
    if m.trigger.dep_ != "conj" or not m.recipient:
        return False
    for draft in drafts:
        for other in draft.mentions:
            if other.trigger.i == m.trigger.head.i and other.recipient:
                return not set(m.recipient) & set(other.recipient)
    return False


ANOTHER = set("second third another new further next follow-up fresh".split())
"""Words that make a contact noun a further contact between the same parties."""


def _another(trigger: Token) -> bool:
    """ "a second meeting", "a new round of talks"."""
    counted = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    holders = [trigger] + ([counted] if counted is not None and counted.lemma_.lower() in COUNTING_NOUNS else [])
    return trigger.pos_ == "NOUN" and any(c.lower_ in ANOTHER for h in holders for c in h.children)


def _same_parties_as(m: Mention, draft: Draft, table: ActorTable) -> None:
    """The people (or, failing them, the parties) of ``draft`` as the parties of a further contact."""
    named = draft.named(table)
    parties = [p for p in draft.first.participants if p in named] or list(draft.first.participants)
    m.add(m.actor, [p for p in draft.first.actor if p in parties])
    m.add(m.recipient, [p for x in draft.mentions for p in x.participants if p in (named or parties)])


def _same_people(m: Mention, drafts: list[Draft], table: ActorTable, *, exact: bool = False) -> Draft | None:
    """The last event whose people take in the mention's (are the same people, if ``exact``)."""
    people = {p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON}
    if exact and len(people) < 2:
        return None
    return next(
        (d for d in reversed(drafts) if people and (people == d.named(table) if exact else people <= d.named(table))),
        None,
    )


def _compatible_modes(a: str | None, b: str | None) -> bool:
    """A visit's talks are the visit; a call is never a meeting."""
    return a == b or a is None or b is None or {a, b} == {"visit", "meeting"}


def _antecedent(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> Draft | None:
    people = {p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON}
    for draft in reversed(drafts):
        if not _compatible_modes(draft.first.mode, m.mode):
            continue
        if m.definite and not m.participants and (draft.first.mode == m.mode or m.mode is None):
            fired("merge.definite")
            return draft  # "the visit": the last visit told
        named = draft.named(table)
        shared = people & named
        # "Orlov did not meet Ellison" is not Ellison's talks with Wang: one side's people must take in the other's
        nested = people <= named or named <= people
        if shared and nested and _same_time(draft, m, published) and _same_place(draft, m):
            fired("merge.same-people")
            return draft
        if not people and m.participants and set(m.participants) <= draft.participants():
            fired("merge.same-parties")
            return draft
    if m.definite and not m.participants:
        for draft in reversed(drafts):
            if _compatible_modes(draft.first.mode, m.mode):
                fired("merge.definite")
                return draft  # "the talks" of a visit
    if not m.participants:
        # "We had a very open conversation": the last contact told at the same stage, retold without names
        found = next((d for d in reversed(drafts) if STATUS_CLASS[d.first.status] == STATUS_CLASS[m.status]), None)
        if found is not None:
            fired("merge.retold-unnamed")
        return found
    return None


PRECISION_ORDER = ["day", "week", "month", "quarter", "year"]
STATUS_CLASS = {
    EventStatus.OCCURRED: "real",
    EventStatus.ONGOING: "real",
    EventStatus.PLANNED: "future",
    EventStatus.HYPOTHETICAL: "possible",
    EventStatus.DENIED: "denied",
}


def _same_time(draft: Draft, m: Mention, published: str | None) -> bool:
    """Same happening only if told at the same stage (done, to come) and on days that can be the same."""
    if STATUS_CLASS[draft.first.status] != STATUS_CLASS[m.status] and EventStatus.DENIED not in (
        draft.first.status,
        m.status,
    ):
        return False
    if not m.date_text:
        return True
    mine = _days(m, published)
    dated = [x for x in draft.mentions if x.date_text]
    if not dated and mine is not None and STATUS_CLASS[m.status] == STATUS_CLASS[draft.first.status] == "real":
        # an undated contact told as news is recent: "in December" in a February story is another one
        today = _days_of(published)
        return today is None or (today.low - mine.high).days <= RECENT_DAYS
    for other in dated:
        theirs = _days(other, published)
        if other.date_text != m.date_text and (mine is None or theirs is None or not mine.overlaps(theirs)):
            return False
    return True


RECENT_DAYS = 21
"""How long before publication an undated contact told as news may have happened."""


def _days_of(published: str | None) -> Interval | None:
    return interval(published[:10], "day") if published and len(published) >= 10 else None


def _same_place(draft: Draft, m: Mention) -> bool:
    """Talks in Geneva are not the meeting in Lima: places in different countries are different contacts."""
    mine = place_of(m.place)
    if mine is None:
        return True
    for other in (place_of(x.place) for x in draft.mentions if x.place is not None):
        if other is None:
            continue
        nested = mine.name in other.name or other.name in mine.name  # "Panama" and "Panama City"
        if (mine.country and other.country and mine.country != other.country) or (
            (not mine.country or not other.country) and not nested
        ):
            return False
    return True


def _days(m: Mention, published: str | None) -> Interval | None:
    """ "last week" and "February 12" can be one day: compare the days each can stand for."""
    future = m.status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
    with collecting([]):  # comparing dates decides nothing about the event's own date
        value = resolve(m.date_text or "", published, future=future)
    return value.days() if value else None


def _reports_for(
    trigger: Token, quotes: list[Quote], table: ActorTable, article: Article, resolver: SpeakerResolver
) -> list[Report]:
    covering = _quotes_over(trigger, quotes)
    reports: list[Report] = [Report(source=a) for a in _report_authors(trigger, table)]
    if reports:
        fired("report.author-of-report")  # "denied a report by the newspaper X that he had met Y"
    for q in covering:
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
    if not covering and article.outlet:
        fired("report.own-outlet")  # told on the article's own authority
        own = table.add(ActorKind.OUTLET, article.outlet)
        reports.append(Report(source=own.id))
    return reports


REPORT_NOUNS = {"report", "reports", "article", "story", "claim", "claims", "account"}


def _report_authors(trigger: Token, table: ActorTable) -> list[str]:
    """ "denied a report by the newspaper ABC Color that he had met X": the newspaper reported the meeting."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.lower_ in REPORT_NOUNS and node.pos_ == "NOUN":
            holders = [c for c in node.children if c.dep_ == "poss"]
            holders += [
                g for c in node.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "in") for g in c.children
            ]
            found = [a.id for h in holders for t in h.subtree if (a := table.actor_at(t)) is not None]
            return list(dict.fromkeys(found))[:1]
    return []


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


# --- confirmations ------------------------------------------------------------------------------


def _confirmation_status(verb: Token) -> ConfirmationStatus | None:
    lemma = verb.lemma_.lower()
    children = {c.lower_ for c in verb.children}
    deps = {c.dep_ for c in verb.children}
    head = verb.head
    if lemma == "confirm":
        if "neither" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "deny"):
            return ConfirmationStatus.NEITHER
        if any(c.lemma_.lower() == "deny" and c.dep_ == "conj" for c in verb.children):
            return ConfirmationStatus.NEITHER
        if "neg" in deps or head.lemma_.lower() in ("unable", "decline", "refuse"):
            return ConfirmationStatus.UNCONFIRMED
        return ConfirmationStatus.CONFIRMED
    if lemma == "deny":
        if "nor" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "confirm"):
            return None  # counted once, on "confirm"
        if "neg" in deps or head.lemma_.lower() in ("decline", "refuse"):
            return None  # "did not deny the meeting" denies nothing, and confirms nothing either
        return ConfirmationStatus.DENIED
    if lemma == "comment" and (head.lemma_.lower() in ("decline", "refuse") or "neg" in deps):
        return ConfirmationStatus.NO_COMMENT
    if lemma == "aware" and "neg" in {c.dep_ for c in head.children}:
        return ConfirmationStatus.UNCONFIRMED
    return None


CONFIRMATION_RULES = {
    ConfirmationStatus.CONFIRMED: "confirm.confirmed",
    ConfirmationStatus.DENIED: "confirm.denied",
    ConfirmationStatus.NEITHER: "confirm.neither",
    ConfirmationStatus.NO_COMMENT: "confirm.no-comment",
    ConfirmationStatus.UNCONFIRMED: "confirm.unconfirmed",
}


def _confirmations(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver, article: Article
) -> None:
    if not drafts:
        return
    trigger_draft = {m.trigger.i: d for d in drafts for m in d.mentions}
    for token in doc:
        status = _confirmation_status(token)
        if status is None:
            continue
        draft = _about(token, status, trigger_draft, drafts)
        if draft is None:
            continue
        verb = token.head if token.lemma_.lower() in ("comment", "aware") else token
        by = _stated_by(verb, quotes, resolver)
        sent = token.sent
        evidence = Span.of(article.text, sent.start_char, sent.end_char)
        for actor_id in by:
            confirmation = Confirmation(status=status, by=actor_id, evidence=evidence)
            if all((c.status, c.by) != (status, actor_id) for c in draft.confirmations):
                draft.rules.append(CONFIRMATION_RULES[status])
                draft.confirmations.append(confirmation)
    # a party quoted saying the contact did not happen denies it
    for draft in drafts:
        for m in draft.mentions[1:]:
            if m.status is EventStatus.DENIED and draft.first.status is not EventStatus.DENIED and not _unknowing(m):
                for q in _quotes_over(m.trigger, quotes):
                    if q.speaker_actor and all(
                        c.by != q.speaker_actor or c.status is not ConfirmationStatus.DENIED
                        for c in draft.confirmations
                    ):
                        sent = m.trigger.sent
                        draft.rules.append("confirm.quoted-denial")
                        draft.confirmations.append(
                            Confirmation(
                                ConfirmationStatus.DENIED,
                                q.speaker_actor,
                                Span.of(article.text, sent.start_char, sent.end_char),
                            )
                        )


def _unknowing(m: Mention) -> bool:
    """ "I am not aware of such a meeting" says one does not know of it, which is no denial."""
    node = m.trigger
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in ("aware", "know", "sure", "confirm", "recall"):
            return True
    return False


def _about(
    token: Token, status: ConfirmationStatus, trigger_draft: dict[int, Draft], drafts: list[Draft]
) -> Draft | None:
    """The event a confirmation statement is about: one it names or refers back to ("the report", "this").

    "Declined to comment" and a bare "would neither confirm nor deny" answer the contact just told;
    "confirmed two arrests" is about something else and attaches to nothing.
    """
    verb = token.head if token.lemma_.lower() in ("comment", "aware") else token
    for t in verb.subtree:
        if t.i in trigger_draft:
            return trigger_draft[t.i]
    earlier = [d for d in drafts if d.first.trigger.i < token.i]
    if not earlier:
        return None
    if any(t.lower_ in REFERRING_WORDS or t.lower_ in NOUN_MODES for t in token.subtree if t.i != token.i):
        return earlier[-1]
    if status is ConfirmationStatus.NO_COMMENT:
        return earlier[-1]  # declining to comment, on whatever aspect, is declining to comment on the story
    bare = not any(c.dep_ in ("dobj", "ccomp", "prep") for c in token.children)
    if bare and status in (ConfirmationStatus.NEITHER, ConfirmationStatus.UNCONFIRMED):
        return earlier[-1]
    return None


def _stated_by(verb: Token, quotes: list[Quote], resolver: SpeakerResolver) -> list[str]:
    out: list[str] = []
    node = verb
    while node.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("we", "i"):
            continue
        # "A spokeswoman, Sadia Karim, declined to comment": the name apposed to the description
        resolved = resolver.resolve(verb.doc[subject.left_edge.i : apposition_end(subject) + 1])
        if resolved and resolved not in out:
            out.append(resolved)
    for q in _quotes_over(verb, quotes):
        if q.speaker_actor and q.speaker_actor not in out:
            out.append(q.speaker_actor)
    return out


# --- the record -----------------------------------------------------------------------------------


def _in_denial(trigger: Token) -> bool:
    """ "Vera denied reports that she had spoken to X": told only inside a denial."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in DENIAL_HEADS:
            return True
    return False


def _visited(place: Token | None) -> bool:
    """A meeting one side travelled to the other's office for: "met the president at the White House"."""
    if place is not None and gazetteer().is_seat(place_name(place)):
        fired("mode.at-the-hosts-office")
        return True
    return False


def _to_event(n: int, draft: Draft, article: Article, table: ActorTable) -> Event:
    rules: list[str] = []
    with collecting(rules):
        event = _assemble(n, draft, article, table)
    event.rules = list(dict.fromkeys([r for m in draft.mentions for r in m.rules] + draft.rules + rules))
    return event


def _assemble(n: int, draft: Draft, article: Article, table: ActorTable) -> Event:
    first = draft.first
    status = first.status
    deniers = {c.by for c in draft.confirmations if c.status is ConfirmationStatus.DENIED}
    only_denied = bool(draft.reports) or all(_in_denial(m.trigger) for m in draft.mentions)
    if deniers and only_denied and all(r.source in deniers for r in draft.reports):
        fired("status.only-deniers-speak")  # "X denied that he had spoken to Y"
        status = EventStatus.DENIED
    elif status is EventStatus.DENIED:
        later = [m.status for m in draft.mentions if m.status is not EventStatus.DENIED]
        if later:
            fired("status.told-after-denial")  # "X denied meeting Y … The meeting took place on Friday"
            status = later[0]
    mode = next((m.mode for m in draft.mentions if m.mode == "visit"), first.mode)
    if mode != first.mode:
        fired("mode.visit-wins")  # a visit's talks are the visit
    place_token = next((m.place for m in draft.mentions if m.place is not None), None)
    if mode == "meeting" and _visited(place_token):
        mode = "visit"
    actor: list[str] = []
    recipient: list[str] = []
    participants: list[str] = []
    for m in draft.mentions:
        actor += [p for p in m.actor if p not in actor and p not in recipient]
    for m in draft.mentions:
        recipient += [p for p in m.recipient if p not in recipient and p not in actor]
        participants += [p for p in m.participants if p not in participants]
    planned = status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
    dates = [
        d for m in draft.mentions if m.date_text and (d := resolve(m.date_text, article.published, future=planned))
    ]
    # the most precise ("last week" given as its month still knows its week)
    date = min(dates, key=lambda d: PRECISION_ORDER.index("week" if d.week else d.precision)) if dates else None
    place = place_of(place_token)
    venue = (
        place_name(place_token) if place_token is not None and gazetteer().is_venue(place_name(place_token)) else None
    )
    topics: list[str] = []
    for m in draft.mentions:
        topics += [t for t in m.topics if t not in topics]
    text = article.text
    evidence = []
    for m in draft.mentions:
        sent = m.trigger.sent
        span = Span.of(text, sent.start_char, sent.end_char)
        if span not in evidence:
            evidence.append(span)
    return Event(
        id=f"e{n}",
        type=CONSULT,
        status=status,
        mode=mode,
        actor=actor,
        recipient=recipient,
        participants=participants,
        date=date,
        place=Place(place.name, place.country, place.lat, place.lon, venue) if place else None,
        topics=topics,
        evidence=evidence,
        reported_by=draft.reports,
        confirmations=draft.confirmations,
    )
