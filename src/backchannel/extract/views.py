"""How someone sees a thing (rule ``quote.seen-as``).

"Many voters see him as the stronger candidate", "some view the nomination as a takeover": a verb of regarding
(``regarding_verbs`` in data/vocab/lexicon.toml) with an object and an "as" phrase attributes the object with the
phrase to the subject. In the passive ("the pier is regarded as unsafe", "the base is considered a contender")
the subject with the phrase is attributed to the "by" agent, or to no one named. Without "as" (or, for the
passive, a predicate) "see" is sight ("saw him at the rally") and attributes nothing.

Any other verb casts its object as something in the speaker's words when the "as" phrase, or the object, is
quoted (rule ``quote.cast-in-quotes``): "blasted the mayor as a “fraud”", "is going after the senator as
“unfit”", "listed “Christian” as their religion". The quote marks say whose words they are: the subject's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .grammar import is_passive
from .lexicon import REGARDING_VERBS
from .quotemarks import DOUBLE_MARKS
from .trace import fired

PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp"})


@dataclass(frozen=True)
class Regard:
    """Token ranges (inclusive) of what is attributed, and the agent of a passive (None when active)."""

    content: list[tuple[int, int]]
    agent: Token | None
    passive: bool


def regard_at(verb: Token) -> Regard | None:
    """The view ``verb`` reports: its object (or passive subject) with the "as" phrase or the predicate."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REGARDING_VERBS:
        return None
    passive = is_passive(verb)
    head = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if head is None and not passive and (small := _small_clause(verb)) is not None:
        return Regard([(small.left_edge.i, small.right_edge.i)], None, False)
    if head is None or _stands_outside(head, passive):
        return None
    if head.lower_ in TOLD_THING_PRONOUNS:
        fired("quote.seen-as-pronoun")  # "pilots see it as a threat": the view of the thing just told
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    # the parser may hang "as" on the agent ("was seen by some as a demotion") or on a participle after the
    # object ("see the elections held Sunday as a test")
    hosts = [verb, head, *(c for c in head.children if c.dep_ == "acl" and c.i > head.i), *([agent] if agent else [])]
    as_phrase = next(
        (c for host in hosts for c in host.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > head.i), None
    )
    if as_phrase is None and passive:
        as_phrase = next((c for c in verb.children if c.dep_ in PREDICATE_DEPS and c.i > verb.i), None)
    if as_phrase is None and not passive and (clause := _as_clause(verb, head)) is not None:
        return Regard([(head.left_edge.i, clause.right_edge.i)], None, False)
    if as_phrase is None or (as_phrase.lower_ == "as" and not list(as_phrase.children)):
        return None
    if passive:
        return Regard([(head.left_edge.i, head.right_edge.i), (as_phrase.i, as_phrase.right_edge.i)], agent, True)
    return Regard([(head.left_edge.i, as_phrase.right_edge.i)], None, False)


TOLD_THING_PRONOUNS = frozenset({"it", "that", "this"})
"""Pronouns for the thing just told, as the object of an active verb of regarding: "pilots see it as a threat",
"diplomats regard that as a long shot" (rule quote.seen-as-pronoun)."""


def _stands_outside(head: Token, passive: bool) -> bool:
    """Whether the object (or passive subject) ``head`` stands for words outside the view: a relative ("which the
    board sees as …", "who was regarded as …"), whose noun the view does not hold; or, in the passive with no
    "by" phrase, "it"/"that" ("it was seen as a snub"), which no one named holds ("This was seen by diplomats as a
    snub" is the diplomats' view)."""
    if head.tag_ == "WDT" or head.lower_ in ("which", "who", "whom"):
        return True
    unheld = not any(c.dep_ == "agent" for c in head.head.children)
    return passive and head.lower_ in TOLD_THING_PRONOUNS and unheld


SMALL_CLAUSE_VERBS = frozenset({"consider"})
"""Regarding verbs whose object and predicate need no "as" ("considers the pier a hazard")."""


def _small_clause(verb: Token) -> Token | None:
    """ "The mayor considers the pier a hazard" (rule quote.seen-as): the object and its predicate, which the parser
    made a verbless clause of the verb's, right after it; not a clause with a verb of its own ("considers that …")."""
    if verb.lemma_.lower() not in SMALL_CLAUSE_VERBS:
        return None
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ in ("NOUN", "ADJ")
            and clause.left_edge.i == verb.i + 1
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        ):
            return clause
    return None


def _as_clause(verb: Token, head: Token) -> Token | None:
    """ "see the mayor as most likely to deliver", "see her resolve as driven by …": the "as" phrase the parser
    made a clause of its own (opened by "as", with no subject), hung on the verb or inside the object."""
    for clause in (*verb.children, *head.subtree):
        if (
            clause.dep_ == "advcl"
            and clause.i > head.i
            and clause.left_edge.lower_ == "as"
            and clause.left_edge.dep_ in ("mark", "advmod")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        ):
            return clause
    return None


QUOTE_MARK_TOKENS = frozenset(DOUBLE_MARKS) | {"‘", "’", "''", "``"}
RELATIVE_TAGS = frozenset({"WDT", "WP"})
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})
"""What may follow quoted words without being part of the cast: when, where, how."""
PHRASAL_PREPS = frozenset({"after", "to", "at", "against"})
"""Prepositions of a verb whose object is the one cast: "going after X as …", "referred to X as …" (not "on": "appeared
on the calendar as …" casts the subject)."""


@dataclass(frozen=True)
class Cast:
    """A verb casting its object "as" something in quoted words: token ranges (inclusive) as in ``Regard``."""

    verb: Token
    content: list[tuple[int, int]]
    cue_end: Token
    """The last word of the cue: the verb, or its preposition ("going after", "referred to")."""


def cast_in_quotes(as_word: Token) -> Cast | None:
    """The cast that the "as" phrase at ``as_word`` completes, when its words or its object's are quoted."""
    if as_word.lower_ != "as" or as_word.dep_ != "prep" or not any(c.dep_ != "punct" for c in as_word.children):
        return None
    if any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in as_word.children):
        return None  # "quoted her as saying …" is quote.quoted-as-saying
    head = as_word.head
    if head.pos_ == "VERB":
        verb, cue_end = head, head
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < as_word.i), None)
        prep = next((c for c in head.children if c.dep_ == "prep" and c.i < as_word.i), None)
        if obj is None and prep is not None and prep.lower_ in PHRASAL_PREPS:
            cue_end, obj = prep, next((g for g in prep.children if g.dep_ == "pobj"), None)
    elif head.dep_ == "dobj" and head.head.pos_ == "VERB":
        verb, cue_end, obj = head.head, head.head, head
    elif head.dep_ == "pobj" and head.head.lower_ in PHRASAL_PREPS and head.head.head.pos_ == "VERB":
        verb, cue_end, obj = head.head.head, head.head, head
    else:
        return None
    if any(t.pos_ not in ("PART", "ADV", "ADP") for t in verb.doc[verb.i + 1 : cue_end.i]):
        return None  # "met the mayor at the pier as …": a place, not whom the verb is about
    if obj is None or verb.lemma_.lower() in REGARDING_VERBS or is_passive(verb):
        return None
    doc = as_word.doc
    end = _cast_end(verb, as_word)
    marks = [t.i for t in doc[obj.left_edge.i : end + 1] if t.text in QUOTE_MARK_TOKENS]
    if len(marks) < 2:
        return None
    tail = [t for t in doc[marks[-1] + 1 : end + 1] if t.head.i <= marks[-1] or t.head.i > end]
    if marks[0] > as_word.i and tail and all(t.dep_ in ADJUNCT_DEPS and t.lower_ != "of" for t in tail):
        end = marks[-1]  # "as a “disgrace” during a campaign stop": the quoted words end the cast
    if obj.tag_ in RELATIVE_TAGS:
        # "an explosion that the mayor described as “an intentional act”": the relative stands for the noun it
        # narrows; after a comma ("the plan, which she described as …"), or with no noun ("what she described
        # as …"), it stands alone
        narrows = verb.dep_ == "relcl" and obj.i > 0 and doc[obj.i - 1].text != ","
        return Cast(verb, [(verb.head.left_edge.i if narrows else obj.i, obj.i), (as_word.i, end)], cue_end)
    return Cast(verb, [(obj.left_edge.i, end)], cue_end)


def _cast_end(verb: Token, as_word: Token) -> int:
    """The last token of the "as" phrase, with a quotation opened in it closed ("as “a politician” who “has never
    held a job.”") and a second cast joined to it that the parse hung on the verb ("as “reckless” and a “grave
    threat”")."""
    doc = as_word.doc
    end = as_word.right_edge.i
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.i > end]
    if joined and doc[end + 1 : joined[0].left_edge.i].text.strip(' ,"“”') in ("and", "or", ""):
        end = joined[0].right_edge.i
    opened = sum(t.text in QUOTE_MARK_TOKENS for t in doc[as_word.i : end + 1]) % 2 == 1
    sentence_end = as_word.sent.end
    if opened:
        end = next((t.i for t in doc[end + 1 : sentence_end] if t.text in QUOTE_MARK_TOKENS), end)
    return end
