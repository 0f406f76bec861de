"""Plain-text articles, including text pasted from a web page.

A pasted page keeps its furniture: a line of navigation words, a bare section
label, photo captions and credit lines, share buttons. Nothing is deleted;
furniture is reported as boilerplate spans into the unchanged text, and what
it tells (published date, headline, section, image credits) becomes metadata.
The rules are about the shape of page furniture, not about any one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import find_date
from ..records import Article, Image, Span

# Words that make up navigation bars, share rows and page chrome everywhere.
NAV_WORDS = frozenset(
    """home news world politics business economy markets opinion sport sports science tech technology health
    culture arts entertainment lifestyle life travel society incidents video videos photos podcasts live
    latest local national international europe asia africa americas us uk uae environment climate education
    media weather more menu search subscribe login sign register share tweet email print comment comments
    follow newsletter newsletters about contact region regions analysis features feature investigations
    sections edition
    """.split()
)
FURNITURE_LINES = re.compile(
    r"^(advertisement|advert|sponsored|share( this( article| story)?)?|tweet|email|print"
    r"|(read more|read also|also read|related( articles| stories)?|see also|more on this story|recommended)"
    r"(\s*[:\-–—]\s*.{0,120})?"
    r"|menu|main menu|open menu|close|search|log ?in|sign in|home|skip to (main )?content"
    r"|subscribe|sign up.*|follow us.*|cookie.*|all rights reserved.*|copyright.*"
    r"|((share( on)? \w+|tweet|email|print|comments?( \(\d+\))?)\s*)+)$",
    re.IGNORECASE,
)
"""Page chrome: share and comment rows, "Read more: …" links, menus, cookie and copyright notices."""
CREDIT_LINE = re.compile(
    r"^\s*(?:\(?\s*(?:photo|photograph|picture|image|foto|credit|illustration)s?\s*(?:credit)?\s*[:：]"
    r"|\(?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)\s*(?:Photo)?\s*/|©)",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})(?:\s*(?:,|and)\s*[A-Z][\w.' -]+)*\s*$")
DATELINE_LABEL = re.compile(r"^\s*(?:date|published|posted|updated|last updated)\b[:\s]*", re.IGNORECASE)
URL = re.compile(r"https?://\S+")
LICENSE_HINT = re.compile(r"creativecommons|licen[cs]e|publicdomain", re.IGNORECASE)
FUNCTION_WORDS = frozenset(
    """a an the of to in on at for with and or but by from as is are was were be has have had not no after over
    into about than that this
    """.split()
)
WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w/.:-]*")
SENTENCE_END = re.compile(r"[.!?:;\"”’»)]\s*$")

MAX_FURNITURE_WORDS = 16
"""Navigation rows and captions are short; a line longer than this is prose."""
DATE_LINE_WORDS = 7
"""A line this short that holds a date is a dateline, not a headline."""
HEAD_LINES = 12
"""Only this many non-blank lines at the top are searched for headline and section."""


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


@dataclass
class Furniture:
    boilerplate: list[Span]
    images: list[Image]
    title: str | None
    section: str | None
    published: str | None
    authors: list[str]


def read_text(text: str, *, source: str) -> Article:
    """An article from plain text; ``text`` is kept exactly as given."""
    if not text.strip():
        raise ValueError("empty input")
    found = find_furniture(text)
    return Article(
        text=text,
        source=source,
        title=found.title,
        published=found.published,
        section=found.section,
        authors=found.authors,
        boilerplate=found.boilerplate,
        images=found.images,
    )


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        lines.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    return lines


def is_nav_line(line: Line) -> bool:
    """A row of navigation: capitalised category words, no sentence."""
    text = DATELINE_LABEL.sub("", line.text)
    words = [w for w in WORD.findall(text) if not w[0].isdigit()]
    if len(words) < 3 or len(words) > MAX_FURNITURE_WORDS or SENTENCE_END.search(line.text):
        return False
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    known = sum(w.lower() in NAV_WORDS for w in words)
    separated = bool(re.search(r"\s[|•·/]\s", line.text))
    return separated or known * 2 >= len(words)


def is_label(line: Line) -> bool:
    """A bare label: one to three capitalised words, no punctuation."""
    words = line.words
    return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and not re.search(r"[.,:;!?\"“”]", line.text)


def is_short_caption(line: Line) -> bool:
    return 0 < len(line.words) <= MAX_FURNITURE_WORDS and not re.search(r"[.!?\"”]\s*$", line.text)


def looks_like_headline(line: Line) -> bool:
    words = line.words
    return 2 <= len(words) <= 30 and not line.text.endswith((".", ":", ",", ";")) and line.text[0].isupper()


SECOND_CREDIT = re.compile(r"(?<=[.!?])\s*(?:photo|photograph|picture|credit)s?\s*[:：]\s*", re.IGNORECASE)
"""The credit after the caption on one line: "Image: The minister at the meeting. Photo: MTI/Zoltán Máthé"."""


def credit_image(line: Line, caption: str | None) -> Image:
    urls = URL.findall(line.text)
    license_url = next((u.rstrip(".,;)") for u in urls if LICENSE_HINT.search(u)), None)
    credit = URL.sub("", CREDIT_LINE.sub("", line.text, count=1)).strip(" ,;()")
    if (split := SECOND_CREDIT.search(credit)) is not None:
        caption, credit = credit[: split.start()].strip() or caption, credit[split.end() :].strip()
    return Image(caption=caption, credit=credit or None, license_url=license_url)


def _credit_strength(line: Line) -> int:
    """How surely a line is the credit rather than the caption of a photo."""
    text = line.text.lower()
    return (
        ("credit" in text)
        + ("©" in text)
        + bool(URL.search(text))
        + bool(re.search(r"\w/\w|getty|reuters|afp|ap photo", text))
    )


def find_furniture(text: str) -> Furniture:
    lines = split_lines(text)
    content = [i for i, ln in enumerate(lines) if ln.text]
    marked: set[int] = set()
    images: list[Image] = []
    published: str | None = None
    authors: list[str] = []
    pending_caption: str | None = None

    for pos, i in enumerate(content):
        line = lines[i]
        if (
            FURNITURE_LINES.match(line.text)
            or (pos < HEAD_LINES and is_nav_line(line))
            or (DATELINE_LABEL.match(line.text) and find_date(line.text) and len(line.words) <= MAX_FURNITURE_WORDS)
        ):
            marked.add(i)
        elif pos < HEAD_LINES and (m := BYLINE.match(line.text)):
            marked.add(i)
            authors.append(m.group(1))
        elif CREDIT_LINE.match(line.text):
            marked.add(i)
            nxt = lines[content[pos + 1]] if pos + 1 < len(content) else None
            if nxt is not None and CREDIT_LINE.match(nxt.text) and _credit_strength(nxt) > _credit_strength(line):
                pending_caption = CREDIT_LINE.sub("", line.text, count=1).strip() or None
                continue  # "Photo: <caption>" above "Image credit: <credit>"
            caption, pending_caption = pending_caption, None
            own_caption = SECOND_CREDIT.search(CREDIT_LINE.sub("", line.text, count=1)) is not None
            for nb in (pos - 1, pos + 1):
                if (
                    caption is None
                    and not own_caption
                    and 0 <= nb < len(content)
                    and is_short_caption(lines[content[nb]])
                ):
                    if not CREDIT_LINE.match(lines[content[nb]].text) and content[nb] not in marked:
                        marked.add(content[nb])
                        caption = lines[content[nb]].text
            if pos + 1 < len(content) and is_short_caption(lines[content[pos + 1]]):
                if lines[content[pos + 1]].text == caption:
                    marked.add(content[pos + 1])  # the caption repeated under the credit
            images.append(credit_image(line, caption))
        if published is None and pos < HEAD_LINES and i in marked:
            published = find_date(line.text)

    title = section = None
    head = [i for i in content[:HEAD_LINES] if i not in marked]
    for n, i in enumerate(head):
        if looks_like_headline(lines[i]) and len(lines[i].words) >= 3:
            title = lines[i].text
            after = head[n + 1] if n + 1 < len(head) else None
            before = head[n - 1] if n > 0 else None
            if after is not None and is_label(lines[after]):
                section = lines[after].text
                marked.add(after)
            elif before is not None and is_label(lines[before]):
                section = lines[before].text
                marked.add(before)
            break
    if published is None:
        for i in content[:4]:
            if len(lines[i].words) <= DATE_LINE_WORDS and (published := find_date(lines[i].text)):
                marked.add(i)
                break

    boilerplate = [Span.of(text, lines[i].start, lines[i].end) for i in sorted(marked)]
    return Furniture(boilerplate, images, title, section, published, authors)
