"""Round fifty-nine: "A government spokesman said … / The spokesman, Tom Reed, said …": the description that
spoke first is the person the next paragraph names (rule speaker.named-again). Sentences written for these tests
(names invented)."""

from tests.conftest import quote_with, speaker_name

NAMED_NEXT = (
    "A government spokesman said the talks with the rebels would resume on Monday.\n"
    "The spokesman, Tom Reedman, said the venue had not been chosen.\n"
)


def test_the_description_is_the_person_named_next(extract):
    record = extract(NAMED_NEXT)
    assert speaker_name(record, quote_with(record, "would resume on Monday")) == "Tom Reedman"


def test_another_noun_names_someone_else(extract):
    record = extract(NAMED_NEXT.replace("The spokesman, Tom", "The minister, Tom"))
    assert speaker_name(record, quote_with(record, "would resume on Monday")) != "Tom Reedman"


def test_only_in_the_next_paragraph(extract):
    record = extract(NAMED_NEXT.replace("Monday.\n", "Monday. "))
    assert speaker_name(record, quote_with(record, "would resume on Monday")) != "Tom Reedman"
