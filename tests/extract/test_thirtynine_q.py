"""Quotes and speakers from round thirty-nine (task q): constructions found by error analysis of the gate's
newest articles (a press digest, a memoir review, an obituary, a live blog …) and checked on the whole gate;
tested on sentences written for these tests."""


def quote_texts(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_a_bare_noun_object_of_confirm_names_the_thing_vouched_for_not_what_was_said(extract):
    # quote.bare-object: "confirmed the new timetable", "could not confirm the plan" are no quotes
    record = extract(
        "The harbour master confirmed the new timetable on Monday. The port authority could not confirm the plan "
        "for a second ferry."
    )
    assert quote_texts(record) == [], quote_texts(record)


def test_an_object_with_a_clause_a_complement_or_quoted_words_is_still_the_content(extract):
    record = extract(
        "The pilots' union accused the port authority of cutting the winter sailings. The harbour master called "
        'the charge baseless. The mayor called the new timetable "a gift to the ferry company".'
    )
    texts = quote_texts(record)
    assert "the port authority of cutting the winter sailings" in texts, texts
    assert "the charge baseless" in texts, texts
    assert 'the new timetable "a gift to the ferry company"' in texts, texts


def test_quoted_words_whose_marks_the_parse_leaves_outside_are_still_the_content(extract):
    record = extract('The pilots\' union replied on Friday, calling for "a timetable without winter gaps".')
    assert any("a timetable without winter gaps" in text for text in quote_texts(record)), quote_texts(record)
