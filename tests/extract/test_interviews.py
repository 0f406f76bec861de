"""Interviews: answers printed after the outlet's questions, speaking to the outlet, and contacts an interviewee
tells without names, on texts written for these tests."""

import pytest

from tests.conftest import actor_of

INTERVIEW = (
    "Helen Mwangi on the harbour plan\n\n"
    "Helen Mwangi, the mayor of Mombasa, has run the port city for six years. Her rival, David Otieno, wants the "
    "plan dropped. Mwangi spoke to us on Wednesday at the town hall.\n\n"
    "Will the harbour plan survive the vote?\n\n"
    '"It will, because the council knows the money is already spent. I sat down with Transport Minister James '
    'Kariuki on Monday in Nairobi and he agreed."\n\n'
    "And Mr Otieno?\n\n"
    '"He will vote against it. He always does."\n'
)


def speaker_names(record):
    """The speakers of the direct quotes."""
    return [(actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"] if q["kind"] == "direct"]


def test_an_answer_after_a_question_is_the_interviewees(extract):
    """quote.interview-answer: the person named most before the first question."""
    record = extract(INTERVIEW, published="2026-03-12")
    assert speaker_names(record) == ["Helen Mwangi", "Helen Mwangi"]


def test_the_interviewees_i_is_a_party(extract):
    record = extract(INTERVIEW, published="2026-03-12")
    sides = [{actor_of(record, i)["name"] for i in e["participants"]} for e in record["events"]]
    assert sides == [{"Helen Mwangi", "James Kariuki"}]  # not the interview itself (contact.speak.to-the-outlet)


def test_a_quote_after_a_statement_paragraph_is_no_answer(extract):
    record = extract(
        "Port plan\n\nHelen Mwangi, the mayor of Mombasa, has run the port city for six years. The vote is on "
        "Friday.\n\n"
        '"The money is already spent."\n',
        published="2026-03-12",
    )
    assert speaker_names(record) in ([], [None])


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # contact.speak.to-the-outlet: "us" outside quote marks is the outlet
        ("Governor Lena Brandt spoke to us on Wednesday evening, hours before flying back to Lagos.", 0),
        # merge.unnamed-other-day: an unnamed contact in May is not Monday's meeting, and names no one
        (
            'President Ana Ruiz met Chancellor Greta Lind in Berlin on Monday. "We also had a video conference in '
            'May," Ruiz said.',
            1,
        ),
    ],
)
def test_contacts_an_interview_tells(extract, text, events):
    record = extract(text, published="2024-07-18")
    assert len(record["events"]) == events
    if events:  # Monday's meeting alone, not retold by the call in May
        assert [e["text"][:9] for e in record["events"][0]["evidence"]] == ["President"]
