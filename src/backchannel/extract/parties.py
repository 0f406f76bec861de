"""Who took part in a contact: the actors a contact's noun phrases name.

Subjects and objects of a contact verb, "with"/"between" phrases, possessors
of a contact noun, titles ("Macron's advisor" is the one person the article
titles advisor), pronouns and descriptions (through the speaker resolver),
capitals that stand for their states ("dialogue with Moscow"), and the state
that hosts a contact. Where a contact took place is ``places``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_countries import GOVERNMENT_GROUPS, misread_demonym, nationalities
from .actor_table import ActorTable
from .actor_titles import TITLE_QUALIFIERS
from .actor_words import ADDRESS_WORDS, doc_sents, entity_at, sentence_index, singular
from .body_holders import head_of_body, holder_after_body
from .contact_words import (
    JOURNEY_NOUNS,
    LEADING_VERBS,
    LED_GROUPS,
    MEMBER_NOUNS,
    NOT_PEOPLE,
    NOUN_MODES,
    PARTITIVES,
    PLANNING_HEADS,
    RELATIVE_PRONOUNS,
    REQUEST_HEADS,
    SENDING_VERBS,
    SHOWING_VERBS,
    SIDELINES,
    STAFF_NOUNS,
    TOLD_BEFORE_NOUNS,
    TOURED_PLACES,
    TRAVEL_VERBS,
)
from .counted_groups import office_nationalities
from .grammar import is_passive, looked_forward_to, not_or_never, takes_to, verb_at_or_above, whom_clause
from .held_offices import COUNTERPART_WORDS, holds_title, office_words, offices_of
from .lexicon import (
    AUDIENCE_NOUNS,
    BACKING_WORDS,
    BUILDING_WORDS,
    GROUP_COUNTS,
    NO_ONE_WORDS,
    NO_STATE_OFFICE_WORDS,
    PREMISES_NOUNS,
    RANK_WORDS,
    TITLE_NOUNS,
    VENUE_HEADS,
)
from .member_bodies import members_as_body
from .paired_groups import groups_of_each_name
from .person_words import COURTESY_TITLES, INDIVIDUAL_NOUNS, PEOPLE_NOUNS
from .places import SETTLEMENT_NOUNS, is_place
from .speaker_bodies import speakers_body
from .speakers import BODY_OWNED, ORG_NOUNS, SpeakerResolver, body_of_phrase_agrees, holders_told_apart, then_and_now
from .state_leaders import the_states_leader
from .trace import fired
from .when import YEAR

CIRCUMSTANCE_PREPS = ("after", "before", "upon", "by", "without", "since", "while")


PARTY_PRONOUNS = ("he", "she", "they", "him", "her", "them", "his", "their")


TIME_SPENDING_VERBS = frozenset({"spend", "pass", "waste"})
"""Verbs whose object is the time their subject spent doing something: "he spent weeks negotiating with X"."""


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the clause it hangs on: "She is due to meet X", "X went on to visit Y"."""
    node = verb
    if shown := shown_doing(verb):
        return shown
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found and node.dep_ == "conj" and all(_an_activity(c) for c in found):
            fired("party.activity-not-a-party")  # "…, filming television shows and meeting with X": the parse's
            node = node.head  # "television" subject of "shows"; the doer is the subject of the verb before
            continue
        if found and (counted := _one_of_those(found[0])):
            return counted
        if found:
            return [_reported_relative(c) or _counted(c) for c in found]
        if node is verb and (before := _clause_hung_before(verb)):
            return before
        if node is verb and (named := _name_parsed_as_modifier(verb)) is not None:
            return [named]
        told = [c for c in node.head.children if c.dep_ == "dobj"]
        if node.dep_ == "xcomp" and told and node.head.lemma_.lower() not in TIME_SPENDING_VERBS:
            return told  # "Rahimi invited Szabó to visit Tehran": Szabó visits; not "spent weeks negotiating"
        if _sent_named(node, told):
            fired("party.sent-to-meet")
            return told
        # "X told reporters after meeting Y", "before ending a trip to Vietnam"
        after = node.dep_ == "pcomp" and node.head.lower_ in CIRCUMSTANCE_PREPS
        # "X looks forward to meeting Y": the one who looks forward
        after = after or looked_forward_to(node) is not None
        if node.dep_ not in ("xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "acomp") and not after:
            return []
        if node.head.i == node.i:
            return []
        if node.dep_ == "acl" and (owner := _planner(node.head)) is not None:
            if isinstance(owner, list):
                return owner  # "his plan to visit Oslo"
            node = owner  # "accepted an invitation to visit Japan": who accepted it
            continue
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN")):
            return [_who_is_it(node.head) if node.dep_ == "relcl" and takes_to(node) else node.head]
        node = node.head
        if after:
            node = node.head  # from "after" to the verb it hangs on
    return []


COPULAS = frozenset({"be", "become", "remain"})
"""Verbs whose subject is what the noun after them names: "Hale became the first leader to speak to X"."""


def _who_is_it(noun: Token) -> Token:
    """ "Hale became the first European leader to speak to X", "Hale was the only minister to visit Y": the noun an
    infinitive tells the act of is said of the copula's subject, who did it (rule party.copula-subject-does); a noun
    standing elsewhere is its own doer."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in COPULAS:
        return noun
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return noun
    fired("party.copula-subject-does")
    return subject


def _an_activity(subject: Token) -> bool:
    """ "filming television (shows)", "campaigning": a subject the parse made of an -ing word and what it acts on,
    naming no one (no entity, person or title), is what someone was doing, no party (rule
    party.activity-not-a-party); "visiting officials" are people."""
    if subject.ent_type_ or person_like(subject) or subject.lemma_.lower() in PEOPLE_NOUNS:
        return False
    first = subject.doc[subject.left_edge.i]
    return first.tag_ == "VBG" and first.ent_type_ == ""


def _one_of_those(relative: Token) -> list[Token]:
    """ "Mendes was one of the lawmakers who met Salas", "Mendes is … one of the aides who went to Tacna to talk with
    X", "Mendes was among the delegates who visited X": the subject of "be" is one of those the relative clause tells
    of, and so the clause's subject (rule party.one-of-those-who)."""
    if relative.lower_ not in ("who", "that") or relative.head.dep_ != "relcl":
        return []
    antecedent = relative.head.head
    prep = antecedent.head
    if antecedent.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
        return []
    link = prep.head
    if prep.lower_ == "of":
        if link.lower_ != "one":
            return []
        while link.dep_ == "conj":  # "is the campaign's director and one of the staffers who …"
            link = link.head
        if link.dep_ != "attr":
            return []
        link = link.head
    if link.lemma_ != "be" or any(c.dep_ == "neg" for c in link.children):
        return []  # "X was not among the delegates who visited Y": not one of them
    found = [c for c in link.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if found:
        fired("party.one-of-those-who")
    return found


def _sent_named(node: Token, sent: list[Token]) -> bool:
    """ "Clinton dispatched Ana Ruiz and Tom Hale to meet with doctors": people named (or "him", "her", "them")
    whom a verb of sending sends to do it, in an infinitive of purpose the parser hung on the sending, are the
    ones who do it (rule party.sent-to-meet); an unnamed envoy ("sent two officers to meet X") stays the sender's
    hand, and the sender the party."""
    return (
        node.dep_ == "advcl"
        and node.head.lemma_.lower() in SENDING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and bool(sent)
        and all(t.pos_ == "PROPN" or t.lower_ in ("him", "her", "them") for t in sent)
    )


def _clause_hung_before(verb: Token) -> list[Token]:
    """ "X has not been to Minsk, has not met Y": the first of two clauses sharing a subject, which the parse hung
    under the second as its complement, gives the second its subject (rule party.subject-of-the-clause-before)."""
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "conj")
            and c.i < verb.i
            and c.pos_ in ("VERB", "AUX")
            and any(t.text == "," for t in verb.doc[c.right_edge.i : verb.i])
        ),
        None,
    )
    found = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")] if clause is not None else []
    if found:
        fired("party.subject-of-the-clause-before")
    return found


def _name_parsed_as_modifier(verb: Token) -> Token | None:
    """ "Unification Minister Park Min-ho met envoy Choe …": a name the parse hung on a finite verb with no subject
    as a modifier of it ("Minister" npadvmod, the hyphened name's end "ho" its adjective) and that runs up to the
    verb is the verb's subject (rule party.subject-parsed-as-modifier). The name's last word stands for it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    modifier = next((c for c in verb.children if c.dep_ in ("npadvmod", "nmod", "dep") and c.i < verb.i), None)
    if modifier is None or modifier.right_edge.i != verb.i - 1:
        return None
    if modifier.left_edge.i != verb.sent.start and verb.doc[modifier.left_edge.i - 1].text != ",":
        return None
    named = [t for t in modifier.subtree if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and t.pos_ == "PROPN"]
    if not named or named[-1].i != verb.i - 1:
        return None
    fired("party.subject-parsed-as-modifier")
    return named[-1]


def _reported_relative(subject: Token) -> Token | None:
    """The noun a relative pronoun stands for when a reporting clause comes between them: "Thang, who the paper said
    had held talks with X", "Vidal, who officials say met the envoy" (rule party.who-they-said): the pronoun is
    the subject of the reported clause, which hangs on the reporting verb of the relative clause."""
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.head.dep_ != "ccomp":
        return None
    clause = subject.head.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    fired("party.who-they-said")
    return clause.head


def shown_doing(verb: Token) -> list[Token]:
    """ "A photograph showed the minister, Ana Ruiz, sitting down with X": the one a showing verb shows doing the
    contact is its subject (rule party.shown-doing), not the photograph; a subject the parse puts after the
    participle ("showed Ruiz 'sitting down' with the envoy, Lars Holm,": Holm) is a name hung there, not one."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp", "acl") or verb.head.i == verb.i:
        return []
    if verb.head.lemma_.lower() not in SHOWING_VERBS or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return []
    shown = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if shown:
        fired("party.shown-doing")
    return shown


def _counted(subject: Token) -> Token:
    """ "The two last met in Bergen", parsed with "last" as the subject and "two" hung on it: the count is the
    subject (rule party.the-two)."""
    count = next((c for c in subject.children if c.dep_ == "nummod" and c.lower_ in ("two", "both")), None)
    return count if count is not None and subject.pos_ == "ADJ" else subject


INVITEE_VERBS = frozenset({"accept", "receive", "decline", "reject", "refuse", "welcome", "take", "turn"})
"""What the one invited does with an invitation: "accepted an invitation to visit Japan"."""


def _planner(noun: Token) -> list[Token] | Token | None:
    """Who would act on a plan, offer or invitation an infinitive hangs on (rule party.planner): its possessor
    ("his plan to visit Oslo"), or the verb whose subject holds it ("accepted an invitation to visit Japan",
    "unveiled a plan to meet the governor"; an invitation only in the hands of the one invited, not "sent X an
    invitation")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in PLANNING_HEADS | REQUEST_HEADS:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner and lemma != "invitation":  # "the governor's invitation": the governor sent it (party.invitation-from)
        fired("party.planner")
        return owner
    verb = noun.head
    sent = lemma == "invitation" and verb.lemma_.lower() not in INVITEE_VERBS  # "sent X an invitation to visit"
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or sent:
        return None
    fired("party.planner")
    return verb


def _title_of_a_name_hung_before(node: Token, table: ActorTable) -> bool:
    """ "met President Ana Ruiz and rebel leader Omar Haddad": the parse makes "leader" the conjunct and hangs
    "Omar Haddad" on "Ruiz" as its apposition; the lower-case title right before that name is the name's, no one
    else (rule party.title-of-misplaced-name)."""
    if node.dep_ != "conj" or node.tag_ != "NN" or node.ent_type_:
        return False
    named = [a for a in node.head.children if a.dep_ == "appos" and a.left_edge.i == node.i + 1]
    return any((actor := table.actor_at(a)) is not None and actor.kind is ActorKind.PERSON for a in named)


def _conjoined_to_apposition(node: Token) -> list[Token]:
    """ "between the transport secretary, Helen Marsh, and leaders of the union": the parse hangs the second side
    on the name apposed to a singular title, which cannot be apposed to two sides (rule party.apposition-conjunct).
    """
    if node.tag_ != "NN" or node.conjuncts:
        return []
    out = [c for a in node.children if a.dep_ == "appos" for c in a.conjuncts if c.i > a.i]
    if out:
        fired("party.apposition-conjunct")
    return out


def _included_members(node: Token) -> list[Token]:
    """ "leaders of the El Paso Labor Union, including its president, Ramon Diaz": the people a group is said to
    include are sides beside it, not instead of it (rule party.group-including); the group keeps the body or the
    description it is told by. Only a plural group: "a delegation including X" is read with its leader's rules."""
    if node.tag_ not in ("NNS", "NNPS"):
        return []
    out = [
        m
        for p in node.children
        if p.dep_ == "prep" and p.lower_ == "including" and p.i > node.i
        for g in p.children
        if g.dep_ == "pobj"
        for m in (g, *g.conjuncts)
    ]
    if out:
        fired("party.group-including")
    return out


def _conjoined_in_of_phrase(node: Token) -> list[Token]:
    """ "A Chilean delegation of water engineers and a Bolivian delegation met": the parse hangs the second
    delegation on the first one's "of" phrase; a conjunct there with the same head noun is a side of its own, and
    so is any after the "of" or "from" of people in the plural ("the leaders of France and Germany", "envoys from
    Quito and Lima") (rule party.conjunct-after-of)."""
    if node.conjuncts:
        return []
    several = node.tag_ in ("NNS", "NNPS") and node.lemma_.lower() in PEOPLE_NOUNS
    out = [
        c
        for p in node.children
        if p.dep_ == "prep" and (p.lower_ == "of" or (several and p.lower_ == "from"))
        for o in p.children
        if o.dep_ == "pobj"
        for c in o.conjuncts
        if c.i > o.i and (several or c.lemma_.lower() == node.lemma_.lower())
    ]
    if out:
        fired("party.conjunct-after-of")
    return out


def _plural_title_of_names(node: Token, table: ActorTable) -> bool:
    """ "telephoned Presidents Alberto Ruiz of Peru and Jorge Soto of Chile": a capitalised plural title right before
    a person's name is the title of the names that follow (the parser may take it for an object of its own), not a
    group besides them (rule party.plural-title-of-names)."""
    if node.tag_ not in ("NNS", "NNPS") or not node.text[:1].isupper() or node.i + 1 >= len(node.doc):
        return False
    if singular(node.text) not in TITLE_NOUNS:
        return False
    named = table.actor_at(node.doc[node.i + 1])
    return named is not None and named.kind is ActorKind.PERSON


def _office_holders_of_states(head: Token, table: ActorTable) -> list[str] | None:
    """ "The foreign ministers of Chile, Peru and Bolivia will meet", "the presidents of Malawi and Tanzania": an
    office held in each of several states named after "of" or "from" is held there by the one person the story
    gives that office and state before, beside the states themselves, which stay sides (rule
    party.office-holders-of-states). None when the phrase is no such office of several states, or names no holder."""
    lemma = head.lemma_.lower()
    shared = lemma in SHARED_TITLES and lemma != "leader"  # "the leaders of X and Y": each state's leader
    if head.conjuncts or head.tag_ not in ("NNS", "NNPS") or lemma not in TITLE_NOUNS or shared:
        return None
    objects = [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if len(objects) != 1 or not objects[0].conjuncts:
        return None
    named = (objects[0], *objects[0].conjuncts)
    states = [
        a for t in named if (a := _state_named(t, table)) is not None and a.kind is ActorKind.COUNTRY and a.country
    ]
    if len(states) != len(named):
        return None
    office = " ".join([*(c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_lower), lemma])
    if office in ("leader", "head"):
        if office == "head":
            fired("party.heads-of-states")  # "the heads of Russia and China": each state's leader
        return _leaders_of_states(states, table)
    held = {state.id: h for state in states if (h := _one_holder(state, office, head, table)) is not None}
    if len(held) < len(states) or _of_another_time(head):  # today's holders told after: only for every state, now
        held = {s: h for s, h in held.items() if _told_before(h, head, table)}
    if not held:
        return None
    fired("party.office-holders-of-states")
    if any(not _told_before(h, head, table) for h in held.values()):
        fired("party.office-holder-told-after")
    return list(held.values()) + [s.id for s in states if _told_before(held.get(s.id), head, table)]


CLAUSES_OF_THEIR_OWN = frozenset({"ccomp", "conj", "parataxis", "advcl", "relcl"})
"""Dependencies of a verb's children that tell a clause of their own, whose dates are not the verb's."""


def _of_another_time(head: Token) -> bool:
    """Whether the clause of "the presidents of X and Y" is denied ("have not met"), dated in a year while told in
    the past ("first met in 1929"), or a perfect spanning time from a "since" ("have met five times since 2010"):
    the office phrase then speaks of the office across time, and the holders the story names after are today's, not
    the ones meant (rule party.office-holder-told-after). Not "spoke on Tuesday for the first time since 2008": a
    "since" on a simple past dates nothing."""
    verb = verb_at_or_above(head)
    if not_or_never(verb):
        return True
    phrases = [c for c in verb.children if c.dep_ not in CLAUSES_OF_THEIR_OWN]
    since = [p for p in phrases if p.lower_ == "since"]
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    past = verb.tag_ == "VBD" or perfect
    dated = any(past and YEAR.fullmatch(t.text) is not None for p in phrases if p not in since for t in p.subtree)
    return dated or (perfect and bool(since))


def _told_before(holder: str | None, head: Token, table: ActorTable) -> bool:
    """Whether a state stays a side beside its holder: when it has none, or one told before; holders told only
    after stand for their states, as the people of the states told in the next sentences do (merge.people-of-the-
    states), and only when every state has one: otherwise that merge still tells the contact in full."""
    person = table.get(holder)
    return person is None or person.mentions[0].start < head.idx


def _state_named(token: Token, table: ActorTable) -> Actor | None:
    """The actor a token names, or the state a country's name names though the tagger took it for no place
    ("the presidents of Kyrgyzstan and Tajikistan", "Tajikistan" tagged a nationality) (rule
    party.state-name-untagged)."""
    if (actor := table.actor_at(token)) is not None:
        return actor
    if token.pos_ != "PROPN" or not gazetteer().is_country_name(token.text):
        return None
    fired("party.state-name-untagged")
    return table.state_at(token)


def _one_holder(state: Actor, office: str, head: Token, table: ActorTable) -> str | None:
    """The one person of ``state`` the story gives ``office``: told before, or else told after when no one else
    of that state bears the office's title at all, not even as a former or acting holder ("the presidents of X and
    Y held talks. X's President A …": A; not when a former president of X is named too, which may be the one
    meant) (rule party.office-holder-told-after)."""
    people = [a for a in table.persons() if a.country == state.country]
    held = [a for a in people if _holds_office(a, office)]
    if len(held) != 1:
        return None
    if held[0].mentions[0].start < head.idx:
        return held[0].id
    titled = [a for a in people if any(office in t.lower().replace("-", " ") for t in a.titles)]
    return held[0].id if len(titled) == 1 else None


def _leaders_of_states(states: list[Actor], table: ActorTable) -> list[str] | None:
    """ "The leaders of Chile and Peru will meet in Lima": each state's one leader the article names, before or
    after, with a leader's title (president, prime minister, king …), beside the states, as "the Chilean and Peruvian
    leaders" are read (rule party.leaders-of-states); None, and the states stand alone, unless every state has one."""
    leaders = [the_states_leader(table, state.country) for state in states if state.country]
    if not leaders or any(leader is None for leader in leaders):
        return None
    fired("party.leaders-of-states")
    return [leader.id for leader in leaders if leader] + [s.id for s in states]


BETWEEN_SIDE_WORDS = 8
"""The most words of the second side's phrase read along after "between X and"."""


def _between_and_after(node: Token) -> list[Token]:
    """ "talks between the secretary, Helen Marsh, and leaders of the union collapsed", where the parse hangs
    "leaders" on the verb: the phrase right after "and" is the other side (rule party.between-and)."""
    doc = node.doc
    if node.dep_ != "pobj" or node.head.lower_ != "between" or node.conjuncts:
        return []
    after = node.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after + 1 >= len(doc) or doc[after].lower_ != "and":
        return []
    side = doc[after + 1]
    for _ in range(BETWEEN_SIDE_WORDS):  # up to the head of the phrase that starts there
        head = side.head
        if head.i == side.i or not after < head.i <= after + BETWEEN_SIDE_WORDS or head.pos_ not in ("NOUN", "PROPN"):
            break
        side = head
    if side.pos_ not in ("NOUN", "PROPN") or side.i == node.head.head.i:
        return []
    fired("party.between-and")
    return [side]


def is_actor_country(token: Token, table: ActorTable) -> bool:
    actor = table.actor_at(token)
    return actor is not None and actor.kind is ActorKind.COUNTRY


def _others_unnamed(node: Token) -> bool:
    """ "other officials", "others": the rest of a group after those named, itself no one in particular."""
    return node.lower_ in ("others", "other") or (
        node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "other" for c in node.children)
    )


def _reporting_body(pronoun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The body or state an "it" subject of a reported clause stands for: its reporter ("the union said it had met
    the minister", "Ghana said on Monday that it would host the talks"), as a reported "she" is hers. A person
    reporter is left: their "it" is some thing."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = next((t for t in [pronoun.head, *pronoun.head.ancestors] if t.dep_ == "ccomp"), None)
    if clause is None:
        return []
    reporters = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    found = parties_of(reporters, table, resolver)
    return [p for p in found if (a := table.get(p)) is not None and a.kind is not ActorKind.PERSON]


def _body_told_before(pronoun: Token, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The body or state an "it" subject of a contact stands for, named as the subject in its own sentence or the
    two before (through the speaker resolver's "it", rule pronoun.it): "The African Union sent envoys to Juba. It
    met President Kiir"; not "it" of a thing ("it was agreed"), nor an outlet."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    body = table.get(resolver.resolve(pronoun.doc[pronoun.i : pronoun.i + 1]))
    if body is None or body.kind not in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
        return None
    nearest = nearest_singular(pronoun)
    if nearest is None or table.actor_at(nearest) is not body:
        return None  # "The PA sent a letter to the UN. It was received by X": the letter, the likelier "it"
    return body.id


SINGULAR_ROLES = ("nsubj", "nsubjpass", "dobj", "dative", "attr")
"""The roles of the noun phrases an "it" or "its" may stand for: a subject's or an object's, not a time's or a
place's in a prepositional phrase ("on Monday", "to Juba")."""


def nearest_singular(pronoun: Token) -> Token | None:
    """The nearest noun phrase in the singular, a subject or object, in the pronoun's sentence before it or the two
    sentences before: the likeliest thing an "it" or "its" stands for ("sent a letter to the UN. It was received":
    the letter). A thing "its" owns is the owner's, not another ("Kenya stepped up its diplomacy. It met X"). An
    "it" that does something ("It met X") passes over things that cannot ("The AU issued a statement. It met X":
    the AU), while one that has something done to it does not ("It was received by X" may be the letter)."""
    sents = doc_sents(pronoun.doc)
    start = sents[max(sentence_index(sents, pronoun.i) - 2, 0)].start
    acting = pronoun.dep_ == "nsubj" and not is_passive(pronoun.head)
    for i in range(pronoun.i - 1, start - 1, -1):
        token = pronoun.doc[i]
        role = token.dep_ if token.dep_ != "conj" else token.head.dep_
        if role not in SINGULAR_ROLES or token.tag_ not in ("NN", "NNP"):
            continue
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
            continue
        if acting and not may_be_a_body(token):
            continue
        return token
    return None


def may_be_a_body(token: Token) -> bool:
    """Whether a noun phrase's head may name a body, a state or a delegation: a name, or a noun for one."""
    lemma = token.lemma_.lower()
    return token.pos_ == "PROPN" or lemma in ORG_NOUNS or lemma in LED_GROUPS or lemma in STATE_NOUNS


def it_may_be_a_body(pronoun: Token) -> bool:
    """Whether the nearest singular noun phrase before an "it" (nearest_singular) names a body, a state or a
    delegation, which the "it" may then stand for: not a thing ("The draft accord was sent to Kyiv. It was
    received by X")."""
    nearest = nearest_singular(pronoun)
    return nearest is not None and may_be_a_body(nearest)


def _group_told_before(pronoun: Token) -> Token | None:
    """The delegation, mission or team (lexicon led_groups) an "it" subject stands for: the subject of a main clause
    in one of the two sentences before, said in the singular, if it is the nearest such subject and no singular
    noun phrase stands between it and the pronoun."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    nearer = next((s for s in _subjects_before(pronoun) if s.tag_ in ("NN", "NNP")), None)
    if nearer is None or nearer.tag_ != "NN" or nearer.lemma_.lower() not in LED_GROUPS:
        return None  # "A delegation arrived. The city council met. It also met X": the council, the nearer
    if (nearest := nearest_singular(pronoun)) is None or nearest.i != nearer.i:
        return None  # a thing between them is the likelier "it"
    return nearer


def people_told_before(pronoun: Token) -> Token | None:
    """The people a "they" or "them" no actor accounts for stands for (rule party.they-told-before): the subject of
    a main clause in one of the two sentences before, the nearer first, that names people or bodies in the plural
    ("The unions are under pressure. They met X", "Hamas leaders flew to Cairo. Kamel received them"), if no other
    phrase of people in the plural stands between it and the pronoun's sentence, which the pronoun might as well
    stand for. Plurals in the pronoun's own sentence are the other side's company ("Flanked by his ministers, the
    president received them")."""
    if pronoun.lower_ not in ("they", "them"):
        return None
    people = next((s for s in _subjects_before(pronoun) if _plural_people(s)), None)
    if people is None:
        return None
    own = {t.i for c in [people, *people.conjuncts] for t in c.subtree}
    others = [t for t in pronoun.doc[people.i : pronoun.sent.start] if t.i not in own and t.dep_ != "compound"]
    if any(_plural_people(t) for t in others):
        return None  # "Rebels freed three aid workers. Kamel received them": the workers, or the rebels
    return people


def together_told_before(pronoun: Token, table: ActorTable) -> Token | None:
    """The phrase a "they" or "them" stands for that names several in the singular (rule party.they-together-before):
    the subject of a clause the pronoun's clause hangs on ("X and Y would take it up if they met"; its subjects
    together when the parse made each person one, "X and his counterpart Y have said they want talks"), else of the main
    clause of the sentence before, if it joins people the story names ("The foreign minister, X, and her Slovak
    colleague, Y, attended the opening. They talked for an hour") or is a delegation, mission or team of people in
    the singular ("A team of officials from Lahti was in Oslo. They were received by the mayor"), and no phrase of
    people in the plural, nor any plural subject or object, stands between it and the pronoun, which the pronoun
    might as well stand for; nor any other person named by name in the subject's sentence or since, who may be one
    of them."""
    if pronoun.lower_ not in ("they", "them"):
        return None
    verb = next((a for a in pronoun.head.ancestors if any(s.i < pronoun.i for s in _subjects(a))), None)
    heads = [s for s in _subjects(verb) if s.i < pronoun.i] if verb is not None else []
    # "X and his counterpart Y have said they …": the parse may make Y a second subject of its own
    fellows = heads[1:] if len(heads) > 1 and all(_a_person(h, table) for h in heads) else []
    if heads and (fellows or _several(heads[0], table)):
        subject = heads[0]
    else:
        sents = doc_sents(pronoun.doc)
        here = sentence_index(sents, pronoun.i)
        subjects = _subjects(sents[here - 1].root) if here > 0 else []
        if len(subjects) != 1 or not _several(subjects[0], table):
            return None
        subject = subjects[0]
    own = {t.i for h in (subject, *fellows) for t in h.subtree}
    others = [t for t in pronoun.doc[subject.sent.start : pronoun.i] if t.i not in own and t.dep_ != "compound"]
    between = [t for t in others if t.i > subject.i]
    if any(_plural_people(t) or (t.tag_ in ("NNS", "NNPS") and t.dep_ in PLURAL_SIDES) for t in between):
        return None  # "X and Y greeted the dockers. They …": the dockers, or the two
    if any(t.pos_ == "PROPN" and _a_person(t, table) for t in others):
        return None  # "Rowe said X and Y backed the bill when they met": Rowe may be one of them
    return subject


PLURAL_SIDES = ("nsubj", "nsubjpass", "dobj", "dative")
"""The roles in which a plural noun may be the "they" after it, whatever it names ("greeted the dockers")."""


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _several(subject: Token, table: ActorTable) -> bool:
    """A subject naming several in the singular: people joined, or a delegation, mission or team of people."""
    return _people_joined(subject, table) or group_of_people(subject)


def _people_joined(subject: Token, table: ActorTable) -> bool:
    """ "X and Y", "the minister, X, and her colleague, Y": a subject joining two or more, each a person the story
    names (by the phrase or the name apposed to it) or a delegation, mission or team ("X and a delegation")."""
    apposed = [c for a in subject.children if a.dep_ == "appos" for c in a.conjuncts if c.i > a.i]
    members = [subject, *subject.conjuncts, *apposed]  # the parse may hang the second on the first one's name
    if len(members) < 2:
        return False
    return all(_a_person(m, table) or group_of_people(m) for m in members)


def _a_person(node: Token, table: ActorTable) -> bool:
    """Whether a phrase names a person the actor table holds, by its head or a name apposed to it."""
    return _person_named(node, table) is not None


def _person_named(node: Token, table: ActorTable) -> Actor | None:
    """The person a phrase names by its head or by a name apposed to it: "Argentina's president, Nestor Kirchner"."""
    named = [node, *(c for c in node.children if c.dep_ == "appos")]
    return next((a for t in named if (a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON), None)


def group_of_people(node: Token) -> bool:
    """A delegation, mission or team (lexicon led_groups) in the singular said to be of people: "a team of
    officials", "the French investor team", "a delegation from Lahti"; not a bare "the team", which may be a side at
    sport."""
    if node.tag_ != "NN" or node.lemma_.lower() not in LED_GROUPS:
        return False
    if node.lemma_.lower() != "team":
        return True
    words = [t for t in node.subtree if t.i != node.i]
    return any(t.tag_ == "NNS" and t.lemma_.lower() in PEOPLE_NOUNS for t in words) or any(
        c.dep_ == "compound" and c.lemma_.lower() in PEOPLE_NOUNS for c in node.children
    )


GROUP_KINDS = (ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.ANONYMOUS)


def _group_said_before(pronoun: Token, actor_id: str, table: ActorTable) -> Token | None:
    """The plural noun that last named the group a "they", "them" or "their" was resolved to, in the pronoun's
    sentence or the two before (rule party.they-group-sides): "The Chilean and Peruvian governments say they
    have met …" gives "governments", whose words name the states the group acts for, which the pronoun's
    own token cannot; only a noun whose words name a state."""
    actor = table.get(actor_id)
    if pronoun.lower_ not in ("they", "them", "their") or actor is None or actor.kind not in GROUP_KINDS:
        return None
    sents = doc_sents(pronoun.doc)
    start = sents[max(sentence_index(sents, pronoun.i) - 2, 0)].start
    plurals = (t for t in reversed(pronoun.doc[start : pronoun.i]) if t.tag_ in ("NNS", "NNPS"))
    said = next((t for t in plurals if table.actor_at(t) is actor), None)
    return said if said is not None and nationalities(said) else None


def _plural_people(token: Token) -> bool:
    """A noun phrase naming people or bodies in the plural: "the unions", "aid workers", "the Hamas leaders"."""
    return token.tag_ == "NNPS" or (
        token.tag_ == "NNS" and token.lemma_.lower() in PEOPLE_NOUNS | LED_GROUPS | ORG_NOUNS
    )


def _subjects_before(pronoun: Token) -> list[Token]:
    """The subjects of the main clauses of the two sentences before the pronoun's, the nearer first."""
    sents = doc_sents(pronoun.doc)
    here = sentence_index(sents, pronoun.i)
    return [c for sent in reversed(sents[max(here - 2, 0) : here]) for c in _subjects(sent.root)]


TOLD_BEFORE_SENTENCES = 3
"""How many sentences back a bare "the delegation" or "the visitors" may look for the side it refers to."""


def told_before(node: Token) -> list[Token] | None:
    """The phrase a bare "the delegation", "the envoys", "the visitors" (lexicon told_before_nouns) refers back to
    (rule party.described-before): the last phrase before, in its sentence or the three before, that the same noun
    heads with words of its own ("A delegation from Lahti arrived in Oslo"); else, for people ("the envoy", "the
    visitors"; not a delegation, mission or team, which may be another group that travelled), the subjects of the last
    verb of going to or visiting a place there ("Kerrigan flew to Juba on Monday. The envoy met X")."""
    if node.pos_ != "NOUN" or node.lemma_.lower() not in TOLD_BEFORE_NOUNS or list(node.rights):
        return None
    if [(c.dep_, c.lower_) for c in node.children] != [("det", "the")]:
        return None
    doc = node.doc
    sents = doc_sents(doc)
    start = sents[max(sentence_index(sents, node.i) - TOLD_BEFORE_SENTENCES, 0)].start
    lemma = node.lemma_.lower()
    for i in range(node.i - 1, start - 1, -1):
        earlier = doc[i]
        if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN" and earlier.dep_ == "compound":
            if earlier.head.pos_ == "PROPN" and earlier.head.i < node.i:
                return [earlier.head]  # "Special envoy Tom Kerrigan met X. … The envoy will meet Y": Kerrigan
        if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN" and len(list(earlier.subtree)) > 2:
            if any(c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS for c in earlier.children):
                return None  # "a delegation headed by X": its leader stands for it (rule party.delegation-led-before)
            return [earlier]
        if lemma not in LED_GROUPS and earlier.pos_ == "VERB" and earlier.lemma_.lower() in TRAVEL_VERBS | {"visit"}:
            visitors = [
                s
                for s in subjects_of(earlier)
                if s.pos_ in ("NOUN", "PROPN") and told_before(s) is None and _described_as(s, lemma)
            ]
            if visitors and (earlier.lemma_.lower() == "visit" or _to_a_place(earlier)):
                return visitors
    return None


def _described_as(traveller: Token, lemma: str) -> bool:
    """Whether a traveller may be the one "the <lemma>" describes: one whose phrase holds the noun as a title ("Envoy
    Tom Kerrigan flew to Juba", "Kerrigan, the UN envoy, flew"), or anyone, for a noun that describes people by
    their journey alone (lexicon journey_nouns: "the visitors", "the guests")."""
    if lemma in JOURNEY_NOUNS:
        return True
    return any(t.lemma_.lower() == lemma for t in traveller.subtree)


def _to_a_place(verb: Token) -> bool:
    """ "flew to Oslo", "arrived in Lima": a journey that names where it went."""
    return any(
        is_place(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for g in c.children
    )


def parties_of(heads: list[Token], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Actors named by each noun phrase (and its conjuncts): "X and Y", "Russian officials, including Z"."""
    out: list[str] = []
    for head in heads:
        if (holders := _office_holders_of_states(head, table)) is not None:
            out += [h for h in holders if h not in out]  # "the foreign ministers of Chile, Peru and Bolivia met"
            continue
        others = _conjoined_to_apposition(head) or _between_and_after(head) or _conjoined_in_of_phrase(head)
        others = [*others, *_included_members(head)]
        coordinated: list[str] = []  # who the conjuncts before named: "X and the Finnish minister" are two
        for node in [head, *(c for c in head.conjuncts if c.i > head.i), *others]:
            if _first_of_two_titles(node, table) or misread_demonym(node):
                continue  # "Kyrgyz" of "Kyrgyz and Kazakh officials" is read with the officials
            if _title_of_a_name_hung_before(node, table):
                fired("party.title-of-misplaced-name")  # "met X and rebel leader Y", Y hung on X: "leader" is Y
                continue
            if _plural_title_of_names(node, table):
                fired("party.plural-title-of-names")  # "telephoned Presidents X of A and Y of B": X and Y
                continue
            if node.i == head.i and _named_after_comma(node, table):
                fired("party.group-named-after")  # "The two ministers, Ana Silva and Luis Arce, met": the two named
                continue
            if _no_one(node):
                if excepted := _excepted(node):
                    fired("party.no-one-but")  # "met no one except the governor, Luis Arce": the governor
                    out += [p for p in parties_of(excepted, table, resolver) if p not in out]
                    continue
                fired("party.no-one")  # "met no European leader", "spoke to nobody": no one was met
                continue
            if _anyone(node) or (
                node.lower_ in ("who", "that") and node.head.dep_ == "relcl" and _anyone(node.head.head)
            ):
                fired("party.anyone")  # "never discussed it with any official": no one in particular
                continue
            if owners := _premises_owners(node, table, resolver):
                fired("party.premises-owner")  # "between Kinshasa and the rebels' headquarters": the rebels
                coordinated += owners
                out += [f for f in owners if f not in out]
                continue
            if own := speakers_body(node, table, resolver):  # "the union had asked to meet X", said its chairman
                coordinated += own
                out += [f for f in own if f not in out]
                continue
            if node.i != head.i and coordinated and _others_unnamed(node):
                fired("party.and-others")  # "met Lars Holm and other officials": Holm, and no one named besides
                continue
            if node.lower_ == "others":
                fired("party.others-alone")  # "He will meet the others", "saw others": the rest, no one named
                continue
            if (leader := resolver.leader_named_before(node)) is not None:
                found = [leader]  # "X, who led the Ghanaian delegation, … The Ghanaian delegation met Y": X met Y
            elif (earlier := told_before(node)) is not None:
                fired("party.described-before")  # "A Chilean delegation arrived. The delegation met X": Chile's
                found = parties_of(earlier, table, resolver)
            else:
                found = groups_of_each_name(node, table) or _title_holder(_named_in(node, table), node, table)
                if _staff_of_a_name(node, found, table) and (staff := described_group(node, table)):
                    fired("party.staff-of-a-name")  # "met with Trump aides", "GOP lawmakers": not Trump, the GOP
                    found = [staff]
                if _state_named_group(node, found, table):
                    fired("party.state-named-group")  # "a Myanmar military delegation": the delegation, Myanmar's
                    found = []
                if _a_state_of_a_group(node, found, table):
                    fired("party.state-in-group-of-states")  # "Russian and U.S. officials": both states' group
                    found = []
            if not _any_person(found, table) and (named := _named_after_phrase(node, table)):
                found = [named]  # "the Danish ambassador to Kenya, Lars Holm": Holm, not Kenya
            elif (
                leader := holder_after_body(node, found, table) or head_of_body(node, found, table, resolver)
            ) is not None:
                found = [leader]  # "ICRC President Ana Lobo", later "the ICRC chief": Lobo, not the ICRC
            elif not _any_person(found, table) and (named := _named_after_capitalised_title(node, table)):
                found = [*found, named]  # "U.S. Under Secretary of State Ann Lee", parsed apart: Lee, and her state
            elif found and not _any_person(found, table) and (named := _named_next(node, table)):
                # "his U.S. counterpart, Samuel Okafor," with the name hung elsewhere by the parse: Okafor, not the
                # United States
                fired("party.named-next")
                found = [named]
            elif _state_of_a_title(node, found, table):
                fired("party.title-of-a-state")  # "the US president": the office holder, with the state beside
                found = []
            sides_node = node  # the phrase whose words name the states a group acts for
            if not found:
                if node.pos_ == "PRON" and (together := together_told_before(node, table)) is not None:
                    fired("party.they-together-before")  # "X and Y attended the opening. They talked": X and Y
                    found = parties_of([together], table, resolver)
                elif node.pos_ == "PRON" and node.lower_ in PARTY_PRONOUNS:
                    resolved = (
                        _fronted_owner(node, table)
                        or _owner_in_reported_clause(node, table, resolver)
                        or resolver.resolve(node.doc[node.i : node.i + 1])
                    )
                    found = [resolved] if resolved else []
                    if found and (said := _group_said_before(node, found[0], table)) is not None:
                        fired("party.they-group-sides")  # "Chilean and Peruvian officials say they met": both states
                        sides_node = said
                    if not found and (people := people_told_before(node)) is not None:
                        fired("party.they-told-before")  # "The unions are angry. They met X": the unions
                        found = parties_of([people], table, resolver)
                elif node.lower_ == "it" and (bodies := _reporting_body(node, table, resolver)):
                    fired("party.it-reporter")  # "Ghana said it had held talks with Togo": Ghana held them
                    found = bodies
                elif node.lower_ == "it" and (group := _group_told_before(node)) is not None:
                    fired("party.it-delegation")  # "A Lahti delegation reached Oslo. It was received by the mayor"
                    found = parties_of([group], table, resolver)
                elif node.lower_ == "it" and (body := _body_told_before(node, table, resolver)):
                    fired("party.it-body")  # "The AU sent envoys to Juba. It met Kiir": the AU met him
                    found = [body]
                elif node.lower_ == "who" and node.head.dep_ == "relcl":
                    resolved = resolver.resolve(node.doc[node.i : node.i + 1])  # "…, Qian Haibo, who met X"
                    person = table.get(resolved)
                    if person is None or person.kind is not ActorKind.PERSON:
                        person = _named_in_apposition(node.head.head, table)
                        resolved = person.id if person is not None else resolved
                    found = [resolved] if person is not None and person.kind is ActorKind.PERSON else []
                elif node.lower_ == "whom" and (clause := whom_clause(node)) is not None:
                    person = _person_named(clause.head, table) or _named_in_apposition(clause.head, table)
                    if person is not None:
                        fired("party.whom-antecedent")  # "Nestor Kirchner, whom Bush meets Tuesday"
                        found = [person.id]
                elif (
                    node.pos_ in ("NOUN", "PROPN")
                    or node.lower_ in ("two", "both")
                    or _the_count(node)
                    or _some_of(node)
                ) and node.lower_ not in NOUN_MODES:
                    titled = _named_next(node, table) or _titled_person(node, table)
                    met_by = _the_one_meeting_it(node, table)
                    apart = titled is not None and titled in met_by
                    if apart:
                        fired("party.not-the-one-meeting")  # "Kalnins flew in for talks with the prime minister"
                        titled = None
                    if titled is not None and _named_only_later(titled, node, table):
                        fired("party.description-not-ahead")  # "The French president met President X": not X
                        titled = None
                    end = max(
                        node.i,
                        apposition_end(node),
                        _of_state_end(node),
                        _of_a_thing_end(node),
                        _members_of_a_body_end(node, table),
                    )
                    phrase = node.doc[node.left_edge.i : end + 1]
                    if titled in coordinated:
                        fired(
                            "party.conjunct-is-another"
                        )  # "Deputy Minister Jonas Berg and the Finnish defence minister"
                        titled = None
                    # resolved only when needed: resolving a description may add an unnamed actor to the table
                    meeting = _the_one_meeting(node, table)
                    described = None if titled else _of_its_nationality(resolver.resolve(phrase, meeting), node, table)
                    if _named_only_later(described, node, table):
                        fired("party.description-not-ahead")  # "The French president met President X": not X
                        described = None
                    if described in coordinated:
                        fired("party.conjunct-is-another")
                        described = None
                    if described is not None and described in met_by:
                        fired("party.not-the-one-meeting")
                        apart = True
                    if apart and (described is None or described in met_by):
                        # "talks with the Lithuanian prime minister" held by the prime minister: the description
                        # itself, as it reads, not its holder
                        described = resolver.as_described(phrase)
                        described = None if described in met_by else described
                    resolved = (
                        titled
                        or described
                        or _state_of_title(node, table)
                        or described_group(node, table)
                        or _described_individual(node, resolver)
                    )
                    if resolved in coordinated:
                        resolved = None  # not the person a conjunct before named, twice
                    found = [resolved] if resolved else []
            if (
                node.lemma_.lower() in STATE_NOUNS
                and _only_itself(node, found, table)
                and (pair := _the_two_states(node, table))
            ):
                found = pair  # "the two states" themselves, though read before as a group of their own
            found = (
                _holders_for_states(sides_node, found, table)
                or _states_as_sides(sides_node, found, table)
                or found + _states_of_group(sides_node, found, table)
            )
            found = [_demonym_state(f, table) for f in found]
            found += [s for f in list(found) for s in _state_of_unnamed(f, node, found, table)]
            found += _owner_of_members(node, found, table, resolver)
            found = members_as_body(node, found, table, resolver)
            coordinated += found
            out += [f for f in found if f not in out]
    return out


MET_WITH_PREPS = frozenset({"with", "to"})
"""Prepositions that put whom a subject meets after a contact: "talks with X", "spoke to X"; not "between", whose
phrase names both sides, nor "by"."""

OBJECT_PATH_DEPS = frozenset({"pobj", "prep", "dobj"})
"""Arcs a phrase climbs from a party met to the verb that tells the contact: "held talks with X", "met X"."""


def _the_one_meeting_it(node: Token, table: ActorTable) -> set[str]:
    """The persons the subject of the clause names, when ``node`` is whom that clause's subject meets: "Prime
    Minister Kalnins is due in Vilnius for talks with the prime minister", "the prime minister held talks with
    the Hungarian prime minister". A person never meets himself, so a description of whom he meets is someone else,
    even where he holds the very title it names (rule party.not-the-one-meeting)."""
    if node.dep_ not in ("pobj", "dobj") or (node.dep_ == "pobj" and node.head.lower_ not in MET_WITH_PREPS):
        return set()
    verb = node
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in OBJECT_PATH_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[str] = set()
    for subject in subjects_of(verb):
        # a subject named, or described by a title only one person holds; never a pronoun, whose reading may be
        # the very person the description names
        actor = table.actor_at(subject) or (
            table.get(_titled_person(subject, table)) if subject.pos_ == "NOUN" else None
        )
        if actor is not None and actor.kind is ActorKind.PERSON:
            out.add(actor.id)
    return out


OWNED_PREMISES = BUILDING_WORDS | PREMISES_NOUNS
"""Buildings and rooms a body keeps: "the union's offices", "the rebels' headquarters"."""


def _state_named_group(node: Token, found: list[str], table: ActorTable) -> bool:
    """Whether a delegation, mission or team (lexicon led_groups) is named by its state's name set before it as a
    word of its own ("a Myanmar military delegation", "the Kosovo team"), so the phrase found only the state: the
    group is the party, read as its description, and the state stands beside it as for "a Chilean delegation"."""
    if node.tag_ != "NN" or node.lemma_.lower() not in LED_GROUPS or len(found) != 1:
        return False
    state = table.get(found[0])
    if state is None or state.kind is not ActorKind.COUNTRY:
        return False
    before = (c for c in node.children if c.i < node.i and c.dep_ in ("compound", "nmod", "amod"))
    return any(table.actor_at(c) is state for c in before)


def _premises_owners(node: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The body or group that keeps premises named as a side ("the union's offices", "the rebels' headquarters in
    Goma"), which is the side (rule party.premises-owner); not a person's ("the mayor's office" is staff who may
    answer for him)."""
    if node.lemma_.lower() not in OWNED_PREMISES:
        return []
    keepers = [c for c in node.children if c.dep_ == "poss"]
    if any(k.lemma_.lower() in TITLE_NOUNS and k.tag_ == "NN" for k in keepers):
        return []  # "the mayor's office", told before the keeper is resolved (and its rules fired) for nothing
    owners = parties_of(keepers, table, resolver)
    kinds = [a.kind for a in (table.get(o) for o in owners) if a is not None]
    return owners if kinds and ActorKind.PERSON not in kinds else []


def _only_itself(node: Token, found: list[str], table: ActorTable) -> bool:
    """Whether a phrase named no one, or only the group or body it was itself read as ("the two capitals", "the two
    governments", made actors when the phrase was first resolved): a count of states that still stands for the
    states named before."""
    own = table.actor_at(node)
    if own is None or own.kind in (ActorKind.PERSON, ActorKind.COUNTRY):
        return not found
    return all(f == own.id for f in found)


def _the_count(node: Token) -> bool:
    """ "The four agreed to meet": a bare count of people told before, not "an audience of three" or "the three
    of us" (whom its own phrase names)."""
    return (
        node.lower_ in GROUP_COUNTS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in node.children)
        and not list(node.rights)
    )


NO_ONE = NO_ONE_WORDS | {"none"}
"""Whom a side met when it met no one: "met nobody", "saw none"."""


def _named_after_comma(node: Token, table: ActorTable) -> bool:
    """ "The two ministers, Ana Silva and Luis Arce,", "the two Prime Ministers, X and Y,": the parser joins the names
    to the plural as conjuncts, where they are its apposition, naming the same people. Not a name the tagger took for
    a plural ("between X, who speaks for the clans, and Y", X tagged as a plural)."""
    doc = node.doc
    if node.tag_ not in ("NNS", "NNPS") or table.actor_at(node) is not None or not node.conjuncts:
        return False
    if node.i + 1 >= len(doc) or doc[node.i + 1].text != ",":
        return False
    return all((a := table.actor_at(c)) is not None and a.kind is ActorKind.PERSON for c in node.conjuncts)


EXCEPTING_PREPS = frozenset({"except", "besides", "but", "than"})


def _excepted(node: Token) -> list[Token]:
    """Whom "no one" leaves out: "no one except X", "nobody but X", "no leader other than X", "met no one in Tacna
    except X" (the parser may hang "except" on the verb)."""
    holders = [node, *(c for c in node.children if c.dep_ == "amod" and c.lower_ == "other")]
    if node.dep_ in ("dobj", "pobj"):
        holders.append(node.head if node.dep_ == "dobj" else node.head.head)
    found = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in EXCEPTING_PREPS and c.i > node.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(c.dep_ == "cc" and c.lower_ == "but" for c in node.children):
        found += [c for c in node.children if c.dep_ == "conj"]  # "nobody but the president"
    return found


def _no_one(node: Token) -> bool:
    """A party named as no one: "nobody", "none of them", "no European leader", "no one"."""
    if node.lower_ in NO_ONE or (node.lower_ == "one" and node.i > 0 and node.nbor(-1).lower_ == "no"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)


ANYONE = frozenset({"anyone", "anybody"})


def _anyone(node: Token) -> bool:
    """A party named as anyone of a kind: "with any public official", "with anyone's intelligence service",
    "anybody": whoever it may be, no one the text identifies (in a denial, as often, no one was met). Not one of a
    body or state the text names ("anyone from Nordbus", "any official of the ministry", "any Chinese official"),
    which is that body's or state's side."""
    if any(c.dep_ == "prep" and c.lower_ in ("from", "of", "at", "in") for c in node.children):
        return False
    clauses = {t.i for c in node.children if c.dep_ in ("relcl", "acl") for t in c.subtree}  # "who meets the Taliban"
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in node.subtree if t.i != node.i and t.i not in clauses):
        return False
    if node.lower_ in ANYONE:
        return True
    return any(
        (c.dep_ == "det" and c.lower_ == "any") or (c.dep_ == "poss" and c.lower_ in ANYONE) for c in node.children
    )


GOVERNMENT_SIDES = GOVERNMENT_GROUPS | {
    "leader",
    "authority",
    "representative",
    "counterpart",
    "mediator",
    "team",
    "government",
    "emissary",
    "intermediary",
}
"""Heads of a described group that acts for its state: "Turkish officials", "a Chilean delegation"."""


SIDE_GROUP_NOUNS = GOVERNMENT_SIDES | TITLE_NOUNS | MEMBER_NOUNS
"""Heads of a group of two nationalities or more that has each state as a side: "officials", "chiefs", "officers"."""


def _states_as_sides(node: Token, found: list[str], table: ActorTable) -> list[str]:
    """ "Finnish and Swedish defence chiefs met", "Kyrgyz and Kazakh officials held talks", "Israeli and Syrian
    officers had met": a group of two or more nationalities has each state as a side beside it (rule
    party.states-of-group), whatever noun of members of a service it has, as one nationality does
    (``_states_of_group``); the group stays, for the people the text names in it. "Kyrgyz", which the parse made a
    head of its own, is no group."""
    group = table.get(found[0]) if len(found) == 1 else None
    # "the Kenyan and Somali delegations": a body read as an organisation has its two sides too
    if group is None or group.kind not in (ActorKind.GROUP, ActorKind.ORGANIZATION) or node.tag_ not in ("NNS", "NNPS"):
        return []
    if node.lemma_.lower() not in SIDE_GROUP_NOUNS:
        return []
    if len(states := nationalities(node)) < 2 and len(states := _states_listed_after(node)) < 2:
        return []
    if any(c.dep_ in ("amod", "compound") and c.lower_ in NO_STATE_OFFICE_WORDS for c in node.children):
        return []  # "retired Danish and Swedish officers", "former … ministers": they act for no state now
    fired("party.states-of-group")
    sides = [table.country(code, mention=said).id for code, said in states.items()]
    if node.dep_ == "conj" and misread_demonym(node.head):
        return sides
    return (_group_of_each_state(node, states, table) or found) + sides


def _states_listed_after(node: Token) -> dict[str, SpacySpan]:
    """ "her counterparts from Latvia, Lithuania and Finland": the states a group comes from, each listed by its own
    name after "from", are its sides as its nationalities before it are (rule party.states-listed-after); not "the
    mayors of the two towns" nor "officials of the Kenyan and Somali ministries", whose "of" names what they serve."""
    preps = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "from"]
    after = node.i + 1
    if node.dep_ == "dobj" and after < len(node.doc) and node.doc[after].lower_ == "from":
        preps.append(node.doc[after])  # "met her counterparts from X and Y", "from" hung on the verb by the parse
    states: dict[str, SpacySpan] = {}
    for prep in preps:
        for place in (g for c in prep.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)):
            said = node.doc[place.left_edge.i : place.i + 1]
            if said[0].lower_ == "the":
                said = said[1:]
            if (code := gazetteer().state_of(said.text)) and code not in states:
                states[code] = said
    if len(states) >= 2:
        fired("party.states-listed-after")
    return states


def _a_state_of_a_group(node: Token, found: list[str], table: ActorTable) -> bool:
    """ "Russian and U.S. officials", "U.S. and Iranian negotiators": a group of two or more nationalities, one of
    them told by its state's name ("U.S.", "UK"), is the group of them all, as "Russian and American officials" is
    (rule party.states-of-group), not that one state alone: the name the phrase holds is one of its sides."""
    if not found or node.tag_ not in ("NNS", "NNPS") or node.lemma_.lower() not in SIDE_GROUP_NOUNS:
        return False
    if len(states := nationalities(node)) < 2:
        return False
    before = {a.id for t in node.subtree if t.i < node.i and (a := table.actor_at(t)) is not None}
    actors = [table.get(f) for f in found]
    # told before the noun ("U.S. and Iranian officials"), not after it ("ministers from Brunei and Laos")
    return all(a is not None and a.kind is ActorKind.COUNTRY and a.country in states and a.id in before for a in actors)


def _group_of_each_state(node: Token, states: dict[str, SpacySpan], table: ActorTable) -> list[str]:
    """ "the Kenyan and Somali delegations" are two delegations, one of each state (rule party.group-of-each-state):
    each a party of its own, named as one ("Kenyan delegation", with the words the two share: "Ethiopian and Kenyan
    trade missions" give "Kenyan trade mission"), in place of the pair. Only a delegation, mission or team (lexicon
    led_groups), of which a state sends one: "Kenyan and Somali officials" are many people of each, one group."""
    if node.lemma_.lower() not in LED_GROUPS:
        return []
    said_at = {t.i for said in states.values() for t in said}
    shared = [
        c.text for c in node.lefts if c.dep_ in ("amod", "compound") and c.i > max(said_at) and c.i not in said_at
    ]
    fired("party.group-of-each-state")
    return [
        table.add(ActorKind.GROUP, " ".join([said.text, *shared, node.lemma_.lower()]), country=code).id
        for code, said in states.items()
    ]


SHARED_TITLES = frozenset({"official", "representative", "delegate", "diplomat", "leader", "deputy", "aide"})
"""Title nouns many of a state's people hold at once: "their officials" are not the one official the story names."""


def _holders_for_states(node: Token, found: list[str], table: ActorTable) -> list[str]:
    """ "Presidents Mwale and Mbwambo agreed that their foreign ministers would meet": officials of an office who act
    for two states ("their foreign ministers", "the foreign ministers of the two countries") are the one person of
    each state the article gives that office, when each has exactly one (rule party.their-office-holders); the
    people stand for their states, and no group is left beside them."""
    group = table.get(found[0]) if len(found) == 1 else None
    lemma = node.lemma_.lower()
    if group is None or group.kind is not ActorKind.GROUP or node.tag_ != "NNS" or lemma not in TITLE_NOUNS:
        return []
    if lemma == "leader":
        return _leaders_of_each_nationality(node, table)
    if lemma in COUNTERPART_WORDS:
        return _counterparts_of_each_nationality(node, group, table)
    if lemma in SHARED_TITLES:
        return []
    states = _the_two_states(node, table) or _their_sides(node, table)
    # "the Azerbaijani and Georgian presidents": each state a nationality word names, a side beside its holder
    # (rule party.office-of-each-nationality)
    said = {} if states else office_nationalities(node)
    codes = [(actor := table.get(state)) and actor.country for state in states] or list(said)
    if not codes:
        return []
    office = " ".join([*(c.lower_ for c in node.lefts if c.dep_ in ("compound", "amod") and c.is_lower), lemma])
    holders = []
    for code in codes:
        held = [a.id for a in table.persons() if a.country == code and any(_holds_just(t, office) for t in a.titles)]
        if not code or len(held) != 1:
            return []
        holders += held
    if said:
        fired("party.office-of-each-nationality")
        return holders + [table.country(code, mention=words).id for code, words in said.items()]
    fired("party.their-office-holders")
    return holders


def _leaders_of_each_nationality(node: Token, table: ActorTable) -> list[str]:
    """ "The British and French leaders last spoke by phone", after "British Prime Minister X" and "French President
    Y" were named: the one person of each state the article names with a leader's title (rule
    party.leaders-of-each-nationality), with the states beside them as party.office-of-each-nationality has them;
    when any state has none or two such people, nothing, and the states stand for the group
    (party.states-of-group). Only the bare "British and French leaders": "British and French religious leaders" are
    other leaders than the states' (and "former" ones hold no office, ``office_nationalities``)."""
    said = office_nationalities(node)
    if not said or not _only_nationalities_before(node, said):
        return []
    leaders = [the_states_leader(table, code) for code in said]
    if any(leader is None for leader in leaders):
        return []
    fired("party.leaders-of-each-nationality")
    return [leader.id for leader in leaders if leader] + [table.country(c, mention=w).id for c, w in said.items()]


def _only_nationalities_before(node: Token, said: dict[str, SpacySpan]) -> bool:
    """Whether the words before a plural noun are its nationality words alone, joined by "and" or commas, after at
    most a determiner or a number word: "the two Norwegian and Finnish leaders", not "Norwegian and Finnish
    military leaders", whose leaders are the armies'."""
    named = {t.i for words in said.values() for t in words}
    first = min(named | {node.left_edge.i})
    for word in node.doc[first : node.i]:
        if word.i in named or word.dep_ in ("cc", "punct"):
            continue
        if word.i < min(named) and (word.dep_ == "det" or word.like_num):
            continue
        return False
    return True


def _counterparts_of_each_nationality(node: Token, group: Actor, table: ActorTable) -> list[str]:
    """ "talks with his Iranian and Indian counterparts", after "Iranian Oil Minister X" and "Indian Oil Minister Y"
    were named: counterparts hold one office, so they are the one person of each state holding the one office that
    exactly one named person of every state holds (rule party.counterparts-of-each-nationality), with the states
    beside them; no such office, or two, and the states stand for the group (party.states-of-group). The office
    must be the one the person whose counterparts they are holds, as party.counterpart-named matches it: a
    president's counterparts are no foreign ministers; and that person is of none of the states named."""
    said = office_nationalities(node)
    owner = _whose_counterparts(node, group, table)
    if owner is not None and owner.country in said:
        return []
    named = [a for a in table.persons() if a.name not in a.titles]
    holders = [
        {o: [a for a in named if a.country == code and o in offices_of(a)] for o in _offices_in(named, code)}
        for code in said
    ]
    shared = set.intersection(*({o for o, held in h.items() if len(held) == 1} for h in holders)) if said else set()
    if owner is not None and offices_of(owner):
        shared = {o for o in shared if any(holds_title(office_words(t), o) for t in owner.titles)}
    if len(shared) != 1:
        return []
    (office,) = shared
    fired("party.counterparts-of-each-nationality")
    return [h[office][0].id for h in holders] + [table.country(c, mention=w).id for c, w in said.items()]


def _whose_counterparts(node: Token, group: Actor, table: ActorTable) -> Actor | None:
    """The person "his" stands for in "his Iranian and Indian counterparts": the subject of the main clause after it
    when the phrase comes first ("After talks with his … counterparts, Oil Minister X said", rule
    party.fronted-possessive), else the one the group of them is named after ("Ali Rezaei's Iranian and Indian
    counterparts", rule speaker.possessive-staff)."""
    pronoun = next((c for c in node.children if c.dep_ == "poss"), None)
    if pronoun is None:
        return None
    if (fronted := table.get(_fronted_owner(pronoun, table))) is not None:
        return fronted
    return next((a for a in table.persons() if group.name.startswith(f"{a.name}'s ")), None)


def _offices_in(people: list[Actor], country: str) -> set[str]:
    """The offices (``offices_of``) that the people of ``country`` among ``people`` hold, each of which may be the
    one office counterparts of several states share."""
    return {o for a in people if a.country == country for o in offices_of(a)}


def _holds_office(person: Actor, office: str) -> bool:
    return any(_holds_just(title, office) for title in person.titles)


OUT_OF_OFFICE_BEFORE = TITLE_QUALIFIERS | {"outgoing"}
"""Words anywhere before an office in a title that say its bearer does not hold it now ("Former Peruvian President",
"Malawi's acting foreign minister", "the outgoing prime minister")."""
OUT_OF_OFFICE_AFTER = frozenset({"elect", "designate"})
"""Words right after an office that say its bearer does not hold it yet ("President-elect")."""


def _holds_just(title: str, office: str) -> bool:
    """Whether ``title`` holds the office as the phrase names it, with no title word right before and no word
    anywhere before that puts its bearer out of it: "Malawi's foreign minister" holds "foreign minister", "Prime
    Minister" holds "prime minister" but not bare "minister" ("They agreed their ministers will meet": not the prime
    ministers who agreed); "Former Peruvian President", "President-elect" hold no presidency."""
    words, wanted = title.lower().replace("-", " ").split(), office.split()
    return any(
        words[i : i + len(wanted)] == wanted
        and not (i and words[i - 1] in TITLE_NOUNS)
        and not OUT_OF_OFFICE_BEFORE.intersection(words[:i])
        and not OUT_OF_OFFICE_AFTER.intersection(words[i + len(wanted) : i + len(wanted) + 1])
        for i in range(len(words) - len(wanted) + 1)
    )


def _states_of_group(node: Token, found: list[str], table: ActorTable) -> list[str]:
    """The state a group of officials acts for, as a party beside the group: "met Canadian intelligence
    officials" is a contact with Canada (rule party.national-group), and the group is Canadian."""
    actors = [a for a in (table.get(f) for f in found) if a is not None]
    described = (ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.ANONYMOUS)
    lemma = node.lemma_.lower()
    if (
        len(actors) != 1
        # "his Malaysian counterpart", never named: a person only described acts for his state as a group does
        or not (actors[0].kind in described or (actors[0].kind is ActorKind.PERSON and not is_name(actors[0].name)))
        or lemma not in GOVERNMENT_SIDES | MEMBER_NOUNS | (TITLE_NOUNS if actors[0].kind is ActorKind.PERSON else set())
    ):
        return []
    if actors[0].kind is not ActorKind.PERSON and (pair := _the_two_states(node, table) or _their_sides(node, table)):
        return pair  # "officials from the two countries", "their foreign ministers"
    states = nationalities(node)
    # a body the text names is the party itself: "directors of Norsk Hydro"
    own = actors[0].kind is not ActorKind.ORGANIZATION or table.actor_at(node) is actors[0]
    if not states and own and lemma in MEMBER_NOUNS:
        states = _states_of_members(node)
    if len(states) != 1:
        return []  # "Armenian and Azerbaijani negotiators" are both sides (``_states_as_sides``)
    fired("party.national-group")
    ((code, said),) = states.items()
    if actors[0].country is None:
        actors[0].country = code
    return [table.country(code, mention=said).id]


MEMBERS_PREPS = frozenset({"of", "from", "for"})


def _states_of_members(node: Token) -> dict[str, SpacySpan]:
    """The state named in what a group are members of, from or for (rule party.members-of): "two officials from
    Taipei" (a capital or city stands for its state), "lobbyists for the Chilean government trade office",
    "officers of the British military administration" (the body's nationality)."""
    preps = [c for c in node.children if c.dep_ == "prep" and c.lower_ in MEMBERS_PREPS]
    after = node.right_edge.i + 1
    if (
        node.dep_ == "dobj"
        and after < len(node.doc)
        and (hung := node.doc[after]).lower_ == "from"
        and hung.head == node.head
    ):
        preps.append(hung)  # "met two officials from Oslo", "from" hung on the verb by the parse
    states: dict[str, SpacySpan] = {}
    for prep in preps:
        for body in (g for c in prep.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)):
            for said in _places_in(node.doc[body.left_edge.i : body.i + 1]):
                if _backer(said[-1]):
                    fired("party.backer-not-a-side")  # "leaders of the Russia-backed rebels": the rebels' own
                    continue
                if (code := gazetteer().state_of(said.text)) and code not in states:
                    states[code] = said
    if states:
        fired("party.members-of")
    return states


def _places_in(phrase: SpacySpan) -> list[SpacySpan]:
    """Names in a phrase the tagger marks, longest first, each whole: "a Port of Spain property company" names Port
    of Spain, not Spain; "the Independence Party" no town."""
    doc, out, i = phrase.doc, [], phrase.start
    while i < phrase.end:
        for j in range(min(i + 3, phrase.end), i, -1):
            span = doc[i:j]
            if _a_whole_name(span) and gazetteer().state_of(span.text):
                out.append(span)
                i = j
                break
        else:
            i += 1
    return out


def _a_whole_name(span: SpacySpan) -> bool:
    """Capitalised words the tagger marks as names, with no name running on past either end ("Independence" of
    "the Independence Party" is no town)."""
    if not (span[0].text[0].isupper() and span[-1].text[0].isupper()):
        return False
    for token in (t for t in span if t.text[0].isupper()):
        ent = entity_at(token)
        if ent is None or ent.start < span.start or ent.end > span.end:
            return False
    return True


def _owner_of_members(node: Token, found: list[str], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The body or state "its" or "their" stands for, as a party beside its members: "The union says its leaders
    will meet the minister" is a contact with the union (rule party.members-of)."""
    group = table.get(found[0]) if len(found) == 1 else None
    if group is None or group.kind not in (ActorKind.GROUP, ActorKind.ORGANIZATION):
        return []
    if group.kind is ActorKind.ORGANIZATION and table.actor_at(node) is not group:
        return []  # a body named inside the phrase, not the phrase itself ("its delegation" read as a body)
    pronoun = next((c for c in node.children if c.dep_ == "poss"), None)
    its_people = node.lemma_.lower() not in MEMBER_NOUNS
    if its_people and not _its_people(node, pronoun):
        return []
    owner = table.get(resolver.body_of(pronoun)) if pronoun is not None else None
    if owner is None or owner.kind not in (ActorKind.ORGANIZATION, ActorKind.COUNTRY) or owner is group:
        return []
    if its_people:
        assert pronoun is not None
        nearest = nearest_singular(pronoun)
        if nearest is None or table.actor_at(nearest) is not owner:
            return []  # "The government of Chad approved the pipeline. Its opponents met X": the pipeline's
        fired("party.its-people")
    fired("party.members-of")
    return [owner.id]


def _its_people(node: Token, pronoun: Token | None) -> bool:
    """ "Its members met X", "its foreign ministers may sit down with Y": people of a body's, in the plural, whose
    owner "its" can only be a body or state (rule party.its-people, fired by the caller when the owner is the
    nearest singular noun phrase and a party is added); "their" may be anyone's."""
    if pronoun is None or pronoun.lower_ != "its" or node.tag_ != "NNS":
        return False
    return node.lemma_.lower() in PEOPLE_NOUNS


STATE_NOUNS = frozenset({"country", "state", "nation", "government", "capital"})


def _the_two_states(node: Token, table: ActorTable) -> list[str]:
    """ "The two countries", "officials from the two countries", "delegations of both governments": the two
    states named last before (rule party.the-two-states); "the three capitals", "the three countries' leaders": the
    three named last (rule party.the-n-states)."""
    holders = [node, *(g for c in node.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children)]
    holders += [c for c in node.children if c.dep_ == "poss"]  # "the two countries' defence secretaries"
    count = next(
        (
            GROUP_COUNTS[d.lower_]
            for g in holders
            if g.lemma_.lower() in STATE_NOUNS and g.tag_ == "NNS"
            for d in g.children
            if d.lower_ in GROUP_COUNTS
        ),
        None,
    )
    if count is None:
        return []
    own = _go_between_states(node, table)
    named: list[str] = []
    for i in range(node.i - 1, -1, -1):
        actor = table.actor_at_index(i)
        if actor is not None and actor.kind is ActorKind.COUNTRY and actor.id not in named and actor.country not in own:
            named.append(actor.id)
            if len(named) == count:
                fired("party.the-two-states" if count == 2 else "party.the-n-states")
                return named
    return []


def _go_between_states(node: Token, table: ActorTable) -> set[str]:
    """The states of whoever goes "between the two capitals": "Switzerland's ambassador carried messages between the
    two capitals", "Turkey has been carrying messages between the two governments", "mediation by Brazil, whose
    foreign minister shuttled between the two capitals". The one in the middle is no side, so its state is not one
    of the two (rule party.go-between-not-a-side)."""
    if node.head.lower_ != "between":
        return set()
    verb = node.head.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "carried messages between …"
    if verb.pos_ != "VERB":
        return set()  # "talks between the two countries": no one goes between
    goers = [t for s in subjects_of(verb) for t in _phrase_without_clauses(s)]
    if verb.dep_ == "relcl":
        goers.append(verb.head)  # "the Swiss, who carried messages …"
    # "mediation by Brazil, whose foreign minister carried messages …": the one "whose" stands for
    goers += [t.doc[t.i - 2] for t in goers if t.lower_ == "whose" and t.i > 1 and t.nbor(-1).text == ","]
    codes = {a.country for t in goers if (a := table.actor_at(t)) is not None and a.country}
    if codes:
        fired("party.go-between-not-a-side")
    return codes


def _named_in_apposition(antecedent: Token, table: ActorTable) -> Actor | None:
    """ "Fode Camara, a Guinean diplomat who carried letters between …": the person named, whom the description
    the relative clause hangs on is in apposition to (rule party.who-of-an-apposition)."""
    if antecedent.dep_ != "appos" or (actor := table.actor_at(antecedent.head)) is None:
        return None
    if actor.kind is not ActorKind.PERSON:
        return None
    fired("party.who-of-an-apposition")
    return actor


def _phrase_without_clauses(token: Token) -> list[Token]:
    """A noun phrase's words, not those of a clause inside it: "Turkey, which has a base in Mogadishu": Turkey; but
    what a clause on it says it is: "X, who was Brazil's envoy to Lima": Brazil's envoy (not Lima)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl"):
            out += _phrase_without_clauses(child)
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            for attr in (c for c in child.children if c.dep_ == "attr"):
                out += [attr, *(t for c in attr.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree)]
    return out


THEIR_SIDES_SENTENCES = 2
"""Sentences back, the one of "their" included, where the sides "their officials" act for are named."""


def _their_sides(node: Token, table: ActorTable) -> list[str]:
    """ "Ghana and Togo signed an accord. Their foreign ministers will meet": officials owned by "their" act for the
    states or bodies last named together ("Ghana and Togo"), else for the two states of the people and states just
    named ("Presidents Mwale and Mbwambo agreed that their foreign ministers would meet": Malawi and Tanzania; rule
    party.their-officials)."""
    if node.tag_ != "NNS" or not any(c.dep_ == "poss" and c.lower_ == "their" for c in node.children):
        return []
    sents = doc_sents(node.doc)
    start = sents[max(sentence_index(sents, node.i) - THEIR_SIDES_SENTENCES + 1, 0)].start
    for token in reversed(node.doc[start : node.i]):
        if not token.conjuncts or token.dep_ == "conj":
            continue
        sides = [table.actor_at(t) for t in sorted([token, *token.conjuncts], key=lambda t: t.i)]
        bodies = [a for a in sides if a is not None and a.kind in (ActorKind.COUNTRY, ActorKind.ORGANIZATION)]
        if len(sides) >= 2 and len(bodies) == len(sides):
            fired("party.their-officials")
            return list(dict.fromkeys(a.id for a in bodies))
    codes: list[str] = []
    for i in range(node.i - 1, start - 1, -1):
        actor = table.actor_at_index(i)
        if actor is not None and actor.kind in (ActorKind.COUNTRY, ActorKind.PERSON) and actor.country:
            codes = list(dict.fromkeys([*codes, actor.country]))
    if len(codes) == 2:
        fired("party.their-officials")
        return [table.country(code).id for code in codes]
    return []


TIMES = ("DATE", "TIME")
STOPS = (",", ";", "(", "—", "–")


MEASURES = frozenset({*TIMES, "QUANTITY", "CARDINAL", "MONEY", "PERCENT"})
"""Entity types of a phrase that measures something; no party is named by one."""


def _some_of(node: Token) -> bool:
    """ "met with some of the rating agencies", "several of the protesting athletes": a quantifier before "of" and
    a plural names the people it counts (rule party.described-group)."""
    return (
        node.pos_ in ("PRON", "ADJ", "DET")
        and node.lower_ in PARTITIVES
        and any(g.tag_ == "NNS" for c in node.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    )


def _staff_of_a_name(node: Token, found: list[str], table: ActorTable) -> bool:
    """ "Trump aides", "GOP lawmakers": staff or members named by a plural common noun after the name they serve,
    which was found alone for the whole phrase; they are a group of their own, not that person or body."""
    if len(found) != 1 or node.tag_ != "NNS" or not node.text.islower() or node.lemma_.lower() not in STAFF_NOUNS:
        return False
    return any(
        c.dep_ == "compound" and (owner := table.actor_at(c)) is not None and owner.id == found[0]
        for c in node.children
    )


def described_group(node: Token, table: ActorTable) -> str | None:
    """People a contact names by description, not by name: "met with veterans", "with a mix of key Republican
    lawmakers", "workers impacted by the layoffs". A plural common noun party becomes a group actor, with its
    bare head noun as an alias."""
    if node.lemma_.lower() in PARTITIVES:
        node = next((g for c in node.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), node)
    if (
        node.tag_ != "NNS"
        or not node.text[0].islower()
        or node.lower_ in NOT_PEOPLE
        or node.lemma_.lower() in NOUN_MODES
        or is_place(node)
        or node.ent_type_ in MEASURES  # "a meeting of roughly ninety minutes": how long, not who
        or _toured(node)
    ):
        return None
    phrase = _description(node)
    fired("party.described-group")
    group = table.add(ActorKind.GROUP, phrase.text, mention=phrase, key=f"{phrase.text.lower()}@{phrase.start}")
    if node.text not in group.aliases and node.text != group.name:
        group.aliases.append(node.text)
    return group.id


LOCATING_PREPS = frozenset({"outside", "inside", "near", "beside", "opposite", "behind", "around", "beyond"})
"""Prepositions that only say where someone is: what follows them is never a side of the contact."""


def _description(node: Token, where: frozenset[str] = LOCATING_PREPS) -> SpacySpan:
    """The words that describe a party named by a common noun, without its determiner and up to a stop, a time or
    a preposition of ``where`` it was: "key Republican lawmakers" of "with a mix of key Republican lawmakers outside
    the hall on Monday"."""
    doc = node.doc
    end = next(
        (
            t.i
            for t in doc[node.i : node.right_edge.i + 1]
            if t.text in STOPS or t.ent_type_ in TIMES or (t.dep_ == "prep" and t.lower_ in where)
        ),
        None,
    )
    start = node.left_edge.i
    while start < node.i and doc[start].pos_ in ("DET", "CCONJ", "PUNCT"):
        start += 1
    phrase = doc[start : (end if end is not None else node.right_edge.i + 1)]
    return doc[start : node.i + 1] if len(phrase) > 8 else phrase


WHERE_PREPS = LOCATING_PREPS | {"in", "on", "during"}
"""Prepositions after an unnamed person that say where or when the contact was, not who the person is: "a senior
officer in Muscat"."""

UNIDENTIFIED_PEOPLE = INDIVIDUAL_NOUNS | AUDIENCE_NOUNS | {"guard"}
"""Nouns for someone anyone might be ("a man", "a resident", "a voter"), whom one talks to for print ("a
journalist") or who stands by on duty ("an honour guard"): met by one of them, no one in particular was met."""


def an_unnamed_individual(node: Token) -> bool:
    """ "a foreign agent", "an Australian club owner", "an officer of the state security service": one person the
    story never names, introduced by what they are and a word that sets them apart; not "a man", "a journalist",
    nor a bare "a lawyer", whom nothing sets apart, nor one named beside ("a Soviet officer, General X,")."""
    if node.tag_ != "NN" or not node.text[0].islower() or node.lemma_.lower() not in PEOPLE_NOUNS:
        return False
    if node.lemma_.lower() in UNIDENTIFIED_PEOPLE or node.lower_ in NOT_PEOPLE:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in node.children):
        return False
    if any(c.dep_ == "appos" for c in node.children) or _name_set_off_after(node):
        return False
    return any(
        c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with"))
        for c in node.children
    )


def _name_set_off_after(node: Token) -> bool:
    """ "a Soviet officer, Major-General X, …": a name right after the comma that follows the noun, apposed to
    something, however the parser hung it."""
    doc = node.doc
    if node.i + 2 >= len(doc) or doc[node.i + 1].text != "," or doc[node.i + 2].pos_ != "PROPN":
        return False
    name = doc[node.i + 2]
    while name.dep_ in ("compound", "punct") and name.head.i > name.i:
        name = name.head
    return name.dep_ == "appos"


def _described_individual(node: Token, resolver: SpeakerResolver) -> str | None:
    """An unnamed individual met ("had met a foreign agent") is a side of the contact as the story describes them
    (rule party.unnamed-individual), up to where or when they met and without a clause about them."""
    if not an_unnamed_individual(node):
        return None
    phrase = _description(node, WHERE_PREPS)
    clause = min((c.left_edge.i for c in node.rights if c.dep_ in ("relcl", "acl", "amod")), default=phrase.end)
    described = resolver.as_described(phrase[: max(clause - phrase.start, 1)])
    if described is not None:
        fired("party.unnamed-individual")
    return described


VISITING_VERBS = frozenset({"visit", "see", "inspect", "tour"})
"""Verbs whose object may be a place gone round: "visited the camps", "to see the training centres"."""


def _of_a_named_state(place: Token) -> bool:
    """ "the camps on the Indonesian side": places a nationality or a state's name puts in a state, which a visit
    there is a visit to (the phrase is left as it was read)."""
    return any(
        gazetteer().state_of(t.text) is not None
        for t in place.subtree
        if t.i != place.i and t.ent_type_ in ("NORP", "GPE")
    )


def _toured(node: Token) -> bool:
    """ "to meet X and tour grain elevators": what a verb of going takes as its object is where one goes, unless
    it names people ("tour the troops")."""
    if node.dep_ != "dobj":
        return False
    verb, lemma = node.head.lemma_.lower(), node.lemma_.lower()
    if verb in VISITING_VERBS and lemma in TOURED_PLACES and not _of_a_named_state(node):
        fired("party.place-visited")  # "plans to visit the border farms herself": where she goes, not whom
        return True
    return verb in TRAVEL_VERBS and lemma not in PEOPLE_NOUNS


def together_when(trigger: Token) -> list[Token]:
    """The people a "when" clause on a contact has act with its own side: "visited Warsaw in June, when he and
    Foreign Minister X signed an accord", "her visit to Oslo, when she and Prime Minister Y presented a plan"
    (rule party.together-when). The clause hangs on the contact or on its time."""
    holders = [trigger] + [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and g.ent_type_ in TIMES
    ]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in ("relcl", "advcl") or not any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
            ):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.conjuncts:
                return [subject, *subject.conjuncts]
    return []


def _fronted_owner(pronoun: Token, table: ActorTable) -> str | None:
    """ "In the final Mass of his Mexico trip, Francis told …": a possessive before the main clause looks ahead
    to that clause's subject."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    subject = _subject_ahead(pronoun)
    actor = table.actor_at(subject) if subject is not None else None
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    fired("party.fronted-possessive")
    return actor.id


def _subject_ahead(pronoun: Token) -> Token | None:
    """The subject after a fronted possessive of the smallest clause that holds it: the main clause's ("In the
    final Mass of his trip, Francis told …"), or, in quoted words, the quoted clause's (“In addition to his meetings
    with X, the President also had calls with Y,” Z said: the President, never Z, who speaks of him)."""
    for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > pronoun.i), None)
        if subject is not None:
            if verb.i != pronoun.sent.root.i:
                fired("party.fronted-possessive-own-clause")
            return subject
    return None


def _owner_in_reported_clause(pronoun: Token, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """ "Petrov said the foreign minister believed his meeting with Blinken had run too long": a possessive on a
    contact noun inside a clause reported or believed is the person whose clause it is, the subject of the nearest
    verb above the noun's own phrase, not whoever speaks of it (rule party.owner-in-reported-clause)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    noun = pronoun.head
    if noun.lower_ not in NOUN_MODES and noun.lemma_.lower() not in NOUN_MODES:
        return None
    subject = _subject_above(noun)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON" or subject.head.dep_ not in CLAUSE_DEPS:
        return None
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    owner = table.get(resolver.resolve(phrase) or "")
    if owner is None or owner.kind is not ActorKind.PERSON:
        return None
    fired("party.owner-in-reported-clause")
    return owner.id


CLAUSE_DEPS = frozenset({"ccomp", "conj", "xcomp"})
"""How a reported or believed clause hangs on the verb that reports it."""


def _subject_above(noun: Token) -> Token | None:
    """The subject of the nearest verb above a noun's own phrase, climbing only through the clause the noun is the
    subject of ("believed his meeting … was too long": the believer)."""
    below, verb = noun, noun.head
    while verb.i != below.i:
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != below.i), None)
            if subject is not None:
                return subject
            if verb.dep_ not in CLAUSE_DEPS:
                return None
        below, verb = verb, verb.head
    return None


def _of_state_end(node: Token) -> int:
    """Where "heads of state" or "heads of government" ends: one title of three words."""
    doc = node.doc
    if node.lower_ in ("head", "heads") and node.i + 2 < len(doc) and doc[node.i + 1].lower_ == "of":
        if doc[node.i + 2].lower_ in ("state", "government"):
            return node.i + 2
    return node.i


def _of_a_thing_end(node: Token) -> int:
    """Where "the head of the Russian veterinary service" ends, when what it heads is no actor: a single title is
    told by what it is the title of (rule party.title-of-a-thing), not by "the head" alone."""
    if node.lemma_.lower() not in TITLE_NOUNS or node.tag_ != "NN":
        return node.i
    of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == node.i + 1), None)
    objects = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return node.i
    fired("party.title-of-a-thing")
    return _before_its_clause(objects[0])


def _members_of_a_body_end(node: Token, table: ActorTable) -> int:
    """Where "officials of the sport's governing body" ends, when the body is no actor and is described by words of
    its own: people told as members of a body are read with it (rule party.members-of-a-body), so the party is that
    body's people, not "officials"."""
    if node.lemma_.lower() not in MEMBER_NOUNS or node.tag_ != "NNS" or node.i + 1 >= len(node.doc):
        return node.i
    of = node.doc[node.i + 1]
    objects = [g for g in of.children if g.dep_ == "pobj"] if of.lower_ == "of" and of.head.i == node.i else []
    if not objects or objects[0].pos_ != "NOUN" or objects[0].lemma_.lower() in STATE_NOUNS | PEOPLE_NOUNS:
        return node.i
    if not any(c.dep_ in ("amod", "compound", "poss") for c in objects[0].lefts):
        return node.i  # "leaders of the opposition": a bare body, which the group's own name need not carry
    if is_place(objects[0]) or any(table.actor_at(t) is not None for t in objects[0].subtree):
        return node.i  # "leaders of the Teachers Union", "officials of the two countries": read by their own rules
    fired("party.members-of-a-body")
    body = objects[0]
    # "officials of both sides in Nairobi": where they are, or a clause about the body, is not its name
    kept = [c for c in body.rights if c.dep_ not in ("prep", "relcl", "acl", "punct") or c.lower_ == "of"]
    return max([body.i, *(c.right_edge.i for c in kept)])


def _the_one_meeting(node: Token, table: ActorTable) -> set[str]:
    """ "Mr Vinh met the director of the hospital": the subject of the verb a side is the object of, which the
    side's description is not (one does not meet oneself)."""
    verb = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return set()
    return {a.id for s in subjects_of(verb) if (a := table.actor_at(s)) is not None}


def _before_its_clause(noun: Token) -> int:
    """Where a noun's phrase ends before a clause that tells of it: "the hospital where the victims were treated on
    Monday" is "the hospital" (the clause and its date are not the title's)."""
    clauses = [c.left_edge.i for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]
    return min(clauses) - 1 if clauses else noun.right_edge.i


def apposition_end(node: Token) -> int:
    """Where "his Ethiopian counterpart, Dawit Alemu" ends: the name apposed to a description."""
    appositions = [c for c in node.children if c.dep_ == "appos" and not _the_contact_again(c)]
    return appositions[-1].right_edge.i if appositions else node.i


def _the_contact_again(apposed: Token) -> bool:
    """ "called on the chief minister, a visit that was announced at the time": an apposition that names the
    contact itself, not the person (rule party.apposed-contact)."""
    if apposed.lemma_.lower() not in NOUN_MODES and apposed.lower_ not in NOUN_MODES:
        return False
    fired("party.apposed-contact")
    return True


def _named_next(node: Token, table: ActorTable) -> str | None:
    """ "her Serbian counterpart Ivo Petrovic" or "his counterpart, Dawit Alemu", parsed as two phrases: the name
    right after the title (and its comma)."""
    doc = node.doc
    if node.lemma_.lower() not in TITLE_NOUNS or node.tag_ in ("NNS", "NNPS") or node.i + 1 >= len(doc):
        return None
    after = doc[node.i + 2] if doc[node.i + 1].text == "," and node.i + 2 < len(doc) else doc[node.i + 1]
    while after.i + 1 < len(doc) and after.lower_.rstrip(".") in ADDRESS_WORDS and table.actor_at(after) is None:
        after = doc[after.i + 1]  # "the mayor, Mr Nasser Tell": past the form of address
    actor = table.actor_at(after)
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    end = after.i
    while end + 1 < len(doc) and table.actor_at(doc[end + 1]) is actor:
        end += 1
    if end + 1 < len(doc) and doc[end + 1].tag_ in ("VBD", "VBZ", "VBP"):
        return None  # "met the ambassador, Wang Yi said": the one who said it
    return actor.id


TITLE_PHRASE_WORDS = 7
"""The most words of the place or body a title is held in or for ("to the United Nations in Geneva", "of the Inland
Waterways Authority in Mopti")."""


def _named_after_phrase(node: Token, table: ActorTable) -> str | None:
    """ "the Danish ambassador to Kenya, Lars Holm" with the name hung elsewhere by the parse: the person named
    right after a singular title's whole phrase and its comma (rule party.name-after-title-phrase)."""
    doc = node.doc
    if node.lemma_.lower() not in TITLE_NOUNS or node.tag_ in ("NNS", "NNPS") or node.i + 1 >= len(doc):
        return None
    if doc[node.i + 1].text == "," and (title := _apposed_title(node)) is not None:
        # "his Syrian counterpart, the head of the water agency, Dr. X" (rule party.name-after-apposed-title)
        if (named := _named_after_phrase(title, table)) is not None:
            fired("party.name-after-apposed-title")
        return named
    if doc[node.i + 1].pos_ != "ADP":
        return None
    # read along the words, as the parse may hang "to Kenya" on the verb
    end = next(
        (t.i for t in doc[node.i + 2 : node.i + 3 + TITLE_PHRASE_WORDS] if t.is_punct or _clause_verb_word(t)), None
    )
    if end is None or doc[end].text != ",":
        return None
    actor = None
    for token in doc[end + 1 : end + 1 + STYLE_WORDS]:  # "…, Mr. Karim Saleh", "…, H.E. Mr. Vannak Sok"
        actor = table.actor_at(token)
        courtesy = token.text.endswith(".") or token.lower_ in ADDRESS_WORDS | COURTESY_TITLES
        if actor is not None or not (courtesy or (token.is_title and token.lemma_.lower() in TITLE_NOUNS)):
            if actor is None and _glued_mark_of_a_style(token):
                continue
            break
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    fired("party.name-after-title-phrase")
    return actor.id


CAPITALISED_TITLE_WORDS = 12
"""The most words of a capitalised title run straight into its holder's name ("Assistant Secretary of State for East
Asian and Pacific Affairs")."""
TITLE_LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "to", "in"})
"""Small words inside a capitalised title: "Secretary of the Treasury", "Minister for Trade and Industry", "Leader of
the Opposition in Rajya Sabha" (the house the office is held in)."""


def _named_after_capitalised_title(node: Token, table: ActorTable) -> str | None:
    """ "U.S. Under Secretary of State Ann Lee", "Assistant Secretary of State for African Affairs Tom Reed": a state
    or title word that opens a capitalised title written straight before a person's name, which the parse split
    from the name (taking "Under" for a preposition, the name for a conjunct of the verb). The person the title is
    given to is a party, beside the state it is of (rule party.name-after-capitalised-title)."""
    doc = node.doc
    start = table.actor_at(node)
    if not (node.lemma_.lower() in TITLE_NOUNS or (start is not None and start.kind is ActorKind.COUNTRY)):
        return None
    titled = node.lemma_.lower() in TITLE_NOUNS
    last = node
    for token in doc[node.i + 1 : node.i + 2 + CAPITALISED_TITLE_WORDS]:
        actor = table.actor_at(token)
        if actor is not None and actor.kind is ActorKind.PERSON:
            if token.i > 0 and table.actor_at(doc[token.i - 1]) is actor:
                continue  # inside the name
            end = token.i
            while end + 1 < len(doc) and table.actor_at(doc[end + 1]) is actor:
                end += 1
            following = table.actor_at(doc[end + 1]) if end + 1 < len(doc) else None
            if following is not None and following.kind is ActorKind.PERSON:
                last = doc[end]  # "… and Pacific Affairs David Lee": the tagger's "Pacific Affairs" is the title's
                continue
            if last.i == node.i or last.lower_ in TITLE_LINK_WORDS or not titled:
                return None
            fired("party.name-after-capitalised-title")
            return actor.id
        if actor is not None and actor is not start and actor.kind is ActorKind.COUNTRY:
            return None  # "talks with France and Germany's chancellor": another state
        if token.lower_ in TITLE_LINK_WORDS and token.is_lower:
            if last.i == node.i and (start is not None or token.lower_ == "and"):
                return None  # "met France and German Chancellor X", "the Chancellor and President X": two parties
            last = token
            continue
        if token.is_punct or not token.is_title or token.lower_.endswith(("'s", "’s")):
            return None
        titled = titled or token.lemma_.lower() in TITLE_NOUNS
        last = token
    return None


def _apposed_title(node: Token) -> Token | None:
    """The singular title set off by a comma right after ``node`` as its apposition: "his counterpart, the head of
    the water authority" gives "head"."""
    doc = node.doc
    start = node.i + 2
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    return next(
        (
            c
            for c in node.children
            if c.dep_ == "appos"
            and c.i > node.i
            and c.lemma_.lower() in TITLE_NOUNS
            and c.tag_ == "NN"
            and all(t.dep_ in ("compound", "amod") or t.i == c.i for t in doc[start : c.i + 1])
        ),
        None,
    )


STYLE_WORDS = 5
"""The most words of a rank or style between a title's comma and the name: "…, H.E. Mr. Vannak Sok", "…,
Lieutenant-General Ade Ngata"."""

STYLE_ABBREVIATION_LETTERS = 4
"""The most letters of a capitalised style cut short with a stop before a name: "Eng.", "Prof.", "Hon."."""


def _glued_mark_of_a_style(token: Token) -> bool:
    """Whether ``token`` is the hyphen of a rank written in two words ("Lieutenant-General", "Vice-Admiral"), or a
    short capitalised style and the stop the tokenizer split from it ("Eng." of "…, the head of the water
    authority, Eng. Rami Haddad"), so that the name after it is still the one apposed to the title (rule
    party.name-after-styled-rank)."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_:
        glued = doc[token.i - 1].is_title and nxt.is_title
    elif token.is_title and token.is_alpha and len(token) <= STYLE_ABBREVIATION_LETTERS and not token.whitespace_:
        glued = nxt.text == "."
    elif token.text == "." and token.i > 0 and not doc[token.i - 1].whitespace_:
        glued = doc[token.i - 1].is_title and len(doc[token.i - 1]) <= STYLE_ABBREVIATION_LETTERS and nxt.is_title
    else:
        return False
    if glued:
        fired("party.name-after-styled-rank")
    return glued


NOUN_MODIFIER_LINKS = frozenset({"amod", "compound"})
"""Links of a verb's form that only modifies a noun inside a title's phrase: "the ruling party", "the Games organising
committee"."""


def _clause_verb_word(word: Token) -> bool:
    """Whether ``word`` is a verb of a clause, not a participle modifying a noun of a title's phrase ("the president
    of the Games organising committee, X", "the leader of the ruling party, X": rule party.name-after-title-phrase)."""
    return word.pos_ == "VERB" and word.dep_ not in NOUN_MODIFIER_LINKS


def _leader_named_after(leader: Token, table: ActorTable) -> str | None:
    """The person a group's leader is, by a title with the name after its phrase and a comma, when nothing in the
    title's own phrase names a person (rule party.led-by-title-then-name)."""
    if any((a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON for t in leader.subtree):
        return None
    named = _named_after_phrase(leader, table) or _named_next(leader, table)
    if named is not None:
        fired("party.led-by-title-then-name")
    return named


def _any_person(found: list[str], table: ActorTable) -> bool:
    return any((a := table.get(x)) is not None and a.kind is ActorKind.PERSON for x in found)


def _title_holder(found: list[str], node: Token, table: ActorTable) -> list[str]:
    """ "spoke with the Governor-General" after "The Governor-General, Sir Ana Vuni, …": a title the tagger took for
    an organisation is the one person named before with exactly that title (rule party.title-taken-for-a-body)."""
    body = table.get(found[0]) if len(found) == 1 else None
    if body is None or body.kind is not ActorKind.ORGANIZATION:
        return found
    holders = [a for a in table.persons() if any(t.lower() == body.name.lower() for t in a.titles)]
    if len(holders) != 1:
        return found
    told = [i for i, a in table.token_actor.items() if a == holders[0].id]
    if not told or min(told) > node.i:
        return found
    fired("party.title-taken-for-a-body")
    return [holders[0].id]


def _named_only_later(actor_id: str | None, node: Token, table: ActorTable) -> bool:
    """Whether a subject description's resolution is someone the text names only after it, in its own verb's other
    words: "The French president met President Taras Hrytsenko" does not mean Hrytsenko met himself ("The minister,
    Ana Lobo, met X" names her in the subject's own apposition, which is no later mention)."""
    if actor_id is None or node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    told = [i for i, a in table.token_actor.items() if a == actor_id]
    verb = node.head
    return (
        bool(told)
        and min(told) > node.right_edge.i
        and all(_clause_verb(node.doc[i]) == verb and not node.is_ancestor(node.doc[i]) for i in told)
    )


def _clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` is in ("after Chancellor Kohl flew in": "flew", not the verb it hangs on)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _of_its_nationality(actor_id: str | None, node: Token, table: ActorTable) -> str | None:
    """``actor_id`` unless it is of another nationality than the phrase says: "the visiting Kazakh president" is
    not the Chinese president described before, nor anyone of another state."""
    actor = table.get(actor_id)
    if actor is None or len(states := nationalities(node)) != 1:
        return actor_id
    ((code, said),) = states.items()
    if actor.country not in (None, code):
        return None
    if actor.country is None and _titled_of_a_body(actor, node):
        return None  # "the Kenyan President" is not "the club's president"
    if actor.kind is ActorKind.PERSON and not is_name(actor.name) and said.text not in actor.name:
        return None  # a description of someone else ("Chinese President")
    return actor_id


def _state_of_title(node: Token, table: ActorTable) -> str | None:
    """ "the visiting Kazakh president", whom the article never names: a title of one nationality held by no one
    named stands for its state (rule party.national-group)."""
    if node.lemma_.lower() not in TITLE_NOUNS or node.tag_ in ("NNS", "NNPS"):
        return None
    if len(states := nationalities(node)) != 1:
        return None
    fired("party.national-group")
    ((code, said),) = states.items()
    return table.country(code, mention=said).id


def _state_of_unnamed(actor_id: str, node: Token, found: list[str], table: ActorTable) -> list[str]:
    """ "received by Costa Rica's president", "the president of Chile", whom the article never names: one state's
    office holder known by the title alone has that state beside him as a party, as "his Polish counterpart" has
    (rule party.unnamed-holder-state)."""
    actor = table.get(actor_id)
    if actor is None or actor.kind is not ActorKind.PERSON or actor.name not in actor.titles:
        return []
    said = {w.lower_ for w in node.subtree} | set(re.findall(r"[a-z]+", actor.name.lower()))
    if said & NO_STATE_OFFICE_WORDS:
        return []  # "Chile's opposition leader", "the former president of Chile" hold no office of the state now
    code = actor.country or next(iter(_possessing_state(node, table)), None)
    if code is None or (state := table.country(code).id) in found:
        return []  # "his Polish counterpart" has Poland beside him already (rule party.national-group)
    fired("party.unnamed-holder-state")
    return [state]


def _titled_of_a_body(actor: Actor, node: Token) -> bool:
    """Whether every title of the actor's that the noun names is held of something named with it ("the club's
    president", "president of the chamber"), never of a state."""
    titles = [t for t in actor.titles if node.lemma_.lower() in t.lower().split()]
    if titles and all(BODY_OWNED.search(t) for t in titles):
        fired("party.title-of-a-body")
        return True
    return False


def _titled_person(node: Token, table: ActorTable) -> str | None:
    """ "Macron's advisor": the one person the article gives that title, wherever it names him.

    Only a singular title names one person: "the two ministers" are a group.
    """
    if node.lemma_.lower() not in TITLE_NOUNS or node.tag_ in ("NNS", "NNPS"):
        return None
    possessor = next((table.actor_at(c) for c in node.children if c.dep_ == "poss"), None)
    matches = [
        a
        for a in table.persons()
        if a is not possessor and any(node.lemma_.lower() in title.lower().split() for title in a.titles)
    ]
    # "the then Minister of Labour" is not "the current Minister of Labour, Anna Berg" (rule speaker.then-holder)
    matches = [a for a in matches if not any(then_and_now(node, set(t.lower().split())) for t in a.titles)]
    if (qualified := [a for a in matches if any(_has_the_qualifiers(node, t) for t in a.titles)]) != matches:
        fired("party.title-qualifiers")  # "the Kyrgyz prime minister" is not the Kyrgyz energy minister
        matches = qualified
    if holders_told_apart(node, table.persons()):
        # "the speaker of the House of Commons" is not the "speaker of the Knesset", nor one titled "Speaker" alone
        matches = [a for a in matches if body_of_phrase_agrees(node, a.titles)]
    if owned := _possessing_state(node, table):
        # "New Zealand's prime minister", "the president of Mexico": a holder of that state's, never one of another
        # state or of no known one, who is as likely held of some other (rule party.state-of-title)
        matches = [a for a in matches if a.country in owned]
    elif len(states := nationalities(node)) == 1:
        # "the Kazakh minister" after a Kazakh and a Kyrgyz minister: the one of that nationality, never another's
        # one of no known country may be, unless the title is of some body ("the club's president", "president
        # of the chamber"), never a state's (rule party.title-of-a-body)
        matches = [a for a in matches if a.country in states] or [
            a
            for a in matches
            if a.country is None
            and is_name(a.name)  # not "the visiting Kazakh president"
            and not _titled_of_a_body(a, node)
        ]
    if len(matches) > 1:
        # "the Prime Minister" after a "Prime Minister of X" and a "Minister of Energy": the one whose title
        # is the whole phrase, unqualified (rule party.whole-title)
        phrase = " ".join(t.lower_ for t in node.subtree if t.dep_ == "compound" and t.head.i == node.i)
        phrase = f"{phrase} {node.lower_}".strip()
        matches = [a for a in matches if any(holds_title(title, phrase) for title in a.titles)]
        if len(matches) == 1:
            fired("party.whole-title")
    return matches[0].id if len(matches) == 1 else None


SPELLINGS = {"defense": "defence"}
"""Words of a title spelled two ways, read as one."""


def _title_words(text: str) -> set[str]:
    return {SPELLINGS.get(w, w) for w in re.findall(r"[a-z]+", text.lower())}


def _has_the_qualifiers(node: Token, title: str) -> bool:
    """Whether ``title`` has every title or rank word the description puts before its noun, and, when it puts any,
    no rank it lacks: "the prime minister" and "the deputy minister" are titled so, not the "Energy Minister", and
    "the foreign minister" is not the "First Deputy Foreign Minister" (rule party.title-qualifiers)."""
    before = {t.lower_ for t in node.children if t.dep_ in ("amod", "compound") and t.i < node.i}
    said, held = _title_words(" ".join(before & (TITLE_NOUNS | RANK_WORDS))), _title_words(title)
    return said <= held and not (said and (held & RANK_WORDS) - said)


def _possessing_state(node: Token, table: ActorTable) -> dict[str, SpacySpan]:
    """The state a title is said to be of, by a possessive or an of-phrase: "Mexico's president", "the president of
    Mexico" (rule party.state-of-title)."""
    doc = node.doc
    owners = [c for c in node.children if c.dep_ == "poss"]
    of = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"]
    owners += [g for c in of for g in c.children if g.dep_ == "pobj"]
    geo = gazetteer()
    for owner in owners:
        words = doc[owner.left_edge.i : owner.i + 1]
        actor = table.actor_at(owner)
        # "the president of Mexico": a state inside a title may have made no actor of its own
        code = actor.country if actor is not None and actor.kind is ActorKind.COUNTRY else None
        if code := code or geo.country_of(re.sub(r"^the\s+", "", words.text, flags=re.IGNORECASE)):
            fired("party.state-of-title")
            return {code: words}
    return {}


def _named_in(node: Token, table: ActorTable) -> list[str]:
    """Named actors in a phrase, skipping nested clauses and the possessor of a title ("Macron's advisor")."""
    out: list[str] = []
    stack = [node]
    titled = table.actor_at(node) is None and node.lower_ not in NOUN_MODES
    leaders_words: set[int] = set()  # the leader's own phrase: "led by X, a board member of the World Bank"
    own: list[str] = []  # who the group's own phrase names: "a delegation from the district council"
    led_at: Token | None = None  # "led" of "a delegation … led by X"
    while stack:
        token = stack.pop()
        if token.i != node.i and token.dep_ == "poss" and token.head.i == node.i and titled:
            continue
        if _whose_in_apposition(token, node, table):
            fired("party.apposed-title-owner")  # "Ana Lobo, the president's envoy, met X": not the president
            continue
        actor = table.actor_at(token)
        if actor is not None and actor.id not in out:
            out.append(actor.id)
        if actor is not None and token.i not in leaders_words and actor.id not in own:
            own.append(actor.id)
        # a phrase's own conjuncts are parties of their own (see parties_of); those inside an apposition
        # belong to it: "the two ministers, Lena Varga and Ivo Petrovic"
        top = token.i == node.i or (token.dep_ == "appos" and token.head.i == node.i and node.tag_ == "NN")
        skipped = ("relcl", "acl", "advcl", "ccomp", "conj", "cc") if top else ("relcl", "acl", "advcl")
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in LEADING_VERBS:
                leaders = [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                if leaders:
                    fired("party.led-by")  # "a delegation from Niger led by Prime Minister X": X is there
                    led_at = led_at or child
                stack.extend(leaders)
                leaders_words.update(t.i for g in leaders for t in g.subtree)
                # "led by the Minister of State for Foreign Affairs, Mr. X", the name hung elsewhere by the parse
                out += [n for g in leaders if (n := _leader_named_after(g, table)) is not None and n not in out]
                continue
            if child.dep_ in skipped or (top and _includes(child)):
                continue  # the people a group includes are parties of their own (see parties_of)
            if _backer(child):
                fired("party.backer-not-a-side")  # "the Iran-backed militia met X": the militia, not Iran
                continue
            if _where_or_when(child) or _where_a_named_party_is(token, child, table):
                fired("party.not-the-setting")
                continue
            stack.append(child)
    people = [a for a in (table.get(x) for x in out) if a is not None and a.kind is ActorKind.PERSON]
    named = [p for p in people if is_name(p.name)]
    if named or people:
        # "New Zealand Foreign Minister Aroha Tane" is one party; "his counterpart, Dawit Alemu" is Alemu
        led = (_bodies_led(own, table) or _group_led(node, led_at, own, table)) if led_at is not None else []
        return [p.id for p in named or people] + led
    return [_as_state(a, table) for a in out]


def _counted_size(token: Token) -> bool:
    """ "man" of "three-man", "member" of "45-member": the word a hyphen joins to a number to say a group's size."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].like_num


def _group_led(node: Token, led: Token, own: list[str], table: ActorTable) -> list[str]:
    """ "a delegation of the central trade union organisations led by X": a led group whose own words name no body,
    state or person the story knows stands beside its leader as the text describes it (rule
    party.led-group-itself), as the body it comes from would (party.led-group-body)."""
    if own or node.pos_ != "NOUN" or led.i < node.i:
        return []
    doc = node.doc
    start, end = node.left_edge.i, led.left_edge.i
    while start < node.i and (doc[start].pos_ in ("DET", "NUM", "PUNCT") or _counted_size(doc[start])):
        start += 1  # "a three-man team": how many, not who
    while end > node.i + 1 and doc[end - 1].is_punct:
        end -= 1
    phrase = doc[start:end]
    if len(phrase) < 2:
        return []  # "The delegation, led by X": a bare noun says no more than its leader does
    fired("party.led-group-itself")
    return [table.add(ActorKind.GROUP, phrase.text, mention=phrase, key=f"{phrase.text.lower()}@{phrase.start}").id]


def _includes(child: Token) -> bool:
    """ "…, including its president, X": the phrase that names some of a plural group (rule party.group-including)."""
    return child.dep_ == "prep" and child.lower_ == "including" and child.head.tag_ in ("NNS", "NNPS")


def _whose_in_apposition(token: Token, node: Token, table: ActorTable) -> bool:
    """Whether ``token`` owns the title apposed to the named person ``node``: "Tom Reed, President Carter's roving
    ambassador," or "Ana Lobo, the Kremlin's envoy,": the owner says whose envoy she is and takes no part (rule
    party.apposed-title-owner)."""
    if token.dep_ != "poss" or token.head.dep_ != "appos" or token.head.head.i != node.i:
        return False
    person = table.actor_at(node)
    return person is not None and person.kind is ActorKind.PERSON and table.actor_at(token.head) is None


HYPHENS = frozenset({"-", "\u2011", "\u2010"})


def _backer(token: Token) -> bool:
    """ "Iran-backed", "UN-sponsored", "Kremlin-friendly": a name joined by a hyphen to a word of backing (lexicon
    backing_words) says who stands behind the party it describes; that one is no side of the contact."""
    doc = token.doc
    i = token.i
    if i + 2 >= len(doc) or token.whitespace_ or doc[i + 1].text not in HYPHENS or doc[i + 1].whitespace_:
        return False
    return doc[i + 2].lower_ in BACKING_WORDS


def _bodies_led(found: list[str], table: ActorTable) -> list[str]:
    """The bodies a led group comes from, beside its leader: "a delegation from the district council, led by its
    deputy head, X" is the council's as well as X's (rule party.led-group-body)."""
    bodies = [x for x in found if (a := table.get(x)) is not None and a.kind is ActorKind.ORGANIZATION]
    if bodies:
        fired("party.led-group-body")
    return bodies


NEW_OR_PAST_HOLDER = frozenset({"a", "an", "another", "former", "ex", "vice", "deputy"})
"""Words before a state's title that bring in another holder than one the text named ("a US senator") or a holder
of another office ("a former US president", "the US vice president"): the state is read with the title as before."""


def _state_of_a_title(node: Token, found: list[str], table: ActorTable) -> bool:
    """ "spoke with the US secretary of state", "met the UK defence secretary": a state's name compounded into one
    title says whose office it is, as "the French president" does; the party is the holder, not the state alone."""
    if not found or node.tag_ != "NN" or node.lemma_.lower() not in TITLE_NOUNS or table.actor_at(node) is not None:
        return False
    if not any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in node.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in node.children):
        return False  # "the U.S. ambassador to Canada": the post's other state is read with the title as before
    if any(c.lower_ in NEW_OR_PAST_HOLDER for c in node.children if c.i < node.i):
        return False  # "a US senator", "another US senator", "a former US president": not the holder named before
    return all((a := table.get(f)) is not None and a.kind is ActorKind.COUNTRY for f in found)


def _first_of_two_titles(node: Token, table: ActorTable) -> bool:
    """ "Deputy Prime Minister and Foreign Minister Tran Van Long": the first title is the named person's too, not
    someone else (rule party.two-titles)."""
    if node.lemma_.lower() not in TITLE_NOUNS or table.actor_at(node) is not None:
        return False
    described = any(c.dep_ == "det" for c in node.children)  # "The chancellor and President Mikhail Gorbachev"
    for conj in (c for c in node.children if c.dep_ == "conj"):
        named = table.actor_at(conj)
        joined = [t for t in node.doc[node.i + 1 : conj.left_edge.i] if not t.is_space]
        own_title = any(c.dep_ == "compound" and c.lemma_.lower() in TITLE_NOUNS for c in conj.children)
        if described and own_title:
            continue  # a person described, and another with a title of his own: two people
        if named is not None and named.kind is ActorKind.PERSON and [t.lower_ for t in joined] == ["and"]:
            fired("party.two-titles")
            return True
    return False


def _where_or_when(token: Token) -> bool:
    """A phrase the parse hung on a party that tells where or when, not who: "his counterpart on the sidelines of
    the Shangri-La Dialogue", "the envoy on Monday" (rule party.not-the-setting)."""
    if token.dep_ == "prep" and token.lower_ in LOCATING_PREPS:
        return True  # "met protesting farmers outside Government House": where they stood
    if token.dep_ == "prep" and token.lower_ in ("in", "at") and any(_a_named_settlement(g) for g in token.children):
        fired("party.town-of")  # "executives of a copper company in the border town of Zamyn-Üüd": where they met
        return True
    if token.dep_ == "prep" and token.lower_ in ("at", "in") and any(_a_named_venue(g) for g in token.children):
        # "met the leaders of both unions at Harwick Castle", "talks with the opposition in the Presidential
        # Palace": where they met
        fired("party.at-a-venue")
        return True
    return token.dep_ == "prep" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in SIDELINES or g.ent_type_ in TIMES) for g in token.children
    )


def _a_named_settlement(noun: Token) -> bool:
    """ "the border town of X", "the port of Y": a settlement noun with its name after "of", whatever the tagger
    took the name for."""
    return (
        noun.dep_ == "pobj"
        and noun.lower_ in SETTLEMENT_NOUNS
        and any(c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in noun.children)
    )


def _a_named_venue(noun: Token) -> bool:
    """ "Harwick Castle", "the Kemaman Exhibition Centre": a building or site named by its own name, not a seat the
    press names for the body that sits there ("the White House", "the Elysee Palace", which may stand for it)."""
    if noun.dep_ != "pobj" or noun.pos_ != "PROPN" or noun.lower_ not in VENUE_HEADS:
        return False
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.pos_ != "DET"]
    name = " ".join(t.text for t in words)
    return not (gazetteer().is_seat(name) or gazetteer().is_building(name))


def _where_a_named_party_is(token: Token, prep: Token, table: ActorTable) -> bool:
    """ "the Hotel and Tourist Association in Montego Bay": where a party the text names by name sits is not another
    party (a common noun keeps its place: "officials in Seoul" speak for Seoul's state)."""
    named = table.actor_at(token)
    return (
        named is not None
        and named.kind is not ActorKind.COUNTRY
        and prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and any(g.dep_ == "pobj" and is_place(g) for g in prep.children)
    )


def is_name(text: str) -> bool:
    """A proper name, not a description: "Chinese president" and "his counterpart" are descriptions."""
    words = text.split()
    # a title last after a nationality or a common word: "Chinese President", "Chinese president"
    described = (
        len(words) > 1
        and words[-1].lower() in TITLE_NOUNS
        and any(w.islower() or gazetteer().is_demonym(w) for w in words[:-1])
    )
    return (
        bool(words)
        and words[0][0].isupper()
        and words[0].lower() not in ("his", "her", "its", "their", "the")
        and not described
    )


def _demonym_state(actor_id: str, table: ActorTable) -> str:
    """A word for a state's people read as a body of its own ("Kenyan-mediated talks": "Kenyan") stands for the
    state (rule party.demonym-state)."""
    actor = table.get(actor_id)
    geo = gazetteer()
    if actor is None or actor.kind is not ActorKind.ORGANIZATION or not geo.is_demonym(actor.name):
        return actor_id
    if (code := geo.country_of(actor.name)) is None:
        return actor_id
    fired("party.demonym-state")
    return table.country(code).id


def _as_state(actor_id: str, table: ActorTable) -> str:
    """A capital named as a party ("dialogue with Moscow") stands for its state."""
    actor = table.get(actor_id)
    geo = gazetteer()
    if actor is None or actor.kind is not ActorKind.ORGANIZATION or not geo.is_capital(actor.name):
        return actor_id
    code = geo.country_of(actor.name)
    if code is None:
        return actor_id
    state = table.country(code)
    if actor.name not in state.aliases:
        state.aliases.append(actor.name)
    return state.id


def host_state(place: Token, table: ActorTable) -> list[str]:
    """The state whose country or capital a contact took place in: "a summit in the United Kingdom"."""
    state = table.state_at(place)
    return [state.id] if state is not None else []


def person_like(token: Token) -> bool:
    """A party to a contact: a named person, state or body, a pronoun, or a title."""
    return (
        token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or token.lower_ in ("him", "her", "them", "counterpart", "delegation", "envoy")
        or token.lemma_.lower() in TITLE_NOUNS
    )
