"""Titles: the title before a name or apposed to it, the office of a holder and its portfolio."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .actor_words import (
    DESCRIPTOR_WORDS,
    FORMS_OF_ADDRESS,
    INITIAL,
    MAX_TITLE_TOKENS,
    PARTICLES,
    PEERAGE_STYLES,
    TITLE_DEPS,
    address_word,
    entity_at,
    name_tokens,
    strip_possessive,
    subject_of_next_verb,
)
from .contact_words import VOICE_TITLES
from .glued_initials import glued_family_name
from .lexicon import (
    ARTICLES,
    ORGANIZATION_WORDS,
    PORTFOLIO_WORDS,
    RULER_STYLES_AFTER_THE,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_INITIALISMS,
    TITLE_NOUNS,
)
from .name_forms import INNER_HONORIFICS, honorific_size
from .outlets import is_outlet_name
from .person_words import PEOPLE_NOUNS, RELATIVE_NOUNS, ROLE_NOUNS
from .trace import fired

ARTICLE_PARTICLES = frozenset({"al", "el"})
"""The Arabic article written apart inside a family name ("Karim al Haddad", "Tarek el Masri")."""


def titled_name(ent: SpacySpan) -> bool:
    """A personal name given a title ("the foreign minister, Arben Krasniqi"), whatever the tagger said; "al" and
    "el" inside it are particles of the name (rule actor.article-particle: "his nephew Bashir el Sohaily")."""
    named = _titled_name(ent)
    if named and any(t.text in ARTICLE_PARTICLES for t in name_tokens(ent)[1:]):
        fired("actor.article-particle")  # only a lower-case "al" or "el" needed the rule; "Al" is a name's word
    return named


def _titled_name(ent: SpacySpan) -> bool:
    tokens = [t for t in name_tokens(ent) if t.text != "-"]  # "Kassym-Jomart Tokayev": the hyphen joins
    if not 2 <= len(tokens) <= 4 or not all(
        (t.text[0].isupper() and not t.text.isupper())
        or INITIAL.fullmatch(t.text)
        or (n and t.lower_ in PARTICLES | ARTICLE_PARTICLES)
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


def inside_title(ent: SpacySpan) -> bool:
    """ "Secretary of State", "Minister for Europe", "the Commerce Minister", "Commerce Minister Tofazzal Bhuiyan";
    but "the leaders of China" name China, "the Kenyan minister" Kenya and "a spokesman for President Luiz Matos"
    the president (rule actor.principal-not-portfolio: a person's name of two words is no portfolio)."""
    if _initialism_title(ent):
        fired("actor.title-initialism")
        return True
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
    if after_title and ent.label_ == "PERSON" and (len(name_tokens(ent)) >= 2 or glued_family_name(ent.text)):
        fired("actor.principal-not-portfolio")
        return False
    return after_title


def _initialism_title(ent: SpacySpan) -> bool:
    """ "the PM", "Chinese vice FM", "Kenya's CS": a title written as capital initials, alone or after a
    nationality and a qualifier, which the tagger took for a body's name; it names an office, not a body."""
    words = [t for t in ent if t.dep_ != "det" and t.text not in ("'s", "’s")]
    if not words or words[-1].text not in TITLE_INITIALISMS:
        return False
    geo = gazetteer()
    return all(t.lower_ in TITLE_QUALIFIERS or geo.is_demonym(t.text) or geo.country_of(t.text) for t in words[:-1])


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


def title_before(ent: SpacySpan) -> SpacySpan | None:
    """Premodifying title: "Russian Foreign Minister" in "Russian Foreign Minister Sergey Lavrov", also before a
    form of address ("Malaysian Foreign Minister Tan Sri Musa Hamid")."""
    title = _words_before(ent)
    if title is not None and title.start > 0 and title.doc[title.start - 1].lower_ in BRIEF_PREPS:
        # "and Uzbek Minister of Foreign Affairs Abdulaziz Kamilov", the name parsed as the object of "of": the words
        # the parse hung on the name are the brief of an office named before the preposition (rule
        # actor.brief-read-as-title)
        shaped = _title_by_shape(ent)
        if shaped is not None and shaped.start < title.start:
            fired("actor.brief-read-as-title")
            title = shaped
    if title is not None and (body := _body_before_initials(title)) is not None:
        title = title.doc[body.start : title.end]
    return _without_style(title) if title is not None else None


def _body_before_initials(title: SpacySpan) -> SpacySpan | None:
    """ "International Committee of the Red Cross (ICRC) President Jakob Kellenberger": the body whose name and
    bracketed initials open the title, which the parse cut off at the bracket; the body is the one the person heads,
    so a later "the ICRC chief" is him (rule actor.body-initials-title). Only a body the tagger took for an
    organisation, not a dateline's "(AP)" after a place."""
    doc, at = title.doc, title.start
    if at < 4 or doc[at - 1].text != ")" or doc[at - 3].text != "(":
        return None
    initials = doc[at - 2]
    if not (initials.is_alpha and initials.is_upper and len(initials) >= 2):
        return None
    body = entity_at(doc[at - 4])
    if body is None or body.label_ != "ORG" or body.end != at - 3 or not all(map(_title_word, title)):
        return None
    fired("actor.body-initials-title")
    return body


def _without_style(title: SpacySpan) -> SpacySpan:
    """ "Qatari Prime Minister Sheikh", "Saudi Foreign Minister Prince" before a name: a style of address after a
    title is how the person is addressed, not part of the office (rule actor.address-not-title). A style alone
    ("Sheikh Hamdan", "Archbishop Desmond Tutu") stays the title. So is an honour ("Dr.", "Sir") after any title,
    one of a place or body too ("President of Guyana Dr. Irfaan Ali", "Prime Minister Sir Ian Moss"): it is the
    name's (rule actor.honour-not-title)."""
    doc, end = title.doc, title.end
    while end - title.start >= 2 and address_word(doc[end - 1].lower_) and _ends_title(doc[end - 2]):
        fired("actor.address-not-title")
        end -= 1
    if end - title.start >= 2 and doc[end - 1].lower_.rstrip(".") in INNER_HONORIFICS:
        fired("actor.honour-not-title")
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
    if (size := honorific_size(doc, ent.start - 1)) and ent.start - size > 0:
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
        if (prev.ent_type_ == "PERSON" and not style_after_the(prev)) or prev.lower_ in ARTICLES_AND_POSSESSIVES:
            break
        start -= 1
    if start == ent.start:
        return _title_by_shape(ent)
    span = doc[start : ent.start]
    if not any(_title_word(t) or t.pos_ == "NOUN" or style_after_the(t) for t in span):
        return _title_by_shape(ent)  # the end of a brief: "Minister of Foreign Affairs and International Cooperation"
    body = entity_at(doc[start - 1]) if start > 0 else None
    if body is not None and body.label_ == "ORG" and body.end == start and len(body) == 1 and body[0].is_upper:
        fired("actor.body-title")  # "ECOWAS President", however it is parsed
        return doc[body.start : ent.start]
    return _initials_noted(span)


ARTICLES_AND_POSSESSIVES = ARTICLES | {"his", "her", "their", "its"}
"""Words that open the phrase a title stands in, and so end the title read back from a name."""


def style_after_the(word: Token) -> bool:
    """Whether ``word`` is a ruler's style in capitals after "the" ("His Highness the Amir", "the Emir"): a given
    name takes no article, so the tagger's "Amir" there is the title of someone, not a name (rule
    actor.style-after-the)."""
    if not word.is_title or word.lower_ not in RULER_STYLES_AFTER_THE or word.i == 0:
        return False  # "the king" in lower case is a description, left to the rules for described offices
    if word.doc[word.i - 1].lower_ != "the":
        return False
    fired("actor.style-after-the")
    return True


def title_joined_before(title: SpacySpan | None) -> SpacySpan | None:
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


TITLE_JOINS = frozenset({"of", "for", "and", "the", "&"})
"""Small words inside a title written in capitals: "Chief of Army Staff", "Minister for Foreign Affairs"."""
OUTSIDE_TITLE_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "DET"})
"""Parts of speech a capitalised word opening a sentence may have that no office's name begins with."""


def title_before_initials(ent: SpacySpan, before: SpacySpan | None) -> SpacySpan | None:
    """ "Chief of Army Staff (COAS) General Omar Rana", "Inspector General of Police (IGP) Kofi Mensah": an office
    written out in capitalised words, its initials in brackets, then the name (after a rank, maybe) is the person's
    title too (rule actor.title-before-initials); the parser breaks the title at the bracket."""
    doc = ent.doc
    starts = [ent.start] if before is None else [before.start, ent.start]
    at = next((i for i in starts if i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "("), None)
    if at is None or (before is not None and before.start < at - 3):
        return None  # the title before the name takes in the bracket already ("Chief of Army Staff (COAS)")
    initials = doc[at - 2]
    if not (initials.is_alpha and initials.text[0].isupper() and sum(c.isupper() for c in initials.text) >= 2):
        return None
    end = start = at - 3
    while start > 0 and end - start < MAX_TITLE_TOKENS:
        word = doc[start - 1]
        if word.ent_type_ == "PERSON" or not (word.is_title or (word.lower_ in TITLE_JOINS and start < end)):
            break
        start -= 1
    while start < end and (doc[start].lower_ in TITLE_JOINS or doc[start].pos_ in OUTSIDE_TITLE_POS):
        start += 1  # "Meanwhile Chief of Army Staff (COAS) …": the sentence's adverb is no part of the office
    title = doc[start:end]
    if not any(t.lower_ in TITLE_NOUNS for t in title) or (len(title) and title[0].lower_ in ORGANIZATION_WORDS):
        return None  # "Harbour Workers Union (HWU) Chairman X", "Office of the Prime Minister (OPM) …": a body's name
    fired("actor.title-before-initials")
    return title


def _title_by_shape(ent: SpacySpan) -> SpacySpan | None:
    """ "Russian President Vladimir Putin" when the parse is no help: capitalised title words and nationalities."""
    doc = ent.doc
    start = _before_initials(doc, ent.start)
    # three words more than a title alone: the initials skipped, and the briefs of long offices ("Vice Minister of
    # Agriculture of the Republic of X", "U.S. Assistant Secretary of State for East Asian and Pacific Affairs")
    while start > 0 and ent.start - start < MAX_TITLE_TOKENS + 3:
        prev = doc[start - 1]
        if (office := _office_of(doc, start)) is not None:
            start = office  # "Secretary of State", "Minister of Foreign Affairs and International Cooperation"
            continue
        nationality = prev.ent_type_ in ("NORP", "GPE") and (prev.is_title or prev.is_upper)  # "Russian", "U.S."
        qualifier = prev.is_title and prev.lower_ in TITLE_QUALIFIERS  # "Assistant" of "Assistant Secretary of …"
        if not (_title_word(prev) or nationality or qualifier):
            break
        start -= 1
    body = entity_at(doc[start - 1]) if 0 < start < ent.start else None
    if body is not None and body.label_ == "ORG" and body.end == start and ent.start - body.start <= MAX_TITLE_TOKENS:
        fired("actor.body-title")  # "Democratic National Committee chair", the body's chair
        start = body.start
    span = doc[start : ent.start]
    return _initials_noted(span) if any(map(_title_word, span)) else None


def _before_initials(doc: Doc, name_start: int) -> int:
    """Where a title's phrase ends before a name, past the initials of its body set in brackets between them (rule
    actor.initials-before-name): "Chief of Army Staff (COAS) Gen X", "Secretary-General of the Labour Union (LU) X".
    Only after a capitalised word that may end a body's name or a title, not after a dateline's "(AP)"."""
    if name_start < 4 or doc[name_start - 1].text != ")" or doc[name_start - 3].text != "(":
        return name_start
    initials, before = doc[name_start - 2], doc[name_start - 4]
    if not (initials.is_upper and initials.is_alpha and before.is_title and before.is_alpha):
        return name_start
    if not (_title_word(before) or _office_of(doc, name_start - 3) is not None):
        return name_start
    fired("actor.initials-before-name")
    return name_start - 3


def _initials_noted(title: SpacySpan) -> SpacySpan:
    """``title``, noted as told by its initials (rule actor.title-initialism) when no title noun or abbreviation in it
    tells it already: "PM" of "PM Lena Moro", not "Foreign Minister and PM"."""
    if any(t.text in TITLE_INITIALISMS for t in title) and not any(
        t.lower_ in TITLE_NOUNS or t.lower_ in TITLE_ABBREVIATIONS for t in title
    ):
        fired("actor.title-initialism")
    return title


def _title_word(word: Token) -> bool:
    """A title's noun ("minister"), its abbreviation ("Gov.") or its initials as written ("PM", "FM": rule
    actor.title-initialism)."""
    return word.text in TITLE_INITIALISMS or word.lower_ in TITLE_NOUNS or word.lower_ in TITLE_ABBREVIATIONS


BRIEF_WORDS = 8
"""The most words of a minister's brief between "of" and the name."""


def _office_of(doc: Doc, end: int) -> int | None:
    """Where a title of the form "<title> of <brief>" ending at ``end`` starts: capitalised words (and "and")
    back to "of", after a title noun. A posting or brief after "to" or "for" is the title's too, when it names no
    other office (rule actor.title-posting-before-name): "Ambassador to Nepal X", "Special Envoy for Syria X",
    "Ambassador of Colombia to Mongolia X"; not "adviser to Prime Minister X", whose title is the minister's."""
    i = end - 1
    while i > end - BRIEF_WORDS and i > 0 and (doc[i].is_title or doc[i].lower_ in BRIEF_JOINS or _brief_the(doc, i)):
        i -= 1
    if i == end - 1 or i < 1 or doc[i].lower_ not in BRIEF_PREPS or not doc[end - 1].is_title:
        return None  # not "Spokesperson of the" before a name opening a body's ("the Bello Media Office")
    if doc[i].lower_ == "of":
        # "Minister of Energy and Industry of the Kyrgyz Republic X": a state's name after the brief
        return _hyphened_start(doc, i - 1) if doc[i - 1].lower_ in TITLE_NOUNS else _office_of(doc, i)
    if not _title_word(doc[end - 1]) and (start := _brief_after_office(doc, i)) is not None:
        return start
    if (start := _portfolio_after_title(doc, i, end)) is not None:
        return start
    if any(_title_word(t) for t in doc[i + 1 : end]) or not _names_a_posting(doc[i + 1 : end]):
        return None
    start = i - 1 if doc[i - 1].lower_ in TITLE_NOUNS else _office_of(doc, i)
    if start is not None:
        fired("actor.title-posting-before-name")
    return start


def _portfolio_after_title(doc: Doc, prep: int, end: int) -> int | None:
    """Where a title of the form "<title> for <portfolio>" before a name starts (rule actor.portfolio-after-for):
    "Minister for Foreign Affairs X", "Minister for Water and Power X" is a minister's office as much as "Minister
    of Foreign Affairs X". Only right after a capitalised title noun, and only a brief of capitalised words with a
    ministry's brief word last: not "campaigned for Education Secretary X" (another office, whose title noun ends
    the words after "for")."""
    if doc[prep].lower_ != "for" or not (doc[prep - 1].is_title and doc[prep - 1].lower_ in TITLE_NOUNS):
        return None
    if doc[end - 1].lower_ not in PORTFOLIO_WORDS or _title_word(doc[end - 1]):
        return None
    fired("actor.portfolio-after-for")
    return _hyphened_start(doc, prep - 1)


BRIEF_JOINS = frozenset({"and", "&", "-"})
"""Words joining the capitalised words of a brief: "Energy and Industry", "the American-Uzbek Chamber"."""


def _brief_the(doc: Doc, i: int) -> bool:
    """ "the" opening a body's or state's name in a brief before a name, right after the brief's preposition (rule
    actor.brief-article): "President of the Kyrgyz Republic X", "Chairman of the State Duma X"."""
    if doc[i].lower_ != "the" or doc[i - 1].lower_ not in BRIEF_PREPS or not doc[i + 1].is_title:
        return False
    fired("actor.brief-article")
    return True


def _hyphened_start(doc: Doc, title: int, any_word: bool = False) -> int:
    """Where a title noun written with a hyphen starts: "Secretary" of "Secretary-General", "Editor" of
    "Editor-in-Chief" is a word of one title (capitalised words only, unless ``any_word``)."""
    while title >= 2 and doc[title - 1].text == "-" and doc[title - 2].is_alpha:
        if not (any_word or doc[title - 2].is_title):
            break
        title -= 2
    return title


def _brief_after_office(doc: Doc, prep: int) -> int | None:
    """Where an office of the form "<title> of <words>" starts, when a brief after "for" at ``prep`` goes on from
    it (rule actor.brief-after-office): "Minister of State for Foreign Affairs X", "Secretary of State for
    Transport X". Not after a bare title ("campaigned for Education Secretary X" has a title word and is read
    above; "adviser for Rural Affairs X" is left alone)."""
    if doc[prep].lower_ != "for" or doc[prep - 1].lower_ in TITLE_NOUNS or (start := _office_of(doc, prep)) is None:
        return None
    fired("actor.brief-after-office")
    return start


POSTING_ENTITIES = frozenset({"GPE", "LOC", "ORG", "NORP"})
"""What a posting or brief after "to" or "for" names: a state, a place, a body ("Envoy to the African Union")."""


def _names_a_posting(brief: SpacySpan) -> bool:
    """Whether the words after "to" or "for" name a state, place or body, by the tagger or the gazetteer: the tagger
    may take "Nepal" into the name that follows it."""
    geo = gazetteer()
    return any(t.ent_type_ in POSTING_ENTITIES or geo.country_of(t.text) for t in brief)


def title_apposed(ent: SpacySpan) -> SpacySpan | None:
    """Apposed title: "Kaja Kallas, the EU's foreign policy chief"."""
    title = _title_apposed(ent)
    return _with_hyphened_qualifier(title) if title is not None else None


def _with_hyphened_qualifier(title: SpacySpan) -> SpacySpan:
    """ "Vice-Minister of Trade" whole, when the parse left "Vice" and its hyphen out of the title's phrase (rule
    actor.hyphened-qualifier): a vice-minister is not "the minister"."""
    doc, start = title.doc, title.start
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in TITLE_QUALIFIERS:
        fired("actor.hyphened-qualifier")
        return doc[start - 2 : title.end]
    return title


def _title_apposed(ent: SpacySpan) -> SpacySpan | None:
    for child in ent.root.children:
        titled = child.lemma_.lower() in TITLE_NOUNS | RELATIVE_NOUNS or _title_compound(child)
        if child.dep_ == "appos" and child.i >= ent.end and titled:
            # "Tom Rath, a veteran party leader who endorsed Kasich": the relative clause is not part of the title
            end = min((c.left_edge.i for c in child.children if c.dep_ == "relcl" and c.i > child.i), default=None)
            tokens = [t for t in child.subtree if t.i >= ent.end and (end is None or t.i < end)]
            while end is not None and tokens and tokens[-1].is_punct:
                tokens.pop()
            if tokens and subject_of_next_verb(tokens[-1]):
                continue  # "talks with the minister, Tin Oo, a U.S. official said": the official is who said it
            if tokens and _before_another_name(tokens[-1], ent.root):
                continue  # "Tomás Ruiz and Peru's Minister of Defence, Ana Quispe": the title is Quispe's
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
    if ent.root.dep_ == "appos" and head.i < ent.start and _named_between(head, ent):
        # "Chilean Minister X and Peru's Minister of Defence, Y": Y's title is the second
        head = _nearest_title(ent) or head
    if (
        ent.root.dep_ == "appos"
        and head.i < ent.start
        and (
            head.lower_ in TITLE_NOUNS | RELATIVE_NOUNS
            or (_title_compound(head) and not _titled_name_past_title(head, ent))
            or _voice_of_another(head)
        )
    ):
        last = ent.root.head.i  # the title noun, or the end of the phrase after it: "envoy for Syria"
        if last < head.i:
            last = head.right_edge.i  # the nearest title, in whole
        if last == head.i and (joined := _joined_title_end(head, ent.start)) is not None:
            last = joined
        brief = _brief_after(head, ent.start) if last == head.i else None
        if brief is not None and brief - head.left_edge.i < MAX_TITLE_TOKENS:
            fired("actor.title-brief")  # "the Minister of Fisheries, Ravi Perera": the name hangs on "Minister"
            last = brief
        tokens = [t for t in head.subtree if t.i <= last]
        if tokens and len(tokens) <= MAX_TITLE_TOKENS:
            first = 1 if tokens[0].dep_ == "det" else 0
            if first < len(tokens):
                if _voice_of_another(head) and not _title_compound(head):
                    fired("actor.voice-apposed")  # "Her lawyer, Ada Moss", "Hale's campaign manager, Ada Moss"
                elif head.lower_ not in TITLE_NOUNS | RELATIVE_NOUNS:
                    fired("actor.compound-title")  # "the chief economist, Ada Moss"
                return ent.doc[tokens[first].i : tokens[-1].i + 1]
    return _title_before_comma(ent)


def _titled_name_past_title(word: Token, ent: SpacySpan) -> bool:
    """Whether ``word`` is a proper noun after a title word, no noun for a person ("Abiy" of "Premier Abiy"), with
    another title between it and the name apposed to it: in "Premier Abiy and Malian President, X" the name is
    the president's, not titled by "Premier Abiy" as by a title like "chief executive" (rule
    actor.titled-name-not-title)."""
    if word.pos_ != "PROPN" or not word.is_title or word.lemma_.lower() in PEOPLE_NOUNS:
        return False
    if not any(t.lemma_.lower() in TITLE_NOUNS for t in word.doc[word.i + 1 : ent.start]):
        return False
    fired("actor.titled-name-not-title")
    return True


def _joined_title_end(title: Token, name_start: int) -> int | None:
    """Where a second title joined to ``title`` by "and" ends, when it ends right before the comma that opens the
    name (rule actor.joined-title-apposed): "Deputy Prime Minister and Minister of Foreign Affairs, X" are one
    person's two offices. A second title with its own determiner ("the minister and his deputy, X") is another
    person's."""
    doc = title.doc
    name_start = _before_address(doc, name_start)
    for conj in title.children:
        titled = conj.lemma_.lower() in TITLE_NOUNS or _title_compound(conj)  # "president and chief executive"
        if conj.dep_ != "conj" or not titled or conj.right_edge.i + 2 != name_start:
            continue
        if doc[name_start - 1].text != "," or any(c.dep_ in ("det", "poss") for c in conj.children):
            return None
        fired("actor.joined-title-apposed")
        return conj.right_edge.i
    return None


def _title_before_comma(ent: SpacySpan) -> SpacySpan | None:
    """The title before the comma that opens a name the parse did not appose (rule actor.title-before-comma):
    in "the job fell to the Minister for Foreign Affairs, Ana Ruiz, who …" the parse may hang the name on the
    verb, and in "between the Moroccan Foreign Minister, X, and …" join it to the title. The name (after a form
    of address, if any: "the Prefect of Oruro, Lic. X") must close with the apposition (a comma or the sentence's
    end after it) and be no verb's subject: in "after meeting the minister, Ruiz said …" the minister is someone
    else."""
    doc = ent.doc
    comma = _before_address(doc, ent.start) - 1
    closed = ent.end == len(doc) or doc[ent.end].text in (",", ".", ";", ")") or doc[ent.end].is_space
    if comma < 1 or doc[comma].text != ",":
        return None
    title = _title_phrase_before(doc, comma)
    if title is None or title.tag_ in ("NNS", "NNPS"):
        return None  # "the ministers of Chile and Peru, X and Y"
    opening = doc[_hyphened_start(doc, title.i, any_word=True)]  # "Editor" of "Editor-in-Chief", "co" of "co-chair"
    if not closed or ent.root.dep_ in ("nsubj", "nsubjpass"):
        if not _open_apposition(ent, comma, title):
            return None
        rule = "actor.title-before-open-name"
    elif ent.root.dep_ == "appos":
        rule = "actor.title-apposed-beside"
        if (title.dep_ != "appos" or title.head.i != ent.root.head.i) and not _apposed_past_title(ent, title, opening):
            return None  # a name the parse apposed to a title is read above
    elif title.dep_ in ("nsubj", "nsubjpass"):
        rule = "actor.title-for-a-body"
        if not _second_object_of(ent.root, title):
            return None  # "the minister, X": a subject's name is apposed
    else:
        rule = "actor.title-before-comma"
    tokens = [t for t in title.subtree if t.i < opening.i] + list(doc[opening.i : comma])
    first = 1 if tokens and tokens[0].dep_ in ("det", "poss") else 0
    while first < len(tokens) and tokens[first].dep_ == "case":
        first += 1  # the "'s" of "Moldova's Deputy Prime Minister"
    if not first < len(tokens) <= MAX_TITLE_TOKENS + 2 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    if rule == "actor.title-before-open-name" and not _one_title(tokens[first:]):
        return None
    fired(rule)
    return doc[tokens[first].i : tokens[-1].i + 1]


INTRODUCTORY_TAGS = frozenset({"WRB", "VBG", "VBN"})
"""Tags of a word that opens an introductory phrase or clause: "When", "Meeting", "Asked"."""


def _open_apposition(ent: SpacySpan, comma: int, title: Token) -> bool:
    """Whether a name of two words or more after the comma that ends a title's phrase is the title's holder, though
    no comma closes it or the parse makes it a verb's subject (rule actor.title-before-open-name): "South Sudanese
    President, Salva Kiir have exchanged views", "the Ambassador to Chile, Ana Ruiz and her deputy", "The Minister
    of Water, Eng. Rania Haddad, received". Not when the comma ends a phrase that opens the sentence ("After meeting
    the minister, Ana Ruiz said", "Last year, according to the official, Mr Vinh had spoken"), whose title is
    someone else's, nor when the name says the words ("The minister, Ana Ruiz said, had left")."""
    doc = ent.doc
    if len(name_tokens(ent)) < 2:
        return False
    sentence = doc[comma].sent
    start = max((t.i + 1 for t in doc[sentence.start : comma] if t.text in (",", ";", ":")), default=sentence.start)
    # the phrase the title ends: "On Monday, the minister, Ana Ruiz met" is no phrase opening with "On", nor is
    # "Together with the President, Ana Ruiz visited" one opening with "Together"
    first = next((t for t in doc[start:comma] if not (t.is_punct or t.is_space)), None)
    if first is None or first.pos_ in ("ADP", "SCONJ", "ADV") or first.tag_ in INTRODUCTORY_TAGS:
        return False
    if _object_of_anothers_phrase(title):
        return False
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in SPEECH_VERBS:
        # "Head of the party, Omar Ali said the talks …" names its subject; "He met the minister, Ana Ruiz said"
        # and "The minister, Ana Ruiz said, had left" name another speaker
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        verb_before = any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma])
        return not verb_before and after is not None and not after.is_punct
    return True


def _object_of_anothers_phrase(title: Token) -> bool:
    """Whether the title is the object of a preposition after a noun before it: in "Counsel for the defence, X
    said" or "a spokesman for the governor, X said" the name is the noun's, not the title's."""
    phrase = title.head
    return title.dep_ == "pobj" and phrase.head.i < phrase.i and phrase.head.pos_ in ("NOUN", "PROPN")


def _one_title(tokens: list[Token]) -> bool:
    """Whether the words before an open name's comma are one title, not a list of titles and names ("Justice
    Minister, X, Foreign Affairs Minister"), a name with its own ("presidents X (Y) MP") or a name styled with a
    title word ("Mr King"): no comma, no person's name, no form of address before the title word."""
    if any(t.text == "," or t.ent_type_ == "PERSON" for t in tokens):
        return False
    return not any(address_word(t.lower_) for t in tokens[:-1])


def _apposed_past_title(ent: SpacySpan, title: Token, opening: Token) -> bool:
    """Whether the parse apposed the name, past the title ending right before its comma, to a word before that is
    no title nor noun for a person ("paid a call ... as guest of the Foreign Minister, X" apposed to "call"; "Premier
    Abiy and South Sudanese President, X" apposed to "Abiy"), or to its own form of address ("the Minister of
    Labour, the Hon. X" apposed to "Hon."): the nearest title is the name's."""
    host = ent.root.head
    if title.i < host.i < ent.start and any(t.text == "," for t in ent.doc[title.i : host.i]):
        return True  # on its own style: "the Hon." after the comma
    if opening.i <= host.i <= title.i:
        return True  # on a word of a title the lexicon does not know whole: "Editor" of "Editor-in-Chief"
    if any(c.dep_ == "prep" and c.is_ancestor(title) for c in host.children):
        return False  # "Counsel for the defence, X": the name is the counsel's
    return host.i < title.i and host.lemma_.lower() not in PEOPLE_NOUNS | RELATIVE_NOUNS


def _second_object_of(name: Token, title: Token) -> bool:
    """ "A spokesman for the Ministry of Trade, Ada Moss, said": the parse may make the name a second object of the
    title's own "for" or "of", after a body's name (rule actor.title-for-a-body). After a person's noun or name
    ("a spokesman for the governor, Ada Moss") the name may be that person's, and is left alone."""
    phrase = name.head
    if name.dep_ != "pobj" or phrase.dep_ != "prep" or phrase.head.i != title.i:
        return False
    objects = [c for c in phrase.children if c.dep_ == "pobj" and c.i < name.i]
    return bool(objects) and all(
        (o.ent_type_ in ("ORG", "GPE", "NORP") or o.lower_ in ORGANIZATION_WORDS)
        and o.lemma_.lower() not in PEOPLE_NOUNS
        for o in objects
    )


def _voice_of_another(noun: Token) -> bool:
    """A noun for one who speaks or acts for the person or body that owns it: "her lawyer", "Hale's campaign
    manager", "the senator's aide" (``voice_titles`` in the contacts vocabulary, with a possessor)."""
    return noun.lemma_.lower() in VOICE_TITLES and any(c.dep_ == "poss" for c in noun.children)


def _title_phrase_before(doc: Doc, comma: int) -> Token | None:
    """The title noun whose phrase runs up to the comma at ``comma``: every word between them hangs on it, or is a
    capitalised word of its brief or a word joining one ("Minister" of "Saudi Arabia's Minister of State for
    Foreign Affairs,", whose "for" the parse may hang on the verb), whatever the parse hangs after it."""
    found = None
    for token in reversed(doc[max(comma - MAX_TITLE_TOKENS - 2, 0) : comma]):
        if _another_name(token):
            break
        if (
            token.lemma_.lower() in TITLE_NOUNS
            and not token.i < token.head.i < comma
            and all(
                token.is_ancestor(doc[k]) or doc[k].is_title or doc[k].lower_ in BRIEF_LINKS
                for k in range(token.i + 1, comma)
            )
        ):
            found = token
    return found


BRIEF_LINKS = frozenset({"of", "for", "and", "the", "&"})
"""Words that join the words of a minister's brief: "Minister of State for Foreign Affairs and Trade"."""


def _named_between(title: Token, ent: SpacySpan) -> bool:
    """Whether the noun a name is apposed to is another person's name, or another person's name stands between
    them: in "Chilean Minister Tomás Ruiz and Peru's Minister of Defence, Ana Quispe" the parse may hang Quispe on
    "Ruiz" or on the first "Minister", whose title is Ruiz's, not hers. A name in the title's own phrase ("the
    spokesman for President Jorge Soto, Luis Vidal") is the one the title is told by, not another person between."""
    own = {t.i for c in title.children if c.dep_ == "prep" for t in c.subtree}  # "spokesman for President Soto"
    return any(_another_name(t) for t in ent.doc[title.i : ent.start] if t.i not in own)


def _another_name(token: Token) -> bool:
    """Whether ``token`` is part of a person's name of two words or more, all capitalised and none a title: the
    tagger's person "Treasurer" or "FGTB" before "Kevin Laidlaw" is no other person."""
    ent = entity_at(token) if token.ent_type_ == "PERSON" else None
    words = [t for t in ent if t.is_alpha] if ent is not None else []
    return len(words) >= 2 and all(t.is_title and t.lower_ not in TITLE_NOUNS for t in words)


def _before_another_name(last: Token, root: Token) -> bool:
    """Whether the title phrase ending at ``last`` is followed by a comma and a capitalised name the parse apposed,
    like the title, to ``root``: that name holds the title (rule actor.nearest-title)."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return False
    name = doc[last.i + 2]
    if name.pos_ != "PROPN" or not name.is_title:
        return False
    if any(t.dep_ == "appos" and t.head.i == root.i and t.i > last.i for t in (name, name.head)):
        fired("actor.nearest-title")
        return True
    return False


def _nearest_title(ent: SpacySpan) -> Token | None:
    """The title noun whose phrase ends right before the comma that opens ``ent`` (rule actor.nearest-title): the
    title a name apposed past another person's name holds ("Peru's Minister of Defence, Ana Quispe")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    titles = []
    for token in reversed(doc[max(ent.start - MAX_TITLE_TOKENS, 0) : ent.start - 1]):
        if _another_name(token):
            break
        if token.lemma_.lower() in TITLE_NOUNS and token.right_edge.i == ent.start - 2:
            titles.append(token)
    if not titles:
        return None
    fired("actor.nearest-title")
    return min(titles, key=lambda t: t.left_edge.i)  # "Minister" of "Minister of Defence", not "Defence"


def _brief_after(title: Token, name_start: int) -> int | None:
    """Where the "of" or "for" phrase after a title noun ends ("Minister of Fisheries"), if it ends right before
    the comma that opens the apposed name. Past a form of address ("the Minister of Fisheries, Mr. X") or past
    phrases that name a state ("the Ambassador of Nepal to Bangladesh, X"), only a phrase naming no other office
    is taken in: in "the spokesman for the former governor, Mr. X", "the governor" is another person."""
    doc = title.doc
    if (end := _of_phrase_end(title, name_start)) is not None:
        return end
    if any(g.dep_ == "pobj" and g.lemma_.lower() in TITLE_NOUNS for c in title.children for g in c.children):
        return None
    name_start = _before_address(doc, name_start)
    if (end := _of_phrase_end(title, name_start)) is not None:
        return end
    preps = [c for c in title.children if c.dep_ == "prep" and c.lower_ in BRIEF_PREPS and c.i > title.i]
    end = max((c.right_edge.i for c in preps), default=None)
    while end is not None and end > title.i and doc[end].is_punct:
        end -= 1  # the comma the parse hangs on the brief's last word
    if end is None or end + 2 != name_start or doc[end + 1].text != ",":
        return None
    geo = gazetteer()
    named = (entity_at(t) for c in preps for t in c.subtree if t.ent_type_)
    return end if any(ent is not None and geo.country_of(ent.text) for ent in named) else None


def _of_phrase_end(title: Token, name_start: int) -> int | None:
    for child in title.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i > title.i:
            end = child.right_edge.i
            if end + 2 == name_start and title.doc[end + 1].text == ",":
                return end
    return None


def _before_address(doc: Doc, name_start: int) -> int:
    """Where a name starts with the form of address or honour before it: "Mr." of "Mr. Ali Hassan"."""
    size = honorific_size(doc, name_start - 1)
    name_start -= size
    if size and name_start > 1 and doc[name_start - 1].lower_ == "the":
        fired("actor.styled-the")  # "the Minister of Labour, the Hon. Ana Ruiz": "the" is the style's
        return name_start - 1
    if name_start > 0 and doc[name_start - 1].lower_.rstrip(".") in FORMS_OF_ADDRESS:
        name_start -= 1
    return name_start


BRIEF_PREPS = frozenset({"of", "for", "to"})
"""Prepositions of a title's brief or posting: "Minister of Fisheries", "envoy for Syria", "ambassador to Japan"."""


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
