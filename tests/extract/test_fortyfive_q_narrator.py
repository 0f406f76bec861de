"""Round forty-five (q): first-person pieces. A memoir extract, an opinion piece or a column tells its writer's
contacts and questions with "I" and "me"; the writer is the party and the speaker there. Tested on sentences
written for these tests (names invented)."""

from typing import Any

from backchannel.pipeline import extract_article
from backchannel.readers.text import read_text
from tests.conftest import events_with, quote_with, speaker_name

MEMOIR = (
    "The long road to Lima\n\n"
    "In this extract from her memoir, the Chilean diplomat Ana Ruiz Tagle recalls her first posting.\n\n"
    "I arrived in Lima on 2 March 1975. The next morning I was taken to the foreign ministry to see Jorge Paz "
    "Soldan, who received me standing up. He told me that his government wanted calm on the border. When I asked "
    "him whether his president would meet ours, he laughed. Two days later Paz Soldan telephoned me at my hotel."
)

OPINION = (
    "Why I still believe in talks\n\n"
    "By Omar Haddad\n\n"
    "The author was Tunisia's foreign minister from 1987 to 1991.\n\n"
    "In March 1989 I met the Algerian foreign minister, Lakhdar Bensalah, in Algiers. I have not stopped hoping "
    "since then, and I doubt I ever will."
)


def _read(nlp, text: str) -> dict[str, Any]:
    """Through the text reader, which takes the byline off the story as the article's author."""
    return extract_article(read_text(text, source="test"), nlp).to_dict()


def test_a_memoirs_writer_receives_and_is_telephoned(extract):
    # party.narrator: "who received me", "telephoned me" are the writer's contacts
    record = extract(MEMOIR, published="2008-05-18")
    assert [e["mode"] for e in events_with(record, "Ana Ruiz Tagle", "Jorge Paz Soldan")] == ["visit", "phone"]


def test_a_memoirs_writer_asks_and_he_is_never_the_writer(extract):
    # speaker.narrator: "When I asked him whether …" is the writer's question; "He told me" is the minister's
    record = extract(MEMOIR, published="2008-05-18")
    assert speaker_name(record, quote_with(record, "whether his president would meet ours")) == "Ana Ruiz Tagle"
    assert speaker_name(record, quote_with(record, "his government wanted calm")) == "Jorge Paz Soldan"


def test_an_opinion_pieces_byline_writer_met_the_minister(nlp):
    # party.narrator: the byline credits the writer, whose "I met" is a meeting of theirs
    record = _read(nlp, OPINION)
    assert [e["mode"] for e in events_with(record, "Omar Haddad", "Lakhdar Bensalah")] == ["meeting"]


def test_a_desks_byline_narrates_nothing(nlp):
    # "By Our Correspondent" credits no one who could be "I"
    record = _read(nlp, OPINION.replace("By Omar Haddad", "By Our Correspondent"))
    assert not [a for a in record["actors"] if "Correspondent" in a["name"]]
    assert not events_with(record, "Lakhdar Bensalah")


def test_a_byline_and_first_person_only_in_quotes_make_no_narrator(nlp):
    # what the people quoted say of themselves is theirs, not the writer's
    text = (
        'Ministers talk again\n\nBy Omar Haddad\n\nALGIERS - "I met the Moroccan envoy on Monday," said Lakhdar '
        'Bensalah. "I expect to see him again," he added.'
    )
    record = _read(nlp, text)
    assert not [a for a in record["actors"] if a["name"] == "Omar Haddad"]


def test_a_speaker_received_by_a_host_in_his_own_words(extract):
    # party.first-person-speaker: "received me" in a direct quote is a visit of its speaker's
    record = extract('"The king received me on Monday," Karim Mansour said.', published="2024-04-10")
    assert [e["mode"] for e in events_with(record, "Karim Mansour")] == ["visit"]


def test_the_interviewer_credited_is_not_the_one_who_answers(nlp):
    # quote.interview-answer: "Interview by Katarina Novak" credits who asks; the answers are Mira Hoxha's
    text = (
        "Talking to the missing\n\nInterview by Katarina Novak\n\n"
        "PRISTINA - Mira Hoxha, 46, has headed the commission since March. Last week she sat across from her "
        "Serbian counterpart, Dusan Petrovic, for the first time. We spoke on Thursday.\n\n"
        "Q: Have you spoken since?\n\nA: Once. He telephoned me on Tuesday evening about a field near Pec.\n\n"
        "Q: What next?\n\nA: We meet again in October."
    )
    record = _read(nlp, text)
    assert speaker_name(record, quote_with(record, "He telephoned me")) == "Mira Hoxha"


def test_the_writer_tells_and_confirms_their_own_meeting(nlp):
    # report.narrator, confirm.side-tells: the writer's own account, not the outlet's, and a side's confirmation
    record = _read(nlp, OPINION)
    event = events_with(record, "Omar Haddad", "Lakhdar Bensalah")[0]
    writer = next(a["id"] for a in record["actors"] if a["name"] == "Omar Haddad")
    assert [r["source"] for r in event["reported_by"]] == [writer]
    assert [(c["status"], c["by"]) for c in event["confirmations"]] == [("confirmed", writer)]


def test_a_corrections_we_is_the_outlet(extract):
    # speaker.our-outlet: the outlet's own "we reported" in a correction
    text = (
        "Corrections\n\nWe reported on 30 April that the deputy minister, Sami Haddad, had telephoned Rami Nasr. The "
        "call took place on 29 April."
    )
    record = extract(text, published="2024-05-03", outlet="The Harbour Observer")
    assert speaker_name(record, quote_with(record, "had telephoned Rami Nasr")) == "The Harbour Observer"


def test_a_quoted_we_is_not_the_outlet(extract):
    # the outlet speaks only outside quotation: "We reported it," the union said, is the union's
    text = '"We reported the meeting to the police," the dockers\' union said on Monday.'
    record = extract(text, published="2024-05-03", outlet="The Harbour Observer")
    assert not [a for a in record["actors"] if a["name"] == "The Harbour Observer"]
