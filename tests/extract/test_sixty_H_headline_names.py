"""Round sixty (helper H): a name the tagger ran on into the capitalised verbs, pronouns, prepositions and adverbs
of a headline in title case ends before them (rule actor.headline-run-on); names whose words a headline may also
write capitalised ("Moon Jae In", "Qaboos bin Said", "Mohammed bin Salman") keep them. Sentences written for these
tests (names invented)."""

import pytest
from spacy.tokens import Span

from backchannel.extract.headline_names import headline_name_end, headline_word_before_name


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] in ("person", "organization")}


def parties(record: dict) -> list[set[str]]:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return [{by_id[p] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "name", "run_on"),
    [
        (
            "Halvorsen Meets With Envoy On Fishing Rights.\n\nPremier Eirik Halvorsen met the envoy in Bergen on"
            " Tuesday.",
            "Eirik Halvorsen",
            "Halvorsen Meets With Envoy",
        ),
        (
            "Marta Quell Needs To Quit The Race, Paper Says.\n\nSenator Marta Quell met donors in Austin on Monday.",
            "Marta Quell",
            "Marta Quell Needs",
        ),
        (
            "Brandt Endorses Olga Petrov With Party's Blessing.\n\nMayor Ulrich Brandt said he backed Olga Petrov,"
            " the party's candidate.",
            "Olga Petrov",
            "Brandt Endorses Olga Petrov",
        ),
    ],
)
def test_a_name_ends_before_the_verb_of_a_headline(extract, text, name, run_on):
    found = names(extract(text))
    assert name in found
    assert not any(n.startswith(run_on) for n in found)


def test_the_caller_of_a_headline_call_is_named_without_the_preposition(extract):
    text = (
        "Press Conference by Prime Minister TAKADA Renji Regarding His Summit Telephone Talk with President Morel"
        "\n\nPrime Minister Takada said he had spoken to President Morel by telephone."
    )
    record = extract(text)
    assert "TAKADA Renji" in names(record)
    assert {"TAKADA Renji", "Morel"} in parties(record)


@pytest.mark.parametrize(
    ("headline", "name", "end_word"),
    [
        ("Moon Jae In Meets Envoy In Seoul", "Moon Jae In", "Meets"),
        ("Teodor Sands Meets Envoy In Oslo", "Teodor Sands", "Meets"),
        ("Rodrigo Duterte Praises Envoy In Davao", "Rodrigo Duterte", "Praises"),
    ],
)
def test_a_name_keeps_the_words_the_story_writes_with_it(nlp, headline, name, end_word):
    # negative: "In" of "Moon Jae In", "Sands" of "Teodor Sands" are name words: the story writes them so
    doc = nlp(f"{headline}\n\nOn Monday, {name} met the envoy. Later {name} said the talks went well.")
    run = Span(doc, 0, len(name.split()) + 1, label="PERSON")
    assert doc[headline_name_end(run, run.start, run.end)].text == end_word


@pytest.mark.parametrize(
    "text",
    [
        "Sultan Qaboos bin Said Receives Envoy\n\nSultan Qaboos bin Said received the envoy in Muscat.",
        "Crown Prince Mohammed bin Salman Arrives In Washington\n\nMohammed bin Salman arrived on Monday.",
        "President Chidi Okafor said on Monday that Ngozi Eze Will Attend.",
    ],
)
def test_no_cut_in_a_name_outside_a_headline_or_before_its_last_word(nlp, text):
    # negative: "Said" of "Qaboos bin Said" is a name word (a past form); "Salman" ends the name; a sentence in
    # lower case is no headline
    doc = nlp(text)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            end = headline_name_end(ent, ent.start, ent.end)
            assert end is None, (ent.text, doc[ent.start : end].text)


def test_a_given_name_before_a_name_is_no_headline_verb(nlp):
    # negative: "Charles" ends in "-s" but is a given name, taken into the name after it
    doc = nlp("Charles Okafor Meets Envoy In Lagos\n\nGovernor Okafor met the envoy in Lagos on Monday.")
    assert not headline_word_before_name(doc[0])
    assert headline_word_before_name(doc[2])
