"""Round forty-five (q): "he" and "she" for the unnamed person just asked or brought in by "one …". Tested on
sentences written for these tests (names invented)."""

import pytest

from tests.conftest import quote_with, speaker_name


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Minister Karl Berg held a news conference on Monday. When I asked an Egyptian official about it, he "
            "said he could neither confirm nor deny it.",
            "Egyptian official",
        ),
        (
            "Minister Karl Berg held a news conference on Monday. When I put that to a Turkish spokesman, he said "
            "he could neither confirm nor deny it.",
            "Turkish spokesman",
        ),
        (
            "Minister Karl Berg spoke on Monday. When the reporter asked Anna Holm, the port director, about it, "
            "she said he could neither confirm nor deny it.",
            "Anna Holm",
        ),
    ],
)
def test_the_one_asked_answers(extract, text, who):
    # pronoun.the-one-asked: the one the "when" clause asks is who answers, not the last one named
    record = extract(text, published="2024-04-10")
    assert speaker_name(record, quote_with(record, "neither confirm nor deny")) == who


def test_the_asker_asked_about_a_third_is_not_the_one_asked(extract):
    # "When Berg asked about the talks, he said …": no one asked by name, so the subject's own pronoun
    record = extract(
        "Minister Karl Berg spoke on Monday. When a reporter asked about the talks, he said they had gone well.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "they had gone well")) == "Karl Berg"


def test_one_described_source_is_the_he_that_follows(extract):
    # pronoun.described-subject: "One senior civil servant, who asked not to be named, …" is "a" one
    record = extract(
        "President Ana Ruiz spoke for an hour. One senior civil servant, who asked not to be named, put it more "
        'bluntly. "If this fails, it will not be our fault," he said.',
        published="2024-04-10",
    )
    # its name without "One" (speaker.name-quantifier)
    assert speaker_name(record, quote_with(record, "it will not be our fault")) == "senior civil servant"
