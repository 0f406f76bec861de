"""Reported questions (quote.asked), quoted titles (quote.title), a relative "that" as speaker
(quote.relative-antecedent) and trailing "who" clauses, on sentences written for these tests."""

from tests.conftest import quote_with


def texts(record):
    return [q["content"]["text"] for q in record["quotes"]]


def test_a_question_with_no_asker_is_not_a_quote_nor_part_of_the_answer(extract):
    r = extract('Asked what she made of the new fares, Moss said, "They will empty the ferries by June."')
    assert texts(r) == ['"They will empty the ferries by June."']


def test_question_named_asker_is_its_own_attribution(extract):
    # put in passing before the answer, the question is no quote (quote.question-in-passing); in a clause of its
    # own it is the asker's
    r = extract("Asked by a local reporter about the pier, the mayor said repairs would start in May.")
    assert texts(r) == ["repairs would start in May"]
    r = extract("The mayor was asked by a local reporter about the pier.")
    question = quote_with(r, "about the pier")
    assert question["speaker"]["text"] == "a local reporter"
    assert question["cue"]["text"] == "was asked"


def test_when_asked_is_cut_from_the_answer(extract):
    r = extract('When asked about the budget, the treasurer said, "It is tight, and it will stay tight."')
    assert texts(r) == ['"It is tight, and it will stay tight."']


def test_asked_on_a_day_is_not_a_question(extract):
    r = extract("The harbour master was asked on Monday.")
    assert not any("Monday" in t for t in texts(r))


def test_question_inside_a_report_stays_in_it(extract):
    r = extract("The mayor said she is being asked about the pier every day.")
    assert texts(r) == ["she is being asked about the pier every day"]


def test_quoted_titles_are_not_quotes(extract):
    r = extract(
        "“We will keep the ferry running,” Ada Moss said on the radio show “Harbour Hour.” "
        "She wrote in her memoir, “Harbour Lights,” that the pier was unsafe."
    )
    assert not any("Harbour Hour" in t or "Harbour Lights" in t for t in texts(r))
    assert quote_with(r, "We will keep the ferry running")["content"]["text"] == "“We will keep the ferry running,”"


def test_a_title_case_quote_after_said_is_still_a_quote(extract):
    r = extract("The harbour master said, “Fares Will Rise.”")
    assert quote_with(r, "Fares Will Rise")["speaker"]["text"] == "The harbour master"


def test_relative_that_speaks_for_its_noun_phrase(extract):
    # the span is "that" as written (as "who" below); the phrase it hangs on is who speaks
    r = extract("The new fares were opposed by a harbour association that warned of closures.")
    quote = quote_with(r, "closures")
    assert quote["speaker"]["text"] == "that"
    assert next(a for a in r["actors"] if a["id"] == quote["speaker_actor"])["name"] == "harbour association"


def test_relative_who_stays_as_written(extract):
    r = extract("The fares angered the pilots, who said the ferries would run empty.")
    assert quote_with(r, "the ferries would run empty")["speaker"]["text"] == "who"


def test_trailing_who_clause_is_not_reported(extract):
    r = extract("Moss said the contract would go to Ada Varga, who ran the harbour for a decade.")
    assert quote_with(r, "the contract would go to Ada Varga")["content"]["text"] == (
        "the contract would go to Ada Varga"
    )


def test_asker_named_after_the_question(extract):
    r = extract("The navy would leave the harbour if it was asked to do so by the new council.")
    assert quote_with(r, "to do so")["speaker"]["text"] == "the new council"
