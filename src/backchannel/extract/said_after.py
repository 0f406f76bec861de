"""A contact told as just held before someone spoke: "Berg said after talks with Varga", "speaking from Ankara after
meeting Erdogan", "told the daily following her meeting with X". The saying is what the story reports, and the
contact came right before it: it was held on the saying's day and where the saying was made."""

from __future__ import annotations

from spacy.tokens import Token

from .circumstances import date_text_of
from .contact_words import SAYING_NOUNS, SAYINGS_AFTER_CONTACT
from .mentions import Mention
from .places import place_in, place_of_verb
from .trace import fired

AFTER_WORDS = frozenset({"after", "following"})
"""The words that put a contact just before the saying they hang on."""
MADE_AS = frozenset({"make", "give", "issue"})
"""Verbs that make a saying of their object: "made the comments", "issued a statement"."""


def saying_after(trigger: Token) -> Token | None:
    """The verb of saying that ``trigger``'s contact is told just before, by an "after" or "following" phrase on it
    ("said after talks with X", "speaking after meeting X"); None for any other contact."""
    if trigger.dep_ not in ("pobj", "pcomp") or trigger.head.lower_ not in AFTER_WORDS:
        return None
    verb = trigger.head.head
    if verb.pos_ not in ("VERB", "AUX") or not _a_saying(verb):
        return None
    return verb


def _a_saying(verb: Token) -> bool:
    """ "said", "told", "speaking", and "made the comments": a verb of saying, or one that makes a saying."""
    if verb.lemma_.lower() in SAYINGS_AFTER_CONTACT:
        return True
    made = verb.lemma_.lower() in MADE_AS
    return made and any(c.dep_ == "dobj" and c.lemma_.lower() in SAYING_NOUNS for c in verb.children)


def date_and_place_of_the_saying(mention: Mention) -> None:
    """A contact told just before a saying, with no time or place of its own, took place on the day the saying is
    told on (rule date.said-after: "Berg said on Wednesday after talks with Varga") and where it was made (rule
    place.said-there: "he said in Sarajevo after meeting X", "speaking from Ankara after meeting X"); not a call,
    which is held from afar."""
    saying = saying_after(mention.trigger)
    if saying is None:
        return
    if mention.date_text is None and (when := date_text_of(saying)) is not None:
        fired("date.said-after")
        mention.date_text = when
    if mention.place is None and mention.mode != "phone" and (where := _where_said(saying)) is not None:
        fired("place.said-there")
        mention.place = where


def _where_said(saying: Token) -> Token | None:
    """Where a saying was made: its own "in" or "at" place, or the place one spoke "from"."""
    found = place_of_verb(saying)
    if found is not None:
        return found
    for prep in (c for c in saying.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None
