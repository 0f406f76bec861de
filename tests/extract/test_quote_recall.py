"""Attributions found in round four of the recall work (issue 13), on sentences written for these tests."""

import pytest

from backchannel.extract.lexicon import OBJECT_CONTENT_VERBS
from tests.conftest import quote_with


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The harbour master recalled the long winters of her childhood.",
            "the long winters of her childhood",
            "The harbour master",
        ),
        ("Several councillors echoed those complaints on Monday.", "those complaints", "Several councillors"),
        ("The fishermen bemoaned the decline of the old port.", "the decline of the old port", "The fishermen"),
        (
            "Moss noted the irony of a ferry company opposing a bridge.",
            "the irony of a ferry company opposing a bridge",
            "Moss",
        ),
        ("The treasurer joked about the size of the repair bill.", "the size of the repair bill", "The treasurer"),
    ],
)
def test_an_object_content_verb_reports_its_object(extract, sentence, content, speaker):
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["text"] == speaker


def test_verbs_whose_object_is_mostly_not_a_remark_are_not_object_content_verbs(extract):
    assert not {"find", "declare", "charge", "prove", "certify"} & OBJECT_CONTENT_VERBS
    record = extract("The inspectors found rust on the pier and declared an emergency.")
    assert record["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Despite complaints that the ferry runs late, the council kept the timetable.", "that the ferry runs late"),
        (
            "Her belief that the pier will last another decade has not changed.",
            "that the pier will last another decade",
        ),
        ("The fares rose amid fears that the boats would run empty.", "that the boats would run empty"),
    ],
)
def test_a_remark_noun_reports_its_that_clause(extract, sentence, content):
    assert quote_with(extract(sentence), content)["content"]["text"] == content


def test_a_reminder_is_not_a_remark(extract):
    record = extract("The storm was a reminder that the old pier cannot last.")
    assert not any("cannot last" in q["content"]["text"] for q in record["quotes"])


def test_how_things_look_is_attributed_to_no_one(extract):
    # quote.appearance
    record = extract("The harbour board appears to have dropped the winter timetable.")
    quote = next(q for q in record["quotes"] if q["cue"]["text"] == "appears")
    text = record["article"]["text"]
    assert [text[p["start"] : p["end"]] for p in quote["content"]["parts"]] == [
        "The harbour board",
        "to have dropped the winter timetable",
    ]
    assert quote["speaker"] is None


def test_seeming_to_say_something_is_a_report_of_the_subjects_words(extract):
    # quote.appearance does not read a reporting infinitive: the reporting verb reports it, with its speaker
    record = extract("The harbour master seemed to suggest that the pier would close in May.")
    assert [q["cue"]["text"] for q in record["quotes"]] == ["to suggest"]
    assert record["quotes"][0]["speaker"]["text"] == "The harbour master"


def test_it_seems_attributes_its_clause(extract):
    record = extract("It appears that the old ferry will stop running in May.")
    quote = quote_with(record, "the old ferry will stop running in May")
    assert quote["content"]["text"] == "that the old ferry will stop running in May"
    assert quote["speaker"] is None


def test_appearing_somewhere_is_not_how_things_look(extract):
    record = extract("The harbour master appeared on the local radio show on Monday.")
    assert record["quotes"] == []


def test_looking_some_way_is_the_writers_observation(extract):
    record = extract("Outside the clinic, the patients appeared calm.")
    assert record["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("The harbour master took aim at the new ferry fares on Monday.", "the new ferry fares", "took aim at"),
        ("The pilots have taken a swipe at the ferry company.", "the ferry company", "have taken a swipe at"),
        ("Moss takes issue with the plan for a second pier.", "the plan for a second pier", "takes issue with"),
    ],
)
def test_a_stand_taken_with_take_attributes_its_target(extract, sentence, content, cue):
    # quote.light-verb
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] == cue


def test_taking_a_seat_is_no_stand(extract):
    assert extract("The mayor took a seat at the back of the ferry.")["quotes"] == []


def test_making_the_case_is_a_remark(extract):
    quote = quote_with(extract("The treasurer made the case that the pier must close."), "the pier must close")
    assert quote["speaker"]["text"] == "The treasurer"


def test_seeing_something_as_something_is_a_view(extract):
    # quote.seen-as
    quote = quote_with(extract("Many pilots see the new timetable as a threat to the night ferry."), "timetable")
    assert quote["content"]["text"] == "the new timetable as a threat to the night ferry"
    assert quote["speaker"]["text"] == "Many pilots"


def test_a_view_in_the_passive_goes_to_its_agent_or_to_no_one(extract):
    record = extract("The old pier is regarded as unsafe by the engineers. The ferry is considered a relic.")
    assert quote_with(record, "unsafe")["speaker"]["text"] == "the engineers"
    assert quote_with(record, "a relic")["speaker"] is None


def test_a_passive_view_inside_a_report_stays_in_the_report(extract):
    record = extract("The pilots said the new fares are seen as a threat to the night ferry.")
    assert [q["content"]["text"] for q in record["quotes"]] == ["the new fares are seen as a threat to the night ferry"]


def test_seeing_someone_somewhere_is_sight(extract):
    assert extract("The harbour master saw the mayor at the ferry terminal.")["quotes"] == []


def test_a_paper_relaying_what_was_said_is_not_part_of_it(extract):
    # quote.relayed-by
    record = extract(
        'The pilots said the new timetable was "unworkable," the Morning Clarion reported, and the paper added '
        "that no talks were planned."
    )
    said = quote_with(record, "the new timetable")
    assert said["content"]["text"].rstrip(',"') == 'the new timetable was "unworkable'
    assert said["speaker"]["text"] == "The pilots"
