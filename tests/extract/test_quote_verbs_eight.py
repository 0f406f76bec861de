"""Reporting verbs added to the word lists in round eight of the recall work (issue 13): their object or
clause is what was said or the stand taken. Sentences written for these tests."""

import pytest

from tests.conftest import quote_with


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Councillor Ines Varga mocked the new ferry timetable on Tuesday.", "mocked", "the new ferry timetable"),
        ("The pilots' union assailed the harbour board for its silence.", "assailed", "the harbour board"),
        ("The report listed three reasons for the closure of the pier.", "listed", "three reasons"),
        ("Most commuters prefer the old timetable.", "prefer", "the old timetable"),
        ("Ada Moss rebutted the charge in a long letter to the council.", "rebutted", "the charge"),
        ("The mayor credited the volunteers with saving the lighthouse.", "credited", "the volunteers"),
        ("The senator highlighted the cost of the new bridge.", "highlighted", "the cost of the new bridge"),
        ("The minister outlined a plan to rebuild the harbour wall.", "outlined", "a plan to rebuild"),
        ("Moss invoked the memory of the 1953 flood in her speech.", "invoked", "the memory of the 1953 flood"),
        ("Varga likened the new levy to a tax on fishing.", "likened", "the new levy"),
        ("The editor lambasted the council over the closure.", "lambasted", "the council"),
        ("Critics derided the plan as a vanity project.", "derided", "the plan"),
        ("The pilots reminded the board that the pier had flooded twice.", "reminded", "the pier had flooded twice"),
        ("The harbour master argued against a second levy on the fleet.", "argued against", "a second levy"),
    ],
)
def test_a_reporting_verb_added_this_round_attributes_its_content(extract, sentence, cue, content):
    quote = quote_with(extract(sentence), content)
    assert quote["cue"]["text"].startswith(cue)
