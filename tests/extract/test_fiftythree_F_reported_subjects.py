"""Round fifty-three (helper F): quotes on world-press text whose reported clause lost its subject to the parser,
which hung it on the verb of saying as an object. A modal makes the clause finite ("promised the town would get
…", rule quote.detached-subject); an aside between commas may stand between the subject and its predicate ("said
Mayor Holt, along with two of her deputies, travelled …", rule quote.subject-set-off). Sentences written for these
tests (names invented)."""

from typing import Any


def contents(record: dict[str, Any]) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


# quote.detached-subject, with a modal


def test_a_subject_before_a_modal_starts_the_reported_clause(extract):
    record = extract("The mayor promised the town would get all the help it needed.")
    assert contents(record) == ["the town would get all the help it needed"]


def test_a_bare_date_before_a_modal_clause_is_still_not_its_subject(extract):
    record = extract("Moss said Tuesday the pier would close.")
    assert contents(record) == ["the pier would close"]


# quote.subject-set-off


def test_a_phrase_set_off_after_the_subject_keeps_the_subject_in_the_content(extract):
    record = extract(
        "The spokeswoman said Mayor Holt, along with two of her deputies, travelled to the capital on Tuesday."
    )
    assert contents(record) == ["Mayor Holt, along with two of her deputies, travelled to the capital on Tuesday"]
    assert record["quotes"][0]["speaker"]["text"] == "The spokeswoman"


def test_a_relative_clause_set_off_in_the_subject_keeps_the_subject_in_the_content(extract):
    record = extract(
        "Police said the march in Lyon, which organisers earlier on Sunday claimed drew 50,000 people, "
        "is under control."
    )
    said = [q for q in record["quotes"] if q["cue"]["text"] == "said"]
    assert [q["content"]["text"] for q in said] == [
        "the march in Lyon, which organisers earlier on Sunday claimed drew 50,000 people, is under control"
    ]


def test_whom_a_telling_verb_addresses_is_not_a_subject_set_off(extract):
    record = extract("Alleyne, he told the court, brought a folder of drawings to the meeting.")
    assert not any(text.startswith("the court") for text in contents(record))


def test_a_series_of_acts_is_not_a_subject_set_off(extract):
    record = extract(
        "After losing the vote, the general rejected the result, suspended the constitution and ruled by decree."
    )
    assert not any("suspended" in text for text in contents(record))
