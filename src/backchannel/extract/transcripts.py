"""Transcripts: turns of speech printed after their speaker's name in capitals.

Interviews, radio programmes and hearings are printed as turns ("MWANGI: Yes. I met the minister …", "Q: …",
"A: …"), with no verb of saying and often no quote marks. Each turn is its speaker's own words (rule
``quote.transcript-turn``): the label names a person the article names in full ("MWANGI" for Helen
Mwangi), or "A" the interviewee. The interviewer's turns ("Q", the outlet's name) are questions, not claims
of the story, and are left out. A text is read as a transcript only when two turns at least name people it knows,
so that a lone "UPDATE:" or "CORRECTION:" line is never a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import ActorKind
from .actors import ActorTable
from .interviews import interviewee

LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])|\.)*"
"""A word of a label: letters and full stops ("DR."), a hyphen or an apostrophe only between two letters
("BELL-ADAMS", "O'NEILL")."""
TURN = re.compile(
    rf"(?m)^[ \t]*(?P<label>{LABEL_WORD}(?:[ \t]{LABEL_WORD}){{0,3}})"
    r"(?:[ \t]*\([^)\n]{1,40}\))?:[ \t]+(?P<said>\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)"
)
"""A paragraph opening with a label ("ODUYA (via interpreter)", "ÖZTÜRK") and a colon; the turn runs to the
paragraph's end. Only labels in capitals are speakers' (``_labels``)."""
MIN_TURNS = 2


@dataclass(frozen=True)
class Turn:
    """One turn: its label's and its words' character ranges, and the actor who speaks."""

    label: tuple[int, int]
    said: tuple[int, int]
    speaker: str


def transcript_turns(text: str, table: ActorTable) -> list[Turn]:
    """The turns of a transcript whose speakers the article names, in text order; none if it is no transcript."""
    turns = []
    for m in _labels(text):
        label = m["label"]
        speaker = interviewee(table, text) if label == "A" else None if label == "Q" else _labelled(label, table)
        if speaker is not None:
            said_end = m.end("said")
            while said_end > m.start("said") and text[said_end - 1].isspace():
                said_end -= 1
            turns.append(Turn((m.start("label"), m.end("label")), (m.start("said"), said_end), speaker))
    return turns if len(turns) >= MIN_TURNS else []


def _labels(text: str) -> list[re.Match[str]]:
    """The paragraphs that open with a label in capitals and a colon."""
    return [m for m in TURN.finditer(text) if m["label"].isupper()]


def label_spans(text: str) -> list[tuple[int, int]]:
    """Where a transcript's labels are, each with its colon, so that the parser reads the turn without them
    ("MWANGI: Their union leader said …" has the leader, not the label, as its subject). Before the parse no one
    is known yet: a label counts when it is "Q" or "A", or when each of its words is written elsewhere in the text
    as a name ("Mwangi"), which "NOTE" and "NATO" are not; two labels at least make a transcript."""
    labels = [(m.start("label"), m.start("said")) for m in _labels(text) if _named_elsewhere(m["label"], text)]
    return labels if len(labels) >= MIN_TURNS else []


def _named_elsewhere(label: str, text: str) -> bool:
    return label in ("Q", "A") or all(
        re.search(rf"\b{re.escape(word.title())}\b", text) is not None for word in label.split()
    )


def _labelled(label: str, table: ActorTable) -> str | None:
    """The one person the article names in full whose name holds every word of ``label``: "MWANGI"."""
    words = label.casefold().replace("-", " ").split()
    found = [
        a.id
        for a in table.actors
        if a.kind is ActorKind.PERSON
        and len(names := a.name.replace("-", " ").split()) >= len(words)
        and set(words) <= {w.casefold() for w in names}
    ]
    return found[0] if len(found) == 1 else None
