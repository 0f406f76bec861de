"""Speakers from round thirty-four (helper f): descriptions and titles linked to the person they name, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_a_description_before_anyone_is_named_is_the_holder_the_story_names_next(extract):
    # speaker.named-ahead: "the mediator" in the opening, "the Kenyan mediator, Brigadier Paul Otieno" after it
    record = extract(
        "Talks resumed on Monday, with the mediator describing the mood as “tense but serious.”\n\n"
        "Between them sits the Kenyan mediator, Brigadier Paul Otieno, who has chaired every session."
    )
    assert set(speakers(record).values()) == {"Paul Otieno"}, speakers(record)
    assert [a["name"] for a in record["actors"] if a["kind"] == "person"] == ["Paul Otieno"], record["actors"]


def test_a_description_after_someone_is_named_does_not_look_ahead(extract):
    # once a person is named, "the mediator" may be that person or someone untitled: not the one named next
    record = extract(
        "Ana Berg opened the talks on Monday, with the mediator describing the mood as “tense but serious.”\n\n"
        "Later the Kenyan mediator, Paul Otieno, arrived from Nairobi."
    )
    assert "Paul Otieno" not in speakers(record).values(), speakers(record)
