"""Interviews: answers printed after the outlet's questions, speaking to the outlet, and contacts an interviewee
tells without names, on texts written for these tests."""

import pytest

from backchannel.pipeline import analysable_text
from backchannel.records import Article
from tests.conftest import actor_of, quote_with

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
    assert speaker_names(record) == [None]  # found, and no one's


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


TRANSCRIPT = (
    "Morning Line, Radio Kisumu\n\n"
    "Helen Mwangi, the mayor of Mombasa, spoke to the Coast Herald on Tuesday.\n\n"
    "HERALD: Will the plan survive the vote?\n\n"
    "MWANGI: It will. I sat down with Transport Minister James Kariuki on Monday in Nairobi.\n\n"
    "HERALD: And the port workers?\n\n"
    'MWANGI (by telephone): Their union leader, Peter Njoroge, said the plan was "a fair deal". I agree.\n\n'
    "UPDATE: This transcript was corrected on Wednesday.\n"
)


def test_a_transcript_turn_is_its_speakers_words(extract):
    """quote.transcript-turn: a label in capitals names a person named in full; the outlet's turns are no one's."""
    record = extract(TRANSCRIPT, published="2026-03-12")
    turns = [(actor_of(record, q["speaker_actor"])["name"], q["content"]["text"][:8]) for q in record["quotes"]]
    assert ("Helen Mwangi", "It will.") in turns
    assert not any(text.startswith(("Will the", "And the", "This tran")) for _, text in turns)


def test_a_turn_is_introduced_by_its_label_and_cued_by_its_colon(extract):
    """quote.transcript-turn: the label is the mention that introduces the speaker, the colon what cues the words."""
    record = extract(TRANSCRIPT, published="2026-03-12")
    turn = next(q for q in record["quotes"] if q["content"]["text"].startswith("It will."))
    assert turn["speaker"]["text"] == "MWANGI"
    assert TRANSCRIPT[turn["speaker"]["start"] : turn["speaker"]["end"]] == "MWANGI"
    assert turn["cue"]["text"] == ":" and turn["cue"]["start"] == turn["speaker"]["end"]
    noted = next(q for q in record["quotes"] if q["content"]["text"].endswith("I agree."))
    assert (noted["speaker"]["text"], TRANSCRIPT[noted["cue"]["start"] - 1]) == ("MWANGI", ")")


def test_what_a_turn_reports_of_someone_else_stays_theirs(extract):
    record = extract(TRANSCRIPT, published="2026-03-12")
    by_text = {q["content"]["text"]: q for q in record["quotes"]}
    fair = by_text['the plan was "a fair deal"']
    assert actor_of(record, fair["speaker_actor"])["name"] == "Peter Njoroge"
    turn = next(q for q in record["quotes"] if "I agree" in q["content"]["text"])
    assert actor_of(record, turn["speaker_actor"])["name"] == "Helen Mwangi"
    # the turn is her whole answer, as the hand-labelled transcripts have it; what it reports of the leader is
    # also his, on its own
    assert turn["content"]["text"] == 'Their union leader, Peter Njoroge, said the plan was "a fair deal". I agree.'


def test_the_turns_i_is_a_party_and_an_interview_is_no_contact(extract):
    """contact.speak.to-the-outlet: speaking to the Coast Herald is an interview."""
    record = extract(TRANSCRIPT, published="2026-03-12")
    sides = [{actor_of(record, i)["name"] for i in e["participants"]} for e in record["events"]]
    assert sides == [{"Helen Mwangi", "James Kariuki"}]


def test_one_label_in_capitals_is_no_transcript(extract):
    record = extract(
        "Port plan\n\nHelen Mwangi, the mayor of Mombasa, wants a new harbour.\n\n"
        "MWANGI: the name means 'one who plants' in Kikuyu, an aide explained.\n",
        published="2026-03-12",
    )
    assert not any(q["speaker_actor"] and q["content"]["text"].startswith("the name") for q in record["quotes"])


def test_a_storys_own_question_makes_no_interview(extract):
    """quote.interview-answer needs two answers at least: a story may ask one question of its own."""
    record = extract(
        "Talks go on\n\nAna Ruiz met Luis Mora in Lima on Monday.\n\nWhat comes next for the region?\n\n"
        '"The talks must go on."\n\nLuis Mora said that on Tuesday.\n',
        published="2026-03-12",
    )
    answer = next(q for q in record["quotes"] if q["content"]["text"].startswith('"The talks'))
    assert answer["speaker_actor"] is None or actor_of(record, answer["speaker_actor"])["name"] != "Ana Ruiz"


def test_a_label_with_letters_beyond_ascii_is_a_speaker(extract):
    record = extract(
        "Öztürk on the vote\n\nAyşe Öztürk, the mayor, spoke to the Herald on Tuesday. Öztürk has led the city "
        "since 2019.\n\nHERALD: Will it pass?\n\nÖZTÜRK: It will. I met Minister Kemal Aydın on Monday in Ankara.\n\n"
        "HERALD: And then?\n\nÖZTÜRK: We wait.\n",
        published="2026-03-12",
    )
    speakers = [(actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"]]
    assert speakers.count("Ayşe Öztürk") == 2


def test_labels_of_no_one_named_are_left_to_the_parser(extract):
    """label_spans: "NATO:" and "NOTE:" are no transcript's labels, and NATO's words stay NATO's; a transcript's
    labels naming people are blanked for the parser."""
    text = (
        "Alliance\n\nNATO: Alliance ministers met in Brussels on Monday.\n\nNOTE: This story was updated.\n\n"
        "NATO said the ministers agreed.\n"
    )
    assert analysable_text(Article(text=text)) == text
    assert "MWANGI:" not in analysable_text(Article(text=TRANSCRIPT))
    record = extract(text, published="2026-03-12")
    assert [(actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"]] == ["NATO"]


def test_a_turn_is_whole_and_what_it_reports_of_someone_else_is_theirs_too(extract):
    # quote.transcript-turn: the whole turn, and the attributions inside it on their own
    text = (
        "Morning programme: the border talks\n\n"
        "HOST (Lena Marsh): Good morning. Our reporter Ivo Kovac was in Split. Ivo, what happened?\n\n"
        "KOVAC: Good morning. The two negotiators met for three hours.\n\n"
        "MARSH: Was there a deal on the ferries?\n\n"
        'KOVAC: Not yet. Mr Horvat dismissed the rumours as "a fairy tale", and Mr Babic\'s office said no paper '
        "had been signed. We waited outside until midnight.\n\n"
        "MARSH: Thank you, Ivo.\n\n"
        "Earlier, Goran Horvat, the delegation chief, and Marko Babic, the mayor, signed a protocol."
    )
    r = extract(text)
    turn = next(q for q in r["quotes"] if "We waited outside" in q["content"]["text"])
    assert turn["content"]["text"].startswith("Not yet. Mr Horvat dismissed")
    assert actor_of(r, turn["speaker_actor"])["name"] == "Ivo Kovac"
    tale = next(q for q in r["quotes"] if "fairy tale" in q["content"]["text"] and q is not turn)
    assert actor_of(r, tale["speaker_actor"])["name"] == "Goran Horvat"


PODCAST = (
    "THE HARBOUR HOUR, Episode 12\n\n"
    "NORA BELL-ADAMS (host): Welcome back. I'm Nora Bell-Adams. With me is Omar Al-Rashid, who covers the ports.\n\n"
    "OMAR AL-RASHID: Thanks. Very little happened this week. The unions asked for a two-year deal, a long one. "
    "Nobody expected that.\n\n"
    "BELL-ADAMS: Let's talk about the pay offer. Omar?\n\n"
    "AL-RASHID: It was rejected on Friday.\n"
)


def test_labels_with_hyphens_name_their_speakers_in_full(extract):
    # quote.transcript-turn: "AL-RASHID" and "NORA BELL-ADAMS" are the people the show names in full
    record = extract(PODCAST, published="2026-03-12")
    said = {q["content"]["text"]: (actor_of(record, q["speaker_actor"]) or {}).get("name") for q in record["quotes"]}
    assert said["It was rejected on Friday."] == "Omar Al-Rashid"
    assert said["Welcome back. I'm Nora Bell-Adams. With me is Omar Al-Rashid, who covers the ports."] == (
        "Nora Bell-Adams"
    )
    assert said["Let's talk about the pay offer. Omar?"] == "Nora Bell-Adams"  # "Let's" is the host's own


def test_a_piece_of_a_turn_opens_with_words_not_punctuation(extract):
    record = extract(PODCAST, published="2026-03-12")
    assert not any(q["content"]["text"][0] in ",.;:" for q in record["quotes"])


BRIEFING = (
    "Weekly briefing by the harbour board's spokesperson, Ada Moss. Kemaman, 7 June.\n\n"
    "MOSS: Good afternoon. I will begin with the chair's programme.\n\n"
    "On Sunday the chair visited the new pier and met the pilots' union.\n\n"
    "Questions, please.\n\n"
    "QUESTION (Tom Varga, Harbour Radio): Will the ferry run in winter?\n\n"
    "MOSS: It will, twice a day.\n\n"
    "QUESTION (Varga): And the fares?\n\n"
    "MOSS: No change.\n"
)


def test_a_turn_goes_on_over_the_paragraphs_up_to_the_next_label(extract):
    # quote.transcript-turn: a spokesperson's opening statement of several paragraphs
    record = extract(BRIEFING, published="2026-06-07")
    quote = quote_with(record, "On Sunday the chair visited")
    assert actor_of(record, quote["speaker_actor"])["name"] == "Ada Moss"
    assert quote["content"]["text"] == "On Sunday the chair visited the new pier and met the pilots' union."


def test_a_question_put_by_a_named_reporter_is_the_reporters(extract):
    record = extract(BRIEFING, published="2026-06-07")
    for words in ("Will the ferry run in winter?", "And the fares?"):
        assert actor_of(record, quote_with(record, words)["speaker_actor"])["name"] == "Tom Varga"


PASTED_TRANSCRIPT = (
    "Senator Maria Okafor spoke to the host, Daniel Reyes, on Sunday.\n\n"
    '"REYES: Let us start with the budget. Will you vote for it?\n\n'
    '"OKAFOR: I will not. The bill cuts the rural clinics and I promised to protect them.\n\n'
    '"REYES: Even if the leadership asks?\n\n'
    '"OKAFOR: Even then.\n'
)


def test_labels_after_stray_quote_marks_are_turns_and_the_marks_make_no_quote(extract):
    # quote.transcript-turn: a transcript pasted from inside quote marks
    record = extract(PASTED_TRANSCRIPT, published="2026-06-07")
    quote = quote_with(record, "The bill cuts the rural clinics")
    assert actor_of(record, quote["speaker_actor"])["name"] == "Maria Okafor"
    assert quote["content"]["text"] == "I will not. The bill cuts the rural clinics and I promised to protect them."
    assert not [q for q in record["quotes"] if "REYES" in q["content"]["text"] or "OKAFOR" in q["content"]["text"]]


QA_WRITE_UP = (
    "Coach on the new season\n\n"
    "ASTANA — Dauren Bekovich Suleimenov has coached the national football team for two years. "
    "Suleimenov spoke to the Steppe Herald at his office.\n\n"
    "Herald: How did the meeting with the minister go?\n\n"
    "Suleimenov: Very well. I told him that the regions need coaches more than stadiums.\n\n"
    "Herald: Will you stay after the World Cup qualifiers?\n\n"
    "Suleimenov: That depends on the results, not on me.\n"
)


def test_labels_in_capitalised_words_are_turns_in_questions_and_answers(extract):
    # quote.transcript-turn: an interview write-up prints its labels as names, not capitals
    record = extract(QA_WRITE_UP, published="2026-06-07")
    quote = quote_with(record, "That depends on the results")
    assert actor_of(record, quote["speaker_actor"])["name"] == "Dauren Bekovich Suleimenov"
    assert quote["content"]["text"] == "That depends on the results, not on me."


def test_labels_in_capitalised_words_without_questions_are_no_turns(extract):
    record = extract(
        "Delegates so far\n\nSenator Ana Pires and Governor Rui Costa have each won three states. "
        "Pires leads in the cities and Costa in the countryside.\n\nPires: 547.\n\nCosta: 46 and rising.\n",
        published="2026-06-07",
    )
    assert not [q for q in record["quotes"] if q["content"]["text"].startswith(("547", "46"))]


def test_a_headline_label_goes_on_into_no_paragraph(extract):
    record = extract(
        "Okafor: I will not vote for the budget\n\nSenator Maria Okafor spoke to the host, Daniel Reyes, on "
        "Sunday.\n\nTranscript follows.\n\n" + PASTED_TRANSCRIPT.split("\n\n", 1)[1],
        published="2026-06-07",
    )
    assert not [q for q in record["quotes"] if q["content"]["text"].startswith(("Senator Maria", "Transcript"))]


def test_questions_under_the_outlets_own_name_make_a_write_up_and_end_each_answer(extract):
    # quote.transcript-turn: the questions' label ("Prairie Review") names no one the story names; each answer
    # ends where the next question starts
    record = extract(
        "Coach on the new season\n\nASTANA — Dauren Bekovich Suleimenov has coached the national team for two "
        "years. We put our questions to Suleimenov at his office.\n\n"
        "Prairie Review: How did the meeting with the minister go?\n\n"
        "Suleimenov: Very well. I told him that the regions need coaches more than stadiums.\n\n"
        "Prairie Review: Will you stay after the qualifiers?\n\n"
        "Suleimenov: That depends on the results, not on me.\n",
        published="2026-06-07",
    )
    quote = quote_with(record, "Very well.")
    assert actor_of(record, quote["speaker_actor"])["name"] == "Dauren Bekovich Suleimenov"
    assert quote["content"]["text"] == "Very well. I told him that the regions need coaches more than stadiums."
    assert not any("Prairie Review" in q["content"]["text"] for q in record["quotes"])
