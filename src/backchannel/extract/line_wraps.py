"""Hard-wrapped text: a wire or a page copied with its print line breaks, which fall inside sentences.

A line break starts a sentence for the parser (``nlp.paragraph_breaks``) and ends a paragraph for the quote marks
(``quotemarks.find_quoted``): in a wrapped text that cuts "Downing" | "Street insiders said" apart, leaves
"Macron said" | "the meeting was …" without what was said, and ends a quote at the end of its first line
(rule quote.hard-wrapped).
"""

from __future__ import annotations

import re

WRAPPED_BREAK = re.compile(r"(?<=[a-z,])\n(?=[a-z])")
"""A line break inside a sentence: a lowercase word or a comma before it, a lowercase word after it."""
WRAPPED_AT_LEAST = 3
"""So many breaks inside sentences make a text wrapped: a stray break or two does not."""
LINE_END = re.compile(r"(?<=[^\n.!?:;\"\u201d\u2019])\n(?=[^\n])")
"""A single line break that does not follow the full stop, question or exclamation mark, colon, semicolon or
closing quote mark a sentence or a paragraph ends with."""


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its sentences made spaces (same length, so offsets hold), if it is
    wrapped: it breaks lines inside sentences and marks no paragraph with a blank line. Where blank lines mark the
    paragraphs, a single break is as often the writer's own line (signed words, a list, a note set out line by
    line) and stays. Breaks after a sentence's end stay: they may end paragraphs. So does the first line's, before a
    capital: a headline written with no full stop ("Ferry will keep running, mayor says") above the first sentence."""
    if "\n\n" in text or len(WRAPPED_BREAK.findall(text)) < WRAPPED_AT_LEAST:
        return text
    joined = LINE_END.sub(" ", text)
    first = text.find("\n")
    if 0 < first < len(text) - 1 and text[first + 1].isupper():
        joined = f"{joined[:first]}\n{joined[first + 1 :]}"
    return joined
