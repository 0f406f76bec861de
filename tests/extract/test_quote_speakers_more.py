"""Who a noun's remark belongs to (quote.remark-owner), "he's said" (quote.contracted-has) and naming
participles (quote.naming), on sentences written for these tests."""

from tests.conftest import quote_with


def test_remark_owner_by_from(extract):
    r = extract("The council read out an admission from Ada Moss that the fares were too high.")
    assert quote_with(r, "the fares were")["speaker"]["text"] == "Ada Moss"


def test_remark_owner_is_who_makes_it(extract):
    r = extract("The councillor made the suggestion that the ferry should stop in May.")
    assert quote_with(r, "the ferry should stop in May")["speaker"]["text"] == "The councillor"


def test_remark_owner_with_an_assertion(extract):
    r = extract("The mayor stirred anger with an assertion that the pier was safe.")
    assert quote_with(r, "the pier was safe")["speaker"]["text"] == "The mayor"


def test_remark_owner_holds_it_or_acts_in_it(extract):
    r = extract("The pilots have a strong case that the board broke the law.")
    assert quote_with(r, "the board broke the law")["speaker"]["text"] == "The pilots"
    r = extract("Moss has stayed quiet in hopes that the board will back down.")
    assert quote_with(r, "the board will back down")["speaker"]["text"] == "Moss"


def test_a_remark_rejected_or_found_wanting_is_not_the_subjects(extract):
    r = extract("The mayor rejected the claim that the pier is unsafe.")
    assert quote_with(r, "the pier is unsafe")["speaker"] is None
    r = extract("The auditors saw no merit in the argument that the pier was safe.")
    assert quote_with(r, "the pier was safe")["speaker"] is None


def test_a_remark_someone_else_contradicts_is_not_theirs(extract):
    r = extract("The new figures contradict the assertion that the pier was safe.")
    assert quote_with(r, "the pier was safe")["speaker"] is None


def test_contracted_has_said(extract):
    r = extract("She's said the ferry will keep running until the bridge opens.")
    assert quote_with(r, "the ferry will keep running")["speaker"]["text"] == "She"


def test_contracted_is_said_to_stays_passive(extract):
    r = extract("He's said to be angry about the fares.")
    assert all((q["speaker"] or {}).get("text") != "He" for q in r["quotes"])


def test_naming_participle_is_not_a_remark(extract):
    r = extract("The council organised a festival called Harbour Night on the quay. Moss called the fares a scandal.")
    assert [q["content"]["text"] for q in r["quotes"]] == ["the fares a scandal"]


def test_inverted_colon_intro(extract):
    r = extract('The ferry will stop in May.\n\nAdded the harbour master: "We have no money left for repairs."')
    assert quote_with(r, "We have no money left")["speaker"]["text"] == "the harbour master"
