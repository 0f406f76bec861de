"""Attributions found in round six of the recall work (issue 13), on sentences written for these tests."""

import pytest

from tests.conftest import quote_with


def parts(record, quote):
    text = record["article"]["text"]
    return [text[p["start"] : p["end"]] for p in quote["content"].get("parts", [])] or [quote["content"]["text"]]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The harbour board appeared likely to approve the loan.",
            "appeared",
            ["The harbour board", "likely to approve the loan"],
        ),
        (
            "The councillor seems ready for a long fight over the budget.",
            "seems",
            ["The councillor", "ready for a long fight over the budget"],
        ),
        (
            "Moss seemed rattled by the questions from the floor.",
            "seemed",
            ["Moss", "rattled by the questions from the floor"],
        ),
        (
            "The mayor held a large lead and appeared poised to win a third term.",
            "appeared",
            ["The mayor", "poised to win a third term"],
        ),
        ("It seems fairly likely that the ferry will stop.", "seems", ["fairly likely that the ferry will stop"]),
    ],
)
def test_how_things_look_with_a_complement_is_attributed_to_no_one(extract, sentence, cue, content):
    # quote.appearance-complement
    record = extract(sentence)
    quote = next(q for q in record["quotes"] if q["cue"]["text"] == cue)
    assert [p.rstrip(".") for p in parts(record, quote)] == content
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor appeared tired after the vote.",
        "The harbour master appeared on the local radio show on Monday.",
    ],
)
def test_a_bare_look_or_an_appearance_somewhere_is_no_attribution(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_a_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(extract):
    # quote.own-cue-after
    record = extract(
        '"The ferry will run until May," said harbour master Ada Moss, who has run the port for a decade. '
        '"After that, the bridge takes over," she added.'
    )
    first = quote_with(record, "until May")
    second = quote_with(record, "bridge takes over")
    assert first is not second
    assert first["cue"]["text"] == "said"
    assert second["cue"]["text"] == "added" and second["speaker"]["text"] == "she"


def test_a_quote_with_no_cue_of_its_own_still_continues_the_one_before(extract):
    record = extract('"The ferry will run until May," Moss said. "After that, the bridge takes over."')
    quote = quote_with(record, "until May")
    assert "bridge takes over" in quote["content"]["text"]


def test_a_reported_clause_headed_by_an_adjective_is_reported(extract):
    # quote.adjectival-clause
    quote = quote_with(extract("The pilots said the old pier is best suited to small boats."), "old pier")
    assert quote["content"]["text"] == "the old pier is best suited to small boats"
    assert quote["speaker"]["text"] == "The pilots"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Most voters say the same of the mayor.", "the same of the mayor"),
        (
            # the parser reads the clause's subject as the object of "says"
            "Moss says the rise in fares and fees that Varga decries also makes the ferry less popular.",
            "the rise in fares and fees that Varga decries also makes the ferry less popular",
        ),
    ],
)
def test_the_object_of_say_is_what_was_said(extract, sentence, content):
    # quote.say-object
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] in ("say", "says")


def test_a_pronoun_said_is_no_content(extract):
    assert extract("The harbour master said it again on Monday.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "She has made no secret of her frustration with the board.",
            "has made no secret of",
            "her frustration with the board",
        ),
        ("The pilots made no comment on the new timetable.", "made no comment on", "the new timetable"),
    ],
)
def test_a_remark_made_attributes_its_object(extract, sentence, cue, content):
    # quote.made-remark
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] == cue


def test_a_case_made_to_someone_does_not_make_them_the_content(extract):
    assert extract("The pilots made their case to the council on Monday.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The mayor has made clear she will seek a second term.", "has made clear", "she will seek a second term"),
        (
            "Moss made it clear that the pilots would not fall in line.",
            "made it clear",
            "that the pilots would not fall in line",
        ),
    ],
)
def test_what_was_made_clear_is_attributed(extract, sentence, cue, content):
    # quote.made-clear
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] == cue


def test_making_a_thing_clear_of_something_is_no_attribution(extract):
    assert extract("The rain made the road clear of dust.")["quotes"] == []
