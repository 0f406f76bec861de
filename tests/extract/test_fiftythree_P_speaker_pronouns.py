"""Round fifty-three (P): "he" and "she" for a quote's speaker on world-press text, where we credited the wrong
person: the gender of someone described as another's ("Jane Hart's spokesman") is not the possessor's; tested on
sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name

# gender.possessor-not-own


def test_he_after_a_womans_spokesman_is_the_spokesman_not_a_man_named_before(extract):
    record = extract(
        "Prime Minister Jane Hart will speak privately with the head of Fiat, Carlo Tavella, her spokesman said.\n\n"
        "“It is going to be a private conversation,” the spokesman told reporters.\n\n"
        "“We want the car industry to flourish,” he said."
    )
    assert speaker_name(record, quote_with(record, "car industry to flourish")) == "Jane Hart's spokesman"


def test_she_after_a_mans_adviser_is_the_adviser_not_ruled_out_by_his_given_name(extract):
    record = extract(
        "The nurses' leaders met Governor Paul Ndege on Tuesday. “The talks went well,” Paul Ndege's "
        "adviser said. “We are closer than we were,” she said."
    )
    assert speaker_name(record, quote_with(record, "closer than we were")) == "Paul Ndege's adviser"


def test_the_words_of_a_named_person_still_tell_the_gender(extract):
    # no possessive: the woman's given name still rules out "he"
    record = extract(
        "Minister Rosa Lind met Peter Odhiambo on Monday. “The talks went well,” Odhiambo said. "
        "“We will meet again in May,” he said."
    )
    assert speaker_name(record, quote_with(record, "meet again in May")) == "Peter Odhiambo"
