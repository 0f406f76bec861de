"""Who is who and what is what across articles: matching names and happenings.

"Sergey Lavrov", "Sergei Lavrov" and "Lavrov" are one person when nothing
says otherwise (kind, country); "Hillary Clinton" and "Bill Clinton" stay
two. One contact told by several outlets, in different words and with its
date given differently, is one event: same kind of contact, the same named
parties, and dates that can be the same day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..dates import Interval, interval

FIRST_NAME_EDITS = 2
"""Transliterations differ by a letter or two: Sergey/Sergei, Dmitry/Dmitri, Volodymyr/Volodimir."""
UNDATED_WINDOW_DAYS = 7
"""An event with no date matches one reported at most this many days apart."""


def norm(name: str) -> str:
    """Casefolded, without accents, possessive or leading article: the key names are matched on."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).casefold().split())


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def same_person_name(a: str, b: str) -> bool:
    """Whether two full person names can be one person: same surname, compatible first names."""
    pa, pb = norm(a).split(), norm(b).split()
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    fa, fb = pa[0], pb[0]
    if fa == fb:
        return True
    if len(fa) <= 2 or len(fb) <= 2:  # an initial: "V. Putin"
        return fa[0] == fb[0]
    return fa[0] == fb[0] and edit_distance(fa, fb) <= FIRST_NAME_EDITS


def day_of(value: str | None) -> date | None:
    found = interval(value, "day") if value and len(value) >= 10 else None
    return found.low if found else None


def dates_compatible(
    a: Interval | None,
    b: Interval | None,
    published_a: date | None,
    published_b: date | None,
    *,
    same_article: bool = False,
    text_a: str | None = None,
    text_b: str | None = None,
) -> bool:
    """Whether two tellings' dates can be one day. Dated ones must overlap. Without a date on one side,
    the articles' published days must be close; without a published day either, nothing says when it
    was, so only the same article or the same words for the date ("at the Munich conference") will do."""
    if a is not None and b is not None:
        return a.overlaps(b)
    if published_a is not None and published_b is not None:
        return abs((published_a - published_b).days) <= UNDATED_WINDOW_DAYS
    return same_article or bool(text_a and text_b and norm(text_a) == norm(text_b))
