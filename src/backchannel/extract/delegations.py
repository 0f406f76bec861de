"""The people behind a delegation: named in the sentences after a contact between groups.

News often tells a contact between groups first and names who led them next:
"Saudi and Iranian officials met in Baghdad. The Saudi delegation was led by X,
and the Iranian side by Y", or "Turkish and Armenian envoys met in Vienna.
Turkey's envoy, X, and Armenia's envoy, Y, spent hours together". Those named
people are parties to the contact too. A group counted three or more ("Four of
the city's church leaders met"), followed by that many people named, is those
people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .contact_words import LEADING_VERBS
from .lexicon import GROUP_COUNTS
from .mentions import Mention
from .parties import subjects_of
from .trace import collecting, fired

LOOK_AHEAD = 2
"""How many sentences after a contact may name its delegations' people."""


def name_delegations(mentions: list[Mention], doc: Doc, table: ActorTable) -> None:
    """Add to each contact between unnamed groups the people the next sentences say led or made up its sides."""
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    for mention in mentions:
        here = index[mention.trigger.sent.start]
        if _counted_named_next(mention, sentences[here + 1 : here + 1 + LOOK_AHEAD], table):
            continue
        parties = [a for p in mention.participants if (a := table.get(p)) is not None]
        groups = [a for a in parties if a.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS)]
        if not groups or sum(a.kind is ActorKind.PERSON for a in parties) >= 2:
            continue
        for sentence in sentences[here + 1 : here + 1 + LOOK_AHEAD]:
            members = _leaders(sentence, table) or _titled_members(sentence, groups, table)
            if members:
                mention.add(mention.participants, [a.id for a in members])
                break


MIN_COUNTED = 3
"""The least count of a group named next by its people: "the two leaders" are the pair told before (rule
party.the-two), not two people the next sentence names."""


def _counted_named_next(mention: Mention, ahead: list[SpacySpan], table: ActorTable) -> bool:
    """ "Four of the city's church leaders met on Monday. The host was Bishop A. Around her table sat B, C and D":
    a contact told of a counted group alone is a contact of as many people as the next sentences name, by the end of
    one of them (rule party.counted-named-next). The group's actor, or the state that owns it ("Four of Norway's
    leaders": Norway), gives way to them; their meeting is a gathering of many, which a meeting of two of them, told
    after, does not retell."""
    subject = next(iter(subjects_of(mention.trigger)), None) if mention.trigger.pos_ == "VERB" else None
    count = _count_of(subject) if subject is not None else 0
    if count < MIN_COUNTED or not all(_within(p, subject, table) for p in mention.participants):
        return False
    people: list[Actor] = []
    for sentence in ahead:
        people += [a for a in _people_in(sentence, table) if a not in people]
        if len(people) > count:
            return False
        if len(people) == count:
            with collecting(mention.rules):
                fired("party.counted-named-next")
            mention.actor.clear()
            mention.recipient.clear()
            mention.participants.clear()
            mention.add(mention.recipient, [a.id for a in people])
            if mention.mode == "meeting":
                mention.mode = "multilateral"  # three or more sat together: not a pair's meeting told among them
            return True
    return False


def _count_of(subject: Token) -> int:
    """How many people a subject counts: "Four of the city's leaders" 4 (however the parse hangs "Four"), "three
    bishops" 3, "the leaders of the four communities" 4 (one each)."""
    first = subject.left_edge
    partitive = [first] if first.i + 1 < len(first.doc) and first.nbor().lower_ == "of" else []
    counts = [subject, *partitive, *(c for c in subject.children if c.dep_ == "nummod")]
    counts += [
        n
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for n in noun.children
        if n.dep_ == "nummod"
    ]
    return next((GROUP_COUNTS[t.lower_] for t in counts if t.lower_ in GROUP_COUNTS), 0)


def _within(actor_id: str, subject: Token, table: ActorTable) -> bool:
    """Whether an actor, not a person, is named inside the subject's phrase ("Norway" of "Four of Norway's
    leaders")."""
    actor = table.get(actor_id)
    low, high = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if actor is None or actor.kind is ActorKind.PERSON:
        return False
    return any(low <= x.start < high for x in actor.mentions)


def _people_in(sentence: SpacySpan, table: ActorTable) -> list[Actor]:
    """The people named by name in a sentence, in order (not those known only by a title); one person twice in the
    table ("the Chief Rabbi, Eli Katz" and "Rabbi Katz") once, by the fuller name."""
    low, high = sentence.start_char, sentence.end_char
    named = [
        (min(x.start for x in a.mentions if low <= x.start < high), a)
        for a in table.persons()
        if a.name not in a.titles and any(low <= x.start < high for x in a.mentions)
    ]
    by_surname: dict[str, Actor] = {}
    for _, actor in sorted(named, key=lambda found: found[0]):
        surname = actor.name.split()[-1]
        known = by_surname.get(surname)
        if known is None or len(actor.name) > len(known.name):
            by_surname[surname] = actor
    return list(by_surname.values())


def _leaders(sentence: SpacySpan, table: ActorTable) -> list[Actor]:
    """ "The Saudi delegation was led by X, and the Iranian side by Y": the people after each "by"."""
    leading = [t.i for t in sentence if t.lemma_.lower() in LEADING_VERBS and t.pos_ == "VERB"]
    if not leading:
        return []
    found: list[Actor] = []
    for by in (t for t in sentence if t.lower_ == "by" and t.i > leading[0]):
        for token in sentence.doc[by.i + 1 : min(by.i + 9, sentence.end)]:
            if token.is_punct and token.text != "-":
                break
            actor = table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON:
                if actor not in found:
                    found.append(actor)
                break
    return found


def _titled_members(sentence: SpacySpan, groups: list[Actor], table: ActorTable) -> list[Actor]:
    """ "Turkey's envoy, X, and Armenia's envoy, Y, …" after "Turkish and Armenian envoys": people titled like
    the group's members, two or more of them."""
    members = {_singular(g.name.split()[-1]) for g in groups}
    found: list[Actor] = []
    for token in sentence:
        actor = table.actor_at(token)
        if actor is None or actor.kind is not ActorKind.PERSON or actor in found:
            continue
        if any(member in title.lower().split() for title in actor.titles for member in members):
            found.append(actor)
    return found if len(found) >= 2 else []


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
