"""One name, two kinds: the tagger reads some mentions of a person's name as an organisation's ("Chairman Ruto
… Ruto's residence … Ruto said he"), so that the person and a body of the same name become two actors and
pronouns, titles and parties find only one of them (rule actor.person-by-evidence). The organisation is folded into
the person when the text itself marks the name as a person's: an office or a person's noun as a title, a form of
address before a mention, a given name opening the name, or "X said he/she". Without such a mark the two stay as
they are: "the talks with Nordvik … Nordvik's board" names a company the tagger once took for a person."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import HONORIFICS
from .gender import given_names
from .lexicon import SPEECH_VERBS
from .name_forms import honorific_size
from .person_words import COURTESY_TITLES, PEOPLE_NOUNS, RELATIVE_NOUNS
from .short_names import fold_into
from .trace import fired

GENDERED_SUBJECTS = frozenset({"he", "she"})


def fold_bodies_named_as_people(table: ActorTable) -> None:
    """Fold each organisation whose name, without a form of address, is a person's name or alias into that person,
    when the text marks the person as one (``_marked_as_person``)."""
    for org in [a for a in table.actors if a.kind is ActorKind.ORGANIZATION]:
        name = HONORIFICS.sub("", org.name)
        bearers = [p for p in table.persons() if name in (p.name, *p.aliases)]
        if len(bearers) != 1 or org.id not in table.by_id:
            continue
        if _marked_as_person(table, bearers[0]):
            fired("actor.person-by-evidence")
            fold_into(table, org, bearers[0])


def _marked_as_person(table: ActorTable, person: Actor) -> bool:
    """Whether the text marks ``person`` as a person: a title naming an office or a person ("Chairman", "his
    Turkish counterpart", "his future wife"; not one lower-case word such as "a major" that may be an adjective),
    a given name opening a name of two words or more, a form of address before a mention ("Mr", "Datuk Seri"), or
    a mention saying something of himself or herself ("X said he would …")."""
    for title in person.titles:
        words = title.split()
        if words and words[-1].lower() in PEOPLE_NOUNS | RELATIVE_NOUNS and (len(words) > 1 or title[0].isupper()):
            return True
    words = person.name.split()
    if len(words) >= 2 and words[0].lower() in given_names():
        return True
    doc = table.doc
    for mention in person.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if addressed_at(doc, span.start - 1) or HONORIFICS.match(span.text):
            return True
        if _says_of_self(span.root):
            return True
    return False


def addressed_at(doc: Doc, at: int) -> bool:
    """Whether a form of address ends at token ``at``: "Mr", "Dr.", "Datuk Seri", "Bishop"."""
    return at >= 0 and (doc[at].lower_.rstrip(".") in COURTESY_TITLES or honorific_size(doc, at) > 0)


def _says_of_self(name: Token) -> bool:
    """ "X said he would not go", "X told reporters she had met …": the name is the subject of a verb of speech
    whose reported clause has "he" or "she" for subject."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in GENDERED_SUBJECTS for c in clauses for s in c.children)
