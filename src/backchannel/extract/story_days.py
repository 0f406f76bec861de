"""The day a story last told, for a contact dated from it: "Ruto met Abiy on Tuesday. Two days later he called
Museveni" is Thursday's call (rule date.relative-to-story); and the day of the section a contact is told in, a
diary's day heading's or a live blog entry's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..datelines import blog_entries, day_headings
from ..dates import MONTHS
from ..records import DateValue
from .actor_words import doc_text
from .contact_words import TIMING_PREPS
from .lexicon import SPEECH_VERBS
from .trace import collecting, fired
from .vocabulary import vocabulary
from .when import WEEKDAYS, YEAR, is_calendar, resolve, story_day_offset

SENTENCES_BACK = 4
"""How far back the story's last day may be told: a relative day farther from any date is left undated."""

SAYING_VERBS = SPEECH_VERBS | {"issue", "release", "publish"}


THAT_YEAR = re.compile(
    r"(?:(?:in\s+)?that\s+)?(?:(?:early|late)\s+)?(?:year|spring|summer|autumn|fall|winter)", re.IGNORECASE
)
"""A year told from the story's: "met him twice that year", "several weeks that autumn" (rule date.that-year)."""
WEEK_AFTER_DAY = re.compile(r"\s+(?:of\s+)?(?:last|next|this)\s+week\b", re.IGNORECASE)
"""The week the tagger split from the weekday before it: "on Thursday" "last week"."""

THAT_MONTH = re.compile(r"(?:(?:in\s+)?that\s+)?(?P<month>[A-Z][a-z]+)")
"""A month told from the story's year: "met him secretly in Muscat that July" (rule date.that-month)."""


def resolve_told(trigger: Token, date_text: str, published: str | None, *, future: bool) -> DateValue | None:
    """The date of ``date_text`` told at ``trigger``, counting "two days later" from the story's last day."""
    if (dated := _with_a_coordinated_year(trigger, date_text)) is not None:
        told = resolve(dated, published, future=future)
        if told is not None:
            fired("date.coordinated-year")
            return replace(told, text=date_text.strip())
    if (month := _that_month(trigger, date_text)) is not None:
        return _in_the_story_year(trigger, month, date_text.strip())
    if _that_year(trigger, date_text):
        return _in_the_story_year(trigger, None, date_text.strip())
    if (week := _weekday_of_week(trigger, date_text)) is not None:
        return resolve(week, published, future=future)
    if (told := _month_day_of_the_story(trigger, date_text, published)) is not None:
        return told
    if future and _day_of_a_past_verb(trigger, date_text):
        fired("date.day-of-a-past-verb")  # "left for Caracas on Monday to hold talks": that Monday is behind
        future = False
    if future and _pluperfect_plan(trigger, date_text):
        told = resolve(date_text, published, future=False)
        ahead = resolve(date_text, published, future=True)
        if told is not None and ahead is not None and told.value != ahead.value:
            fired("date.pluperfect-plan")
            return _nearest(told, ahead, published)
    if story_day_offset(date_text) is None:
        return resolve(date_text, published, future=future)
    sent = trigger.sent
    # the tagger's date may be shorter than the phrase ("The day" of "The day before"), or a time ("the previous
    # evening")
    phrase = next((e for e in sent.ents if e.label_ in ("DATE", "TIME") and e.text.strip() in date_text), None)
    before = phrase.start if phrase is not None else sent.start
    # "that same day" harks back to a day the story told; "the day before" may count from the report's
    counted = _day_said_on(trigger, before, published) if story_day_offset(date_text) != 0 else None
    told = counted or _last_told(trigger.doc, before, published, future=future)
    if told is None and story_day_offset(date_text) == 0:
        told = _day_said_on(trigger, before, published)  # "said on Thursday that X had called Y that morning"
    if told is not None and told.precision == "month" and story_day_offset(date_text) == 0:
        fired("date.relative-to-story")  # "met Xi earlier this month … talks with Li the same day": that month
        return DateValue(told.value, "month", date_text.strip())
    day = date.fromisoformat(told.value) if told is not None and told.precision == "day" else None
    return resolve(date_text, published, future=future, story_day=day)


_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DAY_AND_MONTH = rf"(?:(?:{_MONTH_NAME})\.?\s+{_DAY}|{_DAY}\s+(?:of\s+)?(?:{_MONTH_NAME}))"
_JOINED = r"(?:,?\s+(?:and|or)\s+|,\s+)(?:again\s+)?(?:on\s+)?"
COORDINATED_YEAR = re.compile(rf"(?:{_JOINED}{_DAY_AND_MONTH})+,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
"""The days and months joined after a date, the last with a year: ", March 3 and May 27, 2019"."""
DAY_AND_MONTH = re.compile(_DAY_AND_MONTH, re.IGNORECASE)
A_DAY_AND_MONTH = re.compile(rf"\b{_DAY_AND_MONTH}(?!\d)", re.IGNORECASE)
"""A day and a month, not a month and a year ("December 1998")."""


def _with_a_coordinated_year(trigger: Token, date_text: str) -> str | None:
    """ "met on February 11 and May 27, 2019": a day and month told with no year of its own, and the year the
    dates joined after it end in, written into it ("February 11, 2019"; rule date.coordinated-year)."""
    text = date_text.strip()
    day = DAY_AND_MONTH.search(text)
    if day is None or YEAR.search(text[day.end() :]):
        return None
    ent = next((e for e in trigger.sent.ents if e.label_ == "DATE" and text.endswith(e.text)), None)
    joined = COORDINATED_YEAR.match(doc_text(trigger.doc), ent.end_char) if ent is not None else None
    if joined is None:
        return None
    return f"{text[: day.end()]}, {joined['year']}{text[day.end() :]}"


def _entity_of(trigger: Token, date_text: str) -> SpacySpan | None:
    """The tagger's date in the trigger's sentence that ``date_text`` was read from."""
    text = date_text.strip()
    return next((e for e in trigger.sent.ents if e.label_ == "DATE" and e.text.strip() in text), None)


def _pluperfect_plan(trigger: Token, date_text: str) -> bool:
    """ "a visit, which had been scheduled for 20 May, was called off": a plan told in the pluperfect, for a day
    named by its month (a weekday or "tomorrow" says nothing of which side of the article the day lies)."""
    if A_DAY_AND_MONTH.search(date_text) is None or YEAR.search(date_text):
        return False
    ent = _entity_of(trigger, date_text)
    node = ent.root if ent is not None else None
    for _ in range(5):
        if node is None:
            return False
        if node.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in node.children
        ):
            return True
        if node.dep_ in ("ccomp", "relcl", "advcl", "conj", "ROOT") or node.head.i == node.i:
            return False
        node = node.head
    return False


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a verb that carries its clause's tense."""
CLAUSE_CLIMB = 9
"""How many heads up from a day its clause's tensed verb is looked for: "came … to do … in a tweet on landing … on
Thursday"."""
JOURNEY_VERBS = (
    vocabulary("contacts").words("travel_verbs")
    | vocabulary("places").words("arrival_verbs")
    | vocabulary("places").words("leaving_verbs")
)
"""Verbs of a journey, whose day a contact it is made for follows."""


def _day_of_a_past_verb(trigger: Token, date_text: str) -> bool:
    """Whether the day a contact still to come is dated by is the day of a journey told in the simple past ("left for
    Caracas on Monday to hold talks with X", "said in a tweet on landing on Thursday for talks with X"): a weekday
    or a day of a month told so lies behind the story, wherever the contact falls after it (rule
    date.day-of-a-past-verb); not the day of an agreeing ("agreed on Monday to meet X")."""
    ent = _entity_of(trigger, date_text)
    if ent is None or not A_DAY.search(date_text) or ent.root.i in {t.i for t in trigger.subtree}:
        return False
    node, journey = ent.root, False
    for _ in range(CLAUSE_CLIMB):
        journey = journey or node.lemma_.lower() in JOURNEY_VERBS
        if node.tag_ in FINITE_TAGS or node.head.i == node.i:
            break
        node = node.head
    modal = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in node.children)
    return journey and node.tag_ == "VBD" and not modal and node.is_ancestor(trigger)


A_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|" + A_DAY_AND_MONTH.pattern, re.IGNORECASE
)
"""A weekday, or a day and a month: a day that lies on one side of the story or the other."""


def _nearest(told: DateValue, ahead: DateValue, published: str | None) -> DateValue:
    """Of a day read back and the same day read ahead, the one nearer the article's date (rule
    date.pluperfect-plan): a plan that had been set for a day may have been due before the article or after it."""
    if not published:
        return told
    day = date.fromisoformat(published[:10])
    back = abs((date.fromisoformat(told.value) - day).days)
    forward = abs((date.fromisoformat(ahead.value) - day).days)
    return told if back <= forward else ahead


def _month_day_of_the_story(trigger: Token, date_text: str, published: str | None) -> DateValue | None:
    """ "His finest hour came in December 1978. On the night of December 21, he sat down with Y": a day and month
    with no year, told in the paragraph just after the same month with its year, is in that year (rule
    date.month-of-the-story)."""
    day = A_DAY_AND_MONTH.search(date_text)
    if day is None or YEAR.search(date_text) or _with_a_coordinated_year(trigger, date_text) is not None:
        return None
    month = next(m for m in MONTHS if re.search(rf"\b{m}\b", day.group(0), re.IGNORECASE))
    doc = trigger.doc
    ent = _entity_of(trigger, date_text)
    before = ent.start if ent is not None else trigger.sent.start
    sents = [s for s in doc.sents if s.start < before][-SCENE_BACK - 1 :]
    paragraph = max((t.i for t in doc[:before] if "\n" in t.text), default=-1)
    earlier = [e for e in doc.ents if e.label_ == "DATE" and sents and sents[0].start <= e.start and e.end <= before]
    earlier = [e for e in earlier if e.start > paragraph]
    if not earlier:
        return None
    last = earlier[-1]
    year = YEAR.search(last.text)
    named = re.search(rf"\b{month}\b", last.text, re.IGNORECASE)
    if year is None or named is None or A_DAY_AND_MONTH.search(last.text):
        return None
    told = resolve(f"{day.group(0)}, {year['year']}", published)
    if told is None:
        return None
    fired("date.month-of-the-story")
    return replace(told, text=date_text.strip())


def scene_date(trigger: Token, published: str | None) -> DateValue | None:
    """ "Storms closed the airport on Monday. Berg sat down with Holm at a hotel near the terminal": a contact
    told with no date of its own, in the paragraph of a day told just before, took place on that day (rule
    date.scene-before)."""
    times = _own_times(trigger)
    if times and all(_part_of_the_day(e) for e in times):
        return _day_of_the_part(trigger, published)
    if times:
        return None  # a time of its own, if one left undated ("the day after the vote"), is not the scene's
    start = trigger.sent.start
    paragraph = max((t.i for t in trigger.doc[:start] if "\n" in t.text), default=-1)
    told = _last_told(trigger.doc, start, published, future=False, sentences_back=SCENE_BACK, since=paragraph + 1)
    if told is not None:
        fired("date.scene-before")
        return told
    return section_day(trigger, published, future=False)


BLOG_ENTRIES = "blog_entries"
"""Where a doc keeps its live blog entries' starts and time stamps, which the parsed text has blanked."""


WRITTEN_TEXT = "written_text"
"""Where a doc keeps its text as written, dateline and all, which the parsed text has blanked."""


def keep_blog_entries(doc: Doc, text: str) -> None:
    """Keep in ``doc`` what pipeline.analysable_text blanks for the parse: the entries of a live blog ``text`` is,
    and the text as written, whose dateline tells where the story's "here" is."""
    doc.user_data[BLOG_ENTRIES] = blog_entries(text)
    doc.user_data[WRITTEN_TEXT] = text


def written_text(doc: Doc) -> str:
    """The text ``doc`` was parsed from as written, its dateline not blanked."""
    return doc.user_data.get(WRITTEN_TEXT) or doc_text(doc)


DAY_HEADINGS = "day_headings"
"""Where a doc keeps its section headings' offsets and days, which several readings of a contact's day ask for."""


def doc_day_headings(doc: Doc) -> list[tuple[int, str | None]]:
    """``datelines.day_headings`` of the doc's text, found once per doc."""
    if DAY_HEADINGS not in doc.user_data:
        doc.user_data[DAY_HEADINGS] = day_headings(doc.text)
    return doc.user_data[DAY_HEADINGS]


def day_of_heading(heading: str, published: str | None, *, future: bool) -> DateValue | None:
    """The day a diary's day heading names ("Monday 24 June", "Tuesday"), read against ``published``, in the
    heading's words (rule date.day-heading)."""
    if (day := resolve(heading, published, future=future)) is None:
        return None
    fired("date.day-heading")
    return DateValue(day.value, day.precision, heading)


def section_day(trigger: Token, published: str | None, *, future: bool) -> DateValue | None:
    """The day of the section a contact with no day of its own is told in: a diary's day heading above it
    ("TUESDAY. The host received …", "Monday, March 3" on a line of its own; rule date.day-heading), or else, in a
    live blog, its entry's day, the publication's ("10:15 a.m. — X sat down with Y"; rule date.live-blog-entry)."""
    at = trigger.sent.start_char
    headed = [day for start, day in doc_day_headings(trigger.doc) if start <= at]
    if headed and headed[-1] is not None and (day := day_of_heading(headed[-1], published, future=future)) is not None:
        return day
    stamps = [stamp for start, stamp in trigger.doc.user_data.get(BLOG_ENTRIES, []) if start <= at]
    if not stamps or not published:
        return None
    fired("date.live-blog-entry")
    return DateValue(published[:10], "day", stamps[-1])


def _day_of_the_part(trigger: Token, published: str | None) -> DateValue | None:
    """ "The accord was signed on Tuesday. … In the afternoon the minister was received by the president": a
    contact told at a part of a day, with no day of its own, took place on the day the story last told, up to
    ``PART_BACK`` sentences back (rule date.part-of-the-day)."""
    start = trigger.sent.start
    told = _last_told(trigger.doc, start, published, future=False, sentences_back=PART_BACK, days_only=True)
    if told is None:
        return section_day(trigger, published, future=False)
    fired("date.part-of-the-day")
    return told


PART_BACK = 10
"""How far back a contact told at a part of a day looks for that day: the story's day, often told in its lead."""


def _part_of_the_day(ent: SpacySpan) -> bool:
    """ "in the afternoon", "earlier in the day": a part of a day the sentence does not name; not "the morning
    after the vote", a day of its own the story leaves undated."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    told_from = after is not None and after.lower_ in ("after", "before", "of")
    # the tagger's date may leave out "Earlier in" of "Earlier in the day"
    told_in = ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ in ("earlier", "later")
    start = ent.start - 2 if told_in else ent.start
    return PART_OF_THE_DAY.fullmatch(doc[start : ent.end].text.strip()) is not None and not told_from


PART_OF_THE_DAY = re.compile(
    r"(?:earlier|later)\s+in\s+the\s+day|(?:(?:earlier|later)\s+in\s+)?the\s+(?:morning|afternoon|evening)",
    re.IGNORECASE,
)
"""A part of the story's day: "(in) the afternoon", "earlier in the day"; not "the next day", "the day after the
vote", which are counted from a day of their own."""


def _a_time_of_its_own(ent: SpacySpan) -> bool:
    """A date or a day the contact's own words give it, not a length ("for three hours", "a two-day visit")."""
    return ent.label_ in ("DATE", "TIME") and (is_calendar(ent.text) or OWN_DAY.search(ent.text) is not None)


def time_of_its_own_on(verb: Token) -> bool:
    """Whether the words of ``verb`` tell a date or a day of their own ("the day after the vote", "the following
    day"), resolved or not; not a length ("for three hours") nor a part of the story's day ("in the afternoon")."""
    return any(not _part_of_the_day(e) for e in _own_times(verb))


def _own_times(verb: Token) -> list[SpacySpan]:
    """The times told in the words of ``verb``: dates and days, not lengths."""
    own = {t.i for t in verb.subtree}
    return [e for e in verb.sent.ents if e.root.i in own and _a_time_of_its_own(e)]


OWN_DAY = re.compile(r"(?<!-)\b(?:day|night|morning|afternoon|evening)\b", re.IGNORECASE)
"""A day told in the contact's own words, if one left undated: "the day after the vote"."""


SCENE_BACK = 2
"""How far back, within its paragraph, a contact with no date of its own looks for the day of its scene."""


def _that_month(trigger: Token, date_text: str) -> int | None:
    """The month of "that July" told in the trigger's sentence (the tagger's date leaves out "that")."""
    m = THAT_MONTH.fullmatch(date_text.strip())
    if m is None or m["month"].lower() not in MONTHS:
        return None
    told = date_text.strip().lower().startswith(("that ", "in that "))
    told = told or any(
        e.label_ == "DATE" and e.text == date_text.strip() and e.start > 0 and trigger.doc[e.start - 1].lower_ == "that"
        for e in trigger.sent.ents
    )
    return MONTHS[m["month"].lower()] if told else None


def _weekday_of_week(trigger: Token, date_text: str) -> str | None:
    """ "met in Tokyo on Thursday last week": a weekday the tagger told apart from the week after it, joined to it
    again (rule date.weekday-of-week)."""
    ent = _entity_of(trigger, date_text)
    if ent is None or ent.text.strip().lower() not in WEEKDAYS:
        return None
    week = WEEK_AFTER_DAY.match(doc_text(trigger.doc), ent.end_char)
    return ent.text + week.group(0) if week is not None else None


def _that_year(trigger: Token, date_text: str) -> bool:
    """Whether ``date_text`` is "that year" or "that autumn", the tagger's date leaving out "that" or not."""
    text = date_text.strip()
    if THAT_YEAR.fullmatch(text) is None:
        return False
    ent = _entity_of(trigger, text)
    return text.lower().startswith(("that ", "in that ")) or (
        ent is not None and ent.start > 0 and trigger.doc[ent.start - 1].lower_ == "that"
    )


def _in_the_story_year(trigger: Token, month: int | None, text: str) -> DateValue | None:
    """ "that July": July of the year the story last named, a few sentences back at most; undated without one;
    "that year", "that autumn" (``month`` None): that year (rule date.that-year)."""
    sents = [s for s in trigger.doc.sents if s.start <= trigger.sent.start][-SENTENCES_BACK - 1 :]
    years = [
        m["year"]
        for e in trigger.doc.ents
        if e.label_ == "DATE"
        and sents[0].start <= e.start
        and e.start < trigger.i
        and e.root.dep_ not in ("nummod", "compound", "amod")  # "a 2009 biography": when a thing was, not the story
        for m in YEAR.finditer(e.text)
    ]
    if not years:
        return None
    if month is None:
        fired("date.that-year")
        return DateValue(years[-1], "year", text)
    fired("date.that-month")
    return DateValue(f"{years[-1]}-{month:02d}", "month", text)


def _last_day(doc: Doc, before: int, published: str | None, *, future: bool) -> date | None:
    told = _last_told(doc, before, published, future=future)
    return date.fromisoformat(told.value) if told is not None and told.precision == "day" else None


def _last_told(
    doc: Doc,
    before: int,
    published: str | None,
    *,
    future: bool,
    sentences_back: int = SENTENCES_BACK,
    since: int = 0,
    days_only: bool = False,
) -> DateValue | None:
    sents = [s for s in doc.sents if s.start < before][-sentences_back:]
    if not sents:
        return None
    first = max(sents[0].start, since)
    earlier = [e for e in doc.ents if e.label_ == "DATE" and first <= e.start and e.end <= before]
    for ent in reversed(earlier):
        if not is_calendar(ent.text) or _day_of_saying(ent):
            continue
        day = day_left_out(ent)
        with collecting([]):  # the day counted from decides nothing itself
            if story_day_offset(ent.text) is not None:
                value = resolve(ent.text, published, story_day=_last_day(doc, ent.start, published, future=future))
            else:
                value = resolve(day + ent.text, published, future=future)
        if day and value is not None and value.precision == "day":
            fired("date.day-left-out")
        if value is None or value.precision not in ("day", "week", "month"):
            continue  # "sign before the end of the year": a span, not a day the story tells of
        if value.week or value.precision == "week":
            return None  # "travelled last week": some day of that week, which the story does not say
        if days_only and value.precision != "day":
            continue  # "the groups had met the deadline set in January": not the day of the scene
        if value.precision == "month" and _month_of_another_happening(ent):
            continue
        return value
    return None


def _month_of_another_happening(ent: SpacySpan) -> bool:
    """ "X served as envoy before his appointment as minister in April 2022": a month told inside a phrase or
    clause that bounds something by another happening is that happening's, told as background, not the month the
    story's next scene is in (rule date.background-month); so is one told just after such a phrase, which the parse
    may hang on the verb the phrase bounds ("served … before his appointment … in April 2022")."""
    for node in (ent.root, *ent.root.ancestors):
        phrase = _bounding_happening(node) and not ent.start <= node.i < ent.end
        clause = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIMING_PREPS for c in node.children)
        after = node.dep_ == "prep" and any(
            c.dep_ == "prep" and c.i < node.i and any(_bounding_happening(o) for o in c.children)
            for c in node.head.children
        )
        if phrase or clause or after:
            fired("date.background-month")
            return True
    return False


def _bounding_happening(node: Token) -> bool:
    """ "before his appointment", "since the war": a happening that bounds something in time."""
    return node.dep_ == "pobj" and node.pos_ == "NOUN" and node.head.lower_ in TIMING_PREPS


def day_left_out(ent: SpacySpan) -> str:
    """ "- 4 September 1990: North Korea's premier crosses …": the tagger's date may leave out the day before its
    month, which still names the day (rule date.day-left-out)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not before.text.isdigit() or not 1 <= int(before.text) <= 31:
        return ""
    if ent.start > 2 and doc[ent.start - 2].text in ("-", "–", "to") and doc[ent.start - 3].text.isdigit():
        return ""  # "16-19 October 1990": a span of days, which names none of them
    return before.text + " " if ent[0].lower_.rstrip(".") in MONTHS else ""


def _day_said_on(trigger: Token, before: int, published: str | None) -> DateValue | None:
    """ "The daily claimed on Wednesday that X had telephoned Y the previous evening": a day told from another,
    inside what a report dated in the same sentence says, counts from the report's day (rule
    date.from-the-day-of-saying); elsewhere the day something was said is not one the story tells of, and "the
    same day" harks back to one the story told (the caller asks only for a day counted some days off)."""
    for ent in (e for e in trigger.sent.ents if e.label_ == "DATE" and e.end <= before and _day_of_saying(e)):
        node = ent.root.head if ent.root.dep_ == "pobj" else ent.root
        verb = node.head if node.dep_ in ("prep", "npadvmod") else node
        if not verb.is_ancestor(trigger) or story_day_offset(ent.text) is not None:
            continue
        with collecting([]):  # the day counted from decides nothing itself
            said = resolve(ent.text, published)
        if said is not None and said.precision == "day":
            fired("date.from-the-day-of-saying")
            return said
    return None


def _day_of_saying(ent: SpacySpan) -> bool:
    """ "the ministry said on Tuesday", "a statement issued on Wednesday": the day something was said is not a
    day the story tells of."""
    node = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    verb = node.head if node.dep_ in ("prep", "npadvmod") else node
    return verb.lemma_.lower() in SAYING_VERBS
