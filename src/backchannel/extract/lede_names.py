"""People a story's opening describes and names only in the next paragraph.

Wire copy often opens with a description and names its person after it: "The United Nations' top refugee
official, touring Sarajevo, said … / Sadako Ogata, the U.N. high commissioner for refugees, spoke …"; "…, the head of
the UN atomic watchdog said today. / The comments by Mohamed ElBaradei, head of the International Atomic Energy
Agency, came …". The description is the person titled there: its words and the title share one ("refugee",
"atomic"), though not the head noun a title given before would share ("official" against "high commissioner").
"""

from __future__ import annotations

from spacy.tokens import Span

from ..geo import gazetteer
from ..records import Actor
from .actor_table import ActorTable
from .actor_words import doc_sents, doc_text
from .person_words import PEOPLE_NOUNS
from .trace import fired

STEM = 6
"""Letters two words share to be one word in two forms: "refugee", "refugees"."""
VAGUE_WORDS = frozenset({"top", "senior", "official", "former", "new", "high", "leading", "main", "chief", "the"})
"""Words of a description or title that say how high, not what office: shared, they do not make two the same."""


def named_next(span: Span, table: ActorTable) -> Actor | None:
    """The person a definite description in a story's opening stands for, named in the next paragraph's first
    sentence with a title that shares a word of the description (rule speaker.lede-named-next): "The United
    Nations' top refugee official … said" is "Sadako Ogata, the U.N. high commissioner for refugees". Only when the
    story names no one before the description, and only the one person the sentence first names so; not one of
    another state than the description says."""
    head = span.root
    definite = span[0].lower_ == "the" or any(t.tag_ == "POS" and t.i < head.i for t in span)
    if not definite or head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in PEOPLE_NOUNS:
        return None  # "a diplomat" brings in someone new; a headline's bare "Opposition leader" is left to its rules
    if _anyone_named_before(table, span.start_char):
        return None
    sentence = _next_paragraph_opening(span)
    if sentence is None:
        return None
    said = {t.lower_ for t in span if t.pos_ in ("NOUN", "ADJ") and t.is_alpha} - VAGUE_WORDS
    country = next((code for t in span if (code := gazetteer().country_of(t.text.removesuffix("'s")))), None)
    fitting = [
        person
        for person in table.persons()
        if person.name not in person.titles
        and sentence.start_char <= _first_mention_besides(person, span) < sentence.end_char
        and not (country and person.country and person.country != country)
        and _share_a_word(said, person.titles)
    ]
    if len(fitting) != 1:
        return None
    fired("speaker.lede-named-next")
    table.add_mention(fitting[0], span)  # the contact the description has, told in the lede, is the person's
    return fitting[0]


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


def _share_a_word(said: set[str], titles: list[str]) -> bool:
    """Whether a title has one of a description's words, in the same form or another ("refugee", "refugees")."""
    held = {w.strip(".,()'’").lower() for title in titles for w in title.split()} - VAGUE_WORDS
    return any(a == b or (min(len(a), len(b)) >= STEM and a[:STEM] == b[:STEM]) for a in said for b in held)
