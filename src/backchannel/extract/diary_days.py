"""A diary's days to come: "MONDAY 24 JUNE ¶ Accra — The foreign minister receives her Ivorian counterpart": a
contact told in the simple present under a day heading that is not behind the publication is on the timetable of
a week ahead, still to come (rule status.diary-day-ahead)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .mentions import Mention
from .story_days import doc_day_headings
from .when import resolve

NUMBERED_HEADING = re.compile(r"\d")
"""A heading that names its day of the month ("Monday 24 June"), which may be read against the publication."""
CLAUSE_REACH = 3
"""How many heads up a contact noun looks for its clause's verb: "flies in for talks"."""


def day_heading_ahead(mention: Mention, published: str | None) -> str | None:
    """The day heading ``mention`` is told under, when it is told in the simple present, outside the headline,
    under a heading that is not behind ``published`` ("TUESDAY", "MONDAY, MARCH 16 - MUSCAT"): a diary's timetable.
    A heading that names only a weekday is read as ahead: a diary of days gone by tells them in the past."""
    trigger = mention.trigger
    verb = _clause_verb(trigger)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if mention.in_headline:
        return None  # the headline tells the news in the present
    headed = [day for start, day in doc_day_headings(trigger.doc) if start <= trigger.sent.start_char]
    if not headed or headed[-1] is None:
        return None
    if NUMBERED_HEADING.search(headed[-1]) is None:
        return headed[-1]
    day = resolve(headed[-1], published, future=True)
    return headed[-1] if day is not None and published is not None and day.value >= published[:10] else None


def _clause_verb(trigger: Token) -> Token | None:
    """The nearest verb at or above ``trigger``, at most ``CLAUSE_REACH`` heads up. Not circumstances' clause verb,
    which passes over joined verbs and looks farther: that one reads more diary lines ("is due in Accra for two days
    of talks") than this rule was measured on."""
    token = trigger
    for _ in range(CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None
