"""Datelines: the city a story was filed from, opening a paragraph ("SEOUL —", "NEW DELHI, March 3 (AP) —").

The text reader blanks them for the parser (``pipeline.analysable_text``); the extraction reads the first one for
the state an outlet writes from and the city a contact with no place of its own was held in.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.,'’ -]{1,40}?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?=\s*\())"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2}(?=\s*[—–―(,-]))?"
    r"(?:\s*\([A-Za-z][\w .&/-]{0,30}\))?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?(?:\s*\([A-Za-z][\w .&/-]{0,30}\))?"
    r"\s*(?:—|–|―|--|-)\s+(?=[A-Z0-9\"“‘'])"
)
"""A wire dateline opening a paragraph: "SEOUL —", "WASHINGTON (AP) -", "NEW DELHI, March 3 —", "WASHINGTON,
Aug. 24 (UPI) —", "HONIARA, Solomon Islands -", "MUSCAT, Oman (AP) -", and a city in title case before its agency:
"Washington (AFP) –"."""
DATELINE_REACH = 1500
"""How far into the text the story's dateline is looked for (past the headline and a byline)."""


def dateline_city(text: str) -> str | None:
    """The words of the city in the story's first dateline, in title case ("NEW DELHI, Nov 26 —": "New Delhi")."""
    filed = DATELINE.search(text[:DATELINE_REACH])
    if filed is None:
        return None
    words = filed.group("city").split(",")[0].strip(" .-’'")
    return words.title() if words else None
