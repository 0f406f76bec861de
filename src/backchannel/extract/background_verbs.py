"""A contact verb told as the circumstance of another act ("a visiting diplomat", "said after meeting
officials"), which tells no news of its own, unless a "when" clause hung on a date tells what happens then."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .actor_words import entity_at, inside_quote
from .contact_habits import dated_in_its_clause
from .contact_words import (
    CLAUSE_CONTACT_VERBS,
    FUTURE_AUX,
    MEET_VERBS,
    MESSAGE_VERBS,
    PLANNING_HEADS,
    REPROACH_MODALS,
)
from .grammar import looked_forward_to, not_or_never
from .lexicon import FIRST_PERSONS, TITLE_NOUNS
from .parties import person_like, shown_doing
from .trace import fired


def verb_has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _pronoun_subject(verb: Token, pronouns: frozenset[str] | None = None) -> bool:
    """Whether the verb's subject is a pronoun (one of ``pronouns`` when given)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and (pronouns is None or c.lower_ in pronouns)
        for c in verb.children
    )


HAVE_FORMS = frozenset({"have", "'ve", "’ve"})
"""The perfect's auxiliary as written, contracted too ("should've met")."""


def left_undone(verb: Token) -> bool:
    """ "The government should have summoned the ambassador", "ought to have met the families": a reproach for what
    was not done, no contact (rule contact.should-have)."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ == "xcomp":
        auxes.append(verb.head)  # "ought to have met": the parse makes "ought" the head
    return any(a.lower_ in HAVE_FORMS for a in auxes) and any(a.lower_ in REPROACH_MODALS for a in auxes)


WHO_WORDS = frozenset({"who", "whom", "whoever"})
"""Wh-words that stand for whom a contact verb in an embedded question was had with."""


def wh_slot(verb: Token) -> bool:
    """ "went on to list who Mr. X met, where the president visited", "declined to say whom the envoy met": a
    contact verb in an embedded question whose counterpart ("who", "whom") or, with no one else met, whose
    destination ("where") is the wh-word tells no contact of its own, only that there were some (rule
    contact.wh-slot). Not a relative clause ("the envoy whom she met", "Lima, where she met X") nor a question of
    place about a contact with someone named ("did not say where he met X")."""
    if verb.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "advcl"):
        return False
    slots = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    slots += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    if any(t.lower_ in WHO_WORDS and t.i < verb.i for t in slots):
        return True
    wheres = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i]
    return bool(wheres) and not slots


URGING_KEPT_UNDER = frozenset({"agree", "decide", "propose", "recommend", "suggest"})
"""Heads under which "should meet" is a proposal or an agreement, which the status reads, not a wish."""


def urged(verb: Token) -> bool:
    """ "Maybe the mayors should meet here", "the county should talk to the traders": a contact someone thinks ought
    to happen is a wish or a call for talks, not a contact (rule contact.urged); not one agreed or put forward
    ("agreed that the presidents should meet"), nor one the speaker proposes for his own side ("we should meet"),
    nor one of people named, whose meeting is news as a possible contact ("said X and Y should meet directly")."""
    if verb.tag_ != "VB":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":
        auxes.append(verb.head)  # "ought to meet": the parse makes "ought" the head
        verb = verb.head
    if not any(a.lower_ in REPROACH_MODALS for a in auxes) or any(a.lower_ in HAVE_FORMS for a in auxes):
        return False
    if dated_in_its_clause(verb):
        return False  # "the envoy should meet X in Doha on Tuesday": what is set for a day, a plan
    subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    if any(s.lower_ in ("we", "i") or s.ent_type_ == "PERSON" for s in subjects):
        return False  # "we should meet": an offer; "Putin and Zelensky should meet": named leaders' possible talks
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in URGING_KEPT_UNDER)


def backgrounded_verb(verb: Token) -> bool:
    """ "a visiting diplomat", "said after meeting officials", "Speaking to Xi, he reaffirmed …"."""
    if verb.dep_ in ("amod", "compound"):
        return True
    look = looked_forward_to(verb) if verb.dep_ == "pcomp" else None
    if look is not None and not_or_never(look):
        fired("contact.not-looking-forward")  # "is not looking forward to meeting X": says nothing of a meeting
        return True
    if look is not None:
        fired("contact.looked-forward-to")  # "looks forward to receiving X in Lisbon": a contact to come
        return False
    if verb.dep_ == "pcomp":
        # a verb after a preposition is a circumstance ("against visiting X"), but "after meeting X and Y"
        # tells a meeting that happened
        return not (
            verb.head.lower_ == "after" and verb.lemma_.lower() in MEET_VERBS | {"visit"} and _named_object(verb)
        )
    if told_on_a_date(verb) is not None:
        fired("contact.when-on-a-date")
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if (
        marks & {"after", "before", "when", "while", "as", "since"}
        and verb_has_subject(verb)
        and not _pronoun_subject(verb)
    ):
        # "a week after Orlov spoke by phone with Ellison", "when the two men talked", "…, while Erdogan received
        # Zelensky in Istanbul" tell contacts
        return False
    if to_come_in_a_time_clause(verb):
        fired("contact.time-clause-to-come")
        return False  # "before he meets President X in Helsinki on March 20": a contact still to come
    if pronoun_clause_contact(verb):
        fired("contact.pronoun-clause")
        return False  # "a day after he met Governor Ruiz", "as she met with a delegation from the Farm Bureau"
    if they_met_there_or_then(verb):
        fired("contact.they-in-time-clause")  # "sought Ruiz's support when they met behind the chair last week"
        return False
    if marks & {"while", "after", "before", "since", "as", "when"} and verb.dep_ == "ROOT" and verb_has_subject(verb):
        # "While in Paris, Kerrigan also met X": the parse gave the elided clause's "while" to the main verb
        return False
    if marks & {"when", "while"} and _welcoming_someone(verb):
        fired("contact.when-welcoming")  # "X, when welcoming his counterpart, said": the welcome was had
        return False
    if marks & {"while", "after", "before", "since", "as", "when"}:
        return True  # "while visiting X", "since they met": a circumstance
    # "Speaking to Xi, he reaffirmed …" is a circumstance; "a photograph showed X sitting down with Y" tells it
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ == "aux" for c in verb.children)
        and not shown_doing(verb)
        and not _trailing_participle(verb)
    )


WELCOMING_VERBS = frozenset({"meet", "receive", "welcome", "host"})
"""Verbs of meeting or receiving someone whose "when …ing" clause tells the contact the main clause is set at."""


def _welcoming_someone(verb: Token) -> bool:
    """ "President X, when welcoming his counterpart, said …", "Minister Y, while receiving the Japanese ambassador,
    said …": a subjectless participle of meeting or receiving, under "when" or "while", with a person named or
    described by an office and a nation as its object, tells the contact the saying was set at (rule
    contact.when-welcoming); not "when meeting the press" nor "while visiting the market", no one met, nor a bare
    "his counterpart" the text may never name."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in WELCOMING_VERBS or verb_has_subject(verb):
        return False
    met = _met(verb)
    met += [c for o in met for c in o.children if c.dep_ == "appos"]
    return any(o.ent_type_ == "PERSON" or _of_a_nation(o) for o in met)


def _of_a_nation(noun: Token) -> bool:
    """An office holder told by his nation: "the Japanese ambassador", "his Namibian counterpart"; not a bare "his
    counterpart", whom the text may never name."""
    titled = noun.lemma_.lower() in TITLE_NOUNS | {"counterpart"}
    return titled and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


TRAILING_CONTACTS = frozenset({"meet", "visit", "confer", "huddle"})
"""Verbs whose trailing participle tells a contact; not "speaking with", said of interviews as often as of talks."""
SPORTS_RESULTS = frozenset({"beat", "defeat", "play"})
"""Main verbs of a sports result, after which "meeting X" is the next fixture (rule contact.trailing-participle)."""


def _trailing_participle(verb: Token) -> bool:
    """ "Ambler spent Tuesday in Dayton, meeting with Mayor Devlin", "toured the border region, visiting Governor
    Ruiz in Tacna": a participle of meeting or visiting set after its main clause by a comma tells what the subject
    went on to do there, as much news as the main clause (rule contact.trailing-participle); only with a party named
    or a person met ("meeting the forecasts of brokers" is no contact). Not after a clause that tells a contact of its
    own ("visited Islamabad and Delhi, meeting the army chief in Rawalpindi …", "carried messages between the
    capitals, visiting …"): the participle tells the meetings of that trip, whose sides and places the visit keeps.
    Not a place visited ("returned to Austin, visiting the Alamo with his children": whom "with" names went along),
    nor a fixture after a sports result ("beat Djokovic in Rome, meeting Federer in the final")."""
    if verb.i < verb.head.i or verb.lemma_.lower() not in TRAILING_CONTACTS or verb.doc[verb.i - 1].text != ",":
        return False
    if verb.head.lemma_.lower() in TRAILING_CONTACTS | MEET_VERBS | MESSAGE_VERBS | SPORTS_RESULTS:
        return False
    if verb.lemma_.lower() == "visit":
        met = [o for o in verb.children if o.dep_ == "dobj" and o.ent_type_ not in ("GPE", "LOC", "FAC")]
    else:
        met = _met(verb)
    if not any(o.pos_ == "PROPN" or person_like(o) for o in met):
        return False
    fired("contact.trailing-participle")
    return True


def told_on_a_date(verb: Token) -> SpacySpan | None:
    """ "is due in Narva on Friday, when he will meet the mayor" (rule contact.when-on-a-date): a "when" clause
    with a subject of its own, hung on a date, tells what happens on that date, not the circumstance of another
    act. The date, or None."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ not in ("DATE", "TIME") or not verb_has_subject(verb):
        return None
    if not any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
        return None
    return entity_at(verb.head)


CLAUSE_MARKS = frozenset({"after", "when", "as"})
"""Words opening a clause of time whose contact, with a pronoun for its subject, is news when someone named is met:
not "while" or "since", which tell what went on meanwhile or what was told before ("since they met in Osh"), nor
"before", which tells as often how a couple first met ("before she met her husband and got married")."""


TO_COME_MARKS = frozenset({"after", "before", "when", "once", "until"})
"""Words opening a clause of time whose plain present tells what is still to come: "before he meets X on Monday"."""
AHEAD_STEPS = 4
"""How far up from a clause of time the clause that looks ahead may be: "was intended to have him hear from X
before he meets Y" hangs the clause on "hear", two verbs below "intended"."""


def to_come_in_a_time_clause(verb: Token) -> bool:
    """ "this meeting was intended to have him hear from Albright before he meets President Clinton in Helsinki on
    March 20", "would raise the price when he visits Singapore in May": a verb of meeting, calling or visiting in the
    plain present, with a pronoun for its subject, in a clause of time, tells a contact still to come (rule
    contact.time-clause-to-come), since English tells the future in such a clause in the present; someone or
    somewhere named must be met or visited, and the clause must be set on a day of its own or hang on one that looks
    ahead (a modal of the future, a verb of planning or hoping, "look forward to"). Not a habit ("when she visits
    Paris she stays with friends": a main clause in the plain present and no day), nor a past ("before she met her
    husband"), nor the reporter's own ("when I call him")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    if not {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")} & TO_COME_MARKS:
        return False
    if not _pronoun_subject(verb) or (_pronoun_subject(verb, FIRST_PERSONS) and not inside_quote(verb)):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "visit":
        named = [o for o in verb.children if o.dep_ == "dobj" and (o.pos_ == "PROPN" or person_like(o))]
    elif lemma in MEET_VERBS | CLAUSE_CONTACT_VERBS:
        named = [o for o in _met(verb) if o.ent_type_ in ("PERSON", "ORG", "NORP") or o.pos_ == "PROPN"]
    else:
        return False
    return bool(named) and (dated_in_its_clause(verb) or _looks_ahead(verb.head))


def _looks_ahead(clause: Token) -> bool:
    """Whether a clause, or one it hangs on a few steps up, looks ahead: a modal of the future ("will raise it"), a
    verb of planning, expecting or hoping ("was intended to have him hear"), or "look forward to"."""
    node = clause
    for _ in range(AHEAD_STEPS):
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
                return True
            if node.lemma_.lower() in PLANNING_HEADS:
                return True
            if node.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in node.children):
                return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


PAIR_CLAUSE_MARKS = CLAUSE_MARKS | {"before"}
"""Words opening a clause of time in which "they met" tells a contact of the pair the sentence names: not "while"
or "since" (see CLAUSE_MARKS)."""
SETTING_PREPS = frozenset({"at", "in", "on", "behind", "during", "near", "inside", "outside", "over", "for", "aboard"})
"""Prepositions of the place or time a meeting was held at: "when they met behind the chair", "for lunch"."""


def they_met_there_or_then(verb: Token) -> bool:
    """ "Ruiz said he had sought Hale's support when they met behind the speaker's chair last week", "…, before they
    both met at the stadium on Saturday": a clause of time whose subject is "they" (the two the sentence names), met
    or talked with no one else, told as done and set somewhere or on some day, tells a contact of its own (rule
    contact.they-in-time-clause), whose parties the merging finds; "Speaking before they met" sets no scene, and
    "since they met" tells what was told before."""
    if verb.lemma_.lower() not in ("meet", "speak", "talk") or not _told_as_done(verb):
        return False
    if not {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")} & PAIR_CLAUSE_MARKS:
        return False
    if not _pronoun_subject(verb, frozenset({"they"})) or _plural_noun_subject(verb.head):
        return False
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to")) for c in verb.children):
        return False  # "when they met the press": whom they met is named, not each other
    return any(
        (c.dep_ == "prep" and c.lower_ in SETTING_PREPS) or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        for c in verb.children
    )


def _plural_noun_subject(clause: Token) -> bool:
    """Whether the clause a clause of time hangs on has a plural noun for its subject ("Hale's parents fell in love
    when they met at a dance", "the two delegations had agreed on a text when they met in Geneva"): "they" is
    those, not the two people the sentence names."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for c in clause.children)


def _told_as_done(verb: Token) -> bool:
    """A finite verb ("when she met X") or a perfect ("after he had met X"), not a participle or an infinitive."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def pronoun_clause_contact(verb: Token) -> bool:
    """ "when she met Trade Minister Rini Kusuma in Jakarta", "as she received a delegation headed by X", "shortly
    after she telephoned Governor X": a verb of meeting or calling in a clause of time opened by "after", "when" or
    "as" (CLAUSE_MARKS), whose pronoun subject is the other clause's, with someone named met (rule
    contact.pronoun-clause), tells a contact, not a circumstance; "when he met the press" names none. Looking fires
    nothing: the caller that keeps the contact for it says so."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks & CLAUSE_MARKS or not _pronoun_subject(verb):
        return False
    if verb.lemma_.lower() not in MEET_VERBS | CLAUSE_CONTACT_VERBS or not _told_as_done(verb):
        return False
    if _pronoun_subject(verb, FIRST_PERSONS) and not inside_quote(verb):
        return False  # "when I called her", "when we spoke on Monday": the reporter's own call
    met = [t for o in _met(verb) for t in o.subtree]  # "a delegation headed by Paul Wolff", "the envoy, Ana Ruiz"
    return any(o.ent_type_ in ("PERSON", "ORG", "NORP") or (o.pos_ == "PROPN" and o.ent_type_ != "GPE") for o in met)


def _named_object(verb: Token) -> bool:
    """Someone named met: "after meeting Lisa Harmon", "after meeting with Governor Harmon for an hour", people
    named by whom they serve, "after meeting with Harmon aides", or a person described and then named, "after
    meeting his Japanese counterpart, Ken Sato"."""
    met = _met(verb)
    met += [c for o in met if o.tag_ == "NNS" for c in o.children if c.dep_ == "compound"]
    met += [c for o in met for c in o.children if c.dep_ == "appos"]
    return any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.pos_ == "PROPN" for o in met)


def _met(verb: Token) -> list[Token]:
    """Whom a verb of meeting names as met: its object, or the object of its "with"."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [c for c in verb.children if c.dep_ == "dobj"] + [g for w in withs for g in w.children if g.dep_ == "pobj"]
