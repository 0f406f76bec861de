"""Round fifty-one (helper S): quote speakers in the world's press, on sentences written for these tests (names
invented). Words relayed "as having said" or "reported … as saying" are the quoted one's (rules
quote.quoted-as-having-said, quote.reported-as-saying); "the Norwegian PM" is the prime minister named before (rule
speaker.same-office); "a statement made by X" is X's (rule speaker.document-issued-by); "issued a statement around
11pm that …" reports the clause the parse hung on the verb (rule quote.remark-clause-on-verb); a participle aside
after the speaker's name names no speaker (rule speaker.participle-aside)."""

from typing import Any

import pytest

from tests.conftest import actor_of, quote_with


def speaker_of(record: dict[str, Any], fragment: str) -> str | None:
    actor = actor_of(record, quote_with(record, fragment)["speaker_actor"])
    return actor["name"] if actor else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Moss was quoted as having said that the ferry would run until May.",
        "Mayor Ada Moss was reported by a news agency today as saying that the ferry would run until May.",
        "Mayor Ada Moss was reported as saying that the ferry would run until May.",
        "The Harbour Star reported Ada Moss as saying the ferry would run until May.",
    ],
)
def test_words_relayed_as_saying_are_the_quoted_ones(extract, sentence):
    # quote.quoted-as-having-said, quote.reported-as-saying: not the agency's words, and not nobody's
    assert speaker_of(extract(sentence), "the ferry would run until May") == "Ada Moss"


def test_reported_as_doing_something_is_no_quote(extract):
    # negative: "reported the strike as lasting a week" relays no one's words "as saying"
    record = extract("The Harbour Star reported the strike as lasting a week.")
    speakers = {speaker_of(record, q["content"]["text"]) for q in record["quotes"]}
    assert speakers <= {"Harbour Star"}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Hedda Torvik met the Danish premier in Oslo.\n\n"
        "The Norwegian PM said after the meeting that trade would grow.",
        "Norway's Prime Minister Hedda Torvik met the Danish premier in Oslo.\n\nThe PM said trade would grow.",
    ],
)
def test_the_pm_is_the_prime_minister_named_before(extract, text):
    # speaker.same-office: "PM" in capitals reads "prime minister"
    assert speaker_of(extract(text), "trade would grow") == "Hedda Torvik"


def test_the_pm_is_not_a_deputy_prime_minister(extract):
    # negative: "the PM" is not the deputy prime minister named before
    record = extract(
        "Deputy Prime Minister Hedda Torvik met the Danish premier in Oslo.\n\nThe PM said trade would grow."
    )
    assert speaker_of(record, "trade would grow") != "Hedda Torvik"


def test_a_time_in_pm_is_no_prime_minister(extract):
    # negative: the small "pm" of a time names no office
    record = extract("President Hedda Torvik met the Danish premier at 4 pm in Oslo and said trade would grow.")
    assert speaker_of(record, "trade would grow") == "Hedda Torvik"


def test_a_statement_made_by_a_body_is_the_bodys(extract):
    # speaker.document-issued-by: "made by", as "issued by"
    record = extract("The talks were useful, according to a statement made by the Harbour Board.")
    assert speaker_of(record, "The talks were useful") == "Harbour Board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Party issued a statement around 11pm that its political bureau will consider leaving the "
            "alliance.",
            "Harbour Party",
        ),
        ("Mayor Ada Moss gave assurances on Monday that the ferry would run until May.", "Ada Moss"),
    ],
)
def test_a_remarks_clause_hung_on_the_verb_is_its_content(extract, text, speaker):
    # quote.remark-clause-on-verb: the that-clause hangs on "issued"/"gave", past a time
    record = extract(text)
    quote = quote_with(record, "that ")
    assert actor_of(record, quote["speaker_actor"])["name"] == speaker


def test_a_decision_with_a_clause_on_the_verb_is_no_quote(extract):
    # negative: a decision is no remark
    assert extract("The harbour board made the decision on Monday that the ferry would stop.")["quotes"] == []


def test_a_participle_aside_names_no_speaker(extract):
    # speaker.participle-aside: the parse hangs the name on "Shadow" and the aside on it too; the speaker is not the
    # body the aside names
    record = extract(
        "Ferry talks go on\n\nThe Harbour Times\nThe Greens said a deal was near after they left the coalition talks "
        "with Labour on Tuesday.\n\nShadow foreign secretary Piet Vorst, speaking after three hours of talks at the "
        'Treasury, said: "We have made further progress in our meeting with Labour this morning."'
    )
    assert speaker_of(record, "We have made further progress") == "Piet Vorst"


def test_a_relative_clause_after_a_name_still_ends_its_phrase(extract):
    # negative: the relative clause cut stays as it was
    record = extract("One pilot familiar with the talks, who asked not to be named, said the strike would end soon.")
    assert speaker_of(record, "the strike would end soon") != "talks"
