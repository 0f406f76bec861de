"""Actors: the people, organisations, countries and outlets an article names.

Named entities from the parse are the start; context corrects the tagger
("Emmanuel Bonn … Bonn's visit" is a person, "an interview with RT" an
outlet), mentions of one entity are merged (full name, surname, possessive),
and titles and countries come from premodifiers and appositions.
Groups and anonymous sources are added later by the quote extractor, through
``ActorTable.add``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_STOP, IS_TITLE, POS, SPACY
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..dates import MONTHS
from ..geo import gazetteer
from ..records import Actor, ActorKind, Article, Span
from .contact_words import NOUN_MODES, PHONE_WORDS
from .doc_index import doc_index
from .gender import FEMALE_WORDS, MALE_WORDS, given_names
from .lexicon import (
    COURTESY_FORMS,
    EVENT_NAME_HEADS,
    KNOWN_OUTLETS,
    NEWS_AGENCY_WORDS,
    ORGANIZATION_WORDS,
    OUTLET_NAME_WORDS,
    PLATFORM_NAMES,
    PORTFOLIO_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_NOUNS,
    WRITTEN_ABBREVIATIONS,
)
from .lexicon import HONORIFICS as HONORIFIC_WORDS
from .person_words import PEOPLE_NOUNS, RELATIVE_NOUNS, ROLE_NOUNS
from .trace import fired

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
TITLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "det", "npadvmod"}
GOVERNMENT_TITLE = re.compile(
    r"president|presidential|minister|ministry|secretary|spokes|ambassador|envoy|aide|adviser|advisor|"
    r"chancellor|premier|official|diplomat|kremlin|government",
    re.IGNORECASE,
)
MAX_TITLE_TOKENS = 8
NAME_CACHE = 4096
"""Names whose forms are kept once worked out: each person's name is asked about for every other name."""


@dataclass
class ActorTable:
    """Actors of one article and which tokens mention them."""

    doc: Doc
    article: Article
    actors: list[Actor] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    by_id: dict[str, Actor] = field(default_factory=dict)
    descriptors: dict[str, list[str]] = field(default_factory=dict)
    """Words cut from the front of a person's name ("Billionaire"), by name: titles once the person is made."""

    def get(self, actor_id: str | None) -> Actor | None:
        return self.by_id.get(actor_id) if actor_id is not None else None

    def add(
        self,
        kind: ActorKind,
        name: str,
        *,
        mention: SpacySpan | None = None,
        via: str | None = None,
        country: str | None = None,
        key: str | None = None,
    ) -> Actor:
        """An actor for ``name``, created once per kind and key."""
        name = name.strip()
        lookup = (kind.value, (key or name).casefold())
        shortened = self.named_in_full(name) if kind is ActorKind.PERSON else None
        if kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET) and shortened is None:
            shortened = self.spelled_out(name)
        if lookup in self.by_key:
            actor = self.get(self.by_key[lookup])
            assert actor is not None
        elif shortened is not None:
            # "Sanhá Có", "Asante-Mensah": the person named in full before; "the PPSU": the union spelled out before
            fired("actor.family-name-words" if kind is ActorKind.PERSON else "actor.acronym")
            actor = shortened
        else:
            prefix = {"person": "p", "outlet": "o", "anonymous": "s", "group": "g", "country": "c"}.get(kind.value, "r")
            n = len(self.actors) + 1
            while f"{prefix}{n}" in self.by_id:  # an actor folded into another freed a number below the last
                n += 1
            actor = Actor(id=f"{prefix}{n}", name=name, kind=kind, via=via, country=country)
            self.actors.append(actor)
            self.by_id[actor.id] = actor
            self.by_key[lookup] = actor.id
        if mention is not None:
            self.add_mention(actor, mention)
        return actor

    def named_in_full(self, name: str) -> Actor | None:
        """The one person whose fuller name ``name`` is a shorter form of (rule actor.family-name-words)."""
        found = [a for a in self.actors if a.kind is ActorKind.PERSON and shorter_form(name, a.name)]
        return found[0] if len(found) == 1 else None

    def spelled_out(self, name: str) -> Actor | None:
        """The one organisation named in full whose initials ``name`` is ("the PPSU" after "the Pan-Pacific
        Swimming Union"), for a body first met by its initials after the actors were found (rule actor.acronym)."""
        short = re.sub(r"^(the|The)\s+", "", name)
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            return None
        found = [
            a
            for a in self.actors
            if a.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET)
            and len(a.name.split()) >= 2
            and _initials(a.name) == short
        ]
        return found[0] if len(found) == 1 else None

    def add_mention(self, actor: Actor, mention: SpacySpan) -> None:
        mention = _without_blanks(mention)
        if not len(mention):
            return
        span = Span.of(self.article.text, mention.start_char, mention.end_char)
        if span not in actor.mentions:
            actor.mentions.append(span)
            actor.mentions.sort(key=lambda s: s.start)
        for token in mention:
            self.token_actor.setdefault(token.i, actor.id)
        alias = strip_possessive(mention.text)
        if actor.kind is ActorKind.PERSON and (tail := _particle_tail(alias, actor.name)) is not None:
            fired("actor.surname-particle")
            alias = tail  # "Bin Zayed said": "bin Zayed", as the name has it
        if actor.kind is ActorKind.PERSON and (address := _address_before(mention)) is not None:
            alias = f"{address.text} {alias}"  # "Mr Ardon", "Fru Haugen": how the article addresses them
        if alias and alias != actor.name and alias not in actor.aliases and len(alias) > 1:
            actor.aliases.append(alias)

    def country(self, code: str, mention: SpacySpan | None = None) -> Actor:
        """The actor for the state with ISO code ``code``, one per article."""
        return self.add(ActorKind.COUNTRY, gazetteer().display.get(code, code), mention=mention, country=code, key=code)

    def state_at(self, place: Token) -> Actor | None:
        """The state a place token names, as a country or by its capital: "in Moscow", "to Ukraine"."""
        geo = gazetteer()
        ent = entity_at(place)
        name = place_name(place)
        code = geo.country_of(name) if geo.is_country_name(name) or geo.is_capital(name) else None
        if code is None:
            return None
        return self.country(code, mention=ent if ent is not None else place.doc[place.i : place.i + 1])

    def actor_at(self, token: Token) -> Actor | None:
        return self.get(self.token_actor.get(token.i))

    def actor_at_index(self, i: int) -> Actor | None:
        """``actor_at(doc[i])`` without making the token, for loops over many positions."""
        return self.get(self.token_actor.get(i))

    def actor_in(self, tokens: SpacySpan | list[Token]) -> Actor | None:
        """The last actor named inside a phrase (its head usually comes last in English noun phrases)."""
        found = [self.actor_at(t) for t in tokens]
        found_actors = [a for a in found if a is not None]
        return found_actors[-1] if found_actors else None

    def persons(self) -> list[Actor]:
        return [a for a in self.actors if a.kind is ActorKind.PERSON]


def date_word(token: Token) -> bool:
    """A day, or a month after one, opening a sentence before a name: "7", "7th", "7 June"; not the given name of
    "May Britt Lund"."""
    if token.like_num or ORDINAL_NUMBER.fullmatch(token.text):
        return True
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.lower_ in MONTHS and before is not None and bool(before.like_num or ORDINAL_NUMBER.fullmatch(before.text))
    )


ORDINAL_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _trimmed_ent(ent: SpacySpan) -> SpacySpan:
    """An entity without the blank lines the tagger sometimes runs it into, nor the end of a title it took in
    ("Secretary of State Mark Ellison" tagged "State Mark Ellison")."""
    trimmed = _without_blanks(ent)
    start, doc = trimmed.start, ent.doc
    if (
        ent.label_ == "PERSON"
        and len(trimmed) >= 3
        and start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in TITLE_NOUNS
    ):
        start += 1
    if ent.label_ in ("PERSON", "ORG", "FAC") and (after := _after_preposition(trimmed)) is not None:
        return after
    if ent.label_ in ("PERSON", "ORG") and (after := _after_brief(trimmed)) is not None:
        return after
    if ent.label_ in ("PERSON", "ORG") and (named := _name_after_title(trimmed)) is not None:
        return named
    if ent.label_ == "PERSON" and _leading_participle(doc[start]) and trimmed.end - start >= 2:
        fired("actor.leading-participle")  # "Meeting Lavrov in Geneva, …" tagged as one name
        start += 1
    while ent.label_ == "PERSON" and trimmed.end - start >= 3 and date_word(doc[start]):
        fired("actor.leading-date")  # "On 7 June Jorge Vidal met …" tagged "7 June Jorge Vidal"
        start += 1
    end = trimmed.end
    if ent.label_ == "PERSON" and end - start >= 3 and doc[end - 1].text in HEADLINE_VERBS:
        fired("actor.headline-verb")  # "… Ada Moss Tells Board" tagged with the verb
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return SpacySpan(doc, start, end, label=ent.label)


HEADLINE_VERBS = frozenset(
    {"Says", "Tells", "Warns", "Claims", "Insists", "Admits", "Urges", "Vows", "Predicts", "Argues", "Slams"}
)
"""Reporting verbs as a title-case headline writes them, which the tagger may read into a name before them."""


RUN_TOGETHER_PREPS = frozenset({"with", "by"})
"""Prepositions no name holds, across which the tagger runs a place into a person: "Government House with X"."""


def _after_preposition(ent: SpacySpan) -> SpacySpan | None:
    """The person's name after a place the tagger ran it into (rule actor.split-at-preposition): "the talks at
    Government House with Helena Marsh" tagged as one organisation. Two or three capitalised words after the last
    "with" or "by" inside the entity, none an organisation's word, a title or a country."""
    cut = max((t.i for t in ent if t.lower_ in RUN_TOGETHER_PREPS and t.is_lower), default=None)
    if cut is None or cut == ent.start:
        return None
    name = ent.doc[cut + 1 : ent.end]
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and _capitalised(t) for t in name):
        return None
    geo = gazetteer()
    if any(t.lower_ in ORGANIZATION_WORDS | TITLE_NOUNS or geo.country_of(t.text) for t in name):
        return None
    fired("actor.split-at-preposition")
    return SpacySpan(ent.doc, name.start, name.end, label="PERSON")


def _after_brief(ent: SpacySpan) -> SpacySpan | None:
    """The name after a minister's brief the tagger took in (rule actor.after-the-brief): "Minister of Natural
    Resources and Environment Nguyen Van Hung", "Minister of Foreign Affairs and International Cooperation Naledi
    Dlamini", however much of the brief (or of the title) the entity holds. A person's name of two words at least
    is left."""
    doc = ent.doc
    brief = [t.i for t in ent[:-2] if t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "&")]
    if not brief:
        return None
    # "of" or "for" before the entity, or inside it: "Cambodian Minister of Water Resources Sok Chenda Vannak",
    # "Minister for Foreign Trade Reinette Klever", "Minister of State for Foreign Affairs Anwar Gargash"
    of = next((i for i in range(min(brief), max(ent.start - 6, 0), -1) if doc[i].lower_ in ("of", "for")), None)
    if of is not None and of >= 3 and doc[of - 1].lower_ == "state" and doc[of - 2].lower_ == "of":
        of -= 2  # "Minister of State for …"
    if of is None or doc[of - 1].lower_ not in TITLE_NOUNS:
        return None
    if not all(t.is_title or t.lower_ in ("and", "&") for t in doc[of + 1 : min(brief)]):
        return None
    name = doc[max(brief) + 1 : ent.end]
    if not all(t.is_title for t in name) or any(t.lower_ in ORGANIZATION_WORDS | PORTFOLIO_WORDS for t in name):
        return None
    fired("actor.after-the-brief")
    return SpacySpan(doc, name.start, name.end, label="PERSON")


INITIAL = re.compile(r"[A-Z]\.")


def _name_after_title(ent: SpacySpan) -> SpacySpan | None:
    """The name after a title the tagger took in with what qualifies it (rule actor.name-after-title): "Bavaria
    Premier Markus Lindqvist", "Union spokesperson J. Okonkwo" tagged as one organisation. Two or three
    capitalised words (or initials) after the last title word, none an organisation's word or a country."""
    words = [t for t in ent if not t.is_space]
    last = max((n for n, t in enumerate(words) if t.lower_.rstrip(".") in TITLE_NOUNS), default=None)
    if last is None:
        return None
    name = words[last + 1 :]
    if not 2 <= len(name) <= 3 or not all(_capitalised(t) or INITIAL.fullmatch(t.text) for t in name):
        return None
    if _is_headline(ent) or any(t.pos_ != "PROPN" for t in name):
        return None  # "Élysée Envoy Held Secret Talks": a headline, not a titled name
    geo = gazetteer()
    if any(t.lower_ in ORGANIZATION_WORDS | TITLE_NOUNS or geo.country_of(t.text) for t in name):
        return None
    fired("actor.name-after-title")
    return SpacySpan(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")


def _capitalised(token: Token) -> bool:
    """A name's word: "Shauna", "McKee", "Santiago-Lim"; not "NATO"."""
    return token.text[0].isupper() and not token.text.isupper() and token.text.replace("-", "").isalpha()


def _leading_participle(token: Token) -> bool:
    """A sentence's first word in -ing that is no given name: the verb of a fronted clause, capitalised only
    because it starts the sentence ("Injecting Clinton's troubles into …")."""
    return (
        token.is_sent_start
        and token.is_title
        and token.lower_.endswith("ing")
        and len(token) > 5
        and token.lower_ not in given_names()
    )


LIST_BULLETS = frozenset("•·▪◦‣●*")
"""Marks that open a list item, which the tagger may take into the name after them ("• Kenji Ota")."""


def _without_blanks(span: SpacySpan) -> SpacySpan:
    """The span without the whitespace at its edges (a blanked dateline parses as a space token), nor a list's
    bullet before it, nor a stop after it."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].text in LIST_BULLETS):
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].text in SENTENCE_STOPS):
        end -= 1  # "met Luis Arce." at the end of a text: the tagger may take in the stop
    return span.doc[start:end]


SENTENCE_STOPS = frozenset({".", "!", "?", ";", ","})


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def place_name(token: Token) -> str:
    """The name of the place at ``token``: its entity, unless the tagger folded it into a date ("in Montevideo
    next month"), or with the place-tagged words compounded before it when the gazetteer knows them together
    ("Santo" tagged a place and "Domingo" a person are "Santo Domingo")."""
    if (whole := named_with_of(token)) is not None:
        return whole  # "Port of Spain", which the tagger reads as two places
    ent = entity_at(token)
    name = ent.text if ent is not None and ent.label_ not in ("DATE", "TIME") else token.text
    first = token.left_edge.i if token.pos_ == "PROPN" else token.i
    while first < token.i and not (token.doc[first].dep_ == "compound" and token.doc[first].ent_type_ in PLACE_TYPES):
        first += 1
    if first < token.i and (ent is None or first < ent.start):
        whole = token.doc[first : token.i + 1].text  # "Santo" + "Domingo" tagged as a place and a person
        if gazetteer().locate(whole) is not None:
            return whole
    return name


def named_with_of(token: Token) -> str | None:
    """A place whose name holds "of" ("Port of Spain", "Bay of Islands"), from its first word, when the gazetteer
    knows the whole; the tagger and the parser read such a name as a place of another place."""
    if not token.text[:1].isupper():
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            whole = token.doc[token.i : pobj.right_edge.i + 1].text
            if gazetteer().locate(whole) is not None:
                return whole
    return None


def _end_of_a_name_with_of(ent: SpacySpan) -> bool:
    """The words after "of" in a place's name that holds it: "Spain" in "Port of Spain"."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and named_with_of(prep.head) is not None
    )


def doc_sents(doc: Doc) -> list[SpacySpan]:
    """The document's sentences, listed once (spaCy walks the tokens again on every ``doc.sents``); one without a
    word (a closing quote mark the parser left alone at the end of a paragraph) is part of the one before it."""
    if "sents" not in doc.user_data:
        sents: list[SpacySpan] = []
        for sent in doc.sents:
            if sents and not any(t.is_alpha or t.is_digit for t in sent):
                sents[-1] = doc[sents[-1].start : sent.end]
            else:
                sents.append(sent)
        doc.user_data["sents"] = sents
    return doc.user_data["sents"]


def sentence_index(sents: list[SpacySpan], i: int) -> int:
    """The index in ``sents`` (``doc_sents``) of the sentence that holds token ``i``."""
    return max(bisect_right(sents, i, key=lambda s: s.start) - 1, 0)


def _without_article(name: str) -> str:
    return re.sub(r"(?i)^the\s+", "", name).casefold()


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds ``doc.text`` from its tokens on every access."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def entity_at(token: Token) -> SpacySpan | None:
    """The named entity a token is part of. ``doc.ents`` is rebuilt on every access, so it is indexed once."""
    doc = token.doc
    index = doc.user_data.get("entity_index")
    if index is None:
        index = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        doc.user_data["entity_index"] = index
    return index.get(token.i)


@lru_cache(maxsize=NAME_CACHE)
def strip_possessive(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"['’]s?$", "", text)
    return re.sub(r"^(the|The)\s+", "", text)


def _own_outlet(name: str, article: Article) -> bool:
    """ "told La Voz de Potosí afterwards", in an article La Voz de Potosí published: the paper itself (rule
    actor.outlet-by-usage)."""
    if bool(article.outlet) and strip_possessive(name).casefold() == strip_possessive(article.outlet or "").casefold():
        fired("actor.outlet-by-usage")
        return True
    return False


def _paper_by_its_word(ent: SpacySpan) -> bool:
    """ "told the Herald", "the Courier reported": a paper's word alone after "the" is that paper, never a person
    (rule actor.outlet-by-usage)."""
    after_the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    if len(ent) == 1 and after_the and ent[0].lower_ in OUTLET_NAME_WORDS:
        fired("actor.outlet-by-usage")
        return True
    return False


def _a_bodys_name(name: str) -> bool:
    """ "according to the New Zealand High Commission", "according to the Reserve Bank of India": a name holding a
    word for a body of state or an organisation, which is not a paper's, is no outlet however it is cited (rule
    actor.outlet-by-usage)."""
    words = name.casefold().split()
    if len(words) >= 2 and any(w in ORGANIZATION_WORDS - OUTLET_NAME_WORDS for w in words):
        fired("actor.outlet-by-usage")
        return True
    return False


PAPER_PARTS = frozenset({"correspondent", "reporter", "columnist", "editorial", "headline", "page", "editor"})
"""What a paper has, after "its": "Its correspondent in Ohrid writes", "Its front page announces"."""
PAPER_VERBS = frozenset({"report", "write", "quote"})
"""What a paper does, after "it": "President Kovačič, it reports, spoke …"."""
PAPER_WORDS = frozenset({"paper", "newspaper", "daily", "weekly"})
"""What a paper is called again: "which the paper says lasted an hour"."""


def _paper_by_its_pronoun(ent: SpacySpan) -> bool:
    """ "Sarajevski Glasnik, as ever, looks for the middle ground. Its front page announces …" (rule
    actor.outlet-by-pronoun): a name the tagger took for a person's, with no given name, that the rest of its
    sentence or the next calls "it" as a paper ("its correspondent", "it reports", "the paper says") before any
    "he" or "she", is a paper's."""
    words = _name_tokens(ent)
    if len(words) < 2 or words[0].lower_ in given_names() or title_before(ent) is not None:
        return False
    if ent.root.dep_ != "nsubj":
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
        if (low == "its" and head in PAPER_PARTS) or (low == "it" and token.dep_ == "nsubj" and head in PAPER_VERBS):
            paper = True
        if paper:
            fired("actor.outlet-by-pronoun")
            return True
    return False


def is_outlet_name(name: str) -> bool:
    low = strip_possessive(name).casefold()
    if low in KNOWN_OUTLETS or f"the {low}" in KNOWN_OUTLETS:
        return True
    words = low.split()
    if len(words) >= 2 and words[-1] == "agency":  # "Xinhua News Agency", not "the European Space Agency"
        return words[-2] in NEWS_AGENCY_WORDS or " ".join(words[:-1]) in KNOWN_OUTLETS
    return len(words) >= 2 and words[-1] in OUTLET_NAME_WORDS


OUTLET_NOUN_BEFORE = (
    r"\b(?:newspaper|daily|weekly|(?:news|press|wire) agency|broadcaster|magazine|tabloid|channel|outlet|website|"
    r"station|paper)\s*$"
)
"""A word for a paper or a broadcaster right before a name makes the name an outlet's; "agency" only as a news
agency ("state news agency MENA", not "the environmental agency Ibama")."""


MEDIUM_VERBS = frozenset("say write post tweet announce declare claim state".split())
MEDIUM_NOUNS = frozenset("post posts message video interview broadcast show account".split())
"""Not "statement": "a statement on Hamas" names what it was about."""


def medium_context(span: SpacySpan) -> bool:
    """Named as the medium a statement went out on (rule actor.medium): a platform or a broadcaster, never a
    party to it: "said on Twitter", "in an interview on NTV", '"…," wrote @harbourwatch on Twitter'."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_ == "on":
        before = doc[start - 2]
        if before.lemma_.lower() in MEDIUM_VERBS or (before.lower_ in MEDIUM_NOUNS and before.tag_.startswith("NN")):
            fired("actor.medium")
            return True
    on = span.root.head  # "on" hanging on the verb, past its subject
    if span.root.dep_ == "pobj" and on.lower_ == "on" and on.head.lemma_.lower() in MEDIUM_VERBS:
        fired("actor.medium")
        return True
    return False


def reporting_context(span: SpacySpan) -> bool:
    """Used the way a news outlet is: reports, is cited, is told or interviewed."""
    head = span.root
    doc = span.doc
    before = doc[max(span.start - 3, 0) : span.start].text.lower()
    if re.search(
        r"(interview with|told|according to|told the|quoted by|published by|in an? (?:report|article) by)\s*$", before
    ):
        return True
    if re.search(OUTLET_NOUN_BEFORE, before):
        return True  # "the newspaper Aftenposten", "Spanish daily El País", "state news agency MENA"
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ("report", "publish", "cite", "learn", "broadcast"):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("reported", "reports", "reporter", "correspondent", "sources", "source"):
        return True
    return nxt is not None and nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "citing"


def _reporting_titles(doc: Doc) -> list[SpacySpan]:
    """Titles the tagger read as a work's that report (rule actor.outlet-by-usage): "…, the Daily Ledger reported"
    is a paper's name; as an organisation's it becomes an outlet below."""
    titles = [
        SpacySpan(doc, e.start, e.end, label="ORG")
        for e in doc.ents
        if e.label_ == "WORK_OF_ART" and reporting_context(e) and any(t.is_title for t in e)
    ]
    if titles:
        fired("actor.outlet-by-usage")
    return titles


def find_actors(doc: Doc, article: Article) -> ActorTable:
    _tag_initials_before_titles(doc)
    table = ActorTable(doc, article)
    geo = gazetteer()
    ents = [_trimmed_ent(e) for e in doc.ents if e.label_ in ENTITY_LABELS and e.text.strip()]
    ents += _reporting_titles(doc)
    ents = [_after_honorific(e) if e.label_ in ("PERSON", "ORG") else e for e in ents]
    ents = _through_particles([_with_given_names(e) if e.label_ in ("PERSON", "ORG") else e for e in ents])
    ents = [_after_honorific(e) if e.label_ == "PERSON" else e for e in ents]  # "Datuk Hasnah" + "binti Omar"
    ents = _joined_persons(ents)
    people = _untagged_people(doc)
    ents = [_run_on(e) for e in ents if not any(e.start < p.end and p.start < e.end for p in people)]
    ents = [e for e in ents if e.label_ == "PERSON" or not any(_within(e, p) for p in ents if p.label_ == "PERSON")]
    ents = sorted([*ents, *people], key=lambda e: e.start)
    aged = _person_marked_names(ents)
    person_ents = [
        e
        for e in ents
        if (e.label_ == "PERSON" or (e.label_ == "ORG" and (_titled_name(e) or _of_aged(e, aged))))
        and len(_name_tokens(e)) >= 2
    ]
    ents = _whole_double_family_names(ents, person_ents)
    surnames = {_name_tokens(e)[-1].text: e for e in person_ents}
    surnames.update({form: e for e in person_ents for form in surname_forms(strip_possessive(e.text))})
    surnames.update({w: e for e in person_ents if (w := inner_surname(strip_possessive(e.text))) and w not in surnames})
    # family name first ("Liu Qiang ... Liu said", "Park Ji-hoon ... Park travelled")
    surnames.update({t: e for t, e in _leading_names(person_ents).items() if t not in surnames})

    person_names = {HONORIFICS.sub("", strip_possessive(e.text)) for e in person_ents}
    for ent in ents:
        name = strip_possessive(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        label = ent.label_
        if (given := _addressed_given_name(ent, surnames)) is not None:
            fired("actor.addressed-given-name")
            ent, name, label = given, given.text, "PERSON"
        if label == "NORP" or _demonyms_only(name):
            continue  # a nationality is a country attribute, not an actor by itself: "Kazakh" tagged an organisation
        if _inside_title(ent) or is_dateline(ent) or _is_headline(ent) or _common_words(ent):
            continue  # "Secretary of State" is part of a title; "GENEVA —" is where the story was filed
        if ent[0].lower_ in EVENT_NAME_HEADS:
            fired("actor.event-name")  # "Cyclone Winston" is a storm
            continue
        if _end_of_a_name_with_of(ent):
            continue  # "Spain" in "Port of Spain" is no state
        if label in ("GPE", "ORG", "FAC", "LOC", "PERSON") and len(ent) == 1 and ent[0].text in surnames:
            label = "PERSON"
        if label in ("GPE", "ORG", "FAC", "LOC") and _particle_form(name) in surnames:
            label = "PERSON"  # "De Mistura said", after "Staffan de Mistura"
        if label in ("GPE", "ORG", "FAC", "LOC") and any(shorter_form(name, full) for full in person_names):
            fired("actor.family-name-words")  # "Asante-Boateng said", after "Kwame Asante-Boateng"
            label = "PERSON"
        if label == "PERSON" and geo.country_of(name):
            label = "GPE"  # "Kyiv" tagged as a person
        elif label == "PERSON" and name not in surnames and (_city_in_place_role(ent) or _where_someone_is(ent)):
            fired("actor.city-not-person")  # "fled Mingora", "in Belo Horizonte", "a leader in Teluk Batik"
            label = "GPE"
        elif label in ("PERSON", "ORG") and name not in surnames and _apposed_place_noun(ent):
            label = "GPE"  # "Wilmington, the state's biggest city", "Tema, the port town"
        if label in ("ORG", "GPE", "FAC", "LOC") and _name_shaped(ent) and _person_apposed(ent):
            fired("actor.person-by-apposition")  # "the administrator, Litia Vunibola" tagged ORG
            label = "PERSON"
        elif label == "PERSON" and (_named_by_its_kind(ent) or _company_word_last(ent)):
            # rule actor.company-by-noun: "Musk's company SpaceX", "its subsidiary Tesvolt", "Ferris Petroleum"
            fired("actor.company-by-noun")
            label = "ORG"
        elif label in ("ORG", "FAC", "LOC") and geo.is_country_name(name):
            label = "GPE"  # "Paraguay's foreign minister" tagged as an organisation
        elif label == "PERSON" and name.casefold() in PLATFORM_NAMES:
            label = "ORG"  # "on X, formerly Twitter": a platform is a company, never a person
        if label in ("ORG", "GPE", "FAC", "LOC") and _titled_name(ent):
            label = "PERSON"  # "Kosovo's foreign minister, Arben Krasniqi" tagged as an organisation
        if label in ("ORG", "GPE", "FAC", "LOC") and _of_aged(ent, aged):
            label = "PERSON"  # actor.person-by-age, -by-who, -by-address, -by-surname: "Mataafa, 47," tagged ORG
        outlet_like = (
            is_outlet_name(name)
            or _paper_by_its_word(ent)
            or _own_outlet(name, article)
            or (label != "PERSON" and reporting_context(ent) and not _a_bodys_name(name))
            or (label in ("PERSON", "ORG") and medium_context(ent))
            or (label == "PERSON" and _paper_by_its_pronoun(ent))
            or bool(re.search(OUTLET_NOUN_BEFORE, ent.doc[max(ent.start - 3, 0) : ent.start].text.lower()))
        )
        if outlet_like and label in ("ORG", "GPE", "PERSON", "FAC") and not geo.country_of(name):
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
    _add_outlets_by_usage(table, doc)
    _fold_company_short_names(table)
    _fold_earlier_short_names(table)
    _fold_acronyms(table)
    _add_surname_mentions(table, doc)
    for actor in table.persons():
        _fill_person(table, actor)
    return table


OUTLET_BY_USAGE = re.compile(
    r"\b(?:(?:editors?|editorial board|columnists?|reporters?|correspondents?|publisher|editor-in-chief)"
    r"\s+(?:of|at|for)"
    r"|(?:according to|told|wrote in|wrote for|writing for|published in|reported by|an editorial in|editorial in))"
    r"\s+(?P<name>The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"
)
"""A name used as a newspaper's (rule actor.outlet-by-usage): "the editors of The Advocate", "told The Ledger";
the capitalised "The" keeps out people and common nouns."""
OUTLET_REPORTING = re.compile(
    r"(?<![\w.])(?P<name>The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s+"
    r"(?:reported|reports|has reported|had reported|said in an editorial|wrote in an editorial"
    r"|leads (?:on|with)|led (?:on|with)|devotes its|devoted its|splashes|splashed|quotes|quoted)\b"
)
"""The same, from "The Morning Clarion reported", and from a press review's "The Harbour Star leads on …",
"devotes its front page to …", "quotes an official as saying …"."""


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


def _add_outlets_by_usage(table: ActorTable, doc: Doc) -> None:
    """Outlets the tagger did not see as names, found from how the text uses them."""
    text = doc_text(doc)
    for m in [*OUTLET_BY_USAGE.finditer(text), *OUTLET_REPORTING.finditer(text)]:
        end = m.end("name") - m.group("name").endswith(".")  # "according to The Clarion." ends a sentence
        span = doc.char_span(m.start("name"), end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        name = strip_possessive(span.text)
        known = {a.id: a for t in span if (a := table.actor_at(t)) is not None}
        if len(known) == 1 and (org := next(iter(known.values()))).kind is ActorKind.ORGANIZATION:
            if _without_article(org.name) == _without_article(name):  # "The Clarion" is the tagger's "Clarion"
                fired("actor.outlet-by-usage")
                org.kind = ActorKind.OUTLET  # "the editors of The Lantern": the tagger's organisation is a paper
                table.by_key[(ActorKind.OUTLET.value, name.casefold())] = org.id
            continue
        if known:
            continue
        if gazetteer().country_of(name):
            continue
        fired("actor.outlet-by-usage")
        outlet = add_outlet(table, name, span)
        for other in re.finditer(rf"\b{re.escape(span.text)}\b", text):  # its other mentions, as whole words
            again = doc.char_span(other.start(), other.end(), alignment_mode="contract")
            if again is not None and len(again) and not any(t.i in table.token_actor for t in again):
                table.add_mention(outlet, again)
    _add_short_outlet_names(table, doc)


def _add_short_outlet_names(table: ActorTable, doc: Doc) -> None:
    """ "the Ledger" after "the Daily Ledger", "the Clarion" after "The Morning Clarion" (rule actor.outlet-alias):
    the paper's last name word after "the", whether the tagger made it an organisation or nothing at all."""
    text = doc_text(doc)
    for outlet in [a for a in table.actors if a.kind is ActorKind.OUTLET]:
        words = outlet.name.split()
        last = words[-1] if words else ""
        if len(words) < 2 or not last[:1].isupper() or last.lower() in OUTLET_GENERIC_WORDS:
            continue
        for m in re.finditer(rf"\b[Tt]he ({re.escape(last)})\b(?!\s+[A-Z])", text):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is None or not len(span):
                continue
            held = table.actor_at(span[0])
            if held is None:
                fired("actor.outlet-alias")
                table.add_mention(outlet, span)
            elif held.kind is ActorKind.ORGANIZATION and held.name.casefold() == last.casefold():
                fired("actor.outlet-alias")
                _fold_into(table, held, outlet)


CORPORATE_WORDS = frozenset(
    {"partners", "group", "holdings", "inc", "ltd", "limited", "corp", "corporation", "company", "co", "llc", "plc"}
    | {"sa", "ag", "gmbh", "bhd", "pty", "industries", "enterprises", "associates"}
    | {"energy", "oil", "petroleum", "resources", "mining", "motors", "airlines", "airways", "shipping"}
    | {"technologies", "systems", "pharmaceuticals", "international"}
)
"""Words a company's name ends with that the press drops after first mention: "Sonoran Ridge Partners",
"Nordstrom Energy"."""


def _fold_company_short_names(table: ActorTable) -> None:
    """ "Sonoran Ridge says …" after "Sonoran Ridge Partners" (rule actor.company-short-name): a name, the
    tagger's person's or organisation's, that is one company's name without its corporate words is that company."""
    companies = [a for a in table.actors if a.kind is ActorKind.ORGANIZATION]
    for short in [a for a in table.actors if a.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION)]:
        words = short.name.split()
        full = [
            c
            for c in companies
            if c is not short
            and c.name.split()[: len(words)] == words
            and len(c.name.split()) > len(words)
            and all(w.lower().rstrip(".,") in CORPORATE_WORDS for w in c.name.split()[len(words) :])
        ]
        if len(full) == 1 and short.id in table.by_id and full[0].id in table.by_id:
            fired("actor.company-short-name")
            _fold_into(table, short, full[0])


def _fold_earlier_short_names(table: ActorTable) -> None:
    """ "Ó Catháin holds talks" heading the story of "Eoin Ó Catháin" (rule actor.family-name-words): a person
    named by a family name of two words, or a hyphenated one, before the one person whose full name ends with it,
    is that person (``named_in_full`` sees to it when the full name comes first)."""
    for short in table.persons():
        full = table.named_in_full(short.name)
        if full is not None and short.id in table.by_id and full.id in table.by_id:
            fired("actor.family-name-words")
            _fold_into(table, short, full)


INITIALS_SKIPPED = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})


def _fold_acronyms(table: ActorTable) -> None:
    """ "the BCF" after "the Bureau of Coastal Fisheries", "the NRA" after "the National Rail Authority", "the
    VLH" after "the Federation of Harbour Pilots (VLH)" (rule actor.acronym): an organisation named by its
    initials, or by the letters the text put in brackets after its name, is the organisation named in full. So
    is an outlet: "AP" after "The Associated Press", "AFP" after "Agence France-Presse"."""
    text = table.article.text
    orgs = [a for a in table.actors if a.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET)]
    for short in orgs:
        if not (2 <= len(short.name) <= 6 and short.name.isalpha() and short.name.isupper()):
            continue
        bracketed = re.compile(rf"\s*\(\s*{re.escape(short.name)}\s*\)")
        full = next(
            (
                a
                for a in orgs
                if a is not short
                and len(a.name.split()) >= 2
                and (_initials(a.name) == short.name or any(bracketed.match(text, m.end) for m in a.mentions))
            ),
            None,
        )
        if full is not None and full.id in table.by_id:
            fired("actor.acronym")
            _fold_into(table, short, full)
        elif full is None and len(short.name) >= 3 and (spelled := _spelled_out(text, short)) is not None:
            fired("actor.acronym-spelled-out")  # "the Pacific Sailing Union"
            short.aliases.append(short.name)
            short.name = spelled  # named in full only inside a longer phrase the tagger read otherwise


CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)*[A-Z][\w’'-]*)+")
"""Capitalised words in a row, with the small words names of bodies hold: "Pacific Sailing Union"."""


def _spelled_out(text: str, short: Actor) -> str | None:
    """The capitalised phrase before an organisation's first mention by its initials whose initials they are: any
    stretch of a run of capitalised words on one line ("named director of the Pacific Sailing Union on Friday")."""
    first = min((m.start for m in short.mentions), default=len(text))
    for run in CAPITALISED_RUN.finditer(text, 0, first):
        words = run.group().split()
        for n in range(len(words) - 1):
            for m in range(len(words), n + 1, -1):
                phrase = words[n:m]
                if phrase[0].lower() in INITIALS_SKIPPED or phrase[-1].lower() in INITIALS_SKIPPED:
                    continue
                if _initials(" ".join(phrase)) == short.name:
                    return " ".join(phrase)
    return None


def _initials(name: str) -> str:
    """ "Bureau of Coastal Fisheries" -> "BCF"."""
    return "".join(w[0] for w in re.findall(r"[\w’']+", name) if w.lower() not in INITIALS_SKIPPED).upper()


def _fold_into(table: ActorTable, old: Actor, new: Actor) -> None:
    """Make every mention of ``old`` one of ``new`` and drop ``old`` (found before anything refers to it)."""
    for token, actor_id in list(table.token_actor.items()):
        if actor_id == old.id:
            table.token_actor[token] = new.id
    for mention in old.mentions:
        if mention not in new.mentions:
            new.mentions.append(mention)
    new.mentions.sort(key=lambda m: m.start)
    if old.name not in new.aliases and old.name != new.name:
        new.aliases.append(old.name)
    table.actors.remove(old)
    del table.by_id[old.id]
    table.by_key = {k: v for k, v in table.by_key.items() if v != old.id}


PARTICLES = frozenset(
    "de van von der den da di du del della dos das le la bin binti bint ibn ben ter ten zu af".split()
)
"""Lower-case words inside a family name: "Staffan de Mistura", "Ursula von der Leyen", "Mohammed bin Salman"."""
ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)[-‘'’]")


@lru_cache(maxsize=NAME_CACHE)
def surname_forms(name: str) -> tuple[str, ...]:
    """Other ways the press writes a person's family name (rule actor.surname-particle): "de Mistura" for
    "Staffan de Mistura", "al-Hariri" and "Hariri" for "Nasr al-Hariri"."""
    words = name.split()
    forms: list[str] = []
    if len(words) >= 3:
        start = next((i for i, w in enumerate(words[1:-1], start=1) if w.lower() in PARTICLES), None)
        if start is not None and words[start].lower() in PATRONYMIC_PARTICLES:
            forms.append(" ".join(words[:start]))  # "Hasnah" for "Hasnah binti Omar": Omar is her father
        elif start is not None:
            forms.append(" ".join(words[start:]))
    if len(words) >= 2 and ARTICLE_PREFIX.match(words[-1]) and len(bare := ARTICLE_PREFIX.sub("", words[-1])) > 1:
        forms.extend([words[-1], bare])
    return tuple(forms)


@lru_cache(maxsize=NAME_CACHE)
def inner_surname(name: str) -> str | None:
    """The middle word of a three-word name, which Spanish, Portuguese and South Asian names are often shortened to
    (rule actor.inner-surname: "Gabriela Estrada Ruiz … Estrada said"). A later mention by it joins the person
    only while no one else in the article could be meant."""
    words = name.split()
    if len(words) != 3 or any(w.lower() in PARTICLES or len(w.rstrip(".")) < 2 for w in words):
        return None
    return words[1] if words[1][:1].isupper() else None


def _particle_form(name: str) -> str:
    """ "De Mistura" or "Al-Jubouri" at the start of a sentence, as the name is written inside a sentence."""
    words = name.split()
    if len(words) >= 2 and words[0].lower() in PARTICLES:
        return " ".join([words[0].lower(), *words[1:]])
    if len(words) == 1 and ARTICLE_PREFIX.match(name):
        return name[:2].lower() + name[2:]
    return name


def _particle_tail(name: str, full: str) -> str | None:
    """The end of ``full`` from a particle on, as ``full`` writes it, when ``name`` is that end written with the
    particle capitalised or not: "van der Berg" for "Van der Berg" and "Pieter van der Berg", "bin Zayed" for "Bin
    Zayed" and "Abdullah bin Zayed", "Van den Bossche" for "van den Bossche" and "Pieter Van den Bossche" (rule
    actor.surname-particle; ``surname_forms`` gives "Abdullah" for "Abdullah bin Zayed", a patronymic not being a
    family name, but the press writes both)."""
    if _particle_form(name)[:1].isupper() or not full.casefold().endswith(" " + name.casefold()):
        return None
    return full[len(full) - len(name) :]


def _demonyms_only(name: str) -> bool:
    """ "Kazakh", "Kazakh, Uzbek", "Emirati": words for a country's people, whatever the tagger called them."""
    geo = gazetteer()
    words = [w for w in re.split(r",\s*|\s+and\s+|\s*/\s*", name) if w]
    return bool(words) and all(geo.is_demonym(w) for w in words)


def _addressed_given_name(ent: SpacySpan, surnames: dict[str, SpacySpan]) -> SpacySpan | None:
    """ "Sayyid Karim", "Prince Faisal", "Sheikh Khalid": a style of address and one name, which the article gave
    in full elsewhere ("Sayyid Karim bin Hamad Al Mansoori"), is that person by a word of the name, its first or
    its family name, that only that person's name has (rule
    actor.addressed-given-name). The tagger calls such a mention anything, a person, an organisation or a
    nationality; the word after the style is the name."""
    doc = ent.doc
    words = [t for t in ent if not t.is_punct]
    lead = 0
    while lead < len(words) and words[lead].lower_.rstrip(".") in ADDRESS_WORDS:
        lead += 1
    styled = lead > 0 or (ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in ADDRESS_WORDS)
    if not styled or len(words) - lead != 1 or not words[-1].is_title or words[-1].text not in surnames:
        return None
    return doc[words[-1].i : words[-1].i + 1]


def _through_particles(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ursula von der" + "Leyen", "Inés Montaño" + "de la Barca", "Hasnah" + "binti" + "Omar": a person's name the
    tagger cut at a particle runs on through the particles to the next word, or to the end of the person's name
    that starts there (rule actor.surname-particle)."""
    out: list[SpacySpan] = []
    skip = -1
    starts = {e.start: e for e in ents if e.label_ == "PERSON"}
    for ent in ents:
        if ent.start < skip:
            continue
        doc = ent.doc
        end = ent.end
        while ent.label_ == "PERSON" and end < len(doc) and _particle(doc[end]):
            end += 1
        if ent.label_ == "PERSON" and doc[end - 1].lower_ in PARTICLES and end < len(doc) and doc[end].is_title:
            # to the end of the rest tagged apart: "Omar", "bin Hamad Al Busaidi", "Badr bin Hamad Al Busaidi"
            fired("actor.surname-particle")
            skip = max([end + 1] + [starts[k].end for k in range(ent.start, end + 1) if k in starts])
            ent = SpacySpan(doc, ent.start, skip, label=ent.label)
        out.append(ent)
    return out


def _particle(token: Token) -> bool:
    """A lower-case particle of a family name: the "der" of "van der"."""
    return token.is_lower and token.lower_ in PARTICLES


def add_outlet(table: ActorTable, name: str, mention: SpacySpan) -> Actor:
    """An outlet, merged with one named before under a longer or shorter form (rule actor.outlet-alias): "Kyodo
    News" and "Kyodo", "The Daily Ledger" and "the Ledger", "The Washington Post" and "the Post"."""
    short = _outlet_core(name)
    matches = [
        a
        for a in table.actors
        if a.kind is ActorKind.OUTLET
        and (core := _outlet_core(a.name))
        and short
        and (core == short or core.endswith(" " + short) or short.endswith(" " + core))
    ]
    if len(matches) == 1:
        fired("actor.outlet-alias")
        outlet = matches[0]
        table.add_mention(outlet, mention)
    else:
        outlet = table.add(ActorKind.OUTLET, name, mention=mention)
    for form in (name, " ".join(w for w in name.split() if w.lower() not in OUTLET_GENERIC_WORDS)):
        if form and form != outlet.name and form not in outlet.aliases:
            outlet.aliases.append(form)
    return outlet


OUTLET_GENERIC_WORDS = frozenset("the news agency daily newspaper wire service online".split())


def _outlet_core(name: str) -> str:
    return " ".join(w for w in name.casefold().split() if w not in OUTLET_GENERIC_WORDS)


HONORIFIC_LENGTH = 3
"""The most words an honorific has ("Datuk Seri", "Pehin Dato")."""


def _after_honorific(ent: SpacySpan) -> SpacySpan:
    """ "Sheikh Usman Garba Dikko", "Tan Sri Musa Hamid", "Rev. John Mba": a name the tagger took in with the
    honorific before it (often as an organisation) is a person's, without it (rule actor.honorific). The
    longest honorific wins; two capitalised words at least must be left."""
    words = [t.lower_.rstrip(".") for t in ent[:HONORIFIC_LENGTH]]
    # "Fru Haugen" taken for a body: a form of address only is no body's first word
    courtesy = words[0] in COURTESY_FORMS and ent.label_ != "PERSON"
    addressed = courtesy or _family_name_of_someone(ent[1]) if len(ent) == 2 else False
    if addressed and words[0] in HONORIFIC_WORDS:
        fired("actor.honorific")
        return SpacySpan(ent.doc, ent.start + 1, ent.end, label="PERSON")  # "Bishop Crăciun", "Fru Haugen"
    if len(ent) == 2 and ent.label_ != "PERSON" and words[0] in TITLE_NOUNS and _family_name_of_someone(ent[1]):
        # rule actor.title-before-family-name: "General Whitcombe told reporters" after "Lt. Gen. Harlan R.
        # Whitcombe": a title and the family name of someone named in full, which the tagger took for a body's
        # name ("General Motors"), are that person
        fired("actor.title-before-family-name")
        return SpacySpan(ent.doc, ent.start + 1, ent.end, label="PERSON")
    for size in range(min(HONORIFIC_LENGTH, len(ent) - 2), 0, -1):
        rest = ent[size:]
        if " ".join(words[:size]) not in HONORIFIC_WORDS or not all(
            t.is_title or t.is_upper or t.lower_ in PARTICLES for t in rest
        ):
            continue
        if any(t.lower_ in ORGANIZATION_WORDS for t in rest):
            return ent  # "Sheikh Zayed Foundation"
        fired("actor.honorific")
        return SpacySpan(ent.doc, rest.start, rest.end, label="PERSON")
    return ent


def _family_name_of_someone(word: Token) -> bool:
    """A word that ends or opens a person's name of two words or more the tagger found elsewhere in the text."""
    return word.is_title and any(
        e.label_ == "PERSON" and len(e) >= 2 and e.start != word.i - 1 and word.text in (e[0].text, e[-1].text)
        for e in word.doc.ents
    )


def _honorific_ends_at(doc: Doc, at: int) -> bool:
    return _honorific_size(doc, at) > 0


def _honorific_size(doc: Doc, at: int) -> int:
    """How many words of a form of address end at token ``at`` ("Tan Sri", "Datuk"); 0 if none."""
    sizes = [
        size
        for size in range(1, min(HONORIFIC_LENGTH, at + 1) + 1)
        if at >= 0 and " ".join(t.lower_.rstrip(".") for t in doc[at - size + 1 : at + 1]) in HONORIFIC_WORDS
    ]
    return max(sizes, default=0)


def _with_given_names(ent: SpacySpan) -> SpacySpan:
    """ "his counterpart Ana Carolina Duarte" tagged as "Carolina Duarte": take in the capitalised names before."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < 2:
        prev = doc[start - 1]
        parts = set(prev.lower_.split("-"))
        if prev.pos_ != "PROPN" or not prev.is_title or parts & (TITLE_NOUNS | PORTFOLIO_WORDS):
            break  # a title, or the end of its brief: "Minister for Economic Affairs Airlangga Hartarto"
        if prev.ent_type_ not in ("", "PERSON") or doc[start - 2 : start - 1].text.lower() == "of":
            break  # another entity, or the end of a title ("Secretary of State")
        if HONORIFICS.match(prev.text + " ") or gazetteer().country_of(prev.text) or prev.is_stop:
            break  # "Mr", "Russian", or an opening word: "Wherever Hillary Clinton goes"
        if _honorific_ends_at(doc, start - 1):
            break  # "Tan Sri" before "Musa Hamid"
        if _leading_participle(prev):
            fired("actor.leading-participle")  # "Meeting Lavrov in Geneva, …"
            break
        start -= 1
    return SpacySpan(doc, start, ent.end, label=ent.label) if start < ent.start else ent


def _run_on(ent: SpacySpan) -> SpacySpan:
    """ "Helena Guimarães" + "Prado" (rule actor.name-run-on): a person's name the tagger cut one capitalised
    name short runs on to it, when that word is no entity, title, organisation word or country; a one-word place
    right after a name of two words or more is a second family name ("Ximena Rojas Valdivia")."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or end >= len(doc):
        return ent
    nxt = doc[end]
    if _hyphenated_given_name(doc, end):
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 2, label=ent.label)  # "Kang Min" + "-seok", "Moon Jae" + "-in"
    # a place's name as a second family name: "Ximena Rojas" + "Valdivia" (a Chilean city)
    place = (
        nxt.ent_iob_ == "B"
        and nxt.ent_type_ in ("GPE", "LOC")
        and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")
    )
    if not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and (nxt.ent_iob_ == "O" or place)):
        return ent
    if nxt.is_sent_start or (place and (len(_name_tokens(ent)) < 2 or ent[-1].whitespace_ != " ")):
        return ent
    if nxt.text in ("Al", "El") and len(_name_tokens(ent)) >= 2 and _family_word(doc, end + 1):
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 2, label=ent.label)  # "Fahad bin Jassim" + "Al Thani"
    if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
        return ent  # a run of capitalised words: another name may start here
    words = [t for t in nxt.sent if t.is_alpha]
    if sum(t.is_title for t in words) > 0.6 * len(words):
        return ent  # a headline in title case: "Hillary Clinton Visit To Police Memorial"
    if nxt.lower_ in TITLE_NOUNS | ORGANIZATION_WORDS | PEOPLE_NOUNS or gazetteer().country_of(nxt.text):
        return ent
    longer = SpacySpan(doc, ent.start, end + 1, label=ent.label)
    if len(_name_tokens(ent)) < 2 and not _titled_name(longer):
        return ent  # one word runs on only under a title: "Foreign Minister Kasem" + "Rattanakul"
    fired("actor.name-run-on")
    return longer


def _family_word(doc: Doc, at: int) -> bool:
    """Whether token ``at`` can end a family name written with a separate article ("Al Thani", "El Erian"), which a
    name the tagger cut before "Al" runs on to (rule actor.name-run-on): a capitalised word of no entity, no title,
    organisation or country."""
    if at >= len(doc):
        return False
    word = doc[at]
    if not (word.is_title and word.is_alpha and word.ent_iob_ == "O"):
        return False
    return word.lower_ not in TITLE_NOUNS | ORGANIZATION_WORDS and not gazetteer().country_of(word.text)


def _within(inner: SpacySpan, outer: SpacySpan) -> bool:
    return (
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)
    )


def _joined_persons(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Fernando Quiroga" + "Antezana" (rule actor.name-run-on): a one-word person the tagger split off right after
    a person's name, with nothing between, is the name's last word (a second family name); two person entities
    that overlap once given names are taken in ("Karim bin Hamad" + "Hamad Al Mansoori") are one name."""
    out: list[SpacySpan] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is None or last.label_ != "PERSON" or ent.label_ != "PERSON":
            out.append(ent)
        elif ent.start <= last.start and last.end <= ent.end:
            fired("actor.name-run-on")
            out[-1] = ent  # the given names before "Antezana" were already taken in: the whole name
        elif last.start < ent.start < last.end:
            # "Khalid bin Rashid" + "Rashid Al Khalifa" (the second took in the word before it): one name
            fired("actor.name-run-on")
            out[-1] = _after_honorific(SpacySpan(ent.doc, last.start, max(last.end, ent.end), label=ent.label))
        elif ent.start == last.end and len(ent) == 1 and last[-1].whitespace_ and ent[0].is_title:
            fired("actor.name-run-on")
            out[-1] = SpacySpan(ent.doc, last.start, ent.end, label=ent.label)
        else:
            out.append(ent)
    return out


def _whole_double_family_names(ents: list[SpacySpan], person_ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Haufiku" + "-" + "Shilongo", each tagged a place, or "Urrutia" of "Urrutia-Bascuñán's" tagged alone (rule
    actor.double-family-name): a piece of a word joined by hyphens, where the story names in full a person whose
    name ends in that whole word, is that person's family name, whatever the tagger took its halves for."""
    doubles = {word for e in person_ents if "-" in (word := strip_possessive(e.text).split()[-1])}
    out: list[SpacySpan] = []
    for ent in ents:
        whole = _hyphen_joined(ent)
        if whole is ent or whole.text not in doubles:
            out.append(ent)
            continue
        fired("actor.double-family-name")
        if out and out[-1].start == whole.start:
            continue  # the other half, already taken in
        out.append(SpacySpan(ent.doc, whole.start, whole.end, label="PERSON"))
    return out


def _hyphen_joined(ent: SpacySpan) -> SpacySpan:
    """The whole word ``ent`` is part of, through hyphens written without spaces to capitalised words; ``ent``
    itself when it is no part of a longer one."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_ or not (doc[start - 2].is_title and doc[start - 2].is_alpha):
            break
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if doc[end].whitespace_ or not (doc[end + 1].is_title and doc[end + 1].is_alpha):
            break
        end += 2
    return ent if (start, end) == (ent.start, ent.end) else SpacySpan(doc, start, end, label=ent.label)


def _hyphenated_given_name(doc: Doc, at: int) -> bool:
    """A hyphen and a lower-case syllable written on to the name before ``at``: the second half of a Korean given
    name ("Min-seok", "Jae-in"), or a hyphen and a capitalised name: the second half of a double family name;
    the tagger leaves either out of the name (rule actor.name-run-on)."""
    if at + 1 >= len(doc) or doc[at].text != "-" or doc[at - 1].whitespace_ or doc[at].whitespace_:
        return False
    syllable = doc[at + 1]
    if syllable.is_alpha and syllable.is_title and syllable.ent_iob_ != "B":
        return True  # the second half of a double family name: "Andrei Cojocaru" + "-Vieru"
    return syllable.is_alpha and syllable.is_lower and len(syllable) <= 5


MISREAD_LABELS = {"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}
"""Entity labels the tagger gives a name it does not know, where a person's name may be hiding."""


def _untagged_people(doc: Doc) -> list[SpacySpan]:
    """Names the tagger left untagged but the sentence shows to be people (rule actor.person-by-apposition):
    "Rakesh Chand, president of the chamber, told …", "Gul Zaman, 52, said …"."""
    out: list[SpacySpan] = []
    index = doc_index(doc)
    named = _name_words(doc)
    alone = _lone_names(doc, named)
    misread = (named & index.having(ENT_TYPE, frozenset(MISREAD_LABELS | {"GPE"}))).tolist()
    joining = (_joining_hyphens(doc) | _joining_particles(doc, named)).tolist()
    stop = index.column(IS_STOP).astype(bool).tolist()
    addressing = index.lower_where(_address_word).tolist()
    is_name = named.tolist()
    size = len(doc)
    i = 0
    while i < size:
        if not misread[i]:
            i += 1  # no name starts here
            continue
        j = i
        while j < size and j - i < 6 and (misread[j] or joining[j]):
            j += 1
        first = i
        while first < j and (stop[first] or addressing[first] or _title_word(doc[first])):
            first += 1  # "First Trump goes …", "Wherever Hillary Clinton goes", "Prince Faisal bin Ahmed"
        # a name going on past the run ("Tuala Sione Ah Chong", "Ah" read as an interjection) is another rule's
        goes_on = j < size and doc[j].is_title and doc[j].is_alpha
        named_after_brief = not goes_on and (after_brief := _past_the_brief(doc, i, first, j)) != first
        first = after_brief if named_after_brief else first
        if j - first >= 2 and not (j < size and is_name[j]):
            span = SpacySpan(doc, first, j, label="PERSON")
            placed = any(t.ent_type_ == "GPE" for t in span)  # "Marta Zielińska" tagged as two places
            echoed = doc[j - 1].text in alone and j - first <= 3 and not placed  # "Rakesh Chand said … Chand, who"
            reports = reporting_context(span)  # "…, the Daily Ledger reported": a paper, whatever its tag
            # "Secretary-General Azman Yusof said"; not "Chief District Officer of Darchula"
            titled = (_titled_name(span) or named_after_brief) and not (j < size and doc[j].lower_ == "of")
            if _name_shaped(span) and not reports and (_person_apposed(span) or _aged(span) or echoed or titled):
                fired("actor.person-by-apposition")
                out.append(span)
        i = max(j, i + 1)
    return out


def _past_the_brief(doc: Doc, start: int, first: int, end: int) -> int:
    """Where a name begins after a title's brief (rule actor.after-the-brief): "Minister for Foreign Trade Reinette
    Klever", "Coordinating Minister for Economic Affairs Airlangga Hartarto" leave two words at least."""
    brief = [k for k in range(first, end - 2) if doc[k].lower_ in PORTFOLIO_WORDS]
    if not brief or not any(_title_word(t) for t in doc[max(start - 4, 0) : first]):
        return first
    fired("actor.after-the-brief")
    return max(brief) + 1


def _title_word(token: Token) -> bool:
    """A title or a piece of one before a name: "Secretary", "-", "General" in "Secretary-General Azman Yusof"."""
    return token.text == "-" or token.lower_ in TITLE_NOUNS


def _address_word(lower: str) -> bool:
    """A style of address or a royal title, lower-cased, with or without its full stop: "mr.", "prince"."""
    return lower.rstrip(".") in ADDRESS_WORDS


def _lone_names(doc: Doc, named: np.ndarray) -> set[str]:
    """Capitalised words used on their own as a clause's subject or a possessor, as people are after their first
    mention by their surname ("Chand said", "Chand's plan"); organisations are seldom named by their last word."""
    index = doc_index(doc)
    before = np.concatenate(([False], named[:-1]))
    after = np.concatenate((named[1:], [False]))
    subject = index.having(DEP, frozenset({"nsubj", "nsubjpass", "poss"}))
    lone = named & ~index.column(IS_STOP).astype(bool) & subject & ~before & ~after
    strings = doc.vocab.strings
    return {strings[orth] for orth in index.orth[lone].tolist()}


def _joining_hyphens(doc: Doc) -> np.ndarray:
    """For each token, whether it is the hyphen of "Zielińska-Kos", written without spaces between two
    capitalised words (when a name runs on through it)."""
    index = doc_index(doc)
    spaced = index.column(SPACY).astype(bool)
    title = index.column(IS_TITLE).astype(bool)
    out = index.text_in(frozenset({"-"}))
    out[0:1] = False
    out[-1:] = False
    out[1:-1] &= ~spaced[:-2] & ~spaced[1:-1] & title[2:]
    return out


PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "ben"})
"""Lower-case words that join a given name to a father's name: "Faisal bin Ahmed", "Aisha binti Ahmad"."""
ADDRESS_WORDS = HONORIFIC_WORDS | {"prince", "princess", "king", "queen", "emir", "sultan", "mr", "mrs", "ms", "dr"}
"""Words written before a person's name to address or style them, never part of it."""
FORMS_OF_ADDRESS = ADDRESS_WORDS | {"mme", "miss", "herr", "frau", "sir", "dame", "lady", "lord"}
"""Words written before a person's name to address them, with or without a stop."""


def _address_before(mention: SpacySpan) -> Token | None:
    """The capitalised form of address of one gender right before a person's mention that leaves it out ("Mr" of
    "Mr Ardon" when the tagger's name is "Ardon"): the name's alias keeps it, to tell "he" from "she"."""
    if mention.start == 0:
        return None
    before = mention.doc[mention.start - 1]
    word = before.lower_.rstrip(".")
    gendered = FEMALE_WORDS.fullmatch(word) is not None or MALE_WORDS.fullmatch(word) is not None
    return before if before.text[:1].isupper() and word in FORMS_OF_ADDRESS and gendered else None


def _joining_particles(doc: Doc, named: np.ndarray) -> np.ndarray:
    """For each token, whether it is the "bin" of "Faisal bin Ahmed": a patronymic particle between two name
    words, through which an untagged name runs on."""
    index = doc_index(doc)
    out = index.text_in(PATRONYMIC_PARTICLES)
    out[0:1] = False
    out[-1:] = False
    out[1:-1] &= named[:-2] & named[2:]
    return out


def _name_words(doc: Doc) -> np.ndarray:
    """For each token, whether it is a word of a name: a proper noun in title case, all letters or hyphenated."""
    index = doc_index(doc)
    titled = (index.column(POS) == PROPN) & index.column(IS_TITLE).astype(bool)
    out = titled & index.column(IS_ALPHA).astype(bool)
    strings = doc.vocab.strings
    for i in np.flatnonzero(titled & ~out).tolist():
        out[i] = "-" in strings[int(index.orth[i])]
    return out


NOT_NAME_WORDS = TITLE_NOUNS | ORGANIZATION_WORDS | EVENT_NAME_HEADS
"""Words no part of a person's name: a title, an organisation's word, a storm's ("Cyclone")."""


def _name_shaped(ent: SpacySpan) -> bool:
    """Two to four capitalised words, none a title, an organisation word, a country or a known outlet."""
    tokens = [t for t in _name_tokens(ent) if t.text != "-"]
    if not 2 <= len(tokens) <= 4 or not all(t.is_title or t.lower_ in PARTICLES for t in tokens):
        return False
    geo = gazetteer()
    if is_outlet_name(strip_possessive(ent.text)) or geo.locate(strip_possessive(ent.text)) is not None:
        return False
    return not any(t.lower_ in NOT_NAME_WORDS or geo.country_of(t.text) for t in tokens)


COMPANY_NOUNS = frozenset(
    {"company", "firm", "subsidiary", "startup", "start-up", "carrier", "airline", "lender", "insurer", "retailer"}
    | {"manufacturer", "maker", "conglomerate", "operator", "utility", "broker", "bank", "charity", "group"}
)
"""Nouns for a business or a body that, right before a name, say the name is the body's ("the firm Nordstrom")."""


def _named_by_its_kind(ent: SpacySpan) -> bool:
    """A name right after a noun for a company or a body that it is apposed to ("Musk's company SpaceX", "its
    subsidiary Tesvolt"), the tagger's person: a body, unless the name opens with a given name ("the company Ada
    Moss founded")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.lemma_.lower() not in COMPANY_NOUNS or before.tag_ != "NN":
        return False
    words = _name_tokens(ent)
    return bool(words) and (len(words) == 1 or words[0].lower_ not in given_names())


def _company_word_last(ent: SpacySpan) -> bool:
    """A name of two words or more ending in a company's word ("Ferris Petroleum", "Lund Airways Ltd"): a
    company's, whatever the tagger said; not a person's with a given name first or a noun for a person apposed
    ("Jack Petroleum, a geologist")."""
    words = _name_tokens(ent)
    if len(words) < 2 or words[-1].lower_.rstrip(".") not in CORPORATE_WORDS:
        return False
    return words[0].lower_ not in given_names() and not _person_apposed(ent)  # not "Jack Petroleum, a geologist"


def _person_apposed(ent: SpacySpan) -> bool:
    """Apposed to, or apposing, a noun for a person: "X, president of …", "a fruit seller, X"."""
    doc = ent.doc
    root = ent.root
    if any(c.dep_ == "appos" and c.i >= ent.end and c.lemma_.lower() in PEOPLE_NOUNS for c in root.children):
        return True
    if root.dep_ == "appos" and (host := apposition_host(root)).i < ent.start and host.lemma_.lower() in PEOPLE_NOUNS:
        return True
    # the parse missed the apposition: ", [det] [modifiers] NOUN" right after the name, or just before it
    after = doc[ent.end : ent.end + 6]
    if len(after) >= 2 and after[0].text == ",":
        noun = next((t for t in after[1:] if t.pos_ in ("NOUN", "PROPN", "PUNCT", "ADP")), None)
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in PEOPLE_NOUNS:
            return True
    before = doc[max(ent.start - 2, 0) : ent.start]
    return len(before) == 2 and before[1].text == "," and before[0].lemma_.lower() in PEOPLE_NOUNS


def _person_marked_names(ents: list[SpacySpan]) -> set[str]:
    """Names the tagger did not take for a person's that the text marks as a person's: given an age ("said
    Mataafa, 47,": rule actor.person-by-age), taking "who" ("Dario Ferri, who chairs the board": rule
    actor.person-by-who), after a form of address ("Mr Dror": rule actor.person-by-address), or ending in a word
    the tagger took for a person's name alone elsewhere ("Ilan Dror" … "Dror said": rule actor.person-by-surname)."""
    geo = gazetteer()
    alone = {tokens[0].text for e in ents if e.label_ == "PERSON" and len(tokens := _name_tokens(e)) == 1}
    out = set()
    for ent in ents:
        name = strip_possessive(ent.text)
        tokens = _name_tokens(ent)
        if ent.label_ not in ("ORG", "GPE", "FAC", "LOC") or not 1 <= len(tokens) <= 4:
            continue
        several = len(tokens) >= 2
        if not (_aged(ent) or (several and (_takes_who(ent) or tokens[-1].text in alone)) or _addressed(ent)):
            continue
        if all(t.is_title for t in tokens if t.text != "-") and not any(t.lower_ in NOT_NAME_WORDS for t in tokens):
            if not (geo.locate(name) or geo.country_of(name) or is_outlet_name(name)):
                if _aged(ent):
                    fired("actor.person-by-age")
                elif several and _takes_who(ent):
                    fired("actor.person-by-who")
                elif several and tokens[-1].text in alone:
                    fired("actor.person-by-surname")
                else:
                    fired("actor.person-by-address")
                out.add(name)
    return out


def _addressed(ent: SpacySpan) -> bool:
    """A form of address (``HONORIFICS``) just before the name, or opening what the tagger took for a body's name:
    "Mr Livne", "Ms Rosa Sapolu" (the honorifics of the lexicon, "Sheikh", are taken in by ``_after_honorific``,
    and several of them are also names' first words)."""
    before = ent.start > 0 and HONORIFICS.fullmatch(ent.doc[ent.start - 1].text + " ") is not None
    return before or (len(ent) >= 2 and HONORIFICS.fullmatch(ent[0].text + " ") is not None)


KIN_NOUNS = frozenset(
    "son sons daughter daughters wife husband mother father brother sister child children family parents".split()
)
"""What only a person has: "Siti Aminah, whose son …"."""


def _takes_who(ent: SpacySpan) -> bool:
    """ "X, who …" or "X, whose son …": a relative clause only a person takes (an organisation takes "which",
    and has shares and offices of its own)."""
    after = ent.doc[ent.end : ent.end + 5]
    if len(after) < 3 or after[0].text != ",":
        return False
    if after[1].lower_ == "who":
        return True
    return after[1].lower_ == "whose" and any(t.lower_ in KIN_NOUNS for t in after[2:])


def _of_aged(ent: SpacySpan, aged: set[str]) -> bool:
    """The name, or the family name ending it, is one the text marks as a person's (``_person_marked_names``)."""
    tokens = _name_tokens(ent)
    return bool(aged) and (strip_possessive(ent.text) in aged or (len(tokens) >= 2 and tokens[-1].text in aged))


def _aged(ent: SpacySpan) -> bool:
    """ "Gul Zaman, 52,": only a person has an age set off by commas after the name."""
    doc = ent.doc
    after = [t.text for t in doc[ent.end : ent.end + 3]]
    return len(after) == 3 and after[0] == "," and after[1].isdigit() and int(after[1]) < 120 and after[2] == ","


PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "port", "province", "region", "district", "county"})
"""Nouns for a place, apposed to a name that is then a place's: "Wilmington, the state's biggest city"."""


def _apposed_place_noun(ent: SpacySpan) -> bool:
    """A name with a noun for a place apposed to it: "Wilmington, the state's biggest city"."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in ent.root.children)


def _city_in_place_role(ent: SpacySpan) -> bool:
    """A known city the tagger took for a person, used as a place: object of a verb or preposition, not a
    speaker or an agent."""
    if ent.root.dep_ in ("nsubj", "nsubjpass", "agent", "poss") or len(_name_tokens(ent)) > 3:
        return False
    place = gazetteer().locate(strip_possessive(ent.text))
    return place is not None and ent.root.dep_ in ("pobj", "dobj", "compound", "appos", "conj")


def _where_someone_is(ent: SpacySpan) -> bool:
    """ "a community leader in Teluk Batik", "the ambassador in Kemaman": a name after "in", "at" or "from" that
    says where a person named by a noun lives or serves is a place, whatever the tagger said."""
    root = ent.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "from")
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in PEOPLE_NOUNS | TITLE_NOUNS
    )


def _titled_name(ent: SpacySpan) -> bool:
    """A personal name given a title ("the foreign minister, Arben Krasniqi"), whatever the tagger said."""
    tokens = [t for t in _name_tokens(ent) if t.text != "-"]  # "Kassym-Jomart Tokayev": the hyphen joins
    if not 2 <= len(tokens) <= 4 or not all(
        (t.text[0].isupper() and not t.text.isupper()) or INITIAL.fullmatch(t.text) or (n and t.lower_ in PARTICLES)
        for n, t in enumerate(tokens)
    ):
        return False
    geo = gazetteer()
    name = strip_possessive(ent.text)
    if geo.country_of(name) or is_outlet_name(name):
        return False
    if any(t.lower_ in ORGANIZATION_WORDS or geo.country_of(t.text) for t in tokens):
        return False
    before = title_before(ent)
    if title_apposed(ent) is not None or (before is not None and any(t.lower_ in TITLE_NOUNS for t in before)):
        return True
    if len(tokens) >= 3 and tokens[0].lower_ in DESCRIPTOR_WORDS:
        return True  # "Pensioner Doreen Fell", "Cllr Janet Bower" taken in whole: the name after a descriptor
    if len(tokens) >= 3 and tokens[0].lower_ in PEERAGE_STYLES:
        return True  # "Lord Hamish Crichton": a peer, styled so as part of the name
    # "his Brazilian counterpart Ana Carolina Duarte", "the minister, Arben Krasniqi" however it is parsed; "Tech
    # mogul Brandon Kline", "Nobel laureate Amara Diallo": a role right before
    prev = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].text != "," else ent.start - 2
    if prev >= 0 and prev == ent.start - 1 and ent.doc[prev].lower_ in ROLE_NOUNS:
        return True
    return prev >= 0 and ent.doc[prev].lower_ in TITLE_NOUNS


def _inside_title(ent: SpacySpan) -> bool:
    """ "Secretary of State", "Minister for Europe", "the Commerce Minister", "Commerce Minister Tofazzal Bhuiyan";
    but "the leaders of China" name China, "the Kenyan minister" Kenya and "a spokesman for President Luiz Matos"
    the president (rule actor.principal-not-portfolio: a person's name of two words is no portfolio)."""
    head = ent.root.head
    title = head.head
    if ent.label_ == "ORG" and ent.end + 1 < len(ent.doc) and _portfolio(ent):
        fired("actor.portfolio")  # a portfolio, not the Department of Commerce
        return True
    if ent.label_ == "ORG" and _office_of_a_holder(ent):
        fired("actor.office-not-body")
        return True
    after_title = (
        head.lower_ in ("of", "for")
        and title.lemma_.lower() in TITLE_NOUNS
        and title.i < ent.start
        and title.tag_ not in ("NNS", "NNPS")
    )
    if after_title and ent.label_ == "PERSON" and len(_name_tokens(ent)) >= 2:
        fired("actor.principal-not-portfolio")
        return False
    return after_title


def _office_of_a_holder(ent: SpacySpan) -> bool:
    """ "Consul General of the People's Republic of China", "Minister for International Development" tagged as
    an organisation: a title noun and its phrase name one person's office, not a body (rule
    actor.office-not-body), unless a word of the name makes it a body's ("Chief Directorate of Police")."""
    words = [t for t in ent if t.dep_ != "det"]
    if not words or not words[0].is_title or words[0].lower_.split("-")[0] not in TITLE_NOUNS:
        return False
    if not any(t.lower_ in ("of", "for") for t in words[1:]):
        return False
    return not any(t.lower_ in ORGANIZATION_WORDS for t in words)


def _portfolio(ent: SpacySpan) -> bool:
    """ "Commerce" of "the Commerce Minister" or "Commerce Minister X": a word of a title the tagger took for an
    organisation, right before a title noun, after a determiner or before a person's name."""
    after = ent.doc[ent.end]
    if ent.root.dep_ != "compound" or ent.root.head.i != after.i or after.lemma_.lower() not in TITLE_NOUNS:
        return False
    if any(t.is_upper and t.is_alpha and len(t) >= 2 for t in ent):
        return False  # initials are a body's ("WAPEC President", "AU Commission Chairman"), not a portfolio's
    if after.tag_ not in ("NN", "NNP"):
        return False
    determined = ent.start > 0 and ent.doc[ent.start - 1].dep_ in ("det", "poss")
    return determined or ent.doc[ent.end + 1].ent_type_ == "PERSON"


HEADLINE_NOUNS = TITLE_NOUNS | set(NOUN_MODES) | {"reports", "report", "says", "said"}
HEADLINE_WORDS = HEADLINE_NOUNS | PHONE_WORDS


def _common_words(ent: SpacySpan) -> bool:
    """ "… Discuss Black Sea Deal by Phone", "Swiss Mediator Says …": capitalised common words or a description
    the tagger took for a name."""
    words = [t.lower_ for t in ent if t.is_alpha]
    if ent.label_ == "ORG" and 2 <= len(words) <= 3 and words[-1] in TITLE_NOUNS and len(words) == len(ent):
        return True
    return bool(words) and len(words) == len(ent) and all(w in HEADLINE_WORDS for w in words)


def _is_headline(ent: SpacySpan) -> bool:
    """ "Kremlin Silent on Report of Secret Finnish Channel": a title-case headline the tagger took for a name."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    words = ent.text.split()
    if len(words) < 4 or len(line.split()) > 16 or line.rstrip().endswith("."):
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ in HEADLINE_NOUNS for t in ent[1:]):
        return True  # "Élysée Envoy Held Secret Talks": a title and a contact are no part of a name
    return len(words) >= 0.6 * len(line.split()) and any(w.islower() for w in words)


def is_dateline(ent: SpacySpan) -> bool:
    """ "ADDIS ABABA — …": the place a story was filed from, not an actor."""
    doc = ent.doc
    starts_paragraph = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
    follows = doc[ent.end].text if ent.end < len(doc) else ""
    return starts_paragraph and ent.text.isupper() and follows in ("—", "–", "-", "--", ",", "(")


def _name_tokens(ent: SpacySpan) -> list[Token]:
    return [t for t in ent if t.is_alpha or "-" in t.text or "." in t.text]


HONORIFICS = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Mme|M|Herr|Frau|Sen|Rep|Gov|Gen)\.?\s+|(?:"
    + "|".join(re.escape(a) for a in sorted(WRITTEN_ABBREVIATIONS))
    + r")\s+)"
)
"""Courtesy titles and abbreviated titles ("Gov.", "Col.", "Hon.") that open a name and are no part of it; the
abbreviations with their stop only ("Maj Britt" is a given name)."""


DESCRIPTOR_WORDS = TITLE_NOUNS | ROLE_NOUNS
PEERAGE_STYLES = frozenset({"lord", "lady", "baron", "baroness"})
"""Styles of a peer, written as part of the name ("Lord Tuita Fifita"), which mark it as a person's."""


def _descriptor_end(tokens: list[Token], names: set[str]) -> int:
    """How many leading name tokens are a descriptor, not a name (rule actor.name-descriptor): a title or role
    word ("Billionaire Donald Trump", "Speaker Paul Ryan"), or words before a name the article gives on its own
    ("Conservative icon Ada Brill" when "Ada Brill" stands elsewhere), never a given name."""
    cut = 0
    while len(tokens) - cut >= 3 or (len(tokens) - cut == 2 and tokens[cut + 1].text in names):
        rest = " ".join(t.text for t in tokens[cut + 1 :])
        word = tokens[cut].lower_
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


def _add_person(table: ActorTable, ent: SpacySpan, names: set[str] = frozenset()) -> None:
    tokens = [t for t in _name_tokens(ent) if not HONORIFICS.match(t.text + " ")]
    cut = _descriptor_end(tokens, names)
    if cut:
        fired("actor.name-descriptor")
        descriptor = ent.doc[tokens[0].i : tokens[cut].i]
        ent = SpacySpan(ent.doc, tokens[cut].i, ent.end, label=ent.label)
        tokens = tokens[cut:]
        table.descriptors.setdefault(strip_possessive(ent.text), []).append(descriptor.text)
    if not tokens:
        return
    full = HONORIFICS.sub("", strip_possessive(ent.text))
    surname = tokens[-1].text
    if (earlier := table.named_in_full(full)) is not None:
        fired("actor.family-name-words")
        table.add_mention(earlier, ent)
        return
    for actor in table.persons():
        known = actor.name.split()
        forms = surname_forms(actor.name)
        by_inner = False
        if (
            full == actor.name
            or (len(tokens) == 1 and known and (known[-1] == surname or surname in forms))
            or (by_inner := len(tokens) == 1 and surname == inner_surname(actor.name) and _only_inner(table, surname))
            or _particle_form(full) in forms
            or _particle_tail(full, actor.name) is not None
        ):
            if by_inner:
                fired("actor.inner-surname")
            table.add_mention(actor, _with_particles(table, ent, actor) if len(tokens) == 1 else ent)
            return
    if len(tokens) == 1:
        leading = [a for a in table.persons() if len(a.name.split()) >= 2 and a.name.split()[0] == surname]
        if len(leading) == 1:
            table.add_mention(leading[0], ent)  # a family name written first: "Liu Qiang", then "Liu"
            return
    for actor in table.persons():
        known = actor.name.split()
        if len(tokens) >= 2 and len(known) == 1 and (known[0] == surname or full.endswith(" " + known[0])):
            actor.aliases.append(actor.name)
            actor.name = full
            table.add_mention(actor, ent)
            return
    table.add(ActorKind.PERSON, full, mention=ent, key=full)


def shorter_form(name: str, full: str) -> bool:
    """``name`` is how the press shortens the person named ``full``: a family name of two words ("Sanhá Có" for
    "Armando Sanhá Có") or a hyphenated one ("Asante-Mensah") written alone, or a given name with the first of two
    family names ("Fernando Quiroga" for "Fernando Quiroga Antezana")."""
    words, known = name.split(), full.split()
    if not words or len(known) <= len(words) or not (len(words) >= 2 or "-" in name):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return known[-len(words) :] == words or (len(words) >= 2 and known[: len(words)] == words)


def _only_inner(table: ActorTable, word: str) -> bool:
    """Only one person named so far has ``word`` as the middle of a three-word name, and none as a surname."""
    persons = table.persons()
    return sum(inner_surname(a.name) == word for a in persons) == 1 and not any(
        a.name.split()[-1] == word for a in persons
    )


def _leading_names(person_ents: list[SpacySpan]) -> dict[str, SpacySpan]:
    """First words of full names that only one name starts with: the family name in "Liu Qiang"."""
    firsts: dict[str, list[SpacySpan]] = {}
    for ent in person_ents:
        tokens = [t for t in _name_tokens(ent) if not HONORIFICS.match(t.text + " ")]
        if len(tokens) >= 2:
            firsts.setdefault(tokens[0].text, []).append(ent)
    return {word: ents[0] for word, ents in firsts.items() if len({e.text for e in ents}) == 1}


def _add_surname_mentions(table: ActorTable, doc: Doc) -> None:
    """Bare surnames the tagger missed ("Bonn's goal") join the named person."""
    surnames = {a.name.split()[-1]: a for a in table.persons() if len(a.name.split()) >= 2}
    surnames.update({form: a for a in table.persons() for form in surname_forms(a.name) if " " not in form})
    leading: dict[str, list[Actor]] = {}
    for actor in table.persons():
        if len(actor.name.split()) >= 2:
            leading.setdefault(actor.name.split()[0], []).append(actor)
    surnames.update({w: found[0] for w, found in leading.items() if len(found) == 1 and w not in surnames})
    inner = {w: a for a in table.persons() if (w := inner_surname(a.name)) and _only_inner(table, w)}
    by_inner = {w for w in inner if w not in surnames}
    surnames.update({w: a for w, a in inner.items() if w not in surnames})
    for token in doc_index(doc).with_text(surnames.keys()):
        if token.i in table.token_actor or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if (other := _hyphened_to(token)) is not None and other.text not in surnames:
            continue  # "Aumua" of "Losa Aumua-Schuster" is hers; "Nair-Haddad talks" name two people
        actor = surnames[token.text]
        if token.text in by_inner:
            fired("actor.inner-surname")
        table.add_mention(actor, _with_particles(table, doc[token.i : token.i + 1], actor))
    _add_double_name_mentions(table, doc)


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
    while start < mention.start and _particle_tail(strip_possessive(doc[start : mention.end].text), actor.name) is None:
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


def title_before(ent: SpacySpan) -> SpacySpan | None:
    """Premodifying title: "Russian Foreign Minister" in "Russian Foreign Minister Sergey Lavrov", also before a
    form of address ("Malaysian Foreign Minister Tan Sri Musa Hamid")."""
    title = _words_before(ent)
    return _without_style(title) if title is not None else None


def _without_style(title: SpacySpan) -> SpacySpan:
    """ "Qatari Prime Minister Sheikh", "Saudi Foreign Minister Prince" before a name: a style of address after a
    title is how the person is addressed, not part of the office (rule actor.address-not-title). A style alone
    ("Sheikh Hamdan", "Archbishop Desmond Tutu") stays the title."""
    doc, end = title.doc, title.end
    while end - title.start >= 2 and _address_word(doc[end - 1].lower_) and _ends_title(doc[end - 2]):
        fired("actor.address-not-title")
        end -= 1
    return doc[title.start : end]


TITLE_QUALIFIERS = frozenset({"deputy", "vice", "former", "acting", "assistant", "junior", "shadow", "ex", "late"})
"""Words that make a title another office: a deputy prime minister is not "the Prime Minister"."""


def _ends_title(word: Token) -> bool:
    """Whether ``word``, before a style of address, ends a title of its own: "Minister" of "Prime Minister
    Sheikh", not "Deputy" of "Deputy Chief"."""
    return word.lower_ in TITLE_NOUNS and word.lower_ not in TITLE_QUALIFIERS


def _words_before(ent: SpacySpan) -> SpacySpan | None:
    doc = ent.doc
    if (size := _honorific_size(doc, ent.start - 1)) and ent.start - size > 0:
        title = _words_before(SpacySpan(doc, ent.start - size, ent.end, label=ent.label_))
        if not any(t.lower_ in TITLE_NOUNS for t in doc[ent.start - size : ent.start]):
            return title  # "Tan Sri" is no title; "Bishop", "Cardinal" are
        return doc[title.start if title is not None else ent.start - size : ent.start]
    start = ent.start
    while start > 0 and ent.start - start < MAX_TITLE_TOKENS:
        prev = doc[start - 1]
        if prev.is_punct and prev.text not in ("'s", "’s", "-"):
            break
        if prev.dep_ not in TITLE_DEPS or prev.pos_ in ("VERB", "AUX", "ADP", "PRON", "NUM", "SPACE"):
            break
        if not (ent.start <= prev.head.i < ent.end or start - 1 < prev.head.i < ent.end):
            break
        if prev.ent_type_ == "PERSON" or prev.lower_ in ("the", "a", "an", "his", "her", "their", "its"):
            break
        start -= 1
    if start == ent.start:
        return _title_by_shape(ent)
    span = doc[start : ent.start]
    if not any(t.lower_ in TITLE_NOUNS or t.lower_ in TITLE_ABBREVIATIONS or t.pos_ == "NOUN" for t in span):
        return _title_by_shape(ent)  # the end of a brief: "Minister of Foreign Affairs and International Cooperation"
    body = entity_at(doc[start - 1]) if start > 0 else None
    if body is not None and body.label_ == "ORG" and body.end == start and len(body) == 1 and body[0].is_upper:
        fired("actor.body-title")  # "ECOWAS President", however it is parsed
        return doc[body.start : ent.start]
    return span


def _title_joined_before(title: SpacySpan | None) -> SpacySpan | None:
    """ "Deputy Prime Minister and Foreign Minister Bishnu Adhikari": a second title joined by "and" before the
    title next to the name is the person's too (rule actor.joined-title)."""
    if title is None or title.start < 2 or title.doc[title.start - 1].lower_ != "and":
        return None
    doc, end = title.doc, title.start - 1
    if doc[end - 1].lower_ not in TITLE_NOUNS or not doc[end - 1].is_title:
        return None  # not "the transport minister and Foreign Minister X": someone else
    start = end - 1
    while start > 0 and end - start < MAX_TITLE_TOKENS and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        if doc[start - 1].ent_type_ == "PERSON":
            break
        start -= 1
    if start > 0 and doc[start - 1].pos_ == "DET":
        return None  # "The President and Foreign Minister X": the president is another person
    fired("actor.joined-title")
    return doc[start:end]


def _title_by_shape(ent: SpacySpan) -> SpacySpan | None:
    """ "Russian President Vladimir Putin" when the parse is no help: capitalised title words and nationalities."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < MAX_TITLE_TOKENS:
        prev = doc[start - 1]
        if (office := _office_of(doc, start)) is not None:
            start = office  # "Secretary of State", "Minister of Foreign Affairs and International Cooperation"
            continue
        nationality = prev.ent_type_ in ("NORP", "GPE") and (prev.is_title or prev.is_upper)  # "Russian", "U.S."
        if not (prev.lower_ in TITLE_NOUNS or prev.lower_ in TITLE_ABBREVIATIONS or nationality):
            break
        start -= 1
    body = entity_at(doc[start - 1]) if 0 < start < ent.start else None
    if body is not None and body.label_ == "ORG" and body.end == start and ent.start - body.start <= MAX_TITLE_TOKENS:
        fired("actor.body-title")  # "Democratic National Committee chair", the body's chair
        start = body.start
    span = doc[start : ent.start]
    return span if any(t.lower_ in TITLE_NOUNS or t.lower_ in TITLE_ABBREVIATIONS for t in span) else None


BRIEF_WORDS = 8
"""The most words of a minister's brief between "of" and the name."""


def _office_of(doc: Doc, end: int) -> int | None:
    """Where a title of the form "<title> of <brief>" ending at ``end`` starts: capitalised words (and "and")
    back to "of", after a title noun."""
    i = end - 1
    while i > end - BRIEF_WORDS and i > 0 and (doc[i].is_title or doc[i].lower_ in ("and", "&")):
        i -= 1
    if i < end - 1 and i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TITLE_NOUNS:
        return i - 1
    return None


def title_apposed(ent: SpacySpan) -> SpacySpan | None:
    """Apposed title: "Kaja Kallas, the EU's foreign policy chief"."""
    for child in ent.root.children:
        titled = child.lemma_.lower() in TITLE_NOUNS | RELATIVE_NOUNS or _title_compound(child)
        if child.dep_ == "appos" and child.i >= ent.end and titled:
            # "Tom Rath, a veteran party leader who endorsed Kasich": the relative clause is not part of the title
            end = min((c.left_edge.i for c in child.children if c.dep_ == "relcl" and c.i > child.i), default=None)
            tokens = [t for t in child.subtree if t.i >= ent.end and (end is None or t.i < end)]
            while end is not None and tokens and tokens[-1].is_punct:
                tokens.pop()
            if tokens and _subject_of_next_verb(tokens[-1]):
                continue  # "talks with the minister, Tin Oo, a U.S. official said": the official is who said it
            if len(tokens) > MAX_TITLE_TOKENS + 2 and tokens[-1].i > child.i:
                fired("actor.long-title-cut")  # "the Consul General of the People's Republic of China in Glasgow"
                tokens = [t for t in tokens if t.i <= child.i]
            if 0 < len(tokens) <= MAX_TITLE_TOKENS + 2 and not any(t.pos_ == "VERB" for t in tokens):
                first = 1 if tokens[0].dep_ == "det" else 0
                if first < len(tokens):
                    if child.lemma_.lower() not in TITLE_NOUNS | RELATIVE_NOUNS:
                        fired("actor.compound-title")  # "Ada Moss, the chief economist"
                    return ent.doc[tokens[first].i : tokens[-1].i + 1]
    head = apposition_host(ent.root)
    if (
        ent.root.dep_ == "appos"
        and head.i < ent.start
        and (head.lower_ in TITLE_NOUNS | RELATIVE_NOUNS or _title_compound(head))
    ):
        last = ent.root.head.i  # the title noun, or the end of the phrase after it: "envoy for Syria"
        brief = _brief_after(head, ent.start) if last == head.i else None
        if brief is not None and brief - head.left_edge.i < MAX_TITLE_TOKENS:
            fired("actor.title-brief")  # "the Minister of Fisheries, Ravi Perera": the name hangs on "Minister"
            last = brief
        tokens = [t for t in head.subtree if t.i <= last]
        if tokens and len(tokens) <= MAX_TITLE_TOKENS:
            first = 1 if tokens[0].dep_ == "det" else 0
            if first < len(tokens):
                if head.lower_ not in TITLE_NOUNS | RELATIVE_NOUNS:
                    fired("actor.compound-title")  # "the chief economist, Ada Moss"
                return ent.doc[tokens[first].i : tokens[-1].i + 1]
    return None


def _brief_after(title: Token, name_start: int) -> int | None:
    """Where the "of" or "for" phrase after a title noun ends ("Minister of Fisheries"), if it ends right before
    the comma that opens the apposed name."""
    for child in title.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i > title.i:
            end = child.right_edge.i
            if end + 2 == name_start and title.doc[end + 1].text == ",":
                return end
    return None


def _subject_of_next_verb(last: Token) -> bool:
    """Whether a finite verb follows the phrase ending at ``last`` at once: the phrase is that verb's subject."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].tag_ in ("VBD", "VBZ", "VBP")


def _title_compound(noun: Token) -> bool:
    """A noun a title word before it makes a title (rule actor.compound-title): "chief executive", "chief
    economist", "deputy editor"."""
    return any(c.dep_ in ("compound", "amod") and c.i < noun.i and c.lower_ in TITLE_NOUNS for c in noun.children)


def apposition_host(name: Token) -> Token:
    """The noun an apposed name describes (rule actor.apposed-through-phrase). Usually the name's head; but in "the
    UN envoy for Syria, Staffan de Mistura" or "the ambassador to Japan, Rahm Emanuel" the parse hangs the name
    on the country ending the title's phrase, and the envoy is meant: a person's noun above one or two
    prepositional phrases ending in a name stands in for that name. After a common noun the name is the noun's:
    "a spokeswoman for the parent company, Mondelez International" names the company."""
    head = node = name.head
    if head.pos_ != "PROPN":
        return head
    for _ in range(2):
        phrase = node.head
        if node.dep_ != "pobj" or phrase.dep_ != "prep" or phrase.head.i >= phrase.i:
            break
        node = phrase.head
        if node.lemma_.lower() in PEOPLE_NOUNS and node.pos_ == "NOUN" and head.lemma_.lower() not in PEOPLE_NOUNS:
            fired("actor.apposed-through-phrase")
            return node
    return head


def _fill_person(table: ActorTable, actor: Actor) -> None:
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
        before = title_before(ent)
        for title in (before, _title_joined_before(before), title_apposed(ent)):
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
    if actor.country is None:
        actor.country = _country_from_description(table, actor)
        if actor.country is not None:
            fired("actor.country-from-context")
    if actor.country is None and any(GOVERNMENT_TITLE.search(t) for t in actor.titles):
        actor.country = _country_from_sentence(table, actor)


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
    return _nationality_before(table, group_start, first, GOVERNMENT_GROUPS)


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
            if ent is not None and ent.label_ not in ("NORP", "GPE") and not _demonyms_only(ent.text):
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
    table: ActorTable, start: int, person: SpacySpan, nouns: set[str] | frozenset[str]
) -> str | None:
    """The country of the nearest noun among ``nouns`` between ``start`` and the ``person``'s mention that has a
    nationality, leaving out the other side of the person's own meeting: in "the South Korean envoy met Vice
    Foreign Minister Pak", the envoy is who Pak met, not one of his (rule actor.country-not-counterpart)."""
    geo = gazetteer()
    for token in reversed(doc_index(table.doc).with_lemma(frozenset(nouns))):
        if not max(start, 0) <= token.i < person.start or token.pos_ != "NOUN":
            continue
        if _counterparts(token, person.root):
            fired("actor.country-not-counterpart")
            continue
        for child in token.children:
            if child.i > token.i or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("NORP", "GPE") and (code := geo.country_of(ent.text)):
                return code
    return None


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


def _country_from_group(ent: SpacySpan) -> str | None:
    """ "Russian officials, including presidential aide Yuri Ushakov": Russian."""
    geo = gazetteer()
    node = ent.root
    for _ in range(3):
        node = node.head
        if node.lower_ in ("including", "among", "like") or node.dep_ == "prep":
            group = node.head
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
    country = entity_at(doc[ent.end + 1])
    if country is None and doc[ent.end + 1].lower_ == "the" and ent.end + 2 < len(doc):
        country = entity_at(doc[ent.end + 2])
    code = gazetteer().country_of(strip_possessive(country.text)) if country is not None else None
    if code is not None:
        fired("actor.country-after-name")
    return code


def _country_from_poss(ent: SpacySpan) -> str | None:
    geo = gazetteer()
    for child in ent.root.children:
        if child.dep_ == "poss" and (code := geo.country_of(child.text)):
            return code
    return None


def _country_from_sentence(table: ActorTable, actor: Actor) -> str | None:
    """A government official with no stated country speaks for the state his sentence names first."""
    first = actor.mentions[0]
    sent = table.doc.char_span(first.start, first.end, alignment_mode="expand")
    if sent is None:
        return None
    for token in sent.sent:
        other = table.actor_at(token)
        if other is not None and other.id != actor.id and other.kind is ActorKind.ORGANIZATION and other.country:
            return other.country
    return None
