"""Merging contact mentions into draft events, and keeping only the drafts with two sides.

One happening told several times in an article ("a visit by Macron's
advisor", "Bonn visited Moscow", "Bonn's visit", "the visit") becomes one
event: a mention joins the last event it retells (the same people, at a time
and place that can be the same; "the visit" for the last visit told; "the two
leaders" for the pair named before), or starts one. A headline's contacts are
read last, to join the body's. A contact has two sides, or one and the state
that hosts it; one on the sidelines of a gathering shares its day and place.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..dates import Interval, interval
from ..geo import Location
from ..records import Actor, ActorKind, Article, Confirmation, EventStatus, Report
from .actor_countries import nationalities
from .actor_table import ActorTable
from .actor_words import doc_sents, doc_text, sentence_index, singular
from .called_off import held_beside_called_off
from .circumstances import said_again
from .contact_habits import on_a_day
from .contact_sides import side_count, state_codes
from .contact_words import (
    ADDED_WORDS,
    ANOTHER,
    BESIDES_WORDS,
    COUNTING_NOUNS,
    FURTHER_NAMED,
    GATHERINGS,
    GENERIC_CONTACT_NOUNS,
    HOLDING_VERBS,
    JOINT_WORDS,
    PAST_TRIP_WORDS,
    PRESS_WORDS,
    PRIVATE_WORDS,
    RESUMING_WORDS,
    RETURNING_WORDS,
    SIDELINES,
    STAGE_WORDS,
    WORKING_PARTIES,
)
from .counted_groups import besides_fewer, counted, counted_apart, named_further_back, plural_role_holders
from .descriptions import DEFINITE_DETERMINERS
from .gathered_again import gathering_told_again
from .gender import gender_of
from .grammar import PRESENT_TENSE_TAGS, verb_at_or_above
from .held_offices import holds_title, offices_of
from .home_sides import home_state
from .lexicon import GATHERING_PREPS, GROUP_COUNTS, TITLE_ABBREVIATIONS, TITLE_NOUNS
from .mentions import Mention
from .parties import STATE_NOUNS, is_name, subjects_of
from .places import place_of
from .story_days import resolve_told
from .trace import collecting, fired, judged
from .trip_purposes import beside_a_refusal, told_as_the_last_time


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

    def last_told_before(self, i: int) -> int:
        """Where this contact was last told before token ``i``; -1 if it was told only after."""
        return max((m.trigger.i for m in self.mentions if m.trigger.i < i), default=-1)


def go_between(trigger: Token) -> bool:
    """A mediating trigger: "mediated", "a mediation effort" (the effort carries the contact)."""
    words = {trigger.lemma_.lower(), *(c.lower_ for c in trigger.children if c.dep_ == "compound")}
    return bool(words & {"mediate", "mediation", "broker", "facilitate"})


def _sides_in_one(actor: Actor | None) -> bool:
    """A group that names two sides or more: "Russia and Turkey's foreign ministers", "the two leaders"."""
    if actor is None or actor.kind not in (ActorKind.GROUP, ActorKind.ANONYMOUS):
        return False
    words = set(actor.name.lower().replace(",", " ").split())
    return bool(words & {"and", "two", "both", "three", "four", "several", "sides", "pair", "duo"})


def pair_never_named(draft: Draft, table: ActorTable) -> bool:
    """Whether a contact's only sides are counted groups that name neither their people nor their states ("the two
    men", "both sides", "the four leaders"), whom merging found no one to stand for: it records no one, and is
    dropped (rule party.pair-never-named) once it has taken the denials and reports told of it. "Chile and Peru's
    foreign ministers", "Senegalese and Guinean officials" name their sides."""
    groups = [table.get(p) for p in draft.participants()]
    if not groups or not all(a is not None and _sides_in_one(a) and _unnamed_group(a) for a in groups):
        return False
    for m in draft.mentions:
        with collecting(m.rules):
            fired("party.pair-never-named")  # "the two men met", whom no one named before: no one to record
        judged(m.trigger.i, False, m.rules)
    return True


def _unnamed_group(actor: Actor) -> bool:
    """A group that names no side: no "and" joining two, no state of its own."""
    return "and" not in actor.name.lower().replace(",", " ").split() and not actor.country


def _press(actor: Actor | None) -> bool:
    """Reporters, journalists, the press: whom news is told to."""
    if actor is None or actor.kind is not ActorKind.GROUP:
        return False
    heads = [actor.name.lower().split()[-1], *(a.lower() for a in actor.aliases)]  # "reporters on the sidelines"
    return any(h in PRESS_WORDS for h in heads)


def two_sided(draft: Draft, table: ActorTable) -> bool:
    """A contact has two sides: two parties, or one and the state that hosts it ("visited Mexico"). A state
    is no side of its own beside its only official ("Finland, Aino Virtanen" is one side)."""
    parties = draft.participants()
    press = {p for p in parties if _press(table.get(p))}
    if press:
        parties = parties - press
        for m in draft.mentions:
            with collecting(m.rules):
                fired("party.press-audience")  # "met reporters", "a call with journalists": an audience, no side
    visit = any(m.mode == "visit" for m in draft.mentions)  # a visit goes abroad: its host is never own state
    sides = len(parties) if visit else side_count(parties, table)
    if sides >= 2:
        return True
    own_state = sides < len(parties)
    with collecting(draft.rules):
        if draft.participants() and any(m.mode == "multilateral" for m in draft.mentions):
            if all(_gathering_in_passing(m) for m in draft.mentions):
                for m in draft.mentions:
                    with collecting(m.rules):
                        fired("contact.gathering-in-passing")  # "pressed its claim at the OAU summit in Kampala"
                    judged(m.trigger.i, False, m.rules)
                return False
            # "their summit in Lusaka" has sides, told by the possessor, and so has one someone "attended"
            if parties <= {s for m in draft.mentions for s in m.venue_state} and not any(
                m.trigger.dep_ == "dobj" or any(c.dep_ == "poss" for c in m.trigger.children) for m in draft.mentions
            ):
                for m in draft.mentions:
                    with collecting(m.rules):
                        fired("party.host-alone")  # "the Copenhagen climate summit ended in turmoil": no side named
                    judged(m.trigger.i, False, m.rules)
                return False
            fired("party.summit-has-many")  # "Macron is hosting a climate summit": a summit has many sides
            return True
        if any(go_between(m.trigger) for m in draft.mentions):
            fired("party.mediator-alone")  # "launched a mediation effort": mediating takes two sides
            return True
        if any(_sides_in_one(table.get(p)) for p in draft.participants()):
            fired("party.group-of-sides")  # "Russia and Turkey's foreign ministers met", "the two leaders met"
            return True
    for m in draft.mentions:
        with collecting(m.rules):
            if own_state:
                fired("party.own-state")  # "Finland was ready to host talks", said by Finland's minister
            fired("party.one-sided")  # "Sanders held a meeting", "the visit": no one to meet
        judged(m.trigger.i, False, m.rules)
    return False


def _gathering_in_passing(m: Mention) -> bool:
    """ "pressed its claim at the OAU summit in Kampala", "mandated by the ASEAN ministers' meeting": a gathering
    named by a noun only in a phrase that sets another act, told as past, is that act's circumstance, not a contact
    told for itself (rule contact.gathering-in-passing). Asked only of a contact with fewer than two sides
    (``two_sided``), as a lone body's gathering is. Not one still to come ("report to a summit due in Lagos in
    June"), nor one on whose sidelines others met: its attendees join it; nor one at which a doer the text names
    did the act on a day it names ("Albanese signed a deal with Malaysia at the ASEAN summit on Sunday"): he was
    there, and the gathering is news."""
    trigger = m.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or m.status is not EventStatus.OCCURRED:
        return False
    prep = trigger.head
    if prep.lower_ in GATHERING_PREPS and _done_there_that_day(_act_of(prep)):
        return False
    return prep.head.lower_ not in SIDELINES


def _act_of(prep: Token) -> Token:
    """The verb of the act a phrase sets, past the nouns it may hang on ("signed a pact … at the summit")."""
    return verb_at_or_above(prep.head)


def _done_there_that_day(act: Token) -> bool:
    """Whether a doer the text names did ``act`` on a day it names ("Albanese signed … on Sunday"), not in a year
    of the story's background ("pressed its claim at the OAU summit in 1975")."""
    named = any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"))
        for c in act.children
    )
    times = [t for c in act.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    return named and on_a_day(times)


def on_the_sidelines(drafts: list[Draft]) -> None:
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
        if not m.date_text and (dated := next((x for x in gathering.mentions if x.date_text), None)) is not None:
            m.date_text, m.dated_by = dated.date_text, dated
        m.place = m.place or next((x.place for x in gathering.mentions if x.place is not None), None)


def sideline_attendees(drafts: list[Draft]) -> None:
    """Those who met "on the sidelines of the ASEAN summit" attended the summit: they are its parties too (rule
    party.sidelines-attendee), where the gathering is itself a contact told in the text."""
    by_trigger = {m.trigger.i: d for d in drafts for m in d.mentions}
    for draft in drafts:
        for m in draft.mentions:
            gathering = next((by_trigger[t.i] for t in _sidelines_of(m.trigger) if t.i in by_trigger), None)
            if gathering is None or gathering is draft:
                continue
            joined = gathering.participants()
            newcomers = [p for p in m.participants if p not in joined]
            if newcomers:
                gathering.rules.append("party.sidelines-attendee")
                gathering.first.add(gathering.first.participants, newcomers)


def _sidelines_of(trigger: Token) -> list[Token]:
    """What a contact was on the sidelines of: "met on the sidelines of the summit" gives "summit"."""
    return [
        gathering
        for holder in (trigger, trigger.head)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "in")
        for margin in prep.children
        if margin.lower_ in SIDELINES
        for of in margin.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for gathering in of.children
        if gathering.dep_ == "pobj"
    ]


def _sideline(trigger: Token) -> bool:
    holders = [trigger, trigger.head]
    return any(
        g.lower_ in SIDELINES
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")
        for g in c.children
    )


def headline_last(mentions: list[Mention], article: Article) -> list[Mention]:
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
        if actor is None or actor.kind not in (ActorKind.GROUP, ActorKind.ORGANIZATION):
            return False
        if actor.kind is ActorKind.ORGANIZATION and not TWO_SIDES.match(actor.name):
            return False  # "the two delegations" is read as a body
        if not any(re.match(r"(?i)(the|both|these|those)\b", x.text) for x in actor.mentions):
            return False
    return True


def _counted_group_among_others(m: Mention, table: ActorTable) -> str | None:
    """The one group counted as a pair or more ("the two ministers", "both leaders") of a contact with other parties
    besides ("Manila asked to attend the next meeting of the two ministers"), if there is one."""
    if len(m.participants) < 2:
        return None
    groups = [
        p
        for p in m.participants
        if (a := table.get(p)) is not None
        and (a.kind is ActorKind.GROUP or _sides_read_as_a_body(a))
        and set(a.name.lower().split()) & set(GROUP_COUNTS)
        and any(re.match(r"(?i)(the|both)\b", x.text) for x in a.mentions)
        and not _counts_states(a.name)  # "visited both capitals": places, not people
    ]
    if len(groups) != 1:
        return None
    if (group := table.get(groups[0])) is not None and _sides_read_as_a_body(group):
        fired("party.sides-among-others")
    return groups[0]


def _sides_read_as_a_body(actor: Actor) -> bool:
    """ "Shuttled between the two delegations' rooms": "the two delegations", read as one body, are the two sides
    of the contact told before (rule party.sides-among-others), as "the two sides" are."""
    return actor.kind is ActorKind.ORGANIZATION and bool(TWO_SIDES.match(actor.name))


def _counts_states(name: str) -> bool:
    """Whether a counted group counts states or capitals ("both capitals", "the two countries"), not people ("the
    two heads of state")."""
    words = name.lower().split()
    counted = next((n for n, w in enumerate(words) if w in GROUP_COUNTS), len(words))
    return counted + 1 < len(words) and singular(words[counted + 1]) in STATE_NOUNS


def _resolve_among_others(
    m: Mention, group: str, drafts: list[Draft], table: ActorTable, published: str | None
) -> Draft | None:
    """ "The two ministers agreed to hold a meeting with Lebanon": the group is the pair it stands for, resolved as if
    alone (rule party.the-two-among-others); the others stay, and the contact is merged as any other. Returns the
    contact told before that the group was resolved through when the others are not of it: "Vartan met Mamedov on
    Friday. The two ministers were later received by President Tokin" is a new contact with Tokin, which must not
    swallow the meeting of the two."""
    alone = dataclasses.replace(m, participants=[group], actor=[], recipient=[group], pronoun_pair=False)
    same = _resolve_group(alone, drafts, table, published)
    if same is not None and not alone.participants:  # the named people of a contact told before, less those met
        alone.participants = counted_apart(table.get(group), m, _named_in_order(same, table), table)
    if alone.participants == [group]:
        alone.participants = _named_besides_the_met(alone, m, table)
    if alone.participants == [group] or not alone.participants:
        return None
    fired("party.the-two-among-others")
    others = [p for p in m.participants if p != group]
    for role in (m.actor, m.recipient):
        if group in role:
            role[role.index(group) : role.index(group) + 1] = [p for p in alone.participants if p not in role]
    m.participants[:] = list(dict.fromkeys(m.actor + m.recipient + others))
    return same if same is not None and _people_apart(others, same, table) else None


def _people_apart(others: list[str], draft: Draft, table: ActorTable) -> bool:
    """Whether a contact has a person beside a counted group whom the contact the group was resolved through does not
    have: a third person met is a new contact; a state or body beside the pair ("the talks between the two
    countries' top officials", "visit the division's headquarters") may be told of the same one."""
    return any(
        (a := table.get(p)) is not None and a.kind is ActorKind.PERSON for p in set(others) - draft.participants()
    )


def _named_in_order(draft: Draft, table: ActorTable) -> list[str]:
    """The people a contact told before names, in the order its mentions name them."""
    named = draft.named(table)
    return list(dict.fromkeys(p for x in draft.mentions for p in x.participants if p in named))


def _named_besides_the_met(alone: Mention, m: Mention, table: ActorTable) -> list[str]:
    """ "Reyes and Dunmore left Apia on Wednesday without seeing Prime Minister Leota. Both had arrived on Monday
    hoping to meet Leota": a counted group the contacts told before do not resolve is the people named nearest,
    less the contact's other parties, whom the group met and so is not (rule party.counted-besides-the-met)."""
    group = table.get(alone.participants[0])
    if group is None or _names_sides(alone, table) or not besides_fewer(m, group, table):
        return alone.participants
    named = _named_further(alone, table, counted(group), frozenset(m.participants) - {group.id})
    if named is None:
        return alone.participants
    fired("party.counted-besides-the-met")
    return named


def _resolve_group(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> Draft | None:
    """The people a definite group refers to (those of the last event between named people), and the event
    between them it is, if it is one already told ("They spoke on Thursday and agreed to meet. The two leaders
    discussed trade": the call)."""
    pair: set[str] | None = None
    # "discussed", "had spoken", "talked": told without its mode, any contact between the two (a call too)
    # ("had spoken by telephone" names its mode: a call, never the meeting told before)
    generic = m.mode != "phone" and (
        m.trigger.lower_ in GENERIC_CONTACT_NOUNS or m.trigger.lemma_.lower() in ("discuss", "speak", "talk")
    )
    if (titled := _titled_pair(m, table)) is not None:
        fired("party.the-two-titled")  # "the two foreign ministers": the two people with that title
        pair = set(titled)
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, titled)

    def same_told(draft: Draft) -> bool:
        return (
            not _told_before(m, draft)
            and draft.first.status == m.status
            and (generic or _compatible_modes(draft.first.mode, m.mode))
            and _same_time(draft, m, published)
            and _same_place(draft, m)
            and not said_again(m.trigger)
        )

    # "the two delegations", "both sides": the two states of the last contact between states, before any pair of
    # people told since ("the Kenyan and Somali delegations met … the envoy visited Warsame … the two delegations
    # had met before": Kenya and Somalia, not the envoy and Warsame)
    if titled is None and (states := _two_states_told(m, drafts, table)) is not None:
        fired("party.the-two-sides")
        m.participants, m.actor, m.recipient = [], [], []
        codes = {a.country for s in states if (a := table.get(s)) is not None}
        told = sorted(drafts, key=lambda d: d.last_told_before(m.trigger.i), reverse=True)
        same = next((d for d in told if set(state_codes(d.mentions, table)) == codes and same_told(d)), None)
        if same is None:
            m.add(m.recipient, states)
        return same

    # the pair told last before the group, not the event started last: "the meeting between Obama and Sanders
    # was raised when the two men talked" is Obama and Sanders, whatever was told in between
    office = _group_office(m, table)
    kind = _office_kind(m, table)
    pairs = [n for d in drafts if d.last_told_before(m.trigger.i) >= 0 and len(n := d.named(table)) >= 2]
    # "the two foreign ministers": a pair whose titles say so, before one with a person of no known title (the
    # foreign minister and the prime minister he called on, whose title the text gave no hold on); "both ministers"
    # says too little of the office to pass over a pair for want of a title
    known = bool(kind) and any(all(_holds_known(table.get(p), office or "", kind) for p in n) for n in pairs)

    def holds(named: set[str]) -> bool:
        may = _holds_known if known else _may_hold
        return office is not None and all(may(table.get(p), office, kind) for p in named)

    # "the two ministers": the last pair who may both be ministers, if any; not the minister and the ambassador
    # he received since; nor, when two people named before are ministers, the minister and the utility's deputy
    # governor he received
    by_office = any(holds(n) for n in pairs)
    holders = _office_holders(m, table, office) if office is not None and not by_office else None
    count = _group_count(m, table)
    for draft in sorted(drafts, key=lambda d: d.last_told_before(m.trigger.i), reverse=True):
        named = draft.named(table)
        if len(named) < 2 or (pair is not None and named != pair):
            continue
        if count > 2 and len(named) != count:
            continue  # "the three would meet again": the three people met before, not a pair told since
        if pair is None and (by_office or holders is not None) and not holds(named):
            fired("party.the-two-of-that-office")
            continue
        if pair is None:
            pair = named
            m.participants, m.actor, m.recipient = [], [], []
            m.add(m.actor, [p for p in draft.first.actor if p in named])
            # in the order the event names them, not the set's (which changes with the interpreter's hash seed)
            m.add(m.recipient, [p for x in draft.mentions for p in x.participants if p in named and p not in m.actor])
        if same_told(draft):
            m.participants, m.actor, m.recipient = [], [], []  # the group is the draft's named people
            return draft
    if pair is None and holders is not None:
        fired("party.the-two-office-holders")  # "Minister Wichai telephoned Minister Khamsing … the two ministers"
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, holders)
        return None
    if pair is None and (named := _named_before(m, table, count or 2)) is not None:
        fired("party.the-two-named" if len(named) == 2 else "party.the-n-named")  # "Okafor accused Mensah of bad
        # faith. The two met in April"; "Berg, Haddad, Osei and Nowak signed it. The four will meet in Bergen"
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, named)
    elif pair is None and not _names_sides(m, table) and (named := _named_further(m, table, count or 2)) is not None:
        fired("party.the-two-named-further")  # "Kalin and Hrytsenko reached a deal. … The two leaders held talks"
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, named)
    return None


def _named_further(
    m: Mention, table: ActorTable, count: int, besides: frozenset[str] = frozenset()
) -> list[str] | None:
    """The people a counted group of people stands for, named further back than ``_named_before`` looks, among
    those the group may be: not of the gender it leaves out, holding its office if it names one; not those
    ``besides`` it in the contact."""
    unlike = _other_gender(m, table)
    office, kind = _group_office(m, table), _office_kind(m, table)
    persons = [
        a
        for a in table.persons()
        if (unlike is None or gender_of(a) != unlike) and (office is None or _may_hold(a, office, kind))
    ]
    return named_further_back(m, table, count, persons, besides)


TWO_SIDES = re.compile(r"(?i)(the )?(two|both) (delegations|governments|teams)$")
"""A body named only as a pair of sides: "the two delegations", "both governments"."""
SIDE_NOUNS = frozenset({"delegation", "government", "side", "team", "country", "state", "nation", "force"})
"""Plurals that name the two states of a contact: "the two delegations", "both governments", "both sides", "the two
forces" (of the border guards of two states)."""


def _two_states_told(m: Mention, drafts: list[Draft], table: ActorTable) -> list[str] | None:
    """The two states of the last contact told between two states, for "the two delegations", "both sides"; of the
    last told between sides of that noun, if any ("the Kenyan and Somali delegations met … an envoy visited
    Mogadishu … the two delegations": Kenya and Somalia)."""
    group = table.get(m.participants[0]) if len(m.participants) == 1 else None
    nouns = {singular(w) for w in group.name.lower().split()} & SIDE_NOUNS if group is not None else set()
    if not nouns:
        return None

    def sides_so_named(draft: Draft) -> bool:
        return any(
            nouns & {singular(w) for w in a.name.lower().split()}
            for p in draft.participants()
            if (a := table.get(p)) is not None and a is not group
        )

    told = sorted(
        (d for d in drafts if d.last_told_before(m.trigger.i) >= 0),
        key=lambda d: d.last_told_before(m.trigger.i),
        reverse=True,
    )
    for draft in [d for d in told if sides_so_named(d)] + told:
        if len(codes := state_codes(draft.mentions, table)) == 2:
            return [table.country(code).id for code in codes]
    return None


TWO_NAMED_SENTENCES = 2
"""Sentences before the one telling "the two men met" in which the two must be the only people named (the four,
for "the four")."""


def _group_count(m: Mention, table: ActorTable) -> int:
    """How many people a bare count names ("the four": 4), or 0: "the three presidents" may be states, "the three
    service chiefs" others than those just named."""
    if len(m.participants) != 1 or (group := table.get(m.participants[0])) is None:
        return 0
    words = group.name.lower().split()
    return GROUP_COUNTS.get(words[-1], 0) if len(words) <= 2 and words[0] in ("the", words[-1]) else 0


def _named_before(m: Mention, table: ActorTable, count: int) -> list[str] | None:
    """The ``count`` people named in the sentence of "the two men" ("the four") and the few before it, when no one
    else is: whom a definite group stands for when no contact between them was told before. The nearest sentences
    come first: when the one before names the two ("X greets Y on the steps. The two leaders then held talks"),
    people named further back (the photographers of a caption's story) do not stand in the way (rule
    party.the-two-nearest-named)."""
    sents = doc_sents(m.trigger.doc)
    here = sentence_index(sents, m.trigger.i)
    unlike = _other_gender(m, table)  # "the two men": no woman named there counts
    candidates = [a for a in table.persons() if a.name not in a.titles and (unlike is None or gender_of(a) != unlike)]
    farthest = min(TWO_NAMED_SENTENCES, here)
    windows = [
        [a.id for a in candidates if any(sents[here - back].start_char <= x.start < m.trigger.idx for x in a.mentions)]
        for back in range(farthest + 1)
    ]
    # "the two delegations", "both sides" are no pair of people the nearest sentence names: the mediator who
    # "shuttles between the two delegations" is not one of them
    nearest_first = not _names_sides(m, table)
    people = next((w for w in windows if len(w) >= count), []) if nearest_first else windows[-1]
    if len(people) != count:
        return None
    if len(windows[-1]) > count:
        fired("party.the-two-nearest-named")
    return people


def _names_sides(m: Mention, table: ActorTable) -> bool:
    """Whether a definite group is named by a noun for the sides of a contact ("the two delegations")."""
    words = {singular(w) for p in m.participants if (a := table.get(p)) is not None for w in a.name.lower().split()}
    return bool(words & SIDE_NOUNS)


def _other_gender(m: Mention, table: ActorTable) -> str | None:
    """The gender a group of "men" ("f") or "women" ("m") leaves out, if the group says."""
    words = {w for p in m.participants if (a := table.get(p)) is not None for w in a.name.lower().split()}
    if words & {"men", "brothers"}:
        return "f"
    if words & {"women", "sisters"}:
        return "m"
    return None


COUNTING_WORDS = frozenset({"the", "two", "both", "these", "those"})


def _group_office(m: Mention, table: ActorTable) -> str | None:
    """The office a definite group's noun names ("the two ministers": minister), if it names one."""
    if len(m.participants) != 1 or (group := table.get(m.participants[0])) is None:
        return None
    office = singular(group.name.lower().split()[-1])
    return office if office in TITLE_NOUNS and office not in GENERIC_TITLES else None


GENERIC_TITLES = frozenset({"leader", "official", "representative", "delegate", "envoy"})
"""Title nouns a pair of any offices is called by: "the two leaders", "both officials"."""


def _office_kind(m: Mention, table: ActorTable) -> set[str]:
    """The words a definite group puts before its office that some title in the article has ("the two foreign
    ministers": foreign, when a foreign minister is named): which kind of that office both hold. Words no title
    has ("the two visiting ministers") say nothing of the office."""
    if len(m.participants) != 1 or (group := table.get(m.participants[0])) is None:
        return set()
    words = [w for w in group.name.split()[:-1] if w.islower() and w not in COUNTING_WORDS]
    titled = {w for a in table.persons() for w in _title_words(a)}
    return {w for w in words if w in titled and w not in GROUP_COUNTS}


def _may_hold(actor: Actor | None, office: str, kind: set[str] | None = None) -> bool:
    """Whether a person could be one of "the two ministers": a title of that office, or no title known; of "the
    two foreign ministers", a title of that kind of office ("Prime Minister" is not)."""
    if actor is None or actor.kind is not ActorKind.PERSON:
        return False
    words = _title_words(actor)
    return not words or "counterpart" in words or (_titled_as(actor, office) and (kind or set()) <= words)


def _holds_known(actor: Actor | None, office: str, kind: set[str]) -> bool:
    """Whether a person's titles say they hold the office (of that kind), or make them a counterpart of one who
    does; no title known is not enough (rule party.the-two-of-that-office)."""
    if actor is None or actor.kind is not ActorKind.PERSON:
        return False
    words = _title_words(actor)
    return "counterpart" in words or (_titled_as(actor, office) and kind <= words)


def _title_words(actor: Actor) -> set[str]:
    """The words of a person's titles: "Deputy Foreign Minister" gives deputy, foreign, minister."""
    return {w for title in actor.titles for w in title.lower().replace("-", " ").split()}


def _titled_as(actor: Actor, office: str) -> bool:
    """Whether a person's titles name the office, written out: "Col." is a colonel (rule party.abbreviated-title),
    so "the two colonels" are Col. Baker and Col. Ortiz."""
    words = _title_words(actor)
    return office in words or _abbreviated_as(words, office)


def _abbreviated_as(words: set[str], office: str) -> bool:
    """Whether a title's words name the office only by its abbreviation ("Col." for colonel)."""
    return office not in words and any(TITLE_ABBREVIATIONS.get(w) == office for w in words)


def _office_holders(m: Mention, table: ActorTable, office: str) -> list[str] | None:
    """The only two people named before "the two ministers" whose titles name that office, if two are."""
    people = [
        a
        for a in table.persons()
        if a.name not in a.titles and any(x.start < m.trigger.idx for x in a.mentions) and _titled_as(a, office)
    ]
    if len(people) != 2:
        return None
    if any(_abbreviated_as(_title_words(a), office) for a in people):
        fired("party.abbreviated-title")
    return [a.id for a in people]


def _titled_pair(m: Mention, table: ActorTable) -> list[str] | None:
    """ "The two foreign ministers had spoken by telephone": the only two people the article gives that title, when
    the group's title says more than a bare title noun ("the two leaders" is whoever met last)."""
    if len(m.participants) != 1 or (group := table.get(m.participants[0])) is None:
        return None
    words = [w for w in group.name.lower().split() if w not in COUNTING_WORDS]
    if len(words) < 2 or not words[-1].endswith("s") or words[-1][:-1] not in TITLE_NOUNS:
        return None
    phrase = " ".join([*words[:-1], words[-1][:-1]])
    people = [a.id for a in table.persons() if any(holds_title(title, phrase) for title in a.titles)]
    return people if len(people) == 2 else None


def merge(mentions: list[Mention], table: ActorTable, published: str | None) -> list[Draft]:
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
    if not m.participants and drafts and (_another(m.trigger) or _resumed(m.trigger) or _continued(m, drafts[-1])):
        if _further_told_again(m, drafts[-1]):
            drafts[-1].mentions.append(m)
            return
        fired("merge.another")  # "a second meeting could take place in Oman", "talks may resume": the same parties
        _same_parties_as(m, drafts[-1], table)
        drafts.append(Draft([m]))
        return
    if m.status is EventStatus.DENIED and said_again(m.trigger):
        # "there were no plans for Putin to meet Prigozhin again": no further contact, and nothing said of the one
        # before
        fired("contact.none-again")
        judged(m.trigger.i, False, m.rules)
        return
    if (gathering := gathering_told_again(m, drafts, table)) is not None:
        fired("party.gathered-again")  # "The four delegations agreed to meet again in Manila": those who gathered
        m.participants, m.actor, m.recipient = [], [], []
        _same_parties_as(m, gathering, table)
        m.mode = "multilateral"
        drafts.append(Draft([m]))
        return
    if m.pronoun_pair:
        _merge_pronoun_pair(m, drafts, table, published)
        return
    if m.shared_body:
        if (states := _states_sending(m, drafts, table)) is None:
            judged(m.trigger.i, False, m.rules)  # a joint body with no contact of two states told before it
            return
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, states)
        fired("party.officials-of-the-two")  # "the two sides agreed that a joint commission would meet in Lima"
    elif _working_party(m, table) and (states := _states_sending(m, drafts, table)) is not None:
        fired("party.officials-of-the-two")  # "The two ministers agreed that officials would meet in Oslo"
        m.participants, m.actor, m.recipient = [], [], []
        m.add(m.recipient, states)
    plural_role_holders(m, table)  # "the co-chairs": the co-chairs named
    told = drafts  # the contacts it may retell: not the one a counted group among new others was resolved through
    if (group := _counted_group_among_others(m, table)) is not None and (
        apart := _resolve_among_others(m, group, drafts, table, published)
    ) is not None:
        told = [d for d in drafts if d is not apart]
    if _definite_group(m, table) and "mode.grouping-gathers" not in m.rules:  # "the ministers of the five states"
        fired("party.the-two")  # "the two leaders": the pair named before
        same = _resolve_group(m, drafts, table, published)
        if same is not None:
            fired("merge.the-two")
            same.mentions.append(m)
            return
    if not m.participants and (last := _last_at_stage(m, drafts)) is not None and not _same_time(last, m, published):
        fired("merge.unnamed-other-day")  # "We had a video conference in May" after Monday's meeting: not that one
        judged(m.trigger.i, False, m.rules)
        return
    target = _hosted_antecedent(m, told) or _antecedent(m, told, table, published)
    if target is None and m.in_headline:
        target = _headline_story(m, told, table)
        if target is not None:
            fired("merge.headline-same-people")  # "Trump didn't need to meet X" heads the story of their meeting
    if target is None and m.in_headline:
        target = next(
            (
                d
                for d in told
                if _compatible_modes(d.first.mode, m.mode) and STATUS_CLASS[d.first.status] == STATUS_CLASS[m.status]
            ),
            None,
        )
        if target is not None:
            fired("merge.headline")  # a headline sums up a contact the body tells
            if sum(is_name(a.name) for p in target.named(table) if (a := table.get(p)) is not None) >= 2:
                _only_body_parties(m, table)
    if target is None and m.silent:
        target = _same_people(m, told, table)  # "state media did not mention any meeting with Putin"
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
        _call_names_the_mode(target, m)
        _meeting_day_over_the_trip(target, m, published)
        target.mentions.append(m)


def _call_names_the_mode(draft: Draft, m: Mention) -> None:
    """A call that retells a contact told without its kind gives it its mode (rule merge.call-of-a-contact)."""
    if m.mode == "phone" and draft.first.mode == "meeting" and _told_without_its_kind(draft):
        fired("merge.call-of-a-contact")
        for x in draft.mentions:
            x.mode = "phone"


def _working_party(m: Mention, table: ActorTable) -> bool:
    """ "Officials would meet in Oslo", "experts from both countries met", "a joint commission will meet": the one
    party is people or a body that states send, named by no state or body of its own, meeting among themselves (a
    lone delegation meeting no one is no such pair of sides: a singular body must be told as shared)."""
    if len(m.participants) != 1 or m.mode != "meeting":
        return False
    trigger = m.trigger
    held = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in HOLDING_VERBS  # "officials will hold talks"
    verb = trigger.head if held else trigger
    if verb.pos_ != "VERB" or (not held and trigger.lemma_.lower() != "meet"):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in trigger.children):
        return False
    subjects = subjects_of(verb)
    if len(subjects) != 1 or table.actor_at(subjects[0]) is not table.get(m.participants[0]):
        return False
    subject = subjects[0]
    shared = subject.tag_ == "NNS" or any(c.lower_ in JOINT_WORDS for c in subject.children if c.dep_ == "amod")
    return (
        subject.pos_ == "NOUN"
        and subject.lemma_.lower() in WORKING_PARTIES
        and shared
        and not nationalities(subject)  # "Turkish officials met": one state's people
        and not any(c.dep_ == "poss" for c in subject.children)  # "their officials" (party.their-officials)
        # "the two commanders": the pair named before (party.the-two)
        and not any(c.lower_ in GROUP_COUNTS or c.lower_ == "both" for c in subject.children)
        # "officials of the Mekong Commission", "ASEAN officials": a body of their own
        and not any(t.pos_ == "PROPN" or t.ent_type_ in NAMING_ENTITIES for t in subject.subtree)
    )


NAMING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
"""Entity types that name whom a group belongs to ("Kenyan officials", "officials of the AU"); a count does not."""


def _states_sending(m: Mention, drafts: list[Draft], table: ActorTable) -> list[str] | None:
    """The two states of the last contact told before ``m`` between two states, in its sentence or the few before
    ("Mahlangu held talks with Sebego … the two sides agreed that officials would meet in Pretoria": South Africa and
    Botswana), passing over contacts of one state or of three since."""

    # told near: "health officials met in Cusco" pages after a summit of two states are no officials of theirs
    near = [d for d in drafts if d.last_told_before(m.trigger.i) >= 0 and _told_near(m, d, WORKING_PARTY_SENTENCES)]
    told = sorted(near, key=lambda d: d.last_told_before(m.trigger.i), reverse=True)
    codes = next((c for d in told if len(c := _two_states(d, table, m)) == 2), None)
    return [table.country(code).id for code in codes] if codes is not None else None


def _two_states(draft: Draft, table: ActorTable, sent: Mention) -> list[str]:
    """The states of a contact, with the state of a side told by office only when one foreign state is known
    ("Foreign Minister Rojas spoke with Venezuela's deputy minister" in a story from Port of Spain: Trinidad and
    Tobago and Venezuela, rule party.home-side)."""
    codes = state_codes(draft.mentions, table)
    if (
        len(codes) == 1
        and sent.status is EventStatus.PLANNED  # "agreed that officials would meet": the talks' own sides send them
        and (home := home_state(draft.mentions, codes[0], table, sent)) is not None
    ):
        fired("party.home-side")
        return [home, *codes]
    return codes


PAIR_PRONOUN_SENTENCES = 1
"""Sentences before "they met" in which the contact whose people "they" are must be told."""


def _merge_pronoun_pair(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> None:
    """ "Marcos met Takaichi in Manila on Thursday. They last spoke by phone in January": "they" are the people of
    the contact told in the sentence before or the same one; the call is that contact if it can be, or another."""
    sents = doc_sents(m.trigger.doc)
    here = sentence_index(sents, m.trigger.i)
    low = sents[max(here - PAIR_PRONOUN_SENTENCES, 0)].start
    near = [d for d in drafts if any(low <= x.trigger.i < m.trigger.i for x in d.mentions) and len(d.named(table)) >= 2]
    if not near and (named := _two_named_in_clause_before(m, table)) is not None:
        fired("party.they-the-two-named")  # "Rowe sought Hale's support when they met behind the chair"
        m.add(m.recipient, named)
        drafts.append(Draft([m]))
        return
    if not near:
        judged(m.trigger.i, False, m.rules)
        return
    fired("party.they-the-last-pair")
    same = _resolve_group(m, near, table, published)
    if same is not None:
        fired("merge.the-two")
        same.mentions.append(m)
    else:
        drafts.append(Draft([m]))


def _two_named_in_clause_before(m: Mention, table: ActorTable) -> list[str] | None:
    """ "Rowe said he had sought Hale's support when they met behind the speaker's chair last week": the two people
    the sentence names before a clause of time whose "they" met (rule contact.they-in-time-clause), when it names
    no one else there, are the pair that met (rule party.they-the-two-named)."""
    if "contact.they-in-time-clause" not in m.rules:
        return None
    start = m.trigger.sent.start_char
    people = [
        a.id
        for a in table.persons()
        if a.name not in a.titles and any(start <= x.start < m.trigger.idx for x in a.mentions)
    ]
    return people if len(people) == 2 else None


def _hosted_antecedent(m: Mention, drafts: list[Draft]) -> Draft | None:
    """ "Ethiopian and Eritrean officials held talks in Nairobi. Kenyan President William Ruto hosted the meeting":
    the host of "the meeting" takes part in the last contact told at that stage (rule merge.hosted-definite)."""
    trigger = m.trigger
    if not (m.definite and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "host"):
        return None
    found = next(
        (
            d
            for d in reversed(drafts)
            if _compatible_modes(d.first.mode, m.mode) and STATUS_CLASS[d.first.status] == STATUS_CLASS[m.status]
        ),
        None,
    )
    if found is not None:
        fired("merge.hosted-definite")
    return found


def _only_body_parties(m: Mention, table: ActorTable) -> None:
    """A headline's contact joins a body's contact between two people named by name as the body tells it: a side
    named only in the headline ("Candidate's Dinner With Foreign Leader Raises Questions", read as people
    "Candidate" and "Raises Questions") is the tagger's guess at capitalised words, not one more side. (When the
    body only describes them, "Ruto meets Museveni … The two leaders met", the headline's names are the sides.)"""
    end = m.trigger.doc.text.find("\n")
    if end < 0:
        return

    def in_body(actor_id: str) -> bool:
        actor = table.get(actor_id)
        return actor is None or any(mention.start > end for mention in actor.mentions)

    m.actor[:] = [a for a in m.actor if in_body(a)]
    m.recipient[:] = [a for a in m.recipient if in_body(a)]
    m.participants[:] = [a for a in m.participants if in_body(a)]


def _conjoined_with_another(m: Mention, drafts: list[Draft]) -> bool:
    """A contact verb conjoined to another that met other people: "met X and spoke with Y" tells two contacts."""
    if m.trigger.dep_ != "conj" or not m.recipient:
        return False
    for draft in drafts:
        for other in draft.mentions:
            if other.trigger.i == m.trigger.head.i and other.recipient:
                return not set(m.recipient) & set(other.recipient)
    return False


def _another(trigger: Token) -> bool:
    """ "a second meeting", "a new round of talks"."""
    return trigger.pos_ == "NOUN" and any(c.lower_ in ANOTHER for h in _counted_holders(trigger) for c in h.children)


def _counted_holders(trigger: Token) -> list[Token]:
    """The contact noun and the noun that counts it, if any ("a new round of talks": "talks" and "round")."""
    counted = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    return [trigger] + ([counted] if counted is not None and counted.lemma_.lower() in COUNTING_NOUNS else [])


FURTHER_WORDS = ANOTHER | FURTHER_NAMED
"""Words that tell a contact with named parties as a further one: "further talks", "more talks with Marek"."""


def _further_contact(m: Mention) -> bool:
    """ "Brandt returns for further talks with Marek", "a new round of talks with Marek": a contact noun told as a
    further one, with its parties named, is another contact between them, never the one told before (rule
    merge.further-named). "The second meeting between Ruiz and Lind", "their next meeting" point back at one
    told, and are left to the rules below."""
    holders = _counted_holders(m.trigger)
    if (
        not m.participants
        or m.trigger.pos_ != "NOUN"
        or not any(c.lower_ in FURTHER_WORDS for h in holders for c in h.children)
    ):
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for h in holders for c in h.children
    )


def _resumed(trigger: Token) -> bool:
    """ "Discussions may resume soon", "talks will be resumed next month", "a resumption of talks": talks taken up
    again are between those who held them."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        return trigger.head.head.lemma_.lower() in RESUMING_WORDS
    return (
        trigger.dep_ in ("nsubj", "nsubjpass", "dobj")
        and trigger.head.lemma_.lower() in RESUMING_WORDS
        and trigger.head.dep_ != "pcomp"  # "a timetable for resuming talks": what is discussed, no contact
    )


def _further_not_held(m: Mention) -> bool:
    """ "It is not clear when the next meeting with Ruiz will take place", "negotiations between Chile and Peru will
    be resumed next month", "they will meet again": a contact told as a further one ("next", "another", "again",
    "resumed") and not as held is never a contact held before between the same sides, told again (rule
    merge.further-not-held): it is its own, to come or possible, and what is said of it (its status, its denial)
    is not said of the one held."""
    trigger = m.trigger
    return STATUS_CLASS[m.status] != "real" and (said_again(trigger) or _another(trigger) or _resumed(trigger))


def _further_told_again(m: Mention, last: Draft) -> bool:
    """ "… agreed to resume amity talks soon. Negotiations will be resumed next month", "we will meet again in three
    weeks. He did not say where the next meeting would be held": a further contact told with no parties, just
    after a further contact told as not yet held, at the same stage, is that one told again (rule
    merge.further-told-again), not one more after it."""
    told = _further_not_held(last.first) and STATUS_CLASS[last.first.status] == STATUS_CLASS[m.status]
    if told:
        fired("merge.further-told-again")
    return told


def _continued(m: Mention, last: Draft) -> bool:
    """ "The talks will continue next Tuesday" after Thursday's meeting: talks to go on at another stage than the
    last contact told are a further contact between its parties ("the talks continued into the night" is the
    same one)."""
    return (
        m.trigger.dep_ == "nsubj"
        and m.trigger.head.lemma_.lower() in ("continue", "reconvene")
        and STATUS_CLASS[m.status] != STATUS_CLASS[last.first.status]
    )


def _same_parties_as(m: Mention, draft: Draft, table: ActorTable) -> None:
    """The people (or, failing two of them, the parties) of ``draft`` as the parties of a further contact."""
    named = draft.named(table)
    everyone = [p for x in draft.mentions for p in x.participants]
    if len(named) < 2:
        named = set(everyone)  # "Vereinigung Cockpit met Lufthansa management", one of them read as a person
    parties = [p for p in draft.first.participants if p in named] or list(draft.first.participants)
    m.add(m.actor, [p for p in draft.first.actor if p in parties])
    m.add(m.recipient, [p for p in everyone if p in named])


def _same_people(m: Mention, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """The last event whose people take in the mention's."""
    people = {p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON}
    return next((d for d in reversed(drafts) if people and people <= d.named(table)), None)


def _headline_story(m: Mention, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """The body's contact between the same people that a headline heads: news first (a headline tells what
    happened), then one of a compatible kind, then the first told."""
    people = {p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON}
    same = [d for d in drafts if len(people) >= 2 and d.named(table) == people]
    if not same:
        same = [d for d in drafts if _state_for_its_person(m, people, d, table)]
        if same:
            fired("merge.headline-state-for-its-person")  # "Costa Rica denies meeting with Ortega": Chinchilla's
    if same and STATUS_CLASS[m.status] != "real" and _another(m.trigger):
        # "Officials plan second Abashidze-Orlov meeting" over the body's first one: the further one, not that
        same = [d for d in same if STATUS_CLASS[d.first.status] != "real"]
        if not same:
            fired("merge.headline-further-one")
    if not same:
        return None
    return min(
        same,
        key=lambda d: (STATUS_CLASS[d.first.status] != "real", not _compatible_modes(d.first.mode, m.mode)),
    )


def _state_for_its_person(m: Mention, people: set[str], draft: Draft, table: ActorTable) -> bool:
    """ "Costa Rica denies meeting with Ortega" over the body's meeting of Costa Rican President Chinchilla and
    Ortega: a headline's state stands for the one person of that state the body's contact takes in besides the
    headline's people (rule merge.headline-state-for-its-person)."""
    states = {a.country for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.COUNTRY}
    named = draft.named(table)
    if len(states) != 1 or not people or not people < named:
        return False
    others = [table.get(p) for p in named - people]
    return len(others) == 1 and others[0] is not None and others[0].country in states


def _trip_denied_beside_talks(draft: Draft, m: Mention) -> bool:
    """ "Haller spoke with Eide on Wednesday … A trip by Haller to Valgrad is not on the agenda": a visit said not
    to happen (a trip, or "to visit") is another contact than talks that did, not a denial of them; "he had never
    received Ferrante in his office" denies the meeting told."""
    return (
        m.mode == "visit"
        and (m.trigger.pos_ == "NOUN" or m.trigger.tag_ == "VB")
        and STATUS_CLASS[m.status] == "denied"
        and draft.first.mode != "visit"
        and STATUS_CLASS[draft.first.status] == "real"
    )


def _back_from_elsewhere(m: Mention, draft: Draft) -> bool:
    """ "Carvalho met Brink, who had just returned from a visit to Hanoi", "returned from a trip to Vietnam on Friday
    and met Dunmore on Saturday": the visit one came back from (rule party.back-from-a-visit) was over; told after a
    contact with no place of its own in which that visitor is only the one met, or with the contact told as the
    next act after the return, it is another contact, not one of its talks (rule merge.back-from-a-visit). A contact
    told after the trip ("… had met the premier on January 14") may still be one of its talks, and one placed where
    the visit went ("…, where she met X") is compared by place as before."""
    for other in draft.mentions:
        if "party.back-from-a-visit" in m.rules and other.place is None and m.actor:
            if all(a in other.recipient and a not in other.actor for a in m.actor):
                return True
        if "party.back-from-a-visit" in other.rules and m.place is None:
            back = other.trigger.head.head  # "returned … from a visit": the verb of the return
            if m.trigger.dep_ == "conj" and m.trigger.head.i == back.i:
                return True  # "returned from a trip on Friday and met X on Saturday"
    return False


def _leg_elsewhere(m: Mention, draft: Draft) -> bool:
    """ "He arrived in Manila on Monday, following earlier stops in Tokyo and Seoul": a leg told before the journey
    (rule contact.noun.earlier-leg) is its own visit, not the talks of a contact held in another state or told with
    no state of its own."""
    if "contact.noun.earlier-leg" not in m.rules:
        return False
    return not any(set(m.venue_state) & set(other.venue_state) for other in draft.mentions)


def _spoke_of_a_call(draft: Draft, m: Mention) -> bool:
    """ "Quispe's office confirmed that she had spoken with Holm on Tuesday", after their telephone call on
    Tuesday (rule merge.spoke-of-a-call): "spoke" with no word of how retells that call; the same people and
    time are still asked for."""
    if draft.first.mode != "phone" or m.mode != "meeting":
        return False
    if m.trigger.lemma_.lower() not in ("speak", "talk") and not _kindless_exchange(m.trigger):
        return False
    if any(t.lower_ in ("person", "face") for t in m.trigger.subtree):
        return False  # "spoke in person", "talked face to face": a meeting of its own
    fired("merge.spoke-of-a-call")
    return True


def _kindless_exchange(trigger: Token) -> bool:
    """ "had no conversation with Mr Kovac", "the discussions": a contact noun that says nothing of how it was held
    (rule merge.conversation-of-a-call), so it may be a call; "talks" and "encounter" are told of meetings."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in GENERIC_CONTACT_NOUNS or trigger.lemma_ in ("talk", "encounter"):
        return False
    fired("merge.conversation-of-a-call")
    return True


def _talks_of_a_journey(draft: Draft, m: Mention) -> bool:
    """ "flew into Zagreb and spent the afternoon with X … the meeting was businesslike": a meeting made a visit
    by the journey it was told with is still what "the meeting" names, before any meeting told earlier."""
    return m.mode == "meeting" and "mode.where-travelled" in draft.first.rules


def _told_beside(m: Mention, draft: Draft) -> bool:
    """ "Koné had also met the commander's brother", "met instead with councillors", "stopped in Riyadh on his way
    back and met Saudi officials": a contact set beside the one told before, with someone that one did not take in
    (the state it took place in aside), is another contact of the same person, not a retelling of it ("Berg also
    discussed trade with Haddad" still is)."""
    joined = draft.participants()
    if not any(p not in joined and p not in m.venue_state for p in m.participants):
        return False
    trigger = m.trigger
    telling = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]  # "also held talks with"
    if any(c.dep_ == "advmod" and c.lower_ in BESIDES_WORDS for t in telling for c in t.children):
        fired("merge.also-someone-else")
        return True
    if any(_only(t) for t in telling):
        fired("merge.only-someone-else")
        return True
    # "stopped in Riyadh on his way back and met": the journey is told on the verb the contact is joined to
    journey = telling + ([trigger.head] if trigger.dep_ == "conj" else [])
    if any(_on_the_way(t) for t in journey):
        fired("merge.on-the-way")
        return True
    return False


FEWER_APART_WORDS = frozenset({"also", "separately"})
"""Adverbs by which a contact of some of those at a larger one is told as another, held apart from it."""


def _fewer_apart(m: Mention, people: set[str], named: set[str]) -> bool:
    """ "King X and Crown Prince Y held talks with Z. Z later met separately with Y", "X and Y will meet in Sochi
    with Z taking part. Z will also meet with Y": a contact told with "also" or "separately" between only some of
    the people of a larger one is another contact of theirs, held apart from it, not that one told again (rule
    merge.fewer-apart). ("Berg also discussed trade with Haddad" after Berg's talks with Haddad alone still is.)"""
    if len(people) < 2 or not people < named:
        return False  # "also met the commander's brother": one person named, whose other side may be anyone
    trigger = m.trigger
    telling = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]  # "also held talks with"
    return any(c.dep_ == "advmod" and c.lower_ in FEWER_APART_WORDS for t in telling for c in t.children)


def _other_side_instead(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "Lagat held talks in Garowe with Isse … a report that Isse had held talks with Ethiopian military officers
    last week": one of the contact's people with a group of another state in place of the other people it took in
    is another contact of that person, not a retelling of it (rule merge.other-side-instead)."""
    missing = [a for p in draft.named(table) - set(m.participants) if (a := table.get(p)) is not None]
    their_states = {a.country for a in missing if a.country}
    if not missing or len(their_states) < len(missing):
        return False  # whose state a missing person acts for is not known: the group may be theirs
    joined = draft.participants()
    groups = [
        a
        for p in m.participants
        if p not in joined
        and p not in m.venue_state
        and (a := table.get(p)) is not None
        and a.kind is ActorKind.GROUP
        and not _sides_in_one(a)  # "the Chinese and Japanese heads of government": both sides, not another one
    ]
    return bool(groups) and all(a.country and a.country not in their_states for a in groups)


def _body_instead(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "Diallo said he was ready to meet President Bah … Diallo's meeting with the Council of Churches did not change
    anything": one of a contact's people with a body (an organisation) in place of the person it took in, or with a
    person in place of the body it took in, told at another stage (held against offered), is another contact of
    that person (rule merge.body-instead), unless the body may be that person's own: one of the same state, or one
    whose name the person's title carries ("Council chairman Bah"); a one-word body is the tagger's guess. A visit
    is left out: one takes in the host's bodies and people alike."""
    if "visit" in (m.mode, draft.first.mode):
        return False
    if any(x.trigger.i == m.trigger.i for x in draft.mentions):
        return False  # "met representatives of the IFRC and Marek Oskarsson": one contact, told once
    if STATUS_CLASS[m.status] == STATUS_CLASS[draft.first.status]:
        return False  # told at one stage, the body may be told for the person's side ("Shmyhal's office")
    joined, mine = draft.participants(), set(m.participants)
    venues = {s for x in draft.mentions for s in x.venue_state} | set(m.venue_state)
    newcomers = [a for p in mine - joined - venues if (a := table.get(p)) is not None]
    left_out = [a for p in joined - mine - venues if (a := table.get(p)) is not None]
    if not newcomers or not left_out:
        return False
    if all(a.kind is ActorKind.ORGANIZATION for a in newcomers):
        return _another_side(newcomers, [a for a in left_out if a.kind is ActorKind.PERSON])
    if all(a.kind is ActorKind.PERSON for a in newcomers):
        return _another_side([a for a in left_out if a.kind is ActorKind.ORGANIZATION], newcomers)
    return False


def _another_side(bodies: list[Actor], people: list[Actor]) -> bool:
    """Whether each of ``bodies`` is a side apart from ``people``: of no state of theirs, and named in no title of
    theirs."""
    if not bodies or not people:
        return False
    their_states = {a.country for a in people if a.country}
    their_titles = " ".join(t.lower() for a in people for t in a.titles)
    return all(
        len(body.name.split()) > 1  # "Solar", "Mr": a tagger's guess at a body
        and (not body.country or body.country not in their_states)
        and not any(w.lower() in their_titles for n in (body.name, *body.aliases) for w in n.split() if len(w) > 2)
        for body in bodies
    )


LISTING_RULES = frozenset({"contact.listed-after", "contact.call-each"})
"""Rules that split a contact told once with a list into one with each listed: "The meetings involved China,
Pakistan and the EU", "telephoned X of A, Y of B and Z of C"."""


def _apart_from_listed(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """A contact split from a list ("The meetings involved China, Pakistan and the EU", rule contact.listed-after;
    "telephoned X of A, Y of B and Z of C", rule contact.call-each) is with its one listed side: another of the same
    list is never it told again, nor is a contact with a person of another state than that side's ("his meeting
    with Pakistan's foreign minister" is not the one with the EU) (rule merge.listed-apart)."""
    listed = [x for x in draft.mentions if LISTING_RULES & set(x.rules)]
    if not listed:
        return False
    if any(x.trigger.i == m.trigger.i for x in listed):
        return True  # two of one list
    sides = {a.country or a.id for x in listed for p in x.recipient if (a := table.get(p)) is not None}
    newcomers = [a for p in set(m.participants) - draft.participants() if (a := table.get(p)) is not None]
    return any(a.kind is ActorKind.PERSON and a.country and a.country not in sides for a in newcomers)


def _person_of_another_state(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "Villacorta later sat down with Malaysia's Hamzah Ismail. A meeting between Villacorta and US Secretary of
    State Caroline Ashby was called off": a person the contact did not take in (or a state a journey goes to), of
    a state none of its other sides is of, while it has its other side already (a body or a state, whose person
    the text did not name), is another contact of its one person, not that one told again (rule
    merge.person-of-another-state)."""
    joined = draft.participants()
    mine = set(m.participants)
    # a named person, or the state a journey goes to ("would travel to Beijing" after the meeting with Ashby)
    newcomers = [
        a
        for p in mine - joined
        if (a := table.get(p)) is not None
        and (a.kind is ActorKind.PERSON and is_name(a.name) if p not in m.venue_state else a.kind is ActorKind.COUNTRY)
    ]
    if not newcomers or any(not a.country for a in newcomers):
        return False
    venues = {s for x in draft.mentions for s in x.venue_state}  # "trip to Geneva": Switzerland, no side of it
    others = [a for p in joined - mine - venues if (a := table.get(p)) is not None]
    shared = [a for p in joined & mine if (a := table.get(p)) is not None]
    states = {a.country for a in others + shared if a.country}
    # the state the contact took place in is its own ("held talks with France in Nairobi … travelled to Nairobi")
    states |= {place.country for x in draft.mentions if (place := place_of(x.place)) is not None and place.country}
    return bool(others) and all(a.country for a in others) and all(a.country not in states for a in newcomers)


def _told_in_private(trigger: Token) -> bool:
    """ "met secretly with X", "held private talks with X", "met X in secret": a contact told as held out of
    sight, by a word on its verb, on its noun, or on the verb holding its noun; "in secret" may hang on whom
    it met ("met executives of the firm in secret"), so it is looked for anywhere in the verb's phrase."""
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in PRIVATE_WORDS for h in holders for c in h.children):
        return True
    return any(
        t.dep_ == "pobj" and t.lower_ in PRIVATE_WORDS and t.head.lower_ == "in" and not list(t.children)
        for t in holders[-1].subtree
    )


def _sides_beside(parties: set[str], others: set[str], venues: set[str], table: ActorTable) -> bool:
    """Whether ``parties`` take in a side, other than a state, that ``others`` do not (a venue's state aside)."""
    return any((a := table.get(p)) is not None and a.kind is not ActorKind.COUNTRY for p in parties - others - venues)


def _private_with_someone_else(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "Quinn received the trade minister, Ali Demir, at the ministry on Monday … a weekly said Demir had met
    secretly with leaders of the dockers' union": a contact told as held in private, with a side the contact told
    before (told openly) did not take in and without one it took in, is another contact of their shared person,
    not a retelling of it (rule merge.private-other-side). "Demir and Quinn later talked privately for an hour"
    names no one else, and retells it."""
    if not _told_in_private(m.trigger) or any(_told_in_private(x.trigger) for x in draft.mentions):
        return False
    venues = {s for x in draft.mentions for s in x.venue_state} | set(m.venue_state)
    joined, mine = draft.participants(), set(m.participants)
    return _sides_beside(mine, joined, venues, table) and _sides_beside(joined, mine, venues, table)


UNNAMED_KINDS = (ActorKind.GROUP, ActorKind.ANONYMOUS, ActorKind.COUNTRY)
"""The parties told by their state alone: "Nicaraguan naval commanders", "a Taiwanese envoy", "Kazakhstan"."""


def _party_of_another_state(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "Bustillo spent four hours with Alfaro in San Salvador … fishermen say he met Nicaraguan naval commanders":
    one of a contact's people with parties told by their state alone (a group, an unnamed official, the state),
    each of a state none of the contact's sides is of, when a state is a side of it already (the one a visit went
    to, a counterpart's), is another contact of that person, not a retelling of it (rule
    merge.party-of-another-state). The contact's state stands for its people whose state is not known, as it
    does not in ``_other_side_instead``."""
    joined = draft.participants()
    sides = [a for p in joined if (a := table.get(p)) is not None]
    if not any(a.kind is ActorKind.COUNTRY and a.country for a in sides):
        return False
    states = {a.country for a in sides if a.country}
    newcomers = [table.get(p) for p in m.participants if p not in joined and p not in m.venue_state]
    return bool(newcomers) and all(
        a is not None and a.kind in UNNAMED_KINDS and a.country and a.country not in states and not _sides_in_one(a)
        for a in newcomers
    )


def _only(verb: Token) -> bool:
    """ "she met only port officials", "only met port officials": whom the contact was limited to."""
    met = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    met += [g for c in met[1:] if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in ("advmod", "amod") and c.lower_ == "only" for t in met for c in t.children)


def _on_the_way(verb: Token) -> bool:
    """ "on his way back from Doha", "on her way home": a stop on a journey, told after the journey's contacts."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "way" for g in c.children) for c in verb.children
    )


def _compatible_modes(a: str | None, b: str | None) -> bool:
    """A visit's talks are the visit; a call is never a meeting."""
    return a == b or a is None or b is None or {a, b} == {"visit", "meeting"}


def _antecedent(m: Mention, drafts: list[Draft], table: ActorTable, published: str | None) -> Draft | None:
    if not m.participants and len(within := [d for d in drafts if not _heading_since(d, m)]) < len(drafts):
        fired("merge.across-heading")  # "THURSDAY, 8.00AM … the meeting will not be held": not Thursday 4pm's meeting
        drafts = within
    if m.participants and said_again(m.trigger):
        fired("merge.again")  # "They will meet again in Arusha on June 28": a further contact, not Monday's
        return None
    if _further_contact(m):
        fired("merge.further-named")  # "returns for further talks with Marek": not the talks told before
        return None
    if (told := _told_again_when(m, drafts, table)) is not None:
        fired("merge.when-told-again")  # "to meet Japan's new prime minister when she holds talks with Hashimoto"
        return told
    if (returned := _visit_returned(m, drafts, table)) is not None:
        fired("merge.return-visit")  # "a return visit by Vajpayee" after Musharraf's visit: Vajpayee goes to him
        _return_to(m, returned, table)
        return None
    if m.definite and not m.participants and (such := _such_one(m, drafts)) is not None:
        fired("merge.such-last-told")
        return such
    if m.left and m.definite and (left := _talks_left(m, drafts)) is not None:
        fired("merge.left-the-talks")  # "… talks collapsed. He and other union leaders broke off the talks"
        return left
    people = {p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON}
    untold: Draft | None = None
    further = _further_not_held(m)
    for draft in reversed(drafts):
        if (
            not _compatible_modes(draft.first.mode, m.mode)
            and not _spoke_of_a_call(draft, m)
            # "spoke with X … In a telephone call, he told X": the call between the same sides, none added
            and not (
                m.mode == "phone" and set(m.participants) <= draft.participants() and _told_without_its_kind(draft)
            )
        ):
            continue
        if further and STATUS_CLASS[draft.first.status] == "real" and set(m.participants) & draft.participants():
            fired("merge.further-not-held")
            continue
        if _told_before(m, draft):
            continue
        if _setting_apart_from_trip(m, draft):
            fired("merge.setting-not-the-trip")  # "hailed his recent visit to Pakistan. At a meeting with X, he said"
            if "place.trip-told-before" in m.rules:
                m.place = None  # the trip's place is not the setting's
            continue
        if _trip_apart_from_setting(m, draft):
            continue
        if _told_in_its_setting(m, draft):
            fired("merge.told-in-the-setting")  # "At a meeting with X, the president said his talks with Y …"
            continue
        if m.definite and not m.participants and (draft.first.mode == m.mode or m.mode is None):
            fired("merge.definite")
            return draft  # "the visit": the last visit told
        if m.definite and not m.participants and _talks_of_a_journey(draft, m):
            fired("merge.definite-talks-of-journey")
            return draft
        named = draft.named(table)
        shared = people & named
        # "Orlov did not meet Ellison" is not Ellison's talks with Wang: one side's people must take in the other's
        nested = people <= named or named <= people
        if shared and nested and _trip_denied_beside_talks(draft, m):
            fired("merge.trip-not-talks")
            continue
        if shared and nested and _told_beside(m, draft):
            continue
        if shared and _fewer_apart(m, people, named):
            fired("merge.fewer-apart")
            continue
        if shared and nested and _other_side_instead(m, draft, table):
            fired("merge.other-side-instead")
            continue
        if shared and nested and _body_instead(m, draft, table):
            fired("merge.body-instead")
            continue
        if shared and nested and _person_of_another_state(m, draft, table):
            fired("merge.person-of-another-state")
            continue
        if _apart_from_listed(m, draft, table):
            fired("merge.listed-apart")
            continue
        if shared and nested and _party_of_another_state(m, draft, table):
            fired("merge.party-of-another-state")
            continue
        if shared and nested and _private_with_someone_else(m, draft, table):
            fired("merge.private-other-side")
            continue
        if shared and nested and _back_from_elsewhere(m, draft):
            fired("merge.back-from-a-visit")
            continue
        if shared and nested and _leg_elsewhere(m, draft):
            fired("merge.earlier-leg")
            continue
        if shared and nested and held_beside_called_off(draft.first, m):
            continue
        if any(beside_a_refusal(x, m) for x in draft.mentions):
            fired("merge.refused-during-a-visit")  # "turned down invitations to meet X when he visits Cairo"
            continue
        if shared and nested and _same_time(draft, m, published) and _same_place(draft, m):
            fired("merge.same-people")
            return draft
        if untold is None and shared and nested and _stage_untold(m) and _same_place(draft, m):
            untold = draft  # taken only if no contact told at its own (default) stage takes it
        if _people_of_the_states(m, draft, table) and _same_time(draft, m, published) and _same_place(draft, m):
            fired("merge.people-of-the-states")
            _people_for_their_states(draft)
            return draft
        if _people_where_the_states_met(m, draft, table):
            fired("merge.people-where-the-states-met")
            _people_for_their_states(draft)
            return draft
        if not people and m.participants and set(m.participants) <= draft.participants():
            if _other_stage(draft, m):
                fired("merge.same-parties-other-stage")
                continue
            fired("merge.same-parties")
            return draft
    if untold is not None:
        fired("merge.stage-untold")  # "will meet Lund on Friday … his meeting with Lund is part of an effort"
        return untold
    if m.definite and not m.participants:
        for draft in reversed(drafts):
            if _compatible_modes(draft.first.mode, m.mode):
                fired("merge.definite")
                return draft  # "the talks" of a visit
    if not m.participants:
        # "We had a very open conversation": the last contact told at the same stage, retold without names
        found = _last_of_its_kind(m, drafts)
        if found is not None:
            fired("merge.retold-unnamed")
        return found
    return None


TIMED_HEADING = re.compile(r"^(?=.*\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b|.*\d[.:]\d\d)[^a-z]{3,40}$")
"""A diary's heading on a line of its own, in capitals, naming a weekday or a time of day: "THURSDAY, 8.00AM",
"FRIDAY", "10.30 GMT"."""


def _heading_since(draft: Draft, m: Mention) -> bool:
    """Whether a heading of a day or time stands between the contact's last mention before ``m`` and ``m``: a
    contact with no parties of its own is told in another section than the one the contact was told in (rule
    merge.across-heading), and a diary's sections tell different hours."""
    last = draft.last_told_before(m.trigger.i)
    if last < 0:
        return False
    start, end = m.trigger.doc[last].idx, m.trigger.idx
    return any(start < begins and ends < end for begins, ends in _timed_headings(m.trigger.doc))


TIMED_HEADINGS = "timed_headings"
"""Where a doc keeps the character spans of its timed headings, found once: every contact with no parties asks
whether one stands between it and each contact before it, and spaCy rebuilds ``doc.text`` on every access."""


def _timed_headings(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) offsets of each whole line of ``doc`` that is a timed heading; ``end`` is the offset of the
    newline that ends it (a last line with no newline after it is never between two words)."""
    if TIMED_HEADINGS not in doc.user_data:
        text, found, begins = doc_text(doc), [], 0
        for line in text.split("\n"):
            ends = begins + len(line)
            if ends < len(text) and TIMED_HEADING.match(line.strip()):
                found.append((begins, ends))
            begins = ends + 1
        doc.user_data[TIMED_HEADINGS] = found
    return doc.user_data[TIMED_HEADINGS]


def _told_again_when(m: Mention, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """ "Bhutto is due to be the first foreign leader to meet Japan's new prime minister when she holds talks with
    Hashimoto on Thursday": a contact in a "when" clause on a contact verb, with the same doer, that names a person
    where that contact has only an unnamed office holder of a state (the person being of that state or of none
    known, and holding no other office: "Peru's foreign minister" is not "President Rosa Quispe"), is that contact
    told again (rule merge.when-told-again); the holder is that person."""
    verb = m.trigger.head if m.trigger.dep_ == "dobj" else m.trigger
    if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    if any(c.lower_ in ADDED_WORDS for c in verb.children):
        return None  # "when he also holds talks with Quispe": one more contact
    named = [a for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON]
    for draft in reversed(drafts):
        told = next((x for x in draft.mentions if x.trigger.i == verb.head.i), None)
        if told is None or not set(told.participants) & set(m.participants):
            continue
        others = [a for p in set(told.participants) - set(m.participants) if (a := table.get(p)) is not None]
        holders = [a for a in others if a.kind is not ActorKind.COUNTRY]  # "Japan's": the holder's state
        persons = [a for a in named if a.id not in told.participants]
        if (
            len(holders) == 1
            and all(a.country == holders[0].country for a in others)
            and holders[0].kind is ActorKind.PERSON
            and not is_name(holders[0].name)
            and holders[0].country
            and len(persons) == 1
            and persons[0].country in (None, holders[0].country)
            and _offices_fit(holders[0], persons[0])
        ):
            _holder_is(draft, holders[0].id)
            return draft
    return None


def _offices_fit(holder: Actor, person: Actor) -> bool:
    """Whether an unnamed holder's office may be the named person's: "Peru's new president" fits "President Rosa
    Quispe" and a person told with no title, "Peru's foreign minister" does not fit "President Rosa Quispe", nor
    "Foreign Minister" "Finance Minister". Each office is read the short way (``offices_of``): the same title noun,
    and the word before it the same unless one of the two has none ("new president" fits "president", not "vice
    president"). A title naming no office fits any."""
    held, hers = offices_of(holder), offices_of(person)
    if not held or not hers:
        return True
    return any(
        a.split()[-1] == b.split()[-1] and (a == b or len(a.split()) == 1 or len(b.split()) == 1)
        for a in held
        for b in hers
    )


def _holder_is(draft: Draft, holder: str) -> None:
    """Take an unnamed office holder out of a contact whose named person it is."""
    for x in draft.mentions:
        for role in (x.actor, x.recipient, x.participants):
            role[:] = [p for p in role if p != holder]


def _visit_returned(m: Mention, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """ "the probable return visit by Vajpayee", after Musharraf's visit to him: a visit told as the return of one
    (rule merge.return-visit) is another contact than the visit it returns, the last visit its people took part
    in with someone it does not name: the visited one goes to the visitor. Not a return visit that names a
    destination of its own, a state, person or place other than the visitor or the visitor's state ("Okello will
    make a return visit to Tanzania"): it goes there only."""
    trigger = m.trigger
    if m.mode != "visit" or trigger.pos_ != "NOUN" or not m.participants:
        return None
    if not any(c.lower_ in RETURNING_WORDS for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")):
        return None
    mine = set(m.participants)
    returned = next(
        (
            d
            for d in reversed(drafts)
            if any(x.mode == "visit" for x in d.mentions) and mine & d.named(table) and d.named(table) - mine
        ),
        None,
    )
    return None if returned is None or _going_elsewhere(m, returned, table) else returned


def _going_elsewhere(m: Mention, returned: Draft, table: ActorTable) -> bool:
    """Whether a return visit names where it goes, and that is not among the people of the visit it would return
    or their states: a person or state it goes to, or a place of its own sentence in another state."""
    people = returned.named(table) - set(m.participants)
    states = {a.country for p in people if (a := table.get(p)) is not None and a.country}
    for r in m.recipient:
        a = table.get(r)
        if a is not None and r not in people and not (a.kind is ActorKind.COUNTRY and a.country in states):
            return True
    if m.place is None or "place.trip-told-before" in m.rules or m.place.i < m.trigger.sent.start:
        return False
    with collecting([]):  # only asking where the place is
        place = place_of(m.place)
    return place is not None and place.country is not None and place.country not in states


def _return_to(m: Mention, returned: Draft, table: ActorTable) -> None:
    """The visited of ``returned`` as those a return visit goes to, their one state (if known) as its host, and
    not the place of the visit returned."""
    hosts = [a for p in sorted(returned.named(table) - set(m.participants)) if (a := table.get(p)) is not None]
    m.add(m.recipient, [a.id for a in hosts])
    states = {a.country for a in hosts if a.country}
    if len(states) == 1:
        m.venue_state = [table.country(states.pop()).id]
        m.add(m.recipient, m.venue_state)
    if "place.trip-told-before" in m.rules or (m.place is not None and m.place.i < m.trigger.sent.start):
        m.place = None  # the place of a visit told before


def _speech_set_at(m: Mention) -> Token | None:
    """The reporting verb a contact noun sets ("At a meeting with elders, the president said …": said), if it was
    read as a speech's setting (rule contact.noun.circumstance-with)."""
    if "contact.noun.circumstance-with" not in m.rules or m.trigger.dep_ != "pobj":
        return None
    return verb_at_or_above(m.trigger.head)


def _setting_apart_from_trip(m: Mention, draft: Draft) -> bool:
    """ "Omar hailed his recent visit to Iran. At a meeting with tribal elders, the president said …": a meeting
    that sets a speech, placed by no words of its own, is not a leg of a trip the story tells as over ("recent",
    "last"): the speaker is back (rule merge.setting-not-the-trip)."""
    if _speech_set_at(m) is None or (m.place is not None and "place.trip-told-before" not in m.rules):
        return False
    return any(
        x.mode == "visit" and any(c.lower_ in PAST_TRIP_WORDS for c in x.trigger.children if c.dep_ == "amod")
        for x in draft.mentions
    )


def _trip_apart_from_setting(m: Mention, draft: Draft) -> bool:
    """ "… At a meeting with elders, the president said … An aide called his Iran visit a success": a trip to a
    state is not the meeting set apart from it (rule merge.setting-not-the-trip, fired on the meeting)."""
    return bool(m.venue_state) and any("merge.setting-not-the-trip" in x.rules for x in draft.mentions)


def _told_in_its_setting(m: Mention, draft: Draft) -> bool:
    """ "At a meeting with elders, the president said his talks with Iran's leaders had gone well": a contact told
    in the words of a speech is never the meeting that sets the speech (rule merge.told-in-the-setting)."""
    for x in draft.mentions:
        verb = _speech_set_at(x)
        if verb is None:
            continue
        content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        if any(c.left_edge.i <= m.trigger.i <= c.right_edge.i for c in content):
            return True
    return False


def _other_stage(draft: Draft, m: Mention) -> bool:
    """ "Chile and Peru held talks in Lima on Monday … Chile and Peru may meet in Santiago in May": a contact told at
    another stage (held, to come, possible) than the one told before is another contact (rule
    merge.same-parties-other-stage); a denial may answer a contact told at any stage."""
    stages = (draft.first.status, m.status)
    return STATUS_CLASS[stages[0]] != STATUS_CLASS[stages[1]] and EventStatus.DENIED not in stages


def _talks_left(m: Mention, drafts: list[Draft]) -> Draft | None:
    """The talks a side is told leaving by a definite noun ("broke off the talks", "walked out of the
    negotiations"): the last contact of the same mode told before, which the leaver joins (rule
    merge.left-the-talks)."""
    return next((d for d in reversed(drafts) if d.first.mode == m.mode and d.first.trigger.i < m.trigger.i), None)


def _stage_untold(m: Mention) -> bool:
    """A definite contact noun whose stage nothing tells ("his meeting with Lund is part of an effort", a
    headline's "Weller visit to Oslo"): no status rule read it, no day is given, no word before it places it among
    others ("his last meeting", "a second visit"), no verb holds it ("held talks"), and the clause it stands in is
    a plain present with no auxiliary (a headline's clause has no verb at all: its present tells news). It took
    "held" only by default, so it retells the contact of the same people told before, at whatever stage (rule
    merge.stage-untold)."""
    trigger = m.trigger
    if trigger.pos_ != "NOUN" or m.date_text or m.status is not EventStatus.OCCURRED:
        return False
    if any(r.startswith("status.") for r in m.rules):
        return False
    kids = list(trigger.children)
    if any(c.lower_ in STAGE_WORDS or c.lower_ in ANOTHER for c in kids):
        return False
    definite = any(
        c.dep_ == "poss"
        or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in kids
    )
    if not definite:
        return False  # "a conversation between two governments": any such contact, not the one told
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    if m.in_headline or verb.lemma_.lower() in HOLDING_VERBS:
        return False
    return verb.tag_ in PRESENT_TENSE_TAGS and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _states_told(parties: list[str] | set[str], table: ActorTable) -> set[str] | None:
    """The states of a contact told only by states and their unnamed officials ("The foreign ministers of Thailand
    and Cambodia met", "Bolivia and Chile held talks", "an Omani mediator met leaders of a Yemeni tribe"): two or
    more, each party one of them; None if a person is named or a party has no state."""
    actors = [table.get(p) for p in parties]
    if any(a is None or not a.country or (a.kind is ActorKind.PERSON and is_name(a.name)) for a in actors):
        return None
    codes = {a.country for a in actors if a is not None}
    return codes if len(codes) >= 2 else None


def _people_of_the_states(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """Whether the draft tells the contact by states alone and ``m``, just after and at the same stage, by named
    people of exactly those states ("The foreign ministers of Thailand and Cambodia met on Tuesday. Thai Foreign
    Minister Chatchai and his Cambodian counterpart Keo spoke for 45 minutes"): the lead told again in full."""
    if m.in_headline or STATUS_CLASS[m.status] != STATUS_CLASS[draft.first.status] or not _told_near(m, draft):
        return False  # a commission's session, "the two governments agreed", told apart, is a contact of its own
    if any("party.officials-of-the-two" in x.rules for x in draft.mentions):
        # "officials would meet in Algiers to prepare a meeting of the two foreign ministers": the states there are
        # the officials' senders, not the ministers' contact told first by states
        fired("merge.officials-not-their-ministers")
        return False
    states = _states_told(draft.participants(), table)
    if states is None or not any(x.date_text for x in draft.mentions):
        return False  # a lead tells its day: "the two governments spoke with one voice" is no contact retold
    actors = [a for p in m.participants if (a := table.get(p)) is not None]
    persons = [a for a in actors if a.kind is ActorKind.PERSON and is_name(a.name)]
    known = {a.country for a in persons if a.country}
    countries = {a.country for a in actors if a.kind is ActorKind.COUNTRY}
    if any(c.lower_ in ADDED_WORDS for c in m.trigger.children):
        return False  # "Berg also met the envoy": another contact beside the lead, not the lead retold
    # each state has a named person, or one whose state is not known stands for the one left
    unknown = sum(not a.country for a in persons)
    return bool(known) and known <= states and len(states - known) <= unknown and countries <= states


def _people_where_the_states_met(m: Mention, draft: Draft, table: ActorTable) -> bool:
    """ "The resumption of dialogue between Serbia and Kosovo took place on Tuesday in Brussels, where Vucic and Kurti
    had their first official meeting": a contact of named people told in a clause of place or time ("where", "when")
    on the telling of a contact between states alone, at the same stage, is that contact told by its people, one for
    each state (rule merge.people-where-the-states-met); a person whose state the text gives must be of one of
    them."""
    if STATUS_CLASS[m.status] != STATUS_CLASS[draft.first.status] or not _set_in_its_clause(m, draft):
        return False
    states = _states_told(draft.participants(), table)
    persons = [a for p in m.participants if (a := table.get(p)) is not None and is_name(a.name)]
    if states is None or len(persons) != len(m.participants) or len(persons) != len(states):
        return False
    return all(a.kind is not ActorKind.COUNTRY and (not a.country or a.country in states) for a in persons)


SETTING_WORDS = frozenset({"where", "when"})
"""Words opening a relative clause of place or time: "in Brussels, where …", "on Tuesday, when …"."""


def _set_in_its_clause(m: Mention, draft: Draft) -> bool:
    """Whether ``m`` is told in a "where" or "when" clause on a word of the clause that tells a mention of ``draft``
    (outside that clause): "dialogue … took place in Brussels, where X and Y met"."""
    clause = next(
        (
            a
            for a in (m.trigger, *m.trigger.ancestors)
            if a.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in SETTING_WORDS for c in a.children)
        ),
        None,
    )
    if clause is None:
        return False
    verb = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False

    def within(t: Token, top: Token) -> bool:
        return top.left_edge.i <= t.i <= top.right_edge.i

    return any(within(x.trigger, verb) and not within(x.trigger, clause) for x in draft.mentions)


STATES_AND_PEOPLE_SENTENCES = 2
"""Sentences before a contact told by named people within which the same contact told by their states must be."""

WORKING_PARTY_SENTENCES = 9
"""Sentences before officials meeting within which the contact of the two states that send them must be."""


def _told_near(m: Mention, draft: Draft, within: int = STATES_AND_PEOPLE_SENTENCES) -> bool:
    """Whether the draft was last told in the sentence of ``m`` or the few before it."""
    sents = doc_sents(m.trigger.doc)
    here = sentence_index(sents, m.trigger.i)
    low = sents[max(here - within, 0)].start
    return any(low <= x.trigger.i < m.trigger.i for x in draft.mentions)


def _people_for_their_states(draft: Draft) -> None:
    """The people stand for the states told before them (rule merge.people-of-the-states): the states and their
    unnamed officials leave the contact, so its parties are the people named."""
    for x in draft.mentions:
        x.actor[:], x.recipient[:], x.participants[:] = [], [], []


def _such_one(m: Mention, drafts: list[Draft]) -> Draft | None:
    """ "A paper said Menon had flown to Dhaka to meet Rahman. … said no such meeting had taken place": "such"
    points at the contact told last (by its latest mention, of a compatible mode), though a draft of the noun's
    own mode was begun later ("flown" began a visit, "such meeting" is its meeting). "Any such trip" is not a
    meeting's: a journey would make it a visit."""
    if not any(c.lower_ == "such" for c in m.trigger.children):
        return None
    told = [
        (t.i, d)
        for d in drafts
        if _compatible_modes(d.first.mode, m.mode) and not (m.mode == "visit" != d.first.mode)
        for t in (x.trigger for x in d.mentions)
        if t.i < m.trigger.i
    ]
    return max(told, key=lambda x: x[0])[1] if told else None


def _last_at_stage(m: Mention, drafts: list[Draft]) -> Draft | None:
    """The last contact told at the same stage as ``m`` (done, to come, possible, denied)."""
    return next((d for d in reversed(drafts) if STATUS_CLASS[d.first.status] == STATUS_CLASS[m.status]), None)


def _last_of_its_kind(m: Mention, drafts: list[Draft]) -> Draft | None:
    """The last contact told at the same stage as ``m``, unless ``m`` is a call and that one was held face to face:
    "Ruiz met Lind in Berlin … officials said a telephone call had also taken place" tells a call, not the meeting
    again (rule merge.unnamed-other-mode). "We had a very open conversation" says nothing of how, and may retell
    either."""
    found = _last_at_stage(m, drafts)
    if found is not None and m.mode == "phone" and not _compatible_modes(found.first.mode, m.mode):
        if _told_without_its_kind(found):
            return found  # the call names how it was held (rule merge.call-of-a-contact)
        fired("merge.unnamed-other-mode")
        return None
    return found


def _told_without_its_kind(draft: Draft) -> bool:
    """ "Pardo had his first contact with Tully last Saturday … The call took place while Tully was in Ohio", "Ruiz
    spoke with Lind on Tuesday … In a telephone call, Ruiz told Lind …": a contact told only by words that say
    nothing of how it was held ("contact", "conversation", "spoke", "talked"; not "talks" or "met", told of
    meetings) may be the call told after it, which then tells its mode (rule merge.call-of-a-contact)."""

    def kindless(x: Mention) -> bool:
        trigger = x.trigger
        if trigger.pos_ == "NOUN":
            return trigger.lower_ in GENERIC_CONTACT_NOUNS and trigger.lemma_ not in ("talk", "encounter")
        return trigger.lemma_.lower() in ("speak", "talk") and not any(
            t.lower_ in ("person", "face") for t in trigger.subtree
        )

    return all(x.mode == "meeting" and kindless(x) for x in draft.mentions)


STATUS_CLASS = {
    EventStatus.OCCURRED: "real",
    EventStatus.ONGOING: "real",
    EventStatus.PLANNED: "future",
    EventStatus.HYPOTHETICAL: "possible",
    EventStatus.DENIED: "denied",
}


def _same_time(draft: Draft, m: Mention, published: str | None) -> bool:
    """Same happening only if told at the same stage (done, to come) and on days that can be the same; a question
    of whether it happened may be put of a contact told at any stage (rule merge.asked-whether). One of several past
    contacts told in a list ("has met previously with A, B and C") is had before any other (rule
    merge.earlier-apart)."""
    if m.earlier != any(x.earlier for x in draft.mentions):
        fired("merge.earlier-apart")
        return False
    if told_as_the_last_time(m) and not any(told_as_the_last_time(x) for x in draft.mentions):
        return False  # "The last time Lind met Ruiz was in March": not the story's own contact of the two
    if (
        STATUS_CLASS[draft.first.status] != STATUS_CLASS[m.status]
        and EventStatus.DENIED not in (draft.first.status, m.status)
        and not _asked_whether(m.trigger)
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
        called_off = EventStatus.DENIED in (other.status, m.status)  # "called off on Monday … went ahead on Tuesday"
        if (
            other.date_text != m.date_text
            and _other_day(mine, theirs)
            and not (called_off or _one_on_the_trip(other, m))
        ):
            fired("merge.other-day")
            return False
    return True


def _meets_on_the_trip(trip: Mention, m: Mention) -> bool:
    """ "Brek arrived in Hanoi on Monday … met Tran Vu on Tuesday": a trip told with no one met but its traveller
    (and the state it goes to) is the visit a meeting of the traveller's on another day joins; the meeting keeps its
    own day (rule merge.trip-meeting-day)."""
    travellers = set(trip.participants) - set(trip.venue_state)
    return trip.mode == "visit" and bool(travellers) and travellers < set(m.participants) - set(m.venue_state)


def _one_on_the_trip(a: Mention, b: Mention) -> bool:
    """Whether either of two contacts is a trip the other, a meeting of its traveller's, joins."""
    return _meets_on_the_trip(a, b) or _meets_on_the_trip(b, a)


def _meeting_day_over_the_trip(target: Draft, m: Mention, published: str | None) -> None:
    """The day of a meeting that joins a trip told on another day is the event's: "arrived on Monday … met Tran Vu on
    Tuesday" is Tuesday's meeting during the visit (rule merge.trip-meeting-day)."""
    if not m.date_text:
        return
    mine = _days(m, published)
    for x in target.mentions:
        if not (x.date_text and _other_day(mine, _days(x, published))):
            continue
        if _meets_on_the_trip(x, m):
            fired("merge.trip-meeting-day")
            x.date_text = None
        elif _meets_on_the_trip(m, x):
            fired("merge.trip-meeting-day")
            m.date_text = None
            return


def _other_day(mine: Interval | None, theirs: Interval | None) -> bool:
    """ "arrived in Hanoi on Monday … met Tran Vu on Tuesday": two contacts each told on a day of its own, and not the
    same day, are two occasions (rule merge.other-day); the day's slack of comparing dates is for a vaguer time ("last
    week" and "February 12")."""
    return (
        mine is not None
        and theirs is not None
        and mine.low == mine.high
        and theirs.low == theirs.high
        and mine.low != theirs.low
    )


ASKING_HEADS = frozenset({"say", "disclose", "reveal", "specify", "tell", "confirm", "deny", "know", "ask", "comment"})


def _asked_whether(trigger: Token) -> bool:
    """ "declined to say whether the two had met", "asked whether she had called Ruto": the contact is put as a
    question of whether it happened, which retells the one told, whatever its stage."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    asked = (
        clause.dep_ in ("ccomp", "advcl")
        and clause.head.lemma_.lower() in ASKING_HEADS
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
    )
    if asked:
        fired("merge.asked-whether")
    return asked


RECENT_DAYS = 21
"""How long before publication an undated contact told as news may have happened."""


def _days_of(published: str | None) -> Interval | None:
    return interval(published[:10], "day") if published and len(published) >= 10 else None


def _told_before(m: Mention, draft: Draft) -> bool:
    """ "The two delegations met once before Arusha", "had met before the summit": a contact told as before the
    place or the contact of another is not that one (rule merge.told-before-it)."""
    trigger = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else m.trigger.head
    named = {x.place.lower_ for x in draft.mentions if x.place is not None}
    named |= {x.trigger.lemma_.lower() for x in draft.mentions}
    before = any(
        g.lower_ in named or g.lemma_.lower() in named
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("before", "prior")
        for g in c.subtree
        if g.dep_ == "pobj"
    )
    if before:
        fired("merge.told-before-it")
    return before


def _same_place(draft: Draft, m: Mention) -> bool:
    """Talks in Geneva are not the meeting in Lima: places in different countries are different contacts, and so
    are two cities of one country far apart ("held talks in Hai Phong" is not the visit to Bac Ninh; rule
    merge.other-city)."""
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
        if not nested and _far_apart(mine, other):
            fired("merge.other-city")
            return False
    return True


OTHER_CITY_KM = 40.0
"""How far apart two named cities of one country must be to tell two contacts: a suburb and its city are one
place as a story tells it ("Scottsdale", "Phoenix")."""


def _far_apart(a: Location, b: Location) -> bool:
    """Whether two located cities lie farther apart than a city and its suburbs."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) > OTHER_CITY_KM


MENTION_DAYS = "mention_days"
"""Where a doc keeps the days each dated contact told in it can stand for, read once: merging compares every
contact's days with those of each contact before it."""


def _days(m: Mention, published: str | None) -> Interval | None:
    """ "last week" and "February 12" can be one day: compare the days each can stand for."""
    if not m.date_text:
        return None
    future = m.status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
    known = m.trigger.doc.user_data.setdefault(MENTION_DAYS, {})
    key = (m.trigger.i, m.date_text, future, published)
    if key not in known:
        with collecting([]):  # comparing dates decides nothing about the event's own date
            value = resolve_told(m.trigger, m.date_text, published, future=future)
        known[key] = value.days() if value else None
    return known[key]
