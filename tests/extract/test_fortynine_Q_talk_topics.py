"""Round forty-nine (helper Q): what talks were about is no quote. The object of "discussed" names the topic of a
conversation between parties (rule quote.talk-topic: several subjects, a partner, a meeting it is the purpose or
sequel of) or a topic someone would not talk over (rule quote.topic-refused); a thing welcomed is the thing
greeted, not words (rule quote.bare-object). A speaker's own topic ("Moss discussed her plans at a town meeting")
and quoted words stay quotes. Sentences written for these tests (names invented)."""

import pytest


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two harbour chiefs discussed the winter timetable over lunch.",
        "Ines Varga and Tomas Holm discussed the price of the new ferries.",
        "After the dinner they discussed the dredging of the north channel.",
        "The mayor discussed the new depot with the union leader on Friday.",
        "The mayor met the union leader on Friday and discussed a new bus depot.",
        "Fisheries officials met their Danish counterparts in Aalborg to discuss extending the herring licence.",
        "Ms Varga declined to discuss the substance of the negotiations.",
        "The port authority confirmed the call but would not discuss its content.",
        "Farmers in the valley welcomed the announcement.",
    ],
)
def test_a_topic_or_a_thing_welcomed_is_no_quote(extract, sentence):
    assert contents(extract(sentence, published="2025-04-02")) == []


def test_a_speakers_own_topic_stays_a_quote(extract):
    found = contents(
        extract("Mayor Ines Varga discussed her plans for the harbour at a town meeting.", published="2025-04-02")
    )
    assert found == ["her plans for the harbour"]


def test_quoted_words_in_a_topic_stay_a_quote(extract):
    record = extract(
        'The two ministers discussed "the last chance to save the fishery" for an hour.', published="2025-04-02"
    )
    assert any("the last chance to save the fishery" in c for c in contents(record))


def test_a_welcome_with_words_of_its_own_stays_a_quote(extract):
    record = extract('The union welcomed the deal as "a fair day\'s pay at last".', published="2025-04-02")
    assert any("a fair day's pay at last" in c for c in contents(record))


def test_the_talks_are_still_a_contact(extract):
    record = extract(
        "Ines Varga met Tomas Holm in Oslo on Monday to discuss the price of the new ferries.", published="2025-04-02"
    )
    assert len(record["events"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The two harbour boards agreed to share the cost of a new dredger.",
        "Ines Varga and Tomas Holm agreed on Monday to meet again in Bergen in May.",
        "After four hours they agreed to reopen the northern crossing.",
    ],
)
def test_what_parties_agreed_to_do_is_no_quote(extract, sentence):
    assert contents(extract(sentence, published="2025-04-02")) == []


def test_one_party_agreeing_and_an_agreed_view_stay_quotes(extract):
    assert contents(extract("The ferry company agreed to pay for the repairs.", published="2025-04-02")) == [
        "to pay for the repairs"
    ]
    record = extract("Ines Varga and Tomas Holm agreed that the talks had been useful.", published="2025-04-02")
    assert contents(record) == ["that the talks had been useful"]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The senator went on to discuss the latest polls.", "the latest polls"),
        ("The governor refuses to discuss possible appointees.", "possible appointees"),
    ],
)
def test_a_speakers_lead_in_or_standing_refusal_stays_a_quote(extract, sentence, topic):
    # "went on to" leads into the talking, no trip; a refusal in the present is a stand kept
    assert topic in contents(extract(sentence, published="2025-04-02"))


def test_a_trip_to_talk_something_over_is_no_quote(extract):
    assert contents(extract("Tomas Holm flew to Oslo to discuss the ferry contract.", published="2025-04-02")) == []
