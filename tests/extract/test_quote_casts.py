"""Casting something "as" something in quoted words, and other recall fixes of round seven (issue 13), on
sentences written for these tests."""

import pytest

from tests.conftest import quote_with


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "The harbour master has been hammering the ferry company as a “cartel” for months.",
            "the ferry company as a “cartel”",
            "The harbour master",
            "has been hammering",
        ),
        (
            "Senator Ada Moss slammed the new timetable as a “fiasco” on Tuesday during a visit to Dover.",
            "the new timetable as a “fiasco”",
            "Senator Ada Moss",
            "slammed",
        ),
        (
            "The union went after the harbour board as “reckless and unfit” in its newsletter.",
            "the harbour board as “reckless and unfit”",
            "The union",
            "went after",
        ),
        (
            "The mayor condemned the closure as “short-sighted” and a “betrayal” of the island.",
            "the closure as “short-sighted” and a “betrayal” of the island",
            "The mayor",
            "condemned",
        ),
        (
            "Most of the pilots listed “fatigue” as their main worry.",
            "“fatigue” as their main worry",
            "Most of the pilots",
            "listed",
        ),
    ],
)
def test_an_object_cast_as_something_in_quoted_words_is_the_subjects(extract, sentence, content, speaker, cue):
    # quote.cast-in-quotes
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["text"] == speaker
    assert quote["cue"]["text"] == cue


def test_a_relative_pronoun_cast_in_quotes_stands_for_its_noun(extract):
    quote = quote_with(
        extract("The fire started with a blast that the fire chief described as “a deliberate act.”"), "blast"
    )
    start = quote["content"]["start"]
    parts = [quote["content"]["text"][p["start"] - start : p["end"] - start] for p in quote["content"]["parts"]]
    assert parts == ["a blast that", "as “a deliberate act.”"]
    assert quote["speaker"]["text"] == "the fire chief"


def test_a_cast_without_quote_marks_is_no_ones_words(extract):
    assert extract("The harbour master has been hammering the ferry company as a cartel for months.")["quotes"] == []


def test_a_chant_is_what_the_chanters_say(extract):
    # "chant" is a speech verb; the parse takes "marching" for the main verb and hangs "chanted" on it, and the
    # subject of the participle is the chanters' (quote.misread-main-verb)
    quote = quote_with(extract("Dockers marching through the town chanted “Save our ferry!” all afternoon."), "Save")
    assert quote["speaker"]["text"] == "Dockers"
    assert quote["cue"]["text"] == "chanted"


def test_what_is_proclaimed_is_the_proclaimers_words(extract):
    quote = quote_with(extract("The mayor proclaimed a new era for the island's ferries."), "era")
    assert quote["content"]["text"] == "a new era for the island's ferries"
    assert quote["speaker"]["text"] == "The mayor"


def test_a_verb_the_tagger_read_as_a_plural_noun_still_heads_the_reported_clause(extract):
    # quote.verb-tagged-noun
    sentence = (
        "The mayor said the recent spate of ferry accidents and strikes demands that all pilots engage in more "
        "training."
    )
    quote = quote_with(extract(sentence), "spate")
    assert quote["content"]["text"] == (
        "the recent spate of ferry accidents and strikes demands that all pilots engage in more training"
    )
    assert quote["speaker"]["text"] == "The mayor"


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "But, according to the harbour survey, most pilots remain undecided about the new timetable.",
            "most pilots remain undecided about the new timetable",
            "the harbour survey",
        ),
        (
            "The change has not gone unnoticed: according to recent polls, the mayor holds only 14 percent of the "
            "island vote.",
            "the mayor holds only 14 percent of the island vote",
            "recent polls",
        ),
        (
            "While most of the logs were marked routine, according to a port official, two of the latest were "
            "marked urgent.",
            "two of the latest were marked urgent",
            "a port official",
        ),
    ],
)
def test_according_to_bears_on_the_clause_after_a_joining_word_or_a_colon(extract, sentence, content, source):
    # quote.according-to-aside
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["text"] == source


def test_a_sentence_opened_by_in_a_poll_tells_the_polls_finding(extract):
    # quote.in-a-finding
    quote = quote_with(extract("In the same survey, the mayor was winning pilots by 28 points."), "winning")
    assert quote["content"]["text"] == "the mayor was winning pilots by 28 points"
    assert quote["speaker"]["text"] == "the same survey"
    assert quote["cue"]["text"] == "In"


def test_leading_in_the_polls_says_where_and_a_reporting_verb_keeps_its_speakers(extract):
    assert extract("The mayor has been leading in the polls since May.")["quotes"] == []
    record = extract("In the harbour survey, most pilots said the timetable was unworkable.")
    assert [q["speaker"]["text"] for q in record["quotes"]] == ["most pilots"]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "They are tired of delays, and they see the harbour master as most likely to fix them.",
            "the harbour master as most likely to fix them",
            "they",
        ),
        (
            "Some pilots see the board's refusal to meet as driven by fear of the ferry company.",
            "the board's refusal to meet as driven by fear of the ferry company",
            "Some pilots",
        ),
    ],
)
def test_an_as_phrase_the_parser_made_a_clause_still_completes_a_view(extract, sentence, content, speaker):
    # quote.seen-as
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # "as" hung on a participle after the object
        (
            "Pilots see the vote held on Sunday as a test of the board's nerve.",
            "the vote held on Sunday as a test of the board's nerve",
            "Pilots",
        ),
        # "as" hung on the passive's agent
        (
            "But the new timetable was seen by some as a defeat for the ferry company.",
            "the new timetable was seen by some as a defeat for the ferry company",
            "some",
        ),
    ],
)
def test_an_as_phrase_the_parser_hung_elsewhere_still_completes_a_view(extract, sentence, content, speaker):
    # quote.seen-as
    quote = quote_with(extract(sentence), "as a")
    assert quote["content"]["text"] == content
    assert quote["speaker"]["text"] == speaker
