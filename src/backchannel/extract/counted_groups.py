"""Groups told by a count or a plural office that stand for people the text has named.

News names the sides of a contact once and then tells them as a group: "the Azerbaijani and Georgian
presidents will meet" after both presidents were named, "The two leaders held talks" a few sentences after the
two were named together. The merging of contacts (``merging``) and the reading of parties (``parties``) resolve
the nearest cases; this module widens them where the group's words say whom it means: a nationality word for each
state names that state's holder of the office, and a count with no one named near it reaches back, nearest first,
to the last sentence that names that many people, when no one else is named since. A counted group beside someone
it meets ("Both were hoping to meet X") is counted without that one, and a contact told "between" such a group has
both its sides in it, none in whoever tells of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor, ActorKind
from .actor_countries import nationalities
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .lexicon import GROUP_COUNTS, NO_STATE_OFFICE_WORDS, TALKS_ROLES
from .trace import fired

if TYPE_CHECKING:
    from .mentions import Mention  # mentions imports parties, which imports this module


def office_nationalities(node: Token) -> dict[str, SpacySpan]:
    """ "The Azerbaijani and Georgian presidents", "the Chilean and Peruvian foreign ministers": the states (ISO
    codes, with the words that name each) whose one holder of the office each a plural office noun's nationality
    words name, two or more of them (rule party.office-of-each-nationality, fired by the caller when each state has
    its one holder; the states stay beside the holders, as the press and its readers name such a contact by either).
    Not "former Danish and Swedish ministers", who hold the office no longer."""
    former = any(t.lower_ in NO_STATE_OFFICE_WORDS for t in node.subtree if t.i < node.i)  # however the parse hangs it
    if node.tag_ != "NNS" or former:
        return {}
    states = nationalities(node)
    return states if len(states) >= 2 else {}


FURTHER_SENTENCES = 5
"""Sentences back from the group's own (which is looked at first) to which a counted group may reach for the people it
counts when the nearer ones name no one."""


def named_further_back(
    m: Mention, table: ActorTable, count: int, persons: list[Actor], besides: frozenset[str] = frozenset()
) -> list[str] | None:
    """ "Russian President Boris Kalin and his Ukrainian counterpart Ivan Hrytsenko reached a deal. … (two sentences
    naming no one) … The two leaders held talks": a counted group of people is the ``count`` people the nearest
    sentence that names anyone names, up to a few sentences back, when it names exactly that many and no sentence
    since names anyone (rule party.the-two-named-further). ``persons`` are the people the group may be (its gender,
    its office); a sentence naming others too, or fewer, leaves the group unresolved. People ``besides`` the group
    (whom the contact has the group meet) are not counted among those named."""
    sents = doc_sents(m.trigger.doc)
    here = sentence_index(sents, m.trigger.i)
    for back in range(min(FURTHER_SENTENCES, here) + 1):
        sent = sents[here - back]
        end = m.trigger.idx if back == 0 else sent.end_char
        named = [
            a.id
            for a in table.persons()
            if a.name not in a.titles and a.id not in besides and named_between(a, sent.start_char, end)
        ]
        if not named:
            continue
        fits = [p for p in named if any(a.id == p for a in persons)]
        return fits if len(named) == count and len(fits) == count else None
    return None


def counted(group: Actor | None) -> int:
    """How many people a counted group's name counts: "both leaders" 2, "The pair" 2, "the three envoys" 3; 0 for no
    count, or no group."""
    words = group.name.lower().split() if group is not None else []
    return next((GROUP_COUNTS[w] for w in words if w in GROUP_COUNTS), 0)


def counted_apart(group: Actor | None, m: Mention, named: list[str], table: ActorTable) -> list[str]:
    """ "Vartan met Mamedov on Friday. The two ministers were later received by President Tokin": a counted group
    beside others in a contact, which stands for the people of a contact told before, is those people less the
    contact's others, when exactly as many remain as it counts; else no one."""
    keep = [p for p in named if p not in m.participants]
    return keep if group is not None and besides_fewer(m, group, table) and len(keep) == counted(group) else []


def besides_fewer(m: Mention, group: Actor, table: ActorTable) -> bool:
    """Whether the people beside a counted group in a contact are fewer than it counts: in "The two foreign
    ministers, X and Y, discussed it" the group may stand beside its own people, whom nothing else names."""
    people = [p for p in m.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON]
    return len(people) < counted(group)


def between_the_counted(m: Mention, table: ActorTable) -> bool:
    """ "“The first talks between both leaders were a good sign,” said Holm": a contact told "between" a counted group
    of people ("both leaders", "the two men", "the pair") has both its sides in that group, which merging resolves to
    the people it counts; whoever tells of it is no side (rule party.between-the-counted)."""
    group = table.get(m.recipient[0]) if len(m.recipient) == 1 else None
    if group is None or group.kind not in (ActorKind.GROUP, ActorKind.ORGANIZATION) or counted(group) < 2:
        return False  # "between the two delegations", read as one body, counts its sides too
    return any(t.head.lower_ == "between" and table.actor_at(t) is group for t in m.trigger.sent)


def named_after_the_counted(m: Mention, table: ActorTable, tellers: set[str]) -> list[str] | None:
    """ "“The meeting between the two men will be held in Geneva,” said Holm, who has long sought talks between
    President Brun and President Zoric": the counted group a contact is told "between" is the people its own sentence
    names after it, other than those who tell of the contact, when they are exactly as many as it counts (merging
    looks for the group's people only before it, and drops a contact of a group it finds no one for); else None."""
    group, sent = table.get(m.recipient[0]), m.trigger.sent
    told = [x.end for x in group.mentions if sent.start_char <= x.start < sent.end_char] if group else []
    if group is None or not told:
        return None
    named = [
        a
        for a in table.persons()
        if a.name not in a.titles and a.id not in tellers and named_between(a, told[0], sent.end_char)
    ]
    return [a.id for a in named] if len(named) == counted(group) and _conjoined(named, sent) else None


def _conjoined(people: list[Actor], sent: SpacySpan) -> bool:
    """Whether ``people`` are named joined by "and" in ``sent`` ("talks between President Brun and President
    Zoric"), as a pair is, not apart ("Rousseff …, when she was Lula's chief of staff")."""
    heads = []
    for person in people:
        x = next((x for x in person.mentions if sent.start_char <= x.start < sent.end_char), None)
        named = sent.doc.char_span(x.start, x.end, alignment_mode="expand") if x is not None else None
        if named is None:
            return False
        heads.append(named.root)
    first, *rest = sorted(heads, key=lambda t: t.i)
    return all(t.dep_ == "conj" and first in t.ancestors for t in rest)


def named_between(actor: Actor, start: int, end: int) -> bool:
    """Whether an actor is named (a mention opens) between two character offsets."""
    return any(start <= x.start < end for x in actor.mentions)


PLURAL_HOLDERS = range(2, 5)
"""How many named holders a role told in the plural with no count may stand for: "the co-chairs" are the three
named."""


def plural_role_holders(m: Mention, table: ActorTable) -> None:
    """ "The French co-chair, Jean Morel, … The co-chairs will travel to Baku", "Special envoys Ana Rolle and Marek
    Bodin … The envoys held talks with X": a role at talks (lexicon talks_roles) told in the plural with "the" and no
    count, nationality, owner or other word of its own is the people the article titles with that role, when it
    names two to four of them (rule party.plural-role-holders); they take the group's place in the contact, or, told
    beside it already ("The mediators met X. The Algerian mediator, Y, …" read with Y), leave it out. Not
    an office a story may name many holders of ("If the ministers want to visit us again")."""
    for group_id in list(m.participants):
        office = _plural_role(group_id, m, table)
        if office is None:
            continue
        holders = [a.id for a in table.persons() if a.name not in a.titles and _titled(a, office)]
        told = set(holders) & set(m.participants)
        if len(holders) not in PLURAL_HOLDERS or (told and told != set(holders)):
            continue
        fired("party.plural-role-holders")  # the holders told beside the group already leave it standing for no one
        for role in (m.actor, m.recipient):
            if group_id in role:
                role[role.index(group_id) : role.index(group_id) + 1] = [h for h in holders if h not in told]
        m.participants[:] = list(dict.fromkeys(m.actor + m.recipient + [p for p in m.participants if p != group_id]))


CO_PREFIX = ("co", "-")
"""The words before "chairs" of "co-chairs", which the tokenizer splits off."""
PHRASE_DEPS = frozenset({"det", "punct", "compound", "nmod"})
"""Arcs under a bare plural office: its "the", and "co-" however the parse hangs it; an "of" phrase or a clause
("the envoys of the president", "the envoys who met X") says which envoys, not the ones named."""


def _plural_role(group_id: str, m: Mention, table: ActorTable) -> str | None:
    """The office, singular, of a group told in the contact's sentence only as "the <office>s" ("the envoys", "the
    co-chairs"); None for a group with a count, a state, an owner or other words ("the two envoys", "Qatari
    mediators", "the union's negotiators")."""
    group = table.get(group_id)
    if group is None or group.kind is not ActorKind.GROUP or group.country:
        return None
    heads = [t for t in m.trigger.sent if t.tag_ == "NNS" and table.actor_at(t) is group]
    if len(heads) != 1:
        return None
    head = heads[0]
    prefix = tuple(t.lower_ for t in head.doc[max(head.i - 2, 0) : head.i]) == CO_PREFIX
    before = head.i - (3 if prefix else 1)  # read by the words, as the parse may hang "The" on "co"
    if before < 0 or head.doc[before].lower_ != "the" or any(c.dep_ not in PHRASE_DEPS for c in head.children):
        return None
    office = ("co-" if prefix else "") + head.lemma_.lower()
    return office if office in TALKS_ROLES else None


def _titled(person: Actor, office: str) -> bool:
    """Whether one of a person's titles names the office as a word of its own ("French co-chair" a co-chair)."""
    return any(office in title.lower().split() for title in person.titles)
