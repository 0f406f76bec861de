"""A diary's days to come: "MONDAY 24 JUNE ¶ Accra — The foreign minister receives her Ivorian counterpart": a
contact told in the simple present under a day heading that is not behind the publication is on the timetable of
a week ahead, still to come (rule status.diary-day-ahead)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..datelines import day_headings
from .when import resolve

DAY_OF_MONTH = re.compile(r"\d")
"""A heading that names its day of the month ("Monday 24 June"), which may be read against the publication."""
CLAUSE_REACH = 3
"""How many heads up a contact noun looks for its clause's verb: "flies in for talks"."""


def in_a_day_ahead(trigger: Token, published: str | None) -> bool:
    """Whether ``trigger`` is told in the simple present, outside the headline, under a day heading that is not
    behind ``published`` ("TUESDAY", "MONDAY, MARCH 16 - MUSCAT"): a diary's timetable. A heading that names only
    a weekday is read as ahead: a diary of days gone by tells them in the past."""
    verb = _clause_verb(trigger)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    text = trigger.doc.text
    if "\n" not in text[: verb.idx]:
        return False  # the headline tells the news in the present
    headed = [day for start, day in day_headings(text) if start <= trigger.sent.start_char]
    if not headed or headed[-1] is None:
        return False
    if DAY_OF_MONTH.search(headed[-1]) is None:
        return True
    day = resolve(headed[-1], published, future=True)
    return day is not None and published is not None and day.value >= published[:10]


def _clause_verb(trigger: Token) -> Token | None:
    token = trigger
    for _ in range(CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None
