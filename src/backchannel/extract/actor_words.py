"""The words and small tests the actor modules share: entity labels, name particles and honorifics, forms of
address, the article's sentences and text, a possessive stripped, a headline line told from a sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .contact_words import NOUN_MODES, PHONE_WORDS
from .gender import FEMALE_WORDS, MALE_WORDS, given_names
from .lexicon import HEADLINE_GOING_VERBS, ORGANIZATION_WORDS, TITLE_NOUNS, WRITTEN_ABBREVIATIONS
from .lexicon import HONORIFICS as HONORIFIC_WORDS
from .person_words import ROLE_NOUNS
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


INITIAL = re.compile(r"[A-Z]\.")


def capitalised_word(token: Token) -> bool:
    """A name's word: "Shauna", "McKee", "Santiago-Lim"; not "NATO"."""
    return token.text[0].isupper() and not token.text.isupper() and token.text.replace("-", "").isalpha()


def leading_participle(token: Token) -> bool:
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


def without_blanks(span: SpacySpan) -> SpacySpan:
    """The span without the whitespace at its edges (a blanked dateline parses as a space token), nor a list's
    bullet before it, nor a stop after it; an entity keeps its label (rule actor.name-after-office-place asks it)."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].text in LIST_BULLETS):
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].text in SENTENCE_STOPS):
        end -= 1  # "met Luis Arce." at the end of a text: the tagger may take in the stop
    return SpacySpan(span.doc, start, end, label=span.label)


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


def end_of_a_name_with_of(ent: SpacySpan) -> bool:
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


def next_sentence_root(word: Token) -> Token | None:
    """The root of the sentence after ``word``'s (``doc_sents``, so past blank lines and lone quote marks, which
    belong to the sentence before them); None at the end of the text."""
    sents = doc_sents(word.doc)
    here = sentence_index(sents, word.i)
    return sents[here + 1].root if here + 1 < len(sents) else None


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds ``doc.text`` from its tokens on every access."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


HEADLINE_LINES = "headline_lines"
"""Where a doc keeps the spans of the lines, past the first, that are the article's title."""
HEADLINE_REACH = 1500
"""How far into the text a pasted page's title line is looked for (past the outlet's name, dates, menus)."""


def keep_headline_lines(doc: Doc, text: str, title: str | None) -> None:
    """Keep in ``doc`` where the article's title stands as a line of its own in ``text``, past the first line
    (rule actor.headline-line): a pasted page often opens with its outlet's name, a date or a menu, and the
    headline comes after ("The Harbour Times / 12 March 2024 / Dutch envoy visits Lima"), or gives it twice, as
    the page's title and again over the story."""
    title = (title or "").strip()
    if not title:
        return
    opening = len(text) - len(text.lstrip())
    lines: list[tuple[int, int]] = []
    start = 0
    while (start := text.find(title, start, HEADLINE_REACH + len(title))) >= 0:
        end = start + len(title)
        whole = (start == 0 or text[:start].rstrip(" \t").endswith("\n")) and text[end:].lstrip(" \t")[:1] in (
            "\n",
            "",
        )
        if whole and start > opening:  # a first line is read as a headline anyway
            lines.append((start, end))
        start = end
    if lines:
        doc.user_data[HEADLINE_LINES] = lines


def in_headline(doc: Doc, start_char: int) -> bool:
    """Whether the text at ``start_char`` stands in a headline: the first line, when it reads as one (no closing
    full stop), or a line that is the article's title (``keep_headline_lines``); a text that opens with its first
    sentence, its title given apart, has none."""
    if any(start <= start_char < end for start, end in doc.user_data.get(HEADLINE_LINES, ())):
        fired("actor.headline-line")
        return True
    text = doc_text(doc)
    first = text.split("\n", 1)[0].rstrip()
    return "\n" not in text[:start_char] and not first.endswith((".", '."', ".”"))


def inside_quote(token: Token) -> bool:
    """Whether ``token`` stands inside quote marks opened earlier in its paragraph."""
    text = doc_text(token.doc)
    start = text.rfind("\n\n", 0, token.idx) + 1
    before = text[start : token.idx]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def entity_at(token: Token) -> SpacySpan | None:
    """The named entity a token is part of. ``doc.ents`` is rebuilt on every access, so it is indexed once."""
    doc = token.doc
    index = doc.user_data.get("entity_index")
    if index is None:
        index = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        doc.user_data["entity_index"] = index
    return index.get(token.i)


_THE = re.compile(r"^(the|The)\s+")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def strip_the(text: str) -> str:
    """ "the PPSU" -> "PPSU": text without a leading "the" or "The" (not "THE", and not "a" or "an")."""
    return _THE.sub("", text)


def strip_article(text: str) -> str:
    """ "The foreign minister" -> "foreign minister": text without a leading "the", "a" or "an" in any case."""
    return _ARTICLE.sub("", text)


def without_article(name: str) -> str:
    """ "The Clarion" -> "clarion": a name without a leading "the" in any case, casefolded, for comparing names."""
    return re.sub(r"(?i)^the\s+", "", name).casefold()


@lru_cache(maxsize=NAME_CACHE)
def strip_possessive(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"['’]s?$", "", text)
    return strip_the(text)


def singular(noun: str) -> str:
    """ "officials" -> "official", "secretaries" -> "secretary", "boss" -> "boss": a plural title or group noun's
    singular, lower-cased, for comparing with word lists of singular nouns."""
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


INITIALS_SKIPPED = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})


def initials_of(name: str) -> str:
    """ "Bureau of Coastal Fisheries" -> "BCF"."""
    return "".join(w[0] for w in re.findall(r"[\w’']+", name) if w.lower() not in INITIALS_SKIPPED).upper()


PARTICLES = frozenset(
    "de van von der den da di du del della dos das le la bin binti bint ibn ben ter ten zu af wa".split()
)
"""Lower-case words inside a family name: "Staffan de Mistura", "Ursula von der Leyen", "Mohammed bin Salman",
"Uhuru wa Kamau" (the Bantu "wa", "of")."""


def address_word(lower: str) -> bool:
    """A style of address or a royal title, lower-cased, with or without its full stop: "mr.", "prince"."""
    return lower.rstrip(".") in ADDRESS_WORDS


PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "ben"})
"""Lower-case words that join a given name to a father's name: "Faisal bin Ahmed", "Aisha binti Ahmad"."""
ADDRESS_WORDS = HONORIFIC_WORDS | {"prince", "princess", "king", "queen", "emir", "sultan", "mr", "mrs", "ms", "dr"}
"""Words written before a person's name to address or style them, never part of it."""
FORMS_OF_ADDRESS = ADDRESS_WORDS | {"mme", "miss", "herr", "frau", "sir", "dame", "lady", "lord"}
"""Words written before a person's name to address them, with or without a stop."""


def address_before(mention: SpacySpan) -> Token | None:
    """The capitalised form of address of one gender right before a person's mention that leaves it out ("Mr" of
    "Mr Ardon" when the tagger's name is "Ardon"): the name's alias keeps it, to tell "he" from "she"."""
    if mention.start == 0:
        return None
    before = mention.doc[mention.start - 1]
    word = before.lower_.rstrip(".")
    gendered = FEMALE_WORDS.fullmatch(word) is not None or MALE_WORDS.fullmatch(word) is not None
    return before if before.text[:1].isupper() and word in FORMS_OF_ADDRESS and gendered else None


HEADLINE_NOUNS = TITLE_NOUNS | set(NOUN_MODES) | {"reports", "report", "says", "said"}
HEADLINE_WORDS = HEADLINE_NOUNS | PHONE_WORDS


def common_words(ent: SpacySpan) -> bool:
    """ "… Discuss Black Sea Deal by Phone", "Swiss Mediator Says …": capitalised common words or a description
    the tagger took for a name."""
    words = [t.lower_ for t in ent if t.is_alpha]
    if ent.label_ == "ORG" and 2 <= len(words) <= 3 and words[-1] in TITLE_NOUNS and len(words) == len(ent):
        return True
    return bool(words) and len(words) == len(ent) and all(w in HEADLINE_WORDS for w in words)


def is_headline(ent: SpacySpan) -> bool:
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


def name_tokens(ent: SpacySpan) -> list[Token]:
    return [t for t in ent if t.is_alpha or "-" in t.text or "." in t.text or marked_name_word(t)]


MARKED_NAME_WORD = re.compile(r"^[A-Z][a-z]*(?:[’'][a-z]+)+$")
"""A capitalised word with a mark inside it, then lower-case letters: "Fa'amausili", "Mana’a", "Ndung'u"."""
NOT_MARKED_NAMES = frozenset({"o'clock", "o’clock", "ma'am", "ma’am", "g'day", "g’day", "y'all", "y’all"})
CONTRACTION_END = re.compile(r"[’'](?:s|t|ll|re|ve|d|m)$")


def marked_name_word(token: Token) -> bool:
    """Whether a word is a name written with a glottal stop or an elision mark inside it, as Samoan, Tongan, Arabic
    and Kenyan names are ("Tuilaepa Sa’ilele", "Yousef Mana’a", "Fred Matiang’i"): such a word is a name's word
    though it is not all letters, and the tagger often leaves it out of the name (rule actor.marked-name-word)."""
    text = token.text
    if not MARKED_NAME_WORD.match(text) or CONTRACTION_END.search(text):
        return False
    return token.lower_ not in NOT_MARKED_NAMES


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


OWNER_PREPS = frozenset({"of", "from"})
"""Prepositions that say whose or where a group is: "officials of Kazakhstan", "officers from the Agency"."""


def owners_named(noun: Token) -> list[Token]:
    """The objects of "of" or "from" on a noun: "Kazakhstan" of "officials of Kazakhstan"."""
    return [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS for g in c.children if g.dep_ == "pobj"
    ]


def names_a_body_title_or_state(words: SpacySpan) -> bool:
    """Whether a run of words cut from an entity as a person's name holds a body's word, a title or a country's name,
    and so is no person's name ("Ministry", "Minister", "Thailand")."""
    geo = gazetteer()
    return any(t.lower_ in ORGANIZATION_WORDS | TITLE_NOUNS or geo.country_of(t.text) for t in words)


def subject_of_next_verb(last: Token, *, modal: bool = False) -> bool:
    """Whether a finite verb (or, with ``modal``, a modal) follows the phrase ending at ``last`` at once: the phrase
    is that verb's subject ("…, Okafor said")."""
    doc = last.doc
    tags = ("VBD", "VBZ", "VBP", "MD") if modal else ("VBD", "VBZ", "VBP")
    return last.i + 1 < len(doc) and doc[last.i + 1].tag_ in tags


HEADLINE_LINE_WORDS = 16
"""The most words a headline's line holds."""


def going_verb_in_headline(word: Token) -> bool:
    """Whether ``word`` is a title-case verb of going or meeting ("Heads", "Meets") in a line set as a headline: no
    longer than a headline and not ending a sentence."""
    if not word.is_title or word.lower_ not in HEADLINE_GOING_VERBS:
        return False
    text = word.doc.text
    start = text.rfind("\n", 0, word.idx) + 1
    end = text.find("\n", word.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line.split()) <= HEADLINE_LINE_WORDS and not line.endswith(".")


def country_name_opening(words: SpacySpan) -> SpacySpan | None:
    """The longest opening of ``words`` that is a country's name, whatever the tagger made of it: "Prime Minister X
    of Barbados", "… of Trinidad and Tobago", "King Omar of Saudi Arabia"."""
    for size in range(len(words), 0, -1):
        opening = words[:size]
        if opening[0].is_title and opening[-1].is_title and gazetteer().is_country_name(opening.text):
            return opening
    return None
