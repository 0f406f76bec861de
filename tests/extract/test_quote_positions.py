"""Stands named by a noun with its owner (quote.stance-noun) and verbs of urging with "for" (quote.urged-for),
on sentences written for these tests."""

from tests.conftest import quote_with


def test_possessed_stance_noun(extract):
    r = extract("The council's rejection of the night ferry timetable angered the pilots.")
    q = quote_with(r, "the night ferry timetable")
    assert q["content"]["text"] == "the night ferry timetable"
    assert q["cue"]["text"] == "rejection of"
    assert q["speaker"]["text"] == "The council"


def test_pronoun_owner_of_support(extract):
    r = extract("Her support for a higher ferry levy cost Moss the election.")
    q = quote_with(r, "a higher ferry levy")
    assert q["speaker"]["text"] == "Her"
    assert q["cue"]["text"] == "support for"


def test_stance_noun_without_owner_is_not_attributed(extract):
    r = extract("Support for a higher ferry levy has grown in the harbour towns.")
    assert all("higher ferry levy" not in q["content"]["text"] for q in r["quotes"])


def test_stance_noun_with_a_date_is_not_attributed(extract):
    r = extract("The mayor thanked the pilots for their support on Tuesday evening.")
    assert all("Tuesday" not in q["content"]["text"] for q in r["quotes"])


def test_urged_for_a_clause(extract):
    r = extract("The pilots have been pushing for the harbour master to resign.")
    q = quote_with(r, "the harbour master to resign")
    assert q["content"]["text"] == "the harbour master to resign"
    assert q["cue"]["text"] == "pushing for"
    assert q["speaker"]["text"] == "The pilots"


def test_urged_for_an_object(extract):
    r = extract("Several councillors campaigned for a new pier in Portsmouth.")
    q = quote_with(r, "a new pier")
    assert q["cue"]["text"] == "campaigned for"
    assert q["speaker"]["text"] == "Several councillors"


def test_urged_for_a_passive_clause(extract):
    r = extract("Moss has repeatedly called for the ferry accounts to be made public.")
    assert quote_with(r, "the ferry accounts to be made public")["speaker"]["text"] == "Moss"


def test_a_question_put_to_the_speaker_is_not_a_plea(extract):
    r = extract("Pressed for details, Moss said the timetable was not settled.")
    assert [q["content"]["text"] for q in r["quotes"]] == ["the timetable was not settled"]


def test_a_name_with_for_is_not_a_plea(extract):
    r = extract("She joined a group called Friends for Ferries last year.")
    assert all("Ferries" not in q["content"]["text"] for q in r["quotes"])
