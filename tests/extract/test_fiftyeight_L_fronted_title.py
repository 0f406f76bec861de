"""Round fifty-eight (lead): a title that opens the sentence, a comma, then the name going straight on to its verb
("Press secretary in the Office of the President, Tomas Berg said …") is that person's title, so the statement he
put out speaks as him, not as someone known only as "Press secretary". Sentences written for these tests (names
invented)."""

from tests.conftest import quote_with, speaker_name

STATEMENT = (
    "The talks between President Hage Kapuire and his old friend Tumelo Maselo last week were private and no "
    "mission of the regional bloc.\n\n"
    "Press secretary in the Office of the President, Andreas Kaundu said so in a media statement on Wednesday, "
    "answering talk that the trip was meant to settle a crisis.\n\n"
    '"The Presidency stresses that the meeting with Maselo was no mediation of any kind," the statement reads.'
)


def test_statement_of_a_fronted_title_and_name_speaks_as_the_person(extract):
    # speaker.apposed-name: the fronted title's holder is named after its comma
    record = extract(STATEMENT)
    assert speaker_name(record, quote_with(record, "no mediation of any kind")) == "Andreas Kaundu"
    assert all(a["name"] != "Press secretary" for a in record["actors"])


def test_title_in_the_sentence_keeps_the_name_set_off_by_commas(extract):
    # negative: "according to" a title, a name and its own verb after the comma is the next clause's subject
    record = extract("According to the press secretary, Tomas Berg met the envoy on Monday in the capital.")
    assert speaker_name(record, quote_with(record, "Tomas Berg met the envoy")) != "Tomas Berg"
