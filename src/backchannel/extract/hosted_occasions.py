"""Whether a host verb tells the occasion a guest attended, and so a meeting of the guest with the host.

"Senator X attended a banquet hosted by President Y": the participle names no guest of its own, but the one who
attended the occasion is Y's guest, and meets Y (rule contact.host.attended-occasion). Only a social occasion or a
ceremony with a person as its host: "attended a conference hosted by Brazil" names a state that lent the venue, and
"attended a ceremony" with no host named meets no one in particular; a meal two or more guests attend together is
their own meeting, with the host as its go-between (rule party.brokered-by).
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import HOSTED_OCCASIONS, NOUN_MODES, OCCASION_ATTENDING_VERBS
from .lexicon import TITLE_NOUNS
from .parties import subjects_of


def attended_occasion(verb: Token) -> Token | None:
    """ "attended a welcome ceremony hosted by the governor": the verb of attending, when ``verb`` is the host
    participle of an occasion attended and names a person, by name or title, as the host by "by" (not "hosted by the
    embassy"); else None."""
    occasion = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or occasion.lemma_.lower() not in HOSTED_OCCASIONS:
        return None
    hosts = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not any(h.ent_type_ == "PERSON" or h.lemma_.lower() in TITLE_NOUNS for h in hosts):
        return None
    attending = _guest_at(occasion) or occasion.head
    if attending is occasion.head and (
        occasion.dep_ != "dobj" or attending.lemma_.lower() not in OCCASION_ATTENDING_VERBS
    ):
        return None
    guests = [g for s in subjects_of(attending) for g in (s, *s.conjuncts)]
    if occasion.lower_ in NOUN_MODES and len(guests) > 1:
        return None  # "X and Y attended a dinner hosted by Z": their dinner, Z its go-between (party.brokered-by)
    return attending


def _guest_at(occasion: Token) -> Token | None:
    """ "X was the guest of honour at a state banquet hosted by Y", "was a guest at a dinner": the verb that makes
    its subject the occasion's guest (rule contact.host.attended-occasion), else None."""
    at = occasion.head
    if occasion.dep_ != "pobj" or at.lower_ != "at":
        return None
    if at.head.lemma_.lower() == "be":  # the parse may hang "at" on the copula
        guests = [c for c in at.head.children if c.dep_ == "attr" and c.lemma_.lower() == "guest"]
        return at.head if guests else None
    guest = at.head
    if guest.lemma_.lower() != "guest" or guest.dep_ != "attr":
        return None
    return guest.head
