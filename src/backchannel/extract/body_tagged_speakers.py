"""A "he" or "she" right after words a person's name said, where the tagger took the name for a body's (rule
pronoun.name-taken-for-body).

"“We will help Latvia,” Tamm wrote. ¶ He stressed that …": "He" goes on with Tamm. The tagger sometimes takes a
person's name for an organisation's ("Novak Tamm", then "Tamm"), and a pronoun that may only stand for a person
then passes over the one who just spoke and takes an older person ("Tamm and Jonas Berg visited …"). A body is
never "he" or "she", so when the sentence before the pronoun's has a name of that kind as the subject of a verb
of saying, and the name is shaped as a person's (capitalised words that name no body, place or country: two or
three of them, or one that is the last word of such a fuller name in the story), the pronoun is that name's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .gender import PRONOUN_GENDER, gender_of
from .lexicon import ORGANIZATION_WORDS, SPEECH_VERBS, mended_lemma
from .short_names import CORPORATE_WORDS
from .trace import fired

NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
"""A capitalised word of a name, not one in capitals (an initialism) nor with digits."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
BODY_WORDS = ORGANIZATION_WORDS | CORPORATE_WORDS
"""Words of a body's or a firm's name ("Council", "Group"), which no person's name has."""


def speaker_taken_for_body(doc: Doc, table: ActorTable, pronoun: Token, barred: set[str]) -> Actor | None:
    """The organisation, by the tagger, that a "he"/"she" opening its sentence as the subject of a verb of saying
    stands for: the one whose person-shaped name is the subject of a verb of saying in the sentence just before
    (none of ``barred``); None when the pronoun is no such subject, or no such name spoke there."""
    if pronoun.dep_ not in SUBJECTS or not _speech_verb(pronoun.head) or _opening_index(pronoun) != pronoun.i:
        return None
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    speakers = [
        actor
        for t in before
        if t.dep_ in SUBJECTS and t.pos_ == "PROPN" and _speech_verb(t.head)
        if (actor := table.actor_at(t)) is not None
    ]
    if len({a.id for a in speakers}) != 1:
        return None  # none, or two who spoke: the usual reading chooses
    actor = speakers[0]
    if actor.kind is not ActorKind.ORGANIZATION or actor.id in barred or not _person_shaped(actor, table):
        return None
    if gender_of(actor) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
        return None  # "“…,” Anna Tamm wrote. He stressed …": not her
    fired("pronoun.name-taken-for-body")
    return actor


def _opening_index(pronoun: Token) -> int | None:
    """Where the first word of the pronoun's sentence stands."""
    return next((t.i for t in pronoun.sent if not (t.is_space or t.is_punct)), None)


def _speech_verb(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying of any kind, "agreed" and "refused" too (by its mended lemma)."""
    return verb.pos_ == "VERB" and mended_lemma(verb) in SPEECH_VERBS


def _person_shaped(actor: Actor, table: ActorTable) -> bool:
    """Whether an organisation's name reads as a person's: two or three capitalised words, none a word for a body
    and none a place ("Novak Tamm"), or one such word that is the last of such a fuller name the story has
    ("Tamm", after "Novak Tamm")."""
    words = actor.name.split()
    if len(words) == 1:
        return any(
            other is not actor and 1 < len(other.name.split()) <= 3 and other.name.split()[-1] == words[0]
            for other in table.actors
            if other.kind is ActorKind.ORGANIZATION and _names_no_body(other.name.split())
        )
    return len(words) <= 3 and _names_no_body(words)


def _names_no_body(words: list[str]) -> bool:
    """Capitalised name words, none a word for a body, a company or a place."""
    geo = gazetteer()
    return all(NAME_WORD.fullmatch(w) and w.casefold() not in BODY_WORDS and not geo.locate(w) for w in words)
