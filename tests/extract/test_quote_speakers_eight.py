"""Speakers of attributions found in round eight of the recall work (issue 13), on sentences written for
these tests: infinitives and participles whose speaker is the subject of the verb they hang on, names in
apposition, and a question put to someone named."""

import pytest
from spacy.tokens import Doc

from backchannel.extract.speaker_spans import apposed_before, speaker_span
from tests.conftest import quote_with, speaker_name


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Kell stood up at a town meeting to say he was leaning toward the mayor.", "leaning toward", "Kell"),
        ("Rana Obuya went out of her way to say that the harbour had hit bottom.", "hit bottom", "Rana Obuya"),
    ],
)
def test_an_infinitive_of_purpose_speaks_for_the_subject_of_its_verb(extract, sentence, fragment, speaker):
    # quote.purpose-infinitive
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


def test_an_infinitive_of_purpose_with_an_object_is_an_aim_not_a_remark(extract):
    # quote.purpose-infinitive: "met … to discuss the levy" says what they set out to do
    assert extract("The pilots met on Monday to discuss the levy.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Senator Moss used his speech to call for a new ferry.", "a new ferry", "Senator Moss"),
        ("The mayor used a crude word to describe the council.", "the council", "The mayor"),
    ],
)
def test_an_infinitive_after_the_means_of_a_remark_speaks_for_the_subject(extract, sentence, fragment, speaker):
    # quote.instrument-object
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


def test_an_infinitive_after_a_person_urged_is_that_persons(nlp):
    # quote.instrument-object leaves "urged the pilots to say" to the pilots
    doc = nlp("The council urged the pilots to say whether they would strike.")
    say = next(t for t in doc if t.text == "say")
    assert speaker_span(say).text == "the pilots"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Moss spent the evening at a Dover rally blasting the new fares.", "the new fares", "Moss"),
        ("The governor had a rare chance to show that she could win the north.", "win the north", "The governor"),
    ],
)
def test_a_participle_or_infinitive_on_an_occasion_speaks_for_who_is_there(extract, sentence, fragment, speaker):
    # quote.holder-of-thing
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


def test_a_piece_that_speaks_keeps_its_words(extract):
    # quote.holder-of-thing does not take words from what can speak: emails show, statements say
    quote = quote_with(extract("Emails showing that officials knew of the leak were released on Monday."), "knew of")
    assert quote["speaker"]["text"] == "Emails"


def test_a_description_then_a_name_between_commas_is_the_speaker(extract):
    # quote.apposed-subject
    record = extract(
        'In a statement to the Gazette, her senior policy adviser, Tom Hale, said: "Ada Moss believes the ferry '
        'is essential."'
    )
    quote = quote_with(record, "ferry is essential")
    assert quote["speaker"]["text"] == "her senior policy adviser, Tom Hale"


def test_a_trailing_description_with_its_own_phrase_then_a_name_is_the_speaker(extract):
    # quote.apposed-subject: the parse hangs "a spokeswoman for the port" and the name on the date before them
    record = extract(
        "The harbour authority head met the carrier's chairman in Pudong on 9 April, a spokeswoman for the port, "
        "Ingrid Bakker, said."
    )
    quote = quote_with(record, "met the carrier's chairman")
    assert quote["speaker"]["text"] == "a spokeswoman for the port, Ingrid Bakker"
    assert speaker_name(record, quote) == "Ingrid Bakker"
    assert quote["content"]["text"].endswith("on 9 April")


def test_a_coordinated_apposition_still_ends_at_the_comma_before_the_verb(nlp):
    # quote.apposed-subject: the parse the tagger gave a sentence of this shape, with the name hung on the
    # place before it and the apposition's second noun a conjunct
    words = ["At", "Elm", "Park", ",", "Piet", "Tolland", ",", "the", "owner", "and", "manager", ",", "argued"]
    words += ["that", "fees", "were", "fair", "."]
    heads = [12, 2, 0, 2, 5, 2, 5, 8, 5, 8, 8, 2, 12, 15, 15, 12, 15, 12]
    deps = ["prep", "compound", "pobj", "punct", "compound", "appos", "punct", "det", "appos", "cc", "conj"]
    deps += ["punct", "ROOT", "mark", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "NOUN"]
    pos += ["PUNCT", "VERB", "SCONJ", "NOUN", "AUX", "ADJ", "PUNCT"]
    ents = ["O", "B-LOC", "I-LOC", "O", "B-PERSON", "I-PERSON"] + ["O"] * 12
    spaces = [words[k + 1] not in (",", ".") for k in range(len(words) - 1)] + [False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    assert apposed_before(doc[12]).text == "Piet Tolland, the owner and manager"


def test_a_question_put_to_someone_is_the_if_clause_not_the_person(extract):
    # quote.asked-if
    quote = quote_with(extract("He shook hands and asked the workers if they planned to vote."), "planned")
    assert quote["content"]["text"] == "if they planned to vote"
    assert quote["speaker"]["text"] == "He"
    assert quote["cue"]["text"] == "asked"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("About 4 in 10 say they want the next mayor to have more liberal policies.", "liberal", "About 4 in 10"),
        ("Less than a third agreed with the mayor that the pier should close.", "pier", "Less than a third"),
    ],
)
def test_a_share_of_those_polled_opening_the_sentence_is_the_speaker(extract, sentence, fragment, speaker):
    # quote.share-subject
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


def test_a_headline_word_the_story_uses_as_a_name_is_the_speaker(extract):
    # quote.headline-named-later
    record = extract(
        "Fields: Ferry Deal Is Dead Before It Starts\n\n"
        "Harbour councillor Ines Fields said on Monday that the ferry deal had collapsed."
    )
    quote = quote_with(record, "Ferry Deal Is Dead")
    assert quote["speaker"]["text"] == "Fields"
    assert quote["cue"]["text"] == ":"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Senator Ines Varga has toned down his criticism of the levy.", "the levy", "Senator Ines Varga"),
        ("The pilots were unsparing in their criticism of the harbour board.", "harbour board", "The pilots"),
    ],
)
def test_a_stand_held_by_the_subjects_own_pronoun_is_the_subjects(extract, sentence, fragment, speaker):
    # quote.own-stance
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


def test_a_pronoun_that_does_not_agree_with_the_subject_keeps_the_stand(extract):
    # quote.own-stance: "his" is not the pilots
    quote = quote_with(extract("The pilots stepped up his criticism of the levy."), "the levy")
    assert quote["speaker"]["text"] == "his"


def parts(record, quote):
    text = record["article"]["text"]
    return [text[p["start"] : p["end"]] for p in quote["content"].get("parts", [])] or [quote["content"]["text"]]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The levy has been widely criticized as a tax on fishing.",
            "has been widely criticized as",
            ["The levy", "a tax on fishing"],
        ),
        ("The pilot was accused of sinking the ferry.", "was accused of", ["The pilot", "sinking the ferry"]),
    ],
)
def test_a_judgement_in_the_passive_with_no_agent_is_attributed_to_no_one(extract, sentence, cue, content):
    # quote.agentless-passive
    record = extract(sentence)
    quote = next(q for q in record["quotes"] if q["cue"]["text"] == cue)
    assert parts(record, quote) == content
    assert quote["speaker"] is None


def test_an_announcement_with_no_one_announcing_is_no_attribution(extract):
    # quote.agentless-passive leaves out "announce": no one's words
    assert extract("No date has been announced for the talks.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Varga pivoted to arguing that the levy was one more reason to close the pier.", "one more reason", "Varga"),
        ("In addition to stating that the pier is unsafe, Moss has vowed to close it.", "pier is unsafe", "Moss"),
    ],
)
def test_a_participle_after_to_or_in_addition_to_shares_the_verbs_subject(extract, sentence, fragment, speaker):
    # quote.participle-after-preposition
    quote = quote_with(extract(sentence), fragment)
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("It is hard to know whether the ferry will run.", "whether the ferry"),
        ("It is important to note that the pier was built in 1920.", "built in 1920"),
    ],
)
def test_it_with_a_copula_and_an_adjective_speaks_for_no_one(extract, sentence, fragment):
    # quote.extraposed-it
    assert quote_with(extract(sentence), fragment)["speaker"] is None


def test_people_likely_to_say_something_still_speak(extract):
    # quote.extraposed-it needs "it"
    quote = quote_with(extract("Voters are more likely to say the ferry should stop."), "should stop")
    assert quote["speaker"]["text"] == "Voters"
