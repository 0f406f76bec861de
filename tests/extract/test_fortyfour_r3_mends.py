"""Round forty-four, review mends (r3): a many met on a particular day or occasion is a meeting; a gathering at
which a named doer acted on a named day is news; the interviewer's role nouns are one vocabulary family. Sentences
written for the review of this project."""

import re

from backchannel.extract import contact_habits, contact_words, lexicon, transcripts


def _names(record: dict, event: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["id"] in event["participants"]}


def test_various_officials_met_in_kyiv_on_monday_is_a_meeting(extract):
    # contact.habit.many-met gives way to a particular day
    record = extract(
        "Secretary of State Antony Blinken met various Ukrainian officials in Kyiv on Monday.", published="2024-05-08"
    )
    (event,) = record["events"]
    assert (event["mode"], event["status"]) == ("meeting", "occurred")
    assert "Antony Blinken" in _names(record, event)


def test_numerous_leaders_met_at_the_summit_on_sunday_is_a_meeting(extract):
    # contact.habit.many-met gives way to a particular occasion and day
    record = extract(
        "President Lula met numerous African leaders at the summit in Addis Ababa on Sunday.", published="2024-05-08"
    )
    (event,) = record["events"]
    assert event["status"] == "occurred"
    assert "Lula" in _names(record, event)


def test_a_many_met_with_no_day_or_in_a_frame_of_years_stays_no_contact(extract):
    # contact.habit.many-met still fires: no day, no occasion; a frame of years overrides an occasion
    for text in (
        "The envoy Karl Osei met many people in many hotels.",
        "The envoy Karl Osei met numerous rebel leaders at conferences in Doha.",
        "In recent years the envoy Karl Osei met numerous rebel leaders at the talks in Doha.",
        "Bishop Tomas Reyes has met many public officials in Oslo.",
    ):
        assert extract(text, published="2024-05-08")["events"] == [], text


def test_a_named_doer_acting_at_a_summit_on_a_named_day_keeps_the_summit(extract):
    # contact.gathering-in-passing gives way: Albanese was at the ASEAN summit on Sunday
    record = extract(
        "Prime Minister Anthony Albanese signed a trade deal with Malaysia at the ASEAN summit in Kuala Lumpur "
        "on Sunday.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["mode"], event["status"]) == ("multilateral", "occurred")
    # in a year of the background, it stays a circumstance
    record = extract(
        "Prime Minister Anthony Albanese signed a trade deal with Malaysia at the ASEAN summit in Kuala Lumpur "
        "in 2019.",
        published="2024-05-08",
    )
    assert record["events"] == []


def test_the_word_lists_are_vocabulary():
    assert "numerous" in contact_words.UNCOUNTED_WORDS and "all" not in contact_words.UNCOUNTED_WORDS
    assert contact_words.UNCOUNTED_WORDS | {"all"} == contact_words.MANY_WORDS
    assert "range" in contact_words.RANGE_NOUNS
    assert not hasattr(contact_habits, "RANGE_NOUNS") or contact_habits.RANGE_NOUNS is contact_words.RANGE_NOUNS
    # the credits' phrases read every interviewer role of the one family, "newscaster" included
    assert "newscaster" in lexicon.INTERVIEWER_ROLES
    assert transcripts.HOST_BY.search("The bulletin was presented by the newscaster ")
    assert transcripts.HOST_IS.search("Our announcer is ")
    assert lexicon.INTERVIEWER_ROLES <= transcripts.INTERVIEWER_WORDS
    assert all(re.search(rf"\b{w}\b", transcripts.HOST_IS.pattern) for w in lexicon.INTERVIEWER_ROLES)
