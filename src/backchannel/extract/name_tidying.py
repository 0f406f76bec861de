"""An actor's names and titles as a reader sees them: without the blanks that a stretch hidden from the parser (a
dateline, a time stamp) leaves at the edge of a phrase, and each once."""

from __future__ import annotations

import re

from ..records import Actor

BLANKS = re.compile(r"\s+")


def tidy_names(actors: list[Actor]) -> None:
    """Strip and close up the blanks in every actor's name, titles and aliases; drop empty and repeated ones, and
    aliases that are the name itself."""
    for actor in actors:
        actor.name = _tidy(actor.name) or actor.name
        actor.titles = [t for t in dict.fromkeys(map(_tidy, actor.titles)) if t]
        actor.aliases = [a for a in dict.fromkeys(map(_tidy, actor.aliases)) if a and a != actor.name]


def _tidy(words: str) -> str:
    return BLANKS.sub(" ", words).strip()
