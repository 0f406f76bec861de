"""The month of a contact the text gives no time for, when it is the news the article brings.

A report that "Foreign Minister X met Y in Baku" in its opening paragraphs, or that "X has met Y", tells of a
contact of the days before it was published, though no day is named: a reader dates it to the publication's
month, and so do the people who label news for us. A contact told further down in the past tense, told as past by
"previously", "once", "ever", "had met", told in a sentence that names some other time, or told by a narrator of
their own past, may be years old, and stays undated (rule date.news-month). Once the story has told a contact of a
day of the fortnight before it, though, a contact told further down in any tense but the pluperfect, with no time or
past marker of its own ("The minister also met X"), is more of that news (rule date.after-recent-news).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from ..dates import MONTHS
from ..records import DateValue
from .circumstances import in_another_happening
from .grammar import verb_at_or_above
from .mentions import Mention
from .said_after import saying_after
from .story_days import time_of_its_own_on
from .trace import fired

OPENING_SHARE = 1 / 3
"""How far into the text the opening, which tells the news itself, reaches."""
PAST_MARKERS = frozenset({"previously", "once", "ever", "formerly", "never", "already", "last", "times"})
"""Words that set a contact in the past rather than in the news, or make it many: "had previously met", "once
visited", "last met", "has met him several times"."""
COUNTS = frozenset({"twice", "thrice"})
"""Words that make a contact many when they tell its verb ("met twice"), not another word ("twice the size")."""
YEAR = re.compile(r"(1[89]|20)\d\d(s|'s)?")
SPAN_WORDS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "decade", "decades", "ago", "later", "earlier"}
)
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
"""Seasons, which span months: "met in the spring", "will visit in the autumn"."""
INVITING = frozenset({"invite", "invitation"})
"""An invitation to come ("has invited X to visit", "accepted an invitation to visit") sets no time: the visit it
asks for may be months away."""
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
"""A narrator's own contacts ("I sat down with the minister", "he received me") are a memoir's or an interview's,
of any year."""


def news_month(
    mentions: list[Mention], today: str | None, *, after_recent_news: bool = False, coming: bool = False
) -> DateValue | None:
    """The month of ``today`` (the story's day, as YYYY-MM-DD) when the contact is the article's news, approximate
    (modifier "approx", no text of its own); None otherwise. ``after_recent_news``: the story has already told a
    contact held on a day of the fortnight before it, so a contact told after it in any tense but the pluperfect,
    with no time or past marker in any of its mentions, is more of that news wherever it stands (rule
    date.after-recent-news). ``coming``: the contact is planned and the opening announces it ("Cohen will meet
    Aznar"): a meeting of the trip or round of talks the story reports, of the days around its publication (rule
    date.coming-news-month); one announced only further down may be months away and stays undated. One of a list
    of contacts told as earlier ("has met previously with A, B and C", rule contact.each-before) is had before the
    news, so none."""
    if not today or len(today) < 7 or (mentions and all(m.earlier for m in mentions)):
        return None
    if coming and any(_asked_for_or_timed(m.trigger) for m in mentions):
        return None
    if any(_told_as_news(m.trigger) for m in mentions):
        fired("date.coming-news-month" if coming else "date.news-month")
    elif after_recent_news and all(_told_as_news(m.trigger, anywhere=True) for m in mentions):
        fired("date.after-recent-news")
    else:
        return None
    return DateValue(today[:7], "month", "", modifier="approx")


RECENT_NEWS_DAYS = 14
"""How many days before the story's day a contact told with its day may lie and still make the story one of recent
news (rule date.after-recent-news)."""


def recent_news(when: DateValue | None, today: str | None) -> bool:
    """Whether ``when`` is a day of the fortnight up to the story's day, told as such (not a month guessed)."""
    if when is None or when.precision != "day" or when.modifier or not today or len(today) < 10:
        return False
    try:
        before = (date.fromisoformat(today[:10]) - date.fromisoformat(when.value[:10])).days
    except ValueError:
        return False
    return 0 <= before <= RECENT_NEWS_DAYS


TIME_CONJUNCTIONS = frozenset({"when", "while", "before", "after", "as", "since"})
"""Words that open a clause telling when something happened: "met him when both were rebel commanders"."""


def _time_by_a_clause(verb: Token) -> bool:
    """Whether a clause on the verb tells its time ("when both were rebel commanders", "after the war ended")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in TIME_CONJUNCTIONS for m in c.children)
        for c in verb.children
    )


def _asked_for_or_timed(trigger: Token) -> bool:
    """Whether a planned contact is only asked for by an invitation ("has invited X to visit Oslo", "accepted an
    invitation to visit") or timed by a clause of its own ("will meet him when the summit opens"): neither tells
    that it falls in the days around the story."""
    verb = verb_at_or_above(trigger)
    chain = [trigger, verb, *verb.ancestors]
    return any(t.lemma_.lower() in INVITING for t in chain) or _time_by_a_clause(verb)


def _told_as_first(verb: Token) -> bool:
    """ "first met": a contact told as the first of others since, set in the past."""
    return any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)


def _told_as_news(trigger: Token, *, anywhere: bool = False) -> bool:
    """Told as the news: no past marker, narrator or other time in its sentence, not pluperfect, and in the opening
    or as now or just done; ``anywhere``: in any tense but the pluperfect, wherever it stands, with no time told on
    its verb."""
    if _set_apart(list(trigger.sent)):
        if _set_apart(_its_own_words(trigger)):
            return False  # a narrator's own past, or a time the sentence tells that may not be the story's
        fired("date.marker-of-another-happening")
    verb = verb_at_or_above(trigger)
    if pluperfect(verb) or any(c.lower_ in COUNTS for c in verb.children):
        return False
    if anywhere:  # "met X the day after the vote", "first met X when both were rebels": a time of its own
        return not (time_of_its_own_on(verb) or _time_by_a_clause(verb) or _told_as_first(verb))
    opening = trigger.sent.start_char <= len(trigger.doc.text) * OPENING_SHARE
    return opening or _present_or_perfect(verb) or _just_before_a_saying(trigger)


def _set_apart(words: list[Token]) -> bool:
    """Whether the words set a contact apart from the news: a past marker, a narrator, or another time."""
    return _another_time(words) or any(
        t.lower_ in PAST_MARKERS or (t.lower_ in FIRST_PERSON and t.pos_ == "PRON") for t in words
    )


def _its_own_words(trigger: Token) -> list[Token]:
    """The words of the trigger's sentence but those of another happening the contact is timed after, which tell
    that happening's time ("the first talks since last week's clash": "last" is the clash's, rule
    date.marker-of-another-happening); all of them when the trigger itself lies in that phrase."""
    if in_another_happening(trigger, trigger):
        return list(trigger.sent)
    return [t for t in trigger.sent if not in_another_happening(t, trigger)]


def _just_before_a_saying(trigger: Token) -> bool:
    """ "Berg said after talks with Varga", "told the daily following her meeting with X": a contact told as held
    just before a saying told in the past is news as the saying is, wherever the story tells it (rule
    date.news-said-after); not one before a saying told as had ("had said after talks")."""
    saying = saying_after(trigger)
    if saying is None or pluperfect(saying) or (saying.tag_ != "VBD" and not _said_in_the_past(saying)):
        return False
    fired("date.news-said-after")
    return True


def _said_in_the_past(participle: Token) -> bool:
    """ "Speaking after talks with X, Y told Reuters", "Y, speaking after talks with X, dismissed the plan": a
    participle of saying in a clause told in the past."""
    return participle.tag_ == "VBG" and verb_at_or_above(participle.head).tag_ == "VBD"


def _another_time(sent: list[Token]) -> bool:
    """A time in the sentence that may lie outside the story's month: a year or a decade ("a landmark 2012 visit",
    "in the 1960s"), a month's name, a span of time ("two years later", "a month earlier", "last week"), a season
    ("in the autumn"); not a weekday, "yesterday" or "this morning", which are the story's own days."""
    return any(
        YEAR.fullmatch(t.text)
        or (t.ent_type_ == "DATE" and (t.lower_ in MONTHS or t.lower_ in SPAN_WORDS))
        or _season(t)
        for t in sent
    )


SEASON_BEFORE = frozenset({"the", "this", "last", "next", "early", "late", "that"})
"""Words before "fall" that make it the season ("in the fall", "last fall"), not a drop ("a fall in prices")."""


def _season(token: Token) -> bool:
    """A season's noun: "in the spring", "next winter", "last fall"; "fall" only after one of SEASON_BEFORE and not
    before "of" or "in" ("the fall of the government", "a fall in oil prices")."""
    if token.lower_ not in SEASONS or token.pos_ != "NOUN":
        return False
    if token.lower_ != "fall":
        return True
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return before in SEASON_BEFORE and after not in ("of", "in")


def pluperfect(verb: Token) -> bool:
    """ "had met", "he'd met", and "had been able to meet", "had managed to see": the verb or one it completes."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _present_or_perfect(verb: Token) -> bool:
    """ "meets", "is meeting", "has met", "have held": told as now or as just done."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "is", "are") for c in verb.children)
