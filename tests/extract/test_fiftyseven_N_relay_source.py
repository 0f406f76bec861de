"""Round fifty-seven (helper N): "X told Y that A, according to Z" (rule quote.relay-source). The words are X's,
passed on by Z, whoever Z is: officials, a body, a document, not only an outlet (quote.relay). Sentences written
for these tests (names invented)."""

from tests.conftest import actor_of, quote_with, speaker_name


def test_words_passed_on_by_officials_who_were_there_are_the_speakers(extract):
    record = extract(
        "Tom Hale visited Tarvik in April and told port officials that a route through the strait would "
        '"complicate" the deal, according to two officials who attended.'
    )
    quote = quote_with(record, "a route through the strait")
    assert speaker_name(record, quote) == "Tom Hale"
    assert "according to" not in quote["content"]["text"]
    assert "officials" in actor_of(record, quote["relayed_by"])["name"]
    # the officials' own account of the telling stays, listed after the words it holds
    assert speaker_name(record, record["quotes"][-1]) != "Tom Hale"
    assert record["quotes"][0] is quote


def test_a_count_said_according_to_district_officials(extract):
    record = extract("Minister Tom Hale said the number of boats had passed 400, according to district officials.")
    quote = quote_with(record, "the number of boats had passed 400")
    assert speaker_name(record, quote) == "Tom Hale"
    assert quote["content"]["text"].rstrip(".") == "the number of boats had passed 400"


def test_an_account_according_to_officials_with_no_one_saying_stays_theirs(extract):
    # no attribution inside: the officials' own account, no relay
    record = extract("The ferries will run again in May, according to two port officials.")
    quote = quote_with(record, "The ferries will run again in May")
    assert speaker_name(record, quote) == "two port officials"
    assert "relayed_by" not in quote


def test_according_to_the_law_inside_the_words_is_no_source(extract):
    # "dealt with according to the law": the manner of a deed inside what the ministry said, not who passes it on
    record = extract(
        "The port ministry said in a statement that the crews had been fishing illegally and that they would be "
        "dealt with according to maritime law."
    )
    quote = next(q for q in record["quotes"] if speaker_name(record, q) == "port ministry")
    assert quote["content"]["text"].endswith("according to maritime law")
    assert "relayed_by" not in quote
