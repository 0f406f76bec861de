"""Round fifty-one, second round (helper S2): quote speakers by mechanism, on sentences written for these tests
(names invented). A person brought in by a description inside the quote marks of the words being attributed is
someone the speaker talks about, never who the cue's "he" or "she" is (rule pronoun.described-not-quoted). One
person described by a common noun after "a", "an" or "one" is that unnamed person, not the place or body the
description names (rule speaker.unnamed-person-of-place)."""

from typing import Any

import pytest

from tests.conftest import actor_of, quote_with


def speaker_of(record: dict[str, Any], fragment: str) -> str | None:
    actor = actor_of(record, quote_with(record, fragment)["speaker_actor"])
    return actor["name"] if actor else None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Mrs Mendes's husband works at a mine in the north. He telephoned the clinic on Monday, she said. "
            '"He cried on the phone. A miner, crying. The nurse told me," she said, and laughed.',
            "A miner, crying",
            "Mendes",
        ),
        (
            'Rosa Mendes waits at the camp. "He cried on the phone. A farmer, crying," she said.',
            "A farmer",
            "Rosa Mendes",
        ),
    ],
)
def test_a_description_inside_the_quote_is_not_its_speaker(extract, text, fragment, speaker):
    # pronoun.described-not-quoted: the miner and the farmer are talked about; she speaks
    assert speaker_of(extract(text), fragment) == speaker


def test_a_description_before_the_quote_still_speaks(extract):
    # negative: pronoun.described-subject still gives "he" to the engineer brought in before the quote
    record = extract(
        "Harbour master Ivo Brandt met the pilots on Monday. A senior engineer at one of the yards, who asked not "
        'to be named, was blunter. "The pier will not last the winter," he said.'
    )
    assert speaker_of(record, "The pier will not last") == "senior engineer at one of the yards"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            'A Bergdorf sawmill owner, who asked not to be named, said cheap timber "will cut our prices".',
            "will cut our prices",
            "Bergdorf sawmill owner",
        ),
        (
            '"We said no," said an engineer at the Mekong River Commission.',
            "We said no",
            "engineer at the Mekong River Commission",
        ),
        (
            '"He never added a word," said a Danish officer at UN headquarters in Beirut.',
            "He never added a word",
            "Danish officer at UN headquarters in Beirut",
        ),
    ],
)
def test_one_unnamed_person_is_not_the_place_named_in_the_description(extract, text, fragment, speaker):
    # speaker.unnamed-person-of-place: the owner, the engineer, the officer; not Bergdorf, the commission or the UN
    record = extract(text)
    actor = actor_of(record, quote_with(record, fragment)["speaker_actor"])
    assert actor["name"] == speaker
    assert actor["kind"] == "anonymous"


def test_a_named_person_described_so_is_still_named(extract):
    # negative: a name apposed to the description is who speaks
    record = extract('Ana Lopez, a sawmill owner in Bergdorf, said cheap timber "will cut our prices".')
    assert speaker_of(record, "will cut our prices") == "Ana Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "In Tallinn, a senior official at the port authority, speaking on condition of anonymity, said the ferry "
        "would stop in May.",
        "In Tallinn, a senior official at the port authority, speaking to reporters, said the ferry would stop in May.",
    ],
)
def test_the_person_before_an_aside_is_the_subject_the_parse_lost(extract, text):
    # quote.subject-before-aside: the official, hung by the parse on the place or clause before, said it
    record = extract(text)
    assert speaker_of(record, "the ferry would stop in May") == "senior official at the port authority"
    # and "speaking to reporters" is no cue of its own for the whole sentence
    assert all(not q["content"]["text"].startswith("In Tallinn") for q in record["quotes"])


def test_a_fronted_participle_still_reports(extract):
    # negative: a participle before its subject still reports its clause (quote.fronted-participle)
    record = extract("Declaring that the pier was safe, the harbour master said the ferry would run.")
    assert speaker_of(record, "the pier was safe") == "harbour master"
