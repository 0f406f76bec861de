"""No sentence runs across a line break: the pipeline starts one after every break."""

from __future__ import annotations

import pytest
from spacy.language import Language

TEXTS = [
    "Envoys Meet in Oslo Without a Deal\n\nThe envoys met on Monday and talked for an hour.",
    "The minister said the talks\nwould go on, and the envoy agreed\n \n  the aide wrote later",
    "One line only, with no break at all and two clauses, the second after a comma",
    "Ends with a break.\n",
    "\n\nStarts with breaks. Then a sentence.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_sentence_starts_after_every_line_break(nlp: Language, text: str) -> None:
    doc = nlp(text)
    after_break = [t.i + 1 for t in doc[:-1] if "\n" in t.text]
    assert all(doc[i].is_sent_start for i in after_break)
    for sentence in doc.sents:
        assert "\n" not in sentence.text.strip(), sentence.text


def test_the_parser_still_places_the_other_sentence_starts(nlp: Language) -> None:
    doc = nlp("The envoys met in Oslo. They talked for an hour.\nThe aide left.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The envoys met in Oslo.", "They talked for an hour.", "The aide left."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Reactions\n\nMaria Lopez said the talks had failed.", "Maria Lopez said the talks had failed."),
        ("Analysis\n\nBritain and Norway signed a deal on Tuesday, officials said.", "Britain and Norway signed"),
    ],
)
def test_a_paragraphs_first_word_is_not_cut_off_on_its_own(nlp: Language, text: str, first: str) -> None:
    doc = nlp(text)
    second = [s.text.strip() for s in doc.sents][1]
    assert second.startswith(first)


def test_a_one_word_paragraph_is_still_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("Reactions\n\nYes.\n\nNo. It failed.")
    assert [s.text.strip() for s in doc.sents] == ["Reactions", "Yes.", "No.", "It failed."]
