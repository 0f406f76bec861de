"""Round fifty-five (helper Q): speech missed where the parse hangs a reported clause with no "that" on whom it was
told as a relative clause ("told the station he had spoken with …", rule quote.bare-clause-on-addressee).
Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_bare_clause_after_a_station_is_what_was_told(extract):
    record = extract("The harbour master, Oren Falk, told the station he had spoken with the mayor on Monday.")
    quote = quote_with(record, "he had spoken with the mayor")
    assert speaker_name(record, quote) == "Oren Falk"


def test_relative_clause_on_a_person_told_something_stays_relative(extract):
    # "the man she met" has an object gap and "the whole story" is what was told: no clause of hers reported
    record = extract("Ilse Marr told the man she met the whole story.")
    assert not any(q["content"]["text"].startswith("she met") for q in record["quotes"])
