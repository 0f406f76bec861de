"""Round forty-six (d): words that report no one: a scare quote or a name in quotes near a reporting verb that does
not govern it, a name after a quote read as the verb's object, and a reporting verb made a deed by its particle;
tested on sentences written for these tests (names invented)."""

from typing import Any


def _contents(record: dict[str, Any]) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_a_scare_quoted_name_in_the_subject_is_no_quote(extract):
    # quote.scare-quote: the quoted words name a campaign that is the clause's subject
    record = extract("As the “Save the Pier” campaign continues to grow, the harbour board met again on Monday.")
    assert not any("Save the Pier" in c for c in _contents(record))


def test_a_scare_quoted_modifier_far_from_the_verb_is_no_quote(extract):
    # quote.scare-quote: "rebellious" modifies a noun inside the subject's relative clause, not what "said" reports
    record = extract("The judge, who drew praise from “rebellious” students, said the ruling would stand.")
    assert _contents(record) == ["the ruling would stand"]


def test_a_so_called_word_in_a_reported_clause_stays_inside_it(extract):
    # the quoted word inside the content of "said" is part of that content, not a quote alone
    record = extract("Voters in so-called “closed” primaries must register early, the clerk said.")
    assert len(record["quotes"]) == 1
    assert "“closed”" in record["quotes"][0]["content"]["text"]


def test_a_quoted_verdict_the_verb_names_is_still_a_quote(extract):
    # not quote.scare-quote: the quote is the object complement of "called"
    record = extract("Councillor Ada Moss called the plan “a disgrace” on Monday.")
    assert any("a disgrace" in c for c in _contents(record))


def test_a_chanted_slogan_is_still_a_quote(extract):
    # not quote.scare-quote: the quote is the object of "chanted"
    record = extract("Outside the hall, dozens of dock workers chanted “Save the pier” for an hour.")
    assert any("Save the pier" in c for c in _contents(record))


def test_a_one_word_answer_is_still_a_quote(extract):
    # not quote.scare-quote: the quote opens its sentence
    record = extract("Asked when the ferry would run again, the harbour master paused. “Tuesday,” he answered.")
    assert any("Tuesday" in c for c in _contents(record))


def test_the_name_after_a_quoted_question_is_not_its_content(extract):
    # quote.speaker-not-object: "Ada Moss" is who asked, not what was asked
    record = extract(
        "The mayor refused again. “Why would anyone pay twice for the same ferry?” asked Senator Ada Moss of Maine,"
        " who chairs the panel."
    )
    assert _contents(record) == ["“Why would anyone pay twice for the same ferry?”"]


def test_a_strike_called_off_is_no_attribution(extract):
    # quote.deed-phrasal-verb: "called off" is a deed
    record = extract("The dock workers' union called off the strike on Monday.")
    assert record["quotes"] == []


def test_showing_up_for_a_vote_is_no_attribution(extract):
    # quote.deed-phrasal-verb: "show up" is being there, not saying anything
    record = extract("Senator Tom Varga did not show up for the vote on the harbour levy.")
    assert record["quotes"] == []


def test_calling_out_a_rival_still_reports_a_stand(extract):
    # not quote.deed-phrasal-verb: "called out" is criticism (a phrasal speech verb)
    record = extract("Senator Tom Varga called out the harbour board for its secret contracts.")
    assert record["quotes"]


def test_a_headline_given_with_its_byline_is_no_quote(extract):
    # quote.byline-title: a digest lists a piece by its headline and byline
    record = extract(
        "ARTS DIGEST—“Harbour museum to close for the winter,” by the Courier's Ada Moss: “The museum will shut its"
        " doors in November.”"
    )
    assert not any("Harbour museum" in c for c in _contents(record))


def test_a_quote_said_by_someone_named_after_it_is_still_a_quote(extract):
    # not quote.byline-title: "by" after a quote with no comma inside its marks
    record = extract("The ferry was declared “unsafe for passengers” by the harbour inspector, Ada Moss.")
    assert any("unsafe for passengers" in c for c in _contents(record))
