"""Interviews printed as questions and answers: the answer is the interviewee's.

An interview is often printed as the outlet's questions, each a paragraph of its own ending in a question mark,
and the answers in quote marks with no "she said" (rule ``quote.interview-answer``; two such answers at least
make an interview). The answer's speaker is the person the interview is with: the person the article has named
most often before its first question (the headline and the lead name them; the outlet's questions name others
only in passing).
"""

from __future__ import annotations

import re
from collections import Counter

from .actor_table import ActorTable

QUESTION_PARAGRAPH = re.compile(r"(?:^|\n\s*\n)(?P<question>[^\n\"“”]{3,400}\?)[ \t]*\n\s*\n[ \t]*$")
"""A paragraph with no quote marks ending in a question mark, right before a paragraph break and the answer."""


QUESTION_AND_ANSWER = re.compile(r"\?[ \t]*\n\s*\n[ \t]*[\"“]")
"""A paragraph ending in a question mark, then one opening with a quote mark: a question and its answer."""
MIN_ANSWERS = 2


def answers_a_question(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` opens a paragraph that follows a question paragraph, in a text
    printed as questions and answers (two at least: a story may ask one question of its own)."""
    before = text[max(0, start - 500) : start]
    if before.strip() == "" or QUESTION_PARAGRAPH.search(before) is None:
        return False
    return len(QUESTION_AND_ANSWER.findall(text)) >= MIN_ANSWERS


INTERVIEWER_CREDIT = re.compile(r"(?im)^[ \t]*(?:interview(?:ed)?|questions)[ \t]+by[ \t]+$")
"""A credit line that names the interviewer next: "Interview by Elira Gashi", "Questions by …"."""


def _credited_interviewer(text: str, start: int) -> bool:
    return INTERVIEWER_CREDIT.search(text, max(0, start - 40), start) is not None


def interviewee(table: ActorTable, text: str) -> str | None:
    """The person an interview printed as questions and answers is with: the person named most often before the
    first question (the earlier first mention wins a tie), not its writer or interviewer."""
    first = next((m.start() for m in re.finditer(r"\?[ \t]*\n\s*\n", text)), len(text))
    counts: Counter[str] = Counter()
    firsts: dict[str, int] = {}
    for actor in table.persons():
        if actor.name in table.article.authors or any(_credited_interviewer(text, m.start) for m in actor.mentions):
            continue  # "Interview by Elira Gashi", "By Ana Ruiz": who asks, not who answers
        starts = [m.start for m in actor.mentions if m.start < first]
        if starts:
            counts[actor.id], firsts[actor.id] = len(starts), min(starts)
    if not counts:
        return None
    return max(counts, key=lambda a: (counts[a], -firsts[a]))
