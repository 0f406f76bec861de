"""Contact mentions: the places in a text that tell of a meeting, visit, call or talks.

A mention is found from the parse, never from a keyword alone: a contact verb
with its parties ("met X", "spoke by phone with X", "visited Moscow"), or a
contact noun that the sentence treats as a happening ("held talks with X",
"Bonn's visit", "a visit by X to Moscow", "no such meeting took place").
Background mentions ("after the talks, ...") and figurative uses ("called
for", "met the demands") are not contacts. Each mention carries its mode,
status (from negation, modality and tense, not from the verb alone), parties,
place, topics and date text; ``events`` merges mentions into events.

Whether a verb or a noun tells a contact, and in which mode, is decided in
``contact_verbs`` and ``contact_nouns``, where it took place in ``places``;
``verb_mentions`` and ``noun_mentions`` build the mention from them (its
parties, the host state among them, status, place, topics and date), over the
``Mention`` record and shared readings of ``mentions``. This module finds the
candidates, makes one mention per side of a plural contact, and has
``trip_purposes`` fold a purpose into its trip ("visited Moscow to meet
officials").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import ActorKind, EventStatus, Span
from . import background_verbs, contact_habits, contact_nouns, contact_stances, contact_verbs
from .actor_table import ActorTable
from .asked_for import asked_for
from .calls_each import calls_each
from .circumstances import date_text_of
from .contact_words import EXHORTING_VERBS, NOUN_MODES, PHONE_WORDS, STOP_NOUNS
from .counterpart_lists import each_before, each_planned, one_session
from .destinations import one_per_destination
from .doc_index import doc_index
from .grammar import is_passive
from .lexicon import SPEECH_VERBS
from .listed_after import listed_after
from .many_sides import many_sided_noun
from .mentions import Mention
from .noun_mentions import noun_mention
from .parties import host_state, parties_of, subjects_of, together_when
from .places import (
    place_fronted,
    place_in,
    place_of_the_side_before,
    place_of_the_subject,
    place_of_verb,
    place_told_before,
)
from .said_after import date_and_place_of_the_saying
from .speakers import SpeakerResolver
from .trace import collecting, fired, judged, rejected
from .trip_purposes import fold_purposes
from .trip_scene import carry_trip_places
from .verb_mentions import verb_mention

CANDIDATE_WORDS = contact_verbs.CONTACT_VERBS | frozenset(NOUN_MODES) | STOP_NOUNS | contact_nouns.EXPECTED_WORDS
"""The words that can tell a contact: a contact verb by its lemma, a contact noun by its form or lemma. Other
tokens are looked at only when done "by phone" with someone (``_candidates``, rule contact.verb.done-by-phone)."""


def _candidates(doc: Doc) -> list[Token]:
    """The tokens that can tell a contact, in document order: the words of ``CANDIDATE_WORDS`` and any verb done "by
    phone" ("agreed with X by phone": rule contact.verb.done-by-phone) and "present" with credentials (rule
    contact.verb.present-credentials)."""
    index = doc_index(doc)
    words = index.with_lemma_or_lower(CANDIDATE_WORDS)
    presented = contact_verbs.credentials_presented(index.with_lemma_or_lower(contact_verbs.CREDENTIAL_WORDS))
    over_a_line = contact_verbs.done_over_a_line(index.with_lemma_or_lower(PHONE_WORDS))
    return sorted({*words, *over_a_line, *presented}, key=lambda t: t.i)


def find_mentions(doc: Doc, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    mentions: list[Mention] = []
    for token in _candidates(doc):
        rules: list[str] = []
        with collecting(rules):
            mention = None
            if token.pos_ == "VERB" and (
                not background_verbs.backgrounded_verb(token) or contact_verbs.errand_told_after(token)
            ):
                mention = verb_mention(token, table, resolver)
            if mention is None and (token.pos_ in ("NOUN", "PROPN") or _adjective_as_noun(token)):
                mention = noun_mention(token, table, resolver)
            if mention is None and token.lower_ in contact_nouns.EXPECTED_WORDS:
                mention = _expected_visit(token, table, resolver)
            if mention is not None and _yes_no_question(token):
                mention = rejected("contact.yes-no-question")  # "Did the two men also meet in Nairobi?"
            if mention is not None and _urged_of_others(token):
                mention = rejected("contact.urged-others")  # "urged the government to open talks with X"
            if mention is not None and asked_for(token):
                mention = rejected("contact.asked-for")  # "stressed the need for exchanges, including visits"
            if mention is not None and contact_stances.refused_until(token):
                mention = rejected("contact.stance.refused-until")  # "will not meet X until the crossings reopen"
            if mention is not None and contact_stances.permitted_only(token):
                mention = rejected("contact.permitted-only")  # "was authorised to talk to the rebels"
            if mention is not None and contact_habits.kept_up(token):
                mention = rejected("contact.habit.kept-up")  # "to keep up the dialogue with Russia"
            if mention is not None:
                _add_together(mention, table, resolver)
                date_and_place_of_the_saying(mention)  # "said in Lisbon on Monday after talks with X"
                _place_at_the_scene(mention)
        judged(token.i, mention is not None, rules)
        if mention is not None:
            mention.rules = rules
            for side in _one_per_side(mention, table):
                mentions += one_per_destination(side, table)
            mentions += _again_with(mention, table, resolver)
            # "telephoned X, Y of A and Z of B over the weekend", Y parsed as a gapped object: a call with each still
            mentions += [
                one for gapped in _gapped_objects(mention, table, resolver) for one in _each_called(gapped, table)
            ]
            mentions += listed_after(mention, table, resolver)
    folded = fold_purposes(mentions, table)
    carry_trip_places(folded)
    return folded


def _each_called(mention: Mention, table: ActorTable) -> list[Mention]:
    """The mention as one call with each of several states it has on its other side (rule contact.call-each), or as
    it is."""
    return calls_each(mention, table) or [mention]


def _place_at_the_scene(mention: Mention) -> None:
    """ "There, X sat down with Y": a contact with no place of its own is where its subject's own phrase puts it
    ("X, who is in Brussels for the summit, met Y") or where the story last was; not a call, which is had from
    afar."""
    if mention.place is not None or mention.mode == "phone":
        return
    in_person = mention.trigger.pos_ == "VERB" and mention.mode != "third-party"
    if in_person and (where := place_of_the_subject(mention.trigger)) is not None:
        mention.place = where
    elif (where := place_fronted(mention.trigger)) is not None:
        mention.place = where  # "In France, Musk will speak at a conference and is expected to meet Macron"
    elif (where := place_told_before(mention.trigger)) is not None:
        fired("place.told-before")
        mention.place = where
    elif (where := place_of_the_side_before(mention.trigger)) is not None:
        mention.place = where


QUESTION_OPENERS = frozenset(
    {"did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "is", "are", "was", "were", "should"}
)


def _yes_no_question(token: Token) -> bool:
    """A sentence that asks whether something happened ("Q: Did the two men meet in Nairobi?", "Has Burundi replied
    to the invitation to the Kigali summit?") tells no contact; a wh-question ("Why did they meet?") takes it as
    given, and the answer that follows tells its own."""
    words = [t for t in token.sent if not t.is_space]
    # the question the contact is told in, up to its mark: '"Did X meet Y?" asked the senator' asks as well
    asked = next((n for n, t in enumerate(words) if t.text == "?" and t.i > token.i), None)
    if asked is None:
        return False
    words = words[: asked + 1]
    while words and words[0].is_quote:
        words = words[1:]
    if len(words) < 3:
        return False
    if words[1].text == ":" and (words[0].is_upper or words[0].text == "Question"):
        words = words[2:]  # a transcript's label
    words = _past_the_lead(words)
    return bool(words) and words[0].lower_ in QUESTION_OPENERS


QUESTION_LEADS = frozenset({"and", "but", "so", "then", "well", "now"})
"""Words that lead into a question without being part of what it asks: "And is there any prospect of …?"."""
VOCATIVE_WORDS = 3
"""Most words a vocative before its comma has: "Kari,", "Mr President,", "Foreign Minister Lund,"."""


def _past_the_lead(words: list[Token]) -> list[Token]:
    """The question proper, past a word that leads into it and a vocative: "And is there …?", "Kari, is there
    going to be a meeting …?", "Minister, did you meet …?" (rule contact.yes-no-question)."""
    while words and words[0].lower_ in QUESTION_LEADS:
        words = words[1:]
        if words and words[0].text == ",":
            words = words[1:]  # "So, did they meet …?"
    comma = next((i for i, t in enumerate(words[: VOCATIVE_WORDS + 1]) if t.text == ","), None)
    if comma and all(t.text[0].isupper() and t.pos_ in ("PROPN", "NOUN") for t in words[:comma]):
        words = words[comma + 1 :]  # a name or a title the question is put to
    return words


def _again_with(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    """ "spoke by telephone with Valk and with Tamm", "met with X on Monday and with Y on Tuesday" (rule
    contact.again-with): a "with" said again is another contact of the same side, not one of three."""
    verb = mention.trigger
    if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "held talks with X on Monday and with Y on Tuesday"
    if verb.pos_ != "VERB":
        return []
    holders = [verb] if verb is mention.trigger else [verb, mention.trigger]
    firsts = [c for t in holders for c in t.children if c.dep_ == "prep"]
    # the parse may join the second "with" to the first one's date ("with X on Monday and with Y"), or to the verb
    # ("held talks with Zarif and then with Kerry")
    agains = [c for t in [*firsts, verb] for c in t.children if c.dep_ == "conj" and c.lower_ == "with"]
    out = []
    for again in agains:
        others = parties_of([g for g in again.children if g.dep_ == "pobj"], table, resolver)
        if not others or not mention.actor:
            continue
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i == again.right_edge.i + 1), None)
        date_text = date_text_of(again) or (date_text_of(after) if after is not None else None)
        mention.recipient = [r for r in mention.recipient if r not in others]
        mention.participants = [p for p in mention.participants if p not in others or p in mention.actor]
        one = replace(
            mention,
            recipient=[],
            participants=list(mention.actor),
            date_text=date_text or mention.date_text,
            rules=[*mention.rules, "contact.again-with"],
        )
        one.add(one.recipient, others)
        out.append(one)
    return out


def _urged_of_others(token: Token) -> bool:
    """ "urged the government to open direct talks with X", "called on the government to hold talks with Y",
    "appealed to the two presidents to meet": a contact others are urged to hold is a call for talks, not a contact
    (rule contact.urged-others). One who asks for a meeting of his own ("asked X to arrange a meeting") is left."""
    verb = token if token.pos_ == "VERB" else contact_nouns.verb_above(token)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in EXHORTING_VERBS:
        return False
    urging = verb.head
    urged = [c for c in urging.children if c.dep_ == "dobj"]
    urged += [c for c in urging.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")]
    return bool(urged)


def _gapped_objects(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    """ "met Biden on Monday and Kishida on Tuesday" (rule contact.gapped-object): a person the parse joined to the
    verb itself, its "met" left out, is another contact of the same side, with its own date and place."""
    verb = mention.trigger
    if verb.pos_ != "VERB" or not mention.actor or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    # the parse joins the person to the verb, or to the date or place before it ("on Monday and Tamm on Tuesday")
    adjuncts = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    joined = [c for t in [verb, *adjuncts] for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    out = []
    for person in joined:
        if person.head.i != verb.i and person.head.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
            continue
        actor = table.actor_at(person)
        if actor is None or actor.kind is not ActorKind.PERSON:
            continue
        others = [p for p in parties_of([person], table, resolver) if p not in mention.participants]
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i == person.right_edge.i + 1), None)
        place = place_of_verb(person)
        if place is None and after is not None and after.lower_ in ("in", "at"):
            place = next((p for g in after.children if g.dep_ == "pobj" and (p := place_in(g)) is not None), None)
        date_text = date_text_of(person) or (date_text_of(after) if after is not None else None)
        if not others or not (date_text or place):
            continue  # "met X in Paris and Y": one meeting, as the parse may also read it
        fired("contact.gapped-object")
        one = replace(
            mention,
            recipient=[],
            participants=list(mention.actor),
            date_text=date_text,
            place=place,
            rules=[*mention.rules, "contact.gapped-object"],
        )
        one.add(one.recipient, others)
        out.append(one)
    return out


def _adjective_as_noun(token: Token) -> bool:
    """ "held a bilateral with X": a contact word the tagger read as an adjective, in a noun's place (rule
    contact.noun.adjective-as-noun)."""
    if token.pos_ != "ADJ" or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return False
    fired("contact.noun.adjective-as-noun")
    return True


def _add_together(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> None:
    """Whoever a "when" clause has act with a side of the contact takes part in it (rule party.together-when)."""
    heads = together_when(mention.trigger)
    together = parties_of(heads, table, resolver)
    others = [p for p in together if p not in mention.participants]
    # "when he and X …" or "when Novak and X …" (not "when Poland and Lithuania …", the state visited and another)
    people = [p for p in together if p in mention.participants and (a := table.get(p)) and a.kind is ActorKind.PERSON]
    ours = bool(people) or any(t.pos_ == "PRON" for t in heads)
    if others and ours:
        fired("party.together-when")
        mention.add(mention.recipient if mention.actor else mention.participants, others)


def _one_per_side(mention: Mention, table: ActorTable) -> list[Mention]:
    """ "Biden was arranging calls with both Sanders and Clinton", "Israel is conducting talks with India, South
    Korea and China": a plural contact noun with one side and several named others tells one contact with each."""
    trigger = mention.trigger
    if mention.mode != "third-party" and _told_separately(trigger):
        return _one_per_separate_side(mention, table)
    if senders := _several_from(mention, table):
        fired("contact.one-per-sender")  # each sender called the one who had the calls, not the other way round
        return [mention.with_one([one], mention.recipient[0], "contact.one-per-sender") for one in senders]
    if called := calls_each(mention, table):
        return called  # "telephoned X of A, Y of B and Z of C": one call with each
    if before := each_before(mention, table):
        return before  # "has met previously with A, B and C": a past meeting with each
    if planned := each_planned(mention, table):
        return planned  # "will also meet President A, Speaker B and Minister C": a call on each
    others = [
        r
        for r in mention.recipient
        if (a := table.get(r)) is not None and a.kind in (ActorKind.PERSON, ActorKind.COUNTRY)
    ]
    listed = [r for r in mention.recipient if not _group_of_listed_states(r, others, table)]
    if trigger.tag_ != "NNS" or len(mention.actor) != 1 or len(others) < 2 or len(others) != len(listed):
        return [mention]
    if many_sided_noun(trigger) or one_session(mention):
        return [mention]  # "three-way talks with Chile and Ecuador": one contact of the three
    if mention.mode == "third-party":
        return [mention]  # "talks chaired by X" between A and B: one contact of the go-between with both
    if len(listed) < len(mention.recipient):
        fired("contact.group-of-listed-states")  # the group stands for its states, each a side of its own
        mention = replace(mention, rules=[*mention.rules, "contact.group-of-listed-states"])
    return _with_each_side(mention, others, table)


def _with_each_side(mention: Mention, others: list[str], table: ActorTable) -> list[Mention]:
    """One contact with each of ``others`` (rule contact.one-per-side); a state listed beside a person of it ("talks
    with his Iranian and Indian counterparts", read as the two ministers with their states) is that person's side,
    in that person's contact, not a contact of its own (rule contact.person-with-own-state)."""
    countries = [a.country for r in others if (a := table.get(r)) and a.kind is ActorKind.PERSON]
    people = {
        a.country: r
        for r in others
        if (a := table.get(r)) and a.kind is ActorKind.PERSON and a.country and countries.count(a.country) == 1
    }
    own = {
        r: people[a.country]
        for r in others
        if (a := table.get(r)) and a.kind is ActorKind.COUNTRY and a.country in people
    }
    split = []
    for other in (r for r in others if r not in own):
        one = mention.with_one(list(mention.actor), other, "contact.one-per-side")
        if states := [state for state, person in own.items() if person == other]:
            fired("contact.person-with-own-state")
            one.add(one.recipient, states)
        split.append(one)
    return split


def _group_of_listed_states(party: str, others: list[str], table: ActorTable) -> bool:
    """ "bilateral meetings with Latvian and Finnish officials", "with the Leaders of the delegations from Samoa and
    Tonga": a group told by the states it comes from, two of them or more, each a side already, stands for them
    (rule contact.group-of-listed-states); the contacts are with each state."""
    group = table.get(party)
    if group is None or group.kind is not ActorKind.GROUP:
        return False
    states = [a for o in others if (a := table.get(o)) is not None and a.kind is ActorKind.COUNTRY]
    inside = [s for s in states if any(_within(m, g) for m in s.mentions for g in group.mentions)]
    return len(inside) >= 2


def _within(inner: Span, outer: Span) -> bool:
    """Whether the text of ``inner`` lies inside that of ``outer``."""
    return outer.start <= inner.start and inner.end <= outer.end


def _several_from(mention: Mention, table: ActorTable) -> list[str]:
    """ "received telephone calls from X, President of A; Y, President of B; and Z" (rule contact.one-per-sender):
    plural calls or messages had from several named people or states, the one who had them on the other side, are
    one from each; not a singular "a call from X and Y", one call of the two together. The parse may hang the
    senders after a semicolon on the noun itself, as its appositions."""
    trigger = mention.trigger
    if trigger.tag_ != "NNS" or len(mention.recipient) != 1 or many_sided_noun(trigger) or _calls_for(trigger):
        return []
    froms = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    listed = [g for g in froms if g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children)]
    after_semicolon = [
        c for c in trigger.children if c.dep_ == "appos" and c.i > 0 and c.doc[c.left_edge.i - 1].text == ";"
    ]
    if not (listed or (froms and (after_semicolon or _list_after_semicolon(trigger)))):
        return []
    heads = [t for a in [*after_semicolon, *_list_after_semicolon(trigger)] for t in (a, *a.conjuncts)]
    extra = [a.id for t in heads if (a := table.actor_at(t)) is not None]
    senders = list(dict.fromkeys([*mention.actor, *extra]))
    lone = all((a := table.get(p)) is not None and a.kind in LONE_SIDES for p in senders)
    return senders if len(senders) >= 2 and lone and mention.recipient[0] not in senders else []


def _calls_for(trigger: Token) -> bool:
    """ "received calls from X and Y for an inquiry": calls "for" something, with no word of the telephone, are
    demands made together, not one call from each."""
    phoned = any(c.lower_ in PHONE_WORDS - {"call"} for c in trigger.children if c.dep_ in ("compound", "amod"))
    # the parse may hang the "for" on the verb that has the calls ("received calls from X for an inquiry")
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    return not phoned and any(c.dep_ == "prep" and c.lower_ == "for" for h in holders for c in h.children)


def _list_after_semicolon(trigger: Token) -> list[Token]:
    """The heads of a list the sentence splitter cut off at a semicolon ("calls from X, President of A; Y, President
    of B; and Z"): the verbless pieces that follow a sentence ending in ";"."""
    heads: list[Token] = []
    sent = trigger.sent
    while sent.end < len(trigger.doc) and sent[-1].text == ";":
        sent = trigger.doc[sent.end].sent
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            break
        heads.append(root)
    return heads


APART_WORDS = frozenset({"separately", "respectively"})
"""Adverbs of a contact verb that tell it was had with each of those listed apart."""


def _told_separately(trigger: Token) -> bool:
    """ "separate talks with", "met … separately", "met respectively with X and Y", "spoke with X and Y in separate
    calls": the contact was had with each apart. Not "a separate meeting between X and Y" (another meeting, of the
    two together), nor a sentence's opening "Separately, …" (other news)."""

    def separate(word: Token) -> bool:
        # "separate talks", "separate calls"; not "a separate meeting", another one
        return word.tag_ in ("NNS", "NNPS") and any(c.lower_ == "separate" for c in word.children if c.dep_ == "amod")

    if any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return False
    # "met … separately", and the "respectively" of official readouts ("met respectively with X, Y and Z")
    apart = any(c.lower_ in APART_WORDS and c.i > c.sent.start for c in trigger.children if c.dep_ == "advmod")
    in_separate = any(
        separate(g) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
    )
    return apart or in_separate or separate(trigger)


LONE_SIDES = (ActorKind.PERSON, ActorKind.COUNTRY)
"""Sides that are each one party: a group or a body and its officials may be one side told twice."""


def _one_per_separate_side(mention: Mention, table: ActorTable) -> list[Mention]:
    """ "held separate talks with the FDP and the Greens", "met Lund and Berg separately", "Lund and Berg met
    separately with the envoy" (rule contact.separately): one contact for each of the several on one side, never
    one between them; with no one on the other side, each is left alone and dropped as one-sided."""
    if len(mention.recipient) >= 2:
        return [mention.with_one(mention.actor, other, "contact.separately") for other in mention.recipient]
    lone = all((a := table.get(p)) is not None and a.kind in LONE_SIDES for p in mention.actor)
    if len(mention.actor) >= 2 and mention.recipient and lone:
        return [mention.with_one([one], mention.recipient[0], "contact.separately") for one in mention.actor]
    if len(mention.actor) >= 2 and not mention.recipient and lone:
        # "Aram and Bakir held separate talks in Brussels": no talks between the two; each is left alone
        return [
            replace(mention, actor=[one], participants=[one], rules=[*mention.rules, "contact.separately"])
            for one in mention.actor
        ]
    return [mention]


def _expected_visit(token: Token, table: ActorTable, resolver: SpeakerResolver) -> Mention | None:
    """ "The president is expected in Nairobi next week", "Lavrov is due in Ankara on Friday" (rule
    contact.expected-in): someone expected in a foreign place is to visit it, its state the host. Being expected
    for talks, or expected to do something, is told by the words that follow."""
    if token.lower_ == "expected" and token.tag_ == "VBN" and is_passive(token):
        holder, subjects = token, [c for c in token.children if c.dep_ == "nsubjpass"]
        if not subjects and token.dep_ == "conj":
            fired("party.expected-shares-subject")  # "X held talks in Warsaw and are expected in Kiev in May"
            # "X held talks in Warsaw, two people said, and are expected in Kiev": the parse joins it to the teller
            told = [c for c in token.head.children if c.dep_ == "ccomp"] if token.head.lemma_ in SPEECH_VERBS else []
            subjects = subjects_of(told[0]) if told else subjects_of(token)
    elif token.lower_ == "due" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        holder, subjects = token.head, subjects_of(token.head)
    else:
        return None
    complements = [c for t in (token, holder) for c in t.children]
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in complements):
        return None  # "expected to meet X", "due in Rabat for talks": the contact is told there
    places = [c for c in complements if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    place = next((p for prep in places for g in prep.children if g.dep_ == "pobj" and (p := place_in(g))), None)
    visitors = parties_of(subjects, table, resolver)
    host = host_state(place, table) if place is not None else []
    state = table.get(host[0]) if host else None
    home = {a.country for v in visitors if (a := table.get(v)) is not None}
    if not visitors or state is None or state.country in home:
        return None  # a visitor at home, or a place with no state known, tells no visit
    fired("contact.expected-in")
    mention = Mention(trigger=token, mode="visit", status=EventStatus.PLANNED, place=place)
    mention.add(mention.actor, visitors)
    mention.venue_state = host
    mention.add(mention.recipient, host)
    mention.date_text = date_text_of(token) or date_text_of(holder)
    return mention
