"""Mends to round thirty-seven's quote and speaker rules (helper v), each on sentences written for these tests.

A commenter's name is given by a commenter's verb with its own preposition ("posting as", "going by", "who posts
as", "gave his name as", "signing off as"), read from one list; "going by the book", "who went as an observer" and
"who signed as a witness" give no name (speaker.pseudonym-given), and words in quotation marks after "signed as"
are no name either (quote.quoted-pseudonym). A speaker named by a common noun speaks as itself only if such a thing
can speak: not "the latter", "the timing", "neither side" or a contact ("the visit"), and with an inferring verb
("suggests", "shows") only a text or a measure (speaker.as-described). "said A and that B" is cut in two only when
the pair is the reporting verb's own complement, never inside a relative clause, a noun's clause or a quotation
(quote.that-clause-pair). ", according to X, \"…\"" after a whole clause leaves X the source of the clause too
(quote.according-to-quoted)."""

from typing import Any

import pytest

from tests.conftest import actor_of

LEAD = "Ana Vold met Karel Sipos in Oslo on Monday."


def _speakers(record: dict[str, Any]) -> list[str | None]:
    return [(actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"]]


def _reporters(record: dict[str, Any]) -> list[list[str | None]]:
    return [
        [(actor_of(record, r["source"]) or {}).get("name") for r in e.get("reported_by") or []]
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour officials, going by the book, said the ferry would sail on Friday.", "Harbour officials"),
        ("A pilot, who went as an observer to the trials, said the ferry would sail on Friday.", "pilot"),
        ("A clerk who signed as a witness, said the ferry would sail on Friday.", "clerk"),
        ("A deckhand, who posts as a blogger on weekends, said the ferry would sail on Friday.", "deckhand"),
    ],
)
def test_an_ordinary_as_clause_gives_no_name(extract, text, speaker):
    record = extract(text, published="2026-03-12")
    assert _speakers(record) == [speaker], record["quotes"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('One reader, posting as "Gull_Watch", replied that the ferry would sail on Friday.', "Gull_Watch"),
        ("Another, who gave her name only as Ines from Tromsø, said the ferry sails on Friday.", "Ines from Tromsø"),
        ("Another, who signed off as a retired skipper, wrote that the ferry sails on Friday.", "a retired skipper"),
    ],
)
def test_a_name_a_commenter_gives_is_the_speaker(extract, text, name):
    record = extract(text, published="2026-03-12")
    assert _speakers(record) == [name], record["quotes"]


def test_words_quoted_after_signed_as_are_still_a_quote(extract):
    record = extract(
        'The pier deal, signed as "a fresh start for the harbour", would hold, the mayor said on Monday.',
        published="2026-03-12",
    )
    assert [q["content"]["text"] for q in record["quotes"]] == [
        'The pier deal, signed as "a fresh start for the harbour", would hold'
    ]


def test_a_quoted_name_that_closes_a_clause_is_no_one_s_words(extract):
    record = extract(
        '"The ferry never sails on time," commented a reader signing as "Tove, Narvik".', published="2026-03-12"
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ['"The ferry never sails on time,"']
    assert _speakers(record) == ["Tove, Narvik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The latter said the talks had been useful.",
        "The timing suggests the meeting was planned for weeks.",
        "Evidence suggests that the two men had met before.",
        "History shows that such meetings rarely last.",
        "The move suggests that the two sides are closer to a deal.",
        "The visit signals that Norway wants closer ties.",
        "Neither side said what was agreed.",
        "The prime minister's trip suggests that the feud is over.",
    ],
)
def test_what_cannot_speak_is_no_speaker_or_reporter(extract, sentence):
    record = extract(f"{LEAD} {sentence}", published="2026-03-12")
    assert _speakers(record) == [None], record["quotes"]
    assert _reporters(record) == [[]], record["events"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Port figures show that trade through Tromsø doubled last year.", "Port figures"),
        ("A leaked memo suggests that the ferry will be sold.", "leaked memo"),
        ("The chancery said only that the bishop sees many visitors.", "chancery"),
    ],
)
def test_texts_measures_and_bodies_still_speak_as_themselves(extract, sentence, speaker):
    record = extract(sentence, published="2026-03-12")
    assert _speakers(record) == [speaker], record["quotes"]


def test_a_contact_noun_does_not_swallow_its_parties(extract):
    record = extract(
        "A phone call between Vold and Sipos on Monday showed that ties are warming.", published="2026-03-12"
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [sorted(names[p] for p in e["participants"]) for e in record["events"]] == [["Sipos", "Vold"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Vold said that the report, which claimed that Sipos had lied and that he had fled, was false.",
        "Ana Vold said that Sipos, who insisted that he was innocent and that the money was a loan, had resigned.",
        'Ana Vold said the talks had been "useful, and that we will meet again soon" once the budget passed.',
        "Ana Vold said the claim that she had met Karel Sipos and that she had promised him money was false.",
    ],
)
def test_a_pair_inside_the_content_is_not_cut(extract, text):
    record = extract(text, published="2026-03-12")
    assert [q["content"].get("parts") for q in record["quotes"]] == [None], record["quotes"]


def test_the_reporting_verb_s_own_pair_is_still_cut(extract):
    text = "Ana Vold told reporters that Sipos had called her on Monday and that the two had agreed to meet in Oslo."
    record = extract(text, published="2026-03-12")
    parts = [[text[p["start"] : p["end"]] for p in q["content"].get("parts") or []] for q in record["quotes"]]
    assert parts == [["that Sipos had called her on Monday", "and that the two had agreed to meet in Oslo"]]


def test_according_to_after_a_whole_clause_tells_the_clause_too(extract):
    record = extract(
        'Ana Vold met Karel Sipos in Oslo on Monday, according to an aide, "to clear the air".', published="2026-03-12"
    )
    assert [len(q["content"].get("parts") or []) for q in record["quotes"]] == [2], record["quotes"]
    assert _reporters(record) == [["aide"]], record["events"]


def test_according_to_after_and_tells_only_the_quoted_words(extract):
    record = extract(
        'The old lighthouse keeper spent his last winters mending nets and, according to his niece, "talking to '
        'the seals".',
        published="2026-03-12",
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ['"talking to the seals"']
