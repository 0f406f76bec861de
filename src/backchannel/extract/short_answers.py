"""A one-word answer as what was said (rule quote.short-answer).

"Asked whether the fares were fair, 46 percent of riders said yes", "Everyone but Hale said no", "He said no to the
new pier", "The harbour board never said so": a speech verb whose whole answer is "yes", "no" or "so"
(``answer_words``) reports that word; PolNeAR marks it as the attribution's content (its poll stories are full of
them). The parser hangs the word on the verb as an interjection or an adverb, and no clause follows, so the
reporting readings find nothing to report. "No" keeps the "to" phrase that says what was refused ("no to the new
pier"); "so" must close the verb's phrase ("said so", not "said so far", nor "said so many times").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexicon import ANSWER_WORDS, SPEECH_VERBS
from .quote_findings import reporting_lemma
from .stance import Stance, cue_start

SHORT_ANSWER = "quote.short-answer"
ANSWER_DEPS = frozenset({"intj", "advmod", "dobj", "npadvmod", "dep", "attr", "oprd"})
"""How the parser hangs a one-word answer on its verb."""
REFUSAL_ANSWERS = frozenset({"no", "yes"})
"""Answers that keep a "to" phrase saying what was refused or agreed to ("said no to the new pier")."""
STATE_VERBS = frozenset({"prove"})
"""Speech verbs for which "so" is a state, not an answer: "if the forecasts prove so"."""
OWN_WORDS_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative"})
"""A verb with one of these has words of its own to report: the answer word is then none ("said so to him" is)."""


def short_answer_at(verb: Token, subject: Callable[[Token], Span | None]) -> Stance | None:
    """The one-word answer ``verb`` reports, if that is all it reports; ``subject`` finds a verb's subject phrase."""
    if verb.pos_ != "VERB" or reporting_lemma(verb) not in SPEECH_VERBS or verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    refused = word.lower_ in REFUSAL_ANSWERS and after is not None and after.lower_ == "to"
    # the parser may hang "no" of "said no to the tax increase" on the "to" phrase
    hung = word.head == verb or (refused and word.head == after and after.head == verb)
    if not hung or word.lower_ not in ANSWER_WORDS or word.dep_ not in ANSWER_DEPS:
        return None
    if verb.lemma_.lower() in STATE_VERBS or any(c.dep_ in OWN_WORDS_DEPS and c != word for c in verb.children):
        return None
    end = word.i
    if after is not None and after.is_alpha:
        if refused and after.head in (verb, word):
            end = after.right_edge.i  # "said no to the new pier", "said yes to the budget"
        elif (top := _phrase_top(after, word)).dep_ in ("prep", "npadvmod") and top.head in (verb, word):
            pass  # "said so in a statement", "said so last week": when or how it was said
        elif not (after.dep_ == "cc" or (after.dep_ == "advmod" and after.head == verb)):
            return None  # "said so many times", "said no more"; but "says so too", "said yes and …"
    return Stance([(word.i, end)], (cue_start(verb), verb.i), subject(verb), SHORT_ANSWER)


def _phrase_top(token: Token, word: Token) -> Token:
    """The head of the phrase ``token`` opens after the answer ``word``: "week" of "last week"."""
    while token.head.i > word.i and token.head.i != token.i:
        token = token.head
    return token
