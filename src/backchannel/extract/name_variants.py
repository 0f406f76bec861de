"""One person under two spellings of a name in the same story: a letter dropped from the family name ("Kizza
Besgye" beside "Kizza Besigye") or the parts of a name run together ("Abdulmalik al-Houthi" beside "Abdul Malik
al-Houthi")."""

from __future__ import annotations

from ..records import Actor
from .actor_table import ActorTable
from .actor_words import FORMS_OF_ADDRESS, PATRONYMIC_PARTICLES
from .gender import gender_of
from .short_names import fold_into
from .trace import fired

SLIP_LENGTH = 5
"""The fewest letters a word must have, in both spellings, for a letter added or dropped to be a slip: shorter
names a letter apart are too often other names ("Jan" and "Jana")."""


def fold_spelling_variants(table: ActorTable) -> None:
    """Two people whose names differ by one letter added or dropped in a word past the first, of five letters or
    more ("Isaias Afwerki", "Isaias Afewerki"), or only by the spaces and hyphens between their parts, are one
    person written two ways (rule actor.spelling-variant): agency copy transliterates a foreign name more than one
    way and slips a letter. A letter changed is not enough, nor any change in the first word: brothers' given
    names ("Samir" and "Samer Haddou") and Vietnamese given names written last ("Nguyen Van Thang", "Thanh")
    differ so (rule actor.name-spelled-another-way keeps them apart). Not when the two are named in one sentence
    (two people told apart there), tell different genders or are each described, and differently ("Senator John
    Thomson", "John Thompson, a farmer": a slip is not introduced anew). The spelling used more often, or else
    first, is the name."""
    people = table.persons()
    for i, one in enumerate(people):
        for other in people[i + 1 :]:
            if one.id not in table.by_id or other.id not in table.by_id or not _variants(one.name, other.name):
                continue
            if _named_together(table, one, other) or _genders_differ(one, other) or _described_apart(table, one, other):
                continue
            keep, drop = (one, other) if len(one.mentions) >= len(other.mentions) else (other, one)
            fired("actor.spelling-variant")
            fold_into(table, drop, keep)
    _fold_family_name_variants(table)
    _fold_reordered_names(table)


REORDERED_WORDS = 3
"""The fewest words a name must have for the same words in another order to be the same person's name: two words
swapped ("Ali Hassan", "Hassan Ali") are as often two people."""


def _fold_reordered_names(table: ActorTable) -> None:
    """ "Sese Koroma Tamba" beside "Tamba Sese Koroma" (rule actor.reordered-name): the same three words or more,
    one order a rotation of the other, are one person's name, as agency copy puts a family name first or last; not
    names with a patronymic word ("Hamad bin Isa", "Isa bin Hamad": father and son), nor when the two are named in
    one sentence or tell different genders. The order used more often, or else first, is the name."""
    people = [p for p in table.persons() if len(p.name.split()) >= REORDERED_WORDS]
    for i, one in enumerate(people):
        for other in people[i + 1 :]:
            if one.id not in table.by_id or other.id not in table.by_id or not _reordered(one.name, other.name):
                continue
            if _named_together(table, one, other) or _genders_differ(one, other):
                continue
            keep, drop = (one, other) if len(one.mentions) >= len(other.mentions) else (other, one)
            fired("actor.reordered-name")
            fold_into(table, drop, keep)


LINEAGE_WORDS = PATRONYMIC_PARTICLES | {"ould", "wuld", "walad", "ap", "ab", "mac", "bar", "bat", "wa", "bte", "bt"}
"""Words of a name that join a given name to a father's (or mother's): "Hamad bin Isa", "Mohamed Ould Abdel Aziz",
"Rhys ap Gruffydd". A name holding one, in another order, is the father's or the son's name, not the same name."""


def _reordered(a: str, b: str) -> bool:
    """Whether two names hold the same words, case aside, one a rotation of the other: the family name moved from
    the front to the back ("Tamba Sese Koroma", "Sese Koroma Tamba"). Not names with a patronymic word: "Isa bin
    Hamad" is the son of "Hamad bin Isa"; nor words shuffled otherwise."""
    x, y = a.casefold().split(), b.casefold().split()
    if x == y or sorted(x) != sorted(y) or LINEAGE_WORDS & set(x):
        return False
    return any(y == x[k:] + x[:k] for k in range(1, len(x)))


def _fold_family_name_variants(table: ActorTable) -> None:
    """ "Banimarama" beside "Voreqe Bainimarama" (rule actor.family-name-variant): a person named by one word alone,
    of five letters or more, which is the family name of one person named in full with a letter added or dropped
    past its first, is that person with the letter slipped; not when it is the family name plus an "s" ("the
    Clintons", a family), nor when it fits two people named in full, nor when the two are named in one sentence.
    Brown and Browne, Jensen and Jenssen are common names of their own: the lone name must carry no title or
    description the full name's titles do not hold ("Opposition leader Brown" beside "President Tom Browne" is
    another man, and so is "Jenssen, the central bank chief" beside "Finance Minister Lars Jensen"), and must
    first come after the full name (a slip in the telling of a name told, not a second person told first)."""
    full = [p for p in table.persons() if len(p.name.split()) >= 2]
    for lone in [p for p in table.persons() if len(p.name.split()) == 1]:
        fits = [p for p in full if _family_name_slip(lone.name, p.name.split()[-1])]
        if len(fits) != 1 or lone.id not in table.by_id or fits[0].id not in table.by_id:
            continue
        if _named_together(table, lone, fits[0]) or _genders_differ(lone, fits[0]):
            continue
        if _titled_apart(table, lone, fits[0]) or not _slipped_after(lone, fits[0]):
            continue
        fired("actor.family-name-variant")
        fold_into(table, lone, fits[0])


def _titled_apart(table: ActorTable, lone: Actor, full: Actor) -> bool:
    """Whether the lone name is told with a title or description of its own ("Opposition leader Brown", "Jenssen,
    the central bank chief") that none of the full name's mentions carries: a word set before it or a noun apposed
    to it, not a form of address set before it ("Mr", "Chief")."""
    apposed = _descriptions(table, lone, apposed=True)
    own = apposed | {w for w in _descriptions(table, lone) - apposed if w.rstrip(".") not in FORMS_OF_ADDRESS}
    told = _descriptions(table, full) | {w.lower() for w in full.name.split()}
    return bool(own - told)


def _slipped_after(lone: Actor, full: Actor) -> bool:
    """Whether the lone spelling first comes after the full name: a slip is of a name already told. (The full
    spelling may come back after it: "Gudmundsson … Gudmunsson said … Gudmundsson added" is one man.)"""
    return min(m.start for m in full.mentions) < min(m.start for m in lone.mentions)


def _family_name_slip(word: str, family: str) -> bool:
    """Whether ``word`` is ``family`` with one letter added or dropped past the first, not a plural's "s"."""
    p, q = word.lower(), family.lower()
    if min(len(p), len(q)) < SLIP_LENGTH or p[0] != q[0] or p == q + "s":
        return False
    return _one_letter_more(p, q)


def _variants(a: str, b: str) -> bool:
    """Whether two names of two words or more are one name spelt two ways."""
    x, y = a.split(), b.split()
    if len(x) < 2 or len(y) < 2 or a == b:
        return False
    if len(x) != len(y):
        return _joined(a) == _joined(b)
    differ = [k for k, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(differ) != 1 or differ[0] == 0:
        return False
    p, q = x[differ[0]], y[differ[0]]
    return min(len(p), len(q)) >= SLIP_LENGTH and _one_letter_more(p.lower(), q.lower())


def _joined(name: str) -> str:
    """A name with its parts run together: "Abdul Malik al-Houthi" and "Abdulmalik al-Houthi" give one form."""
    return "".join(c for c in name.casefold() if c not in " -‐")


def _one_letter_more(p: str, q: str) -> bool:
    """One of the two is the other with one letter added."""
    short, long = (p, q) if len(p) < len(q) else (q, p)
    if len(long) - len(short) != 1:
        return False
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _named_together(table: ActorTable, one: Actor, other: Actor) -> bool:
    """Whether some sentence names both: then they are two people the story sets side by side."""
    doc = table.doc
    starts = {doc.char_span(m.start, m.end, alignment_mode="expand").sent.start for m in one.mentions}
    return any(doc.char_span(m.start, m.end, alignment_mode="expand").sent.start in starts for m in other.mentions)


def _described_apart(table: ActorTable, one: Actor, other: Actor) -> bool:
    """Whether each spelling comes with a description of its own, one of them set beside the name as an apposition,
    and no description is shared: "Senator John Thomson" and "John Thompson, a farmer from Iowa" are two people, a
    slip of the pen is not introduced anew. Titles alone before both names may be one office told two ways
    ("President Isaias Afwerki", "Eritrean leader Isaias Afewerki")."""
    told = [_descriptions(table, one), _descriptions(table, other)]
    if not all(told) or told[0] & told[1]:
        return False
    return bool(_descriptions(table, one, apposed=True) or _descriptions(table, other, apposed=True))


def _descriptions(table: ActorTable, actor: Actor, apposed: bool = False) -> set[str]:
    """The words that describe an actor where it is named, lower-cased: a title before the name ("Senator") or a
    noun apposed to it ("a farmer"); only the apposed nouns if ``apposed``."""
    doc = table.doc
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions]
    return {
        c.lemma_.lower()
        for s in spans
        for c in s.root.children
        if c.dep_ == "appos" or (not apposed and c.dep_ == "compound" and c.i < s.start)
    }


def _genders_differ(one: Actor, other: Actor) -> bool:
    genders = {gender_of(one), gender_of(other)}
    return None not in genders and len(genders) == 2
