"""Two sides written as one hyphenated word before a contact noun ("the Abashidze-Orlov meeting", "a Modi-Xi
summit") that the tagger took for one name (rule actor.hyphen-pair-split).

The tagger often makes "Abashidze-Orlov" one organisation, and then the contact's reader sees one side where the
text names two. When each half is the family name of a person the story names, or a state's name, the halves are
mentions of those two; when one half is such a person and the other a capitalised word the story names nowhere else
(the headline's "Saakashvili-Medvedev meeting" over a story that names only Medvedev in full), that word is a person
known by a family name alone. A double-barrelled family name ("Losa Aumua-Schuster") is never read so: the whole
word must be no one's name, and it must stand before a contact noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .contact_words import NOUN_MODES
from .name_forms import surname_forms
from .trace import fired

SPLIT_KINDS = (ActorKind.ORGANIZATION, ActorKind.PERSON, ActorKind.GROUP)


def split_pair_names(table: ActorTable, doc: Doc) -> None:
    """Re-point the halves of each hyphenated pair before a contact noun to the two sides it names."""
    for actor in [a for a in table.actors if a.kind in SPLIT_KINDS and _pair_word(a.name)]:
        for first, second in _pairs_before_contacts(doc, actor):
            split_pair(table, first, second)


def split_pair(table: ActorTable, first: Token, second: Token) -> bool:
    """Make the halves ``first`` and ``second`` of a hyphenated pair mentions of the two sides they name, and drop
    the actor that took the pair for one name when nothing else mentions it; whether they name two sides."""
    whole_word = first.doc[first.i : second.i + 1].text
    if any(whole_word in (*_family_names(p.name), *p.aliases) for p in table.persons()):
        return False  # "the Aumua-Schuster meeting" after "Losa Aumua-Schuster": her double-barrelled name
    sides = [_side(table, first), _side(table, second)]
    if sides[0] is None and sides[1] is None:
        return False
    if None in sides:
        unknown = first if sides[0] is None else second
        if not _bare_family_name(unknown):
            return False
        sides[sides.index(None)] = table.add(ActorKind.PERSON, unknown.text)
    if sides[0] is sides[1]:
        return False
    fired("actor.hyphen-pair-split")
    whole = table.actor_at(first) or table.actor_at(second)
    for word, side in zip((first, second), sides, strict=True):
        _repoint(table, whole, word, side)
    if whole is not None and whole not in sides and not whole.mentions:
        if whole.id in table.by_id and whole.id not in table.token_actor.values():
            table.actors.remove(whole)
            del table.by_id[whole.id]
            table.by_key = {k: v for k, v in table.by_key.items() if v != whole.id}
    return True


def _pair_word(name: str) -> bool:
    """ "Abashidze-Orlov": two capitalised words joined by one hyphen, nothing else."""
    halves = name.split("-")
    return len(halves) == 2 and all(h[:1].isupper() and h.isalpha() and len(h) > 1 for h in halves)


def _pairs_before_contacts(doc: Doc, actor: Actor) -> list[tuple[Token, Token]]:
    """The (first, second) halves of ``actor``'s mentions written "A-B" right before a contact noun."""
    found = []
    for mention in list(actor.mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 3 or span[1].text != "-" or span[0].whitespace_ or span[1].whitespace_:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or NOUN_MODES.get(after.lower_, NOUN_MODES.get(after.lemma_.lower())) is None:
            continue
        found.append((span[0], span[2]))
    return found


def _side(table: ActorTable, word: Token) -> Actor | None:
    """The one person whose family name ``word`` is, or the state it names."""
    geo = gazetteer()
    if geo.is_country_name(word.text) and (code := geo.country_of(word.text)) is not None:
        return table.country(code)
    bearers = [p for p in table.persons() if len(p.name.split()) >= 2 and word.text in _family_names(p.name)]
    bearers += [p for p in table.persons() if word.text in p.aliases and p not in bearers]
    return bearers[0] if len(bearers) == 1 else None


def _family_names(name: str) -> tuple[str, ...]:
    """The family name a full name ends with, and the other ways the press writes it ("Hariri", "al-Hariri")."""
    return (name.split()[-1], *surname_forms(name))


def _bare_family_name(word: Token) -> bool:
    """A capitalised word that is no place, people or body the gazetteer knows: a family name told alone."""
    geo = gazetteer()
    return (
        word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and not word.text.isupper()
        and geo.locate(word.text) is None
        and not geo.is_demonym(word.text)
    )


def _repoint(table: ActorTable, whole: Actor | None, word: Token, side: Actor) -> None:
    """Make ``word`` a mention of ``side`` and no longer of ``whole`` (whose mention of the whole pair goes)."""
    doc = word.doc
    if whole is not None and whole is not side:
        for mention in [m for m in whole.mentions if m.start <= word.idx < m.end]:
            whole.mentions.remove(mention)
    table.token_actor.pop(word.i, None)
    if word.i + 1 < len(doc) and doc[word.i + 1].text == "-":
        table.token_actor.pop(word.i + 1, None)
    table.add_mention(side, doc[word.i : word.i + 1])
