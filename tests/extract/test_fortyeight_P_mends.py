"""Round forty-eight (mender P): a quote listed before the one whose content holds it is not, for that alone, a
quote passed on (rule quote.nested): the trace names that rule only where an inner attribution was made a quote.
Sentences written for these tests (names invented)."""

import dataclasses

from spacy.language import Language

from backchannel.extract.trace import collecting
from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text


def test_a_quote_inside_a_callers_question_fires_no_nested_rule(nlp: Language) -> None:
    # Tal's "talks with the governor" lies inside the caller's question and is listed before it, but no one
    # passes on anyone's words
    text = (
        "Rina Tal, the harbour mayor, spoke on a radio phone-in on Tuesday. Asked by one caller whether she would "
        'seek talks with the governor on the ferry levy after the vote, she said she was "always ready to talk, '
        'but not to pose for cameras."'
    )
    article = dataclasses.replace(read_text(text, source="test"), published="2026-03-12")
    with collecting([]) as top:
        record = explained(article, nlp(analysable_text(article)))
    contents = [q["content"]["text"] for q in record["quotes"]]
    assert any(c.startswith("talks with the governor") for c in contents)
    # the caller's question, put in passing, is no quote (quote.question-in-passing)
    assert not any(c.startswith("whether she would seek talks") for c in contents)
    assert "quote.nested" not in top
    assert not any("quote.nested" in rules for rules in record["explain"]["quotes"].values())
