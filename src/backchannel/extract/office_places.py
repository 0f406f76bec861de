"""Names after a title of a place or body ("Ambassador of Thailand Somchai Wongsa", "Chairman of the State Duma
Ivan Petrov"): where the place's or body's name ends and the holder's begins, when the tagger ran them together."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..geo import gazetteer
from .actor_words import INITIAL, capitalised_word, names_a_body_title_or_state
from .gender import given_names
from .glued_initials import glued_family_name
from .lexicon import ORGANIZATION_WORDS, TITLE_NOUNS
from .trace import fired

TITLE_RUN_WORDS = frozenset({"of", "to", "for", "the"})
"""Words inside a title's phrase before the holder's name: "Ambassador of the Russian Federation to Mongolia"."""
TITLE_PHRASE_WORDS = TITLE_RUN_WORDS | {"and", "in"}
"""The same, with "and" inside a brief ("Minister of Natural Resources and Environment"), where a title's phrase
is known to end in a place's or body's name, and "in" before the house an office is held in ("Leader of the
Opposition in the Senate"); a run of titles to a name stops at "and" ("The chairman and Senator X": two people)."""
TITLE_PHRASE_SPAN = 8
"""The most words between a title noun and the place or body its phrase ends with."""
PLACE_WORDS = 3
"""The most words of a place's name run into the holder's name ("Vatican City State")."""
STATE_FORMS = frozenset({"republic", "federation", "kingdom", "confederation"})
"""Words that make a state's formal name of its people's word: "the Kyrgyz Republic", "the Slovak Republic"."""


def name_after_office_place(ent: SpacySpan) -> SpacySpan | None:
    """The holder's name in an entity that took in the end of the title's place or body (rule
    actor.name-after-office-place): "Ambassador of Thailand Somchai Wongsa" tagged "Thailand Somchai Wongsa",
    "Head of the Republic of Buryatia Ivan Petrov" tagged as a person "Buryatia Ivan Petrov". The entity follows
    "of" or "to" in a title's phrase; what it starts with is a country or city, or, for a person of three words
    or more right after "of", a word that is no given name nor nationality; the rest is a name of two words or
    more, or one written with glued initials ("Kh.Battulga"). A body or a place the tagger ran the name into
    ("the State Duma Ivan Petrov", "the Republic of Buryatia Ivan Petrov") ends where a given name opens the
    holder's; a person's name that only took in the end of a body's ("Duma Ivan Petrov") is mended by
    ``with_given_names``."""
    doc = ent.doc
    if len(ent) < 2 or ent.start < 2:
        return None
    if not in_title_phrase(doc[ent.start - 1]) and not _after_lower_title(doc[ent.start - 1]):
        return None
    placed, holder = _after_a_known_place(ent)
    if placed:
        return holder  # not "the Republic" (a town's name too) of "the Republic of Buryatia Ivan Petrov"
    geo = gazetteer()
    if ent.label_ != "PERSON":
        return _holder_after_body(ent)
    first = ent[0]
    if first.lower_ in ORGANIZATION_WORDS and doc[ent.start - 1].lower_ == "the":
        return _holder_after_body(ent)  # "Leader of the Opposition in the Senate Rafael Menon"
    if len(ent) < 3 or not first.is_title or doc[ent.start - 1].lower_ != "of":
        return None
    if first.lower_ in given_names() or geo.is_demonym(first.text):
        return None
    return _holder(ent, 1)  # "of Buryatia" + "Ivan Petrov": a place the gazetteer does not know


def holder_after_known_place(run: SpacySpan) -> SpacySpan | None:
    """The holder's name in a run of capitalised words that follows "of" or "to" in a title's phrase and opens with
    a country, a city or a state's formal name: "Ghana Ama Mensah" of "High Commissioner to Ghana Ama Mensah"."""
    before = run.doc[run.start - 1] if run.start else None
    if len(run) < 3 or before is None or before.lower_ not in TITLE_RUN_WORDS or not in_title_phrase(before):
        return None  # not "Minister of Water Resources Sok Chenda": a brief's last word, then a name
    return _after_a_known_place(run)[1]


def _after_a_known_place(ent: SpacySpan) -> tuple[bool, SpacySpan | None]:
    """Whether ``ent`` opens with a country, a city or a state's formal name that a person's name may follow, and
    that name (None when the rest is no person's name, or when the place is all of a person's entity)."""
    geo = gazetteer()
    for size in range(min(PLACE_WORDS, len(ent) - 1), 0, -1):
        place = ent[:size].text
        formal = formal_state_name(ent[:size])
        if (geo.is_country_name(place) or geo.is_city(place) or formal) and (
            (holder := _holder(ent, size)) is not None or ent.label_ == "PERSON"
        ):
            if formal and holder is not None:
                fired("actor.formal-state-name")
            return True, holder
    return False, None


def formal_state_name(words: SpacySpan) -> bool:
    """A state's formal name built on its people's word, which the gazetteer does not list as a country's name
    (rule actor.formal-state-name): "the Kyrgyz Republic", "the Slovak Republic"; a holder's name the tagger ran
    into it is cut off as after a country's name."""
    tokens = [t for t in words if t.lower_ != "the"]
    if len(tokens) != 2 or tokens[1].lower_ not in STATE_FORMS or not tokens[1].is_title:
        return False
    return gazetteer().is_demonym(tokens[0].text)


def _holder_after_body(ent: SpacySpan) -> SpacySpan | None:
    """The name opening with a given name after a body's or a place's capitalised words, in an entity the tagger took
    for the body or place: "Ivan Petrov" of "the State Duma Ivan Petrov"."""
    names = given_names()
    for size in range(1, len(ent) - 1):
        if ent[size].lower_ in names and ent[size - 1].is_title and any(t.is_title for t in ent[:size]):
            return _holder(ent, size)
    return None


def _after_lower_title(before: Token) -> bool:
    """Whether ``before`` is the "to" or "of" right after a title written in lower case (rule
    actor.name-after-office-place): "France's envoy to Chad Paul Brenot", "the ambassador to Freedonia Ana Moss"
    tagged with the place run into the name."""
    doc = before.doc
    return before.i > 0 and before.lower_ in ("to", "of") and doc[before.i - 1].lower_ in TITLE_NOUNS


def in_title_phrase(before: Token) -> bool:
    """Whether ``before`` ends a title's phrase that a place's or body's name comes next in: "Ambassador of",
    "Minister of Foreign Affairs of", "Chairman of the State"."""
    doc = before.doc
    start = before.i
    while start >= 0 and before.i - start < TITLE_PHRASE_SPAN:
        word = doc[start]
        if word.is_title and word.lower_ in TITLE_NOUNS:
            return any(t.lower_ in ("of", "to") for t in doc[start + 1 : before.i + 1])
        if not (word.is_title or word.lower_ in TITLE_PHRASE_WORDS):
            return False
        start -= 1
    return False


def _holder(ent: SpacySpan, size: int) -> SpacySpan | None:
    """The name after the first ``size`` words of ``ent``, when it is a person's: capitalised words, none a body's
    word, a title or a country, two at least or one with glued initials; a middle initial inside ("Alice G. Wells")."""
    name = ent[size:]
    glued = len(name) == 1 and glued_family_name(name.text) is not None
    words = [capitalised_word(t) or (0 < n < len(name) - 1 and INITIAL.fullmatch(t.text)) for n, t in enumerate(name)]
    if not glued and not (2 <= len(name) <= 4 and all(words)):
        return None
    if names_a_body_title_or_state(name):
        return None
    fired("actor.name-after-office-place")
    return SpacySpan(ent.doc, name.start, name.end, label="PERSON")
