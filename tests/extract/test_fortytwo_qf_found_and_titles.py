"""Round forty-two (qf): attributions missed whole or made of nothing: what a poll found, an "as" clause that
closes the sentence, a show's title in quote marks after a possessive, and readings that are no telling at all
("found himself", "some explaining to do", "his reported income"); tested on sentences written for these tests
(names invented)."""

from tests.conftest import quote_with


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_what_a_poll_found_of_someone_is_its_finding(extract):
    # quote.found-standing: an object with a predicate after "found", said by a poll; a person who finds a thing
    # tells nothing
    record = extract(
        "A harbour survey this month found Mayor Ada Lund well ahead in the eastern wards. Pilot Ada Lund found the "
        "keys on the pier after the storm."
    )
    quote = quote_with(record, "well ahead in the eastern wards")
    assert quote["speaker"]["text"] == "A harbour survey"
    assert quote["content"]["text"].startswith("Mayor Ada Lund")
    assert not any("keys" in c for c in contents(record))


def test_an_as_clause_closing_the_sentence_reports_what_comes_before(extract):
    # quote.as-reported-after
    record = extract(
        "The ferry company is close to selling its last boat, as Tove Brekke noted in the Harbour Review. Ferry fares "
        "rose again in May, as the harbour board reported heavy losses."
    )
    quote = quote_with(record, "close to selling its last boat")
    assert quote["speaker"]["text"] == "Tove Brekke"
    assert not any("Ferry fares rose" in c for c in contents(record))  # an "as" clause with an object says when


def test_a_passive_as_clause_gives_the_agent(extract):
    # quote.as-reported-after: "as first reported by X"
    record = extract("The pilots' union started buying radio time this week, as first reported by the Harbour Gazette.")
    quote = quote_with(record, "started buying radio time")
    assert quote["speaker"]["text"] == "the Harbour Gazette"


def test_a_show_after_a_possessive_is_a_title(extract):
    # quote.title: "on WNRT’s “Morning Tide”" names a show, not anyone's words
    record = extract("The ferry will run until May, Tove Brekke said on Wednesday on WNRT’s “Morning Tide.”")
    assert not any("Morning Tide" in c for c in contents(record))


def test_a_clause_read_inside_a_title_is_no_ones(extract):
    # quote.title: the parse reads "Here's the Tide" as a clause said; it is the podcast's name
    record = extract("“Being a pilot, that’s my job,” Lund said in May on the podcast “Here’s the Tide.”")
    assert not any("Here’s the Tide" in c for c in contents(record))


def test_a_sentence_that_opens_in_capitals_is_no_headline(extract):
    # quote.title: "Friday on Radio North’s “Morning Tide,” …" opens in Title Case but is a sentence
    record = extract(
        "Friday on Radio North’s “Morning Tide,” Senator Tove Brekke told the host she believed the ferry would "
        "survive."
    )
    assert not any("Morning Tide" in c for c in contents(record))


def test_finding_oneself_somewhere_is_no_quote(extract):
    # quote.found-oneself
    record = extract("Once again Mayor Ada Lund found herself embroiled in a row over the ferry.")
    assert record["quotes"] == []


def test_some_explaining_to_do_is_no_quote(extract):
    # quote.gerund-noun
    record = extract("After the vote on the pier, Mayor Ada Lund had some explaining to do.")
    assert record["quotes"] == []


def test_a_reported_sum_after_a_possessive_is_no_quote(extract):
    # quote.attributive-participle: "Brekke’s reported net worth"
    record = extract(
        "The holdings make up only a tiny fraction of Brekke’s reported net worth, and a comparison with her earlier "
        "filings shows she has cut them."
    )
    assert not any(c == "net worth" for c in contents(record))
    quote_with(record, "she has cut them")
