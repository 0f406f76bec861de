"""Round sixty: a one-word name addressed with a form of one gender ("Mr Moss") is not a person of that family name
and the other gender named before ("the first lady, Helena Moss"), and a later bare "Moss" is the man so set apart
(rule actor.address-other-gender). Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name

WIFE_FIRST = (
    "The president's wife, Helena Moss, opened the new school in Tarnow on Monday.\n"
    "Mr Moss said the talks with the dockers' union would resume next week.\n"
    "Moss also said he would visit the port.\n"
)


def test_mr_is_not_the_woman_named_before(extract):
    record = extract(WIFE_FIRST)
    assert speaker_name(record, quote_with(record, "would resume next week")) != "Helena Moss"


def test_the_bare_name_after_is_the_man(extract):
    record = extract(WIFE_FIRST)
    said = speaker_name(record, quote_with(record, "would visit the port"))
    assert said != "Helena Moss"
    assert said == speaker_name(record, quote_with(record, "would resume next week"))


def test_the_same_gender_still_folds(extract):
    record = extract(WIFE_FIRST.replace("Mr Moss said", "Mrs Moss said").replace("he would", "she would"))
    assert speaker_name(record, quote_with(record, "would resume next week")) == "Helena Moss"
    assert speaker_name(record, quote_with(record, "would visit the port")) == "Helena Moss"


def test_mrs_after_the_man_set_apart_is_the_woman(extract):
    record = extract(WIFE_FIRST + "Mrs Moss said she was pleased with the new school.\n")
    assert speaker_name(record, quote_with(record, "pleased with the new school")) == "Helena Moss"
