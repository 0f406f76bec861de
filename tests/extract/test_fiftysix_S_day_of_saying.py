"""Round fifty-six (helper S): a date right after a reporting verb, before a reported clause with no "that", tells
when the words were said, not what was said (rule quote.day-of-saying). Sentences written for these tests (names
invented)."""

from tests.conftest import quote_with


def test_weekday_after_said_is_not_reported(extract):
    # quote.day-of-saying: "said on Wednesday he would host …"
    record = extract("County Governor Elias Marwa said on Wednesday he would host both sides in Kericho on Saturday.")
    assert quote_with(record, "would host")["content"]["text"] == "he would host both sides in Kericho on Saturday"


def test_weekday_after_organisation_said(extract):
    # quote.day-of-saying: an organisation's statement
    record = extract("The regional council said on Monday it would release 3,000 tonnes of grain from its reserves.")
    assert quote_with(record, "would release")["content"]["text"].startswith("it would release")


def test_date_after_that_is_reported(extract):
    # negative: after "that" the date is part of what was said
    record = extract("Adler said that on Friday he would meet the candidate in Tulsa.")
    assert quote_with(record, "would meet")["content"]["text"].startswith("that on Friday")


def test_day_as_subject_is_reported(extract):
    # negative: the day is the reported clause's own subject
    record = extract("Adler said Friday was the best day for the meeting.")
    assert quote_with(record, "best day")["content"]["text"].startswith("Friday was")
