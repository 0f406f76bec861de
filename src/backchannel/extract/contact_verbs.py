"""Whether a verb tells a contact, and in which mode: meeting, visit, phone or third-party.

A verb tells a contact only in its literal sense and with someone to meet:
"called X" is a call, "called for talks" and "called elections" are not; "met
X" is a meeting, "met the demands" is not; "spoke to reporters" is no contact;
an official travelling abroad visits; "Norway mediated between X and Y" is a
go-between's. A verb told as a circumstance ("while visiting X", "a visiting
diplomat") or as a habit ("frequently meets with lawmakers") tells no news.

Habits are read in ``contact_habits``, circumstances in ``background_verbs``,
summons in ``summons``, time spent together in ``contact_spells``, and
parties named as people together in ``party_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_countries import nationalities
from .actor_table import ActorTable
from .actor_words import GOVERNMENT_TITLE, doc_sents, inside_quote, owners_named, place_name, sentence_index
from .background_verbs import verb_has_subject
from .contact_nouns import officials_of_a_grouping, participles_after_the_telling
from .contact_spells import (
    at_one_table,
    for_a_spell_of_talks,
    is_spell,
    names_a_contact,
    on_the_phone_with,
    on_the_phone_with_a_party,
    sat_a_spell,
    sat_facing,
    shook_hands,
    with_a_party,
    with_in_setting,
)
from .contact_words import (
    ADDRESS_OCCASIONS,
    ADDRESSED_GATHERINGS,
    ASKING_VERBS,
    AUDIENCES,
    BRIEFING_VERBS,
    CALL_ON_ERRANDS,
    CALL_ON_OUTLETS,
    CARRIED_MESSAGES,
    CONTACT_PURPOSES,
    CROWD_COUNTS,
    CROWD_NOUNS,
    DELIVERED_PAPERS,
    FIGURATIVE_OBJECTS,
    FUTURE_AUX,
    GATHERINGS,
    GO_BETWEEN_NOUNS,
    HOST_VERBS,
    HYPOTHETICAL_AUX,
    KIN_NOUNS,
    LED_GROUPS,
    MEANS_PREPS,
    MEDIATING_VERBS,
    MEET_VERBS,
    MESSAGE_VERBS,
    NOUN_MODES,
    PHONE_VERBS,
    PHONE_WORDS,
    PLANNING_HEADS,
    PRESS_CALLERS,
    RECALLED_ENVOYS,
    RELATIVE_PRONOUNS,
    SEEING_VERBS,
    SHUTTLING_VERBS,
    SIDE_NOUNS,
    SIDELINES,
    SITTING_VERBS,
    SUMMONING_VERBS,
    TOPIC_TALK_VERBS,
    TRAVEL_VERBS,
    TRIP_ERRANDS,
    VISITED_SITES,
)
from .errand_rooms import room_keepers
from .grammar import is_passive
from .hosted_occasions import attended_occasion
from .lexicon import TITLE_NOUNS, mended_lemma
from .naming_calls import names_someone
from .parties import (
    group_of_people,
    it_may_be_a_body,
    may_be_a_body,
    people_told_before,
    person_like,
    subjects_of,
    together_told_before,
    told_before,
)
from .party_nouns import counted_pair, of_a_nationality
from .person_words import PEOPLE_NOUNS, RELATIVE_NOUNS
from .places import is_place, known_town, place_in, place_of
from .seeing_people import sees_a_person
from .speakers import ORG_NOUNS
from .summons import called_in, called_to_testify, summoned_in_protest, summoned_to_a_hearing, summons_a_person
from .title_words import in_a_title
from .trace import fired, rejected
from .trip_errands import for_an_errand

GATHERING_SUBJECT_VERBS = frozenset({"convene", "gather", "assemble"})
"""Verbs whose plural subject meets as one body: "EU leaders convene in Brussels"."""
GATHERERS = frozenset({"leader", "minister", "head", "delegate", "envoy", "official", "president", "diplomat"})
"""Who gathering makes a summit: leaders and ministers of states, not "protesters gathered"."""
UNOFFICIAL_LEADERS = frozenset({"opposition", "community", "business", "religious", "tribal", "student", "civic"})
"""Words before "leaders" that name no body or state ("Opposition leaders gathered …", capitalised or not)."""
MEAL_VERBS = frozenset({"dine", "dined", "dining", "dines", "lunch", "lunched", "lunching", "breakfast", "breakfasted"})
"""Verbs of a meal taken with someone, a meeting: "dined with the minister", "lunched with X" (their forms too: the
small model's lemmatiser reads "dined" as "din")."""
ARRIVAL_VERBS = frozenset({"visit", "arrive", "tour", "land"})
"""Verbs that make one who comes to a place a visitor there with no purpose told: "arrived in Lima", "landed in
Riyadh on Saturday" (rule contact.travel.to-meet)."""
HOME_NOUNS = frozenset({"home", "house", "residence", "villa", "farm", "ranch", "mansion"})
"""Where a person lives: going to a named person's one is calling on that person."""
RAISING_VERBS = frozenset({"raise"})
"""Verbs of putting a matter to someone: "raised the comments with the ambassador" (rule contact.verb.raise-with)."""
CONTACT_VERBS = (
    RAISING_VERBS
    | frozenset({"touch"})  # only "touched down in Beijing" (rule contact.travel.touched-down)
    | PHONE_VERBS
    | SITTING_VERBS
    | MESSAGE_VERBS
    | MEDIATING_VERBS
    | TRAVEL_VERBS
    | SHUTTLING_VERBS
    | HOST_VERBS
    | {"speak", "talk", "confer", "huddle", "meet", "discuss", "negotiate", "consult", "visit", "see", "spend"}
    | {"communicate", "invite", "brief"}
    | {"bring"}  # only "brought the two sides together" (rule contact.verb.brought-together)
    | MEAL_VERBS
    | {"exchange", "shake", "embrace"}
    | GATHERING_SUBJECT_VERBS
    | SUMMONING_VERBS
)
EXCHANGED_VIEWS = frozenset({"view", "opinion", "idea", "assessment"})
"""What two sides exchange when they talk: "exchanged views on the border" (rule contact.verb.exchange-views)."""
"""Every lemma ``verb_mode`` reads a contact in; it passes over any other verb at once."""


FIXTURES = frozenset(
    """qualifier final semifinal semi-final quarterfinal quarter-final match game friendly playoff play-off derby
    fixture bout rematch""".split()
)
"""Games teams or players meet in: "will meet Vallis in a World Cup qualifier" is a match, not a contact."""


def _in_a_fixture(verb: Token, objects: list[Token]) -> bool:
    """An "in" phrase naming a game, on the verb or on whom it meets: "will meet Vallis in a World Cup qualifier"
    (not "met him after the match" or "at the final", where officials do meet)."""
    ins = [c for node in (verb, *objects) for c in node.children if c.dep_ == "prep" and c.lower_ == "in"]
    nouns = [g for c in ins for g in c.children if g.dep_ == "pobj"]
    # "the cup final" parsed with "final" hung on "cup" after it; not "a final attempt", "a friendly atmosphere"
    games = [g for g in nouns if g.pos_ == "NOUN"] + [
        t for g in nouns for t in g.children if t.i > g.i and t.dep_ == "amod"
    ]
    return any(t.lemma_.lower() in FIXTURES or t.lower_ in FIXTURES for t in games)


def called_one(complement: Token) -> bool:
    """ "called Museveni": the parse may make the one called a predicate (oprd), as of "called X a liar"; a person
    or a lone name with no object before it is the one called (rule contact.call.named-complement)."""
    if complement.dep_ != "oprd" or complement.head.dep_ == "acl":
        return False  # "a super PAC called Arizona Forward" names the PAC
    if complement.ent_type_ == "PERSON":
        return True
    alone = not any(c.dep_ in ("dobj", "dative") for c in complement.head.children)
    if alone and complement.pos_ == "PROPN":
        fired("contact.call.named-complement")
        return True
    return False


CALLED_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
BRIEFED_PRONOUNS = frozenset({"him", "her"})  # one person told before; "them" may be the press


def _clause_after_the_called(verb: Token, clause: Token) -> bool:
    """ "He called me, which I appreciated", "We had called him just before he boarded and all was fine, he was
    happy": a clause with its own subject after a comma, past the person called, is a clause of its own that the
    parse hung on "called", not what the call named him (rule contact.call.clause-after-the-called); "called the
    talks 'useful', which …" names the talks."""
    called = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in CALLED_PRONOUNS or c.ent_type_ == "PERSON")]
    subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    if not called or subject is None or subject.i < called[0].i:
        return False
    if not any(t.text == "," for t in verb.doc[called[0].i + 1 : subject.i]):
        return False
    fired("contact.call.clause-after-the-called")
    return True


OPENING_QUOTES = frozenset({'"', "“", "‘"})
NAMING_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PRON"})
"""The parts of speech a quoted noun phrase opens with: "a liar", "the best mayor", "our worst enemy", "most honest"."""


def _gathering_called(verb: Token) -> bool:
    """Whether what "was called" is a gathering ("the summit was called by X", "the meeting, which is being called by
    the AU chairman"): called means convened there, and no one was phoned (rule contact.call.convened)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # the noun the relative clause hangs on
    return subject is not None and subject.lemma_.lower() in CONTACT_OR_GATHERING_WORDS


def _called_a_quoted_name(verb: Token) -> bool:
    """ "Varga calls Tom Moss \"the best harbour master we ever had\"", "called the minister “a disgrace”": words in
    quote marks opening right after the one called, a noun phrase, are what the subject calls that one, however the
    parse hung them (as an apposition, or as a sentence of their own), not a telephone call (rule
    contact.call.quoted-name); "called Varga \"to say sorry\"" is still a call."""
    doc = verb.doc
    for called in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.i + 2 < len(doc)):
        mark, first = doc[called.i + 1], doc[called.i + 2]
        opening = mark.text in OPENING_QUOTES and (mark.text != '"' or not inside_quote(mark))
        if opening and first.pos_ in NAMING_WORDS and first.tag_ != "TO" and not _when_or_how(doc, called.i + 2):
            return True
    return False


CLOSING_QUOTES = frozenset({'"', "”", "’"})


def _when_or_how(doc: Doc, start: int) -> bool:
    """ "called Tom Moss \"immediately\"", "\"twice yesterday\"", "\"as soon as the vote ended\"": quoted words
    that only say when or how the call was made (adverbs with no noun or adjective after them, or a time), not
    what the one called was called (rule contact.call.quoted-name); "\"most dishonest\"", "\"truly a disgrace\""
    still name."""
    words = []
    for token in doc[start:]:
        if token.text in CLOSING_QUOTES:
            break
        words.append(token)
    if any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return True
    core = next((t for t in words if t.pos_ != "ADV"), None)
    return core is None or core.pos_ not in NAMING_WORDS or core.is_punct


CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis"})
"""Clauses hung on a verb, whose words tell of something else: "talked in an office that still had a telephone"."""


IN_PERSON_LEMMAS = frozenset({"meet", "meeting", "visit", "person", "face", "sit", "host", "receive"})
"""Words of a sentence that tell a contact held face to face: "met", "the meeting", "in person", "face-to-face"."""


def home_owners(verb: Token, table: ActorTable) -> list[Token]:
    """Whose home one went to: "went to opposition leader X's house", "will proceed to the residence of President X".
    One who goes to a named person's house calls on that person (rule contact.travel.to-a-home)."""
    homes = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "at")
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in HOME_NOUNS
    ]
    if _not_at_home(verb):
        return []  # "went to X's house but she was not at home": no one was called on
    return [o for h in homes for o in _owners(h) if _named_person(o, table)]


def _owners(home: Token) -> list[Token]:
    """ "X's house", "the residence of X": the one a home is said to be of."""
    return [o for o in home.children if o.dep_ == "poss"] + owners_named(home)


AWAY_WORDS = frozenset({"absent", "away", "out"})
"""What one who is not in is said to be: "she was absent", "he was away"."""


def _not_at_home(verb: Token) -> bool:
    """ "went to X's house on Wednesday but she was not at home", "…, but he was not there", "but she was away": a
    clause joined to the going that says its one was not in tells a call that found no one."""
    for clause in (c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "be"):
        if any(c.dep_ == "acomp" and c.lower_ in AWAY_WORDS for c in clause.children):
            return True
        negated = any(c.dep_ == "neg" for c in clause.children)
        there = any(c.lower_ in ("there", "home", "in") and c.dep_ in ("advmod", "prt") for c in clause.children)
        at_home = any(
            c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "home" for g in c.children)
            for c in clause.children
        )
        if negated and (there or at_home):
            return True
    return False


def _raised_with(verb: Token, table: ActorTable) -> str | None:
    """ "Chinese officials raised the comments with ambassador Raby", "Peru raised the matter with Chile's envoy": one
    who raises a matter with a party the story names puts it to that party, a meeting, or a call when a phone is
    told (rule contact.verb.raise-with). Raising it with reporters, or raising funds, concern or prices, is not."""
    if is_passive(verb) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return None  # "declined to say whether Egypt had raised the matter with Somalia": a question, no contact
    topic_with = discussed_with(verb, table)  # "raised the remarks with X": the parse hangs "with" on the remarks
    if not (with_a_party(verb, table) or topic_with):
        return None
    put_to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"] + topic_with
    if any(_of_the_press(g, table) for p in put_to for g in p.children):
        return None
    if _in_writing(verb):
        return None  # "raised the matter with X in a letter": a letter sent, no meeting
    fired("contact.verb.raise-with")
    return _meeting_or_phone(verb)


WRITING_PREPS = frozenset({"in", "through", "via", "by"})
"""Prepositions of the means a matter is put in: "in a letter", "through a note", "via a statement"."""


def _in_writing(verb: Token) -> bool:
    """ "raised the matter with X in a letter sent on Monday", "in a strongly worded note": a written means told in the
    verb's phrases (the call_on_outlets nouns) says the matter was put in writing, not face to face."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ in WRITING_PREPS and t.lemma_.lower() in CALL_ON_OUTLETS
        for t in verb.subtree
    )


def _meeting_or_phone(verb: Token) -> str:
    """A contact verb that names no means of its own ("briefed", "raised … with"): a call when its phrases tell a
    telephone or video ("by phone", "in a video call"), else a meeting."""
    return "phone" if {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"} else "meeting"


def _touched_down(verb: Token) -> bool:
    """ "Rudd has touched down in Beijing": "touch" with the particle "down" and a place it came down in is a landing,
    read as "landed" (rule contact.travel.touched-down); "touched on the issue" is not. A landing "at" an airport or
    airstrip names no more than the runway, as "landed" does (the travel test takes only "in" for it)."""
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    into = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    if not down or not any(place_in(g) is not None for g in into):
        return False
    fired("contact.travel.touched-down")
    return True


def _rung_up(verb: Token, particle: Token) -> bool:
    """ "Reed called up Aalto last Saturday", "called her back": "up" and "back" are particles of the telephone, unlike
    "off" or "out" (rule contact.call.called-up), when a party was called: "called up reserve troops" is no call."""
    called = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if particle.lower_ not in ("up", "back") or not any(person_like(c) for c in called):
        return False
    if _sent_for(verb, particle, called):
        return False
    fired("contact.call.called-up")
    return True


def _sent_for(verb: Token, particle: Token, called: list[Token]) -> bool:
    """ "called back Ambassador X from Santiago", "called back X to Lima", "called up X to the squad": a recall or
    a selection, not a call. Either particle with a "from" phrase, "up" with any "to" phrase, "back" with a "to" and
    a place, or "back" with an envoy called (the words of RECALLED_ENVOYS in the called one's name) sends for
    someone; the phrase may hang on the verb, the particle or the one called."""
    phrases = [p for h in (verb, particle, *called) for p in h.children if p.dep_ == "prep"]
    if any(p.lower_ == "from" for p in phrases):
        return True
    if particle.lower_ == "up":
        return any(p.lower_ == "to" for p in phrases)
    to_places = [g for p in phrases if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    named = [{t.lower_ for t in c.subtree if t.i <= c.i} for c in called]
    envoy = any(set(title.split()) <= words for words in named for title in RECALLED_ENVOYS)
    return envoy or any(place_in(g) is not None for g in to_places)


def _phone_beside(verb: Token) -> bool:
    """ "Ruiz talked on Sunday with Berg. The two spent an hour on the phone", "Earlier, Ruiz had spoken to X" after
    "the twenty-minute call": a talk told with no means of its own, beside a sentence that names a telephone or a
    call, was that call (rule mode.phone-beside); not when its own sentence tells a meeting
    in person ("spoke with X before they met")."""
    sents = doc_sents(verb.doc)
    at = sentence_index(sents, verb.i)
    if any(t.lemma_.lower() in IN_PERSON_LEMMAS for t in sents[at]):
        return False
    beside = [t for k in (at - 1, at + 1) if 0 <= k < len(sents) for t in sents[k]]
    return any(_names_a_phone(t) for t in beside)


def _somewhere(verb: Token) -> bool:
    """Whether a talk is told at a place or an occasion ("spoke with X in Geneva", "talked at the summit"), wherever
    the parse hung it, or beside being somewhere ("had been in the box and had spoken with X"): held in person."""
    there = verb.head if verb.dep_ == "conj" and verb.head.lemma_ == "be" else None
    if there is not None and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in there.children):
        return True  # "had been in the box and had spoken with X": there with X
    for t in (t for t in verb.subtree if t.dep_ == "pobj"):
        prep = t.head.lower_
        if prep in ("in", "at") and (t.ent_type_ in ("GPE", "LOC", "FAC", "EVENT") or is_place(t)):
            return True
        if (prep in ("at", "during") and NOUN_MODES.get(t.lower_, "phone") != "phone") or t.lower_ in SIDELINES:
            return True  # "at the summit", "during the visit", "on the sidelines of the forum"
    return False


def _names_a_phone(token: Token) -> bool:
    """A word of the telephone ("on the phone", "telephoned", "a video link"), or a call as a noun that is not a
    call for something ("a call for calm")."""
    if token.lower_ not in PHONE_WORDS:
        return False
    if token.lower_ == "call":
        return token.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    return True


def _own_words(verb: Token) -> set[str]:
    """The words of the verb's phrases, not of the clauses hung on it nor of a quote inside them: "the two men talked
    for hours in an office that 'still had the old telephone'" talked face to face (rule
    contact.speak.phone-in-a-clause)."""
    inside = {t.i for c in verb.subtree if c.dep_ in CLAUSE_DEPS and c.i != verb.i for t in c.subtree}
    return {t.lower_ for t in verb.subtree if t.i not in inside}


def _addressed_an_occasion(
    verb: Token, preps: tuple[str, ...] = ("at",), occasions: frozenset[str] = ADDRESS_OCCASIONS
) -> bool:
    """ "Cruz and Kasich also spoke at the AIPAC conference": "spoke at" an occasion of speeches (address_occasions)
    tells each one's address to the people there, not a talk between the two, and so does speaking "to" or "before" a
    gathering (addressed_gatherings: "speaks to the Economic Club") (rule contact.speak.addressed-an-occasion); "the
    two men talked at the ball" did talk, and "spoke to the Secret Service" spoke to a body."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in occasions
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
    )


def _rang_no_one(verb: Token, objects: list[Token], table: ActorTable) -> bool:
    """ "will ring true to voters", "has rung up major endorsements", "dialled down the rhetoric", "footsteps will
    ring bells": "ring" or "dial" with a complement, or with objects of which none is a person, a body or an actor,
    telephones no one (rule contact.phone.no-one-rung); "rang the minister", "rang him up" call."""
    if any(c.dep_ in ("acomp", "oprd") for c in verb.children):
        return True
    # "dialled down the rhetoric": the parse may make the particle a preposition and its object a pobj
    turned = [g for c in verb.children if c.lower_ in ("up", "down", "back") for g in c.children if g.dep_ == "pobj"]
    rung = objects + turned
    return bool(rung) and not any(_someone_rung(o, table) for o in rung)


def _someone_rung(token: Token, table: ActorTable) -> bool:
    """A person, a body or an actor one may ring: "the minister", "the embassy in Moscow", "the office of X"."""
    return (
        person_like(token)
        or table.actor_at(token) is not None
        or may_be_a_body(token)
        or token.ent_type_ in ("ORG", "GPE", "FAC", "PERSON", "NORP")
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _with_one_voice(verb: Token) -> bool:
    """ "the two countries would speak with one voice", "Chișinău speaks with five voices": speaking "with" a voice
    tells how a side agrees with itself, not whom it talks to (rule contact.speak.one-voice)."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() == "voice"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )


def _they_two(subject: Token, table: ActorTable) -> bool:
    """A "they" that stands for people the sentence before joins ("X and Y attended the opening. They talked for an
    hour"): the two talked with each other (rule party.they-together-before)."""
    together = together_told_before(subject, table) if subject.lower_ == "they" else None
    return together is not None and not group_of_people(together)


def verb_mode(verb: Token, table: ActorTable) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "touch" and not _touched_down(verb):
        return None
    lemma = "land" if lemma == "touch" else lemma
    if lemma not in CONTACT_VERBS and verb.lower_ not in MEAL_VERBS:
        return _presented_credentials(verb) or _done_by_phone(verb, table)
    if lemma == "bring":
        if not brought_together(verb, table):
            return None
        fired("contact.verb.brought-together")  # "the envoy brought the two sides together in Oslo"
        return "third-party"
    if lemma in RAISING_VERBS:
        return _raised_with(verb, table)
    if in_a_title(verb):
        return rejected("contact.verb.title-words")  # "he said on “Meet the Press”": a programme's name
    if _the_press_calls(verb, table):
        return rejected("contact.press-calls")  # "The Harbour Star visited her at home": an interview
    preps = {  # "on Saturday" is a date, not "called on"; nor is "On Twitter, X called Y …" set before the verb
        c.lower_
        for c in verb.children
        if c.dep_ in ("prep", "agent")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        and not _fronted_on(verb, c)
    }
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") or called_one(c)]
    subtree_words = {t.lower_ for t in verb.children} | {g.lower_ for c in verb.children for g in c.children}
    # "by video link", "over a secure line": the whole means phrase
    means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS]
    subtree_words |= {t.lower_ for c in means for t in c.subtree}
    if lemma in PHONE_VERBS:
        if lemma == "call" and calls_on(verb, table):
            fired("contact.call-on.visit")  # "the ambassador called on the minister at the ministry"
            return "visit"
        if lemma == "call" and called_to_testify(verb):
            return rejected("contact.call.witness")  # "The prosecution called Col. X", "called her as a witness"
        if lemma == "call" and called_in(verb):
            fired("contact.call.summoned")  # "called the ambassador to the ministry": a meeting there
            return "meeting"
        if lemma == "call":
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if (preps | marks) & {"for", "on", "off", "upon"} or any(
                (c.dep_ == "oprd" and not called_one(c))
                or (c.dep_ == "ccomp" and not _clause_after_the_called(verb, c))
                or c.dep_ == "acomp"
                or (c.dep_ == "prt" and not _rung_up(verb, c))
                or (c.dep_ == "xcomp" and c.pos_ != "VERB")
                for c in verb.children
            ):
                return rejected("contact.call.not-a-call")  # "called for talks", "called X a liar", "called off"
            if _called_a_quoted_name(verb):
                return rejected("contact.call.quoted-name")  # "calls the board \"a club for insiders\""
            if names_someone(verb):
                return rejected("contact.call.naming")  # "called Hale, his rival, an “enemy”", "a group called X"
            if objects and not any(person_like(o) for o in objects):
                return rejected("contact.call.object-not-a-party")  # "called elections"
            if not objects and not (preps & {"with"}):
                if verb.dep_ in ("ROOT", "conj") and verb_has_subject(verb) and _plural_subject(verb):
                    fired("contact.call.they-call")
                    return "phone"
                if is_passive(verb) and by_someone(verb) and _gathering_called(verb):
                    return rejected("contact.call.convened")  # "the meeting, which is being called by X": convened
                if is_passive(verb) and by_someone(verb):
                    fired("contact.call.passive-by")  # "X was called by his Ghanaian counterpart on Sunday"
                    return "phone"
                return rejected("contact.call.no-one-called")
        if lemma in ("ring", "dial") and _rang_no_one(verb, objects, table):
            return rejected("contact.phone.no-one-rung")  # "rang true", "rung up wins", "dialled down the rhetoric"
        fired("contact.verb.phone")
        return "phone"
    if lemma in SUMMONING_VERBS:
        if called_to_testify(verb) or summoned_to_a_hearing(verb):
            return rejected("contact.summon.hearing")  # "summoned him for questioning", "summoned to court"
        if not summons_a_person(verb, table):
            return None  # "summoned help", "was summoned to Vienna"
        if summoned_in_protest(verb):
            return rejected("contact.summon.protest")  # "summoned the ambassador to complain": an accusation
        fired("contact.verb.summon")  # "summoned the ambassador, X, to the ministry": a meeting there
        return "meeting"
    if lemma == "shake":
        return shook_hands(verb, preps)
    if lemma in SITTING_VERBS:
        if sat_facing(verb, table):
            fired("contact.verb.sat-across-from")  # "sat across the table from the envoy", "sat opposite X"
            return "meeting"
        down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        if down and "with" in preps:
            fired("contact.verb.sit-down-with")  # "sat down with the governor"
            return "meeting"
        together = any(c.lower_ == "together" for c in verb.children)
        again = any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children)
        if down and again and _together_subject(verb):
            fired("contact.verb.sat-down-again")  # "the two delegations will sit down again on Thursday"
            return "meeting"
        if down and together and _together_subject(verb):
            fired("contact.verb.sat-down-together")  # "the three envoys finally sat down together"
            return "meeting"
        if together and _together_subject(verb):
            fired("contact.verb.sat-together")  # "the bishop and the rabbi sat together in the parlour"
            return "meeting"
        if at_one_table(verb) and _together_subject(verb):
            fired("contact.verb.at-one-table")  # "the two envoys sat at the same table"
            return "meeting"
        if sat_a_spell(verb) and with_a_party(verb, table):
            fired("contact.verb.sat-with")  # "sat for three hours with the deputy minister, Ana Ruiz"
            return "meeting"
        return None
    if lemma in MEAL_VERBS or verb.lower_ in MEAL_VERBS:
        if "with" in preps:
            fired("contact.verb.dine-with")  # "dined with the port authority chief": a meeting
            return "meeting"
        if any(c.lower_ == "together" for c in verb.children) and _together_subject(verb):
            if _kin_together(verb):
                return rejected("contact.verb.kin-together")  # "X and his daughter Y dined together": a family meal
            fired("contact.verb.dined-together")  # "Whitlock and Tarasenko lunched together"
            return "meeting"
        return None  # "dined at the club"
    if lemma == "embrace":
        if verb.tag_ == "VBG" and verb.dep_ in ("acl", "pcomp", "pobj"):
            return rejected("contact.verb.embrace-pictured")  # "a picture of him embracing X": shown, not told
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        embraced = agents + [c for c in verb.children if c.dep_ == "dobj"]  # "embraced Ana Lopez at the airport"
        if _kin_together(verb) or any(g.lemma_.lower() in RELATIVE_NOUNS for g in embraced):
            return rejected("contact.verb.kin-together")  # "embraced his wife": a family's greeting
        if any(person_like(a) and a.ent_type_ in ("PERSON", "") for a in embraced) or (
            not any(c.dep_ == "dobj" for c in verb.children) and _together_subject(verb)
        ):
            fired("contact.verb.embraced")  # "the two leaders embraced at the border", "was embraced by X"
            return "meeting"
        return None  # "embraced the reforms"
    if lemma == "communicate":
        with_means = any(g.dep_ == "prep" and g.lower_ == "with" for c in means for t in c.children for g in t.children)
        if ("with" in preps or with_means) and subtree_words & PHONE_WORDS - {"call"}:
            fired("contact.verb.communicate-by-phone")  # "communicated by phone with the transport minister"
            return "phone"
        return None  # "communicated its concerns to the ministry", "communicates with the public"
    if lemma in ("speak", "talk", "confer", "huddle"):
        own_words = _own_words(verb)
        on_the_phone = own_words & PHONE_WORDS - {"call"}
        paired = any(
            c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or counted_pair(c) or _they_two(c, table))
            for c in verb.children
        )
        together = paired or any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in verb.children)
        if on_the_phone and together:
            fired("contact.speak.together-by-phone")
            return "phone"  # "X and Y spoke on the phone", "the two directors spoke over their hotline", "the two"
        if together and {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"} - own_words:
            fired("contact.speak.phone-in-a-clause")  # the telephone is in a clause of its own: not the means
        if paired and lemma == "speak" and _addressed_an_occasion(verb):
            return rejected("contact.speak.addressed-an-occasion")  # "X and Y also spoke at the convention"
        if paired and not preps & {"to", "about", "of"} and lemma in ("talk", "speak", "confer"):
            fired("contact.speak.the-two-talked")  # "the two men talked at the ball", "Obama and Sanders spoke"
            return "meeting"
        on_the_line = on_the_phone_with(verb)
        if not preps & {"with", "to", "by"} and on_the_line:
            fired("contact.speak.on-the-phone-with")  # "spoke on the phone with X", the "with" hung on the phone
        elif not preps & {"with", "to", "by"}:
            return rejected("contact.speak.no-listener")
        listeners = {
            g.lower_
            for c in [*verb.children, *on_the_line]
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        }
        if listeners and listeners <= AUDIENCES:
            return rejected("contact.speak.audience")  # "speaking to reporters"
        if _addressed_an_occasion(verb, ("to", "before"), ADDRESSED_GATHERINGS):
            return rejected("contact.speak.addressed-an-occasion")  # "speaks to the Economic Club on Wednesday"
        if _with_one_voice(verb):
            return rejected("contact.speak.one-voice")  # "must speak to Beijing with one voice": agreeing, no talk
        if listeners and listeners <= NARRATORS and not inside_quote(verb):
            return rejected("contact.speak.to-the-outlet")  # "She spoke to us on Wednesday": an interview
        if _to_outlets(verb, table):
            return rejected("contact.speak.to-the-outlet")  # "spoke to the Coast Herald": an interview
        fired("contact.verb.speak")
        if subtree_words & PHONE_WORDS:
            return "phone"
        if _phone_beside(verb) and not _somewhere(verb):
            fired("mode.phone-beside")  # "X spoke with Y on Sunday. The two spent an hour on the phone"
            return "phone"
        return "meeting"
    if lemma == "meet":
        met_with = [  # "met with criticism", not "met with the opposition"
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if not any(d.dep_ in ("det", "poss") for d in g.children)
        ]
        if any(o.lower_ in FIGURATIVE_OBJECTS or o.lemma_.lower() in FIGURATIVE_OBJECTS for o in objects + met_with):
            return rejected("contact.meet.figurative")  # "met the demands", "met with criticism from X"
        if verb.dep_ == "auxpass" or is_passive(verb):
            if not met_by(verb):
                return rejected("contact.meet.passive")  # "demands were met"
            fired("contact.meet.passive-by")  # "was met at the airport by the foreign minister"
        if _in_a_fixture(verb, objects):
            return rejected("contact.meet.fixture")  # "will meet Oslund United in the cup final": a match
        fired("contact.verb.meet")
        return "meeting"
    if lemma in GATHERING_SUBJECT_VERBS:
        subjects = subjects_of(verb)  # "heads of state are due to gather": their subject
        if subjects and all(_of_a_body(s) for s in subjects):
            fired("contact.verb.convene")  # "SADC heads of state gather in Gaborone": a summit
            return "multilateral"
        return None  # "protesters gathered", "community leaders gathered to mourn", "the committee convened"
    if lemma == "exchange":
        if not any(o.lemma_.lower() in EXCHANGED_VIEWS for o in objects):
            return None  # "exchanged prisoners", "exchanged fire"
        fired("contact.verb.exchange-views")  # "X and Y exchanged views": they talked, as "discussed" says
        if views_with(verb):
            preps.add("with")  # "exchanged views with X", the "with" hung on the views
    if lemma in ("discuss", "exchange"):
        if {t.lower_ for t in verb.subtree} & PHONE_WORDS - {"call"}:
            fired("contact.discuss.by-phone")
            return "phone"  # "discussed grain exports by phone"
        together = any(
            c.dep_ == "nsubj"
            and (any(g.dep_ == "conj" for g in c.children) or (counted_pair(c) and lemma == "discuss"))
            for c in verb.children
        )  # "the two sides exchanged views" retells a contact just told, which the merging cannot always find
        if "with" in preps or together:
            fired("contact.verb.discuss")  # "X and Y discussed …", "the two discussed", "discussed … with X"
            return "meeting"
        if lemma == "discuss" and discussed_with(verb, table):
            fired("contact.discuss.with-on-topic")  # "discussed cooperation and the agenda with Kamilov"
            return "meeting"
        return rejected("contact.discuss.alone")
    if between(verb) and (
        (lemma in MESSAGE_VERBS and carries_messages(verb, objects))
        or lemma in MEDIATING_VERBS
        or lemma == "shuttle"  # "the envoy shuttled between Beirut and Jerusalem": shuttle diplomacy
    ):
        fired("contact.verb.go-between")
        return "third-party"  # "Qatar is passing messages between X and Y", "Norway mediated between X and Y"
    if lemma in ("negotiate", "consult"):
        paired = any(
            c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or counted_pair(c)) for c in verb.children
        )
        if "with" in preps or objects or paired:  # "the two sides negotiated", "X and Y negotiated"
            fired("contact.verb.negotiate")
            return "meeting"
        if "between" in preps and is_passive(verb):
            fired("contact.negotiate.between")  # "the deal was negotiated between X and Y": the sides negotiated
            return "meeting"
        return rejected("contact.negotiate.alone")
    if lemma == "brief":
        return _briefing_mode(verb, objects, table)
    if lemma == "invite":
        if _invited_to_a_place(verb) and any(person_like(o) or table.actor_at(o) is not None for o in objects):
            fired("contact.verb.invite-to-place")  # "has invited Premier Sato to Berlin": Sato is to visit
            return "visit"
        guests = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if _invited_to_a_place(verb) and any(person_like(g) or table.actor_at(g) is not None for g in guests):
            if _other_purpose(verb):
                return rejected("contact.travel.other-purpose")  # "was invited to Paris to receive an award"
            fired("contact.verb.invited-to-place")  # "Sato has been invited to Berlin in May": Sato is to visit
            return "visit"
        return None
    if lemma == "visit":
        if _unnamed_kin(objects):
            return rejected("contact.visit.unnamed-kin")  # "had been visiting her sister in Paris"
        if _a_site(objects):
            return rejected("contact.visit.a-site")  # "visited the war memorial", "the grave of X": no one met
        if _visited_by_a_crowd(verb):
            return rejected("contact.visit.a-crowd")  # "over half-a-million people have visited Petra"
        fired("contact.verb.visit")
        return "visit"
    if lemma == "see" and verb.dep_ in ("advcl", "xcomp") and objects and not _seen_as(verb):
        head = mended_lemma(verb.head)  # "hoping to see": the lemmatiser's "hop"
        if head in TRAVEL_VERBS | CROSSING_VERBS:
            fired("contact.travel.went-to-see")  # "went to see the executive at his offices"
            return "visit"
        if head in PLANNING_HEADS and any(person_like(o) and o.pos_ != "PRON" for o in objects):
            fired("contact.verb.due-to-see")  # "is expected to see Bishop Carrow on Thursday"
            return "meeting"
        if head in ASKING_VERBS and any(person_like(o) and o.pos_ != "PRON" for o in objects):
            fired("contact.verb.asked-to-see")  # "had asked to see the Chilean president": a meeting asked for
            return "meeting"
    if sees_a_person(verb, table):
        fired("contact.verb.saw-person")  # "the Emperor saw the King alone", "I will see Deborah Lyle on Monday"
        return "meeting"
    if lemma == "spend" and any(c.lower_ == "together" for c in verb.children):
        fired("contact.verb.spend-together")
        return "meeting"  # "X and Y spent several hours together"
    if lemma == "spend" and at_one_table(verb) and _together_subject(verb):
        fired("contact.verb.at-one-table")
        return "meeting"  # "X and Y spent five hours at the same table"
    # "spent two days", "spent Sunday afternoon" (a time of day the tagger calls a TIME)
    spells = objects + [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")]
    if lemma == "spend" and any(is_spell(o) for o in spells) and on_the_phone_with_a_party(verb, table):
        fired("contact.verb.on-the-phone-with")
        return "phone"  # "spent an hour on the phone with the governor"
    if (
        lemma == "spend"
        and any(is_spell(o) for o in spells)
        and (with_a_party(verb, table) or with_in_setting(verb, table))
    ):
        fired("contact.verb.spend-time-with")
        return "meeting"  # "spent two hours with the dockworkers' union", not "with his family"
    if lemma in TRAVEL_VERBS | SHUTTLING_VERBS and between(verb) and _habitual_present(verb):
        return rejected("contact.travel.habitual")  # "travels back and forth between London and Dubai": a way of life
    if lemma in TRAVEL_VERBS | SHUTTLING_VERBS and _between_sides(verb, table):
        fired("contact.travel.between-sides")  # "moved between the two delegations all day"
        return "third-party"
    if lemma in TRAVEL_VERBS | SHUTTLING_VERBS and _between_rooms(verb, table):
        fired("contact.travel.between-rooms")  # "walked between the two delegations' rooms with drafts"
        return "third-party"
    if lemma in TRAVEL_VERBS and _back_and_forth(verb) and _between_states(verb) and _a_party_goes(verb, table):
        fired("contact.travel.between")  # "went back and forth between Lusaka and Harare"
        return "third-party"
    if lemma == "stop" and any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children):
        return rejected("contact.travel.stopped-something")  # "stopped the war in Bosnia": no one stopped anywhere
    if lemma == "stop":
        fired("contact.travel.stop-in")  # "will stop in Tbilisi on Friday for talks": read as any journey is
    if lemma in TRAVEL_VERBS:
        places = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in (("in",) if lemma == "land" else ("to", "in", "at"))
            for g in c.children
            if place_in(g) is not None  # "to Lima", "to the Syrian capital", "to the Tindouf camps"
        ]
        purpose = any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in MEET_VERBS | SEEING_VERBS | CONTACT_PURPOSES
            for c in verb.children
        )
        for_talks = any(c.lower_ == "for" and any(names_a_contact(g) for g in c.children) for c in verb.children)
        for_talks = for_talks or for_a_spell_of_talks(verb)
        travellers = subjects_of(verb)  # "X is set to travel to Y"
        if not any(
            (person_like(t) or t.pos_ == "PROPN" or t.lower_ in ("he", "she", "they", "who"))
            and t.lemma_.lower() not in ("troop", "peacekeeper", "force")
            for t in travellers
        ):
            return rejected("contact.travel.not-a-party")  # troops, migrants and tourists arrive; envoys visit
        if _between_states(verb) and (purpose or for_talks or _carrying(verb) or _a_go_between(travellers, table)):
            fired("contact.travel.between")  # "travelled between Dhaka and Naypyitaw": shuttling, as "shuttled" says
            return "third-party"
        if places and (lemma in ARRIVAL_VERBS or purpose or for_talks):
            if purpose and _to_see_unnamed_kin(verb):
                return rejected("contact.visit.unnamed-kin")  # "returning to Cairo to see his ailing father"
            fired("contact.travel.to-meet")
            return "visit"
        if lemma != "return" and home_owners(verb, table):
            fired("contact.travel.to-a-home")  # "went to opposition leader X's house": a call on X
            return "visit"
        if not places and lemma not in ("return", "come") and _for_talks_unplaced(verb):
            fired("contact.travel.for-talks-unplaced")  # "flies in for talks with X", "crossed into Kyrgyzstan for …"
            return "visit"
        # "travelled to Lima at the invitation of X": X's guest; one who returns at an invitation goes home
        if places and lemma != "return" and _at_an_invitation(verb):
            fired("contact.travel.at-invitation")
            return "visit"
        if _to_deal_with_a_party(verb):
            fired("contact.travel.to-deal-with")  # "flew to Abuja to brief Adekanmbi", "to put his case to FIFA"
            return "visit"
        # "Mansour could travel to Addis Ababa": an official going to a foreign state is visiting it
        states = [p for p in places if _is_state(p)]
        named = [t for s in travellers for t in [s, *(c for c in s.children if c.dep_ == "appos"), *_reporter_of(s)]]
        officials = [a for t in named if (a := table.actor_at(t)) is not None and _official(a)]
        # one who "returned to Lisbon", no country told, is going home, not visiting (contact.travel.returned-home)
        home_unknown = lemma == "return" and not _return_told_as_a_visit(verb, {_country(p) for p in states})
        abroad = any(
            (a.country is None and not home_unknown) or (a.country is not None and a.country != _country(p))
            for a in officials
            for p in states
        )
        if home_unknown and not abroad and any(a.country is None for a in officials):
            return rejected("contact.travel.returned-home")
        going = lemma != "come" or _coming_yet(verb)
        if going and abroad:
            if _other_purpose(verb):
                return rejected("contact.travel.other-purpose")  # "had travelled to the US for cancer treatment"
            fired("contact.travel.official-abroad")
            return "visit"
        if going and not officials and not _met_there(verb) and _titled_official_abroad(travellers, states):
            if _other_purpose(verb):
                return rejected("contact.travel.other-purpose")  # "flew to Paris to watch the World Cup final"
            fired("contact.travel.titled-official-abroad")  # "Zambia's finance minister flew to Harare"
            return "visit"
        return rejected("contact.travel.no-purpose")
    if lemma in HOST_VERBS:
        if any(officials_of_a_grouping(o) for o in objects):
            fired("contact.host.gathering")  # "will host ECOWAS foreign ministers in Abuja": a gathering of many
            return "multilateral"
        if any(
            o.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or o.lower_ in ("counterpart", "delegation")
            for o in objects
        ):
            fired("contact.verb.host")
            return "visit"
        if any(o.lemma_.lower() in TITLE_NOUNS and o.tag_ in ("NN", "NNP") and not o.ent_type_ for o in objects):
            # "Kim received the Russian diplomat", "welcomed the minister", "received the Ambassador of Chile"
            fired("contact.host.titled-guest")
            return "visit"
        if any(_apposed_person(o, table) for o in objects):
            fired("contact.host.apposed-guest")  # "received the minister delegate for Maghreb affairs, Rachid Bouzidi"
            return "visit"
        if any(o.lemma_.lower() in PEOPLE_NOUNS and of_a_nationality(o) for o in objects):
            fired("contact.host.national-guests")  # "Nairobi hosted Somali and Eritrean security officials"
            return "visit"
        if any(told_before(o) or people_told_before(o) for o in objects):
            # "A Lahti delegation reached Oslo. The mayor received the guests", "Hamas leaders flew to Cairo. Kamel
            # received them"
            fired("contact.host.guests-told-before")
            return "visit"
        if any(o.lower_ in ("him", "her", "me") for o in objects):
            # "Lindqvist landed in Tallinn. The prime minister welcomed her.", "The minister received me"
            fired("contact.host.pronoun-guest")
            return "visit"
        if _untagged_name(objects):
            fired("contact.host.untagged-name")
            return "visit"
        if attended_occasion(verb) is not None:
            fired("contact.host.attended-occasion")  # "attended a banquet hosted by President X": X's guest met X
            return "meeting"
        if verb in participles_after_the_telling(verb.head):
            return rejected("contact.host.brokered")  # "met in Jeddah, hosted by the king": the meeting's broker
        guests = subjects_of(verb)
        if hosts_by(verb) and any(_a_guest(g) or told_before(g) for g in guests):
            fired("contact.host.received-by")
            return "visit"  # "Wang is expected to be received by President Putin"
        if hosts_by(verb) and any(_a_guest(a) for g in guests if (a := _relative_antecedent(g)) is not None):
            fired("contact.host.received-by-who")  # "the envoy, who was received by President X": the envoy
            return "visit"
        return rejected("contact.host.no-guest")
    return None


def _apposed_person(guest: Token, table: ActorTable) -> bool:
    """Whether a host verb's object is a description a person's name is apposed to: "the Algerian minister delegate
    for Maghreb affairs, Rachid Bouzidi", whatever the noun the description ends in; one guest, received by someone."""
    if guest.tag_ in ("NNS", "NNPS") or not any(person_like(s) for s in subjects_of(guest.head)):
        return False  # "The conference will host Trump's two rivals -- X and Y": no one host, no one guest
    return any(
        c.dep_ == "appos" and (a := table.actor_at(c)) is not None and a.kind is ActorKind.PERSON
        for c in guest.children
    )


def _a_guest(token: Token) -> bool:
    """Whether the subject of "was received by" names someone who can be a guest: a name, a title, a delegation,
    or a personal pronoun ("it" only where the nearest singular phrase before names a body: not "The PA sent a
    letter. It was received by X")."""
    return (
        token.pos_ == "PROPN"
        or token.lemma_.lower() in TITLE_NOUNS | LED_GROUPS
        or token.lower_ in ("he", "she", "they")
        or (token.lower_ == "it" and it_may_be_a_body(token))
    )


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("the envoy, who was received by X": the envoy), if the
    pronoun's clause hangs on it."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = token.head
    return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else None


SELF_PRONOUNS = frozenset({"he", "she"})
"""The pronouns a reporter uses of himself or herself in a reported clause ("Ruiz said she would travel")."""


COMING_AUXILIARIES = FUTURE_AUX | HYPOTHETICAL_AUX | {"to"}
"""Words before "come" that put the coming ahead ("will come", "she'll come", "could come", "was to have come")."""


def _coming_yet(verb: Token) -> bool:
    """Whether "come" tells a journey still to make: "The Serbian envoy will come to Pristina", "is coming to
    Pristina on Monday", "was to have come to La Paz" (rule contact.travel.coming-abroad). One who "came to Lisbon"
    may have come to live or study there, so a past coming is no visit by itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    coming = any(a.lower_ in COMING_AUXILIARIES for a in auxiliaries) or (
        verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    )
    if coming:
        fired("contact.travel.coming-abroad")
    return coming


def _reporter_of(traveller: Token) -> list[Token]:
    """The one who says a pronoun traveller will travel: "Foreign Minister Ana Ruiz said she would travel to Lima",
    "The Peruvian minister, Ana Ruiz, said she would …" (rule contact.travel.reporter-travels). A reported clause's
    "she" is, as a rule, its reporter; the journey is the reporter's own, so an official's trip abroad is a visit as
    when told of by name."""
    if traveller.lower_ not in SELF_PRONOUNS:
        return []
    clause = next((t for t in traveller.ancestors if t.dep_ == "ccomp"), None)
    if clause is None:
        return []
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    reporters = [c for c in subjects if c.pos_ == "PROPN"]
    # "The Swedish minister, Tomas Berg, said he would …": the name apposed to the title; with no name, the title
    reporters += [
        a
        for c in subjects
        if c.pos_ == "NOUN" and c.lemma_.lower() in TITLE_NOUNS
        for a in [*(x for x in c.children if x.dep_ == "appos" and x.pos_ == "PROPN"), c]
    ]
    if reporters:
        fired("contact.travel.reporter-travels")
    return reporters


def _untagged_name(objects: list[Token]) -> bool:
    """Whether a host verb's object is a capitalised proper noun the tagger gives no entity: "will receive Valk at
    Kadriorg". Several people by title ("received the union leaders") or "them" are left: they are groups whose
    body the text names elsewhere, and the guests read from them were more often wrong than right."""
    return any(o.pos_ == "PROPN" and o.tag_ == "NNP" and not o.ent_type_ and o.is_title for o in objects)


def _for_talks_unplaced(verb: Token) -> bool:
    """ "flies in for talks with X", "crossed into Kyrgyzstan for talks", "flew across the world for talks": a journey
    for talks (not "for a visit", which the visit noun tells itself) whose end the places rule does not read. Not
    one gone back or home ("flew home for consultations"): that is no visit to anyone; nor one to an end the
    gazetteer does not know ("travelled to Auki"), which would be read as a side."""
    if any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("back", "home") for c in verb.children):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "at")) for c in verb.children):
        return False  # "travel to Auki", "crossed the Rio Grande": an end no gazetteer knows would be taken for a side
    talks = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    if any(names_a_contact(g) and NOUN_MODES.get(g.lemma_.lower(), NOUN_MODES.get(g.lower_)) != "visit" for g in talks):
        return True
    return for_a_spell_of_talks(verb)


def _to_deal_with_a_party(verb: Token) -> bool:
    """A journey whose purpose is dealing with a party in person: "flew to Abuja to brief President X", "will fly
    home to brief the Administration", "travel to Zurich to put his case to FIFA officials", "to tour the port with
    the mayor", "to begin renegotiating the loan with its lenders". Whom the purpose names is whom the traveller
    goes to see, though no meeting verb says so."""
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue  # "flew home, briefing …", "travelled … and persuaded": no purpose told
        whom = [c for c in purpose.children if c.dep_ == "dobj"] if purpose.lemma_.lower() in BRIEFING_VERBS else []
        # "to tour the port with the mayor": the parse may hang the "with" on the object; "to begin renegotiating
        # the loan with its lenders": on the verb a starting verb leads to
        begun = [c for c in purpose.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        dealt = [purpose, *begun, *(c for v in (purpose, *begun) for c in v.children if c.dep_ == "dobj")]
        whom += [
            g
            for d in dealt
            for c in d.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if any(_a_party_dealt_with(w) for w in whom):
            return True
    return False


def _a_party_dealt_with(token: Token) -> bool:
    """A person, body or official met on a journey's errand: not a place ("to Zurich"), nor an audience ("to brief
    reporters" is a statement)."""
    if token.ent_type_ == "GPE" or place_in(token) is not None or token.lower_ in AUDIENCES:
        return False
    # "to brief the Administration", "to press the federal government", "with Portuguese banks"
    return person_like(token) or token.pos_ == "PROPN" or token.lemma_.lower() in ORG_NOUNS or of_a_nationality(token)


def _invited_to_a_place(verb: Token) -> bool:
    """ "invited X to Kingston", "to Lohja": a "to" phrase of the verb that names a place."""
    return any(
        place_in(g) is not None or known_town(g, c)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    )


CROSSING_VERBS = frozenset({"cross", "drive", "walk", "hurry", "rush", "dash"})
"""Verbs of going a short way to see someone: "drove across the city to see the cardinal"."""


def _seen_as(verb: Token) -> bool:
    """ "to see Beijing as a partner", "to see the plan succeed": a view or an outcome, not a meeting."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("ccomp", "oprd", "acomp") for c in verb.children
    ) or any(o.dep_ == "nsubj" for c in verb.children for o in c.children if c.pos_ == "VERB")


def _of_a_body(subject: Token) -> bool:
    """Leaders or ministers of a body or of states, who meet as one: "SADC heads of state", "EU leaders", "foreign
    ministers of the Gulf states"; not "opposition leaders" or "community leaders"."""
    if subject.tag_ not in ("NNS", "NNPS") or subject.lemma_.lower() not in GATHERERS:
        return False
    modifiers = [
        t for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i for t in c.subtree
    ]
    owners = [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.subtree]
    if any(t.lower_ in UNOFFICIAL_LEADERS for t in modifiers):
        return False
    return any(
        t.ent_type_ in ("ORG", "NORP", "GPE") or t.pos_ == "PROPN" or (t.is_upper and t.is_alpha and len(t) >= 2)
        for t in modifiers + owners
    )


def calls_on(verb: Token, table: ActorTable) -> list[Token]:
    """Whom "called on X" visits: a person or body, with no "to do" ("called on X to resign" is a demand). A person
    the article named before counts however the tagger took the surname ("called on Thapaliya at his hotel")."""
    # "Hoff on Monday called on Varga": a day is neither the one called on nor a fronted "on" of the words' outlet
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and not _a_day(c)]
    ons = [c for c in ons if not _fronted_on(verb, c)]
    errand = _errand(verb, ons)
    if any(
        (c.dep_ in ("xcomp", "advcl", "ccomp") and (errand is None or c.i != errand.i) and not _set_before(verb, c))
        or c.lower_ == "for"
        for c in verb.children
    ):
        return []
    # "on his friend X, who was about to become minister": an infinitive in a clause describing X asks nothing
    described = {t.i for c in ons for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}
    if any(t.tag_ == "TO" and t.i not in described for c in ons for t in c.subtree):
        return []  # "called on the Prime Minister, X, to phone Y", the infinitive parsed into the name: a demand
    called = [g for c in ons for g in c.children if g.dep_ == "pobj"]
    bare_on = _bare_on_after(verb, ons)
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) or bare_on:
        # "to call on Premier Wu", "on" a particle; "called on Governor X", the parse leaving "on" with no object
        called += [c for c in verb.children if c.dep_ == "dobj"]
    hosts = [g for g in called if g.ent_type_ not in ("DATE", "TIME") and _called_person(g, table)]
    # "called on those who …" asks something of them; "on his friend X, who was to become minister" names X
    hosts = [h for h in hosts if _named(h) or not any(c.dep_ in ("relcl", "acl") for c in h.children)]
    if hosts and any(_set_before(verb, c) for c in verb.children):
        fired("contact.call-on.scene-clause")
    if hosts and errand is not None:
        fired("contact.call-on.errand")  # only when the visit stands, so the trace names no rule that did nothing
    if bare_on and any(g.dep_ == "dobj" for g in hosts):
        fired("contact.call-on.bare-on")
    return hosts


def _a_day(prep: Token) -> bool:
    """ "on Monday", "on 3 May": a preposition whose object is a date or time."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _set_before(verb: Token, clause: Token) -> bool:
    """ "As the talks set the tone, Hoff called on Varga", "After the summit ended, …": a clause of its own, opened by a
    conjunction before the verb, tells the scene, not what was asked of the one called on (rule
    contact.call-on.scene-clause); "called on X to resign" keeps its infinitive after the verb."""
    return clause.dep_ == "advcl" and clause.i < verb.i and any(c.dep_ == "mark" for c in clause.children)


def _bare_on_after(verb: Token, ons: list[Token]) -> bool:
    """ "called on Governor Amos Ndlovu": the parse hangs "on" on the verb with no object and takes the person for
    the verb's object (rule contact.call-on.bare-on)."""
    return any(on.i == verb.i + 1 and not list(on.children) for on in ons)


def by_someone(verb: Token) -> list[Token]:
    """Who a passive verb says did it, when that is a person: "was called by X", "was visited in prison by X"."""
    return [g for g in _direct_agents(verb) if person_like(g)]


def _briefing_mode(verb: Token, objects: list[Token], table: ActorTable) -> str | None:
    """ "Defence Secretary X briefed President Y on the operation", "Y was briefed by army chief X": one who briefs a
    named person meets him, or calls him when a phone is told (rule contact.verb.brief). Briefing reporters, a body
    or an unnamed group tells no contact of its own."""
    briefed = objects if not is_passive(verb) else [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not any(_named_person(o, table) for o in briefed):
        if any(_named_person(g, table) for o in briefed for g in o.children if g.dep_ == "appos"):
            fired("contact.verb.brief-apposed")  # "will brief China's chief negotiator, Wu Dawei": the name after
        elif not is_passive(verb) and not _purpose_of(verb) and any(o.lower_ in BRIEFED_PRONOUNS for o in briefed):
            fired("contact.verb.brief-pronoun")  # "hoped Duterte would brief him": a person told before
        else:
            return None
    if is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "the president was briefed on the floods": by whom, not told
    fired("contact.verb.brief")
    return _meeting_or_phone(verb)


def _purpose_of(verb: Token) -> bool:
    """ "spoke to X to brief him", "called on X to brief him": an infinitive of purpose tells why the contact of the
    clause it hangs on was made; its pronoun is that contact's other side, told there already."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _named_person(token: Token, table: ActorTable) -> bool:
    """A person the table knows by name, not by title alone: one a briefing is given to in person."""
    actor = table.actor_at(token)
    return actor is not None and actor.kind is ActorKind.PERSON and actor.name not in actor.titles


def views_with(verb: Token) -> list[Token]:
    """The "with" the parse hung on what was exchanged: "exchanged views with X on the border" (rule
    contact.verb.exchange-views)."""
    return [
        g
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_VIEWS
        for g in c.children
        if g.dep_ == "prep" and g.lower_ == "with"
    ]


def discussed_with(verb: Token, table: ActorTable) -> list[Token]:
    """The "with" of a person the parse hung inside what was discussed: "had discussed bilateral cooperation and the
    international agenda with Kamilov", "to discuss the proposal for autonomy for the province with his counterpart
    Jaime Gama" (rule contact.discuss.with-on-topic). Only a person's, and the last "with" of the topic: "discussed
    the deal with Iran" may be the deal with Iran, not talks with it."""
    if verb.lemma_.lower() not in TOPIC_TALK_VERBS | RAISING_VERBS:
        return []  # "raised the remarks with ambassador X" likewise (rule contact.verb.raise-with)
    withs = [
        g
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.subtree
        if g.dep_ == "prep" and g.lower_ == "with" and g.i > c.i
    ]
    if not withs:
        return []
    # "with his counterpart Jaime Gama": the name may hang on the title it follows
    heads = [
        t
        for g in withs[-1].children
        if g.dep_ == "pobj"
        for t in [g, *(c for c in g.children if c.dep_ in ("appos", "compound"))]
    ]
    return [withs[-1]] if any(_a_person_named(t, table) for t in heads) else []


def _a_person_named(token: Token, table: ActorTable) -> bool:
    """A person's name by the actor table, or by the tagger when the table has no actor there ("with Benin" is the
    state's however the tagger reads it; "with Kamilov" the minister's, though it is tagged a place)."""
    actor = table.actor_at(token)
    return actor.kind is ActorKind.PERSON if actor is not None else token.ent_type_ == "PERSON"


def _fronted_on(verb: Token, prep: Token) -> bool:
    """ "On Twitter, the governor called Hale \"unhinged\"", "On CNN, she called for …": an "on" phrase set before
    the verb tells where the words went out (or when), so it is neither the "on" of "called on X" nor of "called on X
    to act" (rule contact.call.fronted-on)."""
    if prep.lower_ != "on" or prep.i > verb.i or verb.lemma_.lower() != "call":
        return False
    fired("contact.call.fronted-on")
    return True


def _errand(verb: Token, ons: list[Token]) -> Token | None:
    """The infinitive of an errand the caller ran, told after the day or place of "called on X" ("called on the
    prime minister on Tuesday to hand over a donation", "on Arce at the ministry to urge restraint"; rule
    contact.call-on.errand): a day or place between them makes it the caller's purpose, and the verb says the caller
    does it, not the one called on ("called on the president on Monday to resign" is a demand)."""
    if not ons:
        return None
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in CALL_ON_ERRANDS:
            continue
        if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            continue
        if _asked_of_the_called(c):
            continue
        between = [a for a in verb.children if a.dep_ in ("prep", "npadvmod") and ons[0].i < a.i < c.i]
        if between and not any(g.lemma_.lower() in CALL_ON_OUTLETS for a in between for g in a.children):
            return c  # not "called on X in a letter on Friday to discuss …": the letter is where the demand is made
    return None


def _asked_of_the_called(errand: Token) -> bool:
    """ "called on Israel on Monday to discuss access with the UN", "to inquire into the shooting": talks with
    others, or an inquiry, are what the one called on is asked to do, not the caller's errand ("with him" is)."""
    return any(
        c.dep_ == "prep"
        and (
            (c.lower_ == "into" and c.head.i == errand.i)
            or (c.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children))
        )
        for c in errand.subtree
    )


def _named(token: Token) -> bool:
    """A person's name, or a noun with one apposed to it."""
    return any(t.ent_type_ == "PERSON" for t in [token, *(a for a in token.children if a.dep_ == "appos")])


def _called_person(token: Token, table: ActorTable) -> bool:
    """A person by the word or by the actor the text knows there, or a noun with a person's name apposed to it
    ("called on her old friend Jan Nowak", rule contact.call-on.apposed-name)."""
    if _a_person(token, table):
        return True
    if any(a.dep_ == "appos" and _a_person(a, table) for a in token.children):
        fired("contact.call-on.apposed-name")
        return True
    return False


def _a_person(token: Token, table: ActorTable) -> bool:
    return person_like(token) or ((a := table.actor_at(token)) is not None and a.kind is ActorKind.PERSON)


def _return_told_as_a_visit(verb: Token, countries: set[str | None]) -> bool:
    """ "returned to Hanoi on Sunday, her second visit this year", "eight months after his last visit", "a year after
    her first trip to Vietnam": a return the sentence sets beside an earlier visit there is another visit, not going
    home; not the trip come back from ("from a visit to Brazil", "after a three-day visit to Iraq")."""
    for noun in verb.subtree:
        if noun.i == verb.i or NOUN_MODES.get(noun.lower_) != "visit" or noun.head.lower_ == "from":
            continue
        to = [_country(g) for c in noun.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if to:
            if any(c is not None and c in countries for c in to):
                return True
        elif noun.dep_ in ("npadvmod", "appos") or any(c.lower_ in EARLIER_VISIT_WORDS for c in noun.children):
            return True
    return False


EARLIER_VISIT_WORDS = frozenset({"last", "previous", "earlier", "first", "second", "third", "latest", "another"})
"""Words that make a visit one of several ("his last visit", "her second visit"), so a return is one more."""


def met_by(verb: Token) -> list[Token]:
    """ "The minister was met at the airport by her counterpart": the parties by whom a passive "met" was done,
    when its subject is a party too ("the demands were met by the board" is no meeting)."""
    if not any(person_like(s) for s in subjects_of(verb)):
        return []
    return [g for g in _direct_agents(verb) if person_like(g)] or _agents_after_place(verb)


def hosts_by(verb: Token) -> list[Token]:
    """The host of a passive hosting verb: "received by Putin"; also where the parse hung the "by" phrase on the
    verb's place or time ("was received at the presidential palace by President X": rule contact.host.by-after-place).
    """
    hosts = [g for g in _direct_agents(verb) if person_like(g)]
    if hosts or not is_passive(verb):
        return hosts
    found = _agents_after_place(verb)
    if found:
        fired("contact.host.by-after-place")
    return found


def _direct_agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _agents_after_place(verb: Token) -> list[Token]:
    """The parties of a "by" phrase the parse hung on a passive verb's place or time ("was met at the foot of the
    steps by X")."""
    for holder in (c for c in verb.children if c.dep_ in ("prep", "npadvmod", "dobj")):
        for node in holder.subtree:
            if node.dep_ == "prep" and node.lower_ == "by" and node.head.pos_ in ("NOUN", "PROPN"):
                found = [g for g in node.children if g.dep_ == "pobj" and person_like(g)]
                if found:
                    return found
    return []


NARRATORS = frozenset({"us", "me"})
"""Who "us" and "me" are outside quote marks: the outlet or its reporter, whom speaking to is an interview."""


def _the_press_calls(verb: Token, table: ActorTable) -> bool:
    """Whether everyone who visits, calls, meets or talks to someone is a news outlet or works for one ("The Harbour
    Star visited her at her home", "our correspondent spoke to him", "the paper never telephoned the ministry"):
    the press asking its questions, not a contact."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # its own: "the paper reported that X met Y" is X's
    return bool(subjects) and all(_of_the_press(s, table) for s in subjects)


def _of_the_press(token: Token, table: ActorTable) -> bool:
    actor = table.actor_at(token)
    if actor is not None:
        return actor.kind is ActorKind.OUTLET
    if any(
        c.dep_ == "appos" and (a := table.actor_at(c)) is not None and a.kind is ActorKind.PERSON
        for c in token.children
    ):
        return False  # "The editor, Tom Hale, met the minister": someone named, as "Editor Tom Hale" is
    return token.pos_ == "NOUN" and token.lemma_.lower() in PRESS_CALLERS


def _to_outlets(verb: Token, table: ActorTable) -> bool:
    """Whether everyone a verb of speaking speaks "to" or "with" is a news outlet."""
    heard = [
        table.actor_at(g)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(heard) and all(a is not None and a.kind is ActorKind.OUTLET for a in heard)


def carries_messages(verb: Token, objects: list[Token], between_on: tuple[Token, ...] = ()) -> bool:
    """ "carried messages between X and Y", "relayed proposals between the two sides", "passed a message from X to
    Y", "carried lists and letters between the two sides": what is carried goes from one side to another; a letter
    or a draft only "between" two sides (a letter carried "from the president to the king" is often only
    delivered). The "between" hangs on the verb or its objects, or on a word in ``between_on`` ("trips between
    Algiers and Rabat, carrying letters")."""
    carried = {t.lemma_.lower() for o in objects for t in (o, *o.conjuncts)} & CARRIED_MESSAGES
    if carried - DELIVERED_PAPERS:
        return True
    holders = [verb, *objects, *between_on]
    return bool(carried) and any(c.dep_ == "prep" and c.lower_ == "between" for h in holders for c in h.children)


def errand_told_after(verb: Token) -> bool:
    """ "travelled between Dhaka and Yangon last week, carrying messages between the two governments", "spent a
    month moving between the camps, carrying proposals from one side to the other": a participle after the verb it
    hangs on that carries messages between two sides is the go-between's errand, news of its own, not the
    circumstance of that verb (rule contact.errand-participle); "Carrying a letter, she flew to Oslo" is one."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i or verb.lemma_.lower() not in MESSAGE_VERBS:
        return False
    journey = verb.head
    if any(c.dep_ == "mark" for c in journey.children):
        return False  # "…, as one official put it, carrying proposals …": hung on an aside by the parse
    if any(c.dep_ == "dobj" and (c.lower_ in NOUN_MODES or c.lemma_.lower() in NOUN_MODES) for c in journey.children):
        return False  # "mediators resumed indirect talks …, carrying proposals …": the talks told already
    if not between(verb) or not carries_messages(verb, [c for c in verb.children if c.dep_ == "dobj"]):
        return False
    fired("contact.errand-participle")
    return True


def between(verb: Token) -> list[Token]:
    """The objects of "between" on a verb or on its object: "carried messages between X and Y"; or the sender and
    the addressee of a message carried "from X to Y" (rule contact.message-from-to)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *_durations(verb)]

    def objects(word: str) -> list[Token]:
        return [
            g
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == word
            for g in c.children
            if g.dep_ == "pobj"
        ]

    if found := objects("between"):
        return found
    if verb.lemma_.lower() == "bring":
        return brought_sides(verb)
    senders, addressees = objects("from"), [t for t in objects("to") if not is_place(t)]
    if verb.lemma_.lower() in MESSAGE_VERBS and senders and addressees:
        fired("contact.message-from-to")
        return [*senders, *addressees]
    capitals = [t for t in objects("to") if _a_capital(t)]
    if verb.lemma_.lower() in MESSAGE_VERBS and capitals and senders and all(_a_capital(t) for t in senders):
        fired("contact.message-capital-to-capital")  # "carried a message from Washington to Hanoi": the two states
        return [*senders, *capitals]
    return []


def brought_sides(verb: Token) -> list[Token]:
    """What "bring … together" brings together: its object and the object's conjuncts ("brought Ruiz and Lind
    together", "brought together the government and the rebels")."""
    hung = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    if not any(t.lower_ == "together" and t.dep_ in ("advmod", "prt") for t in hung):  # or on "in Oslo"
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]


CONTACT_OR_GATHERING_WORDS = frozenset(NOUN_MODES) | GATHERINGS
"""Nouns that name a contact or a gathering: "talks", "summit", "forum", "meeting"."""


def _contact_word(token: Token) -> bool:
    """Whether ``token`` is a noun of CONTACT_OR_GATHERING_WORDS, by its form or its lemma."""
    words = CONTACT_OR_GATHERING_WORDS
    return token.pos_ in ("NOUN", "PROPN") and (token.lower_ in words or token.lemma_.lower() in words)


def brought_together(verb: Token, table: ActorTable) -> bool:
    """ "brought the feuding sides together", "brought together Ruiz and Lind": a go-between making two sides meet
    (rule contact.verb.brought-together); only sides, not "brought together thousands of fans" nor "brought
    together experts": two or more named or titled parties, or a word for the sides of a dispute."""
    sides = brought_sides(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "the forum, which brings together …": the relative pronoun stands for the noun the clause hangs on
    subjects = [s.head.head if s.lower_ in ("which", "that") and s.head.dep_ == "relcl" else s for s in subjects]
    if not sides or not subjects or any(_contact_word(s) for s in subjects):
        return False  # "the summit brought together the leaders": the summit's own parties
    if any(_contact_word(g) for c in verb.children if c.dep_ == "prep" for g in c.children):
        return False  # "brought together X and Y for a closed-door meeting": the meeting tells it
    if len(sides) == 1:
        return sides[0].lemma_.lower() in SIDE_NOUNS and sides[0].tag_ == "NNS"
    return all(table.actor_at(t) is not None or person_like(t) for t in sides)


def _durations(verb: Token) -> list[Token]:
    """ "shuttled for weeks between X and Y", "carried messages for months between the two camps": how long the
    errands went on, on which the parser often hangs the "between" that tells their ends (rule
    contact.between-after-duration)."""
    spans = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("for", "over")
        for g in c.children
        if g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or is_spell(g))
    ]
    if any(c.dep_ == "prep" and c.lower_ == "between" for g in spans for c in g.children):
        fired("contact.between-after-duration")
    return spans


def _a_capital(token: Token) -> bool:
    """A state's capital, which stands for its government when a message goes from one to another: by its whole
    name ("Addis Ababa"), whatever the tagger calls it ("Yerevan" tagged a person)."""
    return token.pos_ == "PROPN" and gazetteer().is_capital(place_name(token))


def _between_states(verb: Token) -> bool:
    """ "travelled between Tashkent and Bishkek", "has flown twice between Addis Ababa and Mogadishu": places of two
    states or more at the ends of the journeys (between two towns of one state no sides are told)."""
    ends = [p for g in between(verb) for p in (g, *g.conjuncts) if place_in(p) is not None]
    return len({code for p in ends if (code := _country(p)) is not None}) >= 2


def _between_sides(verb: Token, table: ActorTable) -> bool:
    """ "spent six hours moving between the union's negotiators and the city's", "went back and forth between the
    two delegations": errands between two sides, as a go-between runs them (rule contact.travel.between-sides);
    "moved between jobs" or "travels between Paris and Lyon" are none."""
    ends = [e for g in between(verb) for e in (g, *g.conjuncts)]
    if not ends or any(place_in(e) is not None for e in ends):
        return False
    sides = [e for e in ends if table.actor_at(e) is not None or person_like(e) or e.lemma_.lower() in SIDE_NOUNS]
    return len(sides) >= 2 or any(s.tag_ in ("NNS", "NNPS") for s in sides)


def _between_rooms(verb: Token, table: ActorTable) -> bool:
    """ "walked between the two delegations' quarters", "went back and forth between the two sides' hotels", "moved
    between the union office and the company's headquarters": errands between premises kept by two sides are
    errands between the sides (rule contact.travel.between-rooms); "walked between the kitchen and the hall", kept
    by no one, are none."""
    ends = [e for g in between(verb) for e in (g, *g.conjuncts)]
    keepers = [room_keepers(e) for e in ends]
    if not ends or not all(keepers):
        return False
    sides = [
        k
        for kept in keepers
        for k in kept
        if table.actor_at(k) is not None or person_like(k) or k.lemma_.lower() in SIDE_NOUNS or k.lower_ == "their"
    ]
    two_nations = sides and any(len(nationalities(e)) >= 2 for e in ends)  # "the Serbian and Albanian delegation rooms"
    return len(sides) >= 2 or two_nations or any(s.tag_ in ("NNS", "NNPS") or s.lower_ == "their" for s in sides)


def _kin_together(verb: Token) -> bool:
    """ "Karl Berg and his daughter Ana Berg dined together", "X and his wife, Y, embraced": kin among those together
    (rule contact.verb.kin-together); a family's meal or greeting is no contact."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = own or (subjects_of(verb) if verb.dep_ == "conj" else [])
    return any(t.lemma_.lower() in RELATIVE_NOUNS | {"family"} for s in subjects for t in s.subtree)


ALL_KIN_NOUNS = RELATIVE_NOUNS | KIN_NOUNS
"""Nouns for one's kin, relatives' and kin_nouns' together (rule contact.visit.unnamed-kin)."""


def _unnamed_kin(objects: list[Token]) -> bool:
    """ "her sister", "his ailing father", "their parents": the ones visited are all kin the text leaves unnamed (no
    name apposed or joined: "her daughter Esther" is named), so no identifiable party (rule
    contact.visit.unnamed-kin)."""
    return bool(objects) and all(
        o.lemma_.lower() in ALL_KIN_NOUNS
        and not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in o.subtree if c.i != o.i)
        and any(c.dep_ == "poss" for c in o.children)
        for o in objects
    )


def _visited_by_a_crowd(verb: Token) -> bool:
    """ "Over half-a-million people have visited Petra", "thousands of tourists visited Luxor", "millions of Israelis
    visited Sinai": a count of unnamed people of the public (or of a nation's people, counted in the hundreds or
    more) visiting tells a number of visits, not a contact (rule contact.visit.a-crowd). Counted officials ("three
    Chinese ministers visited Cairo") and delegations are sides as before."""
    subjects = subjects_of(verb)
    return bool(subjects) and all(_a_crowd(s) for s in subjects)


def _a_crowd(subject: Token) -> bool:
    """ "300,000 people", "thousands of tourists", "hundreds of thousands of Britons", "a record number of
    tourists": a counted plural of the public or of a nation's people, the nation's counted in the hundreds or
    more."""
    if subject.lemma_.lower() == "number":  # "a record number of tourists": a count of the public
        counted = [g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(g.tag_ == "NNS" and g.lemma_.lower() in CROWD_NOUNS for g in counted)
    people, large = subject, False
    while people.lemma_.lower() in CROWD_COUNTS and people.tag_ == "NNS":
        large = True  # "thousands of …": counted, and by the hundreds at least
        people = next((g for c in people.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), people)
        if people is subject:
            return False
    counts = [c for c in people.children if c.dep_ == "nummod"]
    large = large or any(_in_the_hundreds(c) for c in counts)
    if people.tag_ not in ("NNS", "NNPS") or not (large or counts):
        return False
    return people.lemma_.lower() in CROWD_NOUNS or (people.ent_type_ == "NORP" and large)


def _in_the_hundreds(count: Token) -> bool:
    """ "300,000", "half-a-million", "2 million": a count of a hundred or more."""
    if count.lemma_.lower() in CROWD_COUNTS:
        return True
    digits = count.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


def _a_site(objects: list[Token]) -> bool:
    """ "visited the war memorial", "the grave of Simon Bolivar", "the site of the old bridge": what is visited is
    a place one goes to see or to honour, which receives no one, so no party (rule contact.visit.a-site). Not one
    a state's or a people's name puts in a state ("the Hiroshima memorial", "the Polish pavilion"): a visit there
    may be the visit to that state."""
    return bool(objects) and all(
        o.lemma_.lower() in VISITED_SITES
        and o.ent_type_ not in ("PERSON", "GPE", "NORP")
        and not any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP") for c in o.children)
        for o in objects
    )


def _to_see_unnamed_kin(verb: Token) -> bool:
    """A journey made to see or visit unnamed kin: "was returning to Cairo to see his ailing father"."""
    return any(
        c.dep_ in ("advcl", "xcomp") and _unnamed_kin([o for o in c.children if o.dep_ == "dobj"])
        for c in verb.children
    )


def _habitual_present(verb: Token) -> bool:
    """ "travels back and forth between London and Dubai", "commute between X and Y": a journey told in the simple
    present, with no auxiliary, is a habit, not one go-between's errand (rule contact.travel.habitual)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _other_purpose(verb: Token) -> bool:
    """ "flew to Paris to watch the World Cup final", "went to Geneva for medical treatment", "travelled to Tokyo
    for the Olympic Games opening ceremony": a trip told with a purpose other than talks (talks would have made it
    contact.travel.to-meet) is no state visit (rule contact.travel.other-purpose)."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(t.lemma_.lower() in TRIP_ERRANDS for t in c.subtree):
            return True  # "to watch the final", "to attend his brother's funeral"; not "to ask for a loan"
    return for_an_errand(verb)


def _met_there(verb: Token) -> bool:
    """A journey told with whom the traveller met or spent time with there ("travelled to Niamey, when he spent an
    afternoon with X", "flew to Asmara and saw senior officials"): that contact is the news, the journey its
    setting."""
    return any(
        t.i != verb.i and (t.lemma_.lower() in MEET_VERBS | SEEING_VERBS | {"spend"} or t.lower_ in NOUN_MODES)
        for t in verb.subtree
    )


def _titled_official_abroad(travellers: list[Token], states: list[Token]) -> bool:
    """ "Zambia's finance minister flew to Harare", "the secretary of state will go to Tripoli": an official told by
    a government title alone, of a state other than the one gone to, or of none told (rule
    contact.travel.titled-official-abroad). "The company's president flew to Tokyo" or "the president of the club"
    holds no government post."""
    for traveller in travellers:
        if traveller.tag_ != "NN" or traveller.lemma_.lower() not in TITLE_NOUNS:
            continue  # "officials on both sides said, and will travel": one told by title, not a crowd
        if not GOVERNMENT_TITLE.search(traveller.lemma_):
            continue
        owners = [c for c in traveller.children if c.dep_ == "poss"]
        owners += [
            g
            for c in traveller.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.lower_ != "state"  # "the secretary of state" is the title's own words
        ]
        own = set(nationalities(traveller)) | {code for o in owners if (code := _country(o)) is not None}
        if len(own) < len(owners):
            continue  # "the company's president", "the president of the club": an owner that is no state
        if any(not own or _country(p) not in own for p in states):
            return True
    return False


def _a_party_goes(verb: Token, table: ActorTable) -> bool:
    """A traveller who can be a side's go-between: a person, a body or a team of one ("the World Bank team"), not
    "tourists" or "lorries"."""
    return any(
        table.actor_at(t) is not None or person_like(t) or t.lemma_.lower() in LED_GROUPS for t in subjects_of(verb)
    )


def _back_and_forth(verb: Token) -> bool:
    """ "went back and forth", "shuttled back and forth": to one side and back again, more than once."""
    return any(c.lower_ == "back" and any(g.lower_ == "forth" for g in c.conjuncts) for c in verb.children)


def _carrying(verb: Token) -> bool:
    """ "travelled between Dakar and Bamako carrying letters between the two governments": a journey made to carry
    messages, as a go-between does (the participle may hang on the verb the journey hangs on: "spent a week
    travelling between X and Y, carrying proposals")."""
    nodes = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl", "pcomp") else [verb]
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in MESSAGE_VERBS for n in nodes for c in n.children
    )


def _a_go_between(travellers: list[Token], table: ActorTable) -> bool:
    """ "The Norwegian envoy, Lars Dahl, has flown twice between Addis Ababa and Mogadishu": a traveller who holds
    a government post or carries matters between sides; a singer flying between Paris and New York for concerts
    is no go-between."""
    named = [t for s in travellers for t in [s, *(c for c in s.children if c.dep_ == "appos")]]
    if any(t.lemma_.lower() in GO_BETWEEN_NOUNS for t in named):
        return True
    actors = [a for t in named if (a := table.actor_at(t)) is not None]
    return any(_official(a) or any(w in GO_BETWEEN_NOUNS for t in a.titles for w in t.lower().split()) for a in actors)


def _country(place: Token) -> str | None:
    where = place_of(place)
    return where.country if where is not None else None


def _at_an_invitation(verb: Token) -> bool:
    """A journey made "at the invitation of X", "at X's invitation", "on the government's invitation"."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and any(g.lower_ == "invitation" for g in c.children)
        for c in verb.children
    )


def _official(actor: Actor) -> bool:
    """A person holding a government post: "Foreign Minister Rosa Lagos", not "singer Ana Torres"."""
    return actor.kind is ActorKind.PERSON and any(GOVERNMENT_TITLE.search(t) for t in actor.titles)


def _is_state(place: Token) -> bool:
    """A country or a capital: where a visit goes, unlike a town or a venue."""
    name = place_name(place)
    geo = gazetteer()
    return geo.is_country_name(name) or geo.is_capital(name)


def _together_subject(verb: Token) -> bool:
    """A subject of several, the verb's own or that of the verb it is joined to: "the ministers", "Ruiz and Vega",
    "they", "the envoy, Ruiz, and the minister, Vega, left the hall and sat down together" (the parse joins the
    second to the name apposed to the first)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = own or (subjects_of(verb) if verb.dep_ == "conj" else [])
    return any(
        s.tag_ in ("NNS", "NNPS")
        or s.lower_ in ("they", "we")
        or s.conjuncts
        or any(a.dep_ == "appos" and a.conjuncts for a in s.children)
        for s in subjects
    )


def done_over_a_line(phone_words: list[Token]) -> list[Token]:
    """The verbs a means phrase of a line hangs on ("agreed by phone", "raised it over the telephone"): the words
    ``_done_by_phone`` looks at beyond the contact verbs."""
    return [p.head for w in phone_words for p in (w.head, w.head.head) if _means_phrase(p) and p.head.pos_ == "VERB"]


def _means_phrase(prep: Token) -> bool:
    """A phrase telling by what means a thing was done: "by phone", "over the telephone", "via video link"."""
    return prep.dep_ in ("prep", "agent") and prep.lower_ in MEANS_PREPS


CREDENTIAL_WORDS = frozenset({"credential", "credentials", "credence"})
"""What a new envoy presents to the head of state he is sent to, in person: "credentials", "letters of credence"."""


def credentials_presented(papers: list[Token]) -> list[Token]:
    """The verbs "present" whose object holds one of ``papers`` ("presented her letters of credence"), to be looked
    at as contacts though "present" tells none of its own (rule contact.verb.present-credentials)."""
    verbs = []
    for paper in papers:
        node = paper
        while node.dep_ in ("pobj", "prep", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "dobj" and node.head.lemma_.lower() == "present":
            verbs.append(node.head)
    return verbs


def _presented_credentials(verb: Token) -> str | None:
    """ "presented her letters of credence to President X", "presented his credentials to Arias": an envoy hands
    them to the head of state in an audience, so the two met (rule contact.verb.present-credentials). Only with
    the one they are presented "to" told, a person named or titled, not "presented his credentials last week"; by
    no firm or other organisation; and only the papers themselves, not "presented her credentials as a reformer
    to voters", a record shown off."""
    if verb.lemma_.lower() != "present":
        return None
    recipients = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    if not any(g.dep_ == "pobj" and _titled_or_named(g) for g in recipients):
        return None
    if not any(_the_papers(c) for c in verb.children if c.dep_ == "dobj"):
        return None
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in ORG_NOUNS or c.ent_type_ == "ORG") for c in verb.children):
        return None  # "the firm presented its credentials to the minister": a bidder's record, not an envoy's
    fired("contact.verb.present-credentials")
    return "meeting"


def _the_papers(paper: Token) -> bool:
    """Whether an object is an envoy's papers as such: "her credentials", "his letters of credence", with no "as"
    phrase making them a record ("credentials as a reformer")."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in paper.children):
        return False
    if paper.lower_ in CREDENTIAL_WORDS:
        return True
    return paper.lemma_.lower() == "letter" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in CREDENTIAL_WORDS for g in c.children)
        for c in paper.children
    )


def _titled_or_named(recipient: Token) -> bool:
    """Whether the one papers are presented to is a person named ("Arias") or titled ("President X", "the
    king"), not a crowd ("voters")."""
    return recipient.ent_type_ == "PERSON" or any(
        t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS for t in recipient.subtree
    )


def _done_by_phone(verb: Token, table: ActorTable) -> str | None:
    """ "agreed with Putin by phone on a ceasefire", "raised the matter by telephone with his Danish counterpart",
    "X and Y agreed by phone to work together": a verb of no contact of its own, done over a line with a party the
    text names (in a "with" phrase, or a subject of two), tells a call (rule contact.verb.done-by-phone). Not one
    told to an outlet ("told the Courier by telephone", "said by telephone"), nor a passive ("was reached by
    telephone"), nor one with no other side ("the round was prepared by telephone")."""
    lines = [c for c in verb.children if _means_phrase(c) and {t.lower_ for t in c.subtree} & PHONE_WORDS]
    if not lines or is_passive(verb) or _the_press_calls(verb, table) or _to_outlets(verb, table):
        return None
    withs = [c for c in [*verb.children, *(t for line in lines for t in line.subtree)] if c.lower_ == "with"]
    others = [g for w in withs if w.dep_ == "prep" for g in w.children if g.dep_ == "pobj"]
    named = [g for g in others if _a_side(g, table) and not _of_the_press(g, table)]
    pair = any(
        c.dep_ == "nsubj" and c.conjuncts and all(_a_side(s, table) for s in (c, *c.conjuncts)) for c in verb.children
    )
    if not (named or pair):
        return None
    fired("contact.verb.done-by-phone")
    return "phone"


def _a_side(token: Token, table: ActorTable) -> bool:
    """A party the text knows, or a person it tells by a title ("his Danish counterpart") before naming."""
    return table.actor_at(token) is not None or person_like(token)


def _plural_subject(verb: Token) -> bool:
    """ "They call and ask …": callers named only by a pronoun, with nothing else hung on the verb."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in verb.children) and not any(
        c.dep_ in ("advcl", "xcomp", "ccomp") for c in verb.children
    )


def addressed(verb: Token, table: ActorTable) -> list[Token]:
    """Who a verb is said to or done with: "told Y", "agreed with Y"."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative") and (table.actor_at(c) or person_like(c))]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            out += [g for g in prep.children if g.dep_ == "pobj" and (table.actor_at(g) or person_like(g))]
    return out
