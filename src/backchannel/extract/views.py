"""How someone sees a thing (rule ``quote.seen-as``).

"Many voters see him as the stronger candidate", "some view the nomination as a takeover": a verb of regarding
(``regarding_verbs`` in data/vocab/lexicon.toml) with an object and an "as" phrase attributes the object with the
phrase to the subject. In the passive ("the pier is regarded as unsafe", "the base is considered a contender")
the subject with the phrase is attributed to the "by" agent, or to no one named. Without "as" (or, for the
passive, a predicate) "see" is sight ("saw him at the rally") and attributes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import REGARDING_VERBS

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
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    head = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if head is None or head.lower_ in ("it", "that", "which", "who"):
        return None
    as_phrase = next(
        (c for c in (*verb.children, *head.children) if c.dep_ == "prep" and c.lower_ == "as" and c.i > head.i), None
    )
    if as_phrase is None and passive:
        as_phrase = next((c for c in verb.children if c.dep_ in PREDICATE_DEPS and c.i > verb.i), None)
    if as_phrase is None or (as_phrase.lower_ == "as" and not list(as_phrase.children)):
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if passive:
        return Regard([(head.left_edge.i, head.right_edge.i), (as_phrase.i, as_phrase.right_edge.i)], agent, True)
    return Regard([(head.left_edge.i, as_phrase.right_edge.i)], None, False)
