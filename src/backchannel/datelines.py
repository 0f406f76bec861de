"""Datelines: the city a story was filed from, opening a paragraph ("SEOUL —", "NEW DELHI, March 3 (AP) —"); and
the marks that tell which day a paragraph is of: a live blog's time stamps ("10:15 a.m. —") and a diary's day
headings ("TUESDAY.", "Monday, March 3" on a line of its own).

The text reader blanks datelines and time stamps for the parser (``pipeline.analysable_text``); the extraction reads
the first dateline for the state an outlet writes from and the city a contact with no place of its own was held in.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from typing import NamedTuple

from .dates import MONTHS, find_date
from .extract.trace import fired
from .geo import gazetteer

CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
"""Capital letters a city's name may hold in a dateline, accented ones too: "LOMÉ —", "CHIȘINĂU —", "SÃO PAULO —"."""

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH_WORD = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![A-Za-z])"
"""A month's name or its short form ("March", "Jan.", "FEBRUARY"), a whole word."""

# The parts a dateline is made of, each a small pattern; DATELINE puts them in the orders the press writes them.
_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}'’.-]+"
_TITLE_WORD = r"[A-Z][^\W\d_A-Z][\w'’.]*"
"""A word of a place in title case; a hyphen joins two of them in TITLE_PLACE only, so that "Ab-Cd" is read one way
(a word that could hold a hyphen too made the matching time grow exponentially with such runs)."""
_DAY_NAMES = rf"(?i:{WEEKDAY}|(?:jan|febr)uary|march|april|june|july|august|(?:septem|octo|novem|decem)ber)\b"
CAPS_PLACE = rf"(?!{_DAY_NAMES}){_CAPS_WORD}(?:,?[ ]{_CAPS_WORD}){{0,4}}"
"""A place in capitals, of one word or several, a state's name after a comma too: "PORT MORESBY", "N'DJAMENA",
"ST. JOHN'S", "BEDFORD, N.H.", "APIA, SAMOA"; not a day's or a month's name ("MONDAY, MARCH 16 - …" heads a
diary's day)."""
TITLE_PLACE = rf"{_TITLE_WORD}(?:[ -](?:(?:of|de|del|do|da|es|al|el|la)[ ])?{_TITLE_WORD}){{0,3}}"
"""A place in title case: "Nairobi", "New Delhi", "Port of Spain", "Dar es Salaam", "Trois-Rivieres"."""
REGION = (
    rf"(?!{WEEKDAY}\b|{MONTH_WORD}[ ]*\d)[A-Z][\w'’.-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w'’.-]*){{0,3}}"
    r"(?<![ ]of)"
)
"""The state, province or country after a place: "Kenya", "Costa Rica", "N.H.", "Alta.", "Democratic Republic of
Congo"; not a day's or a month's name, which tell the day."""
_ORDINAL = r"(?:st|nd|rd|th)?"
FILED_DAY = (
    rf"(?:{WEEKDAY},?[ ]+)?(?:\d{{1,2}}{_ORDINAL}[ ]+{MONTH_WORD}|{MONTH_WORD}[ ]*\d{{1,2}}{_ORDINAL}(?!\d))"
    rf"(?:,?[ ]+(?:19|20)\d\d)?|{WEEKDAY}|[A-Z][a-z]{{2,9}}\.?[ ]+\d{{1,2}}(?!\d)"
)
"""The day a dateline gives: a month's name and a day's number either way round, a weekday before them and a year
after them or not ("March 4", "4th March, 2024", "Monday, March 4"), a weekday alone ("LISBON, Tuesday —"), or a day
of another calendar's month ("KATHMANDU, Jestha 29 —"), which dates nothing."""
AGENCY = r"\((?P<agency>\w[^()\n]{0,60})\)|/[A-Z][\w .-]{0,20}/"
"""The agency in brackets, several of them or with a day ("(AP)", "(AP/Reuters)", "(AFP, Reuters)", "(UrduPoint
News / Sputnik - 10th Jan, 2019)"), or between slashes ("/ATA/")."""
DATED_AGENCY = rf"\((?P<dated>\w[^()\n]{{0,40}}?[ ]-[ ](?:{FILED_DAY}))\)"
"""An agency's name and the day in brackets: "(UrduPoint News / Sputnik - 10th Jan, 2019)"."""
ACRONYM = r"[A-Z][A-Za-z]{0,3}(?:/[A-Z]{1,4})?"
"""An agency's short name ("AP", "JP", "RFE/RL"), after which a dateline may end with no dash at all."""
DASH_END = r"\.?[ \t]*(?:[—–―][ \t]*|(?:--|-|_)[ \t]+)"
"""A dateline's end: a dash, a long one glued to the first word or not ("2005—Venezuelan"), a short one or an
old wire's underscore set off by a space ("(AP) _ U.S. envoy …"), a full stop before it ("(BTA). -")."""
_END = (
    rf"(?:{DASH_END}|(?(day)|(?(agency)|(?(also)|(?!))))[ \t]*:[ \t]+|(?(acronym)|(?(dated)|(?!)))[ \t]+)"
    r"(?=[A-Z0-9\"“‘'])"
)
"""After its place and the rest, a dateline ends with a dash; with a colon after a day, an agency or names joined by
slashes ("JAKARTA (JP): …", "TIRANA/ATA: …"); with nothing but a space after an agency's short name or a day in
brackets ("MERIDA, Mexico (AP) President …"); before the story's first word."""
_PLACES = (
    rf"(?:(?P<city>{CAPS_PLACE})(?P<also>(?:[ ]*/[ ]*{CAPS_PLACE})+)?"
    rf"|(?P<tcity>{TITLE_PLACE})(?P<talso>(?:[ ]*/[ ]*{TITLE_PLACE})+)?)"
)
_TAIL = (
    rf"(?:,[ ]*(?P<region>{REGION})(?:,[ ]*{REGION})?(?=[ ]*[,(—–―-]))?"
    rf"(?:,?[ ]*(?P<day>{FILED_DAY}))?(?:,[ ]*[A-Z]{{2,6}}(?=[ ]*[—–―-]))?"
    rf"(?:[ ]*(?:\((?P<acronym>{ACRONYM})\)(?=[ \t]+[A-Z])|{DATED_AGENCY}|{AGENCY}))?"
)
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:By[ ]+[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){1,3},[ ]+(?=[A-Z]{2}))?"
    rf"(?:(?P<lead>{FILED_DAY})[ ]*\((?P<bcity>{CAPS_PLACE}|{TITLE_PLACE})\)"
    rf"|\((?P<lday>{FILED_DAY})[ ]*/[ ]*[A-Z][\w .&-]{{0,30}}\)"
    rf"|{_PLACES}{_TAIL}(?(tcity)(?(day)|(?(agency)|(?(acronym)|(?(dated)|(?(region)(?={DASH_END})|(?!))))))|))"
    rf"{_END}"
)
"""A dateline opening a paragraph, in the orders the press writes its parts (``place_words``, ``filed_day_words``
read them): a place in capitals, or in title case with a day, an agency or a state after it, then a state, a day
and an agency or not, then a dash, a colon after a day or an agency, or nothing after an agency's short name:
"SEOUL —", "WASHINGTON (AP) -", "NEW DELHI, March 3 —", "KHARTOUM, July 10, 2007 (Reuters) -", "HONIARA, Solomon
Islands -", "Washington (AFP) –", "Nairobi, Kenya —", "JAKARTA (JP): …", "MERIDA, Mexico (AP) President …",
"TIRANA, 4 March 2024 —", "PORT OF SPAIN, Trinidad, Jul 6, CMC –", "BOGOTÁ/QUITO, March 16 —", "By Ana Reyes,
TIRANA —"; or the day first and the place in brackets ("July 10, 2007 (KHARTOUM) —"), or the day and the agency in
brackets and no place ("(Jan. 11, 2025 / JNS) —"). A bare "CITY:" is ``OTHER_DATELINE``'s, which tells it from a
transcript's label."""
DATELINE_REACH = 1500
"""How far into the text the story's dateline is looked for (past the headline and a byline)."""


TOLD_DAY = (
    rf"(?:(?:{WEEKDAY},?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))"
    rf"(?:,?\s+(?:19|20)\d\d)?|(?i:{WEEKDAY})(?=[ \t]*$))"
)
"""The day a dateline of the other styles gives: a month's name and a day's number either way round, a day's name
before them or not ("1 March", "Jan. 16", "FEBRUARY 4", "Friday, July 12, 1968"), or a day's name alone on a line
of its own ("MUNSAN, Friday"). Not any number and word: "Moscow, 24 hours after the strike, was calm" tells of
its city, and was filed from anywhere."""
OTHER_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<city>[A-Z][\w’'.]+(?:[ -][A-Z][\w’'.]+){{0,3}})"
    rf"(?:(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){{0,2}})?,\s*(?P<day>{TOLD_DAY})(?=[\s,(/—–-]|[.:][ \t])"
    r"|[ \t]?:[ \t]+(?=[A-Z])|(?P<dash>[ \t]+(?:—|–|―|--|-)[ \t]+)(?=[A-Z]))"
)
"""A dateline in the other styles the press writes it: with a day and no dash ("Chisinau, 1 March /AGENCY/ -",
"New Delhi, July 26 With …", "Baku, Azerbaijan, Jan. 16" on a line of its own, "Red Deer, Alta., Friday, June 3,
1977", "YEREVAN, FEBRUARY 4, AGENCY.", "MINSK, January 21. /AGENCY/.", "Ulan Bator, 17th June: Comrade …"), with a
colon ("NEW DELHI: India and …", the South Asian and Gulf press), or in title case before a dash ("Jakarta –
Underlining …"). Only a city the gazetteer knows makes one (rule place.other-dateline)."""
SENTENCE_END = re.compile(r"[.!?][\"”’')]*[ \t]*$")
"""A paragraph's end as a sentence's: a headline mostly has no full stop."""
DAY_NAME = r"(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?"
"""A day's name or its short form, which opens a date line ("Mon, 16 May 2005"), not a dateline."""
LABEL_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,30}:[ \t]")
"""A paragraph opening with words in capitals and a colon: a transcript's label ("MOYO: …") or a colon dateline."""


def dateline_city(text: str) -> str | None:
    """The words of the city in the story's first dateline, in title case ("NEW DELHI, Nov 26 —": "New Delhi");
    failing one in the wire's style, the first in another style that names a city the gazetteer knows."""
    return wire_dateline_city(text) or other_dateline_city(text)


class Filed(NamedTuple):
    """A story's dateline in the wire's style: its city and the state or region after it, in title case ("PETRA,
    Jordan —": "Petra", "Jordan"), and whether a masthead's or a label's capitals came before it."""

    city: str
    region: str | None
    past_masthead: bool


def wire_dateline_city(text: str) -> str | None:
    """The words of the city in the story's first dateline in the wire's style (``DATELINE``), in title case."""
    filed = wire_dateline(text)
    return filed.city if filed is not None else None


def wire_dateline(text: str) -> Filed | None:
    """The story's first dateline in the wire's style, with the region it names (``Filed``); none when it names no
    one place."""
    found = _story_wire_match(text)
    words = place_words(found[0]) if found is not None else None
    if found is None or words is None:
        return None
    city, _, rest = words.partition(",")
    words = city.strip(" .-’'")
    region = found[0]["region"] or rest.strip(" .-’'").title() or None  # "APIA, SAMOA –"
    return Filed(words.title(), region, found[1]) if words else None


AGENCY_LETTERS = 5
"""A name this short among a dateline's names joined by slashes, which the gazetteer does not know, is an agency's:
"TIRANA/ATA:"."""


def place_words(filed: re.Match[str]) -> str | None:
    """The place a ``DATELINE`` names, as written, with the state a comma adds to it in capitals ("BEDFORD, N.H.").
    Of names joined by slashes, the one that is a place, the others agencies ("TIRANA/ATA:"); none for a story filed
    from two places ("BOGOTÁ/QUITO, March 16 —"), told of both, or from none ("(Jan. 11, 2025 / JNS) —")."""
    first = filed["city"] or filed["tcity"] or filed["bcity"]
    places = [w for w in _joined(filed) if not _agency_like(w)]
    if first is None or len(places) > 1:
        return None
    return places[0] if places else first  # "ATA/TIRANA:": Tirana


def _joined(filed: re.Match[str]) -> list[str]:
    """The names a ``DATELINE`` joins by slashes, its place first ("LILONGWE/DAR ES SALAAM"); its place alone."""
    first = filed["city"] or filed["tcity"] or filed["bcity"] or ""
    return [w.strip() for w in (first + (filed["also"] or filed["talso"] or "")).split("/") if w.strip()]


def _agency_like(words: str) -> bool:
    """Whether a name among a dateline's names joined by slashes is an agency's: short, and no place the gazetteer
    knows ("TIRANA/ATA:")."""
    return len(words) <= AGENCY_LETTERS and not _knows(words)


def _knows(words: str) -> bool:
    """Whether the gazetteer knows a dateline's place (in capitals or not) as a place or a city."""
    name = words.split(",")[0].strip(" .-’'").title()
    return gazetteer().locate(name) is not None or gazetteer().is_city(name)


def filed_day_words(filed: re.Match[str]) -> str | None:
    """The words of the day a ``DATELINE`` gives: after its place, before it, or in its agency's brackets ("NEW
    DELHI (UrduPoint News / Sputnik - 10th Jan, 2019)")."""
    if words := filed["day"] or filed["lead"] or filed["lday"]:
        return words
    told = DAY_IN_WORDS.search(filed["dated"] or filed["agency"] or "")
    return told.group(0) if told is not None else None


def blanked_dateline(filed: re.Match[str], opening: bool) -> bool:
    """Whether a ``DATELINE`` is kept from the parser, which would read its place as the first sentence's subject:
    the story's own (``opening``, the first near the top) or, anywhere, one that gives a day or an agency (a
    round-up's items: "RABAT, Oct 5 (MWS) - …"); in capitals (three at least), or in title case of a place the
    gazetteer knows ("Nairobi, Kenya —", not a caption's "Prime Minister Ana Reyes (left) - …"); before a colon, of
    a place the gazetteer knows ("JAKARTA (JP): …")."""
    marked = filed_day_words(filed) is not None or "(" in filed.group(0)
    shaped = (
        (_knows(filed["tcity"]) or _wire_agency(filed))
        if filed["tcity"]
        else sum(c.isupper() for c in filed.group(0)) >= 3
    )
    if filed.group(0).rstrip().endswith(":"):
        shaped = any(_knows(w) for w in _joined(filed))  # not a transcript's "PRESENTER (Ana Reyes): …"
    return shaped and (opening or marked)


def story_dateline_start(text: str) -> int | None:
    """Where the story's dateline in the wire's style starts, which the parser is not to read."""
    found = _story_wire_match(text)
    return found[0].start() if found is not None else None


def _story_wire_match(text: str) -> tuple[re.Match[str], bool] | None:
    """The first match of ``DATELINE`` near the top that is the story's dateline, and whether one was passed over
    for it: a place the gazetteer knows, or a town in capitals it does not know before the story's first sentence
    ("JUNEE – An 11-hour siege … ended peacefully."), or places joined by slashes, or a day with no place; not a
    masthead's or a label's capitals set off the same way ("STATE NEWS AGENCY (SNA) - ENGLISH SERVICE", "FACTBOX -
    Gulf shipping: who is talking to whom"), which head no sentence (rule place.dateline-past-masthead)."""
    for n, filed in enumerate(DATELINE.finditer(text[:DATELINE_REACH])):
        if _is_story_dateline(filed, text):
            return filed, n > 0
    return None


TRANSCRIPT_TURN = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,30}(?:\([^()\n]{1,40}\))?:[ \t]")
"""A paragraph opening with a speaker's name in capitals, the role in brackets or not, and a colon: a transcript's
turn ("MOYO: …", "PRESENTER (Ana Reyes): …"), or a dateline with a colon."""


def _is_story_dateline(filed: re.Match[str], text: str) -> bool:
    """Whether a ``DATELINE`` is the story's: its places, joined by slashes or one, the gazetteer knows (or, in
    capitals, a town before the story's first sentence: "JUNEE – An 11-hour siege … ended peacefully."), or it
    gives a day and no place ("(Jan. 11, 2025 / JNS) —"). In title case, it names an agency ("Washington (AFP) –")
    or a story's first sentence follows it (not a masthead's "Bridgetown, Barbados - Tuesday, June 9, 1987"); with
    a colon, of a place the gazetteer knows (not a headline's "ESTONIA-RUSSIA/BORDER (UPDATE 2): …"), and not in a
    transcript, whose turns open so ("PRESENTER (Ana Reyes): …")."""
    line = text[filed.end() :].split("\n", 1)[0]
    colon = filed.group(0).rstrip().endswith(":")
    if colon and len(TRANSCRIPT_TURN.findall(text)) > 1:
        return False
    agency = filed["agency"] or filed["acronym"] or filed["dated"]
    if filed["tcity"] and not agency and not opens_a_lede(line):
        return False
    names = [w for w in _joined(filed) if not _agency_like(w)] if filed["lday"] is None else []
    if not names:
        # "(Jan. 11, 2025 / JNS) —", "TIRANA/ATA:"; not a lone short word in capitals ("PHOTO - …") with no day
        return filed_day_words(filed) is not None or len(_joined(filed)) > 1
    lede = filed["tcity"] is None and not colon and opens_a_lede(line)
    return all(_knows(w) for w in names) or lede or (filed["tcity"] is not None and not colon and _wire_agency(filed))


def _wire_agency(filed: re.Match[str]) -> bool:
    """ "Kemaman (HPS) – …": a town in title case the gazetteer lacks is a dateline's still when an agency's
    initials stand in brackets after it (not a caption's "Ana Reyes (left) -", nor a party's "(Socialist)")."""
    agency = filed["agency"]
    return agency is not None and agency.isupper() and agency.isalpha()


LEDE_WORDS = 6
"""At least this many words open a story's first sentence after a dateline; a masthead's subtitle has fewer."""


def opens_a_lede(line: str) -> bool:
    """Whether the rest of a line after a dateline's dash is the story's first sentence: six words or more, no
    colon among the first six, a quarter of them in lower case at least (a lede's names and titles are capitalised:
    "Ukrainian Foreign Minister Olena Marchuk received …"), ending as a sentence does or running on; not a subtitle
    ("ENGLISH-LANGUAGE SERVICE", "Episode 47: …", "Issue 27, Friday 5 July 2019")."""
    words = line.split()
    lower = [w for w in words[1:] if w[0].islower()]
    long_enough = len(words) >= 2 * LEDE_WORDS or SENTENCE_END.search(line) is not None
    titled = ":" in " ".join(words[:LEDE_WORDS])  # a lede's own colon comes later: "… in her courtyard: one for …"
    return len(words) >= LEDE_WORDS and long_enough and not titled and 4 * len(lower) >= len(words) - 1


def other_dateline_city(text: str) -> str | None:
    """The city of the first dateline in another style (``OTHER_DATELINE``) that opens a paragraph near the top,
    when the gazetteer knows it as a city."""
    filed = _other_dateline(text)
    return _other_city(filed) if filed is not None else None


def _other_city(filed: re.Match[str]) -> str:
    """The city of an ``OTHER_DATELINE``, in title case when written in capitals."""
    return filed.group("city").title() if filed.group("city").isupper() else filed.group("city")


def _other_dateline(text: str) -> re.Match[str] | None:
    """The first ``OTHER_DATELINE`` near the top that names a city the gazetteer knows. A colon counts only outside
    a transcript, whose turns open so ("ARAYA: Was it discussed?", "ARAYA" a town too): a text with two such
    paragraphs is one."""
    opening = text[:DATELINE_REACH]
    for filed in OTHER_DATELINE.finditer(opening):
        colon = filed.group(0).rstrip().endswith(":")
        if colon and len(LABEL_LINE.findall(text)) > 1:
            continue
        city = _other_city(filed)
        if city.lower().rstrip(".") in MONTHS or re.fullmatch(DAY_NAME, city, re.IGNORECASE):
            continue  # "Mon, 16 May 2005": the day, not a town
        if colon and not filed.group("city").isupper() and not gazetteer().is_capital(city):
            continue  # "Clinton: I support …" heads a quote; in title case only a state's capital is a dateline
        if filed.group("dash") and not _news_after_dash(text[filed.end() :].split("\n", 1)[0]):
            continue  # "Warsaw – Kyiv rail link to reopen, ministers say": a headline of two places
        if gazetteer().is_city(city):
            return filed
    return None


QA_LABEL = re.compile(r"(?m)^[ \t]*[QA]:[ \t]")
"""A transcript's question or answer label, which ``LABEL_LINE`` (two capitals at least) does not count."""


def colon_dateline_span(text: str) -> tuple[int, int] | None:
    """Where the story's dateline before a colon stands ("AL-MUKALLA: Yemeni government and Houthi delegations met
    …"), to keep it from the parser, which reads a place it does not know as a person or as part of the subject
    (rule actor.colon-dateline); none in a transcript (see ``_other_dateline``)."""
    filed = _other_dateline(text)
    if filed is None or not filed.group(0).rstrip().endswith(":") or QA_LABEL.search(text):
        return None  # "JACKSON: I met the governor … Q: … A: …": a transcript's first speaker
    fired("actor.colon-dateline")
    return filed.start("city"), filed.end()


def _news_after_dash(line: str) -> bool:
    """Whether what follows a city in title case and a dash is the story's first sentence ("Jakarta – Underlining
    the ties, …."), or a date ("Accra - Thursday, May 26, 2011"), as after a dateline; not a headline's other words
    ("Warsaw – Kyiv rail link to reopen, ministers say"), which end in no full stop or open with another city."""
    if re.fullmatch(rf"[ \t]*{TOLD_DAY}[ \t]*", line, re.MULTILINE):
        return True
    first = re.match(r"[\w’'.-]+", line)
    opened_by_a_city = first is not None and gazetteer().is_city(first.group(0).strip(".’'-"))
    return SENTENCE_END.search(line) is not None and not opened_by_a_city


def dateline_city_before(text: str, offset: int) -> str | None:
    """The city of the last dateline in capitals opening a paragraph before ``offset``: a round-up's item is filed
    from its own city ("ACCRA, March 12 (IWS) -" under a story from Wellington), in title case."""
    cities = [place_words(m) for m in DATELINE.finditer(text, 0, offset) if m["city"]]
    words = [c.split(",")[0].strip(" .-’'") for c in cities if c is not None and sum(ch.isupper() for ch in c) >= 3]
    return words[-1].title() if words and words[-1] else None


BYLINE = re.compile(
    r"(?m)^[ \t]*(?:By|From)[ \t]+(?P<writer>[^\n]{2,80}?),?[ \t]+in[ \t]+"
    r"(?P<city>[A-Z][\w’'.-]+(?:[ \t]+[A-Za-z][\w’'.-]+){0,3})(?:,[ \t]*[A-Z][\w \t]+)?[ \t]*$"
)
"""A byline that says where its writer filed from: "By Ana Reyes in Lima", "From Our Correspondent, in Port of
Spain", "By Ana Reyes in Ba, Fiji"."""


BYLINE_COMMA = re.compile(
    r"(?m)^[ \t]*By[ \t]+(?P<writer>[A-Z][^\n,]{2,60}),[ \t]+"
    r"(?P<city>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2})[ \t]*$"
)
"""A byline that gives its writer's city after a comma: "By Ingrid Berg, Oslo" (not "By Ana Reyes, Diplomatic
Correspondent", which names no city the gazetteer knows)."""


def byline_city(text: str) -> str | None:
    """The city of a byline that says where the story was filed, in the byline's words; none when it names two."""
    filed = BYLINE.search(text[:DATELINE_REACH])
    if filed is None:
        after_comma = BYLINE_COMMA.search(text[:DATELINE_REACH])
        city = after_comma.group("city") if after_comma is not None else None
        return city if city is not None and gazetteer().is_city(city) else None
    if re.search(r"\sin\s", filed.group("writer")) or " and " in filed.group("city"):
        return None  # "By A in Lima and B in Quito", "By A in Yangon and Myitkyina": no one city
    return filed.group("city")


DAY_IN_WORDS = re.compile(FILED_DAY)
"""A dateline's day among other words: in its agency's brackets."""
MONTH_AND_DAY = re.compile(
    rf"(?P<day>\d{{1,2}}){_ORDINAL}[ ]+(?P<month>{MONTH_WORD})|(?P<month2>{MONTH_WORD})[ ]*(?P<day2>\d{{1,2}})"
)
"""A month's name and a day's number either way round: "September 17", "Oct. 13", "4th March"."""
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FILED_BEFORE = timedelta(days=7)
"""How long before its publication a story may have been filed: a dateline's day farther back is another year's."""


def dateline_day(text: str, published: str | None) -> str | None:
    """The day the story's dateline says it was filed ("RABAT, September 17 —" of a paper of the 18th, "LISBON,
    Tuesday —" of a Wednesday's, "Tashkent, 16 September." of one of the 18th), in the week up to its publication;
    none when it gives no day or the same one."""
    found = _story_wire_match(text)
    if found is not None:
        words = filed_day_words(found[0])
    else:
        other = _other_dateline(text)
        words = other["day"] if other is not None else None
    if words is None or not published:
        return None
    try:
        out = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return _day_filed(words.strip(), out)


def _day_filed(words: str, out: date) -> str | None:
    """The day the words of a dateline's day stand for, in the week up to ``out``, its paper's day: a weekday's
    last before it, a month's day of its year (or of the year before: "Dec. 31" of a paper of January 2)."""
    if words.lower() in WEEKDAYS:
        back = (out.weekday() - WEEKDAYS.index(words.lower())) % 7
        return (out - timedelta(days=back)).isoformat() if back else None
    told = MONTH_AND_DAY.search(words)
    if told is None:
        return None
    month = MONTHS[(told["month"] or told["month2"]).rstrip(".").lower()]
    year = YEAR.search(words[told.end() :])
    for on in (int(year.group(0)),) if year else (out.year, out.year - 1):
        try:
            day = date(on, month, int(told["day"] or told["day2"]))
        except ValueError:
            return None
        if timedelta(0) < out - day <= FILED_BEFORE:
            return day.isoformat()
    return None


HEADING_DATE = re.compile(
    r"(?i)(?<![\w,])(?<!\bon )(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bfrom )(?<!\bbefore )(?<!\bafter )"
    r"(?<!\bof )(?<!\bin )(?<!day )(?<!day, )(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b"
)
"""A full date a text's opening gives as its own ("DIGEST FOR 12 FEBRUARY 1997", "Doha, Tuesday 7 June 2022."),
not the date of something told ("on 3 June 2022", "since May 4, 2021")."""
HEADING_REACH = 2
"""How many paragraphs open a text: its headline and its first line of matter (a deck, a source, a byline)."""


def heading_day(text: str, published: str | None) -> str | None:
    """The day a text's opening dates it to, in the week up to its publication (a digest of the 12th, a briefing
    transcript of Tuesday the 7th, in a paper of the 13th or 8th); none when it gives none, the same day, or a day
    farther back (rule date.heading-day)."""
    opening = "\n\n".join(p for p in re.split(r"\n\s*\n", text.strip())[:HEADING_REACH])
    told = HEADING_DATE.search(opening)
    day = find_date(told.group(0)) if told is not None else None
    if day is None or not published:
        return None
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(day)
    except ValueError:
        return None
    return day if timedelta(0) < gap <= FILED_BEFORE else None


TIME_STAMP = re.compile(
    r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:\s+[A-Z]{2,4})?"
    r"(?:\s*(?:—|–|--|-|:))?[ \t]+(?=[A-Z\"“‘'])"
)
"""A live blog's time stamp opening a paragraph: "09:47 Residents …", "10:05 GMT — NDC spokesman …", "2.15pm: …"."""
LIVE_BLOG_STAMPS = 3
"""How many paragraphs opening with a time stamp make a text a live blog: one or two may be a timeline's."""


LIVE_MARK = re.compile(
    r"(?-i:\bLIVE\b|\bLive(?=[ \t]*[:|–—]))|\blive[ \t]+(?:blog|coverage|updates?|report(?:ing)?|page|text|team|feed)\b"
    r"|\bas[ \t]+it[ \t]+happened\b"
    r"|\brefresh[ \t]+for[ \t]+updates\b|\b(?:newest|latest)[ \t]+(?:posts|entries|updates)[ \t]+first\b",
    re.IGNORECASE,
)
"""What a live blog calls itself above its first entry: "LIVE: …", "Live updates", "Follow our live coverage",
"… - as it happened", "Newest posts first". "LIVE" alone only in capitals or as "Live:": "residents who live
near" is no blog."""


def blog_entries(text: str) -> list[tuple[int, str]]:
    """Where each entry of a live blog starts and its time stamp ("10:15 a.m."), in the text's order; none when
    the text is no live blog. A live blog says so above its first entry, or runs back from its newest entry; time
    stamps running forward with no such word are a timeline ("How the night unfolded / 04:10 — …"), which may tell
    of any day (rule date.live-blog-entry)."""
    stamps = [(m.start(), m.group(0).strip(" \t—–:-")) for m in TIME_STAMP.finditer(text)]
    if len(stamps) < LIVE_BLOG_STAMPS:
        return []
    return stamps if LIVE_MARK.search(text[: stamps[0][0]]) or _newest_first(stamps) else []


def _newest_first(stamps: list[tuple[int, str]]) -> bool:
    """Whether the stamps run back in time, the newest entry on top, as only a live blog's do."""
    minutes = [_minutes(stamp) for _, stamp in stamps]
    return all(a > b for a, b in itertools.pairwise(minutes))


def _minutes(stamp: str) -> int:
    """The minutes since midnight of a stamp ("2.15pm" is 855, "09:47 GMT" 587)."""
    m = re.match(r"(\d{1,2})[:.](\d{2})\s*([ap])?", stamp, re.IGNORECASE)
    assert m is not None  # a TIME_STAMP always opens with hours and minutes
    hours = int(m[1]) % 12 + (12 if (m[3] or "").lower() == "p" else 0) if m[3] else int(m[1])
    return hours * 60 + int(m[2])


MONTH_NAME = r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October"
HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?P<caps>[A-Z][A-Z0-9 ,'’–-]*[A-Z0-9])(?:[.:][ \t]|[ \t]*$)"
    rf"|(?P<dated>{WEEKDAY},?[ \t]+(?:\d{{1,2}}[ \t]+(?:{MONTH_NAME})|(?:{MONTH_NAME})[ \t]+\d{{1,2}})"
    r"(?:,?[ \t]+\d{4})?)[ \t]*$)"
)
"""A section's heading opening a paragraph: words in capitals ending in a full stop or a colon or on a line of
their own ("TUESDAY. The host …", "MONDAY 24 JUNE", "LOOKING BACK"), or a day of a month on a line of its own
("Monday, March 3", "Tuesday, 4 March")."""
HEADED_DAY = re.compile(
    rf"^{WEEKDAY}(?:,?\s+(?:\d{{1,2}}\s+(?:{MONTH_NAME})|(?:{MONTH_NAME})\s+\d{{1,2}}))?(?:,?\s+\d{{4}})?(?:\s*[-–—:]\s.*)?$",
    re.IGNORECASE,
)
"""A heading that opens with a day and says no more, or only where after a dash ("TUESDAY", "MONDAY 24 JUNE",
"MONDAY, MARCH 16 - MUSCAT"): a headline in capitals that names a day among other words ("UN ENVOY TO VISIT JUBA
ON TUESDAY") heads no day's section."""


def day_headings(text: str) -> list[tuple[int, str | None]]:
    """Each section heading's offset and, in title case, the day it names ("Tuesday", "Monday 24 June"); None for a
    heading that names no day ("LOOKING BACK", "LIVE"), which ends the reach of the day above it."""
    out: list[tuple[int, str | None]] = []
    for m in HEADING.finditer(text):
        words = m["caps"] or m["dated"]
        out.append((m.start(), words.title() if HEADED_DAY.match(words) else None))
    return out


BLOG_CITY = re.compile(
    r"\b(?:in|from)\s+(?:the\s+[^,.;:\n]{3,60}?\s+in\s+)?"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2})"
)
"""Where a live blog says it comes from: "… talks in Baghdad", "Good morning from Muscat", "Good morning from the
SMX Convention Center in Davao City"."""


def blog_city(text: str) -> str | None:
    """The city a live blog's headline or its first entry's first sentence says it comes from, in the text's words,
    when the gazetteer knows it as a city: the city its entries with no place of their own are told in. Not a city
    named further on: "… summoned the chargé d'affaires in Santo Domingo" is where another contact was."""
    entries = blog_entries(text)
    if not entries:
        return None
    first = TIME_STAMP.sub("", text[entries[0][0] :], count=1)
    opening = text.split("\n", 1)[0] + "\n" + re.split(r"(?<=[.!?])\s|\n", first, maxsplit=1)[0]
    for m in BLOG_CITY.finditer(opening):
        words = m["city"].split()
        for n in range(len(words), 0, -1):  # "Davao City", "Port of Spain"; "Funafuti" of "Funafuti Tuvalu"
            if gazetteer().is_city(name := " ".join(words[:n])) and words[n - 1] != "of":
                return name
    return None
