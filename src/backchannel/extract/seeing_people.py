"""Seeing someone as meeting them: "the envoy saw the King alone on Tuesday", "I will see Deborah Lyle at the State
Department", "he is to see the defence minister on Friday" (rule contact.verb.saw-person).

Diplomatic English uses "see" for a call on someone as often as "meet"; sight uses it too ("half the town saw him
there", "saw her on television", "saw him leave"), so only a named or titled person seen by a person counts, never
a pronoun, and never what was watched or witnessed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorKind
from .actor_table import ActorTable
from .grammar import is_passive
from .lexicon import TITLE_NOUNS
from .parties import subjects_of

SCREEN_WORDS = frozenset({"television", "tv", "screen", "video", "footage", "film", "photograph", "photo", "news"})
"""What one sees someone on or in without meeting them: "saw the minister on television"."""
SEERS = frozenset({"i", "we", "he", "she", "they", "who"})
"""Pronouns that stand for people who may see someone."""


def sees_a_person(verb: Token, table: ActorTable) -> bool:
    """Whether a "see" that is no purpose of another verb ("went to see", "asked to see" are read apart) is a meeting:
    a person, or someone the text names a person, sees a named or titled person, not as something ("saw him as a
    rival"), not doing something ("saw the minister leave"), not on a screen, not negated ("had never seen X") nor
    asked about ("whether he had seen X")."""
    if verb.lemma_.lower() != "see" or is_passive(verb):
        return False
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() != "be":  # "is to see X" is read here
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in children) or _asked_about(verb):
        return False
    if any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in children):
        return False
    if any(t.lower_ in SCREEN_WORDS for c in children if c.dep_ == "prep" for t in c.subtree):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects or not all(_seen_person(o, table) for o in objects):
        return False
    return any(_a_seer(s, table) for s in subjects_of(verb))


def _asked_about(verb: Token) -> bool:
    """ "Asked whether he had seen Ciobanu", "asked him if the Taoiseach would see the Prime Minister": a question put,
    which tells no seeing and may be one of sight."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "whether" in marks or ("if" in marks and verb.dep_ == "ccomp")


def _seen_person(token: Token, table: ActorTable) -> bool:
    """A person named or titled, doing nothing the sentence tells ("saw the minister walking out" is sight)."""
    if token.pos_ == "PRON" or any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in token.children):
        return False
    if token.lemma_.lower() in TITLE_NOUNS:
        return True  # "saw the King", which the tagger may take for a place
    actor = table.actor_at(token)
    if actor is not None:
        return actor.kind is ActorKind.PERSON
    return token.ent_type_ == "PERSON"


def _a_seer(token: Token, table: ActorTable) -> bool:
    """A person, a personal pronoun or a title: who can call on someone ("the year saw X", "witnesses saw X" are
    no caller)."""
    if token.lower_ in SEERS or token.lemma_.lower() in TITLE_NOUNS:
        return True
    actor = table.actor_at(token)
    if actor is not None:
        return actor.kind is ActorKind.PERSON
    return token.ent_type_ == "PERSON"
