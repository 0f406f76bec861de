"""The narrator: the person a first-person piece is written by, whose "I" and "me" outside quote marks are theirs.

A memoir extract ("In this extract from his memoir, the envoy Ana Ruiz recalls …"), an opinion piece ("By Omar
Haddad … The author was Tunisia's foreign minister") or a column tells its contacts in the writer's own first person:
"I met the Algerian foreign minister in Algiers", "the minister telephoned me at my hotel", "When I asked him …".
Those are the writer's meetings and questions (rules ``party.narrator`` and ``speaker.narrator``). The writer is the
person the piece credits, by a byline ("By Omar Haddad") or by its standfirst ("X recalls", "writes X"), and only
when the writer's own words, outside every quotation, speak in the first person in two sentences at least: a news
story with a byline and a stray "I" is no memoir. An interview printed as questions and answers is no narration:
its "I" is the interviewee's, found where the answers are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .doc_index import doc_index
from .lexicon import BYLINE_ROLES, NARRATOR_FORMS, RECALLING_VERBS
from .quotemarks import find_quoted

CREDIT_REACH = 900
"""How far into the text the byline and the standfirst that credit the writer are looked for."""

QA_LABELS = re.compile(r"(?m)^[ \t]*(?:Q|A|QUESTION|ANSWER)[ \t]*[:.][ \t]")
"""A line opening on a question's or an answer's label: an interview, whose "I" is the interviewee's."""

MIN_FIRST_PERSON_SENTENCES = 2


@dataclass(frozen=True)
class Narration:
    """Who narrates a piece (None for most news), and where its quotations are, which the narrator does not say."""

    narrator: str | None
    quotations: tuple[tuple[int, int], ...]

    def narrators(self, token: Token) -> str | None:
        """The narrator, when ``token`` ("I", "me") is theirs: outside every quotation."""
        if self.narrator is None or token.lower_ not in NARRATOR_FORMS or not self.outside_quotation(token):
            return None
        return self.narrator

    def outside_quotation(self, token: Token) -> bool:
        return not any(s <= token.idx < e for s, e in self.quotations)


def narration(doc: Doc, text: str, table: ActorTable) -> Narration:
    """Who writes this piece in the first person: the person it credits, when its own words say "I" (rules
    ``party.narrator``, ``speaker.narrator``). A writer the byline alone names joins the actors then."""
    quotations = tuple((q.start, q.end) for q in find_quoted(text))
    none = Narration(None, quotations)
    if len(QA_LABELS.findall(text)) >= 2:
        return none
    own = [t for t in doc_index(doc).with_lemma_or_lower(NARRATOR_FORMS) if none.outside_quotation(t)]
    if len({t.sent.start for t in own}) < MIN_FIRST_PERSON_SENTENCES:
        return none
    writer = _credited(doc, table, none)
    return Narration(writer.id if writer is not None else None, quotations)


def _credited(doc: Doc, table: ActorTable, unread: Narration) -> Actor | None:
    """The person a standfirst ("the envoy Ana Ruiz recalls …") or the byline ("By Omar Haddad") credits with the
    piece; one writer only ("By Ana Ruiz and Omar Haddad" say "we")."""
    for token in doc_index(doc).with_lemma(RECALLING_VERBS):
        if token.idx >= CREDIT_REACH or token.pos_ != "VERB" or not unread.outside_quotation(token):
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            if subject.lower_ in ("he", "she"):
                return _last_person_before(table, subject.i)  # "X served for thirty years … he recalls"
            named = _person_in(doc[subject.left_edge.i : subject.right_edge.i + 1], table)
            if named is not None:
                return named  # "the Kenyan diplomat Joseph Kariuki recalls", "writes Omar Haddad"
    writers = table.article.authors
    if len(writers) != 1 or not PERSON_NAME.fullmatch(writers[0]):
        return None
    if {w.casefold() for w in writers[0].split()} & BYLINE_ROLES:
        return None  # "By Our Correspondent", "By Staff Reporter"
    return table.add(ActorKind.PERSON, writers[0])  # the byline is furniture the parse never reads


PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]+){1,3}")
"""A person's name as a byline gives it: two to four capitalised words, particles between ("Ana de la Vega")."""


def _person_in(span: SpacySpan, table: ActorTable) -> Actor | None:
    return next(
        (a for t in span if (a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON),
        None,
    )


def _last_person_before(table: ActorTable, index: int) -> Actor | None:
    for i in range(index - 1, -1, -1):
        if (actor := table.actor_at_index(i)) is not None and actor.kind is ActorKind.PERSON:
            return actor
    return None
