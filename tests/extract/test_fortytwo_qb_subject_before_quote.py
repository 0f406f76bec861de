"""A subject before the quote marks, round forty-two (helper qb): a reported clause whose noun subject stands outside
its quote marks is a mixed quote that keeps the subject, however few the words outside (rule
quote.subject-before-quote); a bare "that" before the marks still leaves a direct quote. Sentences written for
these tests."""

import pytest


def quotes(record: dict) -> list[tuple[str, str]]:
    return [(q["content"]["text"], q["kind"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            'The harbour master said Moss "had set out the town\'s known position on the pier."',
            'Moss "had set out the town\'s known position on the pier."',
        ),
        (
            "The harbour master says Varga “has never once crossed on the ferry.”",
            "Varga “has never once crossed on the ferry.”",
        ),
    ],
)
def test_a_subject_before_the_marks_stays_in_a_mixed_quote(extract, sentence, said):
    assert (said, "mixed") in quotes(extract(sentence, published="2024-05-10"))


def test_a_that_before_the_marks_leaves_a_direct_quote(extract):
    text = 'The harbour master said Moss "had set out the town\'s position." She said that “the ferry will run.”'
    found = quotes(extract(text, published="2024-05-10"))
    assert ('Moss "had set out the town\'s position."', "mixed") in found
    assert ("“the ferry will run.”", "direct") in found
