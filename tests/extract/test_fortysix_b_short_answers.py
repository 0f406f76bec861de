"""Round forty-six (b): a one-word answer after a speech verb is what was said (rule quote.short-answer); tested on
sentences written for these tests (names invented)."""

import pytest

from tests.conftest import quote_with, speaker_name


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Asked whether the ferry should run on Sundays, most riders said yes.", "yes", "most riders"),
        ("Everyone but Tomas Hale said no.", "no", None),
        ("Ilse Marquardt said no to the new pier at Lindholm.", "no to the new pier at Lindholm", "Ilse Marquardt"),
        ("The harbour board never said so.", "so", None),
    ],
)
def test_a_one_word_answer_is_what_was_said(extract, text, content, speaker):
    record = extract(text)
    quote = quote_with(record, content)
    assert quote["content"]["text"] == content
    if speaker is not None:
        assert speaker_name(record, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Marquardt has said so many times.",
        "The pilots said no more.",
        "Ilse Marquardt said so far that the pier was safe.",
    ],
)
def test_an_answer_word_that_opens_more_words_is_no_answer(extract, text):
    record = extract(text)
    assert not any(q["content"]["text"] in ("so", "no") for q in record["quotes"])


def test_an_answer_inside_quote_marks_is_the_quoted_speakers(extract):
    record = extract('"I never said no," Ilse Marquardt wrote.')
    assert [q["content"]["text"] for q in record["quotes"]] == ['"I never said no,"']
