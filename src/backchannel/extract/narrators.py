"""The narrator: the person a first-person piece is written by, whose "I" and "me" in their own words are theirs.

A memoir extract ("In this extract from his memoir, the envoy Ana Ruiz recalls …"), an opinion piece ("OPINION … By
Omar Haddad … The author was Tunisia's foreign minister") or a column tells its contacts in the writer's own first
person: "I met the Algerian foreign minister in Algiers", "the minister telephoned me at my hotel", "When I asked him
…". Those are the writer's meetings and questions (rules ``party.narrator`` and ``speaker.narrator``).

The writer is credited in one of two ways. A standfirst before the first-person text says who remembers ("the
Kenyan diplomat Joseph Kariuki recalls …"). Or the byline names one person ("By Omar Haddad", not "By BBC News" nor
"By Our Correspondent") and the piece says it is opinion, a column or an extract: a label over it ("OPINION:", "Book
extract"), a columnist's byline, or a note on its author ("The author was …", "Omar Haddad is a former …"). A news
dispatch whose reporter says "I" once or twice is no first-person piece: the reporter's interviews are no contacts.
The writer's own words are what no one else says in them: not inside quote marks, not after a colon in the sentence
("Berg told reporters: I have asked …"), not in a dash-quoted line, not in a letter the piece reproduces ("Dear …"),
and not in a transcript or an interview printed as questions and answers, whose "I" is the interviewee's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .doc_index import doc_index
from .gender import PRONOUN_GENDER, gender_of
from .interviews import QUESTION_AND_ANSWER
from .lexicon import BYLINE_ROLES, NARRATOR_FORMS, ORGANIZATION_WORDS, RECALLING_VERBS
from .outlets import is_outlet_name
from .quotemarks import find_quoted
from .transcripts import TURN

QA_LABELS = re.compile(r"(?m)^[ \t]*(?:Q|A|QUESTION|ANSWER)[ \t]*[:.][ \t]")
"""A line opening on a question's or an answer's label: an interview, whose "I" is the interviewee's."""

FIRST_PERSON_PIECE = re.compile(r"(?i)\b(?:opinion|op-ed|commentary|viewpoint|column|columnist|memoir|extract|essay)\b")
"""A label over a piece, or a byline's role, that makes it the writer's own: "OPINION:", "Book extract",
"By Walt Brezinski, Standard columnist"."""

AUTHOR_NOTE = re.compile(r"(?m)^[ \t]*The (?:author|writer)s? (?:is|was|are|were|served|has|had)\b")
"""A note on the writer: "The author was Canada's ambassador to Algeria"."""

DASH_LINE = re.compile(r"(?m)^[ \t]*[–—-][ \t][^\n]*")
"""A line of speech quoted by a dash ("– I met him twice, Dahl said.")."""

LETTER = re.compile(r"(?m)^[ \t]*Dear [A-Z][^\n]{0,60},?[ \t]*$")
"""The salutation of a letter the piece reproduces: what follows is the letter-writer's."""

OPENING_LINES = 3
"""Lines at the top of a text where a piece's label and byline stand."""
MIN_FIRST_PERSON_SENTENCES = 2


@dataclass(frozen=True)
class Narration:
    """Who narrates a piece (None for most news), and the stretches someone else says, which the narrator does not."""

    narrator: str | None
    others: tuple[tuple[int, int], ...]

    def narrator_of(self, token: Token) -> str | None:
        """The narrator, when ``token`` ("I", "me", "my") is theirs: in the writer's own words."""
        if self.narrator is None or token.lower_ not in NARRATOR_FORMS or not self.own_words(token):
            return None
        return self.narrator

    def own_words(self, token: Token) -> bool:
        """Whether ``token`` is in the writer's own words: in no one else's quoted, reproduced or colon-led speech."""
        if any(s <= token.idx < e for s, e in self.others):
            return False
        return not any(t.text == ":" for t in token.sent if t.i < token.i)


def narration(doc: Doc, text: str, table: ActorTable) -> Narration:
    """Who writes this piece in the first person (rules ``party.narrator``, ``speaker.narrator``), worked out once per
    article and kept on its table. A writer the byline alone names joins the actors then."""
    if table.narration is None:
        table.narration = _narration(doc, text, table)
    return table.narration


def _narration(doc: Doc, text: str, table: ActorTable) -> Narration:
    others = [(q.start, q.end) for q in find_quoted(text)]
    others += [(m.start(), m.end()) for m in DASH_LINE.finditer(text)]
    if (letter := LETTER.search(text)) is not None:
        others.append((letter.start(), len(text)))
    none = Narration(None, tuple(others))
    if len(QA_LABELS.findall(text)) >= 2 or len(TURN.findall(text)) >= 2 or len(QUESTION_AND_ANSWER.findall(text)) >= 2:
        return none
    own = [t for t in doc_index(doc).with_lemma_or_lower(NARRATOR_FORMS) if none.own_words(t)]
    if len({t.sent.start for t in own}) < MIN_FIRST_PERSON_SENTENCES:
        return none
    writer = _by_byline(text, table) if table.article.authors else _by_standfirst(doc, table, own[0])
    return Narration(writer.id if writer is not None else None, none.others)


def _by_byline(text: str, table: ActorTable) -> Actor | None:
    """The one person a byline names, when the piece says it is the writer's own."""
    writers = table.article.authors
    if len(writers) != 1 or not _a_persons_name(writers[0]):
        return None
    opening = "\n".join(text.lstrip().splitlines()[:OPENING_LINES])
    bio = re.compile(rf"(?m)^[ \t]*{re.escape(writers[0])}(?:'s column| is | was | has been | served )")
    if not (FIRST_PERSON_PIECE.search(opening) or AUTHOR_NOTE.search(text) or bio.search(text)):
        return None
    return table.add(ActorKind.PERSON, writers[0])  # the byline is furniture the parse never reads


PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]+){1,3}")
"""A person's name as a byline gives it: two to four capitalised words, particles between ("Ana de la Vega")."""


def _a_persons_name(name: str) -> bool:
    """Shaped as a person's name, and not a desk's, a role's, an outlet's or a body's ("By Our Correspondent", "By
    BBC News", "By Associated Press", "By The Editorial Board")."""
    words = {w.casefold() for w in name.split()}
    return (
        PERSON_NAME.fullmatch(name) is not None
        and not words & (BYLINE_ROLES | ORGANIZATION_WORDS)
        and not is_outlet_name(name)
        and "the" not in words
    )


def _by_standfirst(doc: Doc, table: ActorTable, first_own: Token) -> Actor | None:
    """The person a standfirst, before the first-person text, says remembers or writes it: "the Kenyan diplomat
    Joseph Kariuki recalls …", "X served for thirty years … In this extract he recalls …", "writes Omar Haddad"."""
    for token in doc_index(doc).with_lemma(RECALLING_VERBS):
        if token.i >= first_own.sent.start or token.pos_ != "VERB":
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            if subject.lower_ in ("he", "she"):
                return _last_person_before(table, subject)
            named = _person_in(doc[subject.left_edge.i : subject.right_edge.i + 1], table)
            if named is not None:
                return named
    return None


def _person_in(span: SpacySpan, table: ActorTable) -> Actor | None:
    return next(
        (a for t in span if (a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON),
        None,
    )


def _last_person_before(table: ActorTable, pronoun: Token) -> Actor | None:
    """The person named last before ``pronoun`` whom its gender allows."""
    for i in range(pronoun.i - 1, -1, -1):
        actor = table.actor_at_index(i)
        if actor is not None and actor.kind is ActorKind.PERSON:
            if gender_of(actor) in (None, PRONOUN_GENDER[pronoun.lower_]):
                return actor
    return None
