"""A contact told as a habit or a policy, not a happening: "frequently meets with lawmakers", "they often
spoke by phone", and a rate in any tense ("have met twice a year")."""

from __future__ import annotations

from spacy.tokens import Token

from .actor_words import entity_at, inside_quote
from .contact_nouns import names_grouping, officials_of_a_grouping
from .contact_words import (
    FREQUENCY_WORDS,
    GATHERINGS,
    HABIT_HOLDING_VERBS,
    KEEPING_VERBS,
    MANY_WORDS,
    NOUN_MODES,
    RANGE_NOUNS,
    SESSION_HOLDERS,
    SIDELINES,
    UNCOUNTED_WORDS,
)
from .places import is_place
from .story_days import time_of_its_own_on
from .trace import fired
from .when import is_calendar, names_a_day

DETERMINERS = ("det", "poss", "nummod")


def habitual(verb: Token) -> bool:
    """A contact told as a habit or a policy, not a happening: "frequently meets with lawmakers", "as a matter of
    policy, officials do not meet with …", "they often spoke by phone", and in any tense a rate ("have met twice a
    year", "will meet every month"). Otherwise only a simple tense: "will often meet" is still a plan, and a
    headline's present with a named subject ("Trump meets expert") tells news."""
    if any(_rate(t) for c in verb.children for t in (c, *c.children)):
        return True  # "have met twice a year", "meet every month"
    if _many_met(verb, UNCOUNTED_WORDS) and not _a_particular_meeting(verb):
        fired("contact.habit.many-met")  # "met many people in many hotels", "has met numerous officials"
        return True
    if _over_the_years(verb):
        fired("contact.habit.over-the-years")  # "he and Trump have met over the years in the lobby"
        return True
    if _quoted_present(verb):
        fired("contact.habit.quoted-present")  # "Colombia talks to the government in Caracas," she said
        return True
    present = (
        verb.tag_ in ("VBZ", "VBP")
        or any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
        or _finite_read_as_bare(verb)
    )
    if not present and verb.tag_ != "VBD":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_WORDS for c in verb.children) or _now_and_again(verb):
        return True
    policy = any(t.lower_ == "policy" for c in verb.children if c.dep_ in ("prep", "advmod") for t in c.subtree)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    generic = any(
        s.tag_ == "NNS" and not any(c.dep_ in DETERMINERS for c in s.children) and not _grouping_meets_there(verb, s)
        for s in subjects
    )
    # "the president meets all visitors": a many met in the present is a habit (rule contact.habit)
    many = _many_met(verb, MANY_WORDS)
    return present and (policy or generic or many or _anyone_of_a_kind(verb, subjects))


def held_as_a_habit(noun: Token, governor: Token | None) -> bool:
    """ "The governor regularly holds meetings with union leaders", "ambassadors do not hold meetings with the
    president", "spent May regularly holding meetings with legislators": a contact noun taken part in by a verb of
    holding (habit_holding_verbs) that is itself told as a habit or a policy, as a contact verb would be (rule
    contact.habit.held); also a gerund with an adverb of how often and no auxiliary, which has no tense of its own
    ("regularly holding meetings"); and, in quoted words, a holding verb in the simple present with "we" or "they"
    as its subject and no day or occasion, as a contact verb is read there ("“We hold discussions with the envoys
    of many countries”", rule contact.habit.quoted-held; not "“My diary has a meeting with X on the 21st”"). Not
    one held on an occasion ("held talks with X in Rome on Monday") nor a headline's present ("Rebels hold talks
    with government"), which tells news."""
    if governor is None or noun.dep_ != "dobj" or noun.head.i != governor.i:
        return False
    if governor.lemma_.lower() not in HABIT_HOLDING_VERBS or not _closed_by_a_stop(governor):
        return False
    if _quoted_present(governor) and _held_by_people_of_no_day(noun, governor):
        fired("contact.habit.quoted-held")  # "“We hold discussions with the envoys of many countries,” X said"
        return True
    if not (_held_often(governor) or (_held_by_a_kind(governor) and not time_of_its_own_on(governor))):
        return False  # "Rebel leaders hold talks with government envoys in Geneva on Monday": an occasion
    fired("contact.habit.held")
    return True


def _held_by_people_of_no_day(noun: Token, verb: Token) -> bool:
    """Whether a quoted holding verb other than "have" has a personal pronoun as its subject ("we hold
    discussions") and the contact noun names no day or time of its own ("a meeting with X on the 21st" is one)."""
    if verb.lemma_.lower() == "have":
        return False  # "“We have contacts with some leaders. They call …”": ties the words go on to tell
    people = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i", "they", "you") for c in verb.children)
    return people and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def kept_up(noun: Token) -> bool:
    """ "It is in our interest to keep up the dialogue with Russia", "the two countries have maintained healthy
    communications over recent years": a contact noun as the object of a verb of keeping it up is a tie kept over
    time, not a happening (rule contact.habit.kept-up); "keep" only with "up" ("kept the talks secret" is not)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in KEEPING_VERBS:
        return False
    return verb.lemma_.lower() != "keep" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _held_often(verb: Token) -> bool:
    """A holding verb at a rate ("holds talks every month"), or with an adverb of how often in a simple tense or as a
    gerund with no auxiliary ("regularly holds meetings", "regularly holding meetings"); its object is the contact
    noun, so those met are not looked at here."""
    if any(_rate(t) for c in verb.children for t in (c, *c.children)):
        return True
    bare = not any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does", "did") for c in verb.children)
    often = any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_WORDS for c in verb.children) or _now_and_again(verb)
    return often and bare and verb.tag_ in ("VBZ", "VBP", "VBD", "VBG", "VB")


def _held_by_a_kind(verb: Token) -> bool:
    """ "Norwegian envoys do not hold meetings with …": a holding verb in the present whose subject is a kind (a
    plural with no determiner) tells a policy."""
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
    return present and any(
        s.dep_ == "nsubj" and s.tag_ == "NNS" and not any(c.dep_ in DETERMINERS for c in s.children)
        for s in verb.children
    )


def _closed_by_a_stop(word: Token) -> bool:
    """Whether the sentence of a word ends in punctuation, as a headline does not."""
    words = [t for t in word.sent if not t.is_space]
    return bool(words) and words[-1].is_punct


def _quoted_present(verb: Token) -> bool:
    """ "Colombia talks to the government in Caracas," "They meet the farmers, they meet the governments," "When
    the chief adviser speaks to a head of government, we announce it": in quoted words a contact in the simple
    present, with no day or occasion of its own, tells how things stand (a habit, a policy, a stance), not a
    happening; a news brief's present that tells news ("Ghana's foreign minister receives her Ivorian counterpart")
    is the writer's, outside quote marks. Not one set on a day ("goes to Yerevan on Monday") or at an occasion
    ("meets him at the summit"), nor one in a clause of time or condition under a verb that is no simple present
    itself ("will raise it when the two meet"), nor one with no one named after it ("They call and ask not to
    announce these conversations", rule contact.call.they-call, reads callers who do call)."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "to")) for c in verb.children):
        return False
    clauses = [verb]
    while clauses[-1].dep_ == "conj":
        clauses.append(clauses[-1].head)  # "they meet the farmers, they meet the governments"
    # "Next month the Pope visits Kenya and meets X": the day of the verb it is joined to is its own
    if not inside_quote(verb) or any(dated_in_its_clause(v) or _at_an_occasion(v) for v in clauses):
        return False
    clause = clauses[-1]
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
        main = clause.head
        return main.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in main.children)
    return True


def _grouping_meets_there(verb: Token, subject: Token) -> bool:
    """ "when CARICOM foreign ministers meet in Georgetown at the end of the month", "before Nordic ministers meet in
    Oslo": the officials of a grouping of states meeting at a place or on a day of their own are one gathering of
    them, not a habit of officials (rule contact.grouping-meets-there)."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    split = before is not None and before.dep_ in ("nsubj", "csubj") and names_grouping(before)  # "ECOWAS" parsed apart
    if not (officials_of_a_grouping(subject) or (split and subject.lemma_.lower() in SESSION_HOLDERS)):
        return False
    held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children]
    if not (any(is_place(g) for g in held) or dated_in_its_clause(verb)):
        return False
    fired("contact.grouping-meets-there")
    return True


def _anyone_of_a_kind(verb: Token, subjects: list[Token]) -> bool:
    """ "Our commanders meet local authorities as part of their duties", "the admiral does not telephone foreign
    ambassadors", "nobody meets the workers": in a sentence's present, those met only as a kind (a plural with no
    determiner and no name) or met by no one tell a habit (rule contact.habit.kind-met). Not in a headline, whose
    present tells news ("Minister meets farmers"), so only in a sentence closed by its stop."""
    if not verb.sent[-1].is_punct and not any(c.dep_ == "aux" for c in verb.children):
        return False
    if dated_in_its_clause(verb):
        return False  # "the chancellor meets regional governors in Berlin tomorrow": one set for a day
    if any(s.lower_ in ("nobody", "no-one") or (s.lower_ == "one" and _no_before(s)) for s in subjects):
        fired("contact.habit.kind-met")
        return True
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    kind = [
        m
        for m in met
        if m.dep_ in ("dobj", "pobj")
        and m.tag_ == "NNS"
        and not m.ent_type_
        and not any(c.dep_ in (*DETERMINERS, "compound") or c.ent_type_ for c in m.children)
    ]
    if kind and len(kind) == len(met):
        fired("contact.habit.kind-met")
        return True
    return False


def dated_in_its_clause(verb: Token) -> bool:
    """Whether a verb sets itself on a point in time, by a date of its own or one its preposition holds ("meets
    regional governors in Berlin tomorrow", "should meet X in Doha on Tuesday", "should visit Canberra in April"): a
    contact set for then, not a habit nor a wish (rules contact.habit.kind-met, contact.urged); not a date deeper in
    its words ("On our story last week: the county should talk to …"). How often ("every month") is a rate."""
    held = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for word in [*verb.children, *held]:
        ent = entity_at(word) if word.ent_type_ in ("DATE", "TIME") else None
        if ent is not None and is_calendar(ent.text) and not any(_rate(t) for t in ent):
            return True
    return False


def _no_before(word: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _many_met(verb: Token, words: frozenset[str]) -> bool:
    """Whether those met are a plural counted by one of ``words`` ("many visitors"), or a range of them ("a wide
    range of leaders")."""
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if any(m.tag_ == "NNS" and any(c.lower_ in words for c in m.children) for m in met):
        return True
    return any(m.lemma_.lower() in RANGE_NOUNS and _of_plural(m) for m in met)


def _a_particular_meeting(verb: Token) -> bool:
    """ "met various officials in Kyiv on Monday", "met numerous leaders at the summit in Addis Ababa": a many met
    on a day the text names, or at an occasion of its own, is a meeting that took place, unless a frame makes it
    a sum of many ("over the years", "in recent years") or the perfect tells experience ("has met many")."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False  # "has met numerous officials": what one has done in one's time
    times = [t for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree]
    if any(t.ent_type_ == "DATE" and t.tag_ in ("NNS", "NNPS") for t in times):
        return False  # "over the years", "in recent years"
    return on_a_day(times) or _at_an_occasion(verb)


def on_a_day(words: list[Token]) -> bool:
    """Whether ``words`` name a day: a weekday ("on Monday", not "on Mondays"), a date, "yesterday"."""
    return names_a_day(" ".join(t.text for t in words if t.ent_type_ in ("DATE", "TIME")))


OCCASIONS = GATHERINGS | SIDELINES


def _at_an_occasion(verb: Token) -> bool:
    """ "at the summit", "during a visit to Kyiv", "on the sidelines of the forum": an occasion of its own, one
    (not "at summits", nor "at many conferences")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if not {noun.lower_, noun.lemma_.lower()} & (OCCASIONS | NOUN_MODES.keys()):
                continue
            if any(c.lower_ in MANY_WORDS for c in noun.children):
                continue
            bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "compound") for c in noun.children)
            if not bare_plural:
                return True
    return False


FREQUENCY_PHRASES = ("from time to time", "all the time", "at times", "now and then", "now and again")


def _now_and_again(verb: Token) -> bool:
    """ "From time to time the envoy meets …", "stays in contact with them all the time": how often, in words."""
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "advmod"):
            words = " ".join(t.lower_ for t in child.subtree)
            if any(f" {phrase} " in f" {words} " for phrase in FREQUENCY_PHRASES):
                return True
    return False


def _finite_read_as_bare(verb: Token) -> bool:
    """ "the two men \"talk regularly\"": a present verb with a subject of its own and no auxiliary, which the
    tagger took for a bare infinitive (often inside quotation marks)."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _rate(word: Token) -> bool:
    """ "every month", "twice a year", "three times a week": how often, not when ("a day after the visit", "once,
    a week ago")."""
    if word.dep_ not in ("npadvmod", "advmod") or word.lemma_.lower() not in RATE_UNITS:
        return False
    if word.head.lower_ in POINT_IN_TIME or any(c.lower_ in POINT_IN_TIME for c in word.children):
        return False
    determiners = {c.lower_ for c in word.children if c.dep_ in ("det", "nummod")}  # "almost every week"
    if determiners & {"every", "each"} or any(c.lower_ == "per" for c in word.children):
        return True
    counted = word.head.lower_ in TIMES_WORDS or any(c.lower_ in TIMES_WORDS for c in word.children)
    return bool(determiners & {"a", "an"}) and counted


def _over_the_years(verb: Token) -> bool:
    """ "have met over the years", "talked through the decades": an uncounted span of years holds many contacts,
    none told; "over the past two years" counts its years and may frame one."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("over", "through", "across")
        and g.lower_ in ("years", "decades")
        and not any(d.dep_ == "nummod" for d in g.children)
        for c in verb.children
        for g in c.children
        if g.dep_ == "pobj"
    )


TIMES_WORDS = frozenset({"once", "twice", "thrice", "times"})
POINT_IN_TIME = frozenset({"ago", "after", "before", "later", "earlier"})


def _of_plural(noun: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in noun.children
    )


RATE_UNITS = frozenset(
    {"day", "week", "month", "year", "quarter", "fortnight", "weekend", "morning", "afternoon", "evening", "night"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}  # "every Sunday"
)
