"""Round fifty-seven (helper S): two ways a speaker's name was lost before any speaker rule ran.

A name spelt with a curly apostrophe inside it ("O’Neill") is read by the model as the same word spelt with a
straight one, so it stays a name (the nlp component ``straight_apostrophes``); and a name the tagger took for an
organisation whose first word is a given name of one sex is a person's (rule actor.given-name-org), so that "him"
and "the president" can be that person. Sentences written for these tests (names invented)."""

from tests.conftest import actor_named, actor_of, quote_with, speaker_name


def test_curly_apostrophe_name_keeps_its_speaker(extract):
    # straight_apostrophes: "Mr O’Hare" was tagged an adverb and the speaker taken for "last night"
    record = extract("Papua has a true friend in Velmark, Mr O’Hare said last night.")
    quote = quote_with(record, "true friend in Velmark")
    speaker = actor_of(record, quote["speaker_actor"])
    assert speaker is not None and "O’Hare" in {speaker["name"], *speaker["aliases"]}


def test_curly_apostrophe_full_name_is_one_person(extract):
    # straight_apostrophes: "Declan O’Brannagh" is a person, and the later "Mr O’Brannagh" is him
    record = extract(
        "Prime Minister Declan O’Brannagh met the visiting envoy in Tarvel on Monday.\n\n"
        "“The harbour will be ready in May,” Mr O’Brannagh said."
    )
    assert speaker_name(record, quote_with(record, "harbour will be ready")) == "Declan O’Brannagh"


def test_contraction_is_left_alone(extract):
    # negative: "didn’t" is split by the tokenizer and keeps its reading; the speaker is the named man
    record = extract("Declan Harte said he didn’t expect the harbour to be ready in May.")
    assert speaker_name(record, quote_with(record, "expect the harbour")) == "Declan Harte"


def test_given_name_first_makes_a_person(extract):
    # actor.given-name-org: "Kassym-Jomart Orazbek" tagged an organisation; "him" is then him
    record = extract(
        "Kassym-Jomart Orazbek received the visiting envoy on Monday. According to him, the talks were useful."
    )
    assert actor_named(record, "Kassym-Jomart Orazbek")["kind"] == "person"
    assert speaker_name(record, quote_with(record, "talks were useful")) == "Kassym-Jomart Orazbek"


def test_given_name_with_a_body_word_stays_a_body(extract):
    # negative: a body's word in the name keeps it an organisation
    record = extract("Officials at Helena Vogt University said the talks were useful.")
    assert all(a["kind"] != "person" for a in record["actors"] if "University" in a["name"])
