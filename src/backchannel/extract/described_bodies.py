"""Bodies and states a story names again by what they are, not by their name: "the group said" after "the
Liberation Tigers of Tamil Eelam (LTTE)", "the bloc" after ASEAN, "the kingdom" after Morocco, "the oil-rich
Islamic republic" after Iran (rules speaker.described-body, speaker.described-state). The description stands for
the nearest body or state named before it that it fits; for no one when nothing fits, or when the nearest
sentence naming one that fits names two."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import entity_at, strip_the
from .lexicon import BODY_KIND_NOUNS, BUILDING_WORDS, LEAGUE_KIND_NOUNS, MULTILATERAL_BODIES, STATE_KIND_NOUNS
from .person_words import PEOPLE_NOUNS
from .trace import fired

STATE_BODY = re.compile(
    r"(?i)\b(?:ministry|government|department|house|senate|congress|parliament|party|committee|council|court|"
    r"agency|office|embassy|army|police|administration|commission|campaign|league|union|nations|authority|"
    r"regulator)\b"
)
"""Words that make a body's name that of a part of a state (or of a party, a union, a league of states)."""
STATE_ORGAN = re.compile(
    r"(?i)\b(?:ministry|government|department|house|senate|congress|parliament|party|court|office|embassy|army|"
    r"police|administration)\b"
)
"""Words that make a body's name that of an organ of a state or a party, never "the organisation": a committee, a
council or an agency may be an international body ("the International Committee of the Red Cross")."""
ORGANISATION_NOUNS = frozenset({"organisation", "organization"})
"""Nouns a story calls any body by that is no organ of a state (rule speaker.described-organisation)."""
_Named = Actor | SpacySpan
"""A body or state named before a description: its actor, or the tagger's span for a body no actor is for yet."""
DESCRIBING_DETERMINERS = frozenset({"the", "this"})
NOT_DESCRIBING = frozenset({"other", "same", "first", "second", "last", "next", "previous", "whole", "entire", "own"})
"""Words that make a description point elsewhere than at the body or state just named ("the other group")."""
DESCRIBING_TAGS = frozenset({"ADJ", "NOUN", "ADV", "VERB", "PUNCT", "PROPN"})
LOOK_BACK = 600
"""How far back (in words) the body or state a description stands for is looked for."""
BARE_STATE_NOUNS = frozenset({"state"})
"""State nouns that name no state alone: "the state" is a federal state or the authorities; "the Gulf state" is."""


@cache
def state_kinds() -> dict[str, frozenset[str]]:
    """What a description of a state may say of it, and which states it fits (``data/state_kinds.tsv``): "kingdom",
    "Himalayan", "island", each to the ISO codes of the states that are so."""
    text = resources.files("backchannel.data").joinpath("state_kinds.tsv").read_text(encoding="utf-8")
    kinds: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, codes = line.split("\t")
            kinds[word] = frozenset(codes.split(";"))
    return kinds


def description_words(span: SpacySpan) -> list[Token] | None:
    """The words before the head of a definite description of a body or a state ("the [rebel] group", "the
    [oil-rich Islamic] republic"), or None when the phrase is not one: a name ("the Houthi movement"), a
    possessive, a count ("the two countries"), "the group of protesters", "the other group", a plural."""
    head = span.root
    if span[0].lower_ not in DESCRIBING_DETERMINERS or head.tag_ != "NN" or head.i <= span.start:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # "the Kingdom of Norway", "the group of protesters": named or brought in by the phrase
    kinds = state_kinds()
    words = list(span.doc[span.start + 1 : head.i])
    for token in words:
        if token.pos_ not in DESCRIBING_TAGS or token.lower_ in NOT_DESCRIBING or token.tag_ == "POS":
            return None
        proper = token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        if proper and token.lower_ not in kinds and not _based_in(token):
            return None  # "the Houthi movement", "the Iranian republic": a name, or a state of its own
        compound = token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i == head.i
        if compound and token.lemma_.lower() not in PEOPLE_NOUNS and token.lower_ not in kinds:
            return None  # "the contact group", "the working group": a body of its own kind; not "the rebel group"
    return words


def _based_in(token: Token) -> bool:
    """Whether ``token`` is the place of a "-based" modifier ("the [Geneva]-based organisation"), which says where a
    body sits, no name of its own: "the Geneva-based organisation" is a body of that place named before it (rule
    speaker.described-body)."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "based"


def described_body(span: SpacySpan, table: ActorTable) -> str | None:
    """ "The group said" after "the Valdoran Liberation Front (VLF) accused …": the nearest body named before with
    the noun in its name ("Haneul Group"), else that is no part of a state nor a grouping of states; "the bloc",
    "the alliance" after "NATO", "ASEAN": the nearest grouping of states, or body no part of a state (rule
    speaker.described-body)."""
    lemma = span.root.lemma_.lower()
    words = description_words(span)
    if lemma not in BODY_KIND_NOUNS | LEAGUE_KIND_NOUNS or words is None:
        return None
    league = lemma in LEAGUE_KIND_NOUNS
    geo = gazetteer()
    fitting: list[tuple[int, _Named]] = []
    leagues: list[tuple[int, _Named]] = []
    by_name: list[tuple[int, _Named]] = []
    international: set[int] = set()
    for i in range(span.start - 1, max(span.start - LOOK_BACK, -1), -1):
        token = span.doc[i]
        if introduces(token, lemma):
            if by_name or leagues or fitting:
                break  # a body named since "a group of protesters …" was brought in is the nearer one meant
            return None  # "A group of protesters gathered … The group said": that group, no body named before
        body = table.actor_at_index(i) or _unmade_body(token)
        if body is None or (isinstance(body, Actor) and body.kind is not ActorKind.ORGANIZATION):
            continue
        name = body.name if isinstance(body, Actor) else strip_the(body.text)
        if not name[:1].isupper() or name.split()[-1].lower() in BUILDING_WORDS:
            continue  # "the militia" is no name; "UN Headquarters" is a building
        if geo.locate(name) is not None or geo.country_of(name) is not None:
            continue  # "Niamey" the tagger took for a body is a city
        if lemma in name.lower().split():
            by_name.append((i, body))  # "the group" after "Haneul Group Chairman Kwon"
        elif league and _is_league(name, body):
            leagues.append((i, body))  # "the bloc" after "ECOWAS", before any other body named since
        elif not STATE_BODY.search(name) if league else _is_nonstate_body(name, body):
            fitting.append((i, body))
        elif lemma in ORGANISATION_NOUNS and not STATE_ORGAN.search(name) and not _is_league(name, body):
            fitting.append((i, body))  # "the organisation" after "the International Committee of the Red Cross"
            international.add(i)
    chosen = by_name or leagues or fitting
    if (place := next((t for t in words if _based_in(t)), None)) is not None:
        chosen = _seated_at(chosen, place)
    found = _nearest_alone(span, chosen)
    if found is not None and any(i in international for i, b in chosen if b is found):
        fired("speaker.described-organisation")
    if isinstance(found, Actor) or found is None:
        return found.id if found is not None else None
    return table.add(ActorKind.ORGANIZATION, strip_the(found.text), mention=found).id


def described_state(span: SpacySpan, table: ActorTable) -> str | None:
    """ "The kingdom said" after "Morocco recalled its ambassador": the nearest state named before that the
    description fits by what the story calls it ("kingdom", "Himalayan", "Islamic republic", the facts of
    ``data/state_kinds.tsv``; other words say nothing of which state), as a party or a speaker (rule
    speaker.described-state)."""
    head = span.root
    lemma = head.lemma_.lower()
    words = description_words(span)
    if lemma not in STATE_KIND_NOUNS or words is None or (lemma in BARE_STATE_NOUNS and not words):
        return None
    kinds = state_kinds()
    wanted = [kinds[w] for w in (*(t.lower_ for t in words), lemma) if w in kinds]
    if lemma == "republic" and not any(t.lower_ in kinds for t in words):
        wanted.append(frozenset(gazetteer().display) - kinds["monarchy"])
    geo = gazetteer()
    fitting: list[tuple[int, _Named]] = []
    for i in range(span.start - 1, max(span.start - LOOK_BACK, -1), -1):
        actor = table.actor_at_index(i)
        if actor is None or actor.kind is not ActorKind.COUNTRY or actor.country is None:
            continue
        if geo.is_demonym(span.doc[i].text):
            continue  # "Iranian officials" name no state
        if all(actor.country in codes for codes in wanted):
            fitting.append((i, actor))
    found = _nearest_alone(span, fitting)
    return found.id if isinstance(found, Actor) else None


def _seated_at(fitting: list[tuple[int, _Named]], place: Token) -> list[tuple[int, _Named]]:
    """Of the bodies named before that a "<Place>-based" description fits, those it may stand for: the ones of the
    place's country ("the Copenhagen-based organisation" is the Danish Refugee Council, not Human Rights Watch named
    since); when none is known to be there, the one body named, if it is the only one and not known to be elsewhere;
    else none ("Amnesty … The Norwegian Refugee Council … The London-based organisation": the place tells neither)."""
    country = gazetteer().state_of(place.text)
    there = [(i, b) for i, b in fitting if country is not None and _country(b) == country]
    if there:
        return there
    alone = len({_key(b) for _, b in fitting}) == 1
    return fitting if alone and _country(fitting[0][1]) in (None, country) else []


def _country(named: _Named) -> str | None:
    """The country a body named before is of, when its actor tells it ("Norwegian Refugee Council": Norway)."""
    return named.country if isinstance(named, Actor) else None


def _nearest_alone(span: SpacySpan, fitting: list[tuple[int, _Named]]) -> _Named | None:
    """The body or state named nearest before, latest first in ``fitting``; None when another that fits as well is
    named with it: in the same earlier sentence ("Talks between Morocco and Jordan stalled. The kingdom said"), or
    joined to it by "and" in the description's own ("talks between Morocco and Jordan, which the kingdom …"). In its
    own sentence the nearest is the one meant ("pressure on North Korea after the reclusive communist state …")."""
    if not fitting:
        return None
    first, nearest = fitting[0]
    sentence = span.doc[first].sent
    others = [i for i, a in fitting if sentence.start <= i < sentence.end and _key(a) != _key(nearest)]
    if sentence.start <= span.start < sentence.end:
        token = span.doc[first]
        others = [i for i in others if span.doc[i] in (*token.conjuncts, token.head)]
    return None if others else nearest


def _key(named: _Named) -> str:
    """What tells two bodies apart: an actor's id, an unmade body's name."""
    return named.id if isinstance(named, Actor) else strip_the(named.text).lower()


def _unmade_body(token: Token) -> SpacySpan | None:
    """The organisation the tagger found ending at ``token`` that no actor stands for yet ("the Quartet statement":
    the Quartet, named only to say whose statement)."""
    if token.ent_type_ != "ORG" or token.ent_iob_ == "O":
        return None
    ent = entity_at(token)  # doc.ents is rebuilt on every access: the index is built once
    return ent if ent is not None and ent.end - 1 == token.i else None


def _is_nonstate_body(name: str, body: _Named) -> bool:
    """A body no part of a state and no grouping of states: a movement, a militia, a company, a charity."""
    return not STATE_BODY.search(name) and not _is_league(name, body)


def _is_league(name: str, body: _Named) -> bool:
    """A grouping of states the lexicon knows ("NATO", "the European Union"), or a body named as a grouping ("the
    Opposition Alliance")."""
    names = {name.lower(), *(a.lower() for a in (body.aliases if isinstance(body, Actor) else []))}
    return bool(names & MULTILATERAL_BODIES) or bool(LEAGUE_KIND_NOUNS & set(name.lower().split()))


def introduces(token: Token, lemma: str) -> bool:
    """Whether ``token`` brings in a new one of that kind: "a group of protesters", "another bank"."""
    return (
        token.lemma_.lower() == lemma
        and token.pos_ == "NOUN"
        and token.dep_ not in ("appos", "attr")  # not "Harvest Bridge, a Nairobi charity,": the body named
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
    )
