"""Actors: the people, organisations, countries and outlets an article names.

Named entities from the parse are the start; context corrects the tagger
("Emmanuel Bonn … Bonn's visit" is a person, "an interview with RT" an
outlet), mentions of one entity are merged (full name, surname, possessive),
and titles and countries come from premodifiers and appositions.
Groups and anonymous sources are added later by the quote extractor, through
``ActorTable.add``.

This module finds them; the parts have modules of their own: ``actor_table``
(the table of mentions), ``outlets``, ``short_names``, ``name_forms``,
``untagged_people``, ``actor_titles`` and ``actor_countries``, over the shared
words of ``actor_words``.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import Actor, ActorKind, Article
from .actor_countries import fill_person
from .actor_table import ORDINAL_NUMBER, ActorTable, trimmed_ent
from .actor_titles import inside_title, style_after_the, title_before, titled_name
from .actor_words import (
    DESCRIPTOR_WORDS,
    ENTITY_LABELS,
    HONORIFICS,
    PARTICLES,
    PATRONYMIC_PARTICLES,
    address_before,
    common_words,
    doc_text,
    end_of_a_name_with_of,
    in_headline,
    is_headline,
    name_tokens,
    strip_possessive,
)
from .addressed_names import addressed_one_word_names, only_address_forms
from .archive_dashes import ARCHIVE_DASH
from .building_names import building_named, joined_building_names
from .compound_states import tag_compound_state_names
from .contact_words import TRAVEL_VERBS
from .doc_index import doc_index
from .gender import FEMALE_WORDS, MALE_WORDS, gender_of, given_names
from .glued_initials import glued_initial_names
from .government_names import name_governments_of_states
from .lexicon import (
    EVENT_NAME_HEADS,
    FAMILY_NAMES_FIRST,
    ORGANIZATION_WORDS,
    PAPER_PARTS,
    PAPER_VERBS,
    PAPER_WORDS,
    PLATFORM_NAMES,
    SPEECH_VERBS,
    TITLE_NOUNS,
    names_a_body,
)
from .movements import movement_name
from .name_forms import (
    addressed_given_name,
    after_honorific,
    demonyms_only,
    family_before_suffix,
    honorific_size,
    house_before_initials,
    inner_surname,
    inside_span,
    joined_persons,
    particle_form,
    particle_tail,
    pronoun_given_names,
    same_name_word,
    shorter_form,
    spelled_alike,
    style_before_name,
    style_not_given_name,
    surname_forms,
    through_inner_honorific,
    through_marked_words,
    through_particles,
    titles_as_names,
    unhyphened,
    whole_double_family_names,
    with_first_name_word,
    with_given_names,
)
from .name_variants import fold_spelling_variants
from .outlets import (
    a_bodys_name,
    add_outlet,
    add_outlets_by_usage,
    broadcaster_named_person,
    is_outlet_name,
    medium_context,
    outlet_noun_before,
    own_outlet,
    paper_by_its_word,
    reporting_context,
    reporting_titles,
)
from .pair_names import split_pair_names
from .people_by_evidence import addressed_at, fold_bodies_named_as_people
from .person_words import PEOPLE_NOUNS, RELATIVE_NOUNS
from .quotemarks import CLOSERS, OPENERS
from .royal_names import royal_names
from .short_names import (
    CORPORATE_WORDS,
    fold_acronyms,
    fold_company_short_names,
    fold_earlier_short_names,
    fold_handles,
    fold_titled_family_names,
    take_bracketed_acronyms,
)
from .trace import fired
from .untagged_people import (
    apposed_place_noun,
    city_in_place_role,
    company_noun_after,
    company_word_last,
    find_untagged_people,
    modifies_a_noun,
    name_shaped,
    named_by_a_part_alone,
    named_by_its_kind,
    of_aged,
    person_apposed,
    person_marked_names,
    run_on,
    where_someone_is,
)
from .when import ORDINAL_DAYS


def _paper_by_its_pronoun(ent: SpacySpan) -> bool:
    """ "Sarajevski Glasnik, as ever, looks for the middle ground. Its front page announces …" (rule
    actor.outlet-by-pronoun): a name the tagger took for a person's, with no given name, that the rest of its
    sentence or the next calls "it" as a paper ("its correspondent", "it reports", "the paper says") before any
    "he" or "she", is a paper's; not one the paper's words set inside the name's own clause report on ("Ambrose,
    the paper reported, spent three days in Havana")."""
    words = name_tokens(ent)
    if len(words) < 2 or words[0].lower_ in given_names() or title_before(ent) is not None:
        return False
    described = ent.root.dep_ == "appos" and ent.root.head.dep_ == "nsubj" and ent.root.head.i == ent.start - 1
    if ent.root.dep_ != "nsubj" and not described:  # "The monarchist Gaceta del Norte" parsed as apposed
        return False  # "its own president, Trajko Dimovski, who told the paper …": a person the paper names
    doc = ent.doc
    sent = ent.sent
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for token in doc[ent.end : stop]:
        low = token.lower_
        if low in ("he", "she", "his", "her", "him"):
            return False
        head = token.head.lemma_.lower()
        paper = low == "the" and token.head.lower_ in PAPER_WORDS and token.head.i == token.i + 1
        paper = paper and token.head.dep_ == "nsubj"  # not "told the paper", which a person does
        if paper and token.head.head.dep_ == "parataxis" and token.head.head.head.i == ent.root.head.i:
            return False  # "Clifford Ambrose, the paper reported, spent three days in Havana": whom it reports on
        if (low == "its" and head in PAPER_PARTS) or (low == "it" and token.dep_ == "nsubj" and head in PAPER_VERBS):
            paper = True
        if paper:
            fired("actor.outlet-by-pronoun")
            return True
    return False


def _given_name_first(ent: SpacySpan) -> bool:
    """ "Kassym-Jomart Tokayev", "Helena Vogt" tagged as an organisation: a name of two to four capitalised words
    whose first word (its parts joined at a hyphen) is a given name the press gives one sex only (data
    given_names.tsv) is a person's (rule actor.given-name-org); not one with a body's or a company's word
    ("Mohammed V University", "Ferris Petroleum"), a country's name or a word in capitals ("SOFIA TELEGRAPH
    AGENCY")."""
    words = "".join(t.text_with_ws for t in ent if not t.is_punct or t.text == "-").split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in given_names():
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    geo = gazetteer()
    return not any(
        w.casefold() in ORGANIZATION_WORDS or w.casefold() in CORPORATE_WORDS or geo.country_of(w) for w in words
    )


def find_actors(doc: Doc, article: Article) -> ActorTable:
    if ARCHIVE_DASH.search(article.text):
        fired("actor.archive-dash")  # the parser read it as an en dash (pipeline.analysable_text)
    tag_compound_state_names(doc)
    _tag_initials_before_titles(doc)
    table = ActorTable(doc, article)
    geo = gazetteer()
    ents = [trimmed_ent(e) for e in doc.ents if e.label_ in ENTITY_LABELS and e.text.strip()]
    ents += reporting_titles(doc)
    ents = [after_honorific(e) if e.label_ in ("PERSON", "ORG") else e for e in ents]
    ents = [with_given_names(e) if e.label_ in ("PERSON", "ORG") else e for e in ents]
    ents = through_particles([through_inner_honorific(e) for e in ents])
    ents = [after_honorific(e) if e.label_ == "PERSON" else e for e in ents]  # "Datuk Hasnah" + "binti Omar"
    ents = [e for e in ents if not style_before_name(e) and not house_before_initials(e)]
    ents = [movement_name(e) or e for e in ents]  # "the Aymara Katari movement" tagged "Aymara Katari"
    ents = joined_building_names(joined_around_nicknames(joined_persons(through_marked_words(ents))))
    glued = glued_initial_names(doc)
    people = [
        *glued,
        *(p for p in find_untagged_people(doc) if not any(g.start in range(p.start, p.end) for g in glued)),
    ]
    people += [p for p in named_by_a_part_alone(doc) if not any(p.start < q.end and q.start < p.end for q in people)]
    people += [p for p in titles_as_names(doc) if not any(p.start < q.end and q.start < p.end for q in people)]
    people += [p for p in pronoun_given_names(doc) if not any(p.start < q.end and q.start < p.end for q in people)]
    # "King Omar of Saudi Arabia": the name between the style and the realm, whatever the tagger made of it
    people += [p for p in royal_names(doc) if not any(p.start < q.end and q.start < p.end for q in people)]
    people += [p for p in addressed_one_word_names(doc) if not any(p.start < q.end and q.start < p.end for q in people)]
    ents = [e for e in ents if not only_address_forms(e)]  # "Lt. Col." before "Arshad"
    ents = [_ran_on(e) for e in ents if not any(e.start < p.end and p.start < e.end for p in people)]
    ents = [e for e in ents if e.label_ == "PERSON" or not any(inside_span(e, p) for p in ents if p.label_ == "PERSON")]
    ents = sorted([*ents, *map(after_honorific, people)], key=lambda e: e.start)
    ents = [with_first_name_word(e) for e in ents]
    aged = person_marked_names(ents)
    person_ents = [
        e
        for e in ents
        if (e.label_ == "PERSON" or (e.label_ == "ORG" and (titled_name(e) or of_aged(e, aged) or _apposed_person(e))))
        and len(name_tokens(e)) >= 2
    ]
    ents = whole_double_family_names(ents, person_ents)
    surnames = {name_tokens(e)[-1].text: e for e in person_ents}
    surnames.update({form: e for e in person_ents for form in surname_forms(strip_possessive(e.text))})
    surnames.update({w: e for e in person_ents if (w := inner_surname(strip_possessive(e.text))) and w not in surnames})
    # family name first ("Liu Qiang ... Liu said", "Park Ji-hoon ... Park travelled")
    surnames.update({t: e for t, e in _leading_names(person_ents).items() if t not in surnames})

    person_names = {HONORIFICS.sub("", strip_possessive(e.text)) for e in person_ents}
    modifiers = _modifier_names(ents)
    companies = {strip_possessive(e.text) for e in ents if e.label_ != "ORG" and company_noun_after(e)}
    # a name a person's marks go with somewhere ("Mr Putin", "President Putin") is no company's, whatever noun follows
    companies -= {strip_possessive(e.text) for e in ents if e.start > 0 and _person_marked_before(doc, e.start - 1)}
    for ent in ents:
        name = strip_possessive(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        label = ent.label_
        people = False
        if label in ("ORG", "FAC", "EVENT") and (body := _body_of_its_summit(ent)) is not None:
            fired("actor.body-of-its-summit")  # "the OSCE Summit" tagged as one name: the OSCE gathers there
            ent, name = body, body.text
        if (given := addressed_given_name(ent, surnames)) is not None:
            fired("actor.addressed-given-name")
            ent, name, label = given, given.text, "PERSON"
        if label == "NORP" or demonyms_only(name):
            continue  # a nationality is a country attribute, not an actor by itself: "Kazakh" tagged an organisation
        if inside_title(ent) or is_dateline(ent) or is_headline(ent) or common_words(ent):
            continue  # "Secretary of State" is part of a title; "GENEVA —" is where the story was filed
        if ent[0].lower_ in EVENT_NAME_HEADS:
            fired("actor.event-name")  # "Cyclone Winston" is a storm
            continue
        if end_of_a_name_with_of(ent):
            continue  # "Spain" in "Port of Spain" is no state
        if label in ("GPE", "ORG", "FAC", "LOC", "PERSON") and len(ent) == 1 and ent[0].text in surnames:
            label = "PERSON"
        if label in ("GPE", "ORG", "FAC", "LOC") and particle_form(name) in surnames:
            label = "PERSON"  # "De Mistura said", after "Staffan de Mistura"
        if label in ("GPE", "ORG", "FAC", "LOC") and any(shorter_form(name, full) for full in person_names):
            fired("actor.family-name-words")  # "Asante-Boateng said", after "Kwame Asante-Boateng"
            label = "PERSON"
        if label == "PERSON" and geo.country_of(name):
            label = "GPE"  # "Kyiv" tagged as a person
        elif label == "PERSON" and name not in surnames and _titled_city_name(ent):
            fired("actor.titled-not-city")  # "met President Preston": a title makes the town's name a person's
        elif label == "PERSON" and name not in surnames and (city_in_place_role(ent) or where_someone_is(ent)):
            fired("actor.city-not-person")  # "fled Mingora", "in Belo Horizonte", "a leader in Teluk Batik"
            label = "GPE"
        elif label in ("PERSON", "ORG") and name not in surnames and apposed_place_noun(ent):
            label = "GPE"  # "Wilmington, the state's biggest city", "Tema, the port town"
        elif label in ("PERSON", "GPE", "LOC", "FAC") and name in companies and name not in surnames:
            fired("actor.company-by-noun")  # "the state-owned Halvorsen corporation … Halvorsen's office"
            label = "ORG"
        elif label == "PERSON" and name in modifiers and name not in surnames:
            fired("actor.name-modifying-a-noun")  # "the Turkana governor", "the Siachen glacier": no one
            continue
        if label in ("ORG", "GPE", "FAC", "LOC") and name_shaped(ent) and person_apposed(ent):
            fired("actor.person-by-apposition")  # "the administrator, Litia Vunibola" tagged ORG
            label = "PERSON"
        elif label == "PERSON" and (named_by_its_kind(ent) or company_word_last(ent)):
            # rule actor.company-by-noun: "Musk's company SpaceX", "its subsidiary Tesvolt", "Ferris Petroleum"
            fired("actor.company-by-noun")
            label = "ORG"
        elif label == "PERSON" and (building := building_named(ent, surnames)) is not None:
            fired("actor.building-not-person")  # "Cotroceni Palace", "President’s House" tagged as a person
            ent, name, label = building, strip_possessive(building.text), "ORG"
        elif label in ("ORG", "FAC", "LOC") and geo.is_country_name(name):
            label = "GPE"  # "Paraguay's foreign minister" tagged as an organisation
        elif label in ("GPE", "LOC") and names_a_body(name):
            fired("actor.body-tagged-place")  # "the G7 summit in Hiroshima": "G7" tagged as a place is a body
            label = "ORG"
        elif label == "ORG" and len(ent) <= 3 and city_gone_to(name, ent.root):
            fired("actor.city-not-organisation")
            label = "GPE"
        elif label == "PERSON" and name not in surnames and _people_by_name(ent, surnames):
            fired("actor.people-by-name")  # "the Houthis' negotiator": a movement, not a person nor a paper
            label = "ORG"
            people = True
        elif label == "PERSON" and name.casefold() in PLATFORM_NAMES:
            label = "ORG"  # "on X, formerly Twitter": a platform is a company, never a person
        if label == "ORG" and name not in companies and _given_name_first(ent):
            fired("actor.given-name-org")
            label = "PERSON"
        if label in ("ORG", "GPE", "FAC", "LOC") and not geo.locate(name) and _one_name_described(ent):
            fired("actor.person-by-descriptor")  # "Barbadian singer-songwriter Rihanna" tagged as a place
            label = "PERSON"
        if label in ("ORG", "GPE", "FAC", "LOC") and titled_name(ent):
            label = "PERSON"  # "Kosovo's foreign minister, Arben Krasniqi" tagged as an organisation
        if label in ("ORG", "GPE", "FAC", "LOC") and of_aged(ent, aged):
            label = "PERSON"  # actor.person-by-age, -by-who, -by-address, -by-surname: "Mataafa, 47," tagged ORG
        outlet_like = (
            (is_outlet_name(name) and not _surname_of_someone(ent, surnames))
            or paper_by_its_word(ent)
            or own_outlet(name, article)
            or (label != "PERSON" and reporting_context(ent) and not a_bodys_name(name))
            or (label in ("PERSON", "ORG") and medium_context(ent))
            or (label == "PERSON" and (_paper_by_its_pronoun(ent) or broadcaster_named_person(name)))
            or outlet_noun_before(ent)
        )
        if outlet_like and not people and label in ("ORG", "GPE", "PERSON", "FAC") and not geo.country_of(name):
            add_outlet(table, name, ent)
            continue
        if label == "PERSON":
            _add_person(table, ent, person_names)
        elif label == "GPE" and geo.is_country_name(name):
            code = geo.country_of(name)
            if code is not None:
                table.country(code, mention=ent)
        elif label == "FAC" and geo.is_city(name) and not geo.is_building(name):
            fired("actor.city-not-building")  # "in Luang Prabang" tagged as a building is a place
            continue
        elif (label in ("ORG", "FAC") and not geo.is_capital(name)) or (label == "GPE" and geo.is_building(name)):
            country = org_country(ent)
            table.add(ActorKind.ORGANIZATION, name, mention=ent, country=country, key=_org_key(table, name, country))
    add_outlets_by_usage(table, doc)
    fold_company_short_names(table)
    fold_earlier_short_names(table)
    fold_titled_family_names(table)
    fold_spelling_variants(table)
    take_bracketed_acronyms(table)
    fold_acronyms(table)
    _add_surname_mentions(table, doc)
    split_pair_names(table, doc)
    fold_handles(table)
    name_governments_of_states(table)
    for actor in table.persons():
        fill_person(table, actor)
    fold_bodies_named_as_people(table)
    return table


def _surname_of_someone(ent: SpacySpan, surnames: dict[str, SpacySpan]) -> bool:
    """ "Christopher Hill … Hill said": one word that is the family name of a person the story names, written without
    "the", is that person, though a paper has the name ("The Hill"); not where it is used as a paper is ("according
    to Bloomberg", "Bloomberg reported") (rule actor.surname-not-outlet)."""
    if len(ent) != 1 or ent[0].text not in surnames or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False
    if reporting_context(ent):
        return False
    fired("actor.surname-not-outlet")
    return True


def _ran_on(ent: SpacySpan) -> SpacySpan:
    """The name run on to the words the tagger cut (``run_on``), without the honorific the longer name now shows
    to be one ("Mar Boulos" + "Khoury-Saadeh": "Boulos Khoury-Saadeh")."""
    longer = run_on(ent)
    return after_honorific(longer) if longer is not ent else ent


def city_gone_to(name: str, root: Token) -> bool:
    """ "visited Tiraspol", "flew to Calcutta", "talks in Almaty": a known city the tagger took for an organisation,
    where someone goes or something is held, is a place (rule actor.city-not-organisation); "talks between Chisinau
    and Tiraspol" or "Tiraspol said" keep their government."""
    geo = gazetteer()
    if not geo.is_city(name) or geo.is_building(name):
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() == "visit" or root.head.lemma_.lower() in TRAVEL_VERBS
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "to") and root.head.head.pos_ in ("VERB", "NOUN")


def _modifier_names(ents: list[SpacySpan]) -> set[str]:
    """Names the tagger took for people that only ever stand before a common noun, naming which one ("the
    Turkana governor", "Jubba leaders", rule actor.name-modifying-a-noun): a place's or a thing's name, not a
    person's. A word of a person's name that stands on its own somewhere is no such name."""
    used: dict[str, bool] = {}
    for ent in ents:
        if ent.label_ == "PERSON":
            name = strip_possessive(ent.text)
            used[name] = used.get(name, True) and modifies_a_noun(ent)
    others = {word for name, only in used.items() if not only for word in name.split()}
    return {name for name, only in used.items() if only and not set(name.split()) & others}


def _body_of_its_summit(ent: SpacySpan) -> SpacySpan | None:
    """ "OSCE" of "the OSCE Summit", "G20" of "the G20 Summit": a multilateral body's name before "Summit" in one
    name, which names the gathering, not who gathers."""
    words = [t for t in ent if t.lower_ != "the"]
    counted = bool(words) and _ordinal(words[0])
    if counted:
        words = words[1:]  # "the 34th ASEAN Summit": the count of the body's summits is no part of its name
    if len(words) < 2 or words[-1].lower_ != "summit":
        return None
    body = ent.doc[words[0].i : words[-1].i]
    if not names_a_body(body.text):
        return None
    if counted:
        fired("actor.body-of-its-counted-summit")
    return body


def _ordinal(token: Token) -> bool:
    """ "34th", "Eleventh": a word counting a series."""
    return bool(ORDINAL_NUMBER.fullmatch(token.text)) or token.lower_ in ORDINAL_DAYS


def _people_by_name(ent: SpacySpan, surnames: dict[str, SpacySpan]) -> bool:
    """One plural name after "the" ("the Houthis said", "the Houthis' negotiator"), a people or movement the
    tagger took for a person (rule actor.people-by-name). Not a family, which the story tells by naming one of
    its members ("Barack Obama … the Obamas"): the plural of a surname a person of the story has, or of a given
    name, stays people."""
    words = name_tokens(ent)
    if len(words) != 1 or not words[0].text.endswith("s") or ent.start == 0:
        return False
    if ent.doc[ent.start - 1].lower_ != "the":
        return False
    plural = words[0].text
    singulars = {plural[:-1], *([plural[:-2]] if plural.endswith("es") else [])}
    return not (singulars & set(surnames) or plural[:-1].casefold() in given_names())


def _apposed_person(ent: SpacySpan) -> bool:
    """A name the tagger took for an organisation's that an apposition makes a person's ("X, the board's chief
    negotiator"): its family name alone, further on, is that person too (rule actor.person-by-apposition)."""
    return name_shaped(ent) and person_apposed(ent)


INITIALS_BEFORE_TITLE = 4
"""Tokens after a title noun within which the person's name it titles must start."""


def _tag_initials_before_titles(doc: Doc) -> None:
    """ "ECOWAS President Omar Touray", "SADC chief Elias Magosi" (rule actor.initials-before-title): capital
    initials the tagger left untagged, right before a title noun that stands before a person's name, are a
    body's; they are tagged an organisation, so that the body is an actor and the title holds it. A country's
    ("UK", "US") is left to the gazetteer. Runs first, before anything reads the document's entities."""
    titles = np.flatnonzero(doc_index(doc).lower_where(TITLE_NOUNS.__contains__))
    before = [doc[i - 1] for i in titles.tolist() if 0 < i < len(doc) - 1]
    candidates = [t for t in before if t.is_upper and t.is_alpha and 2 <= len(t) <= 7 and t.ent_iob_ == "O"]
    if not candidates:
        return
    geo = gazetteer()
    persons = {e.start for e in doc.ents if e.label_ == "PERSON"}
    found = [
        SpacySpan(doc, t.i, t.i + 1, label="ORG")
        for t in candidates
        if any(k in persons for k in range(t.i + 2, t.i + 2 + INITIALS_BEFORE_TITLE)) and geo.country_of(t.text) is None
    ]
    if found:
        fired("actor.initials-before-title")
        doc.set_ents(found, default="unmodified")


def is_dateline(ent: SpacySpan) -> bool:
    """ "ADDIS ABABA — …": the place a story was filed from, not an actor."""
    doc = ent.doc
    starts_paragraph = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
    follows = doc[ent.end].text if ent.end < len(doc) else ""
    return starts_paragraph and ent.text.isupper() and follows in ("—", "–", "-", "--", ",", "(")


def _descriptor_end(tokens: list[Token], names: set[str]) -> int:
    """How many leading name tokens are a descriptor, not a name (rule actor.name-descriptor): a title or role
    word ("Billionaire Donald Trump", "Speaker Paul Ryan"), or words before a name the article gives on its own
    ("Conservative icon Ada Brill" when "Ada Brill" stands elsewhere), never a given name."""
    cut = 0
    if len(tokens) == 2 and tokens[0].lower_ in DESCRIPTOR_WORDS and _family_name_of(tokens[1].text, names):
        fired("actor.titled-family-name")  # "Councillor Pennick" after "Councillor Harold Pennick"
        return 1
    while len(tokens) - cut >= 3 or (len(tokens) - cut == 2 and tokens[cut + 1].text in names):
        rest = " ".join(t.text for t in tokens[cut + 1 :])
        word = tokens[cut].lower_
        patronymic = tokens[cut + 1].is_lower and tokens[cut + 1].lower_ in PATRONYMIC_PARTICLES
        if patronymic and not style_not_given_name(tokens[cut], len(tokens) - cut - 2):
            fired("actor.given-name-before-patronymic")  # "Sultan bin Mohammed": a given name, not a title
            break
        common = tokens[cut].pos_ in ("NOUN", "ADJ")  # the tagger's word for it, not a given name
        plural_title = word.endswith("s") and word[:-1] in TITLE_NOUNS  # "Governors X and Y"
        if word in DESCRIPTOR_WORDS or plural_title or (common and rest in names and len(tokens) - cut > 2):
            cut += 1
            continue
        if len(tokens) - cut >= 4 and tokens[cut + 1].lower_ in DESCRIPTOR_WORDS:
            cut += 2  # "Financial Officer Rachel Kim", "Managing Director Ana Lopes": a title of two words
            continue
        break
    return cut


def _family_name_of(word: str, names: set[str]) -> bool:
    """Whether ``word`` is the family name ending a person's name of two words or more the article gives
    elsewhere, not after a title of its own: a title and it ("Councillor Pennick", "Superintendent Ashby") name that
    person (rule actor.titled-family-name), not someone called "Councillor Pennick"."""
    return any(
        len(words := name.split()) >= 2 and words[-1] == word and words[0].lower() not in DESCRIPTOR_WORDS
        for name in names
    )


ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})
"""Words between a person's name and another name they go by."""
OPENING_QUOTES = frozenset(OPENERS + "\"'")
CLOSING_QUOTES = frozenset(CLOSERS + "\"'")
"""Marks that open and close a nickname: the typographic ones and the straight ones, which do either."""


def quoted_nickname(ent: SpacySpan) -> SpacySpan | None:
    """The one to three capitalised words in quote marks inside a person's name or just after it, the name the press
    calls them by (rule actor.nickname): "Benigno “Ninoy” Aquino Jr.", "Prime Minister Kamal Dahal ‘Surya’", "Luis
    Vidal “El Tigre”"."""
    doc = ent.doc
    for i in range(ent.start + 1, min(ent.end + 1, len(doc) - 2)):
        if doc[i].text not in OPENING_QUOTES or not doc[i - 1].is_alpha:
            continue
        end = i + 1
        while end < min(i + 4, len(doc)) and doc[end].is_alpha and doc[end].is_title:
            end += 1
        if end == i + 1 or end >= len(doc) or doc[end].text not in CLOSING_QUOTES:
            continue
        return doc[i + 1 : end]  # opened inside the name or right after it (the loop's range)
    return None


FAMILY_NAME_WORDS = 2
"""Untagged capitalised words after a nickname that can be the family name of the one it names."""


def joined_around_nicknames(ents: list[SpacySpan]) -> list[SpacySpan]:
    """'Luis Vidal "El Tigre" Moreno' tagged as a person running into the nickname or stopping before it, the family
    name after it tagged apart (or with the nickname) or not at all: one name with the nickname inside (rule
    actor.nickname), so that the family name is the person's."""
    out: list[SpacySpan] = []
    for ent in ents:
        last = out[-1] if out else None
        nickname = quoted_nickname(last) if last is not None and last.label_ == "PERSON" else None
        if last is not None and nickname is not None and _family_name_after(ent, nickname):
            out[-1] = SpacySpan(ent.doc, last.start, ent.end, label=last.label)
        else:
            out.append(_with_family_name(ent) if ent.label_ == "PERSON" else ent)
    return out


def _family_name_after(ent: SpacySpan, nickname: SpacySpan) -> bool:
    """Whether an entity runs past a nickname's closing mark from inside it or just after it: a person's taking in
    the nickname ('Lennox' + 'Bunny" Joseph'), or the family name alone, whatever the tagger called it ('Everton' +
    'Holder' an organisation)."""
    if not nickname.start <= ent.start <= nickname.end + 1 or ent.end <= nickname.end + 1:
        return False
    return ent.label_ == "PERSON" or (len(ent) <= FAMILY_NAME_WORDS and all(t.is_title for t in ent))


def _with_family_name(ent: SpacySpan) -> SpacySpan:
    """A person's name whose nickname is followed by a capitalised word or two the tagger left out: taken in."""
    doc = ent.doc
    nickname = quoted_nickname(ent)
    if nickname is None or nickname.end < ent.end - 1:
        return ent
    end = nickname.end + 1
    while end < min(nickname.end + 1 + FAMILY_NAME_WORDS, len(doc)) and doc[end].tag_ == "NNP" and doc[end].is_title:
        if doc[end].ent_iob_ != "O":
            return ent  # tagged: the join above takes it, or it is someone else's
        end += 1
    return ent if end == nickname.end + 1 else SpacySpan(doc, ent.start, end, label=ent.label)


def _one_name_described(ent: SpacySpan) -> bool:
    """ "Barbadian singer-songwriter Rihanna", "the musician Drakeo": one capitalised word after a lower-case noun
    for a person that modifies it is someone known by one name, whatever the tagger called it (rule
    actor.person-by-descriptor).
    Only the noun just before the name counts, not the words that modify it: "defence firm Saab", "women's rights
    group Femina" name a body, whatever person words stand before the body's noun."""
    if len(ent) != 1 or not ent[0].is_title or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ != "NOUN" or not before.is_lower or before.lemma_.lower() in ORGANIZATION_WORDS:
        return False
    if before.head.i != ent.root.i:
        return False  # "a three-man Zendan survey team": the noun before modifies another word, not the name
    return any(t.lemma_.lower() in PEOPLE_NOUNS for t in _hyphened_word(before))


def _hyphened_word(last: Token) -> list[Token]:
    """The words of a hyphened noun that ends in ``last`` ("singer-songwriter"): either part may be the one the
    vocabulary knows as a person."""
    doc, start = last.doc, last.i
    while (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
    ):
        start -= 2
    return [t for t in doc[start : last.i + 1] if t.text != "-"]


def _add_person(table: ActorTable, ent: SpacySpan, names: set[str] = frozenset()) -> None:
    """A person for a name the tagger found; one called in the name by a quoted nickname is named without it and
    is the one the nickname alone names later (rule actor.nickname)."""
    nickname = quoted_nickname(ent)
    if nickname is None:
        _add_named_person(table, ent, names)
        if (other := _name_after_alias(ent)) is not None and (actor := table.actor_at(ent[-1])) is not None:
            fired("actor.nickname")  # "Pushpa Kamal Dahal alias Prachanda"
            table.nicknames[other.text] = actor.id
            actor.aliases.append(other.text)
            table.add_mention(actor, ent.doc[other.i : other.i + 1])
        return
    fired("actor.nickname")
    marks = set(range(nickname.start - 1, nickname.end + 1))
    written = "".join(t.text_with_ws for t in ent if t.i not in marks).strip()
    _add_named_person(table, ent, names, written=" ".join(written.split()))
    actor = table.actor_at(ent[0]) or table.actor_at(ent[-1])
    if actor is not None:
        table.nicknames[nickname.text] = actor.id
        inside = HONORIFICS.sub("", strip_possessive(ent.text)) if nickname.end < ent.end - 1 else None
        for alias in (nickname.text, inside):  # and the name as written: 'Benigno "Ninoy" Aquino Jr.'
            if alias and alias != actor.name and alias not in actor.aliases:
                actor.aliases.append(alias)


def _name_after_alias(ent: SpacySpan) -> Token | None:
    """The one capitalised word after "alias" or "aka" just after a person's name: the other name the person goes
    by ("Pushpa Kamal Dahal alias Prachanda")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ALIAS_WORDS:
        return None
    word = doc[ent.end + 1]
    following = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
    if not (word.is_alpha and word.is_title) or (following is not None and following.is_title):
        return None
    return word


def _add_named_person(
    table: ActorTable, ent: SpacySpan, names: set[str] = frozenset(), written: str | None = None
) -> None:
    """A person for a name the tagger found, ``written`` so when a nickname is left out of it."""
    tokens = [t for t in name_tokens(ent) if not HONORIFICS.match(t.text + " ")]
    cut = _descriptor_end(tokens, names)
    if cut and tokens[cut].is_lower and tokens[cut].lower_ not in PARTICLES:
        return  # "the Head of State": the whole is a title, and "of State" is no one's name
    if cut:
        fired("actor.name-descriptor")
        descriptor = ent.doc[tokens[0].i : tokens[cut].i]
        ent = SpacySpan(ent.doc, tokens[cut].i, ent.end, label=ent.label)
        tokens = tokens[cut:]
        table.descriptors.setdefault(strip_possessive(ent.text), []).append(descriptor.text)
    if not tokens or (len(tokens) == 1 and style_after_the(tokens[0])):
        return  # "His Highness the Amir": the title of the ruler named so, no person of its own
    full = HONORIFICS.sub("", strip_possessive(written if written is not None else ent.text))
    if written is not None:
        tokens = [t for t in tokens if t.text in full.split()]
    surname = tokens[-1].text
    if (earlier := table.named_in_full(full)) is not None:
        fired("actor.family-name-words")
        table.add_mention(earlier, ent)
        return
    addressed = _addressed_gender(ent)
    if len(tokens) == 1 and (alone := _addressed_apart(table, full, addressed)) is not None:
        table.add_mention(alone, ent)  # "Mr Moss … Moss said": the man, not "Helena Moss" named before
        return
    if len(tokens) == 1 and addressed is None and (told := _sharer_told_by_pronoun(tokens[-1], table)) is not None:
        table.add_mention(told, ent)  # "Ruiz said she had …": Elena Ruiz, not Tomas Ruiz named first
        return
    for actor in table.persons():
        known = actor.name.split()
        forms = surname_forms(actor.name)
        by_inner = False
        if len(tokens) == 1 and addressed is not None and gender_of(actor) not in (None, addressed):
            fired("actor.address-other-gender")  # "Mr Moss" is not "Helena Moss" named before
            continue
        if len(tokens) == 1 and surname == family_before_suffix(actor.name):
            fired("actor.generational-suffix")  # "Mr. Biden" after "Joseph R. Biden Jr."
            forms = (*forms, surname)
        if (
            full == actor.name
            or (len(tokens) == 1 and known and (same_name_word(surname, known[-1]) or surname in forms))
            or (len(tokens) == 1 and table.nicknames.get(surname) == actor.id)
            or (by_inner := len(tokens) == 1 and surname == inner_surname(actor.name) and _only_inner(table, surname))
            or particle_form(full) in forms
            or particle_tail(full, actor.name) is not None
        ):
            if by_inner:
                fired("actor.inner-surname")
            if len(tokens) == 1 and known and surname != known[-1] and same_name_word(surname, known[-1]):
                fired("actor.name-without-accents")  # "Simao" after "Tete Simão"
            if full == unhyphened(actor.name):
                fired("actor.unhyphened")  # "Abdul Mahdi" after "Adel Abdul-Mahdi"
            table.add_mention(actor, _with_particles(table, ent, actor) if len(tokens) == 1 else ent)
            return
    if len(tokens) == 1:
        leading = [
            a for a in table.persons() if len(a.name.split()) >= 2 and same_name_word(surname, a.name.split()[0])
        ]
        if len(leading) > 1 and _shared_family_name_first(surname):
            fired("actor.shared-leading-family-name")
            leading = leading[:1]  # "Kim Jong Un … Kim Yong-chol … Trump and Kim": the one named first
        if len(leading) == 1:
            if leading[0].name.split()[0] != surname:
                fired("actor.name-without-accents")
            table.add_mention(leading[0], ent)  # a family name written first: "Liu Qiang", then "Liu"
            return
    for actor in table.persons():
        known = actor.name.split()
        if len(tokens) >= 2 and len(known) == 1 and (known[0] == surname or full.endswith(" " + known[0])):
            actor.aliases.append(actor.name)
            actor.name = full
            table.add_mention(actor, ent)
            return
        if (
            len(tokens) >= 2
            and len(known) == 1
            and known[0] == tokens[0].text
            and (_by_first_name(table, actor) or _given_name_told_first(table, actor, ent))
        ):
            # rule actor.first-name-first: "Anwar" in the headline or "Datuk Seri Anwar", then "Anwar Ibrahim"
            actor.aliases.append(actor.name)
            actor.name = full
            table.add_mention(actor, ent)
            return
        if len(known) == 1 and known[0] == inner_surname(full) and not _named_otherwise(table, known[0]):
            # rule actor.inner-surname: "Valladares's travels" in the headline, then "Ernesto Valladares Funes"
            fired("actor.inner-surname")
            actor.aliases.append(actor.name)
            actor.name = full
            table.add_mention(actor, ent)
            return
    table.add(ActorKind.PERSON, full, mention=ent, key=full)


def _addressed_gender(ent: SpacySpan) -> str | None:
    """The gender a form of address before or in a one-word name tells ("Mr Moss", "Mrs Moss"), or None (rule
    actor.address-other-gender): a man addressed as "Mr" is not the woman of that family name named before him
    ("the first lady, Helena Moss … Mr Moss said"), whom the family name alone would fold him into."""
    words = [t.text for t in ent if HONORIFICS.match(t.text + " ")]
    if (before := address_before(ent)) is not None:
        words.append(before.text)
    said = " ".join(words)
    female, male = bool(FEMALE_WORDS.search(said)), bool(MALE_WORDS.search(said))
    return ("f" if female else "m") if female != male else None


def _addressed_apart(table: ActorTable, word: str, addressed: str | None) -> Actor | None:
    """The person called by the one word ``word`` whom a form of address set apart from someone of that family name
    and the other gender (rule actor.address-other-gender): a later bare "Moss" is that person too, and so is a
    "Mr Moss"; a "Mrs Moss" is not (``addressed``: the gender the mention's own form of address tells)."""
    for actor in table.persons():
        if actor.name != word or (told := gender_of(actor)) is None or addressed not in (None, told):
            continue
        if any(other.name.split()[-1] == word and gender_of(other) not in (None, told) for other in table.persons()):
            fired("actor.address-other-gender")
            return actor
    return None


def _by_first_name(table: ActorTable, actor: Actor) -> bool:
    """Whether a person named so far by one word only, which now opens a full name, is that person called by the
    first name, as Malay, Indonesian, Thai and Arab names are (rule actor.first-name-first): the word was in the
    headline, or after a style of two words or more ("Datuk Seri Anwar", "Tan Sri Muhyiddin")."""
    doc = table.doc
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # a headline stands above a body: one paragraph alone is no headline, though it ends in "!"
        headline = "\n" in doc_text(doc) and in_headline(doc, mention.start)
        if span is not None and (headline or (span.start > 1 and honorific_size(doc, span.start - 1) >= 2)):
            fired("actor.first-name-first")
            return True
    return False


def _given_name_told_first(table: ActorTable, actor: Actor, full: SpacySpan) -> bool:
    """Whether a person named so far by one word only, which now opens a full name, is that person called by a
    given name before the story names them in full (rule actor.given-name-first): "Anwar was next" in a line under
    the headline, "His son, Luc, said", then "Anwar Ibrahim", "Luc Thibodeau". The word must be a given name
    (given_names.tsv), not a place or a body the tagger took for a person ("Birgunj", "Haneul"), and never written
    after a title or a form of address ("President Jackson", "Mr Jackson"), which tell a family name."""
    if actor.name.casefold() not in given_names():
        return False
    doc = table.doc
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        if addressed_at(doc, span.start - 1) or _titled(doc, span.start):
            return False
        if _kin_named(doc, span.start) and _titled(doc, full.start):
            return False  # "The victim's brother, Ahmed" is not "Interior Minister Ahmed Karimi"
    fired("actor.given-name-first")
    return True


def _kin_named(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` stands after a word for kin, with or without a comma ("His son, Luc",
    "his wife Rosa")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in RELATIVE_NOUNS


def _titled(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is told after a title of office ("Interior Minister Ahmed Karimi"): a
    person the story introduces by office, not the kin it named by a given name before (rule
    actor.given-name-first)."""
    return start > 0 and doc[start - 1].is_title and doc[start - 1].lemma_.lower() in TITLE_NOUNS


def _named_otherwise(table: ActorTable, word: str) -> bool:
    """Someone named so far has ``word`` as the family name ending a name of two words or more, or as the middle of
    a longer name."""
    return any(
        len(a.name.split()) >= 2 and word in (a.name.split()[-1], inner_surname(a.name)) for a in table.persons()
    )


def _only_inner(table: ActorTable, word: str) -> bool:
    """Only one person named so far has ``word`` as the inner family name of a three- or four-word name
    (``inner_surname``: "Estrada" of "Gabriela Estrada Ruiz", "Aguilar" of "Marco Tulio Aguilar Rosales"), and none
    has it as the last word of the name."""
    persons = table.persons()
    return sum(inner_surname(a.name) == word for a in persons) == 1 and not any(
        a.name.split()[-1] == word for a in persons
    )


def _leading_names(person_ents: list[SpacySpan]) -> dict[str, SpacySpan]:
    """First words of full names: the family name in "Liu Qiang"; of names that share it, the one named first."""
    firsts: dict[str, list[SpacySpan]] = {}
    for ent in person_ents:
        tokens = [t for t in name_tokens(ent) if not HONORIFICS.match(t.text + " ")]
        if len(tokens) >= 2:
            firsts.setdefault(tokens[0].text, []).append(ent)
    return {word: ents[0] for word, ents in firsts.items() if _one_name(ents) or _shared_family_name_first(word)}


def _shared_family_name_first(word: str) -> bool:
    """Whether ``word``, the first word of two people's names or more, is told alone of the one named first (rule
    actor.shared-leading-family-name): "Kim Jong Un … Kim Yong-chol … Trump and Kim", "Li Ming … Li Wei … Li said",
    as a family name put last is. Only a family name written first (FAMILY_NAMES_FIRST): a Western name's first
    word is a given name ("John Kerry … John McCain")."""
    return word.casefold() in FAMILY_NAMES_FIRST


def _one_name(ents: list[SpacySpan]) -> bool:
    """Whether the names are one, spelt alike or another way ("Ri Son-gwon", "Ri Son Gwon")."""
    return all(e.text == ents[0].text or spelled_alike(e.text, ents[0].text) for e in ents)


def _add_surname_mentions(table: ActorTable, doc: Doc) -> None:
    """Bare surnames the tagger missed ("Bonn's goal") join the named person; of people who share one, the one
    named first, whom the story follows (rule actor.shared-family-name), as a tagged family name does."""
    surnames: dict[str, Actor] = {}
    shared: set[str] = set()
    for actor in (a for a in table.persons() if len(a.name.split()) >= 2):
        if (family := actor.name.split()[-1]) in surnames:
            shared.add(family)
        surnames.setdefault(family, actor)
    for actor in table.persons():
        for form in surname_forms(actor.name):
            if " " not in form:
                surnames.setdefault(form, actor)
    leading: dict[str, list[Actor]] = {}
    for actor in table.persons():
        if len(actor.name.split()) >= 2:
            leading.setdefault(actor.name.split()[0], []).append(actor)
    shared_leading = {w for w, found in leading.items() if len(found) > 1 and _shared_family_name_first(w)}
    told_alone = {w: found[0] for w, found in leading.items() if len(found) == 1 or w in shared_leading}
    surnames.update({w: a for w, a in told_alone.items() if w not in surnames})
    inner = {w: a for a in table.persons() if (w := inner_surname(a.name)) and _only_inner(table, w)}
    by_inner = {w for w in inner if w not in surnames}
    surnames.update({w: a for w, a in inner.items() if w not in surnames})
    surnames.update({w: a for w, i in table.nicknames.items() if (a := table.get(i)) is not None})
    for token in doc_index(doc).with_text(surnames.keys()):
        if token.i in table.token_actor or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if (other := _hyphened_to(token)) is not None and other.text not in surnames:
            continue  # "Aumua" of "Losa Aumua-Schuster" is hers; "Nair-Haddad talks" name two people
        actor = surnames[token.text]
        if token.text in shared:
            if (told := _sharer_told_by_pronoun(token, table)) is not None:
                actor = told
            else:
                fired("actor.shared-family-name")  # "Rodrigo Duterte … his mother, Soledad Roa Duterte": he
        elif token.text in shared_leading and surnames[token.text] is leading[token.text][0]:
            fired("actor.shared-leading-family-name")  # "Kim Jong Un … Kim Yong-chol … Trump and Kim": Kim Jong Un
        if token.text in by_inner:
            fired("actor.inner-surname")
        table.add_mention(actor, _with_particles(table, doc[token.i : token.i + 1], actor))
    _add_double_name_mentions(table, doc)


def _sharer_told_by_pronoun(token: Token, table: ActorTable) -> Actor | None:
    """Of two people or more named in full with the family name ``token``, the one whose gender is that of the
    pronoun its own words go on with ("Ruiz said she had raised trade", after "President Tomas Ruiz" and "Foreign
    Minister Elena Ruiz"), if only one is (rule actor.shared-family-name-pronoun); else none, and the one named
    first is meant (rule actor.shared-family-name)."""
    if (told := _pronoun_gender_after(token)) is None:
        return None
    sharing = [a for a in table.persons() if len(a.name.split()) >= 2 and a.name.split()[-1] == token.text]
    fitting = [p for p in sharing if gender_of(p) == told]
    if len(sharing) < 2 or len(fitting) != 1:
        return None
    fired("actor.shared-family-name-pronoun")
    return fitting[0]


def _pronoun_gender_after(token: Token) -> str | None:
    """The gender of "he" or "she" subject of what ``token``, subject of a verb of saying, said ("Ruiz said she had
    raised trade"), which is the speaker's own."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ("he", "she"):
                return "m" if subject.lower_ == "he" else "f"
    return None


def _add_double_name_mentions(table: ActorTable, doc: Doc) -> None:
    """A hyphenated family name the tagger missed ("De Wit-Hoogendoorn had prepared …", at a sentence's start) is
    a mention of the one person named in full with it (rule actor.double-family-name)."""
    doubles: dict[str, list[Actor]] = {}
    for actor in table.persons():
        if len(words := actor.name.split()) >= 2 and "-" in words[-1]:
            doubles.setdefault(words[-1], []).append(actor)
    last_pieces = {word.split("-")[-1]: word for word, found in doubles.items() if len(found) == 1}
    for token in doc_index(doc).with_text(last_pieces.keys()):
        word = last_pieces[token.text]
        start = token.i - 2 * word.count("-")
        if start < 0 or doc[start : token.i + 1].text != word:
            continue
        if any(i in table.token_actor for i in range(start, token.i + 1)):
            continue
        fired("actor.double-family-name")
        actor = doubles[word][0]
        table.add_mention(actor, _with_particles(table, doc[start : token.i + 1], actor))


def _with_particles(table: ActorTable, mention: SpacySpan, actor: Actor) -> SpacySpan:
    """A mention of ``actor`` by the family name alone, with the particles before it that are part of the name
    ("de la Fuente", "Van der Berg", rule actor.surname-particle) when the tagger or the parse left them out."""
    doc = mention.doc
    start = mention.start
    while start > 0 and doc[start - 1].lower_ in PARTICLES and start - 1 not in table.token_actor:
        start -= 1
    while start < mention.start and particle_tail(strip_possessive(doc[start : mention.end].text), actor.name) is None:
        start += 1
    if start < mention.start:
        fired("actor.surname-particle")
    return doc[start : mention.end]


def _hyphened_to(token: Token) -> Token | None:
    """The word a hyphen joins ``token`` to, without spaces ("Schuster" for "Aumua" in "Aumua-Schuster")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        return doc[token.i + 2] if not doc[token.i + 1].whitespace_ else None
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return doc[token.i - 2] if not doc[token.i - 2].whitespace_ else None
    return None


def _org_key(table: ActorTable, name: str, country: str | None) -> str | None:
    """The key an organisation named ``name`` is filed under (rule actor.org-per-country): "Peru's Foreign
    Ministry" and "Chile's Foreign Ministry" are two ministries; a bare "the Foreign Ministry" is the one named
    last. None files it under its name."""
    named = [a for a in table.actors if a.kind is ActorKind.ORGANIZATION and a.name.casefold() == name.casefold()]
    if not named:
        return None
    if country is None:
        latest = max(named, key=lambda a: a.mentions[-1].start if a.mentions else -1)
        if latest is named[0]:
            return None
        fired("actor.org-per-country")
        return f"{name}|{latest.country}"
    if named[0].country in (None, country):
        return None
    fired("actor.org-per-country")
    return f"{name}|{country}"


def org_country(ent: SpacySpan) -> str | None:
    """ "Russian Foreign Ministry", "the Kremlin", "China's Ministry of Commerce"."""
    geo = gazetteer()
    # "the New Zealand High Commission in Apia" is New Zealand's: a country in the name before where it sits
    at = next((t.i for t in ent if t.lower_ in ("in", "at")), ent.end)
    for start, end in ((ent.start, at), (at, ent.end)):
        for i in range(start, end):
            for n in (3, 2, 1):
                if i + n <= end and (code := geo.country_of(ent.doc[i : i + n].text)):
                    return code
    for child in ent.root.children:
        if child.i < ent.start and child.dep_ in ("poss", "amod", "compound") and (code := geo.country_of(child.text)):
            return code
    return geo.country_of(strip_possessive(ent.text))


def _titled_city_name(ent: SpacySpan) -> bool:
    """ "will meet President Preston", "a meeting with President Lincoln": a known town's name the tagger took for a
    person's, used where a place could stand, is still a person's when a title or a form of address stands right
    before it (rule actor.titled-not-city); a town has no president of its own name."""
    return ent.start > 0 and _person_marked_before(ent.doc, ent.start - 1) and city_in_place_role(ent)


def _person_marked_before(doc: Doc, at: int) -> bool:
    """A form of address or a title noun ends at token ``at``: "Mr", "Dr.", "President", "Minister"."""
    return addressed_at(doc, at) or doc[at].lower_ in TITLE_NOUNS
