"""Round fifty-four (K): a second reported clause opened by "that" after ", but" or ", and" goes on with the first,
though its verb be one of speech or the parser hung it on the first verb of a coordinated pair (rule
quote.second-that-clause); tested on sentences written for these tests (names invented)."""

from tests.conftest import quote_with


def test_a_second_that_clause_hung_on_the_first_of_two_coordinated_verbs(extract):
    record = extract(
        "The minister confirmed the approach and said she was willing to listen, but that no meeting had been "
        "requested."
    )
    quote = quote_with(record, "she was willing to listen")
    assert "no meeting had been requested" in quote["content"]["text"]


def test_a_second_that_clause_whose_verb_is_one_of_speech_after_a_partial_quote(extract):
    record = extract(
        'Nazarov said he would be willing to meet the water officials "tomorrow, in Oslo" to explain how the dam '
        "would be run, but that no such meeting had been requested."
    )
    quote = quote_with(record, "he would be willing to meet")
    assert "no such meeting had been requested" in quote["content"]["text"]


def test_a_new_report_after_the_first_is_not_the_first_clause_going_on(extract):
    record = extract("Moss said the talks were useful, and added that a date would be set.")
    quote = quote_with(record, "the talks were useful")
    assert "a date would be set" not in quote["content"]["text"]
