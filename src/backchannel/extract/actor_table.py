"""The table of an article's actors (``ActorTable``): which actor each mention is, and entity spans trimmed of
what the tagger ran into them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..dates import MONTHS
from ..geo import gazetteer
from ..records import Actor, ActorKind, Article, Span
from .actor_words import (
    INITIAL,
    address_before,
    capitalised_word,
    entity_at,
    going_verb_in_headline,
    initials_of,
    is_headline,
    leading_participle,
    names_a_body_title_or_state,
    place_name,
    strip_possessive,
    strip_the,
    subject_of_next_verb,
    without_blanks,
)
from .descriptions import body_of_members, shorter_descriptions
from .gender import given_names
from .group_repeats import group_named_before
from .headline_names import headline_name_end, headline_word_before_name
from .lexicon import HONORIFICS as HONORIFIC_WORDS
from .lexicon import ORGANIZATION_WORDS, PLATFORM_NAMES, PORTFOLIO_WORDS, TITLE_NOUNS
from .movements import movement_of_fighters
from .name_forms import (
    after_house_before_initials,
    after_seat_noun,
    particle_tail,
    shorter_form,
    spelled_alike,
    styled_form,
)
from .office_places import name_after_office_place
from .person_words import COURTESY_TITLES
from .place_runs import after_fronted_place
from .quotemarks import SINGLE_MARKS
from .trace import fired

if TYPE_CHECKING:
    from .narrators import Narration


DESCRIBED_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.ANONYMOUS})
"""Kinds of actor a text may name by a description ("a delegation of fishermen", "officials of the union"), not
a person or a state, which have names of their own."""


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
    nicknames: dict[str, str] = field(default_factory=dict)
    """A person's nickname the story gives in quote marks with the full name, to the person's id (actor.nickname)."""
    narration: Narration | None = None
    """Who narrates the piece in the first person, worked out once for the quotes and the events (``narrators``)."""

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
        elif kind is ActorKind.PERSON and shortened is None and (alike := self.spelled_otherwise(name)) is not None:
            actor = alike  # "Ri Son Gwon" after "Ri Son-gwon"
        elif kind is ActorKind.GROUP and mention is not None and (told := self.told_before(name, mention)) is not None:
            actor = told  # "the hereditary chiefs" after "Wet'suwet'en hereditary chiefs"
        elif kind is ActorKind.GROUP and mention is not None and (armed := movement_of_fighters(self.actors, mention)):
            actor = armed  # "the rebels" after "members of the Red Dawn movement"
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

    def told_before(self, name: str, mention: SpacySpan) -> Actor | None:
        """The group a description repeats more briefly, or repeated more briefly later (rule
        actor.group-named-before); the first description names it, however the stages came to find them."""
        group = group_named_before(self.actors, self.doc, mention)
        if group is None:
            return None
        fired("actor.group-named-before")
        first = min((m.start for m in group.mentions), default=None)
        if first is not None and mention.start_char < first and name != group.name:
            if group.name not in group.aliases:
                group.aliases.append(group.name)
            group.name = name  # named in full where the story brought it in
        return group

    def named_in_full(self, name: str) -> Actor | None:
        """The one person whose fuller name ``name`` is a shorter form of (rule actor.family-name-words)."""
        found = [a for a in self.actors if a.kind is ActorKind.PERSON and shorter_form(name, a.name)]
        return found[0] if len(found) == 1 else None

    def spelled_otherwise(self, name: str) -> Actor | None:
        """The one person whose full name is ``name`` spelt another way (rule actor.name-spelled-another-way)."""
        found = [a for a in self.actors if a.kind is ActorKind.PERSON and spelled_alike(name, a.name)]
        if len(found) != 1:
            return None
        fired("actor.name-spelled-another-way")
        return found[0]

    def spelled_out(self, name: str) -> Actor | None:
        """The one organisation named in full whose initials ``name`` is ("the PPSU" after "the Pan-Pacific
        Swimming Union"), for a body first met by its initials after the actors were found (rule actor.acronym)."""
        short = strip_the(name)
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            return None
        found = [
            a
            for a in self.actors
            if a.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET)
            and len(a.name.split()) >= 2
            and initials_of(a.name) == short
        ]
        return found[0] if len(found) == 1 else None

    def add_mention(self, actor: Actor, mention: SpacySpan) -> None:
        mention = without_blanks(mention)
        if not len(mention):
            return
        span = Span.of(self.article.text, mention.start_char, mention.end_char)
        if span not in actor.mentions:
            actor.mentions.append(span)
            actor.mentions.sort(key=lambda s: s.start)
        for token in mention:
            self.token_actor.setdefault(token.i, actor.id)
        alias = strip_possessive(mention.text)
        if actor.kind is ActorKind.PERSON and (tail := particle_tail(alias, actor.name)) is not None:
            fired("actor.surname-particle")
            alias = tail  # "Bin Zayed said": "bin Zayed", as the name has it
        if actor.kind is ActorKind.PERSON and (address := address_before(mention)) is not None:
            alias = f"{address.text} {alias}"  # "Mr Ardon", "Fru Haugen": how the article addresses them
        if alias and alias != actor.name and alias not in actor.aliases and len(alias) > 1:
            actor.aliases.append(alias)
        if actor.kind is ActorKind.PERSON and (styled := styled_form(mention)) and styled not in actor.aliases:
            actor.aliases.append(styled)
        if actor.kind in DESCRIBED_KINDS and mention.root.pos_ == "NOUN":
            # "a delegation" of "a delegation of fishermen from Tema": the party as the text describes it
            self._add_aliases(actor, shorter_descriptions(mention.root), "actor.description-core")
            if actor.kind is ActorKind.GROUP:
                self._add_aliases(actor, body_of_members(mention.root), "actor.body-of-the-members")

    @staticmethod
    def _add_aliases(actor: Actor, forms: list[str], rule: str) -> None:
        """Give ``actor`` the names in ``forms`` it lacks, firing ``rule`` when there is one."""
        new = [f for f in forms if f != actor.name and f not in actor.aliases]
        if new:
            fired(rule)
            actor.aliases.extend(new)

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


def trimmed_ent(ent: SpacySpan) -> SpacySpan:
    """An entity without the blank lines the tagger sometimes runs it into, nor the end of a title it took in
    ("Secretary of State Mark Ellison" tagged "State Mark Ellison")."""
    trimmed = without_blanks(ent)
    start, doc = trimmed.start, ent.doc
    if (
        ent.label_ == "PERSON"
        and len(trimmed) >= 3
        and start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in TITLE_NOUNS
    ):
        start += 1
    if ent.label_ == "PERSON" and (after := _after_state_possessive(trimmed)) is not None:
        fired("actor.state-possessive-before-name")  # "Jordan’s King Hussein" tagged as one name
        return trimmed_ent(after)
    if ent.label_ in ("PERSON", "GPE", "ORG") and (after := after_fronted_place(trimmed)) is not None:
        return after  # "in Ankara Zarif told …" tagged as one name
    if ent.label_ in ("PERSON", "ORG", "FAC") and (after := after_preposition(trimmed)) is not None:
        return after
    if ent.label_ in ("PERSON", "ORG") and (before := _before_platform(trimmed)) is not None:
        return before
    if ent.label_ in ("PERSON", "ORG", "GPE") and (after := after_comma(trimmed)) is not None:
        return after
    if ent.label_ in ("PERSON", "ORG") and (after := _after_brief(trimmed)) is not None:
        return after
    if ent.label_ in ("PERSON", "ORG") and (named := _name_after_title(trimmed)) is not None:
        return named
    if ent.label_ in ("PERSON", "ORG") and (named := after_seat_noun(trimmed)) is not None:
        return named
    if ent.label_ == "PERSON" and (named := after_house_before_initials(trimmed)) is not None:
        return named
    if ent.label_ in ("PERSON", "ORG", "GPE", "FAC", "LOC") and (named := name_after_office_place(trimmed)) is not None:
        return named
    if ent.label_ in ("PERSON", "ORG") and (named := _past_title_phrase(trimmed)) is not None:
        return named
    if ent.label_ == "PERSON" and leading_participle(doc[start]) and trimmed.end - start >= 2:
        fired("actor.leading-participle")  # "Meeting Lavrov in Geneva, …" tagged as one name
        start += 1
    while ent.label_ == "PERSON" and trimmed.end - start >= 2 and _leading_headline_verb(doc[start]):
        fired("actor.headline-verb")  # "… to Let Envoy Meet Ada Moss" tagged "Meet Ada Moss"
        start += 1
    while trimmed.end - start >= 2 and doc[start].is_lower and doc[start].pos_ in ("VERB", "AUX"):
        fired("actor.leading-verb")  # "to meet European Union officials" tagged "meet European Union"
        start += 1
    while ent.label_ == "PERSON" and trimmed.end - start >= 3 and date_word(doc[start]):
        fired("actor.leading-date")  # "On 7 June Jorge Vidal met …" tagged "7 June Jorge Vidal"
        start += 1
    end = _open_bracket(doc[start : trimmed.end]) if start < trimmed.end else trimmed.end
    if ent.label_ == "PERSON" and start == ent.start and _apostrophe_initial(doc, start, end):
        fired("actor.apostrophe-initial")  # "’Manteboheng Molatjeng", a Sesotho name, tagged without its mark
        start -= 1
    if ent.label_ == "PERSON" and end - start >= 3 and doc[end - 1].text in HEADLINE_VERBS:
        fired("actor.headline-verb")  # "… Ada Moss Tells Board" tagged with the verb
        end -= 1
    elif ent.label_ == "PERSON" and end - start == 2 and going_verb_in_headline(doc[end - 1]):
        fired("actor.headline-verb")  # "Abera Heads to Nairobi" tagged "Abera Heads"
        end -= 1
    elif ent.label_ == "PERSON" and (verb := _inner_going_verb(doc, start, end)) is not None:
        fired("actor.headline-verb")  # "Xi Meets Lee in Gyeongju" tagged as one name: the first side's name
        end = verb
    elif ent.label_ in ("PERSON", "ORG") and (cut := headline_name_end(ent, start, end)) is not None:
        fired("actor.headline-run-on")  # "Ada Moss Praises Harbour Board", "Lind Now Expected To Join Talks"
        return SpacySpan(doc, start, cut, label="PERSON")
    if (start, end) == (ent.start, ent.end):
        return ent
    return SpacySpan(doc, start, end, label=ent.label)


def _past_title_phrase(ent: SpacySpan) -> SpacySpan | None:
    """The holder's name the tagger ran together with the end of a title's phrase "for the …" or "of the …" (rule
    actor.after-title-phrase): "Spokesman for the Presidency Ana Ruiz", "Minister for the Pacific Tom Reed" tagged
    "Presidency Ana Ruiz" or "the Pacific Tom Reed". The word after "the" there names the body or place the title is
    held for, never the holder's given name, and so do the body's words after it; what is left is the name, two or
    three capitalised words naming no body, title or state; in what the tagger took for a body's name, only a
    name that is the subject of the verb after it ("… Tom Reed flew to Suva")."""
    doc = ent.doc
    the = ent.start if ent[0].lower_ == "the" else ent.start - 1
    if the < 2 or doc[the].lower_ != "the" or doc[the - 1].lower_ not in ("for", "of"):
        return None
    if doc[the - 2].lower_ not in TITLE_NOUNS:
        return None
    first = the + 2
    while ent.end - first > 2 and (doc[first].lower_ in ORGANIZATION_WORDS or doc[first].lower_ in PORTFOLIO_WORDS):
        first += 1  # "Director of the Information Office Ana Ruiz"
    name = doc[first : ent.end]
    if len(name) == 3 and name[1].lower_ in given_names() and name[0].lower_ not in given_names():
        name = name[1:]  # "the Western Balkans Petra Lind": the body's or place's name ends before a given name
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and capitalised_word(t) for t in name):
        return None
    if names_a_body_title_or_state(name) or any(t.lower_ in PORTFOLIO_WORDS for t in name):
        return None
    if ent.label_ != "PERSON" and not subject_of_next_verb(name[-1], modal=True):
        return None  # "director of the Texas Politics Project at …": a body's name, which the tagger had right
    fired("actor.after-title-phrase")
    return SpacySpan(doc, name.start, name.end, label="PERSON")


def _leading_headline_verb(word: Token) -> bool:
    """Whether a name the tagger found opens with the verb of meeting of a headline in title case ("… to Let Envoy
    Meet Ada Moss"), a word the story does not write capitalised as a name word elsewhere ("Welcome Mabuza")."""
    return going_verb_in_headline(word) and headline_word_before_name(word)


def _inner_going_verb(doc: Doc, start: int, end: int) -> int | None:
    """Where a headline's verb of meeting stands inside a name the tagger ran across it ("Lula Meets Milei"), if
    it does: the names of the two sides are on either side of it."""
    return next((i for i in range(start + 1, end - 1) if going_verb_in_headline(doc[i])), None)


def _open_bracket(ent: SpacySpan) -> int:
    """Where a name the tagger ran on into the bracket after it ends (rule actor.open-bracket): before the bracket of
    "the Australian Chamber of Commerce (" or "the Pakistan Institute of Medical Sciences (Pims", where the bracket
    closes outside the entity: what it holds is a short name or a gloss the text gives after the name. The end of
    the entity, when no bracket is left open in it."""
    opening = next((t.i for t in ent if t.text == "("), None)
    if opening is None or opening == ent.start or any(t.text == ")" for t in ent.doc[opening : ent.end]):
        return ent.end
    fired("actor.open-bracket")
    return opening


def _apostrophe_initial(doc: Doc, start: int, end: int) -> bool:
    """An apostrophe glued to the front of a name, as Sesotho writes married women's names ("’Matšepo Ramakoae",
    "’Manteboheng …"): no space after it, a space or the start of a paragraph before it, and no single mark after
    the name closing a quote it would have opened ("‘Mad Max’"), nor any later in the paragraph ("'Rishi Sunak has
    failed,' he said.") but an apostrophe inside a word."""
    if start < 1 or doc[start - 1].text not in ("’", "'") or doc[start - 1].whitespace_:
        return False
    if start >= 2 and not doc[start - 2].whitespace_ and not doc[start - 2].is_space:
        return False
    return not _single_mark_after(doc.text, doc[end - 1].idx + len(doc[end - 1]))


def _single_mark_after(text: str, at: int) -> bool:
    """Whether a single quote mark, not an apostrophe between two letters ("don’t"), follows `at` in its paragraph."""
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    for i in range(at, stop):
        if text[i] in SINGLE_MARKS and not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
            return True
    return False


HEADLINE_VERBS = frozenset(
    {"Says", "Tells", "Warns", "Claims", "Insists", "Admits", "Urges", "Vows", "Predicts", "Argues", "Slams"}
)
"""Reporting verbs as a title-case headline writes them, which the tagger may read into a name before them."""


RUN_TOGETHER_PREPS = frozenset({"with", "by"})
"""Prepositions no name holds, across which the tagger runs a place into a person: "Government House with X"."""


def after_preposition(ent: SpacySpan) -> SpacySpan | None:
    """The person's name after a place the tagger ran it into (rule actor.split-at-preposition): "the talks at
    Government House with Helena Marsh" tagged as one organisation. Two or three capitalised words after the last
    "with" or "by" inside the entity, none an organisation's word, a title or a country."""
    cut = max((t.i for t in ent if t.lower_ in RUN_TOGETHER_PREPS and t.is_lower), default=None)
    if cut is None or cut == ent.start:
        return None
    name = ent.doc[cut + 1 : ent.end]
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and capitalised_word(t) for t in name):
        return None
    if names_a_body_title_or_state(name):
        return None
    fired("actor.split-at-preposition")
    return SpacySpan(ent.doc, name.start, name.end, label="PERSON")


def _before_platform(ent: SpacySpan) -> SpacySpan | None:
    """The name before "on" and a platform the tagger ran it into ("wrote Novak on Instagram" tagged as one
    organisation; rule actor.name-before-platform): where the words were posted is not part of the name."""
    on = next((t for t in ent if t.lower_ in ("on", "via") and t.is_lower and t.i > ent.start), None)
    if on is None or ent.doc[on.i + 1 : ent.end].text.casefold() not in PLATFORM_NAMES:
        return None
    fired("actor.name-before-platform")
    return SpacySpan(ent.doc, ent.start, on.i, label=ent.label)


def after_comma(ent: SpacySpan) -> SpacySpan | None:
    """The person's name after a place or body the tagger ran it into across a comma (rule actor.split-at-comma):
    "his classmate at Dunmore, Piet Akkerman, said", "Reached in Tarsk, Okafor said" tagged as one entity. The
    words after the last comma are a person's name when they begin with a form of address ("Sr. Vela"), or are
    two to four capitalised words, or one that ends a person's name the tagger found elsewhere in the text or
    is the subject of the verb right after it ("…, Okafor said"); never
    a body's word, a title, a country or a place ("Ministry of Trade, Industry and Energy", "Niger, Burkina
    Faso", "University of Wales, Bangor")."""
    doc = ent.doc
    cut = max((t.i for t in ent if t.text == ","), default=None)
    if cut is None or cut == ent.start:
        return None
    name = doc[cut + 1 : ent.end]
    addressed = len(name) >= 2 and name[0].lower_.rstrip(".") in HONORIFIC_WORDS | COURTESY_TITLES
    words = name[1:] if addressed else name
    if not 1 <= len(words) <= 4 or not all(capitalised_word(t) or INITIAL.fullmatch(t.text) for t in words):
        return None
    if names_a_body_title_or_state(words):
        return None
    named = len(words) == 1 and _ends_a_name(words[0])  # "Bello" after "Ibrahim Sule Bello", though a town's name
    if not named and gazetteer().locate(words.text) is not None:
        return None
    if not addressed and len(words) == 1 and not (named or subject_of_next_verb(ent[-1], modal=True)):
        return None  # "Ministry of Labour, Immigration, …": a list of the body's portfolios
    fired("actor.split-at-comma")
    return SpacySpan(doc, name.start, name.end, label="PERSON")


def _ends_a_name(word: Token) -> bool:
    """Whether the word is the last of a person's name the tagger found elsewhere in the text."""
    return any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == word.text and e.end - 1 != word.i for e in word.doc.ents
    )


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


def _joining_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, inside a name ("Kassym-Jomart")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _after_state_possessive(ent: SpacySpan) -> SpacySpan | None:
    """The name after a state's possessive the tagger took in with it (rule actor.state-possessive-before-name):
    "Jordan’s King Hussein", "Peru’s President Ana Vela" tagged as one person, which the tagger does with a curly
    apostrophe where a straight one leaves the state out. The words after it must hold a name, not a title alone
    ("Saudi Arabia’s Crown Prince"); the state then is the person's by the title it goes with."""
    mark = next((t for t in ent if t.tag_ == "POS" and t.i > ent.start), None)
    if mark is None or not all(t.is_title for t in ent.doc[ent.start : mark.i]):
        return None
    if not gazetteer().country_of(ent.doc[ent.start : mark.i].text):
        return None
    rest = ent.doc[mark.i + 1 : ent.end]
    if not any(t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_NOUNS for t in rest):
        return None
    return SpacySpan(ent.doc, rest.start, rest.end, label=ent.label_)


def _name_after_title(ent: SpacySpan) -> SpacySpan | None:
    """The name after a title the tagger took in with what qualifies it (rule actor.name-after-title): "Bavaria
    Premier Markus Lindqvist", "Union spokesperson J. Okonkwo" tagged as one organisation. Two or three
    capitalised words (or initials) after the last title word, none an organisation's word or a country."""
    words = [t for t in ent if not t.is_space]
    last = max((n for n, t in enumerate(words) if t.lower_.rstrip(".") in TITLE_NOUNS), default=None)
    if last is None:
        return None
    name = words[last + 1 :]
    parts = [t for t in name if not _joining_hyphen(t)]  # "Kassym-Jomart Tokayev": two words, joined
    if not 2 <= len(parts) <= 3 or not all(capitalised_word(t) or INITIAL.fullmatch(t.text) for t in parts):
        return None
    if is_headline(ent) or any(t.pos_ != "PROPN" for t in parts):
        return None  # "Élysée Envoy Held Secret Talks": a headline, not a titled name
    if names_a_body_title_or_state(name):
        return None
    fired("actor.name-after-title")
    return SpacySpan(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")
