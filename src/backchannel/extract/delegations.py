"""The people behind a delegation: named in the sentences after a contact between groups.

News often tells a contact between groups first and names who led them next:
"Saudi and Iranian officials met in Baghdad. The Saudi delegation was led by X,
and the Iranian side by Y", or "Turkish and Armenian envoys met in Vienna.
Turkey's envoy, X, and Armenia's envoy, Y, spent hours together". Those named
people are parties to the contact too. A group counted three or more ("Four of
the city's church leaders met"), followed by that many people named, is those
people. So is "all three ministers", counted three or more, when the contacts told before met exactly that many
people who may hold the office; and "the two sides" are the two bodies of the last contact told between bodies.
Those the next sentences say joined or accompanied a party, or headed a side's delegation, took part too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index, singular
from .contact_words import COMPANY_VERBS, HEADED_GROUPS, LEADING_VERBS, LED_GROUPS, NOUN_MODES
from .held_offices import holds_title
from .lexicon import GROUP_COUNTS, LEADER_NOUNS, PAIR_SIDE_NOUNS, TITLE_NOUNS
from .mentions import Mention
from .parties import subjects_of
from .trace import collecting, fired

LOOK_AHEAD = 2
"""How many sentences after a contact may name its delegations' people."""


def name_delegations(mentions: list[Mention], doc: Doc, table: ActorTable) -> None:
    """Add to each contact between unnamed groups the people the next sentences say led or made up its sides, and
    resolve groups counted among the people or bodies told before ("all three ministers", "the two sides")."""
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    for n, mention in enumerate(mentions):
        here = index[mention.trigger.sent.start]
        if _counted_office_holders(mention, mentions[:n], table):
            continue
        _sides_of_bodies(mention, mentions[:n], table)
        if _counted_named_next(mention, sentences[here + 1 : here + 1 + LOOK_AHEAD], table):
            continue
        _joined_next(mention, sentences[here + 1 : here + 1 + LOOK_AHEAD], mentions[n + 1 :], table)
        parties = [a for p in mention.participants if (a := table.get(p)) is not None]
        groups = [a for a in parties if a.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS)]
        if not groups or sum(a.kind is ActorKind.PERSON for a in parties) >= 2:
            continue
        for sentence in sentences[here + 1 : here + 1 + LOOK_AHEAD]:
            members = _leaders(sentence, table) or _titled_members(sentence, groups, table)
            if members and _led_in_another_contact(sentence, mentions[n + 1 :]):
                with collecting(mention.rules):
                    fired("party.leader-in-another-contact")
                break
            if members:
                mention.add(mention.participants, [a.id for a in members])
                break


def _led_in_another_contact(sentence: SpacySpan, later: list[Mention]) -> bool:
    """Whether the sentence's leading verb hangs in a contact the sentence tells by a verb of its own ("The
    minister met leaders of the federation, headed by Y"): Y led that meeting's side, not a side of the contact
    before (rule party.leader-in-another-contact). "The Saudi delegation was led by X" tells no contact."""
    verbs = [m.trigger for m in later if m.trigger.pos_ == "VERB" and sentence.start <= m.trigger.i < sentence.end]
    leading = [t for t in sentence if t.lemma_.lower() in LEADING_VERBS and t.pos_ == "VERB"]
    return any(verb.is_ancestor(lead) for verb in verbs for lead in leading)


def _joined_next(mention: Mention, ahead: list[SpacySpan], later: list[Mention], table: ActorTable) -> None:
    """People the sentences right after a contact put at it (rule party.joined-next): "X was joined (accompanied)
    by Y", where X is a party ("he" one of its people), and, for a contact with a side no one named leads, "Y (who)
    led a delegation (team, mission)" or "the head of the X delegation, Y". Only up to the next contact a verb tells
    ("The meeting lasted four hours" retells this one): what follows it is about that one; its own sentence only
    for a delegation's head named there."""
    told = [m.trigger.i for m in later if m.trigger.i > mention.trigger.sent.end and m.trigger.pos_ == "VERB"]
    bound = min(told, default=None)
    people = [a for p in mention.participants if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON]
    found: list[str] = []
    for sentence in ahead:
        if bound is not None and sentence.start > mention.trigger.doc[bound].sent.start:
            break
        if len(people) < 2:
            found += _delegation_heads(sentence, table, mention.trigger.sent)  # "The Israeli delegation leader, Y,"
        if bound is not None and sentence.start == mention.trigger.doc[bound].sent.start:
            break
        for verb in (t for t in sentence if t.pos_ == "VERB"):
            lemma = verb.lemma_.lower()
            if lemma in COMPANY_VERBS | LEADING_VERBS and _elsewhere(verb, mention.trigger.sent):
                continue
            if lemma in COMPANY_VERBS and _a_party_joined(verb, mention, people, table):
                found += _persons_of(_agents(verb), table)
            elif lemma in LEADING_VERBS and len(people) < 2 and _the_delegation_told(verb, mention.trigger.sent):
                fired(
                    "party.delegation-led-next"
                )  # "… received a delegation. The delegation was led by its Speaker, Y"
                found += _persons_of(_agents(verb), table)
            elif lemma in LEADING_VERBS and len(people) < 2 and not _passive_marked(verb):
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in LED_GROUPS]
                if objects:
                    leaders = [c for c in verb.children if c.dep_ == "nsubj"]
                    found += _persons_of([_who_is(c) for c in leaders], table)
    found = [f for f in found if f not in mention.participants]
    if found:
        with collecting(mention.rules):
            fired("party.joined-next")
        mention.add(mention.participants, list(dict.fromkeys(found)))


def _the_delegation_told(verb: Token, contact: SpacySpan) -> bool:
    """ "The (X Parliamentary) delegation was led by its Speaker, Y" after a contact whose sentence has a delegation,
    mission or team in it: the passive of a leading verb whose subject is that group, referred back to by "the",
    names who led it (rule party.delegation-led-next)."""
    if not _passive_marked(verb) or not any(t.lemma_.lower() in LED_GROUPS for t in contact):
        return False
    return any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in LED_GROUPS and any(d.lower_ == "the" for d in c.children)
        for c in verb.children
    )


def _delegation_heads(sentence: SpacySpan, table: ActorTable, contact: SpacySpan) -> list[str]:
    """People named as the heads of a delegation or team: "The head of the Egyptian delegation, Ambassador X,
    said", "The Israeli delegation leader, Y, said"; not of a delegation sent to somewhere the contact's sentence
    does not name ("The head of the Israeli delegation to the Paris air show, X, said")."""
    out: list[str] = []
    if any(_sent_elsewhere(n, contact) for t in sentence if t.lemma_.lower() in HEADED_GROUPS for n in _phrase_of(t)):
        return out
    for token in sentence:
        actor = table.actor_at(token)
        if actor is None or actor.kind is not ActorKind.PERSON or actor.id in out:
            continue
        titled = [w for t in actor.titles for w in t.lower().split()]
        described = (
            [t.lemma_.lower() for t in token.head.subtree if t.i < token.left_edge.i] if token.dep_ == "appos" else []
        )
        words = {singular(w) for w in titled} | set(described)
        if words & HEADED_GROUPS and words & LEADER_NOUNS:
            out.append(actor.id)
    return out


def _phrase_of(group: Token) -> list[Token]:
    """The group noun and the nouns its phrase hangs on ("the head of the delegation"), up to a verb."""
    out = [group]
    for a in group.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            break
        out.append(a)
    return out


def _sent_elsewhere(group: Token, contact: SpacySpan) -> bool:
    """ "a delegation to the Paris air show": a group sent "to" somewhere the contact's sentence does not name; a
    delegation "to the talks" is sent to a contact, which may be this one."""
    told = contact.text.lower()
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(g.dep_ == "pobj" and g.text.lower() not in told and not _a_contact(g) for g in p.children)
        for p in group.children
    )


def _a_contact(noun: Token) -> bool:
    """Whether a noun names a contact ("the talks", "the meeting"): contact_words' noun modes."""
    return noun.lower_ in NOUN_MODES or noun.lemma_.lower() in NOUN_MODES


def _who_is(subject: Token) -> Token:
    """The one a relative "who" stands for: "Gen. Ri, the North Korean who heads the team", "Ri, who heads it"."""
    if subject.lower_ != "who" or subject.head.dep_ != "relcl":
        return subject
    noun = subject.head.head
    return noun.head if noun.dep_ == "appos" else noun


def _passive_marked(verb: Token) -> bool:
    """Whether the parse marks ``verb`` passive by an auxiliary or a subject ("was joined by", and "joined by" with
    a passive subject the parse hung on it); grammar.is_passive asks for the auxiliary alone."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


ELSEWHERE_ENTITIES = ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")
"""Kinds of names by which a sentence tells a day or place of its own."""


def _elsewhere(verb: Token, contact: SpacySpan) -> bool:
    """Whether the joining or leading ``verb`` tells another occasion than the contact's sentence: a day, a place or
    an occasion ("at a campaign rally") its contact's sentence does not name ("On Wednesday he was joined by X at a
    rally in Kaduna"), a delegation sent to somewhere else ("led a delegation to China last year"), or a clause
    inside a noun phrase telling a past deed ("Tinubu, who led a delegation"; not the role "who heads the team")."""
    if any(a.dep_ in ("relcl", "acl", "appos") for a in [verb, *verb.ancestors]) and verb.tag_ not in ("VBZ", "VBP"):
        return True
    told = contact.text.lower()
    lemmas = {t.lemma_.lower() for t in contact}
    parts = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")]
    parts += [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    for part in parts:
        for token in part.subtree:
            if token.ent_type_ in ELSEWHERE_ENTITIES and token.text.lower() not in told:
                return True
        objects = [g for g in part.children if g.dep_ == "pobj"]
        if part.lower_ in ("at", "during", "to") and any(
            g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in lemmas for g in objects
        ):
            return True
    return False


def _agents(verb: Token) -> list[Token]:
    """Whom "by" names, with a name the parse hung on the verb ("joined by the commissioner, Mrs. Ngozi Eze")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents + [c for c in verb.children if agents and c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN"]


def _a_party_joined(verb: Token, mention: Mention, people: list[Actor], table: ActorTable) -> bool:
    """Whether the one joined or accompanied is a party: by name, by a title a party holds ("the governor"), or as
    "he"/"she" for the one person who made the contact (its subject's), else its only person."""
    if not _passive_marked(verb):
        return False
    makers = [a for a in people if a.id in mention.actor] or people
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        actor = table.actor_at(subject)
        if actor is not None:
            return actor.id in mention.participants
        if subject.lower_ in ("he", "she") and len(makers) == 1:
            return True
        if subject.lemma_.lower() in TITLE_NOUNS and _bare(subject):
            return any(subject.lower_ in title.lower().split() for a in people for title in a.titles)
    return False


def _bare(noun: Token) -> bool:
    return [c.lower_ for c in noun.children] == ["the"]


def _persons_of(heads: list[Token], table: ActorTable) -> list[str]:
    """The people named by name in the phrases (and their conjuncts, appositions) of ``heads``."""
    out: list[str] = []
    for head in heads:
        for token in (t for h in [head, *head.conjuncts] for t in h.subtree):
            actor = table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON and actor.name not in actor.titles:
                if actor.id not in out:
                    out.append(actor.id)
    return out


MIN_COUNTED = 3
"""The least count of a group named next by its people: "the two leaders" are the pair told before (rule
party.the-two), not two people the next sentence names."""


def _counted_named_next(mention: Mention, ahead: list[SpacySpan], table: ActorTable) -> bool:
    """ "Four of the city's church leaders met on Monday. The host was Bishop A. Around her table sat B, C and D":
    a contact told of a counted group alone is a contact of as many people as the next sentences name, by the end of
    one of them (rule party.counted-named-next). The group's actor, or the state that owns it ("Four of Norway's
    leaders": Norway), gives way to them; their meeting is a gathering of many, which a meeting of two of them, told
    after, does not retell."""
    subject = next(iter(subjects_of(mention.trigger)), None) if mention.trigger.pos_ == "VERB" else None
    count = _count_of(subject) if subject is not None else 0
    if count < MIN_COUNTED or not all(_within(p, subject, table) for p in mention.participants):
        return False
    people: list[Actor] = []
    for sentence in ahead:
        people += [a for a in _people_in(sentence, table) if a not in people]
        if len(people) > count:
            return False
        if len(people) == count:
            _held_by(mention, people, "party.counted-named-next")
            return True
    return False


def _held_by(mention: Mention, people: list[Actor], rule: str) -> None:
    """The counted people are the contact's parties, in place of the group: three or more sat together, so a
    meeting is a gathering, not a pair's meeting told among them."""
    with collecting(mention.rules):
        fired(rule)
    mention.actor.clear()
    mention.recipient.clear()
    mention.participants.clear()
    mention.add(mention.recipient, [a.id for a in people])
    if mention.mode == "meeting":
        mention.mode = "multilateral"


def _counted_office_holders(mention: Mention, before: list[Mention], table: ActorTable) -> bool:
    """ "Kazakhstan's Foreign Minister A held talks with his Kyrgyz counterpart B … had spoken with C. All three
    ministers are expected to meet in May": a contact told of a group alone that counts three or more holders of an
    office is a contact of the people met in the contacts told before who may hold it, when exactly that many did
    (rule party.counted-office-holders). A count of three must never come down to a pair told since; "the two
    ministers" are resolved when contacts are merged (rule party.the-two)."""
    group = table.get(mention.participants[0]) if len(mention.participants) == 1 else None
    counted = _counted_office(group) if group is not None and group.kind is ActorKind.GROUP else None
    if counted is None:
        return False
    count, office = counted
    told = [x for x in before if x.trigger.i < mention.trigger.i]
    people = [
        a
        for p in dict.fromkeys(p for x in told for p in x.participants)
        if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON and _may_hold(a, office)
    ]
    if len(people) != count:
        return False
    _held_by(mention, people, "party.counted-office-holders")
    return True


SIDES = re.compile(r"(?i)(the )?(two|both) sides$")
"""A group named only as the two sides of a dispute or talks."""
PAIR_OF_SIDES = re.compile(rf"(?i)(the )?(two|both) ({'|'.join(map(re.escape, sorted(PAIR_SIDE_NOUNS)))})$")
"""A group named only as a pair of sides of a dispute or talks: "the two rivals", "both camps"."""


def _sides_of_bodies(mention: Mention, before: list[Mention], table: ActorTable) -> None:
    """ "The union and the port authority met on Tuesday. The two sides will meet again": "the two sides" are the two
    bodies of the last contact told between two bodies, when that contact was between bodies, not states or the
    people of two states (whose "two sides" are resolved when contacts are merged, rule party.the-two-sides)
    (rule party.sides-of-bodies)."""
    pairs = [p for p in mention.participants if (a := table.get(p)) is not None and PAIR_OF_SIDES.match(a.name)]
    if len(pairs) == 1 and (pair := _sides_named_together(mention, before, table)) is not None:
        _sides_are(mention, pairs[0], pair, "party.sides-named-together")
        return
    if len(pairs) == 1 and (pair := _bodies_of_that_noun(mention, pairs[0], table)) is not None:
        _sides_are(mention, pairs[0], pair, "party.sides-by-their-noun")
        return
    groups = [p for p in mention.participants if (a := table.get(p)) is not None and PAIR_OF_SIDES.match(a.name)]
    if len(groups) != 1:
        return
    for told in sorted((x for x in before if x.trigger.i < mention.trigger.i), key=lambda x: -x.trigger.i):
        actors = [a for p in told.participants if (a := table.get(p)) is not None]
        bodies = [a for a in actors if a.kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY)]
        states = {a.country for a in actors if a.country and a.kind is not ActorKind.ORGANIZATION}
        if len(bodies) < 2 and len(states) < 2:
            continue
        if len(bodies) != 2 or len(states) >= 2 or any(a.kind is ActorKind.COUNTRY for a in bodies):
            return
        _sides_are(mention, groups[0], bodies, "party.sides-of-bodies")
        return


NOUN_NAMED_SENTENCES = 3
"""Sentences back, the one of "both associations" included, where the two bodies that noun names may stand."""


def _bodies_of_that_noun(mention: Mention, group: str, table: ActorTable) -> list[Actor] | None:
    """ "A delegation of the Beef Importers Association came at the invitation of the Cattlemen's Association. Both
    associations agreed to meet again": a pair counted by a body's noun ("both associations", "the two councils") is
    the two bodies the sentences just before name with that noun as the head of their names, when exactly two do
    (rule party.sides-by-their-noun); never the people named there, who are not bodies."""
    pair = table.get(group)
    noun = singular(pair.name.lower().split()[-1]) if pair is not None else "side"
    if noun in GENERIC_SIDE_NOUNS:
        return None
    doc = mention.trigger.doc
    sentences = doc_sents(doc)
    here = sentence_index(sentences, mention.trigger.i)
    start = doc[sentences[max(here - NOUN_NAMED_SENTENCES + 1, 0)].start].idx
    bodies = [
        a
        for a in table.actors
        if a.kind is ActorKind.ORGANIZATION
        and a.id != group
        and singular(a.name.lower().split()[-1]) == noun
        and any(start <= x.start < mention.trigger.idx for x in a.mentions)
    ]
    return bodies if len(bodies) == 2 else None


GENERIC_SIDE_NOUNS = frozenset({"side", "party", "group", "body", "organisation", "organization"})
"""Nouns of a pair that say no kind of body ("both sides", "the two groups"): no body's name ends with them to match."""


def _sides_are(mention: Mention, group: str, sides: list[Actor], rule: str) -> None:
    """The two sides stand in the contact in place of the group that named them."""
    with collecting(mention.rules):
        fired(rule)
    for role in (mention.participants, mention.actor, mention.recipient):
        if group in role:
            role.remove(group)
    mention.add(mention.recipient, [a.id for a in sides if a.id not in mention.participants])


MODIFIERS = ("compound", "amod", "poss", "nmod")
"""Where names joined by "and" describe something else ("OSCE and EU observers", "Chile and Peru's envoys")."""
SIDES_NAMED_SENTENCES = 3
"""Sentences back, the one of "the two sides" included, where the two sides may have been named together."""


def _sides_named_together(mention: Mention, before: list[Mention], table: ActorTable) -> list[Actor] | None:
    """ "Peru and Chile have clashed over fishing rights. The two sides met in Arica": "the two sides" are the two
    states, bodies or people the text has just named together, joined by "and" or as the subject and object of one
    verb ("Armenia accused Azerbaijan of shelling"), when no contact between two sides was told since (rule
    party.sides-named-together); a contact told later stands nearer, and merging reads the sides from it."""
    doc = mention.trigger.doc
    sentences = list(doc.sents)
    here = next(n for n, s in enumerate(sentences) if s.start <= mention.trigger.i < s.end)
    start = sentences[max(here - SIDES_NAMED_SENTENCES + 1, 0)].start
    told = [x.trigger.sent.end for x in before if x.trigger.i < mention.trigger.i and len(x.participants) >= 2]
    start = max([start, *told])
    for token in reversed(doc[start : mention.trigger.i]):
        if (pair := _pair_at(token)) is not None and all(t.i >= start for t in pair):
            sides = [table.actor_at(t) for t in pair]
            if _alike_sides([a for a in sides if a is not None]):
                return [a for a in sides if a is not None]
    return None


def _pair_at(token: Token) -> list[Token] | None:
    """The two phrases a word joins as sides: itself and its one conjunct ("Peru and Chile"), or, for a verb, its
    subject and object ("Armenia accused Azerbaijan")."""
    if token.dep_ not in ("conj", *MODIFIERS) and len(token.conjuncts) == 1:
        return [token, *token.conjuncts]  # not "with OSCE and EU observers", who are the observers
    if token.pos_ == "VERB":
        subjects = [c for c in token.children if c.dep_ == "nsubj" and not c.conjuncts]
        objects = [c for c in token.children if c.dep_ == "dobj" and not c.conjuncts]
        if len(subjects) == 1 and len(objects) == 1:
            return [subjects[0], objects[0]]
    return None


def _alike_sides(sides: list[Actor]) -> bool:
    """Two different actors of a kind that takes sides together: two states or bodies, or two people."""
    bodies = (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
    if len(sides) != 2 or sides[0].id == sides[1].id:
        return False
    return all(a.kind in bodies for a in sides) or all(a.kind is ActorKind.PERSON for a in sides)


def _counted_office(group: Actor) -> tuple[int, str] | None:
    """The count and office of a group named as holders of an office counted three or more: "All three ministers"
    (3, "minister"), "the four foreign ministers" (4, "foreign minister"); not "the three" alone, nor "the three
    countries"."""
    words = group.name.lower().replace("-", " ").split()
    counts = [n for n, w in enumerate(words) if GROUP_COUNTS.get(w, 0) >= MIN_COUNTED]
    if not counts or counts[0] > 1 or words[0] not in ("the", "all", words[counts[0]]):
        return None
    office = [*words[counts[0] + 1 : -1], singular(words[-1])]
    if len(words) - counts[0] < 2 or office[-1] not in TITLE_NOUNS or not words[-1].endswith("s"):
        return None
    return GROUP_COUNTS[words[counts[0]]], " ".join(office)


def _may_hold(person: Actor, office: str) -> bool:
    """Whether a person may be one of "the three ministers": a title naming that office, a counterpart of someone's,
    or no title known ("the Foreign Minister of Uzbekistan, C" may leave C untitled)."""
    return (
        not person.titles
        or any(holds_title(title, office) for title in person.titles)
        or any("counterpart" in title.lower().split() for title in person.titles)
    )


def _count_of(subject: Token) -> int:
    """How many people a subject counts: "Four of the city's leaders" 4 (however the parse hangs "Four"), "three
    bishops" 3, "the leaders of the four communities" 4 (one each)."""
    first = subject.left_edge
    partitive = [first] if first.i + 1 < len(first.doc) and first.nbor().lower_ == "of" else []
    counts = [subject, *partitive, *(c for c in subject.children if c.dep_ == "nummod")]
    counts += [
        n
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for n in noun.children
        if n.dep_ == "nummod"
    ]
    return next((GROUP_COUNTS[t.lower_] for t in counts if t.lower_ in GROUP_COUNTS), 0)


def _within(actor_id: str, subject: Token, table: ActorTable) -> bool:
    """Whether an actor, not a person, is named inside the subject's phrase ("Norway" of "Four of Norway's
    leaders")."""
    actor = table.get(actor_id)
    low, high = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if actor is None or actor.kind is ActorKind.PERSON:
        return False
    return any(low <= x.start < high for x in actor.mentions)


def _people_in(sentence: SpacySpan, table: ActorTable) -> list[Actor]:
    """The people named by name in a sentence, in order (not those known only by a title); one person twice in the
    table ("the Chief Rabbi, Eli Katz" and "Rabbi Katz") once, by the fuller name."""
    low, high = sentence.start_char, sentence.end_char
    named = [
        (min(x.start for x in a.mentions if low <= x.start < high), a)
        for a in table.persons()
        if a.name not in a.titles and any(low <= x.start < high for x in a.mentions)
    ]
    by_surname: dict[str, Actor] = {}
    for _, actor in sorted(named, key=lambda found: found[0]):
        surname = actor.name.split()[-1]
        known = by_surname.get(surname)
        if known is None or len(actor.name) > len(known.name):
            by_surname[surname] = actor
    return list(by_surname.values())


def _leaders(sentence: SpacySpan, table: ActorTable) -> list[Actor]:
    """ "The Saudi delegation was led by X, and the Iranian side by Y": the people after each "by"."""
    leading = [t.i for t in sentence if t.lemma_.lower() in LEADING_VERBS and t.pos_ == "VERB"]
    if not leading:
        return []
    found: list[Actor] = []
    for by in (t for t in sentence if t.lower_ == "by" and t.i > leading[0]):
        for token in sentence.doc[by.i + 1 : min(by.i + 9, sentence.end)]:
            if token.is_punct and token.text != "-":
                break
            actor = table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON:
                if actor not in found:
                    found.append(actor)
                break
    return found


def _titled_members(sentence: SpacySpan, groups: list[Actor], table: ActorTable) -> list[Actor]:
    """ "Turkey's envoy, X, and Armenia's envoy, Y, …" after "Turkish and Armenian envoys": people titled like
    the group's members, two or more of them."""
    members = {singular(g.name.split()[-1]): "prime" in g.name.lower().split() for g in groups}
    found: list[Actor] = []
    for token in sentence:
        actor = table.actor_at(token)
        if actor is None or actor.kind is not ActorKind.PERSON or actor in found:
            continue
        if any(_titled_as(title, member, prime) for title in actor.titles for member, prime in members.items()):
            found.append(actor)
    return found if len(found) >= 2 else []


def _titled_as(title: str, member: str, prime: bool) -> bool:
    """Whether a title names one of a group's members, ``member`` its noun: not a prime minister for a group of
    ministers that are not prime ministers ("the foreign ministers", "the environment ministers"; rule
    party.members-own-office). Other words before the noun are left alone: the press names portfolios loosely
    ("their commodities ministers" for a trade minister and a minister of plantations and commodities)."""
    words = title.lower().split()
    if member not in words:
        return False
    at = words.index(member)
    if prime or not at or words[at - 1] != "prime":
        return True
    fired("party.members-own-office")
    return False
