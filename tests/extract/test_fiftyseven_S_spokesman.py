"""Round fifty-seven (helper S): a bare "the spokesman" after "Mr Hale's spokesman" is that spokesman, though the
principal spoke in between (rule speaker.definite-after-possessive); and "Mr Hale's spokesman" is known also as
"spokesman for Mr Hale" (rule speaker.possessive-spokesman). Sentences written for these tests (names invented)."""

from tests.conftest import actor_of, quote_with, speaker_name

HALE = (
    "Mr Hale's spokesman said the two men met for an hour.\n\n"
    "Mr Hale said the port would open in May.\n\n"
    "The two men also discussed the ferry timetable, the spokesman said."
)


def test_the_spokesman_after_the_principal_spoke(extract):
    # speaker.definite-after-possessive: not a new "spokesman" of no one
    record = extract(HALE)
    assert speaker_name(record, quote_with(record, "ferry timetable")) == "Hale's spokesman"


def test_possessive_spokesman_is_spokesman_for_the_principal(extract):
    # speaker.possessive-spokesman: the other form the press uses
    record = extract(HALE)
    speaker = actor_of(record, quote_with(record, "met for an hour")["speaker_actor"])
    assert speaker is not None and "spokesman for Hale" in speaker["aliases"]


def test_a_spokesman_described_otherwise_is_not_taken_back(extract):
    # negative: "the company spokesman" has a word "Mr Hale's spokesman" lacks, so it is someone else
    record = extract(
        "Mr Hale's spokesman said the two men met for an hour.\n\n"
        "Mr Hale said the port would open in May.\n\n"
        "The ferry timetable will change, the company spokesman said."
    )
    assert speaker_name(record, quote_with(record, "timetable will change")) != "Hale's spokesman"


def test_a_possessive_description_apposed_to_a_name_is_that_person(extract):
    # negative: "Ana Vidrio, the Commission's chief fisheries negotiator" is named; "the negotiator" is her
    record = extract(
        "The talks are led for the EU by Ana Vidrio, the Commission's chief fisheries negotiator.\n\n"
        "Mr Kolo said the talks were hard.\n\n"
        "The quota would rise, the negotiator said."
    )
    assert speaker_name(record, quote_with(record, "quota would rise")) == "Ana Vidrio"
