"""The forms of a person's name: surnames with particles, double and hyphenated family names, given names
and honorifics, and the shorter forms a later mention may take."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .actor_words import (
    ADDRESS_WORDS,
    HONORIFICS,
    INITIAL,
    NAME_CACHE,
    PARTICLES,
    PATRONYMIC_PARTICLES,
    leading_participle,
    marked_name_word,
    strip_possessive,
)
from .gender import given_names, without_accents
from .glued_initials import glued_family_name
from .headline_names import headline_word_before_name
from .lexicon import (
    BUILDING_WORDS,
    COURTESY_FORMS,
    FAMILY_NAMES_FIRST,
    FULL_NAME_HONORIFICS,
    ORGANIZATION_WORDS,
    PORTFOLIO_WORDS,
    SEAT_NOUNS,
    TITLE_INITIALISMS,
    TITLE_NOUNS,
    TITLES_AS_NAMES,
)
from .lexicon import HONORIFICS as HONORIFIC_WORDS
from .office_places import in_title_phrase
from .person_words import PEOPLE_NOUNS
from .title_words import POSSESSIVES
from .trace import fired

STYLES = HONORIFIC_WORDS | FULL_NAME_HONORIFICS
"""Every form of address, those before any name and those only before a full one ("Don", "Mar")."""
NOT_A_GIVEN_NAME = TITLE_NOUNS | ORGANIZATION_WORDS | PEOPLE_NOUNS | STYLES
"""Words that open a title, a body or a form of address, never a given name left out of a name."""

GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""What ends a name after the family name to tell a son from his father ("Jr.", "Sr.", "III"), lower case,
without the stop."""

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
    if (family := glued_family_name(words[-1] if words else "")) is not None:
        forms.append(family)  # "Battulga" for "Kh.Battulga" (rule actor.glued-initials)
    if (spaced := unhyphened(name)) is not None:
        forms.append(spaced)
    return tuple(forms)


HYPHENED_FAMILY_NAME = re.compile(r"[A-Z]\w+(?:-[A-Z]\w+)+")
"""A family name of capitalised parts joined by hyphens ("Abdul-Mahdi"), which the press also writes spaced."""


def unhyphened(name: str) -> str | None:
    """The family name of a full name written with spaces for its hyphens (rule actor.unhyphened): "Abdul Mahdi"
    for "Adel Abdul-Mahdi"; None when the name has no hyphened family name."""
    words = name.split()
    if len(words) < 2 or not HYPHENED_FAMILY_NAME.fullmatch(words[-1]):
        return None
    return words[-1].replace("-", " ")


def family_before_suffix(name: str) -> str | None:
    """The family name before a generational suffix: "Biden" of "Joseph R. Biden Jr."; None without one."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES:
        return words[-2].rstrip(",")
    return None


@lru_cache(maxsize=NAME_CACHE)
def inner_surname(name: str) -> str | None:
    """The middle word of a three-word name, or the third of a four-word one, which Spanish, Portuguese and South
    Asian names are often shortened to: the first of two family names (rule actor.inner-surname: "Gabriela Estrada
    Ruiz … Estrada said", "Marco Tulio Aguilar Rosales … Mr Aguilar said"). In a longer name with a family
    particle after two given words and one more, that last word before the particle, by which the press often
    knows the person: "Lula" of "Luiz Inácio Lula da Silva". A mention by it joins the person only while no one
    else in the article could be meant."""
    words = name.split()
    particle = next((i for i, w in enumerate(words[1:-1], start=1) if w.lower() in PARTICLES), None)
    if particle is not None:
        before = words[particle - 1]
        known_by = particle >= 3 and words[particle].lower() not in PATRONYMIC_PARTICLES
        return before if known_by and before[:1].isupper() and len(before.rstrip(".")) >= 2 else None
    if len(words) not in (3, 4) or any(len(w.rstrip(".")) < 2 for w in words):
        return None
    return words[-2] if words[-2][:1].isupper() else None


def particle_form(name: str) -> str:
    """ "De Mistura" or "Al-Jubouri" at the start of a sentence, as the name is written inside a sentence."""
    words = name.split()
    if len(words) >= 2 and words[0].lower() in PARTICLES:
        return " ".join([words[0].lower(), *words[1:]])
    if len(words) == 1 and ARTICLE_PREFIX.match(name):
        return name[:2].lower() + name[2:]
    return name


def particle_tail(name: str, full: str) -> str | None:
    """The end of ``full`` from a particle on, as ``full`` writes it, when ``name`` is that end written with the
    particle capitalised or not: "van der Berg" for "Van der Berg" and "Pieter van der Berg", "bin Zayed" for "Bin
    Zayed" and "Abdullah bin Zayed", "Van den Bossche" for "van den Bossche" and "Pieter Van den Bossche" (rule
    actor.surname-particle; ``surname_forms`` gives "Abdullah" for "Abdullah bin Zayed", a patronymic not being a
    family name, but the press writes both)."""
    if particle_form(name)[:1].isupper() or not full.casefold().endswith(" " + name.casefold()):
        return None
    return full[len(full) - len(name) :]


def demonyms_only(name: str) -> bool:
    """ "Kazakh", "Kazakh, Uzbek", "Emirati", "Kazakh-Uzbek": words for a country's people, whatever the tagger
    called them."""
    geo = gazetteer()
    words = [w for w in re.split(r",\s*|\s+and\s+|\s*/\s*|(?<=[a-z])-(?=[A-Z])", name) if w]
    return bool(words) and all(geo.is_demonym(w) for w in words)


def addressed_given_name(ent: SpacySpan, surnames: dict[str, SpacySpan]) -> SpacySpan | None:
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


def through_particles(ents: list[SpacySpan]) -> list[SpacySpan]:
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
        ent = _with_given_name_before_patronymic(ent)
        end = ent.end
        while ent.label_ == "PERSON" and end < len(doc) and _particle(doc[end]):
            end += 1
        capital = ent.label_ == "PERSON" and end == ent.end and _capital_particle(doc, end, starts)
        if capital:
            fired("actor.capital-particle")  # "Julio Do Santos": "Julio" + "Santos" tagged apart
            end += 1
        particled = capital or doc[end - 1].lower_ in PARTICLES
        if ent.label_ == "PERSON" and particled and end < len(doc) and doc[end].is_title:
            # to the end of the rest tagged apart: "Omar", "bin Hamad Al Busaidi", "Badr bin Hamad Al Busaidi"
            fired("actor.surname-particle")
            skip = max([end + 1] + [starts[k].end for k in range(ent.start, end + 1) if k in starts])
            ent = SpacySpan(doc, ent.start, skip, label=ent.label)
        out.append(ent)
    return out


CAPITAL_PARTICLES = (PARTICLES - PATRONYMIC_PARTICLES - {"le", "la", "ter", "ten", "zu", "af", "wa"}) | {"do"}
"""Particles of a family name that some copy writes with a capital ("Julio Do Santos", "Ana Da Costa"): those of
``PARTICLES`` and the Portuguese "do", but not the patronymic ones ("Bin" opens a name), nor those that, capitalised,
are as often a word or a place's article of their own ("Ten", "La Paz")."""


def _capital_particle(doc: Doc, at: int, starts: dict[int, SpacySpan]) -> bool:
    """Whether token ``at``, right after a person's name, is a family name's particle written with a capital
    ("Julio Do Santos", rule actor.capital-particle), which the tagger took for a word of its own ("Do" a verb),
    cutting the name in two: only where a person's name the tagger found starts right after it."""
    if at + 1 >= len(doc) or at + 1 not in starts:
        return False
    word = doc[at]
    return word.is_title and word.lower_ in CAPITAL_PARTICLES and bool(word.whitespace_)


STYLE_WORDS = TITLE_NOUNS | ADDRESS_WORDS | HONORIFIC_WORDS
"""Words that style a person before their name and are also given names ("Sultan", "Prince", "Sheikh")."""
STYLE_OPENERS = frozenset({"crown", "grand"})
"""Words that make a style of two with the one after them: "Crown Prince", "Grand Sheikh"."""


def style_not_given_name(given: Token, after: int) -> bool:
    """Whether a style word before "bin" ("Prince bin Salman") is the style it is elsewhere, not a given name: when
    another title word stands before it ("Saudi Crown Prince bin Salman", "President Sheikh bin Zayed"), or when
    only one name follows "bin" (``after``, the words after it: "Sheikh bin Zayed", the press's short form of a
    styled name; "Sultan bin Khalid Al Harthy" has a family name after the father's and keeps "Sultan")."""
    if given.lower_ not in STYLE_WORDS:
        return False
    before = given.doc[given.i - 1] if given.i > 0 else None
    styled = before is not None and before.is_title and before.lower_ in STYLE_WORDS | STYLE_OPENERS
    return after <= 1 or styled


def _with_given_name_before_patronymic(ent: SpacySpan) -> SpacySpan:
    """ "Sultan bin Mohammed Al Namani" tagged from "bin" on (rule actor.given-name-before-patronymic): no name
    opens with "bin" or "ibn", which join a given name to a father's; the capitalised word the tagger left out just
    before it is the given name, even a word that is elsewhere a style ("Sultan", "Amir"), but not a style that
    ``style_not_given_name`` tells is one ("Crown Prince bin Salman", "Sheikh bin Zayed")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0 or not ent[0].is_lower or ent[0].lower_ not in PATRONYMIC_PARTICLES:
        return ent
    given = doc[ent.start - 1]
    if not (given.is_title and given.is_alpha and given.pos_ == "PROPN" and given.ent_iob_ == "O"):
        return ent
    if style_not_given_name(given, len(ent) - 1):
        return ent
    fired("actor.given-name-before-patronymic")
    return SpacySpan(doc, ent.start - 1, ent.end, label=ent.label)


def _particle(token: Token) -> bool:
    """A lower-case particle of a family name: the "der" of "van der"."""
    return token.is_lower and token.lower_ in PARTICLES


HONORIFIC_LENGTH = 3
"""The most words an honorific has ("Datuk Seri", "Pehin Dato")."""


def after_honorific(ent: SpacySpan) -> SpacySpan:
    """ "Sheikh Usman Garba Dikko", "Tan Sri Musa Hamid", "Rev. John Mba": a name the tagger took in with the
    honorific before it (often as an organisation) is a person's, without it (rule actor.honorific). The
    longest honorific wins; two capitalised words at least must be left."""
    if (named := _after_title_initialism(ent)) is not None:
        return named
    words = [t.lower_.rstrip(".") for t in ent[:HONORIFIC_LENGTH]]
    # "Fru Haugen" taken for a body: a form of address only is no body's first word
    courtesy = words[0] in COURTESY_FORMS and ent.label_ != "PERSON"
    addressed = courtesy or _family_name_of_someone(ent[1]) if len(ent) == 2 else False
    if addressed and words[0] in HONORIFIC_WORDS:
        fired("actor.honorific")
        return SpacySpan(ent.doc, ent.start + 1, ent.end, label="PERSON")  # "Bishop Crăciun", "Fru Haugen"
    if len(ent) == 2 and ent.label_ != "PERSON" and words[0] in TITLE_NOUNS and _family_name_of_someone(ent[1]):
        # rule actor.title-before-family-name: "General Brannock told reporters" after "Lt. Gen. Harlan R.
        # Brannock": a title and the family name of someone named in full, which the tagger took for a body's
        # name ("General Motors"), are that person
        fired("actor.title-before-family-name")
        return SpacySpan(ent.doc, ent.start + 1, ent.end, label="PERSON")
    if ent[0].lower_ == "the" and len(ent) > 3:
        styled = after_honorific(ent[1:])  # "The Rt Rev. Ama Boateng": the article belongs to the style
        return styled if styled.start > ent.start + 1 else ent
    if (whole := _style_before_one_name(ent, words)) is not None:
        return whole
    for size in range(min(HONORIFIC_LENGTH, len(ent) - 2), 0, -1):
        rest = ent[size:]
        style = " ".join(words[:size])
        if style not in STYLES:
            continue
        if style not in HONORIFIC_WORDS and not _given_name_word(rest[0]):
            continue  # "Don J. Wright": an English given name before an initial
        named = rest[:-1] if len(rest) >= 2 and rest[-1].lower_ in POSSESSIVES else rest  # "… Anwar Ibrahim's"
        if not rest[0].is_title or not all(map(_name_word, named)):
            continue
        if any(t.lower_ in ORGANIZATION_WORDS or t.lower_ in BUILDING_WORDS for t in rest):
            return ent  # "Sheikh Zayed Foundation", "Don Chan Palace"
        fired("actor.honorific")
        return SpacySpan(ent.doc, rest.start, rest.end, label="PERSON")
    return ent


def _after_title_initialism(ent: SpacySpan) -> SpacySpan | None:
    """ "PM Lena Moro", "FM Arif Khan", "PM Moro" (rule actor.title-initialism): a title written as capital
    initials, which the tagger takes in with the name after it (often as an organisation's name), is no part of
    the name: the person is the capitalised words after it. Not a place ("CM Punjab": the chief minister of a
    province, no name given) nor a body's words."""
    if len(ent) < 2 or ent[0].text not in TITLE_INITIALISMS:
        return None
    rest = ent[1:]
    if not rest[0].is_title or not all(map(_name_word, rest)) or any(t.is_upper and len(t) > 1 for t in rest):
        return None
    if len(rest) == 1 and ent.label_ != "PERSON" and not _family_name_of_someone(rest[0]):
        return None  # "CM Sindh": a province's chief minister, unless the word is someone's name
    if any(t.lower_ in ORGANIZATION_WORDS | BUILDING_WORDS | TITLE_NOUNS for t in rest):
        return None
    geo = gazetteer()
    if geo.country_of(rest.text) or geo.is_city(rest.text) or geo.is_demonym(rest[0].text):
        return None
    fired("actor.title-initialism")
    return SpacySpan(ent.doc, rest.start, rest.end, label="PERSON")


def _style_before_one_name(ent: SpacySpan, words: list[str]) -> SpacySpan | None:
    """ "Datuk Seri Anwar", "Tan Sri Muhyiddin" (rule actor.honorific): a style of two words or more before one
    name, as Malaysian and Bruneian press call people by it; the name alone is the person, never the style's
    second word with the name ("Seri Anwar")."""
    size = len(ent) - 1
    if not 2 <= size <= HONORIFIC_LENGTH or " ".join(words[:size]) not in HONORIFIC_WORDS:
        return None
    name, doc = ent[size], ent.doc
    if not (name.is_title and name.is_alpha and len(name) > 1):
        return None
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return None  # "Tan Sri Musa" + "Hamid", the name's end the tagger left out: another rule runs it on
    fired("actor.honorific")
    return SpacySpan(ent.doc, name.i, ent.end, label="PERSON")


def _given_name_word(token: Token) -> bool:
    """A capitalised word written out, the given name a full-name honorific stands before ("Don Alfonso Ibarra"),
    not an initial, which shows "Don" to be the given name itself ("Don J. Wright")."""
    return token.is_title and token.is_alpha and len(token) > 1


def _name_word(token: Token) -> bool:
    """A word of a person's name after an honorific: capitalised, a particle ("bin", "de"), or the hyphen inside a
    double family name ("Gebre-Selassie")."""
    if token.is_title or token.is_upper or token.lower_ in PARTICLES:
        return True
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_


def styled_form(mention: SpacySpan) -> str | None:
    """ "Datuk Seri Hamzah bin Ismail", "Ratu Sir Josaia Vuniwai": a person's name of two words or more as the
    article writes it with the honorifics right before it, which are no part of the name but a form the press
    and the reader know the person by (rule actor.styled-form). None when no honorific stands there."""
    doc = mention.doc
    if len([t for t in mention if t.is_alpha]) < 2:
        return None
    start = mention.start
    while start > 0 and doc[start - 1].text[:1].isupper():
        size = honorific_size(doc, start - 1) or int(doc[start - 1].lower_.rstrip(".") in ("sir", "dame"))
        if not size:
            break
        start -= size
    if start == mention.start:
        return None
    fired("actor.styled-form")
    return doc[start : mention.end].text


def _family_name_of_someone(word: Token) -> bool:
    """A word that ends or opens a person's name of two words or more the tagger found elsewhere in the text."""
    return word.is_title and any(
        e.label_ == "PERSON" and len(e) >= 2 and e.start != word.i - 1 and word.text in (e[0].text, e[-1].text)
        for e in word.doc.ents
    )


def _honorific_ends_at(doc: Doc, at: int) -> bool:
    return honorific_size(doc, at) > 0


def honorific_size(doc: Doc, at: int) -> int:
    """How many words of a form of address end at token ``at`` ("Tan Sri", "Datuk", and "Don" before two
    capitalised words); 0 if none."""
    full_name_after = at + 2 < len(doc) and _given_name_word(doc[at + 1]) and doc[at + 2].is_title
    styles = STYLES if full_name_after else HONORIFIC_WORDS
    sizes = [
        size
        for size in range(1, min(HONORIFIC_LENGTH, at + 1) + 1)
        if at >= 0 and " ".join(t.lower_.rstrip(".") for t in doc[at - size + 1 : at + 1]) in styles
    ]
    return max(sizes, default=0)


def style_before_name(ent: SpacySpan) -> bool:
    """ "Datuk Seri" + "Ahmad Zainal Abidin": an entity that is only a form of address, right before a capitalised
    name, is the style of that name and no one of its own (rule actor.honorific)."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end].is_title or doc[ent.end].is_sent_start:
        return False
    if " ".join(t.lower_.rstrip(".") for t in ent) not in HONORIFIC_WORDS:
        return False
    fired("actor.honorific")
    return True


def with_given_names(ent: SpacySpan) -> SpacySpan:
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
        if prev.lower_ in SEAT_NOUNS:
            fired("actor.after-seat-noun")
            break  # a seat in a body: "Party Presidium Member" before "Lina Oduya"
        if _initials_word(doc[start]) and prev.lower_ not in given_names():
            fired("actor.house-before-initials")
            break  # "in Rajya Sabha" before "P.K. Menon": the house the office is of
        if doc[start - 3 : start - 1].text.lower() in ("for the", "of the") or _ends_title_body(prev):
            fired("actor.after-title-phrase")
            break  # the body or place a title is held for: "Spokesman for the Presidency", "… the Cabinet Office"
        if start >= 2 and _ends_a_body_of_a_title(doc[start - 2], prev):
            fired("actor.name-after-office-place")
            break  # the end of the body a title is of: "Chairman of the State Duma" before "Ivan Petrov"
        if prev.lower_ in ORGANIZATION_WORDS and doc[start - 2 : start - 1].text.lower() == "the":
            fired("actor.name-after-office-place")
            break  # a body's name after "the": "in the Senate" before "Rafael Menon"
        if HONORIFICS.match(prev.text + " ") or gazetteer().country_of(prev.text) or prev.is_stop:
            break  # "Mr", "Russian", or an opening word: "Wherever Hillary Clinton goes"
        if _honorific_ends_at(doc, start - 1):
            break  # "Tan Sri" before "Musa Hamid"
        if leading_participle(prev):
            fired("actor.leading-participle")  # "Meeting Lavrov in Geneva, …"
            break
        if headline_word_before_name(prev):
            fired("actor.headline-run-on")  # "Moss Praises" before "Ivo Lind" in a headline
            break
        start -= 1
    return SpacySpan(doc, start, ent.end, label=ent.label) if start < ent.start else ent


INNER_HONORIFICS = frozenset({"dr", "hon", "sir", "dame", "prof"})
"""Honours a name may carry inside it, after a chiefly title or given name the person is known by ("Tuilaepa Dr.
Sa'ilele Malielegaoi", "Tuala Hon. Sefo Mauga"), lower case, without the stop."""


def through_inner_honorific(ent: SpacySpan) -> SpacySpan:
    """ "Tuilaepa Dr. Sa'ilele Malielegaoi", tagged as "Tuilaepa Dr." and "Sa'ilele Malielegaoi", or the first word
    left out (rule actor.inner-honorific): a person's name right after an honour ("Dr.", "Hon.", "Sir") that itself
    comes right after a capitalised name word, a word of no title, body, place or form of address, runs back over
    the honour to that word: the honour is inside one name, as Samoan and Fijian names carry it, not the start of a
    second person's."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 2 or doc[ent.start - 1].lower_.rstrip(".") not in INNER_HONORIFICS:
        return ent
    word = doc[ent.start - 2]
    if not _name_word_before_honour(word):
        return ent
    fired("actor.inner-honorific")
    return with_given_names(SpacySpan(doc, word.i, ent.end, label=ent.label))


def _name_word_before_honour(word: Token) -> bool:
    """Whether ``word``, before an honour, is a word of the name after it: capitalised, a proper noun untagged or a
    person's, not a title, a body's word, a form of address, a place, a sentence's first word or a headline's
    verb, nor the end of a title's phrase ("Archbishop of Wales Dr Barry Morgan")."""
    if not (word.is_title and word.is_alpha and word.pos_ == "PROPN" and word.whitespace_):
        return False
    if word.ent_type_ not in ("", "PERSON") or word.is_sent_start or word.lower_ in NOT_A_GIVEN_NAME:
        return False
    if word.lower_ in ADDRESS_WORDS or _honorific_ends_at(word.doc, word.i) or headline_word_before_name(word):
        return False
    if word.i > 0 and (word.doc[word.i - 1].lower_ in TITLE_PHRASE_LINKS or in_title_phrase(word)):
        return False
    return gazetteer().locate(word.text) is None and not gazetteer().country_of(word.text)


TITLE_PHRASE_LINKS = frozenset({"of", "for", "to", "the"})
"""Words after which a capitalised word is the place or body of a title's phrase ("Archbishop of Wales")."""


def _ends_title_body(word: Token) -> bool:
    """Whether ``word`` is a body's word ending a title's phrase "for the …", "of the …" ("Minister for the Cabinet
    Office"): no given name of the holder named after it; not "Radio" of "Radio Pathet Lao", a body's own name. The
    body's name may hold a possessive ("of the Workers' Party", "of the People's Committee")."""
    doc, at = word.doc, word.i
    if word.lower_ not in ORGANIZATION_WORDS:
        return False
    while at > 0 and (doc[at].is_title or doc[at].lower_ in POSSESSIVE_MARKS) and word.i - at < 3:
        at -= 1
    return at > 0 and doc[at].lower_ == "the" and doc[at - 1].lower_ in ("for", "of")


POSSESSIVE_MARKS = POSSESSIVES | {"'", "’"}
"""What the tokenizer splits off a possessive: "'s", and the lone mark of a plural's ("Workers' Party")."""


def _ends_a_body_of_a_title(before: Token, word: Token) -> bool:
    """Whether ``word``, after ``before``, is the last word of the body a title is of ("Duma" of "Chairman of the
    State Duma"), not a given name after the place the title is of ("Minister of Uzbekistan Bakhtiyor …"): a body's
    name runs on from a capitalised word that is no country or city, and the word is no given name."""
    if not before.is_title or word.lower_ in given_names() or not in_title_phrase(before):
        return False
    geo = gazetteer()
    return not (geo.is_country_name(before.text) or geo.is_city(before.text))


def with_first_name_word(ent: SpacySpan) -> SpacySpan:
    """ ", Per Holm Jakobsen,", ", Do Van Hung,", ", Nguyễn Hữu Phước,": a name apposed between commas whose first
    word the tagger left out, read as a function word or a verb ("per", "do"); capitalised after a comma in
    running text, that word can only be the name's first (rule actor.name-first-word)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < 2 or ent.end >= len(doc) or doc[ent.end].text != ",":
        return ent
    word = doc[ent.start - 1]
    if doc[ent.start - 2].text != "," or word.is_sent_start or word.whitespace_ != " ":
        return ent
    if not (word.is_title and word.is_alpha) or word.ent_iob_ != "O" or (word.pos_ == "PROPN" and not word.is_stop):
        return ent  # a capitalised proper noun is ``with_given_names``'s to take in, when it is a given name
    if word.lower_ in NOT_A_GIVEN_NAME:
        return ent
    if not all(t.is_title or t.text == "-" for t in ent):
        return ent
    fired("actor.name-first-word")
    return SpacySpan(doc, ent.start - 1, ent.end, label=ent.label)


def titles_as_names(doc: Doc) -> list[SpacySpan]:
    """ "The Dalai Lama said …": a person the press names by a title alone (rule actor.title-as-name), whom the
    tagger leaves untagged or takes for a body; capitalised, as a name is. Not the head of a body's name that opens
    with the title ("the Aga Khan University", "the Dalai Lama Foundation")."""
    out = []
    for title in TITLES_AS_NAMES:
        words = title.split()
        for start in range(len(doc) - len(words) + 1):
            span = doc[start : start + len(words)]
            if [t.lower_ for t in span] == words and all(t.is_title for t in span) and not _names_a_body(span):
                fired("actor.title-as-name")
                out.append(SpacySpan(doc, span.start, span.end, label="PERSON"))
    return sorted(out, key=lambda s: s.start)


def _names_a_body(title: SpacySpan) -> bool:
    """Whether a capitalised noun follows the title straight on, as a body's name goes on ("Aga Khan Development
    Network"): not a date ("the Dalai Lama Monday") nor a given name ("the Dalai Lama Tenzin Gyatso")."""
    if title.end >= len(title.doc) or not title[-1].whitespace_:
        return False
    after = title.doc[title.end]
    return (
        after.is_title
        and after.is_alpha
        and after.pos_ in ("PROPN", "NOUN")
        and after.ent_type_ not in ("DATE", "TIME")
        and after.lower_ not in given_names()
    )


def pronoun_given_names(doc: Doc) -> list[SpacySpan]:
    """ "Vice Premier Liu He held talks": a family name written first ("Liu") and a given name the tagger read as
    the pronoun. A pronoun is capitalised only where a sentence opens, so one capitalised straight after a family
    name, with no stop between, is the rest of the name (rule actor.pronoun-given-name); the family name must be
    tagged a person or follow a title ("Premier"), so that a headline's "… Liu He Said" is left alone, and the parse
    must hang it on the pronoun, as a name's first word, so that run-on text ("thanked President Xi He said …",
    a stop left out) is left alone too."""
    out = []
    for given in doc[2:]:
        family = doc[given.i - 1]
        if given.pos_ != "PRON" or not given.is_title or family.whitespace_ != " " or not family.is_title:
            continue
        if family.lower_ not in FAMILY_NAMES_FIRST or family.head.i != given.i:
            continue  # "thanked President Xi He said …": a stop left out, and the parse hangs "Xi" elsewhere
        if family.ent_type_ == "PERSON" or (doc[family.i - 1].lower_ in TITLE_NOUNS and doc[family.i - 1].is_title):
            fired("actor.pronoun-given-name")
            out.append(SpacySpan(doc, family.i, given.i + 1, label="PERSON"))
    return out


def family_word(doc: Doc, at: int) -> bool:
    """Whether token ``at`` can end a family name written with a separate article ("Al Thani", "El Erian"), which a
    name the tagger cut before "Al" runs on to (rule actor.name-run-on): a capitalised word of no entity, no title,
    organisation or country."""
    if at >= len(doc):
        return False
    word = doc[at]
    if not (word.is_title and word.is_alpha and word.ent_iob_ == "O"):
        return False
    return word.lower_ not in TITLE_NOUNS | ORGANIZATION_WORDS and not gazetteer().country_of(word.text)


def inside_span(inner: SpacySpan, outer: SpacySpan) -> bool:
    return (
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)
    )


def joined_persons(ents: list[SpacySpan]) -> list[SpacySpan]:
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
            out[-1] = after_honorific(SpacySpan(ent.doc, last.start, max(last.end, ent.end), label=ent.label))
        elif ent.start == last.end and len(ent) == 1 and last[-1].whitespace_ and ent[0].is_title:
            fired("actor.name-run-on")
            out[-1] = SpacySpan(ent.doc, last.start, ent.end, label=ent.label)
        else:
            out.append(ent)
    return out


def through_marked_words(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Yousef" + "Mana’a" + "Saeed Al Otaiba", "Tuala Peni" + "Amituana'i" (rule actor.marked-name-word): a
    person's name takes in the untagged words written with a mark inside them ("Mana’a", ``marked_name_word``)
    right before or after it, and a person's name that then meets the one before is the same name."""
    out: list[SpacySpan] = []
    for ent in ents:
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        doc, start, end = ent.doc, ent.start, ent.end
        while start > 0 and _untagged_marked_word(doc[start - 1]) and doc[start - 1].whitespace_:
            start -= 1
        while end < len(doc) and _untagged_marked_word(doc[end]) and doc[end - 1].whitespace_:
            end += 1
        if (start, end) != (ent.start, ent.end):
            fired("actor.marked-name-word")
            ent = SpacySpan(doc, start, end, label=ent.label)
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and last.start < ent.start <= last.end:
            joint = doc[ent.start] if ent.start < last.end else doc[last.end - 1]
            if marked_name_word(joint):
                out[-1] = SpacySpan(doc, last.start, max(last.end, ent.end), label=ent.label)
                continue
        out.append(ent)
    return out


def _untagged_marked_word(token: Token) -> bool:
    return token.ent_iob_ == "O" and marked_name_word(token)


def whole_double_family_names(ents: list[SpacySpan], person_ents: list[SpacySpan]) -> list[SpacySpan]:
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


def hyphenated_given_name(doc: Doc, at: int) -> bool:
    """A hyphen and a lower-case syllable written on to the name before ``at``: the second half of a Korean given
    name ("Min-seok", "Jae-in"), or a hyphen and a capitalised name: the second half of a double family name;
    the tagger leaves either out of the name (rule actor.name-run-on)."""
    if at + 1 >= len(doc) or doc[at].text != "-" or doc[at - 1].whitespace_ or doc[at].whitespace_:
        return False
    syllable = doc[at + 1]
    if syllable.is_alpha and syllable.is_title and syllable.ent_iob_ != "B":
        return True  # the second half of a double family name: "Andrei Cojocaru" + "-Vieru"
    if syllable.lower_ in HYPHENED_MODIFIER_ENDS:
        fired("actor.name-before-modifier")  # "the Soto-led government": Soto, who leads it
        return False
    return syllable.is_alpha and syllable.is_lower and len(syllable) <= 5


HYPHENED_MODIFIER_ENDS = frozenset(
    {"led", "backed", "based", "born", "owned", "run", "linked", "allied", "aligned", "held", "made", "era", "style"}
    | {"like", "type", "elect", "designate", "bound", "friendly", "free", "wide"}
)
"""English words written after a name and a hyphen to make a modifier ("Soto-led", "Kremlin-backed", "Lagos-born",
"Trump-era"): never the second half of a given name."""


def shorter_form(name: str, full: str) -> bool:
    """``name`` is how the press shortens the person named ``full``: a family name of two words ("Sanhá Có" for
    "Armando Sanhá Có") or a hyphenated one ("Asante-Mensah") written alone, or a given name with the first of two
    family names ("Fernando Quiroga" for "Fernando Quiroga Antezana"), or a family name with its article written
    joined where the full name has it apart ("Al-Haddad" for "Karim al Haddad"), or the family names with a particle
    between them ("Perez de Cuellar" for "Javier Perez de Cuellar", "Lula da Silva" for "Luiz Inácio Lula da Silva":
    rule actor.family-name-with-particle), but not a father's name after "bin" ("Hamad bin Khalifa" ends "Tamim bin
    Hamad bin Khalifa"); not the name a "Jr." tells a son apart from.
    """
    words, known = name.split(), full.split()
    if len(words) == 1 and len(known) >= 3 and name.replace("-", " ", 1).casefold() == " ".join(known[-2:]).casefold():
        return True
    if not words or len(known) <= len(words) or not (len(words) >= 2 or "-" in name):
        return False
    if known[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES and [w.rstrip(",") for w in known[:-1]] == words:
        fired("actor.generational-suffix")
        return False  # "Donald Trump" is the father of "Donald Trump Jr."
    if all(w[:1].isupper() for w in words) and known[-len(words) :] == words:
        return True
    if not all(w[:1].isupper() or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words)):
        return False
    # "Mohammed bin Rashid" for "Mohammed bin Rashid Al Maktoum", a particle inside; never a father's name at the
    # end of his son's ("Mohammed bin Rashid Al Maktoum" ends "Maktoum bin Mohammed bin Rashid Al Maktoum")
    if len(words) >= 2 and known[: len(words)] == words:
        return True
    if known[-len(words) :] == words and any(w.islower() for w in words) and not PATRONYMIC_PARTICLES & set(words):
        fired("actor.family-name-with-particle")  # "Perez de Cuellar" for "Javier Perez de Cuellar"
        return True
    return _middle_names_left_out(words, known)


def _middle_names_left_out(words: list[str], known: list[str]) -> bool:
    """ "Salim Kitwana" for "Salim Juma Kitwana", "Edward Kennedy" for "Edward M. Kennedy" (rule
    actor.middle-names-left-out): the first and the last word of the full name with some of the words between
    left out, as the press shortens a name with middle names or initials; never a "bin" and a father's name left
    out ("Hamad bin Khalifa" is not "Hamad bin Jassim bin Khalifa"), nor a name with a middle word of its own, which
    tells another person ("George W. Bush" is not "George H. W. Bush")."""
    if len(words) != 2 or words[0] != known[0] or words[-1] != known[-1]:
        return False
    if any(w.islower() for w in known):
        return False
    fired("actor.middle-names-left-out")
    return True


def same_name_word(word: str, known: str) -> bool:
    """Whether a word of a name is the known one, its accents left out or not (rule actor.name-without-accents):
    "Antonio" is the "António" named before, as the press writes names with the accents or without."""
    return word == known or name_words(word) == name_words(known)


def name_words(name: str) -> list[str]:
    """A person's name as its words, hyphens read as spaces, without case or accents: "Ri Son-gwon" and "Ri Son Gwon"
    both read "ri son gwon"."""
    return re.sub(r"[-‐]", " ", without_accents(name)).casefold().split()


def spelled_alike(name: str, other: str) -> bool:
    """Whether two full names are one person's spelt two ways (rule actor.name-spelled-another-way): the same words
    but for hyphens, capitals and accents ("Ri Son-gwon", "Ri Son Gwon"; "Micheál Martin", "Micheal Martin").
    Names a letter apart are not joined: they are as often two people ("Samir" and "Samer Haddad", "Nguyen Van
    Thang" and "Nguyen Van Thanh") as one spelt two ways. A single word is never a full name here."""
    words = name_words(name)
    return name != other and len(words) >= 2 and words == name_words(other)


SEAT_NAME_WORDS = (2, 3)
"""How many words the name after a seat noun may have: "Member Lina Oduya", "Member Ana María Ruiz"."""


def after_seat_noun(ent: SpacySpan) -> SpacySpan | None:
    """The name after a capitalised seat noun the tagger took in with it (rule actor.after-seat-noun): "Standing
    Committee Member Lina Oduya" tagged "Member Lina Oduya" (a person's name) or "Committee Member Lina Oduya" (a
    body's). A seat in a body ("Member", "Parliamentarian") is no given name; the name is the two or three
    capitalised words after the last one, none a body's word, a title or a country."""
    last = max((t.i for t in ent[:-2] if t.is_title and t.lemma_.lower() in SEAT_NOUNS), default=None)
    if last is None:
        return None
    name = ent.doc[last + 1 : ent.end]
    if len(name) not in SEAT_NAME_WORDS or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
        return None
    if any(t.lower_ in ORGANIZATION_WORDS | TITLE_NOUNS or gazetteer().country_of(t.text) for t in name):
        return None
    fired("actor.after-seat-noun")
    return SpacySpan(ent.doc, name.start, name.end, label="PERSON")


HOUSE_PREPOSITIONS = frozenset({"in", "of", "to", "for"})
"""Prepositions that end a title's phrase before the house, place or body the office is of: "Leader of the
Opposition in Rajya Sabha", "ambassador to Freedonia"."""
HOUSE_WORDS = 3
"""The most capitalised words a house's or place's name before the holder's initials may have."""


def after_house_before_initials(ent: SpacySpan) -> SpacySpan | None:
    """The name in a person's name the tagger ran together with the house or place before it, right after a title's
    preposition (rule actor.house-before-initials): "Leader of the House in Rajya Sabha P. K. Menon" tagged "Rajya
    Sabha P. K. Menon" or "Sabha P. K. Menon". The holder's name opens with initials; the capitalised words before
    them back to the preposition, none a given name, are its object, the house the office is of; only where the
    preposition ends a title's phrase ("Leader of the Opposition in"), as a given name the list lacks after "spoke
    to" or "on behalf of" is no house ("Oluwaseun K. Adebayo")."""
    doc = ent.doc
    first = next((t.i for t in ent if _initials_word(t)), None)
    if first is None or first == ent.start or ent.end - first < 2 or not ent[-1].is_title:
        return None
    prep = first - 1
    while prep >= 0 and first - prep <= HOUSE_WORDS and doc[prep].is_title and doc[prep].lower_ not in given_names():
        prep -= 1
    if prep < 0 or prep == first - 1 or doc[prep].lower_ not in HOUSE_PREPOSITIONS or prep >= ent.start:
        return None
    if not doc[prep].is_lower or not in_title_phrase(doc[prep]):
        return None  # "spoke to Oluwaseun K. Adebayo": no title before the preposition, a given name, not a house
    if not all(_initials_word(t) or (t.is_title and t.is_alpha) for t in doc[first : ent.end]):
        return None
    fired("actor.house-before-initials")
    return SpacySpan(doc, first, ent.end, label="PERSON")


def house_before_initials(ent: SpacySpan) -> bool:
    """Whether a person's name the tagger found is the house or place an office is held in, right before its
    holder's name that opens with initials (rule actor.house-before-initials): "Rajya Sabha" of "Leader of the
    Opposition in Rajya Sabha P.K. Menon" tagged as two names. It follows a title's preposition, and none of its
    words is a given name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0 or ent.end >= len(doc) or not _initials_word(doc[ent.end]):
        return False
    before = doc[ent.start - 1]
    if before.lower_ not in HOUSE_PREPOSITIONS or not before.is_lower or not in_title_phrase(before):
        return False
    if not all(t.is_title and t.is_alpha and t.lower_ not in given_names() for t in ent):
        return False
    fired("actor.house-before-initials")
    return True


def _initials_word(token: Token) -> bool:
    """A capital initial with its full stop ("P."), or initials written together ("L.K.")."""
    return bool(INITIAL.fullmatch(token.text) or re.fullmatch(r"(?:[A-Z]\.){2,3}", token.text))
