"""Signed statements: readers' comments and social posts that a story reprints, each followed by its author's
name or handle on a line of its own.

    Trump had an opportunity to show maturity …

    Peter Fonseca.

    It's theater. …

    @RMAlvarado52.

A signature is a paragraph that is only a personal name (two to four capitalised words) or an @handle; the
paragraphs since the previous signature, or since a label line in capitals ("FACEBOOK."), are what the
signer wrote (rule quote.signed). One signature alone could be a byline or a caption credit, so an article
needs at least ``MIN_SIGNATURES`` of them before any counts.

A line that is all one quotation and ends with a dash and its author (“Fear is no plan.” ― Dana Whitfield) is
signed on the same line (rule quote.dash-signed): the author is a person's name the tagger reads as one, or
an @handle, or any name once two lines are so signed; the quotation alone is the signed text and the dash
its cue. A list of lines that each open with an @handle and a colon before one quotation (@harbour_mum: “…”,
@pier_watch (Ada Moss): “…”) is signed the same way, by the name in brackets when there is one, else by the
handle (rule quote.handle-labelled).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?|[A-Z]\.)"
"""A word of a personal name: "Ken", "LeAnn", "McCain", "O'Brien", "Jean-Luc", "Gonzàlez", an initial."""
HANDLE = re.compile(r"@\w{2,30}")
"""An account's handle: "@delta_watcher"."""
SIGNATURE = re.compile(rf"^(?:{HANDLE.pattern}|{NAME_WORD}(?:\s+(?:{NAME_WORD}|de|da|van|von|del|al-\w+)){{1,3}})\.?$")
LABEL = re.compile(r"^[A-Z][A-Z &'’-]{2,30}\.?$")
MIN_SIGNATURES = 2
MAX_PARAGRAPHS = 4
"""At most this many paragraphs before a signature are taken as the signed text."""


@dataclass(frozen=True)
class Signed:
    ranges: tuple[tuple[int, int], ...]
    """The signed paragraphs, as character ranges."""
    signature: tuple[int, int]
    """The name or handle, without the closing full stop."""
    dash: tuple[int, int] | None = None
    """The dash before a signature on the quotation's own line, or the colon after a handle before it."""
    rule: str | None = None
    """The rule that found it, when not told by the dash."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]


def find_signed(text: str, boilerplate: list[tuple[int, int]], is_person: Callable[[int, int], bool]) -> list[Signed]:
    """``is_person(start, end)`` says whether that stretch reads as a person's name: headings in capitalised
    words ("Human Rights") are no signatures. Once ``MIN_SIGNATURES`` lines are names or handles, every line
    of the same shape in the article is a signature too ("Sy Burr", a name the tagger missed)."""
    paragraphs = [(s, e) for s, e in _paragraphs(text) if not any(b <= s < be for b, be in boilerplate)]
    marks = [n for n, (s, e) in enumerate(paragraphs) if n > 0 and _is_signature(text[s:e].strip())]
    confirmed = [n for n in marks if text[slice(*paragraphs[n])].strip().startswith("@") or is_person(*paragraphs[n])]
    if len(confirmed) < MIN_SIGNATURES or not marks or marks[-1] != len(paragraphs) - 1:
        return []  # signatures close what they sign: the last paragraph is one (names heading sections are not)
    found: list[Signed] = []
    previous = -1
    for n in marks:
        block: list[tuple[int, int]] = []
        for k in range(n - 1, max(previous, n - 1 - MAX_PARAGRAPHS, 0), -1):
            s, e = paragraphs[k]
            line = text[s:e].strip()
            if LABEL.match(line) or line.endswith(":"):
                break
            block.insert(0, (s, e))
        previous = n
        if not block:
            continue
        s, e = paragraphs[n]
        line = text[s:e]
        start = s + len(line) - len(line.lstrip())
        end = s + len(line.rstrip().rstrip("."))
        found.append(Signed(tuple(block), (start, end)))
    return found


DASH_SIGNED = re.compile(
    rf"(?m)^[ \t]*(?P<quote>[\"“”][^\n]*[\"”])[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*"
    rf"(?P<signature>{HANDLE.pattern}|{NAME_WORD}(?:[ \t\xa0]+(?:{NAME_WORD}|de|da|van|von|del|al-\w+)){{1,3}})"
    r"\.?[ \t\xa0]*$"
)
"""A line of one quotation, a dash and a name or handle: “…” ― Karen Bobadilla (spaced with no-break spaces too,
as pages often are)."""


def find_dash_signed(
    text: str, boilerplate: list[tuple[int, int]], is_person: Callable[[int, int], bool]
) -> list[Signed]:
    """Quotations signed after a dash on their own line, by a person or a handle."""
    lines = [m for m in DASH_SIGNED.finditer(text) if not any(b <= m.start() < be for b, be in boilerplate)]
    confirmed = [m for m in lines if m["signature"].startswith("@") or is_person(*m.span("signature"))]
    if len(confirmed) >= MIN_SIGNATURES:
        confirmed = lines  # a list of signed quotations: names the tagger missed sign theirs too
    return [Signed((m.span("quote"),), m.span("signature"), m.span("dash")) for m in confirmed]


DASH_AFTER = re.compile(
    rf"(?m)^[ \t\xa0]*(?P<quote>[\"“][^\n\"“”]*[\"”])[ \t\xa0]*\n(?:[ \t\xa0]*\n)*"
    rf"[ \t\xa0]*(?P<dash>[-―—–]|--)[ \t\xa0]*"
    rf"(?P<signature>(?:[A-Z][a-z]{{1,4}}\.[ \t\xa0]+)?"
    rf"{NAME_WORD}(?:[ \t\xa0]+(?:{NAME_WORD}|de|da|van|von|del|al-\w+)){{0,3}})"
    r"(?:,[^\n]*)?\.?[ \t\xa0]*$"
)
"""A paragraph that is one quotation, then a line of a dash and a name, perhaps after an abbreviated title and with
a description after a comma: “…” / – Ada Moss, Salem; “…” / – Dr. Omar Field, University of Leeds."""


def find_dash_after(
    text: str, boilerplate: list[tuple[int, int]], is_person: Callable[[int, int], bool]
) -> list[Signed]:
    """Quotations signed on the next line by a dash and a person's name (rule quote.dash-signed); the name
    must read as a person's, for a dash before a place or a heading signs nothing."""
    lines = [m for m in DASH_AFTER.finditer(text) if not any(b <= m.start() < be for b, be in boilerplate)]
    return [
        Signed((m.span("quote"),), m.span("signature"), m.span("dash"))
        for m in lines
        if is_person(*m.span("signature"))
    ]


HANDLE_LABELLED = re.compile(
    rf"(?m)^[ \t]*(?P<handle>{HANDLE.pattern})"
    rf"(?:[ \t]*\((?P<name>{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|de|da|van|von|del|al-\w+)){{1,3}})\))?"
    r"[ \t]*(?P<colon>:)[ \t]*(?P<quote>[\"“][^\n]*[\"”])[ \t]*$"
)
"""A line of an @handle, perhaps the poster's name in brackets, a colon and one quotation: @pier_watch: “…”."""


def find_handle_labelled(text: str, boilerplate: list[tuple[int, int]]) -> list[Signed]:
    """Quotations under an @handle and a colon (rule quote.handle-labelled), when at least ``MIN_SIGNATURES`` lines
    are so labelled (a list of readers' posts): the poster's name in brackets signs, else the handle."""
    lines = [m for m in HANDLE_LABELLED.finditer(text) if not any(b <= m.start() < be for b, be in boilerplate)]
    if len(lines) < MIN_SIGNATURES:
        return []
    return [
        Signed(
            (m.span("quote"),),
            m.span("name") if m["name"] else m.span("handle"),
            m.span("colon"),
            "quote.handle-labelled",
        )
        for m in lines
    ]


MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EMBEDDED_SIGNATURE = re.compile(
    rf"(?m)(?P<dash>[―—–]|--)[ \t\xa0]*(?P<signature>[^\n()@—―–]{{2,60}}?)[ \t\xa0]*\((?P<handle>{HANDLE.pattern})\)"
    rf"[ \t\xa0]*{MONTHS}[ \t\xa0]+\d{{1,2}},[ \t\xa0]+\d{{4}}[ \t\xa0]*(?:</[a-z]+>)?\.?[ \t\xa0]*$"
)
"""The end of a line that embeds a post: a dash, the poster's name with the handle in brackets and the date, perhaps
inside what is left of the embedding's markup: "No one is above the law. — Ada Moss (@AdaMoss) July 5, 2016". Its
parts are bounded, so a search over a long line stays linear."""
LINE_WITH_HANDLE = re.compile(r"(?m)^[^\n]*\(@[^\n]*$")
"""The lines that may hold a post's signature."""
OPENING_TAG = re.compile(r"[ \t]*(?:<[a-z]+\b[^>\n]*>)?")
"""What is left of an embedding's opening markup before a post's text."""
MAX_POST_CHARS = 320
"""A post signed in the embedding's form is one of at most 280 characters, with some room for the links in it: a
longer paragraph above a signature line is the story's own."""
TRAILING_LINK = re.compile(r"(?:pic\.twitter\.com/\w+|https?://\S+)\Z")
"""A link a post ends with ("pic.twitter.com/…", "https://t.co/…"), which is no word of it."""


def find_embedded_posts(text: str, boilerplate: list[tuple[int, int]]) -> list[Signed]:
    """Posts embedded with their signature line (rule quote.embedded-post): the poster's name signs the text before
    the dash, without the links it ends with."""
    out = []
    for line in LINE_WITH_HANDLE.finditer(text):
        tail = EMBEDDED_SIGNATURE.search(text, line.start(), line.end())
        if tail is None:
            continue
        opening = OPENING_TAG.match(text, line.start(), tail.start())
        start = opening.end() if opening else line.start()
        rule = "quote.embedded-post"
        if not text[start : tail.start()].strip():
            # a signature on a line of its own, which a page's furniture may have taken for a byline
            if (above := _post_above(text, line.start())) is None:
                continue
            start, rule = above, "quote.embedded-post-above"
        if any(b <= start < be for b, be in boilerplate):
            continue
        post = _without_links(text[start : tail.start()])
        if post and "<" not in post and any(c.isalnum() for c in post):
            out.append(Signed(((start, start + len(post)),), tail.span("signature"), tail.span("dash"), rule))
    return out


def _post_above(text: str, line_start: int) -> int | None:
    """ "Spoke today with the foreign minister … pic.twitter.com/…" over "— Ada Moss (@AdaMoss) May 2, 2021" (rule
    quote.embedded-post-above): a signature line of its own signs the paragraph right above it, which the page
    printed apart from it, if it is no longer than a post (``MAX_POST_CHARS``); where that paragraph starts, or None
    when there is none."""
    end = len(text[:line_start].rstrip())
    if end == 0 or text.count("\n", end, line_start) > 2:
        return None
    start = text.rfind("\n", 0, end) + 1
    paragraph = _without_links(text[start:end])
    return start if any(c.isalnum() for c in paragraph) and len(paragraph) <= MAX_POST_CHARS else None


def _without_links(post: str) -> str:
    post = post.rstrip(" \t\xa0\n")
    while (link := TRAILING_LINK.search(post)) is not None:
        post = post[: link.start()].rstrip()
    return post


def _is_signature(line: str) -> bool:
    if not SIGNATURE.match(line) or LABEL.match(line):
        return False
    return line.startswith("@") or not line.rstrip(".").isupper()
