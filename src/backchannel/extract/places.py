"""Where a contact took place: the place a phrase names, and the place a contact is told at.

A place is what the tagger or the gazetteer takes for one ("in Lima", "a Tokyo
hotel", "at the White House"). A contact's place is found on its verb ("met in
Lima", "on the sidelines of the G7 in Rome"), on the person met ("met X in
Lima"), in a clause of arrival ("when he arrives in Israel"), where someone went
for it ("flew to Oslo for talks") or inside the contact noun's own phrase.
``place_of`` says where a place is: a venue's city, a city's country and
coordinates.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..datelines import Filed, blog_city, byline_city, dateline_city_before, other_dateline_city, wire_dateline
from ..geo import Location, gazetteer, normalise
from .actor_words import doc_sents, entity_at, named_with_of, place_name, sentence_index
from .contact_words import (
    BEHALF_NOUNS,
    NOUN_MODES,
    SIDELINES,
    TIMING_PREPS,
    TOPIC_PREPS,
    TOPIC_TALK_VERBS,
    TRAVEL_VERBS,
)
from .grammar import verb_at_or_above
from .lexicon import BUILDING_WORDS, PREMISES_NOUNS
from .story_days import written_text
from .trace import fired
from .untagged_people import PLACE_NOUNS
from .vocabulary import vocabulary
from .when import MONTH_ONLY

_WORDS = vocabulary("places")
GUEST_LODGINGS: frozenset[str] = _WORDS.words("guest_lodgings")
OUTSKIRT_NOUNS: frozenset[str] = _WORDS.words("outskirt_nouns")
OPEN_WATER_WORDS: frozenset[str] = _WORDS.words("open_water_words")
HOSTING_BUILDINGS: frozenset[str] = _WORDS.words("hosting_buildings")
ARRIVAL_VERBS: frozenset[str] = _WORDS.words("arrival_verbs")
CONTINENT_NAMES: frozenset[str] = _WORDS.words("continent_names")
NAMED_SITES: frozenset[str] = _WORDS.words("named_sites")
LEAVING_VERBS: frozenset[str] = _WORDS.words("leaving_verbs")
SITUATION_NOUNS: frozenset[str] = _WORDS.words("situation_nouns")


def is_place(token: Token) -> bool:
    """A place, by the tagger, by the gazetteer when the tagger took a capital for a person, or a venue the press
    names for its city ("at the White House", "in the Oval Office")."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if token.pos_ != "PROPN":
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in token.children):
        return True  # "Wilmington, the state's biggest city", whatever the tagger called it
    name = place_name(token)
    geo = gazetteer()
    return geo.is_capital(name) or geo.is_country_name(name) or geo.is_venue(name)


SETTLEMENT_NOUNS = frozenset({"port", "city", "town", "village", "resort", "capital"})
"""Nouns for a settlement named after "of": "the border town of Dajabón", "the port of Aqaba"."""


def place_in(token: Token) -> Token | None:
    """The place a phrase names: itself, the city of "a Tokyo hotel", "Moscow's Vnukovo airport", or the town of
    "the Red Sea port of Aqaba"."""
    if named_with_of(token) is not None:
        return token  # "in Port of Spain": not Spain
    if token.lower_ in SETTLEMENT_NOUNS or is_place(token):
        town = next((g for c in token.children if c.lower_ == "of" for g in c.children if _a_town(g)), None)
        if town is None and token.lower_ in SETTLEMENT_NOUNS:
            town = next((g for c in token.children if c.lower_ == "of" for g in c.children if _settled(g)), None)
        if town is None and token.lower_ == "capital":  # "in the capital, Kampala,"
            town = next((c for c in token.children if c.dep_ == "appos" and is_place(c)), None)
        if town is not None:
            return town
    if (town := _named_building_in(token)) is not None:
        return town
    if is_place(token) or _capital_of(token) is not None or known_town(token):
        return token
    if any(c.dep_ == "compound" and c.lower_ in SETTLEMENT_NOUNS for c in token.children) and _settled(token):
        return token  # "in the country's most populous city Koror"
    if token.lemma_.lower() in BEHALF_NOUNS:
        fired("place.on-whose-behalf")
        return None  # "at Mauritania's request": on whose account, not where
    found = next((c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss") and is_place(c)), None)
    if found is None and token.pos_ == "NOUN":  # "a Porto hotel", the tagger calling the city a person
        found = next((c for c in token.children if c.dep_ == "compound" and _city_before(c, token)), None)
    return found or _venue_in(token) or _site_name(token)


def _settled(name: Token) -> bool:
    """A name a settlement noun gives as a town's ("the border village of Panmunjom", "the Amazon town of Cobija",
    "the city Koror"), whether or not the gazetteer knows it or the tagger took it for a place (rule
    place.named-settlement): a capitalised name, not an acronym nor a date."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.text.isupper() or name.ent_type_ in ("DATE", "TIME"):
        return False
    fired("place.named-settlement")
    return True


def _site_name(token: Token) -> Token | None:
    """ "at the Erez crossing", "at the frontier post of Ras Ajdir": a site by a frontier or on a route is a place by
    the name before it or after "of", whatever the tagger called the name (rule place.named-site); not an acronym
    ("the UN checkpoint": whose, not where)."""
    if token.pos_ != "NOUN" or not _site_word(token):
        return None
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    names += [g for c in token.children if c.lower_ == "of" for g in c.children if g.pos_ == "PROPN"]
    name = next((n for n in names if not n.text.isupper() and n.ent_type_ != "NORP"), None)
    if name is not None:
        fired("place.named-site")
    return name


def _site_word(noun: Token) -> bool:
    """A site noun, alone or with the noun before it ("truce village")."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    two = f"{before.lower_} {noun.lemma_.lower()}" if before is not None else ""
    return noun.lemma_.lower() in NAMED_SITES or two in NAMED_SITES


def _city_before(name: Token, noun: Token) -> bool:
    """ "a Porto hotel": a city's name before a noun, but one the tagger took for a person only before a building
    ("at an Obama rally", "the Bush ranch" are the people's, whatever towns share their names)."""
    return _named_city(name) and (name.ent_type_ != "PERSON" or noun.lemma_.lower() in BUILDING_WORDS | PREMISES_NOUNS)


def _a_town(token: Token) -> bool:
    """The town of "the border town of Dajabón": a place, or a name the gazetteer knows as a city."""
    return is_place(token) or _named_city(token)


def known_town(token: Token, prep: Token | None = None) -> bool:
    """ "in Kisumu", the tagger calling the town an organisation: a name the gazetteer knows as a city, after "in"
    or "at", "to" after a verb of travel, or the building's ``prep`` ("a lodge near Pecs") (rule
    place.known-town)."""
    travelled = token.head.lower_ == "to" and token.head.head.lemma_.lower() in TRAVEL_VERBS  # "will come to Arequipa"
    if token.dep_ != "pobj" or not (travelled or token.head.lower_ in ("in", "at", *([prep.lower_] if prep else []))):
        return False
    if not _named_city(token):
        return False
    fired("place.known-town")
    return True


def _named_city(token: Token) -> bool:
    """A name the gazetteer knows as a city, whatever the tagger called it: not a date ("in March"), an acronym ("the
    UN compound", not the Indian town of Un), nor a person ("at Lincoln's side", "with Mrs. Lind") unless the name
    is a city's (rule place.city-not-person)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG", "NORP", "FAC", "LOC", "GPE", "PERSON"):
        return False
    if token.text.isupper():
        return False
    if MONTH_ONLY.fullmatch(token.text) or not gazetteer().is_city(place_name(token)):
        return False
    return token.ent_type_ != "PERSON" or _city_not_person(token)


def _city_not_person(token: Token) -> bool:
    """ "in Bender", "to Tórshavn", "a Porto hotel": a one-word name the tagger took for a person that the
    gazetteer knows as a city, and that names no person of the story (not the "Nowak" of "Jan Nowak") (rule
    place.city-not-person)."""
    ent = entity_at(token)
    if ent is None or len(ent) != 1:
        return False
    if any(e.label_ == "PERSON" and len(e) > 1 and token.text in (t.text for t in e) for e in token.doc.ents):
        return False
    fired("place.city-not-person")
    return True


def _named_building_in(token: Token) -> Token | None:
    """ "at the County Buildings in Forfar", "at the Jaburu Palace in Brasília": a building or a body named by a
    name the gazetteer does not know, with its own "in", "outside" or "near" phrase, stands in that town, which is
    the contact's place (rule place.named-building-in-city); not a region ("in Transnistria in Moldova", tagged a
    place), and a known place ("Kisumu in western Kenya") is itself."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("FAC", "ORG"):
        return None
    if gazetteer().locate(place_name(token)) is not None:
        return None
    town = _town_of_building(token)
    if town is not None:
        fired("place.named-building-in-city")
    return town


def _venue_in(token: Token) -> Token | None:
    """ "at the African Union headquarters in Addis Ababa", "at a farmhouse outside Tacna" (rule
    place.venue-in-city): a building's own "in", "outside" or "near" phrase says where it is."""
    if token.pos_ != "NOUN":
        return None
    town = _town_of_building(token)
    if town is not None:
        fired("place.venue-in-city")
    return town


def _town_of_building(token: Token) -> Token | None:
    """The town a building's own "in", "outside" or "near" phrase names."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if is_place(pobj) or known_town(pobj, prep):
                return pobj
    return _town_on_its_outskirts(token)


def _town_on_its_outskirts(token: Token, after: int = -1) -> Token | None:
    """ "at Gokarna Forest Resort on the outskirts of Kathmandu", "a lodge at the edge of Kampala": a building on
    the outskirts of a town stands by that town, the contact's place as near as the story says (rule
    place.outskirts-of-town), the parse hanging the outskirts on the building or, past it (``after``), on the verb."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "in") and c.i > after):
        for edge in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in OUTSKIRT_NOUNS):
            for of in (c for c in edge.children if c.dep_ == "prep" and c.lower_ == "of"):
                for town in (g for g in of.children if g.dep_ == "pobj"):
                    if is_place(town) or _named_city(town):
                        fired("place.outskirts-of-town")
                        return town
    return None


VENUE_PREPS = frozenset({"in", "outside", "near"})
"""How a building's phrase says where it stands: "a hotel in Doha", "a farmhouse outside Tacna", "a base near
Aden": the town is where the contact was, as near as the story says."""
NEAR_PREPS = VENUE_PREPS - {"in"}
"""How a contact's phrase puts it by a town, not in it: "met near Bodø", "talks outside Tacna"."""


def _capital_of(token: Token) -> str | None:
    """The city "the Syrian capital", "the South Korean capital" or "Syria's capital" names (rule
    place.national-capital)."""
    if token.lower_ != "capital":
        return None
    geo = gazetteer()
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    for child in modifiers:
        code = geo.country_of(" ".join(t.text for t in child.subtree if t.dep_ != "case"))  # "South Korean"
        if code is not None and code in geo.capital_city:
            return geo.capital_city[code]
    if not modifiers and any(c.lower_ == "the" for c in token.children):
        return _capital_named_before(token)
    return None


CAPITAL_REACH = 80
"""How many words back "the capital" looks for the country or capital city it stands for."""


def _capital_named_before(token: Token) -> str | None:
    """ "arrived in Jordan on Friday and met Khatib in the capital": the capital of the country, or the capital
    city, last named before it as where someone went or was (rule place.the-capital)."""
    geo = gazetteer()
    doc = token.doc
    named = doc[token.i + 2] if token.i + 2 < len(doc) and doc[token.i + 1].text == "," else None
    if named is not None and named.ent_type_ == "GPE" and geo.is_capital(place_name(named)):
        fired("place.the-capital")
        return place_name(named)  # "in the capital, Kampala,", the name hung elsewhere by the parse
    for t in reversed(doc[max(token.i - CAPITAL_REACH, 0) : token.i]):
        if t.ent_type_ != "GPE" or t.ent_iob_ != "B" or place_name(t) == "" or t.head.dep_ != "prep":
            continue  # a place gone to or been in ("arrived in Jordan"), not "US envoy", "Jordan's king"
        name = place_name(t)
        if geo.is_capital(name):
            fired("place.the-capital")
            return name
        code = geo.country_of(name) if geo.is_country_name(name) else None
        if code is not None and code in geo.capital_city:
            fired("place.the-capital")
            return geo.capital_city[code]
    return None


def place_of(token: Token | None) -> Location | None:
    """Where the place at ``token`` is: a venue's city, a city's country and coordinates, or a country."""
    if token is None:
        return None
    if token.lower_ == "here" and token.pos_ == "ADV" and (filed := here_city(token)) is not None:
        fired("place.here-story-city")
        if filed[1] is not None:
            fired(filed[1])
        return filed[0]
    name = place_name(token)
    geo = gazetteer()
    if (capital := _capital_of(token)) is not None:
        fired("place.national-capital")
        name = capital
    found = geo.locate(name)
    if (trip := _trip_city_around(token, name, found)) is not None:
        fired("place.quarter-of-trip-city")
        return trip
    if found is None and (building := _building_named(token)) is not None:
        fired("place.name-of-a-building")
        return Location(building, None)
    if (found is None or found.lat is None) and _too_wide(name):
        fired("place.open-water-or-continent")
        return None
    if found is not None and found.name != name and geo.is_venue(name):
        fired("place.venue-city")  # "in the Oval Office" took place in Washington
    elif found is not None and found.lat is not None:
        fired("place.city")
    if found is None and (capital := capital_unlocated(name)) is not None:
        fired("place.capital-unlocated")  # "in Nuku'alofa", a capital the city list lacks: the city, not Tonga
        return capital
    if found is None and (code := geo.country_of(name)) is not None:
        return Location(geo.display.get(code, name), code)  # "a Russian-hosted conference": in Russia
    return found or Location(name, None)


def _trip_city_around(token: Token, name: str, found: Location | None) -> Location | None:
    """ "flew to Cairo and spent an evening with him in Heliopolis": a place named after a trip to a city in the same
    sentence, which the gazetteer does not know or puts in a state the story never names, is a quarter or a
    building of that city, and the contact took place in the city (rule place.quarter-of-trip-city)."""
    geo = gazetteer()
    if token.dep_ != "pobj" or geo.is_capital(name) or geo.country_of(name) is not None:
        return None
    if found is not None and found.country is None:
        found = None
    trip = next(
        (
            where
            for t in token.doc[token.sent.start : token.i]
            if t.dep_ == "pobj"
            and _travelled_to(t.head)
            and (where := geo.locate(place_name(t))) is not None
            and where.lat is not None
        ),
        None,
    )
    if trip is None or trip.country is None or (found is not None and found.country == trip.country):
        return None
    if found is not None and any(
        geo.state_of(e.text) == found.country for e in token.doc.ents if normalise(e.text) != normalise(name)
    ):
        return None  # "flew to Cairo, then met him in Gaza": a town of a state the story is about
    return trip


def capital_unlocated(name: str) -> Location | None:
    """A capital the city list lacks or spells otherwise ("Nuku'alofa", "Port Vila", "Ulaanbaatar"): that city, in
    its country, with no coordinates (rule place.capital-unlocated)."""
    geo = gazetteer()
    if geo.is_capital(name) and not geo.is_country_name(name):
        return Location(name, geo.country_of(name))
    return None


def _building_named(token: Token) -> str | None:
    """ "at the Mount Meru hotel", "a Canal Park restaurant", "the Chong Chom border crossing": the building or site
    a name the gazetteer does not know is set before, which makes it the building's name, not a town's (rule
    place.name-of-a-building), given whole; the caller places the building as any other named one."""
    head = token.head
    if token.dep_ != "compound" or head.pos_ != "NOUN" or head.i == token.i:
        return None
    site = _site_word(head)
    if not site and head.lemma_.lower() not in BUILDING_WORDS | HOSTING_BUILDINGS:
        return None
    # "Chong Chom" before a site, which the tagger may not name
    name = token.doc[token.left_edge.i : token.i + 1].text if site else place_name(token)
    return f"{name} {token.doc[token.i + 1 : head.i + 1].text}"


def _too_wide(name: str) -> bool:
    """ "talks on shipping in the Strait of Hormuz", "the commander of US forces in Europe": a stretch of water or a
    continent is what a contact is about or whose forces take part, never the town it is held in (rule
    place.open-water-or-continent), so the contact is placed as if no place were told."""
    words = name.lower().removeprefix("the ").split(" of ")[0].split()
    return bool(words) and (words[-1] in OPEN_WATER_WORDS or " ".join(words) in CONTINENT_NAMES)


ARRIVAL_MARKS = ("when", "as", "while", "once")


def on_arrival(verb: Token) -> Token | None:
    """The place of a "when/as X arrives in PLACE" clause on a contact verb."""
    travelling = TRAVEL_VERBS | {"visit", "arrives", "lands", "visits"}  # the tagger may take "arrives" for a noun
    for clause in (c for c in verb.children if c.dep_ == "advcl" and (c.lemma_.lower() in travelling)):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ARRIVAL_MARKS for m in clause.children):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")):
            found = next((p for g in prep.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
            if found is not None:
                return found
    return None


def visited_place(trigger: Token) -> Token | None:
    """ "visited Hai Phong in 2017", "could visit Rotterdam in June": the place a visit verb takes as its object is
    where the visit was (rule place.visited-place)."""
    if trigger.lemma_.lower() != "visit" or trigger.pos_ != "VERB":
        return None
    for obj in (c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        if is_place(obj) or gazetteer().is_city(place_name(obj)):
            fired("place.visited-place")
            return obj
    return None


def place_of_verb(verb: Token) -> Token | None:
    """ "met in Lima", "met at a Lima hotel", "met on the sidelines of the G7 in Rome", "during a summit in Oslo";
    "met near Bodø", "met outside Tacna", as near as the story says (rule place.near-town)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("in", "at") and (found := place_in(pobj)) is not None:
                return _town_after_building(verb, prep, found) or found
            if prep.lower_ in NEAR_PREPS and (is_place(pobj) or known_town(pobj, prep)):
                fired("place.near-town")
                return pobj
            if prep.lower_ in ("at", "on", "during") and not topic_phrase(prep):
                if (found := _place_of_occasion(pobj)) is not None:
                    return found
            if prep.lower_ == "as" and (whole := _whole_of_part(pobj)) is not None:
                if (found := _place_of_occasion(whole)) is not None:
                    fired("place.part-of-occasion")  # "met X as part of the Pacific leaders' meeting in Iwaki"
                    return found
    return _sidelines_on_party(verb) or here_of(verb)


RETOLD_HOLDING = frozenset({"hold", "convene", "stage", "take"})
"""Verbs whose pronoun subject, in a clause joined to a contact's, is the contact held: "they were held in Lisbon"
(passive), "it took place in Recife"."""


def place_in_joined_clause(verb: Token) -> Token | None:
    """ "Talks between A and B went ahead today, but this time they were held in Lisbon": a contact noun that is
    the subject of a clause takes the place a joined clause tells, when that clause's subject is a pronoun for it
    and its verb is a passive one of holding ("they were held") or "took place", with no object, no time of its own
    and the tense of the contact's clause; not "they will be held in Lisbon in June" (another round), nor "they
    held rival rallies in Leeds" (the sides) (rule place.held-in-joined-clause)."""
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if not _retold_holding(joined):
            continue
        subjects = [c for c in joined.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].lower_ not in ("it", "they"):
            continue
        if _clause_tense(joined) != _clause_tense(verb) or _timed(joined):
            continue
        if (found := place_of_verb(joined)) is not None:
            fired("place.held-in-joined-clause")
            return found
    return None


def _retold_holding(joined: Token) -> bool:
    """ "they were held", "it was convened", "they took place": a passive verb of holding with no object of its
    own, or "take place"."""
    lemma = joined.lemma_.lower()
    if lemma not in RETOLD_HOLDING:
        return False
    objects = [c for c in joined.children if c.dep_ in ("dobj", "obj")]
    if lemma == "take":
        return len(objects) == 1 and objects[0].lower_ == "place"
    return not objects and any(c.dep_ == "nsubjpass" for c in joined.children)


def _clause_tense(verb: Token) -> str:
    """A clause's tense as told: its modal ("will", "could"), else the tense of its finite verb or auxiliary."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    for word in auxiliaries:
        if word.tag_ == "MD":
            return word.lower_
    for word in [*auxiliaries, verb]:
        if "Fin" in word.morph.get("VerbForm"):
            return "".join(word.morph.get("Tense"))
    return ""


def _timed(verb: Token) -> bool:
    """Whether a clause tells a time of its own: "in June", "on Wednesday", "next week"."""
    return any(
        t.ent_type_ in ("DATE", "TIME")
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "tmod", "advmod")
        for t in c.subtree
    )


OCCASION_WORDS = frozenset({"occasion", "eve"})
"""Nouns after "on" that set a contact at a gathering, besides its margins and contact nouns: "on the occasion of
the summit in Rome", "on the eve of the talks in Doha"."""


def topic_phrase(prep: Token) -> bool:
    """Whether ``prep`` opens what a contact is about and names a place only as part of it ("talks with X on the
    situation in Iraq", "discussions on the crisis in Ukraine"): a country, or a place of a state of affairs, told in
    a phrase of a common noun; not an occasion a contact is held at ("on the sidelines of the summit in Rome", "on a
    visit to Oslo"), a time ("on Monday evening in Brussels"), someone called on ("calls on X in Rohtak"), nor a town
    the parse hung on a topic ("talks on fisheries in New Delhi") (rule place.topic-not-where)."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    about = [g for g in prep.children if g.dep_ == "pobj"]
    if not about or any(g.pos_ != "NOUN" or g.ent_type_ in ("DATE", "TIME") or _an_occasion(g) for g in about):
        return False
    places = [t for t in prep.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and is_place(t)]
    if not places or not all(_a_topic_place(t) for t in places):
        return False
    fired("place.topic-not-where")
    return True


def _a_topic_place(place: Token) -> bool:
    """A country ("the situation in Iraq"), or a place of a state of affairs ("the fighting in Aleppo")."""
    held_on = place.head.head
    return gazetteer().is_country_name(place_name(place)) or held_on.lemma_.lower() in SITUATION_NOUNS


def _an_occasion(noun: Token) -> bool:
    """A gathering's margins, a contact or a trip, or an occasion: what "on" may set a contact at."""
    word = noun.lemma_.lower()
    return noun.lower_ in SIDELINES or word in SIDELINES or word in OCCASION_WORDS or noun.lower_ in NOUN_MODES


def _whole_of_part(noun: Token) -> Token | None:
    """The whole of "as part of the summit": the occasion a contact was held as a part of."""
    if noun.lemma_.lower() != "part":
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)


def _town_after_building(verb: Token, prep: Token, building: Token) -> Token | None:
    """ "met at Kalna Palace in Varna", the parse hanging "in Varna" on the verb, not on the palace: a building the
    gazetteer does not know, followed on the same verb by a town it knows, stands in that town (rule
    place.building-then-town), as when the town hangs on the building (place.named-building-in-city)."""
    if prep.lower_ != "at" or _located(building):
        return None
    for later in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > prep.i):
        town = next((p for g in later.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
        if town is not None and _located(town):
            fired("place.building-then-town")
            return town
    return _town_on_its_outskirts(verb, after=prep.i)


def here_of(verb: Token) -> Token | None:
    """ "met here on Wednesday", "held talks here", "hosted a meeting of ministers here": a contact told "here" by a
    story filed from a city took place in that city (rule place.here-story-city); "here in Vilnius" names its own.
    The "here" stands for the city ``place_of`` gives it."""
    held = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in NOUN_MODES)]  # "held talks here"
    here = next((c for h in held for c in h.children if c.dep_ == "advmod" and c.lower_ == "here"), None)
    if here is None:
        return None
    named = next(
        (
            p
            for c in here.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and (p := place_in(g)) is not None
        ),
        None,
    )
    if named is not None:
        return named
    return here if here_city(here) is not None else None


def here_city(here: Token) -> tuple[Location, str | None] | None:
    """The city a story's "here" is: the dateline of the round-up item it is told in, or the story's city."""
    text = written_text(here.doc)
    near = dateline_city_before(text, here.idx)
    found = gazetteer().locate(near) if near else None
    if found is not None and found.lat is not None:
        return found, None
    return story_city(text)


def _sidelines_on_party(verb: Token) -> Token | None:
    """ "sat down with his counterpart on the sidelines of the forum in Manila": the sidelines hung on whom the
    verb met, where the parse often puts them (rule place.sidelines-on-party)."""
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    for party in met:
        for prep in (c for c in party.children if c.dep_ == "prep" and c.lower_ == "on"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in SIDELINES):
                if (found := _place_of_occasion(pobj)) is not None:
                    fired("place.sidelines-on-party")
                    return found
    return None


def _place_of_occasion(noun: Token) -> Token | None:
    """Where an occasion was: "the sidelines of the G7 in Rome", "a summit in Oslo", "his visit to Beijing" (rule
    place.during-visit)."""
    if noun.lower_ in SIDELINES:
        noun = next((g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), noun)
    preps = ("in", "at", "to") if NOUN_MODES.get(noun.lower_) == "visit" else ("in", "at")
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                if prep.lower_ == "to":
                    fired("place.during-visit")
                return found
    if (found := _town_of_a_named_gathering(noun)) is not None:
        return found
    if (found := _place_of_its_holding(noun)) is not None:
        return found
    if NOUN_MODES.get(noun.lower_) in ("meeting", "multilateral"):
        return _place_of_members(noun)
    return None


def _town_of_a_named_gathering(occasion: Token) -> Token | None:
    """ "on the sidelines of the World Economic Forum at Davos": a one-word name in capitals after "at" on a
    gathering called by its name is the town it was held in, though neither the tagger nor the gazetteer knows the
    town (rule place.town-of-named-gathering); not an acronym, a date, a person or a body ("the forum at Harvard",
    which the tagger calls an organisation)."""
    if occasion.pos_ != "PROPN":
        return None
    for prep in (c for c in occasion.children if c.dep_ == "prep" and c.lower_ == "at"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            if pobj.ent_type_ not in ("", "GPE", "LOC") or pobj.text.isupper() or not pobj.text[:1].isupper():
                continue
            if any(c.dep_ in ("compound", "prep", "poss") for c in pobj.children) or MONTH_ONLY.fullmatch(pobj.text):
                continue
            fired("place.town-of-named-gathering")
            return pobj
    return None


def _place_of_its_holding(occasion: Token) -> Token | None:
    """ "at the summit held in Brussels on Tuesday", "on the sidelines of the conference which took place in
    Munich": where an occasion's own clause says it was held is where a contact at it was (rule
    place.occasion-held-in), the parse hanging "held" on the occasion or on a word of its phrase ("the summit
    marking the anniversary of the accord held in Brussels")."""
    for clause in (c for c in occasion.subtree if c.dep_ in ("acl", "relcl") and c.i > occasion.i):
        held = clause.lemma_.lower() == "hold" and (clause.tag_ == "VBN" or clause.dep_ == "acl")
        if not (held or (clause.lemma_.lower() == "take" and any(c.lower_ == "place" for c in clause.children))):
            continue
        found = next(
            (
                p
                for c in clause.children
                if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for g in c.children
                if g.dep_ == "pobj" and (p := place_in(g)) is not None
            ),
            None,
        )
        if found is not None:
            fired("place.occasion-held-in")
            return found
    return None


def _place_of_members(gathering: Token) -> Token | None:
    """ "the meeting of SCO foreign ministers in Moscow": the parse hangs the gathering's place on its members
    (rule place.on-the-members)."""
    for members in (g for c in gathering.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        if (found := _place_on(members, ("in", "at"))) is not None:
            fired("place.on-the-members")
            return found
    return None


def _place_on(holder: Token, preps: tuple[str, ...]) -> Token | None:
    """The place the first of ``holder``'s phrases led by one of ``preps`` names: "in Moscow" of "ministers in
    Moscow"."""
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def travel_of_where_clause(trigger: Token | None) -> Token | None:
    """The verb of travel, or the "be" of being in a place, a "where" clause hangs on: "flew to Yangon on Monday,
    where he met X", "was in Beijing last month, where he met X" (the parse hangs the clause on the place, on the
    day or on the verb); the contact was there, then (rule place.where-travelled)."""
    where = trigger is not None and any(c.lower_ == "where" for c in trigger.children)
    if trigger is None or trigger.dep_ not in ("relcl", "advcl") or not where:
        return None
    node = verb_at_or_above(trigger.head)
    if node.pos_ == "VERB" and node.lemma_.lower() in TRAVEL_VERBS | {"spend"}:
        return node  # "spent three days in Tokyo, where she held talks": she had gone there too
    return node if _been_in(node) else None


def travel_joined(trigger: Token) -> Token | None:
    """The verb of travel, or the "be" of being in a place, a contact verb of the same subject is joined to: "flew
    to Oslo on Monday and held talks with X", "was in Oslo on the 14th and sat down with X"; the contact was
    there, then (rule place.travelled-and). Not a return ("returned to Oslo and met X" may be at home), nor a
    journey with no place named."""
    if trigger.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
        return None  # "flew to Oslo, and Haddad met her there": another subject
    head = trigger.head
    gone = head.pos_ == "VERB" and head.lemma_.lower() in TRAVEL_VERBS - {"return"} and journey_end(head) is not None
    if not gone and _spent_in(head):
        fired("place.spent-in-and")  # "spent three days in Havana last week and held talks with X"
        return head
    return head if gone or _been_in(head) else None


def _spent_in(verb: Token) -> bool:
    """ "spent three days in Havana", "spent the week in Rabat": time spent in a place is being there (not "spent
    $2 million in Ohio", whose object is no time)."""
    times = [c.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    return verb.lemma_.lower() == "spend" and any(times) and all(times) and place_of_verb(verb) is not None


def journey_for(trigger: Token) -> tuple[Token, Token] | None:
    """ "drove to Knin to see X", "will travel to La Paz on Monday to hold a meeting with X", "hoped to travel to
    Auki for a meeting with X": the journey a contact was the purpose of and the place named at its end, where
    the contact was held (rule place.journey-for)."""
    gone = purpose_of(trigger)
    if gone is None or (there := destination(gone) or _arrived_in(gone)) is None:
        return None
    fired("place.journey-for")
    return gone, there


def _arrived_in(verb: Token) -> Token | None:
    """Where a verb of arrival ended: "arrive in Belgrade", "landed at Entebbe"."""
    return place_of_verb(verb) if verb.lemma_.lower() in ARRIVAL_VERBS else None


def purpose_of(trigger: Token) -> Token | None:
    """The verb of travel a contact is told as the purpose of: "travelled to Oslo to meet X", "flew in for talks with
    X". Not a return ("returned to Oslo to meet X" may be at home)."""
    if trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        gone = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        gone = trigger.head.head
    else:
        return None
    travelled = gone.lemma_.lower() in TRAVEL_VERBS - {"return"} or _set_out_for(gone) is not None
    return gone if gone.pos_ == "VERB" and travelled else None


def _been_in(verb: Token) -> bool:
    """ "was in Beijing", "is in Oslo this week": a "be" with a place of its own."""
    return verb.lemma_ == "be" and not any(c.dep_ == "acomp" for c in verb.children) and place_of_verb(verb) is not None


def journey_end(verb: Token) -> Token | None:
    """Where a verb of going went, or where a "be" was: "flew to Oslo", "arrived in Oslo", "was in Oslo"."""
    return destination(verb) or place_of_verb(verb)


def where_travelled(travelled: Token, trigger: Token) -> Token | None:
    """Where a contact told with a journey was: the journey's end, or the place its "where" clause hangs on
    ("returned from Moscow, where he met X")."""
    if trigger.dep_ == "conj":
        fired("place.travelled-and")  # "flew to Oslo on Monday and held talks with X"
        return journey_end(travelled)
    fired("place.where-travelled")  # "flew to Nairobi on Monday, where she met X"
    return destination(travelled) or place_of_where_clause(trigger) or place_of_verb(travelled)


def place_of_where_clause(trigger: Token) -> Token | None:
    """The place a "where" clause hangs on: "was in Nairobi on Friday, where he met X", "the forum in Lima, where
    they spoke" (rule place.where-clause)."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "where" for c in trigger.children):
        return None
    return place_in(trigger.head)


def clause_of(token: Token) -> Token:
    """The verb (or the "be") whose clause holds ``token``: the first up its heads."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def destination(verb: Token) -> Token | None:
    """Where a verb of going or sending went: "to Capitol Hill", "to Oslo"; or where one set out for (rule
    place.left-for)."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                fired("place.destination")
                return found
    if (found := _set_out_for(verb)) is not None:
        fired("place.left-for")
    return found


def _set_out_for(verb: Token) -> Token | None:
    """ "left for New York", "will depart for Kuala Lumpur on Friday", "heading for Jeddah": the place a verb of
    setting out names after "for" is where the journey goes (not "left Oslo for talks": a purpose, no place)."""
    if verb.lemma_.lower() not in LEAVING_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def finer_place(trip: Token | None, purpose: Token | None) -> Token | None:
    """Where a trip and its purpose took place: the trip's own place, unless it is a country and the purpose names a
    town in that country ("will be going to Germany next week for a meeting of the Quartet in Berlin": Berlin;
    rule place.town-within-destination)."""
    if trip is None or purpose is None:
        return trip or purpose
    geo = gazetteer()
    state = geo.country_of(name) if geo.is_country_name(name := place_name(trip)) else None
    town = place_of(purpose)
    if state is None or geo.is_country_name(place_name(purpose)) or town is None or town.country != state:
        return trip
    fired("place.town-within-destination")
    return purpose


def place_within(noun: Token) -> Token | None:
    """A place anywhere in a contact noun's own phrase, not in a clause inside it."""
    for token in noun.subtree:
        if token.dep_ != "prep" or token.lower_ not in ("in", "at") or token.head.i == noun.i:
            continue
        node = token
        while node.i != noun.i and node.dep_ not in ("relcl", "acl", "advcl", "ccomp") and not topic_phrase(node):
            node = node.head
        if node.i != noun.i:
            continue  # in a clause of its own, or in what the contact is about ("talks on the crisis in Ukraine")
        for pobj in (g for g in token.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                fired("place.within-phrase")
                return found
    return _place_of_its_occasion(noun)


def _place_of_its_occasion(noun: Token) -> Token | None:
    """ "her meeting with X on the sidelines of the conference which took place in Munich": the place of the
    occasion a contact noun's own phrase sets it at."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "during")):
        if topic_phrase(prep):
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := _place_of_occasion(pobj)) is not None:
                return found
    return None


def place_on_object(verb: Token) -> Token | None:
    """ "met Foreign Minister Tomas Quispe in Lima", "met with officials in Santa Cruz": the parser often hangs
    the place on the person met."""
    met = _sides_met(verb)
    # "was received by President Karol Nawrocki in Warsaw": on the host of a passive
    met += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # and on a name apposed or joined to it: "met his counterpart Tesfaye Alemu in Nairobi" (rule place.on-object)
    met += [g for m in met for g in _named_within(m)]
    for obj in met:
        if (found := place_hung_on(obj)) is not None:
            fired("place.on-object")
            return found
    for obj in met:  # "met commanders of an armed group in Bunia": on the body the side met belongs to
        for of in (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            if of.dep_ == "pobj" and (found := place_hung_on(of)) is not None:
                fired("place.on-objects-body")
                return found
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return place_of_verb(verb.head)  # "agreed to meet in Montevideo", parsed onto "agreed"
    return None


OWN_CLAUSE_BOUNDS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "pcomp"}
)
"""Where a verb's own clause ends: its subject's phrase (" the ambassador in Rome met …" is where the ambassador
serves) and the clauses hung inside it ("met X, who lives in Rome")."""
INNER_CLAUSE_BOUNDS = OWN_CLAUSE_BOUNDS - {"conj"}
"""Where a verb's own clause ends below the verb's own words: only a verb joined to the verb starts another clause;
a word joined to a word of it ("the envoy and the minister in Rome") is still of it."""


WHEREABOUTS_VERBS = frozenset({"be", "attend", "visit", "arrive", "stay"})
"""Verbs of a subject's own clause that say where the subject is: "who is in Brussels", "who was attending …"."""


def place_of_the_subject(verb: Token) -> Token | None:
    """ "X, who was attending the APEC meeting in Pusan, met Y", "X, who is in Brussels for the summit, met Y", "X,
    in Geneva for the council, met Y": where the subject's own phrase puts the subject is where it met (rule
    place.subject-is-there). Not "the nuncio in Lisbon", the place of a post, set off by no comma, nor a clause
    with a time of its own ("who was in Moscow last week")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for told in (c for c in subject.children if c.i > subject.i):
        if told.dep_ == "prep" and told.lower_ == "in" and told.nbor(-1).text == ",":  # not a post: "the envoy in Oslo"
            found = next((p for g in told.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
        elif told.dep_ == "relcl" and told.lemma_.lower() in WHEREABOUTS_VERBS and not _dated(told):
            found = _whereabouts(told)
        else:
            continue
        if found is not None and _located(found):
            fired("place.subject-is-there")
            return found
    return None


def _dated(clause: Token) -> bool:
    """ "who was in Moscow last week": a clause with a time of its own tells where the subject was then."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _whereabouts(clause: Token) -> Token | None:
    """The place a "who" clause puts its subject in: its own "in", or the "in" of what it attends or visits."""
    holders = (clause, *(c for c in clause.children if c.dep_ == "dobj"))
    return next((found for holder in holders if (found := _place_on(holder, ("in",))) is not None), None)


def place_in_own_clause(verb: Token) -> Token | None:
    """ "met X last Thursday in Sarajevo", "met face to face in Muscat", "met the head of the transport section of
    the EU Delegation in Sarajevo": an "in" or "at" phrase the parse hangs deeper in the verb's own clause (on its
    date, on an idiom, on a body the side met belongs to) still says where the verb's contact was held; not one in
    the subject's phrase or in a clause of its own (rule place.in-own-clause)."""
    for prep in own_clause_preps(verb):
        found = next((p for g in prep.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
        if found is not None and _located(found):
            fired("place.in-own-clause")
            return found
    return None


def own_clause_preps(verb: Token) -> Iterator[Token]:
    """The "in" and "at" phrases of a verb's own clause, nearest the verb first: not those in the subject's phrase,
    in a clause of their own, in an apposition ("X, a deputy minister in the Moscow ministry": who X is) or in
    what the contact is about ("talks on the minority in Yunnan"), nor in another happening it is timed against
    ("since the vote in Nairobi", "a day after her speech in Geneva": where that happened), nor in the object of a
    verb of talk, its topic ("discussed the war in Ukraine with X")."""
    topic = verb.lemma_.lower() in TOPIC_TALK_VERBS
    todo = [c for c in verb.children if c.dep_ not in OWN_CLAUSE_BOUNDS and not (topic and c.dep_ == "dobj")]
    while todo:
        node = todo.pop(0)
        if node.dep_ == "prep" and node.lower_ in ("in", "at"):
            yield node
        if node.dep_ == "appos" or (
            node.dep_ == "prep" and (node.lower_ in TOPIC_PREPS or node.lower_ in TIMING_PREPS)
        ):
            continue
        todo += [c for c in node.children if c.dep_ not in INNER_CLAUSE_BOUNDS]


def _located(place: Token) -> bool:
    """A place the gazetteer knows, in its country: a name it does not know, found this deep in a clause, is as
    often a quarter or a building of the story's city ("at her party's offices in El Menzah") as a town."""
    found = gazetteer().locate(place_name(place))
    return found is not None and found.country is not None


def _sides_met(verb: Token) -> list[Token]:
    """Whom a verb met: its object, or the one "with" names."""
    met = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return met + [g for c in withs for g in c.children if g.dep_ == "pobj"]


def place_hung_on(token: Token) -> Token | None:
    """The place an "in" or "at" phrase on ``token`` names."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        found = next((p for g in prep.children if g.dep_ == "pobj" and (p := place_in(g))), None)
        if found is not None:
            return found
    return None


def _named_within(obj: Token) -> list[Token]:
    """The names an object phrase holds by apposition or conjunction: "his counterpart, Tesfaye Alemu", "X and
    Y"; names only, so not "discussed migration and the war in Ukraine"."""
    found: list[Token] = []
    todo = [obj]
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.pos_ == "PROPN" and c.dep_ in ("appos", "conj"):
                found.append(c)
                todo.append(c)
    return found


def in_the_story_city(place: Location, text: str) -> tuple[Location, str] | None:
    """An unknown building ("received at Baabda Palace", "met at the Capitol") stands in the city the story was
    filed from (rule place.building-in-dateline-city): that city as the place, the building as its venue."""
    if place.country is not None or not {w.lower() for w in place.name.split()} & (BUILDING_WORDS | HOSTING_BUILDINGS):
        return None
    found = story_city(text)
    if found is None:
        return None
    city, how = found
    fired("place.building-in-dateline-city")
    if how is not None:
        fired(how)
    return city, place.name


def story_city(text: str) -> tuple[Location, str | None] | None:
    """The city a story's dateline says it was filed from ("BEIRUT — …"), or, with no dateline, its byline ("By Ana
    Reyes in Lima", rule place.byline-city) or a live blog's headline (rule place.live-blog-city), when the
    gazetteer knows it as a city. The rule that found it comes with it (None for a dateline), for the caller to
    fire only where the city places a contact."""
    how = None
    filed = wire_dateline(text)
    city = filed.city if filed is not None else None
    if filed is not None and filed.past_masthead:
        how = "place.dateline-past-masthead"
    if city is None and (city := other_dateline_city(text)) is not None:
        how = "place.other-dateline"
    if city is None and (city := byline_city(text)) is not None:
        how = "place.byline-city"
    if city is None and (city := blog_city(text)) is not None:
        how = "place.live-blog-city"
    found = gazetteer().locate(city) if city else None
    if found is None and city and (found := capital_unlocated(city)) is not None:
        how = how or "place.capital-unlocated"  # "PORT VILA —", which the city list spells "Port-Vila"
    if found is None and filed is not None and (found := _town_of_the_state(filed)) is not None:
        return found, "place.dateline-town-of-state"
    if found is None or (found.lat is None and not gazetteer().is_city(city)):
        return None  # "SYRIA —" names a state, not a city; "DJIBOUTI —" is both
    return found, how


def _town_of_the_state(filed: Filed) -> Location | None:
    """ "PETRA, Jordan —": a town the gazetteer does not know, in a dateline that names its state, is a town of that
    state, with no coordinates; not one named with a province or region only ("JUABEN, Ashanti Region -"), nor a
    name the gazetteer knows as something else (a state: "KUWAIT, Kuwait")."""
    if filed.region is None or not gazetteer().is_country_name(filed.region):
        return None
    if gazetteer().country_of(filed.city) is not None:
        return None
    return Location(filed.city, gazetteer().country_of(filed.region))


SCENE_BOUNDS = frozenset({"ccomp", "parataxis", "relcl", "acl"})
"""Clauses that tell of something said or described, which may have happened elsewhere than the sentence's scene."""


def place_fronted(trigger: Token) -> Token | None:
    """ "In France, Musk will speak at the conference and is expected to meet Macron", "In Germany, he will attend the
    conference and meet the chancellor": a place set at the very front of a sentence, before a comma, is where the
    contacts of the clauses it leads take place (rule place.fronted-scene); not one told in what someone says or
    in a clause describing something ("In Oslo, she said she had met X in Rome")."""
    first = trigger.sent[0]
    if first.lower_ not in ("in", "at") or first.dep_ != "prep":
        return None
    if trigger.pos_ != "VERB" and not (trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB"):
        return None  # "In Washington, critics called for the talks to be wound up": talks held elsewhere
    pobj = next((g for g in first.children if g.dep_ == "pobj"), None)
    doc = trigger.doc
    if pobj is None or pobj.right_edge.i + 1 >= len(doc) or doc[pobj.right_edge.i + 1].text != ",":
        return None
    node = trigger
    while node.i != first.head.i:
        if node.dep_ in SCENE_BOUNDS or node.head.i == node.i:
            return None
        node = node.head
    found = place_in(pobj)
    if found is None or not _located(found):
        return None
    fired("place.fronted-scene")
    return found


STORY_TIMES = frozenset({"day", "night", "evening", "morning", "afternoon"})
"""The parts of a day a story tells a contact at, counted from a day it told before: "that night"."""


def place_told_before(trigger: Token, *, sentences_back: int = 3) -> Token | None:
    """ "There, X sat down with Y", "That night he spent nine hours with Y": a contact told at the story's scene
    took place where the story last put it, a few sentences back at most (rule place.told-before)."""
    if not _at_the_scene(trigger):
        return None
    doc = trigger.doc
    sents = [s for s in doc.sents if s.start <= trigger.sent.start][-sentences_back - 1 :]
    for token in reversed(doc[sents[0].start : trigger.i]):
        if token.dep_ != "pobj" or (token.head.lower_ not in ("in", "at") and not _travelled_to(token.head)):
            continue
        if (where := place_in(token)) is not None:
            return where
    return None


def _travelled_to(prep: Token) -> bool:
    """ "would fly to Mexico City": where a trip went."""
    return prep.lower_ == "to" and prep.head.lemma_.lower() in TRAVEL_VERBS


def _at_the_scene(trigger: Token) -> bool:
    """Whether the contact is told with "there" or "that night", "the same day"."""
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in trigger.children):
        return True
    doc = trigger.doc
    return any(
        t.lower_ in STORY_TIMES
        and t.i > 0
        and doc[t.i - 1].lower_ in ("that", "same")
        and trigger in (t.head, t.head.head)
        for t in trigger.sent
    ) or _trip_goes_on(trigger)


SIDE_PRONOUNS = frozenset({"he", "she", "they"})


def place_of_the_side_before(trigger: Token, *, sentences_back: int = 3) -> Token | None:
    """ "X met Y in Kathmandu on Monday. … Mr X also met Z at her residence": a further contact told with "also" goes
    on where a verb of the same subject, a few sentences back, put it (rule place.also-there). The subject is the
    same name, or a pronoun standing for a person named as that verb's subject. Only a verb's own "in" or "at"
    counts: a place of what was discussed ("developments in Libya") or of another subject's doing tells nothing, and
    a trip's end is left to place.trip-told-before, and a place visited ("will also visit Brazil") is the
    contact's own."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children):
        return None
    if any(place_in(c) is not None for c in trigger.children if c.dep_ == "dobj"):
        return None  # "He will also visit Brazil": the place visited is the contact's own
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    doc = trigger.doc
    every = doc_sents(doc)
    here = sentence_index(every, trigger.i)
    sents = every[max(here - sentences_back, 0) : here]
    if not sents:
        return None
    for token in reversed(doc[sents[0].start : trigger.sent.start]):
        verb = token.head.head
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at") or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in ARRIVAL_VERBS | TRAVEL_VERBS:
            continue  # a trip's end is carried on by place.trip-told-before
        if not any(_same_side(subject, c) for c in verb.children if c.dep_ == "nsubj"):
            continue
        if (where := place_in(token)) is not None:
            fired("place.also-there")
            return where
    return None


def _same_side(subject: Token, earlier: Token) -> bool:
    """Whether ``subject`` names the side ``earlier`` named: the same name, or a pronoun for a person's name."""
    if subject.lower_ in SIDE_PRONOUNS:
        return earlier.ent_type_ == "PERSON"
    return subject.pos_ == "PROPN" and subject.lower_ == earlier.lower_


def _trip_goes_on(trigger: Token) -> bool:
    """ "X arrived in Lima on Monday. On Tuesday he was received by the president": a contact of the traveller,
    told by a pronoun or the traveller's name in the sentence right after the trip's end, continues the trip (rule
    place.trip-goes-on)."""
    sent = trigger.sent
    if sent.start == 0:
        return False
    before = trigger.doc[sent.start - 1].sent
    root = before.root
    if root.lemma_.lower() not in ARRIVAL_VERBS | TRAVEL_VERBS or journey_end(root) is None:
        return False
    travellers = {c.lower_ for c in root.children if c.dep_ == "nsubj"}
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.lower_ in ("he", "she", "they") or s.lower_ in travellers for s in subjects):
        return False
    fired("place.trip-goes-on")
    return True


def premises_of(trigger: Token) -> Token | None:
    """ "met the judge in her chambers", "will receive her at the government palace", "a meeting at the ministry":
    the premises a contact was held at, named by a common noun that places it in no town (the caller places it in
    the story's city, rule place.premises-in-story-city); the parse may hang them on the side met."""
    nodes = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger, *_sides_met(trigger)]
    preps = [c for node in nodes for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    deeper = [p for p in own_clause_preps(verb) if p not in preps] if verb.pos_ == "VERB" else []
    for prep in preps + deeper:
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            if pobj.lemma_.lower() in BUILDING_WORDS | PREMISES_NOUNS:
                if prep in deeper:
                    fired("place.premises-in-own-clause")
                return pobj
    return None


def dateline_city_in_country(place: Location, trigger: Token, text: str) -> Location | None:
    """ "ACCRA — Kenya's president arrived in Ghana on Monday … he will hold talks with President Asare": an
    in-person contact told only as held in a country, in a story filed from a city of that country, took place in
    that city (rule place.dateline-city-in-country); not when the story names another town of that country, where
    the trip may have gone on ("arrived in Japan … then flew to Osaka"). The caller asks only for a contact held or
    under way, or one to come on a trip made; the towns the story names are looked up once per doc."""
    if place.lat is not None or place.country is None or not gazetteer().is_country_name(place.name):
        return None
    found = story_city(text)
    if found is None or found[0].country != place.country or found[0].lat is None:
        return None
    city, how = found
    if _other_town_of(trigger.doc, city):
        return None
    fired("place.dateline-city-in-country")
    if how is not None:
        fired(how)
    return city


def _other_town_of(doc: Doc, city: Location) -> bool:
    """Whether the story names a town of ``city``'s country other than ``city`` itself."""
    return any(
        text != city.name and country == city.country and name != city.name for text, country, name in _towns_named(doc)
    )


TOWNS_NAMED = "towns_named"
"""Where a doc keeps the towns its place-like entities name, each looked up in the gazetteer once."""


def _towns_named(doc: Doc) -> list[tuple[str, str | None, str]]:
    """The text, country and name of every town the story's place-like entities name, looked up once per doc."""
    if TOWNS_NAMED not in doc.user_data:
        towns = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC", "ORG"):
                continue
            found = gazetteer().locate(ent.text)
            if found is not None and found.lat is not None:
                towns.append((ent.text, found.country, found.name))
        doc.user_data[TOWNS_NAMED] = towns
    return doc.user_data[TOWNS_NAMED]
