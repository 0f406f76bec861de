"""Possessives written with a curly apostrophe after "s", as the tagger learnt them: with the straight one."""

from __future__ import annotations

import re

CURLY_POSSESSIVE = re.compile(r"(?<=[A-Za-z][sS])\u2019(?=\s+[A-Za-z])")
"""A curly apostrophe right after a word ending in "s" and before the next word: the possessive of a plural or of a
name in "s" ("the Associated Press’ investigation", "in Forbes’ words"). The tagger learnt it with the straight mark;
the curly one it took for a closing quote mark, and "in Forbes’ words, “…”" lost its speaker (rule
speaker.curly-possessive)."""


def straight_possessives(text: str) -> str:
    """``text`` with each possessive written with a curly apostrophe after "s" written with the straight one (same
    length, so offsets hold), but where a single quotation opened before it in its paragraph may close there."""
    marks = [m.start() for m in CURLY_POSSESSIVE.finditer(text) if not _single_quotation_open(text, m.start())]
    if not marks:
        return text
    chars = list(text)
    for at in marks:
        chars[at] = "'"
    return "".join(chars)


def _single_quotation_open(text: str, at: int) -> bool:
    """Whether a single quotation mark opened earlier in the paragraph (‘) is not closed before ``at``: the mark at
    ``at`` may close it ("the so-called ‘hardliners’ said")."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    return paragraph.count("\u2018") > len(re.findall(r"\u2019(?![A-Za-z])", paragraph))
