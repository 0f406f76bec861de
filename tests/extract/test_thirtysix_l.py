"""Quote contents too long or not said at all, from round thirty-six (helper l), tested on sentences written for
these tests."""

from typing import Any


def _contents(record: dict[str, Any]) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_the_writers_news_after_a_reported_clause_is_not_part_of_it(extract):
    # quote.news-of-its-own: ", and the council voted …" has a subject of its own and no "that": the writer's news
    record = extract("He said the plan was fair, and the council voted for it on Monday.")
    assert _contents(record) == ["the plan was fair"], _contents(record)


def test_a_second_clause_marked_with_that_is_still_reported(extract):
    # "…, but that …" goes on with what was said
    record = extract("Moss said the ferry would run on Sunday, but that the fares would rise.")
    assert _contents(record) == ["the ferry would run on Sunday, but that the fares would rise"], _contents(record)


def test_a_question_put_to_the_reader_is_not_the_readers_words(extract):
    # quote.question-to-you: "Do you support …?" asks; "you" said nothing
    record = extract("Do you support the new ferry levy? Tell us in the comments below.")
    assert not record["quotes"], record["quotes"]


def test_a_statement_about_you_is_still_reported(extract):
    record = extract("You support the new ferry levy, Moss told him.")
    assert _contents(record) == ["You support the new ferry levy"], _contents(record)


def test_where_an_object_was_spoken_of_is_not_part_of_it(extract):
    # quote.setting-after-object: "from the Senate floor" says where the brothers were attacked, not what was said
    record = extract("Hale attacked the Koch brothers from the Senate floor.")
    assert _contents(record) == ["the Koch brothers"], _contents(record)


def test_a_phrase_saying_what_the_object_was_blamed_for_stays(extract):
    record = extract("Hale accused Moss of lying about the ferry fares.")
    assert _contents(record) == ["Moss of lying about the ferry fares"], _contents(record)


def test_a_second_clause_in_the_tense_of_reported_speech_is_still_reported(extract):
    record = extract("Moss said the ferry plan was fair, and it would be put to a vote on Monday.")
    assert _contents(record) == ["the ferry plan was fair, and it would be put to a vote on Monday"], _contents(record)
