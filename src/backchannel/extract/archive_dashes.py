"""The dash of old wire copy: an underscore between spaces inside a line ("Ana Reis _ appointed by the president _
entered the embassy"), as agency archives of the 1990s print the long dash."""

from __future__ import annotations

import re

ARCHIVE_DASH = re.compile(r"(?<=[^\s_]) _ (?=[^\s_])")
"""An underscore with a space on each side and a word or mark on each side of those, on one line. The tagger read it
as a noun, made it the clause's subject and ran the name before it into it, so the person named was lost (rule
actor.archive-dash). A line that opens with "_ " (the wire's bullet) is left alone."""


def archive_dashes(text: str) -> str:
    """``text`` with each archive dash written as an en dash (same length, so offsets hold)."""
    return ARCHIVE_DASH.sub(" \u2013 ", text)
