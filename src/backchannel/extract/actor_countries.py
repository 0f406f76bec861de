"""A person's country from context: a nationality adjective, the state of a ministry or government, the
group they belong to, and counterparts in a meeting."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..datelines import dateline_city
from ..geo import gazetteer, normalise
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_titles import title_apposed, title_before, title_before_initials, title_joined_before
from .actor_words import (
    ADDRESS_WORDS,
    GOVERNMENT_TITLE,
    country_name_opening,
    doc_sents,
    entity_at,
    owners_named,
    sentence_index,
    strip_possessive,
)
from .contact_words import GATHERINGS, HOST_VERBS, INVITATION_SENDERS, MEET_VERBS, NOUN_MODES, SIDELINES, TRAVEL_VERBS
from .doc_index import doc_index
from .held_offices import office_to_be_taken_over
from .lexicon import (
    GATHERING_PREPS,
    LOCAL_OFFICE_WORDS,
    MULTILATERAL_BODIES,
    OFFICE_BODIES,
    PORTFOLIO_WORDS,
    POSTED_ABROAD_TITLES,
    PROVINCE_STATES,
    RANK_WORDS,
    SPEECH_VERBS,
    TITLE_NOUNS,
    mended_lemma,
)
from .name_forms import demonyms_only, surname_forms
from .outlet_home import MAX_STATE_WORDS, outlet_domain_state, outlet_named_state
from .person_words import PEOPLE_NOUNS
from .trace import fired


def fill_person(table: ActorTable, actor: Actor) -> None:
    doc = table.doc
    for form in surname_forms(actor.name):
        if form not in actor.aliases:
            fired("actor.surname-particle")
            actor.aliases.append(form)  # "de Mistura", "Hariri"
    for descriptor in table.descriptors.get(actor.name, []):
        if descriptor not in actor.titles:
            actor.titles.append(descriptor)
    for mention in actor.mentions:
        ent = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if ent is None:
            continue
        if (office := office_to_be_taken_over(ent)) is not None and office not in actor.titles:
            actor.titles.append(office)  # "who will succeed Rowley as prime minister": Rowley holds it now
        before, apposed = title_before(ent), title_apposed(ent)
        for title in (before, title_joined_before(before), title_before_initials(ent, before), apposed):
            if title is None:
                continue
            text = strip_possessive(re.sub(r"^(his|her|their|its)\s+", "", title.text, flags=re.IGNORECASE))
            if text and text not in actor.titles:
                actor.titles.append(text)
            if actor.country is None:
                actor.country = _country_in(title)
                if not actor.country and (joined := _country_in(_joined_before(title))):
                    fired("actor.country-before-title")  # "Japan's Prime Minister X", "Solomon Islands Premier X"
                    actor.country = joined
        if actor.country is None:
            actor.country = _country_from_group(ent) or _country_from_poss(ent) or _country_after(ent)
        if actor.country is None and (titled := _title_of_state_apposed_before(ent)) is not None:
            fired("actor.country-in-title-before")
            title, actor.country = titled
            if not any(t in title for t in actor.titles):
                actor.titles.append(title)  # the tagger's cut of it ("President-elect") is kept
        if actor.country is None:
            actor.country = next(filter(None, map(_country_of_local_office, (before, apposed))), None)
    if actor.country is None:
        actor.country = _country_from_description(table, actor)
        if actor.country is not None:
            fired("actor.country-from-context")
    if actor.country is None and (principal := _country_of_principal(table, actor)) is not None:
        fired("actor.country-of-principal")
        actor.country = principal
    if actor.country is None and any(GOVERNMENT_TITLE.search(t) for t in actor.titles):
        actor.country = _country_of_body_spoken_for(table, actor)
    if actor.country is None and any(_bare_office(t) for t in actor.titles):
        actor.country = _country_of_host(table, actor)
    if actor.country is None and actor.titles and all(_bare_office(t) for t in actor.titles):
        actor.country = _country_of_dateline(table, actor) or _country_of_outlet_domain(table, actor)


POSSESSED_TITLE = re.compile(r"^(?P<owner>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})(?:'s|’s|') (?P<role>.+)$")
OTHER_SIDE_ROLES = frozenset(
    {"counterpart", "counterparts", "rival", "opponent", "challenger", "critic", "host", "guest", "visitor"}
)
"""Roles a person has towards another that say nothing of whose state the person serves: "Moon's counterpart"."""


def _country_of_principal(table: ActorTable, actor: Actor) -> str | None:
    """ "Chung Eui-yong, Moon's top security advisor", "Putin's spokesman Dmitry Peskov": a person titled by another
    named person's possessive serves that person's state (rule actor.country-of-principal), whatever the role, but
    for the roles of another side (``OTHER_SIDE_ROLES``, judged by the role's last word: a counterpart, a rival, a
    host), and only when every person of that name has one and the same state."""
    for title in [*actor.titles, *_possessed_titles(table, actor)]:
        found = POSSESSED_TITLE.match(title)
        if found is None or found["role"].split()[-1].lower() in OTHER_SIDE_ROLES:
            continue
        owner = found["owner"]
        principals = [
            p
            for p in table.actors
            if p is not actor and p.kind is ActorKind.PERSON and owner in (p.name, *p.aliases, p.name.split()[-1])
        ]
        states = {p.country for p in principals}
        if len(states) == 1 and None not in states:
            return states.pop()
    return None


def _possessed_titles(table: ActorTable, actor: Actor) -> list[str]:
    """The titles before the person's name with the possessor the title leaves out: "Putin's spokesman" of "Putin's
    spokesman Dmitry Peskov", whose title is "spokesman"."""
    out = []
    for mention in actor.mentions:
        ent = table.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        before = title_before(ent) if ent is not None else None
        if before is None or before.start < 2 or table.doc[before.start - 1].lower_ not in ("'s", "’s"):
            continue
        owner = table.doc[before.start - 2]
        out.append(f"{owner.text}'s {before.text}")
    return out


GOVERNMENT_GROUPS = frozenset({"official", "diplomat", "delegation", "delegate", "envoy", "negotiator", "minister"})
DESCRIPTION_TOKENS = 400
"""How far back a description of the same person ("a senior Japanese diplomat") is looked for."""


def _country_from_description(table: ActorTable, actor: Actor) -> str | None:
    """ "a senior Japanese diplomat … The diplomat, Keiko Arisawa" makes Arisawa Japanese; "talks with North Korean
    officials … met Vice Foreign Minister Pak Myong Ho" makes Pak North Korean (rule actor.country-from-context).
    The nearest earlier noun of the person's title, or, for a government title, officials in the person's sentence
    or the one before, with a nationality: a spokesman two paragraphs on is not one of the officials met."""
    first = table.doc.char_span(actor.mentions[0].start, actor.mentions[0].end, alignment_mode="expand")
    if first is None:
        return None
    heads = {title.split()[-1].lower() for title in actor.titles if title.split()}
    government = any(GOVERNMENT_TITLE.search(t) for t in actor.titles)
    if not heads and not government:
        return None
    sents = doc_sents(table.doc)
    here = sentence_index(sents, first.start)
    group_start = sents[max(here - 1, 0)].start  # officials of a country stand for an official met next to them
    described = _nationality_before(table, first.start - DESCRIPTION_TOKENS, first, heads)
    if described is not None or not government:
        return described  # the person's own description outranks the officials beside them
    return _nationality_before(table, group_start, first, GOVERNMENT_GROUPS, _counterparts_states(first))


def _counterparts_states(person: SpacySpan) -> frozenset[str]:
    """The states of the counterparts the person's sentence names (rule actor.country-not-counterpart): in "X
    and his Chilean counterpart will meet", X is not Chilean, whatever officials stand before."""
    states = frozenset(
        code for token in person.sent if token.lemma_.lower() == "counterpart" for code in nationalities(token)
    )
    if states:
        fired("actor.country-not-counterpart")
    return states


def nationalities(noun: Token) -> dict[str, SpacySpan]:
    """The states a noun's words name, with the words that name each: "Canadian officials", "Saudi and American
    mediators", "officials from Tokyo and Seoul" (a capital names its state)."""
    geo = gazetteer()
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")]
    words += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    if misread_demonym(noun.head) and noun.dep_ == "conj" and words:
        words.insert(0, noun.head)  # "Kyrgyz and Kazakh officials", parsed as "Kyrgyz" and "Kazakh officials"
    states: dict[str, SpacySpan] = {}
    for first in words:
        for word in (first, *first.conjuncts):
            ent = entity_at(word)
            if ent is not None and ent.label_ not in ("NORP", "GPE") and not demonyms_only(ent.text):
                continue  # an organisation's name, unless the tagger so called a nationality ("Kazakh")
            said = ent if ent is not None else word.doc[word.i : word.i + 1]
            code = geo.country_of(said.text)
            if code is not None and code not in states:
                states[code] = said
    return states


def misread_demonym(token: Token) -> bool:
    """ "Kyrgyz" in "Kyrgyz and Kazakh officials met", which the parse makes a head of its own, joined to "Kazakh
    officials": a word for a country's people, with a plural noun of the same kind after "and"."""
    if not gazetteer().is_demonym(token.text) or token.tag_ in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "conj" and c.tag_ == "NNS" and c.i > token.i for c in token.children)


def _nationality_before(
    table: ActorTable,
    start: int,
    person: SpacySpan,
    nouns: set[str] | frozenset[str],
    others: frozenset[str] = frozenset(),
) -> str | None:
    """The country of the nearest noun among ``nouns`` between ``start`` and the ``person``'s mention that has a
    nationality, leaving out the other side of the person's own meeting: in "the South Korean envoy met Vice
    Foreign Minister Pak", the envoy is who Pak met, not one of his (rule actor.country-not-counterpart); and
    leaving out the states in ``others``, those of the person's counterparts."""
    geo = gazetteer()
    for token in reversed(doc_index(table.doc).with_lemma(frozenset(nouns))):
        if not max(start, 0) <= token.i < person.start or token.pos_ != "NOUN":
            continue
        if _counterparts(token, person.root):
            fired("actor.country-not-counterpart")
            continue
        before = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")]
        for child in [*before, *_state_after(token)]:
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("NORP", "GPE") and (code := geo.country_of(ent.text)):
                if code in others:
                    continue  # the other side's officials
                if child.i > token.i:
                    fired("actor.country-of-officials")
                return code
    return None


def _state_after(noun: Token) -> list[Token]:
    """The state named after a group's noun (rule actor.country-of-officials): "officials of Kazakhstan",
    "diplomats from Peru"."""
    return [g for g in owners_named(noun) if g.ent_type_ == "GPE"]


SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass", "agent"})
OBJECT_ARCS = frozenset({"dobj", "prep", "dative", "pobj"})


def _counterparts(one: Token, other: Token) -> bool:
    """``one`` and ``other`` are subject and object of the same verb, either way round ("X met Y")."""
    if one.sent.start != other.sent.start:
        return False
    sides = []
    for token in (one, other):
        arc = token
        while arc.head.i != arc.i and arc.head.pos_ not in ("VERB", "AUX"):
            arc = arc.head
        if arc.head.i == arc.i:
            return False
        sides.append((arc.head.i, arc.dep_))
    (verb, arc_one), (other_verb, arc_other) = sides
    return (
        verb == other_verb
        and {arc_one in SUBJECT_ARCS, arc_other in SUBJECT_ARCS} == {True, False}
        and (arc_one in OBJECT_ARCS or arc_other in OBJECT_ARCS)
    )


def _joined_before(title: SpacySpan) -> SpacySpan:
    """The two words before a title when they are joined to it ("Japan's Prime Minister"), none when they only
    stand before it: in "President Ana Vera of Argentina met Prime Minister David Levin", "Argentina met" is not
    Levin's (rule actor.country-before-title)."""
    doc, start = title.doc, title.start
    before = doc[start - 1] if start else None
    tagged = entity_at(before) if before is not None else None
    spans = [tagged] if tagged is not None and tagged.end == start else []
    spans += [doc[start - size : start] for size in (3, 2, 1) if start >= size]
    for country in spans:
        # "Solomon Islands Prime Minister Jeremiah Manele", "U.S. Secretary of State X", however the parse hangs
        # the country's name, tagged or not; not "in Kenya President Ruto …"
        opening = country.start == 0 or doc[country.start - 1].pos_ != "ADP"
        named = country is tagged or all(t.is_title for t in country)
        if opening and named and gazetteer().country_of(country.text):
            return country
    if before is None or not (before.tag_ == "POS" or title.start <= before.head.i < title.end):
        return doc[start:start]
    return doc[max(start - 2, 0) : start]


def _country_in(title: SpacySpan) -> str | None:
    """The country a title names: "South Korean President" (two words), "Russian Foreign Minister". A country after
    "to", "for" or "in" is where the person is posted, not theirs: "the UN envoy for Syria", "ambassador to Japan"."""
    geo = gazetteer()
    posting = next((t.i for t in title if t.lower_ in POSTING_PREPOSITIONS), title.end)
    words = [t.text for t in title if t.i < posting]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if code := geo.country_of(" ".join(words[i : i + size])):
                return code
    return None


POSTING_PREPOSITIONS = frozenset({"to", "for", "in", "at"})


def _country_of_local_office(title: SpacySpan | None) -> str | None:
    """The country of the town, district or province a local office names, in the title or joined before it
    (rule actor.country-of-local-office): "the Narva mayor", "Del Rio Mayor X", "the mayor of Ciudad Juárez",
    "the Karonga District Commissioner". The tagger names such towns anything (a person, an organisation), so
    the gazetteer decides (a city or a US state) or the lexicon's provinces ("the Alberta premier"), written with
    capitals; not a place after "to", "for", "in" or
    "at" ("the commissioner for Geneva affairs")."""
    if title is None:
        return None
    lowered = f" {title.text.lower()} "
    if not any(f" {word} " in lowered for word in LOCAL_OFFICE_WORDS):
        return None
    joined = _joined_before(title)
    posting = next((t.i for t in title if t.lower_ in POSTING_PREPOSITIONS), title.end)
    words = [t for t in (*joined, *title) if t.i < posting]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if not all(_place_word(t) for t in run):
                continue
            name = strip_possessive(title.doc[run[0].i : run[-1].i + 1].text)
            if (code := _state_of_place(name)) is not None:
                fired("actor.country-of-local-office")
                return code
    return None


def _state_of_place(name: str) -> str | None:
    """The country of a town, a US state or a province ("Alberta", "Sonora"); None for a country's own name, which
    ``_country_in`` reads."""
    geo = gazetteer()
    if geo.is_country_name(name):
        return None
    located = geo.locate(name)
    if located is not None and located.country:
        return located.country
    return PROVINCE_STATES.get(normalise(name))


def _place_word(token: Token) -> bool:
    """A word that may be part of a town's name in a title: capitalised, not an acronym ("UN"), and no word of
    the title itself ("District", "Governor")."""
    lower = strip_possessive(token.text).lower()
    if not token.text[:1].isupper() or (token.is_upper and len(token.text) > 1):
        return False
    return lower not in TITLE_WORDS


PLACE_OFFICE_WORDS = frozenset({"city", "county", "district", "municipal", "provincial", "regional", "state", "town"})
"""Words a local office's title holds beside its place's name ("the Karonga District Commissioner")."""
TITLE_WORDS = TITLE_NOUNS | PORTFOLIO_WORDS | RANK_WORDS | LOCAL_OFFICE_WORDS | PLACE_OFFICE_WORDS
"""The words of a title, which are no part of a town's name in it."""


def _country_from_group(ent: SpacySpan) -> str | None:
    """ "Russian officials, including presidential aide Yuri Ushakov": Russian. The group is people (rule
    actor.country-group-of-people): in "an Algerian suggestion for X to travel on" the suggestion is Algeria's,
    not X, and one office holder ("the Jordanian monarch") is no group."""
    geo = gazetteer()
    node = ent.root
    for _ in range(3):
        node = node.head
        if node.lower_ in ("including", "among", "like") or node.dep_ == "prep":
            group = node.head
            if group.lemma_.lower() not in PEOPLE_NOUNS | GOVERNMENT_GROUPS:
                fired("actor.country-group-of-people")
                continue
            if node.lower_ == "including" and group.tag_ == "NN" and group.lemma_.lower() in TITLE_NOUNS:
                fired("actor.country-group-of-people")  # "the Jordanian monarch and Israeli leaders, including X"
                continue  # one office holder includes no one: the parse hung the list on the first of two
            for child in group.children:
                if child.dep_ in ("amod", "compound", "poss") and (code := geo.country_of(child.text)):
                    return code
        if node.head.i == node.i:
            break
    return None


def _country_after(ent: SpacySpan) -> str | None:
    """ "President Emmanuel Macron of France", "Prime Minister Mark Carney of Canada": a country right after the
    name, joined by "of" (rule actor.country-after-name)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    after = doc[ent.end + 1]
    start = ent.end + 2 if after.lower_ == "the" else ent.end + 1  # "of the Bahamas": the name after "the"
    country = entity_at(after)
    if country is None and after.i < start < len(doc):
        country = entity_at(doc[start])
    code = gazetteer().country_of(strip_possessive(country.text)) if country is not None else None
    if code is None and (untagged := country_name_opening(doc[start : start + MAX_STATE_WORDS])) is not None:
        code = gazetteer().country_of(untagged.text)
    if code is not None:
        fired("actor.country-after-name")
    return code


MAX_TITLED_STATE_WORDS = 7
"""The most words between a title's "of" and the comma before the name ("of the Federative Republic of Brazil")."""
STATE_STYLE = re.compile(
    r"^(?:the )?(?:(?:[\w'-]+ ){0,2}(?:republic|kingdom|state|emirate|principality|sultanate) of (?:the )?)?(.+?)"
    r"(?: (?:republic|federation))?$",
    re.IGNORECASE,
)
"""A state named in its style: "the Republic of Moldova", "the Kyrgyz Republic", "the Hashemite Kingdom of Jordan",
"the Democratic Republic of the Congo"; not a body's "Football Federation of Peru"."""


def _title_of_state_apposed_before(ent: SpacySpan) -> tuple[str, str] | None:
    """ "The Foreign Minister of Uzbekistan, Rustam Khodjaev", "the President-elect of the Republic of Moldova, Ana
    Vidal": a title whose "of" names a state, set before the name with a comma, and that state (rule
    actor.country-in-title-before). Only a state's own name, in its style or not, follows the "of": the president
    of a football association named for its country heads a body, not a state."""
    doc = ent.doc
    comma = ent.start - 1
    if comma < 3 or doc[comma].text != ",":
        return None
    for of in range(comma - 2, max(comma - 2 - MAX_TITLED_STATE_WORDS, ent.sent.start), -1):
        if doc[of].lower_ != "of" or not _title_word(doc, of - 1):
            continue
        said = doc[of + 1 : comma].text
        named = STATE_STYLE.match(said)
        code = (gazetteer().country_of(named.group(1)) if named else None) or gazetteer().country_of(said)
        if code is None:
            return None
        start = of - 1
        while start > ent.sent.start and (doc[start - 1].is_title or doc[start - 1].text == "-"):
            start -= 1  # "Foreign Minister", "President-elect", not "The"
        if doc[start].lower_ == "the":
            start += 1
        return doc[start:comma].text, code
    return None


def _title_word(doc: Doc, i: int) -> bool:
    """A title's last word: "Minister", "President", "King", "President-elect"."""
    word = doc[i]
    if word.lower_ == "elect" and i >= 2 and doc[i - 1].text == "-":
        word = doc[i - 2]
    return GOVERNMENT_TITLE.fullmatch(word.lower_) is not None or word.lower_ in TITLE_NOUNS | ADDRESS_WORDS


def _country_from_poss(ent: SpacySpan) -> str | None:
    geo = gazetteer()
    for child in ent.root.children:
        if child.dep_ == "poss" and (code := geo.country_of(child.text)):
            return code
    return _state_possessive_before(ent)


def _state_possessive_before(ent: SpacySpan) -> str | None:
    """ "talks with Iraq's Hayan Saleh and Libya's Omar Fathi": the state whose possessive the name follows, however
    the parse hung it (rule actor.state-possessive-of-name: the parse may join "Libya" to the name before)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return None
    geo = gazetteer()
    for size in range(1, MAX_STATE_WORDS + 1):
        words = doc[max(ent.start - 1 - size, 0) : ent.start - 1]
        if words[0].is_title and (code := geo.country_of(words.text)) and geo.is_country_name(words.text):
            fired("actor.state-possessive-of-name")
            return code
    return None


SPOKEN_CLAUSES = frozenset({"ccomp", "parataxis"})
NAME_LINKING_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&", "'s", "’s"})
"""Words that link the words of a body's name or a title ("Ministry of Foreign Affairs"), left out when they are
compared."""


def _country_of_body_spoken_for(table: ActorTable, actor: Actor) -> str | None:
    """The state of the body a government official with no stated country belongs to or speaks for, named in a
    sentence of his (rule actor.country-of-body-spoken-for): the body his title names ("a spokeswoman for the
    foreign ministry", "the council's spokesman", "its general secretary"), the body his title's office is ("the
    Commerce Department said Secretary X"), or the body whose words he gives ("the Kremlin will not comment,
    press secretary X said"). Not any body his sentence names: in "the White House said Foreign Minister Ana Ruiz
    would arrive", Ruiz is not American."""
    for mention in actor.mentions:
        ent = table.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if ent is None:
            continue
        seen: set[str] = set()
        for token in ent.sent:
            body = table.actor_at(token)
            if body is None or body.id in seen or body.kind is not ActorKind.ORGANIZATION or not body.country:
                continue
            seen.add(body.id)
            if _counterparts(ent.root, token) or _of_several_states(body):
                continue  # whom he meets ("X would meet Chinese Foreign Ministry officials"); a body of no one state
            if (
                _title_names(actor.titles, body)
                or (_office_of(actor.titles, body) and _in_his_clause(ent.root, token))
                or _its_title(ent, token)
                or _speaks_for(ent.root, token)
            ):
                fired("actor.country-of-body-spoken-for")
                return body.country
    return None


def _bare_office(title: str) -> bool:
    """A title of a state's office that names no state or body: "President", "Prime Minister", "King", "Foreign
    Minister"."""
    words = [w for w in _name_words(title) if w not in RANK_WORDS]
    plain = all(w in TITLE_NOUNS or w in PORTFOLIO_WORDS for w in words)
    return bool(words) and plain and (GOVERNMENT_TITLE.search(title) is not None or words[-1] in ADDRESS_WORDS)


def _country_of_host(table: ActorTable, actor: Actor) -> str | None:
    """The state of a capital a visitor came to, for the person titled only "President", "King" or "Foreign
    Minister" who received him there or whom he went there to see (rule actor.country-of-host): "the envoy
    arrived in Bissau and was received by President X", "she flew to Taipei for talks with President X", "he
    flew to the Somali capital and spent an evening with President X". Not the one who travels: "President X flew
    to Paris"."""
    for mention in actor.mentions:
        ent = table.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if ent is None or not _received(ent.root):
            continue
        if _at_gathering(ent.sent):
            continue  # a summit's capital is no host's: its guests come from everywhere
        if (code := _capital_gone_to(ent.sent)) is not None:
            fired("actor.country-of-host")
            return code
        if _hosts_a_visit(ent.root) and (code := _state_visited_before(table, ent)) is not None:
            fired("actor.country-of-visit-host")
            return code
    return None


MAX_VISIT_REACH = 3
"""How many sentences before a host's own the journey to his state may be told ("X arrived in Fiji last night. ¶
… ¶ X was later hosted to a dinner by Prime Minister Y")."""


def _hosts_a_visit(person: Token) -> bool:
    """The person is met, received or invited as part of a visit: a word of visiting or hosting governs him or is
    the subject of a word that does ("the visit is at the invitation of President X", "was hosted to a dinner by
    Prime Minister X", "a trip that will include talks with President X", "on a state visit to Japan, X held talks
    with Prime Minister Y"); not a call with him in a sentence that
    tells a visit elsewhere ("X spoke with his minister, who said the envoy would be received by …") (rule
    actor.country-of-visit-host)."""
    for word in person.ancestors:
        subjects = [c for c in word.children if c.dep_ in SUBJECT_ARCS]
        if any(
            _visit_word(w)
            for w in (word, *subjects, *_journeys_on(word), *(j for s in subjects for j in _journeys_on(s)))
        ):
            return True
    return False


def _journeys_on(word: Token) -> list[Token]:
    """The nouns of the preposition phrases a word has: "on a state visit to Japan", "in a second round of trip"."""
    return [g for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _visit_word(token: Token) -> bool:
    lemma = mended_lemma(token)
    return NOUN_MODES.get(lemma) == "visit" or lemma in HOST_VERBS or lemma in TRAVEL_VERBS


def _state_visited_before(table: ActorTable, person: SpacySpan) -> str | None:
    """The one state, by its name or its capital's, that a journey told before the host in his sentence, or in one
    of the few before it, goes to, the nearest first: "X visited Turkey on Wednesday. … The visit is at the
    invitation of President Y" (rule actor.country-of-visit-host). A journey on after the meeting ("held talks
    with Prime Minister Y before flying on to Tonga") is no visit to him; a sentence with journeys to two states,
    or one at a gathering, ends the search: whose state is not told."""
    sents = doc_sents(table.doc)
    here = sentence_index(sents, person.start)
    for sent in reversed(sents[max(here - MAX_VISIT_REACH, 0) : here + 1]):
        states = _states_gone_to(sent[: person.start - sent.start] if sent.start == sents[here].start else sent)
        if len(states) > 1 or (states and _at_gathering(sent)):
            return None
        if states:
            return states.pop()
    return None


def _states_gone_to(words: SpacySpan) -> set[str]:
    """The states journeys told in ``words`` go to, named by the state's name or its capital's: "visited Turkey",
    "arrived into Fiji", "an official visit to Thailand", "arrived in Bissau"; not a journey home, nor a place one
    only is in ("the answer is in Santiago")."""
    geo = gazetteer()
    states: set[str] = set()
    for token in words:
        visited = token.dep_ == "dobj" and mended_lemma(token.head) == "visit"
        gone = token.dep_ == "pobj" and mended_lemma(token.head.head) != "be" and _gone_to(token.head)
        if not visited and not gone:
            continue
        for place in (token, *token.conjuncts):  # "flew to Peru and Chile"
            ent = entity_at(place)
            name = ent.text if ent is not None else place.text
            if (geo.is_country_name(name) or geo.is_capital(name)) and (code := geo.country_of(name)) is not None:
                states.add(code)  # whatever the tagger called it: "arrived in Samoa", tagged an organisation
    return states


def _country_of_dateline(table: ActorTable, actor: Actor) -> str | None:
    """The state of the city the story is filed from, for a person titled only by a state's office who acts in
    it as a subject, when the outlet's own name is of that state too (rule actor.country-of-dateline): "KATHMANDU
    — Foreign Minister X on Thursday called in the Indian ambassador" in The Kathmandu Courier. The press at home
    names its own state's officials so, and a guest with his state ("the
    Indian foreign minister"); not one who travels ("Foreign Minister X arrived"), nor one only met, called or
    received, who may be the host abroad ("… met President X in Managua")."""
    city = dateline_city(table.article.text)
    code = gazetteer().state_of(city) if city else None
    if code is None or outlet_named_state(table.article) != code:
        return None  # a wire's story filed from Geneva names a guest "President X" as readily as a host
    if _acts_at_home(table, actor):
        fired("actor.country-of-dateline")
        return code
    return None


def _country_of_outlet_domain(table: ActorTable, actor: Actor) -> str | None:
    """The state whose country-code domain the outlet's address ends in, for a person titled only by a state's
    office who acts in the story as a subject, as in the rule before (rule actor.country-of-outlet-domain):
    "Prime Minister X told parliament" on "dailynews.co.tz". Not when the story is filed from another state's
    city (a paper's correspondent abroad names that state's leader so too), nor for an ambassador, envoy or
    spokesman, who in the home press is as often a foreign state's."""
    code = outlet_domain_state(table.article)
    city = dateline_city(table.article.text)
    if code is None or (city and gazetteer().state_of(city) not in (None, code)):
        return None
    if any(set(_name_words(t)) & POSTED_ABROAD_TITLES for t in actor.titles):
        return None  # "Ambassador X" in the capital's paper is more often a foreign state's
    if _acts_at_home(table, actor):
        fired("actor.country-of-outlet-domain")
        return code
    return None


def _acts_at_home(table: ActorTable, actor: Actor) -> bool:
    """The person is the subject of some verb, and never of a verb of travel (he may go to the city the story is
    filed from)."""
    acts = False
    for mention in actor.mentions:
        ent = table.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if ent is None or ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if mended_lemma(ent.root.head) in TRAVEL_VERBS:
            return False
        acts = True
    return acts


def _at_gathering(sent: SpacySpan) -> bool:
    """The sentence puts the contact at a gathering or on its sidelines (rule actor.country-of-host): "talks with
    President X on the sidelines of the African Union summit", "met President X at a regional forum" in the
    capital that hosts it, where the president may be any member's; not the meeting with him itself ("at a
    meeting with President X")."""
    for token in sent:
        if token.dep_ != "pobj" or any(c.lower_ == "with" for c in token.children):
            continue
        prep = token.head
        if token.lower_ in SIDELINES and prep.lower_ in ("on", "at", "in"):
            return True
        if (token.lemma_.lower() in GATHERINGS or token.lower_ in GATHERINGS) and _of_many(token):
            if prep.lower_ in GATHERING_PREPS or (prep.lower_ == "of" and prep.head.lower_ in SIDELINES):
                return True
    return False


def _of_many(gathering: Token) -> bool:
    """A summit or forum gathers many; "a meeting" does only when its members are told ("a meeting of the Arab
    League", "the ASEAN ministers' meeting"): "talks with President X at a meeting on the dams" is the meeting
    with him."""
    if gathering.lemma_.lower() != "meeting":
        return True
    return any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in gathering.children)


def _received(person: Token) -> bool:
    """The person is whom a visitor meets or is received by: the one talks are held with ("for talks with X"),
    the agent of a passive verb of hosting or meeting ("was received by X"), or the object of a verb of meeting
    (the object of "hosted" is the guest). A name apposed to its title stands where the title does ("hosted by
    Prime Minister, X")."""
    while person.dep_ == "appos" and person.head.i != person.i:
        person = person.head
    head = person.head
    if person.dep_ == "pobj" and head.lower_ == "with":
        return True
    if person.dep_ == "pobj" and head.lower_ in INVITATION_SENDERS and head.head.lemma_.lower() in INVITERS_NOUNS:
        return True  # "at the invitation of X", "as guest of X"
    if person.dep_ == "pobj" and head.lower_ == "by":
        verb = head.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "received at the palace by X", where the parse hangs "by" on the palace
        return mended_lemma(verb) in HOST_VERBS | MEET_VERBS
    return person.dep_ == "dobj" and mended_lemma(head) in MEET_VERBS


INVITERS_NOUNS = frozenset({"guest", "invitation"})
"""Nouns whose "of" or "from" names the visitor's host: "at the invitation of X", "as the guest of X"."""


def _capital_gone_to(sent: SpacySpan) -> str | None:
    """The state of the capital a sentence's journey goes to or stays in: "arrived in Bissau", "was in Taipei for
    talks", "was received in Nairobi", "flew to the Somali capital", "a visit to Hanoi"; not the capital of a
    journey home ("before flying back to Washington")."""
    geo = gazetteer()
    for token in sent:
        if token.dep_ != "pobj" or not _gone_to(token.head):
            continue
        if token.lower_ == "capital":
            states = [code for c in token.children if c.dep_ == "amod" and (code := geo.country_of(c.text))]
            if states:
                return states[0]
            continue
        ent = entity_at(token)
        name = ent.text if ent is not None else token.text
        if geo.is_capital(name) and not geo.is_country_name(name):
            return geo.country_of(name)
    return None


def _gone_to(prep: Token) -> bool:
    """ "to" or "into" after a verb of travel or a visit, "in" after one of arriving, being or receiving ("was
    received by X in Nairobi")."""
    verb = prep.head
    if prep.lower_ == "in" and verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb = verb.head.head  # "received by X in Nairobi", where the parse hangs the place on X
    lemma = mended_lemma(verb)
    if lemma == "return" or any(c.lower_ in ("back", "home") for c in verb.children):
        return False
    if prep.lower_ in ("to", "into"):
        return lemma in TRAVEL_VERBS or NOUN_MODES.get(lemma) == "visit"
    return prep.lower_ == "in" and (lemma in TRAVEL_VERBS or lemma in HOST_VERBS or lemma == "be")


def _of_several_states(body: Actor) -> bool:
    return bool({body.name.lower(), *(a.lower() for a in body.aliases)} & MULTILATERAL_BODIES)


def _name_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'.-]+", strip_possessive(text).lower()) if w not in NAME_LINKING_WORDS]


def _title_names(titles: list[str], body: Actor) -> bool:
    """A title that names the body by the last word of its name: "BIN spokesman", "the council's spokeswoman",
    "a spokeswoman for the foreign ministry"."""
    heads = {words[-1] for name in (body.name, *body.aliases) if (words := _name_words(name))}
    return any(heads & {strip_possessive(w) for w in _name_words(title)} for title in titles)


def _office_of(titles: list[str], body: Actor) -> bool:
    """A title whose office is the body: a minister's ministry, a secretary's department, an ambassador's embassy,
    each word of the title's brief in the body's name ("Foreign Minister" and "the Foreign Ministry", "Secretary
    of State" and "the State Department"; not "Soviet Deputy Foreign Minister" and "Lithuania's Foreign
    Ministry")."""
    names = [set(_name_words(name)) for name in (body.name, *body.aliases)]
    for title in titles:
        words = _name_words(title)
        office = next((OFFICE_BODIES[w] for w in reversed(words) if w in OFFICE_BODIES), None)
        if office is None:
            continue
        brief = {w for w in words if w not in TITLE_NOUNS and w not in RANK_WORDS}
        if any(office in name and brief <= name for name in names):
            return True
    return False


CLAUSE_ARCS = frozenset({"advcl", "relcl", "ccomp", "parataxis", "csubj"})
"""Arcs that hang a clause of its own on a word."""


def _clause_of(token: Token) -> Token:
    """The head of the clause a word stands in: the nearest word above it (or itself) hung by a clause's arc, a verb
    joined by "and", or the sentence's root."""
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_ARCS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return token
        token = token.head
    return token


def _in_his_clause(person: Token, body: Token) -> bool:
    """The body stands in the official's own clause ("Foreign Minister X of the Foreign Ministry", "a ministry
    spokesman, X") or in the clause that tells his ("the Kenyan Foreign Ministry said Minister X would travel"),
    not in a clause of its own: in "Foreign Minister Ana Ruiz summoned the ambassador after the Russian Foreign
    Ministry expelled two diplomats", the ministry is not hers (rule actor.country-of-body-spoken-for)."""
    return _told_in(_clause_of(person), _clause_of(body)) or _his_words(person, body)


def _told_in(clause: Token, own: Token) -> bool:
    """Whether ``clause`` is ``own`` or a clause that ``own``, going up through the clauses that tell others'
    words or deeds, tells."""
    while True:
        if clause.i == own.i:
            return True
        if clause.dep_ not in SPOKEN_CLAUSES or clause.head.i == clause.i:
            return False
        clause = _clause_of(clause.head)  # the clause that tells his words or deeds


def _his_words(person: Token, body: Token) -> bool:
    """The body stands in what the official says: "Foreign Minister X said that the Kenyan Foreign Ministry had
    summoned the ambassador" (he speaks of his own ministry's act)."""
    clause = _clause_of(person)
    if not any(c.dep_ == "nsubj" and c.left_edge.i <= person.i <= c.right_edge.i for c in clause.children):
        return False
    return _told_in(_clause_of(body), clause)


def _its_title(person: SpacySpan, body: Token) -> bool:
    """ "The growers' association … and its general secretary, Anand Prasad": a title owned by "its", the body
    named before it."""
    doc = person.doc
    before = doc[max(person.sent.start, person.start - MAX_ITS_REACH) : person.start]
    return body.i < person.start and any(t.lower_ == "its" and t.dep_ == "poss" for t in before)


MAX_ITS_REACH = 5
"""How many words before a name an "its" owning the person's title may stand ("its deputy general secretary, X")."""


def _speaks_for(person: Token, body: Token) -> bool:
    """The person is the speaker of words whose subject is the body: "the Kremlin will neither confirm nor deny
    it, explained press secretary X" (where the parse may make the speaker the object of a verb joined to the
    words)."""
    verb = person.head
    inverted = person.dep_ == "dobj" and person.i > verb.i  # "…, explained X"
    if not (person.dep_ in ("nsubj", "nsubjpass") or inverted) or mended_lemma(verb) not in SPEECH_VERBS:
        return False
    if body.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = body.head
    links = SPOKEN_CLAUSES | ({"conj"} if clause.i < verb.i else set())
    told = clause.head.i == verb.i and clause.dep_ in SPOKEN_CLAUSES
    return told or (verb.head.i == clause.i and verb.dep_ in links)
