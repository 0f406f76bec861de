"""Round fifty-four (K): a sentence its attribution closes ("…, the ministry said.", "…, said Moss.") reports all
before the comma even when the parse hides it: the verb hung inside the words before it, the speaker read as the
verb's object, the sentence split at an abbreviation or a bracket (rule quote.closing-attribution); tested on
sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_a_long_sentence_with_a_relative_clause_and_appositions_closed_by_the_office_that_said_it(extract):
    record = extract(
        "Tom Hale, chief of the national security office, will lead the five-member delegation to Oslo that will "
        "include Ada Moss, head of the intelligence service (NIS), the presidential office Blue House said."
    )
    quote = quote_with(record, "will lead the five-member delegation to Oslo")
    assert quote["speaker"]["text"] == "the presidential office Blue House"


def test_an_agency_named_with_its_initials_in_brackets_reports_the_sentence(extract):
    record = extract(
        "Ada Moss sent the envoys with handwritten letters on Monday for King Harald and President Tom Hale, the "
        "official Nordic News Agency [NNA] reported."
    )
    quote = quote_with(record, "sent the envoys with handwritten letters")
    assert "Nordic News Agency" in quote["speaker"]["text"]


def test_a_sentence_opened_by_an_as_phrase_and_closed_by_said_and_a_name(extract):
    record = extract(
        "As one of the founders of the Lisbon Forum, the Harbour Trust will give full support to the third forum, "
        "said Moss."
    )
    quote = quote_with(record, "the Harbour Trust will give full support")
    assert speaker_name(record, quote) == "Moss"


def test_a_report_that_noted_it_after_the_words(extract):
    record = extract(
        "There was high demand to join the delegation and not enough room for all those that wanted to travel, "
        "noted the report."
    )
    quote = quote_with(record, "high demand to join the delegation")
    assert quote["speaker"]["text"] == "the report"


def test_a_confirmation_in_a_statement_sent_to_reporters(extract):
    record = extract(
        "Hale's visit to Oslo was among the issues raised during his meeting with Moss, Communications Secretary "
        "Ada Lind confirmed in a statement sent to reporters."
    )
    quote = quote_with(record, "was among the issues raised")
    assert speaker_name(record, quote) == "Ada Lind"


def test_no_content_from_a_clause_of_when_alone_nor_for_a_verb_with_words_of_its_own(extract):
    record = extract(
        "When the talks ended in Oslo, the minister said. Hale went home early, and Moss said nothing. But when the "
        "council cut the funds two years later, Moss said enough."
    )
    texts = [q["content"]["text"] for q in record["quotes"]]
    assert not any("When the talks ended" in t for t in texts)
    assert not any("the council cut the funds" in t for t in texts)
    assert not any("Hale went home early" in t for t in texts)


def test_no_content_when_the_verb_is_passive(extract):
    record = extract(
        "The two governments gave sharply different accounts of what was said. No date has been announced."
    )
    assert not record["quotes"]


def test_no_speaker_in_a_relative_clause_without_that(extract):
    record = extract(
        "The plan includes cutting the number of rules that shops must follow, a decision Moss announced in May. "
        "He also flew to Oslo to meet the envoy, a meeting the ministry confirmed in a brief statement."
    )
    texts = [q["content"]["text"] for q in record["quotes"]]
    assert not any("The plan includes cutting" in t for t in texts)
    assert not any("He also flew to Oslo" in t for t in texts)
