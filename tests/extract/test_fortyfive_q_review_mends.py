"""Round forty-five (q), a reviewer's findings: where a byline's writer must not take over someone else's "I", and
where the one asked is not who answers. Tested on texts written for these tests (names invented)."""

from typing import Any

import pytest

from backchannel.pipeline import extract_article
from backchannel.readers.text import read_text
from tests.conftest import events_with, quote_with, speaker_name


def _read(nlp, text: str, outlet: str | None = None) -> dict[str, Any]:
    """Through the text reader, which takes the byline off the story as the article's author."""
    article = read_text(text, source="test")
    article.outlet = outlet
    article.published = "2024-05-03"
    return extract_article(article, nlp).to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's labelled turns are their speakers'
        "Briefing transcript\n\nBy Anna Berg\n\nSPOKESMAN LI WEI: I met the Japanese ambassador, Kenji Sato, this "
        "morning. I told him our position.\n\nREPORTER: Did you discuss the islands?\n\nLI WEI: We did.",
        # an interview whose questions are paragraphs of their own
        "Talking to the minister\n\nBy Katarina Novak\n\nPRISTINA - Mira Hoxha has headed the commission since "
        'March. We spoke at her office on Thursday.\n\nHave you spoken to Belgrade since?\n\n"Once. I met the '
        'Serbian minister, Dusan Petrovic, in Brussels in June. I told him we need the files."\n\nWhat next?\n\n'
        '"I meet him again in October."',
        # a letter the piece reproduces
        "Minister resigns over talks\n\nBy Tom Walsh\n\nOPINION\n\nDUBLIN - The junior minister, Sean Brady, "
        "resigned on Monday. The full text of his letter follows.\n\nDear Taoiseach,\n\nI met the British "
        "ambassador, Hugh Grant-Ellis, on three occasions in May. I regret that I did not disclose those meetings.",
        # a news dispatch whose reporter says "I": no first-person piece
        "Ceasefire talks resume in Doha\n\nBy Jane Doe\n\nDOHA - The Israeli negotiator, David Levin, met Qatari "
        "mediators on Monday, two officials said. I was outside the hotel when the delegation arrived. Levin told "
        "me he was hopeful. A Hamas official, Khaled Nasser, later telephoned me to say the group had no proposal.",
    ],
)
def test_the_byline_writer_takes_no_one_elses_i(nlp, text):
    # party.narrator, speaker.narrator: only a first-person piece's own words are the writer's
    record = _read(nlp, text)
    writers = {"Anna Berg", "Katarina Novak", "Tom Walsh", "Jane Doe"}
    assert not [
        e for e in record["events"] if writers & {a["name"] for a in record["actors"] if a["id"] in e["participants"]}
    ]


def test_an_outlets_byline_is_no_writer(nlp):
    # "By BBC News" credits no person
    text = (
        "Talks collapse\n\nBy BBC News\n\nOPINION\n\nThe Turkish envoy, Emre Yilmaz, said he would leave. When I met "
        "him at the airport he was angry. I asked if he would return."
    )
    record = _read(nlp, text)
    assert not [a for a in record["actors"] if a["name"] == "BBC News" and a["kind"] == "person"]


def test_the_writers_bio_tells_of_the_writer(nlp):
    # "he" in an author's note is the writer: the paragraph says no "I"
    text = (
        "Why I still believe in talks\n\nBy Omar Haddad\n\nIn March 1989 I met the Algerian foreign minister, "
        "Lakhdar Bensalah, in Algiers. I have not stopped hoping since then.\n\nOmar Haddad was Tunisia's foreign "
        "minister from 1987 to 1991. He met the Libyan leader, Ali Mansour, eleven times."
    )
    record = _read(nlp, text)
    assert not events_with(record, "Lakhdar Bensalah", "Ali Mansour")
    assert events_with(record, "Omar Haddad", "Lakhdar Bensalah")


def test_talked_about_me_takes_me_into_no_meeting(extract):
    # party.narrator: "about me", "without me" hold no contact with the writer
    text = (
        "The long road to Lima\n\nIn this extract from her memoir, the Chilean diplomat Ana Ruiz Tagle recalls her "
        "first posting.\n\nI arrived in Lima on 2 March 1975. That week the minister, Jorge Paz Soldan, met the "
        "Bolivian ambassador, Hugo Banzer Rios, without me. I heard of it later."
    )
    record = extract(text, published="2008-05-18")
    assert not events_with(record, "Ana Ruiz Tagle", "Hugo Banzer Rios")


def test_a_signed_letters_we_is_not_the_outlet(nlp):
    # speaker.our-outlet: readers who "said" something are no outlet's "we reported"
    text = (
        "Letters\n\nWe write as former ambassadors to Moscow. We said in 2019 that President Karl Berg should meet "
        "Vladimir Orlov, and we argued that sanctions would fail.\n\nAnna Holm, Jan Nowak, Oslo"
    )
    record = _read(nlp, text, outlet="The Harbour Observer")
    assert not [a for a in record["actors"] if a["name"] == "The Harbour Observer"]


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        # the asker of the same gender may answer: no rule
        (
            "Senator Anna Holm spoke on Monday. When Holm asked Karl Berg about the deal, she said he had lied.",
            "he had lied",
            "Anna Holm",
        ),
        # asking someone to do something is a request, not a question
        (
            "President Karl Berg spoke on Monday. After the president asked his foreign minister, Jan Nowak, to step "
            "down, he said the party needed new blood.",
            "the party needed new blood",
            "Karl Berg",
        ),
    ],
)
def test_the_one_asked_only_answers_a_question_the_asker_cannot(extract, text, fragment, who):
    # pronoun.the-one-asked
    record = extract(text, published="2024-04-10")
    assert speaker_name(record, quote_with(record, fragment)) == who


def test_an_interviewer_credit_is_a_line_of_its_own(nlp):
    # quote.interview-answer: "conducted by Mira Hoxha's predecessor" in the story credits no interviewer
    text = (
        "The judge who listens\n\nInterview\n\nJudge Mira Hoxha led the inquiry into the killings. The earlier "
        "inquiry, conducted by Mira Hoxha's predecessor, Dusan Petrovic, failed. Hoxha met the families in May.\n\n"
        "Q: Did you meet the Serbian minister?\n\nA: I met Minister Ivan Markovic twice.\n\nQ: When next?\n\n"
        "A: In June."
    )
    record = _read(nlp, text)
    assert not events_with(record, "Dusan Petrovic", "Ivan Markovic")
