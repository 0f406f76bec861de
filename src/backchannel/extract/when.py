"""Dates of events, normalised against the article's published date.

"on February 3" → 2026-02-03; "on Tuesday" → the Tuesday before publication;
"last week" → the ISO week; "late December" (in a February article) →
2025-12 with modifier ``end``. Precision and modifier say honestly what the
text told; no day is invented. Without a published date, only expressions
that carry their own year resolve.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from ..dates import MONTHS, iso
from ..records import DateValue
from .trace import fired

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SUNDAY = 6
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PART = r"(?:(?P<part>early|mid|middle of|late|end of|the end of|beginning of|the beginning of|start of)[\s-]+)?"
FULL_DATE = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    r"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.replace("month", "month2")
    + r"(?:,?\s+(?P<year2>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_DAYS = {
    word: n
    for n, word in enumerate(
        [*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
        + ["seventeenth", "eighteenth", "nineteenth", "twentieth"]
        + [f"twenty-{u}" for u in _UNITS]
        + ["thirtieth", "thirty-first"],
        start=1,
    )
}
ORDINAL_DAY = re.compile(
    r"\b(?P<word>"
    + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
    + r")\s+of\s+(?:(?P<this>this|the)\s+month\b|"
    + _MONTH
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b)",
    re.IGNORECASE,
)
"""A day of the month spelt out: "the twelfth of April", "the fourth of this month" (rule date.month-day)."""
NTH_OF_MONTH = re.compile(
    r"\b(?P<nth>first|second|third|fourth|last)\s+(?P<what>week|"
    + "|".join(WEEKDAYS)
    + r")\s+(?:of|in)\s+"
    + _MONTH
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
"""A weekday or week counted in a month: "the last Thursday of January", "the second week of April" (rule
date.nth-of-month); read before "last Thursday", "last week"."""
NTHS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
MONTH_ONLY = re.compile(r"\b" + PART + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
ISO_DAY = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
WEEKDAY = re.compile(
    r"\b(?P<rel>last|next|(?:this\s+)?coming|this|on)?\s*(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
DAY_OF_MONTH = re.compile(r"^(?:on\s+)?the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)$", re.IGNORECASE)
"""A day of the month with no month: "on the 15th" is the latest 15th up to the article, or the next for a
planned contact (rule date.day-of-month)."""
WEEKDAY_RANGE = re.compile(r"\s*(?:and|to|through|until|-|–)\s*(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b" + PART + r"(?P<rel>last|next|this|earlier this|later this|past|coming)\s+(?P<unit>week|month|year|weekend)\b"
    r"|\b(?P<word>yesterday|today|tomorrow|tonight|last night)\b|\b(?:the|this|over the)\s+(?P<weekend>weekend)\b"
    r"|\bthis\s+(?P<part_of_day>morning|afternoon|evening)\b",
    re.IGNORECASE,
)
PART_OF_THE_UNIT = re.compile(
    r"\b(?P<part>early|mid|middle of|late|end of|the end of|beginning of|the beginning of|start of)[\s-]+"
    r"(?:the|this)\s+(?P<unit>month|year)\b",
    re.IGNORECASE,
)
"""A part of the month or year the article is in: "at the end of the month", "late this year"."""
MODIFIERS = {
    "early": "start",
    "beginning of": "start",
    "the beginning of": "start",
    "start of": "start",
    "mid": "mid",
    "middle of": "mid",
    "late": "end",
    "end of": "end",
    "the end of": "end",
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
AGO = re.compile(
    r"\b(?P<n>" + "|".join(NUMBERS) + r"|\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE
)
"""A time counted back from the article's date: "ten days ago", "a week ago" (rule date.ago)."""
AHEAD = re.compile(
    r"\b(?P<within>in|within)\s+(?:the\s+next\s+)?(?P<n>"
    + "|".join(NUMBERS)
    + r"|\d{1,2})\s+(?P<unit>days?|weeks?|months?)(?:['’]s?\s+time)?(?!\s+of\b)",
    re.IGNORECASE,
)
"""A time counted ahead from the article's date, for a contact still to come: "will meet again in two weeks",
"within ten days", "in three weeks' time" (rule date.counted-ahead)."""
STORY_DAY = re.compile(
    r"(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>later|afterwards?|after|on|earlier|before|previously|prior)"
    r"|the\s+(?P<side>next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<dir2>before|after)"
    r"|(?:(?:later|earlier)\s+)?(?:that|that\s+same|the\s+same)\s+(?:day|morning|afternoon|evening|night)|this\s+day"
    r"|(?:later|earlier)\s+in\s+the\s+day",
    re.IGNORECASE,
)
"""A day told from another day of the story ("two days later", "the day before", "that evening", "later that day",
"later in the day");
the story gives the day it counts from, not the article's date (rule date.relative-to-story)."""
FUTURE_WINDOW = 14
"""A "February 3" more than this many days after publication is last year's."""
SEASON = re.compile(
    r"\b(?:(?:(?P<rel>last|next|this|past|coming)|the)\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+)"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+\d)",
    re.IGNORECASE,
)
"""A season with no year: "in the spring", "last summer", "this autumn", "late summer" (rule date.season); a bare
"winter" or "summer" more often names a thing ("the winter lantern festival", "a summer retreat"), "the winter of
1993" is that year's."""
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
"""The month each season opens with; every season lasts three months, winter running into the next year."""
NEW_YEAR = re.compile(r"\b(?P<day>new\s+year'?s?'?\s+(?P<which>day|eve))\b|\bthe\s+new\s+year\b", re.IGNORECASE)
"""The turn of the year: "on New Year's Day", "New Year's Eve", "in the new year" (rule date.new-year)."""
WEEKDAY_OF_WEEK = re.compile(
    r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\s+(?:of\s+)?(?P<rel>last|next|this)\s+week\b", re.IGNORECASE
)
"""A weekday of a week told from the article's: "on Thursday last week", "Monday of next week" (rule
date.weekday-of-week)."""


CALENDAR = re.compile(
    r"\d{4}|\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + "|"
    + "|".join(WEEKDAYS)
    + r"|yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening"
    + r"|week|weekend|month|year)\b",
    re.IGNORECASE,
)


LENGTH = re.compile(
    r"(?:(?:in|for|over)\s+)?(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|some|over|under|at\s+least)?"
    r"\s*(?:a|an|one|a\s+full|a\s+whole)\s+(?:week|month|year)",
    re.IGNORECASE,
)
"""A length of time, not a point in it: "the first meeting in more than a year", "talks for about a week"."""


def is_calendar(text: str) -> bool:
    """Whether a DATE entity names a point in time ("on Tuesday") rather than a length ("one-day", "more than a
    year")."""
    if story_day_offset(text) is not None or DAY_OF_MONTH.match(text.strip()) or AGO.search(text):
        return True
    if is_length(text):
        return False
    told = CALENDAR.search(text) is not None or SEASON.search(text) is not None
    return told and not re.search(r"\b(?:\w+-day|\w+-week|\w+-year)\b", text)


def is_length(text: str) -> bool:
    """ "in more than a year", "for about a week": a length the tagger took for a date, which tells no time."""
    return LENGTH.fullmatch(text.strip()) is not None


def story_day_offset(text: str) -> int | None:
    """How many days after the story's last told day ``text`` lies, when it is told from that day."""
    m = STORY_DAY.fullmatch(re.sub(r"^(?:on|by|in)\s+", "", text.strip(), flags=re.IGNORECASE))
    if m is None:
        return None
    if m["n"]:
        count = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
        days = count * (7 if m["unit"].lower().startswith("week") else 1)
        return -days if m["dir"].lower() in ("earlier", "before", "previously", "prior") else days
    if m["side"]:
        return 1 if m["side"].lower() in ("next", "following") else -1
    if m["dir2"]:
        return -1 if m["dir2"].lower() == "before" else 1
    return 0


def _published(value: str | None) -> date | None:
    if not value:
        return None
    m = ISO_DAY.search(value)
    if not m:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def resolve(
    text: str, published: str | None, *, future: bool = False, story_day: date | None = None
) -> DateValue | None:
    """The date ``text`` names, read against ``published``; ``future`` for planned events; ``story_day``, the
    day the story last told, for a day told from it ("two days later")."""
    if (offset := story_day_offset(text)) is not None:
        if story_day is None:
            return None
        fired("date.relative-to-story")
        return DateValue((story_day + timedelta(days=offset)).isoformat(), "day", text.strip())
    anchor = _published(published)
    if m := ISO_DAY.search(text):
        fired("date.iso")
        return DateValue(m.group(0), "day", m.group(0))
    if (m := NTH_OF_MONTH.search(text)) and (counted := _nth_of_month(m, anchor, future=future)) is not None:
        return counted
    if (m := ORDINAL_DAY.search(text)) and (day := _spelt_day(m, anchor, future=future)) is not None:
        return day
    if m := FULL_DATE.search(text):
        month = MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")]
        year = m["year"] or m["year2"] or _year_told_after(text, m.end(), anchor)
        return _month_day(month, int(m["day"] or m["day2"]), year, anchor, m.group(0), future=future)
    if (m := AGO.search(text)) and anchor is not None:
        return _ago(m, anchor)
    if future and (m := AHEAD.search(text)) and anchor is not None:
        return _ahead(m, anchor)
    if (m := WEEKDAY_OF_WEEK.search(text)) and anchor is not None:
        fired("date.weekday-of-week")  # "on Thursday last week": the Thursday of the week before the article's
        step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return DateValue((monday + timedelta(days=WEEKDAYS.index(m["day"].lower()))).isoformat(), "day", m.group(0))
    month_of = next((x for x in MONTH_ONLY.finditer(text) if x["month"][0].isupper() and not x["year"]), None)
    if month_of is not None and (year := _year_told_after(text, month_of.end(), anchor)) is not None:
        modifier = _bound(text, month_of.start()) or MODIFIERS.get((month_of["part"] or "").lower())
        return DateValue(f"{year}-{MONTHS[month_of['month'].lower().rstrip('.')]:02d}", "month", text.strip(), modifier)
    if m := RELATIVE.search(text):
        return _relative(m, anchor, future=future)
    if (m := NEW_YEAR.search(text)) and anchor is not None:
        return _new_year(m, anchor, future=future)
    if (m := PART_OF_THE_UNIT.search(text)) and anchor is not None:
        fired("date.relative.part")  # "at the end of the month": this month's end
        modifier = MODIFIERS.get(m["part"].lower())
        if m["unit"].lower() == "month":
            return DateValue(f"{anchor.year}-{anchor.month:02d}", "month", m.group(0), modifier)
        return DateValue(str(anchor.year), "year", m.group(0), modifier)
    if (m := DAY_OF_MONTH.match(text.strip())) and anchor is not None:
        return _day_of_month(int(m["day"]), anchor, m.group(0), future=future)
    if m := WEEKDAY.search(text):
        if anchor is None:
            return None
        target = WEEKDAYS.index(m["day"].lower())
        rel = (m["rel"] or "").lower()
        if rel == "last" and anchor.weekday() == SUNDAY and target != SUNDAY:
            # a Sunday paper looks back on the week it closes: its "last Thursday" is three days before
            fired("date.weekday.last-on-sunday")
            day_value = anchor - timedelta(days=(anchor.weekday() - target) % 7)
        elif rel == "last":
            # "last Monday" in a Wednesday story is the Monday of the week before, not two days ago
            fired("date.weekday.last")
            monday = anchor - timedelta(days=anchor.weekday())
            day_value = monday - timedelta(days=7) + timedelta(days=target)
        elif future or rel == "next" or rel.endswith("coming"):
            # "last Thursday" above looks back even for a contact told as planned
            if rel.endswith("coming"):
                fired("date.weekday.coming")  # "this coming Sunday" lies ahead whatever the contact is told as
            fired("date.weekday.ahead")  # a planned contact "on Friday" is the coming Friday
            delta = (target - anchor.weekday()) % 7
            if (rel == "next" or rel.endswith("coming")) and delta == 0:
                delta = 7  # "on Friday" in a Friday story that looks ahead is today; "next Friday" is not
            day_value = anchor + timedelta(days=delta)
        else:
            fired("date.weekday.past")  # a contact that happened "on Tuesday" is the Tuesday before publication
            day_value = anchor - timedelta(days=(anchor.weekday() - target) % 7)
        if (until := WEEKDAY_RANGE.match(text, m.end())) is not None:
            last = WEEKDAYS.index(until["day"].lower())
            if last > target:
                # "on Monday and Tuesday": the days of one week, given as the first, with the week beside it
                fired("date.weekday.range")
                phrase = text[m.start() : until.end()].strip()
                return DateValue(day_value.isoformat(), "day", phrase, week=_week(day_value))
        return DateValue(day_value.isoformat(), "day", m.group(0).strip())
    m = next((x for x in MONTH_ONLY.finditer(text) if x["month"][0].isupper()), None)
    if m:
        month = MONTHS[m["month"].lower().rstrip(".")]
        if m["year"]:
            year = int(m["year"])
        elif anchor:
            year = _nearest_year(anchor, month, 1, future=future, whole_month=True)
        else:
            return None
        modifier = _bound(text, m.start()) or MODIFIERS.get((m["part"] or "").lower())
        fired("date.month" if m["year"] else "date.month.nearest-year")
        return DateValue(f"{year}-{month:02d}", "month", m.group(0).strip(), modifier)
    if not YEAR.search(text) and (m := SEASON.search(text)) and anchor is not None:
        return _season(m, anchor, text, future=future)
    if m := YEAR.search(text):
        fired("date.year")  # "his trip to Geneva in 1985"
        return DateValue(m["year"], "year", m.group(0), _bound(text, m.start()))
    return None


YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b", re.IGNORECASE)
"""The year told after a month or a day: "in January last year", "on 3 March next year"."""


def _year_told_after(text: str, end: int, anchor: date | None) -> str | None:
    """The year "last year", "this year" or "next year" right after a month or day names (rule
    date.month-of-relative-year): "January last year" is last year's January, not the latest one."""
    m = YEAR_AFTER.match(text, end)
    if m is None or anchor is None:
        return None
    fired("date.month-of-relative-year")
    return str(anchor.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0))


def _new_year(m: re.Match[str], anchor: date, *, future: bool) -> DateValue | None:
    """ "New Year's Day" is the first of January nearest the article; "in the new year", told in the second half of
    a year, is the next one, in the first half the one begun (rule date.new-year)."""
    fired("date.new-year")
    if m["day"]:
        eve = m["which"].lower() == "eve"
        return _month_day(12 if eve else 1, 31 if eve else 1, None, anchor, m.group(0), future=future)
    return DateValue(str(anchor.year + (anchor.month > 6)), "year", m.group(0))


def _season(m: re.Match[str], anchor: date, text: str, *, future: bool) -> DateValue | None:
    """The year of a season told with no year (rule date.season), as a reader dates it: "last summer" is the latest
    one over before the article's month, "next spring" the first to open after it, "this autumn" the article
    year's; a bare "in the spring" is the coming one for a planned contact and the latest begun for one that
    happened. A winter is the year of its December."""
    season, rel = m["season"].lower(), (m["rel"] or "").lower()
    opens = SEASON_MONTHS[season]
    now = anchor.year * 12 + anchor.month - 1

    def first(year: int) -> int:
        return year * 12 + opens - 1

    if rel in ("last", "past"):
        year = max(y for y in range(anchor.year - 2, anchor.year + 1) if first(y) + 2 < now)
    elif rel in ("next", "coming"):
        year = min(y for y in range(anchor.year - 1, anchor.year + 2) if first(y) > now)
    elif rel == "this":
        year = anchor.year - 1 if season == "winter" and anchor.month < 4 else anchor.year  # in March, December's
    elif future:
        year = min(y for y in range(anchor.year - 1, anchor.year + 2) if first(y) + 2 >= now)
    else:
        year = max(y for y in range(anchor.year - 1, anchor.year + 1) if first(y) <= now)
    fired("date.season")
    return DateValue(str(year), "year", m.group(0).strip(), _bound(text, m.start()))


def _nth_of_month(m: re.Match[str], anchor: date | None, *, future: bool) -> DateValue | None:
    """ "the last Thursday of January" is that day; "the second week of April" is April, the week beside it (rule
    date.nth-of-month); the year is the one written or the one nearest the article, as for "January"."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    what, nth = m["what"].lower(), m["nth"].lower()
    if m["year"]:
        year = int(m["year"])
    elif anchor is not None:
        year = _nearest_year(anchor, month, 1, future=future, whole_month=True)
    else:
        return None
    fired("date.nth-of-month")
    first = date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    if what == "week":
        middle = last - timedelta(days=3) if nth == "last" else first + timedelta(days=7 * (NTHS[nth] - 1) + 3)
        return DateValue(f"{year}-{month:02d}", "month", m.group(0), week=_week(middle))
    target = WEEKDAYS.index(what)
    if nth == "last":
        day = last - timedelta(days=(last.weekday() - target) % 7)
    else:
        day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (NTHS[nth] - 1))
    return DateValue(day.isoformat(), "day", m.group(0))


def _spelt_day(m: re.Match[str], anchor: date | None, *, future: bool) -> DateValue | None:
    day = ORDINAL_DAYS[m["word"].lower()]
    if m["this"]:  # "the fourth of this month": this month's, whatever the day of publication
        value = iso(anchor.year, anchor.month, day) if anchor is not None else None
        if value is not None:
            fired("date.day-of-month")
        return DateValue(value, "day", m.group(0)) if value else None
    month = MONTHS[m["month"].lower().rstrip(".")]
    return _month_day(month, day, m["year"], anchor, m.group(0), future=future)


def _month_day(
    month: int, day: int, year_text: str | None, anchor: date | None, phrase: str, *, future: bool
) -> DateValue | None:
    """A day of a month, in the year written or, with none, the one nearest the article's date."""
    if year_text:
        year = int(year_text)
    elif anchor is not None:
        year = _nearest_year(anchor, month, day, future=future)
    else:
        return None
    value = iso(year, month, day)
    fired("date.month-day" if year_text else "date.month-day.nearest-year")
    return DateValue(value, "day", phrase) if value else None


def _ago(m: re.Match[str], anchor: date) -> DateValue:
    """ "ten days ago" is that day; "two weeks ago" that week; "three months ago" that month; "a year ago" that
    year (rule date.ago)."""
    fired("date.ago")
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    unit, phrase = m["unit"].lower(), m.group(0)
    if unit.startswith("day"):
        return DateValue((anchor - timedelta(days=n)).isoformat(), "day", phrase)
    if unit.startswith("week"):
        return _week_value(anchor - timedelta(days=7 * n), phrase)
    if unit.startswith("month"):
        index = anchor.year * 12 + anchor.month - 1 - n
        return DateValue(f"{index // 12}-{index % 12 + 1:02d}", "month", phrase)
    return DateValue(str(anchor.year - n), "year", phrase)


def _ahead(m: re.Match[str], anchor: date) -> DateValue:
    """ "in ten days" is that day; "in two weeks", "within two weeks" that week, given as its month; "in three
    months" that month (rule date.counted-ahead); "within" bounds the time from after."""
    fired("date.counted-ahead")
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    unit, phrase = m["unit"].lower(), m.group(0)
    modifier = "before" if m["within"].lower() == "within" else None
    if unit.startswith("day"):
        return DateValue((anchor + timedelta(days=n)).isoformat(), "day", phrase, modifier)
    if unit.startswith("week"):
        return replace(_week_value(anchor + timedelta(days=7 * n), phrase), modifier=modifier)
    index = anchor.year * 12 + anchor.month - 1 + n
    return DateValue(f"{index // 12}-{index % 12 + 1:02d}", "month", phrase, modifier)


def _day_of_month(day: int, anchor: date, phrase: str, *, future: bool) -> DateValue | None:
    month_index = anchor.year * 12 + anchor.month - 1
    if future and day < anchor.day:
        month_index += 1
    elif not future and day > anchor.day:
        month_index -= 1
    value = iso(month_index // 12, month_index % 12 + 1, day)
    if value is None:
        return None
    fired("date.day-of-month")
    return DateValue(value, "day", phrase)


def _bound(text: str, start: int) -> str | None:
    """ "since late December" is after it; "until March" before."""
    before = text[max(0, start - 12) : start].lower().split()
    if before and before[-1] in ("since", "after", "from"):
        return "after"
    if before and before[-1] in ("before", "until", "till", "by"):
        return "before"
    return None


def _nearest_year(anchor: date, month: int, day: int, *, future: bool, whole_month: bool = False) -> int:
    """The year that puts month/day nearest the article, looking back unless planned."""
    year = anchor.year
    candidate = date(year, month, min(day, 28))
    if future:
        end = date(year, month, 28) if whole_month else candidate
        return year + 1 if end < anchor - timedelta(days=FUTURE_WINDOW) else year
    if whole_month:
        return year - 1 if (month, 1) > (anchor.month, 1) else year
    return year - 1 if candidate > anchor + timedelta(days=FUTURE_WINDOW) else year


def _week_value(day: date, phrase: str) -> DateValue:
    """The week holding ``day``, given as the month it lies in, with the ISO week beside it: "last week" is
    "2016-04" (week 2016-W16), as a reader dates it; a week across two months is given as the month holding four
    or more of its days (rule date.week-across-months), its week still beside it."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        fired("date.week-in-month")
        return DateValue(f"{monday.year}-{monday.month:02d}", "month", phrase, week=_week(day))
    fired("date.week-across-months")
    thursday = monday + timedelta(days=3)  # the middle day: its month holds four days of the week or more
    return DateValue(f"{thursday.year}-{thursday.month:02d}", "month", phrase, week=_week(day))


def _weekend_value(saturday: date, phrase: str) -> DateValue:
    """The weekend of ``saturday``, with its ISO week beside it, given as the month its two days lie in (rule
    date.weekend-month), not the month most of its week does: the weekend of 2 and 3 July is July's even when the
    week it ends began in June; one across two months is given as its year."""
    sunday = saturday + timedelta(days=1)
    if sunday.month != saturday.month:
        return DateValue(str(sunday.year), "year", phrase, week=_week(saturday))
    if saturday.month != (saturday - timedelta(days=5)).month:
        fired("date.weekend-month")
    return DateValue(f"{saturday.year}-{saturday.month:02d}", "month", phrase, week=_week(saturday))


def _relative(m: re.Match[str], anchor: date | None, *, future: bool = False) -> DateValue | None:
    if anchor is None:
        return None
    phrase = m.group(0)
    if m["part_of_day"]:
        fired("date.relative.day")  # "late this afternoon": the day of publication
        return DateValue(anchor.isoformat(), "day", phrase)
    if word := (m["word"] or "").lower():
        fired("date.relative.day")
        shift = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return DateValue((anchor + timedelta(days=shift)).isoformat(), "day", phrase)
    rel = (m["rel"] or "").lower()
    unit = (m["unit"] or m["weekend"] or "").lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    fired("date.relative.unit")  # "last week", "later this month", "next year"
    if unit in ("week", "weekend"):
        if unit == "weekend" and step == 0 and future:
            # "will meet at the weekend" (rule date.weekend.ahead): the coming one, Saturday on or after publication
            fired("date.weekend.ahead")
            return _weekend_value(anchor + timedelta(days=(5 - anchor.weekday()) % 7), phrase)
        if unit == "weekend" and step == 0:
            # "the weekend": the one just past (Saturday and Sunday before publication)
            saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
            if saturday == anchor:
                saturday -= timedelta(days=7)
            return _weekend_value(saturday, phrase)
        if unit == "weekend":
            week = anchor + timedelta(weeks=step)
            return _weekend_value(week - timedelta(days=week.weekday()) + timedelta(days=5), phrase)
        return _week_value(anchor + timedelta(weeks=step), phrase)
    # "late last year", "early next month" (rule date.relative.part): the part of it
    modifier = MODIFIERS.get((m["part"] or "").lower())
    if modifier:
        fired("date.relative.part")
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return DateValue(f"{month_index // 12}-{month_index % 12 + 1:02d}", "month", phrase, modifier)
    if unit == "year":
        return DateValue(str(anchor.year + step), "year", phrase, modifier)
    return None


def names_a_day(text: str) -> bool:
    """Whether a date phrase names a day: a weekday ("on Monday", not "on Mondays"), a date, "yesterday"; not a
    month or a year alone."""
    if not text:
        return False
    relative = RELATIVE.search(text)
    return bool(
        WEEKDAY.search(text)
        or FULL_DATE.search(text)
        or ISO_DAY.search(text)
        or ORDINAL_DAY.search(text)
        or DAY_OF_MONTH.match(text)
        or (relative is not None and (relative["word"] or relative["part_of_day"]))
        or story_day_offset(text) is not None
    )
