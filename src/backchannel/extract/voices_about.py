"""A voice brought in to speak of someone else (rule ``pronoun.voice-about-another``).

Profiles and obituaries bring in colleagues, friends and rivals to speak of the person the story is about: "“He wrote
the briefing notes and learned the names of every minister's children,” recalled Ana Ruiz, who served with him." The
"he" that opens a later paragraph goes on with the story's person, the one the quoted "he" was, not with Ruiz, who was
brought in only to speak. This module finds, for a person named as such a voice, the quoted pronoun that spoke of the
other; the resolver reads that pronoun's antecedent.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .actor_table import ActorTable
from .actor_words import doc_text
from .gender import PRONOUN_GENDER
from .lexicon import SPEECH_VERBS

SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass"})

SUBJECT_PRONOUNS = {"m": "he", "f": "she"}
"""The subject pronoun of each gender: the quoted words speak of someone as this."""


def quoted_one_spoken_of(
    voice: Token, pronoun: Token, table: ActorTable, inside_quotes: Callable[[Token], bool]
) -> Token | None:
    """The quoted subject pronoun by which the person ``voice`` names spoke of another, when ``voice`` is the subject of
    a reporting verb, the person is first named in that sentence (brought in to speak), the sentence quotes words whose
    subject is a pronoun of ``pronoun``'s gender, and ``pronoun`` stands outside quote marks in a later paragraph and is
    no speaker itself ("He added …")."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    subject = voice
    while subject.dep_ == "appos" and subject.head.i < subject.i:
        subject = subject.head  # "said his successor, Peter Hollo": the name apposed to the subject
    verb = subject.head
    if gender is None or subject.dep_ not in SUBJECT_LINKS or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if pronoun.head.lemma_.lower() in SPEECH_VERBS or inside_quotes(pronoun) or not _later_paragraph(voice, pronoun):
        return None
    sentence = voice.sent
    person = table.actor_at(voice)
    if person is None or any(table.actor_at(t) is person for t in voice.doc[: sentence.start]):
        return None
    wanted = SUBJECT_PRONOUNS[gender]
    return next(
        (t for t in sentence if t.lower_ == wanted and t.dep_ in SUBJECT_LINKS and inside_quotes(t)),
        None,
    )


def _later_paragraph(earlier: Token, later: Token) -> bool:
    """Whether a paragraph break stands between two tokens."""
    return "\n" in doc_text(earlier.doc)[earlier.idx : later.idx]
