"""People a story's opening describes and names only in the next paragraph.

Wire copy often opens with a description and names its person after it: "The United Nations' top refugee
official, touring Sarajevo, said … / Sadako Ogata, the U.N. high commissioner for refugees, spoke …"; "…, the head of
the UN atomic watchdog said today. / The comments by Mohamed ElBaradei, head of the International Atomic Energy
Agency, came …". The description is the person titled there when a word that qualifies its head noun is in the title
("refugee", "atomic"): the head noun itself is no evidence, as every official or envoy shares it ("the UN envoy" is not
"Syrian envoy X"), unless the title is that noun alone ("Russia's Balkan envoy … / envoy Viktor Chernomyrdin"). A
title of another rank ("Deputy Foreign Minister") or state ("Syrian") than the description says is another person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import doc_sents, doc_text
from .person_words import PEOPLE_NOUNS
from .trace import fired

RANKS = frozenset({"deputy", "vice", "assistant", "acting", "under"})
"""Words of a title that make its holder the second to an office, not its holder: "Deputy Foreign Minister X"."""
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "staffer"})
"""Heads of descriptions of one who speaks or works for another: "the foreign ministry spokesman" is not the
minister the next paragraph names (who the spokesman speaks for is left to speaker.named-again and its kin)."""
VAGUE_WORDS = frozenset({"top", "senior", "official", "former", "new", "high", "leading", "main", "chief", "the"})
"""Words of a description or title that say how high, not what office: shared, they do not make two the same."""


def named_next(span: Span, table: ActorTable) -> Actor | None:
    """The person a definite description in a story's opening stands for, named in the next paragraph's first
    sentence with a title that has a word qualifying the description's head, or is that head alone (rule
    speaker.lede-named-next): "The United Nations' top refugee official … said" is "Sadako Ogata, the U.N. high
    commissioner for refugees". Only when the story names no one before the description, and only the one person the
    sentence first names so; not one of another state, or of another rank, than the description says. Never a
    description of someone's spokesman or aide ("the president's spokesman"), or one that holds a name."""
    head = span.root
    definite = span[0].lower_ == "the" or any(t.tag_ == "POS" and t.i < head.i for t in span)
    if not definite or head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in PEOPLE_NOUNS:
        return None  # "a diplomat" brings in someone new; a headline's bare "Opposition leader" is left to its rules
    if head.lemma_.lower() in SPEAKS_FOR or _someone_elses(span) or _holds_a_name(span, table):
        return None
    if _anyone_named_before(table, span.start_char):
        return None
    sentence = _next_paragraph_opening(span)
    if sentence is None:
        return None
    fitting = [
        person
        for person in table.persons()
        if person.name not in person.titles
        and sentence.start_char <= _first_mention_besides(person, span) < sentence.end_char
        and _fits(span, person)
    ]
    if len(fitting) != 1:
        return None
    fired("speaker.lede-named-next")
    table.add_mention(fitting[0], span)  # the contact the description has, told in the lede, is the person's
    return fitting[0]


def _someone_elses(span: Span) -> bool:
    """Whether the description is of someone held by a person: "the minister's aide", "the prime minister's chief of
    staff", "the wife of the president" are not the minister or the president the next paragraph names."""
    for t in span:
        of_object = t.dep_ == "pobj" and t.head.lower_ == "of"
        if (t.dep_ == "poss" or of_object) and t.lemma_.lower() in PEOPLE_NOUNS:
            return True
    return False


def _holds_a_name(span: Span, table: ActorTable) -> bool:
    """Whether the description names its person itself ("The top diplomat, John Kerry,"): then it is that person."""
    return any((a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON for t in span)


def _fits(span: Span, person: Actor) -> bool:
    """Whether one of the person's titles is the description's: it shares a word qualifying the description's head
    ("refugee", "atomic") or is the head alone ("envoy"), has its rank ("deputy") and names no state it does not."""
    head = span.root
    qualifiers = {t.lower_ for t in span if t.i != head.i and t.pos_ in ("NOUN", "ADJ") and t.is_alpha} - VAGUE_WORDS
    ranks = {t.lower_ for t in span} & RANKS
    states = _states(t.text for t in span)
    if states and person.country and person.country not in states:
        return False
    for title in person.titles:
        held = _title_words(title)
        if {w.lower() for w in held} & RANKS != ranks:
            continue  # "the foreign minister" is not "Deputy Foreign Minister X"
        if not _states(held) <= states:
            continue  # "the UN envoy" is not "Syrian envoy X"
        lowered = {w.lower() for w in held} - VAGUE_WORDS
        if any(_one_word(a, b) for a in qualifiers for b in lowered) or lowered == {head.lower_}:
            return True
    return False


def _states(words: Iterable[str]) -> set[str]:
    """The states capitalised words name ("Russia's", "Syrian"); not "us" or "chad" in lower case."""
    found = (gazetteer().country_of(w.removesuffix("'s").removesuffix("’s")) for w in words if w[:1].isupper())
    return {code for code in found if code}


def _first_mention_besides(person: Actor, span: Span) -> int:
    """Where the text first names ``person`` other than by the description ``span`` (which a first resolution adds
    to the person's mentions); -1 for none."""
    starts = [m.start for m in person.mentions if not span.start_char <= m.start < span.end_char]
    return min(starts, default=-1)


def _anyone_named_before(table: ActorTable, offset: int) -> bool:
    """Whether the text names a person in full before character ``offset``: then a description may be that person,
    and one named later is no more likely to be the one described."""
    return any(
        m.start < offset and m.text == a.name for a in table.persons() if a.name not in a.titles for m in a.mentions
    )


def _next_paragraph_opening(span: Span) -> Span | None:
    """The first sentence of the paragraph after the one ``span`` stands in; None at the text's end."""
    text = doc_text(span.doc)
    end = text.find("\n", span.end_char)
    if end < 0:
        return None
    start = len(text) - len(text[end:].lstrip())
    sentence = next((s for s in doc_sents(span.doc) if s.start_char <= start < s.end_char), None)
    return sentence if sentence is not None and sentence.start_char == start else None


def _title_words(title: str) -> set[str]:
    """A title's words, hyphened words apart ("Vice-President")."""
    return {w.strip(".,()'’") for w in re.split(r"[\s-]+", title) if w.strip(".,()'’")}


def _one_word(a: str, b: str) -> bool:
    """Whether two words are one in the same or the plural form ("refugee", "refugees"); not "ministry" and
    "minister", which share their first letters only."""
    return a == b or a + "s" == b or b + "s" == a
