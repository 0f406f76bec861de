"""Transcripts: turns of speech printed after their speaker's name in capitals.

Interviews, radio programmes, briefings and hearings are printed as turns ("MWANGI: Yes. I met the minister …",
"Q: …", "A: …"), with no verb of saying and often no quote marks. Each turn is its speaker's own words (rule
``quote.transcript-turn``): the label names a person the article names in full ("MWANGI" for Helen
Mwangi), or "A" the interviewee; a question put by a named reporter ("QUESTION (Rami Haddad, Harbour Radio): …")
is that reporter's. The interviewer's unnamed turns ("Q", the outlet's name) are questions, not claims of the
story, and are left out. A turn goes on over the paragraphs after it up to the next label (a spokesman's
opening statement of several paragraphs). A text is read as a transcript only when two turns at least name
people it knows, so that a lone "UPDATE:" or "CORRECTION:" line is never a speaker. An interview write-up may
print its labels as names in capitalised words ("Abdrakhmanov: …"); those count in a text of questions and
answers only (``_labels``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import ActorKind
from .actor_table import ActorTable
from .interviews import interviewee
from .lexicon import INTERVIEWER_ROLES, OUTLET_NAME_WORDS
from .person_words import COURTESY_TITLES, PEOPLE_NOUNS
from .trace import fired

LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])|\.)*"
"""A word of a label: letters and full stops ("DR."), a hyphen or an apostrophe only between two letters
("BELL-ADAMS", "O'NEILL")."""
TURN = re.compile(
    rf"(?m)^[ \t]*[\"“]?(?P<label>{LABEL_WORD}(?:[ \t]{LABEL_WORD}){{0,3}})"
    r"(?:[ \t]*\((?P<note>[^)\n]{1,80})\))?:[ \t]+(?P<said>\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)"
)
"""A paragraph opening with a label ("ODUYA (via interpreter)", "ÖZTÜRK") and a colon, after a stray quote mark
when the transcript was pasted from inside quotes; the turn runs to the paragraph's end. Which labels are
speakers' is ``_labels``'s to say."""
MIN_TURNS = 2
QUESTION_LABELS = frozenset({"Q", "QUESTION"})
PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


@dataclass(frozen=True)
class Turn:
    """One turn: its label's, its colon's and its words' character ranges, and the actor who speaks."""

    label: tuple[int, int]
    colon: tuple[int, int]
    said: tuple[int, int]
    speaker: str


def transcript_turns(text: str, table: ActorTable) -> list[Turn]:
    """The turns of a transcript whose speakers the article names, in text order, each paragraph of a turn a
    turn of its own; none if it is no transcript."""
    turns = []
    labels = _labels(text)
    # a turn's paragraphs stop at the next paragraph shaped as a turn, a label's or one under a label that names no
    # one we know ("Steppe Review: …?", the outlet's question)
    shaped = [t.start() for t in TURN.finditer(text)]
    for n, m in enumerate(labels):
        speaker = _speaker(m, table, text)
        if speaker is None:
            continue
        label = (m.start("label"), m.end("label"))
        colon = text.rindex(":", m.end("label"), m.start("said"))
        turns.append(Turn(label, (colon, colon + 1), _trimmed(text, m.start("said"), m.end("said")), speaker))
        if n + 1 < len(labels) and text[: m.start()].strip() and not _member_label(m["label"]):
            # the paragraphs up to the next label go on with this turn (not with a headline's "Pence: …"); a
            # record of a debate ("Mr. NYGAARD:") goes back to the reporter's account between its exchanges
            stop = next(k for k in shaped if k > m.start())  # labels[n + 1] at the latest
            for p in PARAGRAPH.finditer(text, m.end("said"), stop):
                turns.append(Turn(label, (colon, colon + 1), _trimmed(text, p.start(), p.end()), speaker))
    if len({t.label for t in turns}) < MIN_TURNS:
        return []
    hosts = _hosts(text, table, labels, turns)
    if hosts:
        fired("quote.transcript-host")
    return [t for t in turns if t.speaker not in hosts]


def unnamed_questions(text: str) -> list[tuple[int, int]]:
    """Where a transcript's interviewer asks under "Q" or "QUESTION" with no name, or an outlet's only: what is
    said there is asked, not claimed ("QUESTION: Did they discuss Sudan?", "Q (HARBOUR RADIO): …")."""
    return [
        (m.start("said"), m.end("said"))
        for m in TURN.finditer(text)
        if m["label"] in QUESTION_LABELS and _unnamed(m["note"] or "")
    ]


_ROLE = "(?:" + "|".join(sorted(INTERVIEWER_ROLES, key=len, reverse=True)) + ")"
"""An interviewer's role noun, one of ``INTERVIEWER_ROLES``, for the credits' phrases below."""
HOST_BY = re.compile(
    r"\b(?:presented|moderated|hosted|anchored|conducted)\s+by\s+" rf"(?:(?:the\s+)?{_ROLE}\s+)?$",
    re.I,
)
HOST_IS = re.compile(
    rf"\b(?:(?:the|its|our|programme's|program's|show's)\s+){_ROLE}" r"(?:\s+(?:is|was|tonight|today))?,?\s+$",
    re.I,
)


def _hosts(text: str, table: ActorTable, labels: list[re.Match[str]], turns: list[Turn]) -> set[str]:
    """Who presents, hosts or moderates the programme (rule quote.transcript-host): "The programme was presented
    by …", "The host is …", "conducted by presenter …", "NEWSREADER (Tomás Reyes):". Their turns put the questions
    and lead the talk, as the unnamed "Q" does: the outlet's, not quotes of anyone in the story. What they report
    others as saying stays an attribution of its own. (The outlet's own reporters' turns, "Our reporter … was in
    Split", stay quotes.) The credits are what comes before the first turn of someone the text names, past a
    headline's label ("FACE TO FACE: …", "TRANSCRIPT: …")."""
    hosts = set()
    for m in labels:
        if m["note"] and set(m["label"].casefold().split()) & INTERVIEWER_WORDS:
            if (named := _labelled(m["note"].split(",")[0].strip().upper(), table)) is not None:
                hosts.add(named)
    opening = text[: min(t.label[0] for t in turns)]  # the programme's credits, before anyone's turn
    names = [(a.id, re.escape(a.name)) for a in table.actors if a.kind is ActorKind.PERSON and len(a.name.split()) > 1]
    # a label the tagger named no one by ("LUND" for "presenter Aviaja Lund"): its name with the given names before it
    names += [(t.speaker, CREDITED_NAME.format(re.escape(text[slice(*t.label)].title()))) for t in turns]
    for speaker, name in names:
        for found in re.finditer(name, opening):
            before = opening[max(0, found.start() - 60) : found.start()]
            if HOST_BY.search(before) or HOST_IS.search(before):
                hosts.add(speaker)
                break
    return hosts


CREDITED_NAME = r"(?:[A-Z][\w'’-]+\s+){{0,3}}{}\b"
"""A label's name in the credits, after the given names before it ("Aviaja Lund" for "LUND")."""


def _unnamed(note: str) -> bool:
    """A question's note that names no reporter: none, or an outlet ("NORTH SEA RADIO")."""
    name = note.split(",")[0].strip()
    return not name or bool({w.lower() for w in name.split()} & OUTLET_NAME_WORDS)


def _speaker(turn: re.Match[str], table: ActorTable, text: str) -> str | None:
    """Who speaks a turn: the interviewee's "A", the reporter a question names, the person a label names."""
    label = turn["label"]
    if label == "A":
        return interviewee(table, text)
    if label in QUESTION_LABELS:
        if _unnamed(turn["note"] or ""):
            return None  # the interviewer's own question, or one an outlet puts: "Q (NORTH SEA RADIO):"
        name = (turn["note"] or "").split(",")[0].strip()
        known = _labelled(name.upper(), table)
        if known is None and len(words := name.split()) >= 2 and all(w[0].isupper() for w in words):
            # named only in the label, which the parser does not read: "QUESTION (Rami Haddad, Harbour Radio)"
            known = table.add(ActorKind.PERSON, name).id
        return known
    if _outlet_label(label, table):
        return None  # "MAGHREB REVIEW:": the outlet's own questions, as an unnamed "Q" puts them
    words = label.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in COURTESY_TITLES:
        named = _labelled(" ".join(words[1:]), table)  # "Mr. LINDQVIST": the Anders Lindqvist the story named
        if named is not None:
            return named
    return _labelled(label, table) or _titled_label(label, table) or _repeated_label(label, text, table)


NOT_SPEAKER_LABELS = frozenset(
    {
        "update",
        "updates",
        "correction",
        "note",
        "editor's note",
        "breaking",
        "watch",
        "read more",
        "related",
        "photo",
        "video",
        "answer",
        "source",
        "sources",
        "warning",
        "live",
        "summary",
        "background",
        "context",
    }
)
"""Capitalised labels of a page's furniture, not of anyone's turn."""
INTERVIEWER_WORDS = INTERVIEWER_ROLES | {"transcript"}
"""Label words that name the one asking by role, whose turns are questions (left out as ``Q`` is), or the page's
own "TRANSCRIPT" heading."""


def _outlet_label(label: str, table: ActorTable) -> bool:
    """Whether ``label`` is the name of an outlet the text names ("MAGHREB REVIEW" for the Maghreb Review)."""
    named = label.casefold().removeprefix("the ")
    return any(a.kind is ActorKind.OUTLET and a.name.casefold().removeprefix("the ") == named for a in table.actors)


def _repeated_label(label: str, text: str, table: ActorTable) -> str | None:
    """ "WALLACE:" printed for two turns at least (rule quote.transcript-titled-label): a family name in capitals
    that heads turns is a person's, named by it, whether or not the text names him in full."""
    words = label.split()
    if not label.isupper() or not 1 <= len(words) <= 2 or label.casefold() in NOT_SPEAKER_LABELS:
        return None
    if any(w.casefold() in INTERVIEWER_WORDS | PEOPLE_NOUNS | OUTLET_NAME_WORDS for w in words):
        return None  # "PRESENTER:", "JOURNALIST:", "COURIER:": the interviewer's or the paper's questions
    if len(re.findall(rf"(?m)^[ \t]*[\"“]?{re.escape(label)}:", text)) < MIN_TURNS:
        return None
    fired("quote.transcript-titled-label")
    return table.add(ActorKind.PERSON, " ".join(w.title() for w in words)).id


def _titled_label(label: str, table: ActorTable) -> str | None:
    """ "MR PIGOTT", "MS ORTAGUS" (rule quote.transcript-titled-label): a briefing prints its spokesman under a
    courtesy title and his family name, often without naming him in full anywhere; the title makes the label a
    person's, named by the rest of it."""
    words = label.split()
    if not 2 <= len(words) <= 3 or words[0].lower().rstrip(".") not in COURTESY_TITLES:
        return None
    fired("quote.transcript-titled-label")
    return table.add(ActorKind.PERSON, " ".join(w.title() for w in words[1:])).id


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _labels(text: str) -> list[re.Match[str]]:
    """The paragraphs that open with a label in capitals and a colon, or with a name in capitalised words
    ("Abdrakhmanov:", "Courier:") that the text writes elsewhere too, as an interview write-up prints its turns:
    those count only in a text of questions and answers, where ``MIN_TURNS`` turns at least are questions ("Q:
    Why Malaysia?"), not in a tally ("Clinton: 547.") nor under headings ("Jeb Bush: Student loans …")."""
    turns = list(TURN.finditer(text))
    found = [m for m in turns if _in_capitals(m["label"]) or _written_as_name(m["label"], text)]
    # the questions may be put under a label that names no one, such as the outlet's ("Steppe Review: …?")
    asked = [m for m in turns if _in_capitals(m["label"]) or all(map(_capitalised, m["label"].split()))]
    if sum(m["said"].rstrip().endswith("?") for m in asked) < MIN_TURNS:
        found = [m for m in found if _in_capitals(m["label"])]
    return found


def _in_capitals(label: str) -> bool:
    """ "MWANGI", and "Mr. MWANGI" as a parliamentary record prints a member (rule quote.transcript-titled-label)."""
    if label.isupper():
        return True
    if not _member_label(label):
        return False
    fired("quote.transcript-titled-label")
    return True


def _member_label(label: str) -> bool:
    """ "Mr. MWANGI": a courtesy title in small letters before a family name in capitals."""
    words = label.split()
    return (
        len(words) > 1
        and not label.isupper()
        and words[0].lower().rstrip(".") in COURTESY_TITLES
        and " ".join(words[1:]).isupper()
    )


def _written_as_name(label: str, text: str) -> bool:
    """ "Abdrakhmanov" as a label: one or two capitalised words, each written in the text other than as a label."""
    words = label.split()
    if not 1 <= len(words) <= 2 or not all(_capitalised(w) for w in words):
        return False
    return all(
        len(re.findall(rf"\b{re.escape(w)}\b", text)) > len(re.findall(rf"(?m)^[ \t]*[\"“]?{re.escape(label)}:", text))
        for w in words
    )


def _capitalised(word: str) -> bool:
    """ "Abdrakhmanov", "McAllister", "Kowalchuk-Reid"; not "NATO" nor "Q"."""
    letters = re.sub(r"['’-]", "", word)
    return len(letters) > 1 and letters.isalpha() and word[0].isupper() and not letters.isupper()


def label_spans(text: str) -> list[tuple[int, int]]:
    """Where a transcript's labels are, each with its colon, so that the parser reads the turn without them
    ("MWANGI: Their union leader said …" has the leader, not the label, as its subject). Before the parse no one
    is known yet: a label counts when it is "Q" or "A", a courtesy title and a name ("MR MILLER"), printed in
    capitals for two turns at least ("MANN:"), or when each of its words is written elsewhere in the text as a name
    ("Mwangi"), which "NOTE" and "NATO" are not; two labels at least make a transcript."""
    found = _labels(text)
    repeated = {m["label"] for m in found if m["label"].isupper() and [n["label"] for n in found].count(m["label"]) > 1}
    # a label in capitals printed for two turns at least is a speaker's ("MANN:"), named elsewhere or not
    labels = [
        (m.start("label"), m.start("said"))
        for m in found
        if _named_elsewhere(m["label"], text) or m["label"] in repeated
    ]
    return labels if len(labels) >= MIN_TURNS else []


def _named_elsewhere(label: str, text: str) -> bool:
    if label.split()[0].lower().rstrip(".") in COURTESY_TITLES and len(label.split()) > 1:
        return True  # "MR PIGOTT": a person's label, whether or not the text names him elsewhere
    return label in QUESTION_LABELS | {"A"} or all(
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
