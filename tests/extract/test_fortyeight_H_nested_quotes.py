"""Round forty-eight (helper H): words one speaker quotes another as saying (rule quote.nested). The inner
attribution is a quote of its own, by the inner speaker, listed before the quote that holds it; the outer quote
keeps its speaker. Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_a_quote_inside_a_quote_is_the_inner_speakers(extract):
    record = extract(
        "Ana Moss, the union leader, worked beside Tom Hale for twenty years.\n\n"
        "\"Tom called me at three in the morning. Hale said, 'Ana, go to bed, you have won.' Then he hung up,\" "
        "Moss said."
    )
    inner = quote_with(record, "go to bed")
    assert speaker_name(record, inner) == "Tom Hale"
    assert inner["kind"] == "direct"
    outer = quote_with(record, "Then he hung up")
    assert speaker_name(record, outer) == "Ana Moss"


def test_quoted_words_a_relayed_speaker_promised_are_his(extract):
    record = extract(
        "Ines Varga, a fisherman, met the port director, Piet Lerner, on Monday. Varga said afterward that Lerner "
        'had promised the board "will not abandon its workers."'
    )
    assert speaker_name(record, quote_with(record, "will not abandon its workers")) == "Piet Lerner"
    assert speaker_name(record, quote_with(record, "Lerner had promised")) == "Ines Varga"


def test_a_named_person_greeting_inside_a_quote(extract):
    record = extract(
        "Mayor Hana Oslen of Tarvik received her counterpart from Dunmoor, Jon Brekke, on Friday.\n\n"
        "\"Mayor Oslen met me at the door and said, 'We are neighbours first,'\" Brekke told reporters."
    )
    assert speaker_name(record, quote_with(record, "We are neighbours first")) == "Hana Oslen"


def test_a_pronoun_inside_a_quote_is_the_person_talked_of(extract):
    # "He" in Moss's own words is the man she talks of, not Moss
    record = extract(
        "Ana Moss, the union leader, worked beside Tom Hale for twenty years.\n\n"
        "\"He called me at three in the morning. He said, 'Ana, go to bed, you have won.' Then he hung up,\" "
        "Moss said."
    )
    assert speaker_name(record, quote_with(record, "go to bed")) == "Tom Hale"


def test_a_pronoun_in_a_reported_clause_is_left_to_the_outer_speaker(extract):
    # in a reported clause "he" is as often the speaker himself: no inner quote is made
    record = extract(
        "Tom Hale met the union on Monday. Hale said afterwards that he had told them the pier "
        '"will stay open all winter."'
    )
    assert {speaker_name(record, q) for q in record["quotes"]} == {"Tom Hale"}


def test_a_promise_to_act_is_the_outer_speakers_account(extract):
    # "had promised to …" is a commitment reported, not words passed on
    record = extract(
        "Dock workers met the port director, Piet Lerner, on Tuesday. Their spokeswoman, Ines Varga, said afterwards "
        'that Lerner had promised to "look again" at the rota.'
    )
    assert speaker_name(record, quote_with(record, "look again")) == "Ines Varga"


def test_the_speaker_telling_in_the_first_person_makes_no_second_quote(extract):
    # "I told him …" inside Moss's quote is Moss again: one quote only
    record = extract(
        "Ana Moss met the mayor, Tom Hale, on Monday.\n\n"
        '"I told him that the pier cannot wait another winter," Moss said.'
    )
    assert len(record["quotes"]) == 1
    assert speaker_name(record, record["quotes"][0]) == "Ana Moss"


def test_a_plain_report_within_the_writers_words_is_unchanged(extract):
    # no quote holds the clause: nothing nested, the speaker is the one who said it
    record = extract("Tom Hale said on Monday that the ferry would run again in May.")
    assert len(record["quotes"]) == 1
    assert speaker_name(record, record["quotes"][0]) == "Tom Hale"


def test_words_passed_on_without_quote_marks_stay_the_outer_speakers_account(extract):
    record = extract(
        "Ana Moss met the mayor, Tom Hale, on Monday. Moss said Hale had told her that the pier would close in May."
    )
    assert {speaker_name(record, q) for q in record["quotes"]} == {"Ana Moss"}
