"""People the tagger missed or mislabelled: name-shaped words after a title, a form of address or an age,
names run on into the next word, and companies named by their kind."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_STOP, IS_TITLE, POS, SPACY
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .actor_titles import apposition_host, titled_name
from .actor_words import (
    HONORIFICS,
    PARTICLES,
    PATRONYMIC_PARTICLES,
    address_word,
    going_verb_in_headline,
    marked_name_word,
    name_tokens,
    strip_possessive,
)
from .doc_index import doc_index
from .gender import given_names
from .lexicon import (
    EVENT_NAME_HEADS,
    GENDERED_PRONOUNS,
    ORGANIZATION_WORDS,
    PERSON_OWNED_NOUNS,
    PORTFOLIO_WORDS,
    TITLE_NOUNS,
)
from .name_forms import family_word, hyphenated_given_name
from .office_places import holder_after_known_place
from .outlets import is_outlet_name, reporting_context
from .person_words import PEOPLE_NOUNS
from .short_names import CORPORATE_WORDS
from .trace import fired


def run_on(ent: SpacySpan) -> SpacySpan:
    """ "Helena Guimarães" + "Prado" (rule actor.name-run-on): a person's name the tagger cut one capitalised
    name short runs on to it, when that word is no entity, title, organisation word or country; a one-word place
    right after a name of two words or more is a second family name ("Ximena Rojas Valdivia")."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or end >= len(doc):
        return ent
    nxt = doc[end]
    if hyphenated_given_name(doc, end):
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 2, label=ent.label)  # "Kang Min" + "-seok", "Moon Jae" + "-in"
    if len(ent) >= 3 and hyphenated_given_name(doc, end - 1) and nxt.is_lower:
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 1, label=ent.label)  # "Chang Pyong-" + "ok": the hyphen taken in
    # a place's name as a second family name: "Ximena Rojas" + "Valdivia" (a Chilean city)
    place = (
        nxt.ent_iob_ == "B"
        and nxt.ent_type_ in ("GPE", "LOC")
        and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")
    )
    if not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and (nxt.ent_iob_ == "O" or place)):
        return ent
    if nxt.is_sent_start or (place and (len(name_tokens(ent)) < 2 or ent[-1].whitespace_ != " ")):
        return ent
    if nxt.text in ("Al", "El") and len(name_tokens(ent)) >= 2 and family_word(doc, end + 1):
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 2, label=ent.label)  # "Fahad bin Jassim" + "Al Thani"
    if _apposed_name_rest(ent):
        fired("actor.name-run-on")
        return SpacySpan(doc, ent.start, end + 2, label=ent.label)  # ", João Batista" + "Pinheiro Lessa,"
    if (family := _family_names_after_given(ent)) is not None:
        fired("actor.name-run-on")
        return family
    if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
        return ent  # a run of capitalised words: another name may start here
    if _title_case(nxt.sent):
        return ent  # a headline in title case: "Hillary Clinton Visit To Police Memorial"
    if nxt.lower_ in TITLE_NOUNS | ORGANIZATION_WORDS | PEOPLE_NOUNS or gazetteer().country_of(nxt.text):
        return ent
    # the whole of a double family name: "Mar Boulos" + "Khoury-Saadeh"
    stop = end + 3 if hyphenated_given_name(doc, end + 1) and doc[end + 2].is_title else end + 1
    longer = SpacySpan(doc, ent.start, stop, label=ent.label)
    if len(name_tokens(ent)) < 2 and not titled_name(longer):
        return ent  # one word runs on only under a title: "Foreign Minister Kasem" + "Rattanakul"
    fired("actor.name-run-on")
    return longer


def _family_names_after_given(ent: SpacySpan) -> SpacySpan | None:
    """ "Carlos Eduardo" + "Ruiz Montalvo": a person's name of given names only, which the tagger cut before the
    family names, runs on through the one or two capitalised words left untagged after it, when the run ends
    there; no name of a person is given names alone."""
    doc, end = ent.doc, ent.end
    words = name_tokens(ent)
    if len(words) < 2 or not all(t.lower_ in given_names() for t in words):
        return None
    stop = end
    while stop < min(end + 2, len(doc)) and _untagged_name_word(doc[stop]):
        stop += 1
    if stop == end or (stop < len(doc) and doc[stop].is_title and doc[stop].is_alpha):
        return None
    return SpacySpan(doc, ent.start, stop, label=ent.label)


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity holds and no title, body's word or country is, inside its sentence."""
    if not (token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.ent_iob_ == "O"):
        return False
    if token.is_sent_start or token.lower_ in TITLE_NOUNS | ORGANIZATION_WORDS | PEOPLE_NOUNS:
        return False
    return gazetteer().country_of(token.text) is None


def _apposed_name_rest(ent: SpacySpan) -> bool:
    """ ", João Batista Pinheiro Lessa,": a name of two words apposed between commas, cut before two more
    capitalised words the tagger left untagged that close the apposition, runs on to them; the four words are one
    name (given names and two family names), as no second name could stand there without a comma or "and"."""
    doc, end = ent.doc, ent.end
    if len(ent) != 2 or ent.start < 1 or doc[ent.start - 1].text != "," or end + 2 >= len(doc):
        return False
    rest = doc[end : end + 2]
    if doc[end + 2].text != "," or not all(t.whitespace_ == " " for t in (ent[-1], rest[0])):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_iob_ == "O" for t in rest):
        return False
    return not any(t.lower_ in NOT_NAME_WORDS | PEOPLE_NOUNS or gazetteer().country_of(t.text) for t in rest)


def _title_case(sent: SpacySpan) -> bool:
    """Whether a sentence is a headline in title case: mostly capitalised words, and no verb or common noun in
    lower case (rule actor.name-run-on). A sentence full of names and titles ("… with Malaysia's Minister of
    Plantation Industries, Datuk Seri Kamarul Ariffin Yusof") still has its verbs in lower case."""
    words = [t for t in sent if t.is_alpha]
    if sum(t.is_title for t in words) <= 0.6 * len(words):
        return False
    return not any(t.is_lower and t.pos_ in ("VERB", "NOUN") for t in words)


MISREAD_LABELS = {"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}
"""Entity labels the tagger gives a name it does not know, where a person's name may be hiding."""


def find_untagged_people(doc: Doc) -> list[SpacySpan]:
    """Names the tagger left untagged but the sentence shows to be people (rule actor.person-by-apposition):
    "Rakesh Chand, president of the chamber, told …", "Gul Zaman, 52, said …"."""
    out: list[SpacySpan] = []
    index = doc_index(doc)
    named = _name_words(doc)
    alone = _lone_names(doc, named)
    misread = (named & index.having(ENT_TYPE, frozenset(MISREAD_LABELS | {"GPE"}))).tolist()
    joining = (_joining_hyphens(doc) | _joining_particles(doc, named)).tolist()
    stop = index.column(IS_STOP).astype(bool).tolist()
    addressing = index.lower_where(address_word).tolist()
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
        if j < size and hyphenated_given_name(doc, j):
            j += 2  # "Han Hak" + "-ja": the second syllable of a Korean given name, which no tag covers
        first = i
        while first < j and (stop[first] or addressing[first] or _title_word(doc[first])):
            first += 1  # "First Trump goes …", "Wherever Hillary Clinton goes", "Prince Faisal bin Ahmed"
        # a name going on past the run ("Tuala Sione Ah Chong", "Ah" read as an interjection) is another rule's
        goes_on = j < size and doc[j].is_title and doc[j].is_alpha
        named_after_brief = not goes_on and (after_brief := _past_the_brief(doc, i, first, j)) != first
        first = after_brief if named_after_brief else first
        name_goes_on = j < size and is_name[j]  # "Mayor of Linyi City Comrade" + "Wang Hua", tagged a person
        holder = None if name_goes_on or j - first < 3 else _holder_after_office_place(doc, first, j)
        if holder is not None:
            out.append(holder)  # "Ambassador of Indonesia" + "Rudi Hartono", neither tagged a person
        elif j - first >= 2 and not name_goes_on:
            span = SpacySpan(doc, first, j, label="PERSON")
            placed = any(t.ent_type_ == "GPE" for t in span)  # "Marta Zielińska" tagged as two places
            echoed = doc[j - 1].text in alone and j - first <= 3 and not placed  # "Rakesh Chand said … Chand, who"
            reports = reporting_context(span)  # "…, the Daily Ledger reported": a paper, whatever its tag
            # "Secretary-General Azman Yusof said"; not "Chief District Officer of Darchula"
            titled = (titled_name(span) or named_after_brief) and not (j < size and doc[j].lower_ == "of")
            if name_shaped(span) and not reports and (person_apposed(span) or _aged(span) or echoed or titled):
                if _described(span):
                    fired("actor.description-not-name")  # "Bob Corker, a Tennessee Republican who …": what he is
                else:
                    fired("actor.person-by-apposition")
                    out.append(span)
        i = max(j, i + 1)
    return out


def _holder_after_office_place(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The holder's name in a run of capitalised words that opens with the place closing a title's phrase, the
    name left untagged (rule actor.office-holder-untagged): "High Commissioner to Ghana Ama Mensah", "Minister of
    Energy of the Kyrgyz Republic Aibek Sydykov"; only a country, a city or a state's formal name is cut off
    before it (the words of a brief, "Minister of Water Resources Sok Chenda", are rule actor.after-the-brief's)."""
    holder = holder_after_known_place(SpacySpan(doc, start, end))
    if holder is not None:
        fired("actor.office-holder-untagged")
    return holder


def _described(span: SpacySpan) -> bool:
    """Capitalised words after an article, "a Tennessee Republican", "the Ohio Democrat": what someone is (a
    party's member from a place, in the American press's way), never a name, though apposed to a titled one."""
    if span.start == 0:
        return False
    article = span.doc[span.start - 1]
    return article.lower_ in ("a", "an", "the") and span.start <= article.head.i < span.end


def _past_the_brief(doc: Doc, start: int, first: int, end: int) -> int:
    """Where a name begins after a title's brief (rule actor.after-the-brief): "Minister for Foreign Trade Reinette
    Klever", "Coordinating Minister for Economic Affairs Airlangga Hartarto" leave two words at least."""
    brief = [k for k in range(first, end - 2) if doc[k].lower_ in PORTFOLIO_WORDS]
    if not brief or not any(_title_word(t) for t in doc[max(start - 4, 0) : first]):
        return first
    fired("actor.after-the-brief")
    return max(brief) + 1


def named_by_a_part_alone(doc: Doc) -> list[SpacySpan]:
    """Untagged names of two or three capitalised words whose first or last word the tagger takes alone for a
    person elsewhere in the article (rule actor.person-by-part-named-later): "Xi Jinping met Joe Biden in Bali. Xi
    said …" (family name first), "Ama Owusu opened the talks … Owusu said" (family name last). Not a run holding a
    body's word, a title, a country's or a place's name."""
    lone = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    if not lone:
        return []
    geo = gazetteer()
    out: list[SpacySpan] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and _bare_name_word(doc[j]) and not going_verb_in_headline(doc[j]):
            j += 1  # not "Heads" of "Abera Heads to Nairobi" (rule actor.headline-verb)
        run = doc[i:j]
        # family name last only after a given name or inside a sentence: not "First Trump goes …"
        last = len(run) > 1 and run[-1].text in lone and (run[0].lower_ in given_names() or not run[0].is_sent_start)
        if 2 <= len(run) <= 3 and (j == len(doc) or not _bare_name_word(doc[j])) and (run[0].text in lone or last):
            if not any(
                t.lower_ in ORGANIZATION_WORDS | TITLE_NOUNS or geo.country_of(t.text) or geo.is_city(t.text)
                for t in run
            ):
                fired("actor.person-by-part-named-later")
                out.append(SpacySpan(doc, run.start, run.end, label="PERSON"))
        i = max(j, i + 1)
    return out


def _bare_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity holds."""
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title and not token.ent_type_


def _title_word(token: Token) -> bool:
    """A title or a piece of one before a name: "Secretary", "-", "General" in "Secretary-General Azman Yusof"."""
    return token.text == "-" or token.lower_ in TITLE_NOUNS


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
    for i in np.flatnonzero((index.column(POS) == PROPN) & ~out).tolist():
        out[i] = marked_name_word(doc[i])  # "Wetang’ula" (rule actor.marked-name-word)
    return out


NOT_NAME_WORDS = TITLE_NOUNS | ORGANIZATION_WORDS | EVENT_NAME_HEADS
"""Words no part of a person's name: a title, an organisation's word, a storm's ("Cyclone")."""


def name_shaped(ent: SpacySpan) -> bool:
    """Two to four capitalised words, none a title, an organisation word, a country or a known outlet; a Korean given
    name's second syllable ("Min" + "-koo") is part of the word before it."""
    tokens = [t for t in name_tokens(ent) if t.text != "-" and not (t.is_lower and _second_syllable(t, ent))]
    words = len(strip_possessive(ent.text).split())  # "Nana Addo Dankwa Akufo-Addo": four words, five tokens
    if len(tokens) < 2 or words > 4:
        return False
    if not all(t.is_title or t.lower_ in PARTICLES or marked_name_word(t) for t in tokens):
        return False
    geo = gazetteer()
    if is_outlet_name(strip_possessive(ent.text)) or geo.locate(strip_possessive(ent.text)) is not None:
        return False
    if plural_person_noun(tokens[-1]):
        return False  # "Senior Officials"; a plural title before a name is cut later ("Foreign Ministers X of …")
    return not any(t.lower_ in NOT_NAME_WORDS or geo.country_of(t.text) for t in tokens)


def _second_syllable(token: Token, ent: SpacySpan) -> bool:
    """Whether the word is the lower-case second syllable of a Korean given name inside the name ("koo" of "Han
    Min-koo")."""
    return token.i > ent.start and hyphenated_given_name(token.doc, token.i - 1)


def plural_person_noun(token: Token) -> bool:
    """A capitalised plural of a noun for a person: "Senior Officials, 52,", "Rebel Fighters, who …", most often a
    group written in title case, not a person the tagger missed (a surname of that shape, "Jo Masters", is read as
    a group too when the tagger did not take it for a person)."""
    low = token.lower_
    if not low.endswith("s"):
        return False
    singular = (low[:-3] + "y") if low.endswith("ies") else low[:-1]
    return singular in PEOPLE_NOUNS or (low.endswith("es") and low[:-2] in PEOPLE_NOUNS)


COMPANY_NOUNS = frozenset(
    {"company", "firm", "subsidiary", "startup", "start-up", "carrier", "airline", "lender", "insurer", "retailer"}
    | {"manufacturer", "maker", "conglomerate", "operator", "utility", "broker", "bank", "charity", "group"}
)
"""Nouns for a business or a body that, right before a name, say the name is the body's ("the firm Nordstrom")."""


def named_by_its_kind(ent: SpacySpan) -> bool:
    """A name right after a noun for a company or a body that it is apposed to ("Musk's company SpaceX", "its
    subsidiary Tesvolt"), the tagger's person: a body, unless the name opens with a given name ("the company Ada
    Moss founded")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.lemma_.lower() not in COMPANY_NOUNS or before.tag_ != "NN":
        return False
    words = name_tokens(ent)
    return bool(words) and (len(words) == 1 or words[0].lower_ not in given_names())


NAMING_COMPANY_NOUNS = (COMPANY_NOUNS - {"group"}) | {"corporation"}
"""Company nouns a name before may name ("the Halvorsen corporation"); not "group", which may be of islands."""


def company_noun_after(ent: SpacySpan) -> bool:
    """ "the state-owned Halvorsen corporation", "the Brannock company's chief": a name of one or two words, with no
    given name first, that says which company a company's noun right after it names (rule actor.company-by-noun)
    is the company's, whatever the tagger said; not a place's name ("a Hamburg bank")."""
    words = name_tokens(ent)
    if not 1 <= len(words) <= 2 or words[0].lower_ in given_names() or ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    if after.lemma_.lower() not in NAMING_COMPANY_NOUNS or after.tag_ != "NN" or ent.root.head != after:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in after.children):
        return False  # "a loan from a Hamburg bank": a bank in Hamburg, not one named so
    return gazetteer().locate(strip_possessive(ent.text)) is None


def company_word_last(ent: SpacySpan) -> bool:
    """A name of two words or more ending in a company's word ("Ferris Petroleum", "Lund Airways Ltd"): a
    company's, whatever the tagger said; not a person's with a given name first or a noun for a person apposed
    ("Jack Petroleum, a geologist")."""
    words = name_tokens(ent)
    if len(words) < 2 or words[-1].lower_.rstrip(".") not in CORPORATE_WORDS:
        return False
    return words[0].lower_ not in given_names() and not person_apposed(ent)  # not "Jack Petroleum, a geologist"


def person_apposed(ent: SpacySpan) -> bool:
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
        if _owned_person_noun(doc, ent.end + 1):
            return True
    before = doc[max(ent.start - 2, 0) : ent.start]
    if len(before) == 2 and before[1].text == "," and before[0].lemma_.lower() in PEOPLE_NOUNS:
        return True
    return _person_noun_before(ent)


def _person_noun_before(ent: SpacySpan) -> bool:
    """ "cloth seller Akosua Dzifa said" (rule actor.person-by-noun-before): a common noun for a person written
    right before the name, as its title, makes the name a person's whatever the tagger said; a noun for a body
    ("the firm Nordstrom") is not one of them."""
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    if noun.tag_ != "NN" or not noun.is_lower or noun.lemma_.lower() not in PEOPLE_NOUNS:
        return False
    if noun.head.i < ent.start or noun.head.i >= ent.end:
        return False  # "the seller's Akosua Dzifa": the noun heads something else
    fired("actor.person-by-noun-before")
    return True


OWNER_WORDS = 5
"""The most words of the owner before "'s" in an apposition ("the European Fisheries Commission's")."""


def _owned_person_noun(doc: Doc, start: int) -> bool:
    """ "X, the Harbour Board's chief negotiator" (rule actor.person-by-owned-noun): an apposition opening at
    ``start`` with a body's possessive, then a noun for a person, makes the name before it a person's whatever
    the tagger said; the body's name would stop the search for the noun."""
    owner = next((t for t in doc[start : start + OWNER_WORDS + 1] if t.tag_ == "POS"), None)
    if owner is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[start : owner.i]):
        return False
    noun = owner.head.head  # "negotiator" of "the Board's chief fisheries negotiator"
    if owner.head.dep_ != "poss" or not owner.i < noun.i <= owner.i + 4 or noun.lemma_.lower() not in PEOPLE_NOUNS:
        return False
    fired("actor.person-by-owned-noun")
    return True


def person_marked_names(ents: list[SpacySpan]) -> set[str]:
    """Names the tagger did not take for a person's that the text marks as a person's: given an age ("said
    Mataafa, 47,": rule actor.person-by-age), taking "who" ("Dario Ferri, who chairs the board": rule
    actor.person-by-who), after a form of address ("Mr Dror": rule actor.person-by-address), or ending in a word
    the tagger took for a person's name alone elsewhere ("Ilan Dror" … "Dror said": rule actor.person-by-surname)."""
    geo = gazetteer()
    alone = {tokens[0].text for e in ents if e.label_ == "PERSON" and len(tokens := name_tokens(e)) == 1}
    alone |= _hyphened_names_alone(ents)
    out = set()
    for ent in ents:
        name = strip_possessive(ent.text)
        tokens = name_tokens(ent)
        if ent.label_ not in ("ORG", "GPE", "FAC", "LOC") or not 1 <= len(tokens) <= 4:
            continue
        several = len(tokens) >= 2
        if several and _gendered_pronoun_after(ent):
            fired("actor.person-by-pronoun")
            out.add(name)
            continue
        last = _family_word_text(tokens)
        if not (_aged(ent) or (several and (takes_who(ent) or last in alone)) or _addressed(ent)):
            continue
        plain = not any(t.lower_ in NOT_NAME_WORDS for t in tokens) and not plural_person_noun(tokens[-1])
        if all(t.is_title for t in tokens if t.text != "-") and plain:
            if not (geo.locate(name) or geo.country_of(name) or is_outlet_name(name)):
                if _aged(ent):
                    fired("actor.person-by-age")
                elif several and takes_who(ent):
                    fired("actor.person-by-who")
                elif several and last in alone:
                    fired("actor.person-by-surname")
                else:
                    fired("actor.person-by-address")
                out.add(name)
    return out


def _hyphened_names_alone(ents: list[SpacySpan]) -> set[str]:
    """Hyphenated family names the tagger took alone for a person's ("Novak-Horvat said"), as one word."""
    out = set()
    for ent in ents:
        tokens = name_tokens(ent)
        if ent.label_ == "PERSON" and len(tokens) == 3 and tokens[1].text == "-":
            out.add(_family_word_text(tokens))
    return out


def _family_word_text(tokens: list[Token]) -> str:
    """The last word of a name, a hyphenated family name whole ("Novak-Horvat" of "Ana Novak-Horvat"; rule
    actor.person-by-surname)."""
    end = len(tokens) - 1
    start = end
    while start >= 2 and tokens[start - 1].text == "-" and not tokens[start - 1].whitespace_:
        start -= 2
    return "".join(t.text for t in tokens[start : end + 1])


THIRD_PERSON_PRONOUNS = GENDERED_PRONOUNS | {"it", "its", "itself", "they", "their", "them"}


def _gendered_pronoun_after(ent: SpacySpan) -> bool:
    """ "Ada Moss has a list, and her mother is on it": a name opening with a given name, subject of its clause, that
    the first third-person pronoun after it, in its sentence or the next, takes up as "he" or "she" or as the owner
    "his" or "her", with no other name between and no "it" or "they" before, is a person's whatever the tagger said
    (rule actor.person-by-pronoun); a company is "it", and a company named for its founder ("Morgan Rowe said it …")
    keeps its kind; an object "him" or "her" may stand for anyone else."""
    words = name_tokens(ent)
    if words[0].lower_ not in given_names() or any(t.lower_ in NOT_NAME_WORDS for t in words):
        return False
    if any(t.lower_.rstrip(".") in CORPORATE_WORDS for t in words):
        return False  # "Ruth Energy Partners": a company's words
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = ent.doc
    sent = ent.sent
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for token in doc[ent.end : stop]:
        if token.ent_type_ in ("PERSON", "ORG") or token.lower_ in ("who", "which"):
            return False
        if (token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass")) or (
            token.lower_ in ("his", "her") and token.dep_ == "poss"
        ):
            return True  # "She walks", "her mother"
        if token.lower_ in THIRD_PERSON_PRONOUNS - GENDERED_PRONOUNS:
            return False  # "it", "its", "they": a body's
    return False  # "fired him": an object may be anyone


def _addressed(ent: SpacySpan) -> bool:
    """A form of address (``HONORIFICS``) just before the name, or opening what the tagger took for a body's name:
    "Mr Livne", "Ms Rosa Sapolu" (the honorifics of the lexicon, "Sheikh", are taken in by ``after_honorific``,
    and several of them are also names' first words)."""
    before = ent.start > 0 and HONORIFICS.fullmatch(ent.doc[ent.start - 1].text + " ") is not None
    return before or (len(ent) >= 2 and HONORIFICS.fullmatch(ent[0].text + " ") is not None)


KIN_NOUNS = frozenset(
    "son sons daughter daughters wife husband mother father brother sister child children family parents".split()
)
"""What only a person has: "Siti Aminah, whose son …"."""


def takes_who(ent: SpacySpan) -> bool:
    """ "X, who …" or "X, whose son …": a relative clause only a person takes (an organisation takes "which",
    and has shares and offices of its own)."""
    after = ent.doc[ent.end : ent.end + 5]
    if len(after) < 3 or after[0].text != ",":
        return False
    if after[1].lower_ == "who":
        return True
    # "whose son", "whose eight-year-old son": what "whose" is of, however many words describe it
    return after[1].lower_ == "whose" and (
        after[1].head.lower_ in KIN_NOUNS or any(t.lower_ in KIN_NOUNS for t in after[2:])
    )


def of_aged(ent: SpacySpan, aged: set[str]) -> bool:
    """The name, or the family name ending it, is one the text marks as a person's (``person_marked_names``)."""
    tokens = name_tokens(ent)
    return bool(aged) and (strip_possessive(ent.text) in aged or (len(tokens) >= 2 and tokens[-1].text in aged))


def _aged(ent: SpacySpan) -> bool:
    """ "Gul Zaman, 52,": only a person has an age set off by commas after the name."""
    doc = ent.doc
    after = [t.text for t in doc[ent.end : ent.end + 3]]
    return len(after) == 3 and after[0] == "," and after[1].isdigit() and int(after[1]) < 120 and after[2] == ","


PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "port", "province", "region", "district", "county"})
"""Nouns for a place, apposed to a name that is then a place's: "Wilmington, the state's biggest city"."""


def apposed_place_noun(ent: SpacySpan) -> bool:
    """A name with a noun for a place apposed to it: "Wilmington, the state's biggest city"."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in ent.root.children)


def modifies_a_noun(ent: SpacySpan) -> bool:
    """ "the Turkana governor", "the Siachen glacier", "Mackerel talks": a name set before a common noun to say
    which one, as a place's or a thing's name is; the noun, not the name, is what the phrase is about. A noun that
    says what is a person's ("a Putin spokesman", "the Xi visit") leaves the name a person's."""
    root = ent.root
    head = root.head
    common = head.pos_ == "NOUN" or (head.is_lower and head.is_alpha)  # "glacier" may be tagged a proper noun
    if root.dep_ not in ("compound", "amod", "nmod") or head.i < ent.end or not common:
        return False
    if head.lemma_.lower() in PERSON_OWNED_NOUNS:
        return False
    # only words of the noun's phrase between: not "Ali Rezaei and EU envoy X", a list the parse ran together
    return all(t.dep_ in ("compound", "amod", "nmod") and t.is_alpha for t in ent.doc[ent.end : head.i])


def city_in_place_role(ent: SpacySpan) -> bool:
    """A known city the tagger took for a person, used as a place: object of a verb or preposition, not a
    speaker or an agent."""
    if ent.root.dep_ in ("nsubj", "nsubjpass", "agent", "poss") or len(name_tokens(ent)) > 3:
        return False
    place = gazetteer().locate(strip_possessive(ent.text))
    return place is not None and ent.root.dep_ in ("pobj", "dobj", "compound", "appos", "conj")


def where_someone_is(ent: SpacySpan) -> bool:
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
