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


# pronoun.unnamed-speaker-goes-on


def test_he_after_the_farmer_spoke_is_the_farmer_not_the_mayor_named_before(extract):
    record = extract(
        "Mayor Tom Reyes promised a new road on Monday. “We will not move,” the farmer said. "
        "“The road is for the trucks, not for us,” he said."
    )
    assert speaker_name(record, quote_with(record, "road is for the trucks")) == "farmer"


def test_she_in_the_unnamed_womans_own_attribution_is_the_woman(extract):
    record = extract(
        "Lawyer Anna Berg has handled many such cases.\n\n"
        "“As a child, I thought I was a citizen,” said the woman, who asked not to be named because she feared "
        "her employer would think she lied."
    )
    assert speaker_name(record, quote_with(record, "think she lied")) != "Anna Berg"


def test_he_after_an_unnamed_caller_and_a_named_man_since_is_the_named_man(extract):
    # a person named after the unnamed speaker's words takes the pronoun
    record = extract(
        "“Why are the buses late?” the woman asked. Transport Minister Tom Reyes answered at once. "
        "“The drivers are on strike,” he said."
    )
    assert speaker_name(record, quote_with(record, "drivers are on strike")) == "Tom Reyes"


def test_he_after_a_person_named_since_the_unnamed_speaker_is_not_the_unnamed_one(extract):
    record = extract(
        "A delegate told us they were “waiting for clarification” on the draft.\n\n"
        "Tom Reyes, speaking to reporters on his way out: “We are not here to score points.” Asked whether his "
        "country would accept a ban, he said: “Not tomorrow. But the direction is clear.”"
    )
    assert speaker_name(record, quote_with(record, "Not tomorrow")) == "Tom Reyes"
