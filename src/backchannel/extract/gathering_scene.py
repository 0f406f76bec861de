"""The scene of a story about a gathering: the city its headline or first sentence sets a summit, forum or round of
talks in ("Vientiane summit ends with …", "Leaders gathered in Apia for the Pacific forum on Tuesday").

Such a story goes on to tell the contacts held at the gathering ("X met Y for forty minutes", "the two held talks
on Wednesday morning") without naming the city again: ``events`` places a contact held in person with no place of
its own there (rule place.scene-of-the-gathering), when it is dated near the story's day or not dated at all.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from ..geo import Location, gazetteer
from ..records import DateValue
from .actor_words import doc_sents, place_name
from .places import place_in, place_of
from .story_days import written_text
from .trace import collecting
from .vocabulary import vocabulary

SCENE_GATHERINGS: frozenset[str] = vocabulary("places").words("scene_gatherings")

OPENING_SENTENCES = 2
"""The sentences that set a story's scene: its headline and its first sentence (or, with no headline, its first
two sentences). A line with no verb ("ANKARA/ANTALYA - Anadolu Agency", a credit or dateline line of its own) is
no sentence of the story and is not counted."""

SCENE_DAYS = 7
"""How far from the story's day a dated contact may lie and still be one of the gathering's."""


def gathering_city(doc: Doc) -> tuple[Location, int, list[str]] | None:
    """The city the story's opening sets a gathering in, with the index of the first sentence after the one that
    sets it (only contacts told from there on are the gathering's) and the rules, beyond the caller's, that found
    it: a line with no verb passed over (rule place.scene-past-credit-line), a city in the gathering's name (rule
    place.city-in-gathering-name)."""
    for n, sent in _opening(doc):
        for token in sent:
            if token.lemma_.lower() not in SCENE_GATHERINGS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if (found := _city_of(token)) is not None:
                city, how = found
                rules = ["place.scene-past-credit-line"] if n >= OPENING_SENTENCES else []
                return city, n + 1, rules + ([how] if how else [])
    return None


def _opening(doc: Doc) -> list[tuple[int, Span]]:
    """The story's opening sentences with their indexes: its first OPENING_SENTENCES, and one more for each
    credit or dateline line among them after the first, which tells no scene and must not push the first sentence
    of the story out of its opening."""
    sents = doc_sents(doc)
    size = OPENING_SENTENCES
    for n, sent in enumerate(sents):
        if n >= size:
            break
        if n > 0 and _credit_line(sent):
            size += 1
    return list(enumerate(sents[:size]))


def _credit_line(sent: Span) -> bool:
    """A line set apart with no verb that opens on a place written in capitals ("ANKARA/ANTALYA-Anadolu Agency"):
    the agency's credit and dateline, not a line of the story ("Dear readers," "By Ana Reyes, in Lima"). The place
    is read in the line as written: the parse's text has blanked it when it reads as a dateline."""
    written = written_text(sent.doc)
    line = written[written.rfind("\n", 0, sent.start_char) + 1 : sent.end_char].split()
    first = line[0].split("/")[0].split("-")[0] if line else ""
    return len(first) >= 3 and first.isalpha() and first.isupper() and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _city_of(gathering: Token) -> tuple[Location, str | None] | None:
    """ "the Vientiane summit", "talks in Almaty", "gathered in Apia for the forum", "the forum opened in Apia", "the
    summit, which opens in Apia": a city (the gazetteer's, not a country) named on the gathering noun, on the verb it
    hangs on or on its own clause's; with the rule that
    found it when the city is a word of the gathering's own name, which the tagger took whole for a body ("on the
    occasion of the Antalya Diplomacy Forum"), not the city's own mention."""
    holders = [gathering]
    verb = gathering.head.head if gathering.dep_ == "pobj" else gathering.head
    if verb.pos_ == "VERB" and (gathering.dep_ in ("nsubj", "nsubjpass") or gathering.dep_ == "pobj"):
        holders.append(verb)
    # "the summit, which kicks off in Lusaka tomorrow", "the forum to be held in Apia": its own clause
    holders += [c for c in gathering.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    places = [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children
    ]
    places += [c for c in gathering.children if c.dep_ == "compound" and not _one_of_a_pair(c)]
    for candidate in places:
        where = place_in(candidate) or (candidate if _city_word(candidate) else None)
        if where is None:
            continue
        with collecting([]):  # locating the candidate decides nothing: the caller fires the rule it places by
            found = place_of(where)
        if found is not None and found.lat is not None and gazetteer().is_city(place_name(where)):
            return found, None
        if where.dep_ == "compound" and _city_word(where) and (found := gazetteer().locate(where.text)) is not None:
            return found, "place.city-in-gathering-name"  # "the Antalya Diplomacy Forum", tagged whole as a body
    return None


def _city_word(token: Token) -> bool:
    """ "Apia summit closes …": a capitalised word the gazetteer knows as a city, which the tagger, reading a
    headline, may take for a common noun."""
    return token.text[:1].isupper() and not token.text.isupper() and gazetteer().is_city(token.text)


def _one_of_a_pair(name: Token) -> bool:
    """ "the Belgrade-Pristina dialogue": two sides' capitals joined by a hyphen name the sides, not the scene."""
    doc = name.doc
    return any(0 <= j < len(doc) and doc[j].text in ("-", "–", "/") for j in (name.i - 1, name.i + 1))


def near_the_story_day(when: DateValue | None, today: str | None) -> bool:
    """Whether a contact's date, if it has one, is a day within a week of the story's: "on Wednesday morning" at a
    summit, not "last month" or "in 2019", told as background."""
    if when is None:
        return True
    if when.precision != "day" or today is None or len(today) < 10:
        return False
    return abs((date.fromisoformat(when.value) - date.fromisoformat(today[:10])).days) <= SCENE_DAYS


def city_of_gathering(gathering: Token) -> Location | None:
    """The city a gathering noun is set in by its own words or its verb's ("the summit in Bangkok", "the forum
    opened in Apia"), for a contact told later on its sidelines."""
    found = _city_of(gathering)
    return found[0] if found is not None else None
