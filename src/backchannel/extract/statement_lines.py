"""Lines that give a statement after its speaker's name and a colon, as round-ups of reactions print them.

    - Anton Veldt, U.N. Secretary-General: "Now the real work begins."
    • Kenji Ota (Japan): “We stand ready to help.”

A line, with or without a bullet, that is nothing but a name (and a description after a comma or in brackets),
a colon and a quotation is that person's quote (rule quote.statement-line). Only the quotation after the colon
counts, so a transcript's turns ("MOSS: We will …", no quote marks) and a headline's "Moss: …" stay theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STATEMENT_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-–—•*·▪][ \t]*)?"
    r"(?P<who>(?P<name>[^\W\d_][^:,(\n\"“”]{0,60}?)(?:[ \t]*[,(][^:\n\"“”]{1,80})?)"
    r"[ \t]*:[ \t]*(?P<what>[\"“][^\n\"“”]+[\"”])[ \t]*$"
)
"""A bullet or nothing, a name with a description after a comma or in brackets, a colon, a whole quotation."""


@dataclass(frozen=True)
class StatementLine:
    """Character ranges of a statement line's name, colon and quotation."""

    name: tuple[int, int]
    colon: tuple[int, int]
    said: tuple[int, int]


def statement_lines(text: str) -> list[StatementLine]:
    """The statement lines of ``text``; the first line is a headline's ("Moss: “We will”"), left out."""
    first_end = text.find("\n")
    out = []
    for m in STATEMENT_LINE.finditer(text):
        if first_end < 0 or m.start() < first_end:
            continue
        colon = text.index(":", m.end("who"), m.start("what"))
        out.append(
            StatementLine((m.start("name"), m.end("name")), (colon, colon + 1), (m.start("what"), m.end("what")))
        )
    return out
