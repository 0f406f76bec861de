"""Round fifty-three (lead): an untagged name whose first word the tagger takes alone for a person elsewhere is that
person (rule actor.person-by-part-named-later): "Xi Jinping met Joe Biden in Bali. Xi said …" made an
organisation "Xi Jinping" and a second person "Xi". Sentences written for these tests."""

from tests.conftest import quote_with, speaker_name


def _people(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


def test_a_family_name_first_used_alone_later_makes_the_untagged_name_a_person(extract):
    record = extract("Xi Jinping met Joe Biden in Bali. Xi said the talks were candid.")
    assert "Xi Jinping" in _people(record)
    assert not any(a["name"] == "Xi Jinping" and a["kind"] == "organization" for a in record["actors"])
    assert speaker_name(record, quote_with(record, "talks were candid")) == "Xi Jinping"


def test_a_sentence_opening_word_before_a_name_is_no_given_name(extract):
    record = extract("First Trump goes to the border. Trump said the wall would rise.")
    assert "First Trump" not in _people(record)
