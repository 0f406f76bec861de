"""Round sixty: "e-mail" is one word. The tokenizer cut it in three ("e - mail") and the parser then read the
letter as a noun of its own: "the e-mail said" was spoken by "mail", "according to an e-mail" by "an e".
Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name

SENT_BY = (
    "The two ministers had a cordial exchange, according to an e-mail sent to reporters by one of Mr Orlov's aides.\n"
    '"They covered fishing rights and the ferry," the e-mail said.\n'
)


def test_the_word_is_whole(nlp):
    assert [t.text for t in nlp("She e-mailed the E-mail to him in e-mails.")][:4] == [
        "She",
        "e-mailed",
        "the",
        "E-mail",
    ]


def test_an_email_sent_by_someone_is_theirs(extract):
    record = extract(SENT_BY)
    assert speaker_name(record, quote_with(record, "had a cordial exchange")) == "Orlov's aides"


def test_the_email_speaks_as_its_sender(extract):
    record = extract(SENT_BY)
    quote = quote_with(record, "covered fishing rights")
    assert speaker_name(record, quote) == "Orlov's aides"
    assert "the e" not in quote["content"]["text"]


def test_emailed_reports_speech(extract):
    record = extract("Ms Verhoef e-mailed reporters that the talks with the dockers were over.\n")
    assert speaker_name(record, quote_with(record, "the talks with the dockers were over")) == "Verhoef"
